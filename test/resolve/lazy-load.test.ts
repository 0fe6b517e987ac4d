import { expect, it } from 'vitest';
import { isLoaded, resolveName } from '../../pipeline/resolve/index.js';

// Alone in its file: vitest gives each file fresh modules, so nothing has loaded the gazetteer yet.
it('loads the gazetteer on the first resolution, not on import', () => {
  expect(isLoaded()).toBe(false);
  expect(resolveName('Ville de Brest').code).toBe('29019');
  expect(isLoaded()).toBe(true);
});

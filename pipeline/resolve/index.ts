/** Resolution of awardee names and event cities against the French administrative gazetteer. */
export { benchResolve } from './bench.js';
export { isLoaded } from './gazetteer.js';
export { foldName, parseName } from './normalise.js';
export { placeKinds } from './place-names.js';
export { resolveAwardees, resolveCity, resolveName } from './resolve.js';
export * from './schema.js';

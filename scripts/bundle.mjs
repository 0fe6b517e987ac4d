// Run by `npm run build` after tsc: bundles the command line, and the extraction worker, each into one
// file with the compiled modules and libraries it loads, so that a process or a thread reads one file
// instead of some 260. The command line is an ES module: what it imports on first use (a command's
// code) becomes a chunk of its own, loaded only when needed. The worker is one CommonJS file, readers
// included but each run only on first use, which a pool thread compiles from a V8 code cache
// (pipeline/worker-thread.cts, scripts/write-worker-cache.mjs). Everything lands in dist/pipeline/, the
// command line over its compiled entry point; the other compiled modules stay for the library.
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist/pipeline';
const DIST = resolve('dist') + sep;

/**
 * A bundled module keeps the `import.meta.url` of its compiled file, so that what it finds beside it
 * (package.json, the worker, the gazetteer index, the packages it requires) is found as before.
 */
const ownLocation = {
  name: 'own-location',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(DIST)) return undefined;
      const from = `./${relative(OUT, path).replaceAll('\\', '/')}`;
      const contents = (await readFile(path, 'utf8')).replaceAll(
        'import.meta.url',
        `new URL(${JSON.stringify(from)}, import.meta.url).href`,
      );
      return { contents, loader: 'js' };
    });
  },
};

/**
 * zod's namespace carries every language's error messages; palmares reads only the English ones, which
 * zod loads on its own. The index of the others becomes an empty module: a third of zod's bytes, that a
 * thread would parse at start for nothing.
 */
const englishOnly = {
  name: 'english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(importer)
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Fewer bytes to parse at every start; the source maps keep the names.
  minify: true,
  // piscina starts threads from a file of its own, and pdf.js finds its own files: they stay packages.
  external: ['piscina', 'pdfjs-dist', 'pdfjs-dist/*'],
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: [`${OUT}/cli.js`],
  outdir: OUT,
  allowOverwrite: true,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunk-[hash]',
  // Bundled CommonJS packages require node's modules, which an ES module has no `require` for.
  banner: {
    js: "import { createRequire as bundledRequire } from 'node:module'; const require = bundledRequire(import.meta.url);",
  },
  plugins: [ownLocation, englishOnly],
});

// The worker is one CommonJS file, readers included, so that worker-thread.cts can compile it from a
// V8 code cache (scripts/write-worker-cache.mjs): Node 20 has no code cache for ES modules.
await build({
  ...common,
  entryPoints: [`${OUT}/worker.js`],
  outfile: `${OUT}/worker.bundle.cjs`,
  format: 'cjs',
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [ownLocation, englishOnly],
});

// Builds dist/pyx.cjs, the whole compiled CLI (dist/, from `tsc`) as one CommonJS script,
// with esbuild (the version tsx already brings), then runs a small program once so that
// cli/bundle-loader.ts writes V8's code cache beside it. Run by `npm run build` after tsc.
// bin/pyx.js uses the bundle only while it is newer than dist/cli/main.js.
//
// Each bundled module keeps its own import.meta.url (rewritten to its file's URL, relative to
// dist/ — yargs' modules in node_modules/ need theirs too), because pyx finds its data relative to its modules: the grammar and its cached
// recipe, pylib/, the IR cache. So the bundle must stay at dist/pyx.cjs, beside that tree.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const outfile = resolve(dist, 'pyx.cjs');

const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      // Node 20 drops a script's dynamic-import callback when its code comes from the code
      // cache ("A dynamic import callback was not specified"): the one external imported
      // on demand is loaded through require (it has a CommonJS entry) instead.
      text = text.replaceAll("import('@viz-js/viz')", "Promise.resolve().then(() => require('@viz-js/viz'))");
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'js', resolveDir: dirname(args.path) };
      // __pyxModuleUrl (given by cli/bundle-loader.ts) resolves against dist/: not `require`,
      // which some modules shadow with their own.
      const own = `__pyxModuleUrl(${JSON.stringify(relative(dist, args.path))})`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

const started = Date.now();
await rm(`${outfile}.cache`, { force: true });
await esbuild.build({
  // In the worker, thread.ts runs the CLI (its main thread half is bin/pyx.js's business).
  entryPoints: [resolve(dist, 'cli/thread.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Loaded only by the commands that need them (SVG output, the explorer's browser test):
  // they stay ordinary packages, imported from node_modules when needed.
  external: ['@viz-js/viz', 'playwright-core', 'tsx', 'tsx/*'],
  plugins: [keepImportMetaUrl],
  logLevel: 'warning',
  // import.meta.resolve appears only on the paths that run TypeScript sources under tsx
  // (cli/execute.ts, runtime/threads.ts check `import.meta.url.endsWith('.ts')` first).
  logOverride: { 'empty-import-meta': 'silent' },
});
// One run writes the code cache (cli/bundle-loader.ts) with the functions a program uses.
execFileSync(process.execPath, [resolve(root, 'bin/pyx.js'), 'run', resolve(root, 'scripts/bundle-warm-up.py')], { stdio: 'ignore' });
process.stdout.write(`dist/pyx.cjs bundled and its code cache written in ${Date.now() - started} ms\n`);

// The worker entry of the one-file build: runs dist/pyx.cjs (the whole CLI bundled by
// scripts/bundle.mjs) with V8's code cache, dist/pyx.cjs.cache. Start-up was dominated by
// module loading: ~400 ES modules to resolve and compile at every `pyx run`. One script
// whose compiled code comes from the cache skips both.
//
// The cache holds the code of every function compiled by the end of the run that wrote it
// (the build runs a small program for that, scripts/bundle.mjs). V8 checks that it matches
// the script and this V8 (else `cachedDataRejected`, and we compile as usual and write a new
// one). Writing is best-effort: an installed read-only dist/ just runs without a cache.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../pyx.cjs', import.meta.url));
const cachePath = `${bundle}.cache`;

let cached: Buffer | undefined;
try { cached = readFileSync(cachePath); } catch { cached = undefined; }

const source = readFileSync(bundle, 'utf8');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __pyxModuleUrl) {${source}\n})`, {
  filename: bundle,
  cachedData: cached,
  // The bundle imports a few packages on demand (@viz-js/viz for SVG): the usual loader.
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

if (cached === undefined || script.cachedDataRejected === true) {
  // thread.ts calls this once the command has finished, so the cache has its functions.
  (globalThis as { pyxAfterRun?: () => void }).pyxAfterRun = () => {
    try {
      const temporary = `${cachePath}.${process.pid}.${Date.now()}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cachePath);
    } catch {
      // Not writable (an installed package): run without a cache.
    }
  };
}

/** import.meta.url of a bundled module, from its path relative to dist/ (scripts/bundle.mjs). */
const moduleUrl = (relative: string) => pathToFileURL(join(dirname(bundle), relative)).href;
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle), moduleUrl);

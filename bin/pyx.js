#!/usr/bin/env node
// The installed `pyx` command: runs the compiled CLI (npm run build writes dist/) on a worker
// thread with a large stack (see cli/thread.ts). The worker loads dist/pyx.cjs, the whole CLI
// in one file (scripts/bundle.mjs), when it is at least as new as the compiled tree; else the
// tree itself (dist/cli/thread.js), so a plain `tsc` build never runs a stale bundle.
import { statSync } from 'node:fs';
import { runOnWorker } from '../dist/cli/thread.js';

const bundle = new URL('../dist/pyx.cjs', import.meta.url);
const mtime = (url) => { try { return statSync(url).mtimeMs; } catch { return -1; } };
const fresh = mtime(bundle) >= mtime(new URL('../dist/cli/main.js', import.meta.url));
process.exitCode = await runOnWorker(process.argv.slice(2), fresh ? new URL('../dist/cli/bundle-loader.js', import.meta.url) : undefined);

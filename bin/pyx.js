#!/usr/bin/env node
// The installed `pyx` command: runs the compiled CLI (npm run build writes dist/) on a worker
// thread with a large stack (see cli/thread.ts).
import { runOnWorker } from '../dist/cli/thread.js';

process.exitCode = await runOnWorker(process.argv.slice(2));

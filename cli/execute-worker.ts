// Worker side of runIsolated (cli/execute.ts): runs one IR module on a fresh runtime in
// its own thread and posts the RunOutcome back.

import { parentPort, workerData } from 'node:worker_threads';
import { moduleFromJson } from '../ir/json.js';
import { runIR } from './execute.js';

const { json, source, argv } = workerData as { json: unknown; source: string; argv: string[] };
parentPort!.postMessage(await runIR(moduleFromJson(json), source, argv));

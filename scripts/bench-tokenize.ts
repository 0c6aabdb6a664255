// Tokenizer speed on a directory tree of Python files (default: CPython 3.13's stdlib).
//   npx tsx scripts/bench-tokenize.ts [dir] [--no-comments]
// Reads every .py file first (that pass also warms up), then times tokenize() alone over all
// of them (best of 5 rounds), and prints lines/s. Files pyx rejects (CPython's test
// suite holds deliberately broken ones) are counted apart and left out of the timing.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PySyntaxError } from '../grammar/errors.js';
import { tokenize } from '../grammar/tokenize.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/root/.pyenv/versions/3.13.0/lib/python3.13';
const comments = !args.includes('--no-comments');

function walk(path: string, out: string[]): void {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      if (name !== 'site-packages' && name !== '__pycache__') walk(full, out);
    } else if (name.endsWith('.py')) out.push(full);
  }
}

const files: string[] = [];
walk(dir, files);
const sources: string[] = [];
let rejected = 0;
let lines = 0;
let bytes = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  try {
    tokenize(text, f, { comments });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    rejected++;
    continue;
  }
  sources.push(text);
  bytes += text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
}
// The machine is shared, so besides wall time report this process's CPU time, which other
// processes disturb less.
let best = Infinity;
let bestCpu = Infinity;
let tokens = 0;
for (let round = 0; round < 5; round++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  tokens = 0;
  for (const s of sources) tokens += tokenize(s, '<bench>', { comments }).length;
  const cpu = process.cpuUsage(c0);
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
}
const rate = (ms: number): string => Math.round(lines / (ms / 1000)).toLocaleString('en-US');
console.log(
  `${sources.length} files (${rejected} rejected), ${lines} lines, ${(bytes / 1e6).toFixed(1)} M chars, ` +
    `${tokens} tokens, comments=${comments}: best wall ${best.toFixed(0)} ms = ${rate(best)} lines/s; ` +
    `best CPU ${bestCpu.toFixed(0)} ms = ${rate(bestCpu)} lines/s`,
);

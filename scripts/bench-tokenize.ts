// Tokenizer speed on a directory tree of Python files (default: CPython 3.13's stdlib).
//   npx tsx scripts/bench-tokenize.ts [dir] [--no-comments] [--cpython PATH]
// Reads every .py file first (that pass also warms up), then times tokenize() alone over all
// of them (best of 5 rounds), and prints lines/s. Files pyx rejects (CPython's test
// suite holds deliberately broken ones) are counted apart and left out of the timing.
// With --cpython, the same files are also timed with that interpreter's
// tokenize.generate_tokens (CPU time, best of 3) in the same run, for the ratio.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PySyntaxError } from '../grammar/errors.js';
import { tokenize } from '../grammar/tokenize.js';

const args = process.argv.slice(2);
const cpythonAt = args.indexOf('--cpython');
const cpython = cpythonAt >= 0 ? args.splice(cpythonAt, 2)[1] : undefined;
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

// CPython's module gets exactly the texts pyx got (BOM dropped, line ends kept), from memory.
const CPYTHON_BENCH = `
import io, json, sys, time, tokenize
texts = [text.lstrip('\\ufeff') for text in json.load(sys.stdin)]
best = float('inf')
for _ in range(3):
    t0 = time.process_time()
    for text in texts:
        for _ in tokenize.generate_tokens(io.StringIO(text, newline='').readline):
            pass
    best = min(best, time.process_time() - t0)
print(best * 1000)
`;

if (cpython) {
  const run = spawnSync(cpython, ['-c', CPYTHON_BENCH], { input: JSON.stringify(sources), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${cpython} failed: ${run.stderr}`);
  const ms = Number(run.stdout.trim());
  console.log(
    `CPython tokenize.generate_tokens on the same files: best CPU ${ms.toFixed(0)} ms = ${rate(ms)} lines/s; ` +
      `pyx/CPython time ratio ${(bestCpu / ms).toFixed(2)}`,
  );
}


// `npm run bench` (node dist/bench/run.js after `npm run build`): pyx's interpreter against
// CPython 3.13 on the programs of bench/programs/, in the same run, plus start-up time.
//
//   node --import tsx bench/run.ts [--runs N] [--scale S] [--only a,b] [--pyx CMD] [--json]
//   node --import tsx bench/run.ts parse [parse.ts flags]     the parse benchmark (bench/parse.ts)
//
// Each program runs as a fresh process for both implementations, N times (default 3) after
// nothing else: a Python program's start-up is part of what a user waits for. For each we
// report the median wall and CPU (user + system) seconds, the pyx/CPython ratios and the
// peak RSS; then the geometric means of the ratios. A run whose stdout differs from CPython's
// is reported as a mismatch and left out of the means (a fast wrong answer is not a result).
// Child CPU time and peak RSS come from bench/programs/measure.py (os.wait4), the same code
// for both sides, because Node cannot read a child's rusage.

import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';


/**
 * One benchmark: `file` in bench/programs/, run with `arg` (its size) scaled by --scale.
 * Invariant: `arg` is sized so that CPython 3.13 takes ~0.5–2 s of CPU on this machine class.
 */
interface Program {
  readonly name: string;
  readonly file: string;
  readonly arg: number;
}

const PROGRAMS: readonly Program[] = [
  { name: 'nbody', file: 'nbody.py', arg: 150_000 },
  { name: 'spectral-norm', file: 'spectral_norm.py', arg: 300 },
  { name: 'fannkuch', file: 'fannkuch.py', arg: 9 },
  { name: 'float-loop', file: 'float_loop.py', arg: 3_000_000 },
  { name: 'pidigits', file: 'pidigits.py', arg: 4_000 },
  { name: 'string-build', file: 'string_build.py', arg: 400_000 },
  // Issue 5's kinds (classes, generators, sets), our own versions.
  { name: 'richards', file: 'richards.py', arg: 100_000 },
  { name: 'nqueens', file: 'nqueens.py', arg: 9 },
  { name: 'raytrace', file: 'raytrace.py', arg: 400 },
  { name: 'generators', file: 'generators.py', arg: 80_000 },
];

/** Sizes that do not scale linearly (fannkuch is factorial in n) are scaled by their own rule. */
function scaledArg(p: Program, scale: number): number {
  if (p.name === 'fannkuch' || p.name === 'nqueens') return Math.max(5, p.arg + Math.round(Math.log(scale) / Math.log(9)));
  if (p.name === 'spectral-norm' || p.name === 'raytrace') return Math.max(10, Math.round(p.arg * Math.sqrt(scale)));
  return Math.max(1, Math.round(p.arg * scale));
}

/** What measure.py reports for one process. */
interface Sample {
  readonly wall: number;
  readonly user: number;
  readonly sys: number;
  readonly maxrssKiB: number;
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
// From dist/bench/ (compiled) the sources are two levels up; from bench/ one.
const ROOT = existsSync(join(HERE, 'programs')) ? resolve(HERE, '..') : resolve(HERE, '..', '..');
const PROGRAM_DIR = join(ROOT, 'bench', 'programs');
const PYTHON = process.env.PYX_CPYTHON ?? '/root/.pyenv/versions/3.13.0/bin/python3.13';

function measure(command: readonly string[]): Sample {
  const result = spawnSync(PYTHON, [join(PROGRAM_DIR, 'measure.py'), ...command], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0) throw new Error(`measure.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Sample;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const geomean = (values: readonly number[]) =>
  values.length === 0 ? NaN : Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);

/** The command that runs `pyx run`: the compiled CLI when built, else the sources through tsx. */
function pyxCommand(option: string | undefined): string[] {
  if (option) return option.split(' ').filter((s) => s !== '');
  if (compiledIsFresh()) return [process.execPath, join(ROOT, 'bin', 'pyx.js'), 'run'];
  process.stderr.write('dist/ is missing or older than the interpreter sources: timing pyx through tsx (start-up includes compiling); run `npm run build` first for fair figures\n');
  return [process.execPath, '--import', 'tsx', join(ROOT, 'cli', 'entry.ts'), 'run'];
}

/** The compiled CLI exists and is newer than the sources that decide what `pyx run` does. */
function compiledIsFresh(): boolean {
  const pairs = [['cli/main.ts', 'dist/cli/main.js'], ['backends/interp/program.ts', 'dist/backends/interp/program.js'],
    ['backends/interp/compile.ts', 'dist/backends/interp/compile.js'], ['runtime/modules/math.ts', 'dist/runtime/modules/math.js']];
  return pairs.every(([source, output]) => {
    const src = join(ROOT, source);
    const out = join(ROOT, output);
    return existsSync(out) && (!existsSync(src) || statSync(out).mtimeMs >= statSync(src).mtimeMs);
  });
}

interface Row {
  readonly name: string;
  readonly arg: number;
  readonly pyx: Summary;
  readonly cpython: Summary;
  readonly matches: boolean;
  readonly error?: string;
}

interface Summary {
  readonly wall: number;
  readonly cpu: number;
  readonly peakMB: number;
}

function summarize(samples: readonly Sample[]): Summary {
  return {
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.user + s.sys)),
    peakMB: Math.max(...samples.map((s) => s.maxrssKiB)) / 1024,
  };
}

function runBoth(pyx: readonly string[], file: string, args: readonly string[], runs: number): { pyx: Sample[]; cpython: Sample[] } {
  const pyxSamples: Sample[] = [];
  const cpythonSamples: Sample[] = [];
  // Interleaved, so a change in the machine's load hits both sides alike.
  for (let i = 0; i < runs; i++) {
    cpythonSamples.push(measure([PYTHON, file, ...args]));
    pyxSamples.push(measure([...pyx, file, ...args]));
  }
  return { pyx: pyxSamples, cpython: cpythonSamples };
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const runs = Number(option('--runs') ?? 3);
  const scale = Number(option('--scale') ?? 1);
  // Names as the table prints them; a file's own spelling (spectral_norm) is accepted too.
  const only = option('--only')?.split(',').map((n) => n.replaceAll('_', '-'));
  const unknown = only?.filter((n) => !PROGRAMS.some((p) => p.name === n)) ?? [];
  if (unknown.length > 0) {
    console.error(`unknown program(s) for --only: ${unknown.join(', ')}; the programs are ${PROGRAMS.map((p) => p.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const pyx = pyxCommand(option('--pyx'));
  if (!existsSync(PYTHON)) {
    console.error(`CPython 3.13 not found at ${PYTHON} (set PYX_CPYTHON): the benchmark needs it for the ratios`);
    process.exitCode = 2;
    return;
  }
  const rows: Row[] = [];
  for (const p of PROGRAMS) {
    if (only && !only.includes(p.name)) continue;
    const arg = scaledArg(p, scale);
    const { pyx: ps, cpython: cs } = runBoth(pyx, join(PROGRAM_DIR, p.file), [String(arg)], runs);
    const failed = ps.find((s) => s.status !== 0);
    const matches = !failed && ps.every((s) => s.stdout === cs[0].stdout);
    rows.push({
      name: p.name, arg, pyx: summarize(ps), cpython: summarize(cs), matches,
      error: failed ? `exit ${failed.status}: ${failed.stderr.trim().split('\n').slice(-1)[0] ?? ''}` : undefined,
    });
    if (!argv.includes('--json')) process.stderr.write(`  ${p.name} done\n`);
  }
  const oneLine = join(PROGRAM_DIR, 'one_line.py');
  const startupSamples = Array.from({ length: Math.max(runs, 5) }, () => measure([...pyx, oneLine]));
  const startupFailure = startupSamples.find((s) => s.status !== 0 || s.stdout !== 'hello\n');
  if (startupFailure) console.error(`pyx start-up run failed (exit ${startupFailure.status}): ${startupFailure.stderr.trim().split('\n').slice(-1)[0]}`);
  const startup = {
    pyx: summarize(startupSamples),
    node: summarize(Array.from({ length: Math.max(runs, 5) }, () => measure([process.execPath, '-e', '0']))),
    cpython: summarize(Array.from({ length: Math.max(runs, 5) }, () => measure([PYTHON, oneLine]))),
  };
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ runs, scale, pyx, rows, startup }, null, 2));
    return;
  }
  report(rows, startup, runs, pyx);
}

function report(rows: readonly Row[], startup: Record<'pyx' | 'node' | 'cpython', Summary>, runs: number, pyx: readonly string[]): void {
  const f = (v: number, d = 2) => v.toFixed(d);
  console.log(`pyx: ${pyx.join(' ')}\nCPython: ${PYTHON}\nmedians of ${runs} runs per program, each a fresh process\n`);
  console.log('| program | size | pyx wall s | pyx CPU s | CPython wall s | CPython CPU s | ratio wall | ratio CPU | pyx peak MB | CPython peak MB | output |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  const wallRatios: number[] = [];
  const cpuRatios: number[] = [];
  for (const r of rows) {
    const rw = r.pyx.wall / r.cpython.wall;
    const rc = r.pyx.cpu / r.cpython.cpu;
    if (r.matches) { wallRatios.push(rw); cpuRatios.push(rc); }
    const status = r.matches ? 'same' : r.error ?? 'DIFFERS';
    console.log(`| ${r.name} | ${r.arg} | ${f(r.pyx.wall)} | ${f(r.pyx.cpu)} | ${f(r.cpython.wall)} | ${f(r.cpython.cpu)} | ${f(rw)}x | ${f(rc)}x | ${f(r.pyx.peakMB, 0)} | ${f(r.cpython.peakMB, 0)} | ${status} |`);
  }
  const excluded = rows.length - wallRatios.length;
  console.log(`\ngeometric mean pyx/CPython over ${wallRatios.length} program(s)${excluded ? ` (${excluded} left out: wrong output or failure)` : ''}: ` +
    `wall ${f(geomean(wallRatios))}x, CPU ${f(geomean(cpuRatios))}x`);
  console.log(`\nstart-up (one-line program, median wall / CPU, peak RSS):`);
  for (const [label, s] of [['pyx run', startup.pyx], ['node -e 0', startup.node], ['CPython', startup.cpython]] as const) {
    console.log(`  ${label.padEnd(10)} ${f(s.wall * 1000, 0)} ms / ${f(s.cpu * 1000, 0)} ms, ${f(s.peakMB, 0)} MB`);
  }
}

// Last, so that every module-level constant above is initialized before main reads it.
if (process.argv[2] === 'parse') {
  // parse.ts reads its own flags from process.argv.
  process.argv.splice(2, 1);
  await import('./parse.js');
} else {
  await main(process.argv.slice(2));
}

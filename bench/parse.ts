// Parse benchmark: lines/s and peak memory of pyx's parser on the whole stdlib and on its
// largest file, with CPython 3.13's ast.parse timed on the same texts in the same run so
// the ratio is what gets reported. No parse cache is involved anywhere.
//
// Usage: node --import tsx bench/parse.ts [--runs N] [--dir DIR] [--json]
//   (or after `npm run build`: node dist/bench/parse.js …)
// Each measurement runs in a fresh child process, so its maxRSS (the RSS high-water mark,
// process.resourceUsage().maxRSS) belongs to that workload alone.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decodeSource } from '../cli/source.js';
import { loadParser, parseText } from '../cli/frontend.js';
import { ParseCache } from '../grammar/cache.js';

const DEFAULT_PYTHON = '/root/.pyenv/versions/3.13.0/bin/python3.13';
const PYTHON = process.env.PYTHON ?? DEFAULT_PYTHON;

/** One workload's result. Invariant: `linesPerSecond` (wall clock) and `cpuLinesPerSecond`
 *  (the process's user+system CPU time: steadier on a shared machine, but for Node it also
 *  counts GC helper threads) have one entry per timed run. */
interface Measurement {
  readonly files: number;
  readonly lines: number;
  readonly linesPerSecond: number[];
  readonly cpuLinesPerSecond: number[];
  /** Peak resident set size of the measuring process, in MB (undefined for CPython). */
  readonly peakMB?: number;
}

// --- The corpus ---

/** The stdlib's Lib/*.py when CPython is installed, else the committed stdlib samples. */
function defaultCorpusDir(): string {
  const probe = spawnSync(PYTHON, ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (probe.status === 0) return probe.stdout.trim();
  return fileURLToPath(new URL('../tests/golden/ast/', import.meta.url));
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => join(dir, name));
}

function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// --- One workload, in this process (the child side) ---

async function measurePyx(files: string[], runs: number): Promise<Measurement> {
  const { parseModule } = await loadParser();
  const texts = files.map((file) => decodeSource(readFileSync(file), file));
  const lines = texts.reduce((sum, text) => sum + lineCount(text), 0);
  // One untimed pass: grammar construction and V8's warm-up are not parse speed.
  for (const [index, text] of texts.entries()) parseModule(text, files[index]);
  const linesPerSecond: number[] = [];
  const cpuLinesPerSecond: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (const [index, text] of texts.entries()) parseModule(text, files[index]);
    const cpu = process.cpuUsage(cpuStart);
    linesPerSecond.push(lines / ((performance.now() - start) / 1000));
    cpuLinesPerSecond.push(lines / ((cpu.user + cpu.system) / 1e6));
  }
  return { files: files.length, lines, linesPerSecond, cpuLinesPerSecond, peakMB: process.resourceUsage().maxRSS / 1024 };
}

/** The parse cache on the same corpus: a cold pass (parse + store) vs a warm one (load). */
interface CacheMeasurement {
  readonly files: number;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly bytes: number;
}

async function measureCache(files: string[]): Promise<CacheMeasurement> {
  const texts = files.map((file) => decodeSource(readFileSync(file), file));
  await loadParser(); // grammar construction is start-up, not the cold pass
  const dir = mkdtempSync(join(tmpdir(), 'pyx-bench-cache-'));
  try {
    const cache = new ParseCache(dir, 'bench');
    const pass = async () => {
      const start = performance.now();
      for (const [index, text] of texts.entries()) await parseText(text, files[index], { cache });
      return performance.now() - start;
    };
    const coldMs = await pass();
    const warmMs = await pass();
    const entries = join(dir, 'ast');
    const bytes = readdirSync(entries).reduce((sum, name) => sum + readFileSync(join(entries, name)).length, 0);
    return { files: files.length, coldMs, warmMs, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// CPython's side: the same decoded texts (str, so decoding is excluded on both sides).
const CPYTHON_TIMER = `
import ast, json, sys, time, tokenize
files, runs = json.loads(sys.argv[1]), int(sys.argv[2])
texts = []
for name in files:
    with tokenize.open(name) as f:
        texts.append(f.read())
lines = sum(text.count("\\n") for text in texts)
for text in texts: ast.parse(text)
rates, cpu_rates = [], []
for _ in range(runs):
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts: ast.parse(text)
    cpu = time.process_time() - cpu_start
    rates.append(lines / (time.perf_counter() - start))
    cpu_rates.append(lines / cpu)
print(json.dumps({"files": len(files), "lines": lines, "linesPerSecond": rates, "cpuLinesPerSecond": cpu_rates}))
`;

function measureCPython(files: string[], runs: number): Measurement | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const result = spawnSync(PYTHON, ['-W', 'ignore', '-c', CPYTHON_TIMER, JSON.stringify(files), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`CPython timing failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Measurement;
}

function inChild<T>(workload: 'parse' | 'cache', files: string[], runs: number): T {
  const self = fileURLToPath(import.meta.url);
  const loader = self.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const result = spawnSync(process.execPath, [...loader, self, '--child', workload, String(runs), ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`pyx ${workload} measurement failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

// --- Reporting ---

const rate = (value: number) => Math.round(value).toLocaleString('en-US');

function row(label: string, pyx: Measurement, cpython: Measurement | undefined): string {
  const wall = median(pyx.linesPerSecond);
  const cpu = median(pyx.cpuLinesPerSecond);
  let text =
    `${label}: ${pyx.files} file${pyx.files === 1 ? '' : 's'}, ${pyx.lines} lines (medians of ${pyx.linesPerSecond.length} runs)\n` +
    `  pyx      ${rate(wall)} lines/s wall, ${rate(cpu)} lines/s CPU; peak RSS ${Math.round(pyx.peakMB ?? 0)} MB\n`;
  if (!cpython) return `${text}  CPython  absent: no ratio\n`;
  const cpythonWall = median(cpython.linesPerSecond);
  const cpythonCpu = median(cpython.cpuLinesPerSecond);
  text += `  CPython  ${rate(cpythonWall)} lines/s wall, ${rate(cpythonCpu)} lines/s CPU (ast.parse)\n`;
  text += `  ratio    pyx takes ${(cpythonWall / wall).toFixed(1)}x CPython's wall time, ${(cpythonCpu / cpu).toFixed(1)}x its CPU time\n`;
  return text;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    const [workload, runs, ...files] = argv.slice(1);
    const measurement = workload === 'cache' ? await measureCache(files) : await measurePyx(files, Number(runs));
    process.stdout.write(JSON.stringify(measurement));
    return;
  }
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const runs = Number(option('--runs') ?? 5);
  const files = corpusFiles(option('--dir') ?? defaultCorpusDir());
  const largest = files.reduce((best, file) =>
    lineCount(readFileSync(file, 'latin1')) > lineCount(readFileSync(best, 'latin1')) ? file : best,
  );
  const whole = { pyx: inChild<Measurement>('parse', files, runs), cpython: measureCPython(files, runs) };
  const single = { pyx: inChild<Measurement>('parse', [largest], runs), cpython: measureCPython([largest], runs) };
  const cache = inChild<CacheMeasurement>('cache', files, 1);
  if (argv.includes('--json')) {
    const report = { node: process.version, whole, largest: { file: largest, ...single }, cache };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `pyx parse benchmark (Node ${process.version}, no parse cache)\n\n` +
      row('whole corpus', whole.pyx, whole.cpython) +
      '\n' +
      row(`largest file (${basename(largest)})`, single.pyx, single.cpython) +
      `\nparse cache, whole corpus: first pass (parse + store) ${(cache.coldMs / 1000).toFixed(2)} s, ` +
      `second pass (load) ${(cache.warmMs / 1000).toFixed(2)} s: ${(cache.coldMs / cache.warmMs).toFixed(0)}x faster; ` +
      `${(cache.bytes / 1048576).toFixed(1)} MB on disk\n`,
  );
}

await main(process.argv.slice(2));

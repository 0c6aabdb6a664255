// The golden-case runner shared by tests/golden/dumps and tests/golden/graphs: each line
// `NAME: ARGS` of a directory's cases.txt runs `pyx ARGS` in-process in that directory and
// compares its stdout with NAME.<ext>. With PYX_UPDATE_GOLDEN=1 the expectations are
// rewritten instead (read every diff before committing them).

import test, { type ExecutionContext } from 'ava';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../../cli/main.js';
import { describeDifference, firstDifference } from '../first-difference.js';

export interface Case {
  name: string;
  args: string[];
}

export function readCases(dir: URL): Case[] {
  return readFileSync(new URL('cases.txt', dir), 'utf8').split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon).trim(), args: line.slice(colon + 1).trim().split(/\s+/) };
    });
}

/** Runs the CLI with `args` in `dir`, capturing stdout and stderr. Tests using it must be
 *  serial: the capture replaces process.stdout.write for the duration of the run. */
export async function runCli(dir: URL, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const cwd = process.cwd();
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; }) as typeof process.stderr.write;
  process.chdir(fileURLToPath(dir));
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(cwd);
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
}

/** Compares `actual` with the file `name` in `dir` (or rewrites it in update mode). */
export function compareGolden(t: ExecutionContext, dir: URL, name: string, actual: string): void {
  const url = new URL(name, dir);
  if (process.env.PYX_UPDATE_GOLDEN) {
    writeFileSync(url, actual);
    t.pass();
    return;
  }
  t.true(existsSync(url), `${name} is missing: run with PYX_UPDATE_GOLDEN=1`);
  const expected = readFileSync(url, 'utf8');
  if (actual !== expected) t.fail(`${name} differs ${describeDifference(firstDifference(actual, expected))}`);
  else t.pass();
}

/** One serial test per case; `normalize` maps stdout before comparing (e.g. drop SVG). */
export function goldenCases(dir: URL, extension: string, normalize: (name: string, stdout: string) => string = (_, s) => s): void {
  for (const { name, args } of readCases(dir)) {
    test.serial(`${name}: pyx ${args.join(' ')}`, async (t) => {
      const result = await runCli(dir, args);
      t.is(result.stderr, '');
      t.is(result.code, 0);
      compareGolden(t, dir, `${name}.${extension}`, normalize(name, result.stdout));
    });
  }
}

// `pyx run FILE [ARGS]` and `pyx run -c CODE [ARGS]`: runs a program on the interpreter
// backend. Stdout is buffered (flushed at exit, at print(flush=True) and when large); an
// uncaught exception prints CPython's traceback on stderr and exits 1; SystemExit exits
// with its code. Heavy modules are imported only when a program actually runs.

import { readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pipelineOf, pipelineOptions, type PipelineArgs } from './pipeline.js';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import type { PyxCommand } from './command.js';

interface RunArgs extends PipelineArgs {
  file?: string;
  c?: string;
  args?: string[];
  gcStress: boolean;
  countOps: boolean;
  ir?: string;
}

/** `pyx run` options that take a value (the next token, unless written as --opt=value). */
const VALUE_OPTIONS = new Set(['-c', '--ir', '--passes', '-p', '-O']);

/**
 * Splits `pyx run …` as CPython splits `python …`: pyx's own options come before the script
 * (or before `-c CODE`'s code); every token after it is the program's sys.argv[1:], untouched
 * even when it looks like an option (`pyx run prog.py -v`). Returns the tokens for yargs and
 * the program's arguments.
 */
export function splitRunArgv(argv: readonly string[]): { cli: string[]; program: string[] } {
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') return { cli: argv.slice(0, i + 2), program: argv.slice(i + 2) };
    if (token === '-c') return { cli: argv.slice(0, i + 2), program: argv.slice(i + 2) };
    if (token.startsWith('-') && token !== '-') {
      if (VALUE_OPTIONS.has(token)) i++;
      continue;
    }
    return { cli: argv.slice(0, i + 1), program: argv.slice(i + 1) };
  }
  return { cli: [...argv], program: [] };
}

/**
 * The arguments yargs would give `run` for `run FILE` with no pyx option (FILE not an
 * option, not `-`), or null for every other command line: main() then skips yargs. The
 * defaults are those of `builder` below; run.test.ts checks both give the same arguments.
 */
export function plainRunArgs(cli: readonly string[]): ArgumentsCamelCase<RunArgs> | null {
  if (cli.length !== 2 || cli[1].startsWith('-')) return null;
  return { _: ['run'], $0: 'pyx', file: cli[1], gcStress: false, countOps: false, verify: true, stats: false, timePasses: false };
}

/** The program arguments main() split off before yargs saw the command line (splitRunArgv). */
export const runExtraArgs: { program: string[] } = { program: [] };

export const runCommand: PyxCommand<RunArgs> = {
  command: 'run [file] [args..]',
  describe: 'Run a Python program on the interpreter backend',
  builder: (yargs: Argv) =>
    pipelineOptions(yargs)
      .positional('file', { type: 'string', describe: 'a Python source file, or - for stdin' })
      .positional('args', { type: 'string', array: true, describe: 'sys.argv[1:]' })
      .option('c', { type: 'string', describe: 'program passed in as a string' })
      .option('gc-stress', { type: 'boolean', default: false, describe: 'collect at every safepoint' })
      .option('ir', { type: 'string', describe: 'run IR from a dump instead (.json or .ir; see cli/run-ir.ts)' })
      .option('count-ops', { type: 'boolean', default: false, describe: 'print per-op execution counts to stderr' }) as unknown as Argv<RunArgs>,
  async run(args) {
    if (args.ir !== undefined) return (await import('./run-ir.js')).runIrFile(args.ir, [args.file, ...(args.args ?? [])].filter((a) => a !== undefined).map(String));
    let source: string;
    let filename: string;
    let argv: string[];
    const rest = [...(args.args ?? []).map(String), ...runExtraArgs.program];
    if (args.c !== undefined) {
      source = args.c;
      filename = '<string>';
      argv = ['-c', ...(args.file !== undefined ? [String(args.file)] : []), ...rest];
    } else if (args.file !== undefined) {
      const stdin = args.file === '/dev/stdin';
      // CPython 3.13 names the script by its absolute path in tracebacks; argv[0] stays as given.
      filename = stdin ? '<stdin>' : resolve(args.file);
      try {
        source = new TextDecoder().decode(readFileSync(stdin ? 0 : args.file));
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        process.stderr.write(`pyx: can't open file '${args.file}': [Errno 2] ${e.code === 'ENOENT' ? 'No such file or directory' : e.message}\n`);
        return 2;
      }
      argv = [stdin ? '-' : args.file, ...rest];
    } else {
      process.stderr.write('pyx run: name a file or use -c CODE\n');
      return 2;
    }
    let pipeline: string;
    try {
      pipeline = pipelineOf(args);
      if (pipeline !== '') (await import('../passes/index.js')).parsePipeline(pipeline);
    } catch (error) {
      process.stderr.write(error instanceof Error ? error.message.replace(/\n?$/, '\n') : String(error));
      return 2;
    }
    const { runProgram } = await import('../backends/interp/program.js');
    const { setTracebackColor, canColorize } = await import('../backends/interp/traceback.js');
    setTracebackColor(canColorize(process.env, process.env.PYX_STDERR_ISATTY === '1' || process.stderr.isTTY === true));
    let buffer = '';
    const flush = () => {
      if (buffer.length > 0) { writeStdout(buffer); buffer = ''; }
    };
    const status = runProgram(source, filename, argv, {
      write: (fd, text) => {
        if (fd === 1) { buffer += text; if (buffer.length > 1 << 16) flush(); return; }
        flush();
        process.stderr.write(text);
      },
      flush,
      readLine: () => { flush(); return readStdinLine(); },
      gcStress: args.gcStress,
      countOps: args.countOps,
      pipeline,
      cacheIr: true,
    });
    flush();
    return status;
  },
};

/** A lone low surrogate U+DC80..U+DCFF (not the second half of a pair): a raw byte (see below). */
const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/**
 * The bytes of program output: UTF-8, except that a lone U+DC80..U+DCFF stands for the raw byte
 * 0x80..0xFF — how sys.stdout.buffer.write passes bytes that are not UTF-8 through the text
 * channel (runtime/builtins/stream-buffer.ts, UTF-8 with surrogateescape, as CPython's
 * os.fsdecode does).
 */
export function outputBytes(text: string): Buffer {
  if (!ESCAPED_BYTE.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) {
      parts.push(Buffer.from(text.slice(start, i), 'utf8'), Buffer.from([c - 0xdc00]));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(text.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

function writeStdout(text: string): void {
  const bytes = outputBytes(text);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(1, bytes, off);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw error;
    }
  }
}

/**
 * A line of stdin as text: UTF-8, with bytes that are not UTF-8 kept as lone U+DC80..U+DCFF
 * (surrogateescape) so sys.stdin.buffer can give them back exactly (files-stdin.ts).
 */
function inputText(bytes: number[]): string {
  return decode(Uint8Array.from(bytes), 'utf-8', 'surrogateescape');
}

function readStdinLine(): string | null {
  const one = Buffer.alloc(1);
  const out: number[] = [];
  for (;;) {
    let n = 0;
    try { n = readSync0(one); } catch { return out.length > 0 ? inputText(out) : null; }
    if (n === 0) return out.length > 0 ? inputText(out) : null;
    if (one[0] === 10) return inputText(out);
    out.push(one[0]);
  }
}

import { readSync } from 'node:fs';
import { decode } from '../runtime/semantics/decode.js';
function readSync0(buf: Buffer): number {
  return readSync(0, buf, 0, 1, null);
}

// `pyx parse FILE`: prints ast.dump(ast.parse(source)) byte for byte as CPython 3.13 does,
// with ast.dump's options as flags. `-` reads stdin. Files are read as bytes and decoded
// the way CPython decodes source (cli/source.ts).

import { readFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { dump, type DumpOptions } from '../ast/dump.js';
import { ParseCache, defaultCacheDir } from '../grammar/cache.js';
import { PySyntaxError } from '../grammar/errors.js';
import { formatLiteralWarning, type LiteralWarning } from '../grammar/literals.js';
import { UnsupportedFeatureError } from '../lower/errors.js';
import type { PyxCommand } from './command.js';
import { parseBytes, type ParseMode } from './frontend.js';
import { decodeSourceDeferred } from './source.js';
import { syntaxErrorText } from './report.js';
import { version } from './version.js';

interface ParseArgs {
  file: string;
  indent?: string;
  includeAttributes: boolean;
  annotateFields: boolean;
  showEmpty: boolean;
  mode: ParseMode;
  cache: boolean;
}

export const parseCommand: PyxCommand<ParseArgs> = {
  command: 'parse <file>',
  describe: "Print a file's AST exactly as CPython 3.13's ast.dump(ast.parse(source))",
  builder: (yargs: Argv) =>
    yargs
      .positional('file', { type: 'string', demandOption: true, describe: 'a Python source file, or - for stdin' })
      .option('indent', {
        alias: 'i',
        type: 'string',
        describe: "ast.dump's indent: a number of spaces or a string (one line when absent)",
      })
      .option('include-attributes', {
        alias: 'a',
        type: 'boolean',
        default: false,
        describe: 'include lineno, col_offset, end_lineno, end_col_offset',
      })
      .option('annotate-fields', { type: 'boolean', default: true, describe: 'print field names (--no-annotate-fields: positional)' })
      .option('show-empty', { type: 'boolean', default: false, describe: 'print empty lists and None fields' })
      .option('mode', { type: 'string', choices: ['exec', 'eval'] as const, default: 'exec', describe: "ast.parse's mode" })
      .option('cache', { type: 'boolean', default: true, describe: 'use the parse cache (--no-cache: always parse)' })
      .example('$0 parse examples/hello.py', '')
      .example('$0 parse -a --indent 2 - < file.py', '') as unknown as Argv<ParseArgs>,
  async run(args) {
    // main.ts hands a `-` argument over as /dev/stdin (yargs would swallow the dash).
    const stdin = args.file === '/dev/stdin';
    const filename = stdin ? '<stdin>' : args.file;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(stdin ? 0 : args.file);
    } catch (error) {
      process.stderr.write(`pyx: can't open file '${args.file}': ${describeIoError(error)}\n`);
      return 2;
    }
    let phase: 'parse' | 'dump' = 'parse';
    try {
      const cache = args.cache ? new ParseCache(defaultCacheDir(), version()) : undefined;
      // --no-cache bypasses every cache, the compiled grammar's too (grammar/parse.ts).
      if (!args.cache) process.env.PYX_NO_CACHE = '1';
      const warnings: LiteralWarning[] = [];
      const tree = await parseBytes(bytes, filename, { mode: args.mode, cache, warnings });
      if (warnings.length > 0) process.stderr.write(warningsText(warnings, bytes, stdin));
      phase = 'dump';
      process.stdout.write(`${dump(tree, dumpOptions(args))}\n`);
      return 0;
    } catch (error) {
      if (error instanceof PySyntaxError) {
        process.stderr.write(syntaxErrorText(error));
        return 1;
      }
      if (error instanceof UnsupportedFeatureError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      if (error instanceof RangeError && /call stack/.test(error.message)) {
        // What CPython 3.13 says for input nested too deeply for its parser (`-` * 20000 + `1`),
        // and for a tree too deep to build or walk (a 50,000-term `a+a+…`).
        process.stderr.write(
          phase === 'parse'
            ? 'MemoryError: Parser stack overflowed - Python source too complex to parse\n'
            : 'RecursionError: maximum recursion depth exceeded during ast construction\n',
        );
        return 1;
      }
      throw error;
    }
  },
};

/**
 * The SyntaxWarnings as CPython prints them while compiling: `file:line: SyntaxWarning: …`
 * and the stripped source line, which Python's warnings module reads back from the file
 * (linecache), so stdin gets no line.
 */
function warningsText(warnings: readonly LiteralWarning[], bytes: Uint8Array, stdin: boolean): string {
  const lines = stdin ? [] : decodeSourceDeferred(bytes, '').text.split(/\r\n|\r|\n/);
  return warnings.map((warning) => formatLiteralWarning(warning, lines[warning.lineno - 1] ?? null)).join('');
}

function dumpOptions(args: ParseArgs): DumpOptions {
  let indent: number | string | undefined = args.indent;
  // ast.dump treats an int indent as that many spaces (a negative one as zero).
  if (indent !== undefined && /^-?\d+$/.test(indent)) indent = Math.max(0, Number(indent));
  return {
    indent,
    includeAttributes: args.includeAttributes,
    annotateFields: args.annotateFields,
    showEmpty: args.showEmpty,
  };
}

// Python's wording for the common failures, e.g. "[Errno 2] No such file or directory".
function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: '[Errno 2] No such file or directory',
    EACCES: '[Errno 13] Permission denied',
    EISDIR: '[Errno 21] Is a directory',
  };
  return (code && known[code]) ?? String((error as Error).message ?? error);
}

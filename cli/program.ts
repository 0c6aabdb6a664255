// The front end shared by the IR-level subcommands (dump, graph, explore, check, bisect):
// read a .py file as bytes, decode it as CPython does, parse, lower — or read IR text /
// JSON directly — and turn every Python-level failure into the text CPython would print.

import { readFileSync } from 'node:fs';
import type { Module } from '../ast/nodes.js';
import { PySyntaxError } from '../grammar/errors.js';
import { IRJsonError, readJson } from '../ir/json.js';
import { IRParseError, parseModule as parseIR } from '../ir/parse.js';
import type { IRFunction, IRModule } from '../ir/types.js';
import { CompileRecursionError, UnsupportedFeatureError, lowerModule } from '../lower/index.js';
import { parseBytes } from './frontend.js';
import { syntaxErrorText } from './report.js';
import { decodeSourceDeferred } from './source.js';

/** A loaded program. Invariant: `tree` and `source` are null exactly when the input was IR
 *  (a `.ir` or `.json` file), which has no Python source to show. */
export interface Program {
  filename: string;
  source: string | null;
  tree: Module | null;
  module: IRModule;
}

/** A failure already worded for the user; `exitCode` as cli/command.ts defines them. */
export class ProgramError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** Loads FILE: `.ir` files are IR text, `.json` files IR JSON, anything else Python. */
export async function loadProgram(file: string): Promise<Program> {
  const stdin = file === '/dev/stdin';
  const filename = stdin ? '<stdin>' : file;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(stdin ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '[Errno 2] No such file or directory' : code === 'EISDIR' ? '[Errno 21] Is a directory' : String((error as Error).message);
    throw new ProgramError(`pyx: can't open file '${file}': ${reason}\n`, 2);
  }
  try {
    if (file.endsWith('.ir')) return { filename, source: null, tree: null, module: parseIR(Buffer.from(bytes).toString('utf8')) };
    if (file.endsWith('.json')) return { filename, source: null, tree: null, module: readJson(Buffer.from(bytes).toString('utf8')) };
    const tree = (await parseBytes(bytes, filename)) as Module;
    const source = decodeSourceDeferred(bytes, filename).text;
    return { filename, source, tree, module: lowerModule(tree, { filename, source }) };
  } catch (error) {
    if (error instanceof PySyntaxError) throw new ProgramError(syntaxErrorText(error), 1);
    if (error instanceof UnsupportedFeatureError) throw new ProgramError(`${error.message}\n`, 1);
    if (error instanceof CompileRecursionError) throw new ProgramError(`RecursionError: ${error.message}\n`, 1);
    if (error instanceof IRParseError || error instanceof IRJsonError) throw new ProgramError(`pyx: ${filename}: ${error.message}\n`, 1);
    if (error instanceof RangeError && /call stack/.test(error.message)) {
      throw new ProgramError('RecursionError: maximum recursion depth exceeded during compilation\n', 1);
    }
    throw error;
  }
}

/** The functions `--function NAME` selects: by qualname, else by name; all when absent.
 *  An unknown name is a usage error listing what exists. */
export function selectFunctions(module: IRModule, name: string | undefined): IRFunction[] {
  if (name === undefined) return module.functions;
  const byQualname = module.functions.filter((fn) => fn.qualname === name);
  const found = byQualname.length > 0 ? byQualname : module.functions.filter((fn) => fn.name === name);
  if (found.length === 0) {
    throw new ProgramError(`pyx: no function named '${name}'; the module has: ${module.functions.map((fn) => fn.qualname).join(', ')}\n`, 2);
  }
  return found;
}

/** Runs a command body, printing a ProgramError's text and returning its exit code. */
export async function reportingErrors(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof ProgramError)) throw error;
    process.stderr.write(error.message);
    return error.exitCode;
  }
}

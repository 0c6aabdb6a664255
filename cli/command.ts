// The shape of a pyx subcommand (one per file in cli/). main.ts registers each with yargs.

import type { Argv, ArgumentsCamelCase } from 'yargs';

/**
 * A subcommand. `run` returns the process exit code (0 success, 1 a Python error such as a
 * SyntaxError, 2 a usage error) and never calls process.exit, so piped stdout is always
 * flushed completely before the process ends. (main.ts exits early only on a broken pipe.)
 */
export interface PyxCommand<A = any> {
  /** The yargs command string, e.g. 'parse <file>'. */
  readonly command: string;
  readonly describe: string;
  readonly builder: (yargs: Argv) => Argv<A>;
  run(args: ArgumentsCamelCase<A>): Promise<number>;
}

// pyx's front door: a yargs program with one file per subcommand (cli/<name>.ts).
// To add a subcommand, write a module exporting a PyxCommand (cli/command.ts) and list it
// below. Exit codes: 0 success, 1 a Python-level error (e.g. SyntaxError), 2 a usage error
// (unknown command or option, missing file) — as CPython's own command line does — 70 an
// internal error (a bug in pyx), 141 a closed stdout pipe.

import { noStacksAtAll } from '../runtime/semantics/errors.js';
import type { PyxCommand } from './command.js';
import { cacheCommand } from './cache.js';
import { parseCommand } from './parse.js';
import { runCommand, runExtraArgs, splitRunArgv, plainRunArgs } from './run.js';
import { graphCommand } from './graph.js';
import { dumpCommand, rewriteDumpIr } from './dump.js';
import { exploreCommand } from './explore.js';
import { checkCommand } from './check.js';
import { bisectCommand } from './bisect.js';
import { newPassCommand } from './new-pass.js';
import { version } from './version.js';

export const STDIN_PATH = '/dev/stdin';

/** Exit status for a bug in pyx itself (BSD's EX_SOFTWARE), distinct from Python errors. */
export const INTERNAL_ERROR = 70;

export { version } from './version.js';

export const commands: PyxCommand[] = [parseCommand, runCommand, cacheCommand, graphCommand, dumpCommand, exploreCommand, checkCommand, bisectCommand, newPassCommand];

/** Exit status when the reader of stdout went away (`pyx parse big.py | head`): what a shell
 *  reports for a process ended by SIGPIPE, as `cat` or `git log` would be. */
export const BROKEN_PIPE = 141;

let stdoutGuarded = false;

// Node reports a closed pipe as an 'error' event that, unhandled, prints a JS stack. The
// reader is gone, so there is nothing left to flush: end at once, quietly.
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(BROKEN_PIPE);
    throw error;
  });
}

/** Runs the CLI on `argv` and returns the process exit code. Calls process.exit only when
 *  stdout's reader has gone away (see guardStdout). */
export async function main(argv: string[]): Promise<number> {
  guardStdout();
  // Python exceptions are control flow: no JS stack is captured for any error of the run
  // (runtime/semantics/errors.ts noStack), unless PYX_DEBUG asks for them.
  noStacksAtAll();
  let exitCode = 0;
  let usageError = false;
  let usageHelp = '';
  const usageMessages: string[] = [];
  // yargs-parser turns a bare `-` into an empty string; the conventional "stdin" file
  // argument reaches commands as /dev/stdin, which they name `<stdin>` as CPython does.
  // `pyx run prog.py ARGS`: ARGS belong to the program, whatever they look like (cli/run.ts).
  let cliArgv = argv;
  runExtraArgs.program = [];
  if (argv[0] === 'run') ({ cli: cliArgv, program: runExtraArgs.program } = splitRunArgv(argv));
  // The common `pyx run FILE [ARGS]` with no pyx option: yargs would only fill in the
  // options' defaults, and loading it costs ~40 ms of every start-up (its text-width tables).
  const plain = argv[0] === 'run' ? plainRunArgs(cliArgv) : null;
  if (plain !== null) return runCommand.run(plain);
  const { default: yargs } = await import('yargs');
  const program = yargs(rewriteDumpIr(cliArgv).map((arg) => (arg === '-' ? STDIN_PATH : arg)))
    .scriptName('pyx')
    .usage('pyx — a research compiler toolkit for Python 3.13\n\nUsage: $0 <command> [options]')
    .version(version())
    .strict()
    .demandCommand(1, 'Name a command: see the list above.')
    .recommendCommands()
    .exitProcess(false)
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error, y) => {
      // Errors thrown by a command's run() are bugs, not usage errors: let them surface.
      if (error) throw error;
      // yargs may report several usage errors for one command line: keep them all and show
      // help once, with the most telling message (an unknown option names the culprit).
      usageError = true;
      if (!usageHelp) y.showHelp((text: string) => (usageHelp = text));
      usageMessages.push(message);
    });
  for (const command of commands) {
    program.command({
      command: command.command,
      describe: command.describe,
      builder: command.builder,
      handler: async (args) => {
        // yargs still calls the handler after .fail() reported a usage error.
        if (usageError) return;
        exitCode = await command.run(args);
      },
    });
  }
  try {
    await program.parseAsync();
    if (usageError) {
      const message = usageMessages.find((m) => m.startsWith('Unknown argument')) ?? usageMessages[0];
      process.stderr.write(`${usageHelp}\n\npyx: ${message}\n`);
    }
  } catch (error) {
    // A thrown JS error here is a bug in pyx, never the user's input (Python-level errors
    // are reported by the commands): one clear line, the stack only on request.
    const detail = error instanceof Error ? (process.env.PYX_DEBUG ? String(error.stack) : error.message) : String(error);
    process.stderr.write(`pyx: internal error: ${detail}\n`);
    if (!process.env.PYX_DEBUG) process.stderr.write('pyx: this is a bug in pyx; PYX_DEBUG=1 shows the JavaScript stack\n');
    return INTERNAL_ERROR;
  }
  return usageError ? 2 : exitCode;
}

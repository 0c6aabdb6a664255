// pyx's front door: a yargs program with one file per subcommand (cli/<name>.ts).
// To add a subcommand, write a module exporting a yargs CommandModule and list it below.

import yargs, { type CommandModule } from 'yargs';
import { readFileSync } from 'node:fs';
import { parseCommand } from './parse.js';

export const commands: CommandModule<object, any>[] = [parseCommand];

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

/** Runs the CLI on `argv` and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = yargs(argv)
    .scriptName('pyx')
    .usage('pyx — a research compiler toolkit for Python 3.13\n\nUsage: $0 <command> [options]')
    .version(version())
    .strict()
    .demandCommand(1, 'Name a command: see the list above.')
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error, y) => {
      if (error) throw error;
      process.stderr.write(`${y.help()}\n\npyx: ${message}\n`);
      exitCode = 2;
    });
  for (const command of commands) program.command(command);
  const args = await program.parseAsync();
  return exitCode || Number(args.exitCode ?? 0);
}

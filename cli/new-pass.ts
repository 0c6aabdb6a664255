// `pyx new-pass NAME`: scaffolds a pass so a course assignment or an experiment starts from
// one command: passes/NAME.ts (a working pass that visits every instruction and changes
// nothing yet), its golden test tests/golden/passes/NAME/example.py with the expected IR
// (the format tests/golden/passes/golden.test.ts runs), and its registration in
// passes/registry.ts (an import and an entry in PASSES). Refuses to overwrite anything.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { printModule } from '../ir/print.js';
import { lowerSource } from '../lower/index.js';
import type { PyxCommand } from './command.js';
import { runStages } from './pipeline.js';
import { ProgramError, reportingErrors } from './program.js';

interface NewPassArgs {
  name: string;
  root: string;
}

/** Pass names are kebab-case, equal to the file name (STYLE.md). */
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export const newPassCommand: PyxCommand<NewPassArgs> = {
  command: 'new-pass <name>',
  describe: 'Scaffold a pass: passes/NAME.ts, its golden test and its registration',
  builder: (yargs: Argv) =>
    yargs
      .positional('name', { type: 'string', demandOption: true, describe: 'kebab-case pass name, e.g. strength-reduce' })
      .option('root', { type: 'string', default: '.', describe: 'the pyx source tree to add the pass to' })
      .example('$0 new-pass strength-reduce', '') as unknown as Argv<NewPassArgs>,
  run: (args) => reportingErrors(async () => {
    const name = String(args.name);
    if (!NAME.test(name)) throw new ProgramError(`pyx new-pass: '${name}' is not a kebab-case name (e.g. strength-reduce)\n`, 2);
    const registryPath = join(args.root, 'passes', 'registry.ts');
    if (!existsSync(registryPath)) throw new ProgramError(`pyx new-pass: ${registryPath} not found: run in the pyx source tree or give --root\n`, 2);
    const passPath = join(args.root, 'passes', `${name}.ts`);
    const goldenDir = join(args.root, 'tests', 'golden', 'passes', name);
    const registry = readFileSync(registryPath, 'utf8');
    const identifier = camelCase(name);
    if (existsSync(passPath) || existsSync(goldenDir) || registry.includes(`'./${name}.js'`)) {
      throw new ProgramError(`pyx new-pass: a pass named '${name}' already exists (${passPath})\n`, 2);
    }
    const updated = register(registry, name, identifier);
    if (updated === null) throw new ProgramError(`pyx new-pass: cannot find 'export const PASSES: readonly Pass[] = [...]' in ${registryPath}\n`, 70);

    // The expected IR of the example: the new pass changes nothing yet, so it is the IR
    // after ssa alone. The golden then fails as soon as the pass does something, which is
    // the moment to read the diff and accept it (PYX_UPDATE=1).
    const example = exampleProgram(name);
    const stages = await runStages(lowerSource(example, 'example.py'), 'ssa');
    writeFileSync(passPath, passTemplate(name, identifier));
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(join(goldenDir, 'example.py'), example);
    writeFileSync(join(goldenDir, 'example.expected'), printModule(stages[stages.length - 1].module));
    writeFileSync(registryPath, updated);
    process.stdout.write([
      `created passes/${name}.ts, tests/golden/passes/${name}/example.py and example.expected; registered in passes/registry.ts`,
      `next: edit run() in passes/${name}.ts, then`,
      `  npx ava tests/golden/passes/golden.test.ts          (the golden shows what the pass changed)`,
      `  pyx dump prog.py --passes ssa,${name} --stage changed`,
      `  pyx check --passes ssa,${name} tests/programs/*.py   (behaviour kept?)`,
      '',
    ].join('\n'));
    return 0;
  }),
};

/** The registry with an import of the pass after the last import and the pass appended to
 *  PASSES; null when the registry does not have the expected shape. */
export function register(registry: string, name: string, identifier: string): string | null {
  const list = /(export const PASSES: readonly Pass\[\] = \[)([^\]]*)(\];)/.exec(registry);
  const imports = [...registry.matchAll(/^import .*;$/gm)];
  if (list === null || imports.length === 0) return null;
  const last = imports[imports.length - 1];
  const at = last.index! + last[0].length;
  const entries = list[2].trim();
  const withEntry = registry.slice(0, list.index) + list[1] + (entries === '' ? identifier : `${entries.replace(/,\s*$/, '')}, ${identifier}`) + list[3] +
    registry.slice(list.index + list[0].length);
  // The import goes before the list, so the list's index is unaffected by inserting it.
  return withEntry.slice(0, at) + `\nimport { ${identifier} } from './${name}.js';` + withEntry.slice(at);
}

function exampleProgram(name: string): string {
  return `# ARGS: --passes ssa,${name}
# The example of pass '${name}': change this program to exercise the pass, and accept the
# new expected IR (PYX_UPDATE=1 npx ava tests/golden/passes/golden.test.ts) after reading it.
def f(n):
    total = 0
    for i in range(n):
        total += i * 2
    return total


print(f(10))
`;
}

function passTemplate(name: string, identifier: string): string {
  return `// ${name}: (what it does, in one line). Requires: (analyses or earlier passes, e.g. ssa).
// Preserves: (what it keeps: the CFG? SSA form?). Assumes: (what it takes for granted about
// Python's semantics; see ir/ops.ts flags: only \`pure\` ops may be merged or moved freely).

import type { Pass } from './pass.js';

export const ${identifier}: Pass = {
  name: '${name}',
  description: '(one line for pyx passes)',
  // Analyses computed before run(); ctx.get('dominance') etc. returns them.
  requires: [],
  // Analyses a change makes stale ('all' when the CFG changes).
  invalidates: ['def-use', 'liveness'],
  // Counters shown by --stats; bump them with ctx.count('instructions visited').
  stats: ['instructions visited'],
  run(fn, ctx) {
    // Must return true exactly when the IR changed: dumps and bisect rely on it.
    let changed = false;
    for (const block of fn.blocks) {
      for (const instruction of block.instructions) {
        ctx.count('instructions visited');
        // Rewrite here. For example: if (instruction.op === 'mul' && ...) { ...; changed = true; }
        void instruction;
      }
    }
    return changed;
  },
};
`;
}

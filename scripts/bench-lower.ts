// Lowers every top-level function and method of the first N stdlib modules (each as a
// one-statement module, since whole modules mostly use classes/try, not supported yet),
// verifies the IR and round-trips it through text and JSON; prints counts and speeds.
// A lowering crash (anything but UnsupportedFeatureError / PySyntaxError) is reported.
// Run: npx tsx scripts/bench-lower.ts [N=40]

import { readFileSync, readdirSync } from 'node:fs';
import type { Module, stmt } from '../ast/nodes.js';
import { PySyntaxError } from '../grammar/errors.js';
import { parseModule } from '../grammar/parse.js';
import { readJson, writeJson } from '../ir/json.js';
import { parseModule as parseIR } from '../ir/parse.js';
import { printModule } from '../ir/print.js';
import { verifyModule } from '../ir/verify.js';
import { lowerModule, UnsupportedFeatureError } from '../lower/index.js';

const dir = '/root/.pyenv/versions/3.13.0/lib/python3.13/';
const files = readdirSync(dir).filter((name) => name.endsWith('.py')).sort().slice(0, Number(process.argv[2] ?? 40));
const time = { lower: 0, verify: 0, print: 0, parse: 0, json: 0 };
let [functions, lowered, unsupported, instructions, lines, problems] = [0, 0, 0, 0, 0, 0];
const clock = <T>(key: keyof typeof time, run: () => T): T => {
  const start = performance.now();
  const result = run();
  time[key] += performance.now() - start;
  return result;
};
for (const file of files) {
  const source = readFileSync(dir + file, 'utf8');
  let tree: Module;
  try {
    tree = parseModule(source, file);
  } catch {
    continue;
  }
  const defs = tree.body.flatMap((s): stmt[] => s._type === 'FunctionDef' ? [s] : s._type === 'ClassDef' ? s.body.filter((m) => m._type === 'FunctionDef') : []);
  for (const def of defs) {
    functions++;
    try {
      const module = clock('lower', () => lowerModule({ _type: 'Module', body: [def], type_ignores: [] }, { filename: file, source }));
      lowered++;
      lines += (def.end_lineno ?? def.lineno) - def.lineno + 1;
      for (const fn of module.functions) for (const block of fn.blocks) instructions += block.instructions.length;
      const found = clock('verify', () => verifyModule(module));
      const text = clock('print', () => printModule(module));
      const again = clock('parse', () => printModule(parseIR(text)));
      const json = clock('json', () => printModule(readJson(writeJson(module))));
      if (found.length > 0 || again !== text || json !== text) {
        problems++;
        console.log(`${file} ${(def as { name: string }).name}: ${found[0] ?? (again !== text ? 'text round trip differs' : 'JSON round trip differs')}`);
      }
    } catch (error) {
      if (error instanceof UnsupportedFeatureError) unsupported++;
      else if (error instanceof PySyntaxError) console.log(`${file}: ${error.msg} (line ${error.lineno})`);
      else {
        problems++;
        console.log(`${file} ${(def as { name: string }).name}: CRASH ${(error as Error).stack}`);
      }
    }
  }
}
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000).toLocaleString('en');
console.log(`${files.length} modules, ${functions} functions: ${lowered} lowered, ${unsupported} unsupported, ${problems} problems`);
console.log(`${lines} source lines → ${instructions} instructions`);
console.log(`lower ${rate(lines, time.lower)} lines/s (${rate(instructions, time.lower)} instr/s); verify ${rate(instructions, time.verify)} instr/s; ` +
  `print ${rate(instructions, time.print)} instr/s; parse+print ${rate(instructions, time.parse)} instr/s; JSON write+read+print ${rate(instructions, time.json)} instr/s`);

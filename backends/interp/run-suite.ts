// Runs every tests/programs/*.py in one process and compares stdout and the exit code with
// the committed CPython 3.13 outputs. Usage: node --import tsx backends/interp/run-suite.ts [--gc-stress]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from './program.js';

const dir = 'tests/programs';
const stress = process.argv.includes('--gc-stress');
let pass = 0;
const failed: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  const base = join(dir, file.slice(0, -3));
  const expected = existsSync(`${base}.stdout`) ? readFileSync(`${base}.stdout`, 'utf8') : '';
  const code = existsSync(`${base}.exitcode`) ? Number(readFileSync(`${base}.exitcode`, 'utf8').trim()) : 0;
  let out = '';
  const t0 = performance.now();
  let status: number;
  try {
    status = runProgram(readFileSync(join(dir, file), 'utf8'), file, [file], {
      write: (fd, t) => { if (fd === 1) out += t; }, flush: () => undefined, readLine: () => null, gcStress: stress,
    });
  } catch (e) {
    status = -1;
    out += `\n<internal error: ${(e as Error).message}>`;
  }
  if (process.env.PYX_TIME) process.stderr.write(`${file} ${(performance.now() - t0).toFixed(0)}\n`);
  if (out === expected && status === code) pass++;
  else failed.push(file);
}
console.log(`${pass} passed, ${failed.length} failed${stress ? ' (gc stress)' : ''}`);
if (failed.length > 0) console.log(failed.join(' '));

// pyx's half of scripts/compare-stdlib.sh: parses every file listed in EXPECTED/files.txt
// in this one process and compares ast.dump output (plain and with attributes) and the
// SyntaxWarnings against CPython's EXPECTED/NNN.dump, NNN.attrs.dump and NNN.warnings.
// Prints each file that differs (its first differing position), then the totals.
//
// Usage: node --import tsx scripts/compare-stdlib.ts EXPECTED [--quiet]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dump } from '../ast/dump.js';
import { PySyntaxError } from '../grammar/errors.js';
import { parseBytes } from '../cli/frontend.js';
import type { LiteralWarning } from '../grammar/literals.js';
import { describeDifference, firstDifference } from '../tests/golden/first-difference.js';


async function main(argv: string[]): Promise<number> {
  const [expectedDir, ...flags] = argv;
  if (!expectedDir) {
    process.stderr.write('usage: compare-stdlib.ts EXPECTED_DIR [--quiet]\n');
    return 2;
  }
  const quiet = flags.includes('--quiet');
  const files = readFileSync(join(expectedDir, 'files.txt'), 'utf8').split('\n').filter(Boolean);
  const totals = { plain: 0, attrs: 0, warnings: 0, syntaxErrors: 0, crashes: 0, lines: 0, parseMs: 0 };
  const say = (text: string) => quiet || process.stdout.write(`${text}\n`);

  for (const [number, path] of files.entries()) {
    const stem = join(expectedDir, String(number).padStart(3, '0'));
    const bytes = readFileSync(path);
    const lines = bytes.reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 0);
    try {
      const start = performance.now();
      const warnings: LiteralWarning[] = [];
      const tree = await parseBytes(bytes, path, { warnings });
      totals.parseMs += performance.now() - start;
      totals.lines += lines;
      const plain = firstDifference(dump(tree), readFileSync(`${stem}.dump`, 'utf8'));
      const attrs = firstDifference(dump(tree, { includeAttributes: true }), readFileSync(`${stem}.attrs.dump`, 'utf8'));
      const warningText = warnings.map((warning) => `${warning.lineno}: ${warning.message}\n`).join('');
      const warningDifference = firstDifference(warningText, readFileSync(`${stem}.warnings`, 'utf8'));
      if (warningDifference.index < 0) totals.warnings++;
      else say(`WARNINGS DIFFER ${path} ${describeDifference(warningDifference)}`);
      if (plain.index < 0) totals.plain++;
      if (attrs.index < 0) totals.attrs++;
      if (plain.index >= 0) {
        say(`DIFFERS ${path} ${describeDifference(plain)}`);
      } else if (attrs.index >= 0) {
        say(`DIFFERS (attributes only) ${path} ${describeDifference(attrs)}`);
      }
    } catch (error) {
      if (error instanceof PySyntaxError) {
        totals.syntaxErrors++;
        say(`SYNTAX ERROR ${path}:${error.lineno}:${error.offset}: ${error.type}: ${error.msg}`);
      } else {
        totals.crashes++;
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        say(`CRASH ${path}: ${message.split('\n')[0]}`);
      }
    }
  }
  const rate = totals.parseMs > 0 ? Math.round(totals.lines / (totals.parseMs / 1000)) : 0;
  process.stdout.write(
    `\nfiles: ${files.length}\n` +
      `match ast.dump:                          ${totals.plain}/${files.length}\n` +
      `match ast.dump(include_attributes=True): ${totals.attrs}/${files.length}\n` +
      `same SyntaxWarnings:                     ${totals.warnings}/${files.length}\n` +
      `pyx syntax errors: ${totals.syntaxErrors}, crashes: ${totals.crashes}\n` +
      `parsed ${totals.lines} lines in ${(totals.parseMs / 1000).toFixed(1)} s (${rate} lines/s, first-parse costs included)\n`,
  );
  const all = [totals.plain, totals.attrs, totals.warnings].every((count) => count === files.length);
  return all ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));

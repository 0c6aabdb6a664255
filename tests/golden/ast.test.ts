// AST goldens: every tests/golden/{syntax,ast}/NAME.py is parsed by pyx exactly as
// `pyx parse` does (bytes → PEP 263 decoding → parser) and its dump compared with
// CPython 3.13's NAME.dump and, where present, NAME.attrs.dump (include_attributes=True);
// the SyntaxWarnings must be CPython's NAME.warnings (none when that file is absent).
// Expected files come only from CPython: regenerate with scripts/gen-golden-ast.py.

import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dump } from '../../ast/dump.js';
import { parseBytes } from '../../cli/frontend.js';
import type { LiteralWarning } from '../../grammar/literals.js';
import { describeDifference, firstDifference } from './first-difference.js';

const dirs = ['syntax', 'ast'].map((name) => new URL(`./${name}/`, import.meta.url));

for (const dir of dirs) {
  const group = dir.pathname.split('/').at(-2);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.py')).sort()) {
    const stem = file.slice(0, -3);
    test(`${group}/${stem}`, async (t) => {
      const source = readFileSync(new URL(file, dir));
      const warnings: LiteralWarning[] = [];
      const tree = await parseBytes(source, file, { warnings });
      const warningsUrl = new URL(`${stem}.warnings`, dir);
      t.is(
        warnings.map((warning) => `${warning.lineno}: ${warning.message}\n`).join(''),
        existsSync(warningsUrl) ? readFileSync(warningsUrl, 'utf8') : '',
      );
      const checks: [string, boolean][] = [[`${stem}.dump`, false], [`${stem}.attrs.dump`, true]];
      let compared = 0;
      for (const [expectedFile, includeAttributes] of checks) {
        const url = new URL(expectedFile, dir);
        if (!existsSync(url)) continue;
        compared++;
        const expected = readFileSync(url, 'utf8');
        const actual = `${dump(tree, { includeAttributes })}\n`;
        if (actual !== expected) t.fail(`${expectedFile} differs ${describeDifference(firstDifference(actual, expected))}`);
      }
      // A .py without its .dump means the goldens were not regenerated.
      t.true(compared > 0, `no expected dump beside ${file}: run scripts/gen-golden-ast.py`);
    });
  }
}

// docs/ir.md is generated from the op table; this fails when someone edits one without
// regenerating (npx tsx scripts/gen-ir-doc.ts).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { renderIrDoc } from '../scripts/gen-ir-doc.js';
import { OP_NAMES } from './ops.js';

test('docs/ir.md is up to date with ir/ops.ts', (t) => {
  const committed = readFileSync(new URL('../docs/ir.md', import.meta.url), 'utf8');
  t.is(committed, renderIrDoc(), 'run: npx tsx scripts/gen-ir-doc.ts');
});

test('docs/ir.md documents every op', (t) => {
  const doc = renderIrDoc();
  for (const name of OP_NAMES) t.true(doc.includes(`#### \`${name}\``), name);
});

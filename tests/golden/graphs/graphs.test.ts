// Golden DOT of every graph kind (cases.txt); the DOT must also be accepted by Graphviz.

import test from 'ava';
import { renderSvg } from '../../../viz/svg.js';
import { goldenCases, readCases, runCli } from '../dumps/cases.js';

const dir = new URL('./', import.meta.url);

goldenCases(dir, 'dot');

test.serial('every golden graph renders to SVG', async (t) => {
  for (const { name, args } of readCases(dir)) {
    const { stdout } = await runCli(dir, args);
    const svg = await renderSvg(stdout);
    t.true(svg.includes('<svg'), name);
  }
});

test.serial('-o writes DOT or SVG by extension; bad kinds are usage errors', async (t) => {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const tmp = mkdtempSync(join(tmpdir(), 'pyx-graph-'));
  try {
    t.is((await runCli(dir, ['graph', 'loops.py', '--kind', 'cfg', '-f', 'total', '-o', join(tmp, 'g.svg')])).code, 0);
    t.regex(readFileSync(join(tmp, 'g.svg'), 'utf8'), /<svg/);
    t.is((await runCli(dir, ['graph', 'loops.py', '--kind', 'dom', '-f', 'total', '-o', join(tmp, 'g.dot')])).code, 0);
    t.regex(readFileSync(join(tmp, 'g.dot'), 'utf8'), /^digraph "dom loops.py" \{/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const bad = await runCli(dir, ['graph', 'loops.py', '--kind', 'pie']);
  t.is(bad.code, 2);
  t.regex(bad.stderr, /Invalid values:[\s\S]*pie/);
});

// The compile-time errors of import statements, against CPython 3.13's compile() (the
// expectations below were printed by it: message, line, column, end line, end column; its
// end column None is left unchecked), and the import statements that must compile.
import test from 'ava';
import { PySyntaxError } from '../grammar/errors.js';
import { lowerSource } from './index.js';

const ERRORS: [string, string, number, number, number, number | null][] = [
  ['def f():\n    from math import *\n', 'import * only allowed at module level', 2, 22, 2, 23],
  ['class A:\n    from math import *\n', 'import * only allowed at module level', 2, 22, 2, 23],
  ['x = 1\nfrom __future__ import annotations\n', 'from __future__ imports must occur at the beginning of the file', 2, 1, 2, 35],
  ['if x:\n    from __future__ import annotations\n', 'from __future__ imports must occur at the beginning of the file', 2, 5, 2, 39],
  ['from __future__ import braces\n', 'not a chance', 1, 1, 1, null],
  ['from __future__ import (annotations,\n    nope)\n', 'future feature nope is not defined', 1, 1, 1, null],
];

for (const [source, msg, lineno, offset, endLineno, endOffset] of ERRORS) {
  test(`SyntaxError: ${msg}: ${JSON.stringify(source)}`, (t) => {
    const error = t.throws(() => lowerSource(source, 'x.py'), { instanceOf: PySyntaxError }) as PySyntaxError;
    t.deepEqual([error.msg, error.lineno, error.offset, error.endLineno], [msg, lineno, offset, endLineno]);
    if (endOffset !== null) t.is(error.endOffset, endOffset);
  });
}

test('imports that compile', (t) => {
  for (const source of [
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\nfrom m import *\n',
    'import a.b.c\nimport a.b as c\nfrom . import x\nfrom ..m import y as z\nfrom .m import *\n',
    'def f():\n    import os.path\n    from . import x\n    return x\n',
  ]) t.notThrows(() => lowerSource(source, 'x.py'), source);
});

test('import a.b as c is IMPORT_NAME then IMPORT_FROM per component', (t) => {
  const fn = lowerSource('import a.b.c as d\n', 'x.py').functions[0];
  const ops = fn.blocks.flatMap((block) => block.instructions).filter((ins) => ins.op.startsWith('import_'));
  t.deepEqual(ops.map((ins) => [ins.op, ins.attrs.name]), [['import_name', 'a.b.c'], ['import_from', 'b'], ['import_from', 'c']]);
  t.false('fromlist' in ops[0].attrs);
  const star = lowerSource('from .. import *\n', 'x.py').functions[0].blocks.flatMap((block) => block.instructions).filter((ins) => ins.op.startsWith('import_'));
  t.deepEqual(star.map((ins) => ins.op), ['import_name', 'import_star']);
  t.deepEqual([star[0].attrs.name, star[0].attrs.level, star[0].attrs.fromlist], ['', 2, ['*']]);
});

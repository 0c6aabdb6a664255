// The symbol table's display, on a program with every binding kind.

import test from 'ava';
import { parseModule } from '../grammar/parse.js';
import { buildSymbolTable, formatSymbolTable } from './scopes.js';

test('formatSymbolTable shows each scope and binding', (t) => {
  const source = 'x = 1\ndef f(a):\n    global x\n    b = [a for c in a]\n    def g():\n        nonlocal b\n        return a, x\n    return g\n';
  const table = buildSymbolTable(parseModule(source, 's.py'), { filename: 's.py', source });
  t.is(formatSymbolTable(table), `module <module>
  x: global_implicit (assigned)
  f: global_implicit (assigned)
  function f line 2
    a: cell (parameter, used)
    x: global_explicit
    b: cell (assigned)
    g: local (assigned, used)
    comprehension <listcomp> line 4
      .0: local (parameter)
      c: local (assigned)
      a: free (used)
    function g line 5
      b: free
      a: free (used)
      x: global_implicit (used)
`);
});

// Constructs outside pyx's language so far fail at compile time with one clear line naming
// the feature and its line (never a JS stack trace, never a silent miscompile).

import test from 'ava';
import { lowerSource, UnsupportedFeatureError } from './index.js';

const CASES: [string, string][] = [
  ['x = 1\nclass A[T]:\n    pass\n', 'pyx: line 2: type parameters are not supported yet'],
  ['def f[T](x):\n    pass\n', 'pyx: line 1: type parameters are not supported yet'],
  ['type X = int\n', "pyx: line 1: 'type' aliases are not supported yet"],
];

for (const [source, message] of CASES) {
  test(`unsupported: ${JSON.stringify(source)}`, (t) => {
    const error = t.throws(() => lowerSource(source, 'x.py'), { instanceOf: UnsupportedFeatureError });
    t.is(error?.message, message);
  });
}

test('the supported neighbours of those constructs compile', (t) => {
  for (const source of ['import math\nimport sys as s\nfrom math import sqrt, pi as p\n', 'import os.path\nimport a.b as c\nfrom . import x\nfrom ..m import y\nfrom math import *\n', 'def f(x):\n    raise ValueError(x) from None\n',
    'def f():\n    try:\n        pass\n    finally:\n        pass\n', 'with open("f") as f:\n    pass\n', 'def f():\n    raise\n',
    '@dec\ndef f():\n    pass\n', 'def g():\n    x = yield 1\n    return x\n', 'print(sum(x for x in range(3)))\n', 'def g(x):\n    return (yield from x)\n', 'print([x for x in range(3)], {x for x in ()}, {x: 1 for x in ()})\n',
    'try:\n    pass\nexcept* E:\n    pass\n', 'match x:\n    case 1:\n        pass\n',
    'async def g(x):\n    async with x as y:\n        async for z in y:\n            await z\n    return [a async for a in x]\n']) {
    t.notThrows(() => lowerSource(source, 'x.py'), source);
  }
});

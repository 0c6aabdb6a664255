# Regenerates grammar/parse-cases.json: small programs, one or a few syntax forms each, with
# what CPython 3.13's ast module says about them (ast.dump with and without attributes, or
# the SyntaxError). grammar/parse.test.ts checks the parser against it without CPython.
#
#   /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-parse-cases.py
import ast
import json
import os
import sys

assert sys.version_info[:2] == (3, 13), 'expected outputs must come from CPython 3.13'

EXEC = [
    # simple statements
    'x = 1', 'x = y = z', 'a, *b = c', '[a, (b, c)] = d', 'x += 1', 'x.y //= 2', 'x[1:2] **= 3',
    'x: int', 'x: int = 1', '(x): int = 1', 'x.y: list[int]', 'x[0]: int = *a, b',
    'del a, b[0], c.d', 'del (a, b), [c]', 'del (a)', 'pass; break; continue', 'return', 'return *a, b',
    'raise', 'raise E', 'raise E from e', 'global a, b', 'nonlocal a', 'assert x', 'assert x, "m"',
    'import a', 'import a.b.c as d, e', 'from . import x', 'from .. a import (b as c, d,)',
    'from ...a.b import *', 'from .... import x', 'yield', 'yield from x', 'x = yield a, b',
    'type X = int', 'type X[T: int, *Ts, **P] = dict[T, P]', 'type X[T = int] = T',
    # expressions
    'a or b and not c', 'a and b or c and d or e', 'not not a', 'a < b <= c != d', 'a not in b is not c',
    'a | b ^ c & d << e >> f + g - h * i / j // k % l @ m', '-a ** -b', '~+-a', 'a ** b ** c',
    'await x ** 2', 'x if y else z', 'lambda: 0', 'lambda a, /, b=1, *c, d, e=2, **f: 0',
    'lambda *, a: a', 'lambda a, b=1, /: a', '(x := 1)', 'f(x := 1)', 'a[1:2, ::3, *b]', 'a[:]', 'a[b:]',
    'a[*b]', 'a[b, c]', 'a.b.c(d)(e)[f]', 'f(a, *b, c=1, *d, **e)', 'f(**a, b=1)', 'f(x for x in y)',
    '(x for x in y if z if w for q in r)', '[x for x in y]', '{x for x in y}', '{k: v for k, v in d}',
    '[x async for x in y]', '{}', '{1: 2, **a, 3: 4}', '{1, *a}', '[]', '[1, *a]', '()', '(1,)', '(1, 2)',
    '(1)', '((1))', '...', 'None, True, False', '1, 1.5, 1j, 1e10, 0x1f, 0o17, 0b101, 1_000, 10**100',
    '"a" "b"', "u'x' 'y'", "'a' u'b'", 'b"a" b"\\x00"', 'rb"\\d"', "'\\N{EM DASH}'", '"\\u00e9\\t"',
    'x = *a,', 'print(*a)', 'f(a)(b)(c)', 'a.b[c].d', 'é = 1', 'ﬁ = 1', 'match = case = type = _ = 1',
    'match(x)', 'type(x)', '_.x', 'x[a:b:c]', 'x = not a == b', 'f(a, b,)', 'f(*a, b)',
    # f-strings
    'f"a{b}c"', 'f"{x!r:>{width}.{prec}}"', 'f"{x=}"', 'f"{x = !s:^10}"', 'f"{x=:>4}"', "f'{{}}{a}{{'",
    'f"{a}" "b" f"{c}"', '"a" f"b" "c"', 'f""', 'f"{x:}"', "f'{f\"{x}\"}'", 'f"""{\nx\n}"""',
    "rf'\\d{x}'", 'f"{x:{y}}"', "f'{a!a}'", "f'{3.14:.2f}'", "f'\\n{x}\\t'", 'f"{x}{y}"', "u'a' f'{b}'",
    'f"{yield}"', 'f"{*a,}"', 'f"{x:{{}}>10}"',
    # compound statements
    'if a:\n    b\nelif c:\n    d\nelif e: f\nelse:\n    g',
    'while a:\n    b\nelse:\n    c', 'for a, b in c:\n    d\nelse:\n    e', 'async def f():\n    async for a in b: pass\n    async with a as b, c: pass\n    await x',
    'with a: pass', 'with a as (b, c): pass', 'with (a as b, c as d,): pass', 'with (a, b): pass', 'with (a): pass',
    'try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e',
    'try:\n    a\nfinally:\n    b', 'try:\n    a\nexcept* E:\n    b\nexcept* (F, G) as g:\n    c',
    '@d\n@e.f(g)\ndef f(a: int = 1, *args: *Ts, b, **kw) -> None:\n    """doc"""\n    return a',
    'def f[T, *U, **V](x: T) -> T: pass', 'def f(a, /, b, *, c): pass', 'def f(a=1, /, b=2, *c): pass',
    'def f(*, a=1, b): pass', 'def f(**k): pass', 'def f(a,): pass',
    '@dataclass\nclass C(B, metaclass=M, *a, **k):\n    x: int = 0\n    def m(self): ...',
    'class C[T: (int, str) = int]: pass', 'class C(): pass', 'class C: pass',
    'if a:\n    if b:\n        c\n    d\ne',
    'x = 1\n\n\n# comment\ny = 2\n', 'x = (1 +\n     2)\n', 'x = 1 \\\n    + 2', 'if x:\n\tpass',
    # match
    'match x:\n    case 1 | -2 | 3.0 | -4j | 1 + 2j | 1 - 2j | "s" | b"b" | None | True | False: pass',
    'match x:\n    case a.b | a.b.c: pass\n    case _: pass\n    case y: pass',
    'match x:\n    case [a, *rest] | (b, *_) | [] | () | [c,]: pass',
    'match x:\n    case {1: a, "k": b, **rest}: pass\n    case {}: pass\n    case {a.b: c,}: pass',
    'match x:\n    case C() | C(a, b) | C(x=1, y=2) | D.E(a, z=3,): pass',
    'match x:\n    case (a as b) | [c as d] if d > 0: pass',
    'match x, y:\n    case a, b: pass', 'match *a, b:\n    case [*_]: pass', 'match (x):\n    case 1 as y: pass',
    'match x:\n    case -0 | f"{x}" if y: pass',
]

EVAL = ['1 + 2', 'a, b', 'lambda x: x', 'f(x)\n', '(yield)', 'x if y else z']

ERRORS = [
    'f() = 1', 'x = (1,\ny = 2', 'if x:\npass', 'x = 1 +', 'def f(a=1, b): pass', 'x = b"a" "b"',
    'match x:\n    case 1j + 1: pass', 'match x:\n    case 1 + 2: pass', 'x = 0x', 'f(x for x in y, 1)',
    'a $ b', 'x = 1 if 2', 'del f()', 'f(**a, *b)', "f'{x!z}'", "f'{x! r}'", 'print "x"', '(a).b: int',
    'x = "abc', '\tif x:\n  pass', 'class A:\n  def f(): pass\n   x = 1', 'lambda x=1, y: x', 'a = 1 = 2',
    'for x in 1, 2 = 3: pass', 'with a as 1: pass', 'x = [1, 2', 'import a.b as c.d', 'from x import *, y',
    'def f(*): pass', 'def f(**k, a): pass', 'match x:\n    case {**a, b: 1}: pass', 'x = yield = 1',
    '"abc" 1', 'f(a=1, b)', 'True = 1', 'x = 1\ny = "\\N{nope}"\nz = (',
]


def error_fields(error):
    return {'type': type(error).__name__, 'msg': error.msg, 'lineno': error.lineno, 'offset': error.offset}


def main():
    cases = []
    for mode, sources in (('exec', EXEC), ('eval', EVAL)):
        for source in sources:
            tree = ast.parse(source, mode=mode)
            cases.append({'mode': mode, 'source': source, 'dump': ast.dump(tree),
                          'attributes': ast.dump(tree, include_attributes=True)})
    for source in ERRORS:
        try:
            ast.parse(source)
        except SyntaxError as error:
            cases.append({'mode': 'exec', 'source': source, 'error': error_fields(error)})
        else:
            raise SystemExit(f'not an error in CPython: {source!r}')
    out = os.path.join(os.path.dirname(__file__), '..', 'grammar', 'parse-cases.json')
    with open(out, 'w', encoding='utf-8') as file:
        json.dump(cases, file, indent=1, ensure_ascii=False)
        file.write('\n')
    print(f'{len(cases)} cases -> {os.path.normpath(out)}')


main()

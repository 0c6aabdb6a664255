"""Random string atoms (f-strings with escapes, doubled braces, fields, `{x=}`, format specs,
concatenation) with CPython 3.13's ast.dump / SyntaxError / SyntaxWarnings for each, for
tests/literals/check-atoms.ts. A differential fuzz, not a unit test (needs CPython).

    python3.13 tests/literals/fuzz-atoms.py OUT.json [COUNT] [SEED]
"""

import ast
import json
import os
import random
import sys
import tempfile
import warnings

out, count, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4000, int(sys.argv[3]) if len(sys.argv) > 3 else 11
rng = random.Random(seed)
PIECES = ['\\', '\\', 'x', 'u', 'N', '{{', '}}', '{x}', '{x=}', '{x!r}', '{x:>{w}}', '{x=:\\d}', "{'\\d'=}", '{y = }',
          '0', '4', '7', 'a', 'd', 'é', ' ', 'n', '{BULLET}', '\\N{SNOWMAN}', '41', '\\\n', '\\{', '{1}',
          "{f'\\q{x}'}", '{x:{{}}}', "{'\\x41'=}"]
# Each source is parsed from a file on disk, as pyx parses programs: CPython then reads an
# error's line from the file, which changes columns after multi-line tokens.
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'atom.py')
cases = []
for _ in range(count):
    body = ''.join(rng.choice(PIECES) for _ in range(rng.randrange(0, 8)))
    if (len(body) - len(body.rstrip('\\'))) % 2:
        body += 'a'
    prefix = rng.choice(['f', 'f', 'F', 'rf', 'fR'])
    tail = rng.choice(['', '', ' "s\\d"', ' u"t"', ' b"x"'])
    source = f'{prefix}"""{body}"""{tail}\n' if '\n' in body else f'{prefix}"{body}"{tail}\n'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(source)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            # exec mode: only then does CPython read the error line from the file.
            case = {'source': source, 'dump': ast.dump(ast.parse(source, path).body[0].value, include_attributes=True)}
        except SyntaxError as e:
            case = {'source': source, 'error': {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                                                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}}
    case['warnings'] = [[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning]
    cases.append(case)
os.remove(path)
os.rmdir(folder)
with open(out, 'w') as f:
    json.dump(cases, f)
print(f'{len(cases)} atoms, {sum("error" in c for c in cases)} errors')

"""Random regex cases for gen-stdlib-expected.py (module 're_fuzz'): seeded random patterns
from a small alphabet of Python regex syntax, with CPython 3.13's compile error or its
findall/sub/split results on a few subjects."""
import random
import re
import warnings

ATOMS = ['a', 'b', 'ab', '.', r'\d', r'\w', r'\s', r'\W', r'\b', r'\B', '^', '$', r'\A', r'\Z', '[ab]', '[^a]',
         '[a-c]', r'[\w-]', r'\n', 'é', '😀', '(', ')', '(?:', '(?P<n>', '(?=', '(?!', '(?<=', '(?<!', '(?>', '|',
         '*', '+', '?', '*?', '+?', '??', '*+', '{2}', '{1,2}', '{,2}', r'\1', '(?P=n)', '(?i)', '(?i:', '(?s:',
         '(?m:', '(?a:', '[', ']', '{', '}', '\\', '-', ' ', '#']
# Atoms that keep a pattern valid, drawn more often so that most patterns compile.
SAFE = ['a', 'b', 'ab', '.', r'\d', r'\w', r'\s', r'\b', '[ab]', '[^a]', '[a-c]', 'é', '😀', r'\n', ' ']
SUBJECTS = ['', 'ab', 'aab b\n', 'b1 a_\né😀a', 'AB ab\nba']


def generate(enc, err):
    warnings.simplefilter('ignore', FutureWarning)
    rnd = random.Random(2024)
    cases = []
    seen = set()
    while len(cases) < 1200:
        n = rnd.randint(1, 7)
        pat = ''.join(rnd.choice(SAFE if rnd.random() < 0.5 else ATOMS) for _ in range(n))
        if pat in seen:
            continue
        seen.add(pat)
        try:
            p = re.compile(pat)
        except re.error as e:
            cases.append({'p': pat, 'error': str(e)})
            continue
        except Exception as e:
            cases.append({'p': pat, 'other': err(e)})
            continue
        out = []
        for s in SUBJECTS:
            out.append([enc(p.findall(s)), [[m.start(), m.end()] for m in p.finditer(s)], p.sub('<\\g<0>>', s), enc(p.split(s))])
        cases.append({'p': pat, 'out': out})
    return {'subjects': SUBJECTS, 'cases': cases}

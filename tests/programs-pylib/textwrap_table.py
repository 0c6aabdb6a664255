# Wrapping text inside the cells of a table.
import textwrap
from itertools import zip_longest

rows = [('pyx', 'A research compiler toolkit for Python written in TypeScript with an IR you can see.'),
        ('ohm', 'A parser generator; grammars are separate from semantic actions.'),
        ('ir', 'One op table defines every operation: printer, parser, verifier and interpreter.')]
for name, desc in rows:
    left = textwrap.wrap(name, 6)
    right = textwrap.wrap(desc, 30)
    for a, b in zip_longest(left, right, fillvalue=''):
        print(f'| {a:<6} | {b:<30} |')
    print('+' + '-' * 8 + '+' + '-' * 32 + '+')

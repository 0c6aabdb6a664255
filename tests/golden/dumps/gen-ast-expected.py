#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Writes NAME.ast.cpython for each NAME.py here: CPython 3.13's
ast.dump(ast.parse(source), indent=2, include_attributes=True), which is what
`pyx dump FILE --stage ast` must print (checked by dumps.test.ts)."""
import ast
import pathlib

here = pathlib.Path(__file__).parent
for path in sorted(here.glob('*.py')):
    if path.name == pathlib.Path(__file__).name:
        continue
    tree = ast.parse(path.read_bytes(), filename=path.name)
    path.with_suffix('.ast.cpython').write_text(ast.dump(tree, indent=2, include_attributes=True) + '\n')

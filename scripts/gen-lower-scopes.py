"""Regenerate tests/golden/lower/scopes.json with CPython 3.13's view of each function.

For every tests/golden/lower/*.py that compiles, records each def/lambda code object's
name, first line, co_varnames, co_cellvars and co_freevars, so the lowering's scope
analysis is checked against CPython's symtable. (Comprehensions are inlined since 3.12 and
have no code object; the test skips functions whose variables they change.)
Run: /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-lower-scopes.py
"""
import json
import pathlib
import sys
import types

assert sys.version_info[:2] == (3, 13), "expected outputs come from CPython 3.13"
here = pathlib.Path(__file__).resolve().parent.parent / "tests" / "golden" / "lower"


def functions(code):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield {"name": const.co_name, "line": const.co_firstlineno, "varnames": list(const.co_varnames),
                   "cellvars": sorted(const.co_cellvars), "freevars": sorted(const.co_freevars)}
            yield from functions(const)


out = {}
for path in sorted(here.glob("*.py")):
    try:
        code = compile(path.read_text(encoding="utf-8"), path.name, "exec")
    except SyntaxError:
        continue
    out[path.name] = list(functions(code))
(here / "scopes.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
print(f"{sum(map(len, out.values()))} functions in {len(out)} files")

"""Regenerate tests/golden/lower/errors/expected.json from cases.txt with CPython 3.13.

Each `### name` section of cases.txt is compiled by CPython; the expected record is its
SyntaxError (msg, lineno, offset, end_lineno, end_offset), or null when it compiles.
Run: /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-lower-errors.py
"""
import json
import pathlib
import sys

assert sys.version_info[:2] == (3, 13), "expected outputs come from CPython 3.13"
here = pathlib.Path(__file__).resolve().parent.parent / "tests" / "golden" / "lower" / "errors"
cases = []
name = None
lines = []
for line in (here / "cases.txt").read_text(encoding="utf-8").splitlines(keepends=True):
    if line.startswith("### "):
        if name is not None:
            cases.append((name, "".join(lines)))
        name, lines = line[4:].strip(), []
    else:
        lines.append(line)
if name is not None:
    cases.append((name, "".join(lines)))

out = []
for name, source in cases:
    try:
        compile(source, name + ".py", "exec")
        error = None
    except SyntaxError as e:
        error = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                 "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    out.append({"name": name, "source": source, "error": error})
(here / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{len(out)} cases")

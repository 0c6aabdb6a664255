"""Regenerate tests/golden/lower/warnings/expected.json with CPython 3.13.

Each `### name` section of cases.txt is compiled by CPython with every warning recorded;
the expected list holds the SyntaxWarnings (message, lineno) in emission order: the
parser's first, then the compiler's (is-literal, not callable, not subscriptable, bad index,
assert on a tuple), which the lowering must reproduce.
Run: /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-lower-warnings.py
"""
import json
import pathlib
import sys
import warnings

assert sys.version_info[:2] == (3, 13), "expected outputs come from CPython 3.13"
here = pathlib.Path(__file__).resolve().parent.parent / "tests" / "golden" / "lower" / "warnings"
cases, name, lines = [], None, []
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
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, name + ".py", "exec")
    out.append({"name": name, "source": source, "warnings": [
        {"category": w.category.__name__, "message": str(w.message), "lineno": w.lineno} for w in caught]})
(here / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{len(out)} cases, {sum(len(c['warnings']) for c in out)} warnings")

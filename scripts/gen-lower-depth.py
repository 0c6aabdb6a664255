"""Regenerate tests/golden/lower/depth.json: where CPython 3.13 stops compiling deep code.

Runs CPython on files `x = a + a + ... + a` (n terms, at module level or inside a def) and
records whether it compiles or fails with "RecursionError: maximum recursion depth
exceeded during compilation". The lowering must agree at both sides of each limit.
Run: /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/gen-lower-depth.py
"""
import json
import pathlib
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 13), "expected outputs come from CPython 3.13"
out = []
for terms, in_def in [(9999, False), (10000, False), (9998, True), (9999, True), (3000, True)]:
    body = " + ".join(["a"] * terms)
    source = f"def f():\n    x = {body}\n" if in_def else f"x = {body}\n"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
    result = subprocess.run([sys.executable, f.name], capture_output=True, text=True)
    pathlib.Path(f.name).unlink()
    recursion = "RecursionError: maximum recursion depth exceeded during compilation" in result.stderr
    out.append({"terms": terms, "in_def": in_def, "compiles": not recursion})
path = pathlib.Path(__file__).resolve().parent.parent / "tests" / "golden" / "lower" / "depth.json"
path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
print(out)

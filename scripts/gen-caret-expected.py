#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Writes backends/interp/testdata/carets.json from CPython 3.13: for source snippets and the
span of each sub-expression (lineno, end_lineno, col_offset, end_col_offset from ast), the
lines traceback.StackSummary.format_frame_summary prints under the `File` line, for
carets.test.ts.

Usage: python3.13 scripts/gen-caret-expected.py
"""
import ast, json, linecache, os, traceback

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = [
    "x = a + b * c\n",
    "print(f(1) + g[2])\n",
    "    return table[key][i] * 2\n",
    "total = compute(values)\n",
    "return helper(x)\n",
    "value = obj.attr.method(1, 2)[0]\n",
    "result = (first_value\n          + second_value[10]\n          - 1)\n",
    "foo(a,\n    b,\n    c,\n    d,\n    e)\n",
    "print('héllo' + 1)\n",
    "s = 名前 + 1\n",
    "assert n >= 0, f'negative: {n}'\n",
    "a = [1, 2][5]\n",
    "if x // y > 2: pass\n",
]
cases = []
for i, src in enumerate(SOURCES):
    filename = f"<caret-{i}>"
    lines = src.splitlines(keepends=True)
    linecache.cache[filename] = (len(src), None, lines, filename)
    try:
        tree = ast.parse(src)
    except SyntaxError:
        tree = ast.parse("def f():\n" + "".join("    " + l for l in lines))
        continue
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr) or not hasattr(node, "lineno"):
            continue
        fs = traceback.FrameSummary(filename, node.lineno, "f", end_lineno=node.end_lineno,
                                    colno=node.col_offset, end_colno=node.end_col_offset)
        text = traceback.StackSummary().format_frame_summary(fs)
        body = text.split("\n", 1)[1]
        cases.append({"source": src, "span": [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset], "expected": body})
os.makedirs(os.path.join(ROOT, "backends/interp/testdata"), exist_ok=True)
with open(os.path.join(ROOT, "backends/interp/testdata/carets.json"), "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=False, indent=0)
print(len(cases), "cases")

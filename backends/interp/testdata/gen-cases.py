# Regenerates backends/interp/testdata/cases.json: each case's stdout, stderr and exit status
# as CPython 3.13 gives them for `python3.13 -c SOURCE` (so tracebacks name "<string>").
# Run: /root/.pyenv/versions/3.13.0/bin/python3.13 backends/interp/testdata/gen-cases.py
import json, subprocess, sys, os

CASES = {
    # argument binding errors
    "missing_positional": "def f(a, b):\n    return a + b\nf(1)\n",
    "too_many_positional": "def f(a, b=2):\n    return a\nf(1, 2, 3)\n",
    "unexpected_keyword": "def f(a):\n    return a\nf(a=1, c=2)\n",
    "multiple_values": "def f(a, b):\n    return a\nf(1, a=2)\n",
    "keyword_only_missing": "def f(a, *, k):\n    return a\nf(1)\n",
    "positional_only_as_keyword": "def f(a, /, b):\n    return a\nf(a=1, b=2)\n",
    "kwargs_and_defaults": "def f(a, b=10, *args, c, d=4, **kw):\n    return (a, b, args, c, d, sorted(kw.items()))\nprint(f(1, c=3), f(1, 2, 3, 4, c=5, z=6, y=7))\n",
    "builtin_arity": "print(len([1], [2]))\n",
    "builtin_keyword": "print(abs(x=1))\n",
    # recursion limit
    "recursion_error": "def f(n):\n    return f(n + 1)\nf(0)\n",
    "recursion_limit_get_set": "import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(50)\ndef depth(n):\n    return depth(n + 1) if n < 45 else n\nprint(depth(0))\n",
    # tracebacks through several frames
    "traceback_nested": "def a(x):\n    return b(x) * 2\ndef b(x):\n    return 10 // x\nprint(a(5))\na(0)\n",
    "traceback_lambda": "f = lambda v: v[3]\nprint(f([1, 2, 3, 4]))\nf([1])\n",
    "name_error": "x = 1\nprint(y)\n",
    "assert_message": "assert 1 + 1 == 3, 'math is broken'\n",
    # exit codes
    "exit_int": "import sys\nprint('before')\nsys.exit(3)\n",
    "exit_none": "import sys\nsys.exit()\n",
    "exit_message": "import sys\nsys.exit('fatal: bad input')\n",
    "exit_zero_after_output": "import sys\nprint('ok', file=sys.stderr)\nsys.exit(0)\n",
    "exit_big": "import sys\nsys.exit(256 + 7)\n",
    "uncaught_after_output": "print('partial')\n[][0]\n",
}

out = {}
for name, source in CASES.items():
    r = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
    out[name] = {"source": source, "stdout": r.stdout, "stderr": r.stderr, "status": r.returncode}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"{len(out)} cases -> {path}")

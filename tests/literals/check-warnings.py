"""CPython's half of tests/literals/check-warnings.ts: the SyntaxWarnings compile() emits
for each file, in order, as [lineno, message]. Usage: python3.13 check-warnings.py OUT.json FILE...
Files that do not compile are left out."""

import json
import sys
import warnings

out = {}
for path in sys.argv[2:]:
    try:
        source = open(path, 'rb').read()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            compile(source, path, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError):
        continue
    found = [[w.lineno, str(w.message)] for w in caught if w.category is SyntaxWarning]
    if found:
        out[path] = found
with open(sys.argv[1], 'w') as f:
    json.dump(out, f)

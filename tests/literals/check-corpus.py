"""Dumps CPython 3.13's value of every STRING and NUMBER token in a set of files, for
tests/literals/check-corpus.ts. Usage: python3.13 check-corpus.py OUT.json FILE...

Per file: a list of [line, col, text-hash-free repr or error, warnings]. Files that are not
UTF-8 or do not tokenize are left out. ast.literal_eval of the token text alone gives the
token's value, its SyntaxWarnings and its decode errors as the parser reports them.
"""

import ast
import io
import json
import sys
import tokenize
import warnings

out = {}
for path in sys.argv[2:]:
    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (UnicodeDecodeError, SyntaxError, tokenize.TokenError):
        continue
    items = []
    for tok in tokens:
        if tok.type not in (tokenize.STRING, tokenize.NUMBER):
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                node = ast.parse(tok.string, mode='eval').body
                result = repr(node.value) if isinstance(node, ast.Constant) else 'not a constant'
            except SyntaxError as e:
                result = 'SyntaxError: ' + e.msg
            except ValueError as e:
                result = 'ValueError: ' + str(e)
        items.append([tok.start[0], tok.start[1], result, [str(w.message) for w in caught]])
    out[path] = items
with open(sys.argv[1], 'w') as f:
    json.dump(out, f)

"""Dev helper: print CPython 3.13's AST of a Python file as JSON in pyx's AST shape.

Used to unit-test the lowering without pyx's own parser (lower/ast-json.ts revives it).
Constants that JSON cannot carry are tagged: {"$int": "12"}, {"$float": "1e+100"},
{"$complex": "2.0"} (imaginary part), {"$bytes": "00ff"}, {"$ellipsis": true}.
Usage: python3.13 scripts/py-ast-json.py FILE.py > FILE.ast.json
"""
import ast
import json
import sys


def constant(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"$int": str(value)}
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, complex):
        return {"$complex": repr(value.imag)}
    if isinstance(value, bytes):
        return {"$bytes": value.hex()}
    if value is Ellipsis:
        return {"$ellipsis": True}
    raise TypeError(type(value))


def convert(node):
    if isinstance(node, list):
        return [convert(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for name in node._fields:
        value = getattr(node, name, None)
        out[name] = constant(value) if name == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)) else convert(value)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        tree = ast.parse(f.read(), sys.argv[1])
    json.dump(convert(tree), sys.stdout)
    sys.stdout.write("\n")

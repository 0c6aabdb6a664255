#!/root/.pyenv/versions/3.13.0/bin/python3.13
"""Writes tests/stdlib/<module>.json: expected results from CPython 3.13 for the pure
TypeScript cores in runtime/stdlib/ (random, json, re, struct).

Usage: gen-stdlib-expected.py [random|json|re|re_fuzz|struct ...]   (default: all)

Value encoding (decoded by runtime/stdlib/test-support.ts):
  int -> {"i": "<decimal>"}, float -> {"f": "<repr>"}, bytes -> {"y": "<hex>"},
  str/bool/None/list as JSON, tuple -> {"t": [...]},
  an exception -> {"error": "<type name>", "message": "<str(exc)>"} (+ "pos" etc. for some).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'stdlib')
sys.path.insert(0, HERE)


def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': repr(v)}
    if isinstance(v, (bytes, bytearray)):
        return {'y': bytes(v).hex()}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def err(e):
    return {'error': type(e).__name__, 'message': str(e)}


def write(name, data):
    path = os.path.join(OUT, name + '.json')
    with open(path, 'w') as f:
        json.dump(data, f, separators=(',', ':'), ensure_ascii=True)
        f.write('\n')
    print(path, os.path.getsize(path), 'bytes')


def main():
    which = sys.argv[1:] or ['random', 'json', 're', 're_fuzz', 'struct']
    for name in which:
        mod = __import__('gen_stdlib_' + name)
        write(name, mod.generate(enc, err))


if __name__ == '__main__':
    main()

"""json_dumps / json_loads on nested data: indent, sort_keys, separators, ensure_ascii, default,
object_hook/object_pairs_hook, parse_float/int, errors with positions (own version)."""
import json
from collections import OrderedDict
from decimal import Decimal


def build(depth, seed):
    x = seed
    def rnd():
        nonlocal x
        x = (x * 1103515245 + 12345) % (1 << 31)
        return x >> 8
    def node(d):
        r = rnd() % 7
        if d == 0 or r == 0:
            return [rnd() % 1000 - 500, (rnd() % 10000) / 64, f"s\u00e9{rnd() % 50}\n\t\"q\"", None, True, False,
                    "\U0001f600" * (rnd() % 2)][rnd() % 7]
        if r < 4:
            return {f"key{j}_{rnd() % 9}": node(d - 1) for j in range(rnd() % 5)}
        return [node(d - 1) for _ in range(rnd() % 5)]
    return {"id": seed, "items": [node(depth) for _ in range(6)], "meta": {"v": 1.5, "tags": ["a", "b"]}}


def main():
    docs = [build(5, s) for s in range(1, 30)]
    total = 0
    for d in docs:
        s = json.dumps(d)
        total += len(s)
        assert json.loads(s) == d
    print("compact total", total)
    d = docs[3]
    print(json.dumps(d, indent=2, sort_keys=True)[:600])
    print(json.dumps(d, separators=(",", ":"), ensure_ascii=False)[:200])
    print(json.dumps(docs[7], indent="\t", sort_keys=True).count("\n"))
    print(json.dumps({"a": float("inf"), "b": float("nan"), 3: "int key", 2.5: "f", None: 1, True: 2}))
    try:
        json.dumps({"x": float("nan")}, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"d": Decimal("1.10"), "s": {1, 2}}, default=lambda o: str(o) if isinstance(o, Decimal) else sorted(o)))
    text = '{"b": 1, "a": [1.5, 2, {"c": null}], "b": 2, "big": 12345678901234567890, "e": 1e400}'
    print(json.loads(text))
    print(json.loads(text, object_pairs_hook=OrderedDict))
    print(json.loads(text, parse_float=Decimal, parse_int=lambda s: int(s) * 10))
    print(json.loads('[{"__complex__": true, "re": 1, "im": 2}]',
                     object_hook=lambda o: complex(o["re"], o["im"]) if "__complex__" in o else o))
    for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"\\x"', 'tru', '[1] x', '', '{"a": 01}']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(f"{bad!r}: {e.msg} at {e.lineno}:{e.colno} ({e.pos})")
    big = {"rows": [{"i": i, "sq": i * i, "name": f"row{i}", "ok": i % 3 == 0, "f": i / 7} for i in range(1500)]}
    s = json.dumps(big)
    back = json.loads(s)
    print(len(s), back["rows"][-1], sum(r["sq"] for r in back["rows"]))
    s2 = json.dumps(big, indent=1)
    print(len(s2), json.loads(s2) == back)
    enc = json.JSONEncoder(sort_keys=True, indent=None)
    print(list(enc.iterencode({"z": [1, {"y": 2}], "a": "\u2603"}))[:8])
    dec = json.JSONDecoder()
    print(dec.raw_decode('{"k": [1, 2]} trailing'))


main()

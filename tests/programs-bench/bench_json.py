"""json dumps/loads round trips over generated documents (own version)."""
import json
import random

EMPTY = ({}, 2000)
SIMPLE_DATA = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
NESTED_DATA = {"key1": 0, "key2": SIMPLE_DATA, "key3": "value", "key4": [1, 2.5, None, "x"],
               "key5": {"a": [True, False], "b": "uni\u00e9\u4e2d", "c": 1e300}}


def make_doc(rng, depth):
    if depth == 0:
        k = rng.randint(0, 4)
        return [rng.randint(-10**6, 10**6), rng.random() * 100, "s%d" % rng.randint(0, 99), None, rng.random() < 0.5][k]
    if rng.random() < 0.5:
        return [make_doc(rng, depth - 1) for _ in range(rng.randint(0, 4))]
    return {f"k{i}": make_doc(rng, depth - 1) for i in range(rng.randint(0, 4))}


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode_money(o):
    if isinstance(o, Money):
        return {"__money__": o.cents}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode_money(d):
    if "__money__" in d:
        return Money(d["__money__"])
    return d


def main():
    rng = random.Random(42)
    for obj in (EMPTY, SIMPLE_DATA, NESTED_DATA):
        s = json.dumps(obj)
        print(s)
        assert json.loads(s) == json.loads(json.dumps(json.loads(s)))
    print(json.dumps(NESTED_DATA, indent=2, sort_keys=True, ensure_ascii=False))
    print(json.dumps(NESTED_DATA, separators=(",", ":")))
    total = 0
    for i in range(30):
        doc = make_doc(rng, 4)
        s = json.dumps(doc)
        back = json.loads(s)
        assert back == doc, i
        total += len(s)
    print("total length", total)
    print(json.dumps([Money(150), 3], default=encode_money))
    m = json.loads('{"price": {"__money__": 99}}', object_hook=decode_money)
    print(m["price"].cents)
    try:
        json.dumps(Money(1))
    except TypeError as e:
        print("TypeError:", e)
    for bad in ('{"a": }', '[1, 2', 'nul', '{"a" 1}'):
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
        except ValueError as e:
            print("ValueError", e)
    print(json.loads('[1.5, 2e3, -0.0, 1E-7, 12345678901234567890]'))
    print(json.dumps(float("inf")), json.dumps("\x00\t\"\\"), json.dumps((1, 2)))
    print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.dumps("\U0001F600"))


if __name__ == "__main__":
    main()

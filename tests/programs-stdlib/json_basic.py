import json
data = {"name": "pyx", "version": 3, "ratio": 0.1, "tags": ["a", "b"], "ok": True, "none": None,
        "nested": {"z": 1, "a": [1, 2, {"x": (1, 2)}]}, 5: "int key", 2.5: "float key", False: 0}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": 2, "c": [3, 4]}, sort_keys=True, indent=4))
print(json.dumps([1, 2, {"k": "v"}], separators=(",", ":")))
print(json.dumps("héllo \u2603 \n\t\"q\""), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e100, 1.5, -0.0, 10**30]))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent="\t"))
x = json.loads('{"a": [1, 2.5, "s", true, false, null], "b": {"c": -3e2}, "a": 7}')
print(x, type(x["b"]["c"]).__name__)
print(json.loads("[NaN, Infinity, -Infinity, 12345678901234567890123]"))
print(json.loads(b'{"bytes": "\\u00e9"}'))
print(json.loads(json.dumps(data, indent=1)) == json.loads(json.dumps(data)))
for bad in ['', '[1, 2', '{"a" 1}', '[1,]', 'nul', '"abc', '{"a": 1} x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.loads("[")
except ValueError as e:
    print("ValueError:", e)
for bad in [{1, 2}, {(1, 2): 3}, [1, object]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"a": 1, "b": 2}, skipkeys=True), json.dumps({(1,): 1, "k": 2}, skipkeys=True))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([1, {"a": None}], indent=None, separators=None), json.loads("null", parse_int=None))

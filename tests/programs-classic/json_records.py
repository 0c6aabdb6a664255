# JSON round trips of nested records: dumps options, loads, custom encoders and errors.
import json

records = [
    {"id": 1, "name": "Ada", "langs": ["python", "c"], "active": True, "score": 9.5, "boss": None},
    {"id": 2, "name": "Grace", "langs": [], "active": False, "score": 8.25, "boss": 1},
    {"id": 3, "name": "Linus \u00e9\u4e2d", "langs": ["c"], "active": True, "score": 7, "meta": {"x": [1, 2, {"y": "z"}]}},
]
text = json.dumps(records)
print(text)
print(json.dumps(records[0], indent=2, sort_keys=True))
print(json.dumps(records[2], ensure_ascii=False))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
back = json.loads(text)
print(back == records, type(back[0]["score"]), back[2]["meta"]["x"][2]["y"])
print(json.loads('{"n": 1e3, "neg": -0.5, "big": 123456789012345678901234567890, "esc": "\\u00e9\\n\\t"}'))
print(json.dumps([float("inf"), -0.0, 1e100, 0.1 + 0.2]))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


s = json.dumps({"p": Point(1, 2), "tags": {3, 1, 2}}, default=encode)
print(s)
obj = json.loads(s, object_hook=decode)
print(type(obj["p"]).__name__, obj["p"].x, obj["tags"])
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', "", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno, "|", e)
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("quote \" backslash \\ slash / tab \t"))
print(json.loads("[1, 2.0, \"3\", [true, false, null]]"))

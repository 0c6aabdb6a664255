# json: dumps options (indent, separators, sort_keys, default=, cls=), loads hooks, JSONDecodeError positions, dump/load on streams, circular and NaN errors.
import json
from decimal import Decimal
print(json.dumps({'b': [1, 2.5, None, True], 'a': 'é\n'}), json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=2))
print(json.dumps([1, {'x': []}], indent='\t'), json.dumps({'k': 1}, separators=(',', ':')), json.dumps('é', ensure_ascii=False), json.dumps(float('inf')))
print(json.dumps({1: 'int key', 2.5: 'f', True: 'b', None: 'n'}), json.dumps((1, 2)), json.dumps({'nested': {'deep': [{}]}}, indent=1))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Pt): return {'x': o.x, 'y': o.y}
    if isinstance(o, set): return sorted(o)
    raise TypeError(f'no {type(o).__name__}')
print(json.dumps([Pt(1, 2), {3, 1}], default=enc))
try:
    json.dumps(Pt(1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
class PtEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Pt): return [o.x, o.y]
        return super().default(o)
print(json.dumps({'p': Pt(3, 4)}, cls=PtEncoder), PtEncoder(indent=None).encode([Pt(0, 0)]))
print(json.loads('{"a": [1, 2.0, "x", null, true]}'), json.loads('3'), json.loads('"s"'), json.loads(' [1e3, -0.5] '), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.10}', parse_float=Decimal), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[["a", 1]]', object_pairs_hook=dict) if False else '')
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs), json.loads('NaN'), json.loads('"\\u00e9\\ud83d\\ude00"'))
for bad in ['{', '[1,]', '{"a" 1}', '', 'tru', '[1] x', '{"a": 1,}', "{'a': 1}", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, '|', e.pos, e.lineno, e.colno, e.msg, isinstance(e, ValueError))
import io
buf = io.StringIO()
json.dump({'z': [1]}, buf, indent=2); print(buf.getvalue()); print(json.load(io.StringIO('{"q": 5}')))
print(json.dumps(Decimal('1.5'), default=str), json.dumps([1, [2, [3]]], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
d = {}; d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError:', e)
print(json.JSONDecoder().decode('[1, 2]'), json.JSONDecoder().raw_decode('[1] rest'), json.dumps("\x00\x1f\u2028"))

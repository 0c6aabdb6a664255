"""json cases for gen-stdlib-expected.py: dumps with options, loads results and errors."""
import json
import math

VALUES = [
    None, True, False, 0, -1, 2**64, -(10**40), 0.0, -0.0, 1.5, 1e16, 1e-7, 1 / 3, 1e308, 5e-324,
    float('nan'), float('inf'), float('-inf'), '', 'abc', 'quote " backslash \\ slash /',
    'ctl \x00\x01\x1f\x7f \b\f\n\r\t', 'é ü ☃ \u2028', '😀 astral', '\ud800 lone',
    [], [1, [2, [3, []]]], {}, {'a': 1, 'b': [True, None]}, {'z': 1, 'a': 2, 'm': {'y': 0, 'b': []}},
    {1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'},
    [{'x': [1.0, 2, 'three']}, [], {}],
]
OPTIONS = [
    {}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': -1}, {'sort_keys': True},
    {'ensure_ascii': False}, {'separators': [',', ':']}, {'allow_nan': False},
    {'indent': 4, 'sort_keys': True, 'ensure_ascii': False},
]
BAD_DUMPS = [({1, 2}, {}), ({(1, 2): 3}, {}), ({(1, 2): 3, 'a': 1}, {'skipkeys': True}),
             ([1, {2, 3}], {'indent': 2})]
# Values whose repr is itself an error (the 4300-digit limit), labelled by hand.
BAD_LABELLED = [('10**5000', 10**5000, {}), ('{10**5000: 1}', {10**5000: 1}, {})]

LOADS_OK = [
    'null', 'true', 'false', '0', '-0', '-0.0', '12', '-12', '1.5', '1e5', '1E+5', '1.5e-3', '-1.25E2',
    '123456789012345678901234567890', '1' * 300, '1e400', '-1e400', '5e-324', '2.5e-324', '0.1',
    'NaN', 'Infinity', '-Infinity', '""', '"abc"', r'"\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r"',
    r'"\ud800"', r'"\udc00\ud800x"', '"é☃😀"', ' [1, 2 , 3 ] ', '{"a": 1, "a": 2, "b": 3}',
    '{"b": {"c": [1, {"d": null}]}, "a": []}', '[[[[[]]]]]', '\n\t {"x" :\r\n1}\n',
    '[1.0, 2, "x", true, false, null, {}]', '{"": ""}', '"\u2028\u2029"', '1' * 5000, '-' + '9' * 4301,
]
LOADS_BAD = [
    '', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '{a:1}',
    '{1:1}', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12g4"', '"a\x01b"', '"\x1f"', '[1,\n2,\n3', 'nul',
    'tru', 'True', 'None', 'nan', 'inf', '-', '-a', '01', '1.', '.5', '1e', '1e+', '+1', '0x10',
    '[1] x', '1 2', '{"a":1}}', '\ufeff[]', '\n\n  [1,\n   ?]', '😀 x', '["😀", x]', '[-]', '{"a"}',
    '{"a":}', '[,]', '[1,,2]', '{,}', '"\\ud800\\u"', '[1]\x00', '\x00',
]


def generate(enc, err):
    dumps = []
    for v in VALUES:
        for o in OPTIONS:
            try:
                out = json.dumps(v, **o)
            except Exception as e:
                out = err(e)
            dumps.append({'value': enc(v), 'options': o, 'out': out})
    for v, o in BAD_DUMPS:
        try:
            out = json.dumps(v, **o)
        except Exception as e:
            out = err(e)
        dumps.append({'value': None, 'bad': repr(v), 'options': o, 'out': out})
    for label, v, o in BAD_LABELLED:
        try:
            out = json.dumps(v, **o)
        except Exception as e:
            out = err(e)
        dumps.append({'value': None, 'bad': label, 'options': o, 'out': out})
    loads = []
    for doc in LOADS_OK + LOADS_BAD:
        try:
            out = {'value': enc(json.loads(doc))}
        except json.JSONDecodeError as e:
            out = {'error': 'JSONDecodeError', 'message': str(e), 'pos': e.pos, 'lineno': e.lineno, 'colno': e.colno}
        except Exception as e:
            out = err(e)
        loads.append({'doc': doc, 'out': out})
    nonstrict = []
    for doc in ('"a\x01b"', '"\x1f\n"'):
        nonstrict.append({'doc': doc, 'value': json.loads(doc, strict=False)})
    return {'dumps': dumps, 'loads': loads, 'nonstrict': nonstrict, 'depth': depth_limits()}


def depth_limits():
    """The deepest nesting loads/dumps accept (CPython's C recursion limit) and the errors past it."""
    def ok(f):
        try:
            f()
            return True
        except RecursionError:
            return False

    def deepest(f):
        lo, hi = 1, 100000
        while lo < hi:
            m = (lo + hi + 1) // 2
            if ok(lambda: f(m)):
                lo = m
            else:
                hi = m - 1
        return lo

    def nest(n):
        x = []
        y = x
        for _ in range(n - 1):
            y.append([])
            y = y[0]
        return x
    out = {}
    for name, f in (('loads_array', lambda n: json.loads('[' * n + ']' * n)),
                    ('loads_object', lambda n: json.loads('{"a":' * n + '1' + '}' * n)),
                    ('dumps', lambda n: json.dumps(nest(n)))):
        d = deepest(f)
        try:
            f(d + 1)
        except RecursionError as e:
            out[name] = {'max': d, 'message': str(e)}
    return out

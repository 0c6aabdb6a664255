import tomllib, io

DOC = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\n string'
multi = """
Roses are red
Violets are \\
    blue"""
lit = \'\'\'
raw \\text\'\'\'
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991]
special = [inf, -inf, +inf]
bools = [true, false]
unicode = "caf\\u00e9 \\U0001F600 tab\\there"
nested = [[1, 2], ["a", 'b'], [ {x = 1}, {y = [2]} ],]
point = { x = 1, y = 2, z.deep = "d" }
site."google.com" = true

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T00:32:00.999999
date = 1979-05-27
time = 07:32:00.5

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]  # comment
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''

data = tomllib.loads(DOC)
for k, v in data.items():
    print(k, "=", repr(v))
import math
print(math.isnan(tomllib.loads("x = nan")["x"]), tomllib.loads("x = -nan")["x"] != tomllib.loads("x = -nan")["x"])
print(tomllib.load(io.BytesIO(b"a = 1\nb.c = 2")))
from decimal import Decimal
print(tomllib.loads("p = 1.10", parse_float=Decimal))
BAD = [
    "a = ", "a = 1\na = 2", "a = [1, 2", "a = {b = 1", "[t]\n[t]", "x = 1 y = 2", "= 1", "a = \"unterminated",
    "a = 'x\nb'", "a = 1979-02-30", "a.b = 1\n[a]\nc = 1", "[a]\nb = 1\n[a.b]", "a = {x = 1}\n[a]",
    "a = [1]\n[[a]]", "a = 0x", "a = 01", "a = \"\\q\"", "a = \"\\u12\"", "[[a]]\n[a]", "a = tru",
    "a = {x = 1, x = 2}", "# comment \x01", "a = 1\n\n[b\n", "[[a]\n", "key with space = 1", "a = 1 # ok\nb",
    "a = {x.y = 1, x = 2}", "a.b = 1\na = 2", "a = +nan1", "a = 1_", "\"a\nb\" = 1",
]
for bad in BAD:
    try:
        tomllib.loads(bad)
        print("parsed?", repr(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), "->", e)
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print("TypeError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))

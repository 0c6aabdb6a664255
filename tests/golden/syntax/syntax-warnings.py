import re
a = "\d \q \%"
b = b"\d \400"
c = f"\d{x}\w"
d = rf"\d{x}"
e = 0x1for x in y
f = [1if x else 2 for x in y]
g = 0o7and x
h = 1_0or x
i = "\N{BULLET} \8"
j = f"{x!r:\d}"

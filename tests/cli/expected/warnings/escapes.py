import re
x = re.compile("\d+")  # a regex
y = "\777" + b"\q"
if x is 1: pass
z = 0x1for x in y

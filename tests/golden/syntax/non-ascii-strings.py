s = "é"; t = 1
u = "日本語" + x
v = "😀" ; w = y
b = "ab\u00e9" + "ü"
f"{café} ümlaut {x}"
z = ("😀😀", 1)
# ünïcödé comment
k = 1

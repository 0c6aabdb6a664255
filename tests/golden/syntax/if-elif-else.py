if a:
    pass
elif b:
    x = 1
elif c:
    x = 2
else:
    x = 3
if d: y = 1
else: y = 2

with open(f) as fh:
    data = fh.read()
with a, b as c, d() as (e, f):
    pass
with (
    open(x) as one,
    open(y) as two,
):
    pass
with (a, b):
    pass
with (yield):
    pass

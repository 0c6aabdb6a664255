assert x
assert x, "message"
assert (x, y)
assert isinstance(v, int), f"got {v!r}"

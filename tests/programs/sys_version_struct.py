# sys.version_info is a struct sequence: tuple behaviour plus named fields.
import sys
v = sys.version_info
print(v.major, v.minor >= 13, v[0], v[:2] == (3, 13), len(v), v >= (3, 8), v < (4,), v.releaselevel)
print(tuple(v)[:2], list(v)[:1], 3 in v, v == v, v == tuple(v))
major, minor, *rest = v
print(major, minor, len(rest), v.n_fields if hasattr(v, "n_fields") else "-")

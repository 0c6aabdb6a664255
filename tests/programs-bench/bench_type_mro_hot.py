"""Builtin types' __mro__/__bases__ read in a hot loop (enum's data-type search does this while
importing): under an optimizing JIT the tuples must still hold the type objects."""
bad = 0
for i in range(3000):
    for t in (int, str, float, list, dict, tuple, bytes, bool):
        m = t.__mro__
        if type(m[0]) is not type or m[-1] is not object or t.__bases__[0] not in m:
            bad += 1
print("bad", bad, bool.__mro__, int.__bases__, float.__base__)
import enum
print(enum.IntEnum, enum.IntFlag.__mro__[1:3])

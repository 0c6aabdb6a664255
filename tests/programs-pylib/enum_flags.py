# File permissions with Flag and IntFlag: combining, testing and printing members.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, list(rw), len(rw), bool(Perm(0)))
print(~Perm.READ, Perm.ALL, list(Perm), Perm(3), repr(Perm(0)), str(Perm(0)))
print(rw & Perm.WRITE, rw ^ Perm.ALL, Perm.ALL.value, [p.name for p in Perm.ALL])
try:
    Perm(16)
except ValueError as e:
    print(e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, repr(m), m + 1, m == 5, Mode(7), repr(Mode(8 | 4)), format(Mode.W, '>3'), int(m))
print(sorted([Mode.W, Mode.R, Mode.X]), Mode.R > Mode.W, oct(Mode.R | Mode.W | Mode.X))


def describe(mode):
    return ''.join(name if flag in mode else '-' for name, flag in (('r', Mode.R), ('w', Mode.W), ('x', Mode.X)))


for value in (0, 5, 6, 7):
    print(value, describe(Mode(value)))

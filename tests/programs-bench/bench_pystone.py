"""A thread-free pystone/dhrystone-style integer and record workload (own version, deterministic output)."""
from enum import IntEnum


class Ident(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5


class Record:
    def __init__(self, ptr=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr, self.discr, self.enum_comp, self.int_comp, self.string_comp)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = "\0"
        self.char2 = "\0"
        self.arr1 = [0] * 51
        self.arr2 = [[0] * 51 for _ in range(51)]
        self.ptr_glb = None
        self.ptr_glb_next = None


G = State()


def proc0(loops):
    G.ptr_glb_next = Record()
    G.ptr_glb = Record(G.ptr_glb_next, Ident.ONE, Ident.THREE, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    G.arr2[8][7] = 10
    for _ in range(loops):
        proc5()
        proc4()
        int1, int2 = 2, 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = Ident.TWO
        G.bool_glob = not func2(string1, string2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int2)
            int1 += 1
        proc8(G.arr1, G.arr2, int1, int3)
        G.ptr_glb = proc1(G.ptr_glb)
        char_index = "A"
        while char_index <= G.char2:
            if enum_loc == func1(char_index, "C"):
                enum_loc = proc6(Ident.ONE)
            char_index = chr(ord(char_index) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc2(int1)
    return int1, int2, int3, enum_loc


def proc1(ptr_in):
    nxt = ptr_in.ptr = G.ptr_glb.copy()
    ptr_in.int_comp = 5
    nxt.int_comp = ptr_in.int_comp
    nxt.ptr = ptr_in.ptr
    nxt.ptr = proc3(nxt.ptr)
    if nxt.discr == Ident.ONE:
        nxt.int_comp = 6
        nxt.enum_comp = proc6(ptr_in.enum_comp)
        nxt.ptr = G.ptr_glb.ptr
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr_in = nxt.copy()
    nxt.ptr = None
    return ptr_in


def proc2(int_in):
    loc = int_in + 10
    while True:
        if G.char1 == "A":
            loc -= 1
            int_in = loc - G.int_glob
            enum_loc = Ident.ONE
        if enum_loc == Ident.ONE:
            break
    return int_in


def proc3(ptr_out):
    if G.ptr_glb is not None:
        ptr_out = G.ptr_glb.ptr
    else:
        G.int_glob = 100
    G.ptr_glb.int_comp = proc7(10, G.int_glob)
    return ptr_out


def proc4():
    bool_loc = G.char1 == "A"
    G.bool_glob = bool_loc or G.bool_glob
    G.char2 = "B"


def proc5():
    G.char1 = "A"
    G.bool_glob = False


def proc6(enum_in):
    enum_out = enum_in
    if not func3(enum_in):
        enum_out = Ident.FOUR
    if enum_in == Ident.ONE:
        enum_out = Ident.ONE
    elif enum_in == Ident.TWO:
        enum_out = Ident.ONE if G.int_glob > 100 else Ident.FOUR
    elif enum_in == Ident.THREE:
        enum_out = Ident.TWO
    elif enum_in == Ident.FIVE:
        enum_out = Ident.THREE
    return enum_out


def proc7(a, b):
    return b + a + 2


def proc8(arr1, arr2, a, b):
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for i in range(loc, loc + 2):
        arr2[loc][i] = loc
    arr2[loc][loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    G.int_glob = 5


def func1(c1, c2):
    if c1 != c2:
        return Ident.ONE
    G.char1 = c1
    return Ident.TWO


def func2(s1, s2):
    i = 2
    while i <= 2:
        if func1(s1[i], s2[i + 1]) == Ident.ONE:
            c = "A"
            i += 1
    if "W" <= c <= "Z":
        i = 7
    if c == "X":
        return True
    if s1 > s2:
        G.int_glob = i + 7
        return True
    return False


def func3(e):
    return e == Ident.THREE


def main():
    res = proc0(8000)
    print("result", res, repr(res[3]))
    print("int_glob", G.int_glob, "bool_glob", G.bool_glob, "chars", G.char1, G.char2)
    print("arr1", G.arr1[8], G.arr1[9], G.arr1[38])
    print("arr2", G.arr2[8][7], G.arr2[8][8], G.arr2[28][8])
    p = G.ptr_glb
    print("ptr", p.discr, p.enum_comp, p.int_comp, p.string_comp, p.ptr is None)
    print([i.name for i in Ident], Ident(3) + 1, Ident.FOUR > 2)


main()

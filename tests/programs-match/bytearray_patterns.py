# bytearray is not a sequence for patterns (like str and bytes) but matches itself in a class
# pattern, and is not equal-by-identity to bytes literals.
def f(x):
    match x:
        case [*_]:
            return "sequence"
        case b"raw":
            return "equal to the bytes literal"
        case bytearray(inner):
            return f"bytearray {inner!r}"
    return "other"


print(f(bytearray(b"raw")), f(bytearray(b"xy")), f(b"xy"))

def classify(x, C):
    match x:
        case 0 | 1 as small if small:
            return small
        case None:
            return "none"
        case [first, *rest, "end"]:
            return first, rest
        case [a, *_, b]:
            return a, b
        case {"k": v, **others}:
            return v, others
        case C(1, y=yy):
            return yy
        case C.ATTR:
            return "attr"
        case other:
            return other

match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case [x, y, *rest]:
        pass
    case (first, *_, last):
        pass
    case a, b:
        pass
    case [*_]:
        pass
    case [[1, 2], (3, 4)]:
        pass

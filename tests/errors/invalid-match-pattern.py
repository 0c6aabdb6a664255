match x:
    case f() + 1:
        pass

match config:
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, 2: b, None: c, **rest}:
        pass
    case {Color.RED: x, -1: y}:
        pass
    case {**rest}:
        pass

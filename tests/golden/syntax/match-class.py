match shape:
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=yy):
        pass
    case geometry.Circle(center, radius=r):
        pass
    case int(n) | float(n):
        pass

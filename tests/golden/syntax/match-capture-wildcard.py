match value:
    case x:
        pass
match value:
    case _:
        pass
match value:
    case (y):
        pass

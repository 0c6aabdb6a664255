# A name bound twice in one pattern is a SyntaxError.
print("never printed")
match [1, 2]:
    case [x, [y, x]]:
        pass

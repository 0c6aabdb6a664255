# A capture pattern that is not the last case (and has no guard) is a SyntaxError.
print("never printed")
match 5:
    case 1:
        pass
    case x:
        pass
    case 2:
        pass

# An irrefutable alternative before the last in an OR pattern is a SyntaxError.
print("never printed")
match 5:
    case 1 | _ | 2:
        pass

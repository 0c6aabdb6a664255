# Two starred names in one sequence pattern are a SyntaxError.
print("never printed")
match [1, 2, 3]:
    case [*a, 2, *b]:
        pass

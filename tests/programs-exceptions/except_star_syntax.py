# Leaving an except* block with break, continue or return is a SyntaxError.
print("never printed")


def f():
    try:
        pass
    except* ValueError:
        for i in range(3):
            break
        return 1

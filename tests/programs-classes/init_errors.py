# What CPython says about wrong constructor calls (the last one ends the program).
class NoInit:
    pass

class WithInit:
    def __init__(self, a, b=2):
        self.total = a + b

print(WithInit(1).total, WithInit(1, b=5).total, NoInit().__class__.__name__)
class Weird:
    def __init__(self):
        return None
print(type(Weird()).__name__)
NoInit(1)

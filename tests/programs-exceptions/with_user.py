# with on user context managers: __enter__'s result, __exit__'s arguments, suppression.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Manager("a") as value:
    print("body", value)

with Manager("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Manager("loud"):
        {}["missing"]
except KeyError as e:
    print("propagated", repr(e))

with Manager("outer") as o, Manager("inner") as i:
    print(o, i)

def early():
    for n in range(3):
        with Manager(str(n)):
            if n == 1:
                return n
            continue

print(early())

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

with Manager("last"):
    raise RuntimeError("escapes")

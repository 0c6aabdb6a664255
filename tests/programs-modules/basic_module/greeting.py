"""Greets people."""
print("loading greeting as", __name__)
counter = 0


def hello(name):
    return f"hello, {name}"


def bump():
    global counter
    counter += 1


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return hello(self.name) + "!"

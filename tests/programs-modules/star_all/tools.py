__all__ = ["add", "_secret", "VERSION"]
VERSION = 3


def add(a, b):
    return a + b


def _secret():
    return "listed, so exported"


def hidden():
    return "not exported"

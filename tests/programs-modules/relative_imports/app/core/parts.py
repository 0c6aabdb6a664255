from .. import VERSION as V


def part():
    return "part " + __name__ + " " + __package__ + " " + V

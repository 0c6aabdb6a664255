PREFIX = ">>"


def shout(text):
    return PREFIX + " " + text.upper()

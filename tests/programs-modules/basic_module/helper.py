import greeting


def twice(s):
    return greeting.hello(s) + " " + greeting.hello(s)

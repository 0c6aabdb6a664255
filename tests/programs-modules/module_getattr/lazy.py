real = "real"


def __getattr__(name):
    if name == "forbidden":
        raise AttributeError(f"module {__name__!r} refuses {name!r}")
    return "made:" + name

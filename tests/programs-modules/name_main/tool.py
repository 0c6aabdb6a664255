import __main__

print("tool imported as", __name__, "- main has MARK:", hasattr(__main__, "MARK"))


def describe():
    return f"tool: {__name__} {__package__!r} main.MARK={__main__.MARK}"


if __name__ == "__main__":
    print("this must not print on import")

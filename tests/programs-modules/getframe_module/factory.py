import sys


def make_class(name):
    cls = type(name, (), {})
    cls.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
    return cls


Point = make_class("Point")


def caller_info():
    caller = sys._getframe(1)
    return caller.f_globals["__name__"], caller.f_code.co_name, sys._getframe(0).f_code.co_name


def module_of_caller():
    return sys._getframemodulename(1), sys._getframemodulename(0)

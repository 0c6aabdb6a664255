# traceback.extract_stack / format_stack / print_stack / walk_stack and inspect.stack /
# getframeinfo / currentframe: the running stack with its lines, formatted as CPython 3.13.
import inspect
import os
import sys
import traceback


def show(summary):
    for fs in summary:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))


def leaf():
    return traceback.extract_stack()


def middle():
    return leaf()


show(middle())
print("--- limit=2")
show(traceback.extract_stack(limit=2))


def formatted():
    return traceback.format_stack()


def caller():
    lines = formatted()
    return [line.replace(os.path.dirname(__file__) + os.sep, "") for line in lines]


print("".join(caller()), end="")
print("--- print_stack")


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.replace(os.path.dirname(__file__) + os.sep, ""))


def printer():
    out = Out()
    traceback.print_stack(file=out)
    print("".join(out.parts), end="")


def printer_caller(n):
    if n:
        return printer_caller(n - 1)
    printer()


printer_caller(2)
print("--- walk_stack")


def walker():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]


print(walker())
print("--- StackSummary")
s = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()))
print(len(s), s[0].name, s[0].lineno, s[0].line)
fs = s[0]
print(tuple(fs)[1:], len(fs), fs[2])
print(repr(fs).replace(os.path.dirname(__file__) + os.sep, ""))
listed = traceback.StackSummary.from_list([("a.py", 3, "f", "x = 1"), ("a.py", 4, "g", None)])
print(listed.format())
print(traceback.format_list([("b.py", 10, "h", "return h()")]))
print("--- inspect")


def insp():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
    back = inspect.getframeinfo(frame.f_back)
    print(back.lineno, back.function, back.code_context)
    for record in inspect.stack()[:3]:
        print(record.function, record.lineno, record.code_context, os.path.basename(record.filename))
    print(inspect.stack()[1][3], inspect.stack()[0].frame is not None)


def insp_caller():
    insp()


insp_caller()


def recurse(n):
    if n == 0:
        return traceback.format_stack()
    return recurse(n - 1)


for line in recurse(6)[-6:]:
    print(line.replace(os.path.dirname(__file__) + os.sep, ""), end="")

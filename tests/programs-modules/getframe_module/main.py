# sys._getframe: what library code reads of its caller (f_globals['__name__'] makes a class
# built by a factory belong to the module that called it), and the frame chain.
import sys
import factory

Local = factory.make_class("Local")
print(factory.Point.__module__, Local.__module__, factory.Point.__qualname__)
print(factory.caller_info())


def outer():
    def inner():
        f = sys._getframe()
        return [f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back]
    return inner()


print(outer())
frame = sys._getframe()
print(type(frame).__name__, frame.f_globals is sys.modules["__main__"].__dict__, frame.f_locals is frame.f_globals)
print(sys._getframemodulename(), factory.module_of_caller())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
try:
    type(frame)()
except TypeError as e:
    print("TypeError:", e)

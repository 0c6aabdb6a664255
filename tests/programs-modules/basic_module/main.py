# A module imported twice runs its body once; its globals are its own namespace.
print("main starts")
import greeting
import greeting as g2
from greeting import hello, counter
print(greeting is g2, hello("world"), counter)
greeting.bump()
greeting.bump()
print(greeting.counter, counter)
import helper  # imports greeting again: no second "loading" line
print(helper.twice("x"))
print(type(greeting).__name__, greeting.__name__, greeting.__file__)
print(greeting)
print(greeting.__doc__)
print(sorted(k for k in greeting.__dict__ if not k.startswith("__")))
print(greeting.hello.__module__, greeting.Greeter.__module__, greeting.Greeter.__qualname__)
print(greeting.Greeter("ann").greet())

import atexit, sys
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def last():
    print("registered last, runs first")
class Bad:
    def __repr__(self):
        return "<Bad handler>"
    def __call__(self):
        raise ValueError("boom")
atexit.register(Bad())
def removed():
    print("never")
atexit.register(removed)
atexit.unregister(removed)
print(atexit._ncallbacks())
print("main done")
sys.exit(3)

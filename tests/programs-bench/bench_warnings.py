import warnings

def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2

def lib():
    warnings.warn("be careful")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(1)
    lib()
    lib()
    warnings.warn(RuntimeWarning("rt"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    # The file name only: the full path is the checkout's, different on every machine.
    print(w[0].filename.rsplit("/", 1)[-1], issubclass(w[-1].category, RuntimeWarning))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        lib()
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("ignore", message="be")
    lib()
    print("ignored ok")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        lib()
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop warning", FutureWarning)
    print(len(w), w[0].category)
try:
    warnings.warn("x", "notacategory")
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code()  "))
seen = []
old = warnings.showwarning
warnings.showwarning = lambda *a: seen.append(a[:2])
with warnings.catch_warnings():
    warnings.simplefilter("always")
    lib()
warnings.showwarning = old
print(seen)
warnings.filterwarnings("ignore", category=UserWarning)
lib()
print(len(warnings.filters) > 0)
@warnings.deprecated("use g")
def f(): return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(f(), str(w[0].message), w[0].category.__name__, f.__deprecated__)

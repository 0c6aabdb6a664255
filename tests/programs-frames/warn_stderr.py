# warnings' own stderr text: "file:line: Category: message" and the source line, for the
# caller's frame (stacklevel=2), once per line under the default action.
import warnings


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)


def api(x):
    if x < 0:
        warnings.warn(f"negative {x}", UserWarning)
    return abs(x)


old()
for v in (-1, -2, 3):
    print(api(v))
warnings.warn("module level", RuntimeWarning)
print("done")

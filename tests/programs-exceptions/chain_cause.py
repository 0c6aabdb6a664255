# raise ... from ...: "The above exception was the direct cause of the following exception".
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"no {k!r} in table") from e

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")

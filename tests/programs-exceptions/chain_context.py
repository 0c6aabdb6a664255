# An uncaught exception raised while handling another: both tracebacks, linked.
def parse(text):
    return int(text)

def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError:
            out.append(items[10])
    return out

print(load(["1", "2"]))
load(["3", "x"])

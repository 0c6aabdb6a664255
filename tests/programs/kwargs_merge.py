# **kwargs forwarding and merging, and dict argument order.
def settings(**kw):
    base = {"debug": False, "level": 1, "name": "app"}
    base.update(kw)
    return base

def forward(*args, **kwargs):
    return settings(*args, **kwargs)

print(settings(), settings(level=3), forward(name="x", extra=[1]), forward(**{"debug": True}))
def describe(a, b=0, **rest):
    return f"a={a} b={b} rest={rest}"
opts = {"b": 2, "c": 3}
print(describe(1, **opts), describe(**{"a": 9}), describe(1, d=4, **opts))
def count_kwargs(**kw):
    return len(kw), list(kw.keys())
print(count_kwargs(z=1, y=2, x=3), count_kwargs(**dict.fromkeys("abc")))

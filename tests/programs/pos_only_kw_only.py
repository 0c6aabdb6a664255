# Positional-only and keyword-only parameters and the errors when they are misused.
def clamp(value, /, lo=0, hi=10, *, wrap=False):
    if wrap:
        span = hi - lo
        return lo + (value - lo) % span
    return max(lo, min(hi, value))

print(clamp(5), clamp(-3), clamp(42), clamp(15, 0, 10, wrap=True), clamp(-1, lo=0, hi=7, wrap=True), clamp(3, hi=2))
def tag(name, /, *children, sep=" ", **attrs):
    at = "".join([f' {k}="{v}"' for k, v in attrs.items()])
    return f"<{name}{at}>" + sep.join(children) + f"</{name}>"
print(tag("p", "hello", "world"), tag("a", "x", href="/", cls="c"), tag("div", sep="|"), tag("ul", "a", "b", sep=""))
print(clamp(value=3))

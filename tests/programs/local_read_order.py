# Reads of local variables see the value at the read, even when the same expression rebinds
# the variable later (walrus, augmented assignment in a call), after del, in handlers and
# in loops: what pyx's load_local slot aliasing (backends/interp/local-alias.ts) must keep.


def walrus_after_read(x):
    return (x, (x := x + 10), x)


def call_args(x):
    def bump(v):
        return v * 2
    return [x, bump(x := 7), x]


def loop_carried(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append((a, b))
    return out


def maybe_unbound(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


def deleted_then_read():
    item = 42
    del item
    try:
        print(item)
    except UnboundLocalError as e:
        return str(e)


def handler_sees_binding():
    stage = "start"
    try:
        stage = "middle"
        raise ValueError(stage)
    except ValueError as e:
        return stage, str(e)


def swap_in_expression(p, q):
    p, q = q, p
    return p - q, [p, q]


print(walrus_after_read(1))
print(call_args(3))
print(loop_carried(6))
print(maybe_unbound(True), "|", maybe_unbound(False))
print(deleted_then_read())
print(handler_sees_binding())
print(swap_in_expression(10, 3))


def unbound_in_expression(n):
    if n > 5:
        total = 0
    return total + n


print(unbound_in_expression(9))
print(unbound_in_expression(1))

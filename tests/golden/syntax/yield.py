def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    z = yield from other()
    await_all = [(yield)]
    yield *a, b
    return (yield)

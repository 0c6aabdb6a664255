# Context managers used as decorators, redirect_stdout, and error paths.
from contextlib import contextmanager, ContextDecorator, redirect_stdout, ExitStack
import io


class timer(ContextDecorator):
    depth = 0

    def __enter__(self):
        timer.depth += 1
        print('  ' * timer.depth + 'enter')
        return self

    def __exit__(self, *exc):
        print('  ' * timer.depth + f'exit {exc[0].__name__ if exc[0] else None}')
        timer.depth -= 1
        return False


@timer()
def work(n):
    print('    working', n)
    return n * 2


print(work(3))
with timer():
    print(work(4))


@contextmanager
def tag(name):
    print(f'<{name}>', end='')
    yield
    print(f'</{name}>', end='')


@tag('b')
def bold(text):
    print(text, end='')


bold('hi')
bold('again')
print()
buffer = io.StringIO()
with redirect_stdout(buffer):
    print('captured line')
    bold('x')
print('buffer:', repr(buffer.getvalue()))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError:', e)

# Resource handling with contextmanager, closing, ExitStack and suppress.
from contextlib import contextmanager, closing, ExitStack, suppress, nullcontext

log = []


@contextmanager
def opened(name):
    log.append(f'open {name}')
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e}')
    finally:
        log.append(f'close {name}')


with opened('a') as handle:
    log.append(f'use {handle}')
with opened('b'):
    raise KeyError('k')
try:
    with opened('c'):
        raise ValueError('bad')
except ValueError as e:
    log.append(f'escaped {e}')
print('\n'.join(log))


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Connection('db')) as conn:
    print('using', conn.name)

with ExitStack() as stack:
    names = [stack.enter_context(opened(n)) for n in ('x', 'y')]
    stack.callback(print, 'callback after body')
    print('inside stack', names)
print(log[-4:])

with suppress(FileNotFoundError, ZeroDivisionError):
    print('before')
    1 / 0
    print('never')
print('after suppress')
with nullcontext('value') as v:
    print(v)


def cleanup_order():
    with ExitStack() as stack:
        for i in range(3):
            stack.callback(print, 'cleanup', i)
        moved = stack.pop_all()
    print('stack closed; moved callbacks still pending')
    moved.close()


cleanup_order()

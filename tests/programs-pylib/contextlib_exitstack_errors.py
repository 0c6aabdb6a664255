# ExitStack with exceptions: suppression by an exit callback, and chaining of later errors.
from contextlib import ExitStack, contextmanager


class Guard:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


with ExitStack() as stack:
    stack.enter_context(Guard('outer', swallow=True))
    stack.enter_context(Guard('inner'))
    raise RuntimeError('boom')
print('suppressed by outer')


def failing_cleanup():
    raise ValueError('cleanup failed')


try:
    with ExitStack() as stack:
        stack.callback(failing_cleanup)
        raise KeyError('original')
except ValueError as e:
    print('caught', repr(e), 'context', repr(e.__context__))


@contextmanager
def transaction(log):
    log.append('begin')
    try:
        yield log
        log.append('commit')
    except Exception:
        log.append('rollback')
        raise


log = []
for should_fail in (False, True):
    try:
        with transaction(log):
            if should_fail:
                raise ValueError('bad row')
    except ValueError as e:
        log.append(f'error: {e}')
print(log)

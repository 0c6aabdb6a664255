"""Exit handlers (pyx's own, with CPython 3.13's interface).

register() keeps (func, args, kwargs); at interpreter shutdown (backends/interp/atexit.ts,
called by program.ts after the main module ends, however it ends) _run_exitfuncs() calls
them last-registered first. An exception in a handler is reported as CPython reports it
("Exception ignored in atexit callback: ...") and the remaining handlers still run.
"""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    # CPython empties the slot but keeps counting it in _ncallbacks().
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            sys.stdout.flush()
            print(f"Exception ignored in atexit callback {func!r}:", file=sys.stderr)
            import traceback
            # The traceback starts at the handler, not at this loop.
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next)

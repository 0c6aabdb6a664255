"""Timing small pieces of code, as CPython 3.13's timeit: a Timer compiles its statement and
setup (strings, or callables) into one function that runs the statement `number` times
between two timer readings.
"""

import itertools
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The timing function's source; {setup} and {stmt} are indented to their places, {init}
# passes callables in as default arguments.
_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """src with every line after the first indented by `indent` more spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times stmt (run `number` times after setup, once) with `timer`; globals is the
    namespace the code runs in (default: this module's)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            # Compiled alone first so that a statement valid only inside a function
            # ('return', 'yield') is refused as CPython refuses it.
            compile(setup, dummy_src_name, "exec")
            stmt_prefix = setup + "\n"
            setup = reindent(setup, 4)
        elif callable(setup):
            namespace["_setup"] = setup
            init += ", _setup=_setup"
            stmt_prefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt_prefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        self.inner = _define(code, global_ns, namespace)

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... that takes at
        least 0.2 seconds."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10


def _globals():
    return globals()


def _define(code, global_ns, namespace):
    """Runs the template's code to get `inner`, whose globals must be global_ns itself.

    The code runs in global_ns (its default arguments looked up there too), and the names it
    added are taken away again, leaving the caller's namespace as it was.
    """
    saved = {name: global_ns[name] for name in ("inner", "_setup", "_stmt") if name in global_ns}
    added = [name for name in namespace if name not in global_ns]
    global_ns.update(namespace)
    try:
        exec(code, global_ns)
        return global_ns["inner"]
    finally:
        for name in ("inner", *added):
            global_ns.pop(name, None)
        global_ns.update(saved)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


"""ThreadPoolExecutor and ProcessPoolExecutor: each call runs when submitted (one thread)."""

import os
import itertools
from concurrent.futures._base import Executor, Future, BrokenExecutor

_counter = itertools.count().__next__


class _OneThreadExecutor(Executor):
    def __init__(self, max_workers=None):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ThreadPoolExecutor(_OneThreadExecutor):
    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        super().__init__(max_workers)
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % _counter())
        if initializer is not None:
            initializer(*initargs)


class ProcessPoolExecutor(_OneThreadExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        super().__init__(max_workers)
        if initializer is not None:
            initializer(*initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

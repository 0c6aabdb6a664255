"""pyx's asyncio: the event loop (virtual time, CPython's scheduling order), futures, tasks,
gather/wait/wait_for/as_completed/timeout, locks and queues, written for pyx in Python.
What is missing: I/O (streams, subprocesses, sockets), threads and executors, signals, Barrier."""

import _pyx_coroutines

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .timeouts import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from . import exceptions, events, futures, tasks, timeouts, locks, queues, runners, taskgroups

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__ + timeouts.__all__
           + locks.__all__ + queues.__all__ + runners.__all__ + taskgroups.__all__
           + ('iscoroutinefunction', 'iscoroutine'))


_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether `func` is an `async def` function (or marked as one with _is_coroutine)."""
    return _pyx_coroutines.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    return _pyx_coroutines.iscoroutine(obj)

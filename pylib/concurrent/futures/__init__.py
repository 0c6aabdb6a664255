"""Futures and executors (pyx's own, with CPython 3.13's interface, reprs and errors).

KNOWN DIFFERENCE — pyx runs Python on one thread (see pylib/threading.py): an executor runs
each call when it is submitted, so submit() returns a finished Future and map() yields results
in order. Results, exceptions, callbacks, as_completed() and wait() behave as under CPython
for programs that do not depend on calls overlapping in time.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures._executors import ThreadPoolExecutor, ProcessPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor",
           "ThreadPoolExecutor")

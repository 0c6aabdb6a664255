"""concurrent.futures' Future, Executor, wait and as_completed."""

import collections
import sys

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

PENDING, RUNNING, CANCELLED, FINISHED = "PENDING", "RUNNING", "CANCELLED", "FINISHED"
_STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             FINISHED: "finished"}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


DoneAndNotDoneFutures = collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


class Future:
    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception("exception calling callback for %r", self)

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return "<%s at %#x state=%s raised %s>" % (self.__class__.__name__, id(self),
                                                           _STATE_TO_DESCRIPTION_MAP[self._state],
                                                           self._exception.__class__.__name__)
            return "<%s at %#x state=%s returned %s>" % (self.__class__.__name__, id(self),
                                                         _STATE_TO_DESCRIPTION_MAP[self._state],
                                                         self._result.__class__.__name__)
        return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state != CANCELLED:
            self._state = CANCELLED
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == CANCELLED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, FINISHED)

    def add_done_callback(self, fn):
        if self._state not in (CANCELLED, FINISHED):
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception("exception calling callback for %r", self)

    def _wait(self, timeout):
        if self._state == CANCELLED:
            raise CancelledError()
        if self._state != FINISHED:
            if timeout is None:
                raise RuntimeError("deadlock: this future can never finish (pyx runs one thread)")
            raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout)
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in (CANCELLED, FINISHED):
            raise InvalidStateError("{}: {!r}".format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (CANCELLED, FINISHED):
            raise InvalidStateError("{}: {!r}".format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    pending = [f for f in fs if not f.done()]
    if pending:
        # Nothing can finish them while we wait: the timeout, or CPython's endless wait.
        if timeout is None:
            raise RuntimeError("deadlock: these futures can never finish (pyx runs one thread)")
        for f in fs:
            if f.done():
                yield f
        raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), len(fs)))
    yield from fs


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)

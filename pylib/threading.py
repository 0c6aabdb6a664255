"""Thread objects and synchronisation primitives (pyx's own, with CPython 3.13's interface).

KNOWN DIFFERENCE — pyx runs Python on one thread: Thread.start() runs the thread's run() to
completion right away, on the caller's stack, before start() returns. Programs that start
workers and join them to collect results behave as under CPython; a thread that waits for
something the starting thread has not done yet (an Event set later, an item put later) cannot
be woken: where CPython would block forever, the wait raises RuntimeError (a timed wait
times out instead). Locks, RLock, Condition, Semaphore, Event, Barrier(1), Timer, local and
the module functions keep CPython's states, reprs and errors.
"""

import sys
import time as _time
from itertools import count as _count

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread", "TIMEOUT_MAX",
           "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError",
           "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size", "excepthook",
           "get_native_id", "gettrace", "getprofile"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_counter = _count(1).__next__
_idents = _count(140000000000000, 4096).__next__


def _block(timeout):
    """What waiting on something no other thread can provide comes to: a timeout, or RuntimeError."""
    if timeout is None or timeout < 0:
        raise RuntimeError("deadlock: this wait can never end (pyx runs one thread; see threading's docstring)")
    _time.sleep(timeout)
    return False


class _LockBase:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _block(None if timeout == -1 else timeout)

    __enter__ = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._locked

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


class Lock(_LockBase):
    pass


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        return _block(None if timeout == -1 else timeout)

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident() or self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident() and self._count > 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._owner or 0} count={self._count} "
                f"at {hex(id(self))}>")


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f"<Condition({self._lock}, 0)>"

    def _check_owned(self, what):
        owned = self._lock._is_owned() if hasattr(self._lock, "_is_owned") else self._lock.locked()
        if not owned:
            raise RuntimeError(f"cannot {what} on un-acquired lock")

    def wait(self, timeout=None):
        self._check_owned("wait")
        return _block(timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        self._check_owned("notify")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _block(timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: value={self._value}>"


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _block(timeout)

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: {'set' if self._flag else 'unset'}>"


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False
        self._waiting = 0

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: 0)
    broken = property(lambda self: self._broken)


class local:
    """Thread-local data: with one thread, a plain namespace."""


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            n = _counter()
            name = f"Thread-{n}"
            if target is not None:
                tname = getattr(target, "__name__", None)
                if tname:
                    name += f" ({tname})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _idents()
        global _current
        previous = _current
        _active[self._ident] = self
        _current = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _current = previous
            self._is_stopped = True
            del _active[self._ident]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = _idents()
        self._started = True
        self._is_stopped = False
        self._initialized = True


class Timer(Thread):
    """Calls a function after `interval` seconds (here: sleeps, then calls, inside start())."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)


__excepthook__ = excepthook

_main = _MainThread()
_current = _main
_active = {_main._ident: _main}


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _current._ident


get_native_id = get_ident


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def stack_size(size=0):
    return 0


_trace = _profile = None


def settrace(func):
    global _trace
    _trace = func


def gettrace():
    return _trace


def setprofile(func):
    global _profile
    _profile = func


def getprofile():
    return _profile

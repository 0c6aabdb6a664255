"""The event loop: a FIFO ready queue of callbacks and timers ordered by deadline, then by
the order they were scheduled (CPython's BaseEventLoop._run_once). Time is virtual: when
nothing is ready, the clock jumps to the next deadline instead of sleeping, so programs
run at once and in CPython's order. The clock counts whole nanoseconds, so `now + delay`
never reorders two deadlines that real time would order the other way.
"""

import heapq
import sys

import _pyx_coroutines

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


def _format_callback(callback):
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None)
    return name if name is not None else repr(callback)


class Handle:
    """A callback scheduled with call_soon()."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {_format_callback(self._callback)}()>'

    def get_context(self):
        return None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled with call_later()/call_at()."""

    def __init__(self, when_ns, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when_ns = when_ns

    def when(self):
        return self._when_ns / 1e9


class AbstractEventLoop:
    """The base class of event loops (only the virtual-time loop below exists in pyx)."""


_running_loop = None
_event_loop = None


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._sequence = 0
        self._now_ns = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = []
        self._asyncgens = []
        self._asyncgens_limit = 64
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return f'<_EventLoop running={self._running} closed={self._closed} debug={self._debug}>'

    # --- Time and scheduling ---

    def time(self):
        return self._now_ns / 1e9

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self._call_at_ns(self._now_ns + round(delay * 1e9), callback, args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        return self._call_at_ns(round(when * 1e9), callback, args)

    def _call_at_ns(self, when_ns, callback, args):
        self._check_closed()
        handle = TimerHandle(when_ns, callback, args, self)
        heapq.heappush(self._scheduled, (when_ns, self._sequence, handle))
        self._sequence += 1
        return handle

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # --- Running ---

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            heapq.heappop(scheduled)
        if not self._ready and not self._stopping:
            if not scheduled:
                raise RuntimeError('pyx: the event loop has nothing left to run: every task waits '
                                   'for something that nothing will do (CPython would wait forever)')
            self._now_ns = max(self._now_ns, scheduled[0][0])
        while scheduled and scheduled[0][0] <= self._now_ns:
            handle = heapq.heappop(scheduled)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        todo = len(self._ready)
        batch = self._ready[:todo]
        del self._ready[:todo]
        for handle in batch:
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        _pyx_coroutines.set_asyncgen_firstiter(self._asyncgen_firstiter_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            _pyx_coroutines.set_asyncgen_firstiter(None)

    def run_until_complete(self, future):
        from . import tasks
        self._check_closed()
        new_task = not _isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _asyncgen_firstiter_hook(self, agen):
        # CPython keeps a WeakSet; this list keeps them alive, so finished ones are dropped
        # whenever it has doubled.
        self._asyncgens.append(agen)
        if len(self._asyncgens) >= self._asyncgens_limit:
            self._asyncgens = [ag for ag in self._asyncgens if ag.ag_suspended or ag.ag_running]
            self._asyncgens_limit = max(64, 2 * len(self._asyncgens))

    async def shutdown_asyncgens(self):
        """aclose() the async generators started and not finished (at the end of asyncio.run)."""
        from . import tasks
        closing = [ag for ag in self._asyncgens if ag.ag_suspended or ag.ag_running]
        self._asyncgens = []
        if not closing:
            return
        results = await tasks.gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        pass

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # --- Errors ---

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exception = context.get('exception')
        if exception is not None:
            lines.append(f'{type(exception).__name__}: {exception}')
        print('\n'.join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def _stop_loop(future):
    future.get_loop().stop()


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def new_event_loop():
    return _EventLoop()


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = _EventLoop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop

"""contextlib.ExitStack and AsyncExitStack (part of pylib's contextlib): a stack of exit
callbacks run last-in first-out, each seeing the exception the previous ones left."""

import sys

__all__ = ['ExitStack', 'AsyncExitStack']


def _not_a_context_manager(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                     f"{what} protocol")


def _fix_context(new_exc, old_exc, frame_exc):
    """Links old_exc as the context at the end of new_exc's chain (what a nested `with` does)."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack (so this one's exit does nothing)."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds a context manager's __exit__, or a callable with __exit__'s signature."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bind_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _not_a_context_manager(cm, 'context manager') from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bind_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit (it cannot suppress exceptions)."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, exit_wrapper))
        return callback


def _bind_exit(cm, exit_method):
    def bound(exc_type, exc, tb):
        return exit_method(cm, exc_type, exc, tb)
    return bound


class ExitStack(_BaseExitStack):
    """with ExitStack() as stack: stack.enter_context(...) for a number of managers known
    only at run time; they all exit, in reverse order, even if one raises."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exception() if hasattr(sys, 'exception') else None
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                if exc_details[1] is not None:
                    _fix_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack):
    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _not_a_context_manager(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bind_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bind_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        self._exit_callbacks.append((False, exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exception() if hasattr(sys, 'exception') else None
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                result = cb(*exc_details) if is_sync else await cb(*exc_details)
                if result:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                if exc_details[1] is not None:
                    _fix_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

# Tasks: done/result/exception, cancel() (CancelledError inside the coroutine, its finally,
# the cancel message), cancelling()/uncancel(), done callbacks in order, InvalidStateError.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} woke"
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise
    finally:
        print(f"{name} finally")


async def fails():
    await asyncio.sleep(0.1)
    raise KeyError("boom")


async def main():
    t = asyncio.create_task(sleeper("t1", 1))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.1)
    print("cancel:", t.cancel("stop now"), t.cancelling())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raised CancelledError", e.args)
    print(t.done(), t.cancelled(), t.cancel())

    order = []
    t2 = asyncio.create_task(sleeper("t2", 0.1))
    t2.add_done_callback(lambda task: order.append(("first", task.result())))
    t2.add_done_callback(lambda task: order.append(("second", task.done())))
    print(await t2)
    await asyncio.sleep(0)
    print(order)
    t2.add_done_callback(lambda task: order.append("late callback"))
    await asyncio.sleep(0)
    print(order)

    bad = asyncio.create_task(fails())
    await asyncio.sleep(0.2)
    print(bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except KeyError as e:
        print("result() raised KeyError", e)

    # Cancelling before the task ever ran: the coroutine never starts.
    never = asyncio.create_task(sleeper("t3", 1))
    never.cancel()
    try:
        await never
    except asyncio.CancelledError:
        print("t3 cancelled before starting:", never.cancelled())

    # A task that swallows its cancellation and goes on.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn ignores the cancel; cancelling() =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        await asyncio.sleep(0.1)
        return "stubborn survived"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    s.cancel()
    print(await s, s.cancelling())

    # Cancelling a task that awaits another task cancels the inner one too.
    inner = asyncio.create_task(sleeper("inner", 1))

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled too:", inner.cancelled())

    # Tasks still pending when main returns are cancelled by asyncio.run.
    asyncio.create_task(sleeper("left-behind", 5))
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")

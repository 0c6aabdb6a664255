# The event loop's order: call_soon callbacks FIFO, tasks starting on the next iteration,
# callbacks scheduled while a batch runs waiting for the next one, timers by deadline and
# then by scheduling order, cancelled handles skipped, run_forever/stop, run_until_complete.
import asyncio

log = []


def note(label):
    log.append(label)


async def task_body(name):
    note(f"{name} step 1")
    await asyncio.sleep(0)
    note(f"{name} step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "soon 1")
    asyncio.create_task(task_body("T"))
    loop.call_soon(note, "soon 2")
    loop.call_soon(lambda: loop.call_soon(note, "nested soon"))
    cancelled = loop.call_soon(note, "never")
    cancelled.cancel()
    note("main before sleep(0)")
    await asyncio.sleep(0)
    note("main after sleep(0)")
    await asyncio.sleep(0)
    note("main after second sleep(0)")
    print(log)
    log.clear()

    for label, delay in [("t0.2a", 0.2), ("t0.1", 0.1), ("t0.2b", 0.2), ("t0", 0), ("t0.3", 0.3)]:
        loop.call_later(delay, note, label)
    dropped = loop.call_later(0.15, note, "dropped")
    loop.call_at(loop.time() + 0.25, note, "at 0.25")
    loop.call_soon(note, "soon")
    dropped.cancel()
    print(dropped.cancelled(), cancelled.cancelled())
    await asyncio.sleep(0.5)
    print(log)
    log.clear()


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.call_soon(note, "a")
loop.call_soon(loop.stop)
loop.call_soon(note, "b (after stop, same batch)")
loop.call_soon(lambda: loop.call_soon(note, "c (next run)"))
loop.run_forever()
print(log, loop.is_running())
log.clear()


async def value():
    note("value runs")
    return 99

print(loop.run_until_complete(value()), log)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(note, "x")
except RuntimeError as e:
    print("RuntimeError:", e)

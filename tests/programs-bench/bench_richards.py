"""Richards-style task scheduler simulation (own version)."""
import sys
import time
from enum import IntEnum

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = range(1, 7)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class State(IntEnum):
    RUNNING = 0
    WAITING = 1
    HELD = 2


class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

    def __repr__(self):
        return f"Packet(ident={self.ident}, kind={self.kind}, datum={self.datum})"


class TaskRec:
    pass


class DeviceRec(TaskRec):
    def __init__(self):
        self.pending = None


class IdleRec(TaskRec):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRec(TaskRec):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkRec(TaskRec):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        task.link = self.task_list
        self.task_list = task

    def find(self, ident):
        t = self.tasks.get(ident)
        if t is None:
            raise KeyError(f"bad task id {ident}")
        return t

    def run(self):
        t = self.task_list
        while t is not None:
            if t.held_or_suspended():
                t = t.link
            else:
                self.current = t
                t = t.run_task()
                if len(self.trace) < 30:
                    self.trace.append(self.current.ident)


class Task:
    def __init__(self, sched, ident, priority, wkq, state, rec):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.wkq = wkq
        self.packet_pending = wkq is not None
        self.waiting = state == State.WAITING
        self.held = state == State.HELD
        self.rec = rec
        self.link = None
        sched.add(self)

    def held_or_suspended(self):
        return self.held or (not self.packet_pending and self.waiting)

    def run_task(self):
        if self.waiting and self.packet_pending:
            msg = self.wkq
            self.wkq = msg.link
            self.packet_pending = self.wkq is not None
            self.waiting = False
            if self.wkq is None:
                self.packet_pending = False
        else:
            msg = None
        return self.fn(msg)

    def add_packet(self, p, old):
        if self.wkq is None:
            self.wkq = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.wkq = p.append_to(self.wkq)
        return old

    def wait_task(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.held = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.held = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt):
        d = self.rec
        if pkt is None:
            pkt = d.pending
            if pkt is None:
                return self.wait_task()
            d.pending = None
            return self.qpkt(pkt)
        d.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt):
        h = self.rec
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in_add(pkt)
            else:
                h.device_in_add(pkt)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt):
        i = self.rec
        i.count -= 1
        if i.count == 0:
            return self.hold()
        if i.control & 1 == 0:
            i.control //= 2
            return self.release(I_DEVA)
        i.control = (i.control // 2) ^ 0xD008
        return self.release(I_DEVB)


A_CODE = ord("A")


class WorkTask(Task):
    def fn(self, pkt):
        w = self.rec
        if pkt is None:
            return self.wait_task()
        dest = I_HANDLERB if w.destination == I_HANDLERA else I_HANDLERA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = A_CODE + w.count - 1
        return self.qpkt(pkt)


def build(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, State.RUNNING, IdleRec())
    IdleTask.__dict__  # class attribute access is fine
    s.find(I_IDLE).rec.count = count
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, State.WAITING, WorkRec())
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, State.WAITING, HandlerRec())
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, State.WAITING, HandlerRec())
    DeviceTask(s, I_DEVA, 4000, None, State.WAITING, DeviceRec())
    DeviceTask(s, I_DEVB, 5000, None, State.WAITING, DeviceRec())
    return s


def main(argv):
    count = int(argv[1]) if len(argv) > 1 else 600
    t0 = time.perf_counter()
    for it in range(2):
        s = build(count)
        s.run()
        print(f"iteration {it}: qpkt={s.qpkt_count} hold={s.hold_count}")
        print("trace:", "".join(str(x) for x in s.trace))
    try:
        s.find(99)
    except KeyError as e:
        print("lookup failed:", e)
    print(repr(Packet(None, 3, K_DEV)), State.HELD, State(1).name, int(State.RUNNING))
    elapsed = time.perf_counter() - t0
    assert elapsed >= 0


if __name__ == "__main__":
    main(sys.argv)

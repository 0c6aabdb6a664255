# Richards (after Martin Richards' OS task-scheduler simulation, as in pyperformance's
# bm_richards), our own compact version: classes with inheritance, method calls, attribute
# reads and writes, linked lists of packets. Prints the counters that check the run.
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
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
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0

    def add(self, task):
        self.list = task
        self.tasks[task.ident] = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        return t.add_packet(pkt, self.current)

    def schedule(self):
        self.current = self.list
        while self.current is not None:
            t = self.current
            if t.is_held_or_suspended():
                self.current = t.link
            else:
                self.current_id = t.ident
                self.current = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, wkq, state):
        TaskState.__init__(self)
        self.sched = sched
        self.link = sched.list
        self.ident = ident
        self.priority = priority
        self.input = wkq
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        sched.add(self)

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.input)
        return old

    def run_task(self):
        if self.task_waiting and self.packet_pending:
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending = True
                self.task_waiting = False
                self.task_holding = False
        else:
            msg = None
        return self.fn(msg)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, wkq, state):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.pending = None

    def fn(self, pkt):
        s = self.sched
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return s.wait()
            self.pending = None
            return s.queue(pkt)
        self.pending = pkt
        return s.hold_self()


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, wkq, state):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.work_in = None
        self.device_in = None

    def fn(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue(dev)
            else:
                self.work_in = work.link
                return s.queue(work)
        return s.wait()


class IdleTask(Task):
    def __init__(self, sched, ident, priority, wkq, state, count):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.control = 1
        self.count = count

    def fn(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return s.release(I_DEVA)
        self.control = (self.control // 2) ^ 0xD008
        return s.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, wkq, state):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.dest = I_HANDLERA
        self.count = 0

    def fn(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.dest = I_HANDLERB if self.dest == I_HANDLERA else I_HANDLERA
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return s.queue(pkt)


def run(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, TaskState().running(), count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, TaskState().waiting_with_packet())
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet())
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet())
    DeviceTask(s, I_DEVA, 4000, None, TaskState().waiting())
    DeviceTask(s, I_DEVB, 5000, None, TaskState().waiting())
    s.schedule()
    return s.qpkt_count, s.hold_count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
total_q = total_h = 0
for rep in range(n // 10000 or 1):
    q, h = run(10000 if n >= 10000 else n)
    total_q += q
    total_h += h
print(total_q, total_h)

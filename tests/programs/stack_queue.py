# Stacks and queues with lists: a min-stack and a two-stack queue.
stack, mins = [], []
for op in [5, 3, 7, "pop", 2, "pop", "pop", 8, 1, "pop"]:
    if op == "pop":
        v = stack.pop()
        if v == mins[-1]:
            mins.pop()
        print("pop", v, "min", mins[-1] if mins else None)
    else:
        stack.append(op)
        if not mins or op <= mins[-1]:
            mins.append(op)
        print("push", op, "min", mins[-1])
inbox, outbox = [], []
def enqueue(v):
    inbox.append(v)
def dequeue():
    if not outbox:
        while inbox:
            outbox.append(inbox.pop())
    return outbox.pop()
for i in range(5):
    enqueue(i)
print(dequeue(), dequeue())
enqueue(10)
enqueue(11)
print([dequeue() for _ in range(5)], inbox, outbox)

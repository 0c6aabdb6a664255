# A tiny stack-based virtual machine interpreting a list of tuples.
program = [
    ("push", 0), ("store", "i"), ("push", 1), ("store", "acc"),
    ("label", "loop"),
    ("load", "i"), ("push", 20), ("lt",), ("jz", "end"),
    ("load", "acc"), ("push", 3), ("mul",), ("push", 1000003), ("mod",), ("store", "acc"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"),
    ("load", "i"), ("print",),
    ("jmp", "loop"),
    ("label", "end"), ("load", "acc"), ("print",), ("halt",),
]
labels = {ins[1]: pc for pc, ins in enumerate(program) if ins[0] == "label"}
stack, env, pc, steps = [], {}, 0, 0
while True:
    op = program[pc]
    pc += 1
    steps += 1
    name = op[0]
    if name == "push":
        stack.append(op[1])
    elif name == "store":
        env[op[1]] = stack.pop()
    elif name == "load":
        stack.append(env[op[1]])
    elif name in ("add", "mul", "mod", "lt"):
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if name == "add" else a * b if name == "mul" else a % b if name == "mod" else int(a < b))
    elif name == "jz":
        if stack.pop() == 0:
            pc = labels[op[1]]
    elif name == "jmp":
        pc = labels[op[1]]
    elif name == "print":
        print(stack.pop(), end=" ")
    elif name == "halt":
        break
print()
print(steps, env, stack, pow(3, 20, 1000003))

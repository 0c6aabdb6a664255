# global declarations, module-level state, and shadowing by locals.
counter = 0
names = []

def bump(n=1):
    global counter
    counter += n

def register(name):
    names.append(name)
    return len(names)

def make_global():
    global created
    created = "made inside a function"

for i in range(5):
    bump(i)
print(counter, register("a"), register("b"), names)
make_global()
print(created)

def local_shadow():
    counter = "local"
    return counter

print(local_shadow(), counter)

def reads_global():
    return counter * 2

counter = 50
print(reads_global())

def uses_builtin():
    return len("abc"), max(3, 9)

print(uses_builtin())
len = lambda x: 42
print(len("abc"), uses_builtin())
del len
print(len("abc"))

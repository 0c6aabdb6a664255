# Name resolution: local, enclosing, global, builtin (LEGB), including parameters shadowing builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_local():
        x = "local"
        return x
    return inner(), inner_local(), x
print(outer(), x)
def param_shadows(list, max=3):
    return [v for v in list if v < max]
print(param_shadows([1, 5, 2, 4]), list("ab"), max(1, 2))
def deep():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4()
        return l3()
    return l2()
print(deep())
def late():
    def get():
        return value
    value = "bound later"
    return get()
print(late())
y = 1
def reads_then_global():
    global y
    y += 1
    return y
print(reads_then_global(), reads_then_global(), y)

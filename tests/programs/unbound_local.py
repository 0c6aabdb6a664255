# UnboundLocalError: assigning to a name makes it local for the whole function.
total = 10

def add(n):
    print("adding", n)
    total = total + n
    return total

print(add(5))

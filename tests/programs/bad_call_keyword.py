# TypeError for an unexpected keyword argument.
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"

print(greet("Ann"))
print(greet("Bob", greeting="Hi"))
print(greet("Cy", salutation="Yo"))

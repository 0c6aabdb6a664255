# TypeError for a call with a missing argument: CPython's message.
def area(width, height):
    return width * height

print(area(3, 4))
print(area(5))

# AttributeError for a missing method on a builtin type.
stack = [1, 2]
stack.append(3)
print(stack)
stack.push(4)

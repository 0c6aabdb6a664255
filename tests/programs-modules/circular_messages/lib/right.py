import left
print(left.VALUE)

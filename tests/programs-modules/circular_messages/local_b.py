import local_a
print(local_a.VALUE)

match = 1
match match

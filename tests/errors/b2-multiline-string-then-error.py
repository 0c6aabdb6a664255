x = '''a
b''' c

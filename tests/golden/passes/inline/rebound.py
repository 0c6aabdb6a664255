# ARGS: --passes inline
# pair is rebound later: no call of it is inlined.
def pair(a, b):
    return (a, b)
print(pair(1, 2))
pair = print

# IndexError in an expression that spans lines inside a function call.
grid = [[1, 2], [3, 4]]
def total(g):
    return sum([
        g[0][0],
        g[1][1],
        g[2][0],
    ])
print(total(grid))

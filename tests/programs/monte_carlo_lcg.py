# A linear congruential generator: uniform statistics, Monte Carlo pi, dice histogram.
state = 20260101

def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11

def uniform():
    return rand() / 2**53

inside = 0
N = 4000
for _ in range(N):
    x, y = uniform(), uniform()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / N)
vals = [uniform() for _ in range(2000)]
mean = sum(vals) / len(vals)
var = sum([(v - mean) ** 2 for v in vals]) / (len(vals) - 1)
print(mean, var, min(vals), max(vals))
hist = [0] * 11
for _ in range(3000):
    hist[rand() % 6 + rand() % 6] += 1
for total, count in enumerate(hist, 2):
    print(f"{total:2d} {count:4d} {'#' * (count // 20)}")
print(state, hex(state), rand() % 1000)

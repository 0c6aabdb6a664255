# A bank-queue simulation with deterministic arrivals and service times.
arrivals = []
seed = 42
t = 0
for i in range(40):
    seed = (seed * 1103515245 + 12345) % 2**31
    t += seed % 5
    seed = (seed * 1103515245 + 12345) % 2**31
    arrivals.append((t, 1 + seed % 6))
tellers = [0, 0]
waits = []
log = []
for i, (arrive, service) in enumerate(arrivals):
    k = min(range(len(tellers)), key=lambda j: tellers[j])
    start = max(arrive, tellers[k])
    tellers[k] = start + service
    waits.append(start - arrive)
    log.append((i, arrive, k, start, tellers[k]))
for entry in log[:15]:
    print("cust %2d arrives %3d teller %d starts %3d ends %3d" % entry)
print(sum(waits), max(waits), sum(waits) / len(waits), sorted(waits)[len(waits) // 2], tellers)
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
print(sorted(hist.items()))

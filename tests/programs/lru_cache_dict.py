# An LRU cache built on dict insertion order (pop and re-insert to refresh).
capacity = 4
cache = {}
hits = misses = 0

def get(key):
    global hits, misses
    if key in cache:
        hits += 1
        value = cache.pop(key)
        cache[key] = value
        return value
    misses += 1
    value = key * key
    cache[key] = value
    if len(cache) > capacity:
        oldest = next(iter(cache))
        del cache[oldest]
        print("  evict", oldest)
    return value

for k in [1, 2, 3, 1, 4, 5, 2, 1, 6, 7, 1, 3, 3, 8]:
    v = get(k)
    print(k, v, list(cache))
print(hits, misses, cache)

# Deep recursion past the default limit raises RecursionError: traceback tail and exit 1.
import sys
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(1000)

def forever(n):
    return forever(n + 1) + 1

print("about to overflow", flush=True)
forever(0)
print("never printed")

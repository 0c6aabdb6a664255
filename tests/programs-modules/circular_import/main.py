# Circular imports: a module sees the other one partially initialised; names bound before
# the cycle are there, later ones not yet; the cycle completes once both bodies ran.
import ping
print("main sees", ping.NAME, ping.pong.NAME, ping.pong.ping is ping)
print(ping.call(3))
import sys
print("ping" in sys.modules, "pong" in sys.modules)
try:
    import broken_a
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(sys.path[0], "<dir>"))
print("broken_a" in sys.modules, "broken_b" in sys.modules)

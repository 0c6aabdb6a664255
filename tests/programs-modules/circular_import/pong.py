print("pong starts")
import ping
print("pong sees ping.NAME =", ping.NAME, "has call:", hasattr(ping, "call"))
NAME = "pong"


def call(n):
    return "pong" if n == 0 else ping.call(n - 1)

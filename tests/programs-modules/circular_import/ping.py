print("ping starts")
NAME = "ping"
import pong
print("ping resumes; pong.NAME =", pong.NAME)


def call(n):
    return "ping" if n == 0 else pong.call(n - 1)

# Random differential test of csv against CPython: seeded random rows with special characters
# written under random dialect parameters and read back, and random raw text parsed under
# random parameters (results or exact errors); random is CPython's Mersenne Twister under pyx.
import csv
import io
import random

random.seed(31337)
CHARS = "ab ,;|\t\"'\\\n\r1."


def dialect():
    params = {"delimiter": random.choice(",;|\t"), "quotechar": random.choice("\"'"),
              "doublequote": random.random() < 0.7, "quoting": random.randrange(6),
              "lineterminator": random.choice(("\r\n", "\n")), "skipinitialspace": random.random() < 0.3,
              "strict": random.random() < 0.3}
    if random.random() < 0.4:
        params["escapechar"] = "\\"
    return params


def field():
    kind = random.random()
    if kind < 0.1:
        return None
    if kind < 0.2:
        return random.choice((0, 7, -3, 2.5, 1e20, True))
    return "".join(random.choice(CHARS) for _ in range(random.randint(0, 6)))


for trial in range(250):
    params = dialect()
    rows = [[field() for _ in range(random.randint(0, 4))] for _ in range(random.randint(1, 3))]
    out = io.StringIO()
    try:
        csv.writer(out, **params).writerows(rows)
        text = out.getvalue()
    except (csv.Error, TypeError, ValueError) as e:
        print(trial, "write", type(e).__name__, e)
        continue
    try:
        back = list(csv.reader(text.splitlines(keepends=True), **params))
    except (csv.Error, ValueError) as e:
        back = "%s: %s" % (type(e).__name__, e)
    print(trial, repr(text), back)

for trial in range(250):
    params = dialect()
    text = "".join(random.choice(CHARS) for _ in range(random.randint(0, 20)))
    try:
        print(trial, repr(text), list(csv.reader(text.splitlines(keepends=random.random() < 0.5), **params)))
    except (csv.Error, ValueError) as e:
        print(trial, repr(text), type(e).__name__, e)

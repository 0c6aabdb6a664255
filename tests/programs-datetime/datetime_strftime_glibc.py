# Random differential test of datetime.strftime's glibc extensions against CPython on Linux:
# flags (- _ 0 ^ #), field widths and the E/O modifiers, accepted or copied as glibc does.
import random
from datetime import datetime
random.seed(7)
CONVS = "CdeHIjklmMSyYGgUVWuwaAbBhpPZcxXDFTRr%"
for i in range(400):
    d = datetime(random.choice((5, 99, 999, 1000, 2020, 9999)), random.randint(1, 12), random.randint(1, 28), random.randrange(24), random.randrange(60), random.randrange(60))
    fmt = " ".join("%" + random.choice(["", "-", "_", "0", "^", "#"]) + random.choice(["", "", "1", "3", "6", "12"]) + random.choice(["", "", "", "E", "O"]) + random.choice(CONVS) for _ in range(3))
    print(repr(fmt), repr(d.strftime(fmt)))

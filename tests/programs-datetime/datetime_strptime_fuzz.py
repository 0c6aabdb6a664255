# Random differential test of datetime.strptime against CPython: random formats of the common
# directives, texts made by strftime and then mutated, and fully random texts (results or the
# exact ValueError).
import random
from datetime import datetime, timezone, timedelta

random.seed(2024)
DIRECTIVES = ["%Y", "%m", "%d", "%H", "%M", "%S", "%f", "%y", "%b", "%B", "%a", "%A", "%p", "%I", "%j",
              "%z", "%Z", "%%", "%U", "%W", "%w", "%u", "%G", "%V", "%c", "%x", "%X"]
SEPARATORS = ["", " ", "-", "/", ":", ".", "T", ", ", "  "]
CHARS = "0123456789 -:/.+ZTAMPmonJanFebDecUTC%"

COMPOSITES = {"%c": ["%a", "%b", "%d", "%H", "%M", "%S", "%Y"], "%x": ["%m", "%d", "%y"], "%X": ["%H", "%M", "%S"]}


def random_format():
    """A format naming each field once (CPython's regex refuses a repeated group name)."""
    used, parts = set(), []
    for directive in random.sample(DIRECTIVES, random.randint(1, 6)):
        fields = set(COMPOSITES.get(directive, [directive])) - {"%%"}
        if fields & used:
            continue
        used |= fields
        parts.append(directive + random.choice(SEPARATORS))
    if "%d" in used and not used & {"%Y", "%y"}:
        parts.append("%Y")  # a day without a year makes CPython print a DeprecationWarning
    return "".join(parts)


for trial in range(500):
    fmt = random_format()
    moment = datetime(random.randint(1000, 9999), random.randint(1, 12), random.randint(1, 28), random.randrange(24),
                      random.randrange(60), random.randrange(60), random.choice((0, random.randrange(10**6))),
                      tzinfo=random.choice((None, timezone.utc, timezone(timedelta(minutes=random.randint(-900, 900))))))
    text = moment.strftime(fmt)
    roll = random.random()
    if roll < 0.3:
        at = random.randrange(len(text) + 1)
        text = text[:at] + random.choice(CHARS) + text[at + random.randint(0, 1):]
    elif roll < 0.4:
        text = "".join(random.choice(CHARS) for _ in range(random.randint(0, 12)))
    try:
        result = repr(datetime.strptime(text, fmt))
    except ValueError as e:
        result = "ValueError(%s)" % e
    print(repr(fmt), repr(text), result)

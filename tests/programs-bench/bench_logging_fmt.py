"""Logging a simulated job, with string formatting of all kinds (own version)."""
import io
import logging
import string
import sys
import textwrap
import time
from string import Template


def setup():
    stream = io.StringIO()
    logger = logging.getLogger("bench.jobs")
    logger.setLevel(logging.DEBUG)
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
    logger.addHandler(h)
    out = logging.StreamHandler(sys.stdout)
    out.setLevel(logging.WARNING)
    out.setFormatter(logging.Formatter("[{levelname}] {message}", style="{"))
    logger.addHandler(out)
    return logger, stream


def run_jobs(logger, n):
    done = 0
    for i in range(n):
        t0 = time.perf_counter()
        if i % 7 == 3:
            logger.warning("job %d slow (%s)", i, "disk")
        elif i % 11 == 5:
            try:
                1 / 0
            except ZeroDivisionError:
                logger.error("job %d failed: %s", i, "division")
        else:
            logger.debug("job %d ok", i)
            done += 1
        _ = time.perf_counter() - t0
    logger.info("done %d/%d", done, n)
    return done


def formatting():
    x, pi, big, neg = 42, 3.14159265358979, 12345678.9, -7.25
    print("%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%#o" % (x, x, x, x, 255, 255, 8, 255, 8))
    print("%.3f|%10.2f|%-10.1e|%g|%G|%%|%c|%r|%s" % (pi, big, big, 1e-5, 1e20, 65, "q", None))
    print("%(a)s-%(b)03d" % {"a": "k", "b": 7}, "%s" % (1, ), "%s %s" % ("a", [1]))
    print("{0}{1}{0}".format("ab", "-"), "{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
    print("{:08.3f}|{:+.2e}|{:,}|{:_}|{:.1%}|{:b}|{:#o}".format(pi, big, 10**7, 10**6, 0.256, 10, 8))
    print(f"{x=}, {pi!r:>20}, {'s'!s:*^5}, {big:,.2f}, {neg:.0f}, {2.5:.0f}, {3.5:.0f}")
    print(f"{x:{'>'}{10}}|{x:#06x}|{-x:=8}|{x:c}|{1234.5:g}|{0.0001234:g}|{1e16:g}")
    width = 12
    for name, val in [("alpha", 1.5), ("beta", -22.125), ("gamma", 333)]:
        print(f"{name:<{width}}{val:>10.2f}")
    print(format(1 / 3, ".17g"), repr(1 / 3), str(0.1 + 0.2), 1e22, 1e-7, 123456789012345678.0)
    print(Template("$who likes ${what}!").substitute(who="tim", what="kung pao"))
    print(Template("$a $b").safe_substitute(a=1))
    print(string.ascii_lowercase[:5], string.digits, string.capwords("hello big world"))
    print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
    print(textwrap.indent("a\nb", "> "), textwrap.dedent("   x\n   y"))
    print("tab\tsep".expandtabs(8), "Title Case".swapcase(), "a,b,,c".split(","), " x ".strip())
    print("-".join(["a", "b"]), "abc".center(9, "*"), "42".zfill(6), "3".rjust(3, "0"))
    print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
    print("%-6s|%6s|" % ("ab", "cd"), "{!r:>6}".format("q"), f"{'nested {braces}'}")


def main():
    logger, stream = setup()
    done = run_jobs(logger, 30)
    lines = stream.getvalue().splitlines()
    print(done, len(lines))
    print("\n".join(lines[:6]))
    logging.getLogger("bench").propagate = False
    child = logging.getLogger("bench.jobs.child")
    child.warning("from child %s", child.name)
    print(child.getEffectiveLevel(), logger.isEnabledFor(logging.DEBUG), logging.getLevelName(30))
    formatting()


if __name__ == "__main__":
    main()

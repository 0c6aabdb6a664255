# str.format: positional, keyword, indexing, attributes of ints, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0), "{2} {1} {0}".format("a", "b", "c"), "{0} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0[0]}-{0[2]}".format("xyz"), "{d[key]}".format(d={"key": "val"}))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:+}|{:,}|{:_b}".format("a", "b", "c", 3.14159, 5, 10**9, 255))
print("{!r} {!s} {!a}".format("q", "q", "ñ"), "{0!r:>6}".format(7), "{:{}}".format("pad", 6) + "|", "{:{fill}^{w}}".format("mid", fill="*", w=9))
print("{0.real} {0.imag}".format(3 + 4j), "{0.numerator}/{0.denominator}".format(6), "{.bit_length}".format(5)[:20] != "")
print("{{}} {{{}}}".format(1), "{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:e}".format(0), "{:g}".format(1e-4), "{:n}".format(1234))
table = [("Name", "Qty", "Price"), ("widget", 3, 2.5), ("gadget", 10, 0.99), ("doohickey", 1, 100.0)]
print("{:<10}{:>5}{:>10}".format(*table[0]))
for name, qty, price in table[1:]:
    print("{:<10}{:>5d}{:>10.2f}".format(name, qty, price))
print("{0:-^25}".format(" end "), "{:c}{:c}".format(80, 121), "{:#x} {:#o} {:#b}".format(255, 255, 255))
print("{:10.4}|{:.3}|{:10}|".format("abcdefgh", 3.14159, 42), "{:=+10d}".format(-42), "{:0=10d}".format(-42))

# f-strings: expressions, conversions, format specs, nesting, =, and quotes.
name = "World"
n = 42
x = 3.14159
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"Hello, {name}!", f"{n}", f"{n!r}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#b}|{n:,}|{n * 1000:_}")
print(f"{x:.2f} {x:10.4f} {x:e} {x:.0f} {x:g} {x:%} {x:+.1f} {-x:.1f}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items) / len(items):.3f} {d['k']} {d['n'] + 1}")
print(f"{n = }", f"{x=:.2f}", f"{name=!r}", f"{1 + 2 = }", f"{items[1:]=}")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|", f"{name:>{width}}|", f"{name:{'*'}^{width}}|")
print(f"{'nested ' + f'{n:03d}'}", f"{'a' if n > 10 else 'b'}", f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }")
print(f"{{literal}} {{{n}}}", f"{n}%", f"{'quote'}", f'{"dq"}', f"""{"triple"}""", f"{'multi'}{'ple'}")
print(f"{3 + 4j}", f"{1e20}", f"{-0.0}", f"{None}", f"{True:d}", f"{2**100}", f"{0.1 + 0.2}")
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for fruit, price, qty in rows:
    print(f"{fruit:<10}{price:>8.2f}{qty:>5}{price * qty:>10.2f}")
print(f"{'total':<10}{'':>8}{sum([q for _, _, q in rows]):>5}{sum([p * q for _, p, q in rows]):>10.2f}")
print(f"{name!r:>10}", f"{name!r:^12}", f"{'x'!r:*<6}", f"{n:{'>'}{8}}")
print(f"{'\n'.join(['a', 'b'])}", f"{'😀':>3}", f"{"nested" + 'quotes'}", f"{f'{f"{n}"}'}")

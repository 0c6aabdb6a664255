# A grid of values through f/e/g/%/repr formatting with several precisions.
values = [0.0, 1.0, -1.5, 0.1, 1 / 3, 2 / 3, 123.456, 1e-7, 9.999999, 1e21, 12345678.9, 5e-324, 2.5, 3.5, -0.0]
for v in values:
    print(f"{v!r:>24} | {v:.0f} {v:.3f} | {v:.2e} | {v:.3g} {v:g} | {v:.1%} | {v:>12.4} | {v:+,.2f}")

# Fractions in a recipe scaler and a probability calculation.
from fractions import Fraction
from collections import Counter
from itertools import product

recipe = {'flour (cups)': Fraction(9, 4), 'sugar (cups)': Fraction(2, 3), 'eggs': Fraction(3), 'butter (cups)': Fraction('0.5')}


def scale(ingredients, factor):
    return {name: qty * factor for name, qty in ingredients.items()}


def pretty(q):
    whole, rest = divmod(q, 1)
    if not rest:
        return str(whole)
    return f'{whole} {rest}' if whole else str(rest)


for factor in (Fraction(1, 2), Fraction(3, 2), 3):
    scaled = scale(recipe, factor)
    print(f'x{factor}:', ', '.join(f'{name} {pretty(q)}' for name, q in scaled.items()))
dice = Counter(a + b for a, b in product(range(1, 7), repeat=2))
prob = {total: Fraction(n, 36) for total, n in sorted(dice.items())}
print(prob[7], prob[2], sum(prob.values()), max(prob, key=prob.get))
expected = sum(total * p for total, p in prob.items())
variance = sum((total - expected) ** 2 * p for total, p in prob.items())
print(expected, variance, float(variance))
print(sum(p for t, p in prob.items() if t >= 10), 1 - prob[7] - prob[11])

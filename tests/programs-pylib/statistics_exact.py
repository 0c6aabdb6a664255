# Exactness: statistics keeps ints and Fractions exact and rounds floats once.
import statistics as st
from fractions import Fraction

print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)]), st.variance([Fraction(1, 2), Fraction(3, 4), 1]))
print(st.mean([1, 2]), type(st.mean([1, 3])).__name__, st.mean([True, False, True]))
print(st.mean([0.1] * 10), sum([0.1] * 10) / 10, st.fmean([0.1] * 10))
print(st.mean([1e20, 1.0, -1e20]), st.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]))
print(st.pstdev([10**20 + i for i in range(5)]), st.stdev([Fraction(1, 3), Fraction(1, 2)]))
print(st.median([1, 3, 2, 4]), st.median([Fraction(1, 2), Fraction(1, 3)]), st.mean([1, 2.5, Fraction(1, 2)]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
mu = st.mean(data)
print(mu, st.pvariance(data, mu), st.variance(data, st.mean(data)))
print(st.mean(x * x for x in range(10)), st.median(range(1, 100, 3)))

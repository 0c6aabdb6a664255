# Summary statistics of exam scores: averages, spread, quantiles, modes.
import statistics as st

scores = [88, 92, 79, 93, 85, 92, 70, 88, 95, 92, 61, 84]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.median_low(scores), st.median_high(scores))
print(st.mode(scores), st.multimode(scores), st.multimode('aabbbcccd'), st.mode(['x', 'y', 'y']))
print(st.variance(scores), st.pvariance(scores), st.stdev(scores), st.pstdev(scores))
print(st.quantiles(scores), st.quantiles(scores, n=10), st.quantiles(scores, method='inclusive'))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.variance([1, 2, 3, 4]), st.stdev([2.5, 3.25, 5.5, 11.25]))
print(st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.mode([]), lambda: st.median([]),
            lambda: st.stdev([]), lambda: st.quantiles([1, 2], n=0), lambda: st.fmean([]), lambda: st.mean(['a'])]:
    try:
        bad()
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))

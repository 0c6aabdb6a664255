# Two-variable statistics: covariance, correlation, regression, and NormalDist.
import statistics as st

hours = [1, 2, 3, 4, 5, 6, 7, 8, 9]
score = [52, 55, 61, 64, 70, 71, 78, 84, 85]
print(st.covariance(hours, score), st.correlation(hours, score), st.correlation(hours, score, method='ranked'))
slope, intercept = st.linear_regression(hours, score)
print(round(slope, 6), round(intercept, 6), st.linear_regression(hours, score, proportional=True))
print([round(slope * h + intercept, 1) for h in (10, 12)])
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print(e)
try:
    st.covariance([1, 2], [1])
except st.StatisticsError as e:
    print(e)
heights = st.NormalDist.from_samples([170.1, 165.2, 180.3, 175.4, 172.5, 168.6])
print(heights, round(heights.mean, 4), round(heights.stdev, 4))
iq = st.NormalDist(100, 15)
print(iq.cdf(130), iq.pdf(100), iq.zscore(85), iq * 2, iq + 10, iq - st.NormalDist(0, 5))
print(round(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)), 6), iq == st.NormalDist(100, 15))

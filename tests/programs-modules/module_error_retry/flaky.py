print("flaky body runs")


def check(limit):
    if limit < 10:
        raise ValueError(f"limit {limit} too small")


check(5)

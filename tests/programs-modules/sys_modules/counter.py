import sys

RUNS = getattr(sys, "counter_runs", 0) + 1
sys.counter_runs = RUNS
print("counter body runs, time", RUNS)

# RecursionError: the traceback folds repeated lines ("[Previous line repeated N more times]").
import sys
sys.setrecursionlimit(60)
def down(n):
    return down(n + 1) + 1
down(0)

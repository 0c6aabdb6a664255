# sys.exit with a string prints it to stderr and exits 1.
import sys
print("checking")
if len(sys.argv) < 5:
    sys.exit("usage: prog a b c d")
print("unreachable")

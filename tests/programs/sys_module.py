# The sys module: argv, maxsize, version_info, platform, float_info, recursion limit, streams.
# ARGS: alpha --beta 42
import sys
print(sys.argv[1:], len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 13), sys.version_info[0] == 3)
print(sys.platform, sys.byteorder)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit > 0, sys.get_int_max_str_digits(), sys.getrecursionlimit())
sys.setrecursionlimit(1500)
print(sys.getrecursionlimit())
sys.stdout.write("write returns " + str(sys.stdout.write("")) + "\n")
sys.stderr.write("err line\n")
print(sys.stdout is not sys.stderr, sys.maxsize + 1 > sys.maxsize, type(sys.argv).__name__)

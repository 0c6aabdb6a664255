# str() of an int with more than 4300 digits raises ValueError (CPython's limit).
import sys
big = 10**4299
print(len(str(big)), sys.get_int_max_str_digits())
big2 = 7**6000
print(big2 % 1000, big2.bit_length())
print(str(big2))

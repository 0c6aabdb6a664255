# math.log(0) is a ValueError (math domain error in 3.13 is 'expected a positive input').
import math
print(math.log(1), math.log(math.e ** 2), math.log(1024, 2))
print(math.log(0))

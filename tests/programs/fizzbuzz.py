# Classic FizzBuzz, three ways, to exercise modulo, string building and join.
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

for i in range(1, 101):
    print(fizzbuzz(i))

words = []
for i in range(1, 31):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    words.append(s or str(i))
print(", ".join(words))
print([("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i for i in range(1, 21)])

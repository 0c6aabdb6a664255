# Tutorial chapter 3: Python as a calculator -- numbers, strings, lists
print(2 + 2)
print(50 - 5*6)
print((50 - 5*6) / 4)
print(8 / 5)
print(17 / 3, 17 // 3, 17 % 3, 5 * 3 + 2)
print(5 ** 2, 2 ** 7, -3 ** 2, (-3) ** 2)
width = 20
height = 5 * 9
print(width * height)
print(4 * 3.75 - 1, 7 // 2.0, -7 // 2, -7 % 2, 7 % -2)
tax = 12.5 / 100
price = 100.50
print(price * tax)
print(round(price * tax, 2), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(3 + 5j, (1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2)
print(1e10, 1e16, 1e-5, 123456789.0 * 1000, 2 ** 0.5, 10 / 3)
print(int(3.99), int(-3.99), float("1.5e3"), int("42"), int("ff", 16), int("0b101", 0))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), 7 .bit_length())
print('spam eggs')
print('doesn\'t', "doesn't", '"Yes," they said.', "\"Yes,\" they said.", '"Isn\'t," they said.')
s = 'First line.\nSecond line.'
print(s)
print(repr(s))
print('C:\\some\\name'.replace('\n', '|'))
print(r'C:\some\name')
print("""\
Usage: thingy [OPTIONS]
     -h                        Display this usage message
     -H hostname               Hostname to connect to
""")
print(3 * 'un' + 'ium')
print('Py' 'thon')
text = ('Put several strings within parentheses '
        'to have them joined together.')
print(text)
prefix = 'Py'
print(prefix + 'thon')
word = 'Python'
print(word[0], word[5], word[-1], word[-2], word[-6])
print(word[0:2], word[2:5], word[:2], word[4:], word[-2:], word[:2] + word[2:], word[:4] + word[4:])
print(word[4:42], word[42:], repr(word[42:]))
try:
    word[42]
except IndexError as e:
    print("IndexError:", e)
try:
    word[0] = 'J'
except TypeError as e:
    print("TypeError:", e)
print('J' + word[1:], word[:2] + 'py')
print(len('supercalifragilisticexpialidocious'))
squares = [1, 4, 9, 16, 25]
print(squares, squares[0], squares[-1], squares[-3:], squares[:])
print(squares + [36, 49, 64, 81, 100])
cubes = [1, 8, 27, 65, 125]
print(4 ** 3)
cubes[3] = 64
cubes.append(216)
cubes.append(7 ** 3)
print(cubes)
rgb = ["Red", "Green", "Blue"]
rgba = rgb
print(id(rgb) == id(rgba))
rgba.append("Alph")
print(rgb)
correct_rgba = rgba[:]
correct_rgba[-1] = "Alpha"
print(correct_rgba, rgba)
letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
letters[2:5] = ['C', 'D', 'E']
print(letters)
letters[2:5] = []
print(letters)
letters[:] = []
print(letters, len(letters))
a = ['a', 'b', 'c']
n = [1, 2, 3]
x = [a, n]
print(x, x[0], x[0][1])
a, b = 0, 1
while a < 1000:
    print(a, end=',')
    a, b = b, a+b
print()
i = 256*256
print('The value of i is', i)
print(f"{12345678:,}", f"{0.25:.1%}", f"{3.14159:8.3f}|", f"{42:08b}", f"{255:#x}", f"{-17:+d}")
print(str(1/3), repr(1/3), 1/3 * 3, 2/3, 1e300 * 1e10, -1e300 * 1e10)
print(float('nan') == float('nan'), float('inf') > 10**100, 10**20, 2**64 - 1, -2**63)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (7).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(hex(255), oct(8), bin(10), chr(65), ord('a'), ascii('café'), 'café'.encode())

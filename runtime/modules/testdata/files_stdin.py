# sys.stdin beside input(): they share one stream. Run with files_stdin.input on stdin.
import sys
print(sys.stdin, sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.closed, sys.stdin.fileno())
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(2)))
for line in sys.stdin:
    print('line', repr(line))
    if line.startswith('stop'):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print('EOFError:', e)

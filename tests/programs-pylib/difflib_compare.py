# Comparing text versions with difflib: ndiff, unified_diff, ratios and close matches.
import difflib

old = ['def area(r):\n', '    return 3.14 * r * r\n', '\n', 'print(area(2))\n']
new = ['import math\n', 'def area(r):\n', '    return math.pi * r ** 2\n', '\n', 'print(area(2))\n', 'print(area(3))\n']
print(''.join(difflib.ndiff(old, new)), end='')
print(''.join(difflib.unified_diff(old, new, fromfile='v1.py', tofile='v2.py')), end='')
print(''.join(difflib.restore(difflib.ndiff(old, new), 2)) == ''.join(new))
sm = difflib.SequenceMatcher(None, 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(sm.ratio(), 3), sm.get_matching_blocks())
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f'{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]')
words = ['apple', 'apply', 'ape', 'maple', 'peach', 'application']
print(difflib.get_close_matches('appel', words), difflib.get_close_matches('pech', words, n=1, cutoff=0.5))
print(difflib.SequenceMatcher(lambda c: c == ' ', 'a b c d', 'a b x d').ratio())

# if/elif/else, while/for with else, break/continue, pass, assert; dead code after break.
total = 0
for i in range(10):
    if i == 3:
        continue
    elif i == 8:
        break
        print('never')
    else:
        pass
    total += i
else:
    print('not reached')
while total > 0:
    total -= 7
    if total < 3:
        break
else:
    total = -1
assert total != 0, 'zero'
assert total

# while/for with else, break, continue, pass, nested loops.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("i", i)
else:
    print("while completed")
j = 0
while j < 3:
    j += 1
else:
    print("while else ran", j)
for x in []:
    print("never")
else:
    print("empty for else")
for x in range(3):
    pass
print(x)
count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print(count)
n = 27
steps = 0
while n != 1:
    n = 3 * n + 1 if n % 2 else n // 2
    steps += 1
    if steps > 1000:
        break
print(steps)
if 0:
    print("no")
elif []:
    print("no")
elif "x":
    print("elif taken")
else:
    print("no")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])

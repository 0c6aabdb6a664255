while x > 0:
    x -= 1
else:
    done()
while True:
    break

# NameError suggesting a module-level name.
maximum_speed = 120
def check(speed):
    return speed > maximum_sped
print(check(100))

import pkg
print(pkg.child)

# AttributeError on None returned by a function (a common mistake), with a method-call caret.
def find(items, target):
    for item in items:
        if item == target:
            return item
names = ["ada", "grace"]
print(find(names, "ada").upper())
print(find(names, "linus").upper())

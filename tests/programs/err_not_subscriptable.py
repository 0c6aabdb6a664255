# TypeError: 'NoneType' object is not subscriptable (a function that forgot to return).
def first_word(s):
    s.split()

words = first_word("hello world")
print(words)
print(words[0])

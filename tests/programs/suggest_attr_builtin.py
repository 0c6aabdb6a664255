# AttributeError suggestions for builtin types: the closest public method name.
words = ["b", "a"]
words.sort()
print(words)
text = "hello"
print(text.upper())
print(text.startwith("h"))

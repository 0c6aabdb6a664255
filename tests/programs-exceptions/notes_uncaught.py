# add_note(): notes are printed after the exception's line, each line of a note on its own.
err = ValueError("with notes")
print(hasattr(err, "__notes__"))
err.add_note("first")
err.add_note("second\nthird")
print(err.__notes__)
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)
err.__notes__.append("appended directly")
raise err

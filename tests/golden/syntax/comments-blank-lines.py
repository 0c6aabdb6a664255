# leading comment

x = 1  # trailing comment


# between

def f():
    # inside
    pass
    # after the last statement

        # over-indented comment
y = 2

class A:
    # only a comment

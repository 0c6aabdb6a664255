def a():
    def b():
        def c():
            if x:
                for y in z:
                    return (y y)

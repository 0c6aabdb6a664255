class A:
    def f(self):
        for i in x:
            while y:
                if z:
                    try:
                        pass
                    except E:
                        with w:
                            return
        return 1

def g():
    def h():
        def k():
            return
        return k
    return h

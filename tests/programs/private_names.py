# Private name mangling: __names inside a class body are _Class__name, in attributes, class
# variables, methods, nested classes, comprehensions and parameters; outside they are not.
class Account:
    __count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def __audit(self):
        return f"audit {self.owner}"
    def deposit(self, amount):
        self.__balance += amount
        return self.__audit()
    @property
    def balance(self):
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 100)
        self.__balance = "separate"
    def both(self):
        return self.__balance, self.balance
a = Account("ann", 10)
print(a.deposit(5), a.balance, Account.count())
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, sorted(vars(a)), Account._Account__audit.__name__, Account._Account__audit.__qualname__)
s = Savings("bob")
print(s.both(), sorted(vars(s)), Account.count())
class _Under:
    def __init__(self): self.__x = 1
print(vars(_Under()))
class ___:
    def __init__(self): self.__x = 1
print(vars(___()))
class Outer:
    class __Inner:
        pass
    def make(self):
        return [self.__k for self.__k in range(2)], (lambda __z=3: __z)()
print(sorted(k for k in vars(Outer) if "Inner" in k), Outer._Outer__Inner.__name__, Outer().make())
def f(__y): return __y
print(f(4), getattr(a, "__dunder__", "no"), a.__class__.__name__)

# Inside a method, a bare name that is an attribute of self: "Did you mean: 'self.balance'?"
class Account:
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, amount):
        balance += amount
        return balance
    def report(self):
        return f"balance={balance}"
acct = Account(10)
print(acct.balance)
print(acct.report())

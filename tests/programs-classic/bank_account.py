# A bank with accounts, a custom exception hierarchy, properties and class attributes.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number}: cannot withdraw {amount:.2f}, balance is {account.balance:.2f}")
        self.shortfall = amount - account.balance


class AccountClosed(BankError):
    pass


class Account:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.open = True
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if not self.open:
            raise AccountClosed(f"account {self.number} is closed")
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self._balance:>10,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise BankError("savings accounts allow two withdrawals")
        return super().withdraw(amount)


accounts = [Account("alice", 100), SavingsAccount("bob", 2500.5), Account("carol")]
accounts[0].deposit(50).withdraw(30)
accounts[2].deposit(1_000_000)
for acc in accounts:
    print(acc)
print(accounts)

for action in [lambda: accounts[0].withdraw(500), lambda: accounts[1].withdraw(10),
               lambda: accounts[1].withdraw(10), lambda: accounts[1].withdraw(10),
               lambda: accounts[2].deposit(-5)]:
    try:
        action()
        print("ok")
    except InsufficientFunds as e:
        print("insufficient:", e, f"(short {e.shortfall:.2f})")
    except BankError as e:
        print("bank error:", e, type(e).__name__, isinstance(e, Exception))
    except ValueError as e:
        print("value error:", e)

accounts[2].open = False
try:
    accounts[2].deposit(1)
except BankError as e:
    print(repr(e), e.args)

print([acc.add_interest() for acc in accounts])
print(sum(acc.balance for acc in accounts))
print(Account.interest_rate, SavingsAccount.interest_rate, accounts[1].interest_rate)
print(SavingsAccount.__mro__)
print(issubclass(InsufficientFunds, BankError), issubclass(BankError, InsufficientFunds))
try:
    accounts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)

# Classic OOP assignment: bank accounts with inheritance, class attributes, exceptions and a transaction log
from datetime import date


class InsufficientFundsError(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"Account {account.number}: cannot withdraw ${amount:,.2f} (balance ${account.balance:,.2f})")


class Account:
    interest_rate = 0.0
    _count = 0

    def __init__(self, owner, balance=0.0):
        Account._count += 1
        self.number = f"{type(self).__name__[0]}{Account._count:04d}"
        self.owner = owner
        self._balance = balance
        self.log = [("open", balance)]

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.log[-1] = ("transfer out", amount)
        other.log[-1] = ("transfer in", amount)

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        if interest:
            self._balance += interest
            self.log.append(("interest", interest))
        return interest

    def statement(self):
        print(f"Statement for {self.owner} ({self.number}, {type(self).__name__})")
        running = 0.0
        for kind, amount in self.log:
            running += -amount if kind in ("withdraw", "transfer out", "fee") else amount
            print(f"  {kind:<13}{amount:>10,.2f}{running:>12,.2f}")
        print(f"  {'balance':<13}{'':>10}{self.balance:>12,.2f}")

    def __str__(self):
        return f"{self.owner}'s {type(self).__name__.lower()} #{self.number}: ${self.balance:,.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"


class SavingsAccount(Account):
    interest_rate = 0.025
    withdrawals_allowed = 2

    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_allowed:
            raise PermissionError(f"Only {self.withdrawals_allowed} withdrawals allowed per month")
        super().withdraw(amount)
        self.withdrawals += 1
        return self


class CheckingAccount(Account):
    fee = 1.5

    def withdraw(self, amount):
        super().withdraw(amount + self.fee)
        self.log[-1] = ("withdraw", amount)
        self.log.append(("fee", self.fee))
        return self


alice = CheckingAccount("Alice", 500)
bob = SavingsAccount("Bob", 1200.50)
carol = Account("Carol")
alice.deposit(250).withdraw(100)
bob.withdraw(200.25)
alice.transfer(carol, 300)
print(alice, bob, carol, sep="\n")
print(repr(alice), [repr(a) for a in (bob, carol)])
for account in (alice, bob, carol):
    print(f"{account.number}: interest {account.add_interest():.2f}")
errors = []
for action in (lambda: carol.withdraw(1000), lambda: alice.deposit(-5), lambda: bob.withdraw(1), lambda: bob.withdraw(1),
               lambda: setattr(alice, "balance", 0), lambda: carol.transfer(alice, 10_000)):
    try:
        action()
    except (InsufficientFundsError, ValueError, PermissionError, AttributeError) as e:
        errors.append(type(e).__name__)
        print(f"{type(e).__name__}: {e}")
print(errors, len(carol.log), isinstance(bob, Account), issubclass(CheckingAccount, SavingsAccount))
for account in (alice, bob, carol):
    account.statement()
accounts = sorted([alice, bob, carol], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts], f"total ${sum(a.balance for a in accounts):,.2f}", Account._count)
print(SavingsAccount.interest_rate, CheckingAccount.interest_rate, SavingsAccount.__mro__[1].__name__, vars(carol).keys())
print(f"Report generated {date(2024, 6, 30):%B %d, %Y}")

# raise of builtin exceptions with messages; the uncaught one ends the program.
def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise RuntimeError(f"insufficient funds: {balance} < {amount}")
    return balance - amount

b = 100
for amt in (10, 20, 30):
    b = withdraw(b, amt)
    print("balance", b)
withdraw(b, 500)

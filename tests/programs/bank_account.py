# A little bank simulation with dicts of accounts and a transaction log.
accounts = {}
log = []

def open_account(name, amount=0):
    accounts[name] = amount
    log.append(("open", name, amount))

def deposit(name, amount):
    accounts[name] += amount
    log.append(("deposit", name, amount))

def withdraw(name, amount):
    if accounts[name] < amount:
        log.append(("refused", name, amount))
        return False
    accounts[name] -= amount
    log.append(("withdraw", name, amount))
    return True

def transfer(src, dst, amount):
    if withdraw(src, amount):
        deposit(dst, amount)
        return True
    return False

open_account("alice", 100)
open_account("bob")
open_account("carol", 250)
deposit("bob", 75)
print(transfer("alice", "bob", 30), transfer("bob", "carol", 500), transfer("carol", "alice", 125))
withdraw("alice", 1)
for name in accounts:
    print(f"{name:<6}{accounts[name]:>8.2f}")
for i, entry in enumerate(log, start=1):
    print(i, *entry)
print(sum(accounts.values()), max(accounts, key=accounts.get), sorted(accounts.items(), key=lambda kv: kv[1]))
del accounts["bob"]
print(accounts, len(accounts), "bob" in accounts)

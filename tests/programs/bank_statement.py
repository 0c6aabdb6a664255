# Textbook exercise: a bank statement with format_map templates and running balances.
template = "{date} {kind:<8} {amount:>9.2f} {balance:>10.2f}"
transactions = [("2024-01-02", "deposit", 500.0), ("2024-01-05", "withdraw", 120.5), ("2024-01-09", "deposit", 75.25),
                ("2024-01-15", "fee", 2.5), ("2024-01-20", "withdraw", 300.0)]
balance = 0.0
rows = []
for date, kind, amount in transactions:
    balance += amount if kind == "deposit" else -amount
    rows.append({"date": date, "kind": kind, "amount": amount, "balance": balance})
for r in rows:
    print(template.format_map(r))
totals = {}
for r in rows:
    totals[r["kind"]] = totals.get(r["kind"], 0) + r["amount"]
print(sorted(totals.items()), round(balance, 2), min(rows, key=lambda r: r["balance"])["date"])

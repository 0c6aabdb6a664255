# Inventory management: nested dicts, restocking, orders that may fail, a final report.
stock = {"apple": {"qty": 50, "price": 0.5}, "pear": {"qty": 10, "price": 0.75}, "kiwi": {"qty": 0, "price": 1.2}}
orders = [("apple", 20), ("pear", 15), ("kiwi", 1), ("apple", 30), ("apple", 1), ("mango", 2), ("pear", 10)]
revenue = 0.0
failed = []
for item, qty in orders:
    entry = stock.get(item)
    if entry is None:
        failed.append((item, qty, "unknown"))
        continue
    if entry["qty"] < qty:
        failed.append((item, qty, f"only {entry['qty']}"))
        continue
    entry["qty"] -= qty
    revenue += qty * entry["price"]
    print(f"sold {qty:3d} {item:<6} -> {entry['qty']:3d} left")
print(f"revenue {revenue:.2f}", failed)
for item in stock:
    if stock[item]["qty"] < 5:
        stock[item]["qty"] += 25
        print("restocked", item)
stock["mango"] = {"qty": 5, "price": 2.0}
del stock["kiwi"]
total_value = 0
for item, e in sorted(stock.items()):
    value = e["qty"] * e["price"]
    total_value += value
    print(f"{item:<6}{e['qty']:>5}{e['price']:>7.2f}{value:>9.2f}")
print(f"{'total':<18}{total_value:>9.2f}")

# dict views as sets: &, |, -, ^ with sets, lists and other views; isdisjoint; reversed.
inventory = {"apple": 3, "banana": 0, "cherry": 7, "date": 2}
prices = {"banana": 0.25, "cherry": 3.0, "elderberry": 9.5}
print(sorted(inventory.keys() & prices.keys()), sorted(inventory.keys() - prices.keys()), sorted(inventory.keys() | prices.keys()))
print(sorted(inventory.keys() ^ prices.keys()), inventory.keys() & ["apple", "zzz"], {"date", "fig"} & inventory.keys())
print(inventory.items() & {("apple", 3), ("banana", 1)}, inventory.keys().isdisjoint(["x", "y"]), inventory.keys().isdisjoint(prices))
print(list(reversed(inventory.keys())), list(reversed(inventory.values())), list(reversed(inventory.items())))
print(inventory.keys() == {"apple", "banana", "cherry", "date"}, inventory.items() == {("apple", 3)}, len(inventory.keys() & set()))
ks = inventory.keys()
inventory["fig"] = 1
print("fig" in ks, len(ks), ks - {"fig"} == {"apple", "banana", "cherry", "date"})
numbers = {i: i * i for i in range(10)}
print(numbers.keys() - {0, 2, 4, 6, 8}, numbers.keys() & range(5, 15), numbers.items() - {(3, 9), (4, 17)} == {(k, v) for k, v in numbers.items() if k != 3})

# A data-processing assignment: write CSV, read it with csv.DictReader, aggregate, write JSON, print a report
import csv
import io
import json
import os
import tempfile
from collections import defaultdict, namedtuple
from statistics import mean

rows = [
    ("2024-01-03", "North", "Widget", 12, 2.50),
    ("2024-01-03", "South", "Gadget", 3, 10.00),
    ("2024-01-04", "North", "Gadget", 7, 10.00),
    ("2024-01-05", "East", "Widget", 20, 2.25),
    ("2024-01-05", "South", "Widget", 5, 2.50),
    ("2024-01-06", "East", "Gizmo, Deluxe", 1, 99.99),
    ("2024-01-07", "North", "Widget", 9, 2.50),
]

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "sales.csv")
    with open(src, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "region", "product", "units", "price"])
        writer.writerows(rows)
    with open(src, newline="") as f:
        print(f.read(), end="")
    with open(src, newline="") as f:
        reader = csv.DictReader(f)
        print(reader.fieldnames)
        records = [dict(r, units=int(r["units"]), price=float(r["price"])) for r in reader]
    Sale = namedtuple("Sale", "date region product units price")
    sales = [Sale(**r) for r in records]
    print(sales[0], sales[0]._asdict()["region"], sales[-1].product)
    by_region = defaultdict(float)
    by_product = defaultdict(lambda: [0, 0.0])
    for s in sales:
        by_region[s.region] += s.units * s.price
        by_product[s.product][0] += s.units
        by_product[s.product][1] += s.units * s.price
    print(f"{'Region':<8}{'Revenue':>10}")
    for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
        print(f"{region:<8}{revenue:>10.2f}")
    print(f"{'TOTAL':<8}{sum(by_region.values()):>10.2f}")
    summary = {p: {"units": u, "revenue": round(r, 2), "avg_price": round(r / u, 3)} for p, (u, r) in sorted(by_product.items())}
    out = os.path.join(tmp, "summary.json")
    with open(out, "w") as f:
        json.dump({"summary": summary, "regions": sorted(by_region), "days": len({s.date for s in sales})}, f, indent=2)
    with open(out) as f:
        text = f.read()
    print(text)
    loaded = json.loads(text)
    print(loaded["summary"]["Widget"], loaded["days"], type(loaded["regions"]).__name__)
    print(json.dumps(loaded["summary"], sort_keys=True, separators=(",", ":"))[:80])
    print(json.dumps([1.0, 1e20, 1.5e-7, float("inf"), None, True, "tab\there", "é", {"k": (1, 2)}]))
    print(json.dumps({"b": [], "a": {}}, indent=None), json.dumps("ünï", ensure_ascii=False), json.loads('[1, 2.0, "x", null, false]'))
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno)
    try:
        json.dumps({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"when": "2024"}, default=str), json.dumps({1: "int key", True: "bool key"}), json.dumps(12345678901234567890))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["product", "units", "revenue"], quoting=csv.QUOTE_NONNUMERIC)
    w.writeheader()
    for p, v in summary.items():
        w.writerow({"product": p, "units": v["units"], "revenue": v["revenue"]})
    print(buf.getvalue(), end="")
    parsed = list(csv.reader(io.StringIO('a,"b,c",d\n"line\nbreak",2,"say ""hi"""\n')))
    print(parsed)
    tsv = io.StringIO()
    csv.writer(tsv, delimiter="\t", lineterminator="\n").writerows([["x", "y z"], [1, None]])
    print(repr(tsv.getvalue()))
    print(f"mean units {mean(s.units for s in sales):.3f}, max sale {max(sales, key=lambda s: s.units * s.price).product!r}")

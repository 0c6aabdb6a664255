# Parsing CSV-like text by hand and producing a grouped report.
raw = """region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,1,2.75
south,widget,12,2.40
east,gizmo,5,100.00
north,widget,4,2.60"""
lines = raw.split("\n")
header = lines[0].split(",")
rows = [dict(zip(header, ln.split(","))) for ln in lines[1:]]
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
print(header, len(rows), rows[0])
by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r)
for region, rs in by_region.items():
    revenue = sum([r["units"] * r["price"] for r in rs])
    print(f"{region:<6} {len(rs):2d} rows {sum([r['units'] for r in rs]):4d} units {revenue:9.2f}")
products = {}
for r in rows:
    p = products.setdefault(r["product"], [0, 0.0])
    p[0] += r["units"]
    p[1] += r["units"] * r["price"]
for name in sorted(products, key=lambda k: -products[k][1]):
    units, rev = products[name]
    print(f"{name:>8}: {units:3d} @ avg {rev / units:8.3f} = {rev:,.2f}")
print(",".join(header))
for r in sorted(rows, key=lambda r: (r["region"], -r["units"])):
    print(",".join([str(r[h]) for h in header]))

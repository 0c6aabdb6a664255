a.b
a.b.c.d
a().b
a[0].b
(1).real
"s".join
1.0.real
1 .real
a.b = c.d

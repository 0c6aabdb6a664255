d = {**a, "k": 1, **b}
(a, b), [c, d] = pairs
[a, [b, [c]]] = nested
x, = single
{}
{**{}}

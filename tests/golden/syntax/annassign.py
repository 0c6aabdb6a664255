x: int
y: list[int] = []
(z): str = "s"
obj.attr: float = 1.0
d["k"]: bytes
count: "int" = 0

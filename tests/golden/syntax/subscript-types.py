x: dict[str, list[int]]
y: tuple[int, ...]
z: Callable[[int, str], None]
w: int | None = None
v: Annotated[int, "meta"]

f"{f"{x}"}"
f"{'single'} {"double"}"
f"{f'{f"{deep}"}'}"
f"{", ".join(items)}"
f"""{
    x  # a comment inside the replacement field
}"""
f"{x:{y}}"
f"{ {'a': 1}['a'] }"
f"{(lambda: 1)()}"
f"{x if y else z}"

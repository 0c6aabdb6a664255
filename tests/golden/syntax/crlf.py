x = 1
if x:
    y = "a"
    z = """multi
line"""

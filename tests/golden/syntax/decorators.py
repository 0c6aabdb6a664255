@simple
@dotted.name
@call(1, key=2)
@buttons[0].clicked.connect
@(lambda f: f)
@x if y else z
@a := b
def decorated():
    pass

@property
async def async_decorated():
    pass

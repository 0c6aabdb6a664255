# An uncaught KeyError inside nested calls: carets under the subscript in each frame.
config = {"host": "localhost", "ports": {"http": 80}}
def port_of(name):
    return config["ports"][name]
def describe(name):
    return f"{name}: {port_of(name)}"
print(describe("http"))
print(describe("https"))

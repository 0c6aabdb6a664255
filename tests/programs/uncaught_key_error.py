# KeyError from a missing dict key deep in a call chain.
config = {"host": "localhost", "port": 8080}

def lookup(key):
    return config[key]

def describe(keys):
    for k in keys:
        print(k, "=", lookup(k))

describe(["host", "port"])
describe(["host", "user"])

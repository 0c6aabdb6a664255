def run():
    return "alpha runs"

def run():
    return "beta runs"

# Re-raising a caught exception object keeps its traceback and adds the new raise point.
def fail():
    raise RuntimeError("deep")

def catch_and_raise():
    try:
        fail()
    except RuntimeError as e:
        err = e
    print("caught once")
    raise err

catch_and_raise()

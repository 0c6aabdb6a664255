def handle(group):
    try:
        raise group
    except* ValueError as e:
        print(e)
    except* (TypeError, KeyError):
        raise RuntimeError("new")
    else:
        print("nothing")
    finally:
        print("done")

try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as eg:
    handle(eg)
except* (TypeError, KeyError):
    pass
else:
    ok()
finally:
    done()

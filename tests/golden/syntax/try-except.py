try:
    risky()
except ValueError:
    pass
except (KeyError, IndexError) as e:
    handle(e)
except:
    raise
else:
    fine()
finally:
    cleanup()
try:
    pass
finally:
    pass

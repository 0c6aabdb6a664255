# a bare except before another clause: "default 'except:' must be last" at compile time, exit status 1
print("never printed")
try:
    pass
except:
    pass
except ValueError:
    pass

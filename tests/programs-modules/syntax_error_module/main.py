# A SyntaxError in an imported module: caught once (its message names file and line), then
# uncaught, printed as CPython prints it (the module's line and caret after the traceback).
try:
    import broken
except SyntaxError as e:
    print("caught:", type(e).__name__, e)
print("again:")
import broken

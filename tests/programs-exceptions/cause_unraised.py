# A cause that was never raised has no traceback: only its type and message are printed.
raise RuntimeError("outer") from ValueError("never raised")

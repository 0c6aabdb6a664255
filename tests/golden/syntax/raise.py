raise
raise ValueError
raise ValueError("bad")
raise KeyError("k") from None
raise RuntimeError() from exc

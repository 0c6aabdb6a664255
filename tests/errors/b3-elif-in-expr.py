x = 1 if a elif b else 2

x = 1 +  # more

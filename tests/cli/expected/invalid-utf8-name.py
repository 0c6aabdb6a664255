x = 1  # café in a latin-1 comment is fine
nameÿ = 2

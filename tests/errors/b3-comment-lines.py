# header

# more
x = (1,
     # inside
     2 3)

# An uncaught error raised in an imported module's function: the traceback names each
# frame's own file and shows its own source line.
import geometry

print("ratio of 4:", geometry.ratio(4))
print("ratio of 0:", geometry.ratio(0))

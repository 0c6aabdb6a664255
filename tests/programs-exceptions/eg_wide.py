# Groups print at most 15 sub-exceptions ("and N more exceptions"), and nesting is shown
# down to a depth of 10.
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)] + [deep])
raise wide

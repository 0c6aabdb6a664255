x = [1,

    # comment inside brackets
    2,
	3]
y = (
)

x = [await for x in y]

NAME = "saw"

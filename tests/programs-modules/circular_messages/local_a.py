import local_b
VALUE = 1

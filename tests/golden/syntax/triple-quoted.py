"""
multi
line
"""
'''single
quotes'''
b"""bytes
"""
x = """a
b""" + "c"

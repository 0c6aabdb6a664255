# -*- coding: latin-1 -*-
s = "café"
x = "été"; y = 1

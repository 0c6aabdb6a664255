# The keyword module: kwlist/softkwlist, iskeyword/issoftkeyword, from keyword import *.
import keyword
print(keyword.kwlist, len(keyword.kwlist), keyword.softkwlist)
print([w for w in ['if', 'match', 'print', 'None', 'none', '_', 'type', 'async'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'print', '_', 'type'] if keyword.issoftkeyword(w)])
try: keyword.iskeyword([])
except TypeError as e: print(e)
from keyword import *
print(iskeyword('while'), sorted(n for n in dir() if not n.startswith('__')))

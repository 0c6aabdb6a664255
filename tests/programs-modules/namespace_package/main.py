# A directory without __init__.py is a namespace package: importable, with __path__ and no
# __file__; its modules and subpackages import as usual.
import space.inner.leaf
import space.mod
print(space.mod.WHAT, space.inner.leaf.WHAT)
print(len(list(space.__path__)), list(space.__path__)[0].endswith("space"), space.__file__)
print(space.__name__, space.inner.__package__, space.inner.leaf.__package__)

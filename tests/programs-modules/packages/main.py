# Packages: __init__.py runs first, `import a.b.c` binds `a`, submodules become attributes
# of their parent, `import a.b as c` binds the submodule.
import shapes.solid.cube
print(shapes.NAME, shapes.solid.cube.volume(3))
import shapes.flat as flat
print(flat.area(2, 5), flat is shapes.flat)
from shapes.solid import cube
from shapes import solid
print(cube is shapes.solid.cube, solid.cube is cube)
print(shapes.__package__, shapes.solid.__package__, cube.__package__, flat.__name__)
print(shapes.__file__, cube.__file__)
print(shapes.__path__, shapes.solid.__path__)
print(hasattr(cube, "__path__"), hasattr(shapes, "__path__"))
import sys
print(sorted(name for name in sys.modules if name.startswith("shapes")))
print(shapes)

# __name__ is "__main__" only in the script; a module's `if __name__ == "__main__":` block
# does not run on import. The script is sys.modules["__main__"].
import sys
MARK = "set before tool"
import tool

print("main:", __name__, __package__, __spec__, __file__ == sys.argv[0] or __file__.endswith("main.py"))
print(tool.describe())
print(sys.modules["__main__"].__name__, sys.modules["__main__"] is sys.modules[__name__])
import __main__
print(__main__.MARK, __main__ is sys.modules["__main__"])
MARK = "changed"
print(__main__.MARK)


def main():
    print("main() runs")


if __name__ == "__main__":
    main()

# Console output techniques from CS1 notes: banners sized to the terminal, progress bars, redirecting stdout
import contextlib
import io
import shutil
import sys
import textwrap
import time
import os

for var in ("COLUMNS", "LINES"):  # the expected output assumes no terminal size in the environment
    os.environ.pop(var, None)
width = shutil.get_terminal_size((60, 20)).columns
print("=" * width)
print("Console Output Demo".center(width))
print("=" * width)
for pct in range(0, 101, 25):
    bar = "#" * (pct // 5)
    print(f"\r[{bar:<20}] {pct:3d}%", end="", flush=True)
    time.sleep(0.001)
print()
spinner = "|/-\\"
print("".join(f"\rworking {spinner[i % 4]}" for i in range(6)) + "\rdone      ")
sys.stdout.write("written with sys.stdout.write\n")
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
saved = sys.stdout
sys.stdout = io.StringIO()
print("this line is captured")
print("and so is this", 42)
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print("captured:", captured.splitlines())
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("inside redirect")
    help_text = "no help here"
print("redirected:", repr(buffer.getvalue()), sys.stdout is saved)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("error text", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))
paragraph = ("The console is a text interface: programs print lines, and careful formatting makes tables, "
             "menus and reports readable without any graphics library at all.")
for line in textwrap.wrap(paragraph, width=width // 2):
    print("| " + line.ljust(width // 2) + " |")
menu = {"1": "New game", "2": "Load game", "3": "Settings", "q": "Quit"}
print("+" + "-" * 22 + "+")
for key, label in menu.items():
    print(f"| [{key}] {label:<17}|")
print("+" + "-" * 22 + "+")
rows = [("Widget", 3, 4.5), ("Gadget", 12, 0.75), ("Thingamajig", 1, 120.0)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}")
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5}{price:>10.2f}{qty * price:>10.2f}")
print(f"{'':<12}{'':>5}{'Sum':>10}{sum(q * p for _, q, p in rows):>10.2f}")
print("a", "b", "c", sep=" -> ", end=" !\n")
print(*range(5), sep=", ")
print("no newline", end="")
print(" ...continued")
print("tab\tseparated\tvalues", "unicode: é ü 漢字 ✓", sep="\n")
print(repr("\x1b[1mbold\x1b[0m"), len("\x1b[1mbold\x1b[0m"))
sys.stdout.flush()
print(sys.stdout.isatty(), sys.stdout.encoding.lower().replace("-", ""), sys.getdefaultencoding(), sys.maxunicode)

# fileinput over files the program writes itself (and over an empty stdin): numbering, per-file state, grep-like search
import fileinput
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    names = []
    for name, text in (("a.txt", "alpha\nbeta\n"), ("b.txt", "gamma\n\ndelta\nepsilon"), ("c.txt", "")):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(text)
        names.append(path)
    for line in fileinput.input(names):
        tag = "first" if fileinput.isfirstline() else "     "
        print(f"{tag} {os.path.basename(fileinput.filename())}:{fileinput.filelineno()} (#{fileinput.lineno()}) {line.rstrip()!r}")
    fileinput.close()
    with fileinput.input(files=names, encoding="utf-8") as f:
        hits = [(os.path.basename(f.filename()), f.filelineno(), line.strip()) for line in f if "a" in line]
    print(hits)
    with fileinput.FileInput(names[1], mode="rb") as f:
        print([line for line in f])
    with fileinput.input(names) as f:
        for line in f:
            if f.filelineno() == 1 and not f.isstdin():
                print("skipping rest of", os.path.basename(f.filename()))
                f.nextfile()
    try:
        fileinput.lineno()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sys.argv[1:] = names[:1]
    print([line.upper() for line in fileinput.input()], fileinput.filename() is None or os.path.basename(fileinput.filename()))
    fileinput.close()
    sys.argv[1:] = []
    print(list(fileinput.input()), "lines from an empty stdin")
    fileinput.close()
    try:
        list(fileinput.input(os.path.join(tmp, "missing.txt")))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)

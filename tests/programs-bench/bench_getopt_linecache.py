import getopt, linecache, sys
args = "-a -b val -cfoo --long --with=1 --opt x file1 file2".split()
print(getopt.getopt(args, "ab:c:", ["long", "with=", "opt="]))
print(getopt.gnu_getopt(["file0", "-a", "file1", "--wi", "2"], "a", ["with="]))
for bad in (["-z"], ["--nope"], ["-b"], ["--long=1"], ["--w"], ["--o"]):
    try:
        getopt.getopt(bad, "ab:", ["long", "with=", "wide"])
    except getopt.GetoptError as e:
        print("GetoptError:", e, repr(e.opt), e.msg)
print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 10**6)), len(linecache.getlines(__file__)) > 5)
print(repr(linecache.getline("/nonexistent/file.py", 1)))

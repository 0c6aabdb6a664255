import shlex
for s in ['ls -l "my file.txt" \'x y\' a\\ b', 'echo "a \\"q\\" \\$HOME \\n" end', "a'b'c \"d\"e f# not comment", 'x # comment\ny', '', '   spaced   out  ', "it''s \"\"", 'a"b c"d']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.quote(""), shlex.quote("safe-name_1.txt"), shlex.quote("it's a file"), shlex.quote("$HOME"), shlex.quote("é"))
print(shlex.join(["cp", "a b", "c'd", "-x"]))
print(shlex.split(shlex.join(["cp", "a b", "c'd", "-x"])))

# exit() and quit() (the site module's Quitters) raise SystemExit with their code.
# (pyx's are builtin functions, not Quitter instances: their repr and __name__ differ.)
for label, f in (('exit', exit), ('quit', quit)):
    for args in [(), (3,), ('message',), (None,)]:
        try:
            f(*args)
        except SystemExit as e:
            print(label, args, repr(e.code), e.args)
print(callable(exit), callable(quit))
print('leaving')
exit(7)
print('not reached')

# glob (patterns, ** with recursive=True, root_dir, hidden files) and fnmatch, under /tmp.
import os, glob, fnmatch
d = f'/tmp/pyx_glob_{os.getpid()}'
for sub in ['a', 'a/b', 'c', '.hidden']:
    os.makedirs(os.path.join(d, sub))
for f in ['x.txt', 'y.py', 'a/z.txt', 'a/b/w.txt', 'c/v.py', '.dot.txt', '.hidden/h.txt']:
    open(os.path.join(d, f), 'w').close()
rel = lambda xs: sorted(x.replace(d, 'D') for x in xs)
print(rel(glob.glob(d + '/*.txt')))
print(rel(glob.glob(d + '/*')))
print(rel(glob.glob(d + '/**/*.txt', recursive=True)))
print(rel(glob.glob(d + '/**', recursive=True)))
print(rel(glob.glob(d + '/*/*.py')))
print(rel(glob.glob(d + '/.*')))
print(rel(glob.glob(d + '/[xy].*')), rel(glob.glob(d + '/nothing*')), rel(glob.glob(d + '/x.txt')))
print(sorted(glob.glob('*.txt', root_dir=d)), sorted(glob.glob('**/*.py', root_dir=d, recursive=True)))
print(sorted(glob.glob('*', root_dir=d, include_hidden=True)))
old = os.getcwd(); os.chdir(d)
print(sorted(glob.glob('*.py')), sorted(glob.glob('a/**', recursive=True)))
os.chdir(old)
print(glob.escape('a*b?[c]'), glob.has_magic('x*'), glob.has_magic('x'))
print(fnmatch.fnmatch('file.TXT', '*.txt'), fnmatch.fnmatch('file.txt', '*.t?t'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
print(fnmatch.fnmatchcase('abc', '[!x]bc'), fnmatch.fnmatch('[a]', '[[]a]'), fnmatch.translate('*.txt'), fnmatch.translate('a?[!b]c'))
for root, dirs, files in os.walk(d, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for x in dirs: os.rmdir(os.path.join(root, x))
os.rmdir(d)

# shutil: copy/copyfile/copy2/copytree (ignore_patterns)/move/rmtree/which, inside a TemporaryDirectory.
import os, shutil, tempfile
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'inner'))
    with open(os.path.join(src, 'a.txt'), 'w') as f:
        f.write('alpha\n')
    with open(os.path.join(src, 'inner', 'b.log'), 'w') as f:
        f.write('beta\n')
    os.chmod(os.path.join(src, 'a.txt'), 0o640)
    print(os.path.basename(shutil.copy(os.path.join(src, 'a.txt'), d)))
    print(oct(os.stat(os.path.join(d, 'a.txt')).st_mode & 0o777))
    shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(d, 'c.txt'))
    print(open(os.path.join(d, 'c.txt')).read(), end='')
    try:
        shutil.copyfile(os.path.join(d, 'c.txt'), os.path.join(d, 'c.txt'))
    except shutil.SameFileError as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
    shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(d, 'e.txt'))
    print(int(os.stat(os.path.join(d, 'e.txt')).st_mtime) == int(os.stat(os.path.join(src, 'a.txt')).st_mtime))
    shutil.copytree(src, os.path.join(d, 'copy'), ignore=shutil.ignore_patterns('*.log'))
    print(sorted(os.listdir(os.path.join(d, 'copy'))), os.listdir(os.path.join(d, 'copy', 'inner')))
    shutil.move(os.path.join(d, 'copy'), os.path.join(d, 'moved'))
    print(os.path.exists(os.path.join(d, 'copy')), sorted(os.listdir(os.path.join(d, 'moved'))))
    shutil.rmtree(os.path.join(d, 'moved'))
    print(os.path.exists(os.path.join(d, 'moved')))
    try:
        shutil.rmtree(os.path.join(d, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', str(e).replace(d, 'D'))
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    print(sorted(os.listdir(d)))
print(shutil.which('sh') is not None, shutil.which('pyx-no-such-command'))

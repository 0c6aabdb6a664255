# pathlib: pure path operations, then the file system under a temporary directory.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath('/usr/lib/python3.13/pathlib.tar.gz')
print(p, repr(p), type(p).__name__)
print(p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, repr(p.drive))
print(p.parts, [str(x) for x in p.parents])
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_stem('other'), p.with_suffix(''))
print(PurePosixPath('a//b/./c/'), PurePosixPath(''), PurePosixPath('//x/y'), PurePosixPath('a', '/b', 'c'))
q = Path('docs') / 'guide' / 'intro.md'
print(q, repr(q), type(q).__name__, isinstance(q, PurePath), isinstance(q, PosixPath))
print('root' / Path('x'), Path('a').joinpath('b', 'c'), q.is_absolute(), Path('/a').is_absolute())
print(Path('/a/b/c').relative_to('/a'), Path('a/b') == Path('a//b/'), Path('a') < Path('b'), sorted([Path('b'), Path('a/c'), Path('a')]))
print(Path('/a/b').is_relative_to('/a'), Path('/a/b').is_relative_to('/c'), Path('/a/b/c').relative_to('/a/x', walk_up=True))
print(Path('.bashrc').suffix, Path('archive.').suffix, Path('.').name, Path('/').parent, Path('x').parent)
print(os.fspath(Path('f/g')), str(Path('f') / 'g'), hash(Path('a/b')) == hash(Path('a/b')))
for bad in [lambda: Path('/a/b').relative_to('/c'), lambda: Path('x').with_suffix('txt'), lambda: Path('/').with_name('a')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_absolute())
    f = base / 'notes.txt'
    print(f.exists(), f.write_text('line one\nline two\n'), f.exists(), f.is_file())
    print(repr(f.read_text()), f.stat().st_size)
    print(f.read_text().splitlines())
    (base / 'data.bin').write_bytes(b'\x00\x01')
    print((base / 'data.bin').read_bytes())
    (base / 'sub' / 'deeper').mkdir(parents=True)
    (base / 'sub').mkdir(exist_ok=True)
    try:
        (base / 'sub').mkdir()
    except FileExistsError:
        print('FileExistsError')
    (base / 'sub' / 'a.py').write_text('print(1)\n')
    (base / 'sub' / 'deeper' / 'b.py').touch()
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob('*.txt')))
    print(sorted(str(x.relative_to(base)) for x in base.rglob('*.py')))
    print(sorted(str(x.relative_to(base)) for x in base.glob('sub/*')))
    with (base / 'notes.txt').open('a') as fh:
        fh.write('line three\n')
    print(len((base / 'notes.txt').read_text().splitlines()))
    g = f.rename(base / 'renamed.txt')
    print(g.name, f.exists(), g.exists())
    g.unlink()
    g.unlink(missing_ok=True)
    try:
        g.unlink()
    except FileNotFoundError:
        print('FileNotFoundError')
    print((base / 'sub' / '..' / 'data.bin').resolve() == (base / 'data.bin').resolve())
    try:
        f.write_text(b'bytes')
    except TypeError as e:
        print('TypeError:', e)
print(Path(tmp).exists())
print(Path.cwd() == Path(os.getcwd()), Path('rel').absolute() == Path.cwd() / 'rel')
# open() of a Path names the file by its str
named = Path(f'/tmp/pyx_pathlib_basic_{os.getpid()}.txt')
with open(named, 'w') as fh:
    print(fh.name == str(named), type(fh.name).__name__)
named.unlink()

# Tutorial chapter 10: brief tour of the standard library
import os, sys, glob, re, math, random, statistics, tempfile, shutil
from datetime import date
print(os.name, os.sep, os.path.join('a', 'b', 'c.txt'), os.path.splitext('report.final.txt'), os.path.dirname('/x/y/z.py'))
print(type(os.getcwd()).__name__, 'PATH' in os.environ or True, callable(os.listdir))
with tempfile.TemporaryDirectory() as tmp:
    for name in ['primes.py', 'random.py', 'quote.py', 'notes.txt', 'data.db']:
        with open(os.path.join(tmp, name), 'w') as f:
            f.write('# ' + name + '\n')
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(tmp, '*.py'))))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(tmp, '[dn]*'))))
    os.mkdir(os.path.join(tmp, 'archive'))
    shutil.copyfile(os.path.join(tmp, 'data.db'), os.path.join(tmp, 'archive', 'data.db'))
    shutil.move(os.path.join(tmp, 'notes.txt'), os.path.join(tmp, 'archive', 'notes.txt'))
    print(sorted(os.listdir(tmp)), sorted(os.listdir(os.path.join(tmp, 'archive'))))
    for root, dirs, files in os.walk(tmp):
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
print(sys.argv[0].endswith('tut_stdlib_tour.py'), len(sys.argv))
sys.stderr.write('Warning, log file not found starting a new one\n')
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.sub(r'(\b[a-z]+) \1', r'\1', 'cat in the the hat'))
print('tea for too'.replace('too', 'two'))
print(math.cos(math.pi / 4), math.log(1024, 2), math.sqrt(2), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.gcd(48, 18), math.lcm(4, 6), math.inf, -math.inf, math.e)
print(math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isqrt(99), math.copysign(3, -0.0), math.fmod(-7, 3), math.exp(1), math.log10(1000), math.atan2(1, 1))
random.seed(2024)
print(random.choice(['apple', 'pear', 'banana']))
print(random.sample(range(100), 10))
print(random.random())
print(random.randrange(6), random.randint(1, 6), random.uniform(0, 1))
deck = [r + s for r in 'A23456789TJQK' for s in 'SHDC']
random.shuffle(deck)
print(deck[:5])
print(random.choices(['red', 'black', 'green'], [18, 18, 2], k=6))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.variance(data))
print(statistics.stdev(data), statistics.pstdev(data), statistics.mode([1, 2, 2, 3]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.multimode('aabbbbccddddeeffffgg'), statistics.fmean([1, 2, 3, 4.5]), statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
now = date(2003, 12, 2)
print(now)
print(now.strftime("%m-%d-%y. %d %b %Y is a %A on the %d day of %B."))
birthday = date(1964, 7, 31)
age = now - birthday
print(age.days, age, repr(age))
print(date(2024, 2, 28).toordinal(), date.fromisoformat('2024-03-01').weekday(), date(2024, 1, 1).isocalendar())
from timeit import Timer
print(type(Timer('t=a; a=b; b=t', 'a=1; b=2').timeit(number=1000)).__name__)

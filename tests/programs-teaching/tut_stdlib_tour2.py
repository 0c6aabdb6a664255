# Tutorial chapter 11: brief tour of the standard library, part II
import reprlib, pprint, textwrap, struct, threading, logging, weakref, sys, gc
from string import Template
from array import array
from collections import deque
import bisect, heapq
from decimal import Decimal, getcontext

print(reprlib.repr(set('supercalifragilisticexpialidocious')))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta', 'yellow'], 'blue']]]
pprint.pprint(t, width=30)
pprint.pprint({'name': 'pyx', 'versions': list(range(12)), 'nested': {'a': [1, 2, {'b': 'c' * 30}], 'z': None}}, width=40)
print(pprint.pformat(list(range(30)), compact=True, width=50))
doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))
print(textwrap.indent(textwrap.fill(doc, 30), "> "))
print(textwrap.wrap("short", 10), textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
    """), end="")
t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))
t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(d))
photofiles = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']


class BatchRename(Template):
    delimiter = '%'


fmt = 'Ashley_%n%f'
t = BatchRename(fmt)
for i, filename in enumerate(photofiles):
    base, ext = filename.rsplit('.', 1)
    newname = t.substitute(d='Jun', n=i, f=ext)
    print('{0} --> {1}'.format(filename, newname))
print(Template('$a $b').get_identifiers(), Template('$a').is_valid())
header = struct.pack('<IIIHH', 0x04034b50, 0x14, 0x0800, 8, 0x21)
print(header.hex(), len(header), struct.calcsize('<IIIHH'))
start = 0
for i in range(2):
    fields = struct.unpack('<IIIHH', header)
    crc32, comp_size, uncomp_size, filenamesize, extra_size = fields
    print(hex(crc32), comp_size, uncomp_size, filenamesize, extra_size)
print(struct.pack('>hif?3s', -2, 70000, 1.5, True, b'abc'), struct.unpack('>d', struct.pack('>d', 0.1)), struct.calcsize('@ihq'))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.Struct('<2h').unpack_from(b'\x00\x01\x00\x02\x00', 1))
try:
    struct.pack('<h', 70000)
except struct.error as e:
    print("struct.error:", e)


class AsyncZip(threading.Thread):
    def __init__(self, infile, results):
        threading.Thread.__init__(self)
        self.infile = infile
        self.results = results

    def run(self):
        self.results.append(f'Finished background zip of: {self.infile}')


results = []
background = AsyncZip('mydata.txt', results)
background.start()
print('The main program continues to run in foreground.')
background.join()
print(results[0], background.is_alive())
counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(100,), name=f"w{i}") for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(counter, [th.name for th in threads], threading.current_thread().name)
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(name)s:%(message)s')
logging.debug('Debugging information')
logging.info('Informational message')
logging.warning('Warning:config file %s not found', 'server.conf')
logging.error('Error occurred')
logging.critical('Critical error -- shutting down')
log = logging.getLogger('app.db')
log.setLevel(logging.DEBUG)
log.debug('connecting to %s:%d', 'localhost', 5432)
log.info('connected')


class A:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return str(self.value)


a = A(10)
d = weakref.WeakValueDictionary()
d['primary'] = a
print(d['primary'], len(d), 'primary' in d)
b = A(5)
r = weakref.ref(b)
print(r() is b, r())
a = array('H', [4000, 10, 700, 22222])
print(sum(a), a[1:3], a.itemsize, a.typecode, a.tolist())
a.append(5); a.extend([6, 7]); a.reverse()
print(a, array('d', [1.0, 2.5]), array('b', b'\x01\xff'))
try:
    array('B', [256])
except OverflowError as e:
    print("OverflowError:", e)
d = deque(["task1", "task2", "task3"])
d.append("task4")
print("Handling", d.popleft())
d.rotate(1); print(d); d.appendleft("task0"); print(d, d.maxlen, len(d))
d2 = deque(range(10), maxlen=3); print(d2)
unsearched = deque(["start"])
print(list(reversed(d)), d.count("task4"), d.index("task4"))
scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapq.heapify(data)
heapq.heappush(data, -5)
print([heapq.heappop(data) for i in range(3)], heapq.nsmallest(2, [5, 1, 3]), list(heapq.merge([1, 4], [2, 3])))
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 5))
print(round(Decimal('0.70') * Decimal('1.05'), 2), round(.70 * 1.05, 2))
print(Decimal('1.00') % Decimal('.10'), 1.00 % 0.10)
print(sum([Decimal('0.1')] * 10) == Decimal('1.0'), 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 == 1.0)
getcontext().prec = 36
print(Decimal(1) / Decimal(7))
getcontext().prec = 28

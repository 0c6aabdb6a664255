# time: gmtime/struct_time, strftime directives, asctime/ctime, mktime round trip.
import time

for secs in (0, 1e9, 86400 * 365, 951782400, 1709208000.75, 4102444800, -86400):
    g = time.gmtime(secs)
    print(g)
    print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g.tm_zone, g.tm_gmtoff, g[0], g[-1], g[2:5], len(g))
    print(time.strftime("%Y-%m-%d %H:%M:%S|%a %A %b %B|%j %p %I %y %w %U %W|%c|%x %X|%e %C %D %F %R %T %u %V %G %g|%%", g))
    print(time.asctime(g))

g = time.gmtime(1e9)
print(tuple(g), list(g))
print(g == (2001, 9, 9, 1, 46, 40, 6, 252, 0), g != tuple(g), g < (2002,), 2001 in g)
y, m, d, *rest = g
print(y, m, d, rest)
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%d/%m", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, -1))
print(s, s.tm_year, s.tm_zone)
lt = time.localtime(1e9)
print(time.mktime(lt) == 1e9, time.mktime(time.localtime(0)) == 0.0)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), len(time.tzname))
for bad in [("x",), ((1, 2),), ((2024, 13, 1, 0, 0, 0, 0, 1, 0),), ((2024, 1, 1, 25, 0, 0, 0, 1, 0),)]:
    try:
        print(time.strftime("%Y", *bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.gmtime("x")
except TypeError as e:
    print(e)

g0 = time.gmtime(0)
print(hash(g0) == hash(tuple(g0)), {g0: 1}[time.gmtime(0)], len({g0, tuple(g0)}))

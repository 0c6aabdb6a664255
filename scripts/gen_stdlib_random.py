"""random cases for gen-stdlib-expected.py: seeded call sequences and error messages."""
import random

SEEDS = [0, 1, 2, 42, 12345, -7, 2**32 - 1, 2**32, 2**64 + 3, 10**40 + 17, -(2**100),
         'hello', '', 'ünïcode ☃', b'bytes', b'', 3.5, -0.25, 1e300, True]


def script():
    """The operations applied in order to one seeded generator: (name, args, kwargs)."""
    ops = []
    ops += [('random', (), {})] * 5
    for k in (0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 257):
        ops.append(('getrandbits', (k,), {}))
    for args in ((10,), (1,), (3, 1000), (-50, 50, 7), (100, 0, -3), (2**31,), (2**32 - 1,), (2**32,),
                 (2**40,), (2**70 + 5,), (-(2**65), 2**65, 3), (0, 1)):
        ops.append(('randrange', args, {}))
    ops += [('randint', (1, 6), {})] * 6
    ops.append(('randint', (-(10**30), 10**30), {}))
    ops += [('choice', (list(range(10)),), {})] * 3
    ops.append(('shuffle', (list(range(20)),), {}))
    ops.append(('shuffle', (list(range(2)),), {}))
    for n, k in ((100, 10), (30, 5), (1000, 3), (5, 5), (22, 0), (21, 1), (22, 1), (85, 10), (86, 10), (10**6, 20)):
        ops.append(('sample', (list(range(n)) if n < 10**5 else range(n), k), {}))
    ops.append(('sample', (list('abcd'), 5), {'counts': [1, 2, 3, 4]}))
    ops.append(('choices', (list(range(5)),), {'k': 10}))
    ops.append(('choices', (list(range(4)), [1, 0, 5, 2.5]), {'k': 8}))
    ops.append(('choices', (list(range(4)),), {'cum_weights': [1, 2, 10, 11], 'k': 8}))
    ops.append(('uniform', (-3.0, 7.5), {}))
    ops.append(('triangular', (), {}))
    ops.append(('triangular', (0.0, 10.0, 2.0), {}))
    ops.append(('triangular', (1.0, 1.0, 1.0), {}))
    ops += [('gauss', (), {})] * 3
    ops.append(('gauss', (5.0, 2.0), {}))
    ops += [('normalvariate', (), {})] * 2
    ops.append(('lognormvariate', (0.0, 1.0), {}))
    ops.append(('expovariate', (), {}))
    ops.append(('expovariate', (0.5,), {}))
    ops.append(('vonmisesvariate', (1.0, 4.0), {}))
    for a in (0.5, 1.0, 2.0, 20.0):
        ops.append(('gammavariate', (a, 1.5), {}))
    ops.append(('betavariate', (2.0, 3.0), {}))
    ops.append(('paretovariate', (3.0,), {}))
    ops.append(('weibullvariate', (1.0, 2.0), {}))
    ops.append(('randbytes', (7,), {}))
    for n, p in ((1, 0.3), (10, 0.5), (20, 0.2), (100, 0.05), (100, 0.5), (1000, 0.3), (5, 0.9), (10**6, 0.4), (0, 0.5), (7, 0.0), (7, 1.0)):
        ops.append(('binomialvariate', (n, p), {}))
    # errors (they draw nothing, so the stream stays aligned)
    ops += [('randrange', (0,), {}), ('randrange', (5, 5), {}), ('randrange', (0, 10, 0), {}),
            ('randrange', (10, 0, 2), {}), ('choice', ([],), {}), ('sample', (list(range(3)), 5), {}),
            ('sample', (list(range(3)), -1), {}), ('gammavariate', (0.0, 1.0), {}),
            ('getrandbits', (-1,), {}), ('randrange', (1, 5, 1), {}), ('randrange', (5, 1, 1), {}),
            ('binomialvariate', (-1, 0.5), {}), ('binomialvariate', (5, 1.5), {})]
    ops.append(('random', (), {}))
    return ops


def generate(enc, err):
    cases = []
    for seed in SEEDS:
        r = random.Random(seed)
        results = []
        for name, args, kwargs in script():
            try:
                if name == 'shuffle':
                    x = list(args[0])
                    r.shuffle(x)
                    out = x
                else:
                    out = getattr(r, name)(*args, **kwargs)
            except Exception as e:
                out = err(e)
                results.append(out)
                continue
            results.append(enc(out))
        state = r.getstate()
        cases.append({'seed': enc(seed), 'results': results,
                      'state': {'words': [enc(w) for w in state[1][:8]], 'index': state[1][624],
                                'gauss_next': enc(state[2])}})
    # Long transcendental streams: how often V8's Math.log/cos/sin/exp differ from glibc's.
    streams = []
    for seed in (1, 2, 3):
        r = random.Random(seed)
        streams.append({'seed': seed, 'gauss': [repr(r.gauss()) for _ in range(2000)],
                        'expo': [repr(r.expovariate(2.0)) for _ in range(2000)],
                        'gamma': [repr(r.gammavariate(3.0, 1.0)) for _ in range(1000)],
                        'binomial': [r.binomialvariate(n, p) for n, p in [(50, 0.4), (1000, 0.3), (30, 0.1)] * 300],
                        'vonmises': [repr(r.vonmisesvariate(1.0, 4.0)) for _ in range(1000)]})
    v1 = []
    for s in ('abc', b'xyz', ''):
        r = random.Random()
        r.seed(s, version=1)
        v1.append({'seed': enc(s), 'random': [repr(r.random()) for _ in range(3)]})
    def arg(a):
        return {'range': a.stop} if isinstance(a, range) else enc(a)
    return {'ops': [[n, [arg(a) for a in args],
                     {k: enc(v) for k, v in kw.items()}] for n, args, kw in script()],
            'cases': cases, 'streams': streams, 'version1': v1}

# configparser: INI parsing with DEFAULT and interpolation, getters with fallbacks, the mapping protocol, write(), errors while reading and getting, RawConfigParser, allow_no_value, ExtendedInterpolation, inline comments, read_dict.
import configparser, io
text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/%(user)s

[bitbucket.org]
User = hg
path = %(home)s/repo

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   fourth line
; comment
empty =
colon: value with = sign
"""
cfg = configparser.ConfigParser(defaults={'user': 'ann'})
cfg.read_string(text)
print(cfg.sections(), cfg.defaults(), list(cfg), len(cfg), 'bitbucket.org' in cfg, 'nope' in cfg)
print(cfg['bitbucket.org']['user'], cfg['bitbucket.org']['path'], cfg.get('bitbucket.org', 'Compression'), cfg['topsecret.server.com'].getint('port'), cfg.getboolean('topsecret.server.com', 'ForwardX11'), cfg.getfloat('DEFAULT', 'compressionlevel'))
print(repr(cfg['topsecret.server.com']['multi']), repr(cfg['topsecret.server.com']['empty']), cfg['topsecret.server.com']['colon'])
print(cfg.options('bitbucket.org'), list(cfg['bitbucket.org']), cfg.items('bitbucket.org'), cfg.items('bitbucket.org', raw=True)[-1])
print(cfg.get('bitbucket.org', 'missing', fallback='fb'), cfg['bitbucket.org'].get('missing'), cfg['bitbucket.org'].get('missing', 'x'), cfg.getint('bitbucket.org', 'nothing', fallback=7), cfg.has_option('bitbucket.org', 'USER'), cfg.has_section('DEFAULT'))
print(cfg.get('bitbucket.org', 'path', raw=True), cfg.get('bitbucket.org', 'path', vars={'home': '/override'}), repr(cfg['bitbucket.org']), cfg['bitbucket.org'].name)
cfg['new'] = {'a': '1', 'B': 'two'}
cfg.set('new', 'c', '3%%')
cfg['new']['d'] = 'dee'
del cfg['new']['a']
print(dict(cfg['new']), cfg.get('new', 'c'), cfg.remove_option('new', 'zzz'), cfg.remove_section('nope'))
buf = io.StringIO(); cfg.write(buf); print(buf.getvalue())
buf = io.StringIO(); cfg.write(buf, space_around_delimiters=False); print(buf.getvalue()[:60])
for bad in [lambda: cfg.get('nope', 'x'), lambda: cfg.get('bitbucket.org', 'nope'), lambda: cfg['nope'], lambda: cfg['new']['zz'], lambda: cfg.add_section('new'), lambda: cfg.add_section('DEFAULT'),
            lambda: cfg.set('new', 'x', 5), lambda: cfg.set('new', 'x', '100%'), lambda: cfg.getint('bitbucket.org', 'user'), lambda: cfg.getboolean('bitbucket.org', 'user'), lambda: cfg.set('nosuch', 'a', 'b')]:
    try:
        bad()
    except (configparser.Error, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for src in ['[a]\nx=1\nx=2\n', '[a]\n[a]\n', 'no header\n', '[a]\nbad line\n', '[s]\nv = %(missing)s\n', '[s]\nv = %x\n', '[s]\nv = %(v)s\n']:
    c = configparser.ConfigParser()
    try:
        c.read_string(src)
        print(c.get('s', 'v'))
    except configparser.Error as e:
        print(type(e).__name__ + ':', e)
raw = configparser.RawConfigParser()
raw.read_string('[r]\nv = 100%%(x)s\n')
print(raw.get('r', 'v'), raw['r']['v'])
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string('[mysqld]\nskip-bdb\nport = 3306\n')
print(nv.get('mysqld', 'skip-bdb'), nv.items('mysqld'))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[paths]\nbase = /usr\nbin = ${base}/bin\n[other]\nlib = ${paths:base}/lib\ncost = $$5\n')
print(ext['paths']['bin'], ext['other']['lib'], ext['other']['cost'])
inl = configparser.ConfigParser(inline_comment_prefixes=('#',))
inl.read_string('[s]\nkey = value # comment\nurl = http://x#frag\n')
print(inl['s']['key'], inl['s']['url'])
c2 = configparser.ConfigParser()
c2.read_dict({'sec': {'n': 1, 'f': 2.5, 'b': True}})
print(c2.items('sec'), c2.getboolean('sec', 'b'), sorted(c2.BOOLEAN_STATES))
c3 = configparser.ConfigParser(); print(c3.read(['/nonexistent.ini']), c3.sections())

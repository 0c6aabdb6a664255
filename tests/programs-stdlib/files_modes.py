# The .mode and repr open() gives for each way of writing a mode, and encodings as given.
import os
p=f'/tmp/pyx_files_modes_{os.getpid()}.txt'
open(p,'w').close()
for m in ['rt','wt','w','+r','r+','w+','a+','x+','br','r+b','wb+','ab+','xb','tr']:
    if 'x' in m and os.path.exists(p): os.remove(p)
    f=open(p,m); print(repr(m), f.mode, repr(f).replace(p, 'P')); f.close()
f=open(p,'w')
try: next(iter(f))
except OSError as e: print('OSError', e)
f.close()
f=open(0); print(f.name, repr(f), f.mode)
print(open(p,'w',encoding='utf8').encoding, open(p,'w',encoding='UTF-8').encoding)
os.remove(p)

import gc
print(gc.get_threshold(), gc.isenabled(), gc.get_debug())
try: gc.collect(3)
except Exception as e: print(type(e).__name__, e)
gc.disable(); print(gc.isenabled()); gc.enable()
x = [[i] for i in range(1000)]
del x
print(gc.collect(), gc.collect(0), gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
gc.set_threshold(100); print(gc.get_threshold())
gc.set_threshold(7, 8, 9); print(gc.get_threshold())
try: gc.set_threshold()
except Exception as e: print(type(e).__name__, e)
print(gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.DEBUG_SAVEALL, gc.garbage, gc.callbacks)

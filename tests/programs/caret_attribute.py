# Carets under an attribute access and a division inside an f-string argument.
class Config:
    debug = True
cfg = Config()
print(cfg.debug)
print("level:", cfg.level.upper())

café = 1
变量 = café + 1
π = 3.14
def naïve(résumé): return résumé
class Ωmega: pass
x = café.ñ
ℌ = 1

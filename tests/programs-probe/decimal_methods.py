# decimal: the rarer methods (number_class, logb, compare_total, max_mag/min_mag, remainder_near, scaleb, fma, to_integral_exact) and engineering strings.
from decimal import Decimal as D, Context, InvalidOperation, localcontext
from decimal import Decimal as D, Context, InvalidOperation, localcontext
vals = [D('1.5'), D('-2.50'), D('0'), D('-0'), D('12.0'), D('12'), D('Infinity'), D('-Infinity'), D('NaN'), D('1E-999999'), D('123.456')]
for a in vals:
    print(a, a.number_class(), a.is_normal(), a.is_subnormal(), a.logb() if not a.is_zero() else 'zero', a.canonical(), a.to_integral_exact())
for a in vals[:8]:
    print([str(a.compare_total(b)) for b in vals], [str(a.max_mag(b)) for b in vals[:6]], [str(a.min_mag(b)) for b in vals[:6]])
for a, b in [(7, 4), (-7, 4), (10, 4), (6, 4), (5, 2), (-5, 2), ('7.5', '2'), ('1.23', '0.5'), ('3', '-2')]:
    print(a, b, D(a).remainder_near(D(b)), D(a).scaleb(2), D(a).scaleb(-3), D(a).same_quantum(D(b)), D(a).fma(D(b), 1), D(a).compare_signal(D(b)), D(a).compare_total_mag(D(b)))
print(D('12.0').compare_total(D('12')), D('-12.0').compare_total(D('-12')), D('NaN').compare_total(D('Infinity')), D('-NaN').compare_total(D('-1')), D('sNaN').compare_total(D('NaN')))
print(D('1.23456').to_integral_exact(), D('2.5').to_integral_exact(), D('-3.7').to_integral_exact(rounding='ROUND_DOWN'))
try:
    D(1).scaleb(D('1.5'))
except InvalidOperation as e:
    print('InvalidOperation', type(e).__name__)
try:
    D(1).remainder_near(0)
except InvalidOperation as e:
    print('InvalidOperation')
try:
    D('NaN').compare_signal(1)
except InvalidOperation:
    print('InvalidOperation signal')
with localcontext() as c:
    c.prec = 3
    print(D('123.456').fma(2, D('0.001')), D('1.5').max_mag(D('-1.5')), D('1.5').min_mag(D('-1.5')), D('99999').logb(), D(1).radix())
for s in ['1.23E+5', '0E+4', '0E+5', '0E-7', '1E+1', '12E+2', '1.5E-10', '-123456E+10', '0.000001', '1E-8', '0E+1', '0E+2', '7E+0', '123E-9']:
    print(s, D(s).to_eng_string(), str(D(s)))

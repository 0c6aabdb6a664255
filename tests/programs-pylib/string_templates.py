# Mail merge with string.Template, and string constants for a password checker.
import string
from string import Template

letter = Template('Dear $name,\nyour order #${order_id} of $$${amount} ships on $day.\n')
customers = [dict(name='Ann', order_id=17, amount='9.99', day='Monday'),
             dict(name='Bob', order_id=18, amount='120.00', day='Friday')]
for c in customers:
    print(letter.substitute(c), end='')
print(letter.safe_substitute(name='Cid'), end='')
print(letter.get_identifiers(), letter.is_valid())
try:
    letter.substitute(name='Dee')
except KeyError as e:
    print('KeyError:', e)
try:
    Template('cost: $ 5').substitute()
except ValueError as e:
    print('ValueError:', e)


class Percent(Template):
    delimiter = '%'


print(Percent('%who owes %{amount}%%').substitute(who='Eve', amount=3))


def strength(password):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum(any(ch in cls for ch in password) for cls in classes)


for pw in ['abc', 'Abc123', 'Abc123!?', '']:
    print(repr(pw), strength(pw))
print(string.capwords('the  quick brown\tfox'), string.capwords('a-b-c', '-'))
print(len(string.printable), repr(string.whitespace), string.hexdigits, string.octdigits)

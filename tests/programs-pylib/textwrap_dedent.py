# dedent/indent for code snippets and shorten for summaries.
import textwrap


def snippet():
    return '''\
        def greet(name):
            if name:
                print("hi", name)

            return None
        '''


code = textwrap.dedent(snippet())
print(code, end='')
print(textwrap.indent(code, '>>> '), end='')
print(textwrap.indent(code, '# ', lambda line: True), end='')
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   \n  x\n    y\n')))
for width in (10, 20, 40, 80):
    print(repr(textwrap.shorten('The quick brown fox jumps over the lazy dog', width)))
print(textwrap.shorten('Hello   world,  again', 15, placeholder='...'))
try:
    textwrap.shorten('abc', 3)
except ValueError as e:
    print('ValueError:', e)
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print('ValueError:', e)

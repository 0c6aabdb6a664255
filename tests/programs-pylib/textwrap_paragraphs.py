# Reflowing paragraphs with textwrap at several widths, with indents and hyphenated words.
import textwrap

TEXT = ("Python's standard library is very extensive, offering a wide range of facilities "
        "as indicated by the long table of contents listed below. The library contains "
        "built-in modules (written in C) that provide access to system functionality such "
        "as file I/O that would otherwise be inaccessible to Python programmers, as well as "
        "modules written in Python that provide standardized solutions for many problems "
        "that occur in everyday programming -- well-known, state-of-the-art stuff.")

for width in (30, 45, 72):
    print(f'--- width {width}')
    print(textwrap.fill(TEXT, width))
print('--- indented')
print(textwrap.fill(TEXT, 50, initial_indent='  * ', subsequent_indent='    '))
print('--- no hyphen breaks, no long-word breaks')
print(textwrap.wrap('A supercalifragilisticexpialidocious well-behaved-hyphenated thing', 12,
                    break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap('A supercalifragilisticexpialidocious well-behaved-hyphenated thing', 12))
print(textwrap.wrap('Sentence one.  Sentence two. Three!', 15, fix_sentence_endings=True))
print(textwrap.wrap('tabs\there\tand  spaces', 10), textwrap.wrap('tabs\there', 10, expand_tabs=False))
print(textwrap.wrap('   leading and trailing   ', 8, drop_whitespace=False))
wrapper = textwrap.TextWrapper(width=40, max_lines=3, placeholder=' [more]')
print('\n'.join(wrapper.wrap(TEXT)))

import html
from html.entities import name2codepoint, codepoint2name, html5
print(html.escape('<a href="x">&\'</a>'), html.escape('<>&"\'', quote=False))
for s in ['&amp;&lt;&gt;&quot;&#39;&#x27;', '&copy;&copy &notin; &notit; &#0; &#x110000; &#128; &#xD800; &#65;&#x41;&#X41', '&unknown; &amp &ampx &#; &#x; &AMP;', '&sup2;&sup23 &frac12;', 'no refs', '&#13;&#11;&#x1F600;&NotNestedLessLess;']:
    print(repr(html.unescape(s)))
print(name2codepoint['eacute'], codepoint2name[233], len(html5), html5['amp;'])
rows = [("Tom & Jerry", 3), ("<script>", 1)]
print("\n".join(f"<tr><td>{html.escape(n)}</td><td>{c}</td></tr>" for n, c in rows))

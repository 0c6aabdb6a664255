# xml.etree.ElementTree: parsing (PY4E-style find/findall/get), ElementPath predicates, building and serializing trees, indent/dump, namespaces, CDATA and references, parse/write through files, ParseError positions.
import xml.etree.ElementTree as ET
import tempfile, os
data = '''<?xml version="1.0"?>
<!-- a comment -->
<stuff>
  <users>
    <user x="2">
      <id>001</id>
      <name>Chuck &amp; Co</name>
    </user>
    <user x="7">
      <id>009</id>
      <name>Brent</name>
    </user>
  </users>
  <person><name>Chuck</name><phone type="intl">+1 734 303 4456</phone><email hide="yes" /></person>
</stuff>'''
stuff = ET.fromstring(data)
lst = stuff.findall('users/user')
print('User count:', len(lst))
for item in lst:
    print('Name', item.find('name').text, 'Id', item.find('id').text, 'Attribute', item.get('x'))
print(stuff.tag, [c.tag for c in stuff], stuff.find('person/phone').get('type'), stuff.find('person/email').get('hide'), stuff.findtext('person/name'), stuff.findtext('nothing', 'dflt'))
print([e.tag for e in stuff.iter()][:6], [e.text for e in stuff.iter('id')], len(stuff.findall('.//name')), [u.get('x') for u in stuff.findall(".//user[@x='7']")], stuff.find('.//user[2]/id').text, stuff.find('users/user[last()]').get('x'))
print(repr(stuff.find('users').text), repr(stuff.find('users').tail), ''.join(stuff.find('person').itertext()))
root = ET.Element('catalog', version='1')
book = ET.SubElement(root, 'book', {'id': 'b1'})
ET.SubElement(book, 'title').text = 'Python & XML <3'
ET.SubElement(book, 'price').text = '29.99'
ET.SubElement(root, 'empty')
b2 = ET.SubElement(root, 'book', id='b2'); b2.text = 'café'
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'), ET.tostring(ET.Element('x', a='"q"\n')), ET.tostring(ET.Element('e'), short_empty_elements=False))
ET.indent(root)
print(ET.tostring(root, encoding='unicode'))
ET.dump(ET.fromstring('<a><b>1</b><c/></a>'))
tree = ET.ElementTree(root)
import io
buf = io.BytesIO(); tree.write(buf); print(buf.getvalue()[:40])
buf = io.BytesIO(); tree.write(buf, encoding='utf-8', xml_declaration=True); print(buf.getvalue()[:60])
print(len(root), root[0].tag, root[0][0].text, list(root[0].keys()), root.attrib, root.get('version'), root.get('nope', 'n/a'))
root.remove(root[1]); print([c.tag for c in root]); root.set('version', '2'); print(root.items())
ns = ET.fromstring('<r xmlns="http://a.example/" xmlns:b="http://b.example/"><item b:k="v">t</item><b:other/></r>')
print(ns.tag, [c.tag for c in ns], ns[0].attrib, ns.find('{http://a.example/}item').text, ns.find('a:item', {'a': 'http://a.example/'}).text)
print(ET.tostring(ns, encoding='unicode'))
cdata = ET.fromstring('<x><![CDATA[<not a tag> & stuff]]> after &#65;&#x42;</x>')
print(cdata.text)
for bad in ['<a><b></a>', '<a>', '', '<a></a><b/>', '<a x="1" x="2"/>', 'text', '<a>&bogus;</a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print('ParseError:', e, e.position)
print(isinstance(ET.ParseError('x'), SyntaxError), ET.iselement(root), ET.iselement('x'))
xml_text = '<library><shelf id="a"><book year="2001"><title>Alpha</title><author>Ann</author></book><book year="1999"><title>Beta</title></book></shelf><shelf id="b"><book year="2010"><title>Gamma</title><author>Gus</author></book></shelf></library>'
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'lib.xml')
    with open(path, 'w') as f:
        f.write(xml_text)
    tree = ET.parse(path)
    root = tree.getroot()
    print(root.tag, len(root), [s.get('id') for s in root], [b.find('title').text for b in root.iter('book')])
    print([t.text for t in tree.findall('.//title')], [b.get('year') for b in root.findall('*/book')], [b.findtext('title') for b in root.findall(".//book[author]")])
    print([b.get('year') for b in root.findall(".//book[title='Beta']")], [s.get('id') for s in root.findall("shelf[@id]")], root.find('.').tag, [x.tag for x in root.findall('./shelf/book/..')])
    print([e.tag for e in root.findall('.//*')][:5], root.find('shelf/book[1]/title').text, root.find('shelf[2]/book/title').text, tree.findtext('shelf/book/author'))
    for book in root.iter('book'):
        book.set('checked', 'no')
        if int(book.get('year')) < 2000:
            book.find('title').text += ' (old)'
    new = ET.SubElement(root.find("shelf[@id='b']"), 'book', year='2024')
    ET.SubElement(new, 'title').text = 'Delta'
    out = os.path.join(d, 'out.xml')
    tree.write(out, encoding='utf-8', xml_declaration=True)
    with open(out) as f:
        print(f.read())
    print(ET.tostring(ET.parse(out).getroot().find('.//book[@year="2024"]'), encoding='unicode'))
e = ET.XML('<p>Hello <b>bold</b> world<br/>end</p>')
print(e.text, e[0].text, repr(e[0].tail), e[1].tag, repr(e[1].tail), ''.join(e.itertext()), ET.tostring(e, encoding='unicode'))
e.clear(); print(ET.tostring(e), len(e), e.attrib)

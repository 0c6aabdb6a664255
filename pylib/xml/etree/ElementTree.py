"""xml.etree.ElementTree for pyx (written for pyx): Element/SubElement, the tree class, a
parser for well-formed XML (declaration, comments, doctype, CDATA, character and the five
predefined entity references, namespaces as {uri}local names), the ElementPath subset that
find/findall/findtext/iterfind understand (tags, '*', '.', '..', '//', [@attr],
[@attr='v'], [tag], [tag='text'], [n], [last()]), tostring/dump/indent and
ElementTree.write with CPython's serialization (short empty elements, escaping, encodings).

Not provided: iterparse, XMLPullParser, TreeBuilder/XMLParser classes, comments and
processing instructions kept in the tree, C14N. Parse errors are ParseError with expat's
message kinds and a line/column; the column may differ from expat's for some malformed
inputs."""

import io
import re
import sys

__all__ = ['Element', 'ElementTree', 'ParseError', 'SubElement', 'XML', 'dump', 'fromstring',
           'indent', 'iselement', 'parse', 'tostring', 'tostringlist', 'register_namespace']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    """An error while parsing XML: .code and .position (line, column) as expat gives them."""


class Element:
    """An XML element: tag, attrib, text, tail and a list of subelements."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not %s' % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        return next(self.iterfind(path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ''

    def findall(self, path, namespaces=None):
        return list(self.iterfind(path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for e in self:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element as the last child of `parent`."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def iselement(element):
    return hasattr(element, 'tag')


# --- ElementPath (the subset above) ---

_STEP = re.compile(r"(\.\.|\.|\*|\{[^}]*\}[^/\[]*|[^/\[]+)?((?:\[[^\]]*\])*)")
_PREDICATE = re.compile(r"\[([^\]]*)\]")


def _split_path(path):
    """Steps of `path`: (kind, name, predicates), kind 'child' or 'descendant'."""
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    steps = []
    descendant = False
    i = 0
    while i <= len(path):
        if path.startswith('//', i):
            descendant = True
            i += 2
            continue
        if path.startswith('/', i):
            i += 1
            continue
        if i == len(path):
            break
        m = _STEP.match(path, i)
        name, preds = m.group(1), _PREDICATE.findall(m.group(2) or '')
        if not name and not preds:
            raise SyntaxError('invalid path')
        steps.append(('descendant' if descendant else 'child', name or '*', preds))
        descendant = False
        i = m.end()
    if descendant:
        raise SyntaxError('cannot use absolute path on element')
    return steps


def _expand(name, namespaces):
    if namespaces and ':' in name and not name.startswith('{'):
        prefix, local = name.split(':', 1)
        if prefix not in namespaces:
            raise SyntaxError('prefix %r not found in prefix map' % prefix)
        return '{%s}%s' % (namespaces[prefix], local)
    if namespaces and '' in namespaces and not name.startswith('{') and name not in ('*', '.', '..'):
        return '{%s}%s' % (namespaces[''], name)
    return name


def _matches(elem, name):
    return name == '*' or elem.tag == name


def _apply_predicates(elems, preds, namespaces):
    for pred in preds:
        pred = pred.strip()
        if re.fullmatch(r'-?\d+', pred) or pred.startswith('last()'):
            if pred.startswith('last()'):
                offset = pred[6:].replace(' ', '')
                index = -1 + (int(offset) if offset else 0)
            else:
                index = int(pred) - 1
                if index < 0:
                    raise SyntaxError('XPath position >= 1 expected')
            groups = {}
            for e, parent in elems:
                groups.setdefault(id(parent), (parent, []))[1].append(e)
            chosen = []
            for parent, siblings in groups.values():
                try:
                    chosen.append((siblings[index], parent))
                except IndexError:
                    pass
            keep = {id(e) for e, _ in chosen}
            elems = [(e, p) for e, p in elems if id(e) in keep]
            continue
        m = re.fullmatch(r"@([\w.:{}-]+)\s*(?:(!?=)\s*(['\"])(.*)\3)?", pred)
        if m:
            key, op, value = m.group(1), m.group(2), m.group(4)
            if op is None:
                elems = [(e, p) for e, p in elems if e.get(key) is not None]
            elif op == '=':
                elems = [(e, p) for e, p in elems if e.get(key) == value]
            else:
                elems = [(e, p) for e, p in elems if e.get(key) != value]
            continue
        m = re.fullmatch(r"([\w.:{}-]+|\.)\s*(?:(!?=)\s*(['\"])(.*)\3)?", pred)
        if m:
            tag, op, value = _expand(m.group(1), namespaces), m.group(2), m.group(4)

            def texts(e):
                if tag == '.':
                    return [''.join(e.itertext())]
                return [''.join(c.itertext()) for c in e if c.tag == tag]
            if op is None:
                elems = [(e, p) for e, p in elems if any(c.tag == tag for c in e)]
            elif op == '=':
                elems = [(e, p) for e, p in elems if value in texts(e)]
            else:
                elems = [(e, p) for e, p in elems if any(t != value for t in texts(e))]
            continue
        raise SyntaxError('invalid predicate')
    return elems


def _iterfind(root, path, namespaces):
    steps = _split_path(path)
    parents = {}
    current = [(root, None)]
    for kind, name, preds in steps:
        name = _expand(name, namespaces)
        found = []
        seen = set()
        for elem, _ in current:
            if name == '.' and kind == 'child':
                candidates = [(elem, parents.get(id(elem)))]
            elif name == '..':
                if not parents:
                    for p in root.iter():
                        for c in p:
                            parents[id(c)] = p
                parent = parents.get(id(elem))
                candidates = [] if parent is None else [(parent, parents.get(id(parent)))]
            elif kind == 'descendant':
                candidates = []

                def walk(e):
                    for c in e:
                        if name in ('.', '*') or _matches(c, name):
                            candidates.append((c, e))
                        walk(c)
                if name == '.':
                    candidates.append((elem, None))
                walk(elem)
            else:
                candidates = [(c, elem) for c in elem if _matches(c, name)]
            for c, p in candidates:
                if id(c) not in seen:
                    seen.add(id(c))
                    found.append((c, p))
        current = _apply_predicates(found, preds, namespaces)
    for elem, _ in current:
        yield elem


# --- parsing ---

_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_NAME = r'[^\s/>=<"\'!?]+'
_ATTR = re.compile(r'\s+(%s)\s*=\s*("[^"<]*"|\'[^\'<]*\')' % _NAME)


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def where(self, pos):
        line = self.text.count('\n', 0, pos) + 1
        column = pos - (self.text.rfind('\n', 0, pos) + 1)
        return line, column

    def error(self, kind, pos, code):
        line, column = self.where(pos)
        err = ParseError('%s: line %d, column %d' % (kind, line, column))
        err.code = code
        err.position = (line, column)
        raise err

    def unescape(self, s, pos):
        def entity(m):
            name = m.group(1)
            if name.startswith('#x'):
                return chr(int(name[2:], 16))
            if name.startswith('#'):
                return chr(int(name[1:]))
            if name in _ENTITIES:
                return _ENTITIES[name]
            self.error('undefined entity', pos + m.start(), 11)
        if '&' not in s:
            return s
        if re.search(r'&(?![#\w]+;)', s):
            self.error('not well-formed (invalid token)', pos + re.search(r'&(?![#\w]+;)', s).start(), 4)
        return re.sub(r'&([#\w]+);', entity, s)

    def qualify(self, name, nsmaps, attribute=False):
        if ':' in name:
            prefix, local = name.split(':', 1)
            for m in reversed(nsmaps):
                if prefix in m:
                    return '{%s}%s' % (m[prefix], local)
            if prefix == 'xml':
                return '{http://www.w3.org/XML/1998/namespace}%s' % local
            return name
        if not attribute:
            for m in reversed(nsmaps):
                if '' in m:
                    return '{%s}%s' % (m[''], name) if m[''] else name
        return name

    def parse(self):
        text = self.text
        root = None
        stack = []
        nsmaps = []
        last = None  # the element whose text (open) or tail (closed) collects character data
        last_is_tail = False
        i = 0
        n = len(text)
        if text.startswith('\ufeff'):
            i = 1
        while i < n:
            lt = text.find('<', i)
            chunk = text[i:] if lt < 0 else text[i:lt]
            if chunk:
                if not stack:
                    if chunk.strip():
                        self.error('junk after document element' if root is not None else 'syntax error', i + (len(chunk) - len(chunk.lstrip())), 9 if root is not None else 2)
                else:
                    data = self.unescape(chunk, i)
                    if last_is_tail:
                        last.tail = (last.tail or '') + data
                    else:
                        last.text = (last.text or '') + data
            if lt < 0:
                break
            if text.startswith('<!--', lt):
                end = text.find('-->', lt + 4)
                if end < 0:
                    self.error('unclosed token', lt, 5)
                i = end + 3
                continue
            if text.startswith('<![CDATA[', lt):
                end = text.find(']]>', lt + 9)
                if end < 0 or not stack:
                    self.error('unclosed token' if end < 0 else 'syntax error', lt, 5)
                data = text[lt + 9:end]
                if last_is_tail:
                    last.tail = (last.tail or '') + data
                else:
                    last.text = (last.text or '') + data
                i = end + 3
                continue
            if text.startswith('<?', lt):
                end = text.find('?>', lt + 2)
                if end < 0:
                    self.error('unclosed token', lt, 5)
                i = end + 2
                continue
            if text.startswith('<!', lt):
                depth, j = 0, lt + 2
                while j < n:
                    if text[j] == '[':
                        depth += 1
                    elif text[j] == ']':
                        depth -= 1
                    elif text[j] == '>' and depth <= 0:
                        break
                    j += 1
                if j >= n:
                    self.error('unclosed token', lt, 5)
                i = j + 1
                continue
            if text.startswith('</', lt):
                m = re.compile(r'</(%s)\s*>' % _NAME).match(text, lt)
                if not m:
                    self.error('not well-formed (invalid token)', lt, 4)
                if not stack or stack[-1][1] != m.group(1):
                    self.error('mismatched tag', lt + 2, 7)
                elem, _ = stack.pop()
                nsmaps.pop()
                last, last_is_tail = elem, True
                i = m.end()
                continue
            m = re.compile(r'<(%s)' % _NAME).match(text, lt)
            if not m:
                self.error('not well-formed (invalid token)', lt + 1, 4)
            raw_tag = m.group(1)
            j = m.end()
            attrs = []
            while True:
                am = _ATTR.match(text, j)
                if not am:
                    break
                attrs.append((am.group(1), self.unescape(am.group(2)[1:-1], am.start(2) + 1), am.start(1)))
                j = am.end()
            em = re.compile(r'\s*(/?)>').match(text, j)
            if not em:
                self.error('not well-formed (invalid token)' if j < n else 'unclosed token', j if j < n else lt, 4 if j < n else 5)
            if root is not None and not stack:
                self.error('junk after document element', lt, 9)
            nsmap = {}
            plain = []
            for key, value, _ in attrs:
                if key == 'xmlns':
                    nsmap[''] = value
                elif key.startswith('xmlns:'):
                    nsmap[key[6:]] = value
                else:
                    plain.append((key, value, _))
            nsmaps.append(nsmap)
            attrib = {}
            for key, value, at in plain:
                qkey = self.qualify(key, nsmaps, attribute=True)
                if qkey in attrib:
                    self.error('duplicate attribute', at, 8)
                attrib[qkey] = value.replace('\n', ' ').replace('\t', ' ')
            elem = Element(self.qualify(raw_tag, nsmaps), attrib)
            if stack:
                stack[-1][0].append(elem)
            else:
                root = elem
            if em.group(1):
                nsmaps.pop()
                last, last_is_tail = elem, True
            else:
                stack.append((elem, raw_tag))
                last, last_is_tail = elem, False
            i = em.end()
        if stack:
            self.error('no element found', n, 3)
        if root is None:
            self.error('no element found', n, 3)
        return root


def XML(text, parser=None):
    """Parse XML from a string (or bytes); return the root element."""
    if isinstance(text, (bytes, bytearray)):
        text = _decode(bytes(text))
    return _Parser(text).parse()


fromstring = XML


def _decode(data):
    m = re.match(rb"<\?xml[^>]*encoding=['\"]([\w.-]+)['\"]", data)
    return data.decode(m.group(1).decode('ascii') if m else 'utf-8')


def parse(source, parser=None):
    """Parse an XML document from a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


# --- serialization ---

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def _escape_attrib(text):
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
    return text.replace('\r', '&#13;').replace('\n', '&#10;').replace('\t', '&#09;')


def _namespaces(elem, default_namespace=None):
    """The prefixes to declare: {uri: prefix}, and the qualified names of tags and keys."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        if qname[:1] == '{':
            uri, tag = qname[1:].rsplit('}', 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = 'ns%d' % len(namespaces)
                if prefix != 'xml':
                    namespaces[uri] = prefix
            qnames[qname] = '%s:%s' % (prefix, tag) if prefix else tag
        else:
            if default_namespace:
                raise ValueError('cannot use non-qualified names with default_namespace option')
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, str) and tag not in qnames:
            add_qname(tag)
        for key in e.keys():
            if key not in qnames:
                add_qname(key)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = qnames[elem.tag]
    text = elem.text
    if tag is None:
        if text:
            write(_escape_cdata(text))
        for e in elem:
            _serialize_xml(write, e, qnames, None, short_empty_elements)
    else:
        write('<' + tag)
        items = list(elem.items())
        if items or namespaces:
            if namespaces:
                for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                    if k:
                        k = ':' + k
                    write(' xmlns%s="%s"' % (k, _escape_attrib(v)))
            for k, v in items:
                write(' %s="%s"' % (qnames[k], _escape_attrib(v)))
        if text or len(elem) or not short_empty_elements:
            write('>')
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
            write('</' + tag + '>')
        else:
            write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


class ElementTree:
    """An element hierarchy with document-level operations."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if hasattr(source, 'read'):
            data = source.read()
        else:
            with open(source, 'rb') as f:
                data = f.read()
        self._root = XML(data)
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == '/':
            import warnings
            warnings.warn('This search is broken in 1.3 and earlier, and will be fixed in a future version.  '
                          'If you rely on the current behaviour, change it to %r' % ('.' + path), FutureWarning, stacklevel=3)
            return '.' + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        if not encoding:
            encoding = 'us-ascii'
        text = _tostring_text(self._root, short_empty_elements, default_namespace)
        declared = xml_declaration or (xml_declaration is None and encoding.lower() not in ('utf-8', 'us-ascii', 'unicode'))
        if encoding.lower() == 'unicode':
            out = ("<?xml version='1.0' encoding='%s'?>\n" % 'UTF-8' if declared else '') + text
            if hasattr(file_or_filename, 'write'):
                file_or_filename.write(out)
            else:
                with open(file_or_filename, 'w', encoding='utf-8') as f:
                    f.write(out)
            return
        head = ("<?xml version='1.0' encoding='%s'?>\n" % encoding) if declared else ''
        data = (head + text).encode(encoding, 'xmlcharrefreplace')
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(data)
        else:
            with open(file_or_filename, 'wb') as f:
                f.write(data)


def _tostring_text(element, short_empty_elements=True, default_namespace=None):
    qnames, namespaces = _namespaces(element, default_namespace)
    pieces = []
    _serialize_xml(pieces.append, element, qnames, namespaces, short_empty_elements)
    return ''.join(pieces)


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The XML text of `element`: bytes in `encoding` (US-ASCII by default), or str for 'unicode'."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write an element tree or element structure to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Indent an XML document in place by inserting whitespace (3.9's pretty printing)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if not len(tree):
        return
    indentations = ['\n' + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)

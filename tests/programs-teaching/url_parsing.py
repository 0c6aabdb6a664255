# Rosetta Code's URL tasks and a web-course exercise: parsing, joining, encoding and decoding URLs
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs, parse_qsl)

urls = [
    "foo://example.com:8042/over/there?name=ferret#nose",
    "urn:example:animal:ferret:nose",
    "jdbc:mysql://test_user:ouupppssss@localhost:3306/sakila?profileSQL=true",
    "ftp://ftp.is.co.za/rfc/rfc1808.txt",
    "http://www.ietf.org/rfc/rfc2396.txt#header1",
    "ldap://[2001:db8::7]/c=GB?objectClass?one",
    "mailto:John.Doe@example.com",
    "news:comp.infosystems.www.servers.unix",
    "tel:+1-816-555-1212",
    "telnet://192.0.2.16:80/",
    "ssh://alice@example.com",
    "https://bob:pass@example.com/place",
    "http://example.com/?a=1&b=2",
    "HTTP://Example.COM:80/path;params?q=1#Frag",
    "//netloc/only/path",
    "relative/path?x=y",
    "",
]
for url in urls:
    p = urlparse(url)
    print(repr(url))
    print("   ", p)
    print("    host=%r port=%r user=%r password=%r -> %r" % (p.hostname, p.port, p.username, p.password, p.geturl()))
print(urlsplit("https://example.com/a/b;c?d#e"), urlsplit("https://example.com/a#b", allow_fragments=False))
print(urlunparse(("https", "example.com", "/path", "", "q=1", "top")), urlunsplit(("http", "h", "p", "", "")), urlunsplit(("", "", "//x", "", "")))
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "g.", ".g", "g..", "..g", "./../g", "g/./h", "g/../h"]:
    print(f"{rel!r:>12} -> {urljoin(base, rel)}")
print(urljoin("https://docs.python.org/3/library/", "urllib.parse.html"), urljoin("https://x.org/a/b.html", "../c/d.html"), urljoin("", "x"))
print(urldefrag("http://python.org/doc/#section"), urldefrag("http://python.org/doc/").fragment == "")
for text in ["Hello, World!", "/path with spaces/ünïcödé?&=", "a+b=c", "100% sure", "~user/file_name.txt", "日本語"]:
    print(f"{text!r}: quote={quote(text)!r} quote_plus={quote_plus(text)!r} safe={quote(text, safe='')!r}")
for enc in ["http%3A%2F%2Ffoo%20bar%2F", "google.com/search?q=%60Abdu%27l-Bah%C3%A1", "a+b%2Bc", "%E6%97%A5%E6%9C%AC", "bad%zz%4", "%e2%82%ac%"]:
    print(f"{enc!r}: unquote={unquote(enc)!r} unquote_plus={unquote_plus(enc)!r}")
params = {"q": "python url", "page": 2, "lang": "en&fr", "empty": ""}
qs = urlencode(params)
print(qs, urlencode([("k", "v1"), ("k", "v2")]), urlencode({"tags": ["a", "b c"]}, doseq=True), urlencode({"tags": ["a", "b"]}))
print(parse_qs(qs), parse_qsl(qs), parse_qs("a=1&a=2&b=&c", keep_blank_values=True), parse_qsl("x=%20y+z;w=1", separator=";"))
try:
    urlparse("http://[::1/").hostname
except ValueError as e:
    print("ValueError:", e)
try:
    urlparse("http://host:99999/").port
except ValueError as e:
    print("ValueError:", e)

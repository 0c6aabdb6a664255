"""xml for pyx: only xml.etree.ElementTree is provided (pylib/xml/etree/ElementTree.py)."""

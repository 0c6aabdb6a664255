"""xml.etree for pyx: see ElementTree.py."""

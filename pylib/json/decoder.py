"""json.decoder for pyx: the decoder classes live in the package (pylib/json/__init__.py)."""

from json import JSONDecoder, JSONDecodeError

__all__ = ["JSONDecoder", "JSONDecodeError"]

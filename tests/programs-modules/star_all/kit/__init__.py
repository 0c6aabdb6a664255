__all__ = ["hammer", "saw"]

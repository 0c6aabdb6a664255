"""URL handling: urllib.parse (pyx has no network access, so no urllib.request)."""

"""The concurrent package (pyx's own): concurrent.futures."""

"""PDF writers (reportlab platypus): minutes, agenda and the engagement report.

``styles`` is the shared look; ``fonts``, ``shaping``, ``layout`` and ``glyphs`` print
text in any script (bidi, HarfBuzz shaping, per-character font fallback).
"""

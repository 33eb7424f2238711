"""dossier: turn a folder of news articles into a cross-referenced static site."""

__version__ = "0.1.0"

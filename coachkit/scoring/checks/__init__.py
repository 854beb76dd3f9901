"""The built-in checks, one module per category; each module exports ``CHECKS``."""

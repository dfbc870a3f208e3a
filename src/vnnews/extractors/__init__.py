"""Stage 4, extract: one module per fact kind, each ``extract(doc) -> list[...]``."""

"""kaohe (考核): read assessment notices, extract schemes, review and score them."""

__version__ = "0.1.0"

"""keiconfig: build your own Japanese kei car."""

__version__ = "0.1.0"
MODEL_VERSION = "1"

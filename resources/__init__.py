"""Data files shipped with keiconfig (regulations, presets, icons)."""

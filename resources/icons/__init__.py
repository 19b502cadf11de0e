"""Icons (SVG)."""

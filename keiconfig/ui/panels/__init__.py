"""One file per panel."""

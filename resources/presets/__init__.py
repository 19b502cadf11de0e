"""Build files of real cars named in the seed article."""

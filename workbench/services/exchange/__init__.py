"""Offline exchange between laptops: the package file, the merge, its conflicts."""

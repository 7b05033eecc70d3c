"""A workbook to import, checked as a zip before openpyxl unpacks anything.

An .xlsx is a zip: a crafted one of a few hundred kilobytes can unpack to gigabytes (a
"zip bomb") and fill the memory while openpyxl reads it. The zip's directory is checked
with the exchange's reader (``services/exchange/zip_limits.py``) against limits far past
any tracker a person edits.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.services.exchange.zip_limits import (
    MIB,
    ZipLimits,
    check_directory_extent,
    check_members,
)

# What a workbook may unpack to before openpyxl reads it: a tracker of the five busy
# years of ``make bench`` (about 200,000 cells) unpacks to some 20 MB; a workbook far past
# these limits, or one that unpacks a hundredfold from little, was not written by a person
# editing a tracker (a "zip bomb" would fill the memory while openpyxl reads it).
WORKBOOK_LIMITS = ZipLimits(
    max_members=2_000,
    max_member_bytes=256 * MIB,
    max_total_bytes=256 * MIB,
    max_ratio=100,
)


def check_zip(path: Path) -> None:
    """Refuse a workbook whose zip announces more than ``WORKBOOK_LIMITS`` (before openpyxl
    unpacks anything); a file that is not a zip is left to openpyxl to call so."""
    with open(path, "rb") as fh:  # the user's workbook, not the database
        check_directory_extent(fh, WORKBOOK_LIMITS)
        try:
            with zipfile.ZipFile(fh) as zf:
                check_members(zf, WORKBOOK_LIMITS, path.stat().st_size, lambda _name: True)
        except zipfile.BadZipFile:
            return

"""A drop folder as a phone and its sync client leave it: notes, e-mail, photo, PDF, a file
still being written, and files that cannot be read."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
WHEN = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)


def mail_bytes() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Anna de Vries <anna@example.org>"
    msg["To"] = "me@example.org"
    msg["Subject"] = "Follow-up: mica sourcing panel"
    msg["Date"] = "Thu, 14 May 2026 11:05:00 +0200"
    msg.set_content("The panel chair promised the audit list by June.\nAnna")
    msg.add_attachment(JPEG, maintype="image", subtype="jpeg", filename="whiteboard.jpg")
    return bytes(msg)


def fill(folder: Path) -> None:
    """Write the case into ``folder`` (every file dated ``WHEN``)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "corridor.txt": b"Talk with Elan Mining\nThey will share the smelter list.\n",
        "panel.md": b"\xef\xbb\xbf# Panel on mica\n\n- Child labour in Jharkhand\n",
        "memo.txt": "Voice memo: café talk\nSpreker zei: één audit per jaar.".encode("utf-16"),
        "oude-notitie.txt": "Oude notitie\nPrijs 5 € per kilo".encode("cp1252"),
        "followup.eml": mail_bytes(),
        "IMG_2041.jpg": JPEG,
        "Scan 14 May.pdf": PDF,
        "growing.txt": b"Half written\n",
        ".syncthing.IMG_2042.jpg.tmp": b"\xff\xd8",
        "broken.eml": b"this is not an e-mail at all\n",
        "empty.txt": b"",
        "garbled.txt": b"\x81\x8d\x8f\x90\x9d",
        "minutes.docx": b"PK\x03\x04 not ours",
        ".nomedia": b"",
        "~$notes.txt": b"owner",
    }
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        os.utime(path, (WHEN.timestamp(), WHEN.timestamp()))


def grow(folder: Path) -> None:
    """The sync client writes on into the half-written file between the two looks."""
    with (folder / "growing.txt").open("ab") as fh:
        fh.write(b"more text arriving\n")

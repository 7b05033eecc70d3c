"""Git merge driver for Qt ``.ts`` catalogues: a union of messages, not of lines.

Two branches that each add strings conflict line by line (the ``<location>`` line numbers
move with every edit of the code), yet their messages rarely touch. This merges by
message: the key is (context, source, comment, numerus); a message added on either side is
kept, one removed on one side and untouched on the other is dropped, and a translation
changed on one side only wins. When both sides translate the same new message
differently, ours wins and the merge says so on stderr. Locations are left as they come:
``make update-translations`` refreshes them after the merge.

Set up once per clone::

    git config merge.tsunion.name "Qt .ts union"
    git config merge.tsunion.driver "python3 tools/ts_merge.py %O %A %B"

``.gitattributes`` names the driver for ``*.ts``; a clone without the config falls back
to git's line merge.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str, bool]


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def _translation(message: ET.Element | None) -> str:
    if message is None:
        return ""
    t = message.find("translation")
    if t is None:
        return ""
    forms = [f.text or "" for f in t.iter("numerusform")]
    return "\x00".join([t.get("type") or "", t.text or "", *forms])


def merge(base: ET.Element, ours: ET.Element, theirs: ET.Element) -> tuple[ET.Element, int]:
    """The merged tree (built on ours) and how many messages both sides translated apart."""
    b, o, t = _messages(base), _messages(ours), _messages(theirs)
    clashes = 0
    contexts = {c.findtext("name") or "": c for c in ours.iter("context")}
    for key, message in o.items():  # removed there, untouched here: drop
        if key in b and key not in t and _translation(message) == _translation(b[key]):
            contexts[key[0]].remove(message)
    for key, message in t.items():
        if key not in o:
            if key in b and _translation(message) == _translation(b[key]):
                continue  # removed here, untouched there
            context = contexts.get(key[0])
            if context is None:
                context = ET.SubElement(ours, "context")
                ET.SubElement(context, "name").text = key[0]
                contexts[key[0]] = context
            context.append(copy.deepcopy(message))
            continue
        mine, base_t, their_t = (
            _translation(o[key]),
            _translation(b.get(key)),
            _translation(message),
        )
        if their_t != mine and mine == base_t:
            old = o[key].find("translation")
            if old is not None:
                o[key].remove(old)
            new = message.find("translation")
            if new is not None:
                o[key].append(copy.deepcopy(new))
        elif their_t not in (mine, base_t):
            clashes += 1
            print(
                f"ts_merge: both sides translate {key[1]!r} ({key[0]}); kept ours", file=sys.stderr
            )
    for name, context in list(contexts.items()):
        if not context.findall("message"):
            ours.remove(context)
            del contexts[name]
    return ours, clashes


def main(argv: list[str]) -> int:
    base_path, ours_path, theirs_path = (Path(a) for a in argv[1:4])
    parse = lambda p: ET.parse(p).getroot() if p.stat().st_size else ET.Element("TS")  # noqa: E731
    merged, _clashes = merge(parse(base_path), parse(ours_path), parse(theirs_path))
    ET.indent(merged, space="    ")
    body = ET.tostring(merged, encoding="unicode")
    ours_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

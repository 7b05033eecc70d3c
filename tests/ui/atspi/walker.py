"""Reads the program through AT-SPI, as a screen reader does. Runs in Debian's system
Python (``/usr/bin/python3``), where ``python3-pyatspi`` lives, never in the venv.

Usage:
- ``walker.py tree PID``: prints the accessible tree of the application with process id
  PID as JSON (one object per node: depth, role, name, description, states, value, and
  the text of a text object); the children of tables and lists (their cells) are left
  out, and so is what is inside a menu that is not showing;
- ``walker.py listen PID SECONDS``: prints ``LISTENING`` once an event from PID has come
  through (so the program knows someone listens), then the announcements it makes as
  JSON lines until one came or SECONDS passed.
Exit code 3 when no application with PID is on the bus (yet).
"""

import json
import sys

import pyatspi
from gi.repository import GLib

SKIP_CHILDREN = {"table", "tree table", "tree", "list", "list box"}


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def node(acc, depth):
    states = acc.getState()
    interfaces = acc.get_interfaces()
    found = {
        "depth": depth,
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "children": acc.childCount,
    }
    if "Value" in interfaces:
        value = acc.queryValue()
        found["value"] = [value.currentValue, value.minimumValue, value.maximumValue]
    if "Text" in interfaces:
        found["text"] = acc.queryText().getText(0, -1)
    return found


def walk(acc, depth, out):
    item = node(acc, depth)
    out.append(item)
    if item["role"] in SKIP_CHILDREN:
        return
    if item["role"] == "menu" and not item["showing"]:
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, out)


def tree(pid):
    app = find_app(pid)
    if app is None:
        return 3
    out = []
    walk(app, 0, out)
    json.dump(out, sys.stdout)
    return 0


def listen(pid, seconds):
    app = find_app(pid)
    if app is None:
        return 3
    loop = GLib.MainLoop()
    heard = []
    told = []

    def from_app(event):
        try:
            return event.source is not None and event.source.get_process_id() == pid
        except Exception:
            return False

    def on_event(event):
        if not from_app(event):
            return
        if not told:
            told.append(True)
            print("LISTENING", flush=True)
        if event.type == "object:announcement":
            heard.append({"source": event.source.name, "text": str(event.any_data)})
            print(json.dumps(heard[-1]), flush=True)
            loop.quit()

    for kind in ("object:announcement", "object:property-change:accessible-description"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()
    return 0 if heard else 4


def main(argv):
    command, pid = argv[1], int(argv[2])
    if command == "tree":
        return tree(pid)
    return listen(pid, float(argv[3]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))

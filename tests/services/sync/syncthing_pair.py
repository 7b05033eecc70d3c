"""Two real Syncthing daemons on 127.0.0.1, sharing one folder between two "laptops".

Each daemon has its own home (keys, config, index), listens on a free local port, and
knows the other by its device ID and static address: no global or local discovery, no
relays, no NAT traversal, no usage reports, no upgrades (the test machine is offline).
Each laptop's exchange folder is the one shared folder, at its own path. Waiting is done
on the daemons' own events (the REST API's long poll) and log lines, not by sleeping;
``stop`` ends both daemons, whatever happened.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import secrets
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

FOLDER_ID = "workbench-exchange"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _set(parent: ET.Element, tag: str, value: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = value


class Daemon:
    """One Syncthing: its home, ports, device ID, and the running process."""

    def __init__(self, name: str, home: Path, folder: Path, binary: str) -> None:
        self.name, self.home, self.folder, self.binary = name, home, folder, binary
        self.gui_port, self.sync_port = free_port(), free_port()
        self.api_key = secrets.token_hex(16)
        self.process: subprocess.Popen[str] | None = None
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        self.last_event = 0
        home.mkdir(parents=True)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".stfolder").mkdir(exist_ok=True)
        subprocess.run(
            [binary, "generate", f"--home={home}", "--no-default-folder"],
            check=True,
            capture_output=True,
            env=self.env(),
            timeout=120,
        )
        # the generated config names this device (and only it): no flag that differs
        # between Syncthing versions is needed to learn the ID
        device = ET.parse(home / "config.xml").getroot().find("device")
        assert device is not None, "syncthing generate wrote no device"
        self.device_id = device.attrib["id"]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            HOME=str(self.home),
            STNORESTART="1",
            STNOUPGRADE="1",
            STNODEFAULTFOLDER="1",
            STMONITORED="1",
            GOMAXPROCS="1",
        )
        return env

    def configure(self, peer: Daemon) -> None:
        """Offline, local, and sharing the folder with ``peer`` only."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for tag, value in (
            ("listenAddress", f"tcp://127.0.0.1:{self.sync_port}"),
            ("globalAnnounceEnabled", "false"),
            ("localAnnounceEnabled", "false"),
            ("relaysEnabled", "false"),
            ("natEnabled", "false"),
            ("startBrowser", "false"),
            ("urAccepted", "-1"),
            ("autoUpgradeIntervalH", "0"),
            ("crashReportingEnabled", "false"),
            ("stunKeepaliveStartS", "0"),
            ("reconnectionIntervalS", "1"),
            ("setLowPriority", "false"),
        ):
            _set(options, tag, value)
        gui = root.find("gui")
        assert gui is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        device = ET.SubElement(
            root,
            "device",
            id=peer.device_id,
            name=peer.name,
            compression="metadata",
            introducer="false",
        )
        _set(device, "address", f"tcp://127.0.0.1:{peer.sync_port}")
        _set(device, "autoAcceptFolders", "false")
        folder = ET.SubElement(
            root,
            "folder",
            id=FOLDER_ID,
            label="Exchange",
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="60",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
            ignorePerms="false",
            autoNormalize="true",
        )
        for device_id in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=device_id, introducedBy="")
        tree.write(path)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
                "--skip-port-probing",
                "--logflags=0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self.env(),
            start_new_session=True,
        )
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            self.log.append(line.rstrip())
            self.lines.put(line)

    def wait_for_line(self, text: str, timeout: float) -> None:
        """Until the daemon logs ``text`` (its own word that it is ready)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"{self.name}: no {text!r} in its log:\n" + self.tail())
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if text in line:
                return

    def api(self, method: str, path: str, timeout: float = 30) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def scan(self) -> None:
        """Look at the folder now (the watcher would, a little later)."""
        self.api("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def wait_for_events(self, seconds: float) -> None:
        """Return when the daemon has something to say (or after ``seconds``)."""
        try:
            events = self.api(
                "GET",
                f"/rest/events?since={self.last_event}&timeout={max(1, int(seconds))}",
                timeout=seconds + 30,
            )
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            return
        if events:
            self.last_event = max(e["id"] for e in events)

    def connected_to(self, peer: Daemon) -> bool:
        connections = self.api("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def tail(self, n: int = 30) -> str:
        return "\n".join(self.log[-n:])

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=20)


def wait_until(
    condition: Callable[[], bool], daemons: list[Daemon], timeout: float, what: str
) -> float:
    """Check ``condition`` each time a daemon reports events; the seconds it took."""
    started = time.monotonic()
    while not condition():
        remaining = started + timeout - time.monotonic()
        if remaining <= 0:
            logs = "\n\n".join(f"--- {d.name}\n{d.tail()}" for d in daemons)
            raise AssertionError(f"{what}: not within {timeout:.0f} s\n{logs}")
        daemons[-1].wait_for_events(min(5.0, remaining))
    return time.monotonic() - started

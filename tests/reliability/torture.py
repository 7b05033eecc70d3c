"""The torture test with outside readers: the suite runs a few rounds, ``make soak`` 100.

A writer process (``torture_writer.py``: the app's quick note and its autosave) commits
numbered notes and appends each number to a side file once its commit has returned.
Meanwhile other processes keep reading the same file: ``workbench list``, ``search``,
``backup``, ``check`` and a raw ``sqlite3`` reader, one after another. At a random moment
(right after the writer has started, or after a random number of saves) the writer is
killed with SIGKILL; then every number in the side file must be in the database and
``PRAGMA integrity_check`` must say ok, and a new writer starts.

No sleeps: the parent waits on the writer's output (each save is a line), and every wait
is bounded by a generous timeout that kills a stuck child and fails.

``python tests/reliability/torture.py --rounds 100`` prints how many acknowledged writes
it checked.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
WAIT_S = 180  # bound on one writer's start and saves, or one reader (a loaded machine)
MAX_SAVES = 40
KILL_AT_START = 0.15  # share of rounds whose writer is killed as soon as it has started

RAW_READER = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "c.execute('SELECT count(*) FROM note').fetchone(); c.close()"
)


@dataclass
class Outcome:
    """What a run did and found; ``problems`` is empty when nothing was lost."""

    rounds: int = 0
    acknowledged: set[int] = field(default_factory=set)
    checks: int = 0  # acknowledged writes looked up, summed over the rounds
    readers: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        ran = ", ".join(f"{name} {n}×" for name, n in sorted(self.readers.items()))
        return (
            f"{self.rounds} rounds: {len(self.acknowledged)} acknowledged writes, "
            f"{self.checks} look-ups after kills, "
            f"{'every one found' if not self.problems else 'PROBLEMS'}; readers: {ran}"
        )


def reader_commands(db: Path, work: Path) -> dict[str, list[str]]:
    workbench = [sys.executable, "-m", "workbench"]
    sqlite = shutil.which("sqlite3")
    raw = [sqlite, str(db), "SELECT count(*) FROM note;"] if sqlite else None
    return {
        "list": [*workbench, "list", "notes", "--db", str(db)],
        "search": [*workbench, "search", "torture", "--db", str(db)],
        "backup": [*workbench, "backup", "-o", str(work / "reader-backup.sqlite"), "--db", str(db)],
        "check": [*workbench, "check", "--db", str(db)],
        "sqlite3": raw or [sys.executable, "-c", RAW_READER, str(db)],
    }


def _read_forever(
    commands: dict[str, list[str]], env: dict[str, str], stop: threading.Event, out: Outcome
) -> None:
    while not stop.is_set():
        for name, command in commands.items():
            if stop.is_set():
                return
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, env=env, timeout=WAIT_S
                )
            except subprocess.TimeoutExpired:
                out.problems.append(f"reader {name} took more than {WAIT_S} s")
                continue
            out.readers[name] += 1
            if done.returncode != 0:
                out.problems.append(f"reader {name} failed: {done.stderr.strip()[-300:]}")


def _side_numbers(side: Path) -> set[int]:
    text = side.read_text(encoding="ascii") if side.exists() else ""
    lines = text.split("\n")[:-1]  # a last line without its newline was never acknowledged
    return {int(line) for line in lines}


def _stored_numbers(db: Path) -> tuple[set[int], list[tuple[str]]]:
    conn = sqlite3.connect(db, timeout=60)  # what the next start of the app finds
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        bodies = [r[0] for r in conn.execute("SELECT body FROM note")]
    finally:
        conn.close()
    prefix = "Torture note "
    return {int(b[len(prefix) :]) for b in bodies if b.startswith(prefix)}, check


def _one_round(
    db: Path, side: Path, first: int, saves: int, env: dict[str, str], log: Path
) -> str | None:
    """Start a writer, let it save ``saves`` notes (0: none), SIGKILL it; a problem or None."""
    with log.open("ab") as err:
        child = subprocess.Popen(
            [sys.executable, str(HERE / "torture_writer.py"), str(db), str(side), str(first)],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=env,
        )
    guard = threading.Timer(WAIT_S, child.kill)  # a safety net against a stuck child only
    guard.start()
    seen = 0
    started = False
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "STARTED":
                started = True
            elif line.startswith("SAVED "):
                seen += 1
            if started and seen >= saves:
                break
    finally:
        guard.cancel()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    if child.returncode != -signal.SIGKILL or not started or seen < saves:
        return f"the writer ended by itself ({child.returncode}) after {seen} saves; see {log}"
    return None


def run_torture(
    folder: Path, rounds: int, *, seed: int | None = None, all_readers: bool = True
) -> Outcome:
    """At least ``rounds`` rounds (more, up to 4×, until every reader has run when
    ``all_readers``); returns what was checked and any problem."""
    from workbench.store import open_database

    seed = random.randrange(1 << 30) if seed is None else seed
    rng = random.Random(seed)
    db, side, log = folder / "torture.sqlite", folder / "acknowledged.txt", folder / "writer.log"
    open_database(db).close()  # migrated once; this process holds no connection after
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBENCH_HOME=str(folder / "home"))
    commands = reader_commands(db, folder)
    out = Outcome()
    stop = threading.Event()
    readers = threading.Thread(target=_read_forever, args=(commands, env, stop, out))
    readers.start()
    try:
        while out.rounds < rounds or (
            all_readers and len(out.readers) < len(commands) and out.rounds < 4 * rounds
        ):
            saves = 0 if rng.random() < KILL_AT_START else rng.randint(1, MAX_SAVES)
            problem = _one_round(db, side, (out.rounds + 1) * 100_000, saves, env, log)
            out.rounds += 1
            if problem:
                out.problems.append(f"round {out.rounds} (seed {seed}): {problem}")
                break
            acknowledged = _side_numbers(side)
            stored, check = _stored_numbers(db)
            out.acknowledged |= acknowledged
            out.checks += len(acknowledged)
            lost = sorted(acknowledged - stored)
            if check != [("ok",)] or lost:
                out.problems.append(
                    f"round {out.rounds} (seed {seed}): integrity {check[:3]}, "
                    f"lost {len(lost)} acknowledged writes {lost[:10]}"
                )
                break
    finally:
        stop.set()
        readers.join()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="workbench-soak-"))
    out = run_torture(folder, args.rounds, seed=args.seed)
    print(f"soak: {out.summary()}")
    for problem in out.problems:
        print(f"  {problem}", file=sys.stderr)
    if out.problems or args.keep:
        print(f"  the files are kept in {folder}", file=sys.stderr)
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if out.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The ``workbench`` command: the GUI by default, and commands for scripting.

Each command lives in a module of ``workbench.commands`` with a ``register(subparsers)``
function; modules are found by name, so a feature adds a command without editing this
file. Errors reach the user as one line on stderr and a non-zero exit, never a traceback;
output cut short by its reader (``workbench list actions --json | head``) ends quietly.
"""

from __future__ import annotations

import importlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from workbench import APP_NAME, __version__

if TYPE_CHECKING:  # argparse is imported for a command, not to start the window
    import argparse

log = logging.getLogger(__name__)

SIGPIPE = 13  # the same number on every POSIX system; Windows has no signal.SIGPIPE


def build_parser() -> argparse.ArgumentParser:
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.exit(2, f"{self.prog}: error: {message}\n")

    parser = _Parser(prog="workbench", description=f"{APP_NAME}: engagement meetings, offline.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: WORKBENCH_DB or the user data folder)",
    )
    parser.add_argument(
        "--sync-folder",
        metavar="DIR",
        help="the exchange folder shared with the group's laptops "
        "(default: WORKBENCH_SYNC_FOLDER or the one chosen in the settings)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    import pkgutil

    import workbench.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"workbench.commands.{info.name}")
        module.register(sub)
    return parser


def _reader_went_away() -> int:
    """The output's reader stopped reading (``workbench list | head``): end quietly, as
    ``git log | head`` does, with the status of a process ended by SIGPIPE. What is left
    in the buffer goes to /dev/null, so Python does not complain about it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout is not a file descriptor (tests capture it)
    return 128 + SIGPIPE


def _only_gui_options(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` just starts the GUI (nothing, or ``--db PATH``), and the path.

    Building the parser imports every command module, and with them SQLAlchemy: the GUI
    is started without it, so its window paints before the data stack is loaded.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0][len("--db=") :]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui, db_path = _only_gui_options(argv)
    if gui:
        from workbench.app import run_gui

        return run_gui(db_path=db_path)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "sync_folder", None):
        from workbench.config import use_sync_folder

        use_sync_folder(args.sync_folder)
    if args.command is None:
        from workbench.app import run_gui

        return run_gui(db_path=args.db)
    from workbench.logs import setup_logging

    setup_logging(console=False)
    from workbench import texts
    from workbench.commands import CliError, error_text, translate, use_language
    from workbench.config import language_setting
    from workbench.store import StoreError

    # The language of the window: new templates, the demo, and what the commands say.
    use_language(texts.set_content_language(texts.language_from_environment(language_setting())))

    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a reader that went away shows here, not at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except CliError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"workbench: {error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        interrupted = translate("Cli", "interrupted")
        print(f"workbench: {interrupted}", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the user, the traceback in the log
        if callable(getattr(exc, "translated", None)):  # a refusal of the services
            print(f"workbench: {error_text(exc)}", file=sys.stderr)
            return 1
        log.exception("command %s failed", args.command)
        message = translate("Cli", "unexpected error: {error} (details in the log)")
        print(f"workbench: {message.format(error=exc)}", file=sys.stderr)
        return 1

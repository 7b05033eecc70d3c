"""The meeting cycle on the command line: ``workbench send``, and the invitation and
the chair's brief for ``workbench export``.

``workbench send minutes|agenda --meeting ID`` and ``send report|tracker --engagement
ID`` make the export for ``--audience`` (partners by default) in ``--lang``, write an
e-mail draft addressed to the engagement's distribution list, log the send, and open
the draft in the mail program; ``-o FILE.eml`` writes it without opening. Those on the
list without an e-mail address are named, not dropped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from workbench.commands import CliError, add_db_option, error_text, open_db, translate
from workbench.commands.exports import resolve_id

SEND_KINDS = ("minutes", "agenda", "report", "tracker")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    send = sub.add_parser(
        "send",
        help="write an e-mail draft with minutes, an agenda, the report or the tracker",
        description="Make the export, address a draft (.eml) to the engagement's "
        "distribution list for that version, log it, and open it in the mail program.",
    )
    send.add_argument(
        "what", choices=SEND_KINDS, help="minutes|agenda (of a meeting), report|tracker"
    )
    send.add_argument("--meeting", metavar="ID", help="the meeting (minutes, agenda)")
    send.add_argument("--engagement", metavar="ID", help="the engagement (report, tracker)")
    send.add_argument(
        "--audience",
        choices=("partners", "group"),
        default="partners",
        help="partners (default: to the partners list, nothing group-only) or group",
    )
    send.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the mail")
    send.add_argument(
        "-o",
        "--output",
        metavar="FILE.eml",
        help="write the draft here and do not open it",
    )
    add_db_option(send)
    send.set_defaults(func=cmd_send)


def open_in_mail_program(path: Path) -> bool:
    """Hand a file to the desktop (the mail program for .eml); False if nothing took it."""
    try:
        if sys.platform.startswith("win"):
            os.startfile(path)  # type: ignore[attr-defined]  # Windows only
            return True
        opener = "open" if sys.platform == "darwin" else "xdg-open"
        if shutil.which(opener) is None:
            return False
        return subprocess.run([opener, str(path)], check=False, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def cmd_send(args: argparse.Namespace) -> int:
    from workbench import config
    from workbench.domain import Audience
    from workbench.exports.runner import ExportError, ExportKind
    from workbench.exports.sending import SendRequest, prepare_send

    kind = ExportKind(args.what)
    db = open_db(args)
    try:
        if kind.of_meeting:
            if args.engagement and not args.meeting:
                message = translate("Cli", "the {kind} is of a meeting: give --meeting ID")
                raise CliError(message.format(kind=kind.value), 2)
            record_id = resolve_id(db, "meeting", args.meeting)
        else:
            if args.meeting and not args.engagement:
                message = translate("Cli", "the {kind} is of an engagement: give --engagement ID")
                raise CliError(message.format(kind=kind.value), 2)
            record_id = resolve_id(db, "engagement", args.engagement)
        eml = Path(args.output).expanduser() if args.output else None
        request = SendRequest(
            kind,
            record_id,
            Audience(args.audience),
            args.lang,
            eml_path=eml,
            folder=None if eml else config.drafts_dir(),
        )
        try:
            result = prepare_send(db, request)
        except ExportError as exc:
            raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    print(result.preview)
    print(translate("Cli", "Wrote the draft {path}").format(path=result.eml_path))
    if eml is None:
        if open_in_mail_program(result.eml_path):
            print(translate("Cli", "Opened it in the mail program."))
        else:
            unopened = translate(
                "Cli",
                "No mail program opened it: the draft is saved in {folder}; "
                "open it in your mail program, or attach it by hand.",
            )
            print(unopened.format(folder=result.eml_path.parent))
    return 0


def export_meeting_file(args: argparse.Namespace) -> int:
    """``workbench export invitation|brief --meeting ID``."""
    from workbench.exports.meeting_files import (
        brief_filename,
        invitation_filename,
        write_brief_file,
        write_invitation,
    )
    from workbench.exports.runner import ExportError

    if args.engagement and not args.meeting:
        message = translate("Cli", "the {kind} is of a meeting: give --meeting ID")
        raise CliError(message.format(kind=args.what), 2)
    if args.format is not None:
        message = translate("Cli", "the {kind} has one format: leave out --format")
        raise CliError(message.format(kind=args.what), 2)
    db = open_db(args)
    try:
        meeting_id = resolve_id(db, "meeting", args.meeting)
        try:
            if args.what == "invitation":
                path = Path(args.output or invitation_filename(db, meeting_id)).expanduser()
                made = write_invitation(
                    db, meeting_id, path, lang=args.lang, audience=args.audience
                )
            else:
                if args.audience == "partners":
                    raise CliError(
                        translate("Cli", "the chair's brief is for the working group only"), 2
                    )
                path = Path(args.output or brief_filename(db, meeting_id, args.lang)).expanduser()
                write_brief_file(db, meeting_id, path, lang=args.lang)
        except ExportError as exc:
            raise CliError(error_text(exc)) from exc
    finally:
        db.close()
    print(translate("Cli", "Wrote {path}").format(path=path))
    if args.what == "invitation":
        method = "CANCEL" if made.cancelled else "REQUEST"
        print(
            translate("Cli", "{method}, sequence {sequence}").format(
                method=method, sequence=made.sequence
            )
        )
        if made.unreachable:
            names = ", ".join(p.name or "" for p in made.unreachable)
            left_out = translate("Cli", "Not in the invitation (no e-mail address): {names}")
            print(left_out.format(names=names), file=sys.stderr)
    return 0

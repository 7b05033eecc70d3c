"""E-mail drafts as ``.eml`` files (RFC 5322, MIME attachments), marked as unsent.

``X-Unsent: 1`` makes Outlook open the file as a draft to edit and send, and Thunderbird
offers "Edit as new message"; every mail program can at least open it. The draft's
audience decides everything: its recipients come from the distribution list for that
version, and ``build_draft`` refuses to attach anything that is not for that audience:
a draft for partners can never carry a group version, whoever calls it.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from workbench.domain import Audience, utcnow
from workbench.exports.i18n import t
from workbench.services.cycle.distribution import Recipient


class MailError(Exception):
    """A draft that must not be made; the message is meant for the user."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    audience: Audience  # the version this file is

    @property
    def mime(self) -> tuple[str, str]:
        kind = mimetypes.guess_type(self.filename)[0] or "application/octet-stream"
        main, _, sub = kind.partition("/")
        return main, sub


@dataclass(frozen=True)
class Draft:
    audience: Audience
    lang: str
    subject: str
    body: str
    recipients: tuple[Recipient, ...]
    attachments: tuple[Attachment, ...]
    sender: Recipient | None = None

    @property
    def to(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.email and not r.cc)

    @property
    def cc(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.email and r.cc)

    @property
    def without_address(self) -> tuple[Recipient, ...]:
        """On the list but not addressed: the preview names them."""
        return tuple(r for r in self.recipients if not r.email)


def build_draft(
    *,
    audience: Audience | str,
    lang: str,
    subject: str,
    body: str,
    recipients: Sequence[Recipient],
    attachments: Sequence[Attachment],
    sender: Recipient | None = None,
) -> Draft:
    """A draft, refused when an attachment is not the version its audience may receive."""
    audience = Audience(audience)
    if audience == Audience.PARTNERS:
        wrong = [a.filename for a in attachments if a.audience != Audience.PARTNERS]
        if wrong:
            raise MailError(
                f"A draft for partners cannot carry a working-group version ({', '.join(wrong)}). "
                "Attach the partners version, or address the draft to the group."
            )
    return Draft(audience, lang, subject, body, tuple(recipients), tuple(attachments), sender)


def _address(person: Recipient) -> Address:
    """The address, with the name the draft's audience may see (``address_name``)."""
    user, _, domain = (person.email or "").rpartition("@")
    return Address(display_name=person.address_name or "", username=user, domain=domain)


def draft_eml(draft: Draft) -> bytes:
    """The draft as an RFC 5322 message with CRLF line ends, ready for a mail program."""
    msg = EmailMessage(policy=SMTP)
    if draft.sender is not None and draft.sender.email:
        msg["From"] = _address(draft.sender)
    if draft.to:
        msg["To"] = [_address(r) for r in draft.to]
    if draft.cc:
        msg["Cc"] = [_address(r) for r in draft.cc]
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="engagement-workbench")
    msg["X-Unsent"] = "1"
    msg["X-Workbench-Audience"] = draft.audience.value
    msg.set_content(draft.body)
    for attachment in draft.attachments:
        main, sub = attachment.mime
        msg.add_attachment(
            attachment.data, maintype=main, subtype=sub, filename=attachment.filename
        )
    msg["Content-Language"] = draft.lang  # after the parts: setting content clears it
    return bytes(msg)


def preview(draft: Draft) -> str:
    """What the user sees before the draft is opened: who, who not, what."""
    lang = draft.lang
    lines = [
        f"{t(lang, 'mail_to')}: " + (", ".join(r.display for r in draft.to) or "—"),
    ]
    if draft.cc:
        lines.append("Cc: " + ", ".join(r.display for r in draft.cc))
    if draft.without_address:
        names = ", ".join(r.name for r in draft.without_address)
        lines.append(t(lang, "mail_no_address", names=names))
    if not draft.recipients:
        lines.append(t(lang, "mail_no_recipients"))
    lines.append(f"{t(lang, 'mail_subject')}: {draft.subject}")
    for a in draft.attachments:
        lines.append(
            f"{t(lang, 'mail_attachment')}: {a.filename} ({t(lang, 'aud_' + a.audience.value)})"
        )
    return "\n".join(lines)

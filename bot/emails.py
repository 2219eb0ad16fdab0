"""The one way an email is built, whoever sends it: the outbox stores it whole (bot/storage/outbox.py)
and delivery only adds the sender when the composer left it to MAIL_FROM."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True)
class Attachment:
    content: bytes
    maintype: str
    subtype: str
    filename: str
    params: dict[str, str]


def compose(
    *, to: str, subject: str, body: str, sender: str | None = None, attachment: Attachment | None = None
) -> EmailMessage:
    """A plain-text email; without `sender` it goes out from MAIL_FROM."""
    message = EmailMessage()
    if sender:
        message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(
            attachment.content,
            maintype=attachment.maintype,
            subtype=attachment.subtype,
            filename=attachment.filename,
            params=attachment.params,
        )
    return message

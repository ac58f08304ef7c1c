"""E-mail files (.eml), e.g. a forwarded newsletter: the HTML body through the web-page
path when there is one, else the plain-text body. Subject, sender and date are metadata.
"""
from __future__ import annotations

import email.utils
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, Span
from briefing_app.ingest import limits
from briefing_app.ingest.decode import decode_bytes, normalize_newlines
from briefing_app.ingest.html import read_html

FORWARD_PREFIX = ("fwd:", "fw:", "wg:", "tr:", "re:")


def read_eml(data: bytes, name: str) -> tuple[str, Metadata, list[Span], str]:
    """(text, metadata, boilerplate, media type of the body used)."""
    header_end = data.find(b"\n\n")
    if header_end < 0 and data.find(b"\r\n\r\n") < 0 or b":" not in data[:1000]:
        raise InputError(f"{name}: not an e-mail message (no headers)")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # noqa: BLE001 - the email package raises many kinds on broken input
        raise InputError(f"{name}: not a readable e-mail message ({type(exc).__name__})") from None
    parts = sum(1 for _ in message.walk())
    if parts > limits.MAX_MIME_PARTS:
        raise InputError(f"{name}: refused: the message has {parts:,} parts (the limit is {limits.MAX_MIME_PARTS})")
    meta = _metadata(message)
    body = message.get_body(("html", "plain")) if isinstance(message, EmailMessage) else None
    if body is None:
        raise InputError(f"{name}: the message has no text or HTML body")
    content = _content(body, name)
    if body.get_content_subtype() == "html":
        text, page_meta, boilerplate = read_html(content, name)
        return text, meta.merged(page_meta), boilerplate, "text/html"
    text = normalize_newlines(content)
    if not text.strip():
        raise InputError(f"{name}: the message body is empty")
    return text, meta, [], "text/plain"


def _content(part, name: str) -> str:
    raw = part.get_payload(decode=True) or b""
    try:
        return decode_bytes(raw, name, part.get_content_charset())[0]
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - any decoding failure is the same bad input
        raise InputError(f"{name}: the message body cannot be decoded") from None


def _metadata(message) -> Metadata:
    subject = " ".join(str(message.get("subject", "") or "").split())
    while subject.lower().startswith(FORWARD_PREFIX):
        subject = subject.split(":", 1)[1].strip()
    sender = message.get("from")
    author = None
    if sender:
        display, address = email.utils.parseaddr(str(sender))
        author = display or address or None
    published = None
    try:
        when = email.utils.parsedate_to_datetime(str(message.get("date", "")))
        published = when.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return Metadata(title=subject or None, author=author, published=published)

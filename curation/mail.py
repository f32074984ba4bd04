"""Emails the site sends: in the recipient's language, plain text with an HTML alternative.

Every message has the same shape (`Message`): a subject, paragraphs, an optional quoted note
(a reviewer's note, a visitor's message), a list of items with links, and one main link. One
pair of templates (`templates/email/message.txt`, `.html`) renders all of them, with the site's
name; links are absolute (`SITE_URL`), and nothing in them tracks the reader (no images, no
redirects through another host).
"""

import logging
from dataclasses import dataclass, field
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


@dataclass
class Message:
    subject: str
    paragraphs: list = field(default_factory=list)
    #: A text quoted as it was written (a reviewer's note, a representative's message).
    quote: str = ""
    quote_label: str = ""
    #: [(heading, [(text, url), ...]), ...]
    sections: list = field(default_factory=list)
    #: (label, url) of the main link, or None.
    action: tuple | None = None
    #: Smaller text under the main link (why the reader gets this email).
    footer: str = ""


def absolute(path):
    """An address on this site for an email: SITE_URL + path."""
    return settings.SITE_URL + path


def render(message):
    """(subject, text, html) in the active language."""
    site_name = gettext("SSE Directory Thailand")
    context = {
        "message": message,
        "site_name": site_name,
        "site_url": settings.SITE_URL + "/",
        "language": translation.get_language(),
    }
    subject = " ".join(f"{message.subject} · {site_name}".split())
    text = render_to_string("email/message.txt", context)
    html = render_to_string("email/message.html", context)
    return subject, text, html


def send(to, language, build, *, reply_to=None, fail_silently=True):
    """Build a `Message` with `build()` in `language` and send it to the address `to`.

    Returns True when the server took it. A server that fails is logged, not raised: an email
    never turns a curator's save or a visitor's form into an error page.
    """
    with translation.override(language):
        subject, text, html = render(build())
    email = EmailMultiAlternatives(
        subject,
        text,
        to=[to],
        reply_to=reply_to,
        # RFC 3834: an automatic message; well-behaved servers send no out-of-office reply.
        headers={"Auto-Submitted": "auto-generated"},
    )
    email.attach_alternative(html, "text/html")
    try:
        email.send()
    except (SMTPException, OSError):
        if not fail_silently:
            raise
        logger.exception("Email not sent: %s", subject)
        return False
    return True

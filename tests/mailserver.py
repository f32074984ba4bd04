"""A real SMTP server on loopback (aiosmtpd) for the email tests, and what it received."""

import logging
import re
import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """aiosmtpd handler: every message the server accepted, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted"

    def to(self, address):
        return [m for m in self.messages if address in m.envelope_to]

    @staticmethod
    def subject(message):
        return str(message["Subject"]).strip()

    @staticmethod
    def text(message):
        return message.get_body(("plain",)).get_content()

    @staticmethod
    def html(message):
        return message.get_body(("html",)).get_content()

    @staticmethod
    def links(message):
        return re.findall(r"https?://\S+", Inbox.text(message))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    """Start an SMTP server on 127.0.0.1 and send the site's email through it (smtp backend)."""
    inbox = Inbox()
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.SITE_URL = "https://sse.example.org"
    try:
        yield inbox
    finally:
        controller.stop()

"""Telling curators by email: new work for reviewers, and decisions for the people who proposed.

- **New work** (a public suggestion, an Editor's pending change, a claim on a listing that a
  curator must approve): `tell_reviewers(item)` records a `Notice` for every reviewer (staff who
  may decide on pending changes, and administrators) who has an email address and has not turned
  the emails off. Once the transaction commits, reviewers who chose "at once" get one email with
  everything new in it (a spreadsheet import that proposes 500 changes sends one email, not
  500); reviewers who chose "once a day" get the daily digest from `manage.py send_digest`.
- **Decisions**: when a pending change is accepted or rejected, its author is told at once, with
  the reviewer's note.

An app says how its items read in an email with a `notice_text()` method (else `str()`), and
where a curator opens them with its admin change page. Every email is in the recipient's
language (`NotificationPreference.language`, Thai when not chosen).
"""

from datetime import timedelta
from itertools import groupby

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext

from . import mail
from .models import Notice, NotificationPreference, PendingChange

#: Who reviews: the permission to decide on pending changes (Reviewers and administrators).
REVIEWER_PERMISSION = "curation.change_pendingchange"
#: An "at once" notice not sent this long after it was made (the mail server was down) goes
#: out with the next digest instead.
RETRY_AFTER = timedelta(minutes=10)
#: Items listed in one email; the rest are counted.
MAX_ITEMS = 50

Frequency = NotificationPreference.Frequency


def preference(user):
    """The user's preference, or the defaults (Thai, at once) when they have not chosen."""
    try:
        return user.notification_preference
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(user=user)


def language_of(user):
    return preference(user).language


def reviewers():
    """Active staff who review, with an email address, who have not turned notices off."""
    users = get_user_model()._default_manager.with_perm(
        REVIEWER_PERMISSION, is_active=True, backend="django.contrib.auth.backends.ModelBackend"
    )
    return (
        users.filter(is_staff=True)
        .exclude(email="")
        .exclude(notification_preference__frequency=Frequency.NEVER)
    )


def admin_path(obj):
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return reverse("admin:index")


def describe(obj):
    text = getattr(obj, "notice_text", None)
    return text() if callable(text) else str(obj)


# --- new work for reviewers -----------------------------------------------------------------


def tell_reviewers(item):
    """Record a notice of `item` for each reviewer; those who chose "at once" get it on commit."""
    recipients = list(reviewers().values_list("pk", flat=True))
    if not recipients:
        return
    Notice.objects.bulk_create(Notice(recipient_id=pk, item=item) for pk in recipients)
    _send_on_commit()


class _SendBatch:
    """One `send_immediate` after the commit of the transaction that made the notices."""

    done = False

    def __call__(self):
        self.done = True
        send_immediate()


def _send_on_commit():
    connection = transaction.get_connection()
    batch = getattr(connection, "_curation_notice_batch", None)
    if batch is not None and not batch.done:
        if any(func is batch for _ids, func, _robust in connection.run_on_commit):
            return  # this transaction sends already
    connection._curation_notice_batch = batch = _SendBatch()
    transaction.on_commit(batch, robust=True)


def _sections(notices):
    """[(heading, [(text, url), ...])] grouped by kind of item, in the active language."""
    sections = []
    items = [n for n in notices if n.item is not None]
    items.sort(key=lambda n: (n.content_type_id, n.created))
    listed = 0
    for _type, group in groupby(items, key=lambda n: n.content_type_id):
        group = list(group)
        entries = []
        for notice in group:
            if listed >= MAX_ITEMS:
                break
            entries.append((describe(notice.item), mail.absolute(admin_path(notice.item))))
            listed += 1
        if entries:
            opts = group[0].item._meta
            heading = f"{capfirst(opts.verbose_name_plural)} ({len(group)})"
            sections.append((heading, entries))
    return sections, len(items) - listed


def _notice_message(notices, digest):
    def build():
        sections, more = _sections(notices)
        count = sum(len(items) for _h, items in sections) + more
        if digest:
            subject = ngettext(
                "Daily digest: %(count)d new item to review",
                "Daily digest: %(count)d new items to review",
                count,
            ) % {"count": count}
        elif count == 1:
            subject = gettext("To review: %(item)s") % {"item": sections[0][1][0][0]}
        else:
            subject = ngettext(
                "%(count)d new item to review", "%(count)d new items to review", count
            ) % {"count": count}
        paragraphs = [
            gettext("New work is waiting for a reviewer in the curators' workspace.")
            if not digest
            else gettext("What came in for review since the last digest.")
        ]
        if more:
            paragraphs.append(
                ngettext(
                    "…and %(count)d more: see the workspace.",
                    "…and %(count)d more: see the workspace.",
                    more,
                )
                % {"count": more}
            )
        return mail.Message(
            subject=subject,
            paragraphs=paragraphs,
            sections=sections,
            action=(gettext("Open the curators' workspace"), mail.absolute(reverse("admin:index"))),
            footer=gettext(
                "You get this email as a reviewer. Choose at once, once a day or never under "
                "“Email notifications” in the workspace."
            ),
        )

    return build


def _send_notices(notices, digest):
    """Send each recipient one email with their notices; mark the sent ones. Emails sent."""
    sent = 0
    notices = sorted(notices, key=lambda n: (n.recipient_id, n.created))
    for _recipient, group in groupby(notices, key=lambda n: n.recipient_id):
        group = list(group)
        user = group[0].recipient
        live = [n for n in group if n.item is not None]
        if live and user.email:
            if not mail.send(user.email, language_of(user), _notice_message(live, digest)):
                continue  # kept unsent: the next digest tries again
            sent += 1
        Notice.objects.filter(pk__in=[n.pk for n in group]).update(sent=timezone.now())
    return sent


def _unsent():
    return Notice.objects.filter(sent__isnull=True).select_related(
        "recipient__notification_preference", "content_type"
    )


def send_immediate():
    """Send the unsent notices of reviewers who chose "at once" (run after each commit)."""
    notices = [
        n
        for n in _unsent().prefetch_related("item")
        if preference(n.recipient).frequency == Frequency.IMMEDIATELY
    ]
    return _send_notices(notices, digest=False)


def send_digest(now=None):
    """The daily digest: every unsent notice of "once a day" reviewers (and "at once" notices
    that could not be sent); returns the number of emails sent."""
    now = now or timezone.now()
    notices = []
    for notice in _unsent().prefetch_related("item"):
        frequency = preference(notice.recipient).frequency
        if frequency == Frequency.DAILY or (
            frequency == Frequency.IMMEDIATELY and notice.created < now - RETRY_AFTER
        ):
            notices.append(notice)
        elif frequency == Frequency.NEVER:
            notices.append(notice)  # turned off after the notice was made: drop it quietly
    never = [n for n in notices if preference(n.recipient).frequency == Frequency.NEVER]
    Notice.objects.filter(pk__in=[n.pk for n in never]).update(sent=now)
    return _send_notices([n for n in notices if n not in never], digest=True)


# --- decisions, for the author of a pending change ------------------------------------------


def author_label(user):
    """How a proposer is named to curators: their full name, and the account."""
    if user is None:
        return gettext("an unknown user")
    full = user.get_full_name().strip()
    return f"{full} ({user.get_username()})" if full else user.get_username()


def tell_author(change):
    """Tell the author of `change` (accepted or rejected) of the decision, with the note."""
    author = change.author
    if author is None or not author.is_active or not author.email:
        return
    entry = change.entry

    def build():
        accepted = change.state == PendingChange.State.ACCEPTED
        name = str(entry) if entry is not None else f"#{change.object_id}"
        if accepted:
            subject = gettext("Your change to “%(entry)s” is accepted") % {"entry": name}
            lead = gettext(
                "A reviewer accepted the change you proposed to “%(entry)s” (proposal "
                "#%(number)s). It is now live."
            )
        else:
            subject = gettext("Your change to “%(entry)s” is not accepted") % {"entry": name}
            lead = gettext(
                "A reviewer did not accept the change you proposed to “%(entry)s” (proposal "
                "#%(number)s). The entry stays as it was."
            )
        action = None
        if entry is not None:
            if author.is_staff:
                action = (gettext("Open the entry"), mail.absolute(admin_path(entry)))
            elif getattr(entry, "is_published", False) and hasattr(entry, "get_absolute_url"):
                action = (gettext("See the public page"), mail.absolute(entry.get_absolute_url()))
        return mail.Message(
            subject=subject,
            paragraphs=[lead % {"entry": name, "number": change.pk}],
            quote=change.note,
            quote_label=gettext("The reviewer's note:"),
            action=action,
            footer=gettext("You get this email because you proposed this change."),
        )

    language = language_of(author)
    transaction.on_commit(lambda: mail.send(author.email, language, build), robust=True)

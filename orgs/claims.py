"""Claim this listing: an organisation's representative keeps its entry current.

1. "Is this your organisation?" on a published profile opens the claim form (name, email, role,
   message). Drafts and entries not published have no such form (404).
2. When the organisation has a public email on record (`contact_public`), a verification link is
   sent there: signed, valid for CLAIM_VERIFY_SECONDS, single-use (it carries the claim's key,
   which changes once used). Without a public email the claim waits for a curator, who approves
   or rejects it in the admin.
3. Once verified or approved, the claim is active: the representative gets a personal link
   (signed, with the claim's key) to a correction form. Each correction is a pending change
   under their name (an account without password or staff status, made for the claim), which
   reviewers accept or reject in the review queue as any other; they are told of the decision.
4. A curator revokes the claim in the admin: the key changes, the account is deactivated, and
   the personal link stops working.

No email or page of this flow shows the organisation's private email or phone.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.text import slugify
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from curation import mail
from curation.history import translated_base_fields
from curation.models import NotificationPreference
from curation.notifications import tell_reviewers
from curation.workflow import field_changes, pending_for, propose

from .forms import ClaimForm, CorrectionForm
from .models import Claim, Organisation
from .spam import too_many

VERIFY_SALT = "orgs.claim.verify"
ACCESS_SALT = "orgs.claim.access"


def new_key():
    return secrets.token_urlsafe(32)


def verify_token(claim):
    return signing.TimestampSigner(salt=VERIFY_SALT).sign_object({"c": claim.pk, "k": claim.key})


def access_token(claim):
    return signing.dumps({"c": claim.pk, "k": claim.key}, salt=ACCESS_SALT)


def claim_for(payload, state):
    """The claim a token names when it is in `state` and the key matches, else None."""
    if not isinstance(payload, dict):
        return None
    claim = (
        Claim.objects.filter(pk=payload.get("c") if isinstance(payload.get("c"), int) else None)
        .select_related("organisation", "representative")
        .first()
    )
    if claim is None or claim.state != state:
        return None
    if not constant_time_compare(str(payload.get("k", "")), claim.key):
        return None
    return claim


# --- emails ---------------------------------------------------------------------------------


def send_verification(claim):
    organisation = claim.organisation
    link = mail.absolute(
        reverse("orgs:claim_verify", args=[organisation.slug, verify_token(claim)])
    )
    days = max(1, settings.CLAIM_VERIFY_SECONDS // 86400)

    def build():
        return mail.Message(
            subject=gettext("Is %(name)s allowed to keep “%(organisation)s” up to date?")
            % {"name": claim.name, "organisation": organisation},
            paragraphs=[
                gettext(
                    "%(name)s (%(role)s, %(email)s) asked to keep the listing of "
                    "“%(organisation)s” in the directory up to date. We send this to the "
                    "organisation's public email address to check that they speak for it."
                )
                % {
                    "name": claim.name,
                    "role": claim.role,
                    "email": claim.email,
                    "organisation": organisation,
                },
                gettext(
                    "If they do, open the link below within %(days)d days. They will then get a "
                    "personal link to propose corrections, which curators check before anything "
                    "changes. The link works once."
                )
                % {"days": days},
            ],
            action=(gettext("Confirm that they speak for the organisation"), link),
            footer=gettext("If you do not know this person, ignore this email: nothing changes."),
        )

    mail.send(claim.verified_to, claim.language, build)


def send_access(claim):
    organisation = claim.organisation
    link = mail.absolute(reverse("orgs:claim_edit", args=[organisation.slug, access_token(claim)]))

    def build():
        return mail.Message(
            subject=gettext("You can now propose corrections to “%(organisation)s”")
            % {"organisation": organisation},
            paragraphs=[
                gettext(
                    "Your claim on the listing of “%(organisation)s” is confirmed. With the "
                    "personal link below you propose corrections at any time; curators check "
                    "each one before it is published, and you get an email when they decide."
                )
                % {"organisation": organisation},
                gettext(
                    "Keep the link to yourself: whoever has it proposes changes in your name. "
                    "Ask the curators to end it if it was shared by mistake."
                ),
            ],
            action=(gettext("Propose a correction"), link),
            footer=gettext("You get this email because you claimed this listing."),
        )

    mail.send(claim.email, claim.language, build)


# --- state changes (the views and the admin use these) --------------------------------------


@transaction.atomic
def activate(claim, by=None):
    """Make the claim active: the representative's account, a new key, the personal link."""
    # The account name says who it is where the admin shows only the account (Latin letters).
    username = "-".join(filter(None, ["representative", str(claim.pk), slugify(claim.name)]))
    user = claim.representative or get_user_model()(username=username[:150])
    user.first_name, user.last_name = claim.name[:150], ""
    user.email = claim.email
    user.is_staff = user.is_superuser = False
    user.is_active = True
    user.set_unusable_password()
    user.save()
    NotificationPreference.objects.update_or_create(
        user=user, defaults={"language": claim.language}
    )
    claim.representative = user
    claim.state = Claim.State.ACTIVE
    claim.key = new_key()
    claim.activated = timezone.now()
    claim.decided_by = by
    claim.save()
    transaction.on_commit(lambda: send_access(claim), robust=True)


@transaction.atomic
def end(claim, state, by=None, note=None):
    """Reject or revoke the claim: its links stop working and its account is deactivated."""
    claim.state = state
    claim.key = new_key()
    claim.decided_by = by
    if note is not None:
        claim.note = note
    claim.save()
    if claim.representative is not None:
        claim.representative.is_active = False
        claim.representative.save(update_fields=["is_active"])


# --- views ----------------------------------------------------------------------------------


def published_organisation(slug):
    return get_object_or_404(Organisation.objects.published(), slug=slug)


def request_claim(request, slug):
    organisation = published_organisation(slug)
    form = ClaimForm(request.POST if request.method == "POST" else None)
    status = 200
    limited = False
    if request.method == "POST":
        if form.is_spam:
            return redirect("orgs:claim_sent", slug=slug)
        limited = too_many(request, scope="claim")
        if limited:
            status = 429
        elif form.is_valid():
            claim = form.save(commit=False)
            claim.organisation = organisation
            claim.language = request.LANGUAGE_CODE
            claim.key = new_key()
            claim.verified_to = organisation.public_email
            claim.state = (
                Claim.State.UNVERIFIED if claim.verified_to else Claim.State.AWAITING_APPROVAL
            )
            with transaction.atomic():
                claim.save()
                if claim.state == Claim.State.AWAITING_APPROVAL:
                    tell_reviewers(claim)
            if claim.state == Claim.State.UNVERIFIED:
                send_verification(claim)
            by = "email" if claim.state == Claim.State.UNVERIFIED else "curator"
            return redirect(reverse("orgs:claim_sent", args=[slug]) + f"?by={by}")
        else:
            status = 400
    context = {
        "form": form,
        "organisation": organisation,
        "limited": limited,
        "has_public_email": bool(organisation.public_email),
        "nav": "organisations",
    }
    return render(request, "orgs/claim_form.html", context, status=status)


def claim_sent(request, slug):
    organisation = published_organisation(slug)
    context = {
        "organisation": organisation,
        "by_email": request.GET.get("by") == "email",
        "nav": "organisations",
    }
    return render(request, "orgs/claim_sent.html", context)


@never_cache
def verify(request, slug, token):
    """The link in the verification email: a page with one button (POST), so that a mail
    scanner that opens links does not use it up."""
    organisation = published_organisation(slug)
    problem = None
    try:
        payload = signing.TimestampSigner(salt=VERIFY_SALT).unsign_object(
            token, max_age=settings.CLAIM_VERIFY_SECONDS
        )
    except signing.SignatureExpired:
        problem = "expired"
    except signing.BadSignature:
        problem = "invalid"
    else:
        claim = claim_for(payload, Claim.State.UNVERIFIED)
        if claim is None or claim.organisation_id != organisation.pk:
            problem = "used"
    context = {"organisation": organisation, "nav": "organisations"}
    if problem:
        context["problem"] = problem
        return render(request, "orgs/claim_link_problem.html", context, status=400)
    context["claim"] = claim
    if request.method == "POST":
        activate(claim)
        return render(request, "orgs/claim_verified.html", context)
    return render(request, "orgs/claim_verify.html", context)


def active_claim(slug, token):
    """The active claim a personal link names, on a published organisation; else 404."""
    try:
        payload = signing.loads(token, salt=ACCESS_SALT)
    except signing.BadSignature:
        raise Http404 from None
    claim = claim_for(payload, Claim.State.ACTIVE)
    if claim is None or claim.organisation.slug != slug or not claim.organisation.is_published:
        raise Http404
    return claim


@never_cache
def edit(request, slug, token):
    claim = active_claim(slug, token)
    organisation = claim.organisation
    data = request.POST if request.method == "POST" else None
    form = CorrectionForm(data, organisation=organisation)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            live = Organisation.objects.get(pk=organisation.pk)
            candidate = form.candidate(live)
            skip = translated_base_fields(Organisation)
            names = {name for name in form.changed_data if name not in skip}
            change = propose(
                live, fields=field_changes(live, candidate, names), user=claim.representative
            )
            url = reverse("orgs:claim_edit", args=[slug, token])
            return redirect(f"{url}?sent={'1' if change else '0'}")
        status = 400
    context = {
        "form": form,
        "organisation": organisation,
        "claim": claim,
        "waiting": pending_for(organisation).filter(author=claim.representative).count(),
        "sent": request.GET.get("sent"),
        "nav": "organisations",
    }
    return render(request, "orgs/claim_edit.html", context, status=status)

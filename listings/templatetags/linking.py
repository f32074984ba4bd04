"""Template helpers for pages others link to: canonical address, hreflang alternates, JSON-LD."""

import json
from urllib.parse import unquote, urlencode, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from curation.language import current_language

register = template.Library()

#: Open Graph locale of each site language.
OG_LOCALES = {"th": "th_TH", "en": "en_US"}

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def page_url(request, lang=None, unprefixed=False):
    """The absolute address of the current page, in `lang` (the same path and query).

    `unprefixed` gives the address without the language prefix, which redirects by the
    visitor's Accept-Language: the x-default alternate, as in the sitemap.
    """
    path = request.get_full_path()
    if lang or unprefixed:
        path = translate_url(path, lang or settings.LANGUAGE_CODE)
    if unprefixed:
        prefix = f"/{lang or settings.LANGUAGE_CODE}/"
        if path.startswith(prefix):
            path = "/" + path[len(prefix) :]
    return request.build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context.get("request")
    return page_url(request) if request is not None else ""


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """<link rel="canonical"> and one hreflang alternate per language, plus x-default (Thai)."""
    request = context.get("request")
    if request is None:
        return ""
    links = [("canonical", None, page_url(request))]
    links += [("alternate", code, page_url(request, code)) for code, _ in settings.LANGUAGES]
    links.append(("alternate", "x-default", page_url(request, None, unprefixed=True)))
    return format_html_join(
        "\n  ",
        '<link rel="{}"{} href="{}">',
        (
            (rel, format_html(' hreflang="{}"', code) if code else "", href)
            for rel, code, href in links
        ),
    )


@register.simple_tag
def og_locales():
    """og:locale for the page's language and og:locale:alternate for the others."""
    lang = current_language()
    tags = [format_html('<meta property="og:locale" content="{}">', OG_LOCALES.get(lang, lang))]
    tags += [
        format_html('<meta property="og:locale:alternate" content="{}">', OG_LOCALES[code])
        for code, _ in settings.LANGUAGES
        if code != lang
    ]
    return mark_safe("\n  ".join(tags))


def dumps_for_html(data):
    """JSON safe inside <script>: `<`, `>` and `&` escaped, so text cannot close the element."""
    return json.dumps(data, ensure_ascii=False, indent=None).translate(_JSON_ESCAPES)


@register.filter
def json_ld(data):
    """A dict as a <script type="application/ld+json"> block (a data block, never executed)."""
    if not data:
        return ""
    return mark_safe(f'<script type="application/ld+json">{dumps_for_html(data)}</script>')


@register.filter
def readable_url(url):
    """A web address as people read it: percent-encoded Thai decoded and a punycode host
    (xn--…) in its own letters. For the link's text only; the href keeps the address as is."""
    text = str(url or "")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        if "xn--" in host:
            netloc = parts.netloc.replace(host, host.encode("ascii").decode("idna"))
            text = urlunsplit(parts._replace(netloc=netloc))
    except (UnicodeError, ValueError):
        pass
    return unquote(text, errors="replace")


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    """The absolute address of a static file (for og:image, which must be absolute)."""
    url = static(path)
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


#: Share addresses of the services people use in Thailand; each is a plain link, no script.
SHARE_SERVICES = (
    ("LINE", "https://social-plugins.line.me/lineit/share?{}", ("url",)),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?{}", ("u",)),
    ("X", "https://x.com/intent/post?{}", ("url", "text")),
)


@register.simple_tag(takes_context=True)
def share_links(context, title=""):
    """[(service name, share address)] for the current page's canonical address."""
    url = canonical_url(context)
    links = []
    for name, pattern, params in SHARE_SERVICES:
        values = {"url": url, "u": url, "text": str(title)}
        links.append((name, pattern.format(urlencode({p: values[p] for p in params}))))
    return links

"""The base of every sitemap section: each page in Thai and English, with alternates."""

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import QuerySet

from curation.aggregates import cached_count, cached_list


class ItemLanguagePairs:
    """The (entry, language) pairs a bilingual sitemap paginates, sliced in the database.

    Django's own `Sitemap._items()` builds the list of every pair to show one page of them:
    230,000 objects at 100,000 organisations. This counts the entries and reads only the rows of
    the page asked for.
    """

    def __init__(self, queryset, languages):
        self.queryset, self.languages = queryset, list(languages)

    def count(self):
        return cached_count(self.queryset) * len(self.languages)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        n = len(self.languages)
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        items = self.queryset[start // n : -(-stop // n)]
        pairs = [(item, lang) for item in items for lang in self.languages]
        offset = start - (start // n) * n
        return pairs[offset : offset + stop - start]


class BilingualSitemap(Sitemap):
    """Every page in Thai and English, each listing the other (and x-default) as alternates.

    Sections over entries are pages of at most `limit` URLs (the sitemap protocol allows
    50,000); /sitemap.xml is the index of them, with each section's last change.
    """

    i18n = True
    alternates = True
    x_default = True
    limit = 10_000

    @property
    def paginator(self):
        items = self.items()
        if isinstance(items, QuerySet):
            return Paginator(ItemLanguagePairs(items, self._languages()), self.limit)
        return super().paginator

    def get_latest_lastmod(self):
        """The newest `updated` of the section, from one (cached) indexed query."""
        items = self.items()
        if not isinstance(items, QuerySet) or not callable(getattr(self, "lastmod", None)):
            return super().get_latest_lastmod()
        latest = cached_list(items.order_by("-updated").values_list("updated", flat=True)[:1])
        return latest[0] if latest else None

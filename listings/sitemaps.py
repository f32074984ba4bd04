"""The base of every sitemap section: each page in Thai and English, with alternates."""

from django.contrib.sitemaps import Sitemap


class BilingualSitemap(Sitemap):
    """Every page in Thai and English, each listing the other (and x-default) as alternates."""

    i18n = True
    alternates = True
    x_default = True

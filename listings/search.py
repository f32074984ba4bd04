"""Search for the public lists: the one implementation of the `q` filter parameter.

Models declare what is searched (`search_fields = SearchFields(...)`, see the models); this module
does the rest, the same way for every model (docs/search.md explains it for visitors' queries):

- `normalise()` turns a query and the stored text into the same comparable form: abbreviation
  marks (ฯ, .) dropped, case folded, invisible characters removed, Thai vowel and tone marks put
  in their standard order, Thai digits read as Arabic ones, punctuation and runs of spaces made
  one space.
- Every searched model stores its searched text, normalised, in `search_text` (with its names
  again without spaces, because Thai writers space names differently), and its own names in
  `search_names` (one per line, without spaces). Both are filled on every save, also when a
  related row that is searched changes (a programme's host, its units), and by `refresh()` for
  bulk-created rows. On PostgreSQL a GIN trigram index on each column serves every word of a
  query as one `LIKE '%word%'`.
- `SearchQuerySet.search(text)` keeps the entries in which every word of the query occurs, in any
  field and any order; `by_relevance(text, …)` orders them in bands: exact name or short name,
  name prefix, other name match, other fields. A page of a large result set is read band by
  band (each band's size cached, the large bands read from the list's sort index), so that its
  cost does not grow with the number of matches.
- `suggestions()` offers names close to a query that found little ("Did you mean …?"):
  trigram word similarity on PostgreSQL, a simpler character match on SQLite; `clear_choice()`
  picks the one name clearly meant, which pages then list at once.
"""

import re
import unicodedata
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connections, migrations, models, transaction
from django.db.models import Case, Count, F, IntegerField, Min, Q, Value, When
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import search_indexes

# The `%>` operator (word similarity above pg_trgm.word_similarity_threshold) is what the GIN
# trigram index serves; django.contrib.postgres registers it only when it is an installed app.
models.TextField.register_lookup(TrigramWordSimilar)

#: Published status (curated entries); related rows in any other status are not searched.
PUBLISHED = "published"

# --- Normalisation -------------------------------------------------------------------------

#: Marks that shorten a word (จุฬาฯ, ม.มหิดล, Co.): dropped, so that จุฬา and จุฬาฯ are one word.
ABBREVIATION_MARKS = str.maketrans("", "", "ฯ.")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
THANTHAKHAT = "\u0e4c"  # ์
ABOVE_BELOW_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"  # ั ิ ี ึ ื ุ ู ฺ ็
FOLLOWING_VOWELS = "\u0e30\u0e32\u0e33\u0e45"  # ะ า ำ ๅ
NIKHAHIT, SARA_AA, SARA_AM, SARA_E, SARA_AE = "\u0e4d", "\u0e32", "\u0e33", "\u0e40", "\u0e41"
COMBINING_MARKS = ABOVE_BELOW_VOWELS + TONE_MARKS + THANTHAKHAT + NIKHAHIT

#: Thai keyboards let marks be typed in any order and the screen shows the same word; Unicode
#: stores the vowel above or below first, then the tone mark (the same rules as
#: pythainlp.util.reorder_vowels, which would bring 60 MB of language models for them).
THAI_REORDERING = [
    # Two Sara E look like Sara Ae: เเ → แ
    (re.compile(SARA_E + SARA_E), SARA_AE),
    # Nikhahit (+ tone mark) + Sara Aa is Sara Am typed in two strokes: ◌ํ◌้า → ◌้ำ
    (re.compile(f"{NIKHAHIT}([{TONE_MARKS}]?){SARA_AA}"), rf"\1{SARA_AM}"),
    # A tone mark or thanthakhat before the vowel above or below: ◌่◌ี → ◌ี◌่
    (re.compile(f"([{TONE_MARKS}{THANTHAKHAT}]+)([{ABOVE_BELOW_VOWELS}]+)"), r"\2\1"),
    # A following vowel before the tone mark: ◌า◌่ → ◌่◌า
    (re.compile(f"([{FOLLOWING_VOWELS}]+)([{TONE_MARKS}]+)"), r"\2\1"),
    # The same mark twice is invisible on screen: ◌ีี → ◌ี
    (re.compile(f"([{COMBINING_MARKS}])\\1+"), r"\1"),
]


def _is_separator(char):
    category = unicodedata.category(char)
    # Punctuation and control characters separate words; format characters (zero-width space,
    # joiners, soft hyphen, direction marks) are invisible and simply removed.
    return category[0] == "P" or category in ("Cc", "Zs", "Zl", "Zp")


def normalise(text):
    """The comparable form of a text, the same for queries and stored text.

    >>> normalise("  จุฬาฯ ")
    'จุฬา'
    >>> normalise("ม.มหิดล")
    'มมหิดล'
    >>> normalise("Thaksin   University, Phatthalung")
    'thaksin university phatthalung'
    """
    if not text:
        return ""
    # NFKC: full-width letters, ligatures and no-break spaces become their plain forms. It splits
    # Sara Am into Nikhahit + Sara Aa, which the reordering joins again.
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.translate(ABBREVIATION_MARKS).translate(THAI_DIGITS)
    text = "".join(
        " " if _is_separator(char) else char for char in text if unicodedata.category(char) != "Cf"
    )
    for pattern, replacement in THAI_REORDERING:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def words(text):
    """The words of a query: split on white space (and punctuation), each normalised."""
    return normalise(text).split()


def compact(text):
    """The normalised text without spaces: how names are compared (Thai spacing varies)."""
    return normalise(text).replace(" ", "")


def validate_query(value):
    """A search text a visitor may send: no NUL, control characters or broken encoding."""
    if "\ufffd" in value:
        # Django decodes a malformed percent-encoding (broken UTF-8) as U+FFFD.
        raise forms.ValidationError(
            _("The search text is not valid UTF-8 text. Type it again."), code="encoding"
        )
    if any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in value):
        raise forms.ValidationError(
            _("The text contains a character that is not allowed."), code="control"
        )


# --- What a model searches -----------------------------------------------------------------


@dataclass(frozen=True)
class SearchFields:
    """The searched fields of a model, declared once on it as `search_fields`.

    `names` are the entry's names (relevance bands and suggestions), `other` its other searched
    fields, `related` relation → fields of related rows that are searched too (published rows
    only). Translated fields are searched in every language.
    """

    names: tuple
    other: tuple = ()
    related: dict = field(default_factory=dict)
    #: URL name of the public list this model's matches link to (None: no list page).
    list_url_name: str | None = None


#: The stored search columns; derived on every save, so history does not keep them.
COLUMNS = ["search_text", "search_names"]


class SearchColumns(models.Model):
    """The stored, normalised search columns (filled by this module; never edited by hand)."""

    search_text = models.TextField(_("search text"), blank=True, default="", editable=False)
    search_names = models.TextField(_("search names"), blank=True, default="", editable=False)

    class Meta:
        abstract = True


def _columns(model, name):
    """The database columns of a (possibly translated) field: name_th, name_en; or name."""
    translated = [f"{name}_{code}" for code, _label in settings.LANGUAGES]
    present = {f.attname for f in model._meta.concrete_fields}
    found = [column for column in translated if column in present]
    return found or [name]


def _is_public(obj):
    return getattr(obj, "status", PUBLISHED) == PUBLISHED


def _related_rows(instance, path):
    relation = instance._meta.get_field(path)
    if relation.many_to_one or relation.one_to_one:
        related = getattr(instance, path, None) if getattr(instance, relation.attname) else None
        rows = [related] if related is not None else []
    elif instance.pk is None:
        rows = []  # an unsaved entry has no reverse relations yet
    else:
        rows = list(getattr(instance, path).all())
    return [row for row in rows if _is_public(row)]


def _values(obj, names):
    for name in names:
        for column in _columns(type(obj), name):
            value = getattr(obj, column, "")
            if value:
                yield value


def search_columns(instance, spec=None):
    """(search_text, search_names) of an entry, from its fields and the related rows searched."""
    spec = spec or type(instance).search_fields
    names = [compact(value) for value in _values(instance, spec.names)]
    names = [name for name in dict.fromkeys(names) if name]
    texts = [normalise(value) for value in _values(instance, spec.names + spec.other)]
    for path, fields in spec.related.items():
        for row in _related_rows(instance, path):
            texts += [normalise(value) for value in _values(row, fields)]
    # Lines keep a word of the query from matching across two fields.
    lines = [line for line in dict.fromkeys(texts + names) if line]
    search_names = "\n" + "\n".join(names) + "\n" if names else ""
    return "\n".join(lines), search_names


def fill(instance, spec=None):
    """Set an entry's search columns (before save, or before bulk_create)."""
    instance.search_text, instance.search_names = search_columns(instance, spec)
    return instance


def refresh(queryset, spec=None, batch_size=500):
    """Recompute the search columns of every row of `queryset` (bulk-created or migrated rows).

    Works with the historical models of a migration too; pass the live model's `spec` then.
    """
    model = queryset.model
    spec = spec or model.search_fields
    forward = [p for p in spec.related if model._meta.get_field(p).many_to_one]
    reverse = [p for p in spec.related if p not in forward]
    rows = queryset.order_by("pk").select_related(*forward).prefetch_related(*reverse)
    last, count = None, 0
    while True:
        chunk = list((rows.filter(pk__gt=last) if last is not None else rows)[:batch_size])
        if not chunk:
            return count
        for obj in chunk:
            fill(obj, spec)
        model._default_manager.bulk_update(chunk, COLUMNS)
        last, count = chunk[-1].pk, count + len(chunk)


# --- Keeping the columns current ----------------------------------------------------------

#: Models with search columns, in registration order (organisations, programmes, events).
REGISTRY = []


def register(model):
    """Keep `model`'s search columns current; call once after the model's class."""
    if model not in REGISTRY:
        REGISTRY.append(model)
    return model


def _dependents(sender):
    """(owner model, relation path) of every registered model that searches `sender`'s rows."""
    found = []
    for owner in REGISTRY:
        for path in owner.search_fields.related:
            if owner._meta.get_field(path).related_model is sender:
                found.append((owner, path))
    return found


def _fill_before_save(sender, instance, **kwargs):
    if sender in REGISTRY:
        fill(instance)


def _after_save(sender, instance, update_fields=None, **kwargs):
    if sender in REGISTRY and update_fields is not None and "search_text" not in update_fields:
        # save(update_fields=[...]) writes only those fields: store the new columns as well.
        sender._default_manager.filter(pk=instance.pk).update(
            search_text=instance.search_text, search_names=instance.search_names
        )
    for owner, path in _dependents(sender):
        refresh(owner._default_manager.filter(**{path: instance}))


def _before_delete(sender, instance, **kwargs):
    owners = {}
    for owner, path in _dependents(sender):
        pks = list(owner._default_manager.filter(**{path: instance}).values_list("pk", flat=True))
        owners.setdefault(owner, set()).update(pks)
    if owners:
        instance._search_owners = owners


def _after_delete(sender, instance, **kwargs):
    for owner, pks in getattr(instance, "_search_owners", {}).items():
        refresh(owner._default_manager.filter(pk__in=pks))


pre_save.connect(_fill_before_save, dispatch_uid="listings.search.fill")
post_save.connect(_after_save, dispatch_uid="listings.search.after_save")
pre_delete.connect(_before_delete, dispatch_uid="listings.search.before_delete")
post_delete.connect(_after_delete, dispatch_uid="listings.search.after_delete")


# --- Querying ------------------------------------------------------------------------------


def _bands(text):
    """The relevance bands for `text` as conditions, best first; each excludes the ones before.

    The same bands as `relevance()`: exact name or short name, name prefix, every word in a
    name, the rest (the words occur in other fields only).
    """
    whole = compact(text)
    exact = Q(search_names__contains=f"\n{whole}\n")
    prefix = Q(search_names__contains=f"\n{whole}")
    in_names = Q(*[Q(search_names__contains=term) for term in words(text)])
    # exact ⊂ prefix ⊂ in_names: a name that starts with the whole query contains each word.
    return [exact, prefix & ~exact, in_names & ~prefix, ~in_names]


def relevance(text):
    """Relevance band of each entry for `text` (1 is best), for order_by()."""
    if not compact(text):
        return Value(1)
    return Case(
        *[When(band, then=Value(number)) for number, band in enumerate(_bands(text)[:3], 1)],
        default=Value(4),
        output_field=IntegerField(),
    )


#: Up to this many matches a page is one `ORDER BY CASE …` (sorting them all costs less than
#: reading the bands one by one); above it, pages are read band by band.
SORTED_UP_TO = 1000


class SearchQuerySet(models.QuerySet):
    """`search()` and `by_relevance()` for a model with search columns."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        #: (text, then) while the queryset is in relevance order (see `by_relevance`).
        self._relevance = None

    def _clone(self):
        clone = super()._clone()
        clone._relevance = self._relevance
        return clone

    def order_by(self, *field_names):
        clone = super().order_by(*field_names)
        clone._relevance = None  # another order was asked for
        return clone

    def search(self, text):
        """Entries in which every word of `text` occurs (any field, any order)."""
        terms = words(text)
        if not terms:
            return self
        return self.filter(*[Q(search_text__contains=term) for term in terms])

    def by_relevance(self, text, *then):
        """Ordered by relevance band, then by `then` (the list's usual order) within a band.

        The order is one `ORDER BY CASE …` for whatever reads the whole queryset (downloads,
        counts); a page (a slice: lists, embeds, feeds, the API, the site search) is read band
        by band instead, see `_fetch_page_by_band`.
        """
        clone = self.order_by(relevance(text), *then)
        if compact(text) and then:
            clone._relevance = (text, then)
        return clone

    def _in_bands(self):
        """True while reads of this queryset may go band by band (relevance order, rows)."""
        query = self.query
        return (
            self._relevance is not None
            and self._iterable_class is models.query.ModelIterable
            and query.standard_ordering
            and not query.combinator
            and not query.distinct_fields
        )

    def count(self):
        if self._result_cache is None and self._in_bands() and not self.query.is_sliced:
            return sum(size for size, _first in self.band_sizes().values())
        return super().count()

    def band_sizes(self):
        """{band: (rows, first sort value)} of the non-empty bands.

        One grouped pass over the matches, cached per filter state and data version like every
        count (curation/aggregates.py): it is the list's count as well.
        """
        from curation.aggregates import cached_list

        text, then = self._relevance
        sort = _sort_expression(then[0])
        matches = self._chain()
        matches.query.clear_limits()
        rows = (
            matches.order_by()
            .annotate(band=relevance(text))
            .values("band")
            .annotate(rows=Count("pk"), first=Min(sort))
            .order_by()
        )
        return {row["band"]: (row["rows"], row["first"]) for row in cached_list(rows)}

    def _fetch_all(self):
        if self._result_cache is None and self._in_bands() and self.query.high_mark is not None:
            sizes = self.band_sizes()
            matches = sum(size for size, _first in sizes.values())
            if not matches:
                self._result_cache = []
            elif matches > SORTED_UP_TO:
                self._result_cache = self._fetch_page_by_band(sizes)
        super()._fetch_all()  # the one ORDER BY CASE …, or the prefetches of the page

    def _fetch_page_by_band(self, sizes):
        """The rows of a slice in relevance order, read one band at a time.

        `ORDER BY CASE … LIMIT 24` computes the band of every match before it knows the first
        24: 80,000 rows for a common word at 100,000 entries. With each band's size and first
        sort value known (`band_sizes`, cached), each band that the slice reaches is read on its
        own, by the cheaper of two ways:

        - a small band is sorted (its rows come from the trigram index, then ORDER BY);
        - a large band is read from the list's sort index, from its first sort value on, up to
          the rows the slice needs: `rows_needed × entries / band_rows` index entries on
          average, where sorting would read every row of the band.
        """
        from curation.aggregates import cached_count

        text, then = self._relevance
        low, high = self.query.low_mark, self.query.high_mark
        base = self._chain()
        base.query.clear_limits()
        base = base.order_by()
        entries = cached_count(public(self.model))
        # What each band gives the slice follows from the sizes alone: plan every band first,
        # then read those from the index together (one change of planner settings), then the
        # sorted ones.
        reads, start = [], 0
        for number, condition in enumerate(_bands(text), 1):
            size, first = sizes.get(number, (0, None))
            stop = start + size
            if size and stop > low and start < high:
                wanted = slice(max(low - start, 0), min(high, stop) - start)
                rows = base.filter(condition)
                if first is not None and reads_sort_index(size, wanted.stop, entries):
                    # From the band's first sort value on: a band of names that start alike
                    # (วิสาหกิจชุมชน…) sits in one stretch of the index, maybe near its end.
                    # The walk stops at the rows wanted, always within the band.
                    rows = rows.alias(_sort=_sort_expression(then[0])).filter(_sort__gte=first)
                    reads.append((number, True, rows.order_by(*then), wanted))
                else:
                    # The band's own number first: not the sort index's order, so it is sorted.
                    reads.append((number, False, rows.order_by(relevance(text), *then), wanted))
            start = stop
        found_in = {}
        with index_scans_only(base.db) if any(walk for _n, walk, *_r in reads) else nullcontext():
            for number, walk, rows, wanted in reads:
                if walk:
                    found_in[number] = list(rows.values_list("pk", flat=True)[wanted])
        for number, walk, rows, wanted in reads:
            if not walk:
                found_in[number] = list(rows.values_list("pk", flat=True)[wanted])
        keys = [key for number in sorted(found_in) for key in found_in[number]]
        if not keys:
            return []
        # The prefetches run once, on the page (QuerySet._fetch_all after this).
        found = {row.pk: row for row in base.filter(pk__in=keys).prefetch_related(None)}
        return [found[key] for key in keys if key in found]


@contextmanager
def index_scans_only(using):
    """PostgreSQL plans the enclosed queries with index scans only (no bitmap, no table scan).

    For a band read from the sort index: the decision was made from the band's real size, and
    the planner's guess for `LIKE '%word%'` (a fixed fraction) would choose a bitmap of every
    match and a sort, the very cost the band avoids. The settings are local to the transaction
    and put back afterwards.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    names = ("enable_bitmapscan", "enable_seqscan")
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute(
            "SELECT "
            + ", ".join(f"current_setting('{name}')" for name in names)
            + ", "
            + ", ".join(f"set_config('{name}', 'off', true)" for name in names)
        )
        previous = cursor.fetchone()[: len(names)]
        yield
        cursor.execute(
            "SELECT " + ", ".join(f"set_config('{name}', %s, true)" for name in names),
            previous,
        )


def reads_sort_index(band_rows, rows_needed, entries):
    """Whether a band is read from the sort index rather than sorted (`_fetch_page_by_band`).

    Reading the index finds `band_rows / entries` of the rows it reads in the band, so it reads
    about `rows_needed × entries / band_rows`; sorting reads all `band_rows`.
    """
    return band_rows * band_rows > rows_needed * entries


def _sort_expression(order):
    """The expression of the list's first order (a field name, "-field", or an expression)."""
    if isinstance(order, str):
        return F(order.removeprefix("-"))
    # A name's sort key (a COALESCE of its languages, collated) is text, which Django cannot
    # infer from two translated fields.
    expression = order.copy()
    expression.output_field = models.TextField()
    return expression


def public(model):
    """The published entries of a registered model."""
    return model._default_manager.published()


def matches_elsewhere(text, model):
    """What `text` finds among the other registered models: [{label, count, url}].

    The URL is the other model's list filtered by `q`, or (no list page) the site search.
    """
    found = []
    for other in REGISTRY:
        if other is model:
            continue
        count = public(other).search(text).count()
        if not count:
            continue
        query = urlencode({"q": text})
        spec = other.search_fields
        if spec.list_url_name:
            url = f"{reverse(spec.list_url_name)}?{query}"
        else:
            url = f"{reverse('search')}?{query}#{other._meta.model_name}-results"
        meta = other._meta
        label = meta.verbose_name if count == 1 else meta.verbose_name_plural
        found.append({"label": label, "count": count, "url": url})
    return found


# --- "Did you mean …?" ---------------------------------------------------------------------

#: Candidates below this word similarity are not fetched (PostgreSQL); low, because Thai names
#: are long runs without spaces, which pg_trgm scores lower than separate words.
CANDIDATE_SIMILARITY = 0.3
CANDIDATES = 20
#: Share of the query found, in order and close together, in a name to suggest it.
SUGGESTION_CLOSENESS = 0.7
#: Queries shorter than this (without spaces) get no suggestion: too many names are "close".
SUGGESTION_MIN_LENGTH = 3


def closeness(query, name):
    """How much of `query` occurs in `name`, in order and close together (0 to 1).

    Both are compacted normalised texts. A typo (a letter missing, swapped or wrong) still finds
    most of the query in one short stretch of the name; an unrelated name scatters it.
    """
    if not query or not name:
        return 0.0
    blocks = [b for b in SequenceMatcher(None, query, name, autojunk=False).get_matching_blocks()]
    blocks = [b for b in blocks if b.size]
    if not blocks:
        return 0.0
    matched = sum(b.size for b in blocks)
    span = blocks[-1].b + blocks[-1].size - blocks[0].b
    return matched / max(len(query), span)


def _candidates(queryset, whole):
    if connections[queryset.db].vendor == "postgresql":
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
                [str(CANDIDATE_SIMILARITY)],
            )
        return (
            queryset.filter(search_names__trigram_word_similar=whole)
            .annotate(similarity=TrigramWordSimilarity(Value(whole), "search_names"))
            .order_by("-similarity")[:CANDIDATES]
        )
    # SQLite (the zero-setup default, small data): names sharing any three letters in a row.
    pieces = {whole[i : i + 3] for i in range(max(1, len(whole) - 2))}
    matches = Q()
    for piece in pieces:
        matches |= Q(search_names__contains=piece)
    return queryset.filter(matches)


def scored_suggestions(queryset, text, exclude=()):
    """Names of entries of `queryset` close to `text`: [(closeness, name, entry)], best first,
    each name once. `exclude` are entries already found."""
    whole = compact(text)
    if len(whole) < SUGGESTION_MIN_LENGTH:
        return []
    spec = queryset.model.search_fields
    scored = []
    for entry in _candidates(queryset.order_by(), whole):
        if entry.pk in exclude:
            continue
        best = max(
            ((closeness(whole, compact(name)), name) for name in _values(entry, spec.names)),
            default=(0.0, ""),
        )
        if best[0] >= SUGGESTION_CLOSENESS and compact(best[1]) != whole:
            scored.append((best[0], best[1], entry))
    scored.sort(key=lambda item: -item[0])
    return one_per_name(scored)


def one_per_name(scored):
    """`scored` ([(closeness, name, entry)], best first) with each name once (compared without
    spaces and marks), its best kept."""
    seen, found = set(), []
    for item in scored:
        if compact(item[1]) not in seen:
            seen.add(compact(item[1]))
            found.append(item)
    return found


def suggestions(queryset, text, exclude=(), limit=3):
    """Names of entries of `queryset` close to `text`: [(name, entry)], best first.

    Used when a query finds nothing or very little; `exclude` are entries already found.
    """
    return [(name, entry) for _score, name, entry in scored_suggestions(queryset, text, exclude)][
        :limit
    ]


#: A suggestion at least this close is clearly what was meant when no other comes near it
#: (within CLEAR_LEAD): a page whose query finds nothing then shows its results directly.
CLEARLY_RIGHT = 0.85
CLEAR_LEAD = 0.1


def clear_choice(scored):
    """The name of the one clearly right suggestion of `scored` (scored_suggestions), or None."""
    if not scored or scored[0][0] < CLEARLY_RIGHT:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < CLEAR_LEAD:
        return None  # two names about as close: the visitor chooses
    return scored[0][1]


# --- Migrations ----------------------------------------------------------------------------


def fill_columns(app_label, model_name, spec_model):
    """A RunPython operation that fills the search columns of existing rows.

    `spec_model` is the dotted path of the live model whose `search_fields` apply.
    """

    def forward(apps, schema_editor):
        from django.utils.module_loading import import_string

        spec = import_string(spec_model).search_fields
        model = apps.get_model(app_label, model_name)
        refresh(model._default_manager.using(schema_editor.connection.alias).all(), spec)

    return migrations.RunPython(forward, migrations.RunPython.noop)


def trigram_indexes(table, columns):
    """A RunPython operation that creates (and on reverse drops) a GIN trigram index per column.

    The columns hold normalised text, so the index is on the column itself: `LIKE '%word%'`
    (Django's `contains`) and the `%>` word-similarity operator use it. PostgreSQL only.
    """
    return search_indexes.trigram_indexes(table, columns, expression="{column}")

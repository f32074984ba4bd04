"""Provinces as curators write them in spreadsheets: code, Thai or English name, จ./จังหวัด,
and common short forms (กรุงเทพฯ, กทม., BKK, Korat).

`ProvinceNames(provinces).find(text)` returns the province or None; one dictionary built once
per file, so a lookup costs the same whatever the number of rows.
"""

import csv
import re

from .reference_data import PROVINCES_CSV

#: Short forms in common use that are neither a name nor the official abbreviation.
SHORT_FORMS = {
    "TH-10": ["กรุงเทพฯ", "กรุงเทพ", "กทม", "bkk", "krung thep", "bangkok metropolis"],
    "TH-30": ["โคราช", "korat"],
    "TH-14": ["อยุธยา", "ayutthaya", "ayudhya"],
    "TH-80": ["นครศรีฯ", "nakhon si"],
}

THAI_PREFIX = re.compile(r"^(?:จังหวัด|จ\s*\.|จ\s+)\s*")
ENGLISH_AFFIX = re.compile(r"^(?:changwat|province of)\s+|\s+province$")


def normalise(text):
    """The comparable form of a name: no จ./จังหวัด or "Province", one space, casefolded."""
    text = " ".join(str(text).split())
    text = THAI_PREFIX.sub("", text)
    text = ENGLISH_AFFIX.sub("", text.casefold())
    return text.replace("-", " ").strip()


class ProvinceNames:
    def __init__(self, provinces):
        provinces = list(provinces)
        by_code = {p.code.upper(): p for p in provinces}
        self.lookup = {}

        def add(name, province):
            if name:
                self.lookup.setdefault(normalise(name), province)

        for province in provinces:
            add(province.code, province)
            for name in (province.name_th, province.name_en, province.abbreviation):
                add(name, province)
        # The fixture's other spellings: the ISO English name and the Thai abbreviation.
        with PROVINCES_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                province = by_code.get(row["iso_3166_2"].upper())
                if province is not None:
                    add(row["name_en_iso"], province)
                    add(row["abbr_th"], province)
                    add(str(row["dopa_code"]), None)  # never a province: a bare number
        for code, forms in SHORT_FORMS.items():
            for form in forms:
                if code in by_code:
                    add(form, by_code[code])
        self.lookup = {k: v for k, v in self.lookup.items() if v is not None}

    def find(self, text):
        text = text.strip()
        if not text:
            return None
        key = normalise(text).rstrip(".")
        return self.lookup.get(key) or self.lookup.get(normalise(text))

"""Which organisation models keep a history (django-simple-history, see curation/history.py).

Imported by translation.py once the Thai and English columns exist: declaring HistoricalRecords
on the model would build the history model without name_th/name_en and every save would fail.
"""

import simple_history

from curation.history import CuratedHistoricalRecords

from .models import Organisation, Theme

simple_history.register(Theme, records_class=CuratedHistoricalRecords)
simple_history.register(
    Organisation,
    m2m_fields=["themes", "sdgs", "area_provinces"],
    records_class=CuratedHistoricalRecords,
)

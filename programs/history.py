"""Which programme models keep a history (django-simple-history, see curation/history.py).

Imported by translation.py once the Thai and English columns exist (see orgs/history.py).
"""

import simple_history

from curation.history import CuratedHistoricalRecords

from .models import Event, Participation, Programme

simple_history.register(
    Programme,
    m2m_fields=["themes", "sdgs", "provinces"],
    records_class=CuratedHistoricalRecords,
)
simple_history.register(Participation, records_class=CuratedHistoricalRecords)
simple_history.register(Event, records_class=CuratedHistoricalRecords)

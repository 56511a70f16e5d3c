"""What a statistic tells its reader besides numbers, as codes the report layer puts into words.

Statistics never write sentences: a caveat, a reading or a verdict is a
:class:`Note` with a code and the values a sentence needs. The report layer
(:mod:`fraud_research.report`) looks the code up in its translation table and
writes it in the reader's language, so one result reads the same in every report.

Examples
--------
>>> note = Note("overlap", {"n_place": 843, "n_reference": 27892})
>>> note.code, note.fields["n_place"]
('overlap', 843)
>>> note
Note('overlap', n_place=843, n_reference=27892)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Note:
    """A caveat or reading: a code and the values its sentence needs.

    Parameters
    ----------
    code : str
        Key of the sentence in the report's translation table (``caveat_<code>``).
    fields : mapping
        Values for the sentence's placeholders (numbers, place or scheme ids).
    """

    code: str
    fields: Mapping = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))

    def __repr__(self) -> str:
        values = "".join(f", {k}={v!r}" for k, v in self.fields.items())
        return f"Note({self.code!r}{values})"


#: Stems of words in a quote that mean "detected", not "registered" (Kazakh and Russian), in
#: every form: «анықталды», «анықталған», «анықталып»; «выявлено», «выявлены», «выявили».
DETECTED_STEMS = ("анықтал", "выявл", "выявил")
_DETECTED_RE = re.compile(rf"(?<!\w)(?:{'|'.join(DETECTED_STEMS)})\w*")


def wording_notes(panel) -> list[Note]:
    """Return a ``detected`` Note for every figure whose quote words it as detected, not registered.

    A count worded «анықталды» or «анықталып» (detected) may be a different measure
    from registered cases; the note travels with the figure into every derived result.

    Parameters
    ----------
    panel : DataFrame
        ``year`` and ``quote`` columns (e.g. from ``select_panel``).

    Examples
    --------
    >>> import pandas as pd
    >>> wording_notes(pd.DataFrame({"year": [2022], "quote": ["781 қылмыс анықталды"]}))
    [Note('detected', year=2022, word='анықталды')]
    >>> wording_notes(pd.DataFrame({"year": [2024], "quote": ["598 қылмыс анықталып"]}))
    [Note('detected', year=2024, word='анықталып')]
    """
    notes = []
    for year, quote in zip(panel["year"], panel["quote"].fillna(""), strict=True):
        found = _DETECTED_RE.search(str(quote).lower())
        if found:
            notes.append(Note("detected", {"year": int(year), "word": found.group()}))
    return notes

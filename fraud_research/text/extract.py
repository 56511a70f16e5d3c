"""Find candidate case counts and damage amounts in a press text, with sentence, period and scheme.

See :func:`extract_figures`: the numbers :func:`fraud_research.text.read_numbers` reads
as aggregate cases or damage, as rows for ``fraud-research ingest``.
"""

from __future__ import annotations

from .period_text import drop_headline_repeats
from .plain_text import plain_text
from .read import locate_figures, proposals, walk_numbers
from .read_number import EXTRACT_COLUMNS


def extract_figures(text: str, *, wordings_path: str | None = None):
    """Find candidate case counts and damage amounts in a press text.

    A case count is a number followed by a case noun (факт, случай, преступление,
    правонарушение, қылмыс, дерек, жағдай, …), a number in a scheme list
    («лже-инвестиции – 98 случаев»), or a bare number that a comparison carries
    over from a count earlier in the sentence («в 2024 году их было 760»). A damage
    amount is an amount with a currency word, unless its clause speaks of money
    returned, recovered or transferred. Dates, years, ages, article numbers,
    percentages, multipliers, phone numbers and counts of people (detained,
    victims) are not returned, nor are counts of solved cases or of
    cybercrime («киберқылмыс»), nor fraud in general («фактов мошенничества»).

    Parameters
    ----------
    text : str
        Russian or Kazakh prose (a press release or a quote).
    wordings_path : str, optional
        Scheme wordings CSV used by :func:`map_scheme`.

    Returns
    -------
    DataFrame
        One row per candidate figure, in text order, with columns ``metric``
        (``cases`` or ``damage``), ``value``, ``qualifier``, ``currency`` (damage
        only), ``scheme`` and ``scheme_text`` (empty for totals), ``period_text``
        (in the sentence, else the closest one before it), ``year_earlier`` (True for a
        figure of the same period a year earlier: «против 512 годом ранее», the first end
        of «с 5233 до 6276»), ``place_text`` (the district or town the figure counts, when
        the text names one: «Сарыагашском районе»), ``start`` and ``end`` (characters of the
        number phrase) and ``sentence``. A figure of the
        headline that the body repeats is returned once, from the body.

    See Also
    --------
    parse_amount : read one number phrase.

    Examples
    --------
    >>> text = ("По итогам 2025 года зарегистрировано 843 факта интернет-мошенничества, "
    ...         "ущерб составил 1 млрд 665 млн 783 тыс. тенге. Задержаны 12 человек.")
    >>> extract_figures(text)[["metric", "value", "qualifier", "currency"]].values.tolist()
    [['cases', 843, 'exact', ''], ['damage', 1665783000, 'exact', 'KZT']]
    >>> extract_figures("лже-инвестиции – 98 случаев, розыгрыши – 47 обманутых граждан")[
    ...     ["value", "scheme"]].values.tolist()
    [[98, 'fake_investment'], [47, 'lottery']]
    """
    import pandas as pd

    if not isinstance(text, str):
        raise TypeError(f"extract_figures expects a str, got {type(text).__name__}")
    # soft hyphens, zero-width characters and runs of spaces are read as a reader sees them
    plain = plain_text(text)
    doc, numbers = walk_numbers(plain.text, wordings_path=wordings_path)
    rows, spans = [], []
    for n in proposals(numbers, wordings_path=wordings_path):
        # quoted as published: a Latin-script text's sentence, not its Cyrillic respelling
        rows.append({**n.row, "sentence": plain.quote(*n.sentence)})
        spans.append((n.number_start, n.end, *n.sentence))
    locate_figures(doc, rows, spans)
    rows = drop_headline_repeats(rows, spans, doc)
    frame = pd.DataFrame(rows, columns=list(EXTRACT_COLUMNS))
    frame["start"], frame["end"] = plain.spans(frame["start"], frame["end"])
    for column in ("value", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame

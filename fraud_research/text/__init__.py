"""Read fraud figures out of Russian and Kazakh prose: amounts, case counts, schemes.

Every number of a text gets a role from a closed list (:data:`ROLES`: registered cases,
damage, single-case loss, recovered, prevented, victims, suspects, solved, dates, …)
with the cue words that decided it (:func:`read_numbers`, :func:`review_numbers`); only
aggregate cases and damage become proposals (:func:`extract_figures`). The rules match
lemmas (razdel tokens, pymorphy3 lemmas for Russian, Kazakh stems as data in
:mod:`fraud_research.text.cues`), not word forms. :mod:`fraud_research.text.counted` reads
what a count counts beyond the noun after it: the crime the sentences around it speak of
(all-crime totals are not fraud counts), the label of a list or bracket item («Алматы
қаласы - 6742», «34% алаяқтық (45 156)»), the quantity whose change it ends («с 1465 до
1454», «4 385-тен 4 023-ке дейін»), the count it is a part of («оның 1 890-ы») and shares
written as words («каждое третье», «әр бесіншісі»). :mod:`fraud_research.text.series`
gives the numbers of a series («78, 84 и 90 лет», «от 16 до 25 лет») what the last counts.

Press releases print figures as words and scale words («1 млрд 665 млн 783 тыс.
тенге», «14 мыңнан астам»), with bound or approximation words that change what
the number means. :func:`parse_amount` reads one such phrase; :func:`extract_figures`
finds every candidate case count and damage amount in a text, with the sentence
it came from, so that a researcher reviews numbers instead of retyping them.
:func:`resolve_period` reads the period a release speaks of; :func:`propose_records`
turns a release into cited dataset records compared with the dataset, and
:func:`apply_records` / :func:`ingest` add them (what ``fraud-research ingest`` runs).

The rules are general rules of the language (number words, scale words, case
nouns, Kazakh postpositions), not patterns fitted to particular sentences; the
qualifier rules are those of the dataset README: ``exact`` for full digits and
group-by-group amounts, ``rounded`` for one number with a scale word,
``at_least`` / ``approx`` for bound and approximation words (which win over
``rounded``).

Examples
--------
>>> parse_amount("1 млрд 665 млн 783 тыс. тенге")
Amount(value=1665783000, qualifier='exact', currency='KZT', text='1 млрд 665 млн 783 тыс. тенге')
>>> figures = extract_figures("За 9 месяцев 2025 года зарегистрировано 20,4 тыс. интернет-мошенничеств.")
>>> figures[["metric", "value", "qualifier", "period_text"]].values.tolist()
[['cases', 20400, 'rounded', 'За 9 месяцев 2025 года']]
"""

from .amount_phrase import Amount, AmountParseError, parse_amount
from .apply import apply_records, ingest
from .extract import EXTRACT_COLUMNS, extract_figures
from .lemmas import detect_language
from .periods import resolve_period
from .proposal import (
    PROPOSAL_COLUMNS,
    format_proposal,
    proposal_json,
    propose_records,
    read_source,
    scoped_figures,
)
from .read import READ_COLUMNS, ROLE_LABELS, read_numbers, review_numbers
from .role_names import AGGREGATE_ROLES, ROLES
from .schemes import map_scheme

# Public names are shown where users import them from (as numpy and pandas do).
for _public in (
    Amount,
    AmountParseError,
    parse_amount,
    extract_figures,
    read_numbers,
    review_numbers,
    map_scheme,
    detect_language,
):
    _public.__module__ = __name__
del _public

__all__ = [
    "Amount",
    "AmountParseError",
    "EXTRACT_COLUMNS",
    "READ_COLUMNS",
    "ROLES",
    "AGGREGATE_ROLES",
    "read_numbers",
    "review_numbers",
    "ROLE_LABELS",
    "parse_amount",
    "extract_figures",
    "map_scheme",
    "detect_language",
    "resolve_period",
    "PROPOSAL_COLUMNS",
    "format_proposal",
    "proposal_json",
    "propose_records",
    "read_source",
    "scoped_figures",
    "apply_records",
    "ingest",
]

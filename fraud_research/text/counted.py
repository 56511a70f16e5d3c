"""What a count counts beyond the noun right after it: the crime its text speaks of.

A count of «преступлений», «қылмыс», «уголовных дел» is a fraud count only when the text
around it speaks of fraud: the sentence itself, the few before it or the one after it
(«416 қылмыстық іс тіркелген. … Биыл интернет алаяқтығы 112 фактіге артқан»). A text
on crime in general («Биыл елде қылмыс саны … 3107 жағдайға азайды») or on other named
crimes («сократилось число убийств, грабежей …») makes its counts all-crime totals.
:func:`sentence_kind` reads one sentence, :func:`crime_topic` weighs the sentences
around a number. The words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

import re

from . import cues
from .lemmas import Word
from .roles import CueSet

FRAUD_WORDS = CueSet(cues.FRAUD_TOPIC + cues.FRAUD_NOUNS + cues.INTERNET + cues.CYBER)
CRIME_WORDS = CueSet(cues.CRIME_WORDS)
NAMED_CRIMES = CueSet(cues.NAMED_CRIMES + cues.OTHER_CRIMES)
_ARTICLES = "|".join(cues.FRAUD_ARTICLES)
FRAUD_ARTICLE_RE = re.compile(
    rf"(?:стать\w*|ст\.)\s*(?:{_ARTICLES})(?![\d-])|(?<!\d)(?:{_ARTICLES})\s*-?\s*ба[пб]", re.I
)


def sentence_kind(words: list[Word], text: str = "") -> str:
    """What crime a sentence speaks of: ``fraud``, ``named`` (other crimes), ``crime`` or ``""``.

    Fraud and cybercrime words, or a fraud article of a criminal code in ``text`` (the
    sentence), win; then named other crimes (theft, murder, drugs); then words of crime in
    general.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> sentence_kind(words("Зарегистрировано 843 факта интернет-мошенничества."))
    'fraud'
    >>> sentence_kind(words("Сократилось число убийств и грабежей."))
    'named'
    >>> text = "По статье 190 УК возбуждено 57 уголовных дел."
    >>> sentence_kind(words(text), text)
    'fraud'
    >>> sentence_kind(words("Биыл елде қылмыс саны азайды.")), sentence_kind(words("Итоги года."))
    ('crime', '')
    """
    if FRAUD_WORDS.first(words) or FRAUD_ARTICLE_RE.search(text):
        return "fraud"
    if NAMED_CRIMES.first(words):
        return "named"
    if CRIME_WORDS.first(words):
        return "crime"
    return ""


def crime_topic(own: str, before: list[str], after: list[str]) -> str:
    """The crime a count speaks of, from the kinds of its sentence and those around it.

    Parameters
    ----------
    own : str
        The :func:`sentence_kind` of the number's sentence.
    before : list of str
        The kinds of the sentences before it, nearest first (a few).
    after : list of str
        The kinds of the sentences after it, nearest first (one or two).

    Returns
    -------
    str
        ``fraud`` when the sentence, or (unless the sentence right before names other
        crimes) one of those around it, speaks of fraud; ``crime`` when they speak only of
        crime in general or of other crimes; ``""`` when none says anything of crime.

    Examples
    --------
    >>> crime_topic("crime", [], ["", "fraud"]), crime_topic("", ["named", "fraud"], [])
    ('fraud', 'crime')
    >>> crime_topic("crime", ["crime"], []), crime_topic("", [], [""])
    ('crime', '')
    """
    if own == "fraud":
        return "fraud"
    if own == "named" or (before and before[0] == "named"):
        return "crime"
    if "fraud" in before or "fraud" in after:
        return "fraud"
    if own or any(after) or any(before):
        return "crime"
    return ""

"""Decide the role of one number from the words around it: cases, damage, victims, dates, ….

The closed list of roles is :data:`ROLES`; only :data:`AGGREGATE_ROLES` become proposed
records. :func:`decide_role` looks at the number's form (a year, «%», a month name, an
age), its currency, the noun after it and the cue words of its clause and sentence,
matching lemmas against the tables of :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import cues
from .lemmas import Word

#: Every role a number can have.
ROLES = (
    "cases_total",
    "cases_scheme",
    "damage_total",
    "damage_scheme",
    "single_case_loss",
    "recovered",
    "prevented",
    "victims",
    "suspects",
    "solved",
    "sent_to_court",
    "antifraud_incidents",
    "population",
    "date",
    "age",
    "percent",
    "phone",
    "article",
    "other",
)

#: Roles that become proposed records.
AGGREGATE_ROLES = ("cases_total", "cases_scheme", "damage_total", "damage_scheme")


class CueSet:
    """A group of cue words: lemmas matched exactly, stems (``"алаяқ*"``) matched as prefixes.

    Examples
    --------
    >>> fraud = CueSet(("мошенник", "алаяқ*"))
    >>> fraud.matches("алаяқтарға"), fraud.matches("мошенник"), fraud.matches("банк")
    (True, True, False)
    """

    def __init__(self, entries: tuple[str, ...]):
        self.exact = frozenset(e for e in entries if not e.endswith("*"))
        self.prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))

    def matches(self, lemma: str) -> bool:
        """Whether a lemma (or lower-cased Kazakh word) is one of the cues."""
        return lemma in self.exact or (bool(self.prefixes) and lemma.startswith(self.prefixes))

    def first(self, words: list[Word]) -> Word | None:
        """The first word of ``words`` that is a cue, or None."""
        for w in words:
            if self.matches(w.lemma):
                return w
        return None


CASE_NOUNS = CueSet(cues.CASE_NOUNS)
PERSON_NOUNS = CueSet(cues.PERSON_NOUNS)
INCIDENT_NOUNS = CueSet(cues.INCIDENT_NOUNS)
TIME_UNITS = CueSet(cues.TIME_UNITS)
MONTHS = CueSet(cues.MONTHS)
PERCENT_WORDS = CueSet(cues.PERCENT_WORDS)
AGE_AFTER = CueSet(cues.AGE_AFTER)
AGE_BEFORE = CueSet(cues.AGE_BEFORE)
ARTICLE_WORDS = CueSet(cues.ARTICLE_WORDS)
PHONE_WORDS = CueSet(cues.PHONE_WORDS)
REGISTERED = CueSet(cues.REGISTERED)
SOLVED = CueSet(cues.SOLVED)
SENT_TO_COURT = CueSet(cues.SENT_TO_COURT)
COURT_VERBS = CueSet(cues.COURT_VERBS)
SUSPECTS = CueSet(cues.SUSPECTS)
VICTIMS = CueSet(cues.VICTIMS)
PREVENTED = CueSet(cues.PREVENTED)
RECOVERED = CueSet(cues.RECOVERED)
OTHER_MONEY = CueSet(cues.OTHER_MONEY)
DAMAGE = CueSet(cues.DAMAGE)
SINGLE = CueSet(cues.SINGLE)
AGGREGATE = CueSet(cues.AGGREGATE)


@dataclass
class NumberContext:
    """What :func:`decide_role` reads about one number.

    ``before`` holds the words of its clause before it (nearest last), ``after`` the words
    after it up to the clause end, ``sentence`` the words of its sentence (bounded
    around it); ``char_before`` / ``char_after`` a few characters on each side.
    """

    raw: str
    start: int
    end: int
    value: float | int | None
    currency: str | None
    scaled: bool
    before: list[Word] = field(default_factory=list)
    after: list[Word] = field(default_factory=list)
    sentence: list[Word] = field(default_factory=list)
    char_before: str = ""
    char_after: str = ""
    hint: str = ""  # the structural reading: "cases", "damage" or ""
    scheme: str = ""  # the scheme the structural reading found
    previous: str = ""  # the role of the previous number in the sentence


def _form_role(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """Roles decided by the number's form and its neighbours: percent, date, age, …"""
    nxt = ctx.after[0] if ctx.after and ctx.after[0].start - ctx.end <= 3 else None
    prev = ctx.before[-1] if ctx.before and ctx.start - ctx.before[-1].end <= 3 else None
    if ctx.char_after.lstrip().startswith("%"):
        return "percent", []
    if nxt is not None and PERCENT_WORDS.matches(nxt.lemma) and not ctx.currency:
        return "percent", [nxt.text]
    if ctx.currency:
        return None
    if prev is not None and ARTICLE_WORDS.matches(prev.lemma) and not ctx.scaled:
        return "article", [prev.text]
    if nxt is not None and ctx.char_after.startswith("-") and nxt.lemma.startswith("ба"):
        return "article", [nxt.text]
    if ctx.raw in cues.PHONE_NUMBERS or (prev is not None and PHONE_WORDS.matches(prev.lemma)):
        return "phone", [prev.text] if prev is not None else []
    age = _age_role(ctx, nxt, prev)
    if age:
        return age
    if nxt is not None and MONTHS.matches(nxt.lemma):
        return "date", [nxt.text]
    if prev is not None and MONTHS.matches(prev.lemma) and not ctx.scaled:
        return "date", [prev.text]
    if _is_year(ctx, nxt):
        return "date", []
    if nxt is not None and TIME_UNITS.matches(nxt.lemma) and not ctx.scaled:
        return "date", [nxt.text]
    return None


def _is_year(ctx: NumberContext, nxt: Word | None) -> bool:
    if not (ctx.raw.isdigit() and len(ctx.raw) == 4 and ctx.raw[:2] in ("19", "20")):
        return False
    return not (nxt is not None and CASE_NOUNS.matches(nxt.lemma))


def _age_role(ctx: NumberContext, nxt: Word | None, prev: Word | None):
    if ctx.scaled or not isinstance(ctx.value, int) or ctx.value > 120:
        return None
    if nxt is not None and AGE_AFTER.matches(nxt.lemma):
        if nxt.lemma in ("лет",) and not (prev is not None and AGE_BEFORE.matches(prev.lemma)):
            return None
        return "age", [nxt.text]
    if prev is not None and AGE_BEFORE.matches(prev.lemma):
        return "age", [prev.text]
    return None


def _cue(cueset: CueSet, words: list[Word]) -> list[str]:
    w = cueset.first(words)
    return [w.text] if w is not None else []


def _money_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of an amount of money: damage, a single loss, recovered, prevented, other."""
    clause = ctx.before[-8:] + ctx.after[:6]
    for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
        found = _cue(cueset, clause)
        if found:
            return role, found
    found = _cue(OTHER_MONEY, ctx.before[-4:] + ctx.after[:3])
    if found:
        return "other", found
    for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
        found = _cue(cueset, ctx.sentence)
        if found and not _cue(DAMAGE, clause):
            return role, found
    damage = _cue(DAMAGE, clause) or _cue(DAMAGE, ctx.sentence)
    single = _cue(SINGLE, ctx.sentence)
    aggregate = _cue(AGGREGATE, ctx.sentence)
    if ctx.hint == "damage" and ctx.scheme:
        return "damage_scheme", damage
    if single and not (aggregate and _plural_people(ctx.sentence)):
        return "single_case_loss", single + damage
    if damage or ctx.hint == "damage":
        return "damage_total", damage + aggregate
    return "other", []


def _plural_people(words: list[Word]) -> bool:
    """Whether the sentence speaks of people in the plural («жители», «граждане», «тұрғындары»)."""
    for w in words:
        low = w.text.lower()
        if PERSON_NOUNS.matches(w.lemma) and (
            low.endswith(("и", "ы", "е", "ам", "ами", "ей", "ов"))
            or any(x in low for x in ("лар", "лер", "дар", "дер", "тар", "тер"))
        ):
            return True
    return False


def _count_noun_role(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """The role of a count from the noun it counts."""
    window = ctx.before[-6:] + ctx.after[:6]
    if CASE_NOUNS.matches(noun.lemma):
        if _cue(SENT_TO_COURT, ctx.after[:6]) and _cue(COURT_VERBS, window):
            return "sent_to_court", _cue(SENT_TO_COURT, ctx.after[:6])
        solved = _cue(SOLVED, window)
        if solved:
            return "solved", solved
        role = "cases_scheme" if ctx.scheme else "cases_total"
        return role, [noun.text] + _cue(REGISTERED, ctx.sentence)
    if PERSON_NOUNS.matches(noun.lemma):
        suspects = _cue(SUSPECTS, [noun] + window)
        victims = _cue(VICTIMS, [noun] + window)
        if suspects and not (victims and VICTIMS.matches(noun.lemma)):
            return "suspects", suspects
        return "victims", victims or [noun.text]
    if INCIDENT_NOUNS.matches(noun.lemma):
        return "antifraud_incidents", [noun.text]
    return None


def _count_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a count (a number without a currency)."""
    if ctx.hint == "cases" and ctx.scheme:
        return "cases_scheme", [ctx.scheme]  # an item of a list of schemes
    for noun in ctx.after[:3]:
        found = _count_noun_role(ctx, noun)
        if found:
            return found
    if ctx.hint == "cases":
        role = "cases_scheme" if ctx.scheme else "cases_total"
        return role, _cue(CASE_NOUNS, ctx.sentence) + _cue(REGISTERED, ctx.before)
    before = ctx.before[-3:]
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS), ("solved", SOLVED)):
        found = _cue(cueset, before)
        if found:
            return role, found
    if _cue(REGISTERED, before) and _cue(CASE_NOUNS, ctx.sentence):
        return "cases_total", _cue(REGISTERED, before) + _cue(CASE_NOUNS, ctx.sentence)
    if ctx.previous in ("cases_total", "victims", "suspects") and not ctx.after[:1]:
        return ctx.previous, []
    return "other", []


def decide_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """Decide the role of one number and the cue words that decided it.

    Parameters
    ----------
    ctx : NumberContext
        The number and the words around it.

    Returns
    -------
    (str, list of str)
        A role of :data:`ROLES` and the words of the text that decided it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "Жительница лишилась 3 млн тенге"
    >>> ws = words(text)
    >>> ctx = NumberContext("3 млн", 20, 25, 3_000_000, "KZT", True, before=ws[:2],
    ...                     after=ws[3:], sentence=ws)
    >>> decide_role(ctx)
    ('single_case_loss', ['Жительница', 'лишилась'])
    """
    form = _form_role(ctx)
    if form:
        return form
    if ctx.currency:
        return _money_role(ctx)
    return _count_role(ctx)

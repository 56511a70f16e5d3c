"""Numbers in a series share what they count: «78, 84 и 90 лет», «от 16 до 25 лет», «5-6 фактов».

In Russian and Kazakh the unit or noun of a series of numbers joined by commas, «и»,
«или», a dash or «от … до» is written once, after the last number: every number of the
series counts what the last one counts. A series of years («81 и 84 лет») right after a
noun of persons («пенсионерки», «лица», «женщинам в возрасте») gives their ages.
:func:`series_of` finds the series in the numbers read, :func:`share_roles` gives their
members one role.
"""

from __future__ import annotations

import re

from . import cues
from .bound_words import KAZAKH_ABLATIVE
from .matchers import AGE_BEFORE, PERSON_NOUNS, PLACE_WORDS
from .periods import KK_BARE_MONTH, MONTH_WORD
from .role_names import DAMAGE_ROLES, MONEY_ROLES

#: What may stand between two numbers of one series: a comma, a conjunction, a dash, «до»,
#: the Kazakh ablative of a range's lower end («200-ден 350 долларға дейін»).
_JOIN_RE = re.compile(
    rf"\s*(?:,|и|или|–|—|-|до|по|және|мен|бен|пен|немесе|-?{KAZAKH_ABLATIVE})\s*", re.I
)
#: The label of one member of a parallel list, a place or a month, maybe after «в» and before a
#: dash: «в Туркестане », «Кентауда », «в феврале – », «ақпанда ». The noun is written once, after
#: the last member («в Шымкенте 61, в Туркестане 58, в Кентау 47 фактов»).
_MEMBER_LABEL = (
    r"(?:(?:[Вв]о?|[Нн]а)\s+)?(?:(?i:{month}|{kk_month})|{name}(?:\s+{name})?)\s*(?:[–—:-]\s*)?"
).format(month=MONTH_WORD, kk_month=KK_BARE_MONTH, name=r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*")
_LABELLED_JOIN_RE = re.compile(rf"\s*[,;]\s*{_MEMBER_LABEL}")
_LABEL_BEFORE_RE = re.compile(rf"(?:^|[\s,:;(«]){_MEMBER_LABEL}$")
#: A lower end whose own last word carries the Kazakh ablative («50 мыңнан 100 мыңға дейін»).
_ABLATIVE_END_RE = re.compile(rf"[^\W\d_]+{KAZAKH_ABLATIVE}$", re.I)
#: Units of years: a series of years after a noun of persons is of ages.
_YEARS = ("лет", "года", "год")
#: Roles an age at the end of a series replaces: «от 18 до 44 лет — 548 случаев» reads 18 first
#: as the cases', «45–59 лет» 45 as a date.
_AGE_SPREADS_OVER = ("date", "other", "victims", "suspects", "cases_total", "cases_scheme")
#: Roles the last number of a series gives the others (not money, not dates of a calendar).
_SHARED = (
    "age", "victims", "suspects", "cases_total", "cases_scheme", "solved", "other",
    "single_case_loss", "recovered", "prevented",
)  # fmt: skip


def series_of(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The series among numbers: index ranges ``(first, last)`` of numbers joined by a comma,
    «и», a dash or «до» and nothing else, in text order.

    Parameters
    ----------
    text : str
        The text.
    spans : list of (int, int)
        The spans of the numbers read, in text order.

    Numbers each labelled by a place or a month are a series too, when their labels are alike
    («в Шымкенте 61, в Туркестане 58, в Кентау 47 фактов»).

    Examples
    --------
    >>> text = "женщинам в возрасте 78, 84 и 90 лет; 5 фактов"
    >>> series_of(text, [(20, 22), (24, 26), (29, 31), (37, 38)])
    [(0, 2)]
    >>> text = "қаңтарда 61, ақпанда 58 дерек"
    >>> series_of(text, [(9, 11), (21, 23)])
    [(0, 1)]
    """
    out, first = [], 0
    for k in range(1, len(spans) + 1):
        joined = k < len(spans) and (
            _JOIN_RE.fullmatch(text, spans[k - 1][1], spans[k][0])
            or (
                not text[spans[k - 1][1] : spans[k][0]].strip()
                and _ABLATIVE_END_RE.search(text, spans[k - 1][0], spans[k - 1][1])
            )
            or _labelled_members(text, spans[k - 1], spans[k])
        )
        if not joined:
            if k - 1 > first:
                out.append((first, k - 1))
            first = k
    return out


def _labelled_members(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Two numbers each after a label of its own, a place or a month, with a comma between them:
    «в Туркестане 58, в Кентау 47»."""
    if not _LABELLED_JOIN_RE.fullmatch(text, earlier[1], later[0]):
        return False
    before = text[max(0, earlier[0] - 40) : earlier[0]]
    return _LABEL_BEFORE_RE.search(before) is not None


def share_roles(numbers: list, words_before) -> None:
    """Give the numbers of a series the role of its last number (in place).

    ``numbers`` are the :class:`~fraud_research.text.read.ReadNumber` of one series;
    ``words_before`` the words of the sentence before the first of them. A member with a
    currency of its own, or a role of its own word (a cue), keeps it, except that ages
    spread to the whole series; a series of years after a noun of persons is of ages.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from fraud_research.text.lemmas import words
    >>> series = [N(role="other", cues=(), currency=""), N(role="date", cues=("лет",), currency="")]
    >>> share_roles(series, words("пенсионерки"))
    >>> [n.role for n in series]
    ['age', 'age']
    """
    last = numbers[-1]
    role = last.role
    years = role == "date" and last.cues[:1] and last.cues[0].lower() in _YEARS
    if any(n.role == "age" for n in numbers) or (years and _after_persons(words_before)):
        role = "age"
    if role not in _SHARED:
        return
    # the words that decided the series, wherever they stood («на крупные суммы — от 90 до 360
    # тысяч»: the first end's; the last end, read as the end of a change, has none of its own)
    decided_by = last.cues or next((n.cues for n in numbers if n.cues and n.role == role), ())
    last.cues = decided_by
    for n in numbers:
        if role == "age" and n.role in _AGE_SPREADS_OVER and not n.currency:
            # «на граждан от 18 до 44 лет — 548 случаев»: 18 is an age, not the cases
            n.role, n.cues = "age", decided_by
        elif not n.currency and ((n.role == "other" and not n.cues) or _range_end(n, numbers)):
            n.role, n.cues = role, decided_by
            # what the last member counts is of its scope too («в Кентау 47 фактов
            # интернет-мошенничества»)
            n.scope = n.scope or getattr(last, "scope", "")
        elif _lower_end_of_the_same_money(n, numbers):
            # «200-ден 350 АҚШ долларына дейін сыйақы алған»: the words after the upper end
            # say what both ends are
            n.role, n.cues = role, decided_by


def losses_of_each(numbers: list, earlier: list) -> None:
    """Give each sum of a series one victim's loss when as many victims were counted before it
    (in place): «Трое жителей … пополнили кошелек мошенников на 500 тыс. рублей, 259 тыс. руб.
    и 161 тыс. руб.» are three losses, not three totals.

    ``numbers`` are the :class:`~fraud_research.text.read.ReadNumber` of one series;
    ``earlier`` those read before it in its sentence. The series must be two or more sums read
    as damage, and the last count before it a count of victims of that size.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> victims = N(role="victims", value=2, cues=("жителей",), currency="")
    >>> sums = [N(role="damage_total", currency="RUB", cues=(), scope="unknown") for _ in "ab"]
    >>> losses_of_each(sums, [victims])
    >>> [n.role for n in sums]
    ['single_case_loss', 'single_case_loss']
    """
    counts = [n for n in earlier if not n.currency and n.role not in ("date", "percent", "age")]
    if len(numbers) < 2 or not counts or counts[-1].role != "victims":
        return
    if counts[-1].value != len(numbers):
        return
    # the currency may be written once, after the last sum («300 тысяч и 450 тысяч тенге»)
    if numbers[-1].currency and all(n.role in DAMAGE_ROLES for n in numbers):
        for n in numbers:
            n.role, n.cues, n.scope = "single_case_loss", counts[-1].cues, ""


def _range_end(number, numbers: list) -> bool:
    """Whether ``number`` is the lower end of a range of two read as money with no currency:
    «от двух до пятнадцати миллионов вкладчиков» counts what its upper end counts, whatever
    money word its sentence holds."""
    last = numbers[-1]
    return (
        len(numbers) == 2
        and number is numbers[0]
        and number.role in MONEY_ROLES
        and not last.currency
        and isinstance(number.value, int | float)
        and isinstance(last.value, int | float)
        and number.value < last.value
    )


def _lower_end_of_the_same_money(number, numbers: list) -> bool:
    """Whether ``number`` is the lower end of a range of two sums of one currency («от 200 до
    350 долларов», «200-ден 350 долларға дейін»): at least, the upper end at most."""
    last = numbers[-1]
    return (
        len(numbers) == 2
        and number is numbers[0]
        and bool(number.currency)
        and number.currency == last.currency
        and number.qualifier == "at_least"
        and last.qualifier == "at_most"
    )


def _after_persons(words_before) -> bool:
    """Whether a series stands right after a noun of persons (and its place) or an age word
    («лица от», «в группе», «жителей города,»)."""
    for w in reversed(words_before[-3:]):
        if (
            PERSON_NOUNS.matches_word(w)
            or AGE_BEFORE.matches_word(w)
            or w.lemma in cues.AGE_GROUP_NOUNS
        ):
            return True
        # «жителей города, 18 и 19 лет»: a place after the persons is theirs
        if w.text.lower() not in ("от", "в", "до") and not PLACE_WORDS.matches_word(w):
            return False
    return False


#: Roles a reader must be told the reason for; dates, shares, ages and «other» speak for
#: themselves or decide nothing.
_EXPLAINED = frozenset(
    (
        "cases_total", "cases_scheme", "damage_total", "damage_scheme", "single_case_loss",
        "recovered", "prevented", "victims", "suspects", "solved", "sent_to_court",
        "antifraud_incidents", "population",
    )
)  # fmt: skip


def cite_earlier_cues(text: str, numbers: list) -> None:
    """Give a number read with a role but no words of its own the cues of the number of the
    same role before it, with only dates, shares or ages between (in place): in «2015 — 2440
    преступлений, 2016 — 2471, 2017 — 3099» the reviewer sees why 2471 and 3099 are case counts
    («like 2440 before it; преступлений»), in a list of one item a line too.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> first = N(role="cases_total", cues=("преступлений",), number_start=7, end=11, currency="")
    >>> year = N(role="date", cues=(), number_start=26, end=30, currency="")
    >>> second = N(role="cases_total", cues=(), number_start=33, end=37, currency="")
    >>> cite_earlier_cues("2015 — 2440 преступлений, 2016 — 2471.", [first, year, second])
    >>> second.cues
    ('like 2440 before it', 'преступлений')
    """
    for k, n in enumerate(numbers):
        if n.cues or n.role not in _EXPLAINED:
            continue
        between = (m for m in reversed(numbers[:k]) if m.role not in _LABELS_OF_AN_ITEM)
        earlier = next(between, None)
        if earlier is None or earlier.role != n.role or not earlier.cues:
            continue
        if bool(earlier.currency) != bool(n.currency):
            continue  # a count is no reason for a sum, nor a sum for a count
        if earlier.cues[0].startswith(_LIKE):
            n.cues = earlier.cues  # the item that had words of its own, not a chain of items
        else:
            n.cues = (f"{_LIKE}{text[earlier.number_start : earlier.end]} before it", *earlier.cues)


_LIKE = "like "


#: Numbers that label a list's items rather than count: «2016 — 2471», «(+3,4%)».
_LABELS_OF_AN_ITEM = frozenset(("date", "percent", "age"))

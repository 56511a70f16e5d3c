"""Read the period a press release speaks of: «по итогам 2025 года», «за 9 месяцев», «биыл».

Russian and Kazakh releases name their period in a handful of ways: a full year
(«по итогам 2025 года», «2025 жылы»), months from January («за 9 месяцев 2025
года», «январь–май 2025 года», «2025 жылдың қаңтар–мамыр айлары»), quarters and
half-years, and phrases relative to the publication date («в прошлом году»,
«биыл», «с начала года»). :func:`resolve_period` turns a phrase into the dataset's
period fields; each way of naming a period is one small reader below, tried in order.

Examples
--------
>>> resolve_period("январь-май 2025 года")["period_end"]
'2025-05-31'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..errors import ParameterError
from .cues import MONTH_NAMES

__all__ = ["resolve_period"]

_MONTH_WORDS = {
    "один": 1,
    "первый": 1,
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "одиннадцати": 11,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "он бір": 11,
}  # fmt: skip
#: Kazakh month counts written as words («2025 жылдың он айында»), for the period patterns.
KK_MONTH_COUNT = r"(?:он\s+бір|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
# Quarters and half-years counted from January: «за первый квартал 2026 года» is 3 months.
# A Kazakh year comes first: «2025 жылдың бірінші тоқсанында», «… алғашқы жартыжылдығында»,
# «… бірінші жартысында» (its first half).
_PART_OF_YEAR_RE = re.compile(
    r"(?:(?P<kk_year>\d{4})\s+жылдың\s+)?"
    r"(?:(?P<ordinal>перв|втор|трет|четв[её]рт|IV\b|I{1,3}\b|[1-4](?=\s)|бірінші|алғашқы|екінші|"
    r"үшінші|төртінші)\w*\s+)?"
    # a part's word begins a word: «тоқсан» (a quarter) is also the end of «желтоқсан» (December)
    r"(?<!\w)(?P<part>квартал|полугоди|тоқсан|жарты\s*жыл|жартыс)\w*(?:\s+(?P<year>\d{4})\s+года)?",
    re.I,
)
_PART_ORDINALS = {"перв": 1, "i": 1, "1": 1, "бірінші": 1, "алғашқы": 1, "втор": 2, "ii": 2, "2": 2,
                  "екінші": 2, "трет": 3, "iii": 3, "3": 3, "үшінші": 3, "четверт": 4, "четвёрт": 4,
                  "iv": 4, "4": 4, "төртінші": 4}  # fmt: skip
_FULL_YEAR_RES = (
    re.compile(r"по\s+итогам\s+(\d{4})\s+года", re.I),
    re.compile(r"за\s+(\d{4})\s+год\b", re.I),
    re.compile(r"в\s+(\d{4})\s+году", re.I),
    re.compile(r"показател\w*\s+(\d{4})\s+года", re.I),
    re.compile(r"(\d{4})\s+жыл(?:ы|дың\s+қорытындысы\s+бойынша)\b", re.I),
    re.compile(r"(\d{4})\s+jyly\b", re.I),
    re.compile(r"^in\s+(\d{4})$", re.I),
)
#: The year just gone, in words: «прошлый», «минувший», «прошедший», «ушедший», «истекший»
#: (a year-end release says «уходящий» of its own year, and «истекший период» is the year so far).
JUST_PAST = r"(?:прошл|минувш|прошедш|ушедш|истекш)\w+"
PREVIOUS_YEAR_RE = re.compile(
    rf"^(?:(?:в|за)\s+(?:весь\s+)?{JUST_PAST}\s+год[уа]?|по\s+итогам\s+{JUST_PAST}\s+года|"
    r"өткен\s+жылы|былтыр|ótken\s+jyly|last\s+year)$",
    re.I,
)
#: «за истекший период», «за отчётный период»: the police's «the period so far» (of a year).
SO_FAR = r"за\s+(?:истекш|отчетн|отчётн)\w+\s+период"
_THIS_YEAR_RE = re.compile(
    r"^(?:с\s+начала\s+(?:текущего\s+|этого\s+)?года|в\s+(?:этом|текущем|нынешнем|наступившем)\s+году|"
    r"по\s+(?:статистике|данным)\s+(?:текущего|этого)\s+года|"
    rf"{SO_FAR}\s+(?:текущего|этого)\s+года|"
    r"жыл\s+басынан\s+бері|биыл|ағымдағы\s+жыл(?:ы|да)|jyl\s+basynan\s+beri|bıyl|"
    r"since\s+the\s+beginning\s+of\s+(?:this|the)\s+year)$",
    re.I,
)
_MONTH_NAMES = {m[2]: m[0] for m in MONTH_NAMES}  # Russian stems
#: «январь–май 2025 года», «с 1 января по 30 сентября 2025 года» (a day: to that day).
_JANUARY_TO_RE = re.compile(
    r"январ\w*\s*(?:[–—-]|по|до)\s*(?:(\d{1,2})\s+)?([а-я]+)"
    r"(?:\s+(\d{4})\s+года|\s+(текущего|этого|прошлого)\s+года)?$",
    re.I,
)
_KK_JANUARY_TO_DAY_RE = re.compile(
    r"(\d{4})\s+жыл(?:дың|ғы)\s+1\s+қаңтар\w*\s+(?:мен\s+)?(\d{1,2})\s+(\w+)\s+(?:дейін|аралығында)",
    re.I,
)
#: Months of the year of publication or the year before, or with no year named («за 10
#: месяцев», «9 айда»: the last such months up to publication).
_RELATIVE_MONTHS_RE = re.compile(
    r"^(?:(?:за|по\s+итогам|итоги)\s+(?:первые\s+)?(?P<months>\d+|\w+)\s+месяц\w*"
    r"(?:\s+(?P<year>текущего|этого|прошлого)\s+года)?$)|"
    r"^(?:(?P<year_kk>биыл\w*|ағымдағы\s+жыл\w*|өткен\s+жылдың|былтырғы(?:\s+жылдың)?|"
    r"жыл\s+басынан\s+бері)\s+)?"
    rf"(?:алғашқы\s+)?(?P<months_kk>\d+|{KK_MONTH_COUNT})\s+ай(?:\w*|\s+ішінде)$",
    re.I,
)
#: «по состоянию на 1 октября 2025 года», «по состоянию на декабрь 2025 года», «к сентябрю 2023
#: года» (that year up to September).
_AS_OF_RE = re.compile(
    r"(?:по\s+состоянию\s+на|^к)\s+(?:(\d{1,2})\s+)?([а-я]+)\s+(\d{4})\s+года$", re.I
)
_KK_AS_OF_RE = re.compile(r"(\d{4})\s+жылдың\s+(\d{1,2})\s+(\w+)\s+жағдай\w*\s+бойынша", re.I)
#: «2025 жылдың қаңтар–мамыр айлары», «ағымдағы жылдың қаңтар-қазан айларында» (of this year).
_KK_JANUARY_TO_RE = re.compile(
    r"(?:(\d{4})\s+жылдың|(биылғы|ағымдағы\s+жылдың|өткен\s+жыл(?:дың|ғы)|былтырғы))\s+"
    r"қаңтар\s*[–—-]\s*(\w+)\s+айлар",
    re.I,
)
_MONTHS_RES = (
    re.compile(
        r"(?:(?:за|по\s+итогам|итоги)\s+(?:первые\s+)?|^)(\d+|\w+)\s+месяц\w*\s+(\d{4})\s+года$",
        re.I,
    ),
    re.compile(rf"(\d{{4}})\s+жылдың\s+(?:алғашқы\s+)?(\d+|{KK_MONTH_COUNT})\s+ай\w*$", re.I),
    re.compile(r"for\s+(\d+)\s+months\s+of\s+(\d{4})$", re.I),
    re.compile(r"the\s+first\s+(\d+|\w+)\s+months\s+of\s+(\d{4})$", re.I),
)


def _month_count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _MONTH_WORDS.get(word.lower())


def _span(year: int, first_month: int, last_month: int) -> dict[str, str]:
    """Period fields for the months ``first_month``..``last_month`` of ``year``."""
    last_day = calendar.monthrange(year, last_month)[1]
    n_months = last_month - first_month + 1
    if (first_month, last_month) == (1, 12):
        label, kind = f"{year} (full year)", "full_year"
    elif n_months == 1:
        label, kind = f"{year} ({calendar.month_name[first_month]})", "months"
    elif first_month == 1:
        label, kind = f"{year} ({n_months} months)", "months"
    else:
        label, kind = f"{year} (months {first_month}-{last_month})", "months"
    return {
        "year": str(year),
        "period_kind": kind,
        "period_start": f"{year}-{first_month:02d}-01",
        "period_end": f"{year}-{last_month:02d}-{last_day:02d}",
        "period_label": label,
    }


def _year_to_date(year: int, phrase: str) -> dict[str, str]:
    return {
        "year": str(year),
        "period_kind": "year_to_date",
        "period_start": "",
        "period_end": "",
        "period_label": f"{year} (year to date: {phrase})",
    }


def _months_of_year(phrase: str, published: str | None) -> dict[str, str] | None:
    """«за 9 месяцев 2025 года», «2025 жылдың 11 айы»: months from 1 January."""
    for pattern in _MONTHS_RES:
        m = pattern.search(phrase)
        if m:
            a, b = m.groups()
            year, months = (int(a), _month_count(b)) if len(a) == 4 and a.isdigit() else (
                int(b), _month_count(a))  # fmt: skip
            if months and 1 <= months <= 12:
                return _span(year, 1, months)
    return None


def _month_of(word: str) -> int | None:
    """The month a Russian month word names («мая» → 5, «марте» → 3), or None."""
    low = word.lower()
    stem = next((k for k in sorted(_MONTH_NAMES, key=len, reverse=True)
                 if low.startswith(k)), None)  # fmt: skip
    return _MONTH_NAMES[stem] if stem else None


def _kk_month_of(word: str) -> int | None:
    """The month a Kazakh month word names in any form («қыркүйегіне» → 9), or None."""
    low = word.lower()
    return next((m[0] for m in MONTH_NAMES if low[:4] == m[4][:4]), None)


def _january_to_day(year: int, month: int, day: int | None) -> dict[str, str]:
    """From 1 January to ``day`` of ``month`` (to the month's end when ``day`` is None)."""
    if day and day < calendar.monthrange(year, month)[1]:
        end = dt.date(year, month, day)  # ValueError is impossible: day < the month's last
        return {
            "year": str(year),
            "period_kind": "months",
            "period_start": f"{year}-01-01",
            "period_end": end.isoformat(),
            "period_label": f"{year} (1 January to {day} {calendar.month_name[month]})",
        }
    return _span(year, 1, month)


def _year_of_months(last_month: int, relative: str | None, published: str | None) -> int | None:
    """The year of months named without one: «текущего года», «биылғы» (None if ``last_month``
    is still to come), «прошлого года», «өткен жылдың», or none (the last such months up to
    publication)."""
    if not published:
        return None
    day = dt.date.fromisoformat(published)
    if relative and _EARLIER_YEAR_RE.match(relative):
        return day.year - 1
    if relative:
        return day.year if last_month <= day.month else None
    return day.year if last_month <= day.month else day.year - 1


def _january_to(phrase: str, published: str | None) -> dict[str, str] | None:
    """«январь–май 2025 года», «с 1 января по 15 октября 2025 года», «2025 жылдың қаңтар–мамыр
    айлары», «2025 жылдың 1 қаңтарынан 30 қыркүйегіне дейін»."""
    m = _JANUARY_TO_RE.search(phrase)
    if m and (month := _month_of(m.group(2))):
        year = int(m.group(3)) if m.group(3) else _year_of_months(month, m.group(4), published)
        day = int(m.group(1)) if m.group(1) else None
        return _january_to_day(year, month, day) if year else None
    m = _KK_JANUARY_TO_RE.search(phrase)
    if m and (month := _kk_month_of(m.group(3))):
        year = int(m.group(1)) if m.group(1) else _year_of_months(month, m.group(2), published)
        return _span(year, 1, month) if year else None
    m = _KK_JANUARY_TO_DAY_RE.search(phrase)
    if m and (month := _kk_month_of(m.group(3))):
        return _january_to_day(int(m.group(1)), month, int(m.group(2)))
    return None


#: The year before publication, in a phrase of its months («прошлого», «өткен жылдың»).
_EARLIER_YEAR_RE = re.compile(r"прошл|өткен|былтыр", re.I)


def of_the_year_before(phrase: str) -> bool:
    """Whether a period phrase names the year before publication or months of it.

    Examples
    --------
    >>> of_the_year_before("в прошлом году"), of_the_year_before("өткен жылдың 5 айында")
    (True, True)
    >>> of_the_year_before("за 9 месяцев прошлого года"), of_the_year_before("биыл 5 айда")
    (True, False)
    >>> of_the_year_before("в январе прошлого года"), of_the_year_before("в прошлом году за 10 месяцев")
    (True, True)
    """
    phrase = _spelled_out(phrase.strip())
    if PREVIOUS_YEAR_RE.match(phrase):
        return True
    month = _ONE_MONTH_RE.match(phrase)
    if month and month.group(3):
        return month.group(3).lower() == "прошлого"  # «в январе прошлого года»
    m = _RELATIVE_MONTHS_RE.search(phrase)
    return bool(m) and bool(_EARLIER_YEAR_RE.match(m.group("year") or m.group("year_kk") or ""))


def _relative_months(phrase: str, published: str | None) -> dict[str, str] | None:
    """«за 9 месяцев текущего года», «биыл 9 айда», «жыл басынан бері 5 айда», «өткен жылдың 10
    айында»: months from 1 January of the year of publication (or the year before); None when
    the months have not passed yet by the publication date. With no year named («за 10
    месяцев»), the last such months up to publication."""
    m = _RELATIVE_MONTHS_RE.search(phrase)
    if not m or not published:
        return None
    months = _month_count(m.group("months") or m.group("months_kk"))
    relative = m.group("year") or m.group("year_kk")
    if not months or not 1 <= months <= 12:
        return None
    if relative and _EARLIER_YEAR_RE.match(relative):
        relative = "прошлого"
    year = _year_of_months(months, relative, published)
    return _span(year, 1, months) if year else None


#: A Russian month word in any case form («январе», «марта», «мае»; «ма» alone is too short).
MONTH_WORD = "(?:(?:" + "|".join(m[2] for m in MONTH_NAMES if len(m[2]) > 2) + r")\w*|ма[йяе]\b)"
#: One month: «в январе 2026 года», «за март», «в мае», «в январе прошлого года».
_ONE_MONTH_RE = re.compile(
    rf"^(?:в|за)\s+({MONTH_WORD})(?:\s+(\d{{4}})\s+года|\s+(текущего|этого|прошлого)\s+года)?$",
    re.I,
)
#: A Kazakh month word («қараша», «қыркүйегі»): the stems of :data:`MONTH_NAMES`.
KK_MONTH_WORD = "(?:" + "|".join(m[4] for m in MONTH_NAMES) + r")\w*"
#: One month in Kazakh: «қараша айында», «2025 жылдың қазан айында», «биылғы қыркүйек айында»,
#: «өткен жылғы қараша айында».
#: A Kazakh month alone in the locative («қаңтарда», «қыркүйекте»); not «қазанда», which is also
#: «in Kazan».
KK_BARE_MONTH = (
    "(?:" + "|".join(m[4] for m in MONTH_NAMES if m[0] != 10) + r")[кг]?(?:да|де|та|те)(?!\w)"
)
_KK_ONE_MONTH_RE = re.compile(
    rf"^(?:(\d{{4}})\s+жылдың\s+|(биылғы|ағымдағы\s+жылдың|өткен\s+жылғы|былтырғы)\s+)?"
    rf"(?:({KK_MONTH_WORD})\s+айында|({KK_BARE_MONTH}))$",
    re.I,
)
#: Several years together: «за последние пять лет», «с 2018 по 2022 год», «2023-2024 жылдары».
YEARS_COUNT = (
    r"(?:\d{1,2}|два|две|двух|три|трех|трёх|четыре|пять|пяти|шесть|семь|восемь|девять|десять|"
    r"несколько|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
)
MULTI_YEAR_RE = re.compile(
    rf"^за\s+(?:последние\s+)?{YEARS_COUNT}\s+(?:лет|года)$|\d{{4}}\s*(?:[–—-]|по|до)\s*\d{{4}}|"
    rf"^соңғы\s+{YEARS_COUNT}\s+жыл",
    re.I,
)
#: Periods shorter than a month: a day, a week, a weekend («за минувшие сутки», «за прошедшую
#: неделю», «на прошлой неделе», «өткен аптада», «тәулік ішінде»).
SHORT_PERIOD_RE = re.compile(
    r"\bсутк|\bсуток|недел|\bдень\b|\bдн(?:ей|я)\b|выходн|уикэнд|\bчас(?:а|ов)?\b|\bапта|тәулік",
    re.I,
)
#: Days of one month, «с 16 по 22 августа»: shorter than a month unless they span it.
_DAYS_OF_A_MONTH_RE = re.compile(
    rf"^с\s+(\d{{1,2}})\s+(?:по|до)\s+(\d{{1,2}})\s+{MONTH_WORD}", re.I
)


def shorter_than_a_month(phrase: str) -> bool:
    """Whether a period phrase names less than a month: a day, a week, some days of a month.

    Examples
    --------
    >>> shorter_than_a_month("за минувшую неделю"), shorter_than_a_month("с 16 по 22 августа")
    (True, True)
    >>> shorter_than_a_month("с 1 по 31 августа"), shorter_than_a_month("за 9 месяцев")
    (False, False)
    """
    days = _DAYS_OF_A_MONTH_RE.match(phrase.strip())
    if days:
        return int(days.group(2)) - int(days.group(1)) < 27
    return bool(SHORT_PERIOD_RE.search(phrase))


#: Months from one month to another: «апрель—июнь 2020 года», «с июля по сентябрь 2020 года».
_MONTH_RANGE_RE = re.compile(
    rf"^(?:(?:в|за)\s+|с\s+)?({MONTH_WORD})\s*(?:[–—-]|по|до)\s*({MONTH_WORD})"
    r"(?:\s+(\d{4})\s+года|\s+(текущего|этого|прошлого)\s+года)?$",
    re.I,
)


def _month_range(phrase: str, published: str | None) -> dict[str, str] | None:
    """«апрель—июнь 2020 года», «с июля по сентябрь 2020 года»; without a year, as
    :func:`_year_of_months` dates months named so."""
    m = _MONTH_RANGE_RE.match(phrase)
    if not m:
        return None
    first, last = _month_of(m.group(1)), _month_of(m.group(2))
    if not (first and last) or first == 1 or first >= last:
        return None  # from January: :func:`_january_to` reads it, or refuses it
    year = int(m.group(3)) if m.group(3) else _year_of_months(last, m.group(4), published)
    return _span(year, first, last) if year else None


def months_of_a_story(phrase: str) -> bool:
    """Whether a period phrase names months from one other than January («в период с февраля
    по ноябрь 2018 года»): the time of one story, like one month; a statistic counts from
    January.

    Examples
    --------
    >>> months_of_a_story("с февраля по ноябрь 2018 года"), months_of_a_story("за январь–май")
    (True, False)
    """
    m = _MONTH_RANGE_RE.match(_spelled_out(phrase.strip()))
    return bool(m) and _month_of(m.group(1)) not in (None, 1)


def _one_month(phrase: str, published: str | None) -> dict[str, str] | None:
    """«в январе 2026 года»; «в январе прошлого года», «в марте текущего года», «за март»,
    «қараша айында», «өткен жылғы қараша айында»: as :func:`_year_of_months` dates months named
    without a year (the last March up to publication)."""
    m = _ONE_MONTH_RE.match(phrase)
    if m:
        month = _month_of(m.group(1))
        year = int(m.group(2)) if m.group(2) else _year_of_months(month, m.group(3), published)
        return _span(year, month, month) if year else None
    m = _KK_ONE_MONTH_RE.match(phrase)
    if not m or (month := _kk_month_of(m.group(3) or m.group(4))) is None:
        return None
    relative = m.group(2) and ("прошлого" if m.group(2).lower()[:2] in ("өт", "бы") else "этого")
    year = int(m.group(1)) if m.group(1) else _year_of_months(month, relative, published)
    return _span(year, month, month) if year else None


def _part_of_year(phrase: str, published: str | None) -> dict[str, str] | None:
    """Quarters and half-years: «за первый квартал 2026 года», «биылғы жарты жыл»."""
    m = _PART_OF_YEAR_RE.search(phrase)
    if not m:
        return None
    year = m.group("year") or m.group("kk_year")
    year = int(year) if year else None
    if year is None and published:
        reference = dt.date.fromisoformat(published).year
        if re.search(r"текущего|этого|биыл", phrase, re.I):
            year = reference
        elif re.search(r"прошлого|өткен", phrase, re.I):
            year = reference - 1
    ordinal = _PART_ORDINALS.get((m.group("ordinal") or "перв").lower())
    size = 3 if m.group("part").lower().startswith(("квартал", "тоқсан")) else 6
    if year is None and ordinal is not None:
        # «в III квартале», «за первое полугодие»: the last such part up to publication
        year = _year_of_months(size * ordinal, None, published)
    if year is None or ordinal is None:
        return None
    return _span(year, size * (ordinal - 1) + 1, size * ordinal)


def _full_year(phrase: str, published: str | None) -> dict[str, str] | None:
    """«по итогам 2025 года», «в 2025 году», «2025 жылы» (a phrase naming no months or days)."""
    if re.search(r"месяц|ай|month|дн|күн|day|квартал|тоқсан", phrase, re.I):
        return None
    for pattern in _FULL_YEAR_RES:
        m = pattern.search(phrase)
        if m:
            return _span(int(m.group(1)), 1, 12)
    return None


#: The year to date of a year named: «с начала 2025 года», «за истекший период 2025 года»,
#: «2025 жылдың басынан бері».
_SINCE_START_OF_RE = re.compile(
    rf"с\s+начала\s+(\d{{4}})\s+года|{SO_FAR}\s+(\d{{4}})\s+года|"
    r"(\d{4})\s+жылдың\s+басынан\s+бері",
    re.I,
)


def _since_start_of(phrase: str, published: str | None) -> dict[str, str] | None:
    """«с начала 2025 года», «за истекший период 2025 года»: the year to date."""
    m = _SINCE_START_OF_RE.search(phrase)
    return _year_to_date(int(next(g for g in m.groups() if g)), phrase) if m else None


def is_year_so_far(phrase: str) -> bool:
    """Whether a period phrase names this year so far and no year: «с начала года», «биыл».

    Examples
    --------
    >>> is_year_so_far("С начала года"), is_year_so_far("с начала 2025 года")
    (True, False)
    """
    return _THIS_YEAR_RE.match(_spelled_out(phrase.strip())) is not None


def _relative_to_publication(phrase: str, published: str | None) -> dict[str, str] | None:
    """«в прошлом году», «былтыр»: the previous year; «биыл», «с начала года»: year to date."""
    if not published:
        return None
    reference = dt.date.fromisoformat(published).year
    if PREVIOUS_YEAR_RE.search(phrase):
        return _span(reference - 1, 1, 12)
    if _THIS_YEAR_RE.search(phrase):
        return _year_to_date(reference, phrase)
    return None


def _as_of(phrase: str, published: str | None) -> dict[str, str] | None:
    """«по состоянию на 1 октября 2025 года», «2025 жылдың 1 қазанындағы жағдай бойынша»: that
    year to date; on 1 January, the whole year before."""
    m = _AS_OF_RE.search(phrase)
    if m:
        day, month, year = m.group(1), _month_of(m.group(2)), int(m.group(3))
    else:
        m = _KK_AS_OF_RE.search(phrase)
        if not m:
            return None
        year, day, month = int(m.group(1)), m.group(2), _kk_month_of(m.group(3))
    if not month:
        return None
    if month == 1 and day == "1":
        return _span(year - 1, 1, 12)  # counted up to 1 January: the whole year before
    return _year_to_date(year, phrase)


#: The ways a release names its period, tried in this order (the first that reads wins).
_READERS = (
    _months_of_year,
    _january_to,
    _as_of,
    _relative_months,
    _part_of_year,
    _full_year,
    _since_start_of,
    _relative_to_publication,
    _one_month,
    _month_range,
)


def _as_given(phrase: str, year: int | None, period_kind: str | None) -> dict[str, str]:
    """The caller's ``year`` and ``period_kind`` for a phrase no reader understood."""
    if year is None or period_kind is None:
        raise ParameterError(
            f"cannot tell the period from {phrase or 'the text'!r}; pass --year and "
            "--period-kind (e.g. --year 2025 --period-kind year_to_date)"
        )
    if period_kind == "full_year":
        return _span(year, 1, 12)
    label = period_kind.replace("_", " ")
    return {
        "year": str(year),
        "period_kind": period_kind,
        "period_start": "",
        "period_end": "",
        "period_label": f"{year} ({label}{': ' + phrase if phrase else ''})",
    }


#: The genitive of «прошлый», «текущий», «этот» year by their stems, for «… месяцев прошлого года».
_OF_YEAR = {"прошл": "прошлого", "текущ": "текущего", "эт": "этого"}


def _spelled_out(phrase: str) -> str:
    """Abbreviated and elliptic years and months spelled out, so that one pattern reads both:
    «в 2025 г.» / «в 2025-м» → «в 2025 году», «за 2025 г.» → «за 2025 год», «за 9 мес. 2025 г.»
    → «за 9 месяцев 2025 года», «по итогам 2025-го» → «по итогам 2025 года»."""
    phrase = re.sub(r"\bмес\.", "месяцев", phrase, flags=re.I)
    phrase = re.sub(r"(\d{4})-го(?:\s+года)?", r"\1 года", phrase)
    # «по итогам прошедшего 2025 года», «в минувшем 2025 году»: the year named is the year
    phrase = re.sub(
        r"(?:прошедш|минувш|истекш|уходящ|прошл)\w+\s+(?=\d{4})", "", phrase, flags=re.I
    )
    phrase = re.sub(r"^в\s+течение\s+", "в ", phrase, flags=re.I)  # «в течение 2016 года»
    # «в 2018» and «к 2025 году» of a series, «2023 год – 612» and «2023 г.: 612» heading an item
    phrase = re.sub(
        r"^(?:[вк]\s+)?(\d{4})(?:-о?м(?:\s+году)?|\s*г\.|\s+год[ау]?)?$",
        r"в \1 году",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(r"^за\s+(?:весь|целый)\s+", "за ", phrase, flags=re.I)  # «за весь 2024 год»
    phrase = re.sub(r"^в\s+прошлом$", "в прошлом году", phrase, flags=re.I)  # «…, то в прошлом —»
    phrase = re.sub(r"\bполгода\b", "6 месяцев", phrase, flags=re.I)  # «за полгода 2025 года»
    phrase = re.sub(r"\s+полн\w+(?=\s+месяц)", "", phrase, flags=re.I)  # «за три полных месяца»
    # «в прошлом году за 10 месяцев», «в 2024 году за 10 месяцев»: the months of that year
    phrase = re.sub(
        r"^в\s+(\d{4}|прошл|текущ|эт)(?:ом|ем)?\s+году\s+(за\s+(?:первые\s+)?\S+\s+месяц\w*)$",
        lambda m: f"{m.group(2)} {_OF_YEAR.get(m.group(1).lower(), m.group(1))} года",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(r"^за\s+(\d{4})\s*г\.$", r"за \1 год", phrase, flags=re.I)
    # «2025 жыл – 843», «2023 ж.», «2024 жылғы 612-ден», «2020 жылдың қорытындысында»
    phrase = re.sub(r"^(\d{4})\s*(?:жыл|ж\.|жылғы)$", r"\1 жылы", phrase, flags=re.I)
    phrase = re.sub(r"жылдың\s+қорытындысында$", "жылдың қорытындысы бойынша", phrase, flags=re.I)
    return re.sub(r"(\d{4})\s*г\.", r"\1 года", phrase)


def resolve_period(
    period_text: str,
    *,
    year: int | None = None,
    period_kind: str | None = None,
    published: str | None = None,
    year_earlier: bool = False,
) -> dict[str, str]:
    """Turn a period phrase into the dataset's period fields.

    «по итогам 2025 года», «в 2025 году», «2025 жылы» give a full year; «за 9
    месяцев 2025 года» gives months from 1 January. Any other phrase needs the
    caller's ``year`` and ``period_kind``. With a publication date, «в прошлом году»
    / «былтыр» give the previous full year and «с начала года» / «в этом году» /
    «биыл» the year to date.

    Parameters
    ----------
    period_text : str
        The phrase as printed (may be empty).
    year : int, optional
        Year to use when the phrase does not state one.
    period_kind : str, optional
        Period kind to use when the phrase does not state one.
    published : str, optional
        Publication date (ISO), the reference for «в прошлом году», «биыл» and the like.
    year_earlier : bool, default False
        The figure is of the same period one year earlier than the phrase names («против
        512 годом ранее» after «В 2025 году»): the period is moved back one year.

    Returns
    -------
    dict
        ``year``, ``period_kind``, ``period_start``, ``period_end``, ``period_label``
        as strings ready for the CSV.

    Raises
    ------
    ParameterError
        When the period cannot be read and no ``year`` / ``period_kind`` was given.

    Examples
    --------
    >>> resolve_period("По итогам 2025 года")["period_end"]
    '2025-12-31'
    >>> resolve_period("за 9 месяцев 2025 года")["period_label"]
    '2025 (9 months)'
    >>> resolve_period("с начала года", year=2026, period_kind="year_to_date")["period_kind"]
    'year_to_date'
    >>> resolve_period("в прошлом году", published="2026-02-07")["period_label"]
    '2025 (full year)'
    >>> resolve_period("за 9 месяцев 2025 года", year_earlier=True)["period_end"]
    '2024-09-30'
    """
    phrase = _spelled_out(re.sub(r"\s+", " ", period_text or "").strip())
    if MULTI_YEAR_RE.search(phrase):
        # never filed under one year, even with --year: five years' damage is no year's
        raise ParameterError(
            f"the period {phrase!r} covers several years together; it is not ingested: add such "
            "a figure by hand with period_kind multi_year (data/README.md)"
        )
    if shorter_than_a_month(phrase):
        # never filed under a year, even with --year: a week's count is no year's count
        raise ParameterError(
            f"the period {phrase!r} is shorter than a month; the dataset holds full years, years "
            "to date and months, so such a figure is not ingested"
        )
    for reader in _READERS:
        fields = reader(phrase, published)
        if fields is not None:
            return _a_year_earlier(fields) if year_earlier else fields
    fields = _as_given(phrase, year, period_kind)
    return _a_year_earlier(fields) if year_earlier else fields


def _a_year_earlier(fields: dict[str, str]) -> dict[str, str]:
    """The same period one year earlier: year, dates and label moved back a year."""
    year = int(fields["year"])

    def back(day: str) -> str:
        if not day:
            return day
        d = dt.date.fromisoformat(day)
        last = calendar.monthrange(d.year - 1, d.month)[1]  # 29 February → 28 February
        return d.replace(year=d.year - 1, day=min(d.day, last)).isoformat()

    return {
        **fields,
        "year": str(year - 1),
        "period_start": back(fields["period_start"]),
        "period_end": back(fields["period_end"]),
        "period_label": re.sub(rf"^{year}\b", str(year - 1), fields["period_label"])
        + ", a year earlier",
    }

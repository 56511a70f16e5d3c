"""The period phrase of each figure («По итогам 2025 года», «с начала года», «биыл»).

See :func:`periods_of`; comparison periods («чем в 2024 году») are not the figure's own,
and the phrases of the same period a year earlier («против 512 годом ранее») are found here
for :mod:`fraud_research.text.year_earlier`, which marks their figures.
:func:`drop_headline_repeats` drops headline figures the body repeats.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..errors import ParameterError
from .change_pair import first_end_year
from .document import Document
from .item_labels import BULLET_MARK
from .month_lines import month_of_the_line
from .periods import (
    JUST_PAST,
    KK_BARE_MONTH,
    KK_MONTH_COUNT,
    KK_MONTH_WORD,
    MONTH_WORD,
    SHORT_PERIOD_RE,
    SO_FAR,
    YEARS_COUNT,
    is_year_so_far,
    months_of_a_story,
    of_the_year_before,
    resolve_period,
)
from .respectively import respective_periods

#: «за аналогичный период», «такого же периода», «в том же периоде»: the same period (of a year
#: named after it); never «с аналогичным периодом», which only names what is compared with.
SAME_PERIOD_OF = (
    r"(?:(?:за\s+)?(?:аналогичн(?:ый|ого)|(?:т(?:от|ого)|так(?:ой|ого))\s+же)\s+период(?:а\b)?|"
    r"в\s+(?:аналогичном|т(?:ом|аком)\s+же)\s+периоде)"
)
#: «2024 жылдың осы кезеңінде – 665»: the same period of a year named before it, in Kazakh.
KK_SAME_PERIOD_OF_YEAR = (
    r"\d{4}\s+жыл(?:дың|ғы)\s+(?:осы|сәйкес|ұқсас|дәл\s+осы)\s+(?:кезең|уақыт|мерзім)\w*"
)

#: The year a period phrase may end with: «… 2025 года», «… 2025 г.», «… прошлого года».
_OF_A_YEAR = r"(?:\s+\d{4}\s*(?:года|г\.)|\s+(?:текущего|этого|прошлого)\s+года)?"
#: The same, also «… 2024-го».
_OF_A_YEAR_OR_GO = r"(?:\s+\d{4}(?:\s*(?:года|г\.)|-го)|\s+(?:текущего|этого|прошлого)\s+года)?"

#: Periods of days or weeks, a figure's own (never a year's): «за последнюю неделю», «за минувшие
#: сутки», «за семь дней», «с 16 по 22 августа», Kazakh «өткен аптада».
SHORT_PERIOD_PATTERNS = (
    r"(?:за|в\s+течение)\s+(?:(?:минувш|прошедш|прошл|последн|эт|текущ|ушедш|истекш|предыдущ|"
    r"одн|только)\w*\s+){0,3}(?:сутки|суток|недел\w+|день|дня|выходные|уикэнд\w*)(?!\w)",
    # «за последние 24 часа», «за семь дней», «за 3 недели августа», «с 16 по 22 августа»
    r"(?:за|в\s+течение)\s+(?:последние\s+)?(?:24|48|72)\s+час\w*",
    r"за\s+(?:последние\s+)?(?:\d{1,2}|дв[ае]|тр[иё]|четыре|пять|шесть|семь)\s+(?:дн\w*|недел\w*)"
    rf"(?:\s+{MONTH_WORD})?",
    rf"с\s+\d{{1,2}}\s+(?:по|до)\s+\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}}\s*(?:года|г\.))?",
    r"(?:на|в)\s+(?:прошл|минувш|эт|текущ|прошедш)\w*\s+неделе",
    r"(?:минувш|прошедш)\w*\s+(?:сутки|недел\w+)",
    r"(?:өткен|соңғы|бір)\s+(?:апта|тәулік)\w*|(?:апта|тәулік)\s+ішінде",
)
#: The phrase of such a period in a text (:data:`.periods.SHORT_PERIOD_RE` tells whether a phrase
#: already found is one).
SHORT_PERIOD_PHRASE_RE = re.compile("|".join(f"(?:{p})" for p in SHORT_PERIOD_PATTERNS), re.I)

_PERIOD_PATTERNS = (
    # «в прошлом году за 10 месяцев»: the months of that year, one phrase (before «в прошлом
    # году» alone: at one position the first pattern that matches wins)
    r"в\s+(?:прошлом|этом|текущем|\d{4})\s+году\s+за\s+(?:первые\s+)?(?:\d+|\w+)\s+месяц\w*",
    r"по\s+итогам\s+(?:\d+\s+месяц\w*\s+)?(?:(?:прошедш|минувш|истекш|уходящ|прошл)\w+\s+)?"
    r"(?:\d{4}|прошлого|текущего)\s+года",
    rf"по\s+итогам\s+{JUST_PAST}\s+года",
    r"по\s+итогам\s+\d{4}-го(?:\s+года)?",
    r"по\s+итогам\s+январ[яь]\s*[–—-]\s*\w+(?:\s+\d{4}\s*(?:года|г\.))?",
    # also a headline's «Итоги первого квартала:» (opening its line or sentence); «полугодие»
    # alone is the first half (a quarter alone could be any)
    r"(?:по\s+итогам|(?:^|(?<=\n)|(?<=[.!?]\s))итоги)\s+"
    r"(?:(?:I{1,3}|IV|[1-4](?:-?го)?|перв\w+|втор\w+|трет\w+|четв[её]рт\w+)\s+"
    r"(?:квартал|полугоди)|полугоди)\w*(?:\s+\d{4}\s*(?:года|г\.))?",
    # «в течение 2016 года», «в минувшем 2025 году», «за прошедший 2025 год»
    r"(?<!\w)в\s+течение\s+\d{4}\s+года",
    r"(?<!\w)(?:в|за)\s+(?:прошедш|минувш|истекш|уходящ|прошл)\w+\s+\d{4}\s+год(?:у)?",
    # «за январь–сентябрь» with its year, the year relative to publication or none
    r"(?:(?:в|за)\s+январ[еья]\s*[–—-]\s*|с\s+(?:1\s+)?января\s+(?:по|до)\s+(?:\d{1,2}\s+)?)"
    rf"{MONTH_WORD}{_OF_A_YEAR_OR_GO}",
    # months from another month: «за апрель—июнь 2020 года», «с июля по сентябрь 2020 года»
    rf"(?:(?:в|за)\s+{MONTH_WORD}\s*[–—-]\s*|с\s+{MONTH_WORD}\s+(?:по|до)\s+){MONTH_WORD}"
    + _OF_A_YEAR_OR_GO,
    # half a year: «за полгода 2025 года», «за первые полгода»
    r"за\s+(?:первые\s+)?полгода" + _OF_A_YEAR,
    r"по\s+состоянию\s+на\s+(?:\d{1,2}\s+)?\w+\s+\d{4}\s*(?:года|г\.)",
    r"за\s+(?:первые\s+)?(?:\d+|\w+)\s+(?:полн\w+\s+)?(?:месяц\w*|мес\.)(?:\s+и\s+\d+\s+дн\w*)?"
    + _OF_A_YEAR,
    r"за\s+(?:первые\s+)?\d+\s+дн\w*",
    r"за\s+(?:(?:весь|целый)\s+)?(?:\d{4}|прошлый|этот)\s+год|за\s+\d{4}\s*г\.",
    r"(?<!\w)в\s+\d{4}(?:-о?м)?(?:\s+году|\s*г\.)|(?<!\w)в\s+\d{4}-о?м\b",
    # a year's dative or a case mistyped, the period still plain: «что 2025 году смоляне
    # отдали», «В 2024 года … зарегистрировали»
    r"(?<![\w.,])\d{4}\s+году\b|(?<!\w)в\s+\d{4}\s+года\b(?!\s*\d)",
    # a year of a series without its noun («а в 2018 — почти 6000», «а в 2014 уже 390»), or
    # closing the bracket of its figure («25 фактов (19 в 2021)»)
    r"(?<!\w)в\s+(?:19|20)\d{2}(?=\s*(?:[–—]|-\s|уже\b|\)))",
    # the same of the year just gone («Если в 2018 году … 69 млн, то в прошлом — уже 1,1 млрд»)
    r"(?<!\w)в\s+прошлом(?=\s*(?:[–—]|-\s|уже\b))",
    # «к 2025 году их число выросло до 3600»: the figure the year reached
    r"(?<!\w)к\s+\d{4}(?:\s+году|\s*г\.)",
    rf"(?<!\w)к\s+{MONTH_WORD}\s+\d{{4}}\s+года",  # «к сентябрю 2023 года»: that year so far
    # a year heading its item of a series («2023 год – 612», «2024 г.: 743», «2025 жыл – 843»)
    # after a bullet of any mark («•», «🔹», «-») and a space
    rf"(?:(?<=[,;:(\n] )|(?<={BULLET_MARK} )|(?<=[,;:(\n])|(?<![\s\S]))"
    r"\d{4}\s+(?:год|г\.|жыл)(?=\s*[–—:)-])",
    # months of a year without «за» («Если сравнивать 11 месяцев 2021 года»)
    r"(?<!\w)\d{1,2}\s+месяц\w*\s+\d{4}\s*(?:года|г\.)",
    r"[1-4]\s+квартал\w*\s+\d{4}\s*(?:года|г\.)",
    # a bare year heading an item of a series after a comma, a colon that opens the series or
    # at a line's start («2007 год – 996, 2008 - 1614», «росло: 2015 — 2440, 2016 — 2471»),
    # never a range of years («2007-2008»)
    r"(?:(?<=, )|(?<=; )|(?<=: )|(?<=\n))(?:19|20)\d\d(?=\s+[–—-]\s+\d)",
    r"в\s+(?:прошлом|этом|текущем|нынешнем|наступившем)\s+году",
    # «в минувшем году», «за весь прошедший год»: the year just gone (never «годах», «годы»)
    rf"(?<!\w)(?:в|за)\s+(?:весь\s+)?{JUST_PAST}\s+год(?:у)?(?!\w)",
    r"по\s+(?:статистике|данным)\s+(?:текущего|этого)\s+года",
    # «за аналогичный период 2024 года – 33», «больше аналогичного периода 2022 года – 1697»
    rf"{SAME_PERIOD_OF}\s+\d{{4}}\s*(?:года|г\.)",
    # «превышает показатели 2024 года (486,7 млн)»: the year compared with, a figure's own
    r"показател\w*\s+\d{4}\s+года",
    r"\d{4}\s*ж\.",
    r"с\s+начала\s+(?:\d{4}\s+)?(?:текущего\s+)?года",
    # «за истекший период 2025 года» (the police's «the period so far»)
    rf"{SO_FAR}\s+(?:\d{{4}}\s*(?:года|г\.)|(?:текущего|этого)\s+года)",
    r"\d{4}\s+жылдың\s+басынан\s+бері",
    r"по\s+итогам\s+(?:\d+|\w+)\s+месяц\w*" + _OF_A_YEAR,
    # a headline's «итоги 10 месяцев» (the results of ten months)
    r"(?<!по\s)итоги\s+(?:\d+|\w+)\s+месяц\w*" + _OF_A_YEAR,
    rf"\d{{4}}\s+жылдың\s+(?:\w+\s+)?(?:\d+|{KK_MONTH_COUNT})\s+ай\w*",
    r"\d{4}\s+жылдың\s+қорытындысы(?:\s+бойынша|нда)",
    KK_SAME_PERIOD_OF_YEAR,
    # «2025 жылдың 1 қаңтарынан 30 қыркүйегіне дейін», «2025 жылғы 1 қаңтар мен 1 желтоқсан
    # аралығында» (between); before the year alone, which would match first
    r"\d{4}\s+жыл(?:дың|ғы)\s+1\s+қаңтар\w*\s+(?:мен\s+)?\d{1,2}\s+\w+\s+(?:дейін|аралығында)",
    r"\d{4}\s+жыл(?:ы|ғы)",
    r"\d{4}\s+jyly",
    # from the first digit only: retrying ``\d+`` from every digit of a long run is quadratic
    r"(?<!\d)\d+\s+ай(?:(?:дың|да|ында)\w*|\s+ішінде)",
    # one month: «қараша айында», «2025 жылдың қазан айында» (before «2025 жылдың 10 айында»,
    # which is tried at the same position)
    rf"(?:\d{{4}}\s+жылдың\s+|(?:биылғы|ағымдағы\s+жылдың|өткен\s+жылғы|былтырғы)\s+)?"
    rf"{KK_MONTH_WORD}\s+айында",
    # a month alone in the locative: «қаңтарда 61, ақпанда 58» (not «қазанда»: also Kazan)
    rf"(?:(?:биылғы|ағымдағы\s+жылдың|өткен\s+жылғы|былтырғы)\s+)?(?<!\w){KK_BARE_MONTH}",
    # a quarter of this year: «Бірінші тоқсанда», «биылғы екінші тоқсан ішінде»
    r"(?:(?:биылғы|ағымдағы\s+жылдың)\s+)?(?:бірінші|алғашқы|екінші|үшінші|төртінші)\s+"
    r"тоқсан(?:да|ында|\s+ішінде)(?!\w)",
    # «Абай облысында алты айда 402 …» (not «бір айда», in one month: a rate)
    rf"(?<!\w)(?!бір\s){KK_MONTH_COUNT}\s+ай(?:(?:дың|да|ында)\w*|\s+ішінде)",
    rf"жыл\s+басынан\s+бері(?:\s+(?:\d+|{KK_MONTH_COUNT})\s+ай\w*)?",
    r"jyl\s+basynan\s+beri",
    # before «биыл» alone: at one position the first pattern that matches wins
    r"(?:биылғы|ағымдағы\s+жылдың|өткен\s+жыл(?:дың|ғы)|былтырғы)\s+қаңтар\s*[–—-]\s*\w+\s+айлар\w*",
    rf"(?:биыл\w*|ағымдағы\s+жыл\w*|өткен\s+жылдың|былтырғы(?:\s+жылдың)?)\s+(?:алғашқы\s+)?"
    rf"(?:\d+|{KK_MONTH_COUNT})\s+ай\w*",
    # this year's first half: «Жарты жылда», «биылғы алғашқы жарты жылда», «жарты жыл ішінде»
    r"(?:(?:биылғы|ағымдағы\s+жылдың)\s+)?(?:(?:алғашқы|бірінші)\s+)?"
    r"жарты\s*жыл(?:да|дықта|дығында|\s+ішінде)(?!\w)",
    r"ағымдағы\s+жыл(?:ы|да)",
    r"\d{4}\s+жылдың\s+\d{1,2}\s+\w+\s+жағдай\w*\s+бойынша",
    r"биыл|bıyl|былтыр|өткен\s+жылы",
    r"for\s+\d+\s+months\s+of\s+\d{4}",
    r"(?:in|for|over)\s+the\s+first\s+(?:\d+|\w+)\s+months\s+of\s+\d{4}",
    r"(?:за|в)\s+(?:перв\w+|втор\w+|трет\w+|четв[её]рт\w+|IV|I{1,3}|[1-4](?:-?м|-?й)?)\s+"
    r"(?:квартал\w*|полугоди\w*)" + _OF_A_YEAR,
    r"(?:за|в)\s+(?:перв\w+\s+)?полугоди\w*(?:\s+\d{4}\s*(?:года|г\.))?",
    r"\d{4}\s+жылдың\s+қаңтар\s*[–—-]\s*\w+\s+айлар\w*",
    r"\d{4}\s+жылдың\s+(?:бірінші|алғашқы|екінші|үшінші|төртінші)\s+"
    r"(?:тоқсан\w*|жарты\s*жыл\w*|жартыс\w*)",
    r"in\s+\d{4}",
    r"since\s+the\s+beginning\s+of\s+(?:this|the)\s+year",
    # several years together, the figure's own (never one year's)
    rf"за\s+(?:последние\s+)?{YEARS_COUNT}\s+(?:лет|года)\b",
    r"с\s+\d{4}\s+(?:по|до)\s+\d{4}\s+год\w*|(?:за|в)\s+\d{4}\s*[–—-]\s*\d{4}\s+год\w*",
    rf"соңғы\s+{YEARS_COUNT}\s+жыл\w*|\d{{4}}\s*[–—-]\s*\d{{4}}\s+жыл\w*",
    # shorter periods, the figure's own (never a year's): a day, a week
    *SHORT_PERIOD_PATTERNS,
    rf"(?:в|за)\s+{MONTH_WORD}{_OF_A_YEAR}",
)


_COMPARISON_PERIOD_RE = re.compile(
    rf"{SAME_PERIOD_OF}|аналогичн|показател|{KK_SAME_PERIOD_OF_YEAR}", re.I
)

#: Phrases that name the same period one year earlier than the figures' own: «годом ранее»,
#: «за аналогичный период прошлого года», «в прошлом году за тот же период», «аппг»,
#: «прошлогоднего показателя», «өткен жылдың осы кезеңінде», «былтыр осы уақытта». The figure they belong to keeps
#: its own period phrase and is marked ``year_earlier``.
YEAR_EARLIER_RE = re.compile(
    r"\bгодом\s+(?:ранее|раньше)|\bгод\s+назад|\bаппг\b|"
    # «меньше прошлогоднего (665)», «против прошлогодних 665», not «в прошлогоднем отчёте»
    r"\bпрошлогодн\w++(?:\s+(?:показател|уровн|значени)\w++)?(?!\s+[^\W\d_])|"
    r"(?:аналогичн\w+|\b(?:т(?:от|ом|ем)|так(?:ой|ом|им))\s+же)\s+(?:период|срок)\w*+(?!\s+\d{4})"
    r"(?:\s+(?:прошлого|предыдущего)\s+года)?|"
    r"(?:(?:өткен|былтырғы)\s+жыл(?:дың|ғы)|былтыр(?:ғы)?|өткен\s+жылы)\s+"
    r"(?:осы|сәйкес|ұқсас|дәл\s+осы)\s+(?:кезең|уақыт|уағ|мерзім)\w*",
    re.I,
)
#: A word or two that alone stand for the year before, where no period follows them: a table's
#: column head («Былтыр», «АППГ», «Прошлый год») or an interviewer's question («Былтыр ше?», «А
#: годом ранее?»).
YEAR_BEFORE_WORD_RE = re.compile(
    r"\b(?:былтыр\w*|өткен\s+жыл\w*|аппг|годом\s+ранее|(?:прошл|предыдущ)\w+\s+год\w*)", re.I
)
#: «тот же период» alone is the period just named («В тот же период поступило заявление»):
#: it is a year earlier with «прошлого года», after «в прошлом году» or a named year («в 2024
#: году за тот же период»), or after a comparison word.
SAME_PERIOD_RE = re.compile(r"(?:т(?:от|ом|ем)|так(?:ой|ом|им))\s+же\s", re.I)
_EARLIER_SUFFIX_RE = re.compile(r"(?:прошлого|предыдущего)\s+года$", re.I)
_EARLIER_BEFORE_RE = re.compile(
    # «в 2024 году за тот же период – 1 480»: a year named before it, too
    rf"(?:{JUST_PAST}\s+год\w*|в\s+\d{{4}}\s+году|\bчем|сравнени\w+\s+со?|\bпротив|"
    r"относительно),?\s+"
    r"(?:(?:за|в|во|с|со)\s+)?$",
    re.I,
)


def year_earlier_phrases(text: str) -> list[re.Match]:
    """The phrases of ``text`` that name the same period a year earlier (:data:`YEAR_EARLIER_RE`).

    Examples
    --------
    >>> [m.group() for m in year_earlier_phrases("против 512 годом ранее; в тот же период — 3")]
    ['годом ранее']
    >>> [m.group() for m in year_earlier_phrases("В прошлом году за тот же период было 800")]
    ['тот же период']
    """
    return [
        m
        for m in YEAR_EARLIER_RE.finditer(text)
        if not SAME_PERIOD_RE.match(m.group())
        or _EARLIER_SUFFIX_RE.search(m.group())
        or _EARLIER_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()])
    ]


#: How far (characters) a period phrase may end before a year-earlier phrase that it opens
#: («в прошлом году за тот же период»): it is then part of that phrase, not a period of its own.
_OPENS_EARLIER = 6


# A period that a comparison word introduces: «на 8% меньше, чем в 2024 году»
_COMPARISON_BEFORE_RE = re.compile(
    r"(?:\bчем|сравнению\s+со?|\bпротив|относительно|уровн\w+|compared\s+with|"
    r"than|"
    # «Для сравнения: в 2024 году …», «Салыстыру үшін: 2024 жылдың …» (for comparison)
    r"для\s+сравнения\s*[:,—–-]?|салыстыру\s+үшін\s*[:,—–-]?)\s*$",
    re.I,
)


#: A Kazakh postposition of comparing after a period: «өткен жылдың осы кезеңімен салыстырғанда»,
#: «өткен жылғы осы кезеңге қарағанда» (compared with).
COMPARISON_AFTER_RE = re.compile(r"^\s*(?:\w+\s+)?(?:салыстырғанда|қарағанда)", re.I)
#: A period whose figure restates the text's measure for another period: «в 2024 году этот
#: показатель составлял 1 102», «2024 жылы бұл көрсеткіш 1 102 болған».
#: So is a Kazakh period whose figure is compared with («былтырғы көрсеткіштен 48-ге көп», than
#: last year's figure; «өткен жылғы деңгейінен»).
_RESTATED_MEASURE_RE = re.compile(
    r"\w*\s*,?\s*(?:(?:этот|данный|тот\s+же|аналогичный)\s+показатель|(?:бұл|осы)\s+көрсеткіш"
    r"|(?P<than>(?:көрсеткіш|деңгей)\w*?(?:тен|нен)\b))",
    re.I,
)


def _is_comparison_period(text: str, period: tuple[int, int, str]) -> bool:
    """Whether a period phrase names the comparison period rather than the figures' own."""
    start, end, phrase = period
    return bool(
        _COMPARISON_PERIOD_RE.match(phrase)
        or _COMPARISON_BEFORE_RE.search(text[max(0, start - 30) : start])
        or COMPARISON_AFTER_RE.match(text[end : end + 30])
        or _restated_for_an_earlier_year(text, start, end)
    )


#: The figure compared with, right before a period: «… 1 120 млн тенге против 980 млн в
#: 2024-м». The period is that figure's own, and is not carried on to the sentences after.
_COMPARED_FIGURE_BEFORE_RE = re.compile(
    r"(?:\bчем|\bпротив)\s+\d[\d\s,.]*(?:[^\W\d_]+\.?\s+){0,2}$", re.I
)


def _compared_figures(text: str, start: int) -> int | None:
    """Where the «против» or «чем» of a figure compared with opens, when the period phrase at
    ``start`` follows that figure («… против 980 млн в 2024-м»), else None."""
    found = _COMPARED_FIGURE_BEFORE_RE.search(text, max(0, start - 40), start)
    return None if found is None else found.start()


def _restated_for_an_earlier_year(text: str, start: int, end: int) -> bool:
    """Whether the period at ``start``:``end`` restates the text's measure for a year before one
    the text named earlier («В 2025 году … 964 факта, в 2024 году этот показатель составлял
    1 102»; not «За 2023 год … 54 случая. В 2024 году этот показатель вырос до 74», the next
    year's), or is what a Kazakh figure is compared with («былтырғы көрсеткіштен 48-ге көп»)."""
    m = _RESTATED_MEASURE_RE.match(text, end, end + 30)
    if m is None:
        return False
    if m.group("than"):
        return True
    year = YEAR_IN_PHRASE_RE.search(text, start, end)
    return year is not None and any(
        int(y) > int(year.group())
        for y in YEAR_IN_PHRASE_RE.findall(text, max(0, start - 600), start)
    )


#: The letters a period phrase can start with: a look-ahead on them skips most positions of a
#: text before the long alternation is tried there (2.4 times faster on press releases). A new
#: pattern must start with one of them (``tests/text/test_extract.py`` checks on the corpus).
_PERIOD_FIRST_CHARS = "пвзсжjбbөfiosнматкеүоқши0-9"
PERIOD_RE = re.compile(
    f"(?=[{_PERIOD_FIRST_CHARS}])(?:" + "|".join(f"(?:{p})" for p in _PERIOD_PATTERNS) + ")", re.I
)


class _Stack:
    """Periods kept for «the nearest period whose bracket depth is at least t» queries.

    Periods are pushed nearest-last; a pushed period hides the ones before it whose depth
    is not greater (it is nearer and at least as deep), so depths strictly decrease from
    bottom to top, and the nearest period deep enough is found by bisection.
    """

    def __init__(self) -> None:
        self._items: list[int] = []
        self._negated_depths: list[int] = []  # ascending, for bisect

    def push(self, item: int, depth: int) -> None:
        while self._negated_depths and -self._negated_depths[-1] <= depth:
            self._items.pop()
            self._negated_depths.pop()
        self._items.append(item)
        self._negated_depths.append(-depth)

    def nearest(self, depth: int) -> int | None:
        n = bisect_right(self._negated_depths, -depth)
        return self._items[n - 1] if n else None


def _own_period_phrases(text: str) -> list[tuple[int, str]]:
    """The start and text of each period phrase of ``text`` that may be a figure's own: not one
    that opens a phrase of the same period a year earlier («в прошлом году за тот же период»,
    «Былтыр осы уақытта 1 211»), whose figure keeps the text's period and is marked
    year_earlier."""
    earlier_starts = [m.start() for m in year_earlier_phrases(text)]

    def opens_earlier(m: re.Match) -> bool:
        k = bisect_left(earlier_starts, m.end())
        return (k < len(earlier_starts) and earlier_starts[k] - m.end() <= _OPENS_EARLIER) or (
            k > 0 and earlier_starts[k - 1] == m.start()
        )

    return [(m.start(), m.group()) for m in PERIOD_RE.finditer(text) if not opens_earlier(m)]


def periods_of(doc: Document, spans: list[tuple[int, int, int, int]]) -> list[str]:
    """The period phrase of each figure ``(start, end, sentence_start, sentence_end)``.

    The last period of the sentence before the number, unless a bracket closed in between;
    else the first after the figure that opens no bracket and names no comparison period;
    else the last non-comparison period outside brackets in an earlier sentence, not that of
    a figure compared with («… против 980 млн в 2024-м»); a figure of
    the headline (:func:`headline_of`) with none of these takes the body's first. With
    ``depth(x)`` = «)» minus «(» before ``x``, "no bracket closed between p and x" is
    ``depth(p) >= depth(x)``, so each figure's period is found by bisection.

    Examples
    --------
    >>> doc = Document("По итогам 2025 года зарегистрировано 843 факта.")
    >>> periods_of(doc, [(37, 40, 0, len(doc.text))])
    ['По итогам 2025 года']
    """
    if not spans:
        return []  # nothing to date: do not scan the text for period phrases
    text = doc.text
    periods = _own_period_phrases(text)
    # «с 56 в 2023 году до 83»: the year after a change's first end is that end's alone
    own = {  # figure -> (start, end) of its own year
        f: span
        for f, (start, end, sent_start, sent_end) in enumerate(spans)
        if (span := first_end_year(text, (sent_start, sent_end), start, end)) is not None
    }
    if own:
        taken = {start for start, _ in own.values()}
        periods = [(p, phrase) for p, phrase in periods if p not in taken]
    opens = [m.start() for m in re.finditer(r"\(", text)]
    closes = [m.start() for m in re.finditer(r"\)", text)]

    def depth(x: int) -> int:
        return bisect_left(closes, x) - bisect_left(opens, x)

    depths = [depth(p) for p, _ in periods]
    comparison = [
        _is_comparison_period(text, (p, p + len(phrase), phrase)) for p, phrase in periods
    ]
    # «в прошлом году их было 1557» after «с начала года»: the previous year is the figure's
    # own only in its sentence, before it; it does not carry to other figures
    # (also months of the previous year: «Ал өткен жылдың 5 айында 1730 …»)
    previous = [of_the_year_before(phrase) for _, phrase in periods]
    if any(not (c or p) for c, p in zip(comparison, previous, strict=True)):
        comparison = [c or p for c, p in zip(comparison, previous, strict=True)]
    chosen = _attached_periods(text, spans, periods, comparison)
    _in_its_sentence(text, spans, periods, comparison, depth, chosen)
    _from_earlier_sentences(
        doc,
        spans,
        periods,
        [
            not c
            and (d >= 0 or _HEADS_IN_BRACKETS.match(text, p + len(phrase)) is not None)
            and _compared_figures(text, p) is None
            for c, d, (p, phrase) in zip(comparison, depths, periods, strict=True)
        ],
        chosen,
    )
    out = [
        _under_heading(text, periods[chosen[f]], sent_start) if chosen[f] is not None else ""
        for f, (_, _, sent_start, _) in enumerate(spans)
    ]
    out = [text[slice(*own[f])] if f in own else phrase for f, phrase in enumerate(out)]
    out = [_month_of_its_line(text, span, phrase) for span, phrase in zip(spans, out, strict=True)]
    out = respective_periods(text, spans, out)
    return _table_periods(doc, spans, out) if doc.tables.cells else out


def _in_its_sentence(
    text: str,
    spans: list[tuple[int, int, int, int]],
    periods: list[tuple[int, str]],
    comparison: list[bool],
    depth,
    chosen: list[int | None],
) -> None:
    """Fill in ``chosen`` for the figures with no attached period: the period before the
    number in its sentence, outside a bracket closed since; else the one after it in its
    sentence that opens no bracket, names no comparison and is no compared figure's.
    ``depth(x)`` is the bracket depth at ``x``."""
    depths = [depth(p) for p, _ in periods]
    # else a period before the number in its sentence, outside a bracket closed since
    stack, k = _Stack(), 0
    for f in sorted(range(len(spans)), key=lambda f: spans[f][0]):
        start, _, sent_start, _ = spans[f]
        while k < len(periods) and periods[k][0] < start:
            stack.push(k, depths[k])
            k += 1
        best = stack.nearest(depth(start))
        if chosen[f] is None and best is not None and periods[best][0] >= sent_start:
            chosen[f] = best
    # else a period after the figure in its sentence, opening no bracket, not a comparison
    stack, k = _Stack(), len(periods) - 1
    for f in sorted(range(len(spans)), key=lambda f: spans[f][1], reverse=True):
        _, end, _, sent_end = spans[f]
        while k >= 0 and periods[k][0] >= end:
            if not comparison[k]:
                stack.push(k, depths[k])
            k -= 1
        best = stack.nearest(depth(end))
        if chosen[f] is None and best is not None and periods[best][0] < sent_end:
            # not «1 120 млн против 980 млн в 2024-м»: the compared figure's period
            compared = _compared_figures(text, periods[best][0])
            if compared is None or compared < end:
                chosen[f] = best


def _month_of_its_line(text: str, span: tuple[int, int, int, int], phrase: str) -> str:
    """The month a list line is labelled by («Январь – 141»), in the year of ``phrase`` (the
    heading's) if it names one, else ``phrase``."""
    years = set(YEAR_IN_PHRASE_RE.findall(phrase))
    month = month_of_the_line(text, span[2], span[0], year=years.pop() if len(years) == 1 else None)
    return month or phrase


#: The end of a heading's bracket that holds its period («Статистика … (2025 год):»): the
#: period of the lines under it, though in brackets.
_HEADS_IN_BRACKETS = re.compile(r"\s*\)\s*:\s*$", re.M)


def _from_earlier_sentences(
    doc: Document, spans: list, periods: list, carried: list[bool], chosen: list[int | None]
) -> None:
    """Fill in ``chosen`` for the figures with no period of their own sentence: the last period
    of an earlier sentence that may be ``carried`` (outside brackets, no comparison), or the
    latest year of a series (:func:`_latest_year_of_a_series`); for a figure of the headline
    (:func:`headline_of`), the body's first period, unless that is shorter than a month (a
    headline's «более 120 млн» over a body that opens with «Только за предыдущую неделю …» is
    no week's). A period after «только» is carried like any other: «Только за минувшую неделю
    … похищено более 78 млн. … а 48 случаев связаны с …» goes on telling of that week."""
    text = doc.text
    before = [k for k in range(len(periods)) if carried[k]]
    before_starts = [periods[k][0] for k in before]
    headline = headline_of(text)
    for f, (_, _, sent_start, sent_end) in enumerate(spans):
        if chosen[f] is not None:
            continue
        n = bisect_left(before_starts, sent_start)
        chosen[f] = _latest_year_of_a_series(doc, periods, before, n - 1) if n else None
        if chosen[f] is None and n < len(before) and headline:
            # a headline's figure («Жители области за год отдали мошенникам 1,3 млрд») sums up
            # the body: the body's first period is its own
            first = periods[before[n]][1]
            if text[sent_start:sent_end].strip() == headline and not SHORT_PERIOD_RE.search(first):
                chosen[f] = before[n]


def _table_periods(
    doc: Document, spans: list[tuple[int, int, int, int]], out: list[str]
) -> list[str]:
    """A number in a table cell is of the period that heads its column («2024 год», «2025») or
    labels its row, not of the last period before it in the flattened rows
    (:mod:`fraud_research.text.tables`)."""
    periods = []
    for (start, _, _, _), phrase in zip(spans, out, strict=True):
        cell = doc.tables.cell_at(start)
        for span in (cell.head, cell.row_label) if cell is not None else ():
            own = doc.text[slice(*span)]
            own = f"{own} год" if re.fullmatch(r"\d{4}", own) else own  # a bare year
            if _names_its_year(own):
                phrase = own
                break
        periods.append(phrase)
    return periods


def _names_its_year(head: str) -> bool:
    """Whether a column head is a period that names its year («2024 год», «9 мес. 2025 г.»)."""
    try:
        resolve_period(head)
    except ParameterError:
        return False
    return True


def _latest_year_of_a_series(doc: Document, periods: list, before: list[int], last: int) -> int:
    """The period a later sentence takes from the sentence of ``periods[before[last]]``: that
    period, or the latest year when that sentence's periods are years of a series («2025 жылы
    655 дерек тіркелсе, 2024 жылы – 702. Зиян көлемі …», «В 2025 году – 655, в 2024 году –
    702»): a release reports its latest year and compares it with earlier ones."""
    k = before[last]
    year = bare_year(periods[k][1])
    if year is None:
        return k
    starts = doc.sentence_starts
    sentence_start = starts[max(bisect_right(starts, periods[k][0]) - 1, 0)]
    best, best_year = k, year
    for j in reversed(before[:last]):
        if periods[j][0] < sentence_start:
            break
        other = bare_year(periods[j][1])
        if other is None:
            return k  # the sentence names more than years: keep its last period
        if other > best_year:
            best, best_year = j, other
    return best


#: A part of a year that names no year, heading a list after a colon («Статистика за пять
#: месяцев: - 2024 год — 382 случая; - 2025 год — 424», «Показатели … (январь – ноябрь):»):
#: each item's year is that part's.
_HEADING_PART_RE = re.compile(
    r"(?:(?:за|в)\s+(?:(?:первые\s+)?(?:\d+|\w+)\s+(?:месяц\w*|мес\.)|"
    r"(?:перв\w+|втор\w+|трет\w+)\s+(?:квартал|полугоди)\w*)|"
    rf"(?:за\s+|\()?(?P<months>январ[еьяю]\s*[–—-]\s*{MONTH_WORD})\)?)"
    r"(?=\s*:)",
    re.I,
)
_ITEM_YEAR_RE = re.compile(r"(\d{4})\s+(?:год|г\.)")
#: The end of a sentence, which ends a list block: a heading before it heads no item after it.
_SENTENCE_END_RE = re.compile(r"[.!?]\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]|\n\s*\n")


def _under_heading(text: str, period: tuple[int, str], sent_start: int) -> str:
    """A list item's year («2024 год») under a heading of months in its sentence, or in the
    lines of its list block before it, is those months of that year («за пять месяцев 2024
    года»), never the whole year."""
    start, phrase = period
    item = _ITEM_YEAR_RE.fullmatch(phrase)
    if item is None:
        return phrase
    # a list block is short: look back a little, not over the whole of a long text per item
    heading = next(
        reversed(list(_HEADING_PART_RE.finditer(text, max(0, start - 1500), start))), None
    )
    if heading is None or (
        heading.end() < sent_start and _SENTENCE_END_RE.search(text, heading.end(), start)
    ):
        return phrase
    months = heading.group("months")
    return f"{months or heading.group()} {item.group(1)} года"


#: What may stand between a number and a period phrase of its own right after it: a dash, a
#: few words of its noun, no digit and no mark that ends a clause («743 – в 2024 году», «612
#: фактов интернет-мошенничества в 2023 году»), or an opening bracket («612 (2023 год)»).
_ATTACHED_AFTER_RE = re.compile(r"\s*(?:[–—-]\s+)?(?:[^\W\d_][^\s\d,.;:()–—!?]*\s+){0,4}|\s*\(\s*")
#: A Kazakh period phrase: Kazakh puts a figure's period before it, so one after a figure
#: («2024 жылғы 1,4 млрд теңгеден 2025 жылы 1,6 млрд») is the next figure's, unless bracketed.
_KAZAKH_PERIOD_RE = re.compile(r"жыл|ж\.|\bай|тоқсан|биыл|былтыр", re.I)


def _own_after(text: str, end: int, start: int, phrase: str) -> bool:
    """Whether a period phrase right after a figure is its own: alone in brackets («612 (2023
    год)», not «8 554 (2024 ж. – 5 977)», the bracket's own figure's), or after a dash or its
    noun in a Russian text."""
    if "(" in text[end:start]:
        return _CLOSES_BRACKET.match(text, start + len(phrase)) is not None
    return not _KAZAKH_PERIOD_RE.search(phrase)


#: «против 733 за аналогичный период 2024 года»: a same period of a year named, right after a
#: figure, is that figure's own (read as a year earlier by
#: :func:`~fraud_research.text.same_part_earlier.same_period_of_the_year_before`).
_OWN_SAME_PERIOD_RE = re.compile(rf"за\s+{SAME_PERIOD_OF}\s+\d{{4}}", re.I)


def _attached_periods(
    text: str, spans: list[tuple[int, int, int, int]], periods: list, comparison: list[bool]
) -> list[int | None]:
    """The period phrase right after each figure, when nothing but its noun stands between.

    In a series told item by item («612 фактов в 2023 году, 743 – в 2024 году и 843 – в 2025
    году») each number's year follows it, and the year before it is the previous item's.
    """
    starts = [p for p, _ in periods]
    chosen: list[int | None] = [None] * len(spans)
    for f, (_, end, _, sent_end) in enumerate(spans):
        k = bisect_left(starts, end)
        if (
            k < len(periods)
            and starts[k] < sent_end
            and (not comparison[k] or _OWN_SAME_PERIOD_RE.match(periods[k][1]))
            and _ATTACHED_AFTER_RE.fullmatch(text, end, starts[k])
            and _own_after(text, end, starts[k], periods[k][1])
        ):
            chosen[f] = k
    return chosen


_OPENS_BRACKET = re.compile(r"\(\s*$")
_CLOSES_BRACKET = re.compile(r"\s*\)")


def alone_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``:``end`` stands alone in brackets: «612 (665) фактов».

    A release's way of printing the same figure a year earlier, right after the figure or
    after a comparison with the year before («на 8% меньше, чем годом ранее (665)»).

    Examples
    --------
    >>> text = "612 (665) фактов"
    >>> alone_in_brackets(text, 5, 8), alone_in_brackets(text, 0, 3)
    (True, False)
    """
    return bool(_OPENS_BRACKET.search(text, max(0, start - 3), start)) and bool(
        _CLOSES_BRACKET.match(text, end)
    )


def year_so_far_of_the_lead(
    doc: Document, spans: list[tuple[int, int, int, int]], periods: list[str]
) -> list[str]:
    """Periods with «this year so far» read as the months from January the headline or the
    first sentence names.

    «Итоги работы полиции за 10 месяцев 2025 года. С начала года зарегистрировано 1 245 …»:
    «С начала года» is those ten months, January to October, not a year to a date unknown.
    Only the text's first line or sentence sets it: a months period named later may be a
    comparison's («За 9 месяцев 2024 года было …»).

    Examples
    --------
    >>> doc = Document("Итоги за 10 месяцев 2025 года\\nС начала года зарегистрировано 1 245 фактов.")
    >>> year_so_far_of_the_lead(doc, [(61, 66, 30, 73)], ["С начала года"])
    ['за 10 месяцев 2025 года']
    """
    if not any(is_year_so_far(phrase) for phrase in periods) or not doc.sentences:
        return periods
    text = doc.text
    lead_end = min(doc.sentences[0][1], text.find("\n") if "\n" in text else len(text))
    lead = [
        m
        for m in PERIOD_RE.finditer(text, 0, lead_end)
        if not _is_comparison_period(text, (m.start(), m.end(), m.group()))
    ]
    if len(lead) != 1 or not _months_from_january(lead[0].group()):
        return periods
    return [
        lead[0].group() if is_year_so_far(phrase) and spans[f][2] >= lead_end else phrase
        for f, phrase in enumerate(periods)
    ]


def _months_from_january(phrase: str) -> bool:
    """Whether a period phrase names months from January of a year it names."""
    try:
        period = resolve_period(phrase)
    except ParameterError:
        return False
    return period["period_kind"] in ("months", "half_year", "quarter") and period[
        "period_start"
    ].endswith("-01-01")


YEAR_IN_PHRASE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A year named alone, the whole of it: «в 2024 году», «2024 жылы» (read so without a context).
BARE_YEAR_RE = re.compile(
    r"^(?:(?:в|за)\s+)?(?P<year>\d{4})\s*(?:году|год|г\.)$|^(?P<kk_year>\d{4})\s+жыл(?:ы|ғы)?$",
    re.I,
)


def bare_year(phrase: str) -> int | None:
    """The year of a phrase that names a whole year alone (:data:`BARE_YEAR_RE`), or None."""
    m = BARE_YEAR_RE.match(phrase.strip())
    return int(m.group("year") or m.group("kk_year")) if m else None


def headline_of(text: str) -> str:
    """The headline of ``text``: its first line, when it is in capitals or has no final full
    stop and a body follows; else ``""``.

    Examples
    --------
    >>> headline_of("Жители области отдали мошенникам 1,3 млрд\\nВ 2025 году …")
    'Жители области отдали мошенникам 1,3 млрд'
    >>> headline_of("В 2025 году зарегистрировано 843 факта.\\nУщерб – 1,6 млрд.")
    ''
    """
    text = text.strip()
    first = text.split("\n", 1)[0].strip()
    if not first or "\n" not in text:
        return ""
    letters = [c for c in first if c.isalpha()]
    upper = sum(c.isupper() for c in letters) > 0.8 * max(len(letters), 1)
    return first if upper or not first.endswith((".", "!", "?", "…")) else ""


def drop_headline_repeats(
    rows: list[dict], spans: list[tuple[int, int, int, int]], doc: Document
) -> list[dict]:
    """Drop a figure of the headline that the body repeats (a headline restates the lead).

    A headline is the first line of a text, in capitals or without a final full stop.

    Examples
    --------
    >>> doc = Document("843 ФАКТА\\nЗарегистрировано 843 факта.")
    >>> rows = [{"metric": "cases", "value": 843, "qualifier": "exact", "currency": "",
    ...          "scheme": ""}] * 2
    >>> len(drop_headline_repeats(rows, [(0, 3, 0, 9), (27, 30, 10, 36)], doc))
    1
    """
    first = headline_of(doc.text)
    if not first:
        return rows
    headline: dict[tuple[int, int], bool] = {}
    is_head = []
    for _, _, s0, s1 in spans:
        if (s0, s1) not in headline:
            headline[s0, s1] = doc.sentence((s0, s1)).strip() == first
        is_head.append(headline[s0, s1])
    key = ("metric", "value", "qualifier", "currency", "scheme")
    body = {tuple(r[k] for k in key) for r, head in zip(rows, is_head, strict=True) if not head}
    return [
        r
        for r, head in zip(rows, is_head, strict=True)
        if not (head and tuple(r[k] for k in key) in body)
    ]


#: Words of a period a regional statistic covers: a year, months, a quarter, since the start.
_STATISTICS_PERIOD_RE = re.compile(
    r"год|жыл|месяц|мес\.|\bай|итог|начал|квартал|полугоди|тоқсан|биыл|басынан|период", re.I
)


def names_statistics_period(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a period a regional statistic covers: a year, months,
    since the start of a year («За 2025 год», «с начала года», «9 айында»), not a day, a week
    or one month («в марте», «за сутки»), the time of one story.

    Examples
    --------
    >>> names_statistics_period("За 2025 год жители области перевели", 0, 35)
    True
    >>> names_statistics_period("В марте задержали", 0, 17), names_statistics_period("За сутки", 0, 8)
    (False, False)
    """
    return any(statistics_periods(text, start, end))


def statistics_periods(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """The phrases of ``text[start:end]`` that name a period a regional statistic covers (see
    :func:`names_statistics_period`).

    Examples
    --------
    >>> [m.group() for m in statistics_periods("А за первый квартал текущего года уже более")]
    ['за первый квартал текущего года']
    """
    return (
        m
        for m in PERIOD_RE.finditer(text, start, len(text) if end is None else end)
        if _STATISTICS_PERIOD_RE.search(m.group())
        and not SHORT_PERIOD_RE.search(m.group())
        and not months_of_a_story(m.group())
    )

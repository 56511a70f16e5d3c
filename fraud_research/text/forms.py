"""Roles a number's form decides: percents, dates, ages, articles, phones, names, measures.

«26,3%», «25 июня», «67 жастағы», «ст. 190», «102», «ТОП-3», «1,25 кг», «(…, +1043)»: the
number itself and the words right beside it settle these before any cue of its sentence
(:func:`form_role`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import cues
from .ages import age_role
from .amounts import word_number
from .bound_words import KAZAKH_ABLATIVE
from .code_articles import article_words
from .context import NumberContext, before_particles, neighbours
from .lemmas import (
    KAZAKH_LETTERS,
    Word,
    is_modifier,
    only_genitive_plural,
    part_of_speech,
)
from .matchers import (
    AGE_AFTER,
    CASE_NOUNS,
    CONTACT_WORDS,
    COUNT_WORDS,
    EVERY,
    MEASURES,
    MONTHS,
    NAMED_CRIMES,
    PERCENT_WORDS,
    PHONE_WORDS,
    PLACE_WORDS,
    POPULATION_NOUNS,
    RANGE_WORDS,
    SHARE_NOUNS,
    SUSPECTS,
    TERMS,
    TIME_UNITS,
    CueSet,
    first_cue,
    person_noun,
)
from .periods import KK_BARE_MONTH
from .respectively import RESPECTIVELY_RE
from .role_names import CASE_ROLES
from .share_values import FRACTION_AFTER, OUT_OF_TEN

# (Kazakh «10-нан 15%-на дейін»: the ablative ending is the link)
_PERCENT_RANGE_AFTER = re.compile(
    rf"\s*(?P<link>[-–—](?:{KAZAKH_ABLATIVE}\s)?|до\s|и\s|және\s)\s*"
    r"(?P<upper>\d+(?:[.,]\d+)?)\s*%"
)

#: «№ 269», «№3»: a number that names (an act, a unit, a school), never counts.
_NUMBER_SIGN_BEFORE = re.compile(r"№\s*$")
#: The number of a list item at the start of a line: «1) 340 – звонки …», «2. Предоплата …».
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_MARKER_AFTER = re.compile(r"[).][ \t]")
#: The most items a numbered list of a press release runs to.
_MARKER_MAX = 30


def list_marker(ctx: NumberContext) -> bool:
    """Whether the number numbers a list item at the start of a line («1) 340 – звонки от
    имени банков»): it counts nothing, and the count before it goes on past it."""
    return is_list_marker(ctx.raw, ctx.char_before, ctx.char_after)


def is_list_marker(raw: str, before: str, after: str) -> bool:
    r""":func:`list_marker` from the number's text and the text just ``before`` and ``after`` it.

    Examples
    --------
    >>> is_list_marker("2", "факта;\n", ") 255 – предоплата")
    True
    >>> is_list_marker("2", "составил ", ") 255")
    False
    """
    return (
        raw.isascii()
        and raw.isdigit()
        and len(raw) <= 2  # (and no int() of a run of thousands of digits)
        and int(raw) <= _MARKER_MAX
        and bool(_LINE_START.search(before))
        and bool(_MARKER_AFTER.match(after))
    )


#: «… от 29 июня 2017 года № 6», «29 маусымдағы № 6 … қаулысы»: a dated legal act.
_DATED_ACT = re.compile(r"(?:года|г\.|дағы|дегі|тағы|тегі)\s*№\s*$")
#: Legal acts whose number follows «№».
_LEGAL_ACTS = CueSet(
    ("закон", "указ", "постановление", "приказ", "кодекс", "решение", "распоряжение",
     "заң*", "жарлық*", "қаулы*", "бұйрық*")
)  # fmt: skip


def _named_by_number_sign(ctx: NumberContext) -> tuple[str, list[str]]:
    """«№ 269»: a legal act's number is an article («указ № 269 против мошенничества»,
    «постановление от 29 июня 2017 года № 6»); any other a name («отдел полиции № 16»)."""
    act = first_cue(_LEGAL_ACTS, ctx.before[-10:] + ctx.after[:3]) or (
        ["№"] if _DATED_ACT.search(ctx.char_before) else []
    )
    return ("article", act) if act else ("other", ["№"])


#: Words before «срок» that make it a stretch of time («за этот срок», «такой же срок»).
_TIME_SPAN_BEFORE = frozenset(("за", "же", "этот", "тот", "такой", "аналогичный"))


#: A number in square brackets, alone or first of a list or a page: a reference to a source
#: («[7]», «[3, с. 45]», «[2; 5]»), as scholarly texts cite.
_REFERENCE_BEFORE = re.compile(r"\[\s*$")
_REFERENCE_AFTER = re.compile(r"\s*(?:\]|[,;]\s*(?:\d|с\.|p\.))")


#: A percent, then the bracket a number opens: «38,7% (6 104)».
SHARE_THEN_BRACKET = re.compile(r"%\s*\($")


def form_role(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """Roles decided by the number's form and its neighbours: percent, date, age, …"""
    nxt, prev = neighbours(ctx)
    if ctx.char_after.lstrip().startswith("%") or _lower_end_of_percents(ctx):
        return "percent", []  # «30%», and the lower end of «30-40%», «от 30 до 40%»
    if (
        len(ctx.raw) == 1
        and (FRACTION_AFTER.match(ctx.char_after) or _FRACTION_BEFORE.search(ctx.char_before))
    ) or _out_of_ten(ctx):
        return "percent", []  # «2/3 случаев», «9 из 10 преступлений»: a share
    unit = _unit_after(ctx, nxt)
    if unit is not None and PERCENT_WORDS.matches_word(unit) and not ctx.currency:
        first = _first_of_a_range(ctx, prev)
        if unit.lemma != "раз" or (first is not None and first.lemma == "в"):
            return "percent", [unit.text]  # «в 2,2 раза»; «атаковали 661 раз» counts times
    if ctx.currency:
        return None
    # the share noun as the subject, not a unit of another number («выросло на 66 процентов»)
    # not the count in brackets after the share's own percent («Доля … – 25% (210)»)
    share = (
        first_cue(SHARE_NOUNS, [w for w in ctx.before[-5:] if not w.counted])
        if ctx.before
        and not ctx.after
        and not ctx.scaled
        and not SHARE_THEN_BRACKET.search(ctx.char_before)
        else []
    )
    if share:
        return "percent", share  # «Процент успеха составил всего 1,58»: a bare share
    if _NUMBER_SIGN_BEFORE.search(ctx.char_before):
        return _named_by_number_sign(ctx)
    if list_marker(ctx):
        return "other", [ctx.char_after[0]]
    name = _part_of_a_name(ctx)
    if name is not None:
        return "other", name
    acronym = _ACRONYM_BEFORE.search(ctx.char_before)
    # not «контакт-центр ЕНПФ 1418»: the line of whom the capitals name
    acronym = acronym if not PHONE_WORDS.first(ctx.before[-2:-1]) else None
    named = not ctx.after or ctx.after[0].pos in ("VERB", "PRTS")
    year = isinstance(ctx.value, int) and 1900 <= ctx.value <= 2100  # «SOC FORUM 2025»: its year
    if acronym and named and not year and not ctx.scaled and not ctx.currency:
        # «в ВТБ 24 подтвердили», «представителя ВТБ 24.»: a bank's name ends in a number that
        # counts nothing (not «в ДП 24 обращения», «ДП 35 из них», counts of what follows)
        return "other", [acronym.group(1)]
    if _PAGE_BEFORE.fullmatch(ctx.char_before) and _PAGE_AFTER.match(ctx.char_after):
        return "other", ["–"]  # «– 7 –» alone on a line of a copied PDF: a page number
    if _REFERENCE_BEFORE.search(ctx.char_before) and _REFERENCE_AFTER.match(ctx.char_after):
        return "other", ["["]  # «… предыдущего года [7].», «[3, с. 45]»: a reference to a source
    if _SIGNED.search(ctx.char_before) and _CLOSES.match(ctx.char_after):
        # «(с 5233 до 6276, +1043)»: the size of a change; «(+97 уголовных дел за неделю)»
        # counts the week's cases
        return "other", [ctx.char_before.strip()[-1]]
    if nxt is not None and MEASURES.matches_word(nxt):
        return "other", [nxt.text]  # «1,25 кг золота»: a measure, not a count
    article = article_words(ctx, nxt, prev)
    if article:
        return "article", article
    if _is_phone(ctx, nxt, prev):
        return "phone", [prev.text] if prev is not None else []
    term = _prison_term(ctx, nxt, prev)
    if term:
        return "other", term  # a prison term
    found = age_role(ctx, nxt, prev) or _date_role(ctx, nxt, prev)
    found = found or _places_or_population(ctx, nxt)
    if found is None and prev is not None and EVERY.matches_word(prev) and not ctx.scaled:
        return "percent", [prev.text]  # «каждое 20 преступление»: one in twenty
    return found or _ordinal_role(ctx)


def _places_or_population(ctx: NumberContext, nxt: Word | None) -> tuple[str, list[str]] | None:
    """A Kazakh count of places («республиканың 11 өңіріндегі … азаматты»: ``other``) or a
    population named before its number («с населением около 70 тысяч», «халқы 70 мың»)."""
    if ctx.currency:
        return None
    if nxt is not None and nxt.text.islower() and PLACE_WORDS.matches_word(nxt):
        kazakh = any(KAZAKH_LETTERS.search(w.text) for w in ctx.sentence)
        # not «шымкенттіктер» (persons), nor «алты қала тұрғынын» (the place names the persons)
        whose = len(ctx.after) > 1 and person_noun(ctx.after[1])
        if kazakh and nxt.start - ctx.end <= 1 and not (person_noun(nxt) or whose):
            return "other", [nxt.text]
    people = before_particles(ctx.before)[-1:]
    if people and POPULATION_NOUNS.matches_word(people[0]):
        return "population", [people[0].text]
    return None


def _ordinal_role(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """The role of a number with an ordinal's ending glued to it: a day of a month, a quarter or
    a half of a year, else a rank (no count); None without such an ending."""
    ordinal = _ORDINAL_ENDING.match(ctx.char_after)
    if not ordinal:
        return None
    month = _month_after_an_ordinal(ctx)
    if month:
        return "date", month  # «за один день 14-го декабря», «с 1-го по 15-е ноября»
    unit = ctx.after[0] if ctx.after and _PARTS_OF_A_YEAR.matches_word(ctx.after[0]) else None
    if unit is not None:
        return "date", [unit.text]  # «2022 жылдың 4-ші тоқсанында», «во 2-м полугодии»
    return "other", [ordinal.group()]  # «2-ой злоумышленницы», «3-ші»: a rank, no count


_PARTS_OF_A_YEAR = CueSet(cues.PARTS_OF_A_YEAR)


def _month_after_an_ordinal(ctx: NumberContext) -> list[str]:
    """The month a day written as an ordinal belongs to: right after its glued ending
    («14-го декабря»), or after the range it opens («с 1-го по 15-е ноября»); else ``[]``."""
    words = ctx.after[:2]  # the glued ending and the number closing a range are no words
    if words and MONTHS.matches_word(words[0]):
        return [words[0].text]
    if len(words) == 2 and RANGE_WORDS.matches_word(words[0]) and MONTHS.matches_word(words[1]):
        return [words[1].text]
    return []


def _bare_year(ctx: NumberContext, nxt: Word | None, prev: Word | None) -> bool:
    """Whether four digits from 1900 on are a year: not approximate, not an item of a list of
    counts in brackets, and nothing counted after them."""
    # a year is never approximate: «2000-ға жуық адам», «около 2000» are counts; nor is an item
    # of a list of counts in brackets: «звонки от имени банков (2500); оформление займов (2000)»
    year = ctx.qualifier in ("exact", "rounded") and not (
        ctx.label_kind == "bracket" and ctx.item_role in CASE_ROLES
    )
    if nxt is None or not TIME_UNITS.matches_word(nxt):
        year = year and ctx.raw <= _LAST_BARE_YEAR  # «было зарегистрировано 2099»: a count
    if not (year and ctx.raw.isdigit() and len(ctx.raw) == 4 and ctx.raw[:2] in ("19", "20")):
        return False
    # «1912 совершённых … преступлений»: a plural modifier after it makes it a count;
    # «1937 краж с банковских счетов»: a named crime in the plural is counted too
    counted = nxt is not None and (
        CASE_NOUNS.matches_word(nxt)
        or (nxt.plural and is_modifier(nxt.text) and not ctx.char_after.startswith("-"))
        or (
            nxt.plural
            and NAMED_CRIMES.matches_word(nxt)
            and only_genitive_plural(nxt.text)
            and not (prev is not None and prev.text.lower() in _YEAR_PREPOSITIONS)
        )
    )
    # «увеличилось с 1175 до 1969»: the end of a change from a number that was no year
    to_end = ctx.change and prev is not None and prev.text.lower() == "до"
    return not (counted or (to_end and ctx.previous not in ("", "date")) or _measure_adjective(ctx))


#: «2000-мильную поездку», «1000-километровый»: a number glued to an adjective of a measure.
_MEASURE_ADJECTIVE_RE = re.compile(r"-[а-яё]{4,}")


def _measure_adjective(ctx: NumberContext) -> bool:
    """Whether the number makes a Russian adjective of a measure with the word glued to it
    («2000-мильную поездку»), which no year does («2000-го», «2000-х», «2024-жылы»)."""
    glued = _MEASURE_ADJECTIVE_RE.match(ctx.char_after)
    return glued is not None and part_of_speech(glued.group()[1:]) in ("ADJF", "ADJS")


#: Prepositions a year takes («в 2019», «за 2019», «к 2019»): after one a number is a year,
#: whatever noun follows it («В 2019 краж стало меньше»).
_YEAR_PREPOSITIONS = frozenset(("в", "во", "за", "с", "со", "к", "до", "по", "от"))


#: Verbs a court gives a term of years with, in speech: «дали 5 лет», «получил 8 лет».
_TERM_GIVEN = frozenset(("дать", "получить", "назначить"))


def _prison_term(ctx: NumberContext, nxt: Word | None, prev: Word | None) -> list[str]:
    """The word of a prison term around the number («к 5 годам лишения свободы», «үш жылға бас
    бостандығынан»), or ``[]``. «до N лет» reads back to a term named earlier in its sentence
    («на срок до 2 лет (до 3 лет – …)»); a Kazakh term follows the years («5 жылға дейін бас
    бостандығынан»)."""
    if ctx.scaled or (nxt is not None and (person_noun(nxt) or SUSPECTS.matches_word(nxt))):
        return []  # not «привела к аресту более 500 подозреваемых»: persons arrested
    if nxt is not None and nxt.lemma == "год" and isinstance(ctx.value, int) and ctx.value > 1900:
        return []  # «с 1 июля 2024 года и стала обязательной»: a year, no term of years
    if nxt is not None and nxt.text.lower().startswith((*cues.KAZAKH_AGE_STEMS, "летн")):
        return []  # «28 жастағы жігітке 6 жыл бас бостандығынан …»: the convict's age
    if any(w.lemma == "лишить" for w in ctx.own_after[:3]):
        return []  # not «а 120 были лишены свободы»: persons sentenced, whose noun is elided
    if nxt is not None and nxt.lemma in ("год", "лет"):
        given = [w.text for w in ctx.before[-2:] if w.lemma in _TERM_GIVEN]
        if given:
            return given  # «Ей дали 5 лет», «двоим дали по 7 лет», «получил 8 лет»
        # «Организатору назначено 8 лет лишения свободы, остальным – по 5 лет»: the same term
        if prev is not None and prev.text.lower() == "по" and TERMS.first(ctx.sentence_before):
            return [prev.text, nxt.text]
    up_to_years = (
        nxt is not None
        and TIME_UNITS.matches_word(nxt)
        and prev is not None
        and prev.text.lower() == "до"
    )
    window = (ctx.sentence_before[-8:] if up_to_years else ctx.before[-4:]) + ctx.after[:4]
    # Kazakh puts the term after the years: «5 жылдан 6 жылға дейінгі мерзімге бас
    # бостандығынан айырылды»
    window += [w for w in ctx.after[4:8] if w.text.lower().startswith("бостандығ")]
    return [
        w.text
        for k, w in enumerate(window)
        if TERMS.matches_word(w)
        # «за такой же срок», «за этот срок»: a stretch of time, not a prison term
        and not (w.lemma == "срок" and k and window[k - 1].lemma in _TIME_SPAN_BEFORE)
    ][:1]


def _lower_end_of_percents(ctx: NumberContext) -> bool:
    """Whether the number is the first of «30-40%», «с 40 до 30%» or «на 8,9 и 15,9%
    соответственно» (the sign printed once). Before a dash it must not exceed the number after
    it: «в 2009 — 95,4%» is a year and that year's share."""
    found = _PERCENT_RANGE_AFTER.match(ctx.char_after) if "%" in ctx.char_after else None
    if found is None:
        return False
    link = found.group("link")
    if link.startswith("до"):
        return True  # a change may fall
    if link[:1] not in "-–—":
        # two shares given «соответственно» need no order; not «60 млрд долларов и 0,63% ВВП»,
        # «2,5 тысячи и 44%»: an amount or a count and its share
        given = any(RESPECTIVELY_RE.fullmatch(w.text) for w in ctx.sentence)
        return given and not (ctx.currency or ctx.scaled) and (ctx.value or 0) <= 100
    return float(found.group("upper").replace(",", ".")) >= float(ctx.value or 0)


#: The second number of a range joined by a dash, then a space: «два-три раза», «5 – 7 раз».
_RANGE_TAIL = re.compile(r"\s?[-–—]\s?(\w+)\s")
#: «до 2 » after the first end of «с 14 до 2 суток»: the second end, a number in digits.
_SECOND_END_TAIL = re.compile(r"\s+(?:до|по)\s+\d+\s+")
_DASH_END = re.compile(r"[-–—]\s?$")


def _first_of_a_range(ctx: NumberContext, prev: Word | None) -> Word | None:
    """The word before a number, or before the range whose second end it is: «в» of «в два-три
    раза» (the tokenizer keeps «два-три» one word) and of «в два – три раза»."""
    if prev is None or len(ctx.before) < 2:
        return prev
    low = prev.text.lower()
    joined = low[:1].isalpha() and low[-len(ctx.raw) - 1 :] in {d + ctx.raw.lower() for d in "-–—"}
    dashed = _DASH_END.search(ctx.char_before) is not None and word_number(low) is not None
    return ctx.before[-2] if joined or dashed else prev


def _unit_after(ctx: NumberContext, nxt: Word | None) -> Word | None:
    """The word after a number, past «с лишним», «с половиной» («в четыре с лишним раза»), or
    past the second end of a range («в два-три раза», «с 14 до 2 суток»)."""
    tail = _RANGE_TAIL.match(ctx.char_after)
    if (
        nxt is None
        and ctx.after
        and tail
        and (tail.group(1).isdigit() or word_number(tail.group(1)) is not None)
        and ctx.after[0].start - ctx.end <= tail.end() + 1
    ):
        return ctx.after[0]
    if (
        nxt is not None
        and nxt.text.lower() == "с"
        and len(ctx.after) > 2
        and ctx.after[1].text.lower() in ("лишним", "половиной")
    ):
        return ctx.after[2]
    second = _SECOND_END_TAIL.match(ctx.char_after)
    if (
        second
        and ctx.before
        and ctx.before[-1].text.lower() in ("с", "со", "от")
        and len(ctx.after) > 1
        and ctx.after[1].start == ctx.end + second.end()
    ):
        return ctx.after[1]  # «с 14 до 2 суток», «от 3 до 5 дней»: the unit after the second end
    return nxt


def _is_phone(ctx: NumberContext, nxt: Word | None, prev: Word | None) -> bool:
    """A number after «номер», «звонить» (not «звонили 15 раз», times, nor «звонили
    75-летней», an age), or a known short line («102-ге хабарласыңыз»); never a scaled number
    («нөмірлерден 17 миллион қоңырау»: calls counted) nor an end of a change («131-ден биыл
    102-ге … азайған»: a count that fell). A known short line in quotes is one too («на горячие
    линии «102» и «111» поступило …»), and so is one named by its service after a dash («102 –
    полиция»)."""
    if ctx.scaled or ctx.change:
        return False
    counts_times = nxt is not None and (
        nxt.lemma == "раз" or (ctx.char_after[:1] == "-" and AGE_AFTER.matches_word(nxt))
    )
    return (
        (
            prev is not None
            and PHONE_WORDS.matches_word(prev)
            and not counts_times
            # «102 нөміріне 300 хабарлама түсті»: a Kazakh «нөмір» with an ending is its own
            # number's, the one before it
            and not (_KAZAKH_PHONE_NOUN.match(prev.text) and len(prev.text) > len("нөмір"))
        )
        # not «картаның 16 таңбалы нөмірі»: a number of digits; nor «3 900 нөмір өшірілді»,
        # numbers counted (digit groups: no phone line)
        or (
            any(_KAZAKH_PHONE_NOUN.match(w.text) for w in ctx.after[:2])
            and " " not in ctx.raw
            and not ctx.after[0].text.lower().startswith(("таңба", "цифр"))
        )
        or (_SHORT_LINE_RE.fullmatch(ctx.raw) is not None and _phone_listed_or_named(ctx))
        or (
            ctx.raw in cues.PHONE_NUMBERS
            and bool(
                _PHONE_CASE.match(ctx.char_after)
                or (ctx.char_before[-1:] in '«"“' and ctx.char_after[:1] in '»"”')  # «111»
                or _SERVICE_AFTER.match(ctx.char_after)  # «102 – полицияның кезекші бөлімі»
                or _PHONE_SIGN.search(ctx.char_before) is not None  # «☎️ 102 | 1414»
                or (
                    nxt is None
                    and ctx.char_after[:1] != "-"
                    and CONTACT_WORDS.first(ctx.sentence) is not None
                )
            )
        )
    )


def _phone_listed_or_named(ctx: NumberContext) -> bool:
    """A short line (three or four digits) after another phone and «или», «немесе» («102
    нөміріне немесе 1414»), a known line labelled as a phone or listed before one («сенім
    телефоны – 1414», «Күдікті қоңырау – 102, сенім телефоны – 1414»), after a word of calling
    and «на» or the line's owner («звоните на 102», «контакт-центр ЕНПФ 1418»), or before the
    contact centre it is («1477 байланыс орталығына»)."""
    before = ctx.before[-2:]
    phone_word = len(before) == 2 and (
        PHONE_WORDS.matches_word(before[0]) or bool(_KAZAKH_PHONE_NOUN.match(before[0].text))
    )
    listed = phone_word and before[1].text.lower() in ("или", "немесе", "и", "және")
    owner = before[1].text.isupper() and len(before[1].text) > 1 if phone_word else False
    # not «проверены 689 номеров по 496 уголовным делам»: numbers counted, then their cases
    called = (
        phone_word
        and not before[0].counted
        # «по телефону доверия 1102», «сенім телефоны 1414»: the line's name after its noun
        and (before[1].text.lower() in ("на", "по") or owner or before[1].lemma in _LINE_NAMES)
        or (phone_word and _DASH_END.search(ctx.char_before) is not None)  # «линия банка: 7711»
    )
    known = ctx.raw in cues.PHONE_NUMBERS
    # «сенім телефоны – 1414», and a line listed before one so named: «Күдікті қоңырау – 102,
    # сенім телефоны – 1414»
    dashed = (
        bool(ctx.before)
        and PHONE_WORDS.matches_word(ctx.before[-1])
        and _DASH_END.search(ctx.char_before)
    )
    # «Бесплатный номер для жалоб – 7575»: a line a dash labels with a phone's noun
    labelled = ctx.label_kind == "dash" and any(
        PHONE_WORDS.matches_word(w) and not w.plural for w in ctx.label[:3]
    )  # not «Номеров заблокировано – 7575»: numbers counted
    next_item = [w for w in ctx.sentence if w.start >= ctx.end][:3]
    before_a_line = ctx.char_after.lstrip()[:1] in (",", ";") and any(
        map(PHONE_WORDS.matches_word, next_item)
    )
    after = [w.text.lower() for w in ctx.after[:3]]
    centre = any(a == "байланыс" and b.startswith("орталығ") for a, b in pairwise(after))
    # not «звонили на 150 номеров»: a noun after it counts
    counted = any(w.pos in ("NOUN", "ADJF") for w in ctx.after[:1])
    return (
        (known and (listed or bool(dashed) or before_a_line))
        or (called and not counted)
        or centre
        or (labelled and not counted)
    )


#: Names of a phone line after its noun: «телефон доверия», «линия поддержки».
_LINE_NAMES = frozenset(("доверие", "поддержка"))

#: A dash or colon that ends the text before a number: a label's value follows.
_DASH_END = re.compile(r"[–—:-]\s*$")
#: A short phone line: three or four digits.
_SHORT_LINE_RE = re.compile(r"\d{3,4}")
#: A phone's sign before a line: «☎️ 102», «📞 1414».
_PHONE_SIGN = re.compile("[☎📞📱]")


#: A phone line with a Kazakh case ending: «102-ге хабарласыңыз», «1414-тен келген», «1414-пен»
#: (not a possessive: «150-і» is "150 of them").
#: A service a known short line is the number of, after a dash: «102 – полиция», «1414 –
#: единый контакт-центр», «112 – жедел қызмет».
_SERVICE_AFTER = re.compile(
    r"\s*[–—-]\s*(?:полиц|служб|дежурн|един|горяч|контакт|колл|call|кезекші|жедел|қызмет)", re.I
)
_PHONE_CASE = re.compile(r" ?-(?:[гкқғ][еа]|[нтд][еа]н?|[мпб]ен)(?!\w)", re.I)
#: The Kazakh noun of a phone number, which follows it («1414 қысқа нөмірінен», «119 немесе
#: 8 7172 58-00-58 нөмірлері бойынша»); not «нөмірлі» (numbered: «5 нөмірлі мектеп»).
_KAZAKH_PHONE_NOUN = re.compile(r"нөмір(?!лі)", re.I)
#: A quote opened right before a capitalised word and the number: the number ends a name
#: when the quote closes right after it («Якутия 24», «Хабар 24»).
_QUOTED_NAME_BEFORE = re.compile(r"[«\"“][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+$")
_GLUED_AFTER_WORD = re.compile(r"([^\W\d_]+)-$")
#: Latin letters or one Cyrillic capital right before a number, nothing between: the number
#: ends a name or a code («F6», «infopro54.ru», «П1»); not a Russian word glued to it by a
#: lost space («зафиксировано7»).
_LETTER_GLUED_BEFORE = re.compile(r"[A-Za-z]$|(?<![^\W\d_])[А-ЯЁ]$")
#: An abbreviation in capitals right before a number («ВТБ 24», «РБК 2»).
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,5})\s$")
#: A sign glued to a number after a space, a bracket or a comma: the size of a change.
_CLOSES = re.compile(r"\s*(?:[),;]|$)")
_SIGNED = re.compile(r"(?:^|[\s(,;])(?:[+−]|(?<=[(,])-|(?<=, )-)$")
#: An ordinal's ending glued to its digits («2-ой», «5-го», «3-ші»), dates read before it.
_ORDINAL_ENDING = re.compile(
    r"-(?:о?й|ый|ий|ая|ое|ого|го|ому|му|ые|ых|ші|шы|інші|ыншы)(?![а-яёәіңғүұқөһ])", re.I
)
_FRACTION_BEFORE = re.compile(r"(?<![\d/.])\d/$")


#: The last year a press text writes without a year word after it («в 2025», «с 2019 по
#: 2021»); a later four-digit number needs «год» («к 2050 году») to be a year.
_LAST_BARE_YEAR = "2040"


#: A time of day: «около 19.00», «в 9:50».
_TIME_OF_DAY_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_AT_TIME = frozenset(("в", "во", "около", "до", "после", "с", "к"))


def _part_of_a_name(ctx: NumberContext) -> list[str] | None:
    """The words of a name or an address the number is part of (``[]`` when no word shows it),
    or ``None`` when it is none."""
    address = _web_address(ctx)
    if address:
        return [address]  # «сообщает www.63.ru», «по данным 24.kg»: an outlet's address
    # a number glued to Latin letters («47news», a code), letters glued before it («F6»,
    # «infopro54.ru», «ставить на П1») or the end of a name: «ТОП-3», «COVID-19», телеканал
    # «Якутия 24»
    if (
        (ctx.char_after[:1].isascii() and ctx.char_after[:1].isalpha())
        or (ctx.raw[:1].isdigit() and _LETTER_GLUED_BEFORE.search(ctx.char_before))
        or _glued_to_a_name(ctx.char_before)
        or (_QUOTED_NAME_BEFORE.search(ctx.char_before) and ctx.char_after[:1] in '»"”')
    ):
        return []
    return None


def _web_address(ctx: NumberContext) -> str:
    """The web address a number is part of («www.63.ru», «24.kg», «https://1prime.ru»), or
    ``""``."""
    before = _ADDRESS_BEFORE.search(ctx.char_before)
    after = _DOMAIN_AFTER.match(ctx.char_after)
    if not (before or after):
        return ""
    return (before.group(0) if before else "") + ctx.raw + (after.group(0) if after else "")


#: The start of a web address right before a number: «www.», «https://», «news.».
_ADDRESS_BEFORE = re.compile(r"(?:www\.|https?://\S*)$", re.I)
#: A top-level domain right after a number: «.ru», «.kz», «.kg» (the outlets' countries and the
#: common generic ones).
_DOMAIN_AFTER = re.compile(
    r"\.(?:ru|kz|kg|uz|by|tj|su|com|net|org|info|media|news|online|tv|рф|қаз)(?![\w.]*\w)", re.I
)


def _glued_to_a_name(char_before: str) -> bool:
    """Whether a number ends a name by a hyphen («ТОП-3», «COVID-19»), not a range of number
    words («два-три года»)."""
    glued = _GLUED_AFTER_WORD.search(char_before)
    return glued is not None and word_number(glued.group(1)) is None


def _out_of_ten(ctx: NumberContext) -> bool:
    """«9 из 10 преступлений», «в 4 из 5 случаев»: a share of a small whole (not «7 из 5»)."""
    out_of = OUT_OF_TEN.match(ctx.char_after)
    return out_of is not None and isinstance(ctx.value, int) and ctx.value < int(out_of.group(1))


#: A page number between dashes on a line of its own: «   – 7 –».
_PAGE_BEFORE = re.compile(r"(?:.*\n|\s{3,})?[ \t]*[–—-][ \t]", re.S)
_PAGE_AFTER = re.compile(r"[ \t][–—-](?:\s|$)")  # (the next line may be joined to it)

#: A day of the month and its month before a number: «4 ноября », «16 қазан ».
_DAY_BEFORE_MONTH = re.compile(r"\b\d{1,2}\s+\w+\s*$")


def _date_role(ctx: NumberContext, nxt: Word | None, prev: Word | None):
    if ctx.raw.lower() in cues.COLLECTIVE and nxt is not None and nxt.lemma == "сутки":
        return "date", [nxt.text]  # «за двое суток»: a stretch of time, not two persons
    if ctx.scaled or ctx.raw.lower() in cues.COLLECTIVE:
        return None  # «в начале сентября двое жителей»: a collective numeral counts persons
    if prev is not None and prev.text.lower() in _AT_TIME and _TIME_OF_DAY_RE.fullmatch(ctx.raw):
        return "date", [prev.text]  # «около 19.00»: a time of day, not a count
    if nxt is not None and MONTHS.matches_word(nxt):
        return "date", [nxt.text]
    if ctx.raw in _DECADES and _DECADE_AFTER.match(ctx.char_after):
        return "date", [ctx.raw + "-х"]  # «возвращения 90-х»: a decade
    if nxt is not None and _is_day_of_month(ctx, nxt):
        return "date", [nxt.text]  # «24 числа – гражданка перевела …»: the day, not a count
    # persons, cases or things counted after the number, or after the range it opens («16
    # ақпанда 7–11 сынып оқушыларына»)
    ranged = ctx.after[0] if ctx.after and _DAY_RANGE_AFTER.match(ctx.char_after) else None
    thing = nxt or ranged
    counted = thing is not None and (
        thing.animate or CASE_NOUNS.matches_word(thing) or COUNT_WORDS.matches_word(thing)
    )
    # a day is written in digits: «В апреле восемь учащихся …» counts pupils
    counted = counted or not any(c.isdigit() for c in ctx.raw)
    # «қаңтарда 61, ақпанда 58», «в январе 61»: a month in the locative (Kazakh) or the
    # prepositional (Russian, «-е») is when; a day is written before its month
    counted = counted or (prev is not None and _month_is_when(prev))
    if prev is not None and MONTHS.matches_word(prev) and _DAY_BEFORE_MONTH.search(ctx.char_before):
        if isinstance(ctx.value, int) and 1990 <= ctx.value <= 2100:
            return "date", [prev.text]  # «4 ноября 2025 | Происшествия»: a full date's year
    if prev is not None and MONTHS.matches_word(prev) and ctx.label_kind != "dash" and not counted:
        # not «за январь – 378»: the month's count after a dash; nor «за 10 дней ноября 100
        # жителей»: persons or cases counted after the month
        return "date", [prev.text]
    # «с 16 по 22 августа»: the first day of a range
    if nxt is not None and RANGE_WORDS.matches_word(nxt) and len(ctx.after) > 1:
        if MONTHS.matches_word(ctx.after[1]):
            return "date", [ctx.after[1].text]
    # «18-23 февраля», «18-23 ақпан аралығында»: the first day of a range written with a dash
    if (
        isinstance(ctx.value, int)
        and 1 <= ctx.value <= 31
        and _DAY_RANGE_AFTER.match(ctx.char_after)
        and ctx.after
        and MONTHS.matches_word(ctx.after[0])
    ):
        return "date", [ctx.after[0].text]
    if _bare_year(ctx, nxt, prev):
        return "date", []
    unit = _unit_after(ctx, nxt)  # also past the second end of «за последние два–три года»
    if (
        unit is not None
        and TIME_UNITS.matches_word(unit)
        and unit.text.lower() not in cues.DATING_UNITS
    ):
        return "date", [unit.text]
    if nxt is not None and len(ctx.after) > 1 and ctx.after[1].start - nxt.end <= 1:
        unit = ctx.after[1]
        if (
            is_modifier(nxt.text)
            and TIME_UNITS.matches_word(unit)
            and unit.text.lower() not in cues.DATING_UNITS
        ):
            return "date", [nxt.text, unit.text]  # «за 5 истекших месяцев», «12 последних лет»
    return None


_KK_BARE_MONTH_RE = re.compile(KK_BARE_MONTH, re.I)


def _month_is_when(word: Word) -> bool:
    """«қаңтарда», «в январе», «в мае»: a month that says when, not whose day follows."""
    if _KK_BARE_MONTH_RE.fullmatch(word.text):
        return True
    return MONTHS.matches_word(word) and word.text.lower().endswith("е")


#: A decade written with its plural ending: «в 90-х», «90-ых».
_DECADES = frozenset(str(n) for n in range(10, 100, 10))
_DECADE_AFTER = re.compile(r"-(?:х|ых)(?![^\W\d_])")

#: A dash and the last day of a range of days, then a word: «-23 февраля», «–23 ақпан».
_DAY_RANGE_AFTER = re.compile(r"\s?[-–—]\s?(?:[1-9]|[12]\d|3[01])\s+[^\W\d_]")


def _is_day_of_month(ctx: NumberContext, nxt: Word) -> bool:
    """«24 числа»: a day 1–31 before «числа» that ends its clause or names the month after it."""
    if nxt.text.lower() != "числа" or not isinstance(ctx.value, int) or not 1 <= ctx.value <= 31:
        return False
    following = ctx.after[1] if len(ctx.after) > 1 else None
    return (
        following is None
        or following.start - nxt.end > 1  # «24 числа – …», «24 числа, …»
        or following.lemma in ("текущий", "этот", "прошлый", "каждый", "месяц")
    )


def _end(words: list[Word]) -> int:
    """Where the last of ``words`` ends (-1 for none)."""
    return words[-1].end if words else -1

"""The role of a count that is an item of a list or a cell of a table, read from its label,
the heading of its list or the head and title of its table, and the item before it: «Алматы
қаласы - 6742» under «Алаяқтық көп жасалған аймақтар:», «Инвестиции\t117\t164» under
«Интернет-мошенничество по видам (фактов):»."""

from __future__ import annotations

import re

from . import cues
from .context import NumberContext, neighbours
from .item_labels import LABEL_WORDS, label_noun
from .lemmas import Word
from .matchers import (
    CALL_NOUNS,
    CASE_NOUNS,
    CONTACT_WORDS,
    FRAUD_NOUNS,
    MONTHS,
    NAMED_CRIMES,
    PERIOD_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    REGISTERED,
    SCHEME_WORDS,
    SOLVED,
    SUB_AREAS,
    TIME_UNITS,
    UNSOLVED,
    WAY_NOUNS,
    first_cue,
    part_opener_at,
)
from .person_cues import POSING_WORDS
from .rates import without_rate_bases
from .role_names import CARRIED_ROLES
from .roles import count_noun_role
from .schemes import map_scheme, scheme_named_in
from .unnamed_money import money_without_currency

__all__ = ["is_place", "item_role", "solved_or_not"]


#: The share a count in brackets makes, given after it: «(1159 или 17,1%)».
_SHARE_AFTER_RE = re.compile(r"\s*или\s+\d+(?:[.,]\d+)?\s*%")

#: «и» or «а» after an item's number and the next item's label before its dash («500 и кражи –»).
_NEXT_ITEM_RE = re.compile(r"\s+[иа]\s+[^\W\d_][^\d–—-]{0,40}?\s[-–—]\s*\d")


#: The end of a list line right after its number: «…: 210;» and a line break.
_LINE_ENDS_RE = re.compile(r"[;.]?\s*\n")

#: Nouns of kinds a table of schemes is headed by («по видам», «түрлері бойынша»).
_KINDS = frozenset(("вид", "түр", "түрі", "түрлері"))

#: Words of the rest of the places listed: «қалған аудандар», «остальные районы».
_THE_REST = frozenset(("қалған", "басқа", "өзге", "остальные", "прочие", "другие", "иные"))


def is_place(label: list[Word]) -> bool:
    """Whether a label names a place: place words or capitalised names only («Алматы қаласы»),
    with adjectives before a place word («Чукотском автономном округе»); after a verb or a short
    participle, the words after it («Из 14 районов лидирует Сарыагашский район – 96»)."""
    # a verb or a short participle («Наименьшее количество зарегистрировано в … области»)
    verbs = [k for k, w in enumerate(label) if w.pos in ("VERB", "PRTS") and not _place_word(w)]
    label = label[verbs[-1] + 1 :] if verbs else label
    # not «а также», nor the count a ranking names («Наименьшее число – в … области»)
    content = [
        w
        for w in label
        if len(w.text) > 3 and w.text.lower() != "также" and w.lemma not in cues.HOW_MANY
    ]
    place = any(_place_word(w) for w in content)
    # «қалған аудандар», «остальные районы»: the rest of the places
    content = [w for w in content if not (place and w.text.lower() in _THE_REST)]
    return bool(content) and all(
        _place_word(w) or w.text[:1].isupper() or (place and w.pos == "ADJF") for w in content
    )


def _place_word(word: Word) -> bool:
    """A word of a kind of place by its lemma or, for a Kazakh word read as Russian, its text
    («ауданы», which pymorphy3 reads as a participle of «аудать»)."""
    return PLACE_WORDS.matches_word(word) or PLACE_WORDS.matches(word.text.lower())


def _counts_by_its_label(ctx: NumberContext) -> bool:
    """Whether an item's count has no noun, currency or percent sign of its own after it, so
    that its label says what it counts."""
    nxt, _ = neighbours(ctx)
    if nxt is not None and _SHARE_AFTER_RE.match(ctx.char_after):
        # «мошенничества (1159 или 17,1%)»: the share it makes is no noun of its own; but a part
        # with no crime named («Более половины таких преступлений (4 794 или 52,2 %) относится к
        # тяжким») is read as the sentence reads it
        if FRAUD_NOUNS.first(ctx.label[-LABEL_WORDS:]) is None:
            return False
        nxt = None
    if ctx.label_kind == "dated" and nxt is not None and nxt.text.lower() in ("в", "за"):
        nxt = None  # «612 – в 2023 году»: the item's year, no noun
    if nxt is not None and _NEXT_ITEM_RE.match(ctx.char_after):
        nxt = None  # «мошенничество – 500 и кражи – 100»: «и» opens the next item, no noun
    if nxt is not None and _LINE_ENDS_RE.match(ctx.char_after):
        nxt = None  # «— Хромтау ауданы: 210;» ends its line: the next line's words are not its
    if nxt is not None and SUB_AREAS.matches_word(nxt) and is_place(ctx.label):
        nxt = None  # «Черновском – 186 и Железнодорожном – 125 районах»: the places' shared noun
    # «Күмәндансаңыз – 102»: a known line after a call to get in touch is no item of a list
    line = ctx.raw in cues.PHONE_NUMBERS and CONTACT_WORDS.first(ctx.label) is not None
    return not (line or ctx.currency or nxt is not None or ctx.char_after.lstrip().startswith("%"))


def item_role(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """A count without a noun of its own that is an item: its label, list header or previous item."""
    if not _counts_by_its_label(ctx):
        return None
    if money_without_currency(ctx):
        return None  # «Размер ущерба по киберпреступлениям – 2,513 млрд»: money, not a count
    crime = NAMED_CRIMES.first(ctx.label[-LABEL_WORDS:])
    if crime is not None:
        return "other", [crime.text]  # «0,4% адам өлтіру (566)»: a count of another crime
    noun = label_noun(ctx.label, CASE_NOUNS)
    if noun is not None:
        done = solved_or_not(ctx.label)
        if done:
            return done  # «Количество раскрытых преступлений – 456», «Ашылған қылмыстар – 456»
        scheme = _scheme_of_the_label(ctx.label, noun)
        return ("cases_scheme", [noun.text] + scheme) if scheme else ("cases_total", [noun.text])
    noun = label_noun(ctx.label, PERSON_NOUNS)
    if noun is not None:
        return _person_label_role(ctx, noun)
    if ctx.label_kind == "dated" and (ctx.in_table or solved_or_not(ctx.header)):
        return _measure_of_the_line(ctx)
    # «Динамика интернет-мошенничеств за пять лет: 2021 – 512; …»: what the heading counts,
    # whatever was counted before it
    header_counts = _what_it_counts(ctx.header) if ctx.label_kind == "dated" else None
    cases = ("cases_total", "cases_scheme")
    if header_counts and header_counts[0] in cases and ctx.last_count not in cases:
        return header_counts
    if ctx.label_kind == "dated" and ctx.last_count in CARRIED_ROLES:
        return ctx.last_count, []  # «2016 — 2471»: the year's count of what the list counts
    if (
        ctx.label_kind == "dash"
        and PERIOD_WORDS.first(ctx.label)
        and ctx.last_count in CARRIED_ROLES
    ):
        return ctx.last_count, [
            PERIOD_WORDS.first(ctx.label).text
        ]  # «Былтырғы осы мерзімде – 1 310»
    if _dated_item(ctx) and not ctx.item_role and ctx.last_count == "other":
        # «860 участников рынка (в 2020 году — 395)»: the same count of no role, a year before
        return "other", []
    if _dated_item(ctx) and not ctx.item_role and _what_it_counts(ctx.header):
        return _what_it_counts(ctx.header)  # «Интернет-алаяқтық деректері: 2023 жылы – 612»
    if ctx.label_kind == "bracket" and ctx.item_role == "cases_scheme" and not is_place(ctx.label):
        # «звонки от имени банков (2500); оформление онлайн-займов (2000)»: the list's next
        # scheme, which its label words name
        return "cases_scheme", [w.text for w in ctx.label]
    if ctx.in_table:
        return _cell_of_a_table(ctx)  # by its column and table, not by the row above it
    if ctx.label_kind not in ("dash", "bracket") or not (is_place(ctx.label) or _dated_item(ctx)):
        return None
    if ctx.item_role:
        # the next line of a list of places or of months («Май – 149»): what the line before
        # counted; a place after schemes' lines is a place's total («Семейде – 22»)
        place_after_schemes = ctx.item_role == "cases_scheme" and is_place(ctx.label)
        return ("cases_total" if place_after_schemes else ctx.item_role), []
    counted = _what_it_counts(without_rate_bases(ctx.header))
    if counted:
        return counted  # «Алаяқтық көп жасалған аймақтар: Алматы қаласы - 6742»
    shared = _noun_the_places_share(ctx)
    return ("cases_total", [shared.text]) if shared else _places_of_the_count_before(ctx)


def _cell_of_a_table(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """A table's cell whose row label names no noun: what the head of its column or the title
    of its table counts, a scheme's count in a row a scheme labels; «Тіркелді» over «Байзақ\t88»,
    «Интернет-мошенничество по видам (фактов):» over «Инвестиции\t117\t164»; else None. Never
    what the row above counted: its last cell may be a sum («… 1 034,2» under «Залал, млн»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ctx = NumberContext("88", 0, 2, 88, None, False, label=words("Байзақ"),
    ...                     label_kind="dash", header=words("Тіркелді"), in_table=True)
    >>> _cell_of_a_table(ctx)
    ('cases_total', ['Тіркелді'])
    """
    done = solved_or_not(ctx.label) or solved_or_not(ctx.header)
    if done:
        return done  # «Раскрыто», «Ашылған»
    scheme = map_scheme(" ".join(w.text for w in ctx.label)) if ctx.label else ""
    places = is_place(ctx.label) or PLACE_WORDS.first(ctx.header) is not None  # «Аудан / қала»
    if ctx.label and not scheme and not places:
        return None  # a row of its own measure («Направлено в суд»): its words decide
    noun = label_noun(without_rate_bases(ctx.header), CASE_NOUNS)
    cue = [noun.text] if noun is not None else []
    cue = cue or [w.text for w in ctx.header if REGISTERED.matches_word(w)][-1:]
    persons = label_noun(ctx.header, PERSON_NOUNS) if not cue else None
    if persons is not None:
        return count_noun_role(ctx, persons)
    # «Прочие» is the other schemes after schemes' rows, other places after places' rows
    of_schemes = scheme and (
        scheme != "other" or ctx.item_role in ("cases_scheme", "damage_scheme")
    )
    # «Структура по способам совершения:» over schemes' rows: the cases counted, by scheme
    ways = WAY_NOUNS.first(ctx.header) or any(w.lemma in _KINDS for w in ctx.header)
    if of_schemes and (cue or ways or ctx.last_count in ("cases_total", "cases_scheme")):
        return "cases_scheme", [w.text for w in ctx.label] + cue
    if cue:
        return "cases_total", cue
    # «Аудандар бойынша:» over «Түркістан қ.   412»: the places of the count before
    return _places_of_the_count_before(ctx) if places else None


def _places_of_the_count_before(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """«… зарегистрировано 1 112 … Больше всего — в следующих городах и районах:»: a heading of
    places with no noun of its own lists the places of the count before it."""
    areas = PLACE_WORDS.first(ctx.header)
    if areas is not None and ctx.last_count in CARRIED_ROLES:
        return ctx.last_count, [areas.text]
    # «… 1 318 дерегі тіркеліп, 2,04 млрд теңге залал келтірілді. Оның ішінде:» over places: parts
    # of the count, a count being no money
    texts = [w.text.lower() for w in ctx.header]
    parts = bool(texts) and part_opener_at(texts, 0) == len(texts)
    if parts and ctx.last_count in CARRIED_ROLES and not ctx.currency:
        return ctx.last_count, [w.text for w in ctx.header]
    return None


def _scheme_of_the_label(label: list[Word], noun: Word) -> list[str]:
    """The scheme words of an item's label: scheme cue words anywhere, or a scheme it names
    after the noun of a whole before it («Из 900 фактов интернет-мошенничества звонки от имени
    банков – 320»)."""
    return first_cue(SCHEME_WORDS, label) or scheme_named_in(
        [w for w in label if w.start > noun.end]
    )


def _measure_of_the_line(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """What a year's count on a line of its own measure counts, not what the item before it
    did: solved cases after «раскрыто:» («• раскрыто: 2024 г. – 190, 2025 г. – 214»), or in a
    table row of a year what the head of its column names («Зарегистрировано фактов»,
    «Раскрыто», «Потерпевшие»); else None."""
    return solved_or_not(ctx.header) or _what_it_counts(ctx.header)


def _what_it_counts(header: list[Word]) -> tuple[str, list[str]] | None:
    """The cases (or else the persons, as victims) a list's heading or a table's heads name.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> _what_it_counts(words("Интернет-алаяқтық деректері"))
    ('cases_total', ['деректері'])
    """
    for nouns, role in ((CASE_NOUNS, "cases_total"), (PERSON_NOUNS, "victims")):
        noun = label_noun(header, nouns)
        if noun is not None:
            return role, [noun.text]
    return None


def _person_label_role(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """The role of an item whose label names persons (``noun``): a scheme's count when a scheme
    word comes before them or they are the staff a scheme poses as, else a count of them."""
    scheme = first_cue(SCHEME_WORDS, [w for w in ctx.label if w.end <= noun.start])
    if scheme:
        return "cases_scheme", scheme  # «оформление онлайн-займов без ведома граждан — 5 005»
    posed = [w for w in ctx.label if w.start > noun.end][:1]
    # («банк қызметкері» қоңыраулары – 14»: the calls of staff one poses as)
    calls = posed and CALL_NOUNS.matches_word(posed[0])
    if posed and (posed[0].text.lower() in POSING_WORDS or calls):
        # «банк қызметкері атынан қоңырау шалу – 340»: the staff one poses as, no persons
        return "cases_scheme", [w.text for w in ctx.label]
    return count_noun_role(ctx, noun)


#: How many words after a place's count the noun its list shares may stand.
_SHARED_WORDS = 12


def _noun_the_places_share(ctx: NumberContext) -> Word | None:
    """The case noun after the last of places listed with their counts: «в Магаданской области —
    693, Еврейской автономной области — 552 и Чукотском автономном округе — 213 преступлений»."""
    later = ctx.sentence_after
    for k, w in enumerate(later[:_SHARED_WORDS]):
        if CASE_NOUNS.matches_word(w):
            places = [v for v in later[:k] if v.text.lower() not in ("и", "а")]
            return w if places and is_place(places) else None
    return None


def _dated_item(ctx: NumberContext) -> bool:
    """Whether a count is an item labelled by its period only («2023 жылы – 612», «2016 — 2471»)."""
    if ctx.label_kind == "dated":
        return True
    content = [w for w in ctx.label if not w.text.isdigit()]
    return (
        ctx.label_kind == "dash"
        and bool(content)
        and all(
            PERIOD_WORDS.matches_word(w) or TIME_UNITS.matches_word(w) or MONTHS.matches_word(w)
            for w in content
        )
    )


#: Words after a person in a label that make it the one a scheme poses as: «банк қызметкері
#: атынан», «… болып», «… ретінде», «от имени сотрудников», a claim «банк қызметкерімін деп».


def solved_or_not(words: list[Word]) -> tuple[str, list[str]] | None:
    """``("solved", cue)`` when the words say the cases they count were solved («раскрытых
    преступлений», «ашылған қылмыстар»), ``("other", cue)`` when unsolved, else None."""
    for cueset, role in ((UNSOLVED, "other"), (SOLVED, "solved")):
        found = cueset.first(words)
        if found is not None:
            return role, [found.text]
    return None

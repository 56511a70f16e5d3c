"""Decide the role of one number from the words around it: cases, damage, victims, dates, ….

The closed list of roles is :data:`ROLES`; only :data:`AGGREGATE_ROLES` become proposed
records. :func:`decide_role` looks at the number's form (a year, «%», a month name, an
age), its currency, the noun after it and the cue words of its clause and sentence,
matching lemmas against the tables of :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cues
from .lemmas import Word, is_modifier, lemma, lemma_is_verb, participle_number, verb_number

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
        self._seen: dict[tuple[str, str], bool] = {}

    def matches(self, lemma: str) -> bool:
        """Whether a lemma (or lower-cased Kazakh word) is one of the cues."""
        return lemma in self.exact or (bool(self.prefixes) and lemma.startswith(self.prefixes))

    def matches_word(self, word: Word) -> bool:
        """Whether a word's lemma, its lower-cased form or its compound's head is a cue.

        The head of a hyphenated compound decides what it names: «интернет-краж» is a
        theft («кража»), «IT-преступлений» a crime.
        """
        key = (word.lemma, word.text)
        found = self._seen.get(key)
        if found is None:
            head = word.text.rpartition("-")[2]
            found = (
                self.matches(word.lemma)
                or self.matches(word.text.lower())
                or (head != word.text and len(head) > 2 and self.matches(lemma(head)))
            )
            if len(self._seen) > 65536:  # a bounded memo: the rules ask about the same words
                self._seen.clear()
            self._seen[key] = found
        return found

    def first(self, words: list[Word]) -> Word | None:
        """The first word of ``words`` that is a cue, or None."""
        for w in words:
            if self.matches_word(w):
                return w
        return None

    def count(self, words: list[Word]) -> int:
        """How many of ``words`` are cues."""
        return sum(self.matches_word(w) for w in words)


CASE_NOUNS = CueSet(cues.CASE_NOUNS)
PERSON_NOUNS = CueSet(cues.PERSON_NOUNS)
OFFENDER_NOUNS = CueSet(cues.OFFENDER_NOUNS)
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
SUPERLATIVE = CueSet(cues.SUPERLATIVE)
NEARLY = CueSet(cues.NEARLY)
VERDICT = CueSet(cues.VERDICT)
PER_PERIOD = CueSet(cues.PER_PERIOD)
AVERAGE = CueSet(cues.AVERAGE)
RATE_WORDS = CueSet(cues.RATE_WORDS)
POPULATION_NOUNS = CueSet(cues.POPULATION_NOUNS)
TERMS = CueSet(cues.TERMS)
MEASURES = CueSet(cues.MEASURES)
#: Nouns that are not what a number counts: its scale words, «такого рода».
SCALE_NOUNS = CueSet(
    ("тысяча", "миллион", "миллиард", "триллион", "млн", "млрд", "тыс", "трлн", "род")
)
RANGE_WORDS = CueSet(("по", "до", "и", "-", "–", "—"))
COUNT_WORDS = CueSet(cues.COUNT_WORDS)
MONEY_WORDS = CueSet(cues.MONEY_WORDS)
SCHEME_WORDS = CueSet(cues.SCHEME_WORDS)
CHANGE_WORDS = CueSet(cues.CHANGE_WORDS)
CHANGE_VERBS = CueSet(cues.CHANGE_VERBS)
OTHER_CRIMES = CueSet(cues.OTHER_CRIMES)
ARREST = CueSet(cues.ARREST)
STATISTICS = CueSet(cues.STATISTICS)
INTERNET = CueSet(cues.INTERNET)
CYBER = CueSet(cues.CYBER)
FRAUD_NOUNS = CueSet(cues.FRAUD_NOUNS)
CONJUNCTIONS = CueSet(("и", "а", "және", "мен", "ал"))
ANTIFRAUD = CueSet(cues.ANTIFRAUD)
EVENT_NOUNS = CueSet(cues.EVENT_NOUNS)
EVERY = CueSet(cues.EVERY_WORDS)

#: Roles that a comparison («в 2021 году — 2281») carries over to the next bare number.
CARRIED_ROLES = ("cases_total", "cases_scheme", "victims", "suspects")
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
    previous: str = ""  # the role of the previous count or amount in the sentence
    story: list[Word] = field(default_factory=list)  # the words of the sentence before
    topic: str = ""  # the crime the text around speaks of (see counted.crime_topic)
    label: list[Word] = field(default_factory=list)  # the label of a list or bracket item
    label_kind: str = ""  # "dash" («Алматы қаласы - 6742»), "bracket" («балалар (102)») or ""
    header: list[Word] = field(default_factory=list)  # a list's header line («…аймақтар:»)
    item_role: str = ""  # the role of the list item on the line before
    quantity: list[Word] = field(default_factory=list)  # what changed or what the number ends
    change: bool = False  # the number is one end of a change («с A до B»)
    following: list[Word] = field(default_factory=list)  # the words of the next sentence
    qualifier: str = "exact"  # the number's qualifier (a bound or an approximation)
    part: bool = False  # the number opens a part («из них N») of the count before
    last_count: str = ""  # the role of the count read before (in this or an earlier sentence)
    fraud_text: bool = True  # some sentence of the text speaks of fraud or cybercrime


def neighbours(ctx: NumberContext) -> tuple[Word | None, Word | None]:
    """The word right after the number and the word right before it (or None).

    A word counts as a neighbour when at most three characters («-ге », « — ») lie between.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("выявлено 843 факта")
    >>> nxt, prev = neighbours(NumberContext("843", 9, 12, 843, None, False, before=ws[:1],
    ...                                      after=ws[1:]))
    >>> nxt.text, prev.text
    ('факта', 'выявлено')
    """
    nxt = ctx.after[0] if ctx.after and ctx.after[0].start - ctx.end <= 3 else None
    prev = ctx.before[-1] if ctx.before and ctx.start - ctx.before[-1].end <= 3 else None
    return nxt, prev


def _form_role(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """Roles decided by the number's form and its neighbours: percent, date, age, …"""
    nxt, prev = neighbours(ctx)
    if ctx.char_after.lstrip().startswith("%"):
        return "percent", []
    if len(ctx.raw) == 1 and (
        _FRACTION_AFTER.match(ctx.char_after) or _FRACTION_BEFORE.search(ctx.char_before)
    ):
        return "percent", []  # «2/3 случаев»: a fraction of one digit over one digit is a share
    if nxt is not None and PERCENT_WORDS.matches_word(nxt) and not ctx.currency:
        if nxt.lemma != "раз" or (prev is not None and prev.lemma == "в"):
            return "percent", [nxt.text]  # «в 2,2 раза»; «атаковали 661 раз» counts times
    if ctx.currency:
        return None
    if ctx.char_after[:1].isascii() and ctx.char_after[:1].isalpha():
        return "other", []  # a number glued to Latin letters: a name («47news»), a code
    if _GLUED_AFTER_WORD.search(ctx.char_before):
        return "other", []  # the end of a name: «ТОП-3», «COVID-19»
    if _SIGNED.search(ctx.char_before) and _CLOSES.match(ctx.char_after):
        # «(с 5233 до 6276, +1043)»: the size of a change; «(+97 уголовных дел за неделю)»
        # counts the week's cases
        return "other", [ctx.char_before.strip()[-1]]
    nxt_measure = nxt is not None and MEASURES.matches_word(nxt)
    if nxt_measure:
        return "other", [nxt.text]  # «1,25 кг золота»: a measure, not a count
    if not ctx.scaled and (
        (prev is not None and ARTICLE_WORDS.matches_word(prev))
        or (nxt is not None and ctx.char_after.startswith("-") and nxt.lemma.startswith("ба"))
    ):
        return "article", [(prev if prev is not None else nxt).text]
    if (prev is not None and PHONE_WORDS.matches_word(prev)) or (
        ctx.raw in cues.PHONE_NUMBERS and (nxt is None or ctx.char_after.startswith("-"))
    ):
        return "phone", [prev.text] if prev is not None else []
    term = first_cue(TERMS, ctx.before[-4:] + ctx.after[:3])
    if term and not ctx.scaled:
        return (
            "other",
            term,
        )  # a prison term: «к 5 годам лишения свободы», «үш жылға бас бостандығынан»
    found = _age_role(ctx, nxt, prev) or _date_role(ctx, nxt, prev)
    if found is None and prev is not None and EVERY.matches_word(prev) and not ctx.scaled:
        return "percent", [prev.text]  # «каждое 20 преступление»: one in twenty
    return found


_GLUED_AFTER_WORD = re.compile(r"[^\W\d_]-$")
#: A sign glued to a number after a space, a bracket or a comma: the size of a change.
_CLOSES = re.compile(r"\s*(?:[),;]|$)")
_SIGNED = re.compile(r"(?:^|[\s(,;])(?:[+−]|(?<=[(,])-|(?<=, )-)$")
_FRACTION_AFTER = re.compile(r"/\d(?![\d/.])")
_FRACTION_BEFORE = re.compile(r"(?<![\d/.])\d/$")


def _date_role(ctx: NumberContext, nxt: Word | None, prev: Word | None):
    if ctx.scaled:
        return None
    if nxt is not None and MONTHS.matches_word(nxt):
        return "date", [nxt.text]
    if prev is not None and MONTHS.matches_word(prev):
        return "date", [prev.text]
    # «с 16 по 22 августа»: the first day of a range
    if nxt is not None and RANGE_WORDS.matches_word(nxt) and len(ctx.after) > 1:
        if MONTHS.matches_word(ctx.after[1]):
            return "date", [ctx.after[1].text]
    # a year is never approximate: «2000-ға жуық адам», «около 2000» are counts
    year = ctx.qualifier in ("exact", "rounded")
    if year and ctx.raw.isdigit() and len(ctx.raw) == 4 and ctx.raw[:2] in ("19", "20"):
        # «1912 совершённых … преступлений»: a plural modifier after it makes it a count
        counted = nxt is not None and (
            CASE_NOUNS.matches_word(nxt)
            or (nxt.plural and is_modifier(nxt.text) and not ctx.char_after.startswith("-"))
        )
        if not counted:
            return "date", []
    if (
        nxt is not None
        and TIME_UNITS.matches_word(nxt)
        and nxt.text.lower() not in cues.DATING_UNITS
    ):
        return "date", [nxt.text]
    if nxt is not None and len(ctx.after) > 1 and ctx.after[1].start - nxt.end <= 1:
        unit = ctx.after[1]
        if (
            is_modifier(nxt.text)
            and TIME_UNITS.matches_word(unit)
            and unit.text.lower() not in cues.DATING_UNITS
        ):
            return "date", [nxt.text, unit.text]  # «за 5 истекших месяцев», «12 последних лет»
    return None


def _age_role(ctx: NumberContext, nxt: Word | None, prev: Word | None):
    if ctx.scaled or not isinstance(ctx.value, int) or ctx.value > 120:
        return None
    # «в возрасте (до) 25 лет»: an age word before the number, a bound word allowed between
    age_before = first_cue(AGE_BEFORE, ctx.before[-2:]) if ctx.start - 25 < _end(ctx.before) else []
    glued = _AGE_ENDING_RE.match(ctx.char_after)  # «67-ми лет», «55-ти лет»: an age's ending
    if glued:
        return "age", [glued.group(1)]
    if nxt is not None and AGE_AFTER.matches_word(nxt):
        if nxt.lemma in ("лет", "год") and not age_before:
            return None
        return "age", [nxt.text]
    if age_before:
        return "age", age_before
    return None


_AGE_ENDING_RE = re.compile(r"-(?:ти|ми|х|и|ух|ех)\s+(лет)\b")


def _end(words: list[Word]) -> int:
    """Where the last of ``words`` ends (-1 for none)."""
    return words[-1].end if words else -1


def _until(cueset: CueSet, words: list[Word]) -> list[Word]:
    """``words`` up to the first cue of ``cueset``."""
    for k, w in enumerate(words):
        if cueset.matches_word(w):
            return words[:k]
    return words


def first_cue(cueset: CueSet, words: list[Word]) -> list[str]:
    """The first cue of ``cueset`` among ``words``, as a list of its text (empty if none).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> first_cue(SOLVED, words("раскрыто 40 дел")), first_cue(SOLVED, words("40 дел"))
    (['раскрыто'], [])
    """
    w = cueset.first(words)
    return [w.text] if w is not None else []


def _money_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of an amount of money: damage, a single loss, recovered, prevented, other."""
    clause = ctx.before[-8:] + ctx.after[:6]
    found = first_cue(OTHER_MONEY, _price_window(ctx))
    if found:
        return "other", found
    for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
        found = first_cue(cueset, clause)
        if found:
            return role, found
    found = first_cue(NEARLY, clause)
    if found and not first_cue(RECOVERED, ctx.sentence):
        return "prevented", found  # «жоғалтып ала жаздаған»: nearly lost
    found = per_period(ctx.after) or average_words(ctx)
    if found:
        return "other", found  # an average per month or day
    damage = first_cue(DAMAGE, clause) or first_cue(DAMAGE, ctx.sentence)
    before_number = [w for w in ctx.sentence if w.end <= ctx.start]
    if not first_cue(DAMAGE, before_number):
        for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
            found = first_cue(cueset, ctx.sentence)
            if found:
                return role, found
    one = _one_victim(ctx.sentence)
    if one:
        return "single_case_loss", one + damage  # «потерял один человек», «наибольшая сумма»
    group = _group_loss(ctx)
    if group:
        return "damage_total", group  # «16 человек, отдавших 5,6 млн»
    verb = _singular_loss_verb(clause)
    if verb:
        return "single_case_loss", _single_cues(ctx.sentence) + verb  # «пенсионерка перевела»
    arrest = first_cue(ARREST, ctx.story + ctx.sentence)
    if arrest and not first_cue(STATISTICS, ctx.story + ctx.sentence):
        return "single_case_loss", arrest + damage  # one group's haul in an arrest story
    single, aggregate = _single_cues(ctx.sentence), _aggregate_cues(ctx.sentence)
    if len(single) == len(aggregate):
        story_single, story_aggregate = _single_cues(ctx.story), _aggregate_cues(ctx.story)
        if len(story_single) > len(story_aggregate):
            return "single_case_loss", story_single + damage
        aggregate += story_aggregate
    elif len(single) > len(aggregate):
        return "single_case_loss", single + damage
    if damage or aggregate or ctx.hint == "damage":
        scheme = _scheme_cue(ctx)
        return (
            ("damage_scheme", scheme + damage) if scheme else ("damage_total", damage + aggregate)
        )
    return "other", []


def _price_window(ctx: NumberContext) -> list[Word]:
    """The words that may make an amount a price, a fine or a limit instead of a loss.

    A verb of losing right before the amount is nearer than a word of buying after it
    («потеряла 4,5 тысячи рублей при покупке коляски» is a loss): then only the words
    between that verb and the amount count.
    """
    before = ctx.before[-6:]
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if DAMAGE.matches_word(before[k]) and lemma_is_verb(before[k]):
            return before[k + 1 :]
    return before + ctx.after[:3]


def _singular_loss_verb(words: list[Word]) -> list[str]:
    """A verb of losing or handing over money whose subject is one person («перевела»)."""
    for w in words:
        if DAMAGE.matches_word(w) and verb_number(w.text) == "sing":
            return [w.text]
    return []


def _one_victim(words: list[Word]) -> list[str]:
    """Words that name one victim's or one case's loss outright.

    «один человек», «одного мошенничества», «за один раз» (the number word «один» with a
    noun of a person, a case or a time) and a superlative before a money noun
    («максимальная сумма», «самый крупный ущерб»).
    """
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if w.lemma == "один" and (
            person_noun(nxt) or CASE_NOUNS.matches_word(nxt) or nxt.lemma == "раз"
        ):
            return [w.text, nxt.text]
        if SUPERLATIVE.matches_word(w):
            money = MONEY_WORDS.first(words[k + 1 : k + 3])
            if money is not None:
                return [w.text, money.text]
    return []


def _group_loss(ctx: NumberContext) -> list[str]:
    """A plural participle of losing right before an amount, after counted persons.

    «стали 16 человек, отдавших 5,6 млн», «47 человек, потерявших свыше 20 млн»: the amount
    is the group's together.
    """
    for w in ctx.before[-3:]:
        if DAMAGE.matches_word(w) and participle_number(w.text) == "plur":
            persons = [p for p in ctx.sentence if p.end <= w.start and p.counted and person_noun(p)]
            if persons:
                return [persons[-1].text, w.text]
    return []


def _scheme_cue(ctx: NumberContext) -> list[str]:
    """A word naming a scheme right around the number, or the scheme of a list item."""
    if ctx.scheme:
        return [ctx.scheme]
    return first_cue(SCHEME_WORDS, ctx.before[-3:] + ctx.after[:6])


def _single_cues(words: list[Word]) -> list[str]:
    """Words that make a loss one victim's: one person or company (not «320 тұрғынды»), «ең»."""
    return [
        w.text
        for w in words
        if (SINGLE.matches_word(w) and not w.plural and not w.counted)
        or SUPERLATIVE.matches_word(w)
    ]


def per_period(after: list[Word]) -> list[str]:
    """«в месяц», «в день», «айына» right after a number: a per-period average, not a total.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> per_period(words("рублей в месяц уходили")), per_period(words("рублей за месяц"))
    (['месяц'], [])
    """
    for k, w in enumerate(after[:4]):
        if w.lemma in PER_PERIOD.exact and k > 0 and after[k - 1].lemma in ("в", "каждый"):
            return [w.text]
        if PER_PERIOD.prefixes and w.text.lower().startswith(PER_PERIOD.prefixes):
            return [w.text]
    return []


def average_words(ctx: NumberContext) -> list[str]:
    """A word of an average before the number in its clause («средний ущерб», «ежедневно»).

    A capitalised word inside a sentence is part of a name, not an average: «Жители
    Среднего Урала перевели 1,7 млрд».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Жители Среднего Урала перевели")
    >>> average_words(NumberContext("5", 31, 32, 5, None, False, before=ws, sentence=ws))
    []
    >>> ws = words("Средний ущерб составил")
    >>> average_words(NumberContext("5", 23, 24, 5, None, False, before=ws, sentence=ws))
    ['Средний']
    """
    first = ctx.sentence[0] if ctx.sentence else None
    return first_cue(AVERAGE, [w for w in ctx.before if w is first or not w.text[:1].isupper()])


def every_period(words: list[Word]) -> list[str]:
    """«каждый день», «күн сайын»-like pairs of «every» and a unit of time: a per-period rate.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> every_period(words("Полицейские каждый день регистрируют по")), every_period(words("за день"))
    (['каждый', 'день'], [])
    """
    for k, w in enumerate(words[:-1]):
        if EVERY.matches_word(w) and PER_PERIOD.matches_word(words[k + 1]):
            return [w.text, words[k + 1].text]
    return []


def _aggregate_cues(words: list[Word]) -> list[str]:
    """Words that make a loss an aggregate: people in the plural or counted, «всего», a region."""
    return [
        w.text
        for w in words
        if AGGREGATE.matches_word(w) or ((w.maybe_plural or w.counted) and person_noun(w))
    ]


def person_noun(word: Word) -> bool:
    """A noun of persons: one of the cue table's, or any animate Russian noun («оренбуржцев»)."""
    return PERSON_NOUNS.matches_word(word) or (
        word.animate and not OFFENDER_NOUNS.matches_word(word)
    )


def _phrase_after(sentence: list[Word], noun: Word) -> list[Word]:
    """Up to four words after ``noun`` with only punctuation between (no number, no dash)."""
    out, end = [], noun.end
    for w in sentence:
        if w.start < noun.end:
            continue
        if w.start - end > 3 or len(out) == 4:
            break
        out.append(w)
        end = w.end
    return out


#: How many words of the sentences before a count may name the centre that registered it.
_WINDOW = 25

_ACCUSATIVE = ("ды", "ді", "ны", "ні", "ты", "ті")
#: Kazakh genitive endings: a noun in the genitive owns, it is not counted («алаяқтардың арбауы»).
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def _accusative(noun: Word) -> bool:
    """A Kazakh person noun in the accusative («адамды», «тұрғындарды»), not «азаматы» (his).

    The ending after the noun's stem decides: «азамат|ы» is a possessive, «адам|ды» an object.
    """
    low = noun.text.lower()
    stems = [p for p in PERSON_NOUNS.prefixes if low.startswith(p)]
    rest = low[len(max(stems, key=len)) :] if stems else low
    return rest.endswith(_ACCUSATIVE) and len(rest) >= 2


def _counted_noun(after: list[Word]) -> Word | None:
    """The noun a number counts: the first noun after it, adjectives between, before any
    preposition («44 млн сомнительных звонков»; none in «18 млн из них»)."""
    for w in after:
        if w.lemma in _PREPOSITIONS:
            return None
        if w.pos == "NOUN":
            return w
    return None


_PREPOSITIONS = frozenset(("из", "с", "со", "на", "в", "во", "за", "по", "от", "до", "у", "к"))


def count_noun_role(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """The role of a count from the noun it counts, with the cue words; None for no such noun.

    Case nouns give cases (or sent to court, solved, a rate, a change, another crime, a
    scheme), person nouns victims or suspects, incident nouns Anti-Fraud incidents, nouns of
    things (cards, sites) ``other``, «население» the population of a rate.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("задержаны 12 человек")
    >>> count_noun_role(NumberContext("12", 10, 12, 12, None, False, before=ws[:1],
    ...                               after=ws[1:], sentence=ws), ws[1])
    ('suspects', ['задержаны'])
    """
    window = ctx.before[-6:] + ctx.after[:8]
    antifraud = first_cue(ANTIFRAUD, ctx.sentence) or first_cue(ANTIFRAUD, ctx.story[-_WINDOW:])
    if EVENT_NOUNS.matches_word(noun) and antifraud:
        return "antifraud_incidents", [noun.text] + antifraud  # events the centre registered
    offender = OFFENDER_NOUNS.matches_word(noun) and noun in ctx.after[:2]
    if offender and not noun.text.lower().endswith(_GENITIVE):
        return "suspects", [noun.text]  # «2000-ға жуық алаяқ жауапқа тартылды»
    if POPULATION_NOUNS.matches_word(noun):
        return "population", [noun.text]  # the base of a rate: «на 10 тыс. населения»
    fraud = _coordinated_fraud(ctx, noun) if OTHER_CRIMES.matches_word(noun) else None
    if fraud is not None:
        return "cases_total", [noun.text, fraud.text]  # «2570 краж, мошенничеств и …»
    if CASE_NOUNS.matches_word(noun):
        if first_cue(RATE_WORDS, ctx.sentence):
            return "other", [noun.text] + first_cue(RATE_WORDS, ctx.sentence)  # a rate
        court = first_cue(SENT_TO_COURT, ctx.after[:6])
        solved = first_cue(SOLVED, window)
        if (court or (first_cue(SENT_TO_COURT, ctx.before[-4:]) and not solved)) and first_cue(
            COURT_VERBS, window
        ):
            return "sent_to_court", court or first_cue(SENT_TO_COURT, ctx.before[-4:])
        solved = solved or _attributed(ctx)
        if solved:
            return "solved", solved
        verdict = first_cue(VERDICT, window)
        if verdict:
            return "other", [noun.text] + verdict  # cases with a verdict
        prevented = first_cue(PREVENTED, ctx.before[-4:])
        if prevented:
            return "other", [noun.text] + prevented  # «предотвратила 200 киберпреступлений»
        k = ctx.after.index(noun) if noun in ctx.after else len(ctx.after)
        if first_cue(CHANGE_WORDS, ctx.after[k + 1 : k + 2]):
            return "other", [noun.text, ctx.after[k + 1].text]  # a change, not a count
        # «874 — преступления, связанные с наркотиками»: the words after the noun, commas allowed
        crime = first_cue(OTHER_CRIMES, _until(CONJUNCTIONS, _phrase_after(ctx.sentence, noun)))
        if crime:
            return "other", [noun.text] + crime
        scheme = _scheme_cue(ctx)
        if scheme:
            return "cases_scheme", [noun.text] + scheme
        return "cases_total", [noun.text] + first_cue(REGISTERED, ctx.sentence)
    if person_noun(noun):
        rate = first_cue(RATE_WORDS, _phrase_after(ctx.sentence, noun)[:1])
        if rate:
            return "population", [noun.text] + rate  # «10 мың тұрғынға шаққанда»: a rate's base
        if _accusative(noun) and not SUSPECTS.matches_word(noun):
            return "victims", [noun.text]  # a Kazakh object: «4 адамды алдап соққан»
        suspects = first_cue(SUSPECTS, [noun] + window)
        victims = first_cue(VICTIMS, [noun] + window)
        if suspects and not (victims and VICTIMS.matches_word(noun)):
            return "suspects", suspects
        if victims or PERSON_NOUNS.matches_word(noun):
            return "victims", victims or [noun.text]
        # a noun the tables do not list («оренбуржцев»): victims when its sentence tells of
        # a loss («52 оренбуржца перевели мошенникам»), else persons of no known part
        lost = first_cue(VICTIMS, ctx.sentence) or first_cue(DAMAGE, ctx.sentence)
        return ("victims", [noun.text] + lost) if lost else None
    if INCIDENT_NOUNS.matches_word(noun):
        return "antifraud_incidents", [noun.text]
    if COUNT_WORDS.matches_word(noun):
        return "other", [noun.text]
    return None


def _attributed(ctx: NumberContext) -> list[str]:
    """Words that attribute a count of crimes to known offenders: solved, not registered.

    «на счету которых 236 преступлений» (on their account), «установлены лица по 145
    преступлениям», «задержаны … по 20 эпизодам» (persons identified or detained for them).
    """
    before = ctx.before[-5:]
    for k, w in enumerate(before[:-1]):
        if w.lemma == "на" and before[k + 1].text.lower() in ("счету", "счёту"):
            return [w.text, before[k + 1].text]
    _, prev = neighbours(ctx)
    if prev is not None and prev.lemma == "по":
        suspects = first_cue(SUSPECTS, before[:-1])
        if suspects and any(person_noun(w) for w in before[:-1]):
            return suspects
    return []


def _coordinated_fraud(ctx: NumberContext, noun: Word) -> Word | None:
    """A fraud noun joined to ``noun`` by a comma or a conjunction («краж, мошенничеств»).

    A count of several crimes, fraud among them, counts fraud (with the others).
    """
    end = noun.end
    for w in [w for w in ctx.sentence if w.start >= noun.end][:3]:
        if w.start - end > 2:
            return None  # a number or a dash between: another count
        if FRAUD_NOUNS.matches_word(w):
            return w
        end = w.end
    return None


def _persons_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """Suspects or victims for a collective numeral («двое», «екеуі»): the story decides."""
    for words in (ctx.before[-6:] + ctx.after[:12], ctx.sentence, ctx.story):
        suspects, victims = first_cue(SUSPECTS, words), first_cue(VICTIMS, words)
        if suspects or victims:
            return ("suspects", suspects) if suspects else ("victims", victims)
    return "suspects", []


def _count_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a count (a number without a currency)."""
    if ctx.hint == "cases" and ctx.scheme:
        return "cases_scheme", [ctx.scheme]  # an item of a list of schemes
    if (ctx.scaled and (ctx.value or 0) >= 100_000) and (
        first_cue(MONEY_WORDS, ctx.sentence)
        or (
            (first_cue(RECOVERED, ctx.before[-4:]) or first_cue(PREVENTED, ctx.before[-4:]))
            and not _counted_noun(ctx.after[:3])  # not «44 млн сомнительных звонков»
        )
    ):
        # «Самую крупную сумму – пять миллионов – потеряла …», «Вернуть удалось 18 млн»
        return _money_role(ctx)
    if ctx.raw.lower() in cues.COLLECTIVE:
        return _persons_role(ctx)
    nouns = ctx.after[:4]
    modifiers_only = True  # only adjectives so far between the number and this word
    own_noun = None
    for k, noun in enumerate(nouns):
        if k + 1 < len(nouns) and CASE_NOUNS.matches_word(noun):
            if COUNT_WORDS.matches_word(nouns[k + 1]) or INCIDENT_NOUNS.matches_word(nouns[k + 1]):
                continue  # «алаяқтық қоңырау»: the last noun of the phrase is what is counted
        found = count_noun_role(ctx, noun)
        if found:
            return found
        not_counted = SCALE_NOUNS.matches_word(noun) or TIME_UNITS.matches_word(noun)
        if modifiers_only and noun.pos == "NOUN" and not not_counted:
            # «6 разбойных нападений на студентов», «трёх городов»: the number counts its
            # first noun, and that noun is none of a role's
            own_noun = noun
            break
        modifiers_only = modifiers_only and (noun.pos in ("ADJF", "PRTF") or not_counted)
    court = first_cue(SENT_TO_COURT, ctx.before[-3:] + ctx.after[:3])
    if court and first_cue(COURT_VERBS, ctx.before[-3:] + ctx.after[:3]):
        return "sent_to_court", court  # «из них направлено в суд 136», «66-сы сотқа жолданды»
    if own_noun is not None:
        return "other", [own_noun.text]
    if ctx.hint == "cases":
        return "cases_total", first_cue(CASE_NOUNS, ctx.sentence) + first_cue(
            REGISTERED, ctx.before
        )
    if not (ctx.before or ctx.after or ctx.sentence):  # a bare number among bare numbers
        return (ctx.previous, []) if ctx.previous in CARRIED_ROLES else ("other", [])
    before = ctx.before[-3:]
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS), ("solved", SOLVED)):
        found = first_cue(cueset, before)
        if found:
            return role, found
    if first_cue(CASE_NOUNS, before) or (
        first_cue(REGISTERED, before) and first_cue(CASE_NOUNS, ctx.sentence)
    ):
        return "cases_total", first_cue(REGISTERED, before) + first_cue(CASE_NOUNS, ctx.sentence)
    solved = first_cue(SOLVED, ctx.after[:2])
    if solved:
        return "solved", solved  # «оның 450-і ашылды»
    if ctx.previous in CARRIED_ROLES:
        return ctx.previous, []
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS)):
        found = first_cue(cueset, ctx.after[:8])
        if found:
            return role, found
    return "other", []


def change_size(ctx: NumberContext) -> list[str]:
    """The words that make a number the size of a change, not a count or a total.

    «на 705 меньше», «почти на 100 миллионов больше», «выросли на 7 тыс»: «на» right before
    the number with a comparative after it or a verb of change before it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("это на 200 миллионов рублей больше")
    >>> change_size(NumberContext("200 миллионов", 7, 20, 200_000_000, "RUB", True,
    ...                           before=ws[:2], after=ws[3:]))
    ['больше']
    """
    _, prev = neighbours(ctx)
    if prev is None or prev.lemma != "на":
        return []
    return first_cue(CHANGE_WORDS, ctx.after[:3]) or first_cue(CHANGE_VERBS, ctx.before[-4:-1])


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
    if ctx.raw.lower() in cues.FRACTION_WORDS:
        return "percent", []  # «четверть», «половина»: a share
    if ctx.after[:1] and ctx.after[0].text.lower() in cues.FRACTION_WORDS and not ctx.scaled:
        if ctx.after[0].start - ctx.end <= 1:
            return "percent", [ctx.after[0].text]  # «две трети»: a number of fractions
    form = _form_role(ctx)
    if form:
        return form
    change = change_size(ctx)
    if change:
        return "other", change
    if ctx.currency:
        return _money_role(ctx)
    return _count_role(ctx)


def decide_scope(ctx: NumberContext) -> str:
    """The scope of an aggregate figure: internet fraud, cybercrime, fraud in general or unknown.

    The words of its clause decide first, then those of its sentence: internet words
    («интернет», «онлайн», «дистанционный», «кибермошенничество») give
    ``internet_fraud``; cybercrime words ``cybercrime``; «мошенничество» / «алаяқтық»
    alone ``all_fraud``; nothing of these ``unknown``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Зарегистрировано 300 фактов мошенничества")
    >>> decide_scope(NumberContext("300", 17, 20, 300, None, False, before=ws[:1],
    ...                            after=ws[1:], sentence=ws))
    'all_fraud'
    """
    for words in (ctx.before[-8:] + ctx.after[:8], ctx.sentence):
        if INTERNET.first(words):
            return "internet_fraud"
        if CYBER.first(words):
            return "cybercrime"
        if FRAUD_NOUNS.first(words):
            return "all_fraud"
    return "unknown"

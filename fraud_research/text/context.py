"""What the role rules read about one number: its words, its neighbours, its reading so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from . import cues
from .lemmas import KAZAKH_LETTERS, Word


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
    told_last: int = -1  # where the sentence right before starts (the last of ``story``), or -1
    topic: str = ""  # the crime the text around speaks of (see counted.crime_topic)
    label: list[Word] = field(default_factory=list)  # the label of a list or bracket item
    label_kind: str = ""  # "dash" («Алматы қаласы - 6742»), "bracket" («балалар (102)») or ""
    header: list[Word] = field(default_factory=list)  # a list's header line («…аймақтар:»)
    item_role: str = ""  # the role of the list item on the line before
    in_table: bool = False  # a table's cell: ``header`` is the head of its column
    quantity: list[Word] = field(default_factory=list)  # what changed or what the number ends
    change: bool = False  # the number is one end of a change («с A до B»)
    change_end: str = ""  # which end of a change: "from", "to" or ""
    following: list[Word] = field(default_factory=list)  # the words of the next sentence
    question: list[Word] = field(default_factory=list)  # the question a bare answer answers
    qualifier: str = "exact"  # the number's qualifier (a bound or an approximation)
    part: bool = False  # the number opens a part («из них N») of the count before
    whole: bool = False  # a Kazakh count a later number takes a part of («N …-ның M-ы»)
    own_after: list[Word] = field(default_factory=list)  # ``after`` up to the next number
    # where a comma or semicolon before the next number in the sentence opens that number's
    # clause (-1: none)
    break_after: int = -1
    last_count: str = ""  # the role of the count read before (in this or an earlier sentence)
    last_money: str = ""  # the role of the amount of money read before (in any sentence)
    damage_told: bool = False  # a damage total was read before it (in any sentence)
    fraud_text: bool = True  # some sentence of the text speaks of fraud or cybercrime
    offence_text: bool = True  # some word of the text speaks of an offence at all
    arrest_text: list[Word] = field(
        default_factory=list
    )  # an arrest the text tells of, if no statistics
    statistics_period: bool = False  # its sentence names a year or months before it («За 2025 год»)
    # a colon after it that opens a list of numbers («843 факта: звонки (340)»), or -1
    list_colon: int = -1
    # the article of a code labelling a count («по ст.273 – 1»), or ""
    article: str = ""

    @property
    def after_from(self) -> bool:
        """Whether «из» comes right before the number: it names a whole («возмещено 120 млн из 1,6
        млрд», «из 843 фактов»)."""
        return bool(self.before) and self.before[-1].text.lower() == "из"

    @property
    def opens_part(self) -> bool:
        """Whether the number is a part of the count before: «из них N», «в том числе N» (``part``)
        or «N из них», «N из которых»."""
        return self.part or [w.lemma for w in self.after[:2]] in (["из", "они"], ["из", "который"])

    @property
    def kazakh_verb_after(self) -> list[Word]:
        """The words after it up to the next number (six at most) when they are Kazakh, whose
        verb ends the clause («Полиция 200 алаяқтық әрекеттің алдын алды»); else ``[]``."""
        after = self.own_after[:6]
        return after if any(KAZAKH_LETTERS.search(w.text) for w in after) else []

    @property
    def sentence_to_list(self) -> list[Word]:
        """The words of its sentence up to a colon after it that opens a list of numbers: the
        list's labels name its items, not this number («843 факта интернет-мошенничества:
        звонки от имени сотрудников банков (340), …»)."""
        if self.list_colon < 0:
            return self.sentence
        return [w for w in self.sentence if w.end <= self.list_colon]

    @property
    def own_clause(self) -> list[Word]:
        """The amount's own words: back to the previous number (eight at most), on to the next
        one (six at most): «…, студенты – 120 млн тенге» names whose the 120 million is."""
        before = list(takewhile(lambda w: not w.counted, reversed(self.before[-8:])))[::-1]
        return before + list(takewhile(lambda w: not w.counted, self.after[:6]))

    @property
    def sentence_before(self) -> list[Word]:
        """The words of its sentence before the number, past any other number (``before``
        stops at the one before it)."""
        return [w for w in self.sentence if w.end <= self.start]

    @property
    def sentence_after(self) -> list[Word]:
        """The words of its sentence after the number, past any other number and past the clause
        end (``after`` stops at the clause end)."""
        return [w for w in self.sentence if w.start >= self.end]


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


def before_a_period(before: list[Word]) -> list[Word]:
    """The words before a count without the words of a period right before it: «Таких случаев
    зарегистрировано с начала года более 400» (:data:`cues.PERIOD_OF_A_COUNT`)."""
    k = len(before)
    while k and before[k - 1].lemma in cues.PERIOD_OF_A_COUNT:
        k -= 1
    return before[:k]


def before_particles(before: list[Word]) -> list[Word]:
    """The words before a number up to the particles and bound words right before it («всего
    лишь чуть больше»), which say how much, not what the number counts."""
    end = len(before)
    while end and (
        before[end - 1].text.lower() in cues.NUMBER_PARTICLES
        # «на более чем 300 миллионов»: «чем» after a comparative bound
        or (
            before[end - 1].text.lower() == "чем"
            and end > 1
            and before[end - 2].text.lower() in cues.NUMBER_PARTICLES
        )
        # «не менее 20 преступлений»: «не» before a bound
        or (
            before[end - 1].text.lower() == "не"
            and end < len(before)
            and before[end].text.lower() in cues.NUMBER_PARTICLES
        )
    ):
        end -= 1
    return before[:end]


def summed_in_brackets(ctx: NumberContext) -> bool:
    """Whether the bracket right after a number gives its sum: «59 тыс. (на сумму около 5 млрд
    рублей) против 99.5 тыс. (на сумму более 9 млрд)» counts loans, it is no money itself.

    Examples
    --------
    >>> summed_in_brackets(NumberContext("99.5 тыс.", 0, 9, 99_500, None, True, char_after=" (на сумму "))
    True
    """
    return _SUM_IN_BRACKETS.match(ctx.char_after) is not None


_SUM_IN_BRACKETS = re.compile(r"\s*\(\s*на\s+сумм", re.I)

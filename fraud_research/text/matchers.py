"""Cue words as matchers: each table of :mod:`fraud_research.text.cues` as a :class:`CueSet`.

A :class:`CueSet` matches a word by its lemma (Russian), its lower-cased form (Kazakh) or
the head of a hyphenated compound; :func:`first_cue` finds the first cue among words.
The role rules (:mod:`fraud_research.text.roles`), the reading of what a count counts
(:mod:`fraud_research.text.counted`) and number series share these matchers, so each
table is matched one way.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import cues
from .lemmas import Word, is_animate_noun, lemma
from .place_text import is_kazakh_demonym

#: The Kazakh suffix «-сыз/-сіз» (without), at most three letters after a stem.
_WITHOUT_RE = re.compile(r"\w{0,3}с[ыі]з")
#: A Kazakh verb's negative suffix before its ending, at most four letters (a voice) after a
#: stem: «өтел-ме-ген» (not repaid), «қайтар-ыл-ма-ды» (not returned), «аудар-ма-ған».
_NOT_RE = re.compile(r"\w{0,4}?(?:ма|ме|ба|бе|па|пе)(?:ған|ген|қан|кен|ды|ді|ты|ті|йды|йді|й|с)")
#: Hyphens other than «-» (non-breaking, typographic) read as «-» in compounds.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-"})


class CueSet:
    """A group of cue words: lemmas matched exactly, stems (``"алаяқ*"``) matched as prefixes,
    and phrases of such words (``"алдын алды*"``) matched word by word in a row.

    A phrase is found only among words in a row (:meth:`first`, :meth:`first_words`); a
    single word (:meth:`matches_word`, :meth:`count`) is never a phrase.

    Examples
    --------
    >>> fraud = CueSet(("мошенник", "алаяқ*"))
    >>> fraud.matches("алаяқтарға"), fraud.matches("мошенник"), fraud.matches("банк")
    (True, True, False)
    >>> from fraud_research.text.lemmas import words
    >>> stopped = CueSet(("не допустить", "пресечь"))
    >>> [w.text for w in stopped.first_words(words("удалось не допустить хищения"))]
    ['не', 'допустить']
    >>> stopped.first_words(words("допустили хищение"))
    []
    """

    def __init__(self, entries: tuple[str, ...], *, solid_compounds: bool = False):
        self.solid_compounds = solid_compounds
        single = [e for e in entries if " " not in e]
        self.exact = frozenset(e for e in single if not e.endswith("*"))
        self.prefixes = tuple(e[:-1] for e in single if e.endswith("*"))
        self.phrases = tuple(
            tuple(CueSet((part,)) for part in e.split()) for e in entries if " " in e
        )
        self._seen: dict[tuple[str, str], bool] = {}

    def matches(self, lemma: str) -> bool:
        """Whether a lemma (or lower-cased Kazakh word) is one of the cues.

        A Kazakh stem followed by the suffix «-сыз/-сіз» (without) names the opposite:
        «қайтарымсыз грант» is a grant never to be returned, «залалсыз» harmless; so does a
        verb's negative suffix: «өтелмеген» is not repaid, «аудармаған» not transferred (a stem
        that holds the negative, «болдырма*», still matches «болдырмады»).
        """
        if lemma in self.exact:
            return True
        if not self.prefixes or not lemma.startswith(self.prefixes):
            return False
        return any(
            lemma.startswith(p)
            and _WITHOUT_RE.match(lemma, len(p)) is None
            and _NOT_RE.match(lemma, len(p)) is None
            for p in self.prefixes
        )

    def matches_word(self, word: Word) -> bool:
        """Whether a word's lemma, its lower-cased form or its compound's head is a cue.

        The head of a hyphenated compound decides what it names: «интернет-краж» is a
        theft («кража»), «IT-преступлений» a crime; a compound written with a hyphen is also
        read as one word («кибер-преступлений» as «киберпреступлений»). Non-breaking and
        other hyphens count as hyphens («IT‑технологий»). With ``solid_compounds``, a word
        written solid with «кибер» is read by its head too («киберхищений» as «хищений»).
        """
        key = (word.lemma, word.text)
        found = self._seen.get(key)
        if found is None:
            text = word.text.translate(_HYPHENS)
            head = text.rpartition("-")[2]
            found = (
                self.matches(word.lemma)
                or self.matches(text.lower())
                or (head != text and len(head) > 2 and self.matches(lemma(head)))
                or (head != text and self.matches(lemma(text.replace("-", ""))))
                or (self.solid_compounds and _solid_compound_head(text.lower(), self))
            )
            if len(self._seen) > 65536:  # a bounded memo: the rules ask about the same words
                self._seen.clear()
            self._seen[key] = found
        return found

    def first(self, words: list[Word]) -> Word | None:
        """The first word of ``words`` that is a cue or opens a cue phrase, or None."""
        found = self.first_words(words)
        return found[0] if found else None

    def first_words(self, words: list[Word]) -> list[Word]:
        """The first cue among ``words``: a cue word, or the words of a cue phrase in a row;
        ``[]`` if none."""
        for k, w in enumerate(words):
            if self.matches_word(w):
                return [w]
            for phrase in self.phrases:
                run = words[k : k + len(phrase)]
                if len(run) == len(phrase) and all(map(CueSet.matches_word, phrase, run)):
                    return run
        return []

    def count(self, words: list[Word]) -> int:
        """How many of ``words`` are cue words (phrases are not counted)."""
        return sum(self.matches_word(w) for w in words)


class PersonNouns(CueSet):
    """Nouns of persons: the cue table's and the Kazakh demonyms of the places the project
    knows («ақтөбелік», «шымкенттіктер»), which no table can list in every form."""

    def matches(self, lemma: str) -> bool:
        return super().matches(lemma) or is_kazakh_demonym(lemma)


class OffenderNouns(CueSet):
    """Nouns of offenders: the cue words, and a person made up with «лже-» or «псевдо-»
    («лжебанкиров», «псевдоброкеры»), told from a thing so made up («лжеинвестиции»: a scheme)
    by the animate noun after the prefix, which no table can list in every form.

    Examples
    --------
    >>> OFFENDER_NOUNS.matches("лжебанкир"), OFFENDER_NOUNS.matches("лжеинвестиция")
    (True, False)
    """

    def matches(self, lemma: str) -> bool:
        fake = next((p for p in cues.FAKE_PREFIXES if lemma.startswith(p)), None)
        if fake is None or lemma in self.exact:
            return super().matches(lemma)
        return is_animate_noun(lemma[len(fake) :].lstrip("-"))


class CaseNouns(CueSet):
    """Nouns of cases; not the Kazakh «дерек» of personal data («жеке деректерін таратқан сегіз
    Telegram-бот»: bots that spread personal data), which a word of whose data stands before.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [w.text for w in CASE_NOUNS.first_words(words("жеке деректерін таратқан"))]
    []
    >>> [w.text for w in CASE_NOUNS.first_words(words("612 деректері тіркелді"))]
    ['деректері']
    """

    def first_words(self, words: list[Word]) -> list[Word]:
        k = 0
        while k < len(words):
            found = super().first_words(words[k:])
            if not found:
                return []
            at = words.index(found[0], k)
            if not (at and words[at - 1].text.lower() in cues.DATA_OWNERS):
                return found
            k = at + 1
        return []


CASE_NOUNS = CaseNouns(cues.CASE_NOUNS, solid_compounds=True)  # «киберхищений»
PERSON_NOUNS = PersonNouns(cues.PERSON_NOUNS)
OFFENDER_NOUNS = OffenderNouns(cues.OFFENDER_NOUNS)
VICTIM_GROUPS = CueSet(cues.VICTIM_GROUPS)
ANIMALS = CueSet(cues.ANIMALS)
INCIDENT_NOUNS = CueSet(cues.INCIDENT_NOUNS)
TIME_UNITS = CueSet(cues.TIME_UNITS)
#: Words of a period («год», «период», «кезең», «биыл»).
PERIOD_WORDS = CueSet(cues.PERIOD_WORDS)


class MonthNames(CueSet):
    """Month names, not the adjectives built on them that name places («Октябрьский район»,
    «Ноябрьск»)."""

    def matches(self, lemma: str) -> bool:
        return super().matches(lemma) and not lemma.endswith(_PLACE_ENDINGS)


_PLACE_ENDINGS = ("ский", "ская", "ское", "ские", "ск")
MONTHS = MonthNames(cues.MONTHS)
PERCENT_WORDS = CueSet(cues.PERCENT_WORDS)
SHARE_NOUNS = CueSet(cues.SHARE_NOUNS)
UNSOLVED = CueSet(cues.UNSOLVED)
QUANTITY_BEFORE = CueSet(cues.QUANTITY_BEFORE)
QUANTITY_AFTER = CueSet(cues.QUANTITY_AFTER)
THEIR = CueSet(cues.THEIR)
AGE_AFTER = CueSet(cues.AGE_AFTER)
AGE_BEFORE = CueSet(cues.AGE_BEFORE)
ARTICLE_WORDS = CueSet(cues.ARTICLE_WORDS)
PHONE_WORDS = CueSet(cues.PHONE_WORDS)
CONTACT_WORDS = CueSet(cues.CONTACT_WORDS)
REGISTERED = CueSet(cues.REGISTERED)
SOLVED = CueSet(cues.SOLVED)
SENT_TO_COURT = CueSet(cues.SENT_TO_COURT)
COURT_VERBS = CueSet(cues.COURT_VERBS)
SUSPECTS = CueSet(cues.SUSPECTS)
VICTIMS = CueSet(cues.VICTIMS)
COMPLAINED = CueSet(cues.COMPLAINED)
COMPLAINT_BODIES = CueSet(cues.COMPLAINT_BODIES)
PREVENTED = CueSet(cues.PREVENTED)
RECOVERED = CueSet(cues.RECOVERED)
OTHER_MONEY = CueSet(cues.OTHER_MONEY)
MISSPENT = CueSet(cues.MISSPENT)
TURNOVER = CueSet(cues.TURNOVER)
EARNINGS = CueSet(cues.EARNINGS)
DAMAGE = CueSet(cues.DAMAGE)
SINGLE = CueSet(cues.SINGLE)
OFFICIAL_TITLES = CueSet(cues.OFFICIAL_TITLES)
ONE_ENTITIES = CueSet(cues.ONE_ENTITIES)
SAYING = CueSet(cues.SAYING)
LIVING_VERBS = CueSet(cues.LIVING_VERBS)
OUTREACH_VERBS = CueSet(cues.OUTREACH_VERBS)
SAVED_VERBS = CueSet(cues.SAVED_VERBS)
SELF_BANS = CueSet(cues.SELF_BANS)
SIGNUP_VERBS = CueSet(cues.SIGNUP_VERBS)
COPULAS = CueSet(cues.COPULAS)
KIND_VERBS = CueSet(cues.KIND_VERBS)
SUPERLATIVE = CueSet(cues.SUPERLATIVE)
PLACE_WORDS = CueSet(cues.PLACE_WORDS)
STAFF_NOUNS = CueSet(cues.STAFF_NOUNS)
SUB_AREAS = CueSet(cues.SUB_AREAS)
NEARLY = CueSet(cues.NEARLY)
BLOCKED = CueSet(cues.BLOCKED)
ATTEMPT = CueSet(cues.ATTEMPT)
POTENTIAL = CueSet(cues.POTENTIAL)
KAZAKH_LOST = CueSet(cues.KAZAKH_LOST)
DEMANDS = CueSet(cues.DEMANDS)
RECEIVING = CueSet(cues.RECEIVING)
HANDOVER = CueSet(cues.HANDOVER)
VERDICT = CueSet(cues.VERDICT)
CLOSED_CASES = CueSet(cues.CLOSED_CASES)
CHECKS = CueSet(cues.CHECKS)
PER_PERIOD = CueSet(cues.PER_PERIOD)
AVERAGE = CueSet(cues.AVERAGE)
RATE_WORDS = CueSet(cues.RATE_WORDS)
POPULATION_NOUNS = CueSet(cues.POPULATION_NOUNS)
TERMS = CueSet(cues.TERMS)
MEASURES = CueSet(cues.MEASURES)
CASELOAD = CueSet(cues.CASELOAD)
#: Nouns that are not what a number counts: its scale words, «такого рода».
SCALE_NOUNS = CueSet(
    ("тысяча", "миллион", "миллиард", "триллион", "млн", "млрд", "тыс", "трлн", "род")
)
RANGE_WORDS = CueSet(("по", "до", "и", "-", "–", "—"))
COUNT_WORDS = CueSet(cues.COUNT_WORDS)
MONEY_WORDS = CueSet(cues.MONEY_WORDS)
SCHEME_WORDS = CueSet(cues.SCHEME_WORDS)
#: «таких», «подобных»: a pointer back to what the sentences before named.
ANAPHORIC = CueSet(cues.ANAPHORIC)
SCHEME_POINTERS = CueSet(cues.SCHEME_POINTERS)
WAY_NOUNS = CueSet(cues.WAY_NOUNS)
CHANGE_WORDS = CueSet(cues.CHANGE_WORDS)
CHANGE_VERBS = CueSet(cues.CHANGE_VERBS)
CHANGE = CueSet(cues.CHANGE_VERBS + cues.CHANGE_WORDS)
OTHER_CRIMES = CueSet(cues.OTHER_CRIMES)
ARREST = CueSet(cues.ARREST)
CALL_NOUNS = CueSet(cues.CALL_NOUNS)
ARREST_STORY = CueSet(cues.ARREST_STORY)
STATISTICS = CueSet(cues.STATISTICS)
INTERNET = CueSet(cues.INTERNET)
CYBER = CueSet(cues.CYBER)
#: The same, with the means that say a scope but decide no role (scopes only).
INTERNET_SCOPE = CueSet(cues.INTERNET + cues.INTERNET_MEANS)
CYBER_SCOPE = CueSet(cues.CYBER + cues.CYBER_MEANS)
FRAUD_NOUNS = CueSet(cues.FRAUD_NOUNS)
THEFT = CueSet(cues.THEFT_NOUNS)
SCOPE_POINTERS = CueSet(cues.SCOPE_POINTERS)
CRIME_NOUNS = CueSet(cues.CRIME_NOUNS)
#: Any word that names fraud or its doers («мошенничеств», «аферистов», «интернет-алаяқтар»).
FRAUD_NAMED = CueSet(
    cues.FRAUD_NOUNS + cues.FRAUD_TOPIC + ("интернет-мошенничеств*", "кибермошенничеств*")
)
MEANS_WORDS = CueSet(cues.MEANS_WORDS)
CONJUNCTIONS = CueSet(("и", "а", "және", "мен", "ал"))
ANTIFRAUD = CueSet(cues.ANTIFRAUD)
EVENT_NOUNS = CueSet(cues.EVENT_NOUNS)
EVERY = CueSet(cues.EVERY_WORDS)
SOME = CueSet(cues.SOME_WORDS)

AGGREGATE = CueSet(cues.AGGREGATE)
_SUMMED = CueSet(cues.SUMMED)


def summing_word(words: list[Word]) -> Word | None:
    """The first word of ``words`` that sums up («всего», which pymorphy reads as «весь», «в
    общей сложности», «итого»), not the «всего» of a superlative («чаще всего», «больше
    всего»); else None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> summing_word(words("Всего зарегистрировано")).text
    'Всего'
    >>> summing_word(words("Чаще всего мошенники звонят")) is None
    True
    """
    for k, w in enumerate(words):
        if _SUMMED.matches_word(w) and not (k and words[k - 1].pos == "COMP"):
            return w
    return None


FRAUD_WORDS = CueSet(cues.FRAUD_TOPIC + cues.FRAUD_NOUNS + cues.INTERNET + cues.CYBER)
CRIME_WORDS = CueSet(cues.CRIME_WORDS)
ALL_CRIME = CueSet(cues.ALL_CRIME)
ALL_REPORTS = CueSet(cues.ALL_REPORTS)
SEVERITY = CueSet(cues.SEVERITY)
NAMED_CRIMES = CueSet(cues.NAMED_CRIMES + cues.OTHER_CRIMES)
#: Any word that makes a text speak of an offence (fraud, crime, offenders, victims, theft).
OFFENCE = CueSet(
    cues.FRAUD_TOPIC
    + cues.FRAUD_NOUNS
    + cues.CYBER
    + cues.CRIME_WORDS
    + cues.NAMED_CRIMES
    + cues.OTHER_CRIMES
    + cues.OFFENDER_NOUNS
    + tuple(f"{prefix}*" for prefix in cues.FAKE_PREFIXES)  # «лжеинвестиции» too
    + cues.OFFENCE_WORDS
)


def points_back(words: list[Word], nouns: tuple[str, ...]) -> tuple[Word, Word] | None:
    """«это число», «этот показатель»: the demonstrative and the noun of ``nouns`` after it
    that point back to a number before, or None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [w.text for w in points_back(words("В 2022-м этот показатель был"), ("показатель",))]
    ['этот', 'показатель']
    >>> [w.text for w in points_back(words("Былтыр бұл көрсеткіш"), ("көрсеткіш*",))]
    ['бұл', 'көрсеткіш']
    """
    pointed = CueSet(nouns)  # «көрсеткіш*» in its Kazakh forms
    # Kazakh «бұл көрсеткіш», «осы сома»
    this = ("этот", "это", "бұл", "осы")
    return _first_pair(words, lambda w: w.lemma in this, pointed.matches_word)


def _first_pair(words: list[Word], first, second) -> tuple[Word, Word] | None:
    """The first two neighbouring words of which ``first`` holds for one, ``second`` for the next."""
    for a, b in pairwise(words):
        if first(a) and second(b):
            return a, b
    return None


#: Prefixes written solid with the noun they qualify: «киберхищений» is a theft («хищение»).
_SOLID_PREFIXES = ("кибер",)


def _solid_compound_head(low: str, cueset: CueSet) -> bool:
    """Whether a word written solid with a prefix of :data:`_SOLID_PREFIXES` has a cue for its
    head: «киберхищений», «киберкраж»."""
    prefix = next((p for p in _SOLID_PREFIXES if low.startswith(p)), None)
    return (
        prefix is not None
        and len(low) - len(prefix) > 3
        and cueset.matches(lemma(low[len(prefix) :]))
    )


def first_cue(cueset: CueSet, words: list[Word]) -> list[str]:
    """The first cue of ``cueset`` among ``words``, as a list of its text (empty if none).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> first_cue(SOLVED, words("раскрыто 40 дел")), first_cue(SOLVED, words("40 дел"))
    (['раскрыто'], [])
    """
    return [w.text for w in cueset.first_words(words)]


def person_noun(word: Word) -> bool:
    """A noun of persons: one of the cue table's (or a Kazakh demonym, «ақтөбелік»), or any
    animate Russian noun («оренбуржцев»)."""
    return PERSON_NOUNS.matches_word(word) or (
        word.animate and not OFFENDER_NOUNS.matches_word(word) and not ANIMALS.matches_word(word)
    )


def way_pointer(words: list[Word], *, thus: bool = False) -> list[str]:
    """A pointer back to the way (the scheme) just described: «этим способом», «по такой
    схеме», «осы тәсілмен»; with ``thus``, also «таким образом», which alone may only mean
    «thus». Empty if none.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> way_pointer(words("похищенная этим способом")), way_pointer(words("Таким образом, ущерб"))
    (['этим', 'способом'], [])
    >>> way_pointer(words("Таким образом было совершено"), thus=True)
    ['Таким', 'образом']
    """
    pair = _first_pair(
        words,
        SCHEME_POINTERS.matches_word,
        lambda w: WAY_NOUNS.matches_word(w) or (thus and w.lemma == "образ"),
    )
    return [w.text for w in pair] if pair else []


#: The phrases that open a part of the count before, longest first.
_PART_OPENERS = sorted((tuple(w.split()) for w in cues.SUBSET_WORDS), key=len, reverse=True)


def part_opener_at(lowered: list[str], k: int, *, one_word: bool = True) -> int:
    """How many words of a phrase opening a part («из них», «в том числе», «оның ішінде»,
    «оның») start at ``k`` of the lower-cased words ``lowered``, or 0; with ``one_word=False``
    only the phrases of several words count («оның» alone is also «his»).

    Examples
    --------
    >>> [part_opener_at(["всего", "в", "том", "числе", "12"], k) for k in range(3)]
    [0, 3, 0]
    """
    for phrase in _PART_OPENERS:
        if (one_word or len(phrase) > 1) and tuple(lowered[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0

"""Which noun after a count is the one it counts: not a Kazakh modifier before it
(«алаяқтық қоңырау»), not the means or pretext of a crime («путём звонков»), not a thing a
registration verb names before it («карт заблокировано 500»)."""

from __future__ import annotations

from .lemmas import KAZAKH_LETTERS, Word
from .matchers import (
    CASE_NOUNS,
    COUNT_WORDS,
    INCIDENT_NOUNS,
    REGISTERED,
    WAY_NOUNS,
    first_cue,
    person_noun,
)

#: Kazakh person nouns that, bare, modify the noun after them: «күдікті операция» (a
#: suspicious operation), «алаяқ қоңырау» (a fraudster's call).
_KK_MODIFIER_NOUNS = frozenset(("күдікті", "алаяқ"))

#: Kazakh nouns of a record (fact, case, episode), which a number counts and which modify no noun.
_KK_RECORDS = ("дерек", "дерег", "факті", "іс", "істер", "эпизод", "оқиға", "жағдай")


def without_kazakh_modifiers(words: list[Word]) -> list[Word]:
    """``words`` without a bare Kazakh person noun that modifies the word after it: «Күдікті
    қоңырау – 102» counts suspicious calls, not suspects; «Ұсталған күдікті – 5» keeps it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [w.text for w in without_kazakh_modifiers(words("Күдікті қоңырау"))]
    ['қоңырау']
    """
    return [
        w
        for k, w in enumerate(words)
        if not (k + 1 < len(words) and w.text.lower() in _KK_MODIFIER_NOUNS)
    ]


def _kazakh_modifier(low: str) -> bool:
    """A Kazakh crime noun, which may modify the noun after it («алаяқтық қоңырау»); not a
    Russian one («340 фактов звонков»: facts are counted) nor a record («340 дерек банк …»)."""
    return bool(KAZAKH_LETTERS.search(low)) and not low.startswith(_KK_RECORDS)


def modifies_next(nouns: list[Word], k: int) -> bool:
    """Whether the Kazakh noun ``nouns[k]`` after a count modifies the counted noun right after
    it: «алаяқтық қоңырау», «күдікті операция» (a crime noun or «күдікті», «алаяқ» before a
    noun of things or incidents). Not a record noun («340 дерек банк қызметкері атынан»: the
    facts are counted), a Russian case noun («340 фактов звонков»), nor across a number («843
    алаяқтықтың 340-ы қоңырау арқылы»: of the 843, 340)."""
    noun = nouns[k]
    modifier = CASE_NOUNS.matches_word(noun) and _kazakh_modifier(noun.text.lower())
    adjacent = k + 1 < len(nouns) and nouns[k + 1].start - noun.end < 3
    return (
        adjacent
        and (modifier or noun.text.lower() in _KK_MODIFIER_NOUNS)
        and (COUNT_WORDS.matches_word(nouns[k + 1]) or INCIDENT_NOUNS.matches_word(nouns[k + 1]))
    )


def modifies_noun_after(words: list[Word], k: int) -> bool:
    """Whether the adjective or participle ``words[k]`` goes with the noun after it, in
    number: «пострадавших организаций», not «Среди 12 пострадавших большинство». The Russian
    side of :func:`modifies_next`: the noun after it is what a count before it counts.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> modifies_noun_after(words("пострадавших организаций"), 0)
    True
    >>> modifies_noun_after(words("пострадавших большинство"), 0)
    False
    """
    word, nxt = words[k], words[k + 1] if k + 1 < len(words) else None
    if word.pos not in ("ADJF", "PRTF") or nxt is None or nxt.pos != "NOUN":
        return False
    return not word.plural or nxt.maybe_plural


def head_past_a_complement(words: list[Word]) -> Word | None:
    """The persons' noun a count counts past a participle and its complement: «90 причастных
    к этим преступлениям лиц» counts «лиц» (not the crimes the participle names); else None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> head_past_a_complement(words("причастных к этим преступлениям лиц")).text
    'лиц'
    >>> head_past_a_complement(words("причастных к мошенничеству")) is None
    True
    """
    if len(words) < 3 or words[0].pos not in ("ADJF", "PRTF") or words[1].pos != "PREP":
        return None
    return next((w for w in words[2:6] if w.maybe_plural and person_noun(w)), None)


#: Words after which a noun is the means a crime was done by, not a thing counted.
_MEANS_OPENERS = frozenset(("путем", "путём", "посредством", "через"))


def means_or_pretext(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` opens the means or the pretext of a crime: «путём звонков», «через
    мессенджеры», «с помощью …», «с использованием …», «под видом …», «под предлогом …», «по
    схеме …»."""
    text, following = words[k].text.lower(), words[k + 1].lemma if k + 1 < len(words) else ""
    return (
        text in _MEANS_OPENERS
        or (text == "под" and following in ("вид", "предлог"))
        or (text in ("с", "со") and following in ("помощь", "использование"))
        or (text == "по" and WAY_NOUNS.matches(following))
    )


def thing_registered(before: list[Word]) -> Word | None:
    """The plural noun, of things that are not cases, that a registration verb right before a
    count has before it: «таких операций было выявлено 362 тыс.», «карт заблокировано 500»;
    not one a preposition or a noun governs («с использованием банковских карт»)."""
    k = len(before) - 1
    while k >= 0 and before[k].pos in ("VERB", "PRTS", "INFN", "ADVB", "PRCL"):
        k -= 1
    if k == len(before) - 1 or not first_cue(REGISTERED, before[k + 1 :]):
        return None
    if k < 0 or before[k].pos != "NOUN" or not before[k].plural:
        return None
    noun, k = before[k], k - 1
    while k >= 0 and before[k].pos in ("ADJF", "PRTF"):
        k -= 1
    governed = k >= 0 and (
        before[k].pos == "PREP" or (before[k].pos == "NOUN" and k and before[k - 1].pos == "PREP")
    )
    if governed:
        return None
    return noun if COUNT_WORDS.matches_word(noun) else None

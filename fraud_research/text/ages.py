"""Ages: a number of years that is someone's age, not a span of time or a date: «в возрасте 25
лет», «67-ми лет», «пенсионерка 80 лет», «Главе ведомства 42 года», «житель Рудного, 45 лет, …»."""

from __future__ import annotations

import re

from .context import NumberContext
from .lemmas import Word, may_be_someone_in_dative
from .matchers import AGE_AFTER, AGE_BEFORE, VICTIM_GROUPS, first_cue

__all__ = ["age_role"]


def age_role(
    ctx: NumberContext, nxt: Word | None, prev: Word | None
) -> tuple[str, list[str]] | None:
    """``("age", cue words)`` when the number is someone's age, else None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Студент, ему 19 лет, продал карту")
    >>> age_role(NumberContext("19", 13, 15, 19, None, False, before=ws[1:2], after=ws[2:3],
    ...                        sentence=ws), ws[2], ws[1])
    ('age', ['ему', 'лет'])
    """
    if ctx.scaled or not isinstance(ctx.value, int) or ctx.value > 120:
        return None
    # «в возрасте (до) 25 лет»: an age word before the number, a bound word allowed between
    age_before = (
        first_cue(AGE_BEFORE, ctx.before[-2:])
        if ctx.start - 25 < (ctx.before[-1].end if ctx.before else -1)
        else []
    )
    glued = _AGE_ENDING_RE.match(ctx.char_after)  # «67-ми лет», «55-ти лет»: an age's ending
    if glued:
        return "age", [glued.group(1)]
    # «подростков 14-15 лет»: the lower end
    upper = _AGE_RANGE_RE.match(ctx.char_after) if ctx.char_after[:2].strip()[:1] in "-–—" else None
    if upper and (age_before or _of_persons(ctx.before[-2:])):
        return "age", [upper.group(1)]
    whose = _years_of_someone(ctx, nxt)
    if whose:
        return "age", whose
    if nxt is not None and AGE_AFTER.matches_word(nxt):
        older = first_cue(AGE_BEFORE, ctx.after[1:4])  # «от 60 лет и старше»
        told = _age_told(ctx)
        persons = _set_off_after(ctx)
        if [w.text.lower() for w in ctx.before] in (["ему"], ["ей"]) and len(ctx.after) == 1:
            return "age", [ctx.before[0].text, nxt.text]  # «Студент, ему 19 лет, …»
        # «ответственность с 16 лет»: from an age on
        since = [prev.text] if prev is not None and prev.text.lower() in ("с", "со") else []
        if nxt.lemma in ("лет", "год") and not (
            age_before or older or told or since or _of_persons(ctx.before[-2:] or persons)
        ):
            return None
        return "age", [nxt.text] + older + told + since
    if nxt is not None and nxt.lemma == "год" and len(ctx.after) == 1:
        person = _of_persons(_set_off_after(ctx))
        if person:
            return "age", person + [nxt.text]  # «Инженер из Магнитогорска, 52 года, перевёл …»
    if age_before:
        return "age", age_before
    if prev is not None and prev.text.lower() == "лет" and _of_persons(ctx.before[-2:-1]):
        return "age", [prev.text]  # «женщина лет 60»: an age, said roughly
    if nxt is not None and nxt.lemma == "год" and ctx.char_before.rstrip().endswith("("):
        # «жительница Тараза (62 года)», «мужчина (41 год)»: a person's age in brackets
        return ("age", [nxt.text]) if _of_persons(ctx.before[-2:]) else None
    return None


def _years_of_someone(ctx: NumberContext, nxt: Word | None) -> list[str]:
    """«Главе ведомства Евгению Полупанову 42 года.», «Самой пожилой потерпевшей было 84 года»:
    a clause of its own that gives someone (a person's noun or name, no verb or preposition but
    «было» or «исполнилось» right before the years) a number of years: an age."""
    if nxt is None or nxt.lemma not in ("год", "лет") or len(ctx.after) != 1 or not ctx.before:
        return []
    # «Самой пожилой потерпевшей было 84 года»: «было» or «исполнилось» right before the years
    verb = ctx.before[-1].lemma in _AGE_VERBS
    clause = ctx.before[: -1 if verb else None]
    if any(w.pos in _NOT_OF_A_PERSON and not may_be_someone_in_dative(w.text) for w in clause):
        return []
    if ctx.sentence[:1] != ctx.before[:1]:
        return []  # the clause opens its sentence
    person = next((w for w in ctx.before if may_be_someone_in_dative(w.text)), None)
    return [person.text, nxt.text] if person is not None else []


#: Verbs that give someone their years («было», «исполнилось»).
_AGE_VERBS = frozenset(("быть", "исполниться"))

#: Parts of speech that make the words before a number of years no person's: a verb, a
#: preposition («за 5 лет»), a numeral.
_NOT_OF_A_PERSON = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP", "NUMR", "ADVB"))


#: Words before a number of years that make them a span of time, not an age («за 5 лет»).
_SPAN_BEFORE = frozenset(("за", "через", "на", "в", "течение", "последний", "ближайший"))


def _age_told(ctx: NumberContext) -> list[str]:
    """«Средний возраст пострадавших … составил 48 лет (50 лет среди женщин)»: its sentence
    speaks of an age before the number, and no word of a span of time stands beside it
    («за 5 лет», «5 лет назад»)."""
    if ctx.before and ctx.before[-1].lemma in _SPAN_BEFORE:
        return []
    if len(ctx.after) > 1 and ctx.after[1].lemma in ("назад", "спустя", "подряд"):
        return []
    return [w.text for w in ctx.sentence if w.end <= ctx.start and w.lemma == "возраст"][:1]


def _set_off_after(ctx: NumberContext) -> list[Word]:
    """The last words before the comma a number of years is set off by, a place said with «из»
    aside: «Престарелая женщина, 70 лет, …», «житель Рудного, 45 лет, …», «Инженер из
    Магнитогорска, 52 года, …» (whose years they are); ``[]`` when no comma sets it off."""
    if ctx.before or not ctx.char_before.rstrip().endswith(","):
        return []
    words = ctx.sentence_before[-4:]
    if len(words) >= 2 and words[-2].text.lower() == "из" and words[-1].text[:1].isupper():
        words = words[:-2]
    return words[-2:]


def _of_persons(before: list[Word]) -> list[str]:
    """«детей до 13 лет», «подростков 14-15 лет», «кому исполнилось 60 лет»: years of persons;
    «Жительница Череповца 78 лет», «пенсионерка 80 лет»: of one person, a place's name allowed
    between."""
    for k, w in enumerate(reversed(before)):
        # «молодежь от 25 лет»: a group of persons pymorphy3 does not mark animate
        persons = w.animate or VICTIM_GROUPS.matches_word(w)
        if w.lemma == "исполниться" or (persons and (w.plural or k <= 1)):
            return [w.text]
        place = k == 0 and w.text[:1].isupper() and not w.animate  # «Череповца»
        if w.lemma not in ("до", "от", "с") and not place:
            return []
    return []


_AGE_RANGE_RE = re.compile(r"\s?[–—-]\s?\d{1,3}\s+(лет|жас\w*)\b")
_AGE_ENDING_RE = re.compile(r"-(?:ти|ми|х|и|ух|ех)\s+(лет)\b")

"""Words that make an amount of money one victim's or one case's loss outright: «у 67-летней
жительницы», «один из студентов», «с его счёта», «максимальная сумма» (see :func:`one_victim`),
«ущерб государству» (see :func:`the_state_lost`).
"""

from __future__ import annotations

from . import cues
from .lemmas import (
    Word,
    genitive_number,
    is_modifier,
    only_dative,
)
from .matchers import (
    CASE_NOUNS,
    COPULAS,
    CYBER,
    DAMAGE,
    DEMANDS,
    INTERNET,
    MONEY_WORDS,
    ONE_ENTITIES,
    RECEIVING,
    SUPERLATIVE,
    person_noun,
)
from .whose_loss import (
    a_loss_reached_it,
    aggregate_cues,
    ranks_months_or_places,
)
from .word_numbers import age_value

__all__ = ["one_victim", "the_state_lost"]


def _after_modifiers(words: list[Word]) -> Word | None:
    """The first word after singular adjectives or participles («пожилой», «75-летней»)."""
    for w in words:
        if not is_modifier(w.text) or w.plural:
            return w
    return None


def one_victim(words: list[Word]) -> list[str]:
    """Words that name one victim's or one case's loss outright.

    «один человек», «одного мошенничества», «за один раз» (the number word «один» with a
    noun of a person, a case or a time), a person of a given age («67-летней жительницы»)
    and a superlative before a money noun
    («максимальная сумма», «самый крупный ущерб»).
    """
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if w.lemma in _KEPT and any(x.text.lower() == "дома" for x in words[max(k - 2, 0) : k + 2]):
            return [w.text]  # «дома хранятся деньги — больше 200 тысяч»: one household's
        aged = w.lemma == "летний" or age_value(w.text) is not None  # «девятилетнюю школьницу»
        if aged and person_noun(nxt) and not nxt.plural:
            return [w.text, nxt.text]  # «у 67-летней жительницы»: one person of a given age
        if w.text.lower() == "у" or (w.text.lower() == "от" and _taken_from(words[:k])):
            person = _after_modifiers(words[k + 1 : k + 4])
            if (
                person is not None
                and person_noun(person)
                and genitive_number(person.text) == "sing"
                # not «у 21 жителя края похищено 78 млн»: a singular after a number is a group
                and not person.counted
            ):
                # «у хозяйки пропало 54 тысячи», «похитили у пожилой волгоградки», «требовали от
                # пенсионерки перевести 500 тысяч»
                return [w.text, person.text]
        if _one_owners_account(words, k):
            return [w.text, nxt.text]  # «с его счёта тут же списали 30 тысяч»: one owner's
        if _each_case(words, k):
            return [words[k - 1].text, w.text]  # «ущерб по каждому составил от 30 до 90 тысяч»
        if w.lemma == "один" and nxt.lemma == "из" and k + 2 < len(words):
            # «в одном из случаев», «одна из жительниц», «один из московских старшеклассников»
            nxt = next((v for v in words[k + 2 : k + 5] if v.pos == "NOUN"), words[k + 2])
        elif w.lemma == "один" and not CASE_NOUNS.matches_word(nxt):
            nxt = _after_modifiers(words[k + 1 : k + 4]) or nxt  # «по одному уголовному делу»
        # «Один из самых крупных ущербов – 21 млн»: one of the losses
        one_of_the_losses = words[k + 1].lemma == "из" and DAMAGE.matches_word(nxt)
        if w.lemma == "один" and (
            person_noun(nxt)
            or CASE_NOUNS.matches_word(nxt)
            or nxt.lemma == "раз"
            or one_of_the_losses
        ):
            return [w.text, nxt.text]
        entity = _after_modifiers(words[k + 1 : k + 4]) if w.lemma == "один" else None
        if entity is not None and ONE_ENTITIES.matches_word(entity):
            return [w.text, entity.text]  # «ущерб только от одной финансовой пирамиды»
        if SUPERLATIVE.matches_word(w) and not ranks_months_or_places(words):
            # not «Максимальный ущерб отмечен в октябре» (a month) nor «сахалинцы отдали
            # рекордную сумму» (a record total), but «Самой рекордной суммой в регионе стали 30
            # миллионов» (the record named as such: one loss, whatever the sentence counts)
            money = MONEY_WORDS.first(words[k + 1 : k + 3])
            named = COPULAS.first(words[k + 1 : k + 6]) is not None
            # «Наибольшая разовая потеря за неделю составила 8,5 млн»: one loss, said so
            named = named or any(w.lemma in _ONE_OFF for w in words[k + 1 : k + 3])
            if money is not None and (named or not aggregate_cues(words)):
                if not a_loss_reached_it(words, k):
                    return [w.text, money.text]
    return []


def the_state_lost(words: list[Word]) -> list[str]:
    """The state or a budget in the dative beside a loss noun: «общий ущерб государству по
    выявленным эпизодам составил 271 миллион», «нанесли ущерб бюджету», «Ущерб, причиненный
    семейному бюджету». Subsidies, procurement or one family's means: one case's loss, not
    the victims' of internet fraud (so not when the clause speaks of the internet or cybercrime).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> the_state_lost(words("общий ущерб государству составил"))
    ['государству']
    >>> the_state_lost(words("ущерб государству от интернет-мошенничества составил"))
    []
    """
    if INTERNET.first(words) or CYBER.first(words):
        return []
    for k, w in enumerate(words):
        if w.lemma in _STATE and only_dative(w.text):
            if any(x.lemma in cues.LOSS_NOUNS for x in words[max(0, k - 3) : k + 3]):
                return [w.text]
    return []


#: Who loses in subsidy, procurement or tax cases: the state, a budget.
_STATE = ("государство", "бюджет")


def _one_owners_account(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is a possessive of one owner before an account it is taken from:
    «с его счёта», «с её карты», «со своего счёта» (not «со своих счетов», many owners')."""
    return (
        k > 0
        and words[k - 1].text.lower() in ("с", "со")
        and words[k].text.lower() in _ONE_OWNER
        and k + 1 < len(words)
        and words[k + 1].lemma in cues.ACCOUNT_WORDS
    )


def _each_case(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is «каждый» naming each case a loss is told of: «ущерб по каждому
    (факту) составил», «в каждом случае потерпевшие лишились»; not «По каждому факту возбуждено
    уголовное дело, ущерб превысил …» (the cases, not the loss), nor «на каждого жителя» (a rate).
    """
    if words[k].lemma != "каждый" or k == 0:
        return False
    before = words[k - 1].text.lower()
    nxt = words[k + 1] if k + 1 < len(words) else None
    if before == "в":
        return nxt is not None and (
            CASE_NOUNS.matches_word(nxt) or nxt.lemma in ("случай", "эпизод")
        )
    return before == "по" and DAMAGE.first(words[max(k - 3, 0) : k - 1]) is not None


#: Possessives of one owner: «его», «её», «своего», «своей».
_ONE_OWNER = frozenset(("его", "её", "ее", "своего", "своей"))


#: Verbs of money kept («дома хранятся деньги», «хранила дома»).
_KEPT = ("хранить", "храниться", "лежать")


#: Words of a single payment or loss («разовая потеря», «единовременный перевод»).
_ONE_OFF = ("разовый", "единовременный")


def _taken_from(before: list[Word]) -> bool:
    """A verb of taking or demanding right before «от»: «требовали от пенсионерки», «получили от
    жительницы»; not «звонок от сотрудника банка» (a scheme's name)."""
    return bool(before) and (
        DAMAGE.matches_word(before[-1])
        or DEMANDS.matches_word(before[-1])
        or RECEIVING.matches_word(before[-1])
    )

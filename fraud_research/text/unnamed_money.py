"""A scaled number that is money though no currency names it: «Вернуть удалось 18 млн», «ущерб
составил 2,1 млрд тенге против 1,7 млрд годом ранее»; not a count («765 тысяч
киберпреступлений», «заблокировано 44 млн звонков»)."""

from __future__ import annotations

from . import cues
from .amounts import scale_of
from .bound_words import KAZAKH_GENITIVE
from .context import NumberContext, before_particles, neighbours, summed_in_brackets
from .currency_words import currency_of
from .lemmas import Word, lemma_is_verb, may_be_counted_after_a_scale
from .matchers import (
    CASE_NOUNS,
    DAMAGE,
    MONEY_WORDS,
    PERSON_NOUNS,
    PREVENTED,
    RECOVERED,
    REGISTERED,
    TIME_UNITS,
    first_cue,
)
from .money_role import told_as_part, without_subset_words
from .role_names import MONEY_ROLES


def _counted_noun(after: list[Word]) -> Word | None:
    """The noun a number counts: the first noun after it, adjectives between, before any
    preposition («44 млн сомнительных звонков»; none in «18 млн из них»)."""
    for w in after:
        if w.lemma in cues.PREPOSITIONS:
            return None
        if w.pos == "NOUN":
            # a count of thousands counts a plural: «300 тысяч сотруднику банка» sends money
            # to someone
            counted = (w.plural or w.maybe_plural) and may_be_counted_after_a_scale(w.text)
            return w if counted else None
    return None


def _count_subject(before: list[Word]) -> bool:
    """Whether the clause before a number is of a count: «количество … вызовов достигало»."""
    return any(w.lemma in cues.HOW_MANY for w in before)


#: Nouns of money a scaled number may name after it: «кредитные средства», «деньги».
_FUNDS = ("средство", "деньги", "сбережение", "накопление")


def money_without_currency(ctx: NumberContext) -> bool:
    """A scaled number of 100 000 or more that is money though no currency follows it.

    A money word in its sentence, or a verb of returning, blocking or losing before it
    that does not count a noun after it («Вернуть удалось 18 млн», not «заблокировано 44 млн
    звонков»).
    """
    # a vague amount («десятки миллионов», «миллионами») has no value: its scale word sizes it
    size = ctx.value
    if size is None and ctx.raw:
        size = scale_of(ctx.raw.split()[-1])
    # «На 144 тысячи уговорили раскошелиться … пенсионерку»: the sum of a loss verb after it
    onto = ctx.before[-1:] and ctx.before[-1].text.lower() == "на"
    if ctx.scaled and onto and first_cue(DAMAGE, ctx.own_after[:3]):
        return True
    if ctx.scaled and 0 < (size or 0) < 100_000:
        # «Одна потеряла 18 тыс., а вторая - 20 тыс. рублей»: lost, the currency printed once
        head = before_particles(ctx.before)[-3:]
        later = ctx.sentence_after[:6]
        # «перевела порядка 3 тысяч своей сестре»: handed over, and no noun it counts
        counted = _counted_noun(ctx.own_after[:3]) is not None
        named = any(currency_of(w.text) for w in later)
        # «Студент потерял 85 тысяч, оплатив аренду»: its clause ends with it, so a sum (not
        # «похитил 1 тысячу 536,51 тонны»: a number goes on)
        ends = ctx.char_after.lstrip()[:1] in ("", ",", ".", ";", ":", "!", "?", ")")
        return bool(first_cue(DAMAGE, head)) and (
            named or (bool(ctx.own_after) or ends) and not counted
        )
    if not (ctx.scaled and (size or 0) >= 100_000):
        return False
    nxt, _ = neighbours(ctx)
    if nxt is not None and nxt.pos in ("ADJF", "PRTF") and len(ctx.after) > 1:
        nxt = ctx.after[1]  # «1,17 млн успешных операций»: the noun after its adjective
    # «2 миллионнан астам әлеуетті салымшылардың»: persons in the Kazakh genitive are counted
    persons = next((w for w in ctx.after[:2] if PERSON_NOUNS.matches_word(w)), None)
    if persons is not None and persons.text.lower().endswith(KAZAKH_GENITIVE):
        return False
    own_noun = nxt is not None and nxt.pos == "NOUN" and not MONEY_WORDS.matches_word(nxt)
    own_noun = own_noun and (nxt.plural or nxt.maybe_plural)  # not «300 тысяч сотруднику»
    # not «украл у нее 200 тысяч мелкими транзакциями»: the instrumental is no counted noun
    own_noun = own_noun and may_be_counted_after_a_scale(nxt.text)
    if own_noun and nxt.lemma not in _FUNDS:  # «120 млн – кредитные средства»: money
        if not PERSON_NOUNS.matches_word(nxt):
            return False  # «34,8 млн попыток похитить деньги»: a count of attempts, not money
    # «число киберпреступлений превысило 765 тысяч», «их зафиксировано 877 тыс.»; «количество»
    # anywhere before it in the sentence («количество операций … снизилось на 15,31% до 877 тысяч»:
    # the clause starts after the percent)
    counted = any(
        CASE_NOUNS.matches_word(w) or REGISTERED.matches_word(w) for w in ctx.before
    ) or any(
        # «Больше всего мошеннических операций пришлось на карты (984,77 тысячи)»: operations
        w.lemma in ("число", "количество", "операция", "транзакция")
        for w in without_subset_words(ctx.before + ctx.sentence_before)
    )
    # a money word before it nearer than a count's word; after it, only when nothing before it
    # counts cases («Их совершено порядка 680 тыс., а ущерб превысил 156 млрд»: crimes)
    if _money_word_nearer(ctx) or (first_cue(MONEY_WORDS, ctx.sentence) and not counted):
        return True
    # «500 млн тенге, из них 120 млн возвращено»: a part of the amount before; at a sentence's
    # start, of the amount told last («Ущерб составил 900 млн. Из них 300 млн возвращено»)
    whole = ctx.previous or ctx.last_money
    if told_as_part(ctx) and whole in MONEY_ROLES and not counted:
        return True
    told = ctx.story + ctx.sentence_before
    if not (ctx.after or counted) and ctx.last_money and any(currency_of(w.text) for w in told):
        # «… сохранили 180 млрд рублей. По итогам 2023 года — 300 млрд.», «передано 445
        # миллионов рублей, фактически полмиллиарда»
        return True
    head = before_particles(ctx.before)[-4:]  # «сняли с банковских карт более 3,5 млрд»
    verb = first_cue(RECOVERED, head) or first_cue(PREVENTED, head) or first_cue(DAMAGE, head)
    # not «количество заблокированных вызовов достигало одного млн»: a count told before it
    if verb and _counted_noun(ctx.after[:3]) is None and not _count_subject(ctx.before):
        return True
    if _next_in_a_series_of_sums(ctx) and not counted:
        return True
    # «лишились 120 млн тенге, но 45 млн удалось заблокировать»: money kept, after money
    after = ctx.after[:2]
    if ctx.previous in MONEY_ROLES and (first_cue(PREVENTED, after) or first_cue(RECOVERED, after)):
        return True
    # «Более 486 миллионов отдали сахалинцы мошенникам»: a verb of losing right after it
    nxt, _ = neighbours(ctx)
    return nxt is not None and DAMAGE.matches_word(nxt) and lemma_is_verb(nxt)


def _next_in_a_series_of_sums(ctx: NumberContext) -> bool:
    """«передал курьеру 9,3 млн руб, в следующий раз 11 млн, потом 1,4 млн и затем ещё 21 млн»:
    a scaled number after an amount of money in its sentence, with no noun of its own before or
    after it (up to the next number), is the next sum of the series."""
    if ctx.previous not in MONEY_ROLES or not ctx.scaled:
        return False
    if any(w.pos == "NOUN" for w in ctx.before):
        return False
    return not ctx.own_after or _counted_noun(ctx.own_after[:3]) is None


def _money_word_nearer(ctx: NumberContext) -> bool:
    """Whether the nearest of a money word («ущерб», «сумма», «объём») and a count's word
    («количество», «фактов», «зарегистрировано») before the number in its sentence is the money
    word: «объём операций составил 6,42 млрд рублей, количество таких операций — 576,6 тыс.» (a
    count), «по объёму хищений средств … 1,57 млрд» (money: the noun after «объём» is its own)."""
    kinds = []
    for w in ctx.sentence_before:
        if MONEY_WORDS.matches_word(w) or w.lemma == "объем":
            kinds.append("money")
        elif w.lemma in cues.HOW_MANY or REGISTERED.matches_word(w):
            kinds.append("count")
        elif CASE_NOUNS.matches_word(w) and kinds[-1:] != ["money"]:
            kinds.append("count")
    return kinds[-1:] == ["money"]


def money_set_against(ctx: NumberContext) -> bool:
    """A scaled number with no currency set against an amount of money before it: «ущерб
    составил 2,1 млрд тенге против 1,7 млрд годом ранее» (the same amount, another period)."""
    if not (ctx.scaled and ctx.previous in MONEY_ROLES and ctx.before):
        return False
    nxt = ctx.after[0] if ctx.after else None
    counted = nxt is not None and nxt.pos == "NOUN" and not TIME_UNITS.matches_word(nxt)
    return ctx.before[-1].text.lower() == "против" and not counted and not summed_in_brackets(ctx)

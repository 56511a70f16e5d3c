"""Money that is a price, a fee, a fine or a limit, not a loss: «препарат стоимостью 420 тысяч»,
«штраф 50 МРП», «кредитный лимит 300 тысяч», «весь «Народный бюджет» … составляет 44 млн».

The words are :data:`fraud_research.text.cues.OTHER_MONEY`. The value of what was stolen
(«стоимость украденного»), a loss exceeding a sum («ущерб, превышающий …») and a price the next
sentence says was handed over («… передала указанную сумму») stay losses.
"""

from __future__ import annotations

from .context import NumberContext, before_particles
from .earnings import fraudsters_earnings
from .lemmas import Word, lemma_is_verb
from .matchers import DAMAGE, KAZAKH_LOST, MISSPENT, OTHER_MONEY, RECOVERED, first_cue
from .one_victim import the_state_lost
from .unrealised import negated

__all__ = ["price_or_limit"]


def price_or_limit(ctx: NumberContext, before_number: list[Word]) -> tuple[str, list[str]] | None:
    """``("other", cues)`` for a price, a fine or a limit; ``("single_case_loss", cues)`` for
    a price the next sentence says was handed over; None when the amount is neither.

    ``before_number`` holds the words of the amount's sentence before it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("препарат стоимостью")
    >>> price_or_limit(NumberContext("420 тысяч", 20, 29, 420_000, "RUB", True, before=ws,
    ...                              sentence=ws), ws)
    ('other', ['стоимостью'])
    """
    window = _price_window(ctx)
    found = (
        first_cue(OTHER_MONEY, window)
        or first_cue(MISSPENT, ctx.before[-4:])
        or _subject_of_the_copula(ctx, before_number)
    )
    # not «показатель не доходил и до миллиарда»: a value not reached bounds it, prices nothing
    if (
        not found
        or _loss_exceeding(before_number)
        or negated(window, OTHER_MONEY)
        or _value_of_the_stolen(window)
        or fraudsters_earnings(window)  # «доходы кибермошенников»: their victims' loss
        or the_state_lost(window)  # «нанесли ущерб бюджету»: a loss, not a budget's size
        or _recovered_by_it(window, found)
        # «пәтер сатып аламын деп 9 млн теңгесінен айырылған»: a Kazakh verb of losing after it
        or first_cue(KAZAKH_LOST, ctx.own_after[:3])
    ):
        return None
    paid = _paid_after(ctx.following)
    return ("single_case_loss", found + paid) if paid else ("other", found)


#: Words that point back at a sum just told («указанную сумму», «эти деньги»).
_THAT_SUM = ("указанный", "данный", "этот", "названный")


def _recovered_by_it(window: list[Word], found: list[str]) -> bool:
    """Whether a verb of recovering comes before the word of other money, which then names the
    means: «Возмещено с помощью арестованного имущества всего 200 миллионов» is recovered."""
    first = next((k for k, w in enumerate(window) if w.text == found[0]), len(window))
    return bool(first_cue(RECOVERED, window[:first]))


def _loss_exceeding(before: list[Word]) -> bool:
    """«ущерб, превышающий сотни миллиардов»: a loss at least this large, not a threshold
    («на сумму, превышающую 589 800 тенге»)."""
    for k in range(len(before) - 1, max(0, len(before) - 4), -1):
        if before[k].text.lower().startswith("превышающ"):
            return DAMAGE.matches_word(before[k - 1]) and before[k - 1].lemma != "сумма"
    return False


def _value_of_the_stolen(window: list[Word]) -> bool:
    """«Общая стоимость украденного у него металла составила 14,8 млн», «Пенсионерка отдала
    аферистам часы стоимостью более 27 миллионов»: the value of what was stolen or handed over
    is the loss, not a price."""
    for k, w in enumerate(window):
        if w.lemma == "стоимость":
            handed = any(
                x.pos == "VERB" and DAMAGE.matches_word(x) for x in window[max(0, k - 4) : k]
            )
            return handed or any(DAMAGE.matches_word(x) for x in window[k + 1 : k + 3])
    return False


def _paid_after(following: list[Word]) -> list[str]:
    """«… препаратом стоимостью 420 тысяч рублей. После этого приехал курьер, которому заявительница
    передала указанную сумму»: a price the next sentence says was handed over is the loss."""
    for k, w in enumerate(following[:-2]):
        if w.pos == "VERB" and DAMAGE.matches_word(w):
            that, noun = following[k + 1 : k + 3]
            if that.lemma in _THAT_SUM and noun.lemma in ("сумма", "деньга", "деньги"):
                return [w.text, that.text, noun.text]
    return []


def _subject_of_the_copula(ctx: NumberContext, before_number: list[Word]) -> list[str]:
    """«весь «Народный бюджет», благодаря которому в Вологде ремонтируют стадионы …, составляет
    44 млн рублей»: a noun of money that is no loss, the subject of «составляет» however far
    back, when no word of a loss stands in the sentence before the amount."""
    if not ctx.before or ctx.before[-1].lemma not in ("составлять", "составить"):
        return []
    if first_cue(DAMAGE, before_number):
        return []
    return first_cue(OTHER_MONEY, [w for w in before_number if w.pos == "NOUN"])


#: Words that join the last item of a list to the ones before it («, а также более 72 млн»).
_LIST_JOINERS = frozenset(("а", "и", "также", "еще", "ещё"))


def _price_window(ctx: NumberContext) -> list[Word]:
    """The words that may make an amount a price, a fine or a limit instead of a loss.

    A verb of losing right before the amount is nearer than a word of buying after it
    («потеряла 4,5 тысячи рублей при покупке коляски» is a loss): then only the words
    between that verb and the amount count.
    """
    before = ctx.before[-6:]
    joined = before_particles(before)  # the bound words before the number («более») aside
    told = ctx.sentence_before
    verbs = [k for k, w in enumerate(told) if w.pos in ("VERB", "PRTS")]
    # «изъяты 40 SIM-карт, 9 телефонов и 2,7 млн»: only counted things and joiners since the verb
    # («изъяты 140 SIM-карт, 62 банковские карты, 9 ноутбуков и 4,5 млн»: their words too)
    listed = bool(verbs) and any(w.counted for w in told[verbs[-1] + 1 :])
    if (joined and all(w.lemma in _LIST_JOINERS for w in joined)) or (
        listed and joined[-1:] and joined[-1].lemma in _LIST_JOINERS
    ):
        # «изъяли более 100 телефонов, 240 карт, а также более 72 млн рублей»: the last item
        # of a list is governed by the verb the list began with
        before = told[verbs[-1] :] if verbs else told[-8:]
    means = [k for k, w in enumerate(before) if w.text.lower() == "арқылы"]
    if means:
        # «жалған сатып алу арқылы 91 млн теңгені жымқырды»: what comes before «арқылы» (by
        # means of) is how the money was taken, not what it paid for
        before = before[means[-1] + 1 :]
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        # not «шоттарды … бергені үшін 350 долларға дейін сыйақы алған»: a verb before «үшін»
        # (for) is what the money paid for
        purpose = k + 1 < len(before) and before[k + 1].text.lower() == "үшін"
        if DAMAGE.matches_word(before[k]) and lemma_is_verb(before[k]) and not purpose:
            return before[k + 1 :]
    # «лишилась денег и имущества на общую сумму 3,3 миллиона»: what was lost, a total sum of it
    lost = any(w.pos == "VERB" and DAMAGE.matches_word(w) for w in ctx.before[-8:])
    if lost and [w.lemma for w in before[-2:]] == ["общий", "сумма"]:
        return before[-3:]
    after = ctx.after[:3]
    measure = next((k for k, w in enumerate(after) if w.text.lower() in _IN_THE_AMOUNT_OF), None)
    if measure is not None:
        # «9700 АҚШ доллары көлемінде жалған банкноттарды»: what the amount measures follows
        after = ctx.after[: measure + 4]
    return before + after


#: Kazakh «in the amount of»: the words after it name what the amount measures.
_IN_THE_AMOUNT_OF = ("көлемінде", "мөлшерінде", "көлемдегі", "мөлшердегі")

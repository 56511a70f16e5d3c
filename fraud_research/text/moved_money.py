"""Money moved, not lost: what passed through droppers' accounts, what was cashed out or laundered.

«Задержан дроппер, через счета которого прошло 45 млн тенге», «обналичивание похищенных
средств на 1,7 млрд», Kazakh «дропперлердің шоттары арқылы 45 млн теңге өткен»: a sum that
moved through accounts may hold many victims' money or none, and a part of it may be the
droppers' own. It is no region's damage and no one victim's loss; the corpus labels it
``other``. Money taken *from* accounts («вывели со счетов 2,5 млрд») stays a loss. So is what
droppers are paid for their cards or accounts («дропперы получали от 20 до 50 тысяч за каждую
карту»): their fee, no one's loss.
"""

from __future__ import annotations

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import TIME_UNITS, CueSet, first_cue

#: Cashing out and laundering: the sum is what was turned into cash or made clean.
CASHED_OUT = CueSet(
    (
        "обналичить", "обналичивать", "обналичивание", "обналичка", "обнал", "отмыть",
        "отмывать", "отмывание", "легализовать", "легализация", "легализовывать",
        "заңдастыр*",
    )
)  # fmt: skip
#: Verbs of money passing («прошло», «проходили», «прокачали»).
PASSED = CueSet(("пройти", "проходить", "прокачать", "прогнать", "транзит*"))
#: The Kazakh verb of passing, read after the amount as Kazakh puts its verb last («45 млн
#: теңге өткен»): «өткен» before a unit of time is «last» («өткен жылы»), no verb.
_KK_PASSED = ("өткен", "өтті", "өткізілген")
_KK_TIME = ("жыл", "ай", "апта", "тоқсан")
#: Accounts and cards the money passed through: the Russian words money comes onto, and Kazakh
#: stems in any case («шоттары арқылы»).
ACCOUNTS = CueSet((*cues.ACCOUNT_WORDS, "шот*", "есепшот*", "карта*", "карточка*"))
#: «через», «по» (счетам) before the accounts, Kazakh «арқылы» after them: the way money passes.
_THROUGH_BEFORE = ("через", "по")
_THROUGH_AFTER = "арқылы"


def moved_money(ctx: NumberContext) -> list[str]:
    """The words saying an amount moved through accounts or was cashed out, or ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("через счета которого прошло 45 млн тенге")
    >>> moved_money(NumberContext("45 млн", 28, 34, 45_000_000, "KZT", True, before=ws[:4]))
    ['через', 'счета', 'прошло']
    >>> ws = words("злоумышленники вывели со счетов 2,5 млрд")
    >>> moved_money(NumberContext("2,5 млрд", 32, 40, 2_500_000_000, "RUB", True, before=ws[:4]))
    []
    """
    clause = ctx.before[-8:] + ctx.after[:6]
    paid = _droppers_fee(clause)
    if paid:
        return paid
    cashed = first_cue(CASHED_OUT, clause)
    if cashed and not any(w.pos == "VERB" and w.lemma in cues.THEFT_VERBS for w in clause):
        return cashed  # not «обналичили и похитили 242 миллиона»: stolen too
    passed = first_cue(PASSED, clause) or _kazakh_passed(ctx.after[:3])
    through = _through_accounts(clause)
    return through + passed if passed and through else []


#: Droppers (not couriers, to whom victims hand their money) and the verbs of their pay.
DROPPERS = CueSet(cues.DROPPER_NOUNS)
_PAID = CueSet(
    ("заплатить", "платить", "получать", "получить", "выплатить", "выплачивать", "төле*")
)


def _droppers_fee(clause: list[Word]) -> list[str]:
    """«Дропперу заплатили 50 тысяч за оформление карты», «дропперы получали от 20 до 50 тысяч
    за каждую карту», «дропперлерге әр карта үшін 30 мың теңге төленген»: a dropper paid *for*
    a card or an account, else ``[]``."""
    dropper, paid = DROPPERS.first(clause), _PAID.first(clause)
    # «за карту», «за оформление», Kazakh «әр карта үшін»; not «за неделю», a period
    paid_for = any(
        (w.lemma == "за" and not TIME_UNITS.first(clause[k + 1 : k + 3]))
        or w.text.lower() == "үшін"
        for k, w in enumerate(clause)
    )
    if dropper is None or paid is None or not paid_for:
        return []
    return [dropper.text, paid.text]


def _kazakh_passed(after: list[Word]) -> list[str]:
    """«… 45 млн теңге өткен»: the Kazakh verb of passing after the amount, not «өткен жылы»."""
    for k, word in enumerate(after):
        if word.text.lower() in _KK_PASSED:
            nxt = after[k + 1].text.lower() if k + 1 < len(after) else ""
            return [] if nxt.startswith(_KK_TIME) else [word.text]
    return []


def _through_accounts(words: list[Word]) -> list[str]:
    """«через счета», «по картам», «шоттары арқылы»: the words, else ``[]``."""
    for k, word in enumerate(words):
        if not ACCOUNTS.matches_word(word):
            continue
        # «через счета», «через банковские карты»: a word or two may stand between
        through = [w for w in words[max(0, k - 3) : k] if w.lemma in _THROUGH_BEFORE]
        if through:
            return [through[-1].text, word.text]
        if k + 1 < len(words) and words[k + 1].lemma == _THROUGH_AFTER:
            return [word.text, words[k + 1].text]
    return []

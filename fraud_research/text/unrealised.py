"""Money that was not lost: a loss negated, attempted, conditional, possible or still to come.

«не дали увести», «пытались перевести», «мог бы составить» (prevented), «может составлять до 18
млрд», «ущерб вырастет до 256 млн» (no loss at all), «так и не смогла вернуть» (no recovery).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise, takewhile

from . import cues
from .lemmas import (
    Word,
    is_future_verb,
    is_imperative,
    is_singular_imperative,
    lemma_is_verb,
    part_of_speech,
)
from .matchers import (
    ATTEMPT,
    BLOCKED,
    DAMAGE,
    DEMANDS,
    HANDOVER,
    NEARLY,
    OFFENDER_NOUNS,
    POTENTIAL,
    PREVENTED,
    RECEIVING,
    RECOVERED,
    first_cue,
)

__all__ = [
    "cancelled", "demanded", "forecast_words", "kept_by_the_nearest_cue", "nearly_lost", "negated",
    "returned_at_the_chains_end", "stops_a_trend", "unrealised_loss",
]  # fmt: skip


def unrealised_loss(words: list[Word]) -> list[str]:
    """The words that make a loss one that did not happen: negated, attempted or hypothetical.

    «не дали увести», «не успели похитить», «не позволили мошенникам украсть» (a loss verb after
    «не», or after «не» and a verb of letting or managing),
    «пытались перевести», «попыток похитить» (an attempt), «собиралась передать», «намереваясь
    снять» (an intention), «мог бы составить» (a conditional), «потенциальный ущерб» (possible).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> unrealised_loss(words("мошенникам не дали увести")), unrealised_loss(words("мошенники увели"))
    (['не', 'дали', 'увести'], [])
    """
    for k, w in enumerate(words):
        low = w.text.lower()
        if low == "бы" and k:
            return [words[k - 1].text, w.text]
        if low == "не" and not (k and NEARLY.matches_word(words[k - 1])):
            # («чуть не обманули»: nearly lost, read below with what was returned)
            verbs = words[k + 1 : k + 2]
            if verbs and BLOCKED.matches_word(verbs[0]):
                # «не дали увести», «не позволили мошенникам украсть»: the loss after a verb of
                # letting, with the one it lets between
                verbs = [v for v in words[k + 2 : k + 4] if lemma_is_verb(v)][:1]
            # «Аферисты не смогли получить»: offenders kept from getting the money, a loss
            # prevented like «не смогли похитить»
            taken = verbs and (
                DAMAGE.matches_word(verbs[0])
                or (
                    RECEIVING.matches_word(verbs[0])
                    and BLOCKED.matches_word(words[k + 1])
                    and OFFENDER_NOUNS.first(words[:k])
                )
            )
            if taken and lemma_is_verb(verbs[0]):
                return [w.text, *(v.text for v in words[k + 1 : words.index(verbs[0]) + 1])]
        if POTENTIAL.matches_word(w) and words[k + 1 : k + 2] and DAMAGE.matches_word(words[k + 1]):
            return [w.text, words[k + 1].text]  # «потенциальный ущерб»: a loss that might have been
        if ATTEMPT.matches_word(w) and any(
            DAMAGE.matches_word(v) or HANDOVER.matches_word(v) or v.lemma in cues.TAKING
            for v in words[k + 1 : k + 4]
        ):
            return [w.text]
        if _KK_INTENT_RE.search(low) and words[k + 1 : k + 2] and DAMAGE.matches_word(w):
            if words[k + 1].text.lower().startswith("бол"):
                return [w.text, words[k + 1].text]  # «аудармақ болған»: was going to transfer
    return []


#: A Kazakh verb of intention, before «болған», «болды»: «аудар-мақ болған».
_KK_INTENT_RE = re.compile(r"\w(?:мақ|мек|бақ|бек|пақ|пек)$")


def demanded(
    before: list[Word],
    sentence: list[Word],
    *,
    following: Sequence[Word] = (),
    after: Sequence[Word] = (),
) -> list[str]:
    """The verb that makes a sum one demanded, not lost: a verb of demanding in the few words
    before it (or, as Kazakh puts its verb last, right after it: «құрбымнан 50 мың теңге
    сұраған»), and no loss told in its sentence (a loss noun, or a loss verb not in the
    infinitive: «требовали перевести 500 тысяч» asked, «…, и она перевела деньги» paid) nor in
    the first words of the ``following`` sentence («Женщина … передала ему деньги», «Получив
    перевод, …»); the fraudsters «получили» it is paid too («попросили вложить 51 000 тенге, и …
    все 6 млн получили»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> demanded(words("Мошенники требовали"), words("Мошенники требовали 40 тысяч рублей"))
    ['требовали']
    >>> ws = words("Мошенники потребовали 2 млн тенге, которые она перевела")
    >>> demanded(ws[:2], ws)
    []
    >>> ws = words("алаяқтар құрбымнан 50 мың теңге сұраған")
    >>> demanded(ws[:2], ws, after=ws[-1:])
    ['сұраған']
    """
    verb = first_cue(DEMANDS, before[-4:]) or first_cue(DEMANDS, after[:1])
    # an instruction to pay («переведите 14 300 тенге», «14 300 теңге ақша аударыңыздар»)
    ordered = [
        w
        for w in [*before[-3:], *after[:3]]
        if is_imperative(w.text) and (DAMAGE.matches_word(w) or HANDOVER.matches_word(w))
    ]
    # a request quoted in the singular, to the one who speaks: «кинь мне 950 руб», «переведи нам»
    ordered = ordered or [
        w
        for w, nxt in pairwise(before[-3:])
        if is_singular_imperative(w.text) and nxt.text.lower() in ("мне", "нам")
    ]
    if ordered and not verb:
        return [ordered[0].text]  # an instruction quoted, whatever the sentence tells after it
    if not verb and any(w.pos == "INFN" for w in before[-3:]):
        # «необходимо было пройти регистрацию …, внести от 20 до 10 тыс. долларов»: the
        # infinitive of paying goes back to the verb of need earlier in its sentence
        earlier = [w for w in sentence if w.end <= before[-1].end]
        verb = first_cue(DEMANDS, earlier[-12:])
    told = [
        w
        for w in [*sentence, *following[:_PAID_WORDS]]
        if (DAMAGE.matches_word(w) or HANDOVER.matches_word(w) or RECEIVING.matches_word(w))
        and not DEMANDS.matches_word(w)
        and w.pos != "INFN"
    ]
    return verb if verb and not told else []


#: How many words of the sentence after a demand may tell it was paid.
_PAID_WORDS = 12


def negated(words: list[Word], cueset) -> bool:
    """Whether the first cue of ``cueset`` in ``words`` is negated («не смогла вернуть», «не
    удалось предотвратить», «не удалось оперативно раскрыть»): «не» right before it, or before
    a verb of managing before it, adverbs allowed between; or Kazakh «алма-» (could not) after it
    («қайтара алмады»). (A Kazakh verb's own negative suffix already keeps it from matching a
    cue: see :meth:`~fraud_research.text.matchers.CueSet.matches`.)"""
    for k, w in enumerate(words):
        if cueset.matches_word(w):
            if k + 1 < len(words) and _UNABLE_RE.match(words[k + 1].text):
                return True  # Kazakh «қайтара алмады»: could not return it
            # an adverb may stand between («не удалось оперативно раскрыть»)
            while k and part_of_speech(words[k - 1].text) == "ADVB":
                k -= 1
            before = [v.text.lower() for v in words[max(0, k - 2) : k]]
            return before[-1:] == ["не"] or (
                before[:1] == ["не"] and len(before) == 2 and BLOCKED.matches_word(words[k - 1])
            )
    return False


#: Kazakh «could not» after a verb: «қайтара алмады», «алмаған», «алмай» (not «алмақ»: to
#: take).
_UNABLE_RE = re.compile(r"алма(?:ды|ған|ай|с|йды)", re.I)


def cancelled(words: list[Word], cueset) -> bool:
    """Whether the first cue of ``cueset`` in ``words`` does not happen to the money: it is
    :func:`negated` or it :func:`stops_a_trend`."""
    return negated(words, cueset) or stops_a_trend(words, cueset)


#: Money kept from the fraudsters, and the words that say so.
_KEPT = (("prevented", PREVENTED), ("recovered", RECOVERED))


def kept_by_the_nearest_cue(words: list[Word], start: int) -> tuple[str, list[str]] | None:
    """``prevented`` or ``recovered`` and its words, for an amount at ``start``, by the word of
    keeping in ``words`` nearest before it (else nearest after it) that is not
    :func:`cancelled`; None when there is none.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "удалось приостановить переводы на 4,9 млрд и вернуть клиентам 1,7 млрд"
    >>> ws = words(text)
    >>> kept_by_the_nearest_cue(ws, text.index("4,9")), kept_by_the_nearest_cue(ws, text.index("1,7"))
    (('prevented', ['приостановить']), ('recovered', ['вернуть']))
    """

    def distance(w: Word) -> tuple[bool, int]:
        # one before the amount first, the nearest first; then one after it
        return (w.end > start, start - w.end if w.end <= start else w.start)

    found = []
    for k, w in enumerate(words):
        for role, cueset in _KEPT:
            cue = first_cue(cueset, words[k : k + 4])  # a cue may be of words: «не допустить»
            if cue and cue[0] == w.text:
                found.append((distance(words[k + len(cue) - 1]), k, role, cueset, cue))
    for _, k, role, cueset, cue in sorted(found, key=lambda f: f[:2]):
        # «не» and a verb of managing may stand before the cue («не удалось вернуть»)
        if not cancelled(words[max(0, k - 3) :], cueset):
            return role, cue
    return None


#: A Kazakh converb («бұғатталып», «аударып»): a verb whose chain goes on.
_CONVERB_RE = re.compile(r"(?:ы|і)?п$", re.I)


def returned_at_the_chains_end(after: list[Word]) -> list[str]:
    """The verb of returning that ends a Kazakh chain of verbs opened by a converb right after
    an amount (``after``: the words after it): the money blocked, then returned; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> returned_at_the_chains_end(words("бұғатталып, иелеріне қайтарылды"))
    ['қайтарылды']
    >>> returned_at_the_chains_end(words("аударып, кейін қайтара алмады"))
    []
    """
    if not (after and _CONVERB_RE.search(after[0].text)):
        return []
    # up to the next number: «… 4,1 млрд теңгені құрап, оның 612 млн теңгесі өтелді» is the part's
    chain = list(takewhile(lambda w: not w.counted, after[1:]))
    found = first_cue(RECOVERED, chain)
    return [] if negated(chain, RECOVERED) else found


def stops_a_trend(words: list[Word], cueset) -> bool:
    """Whether the first cue of ``cueset`` in ``words`` stops a trend, not money: a word of
    :data:`~fraud_research.text.cues.TRENDS` within three words before it or two after it («рост
    краж был остановлен», «остановить рост похищенных средств»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> from fraud_research.text.matchers import PREVENTED
    >>> stops_a_trend(words("280 млрд руб., под конец года рост краж был остановлен"), PREVENTED)
    True
    >>> stops_a_trend(words("остановлены переводы на 280 млн руб."), PREVENTED)
    False
    """
    for k, w in enumerate(words):
        if cueset.matches_word(w):
            return any(v.lemma in cues.TRENDS for v in words[max(0, k - 3) : k + 3])
    return False


def forecast_words(before: list[Word], *, earlier: list[Word] | None = None) -> list[str]:
    """The words that make an amount a forecast, an obligation or a possibility, not a loss.

    A future-tense verb among the eight words before it («ущерб вырастет до», «должны будут
    выплатить») or a present «может/могут» before an infinitive among the last four («эта сумма
    может составлять до 18 млрд»), or, among ``earlier`` (the sentence's words before the
    number, past other numbers), a «могут» whose infinitive the amount's own shares («могут
    составить 8 трлн, а к 2030 году возрасти до 90 трлн»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> forecast_words(words("к концу года ущерб вырастет до")), forecast_words(words("ущерб вырос до"))
    (['вырастет'], [])
    >>> forecast_words(words("Суд обязал женщину вернуть"))
    ['обязал', 'вернуть']
    """
    return (
        [w.text for w in before[-8:] if is_future_verb(w.text)]
        or _may_be(before[-6:])
        or _obliged(before[-6:])
        or _may_be_elided(before if earlier is None else earlier)
    )


#: Words that oblige someone to do something: «Суд обязал женщину вернуть 10 миллионов».
_OBLIGING = frozenset(("обязать", "обязывать", "обязанный", "обязан"))


def _obliged(before: list[Word]) -> list[str]:
    """«Суд обязал женщину вернуть 10 миллионов», «обязан выплатить»: an obligation, then an
    infinitive, is no money that moved (yet)."""
    for k, w in enumerate(before):
        if w.lemma in _OBLIGING:
            infinitive = next(
                (v for v in before[k + 1 :] if part_of_speech(v.text) == "INFN"), None
            )
            if infinitive is not None:
                return [w.text, infinitive.text]
    return []


#: Kazakh stems of forecasting and expecting: «болжауда» (forecast), «күтілуде» (is expected).
_KAZAKH_FORECAST = ("болжа", "күтілу")


def kazakh_possibility(after: list[Word]) -> list[str]:
    """The Kazakh words after an amount that make it a possibility or a forecast, not a loss,
    or ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> kazakh_possibility(words("теңгеге дейін алуға болады")), kazakh_possibility(words("алған"))
    (['алуға', 'болады'], [])
    >>> kazakh_possibility(words("долларға жетеді деп болжауда"))
    ['болжауда']
    >>> kazakh_possibility(words("долларға дейін төлеуіңіз керек"))
    ['төлеуіңіз', 'керек']
    """
    forecast = [w.text for w in after if w.text.lower().startswith(_KAZAKH_FORECAST)]
    if forecast:
        return forecast[:1]  # «… 40 млрд долларға жетеді деп болжауда»: a forecast
    for w, nxt in zip(after, after[1:], strict=False):
        low, following = w.text.lower(), nxt.text.lower()
        if following.startswith("болад") and low.endswith(("уға", "уге", "юға", "юге")):
            return [w.text, nxt.text]
        if following == "мүмкін" and low.endswith(("уы", "уі", "ы", "і")):
            return [w.text, nxt.text]
        # an obligation: a payment demanded («200-ден 1000 долларға дейін төлеуіңіз керек»)
        if following in ("керек", "қажет") and low.endswith(_KAZAKH_VERBAL_NOUNS):
            return [w.text, nxt.text]
    return []


#: Endings of a Kazakh verbal noun, bare or with a possessive («төлеу», «төлеуіңіз»,
#: «аударуыңыз»), before «керек» or «қажет» (must).
_KAZAKH_VERBAL_NOUNS = ("у", "ю", "уі", "уы", "уің", "уың", "уіңіз", "уыңыз", "уіміз", "уымыз")


def _may_be_elided(before: list[Word]) -> list[str]:
    """«потери могут составить 8 трлн, а к 2030 году возрасти до 90 трлн»: a bare infinitive
    is the last verb before the amount, and the «мочь» that governs it stands earlier in the
    sentence, with no finite verb between (the second infinitive shares the first one's modal)."""
    verbs = [w for w in before if part_of_speech(w.text) in ("VERB", "INFN")]
    if not verbs or part_of_speech(verbs[-1].text) != "INFN":
        return []
    for w in reversed(verbs[:-1]):
        if part_of_speech(w.text) == "VERB":
            return [w.text, verbs[-1].text] if _present_may(w) else []
    return []


def _present_may(word: Word) -> bool:
    """«может», «могут»: a present-tense «мочь» (not «мог», «смогли»)."""
    return word.lemma == "мочь" and word.text.lower().startswith(("мож", "могут"))


def _may_be(before: list[Word]) -> list[str]:
    """«может составлять», «могут достигать»: a present-tense «мочь» before an infinitive."""
    for w, nxt in zip(before, before[1:], strict=False):
        if _present_may(w) and part_of_speech(nxt.text) == "INFN":
            return [w.text, nxt.text]
    return []


def nearly_lost(clause: list[Word]) -> list[str]:
    """The words of a loss that nearly happened: «чуть не», «едва не» (not «чуть менее 2 млрд»,
    slightly less), Kazakh «… ала жаздаған»; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> nearly_lost(words("чуть не перевела")), nearly_lost(words("чуть менее"))
    (['чуть', 'не'], [])
    """
    for k, w in enumerate(clause):
        if not NEARLY.matches_word(w):
            continue
        if w.lemma not in ("чуть", "едва"):
            return [w.text]
        if k + 1 < len(clause) and clause[k + 1].text.lower() in ("не", "было"):
            return [w.text, clause[k + 1].text]
    return []

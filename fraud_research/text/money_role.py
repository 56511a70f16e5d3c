"""The role of an amount of money: damage, a single loss, recovered, prevented or other.

An amount is no loss when it is a price, a fine, a limit, a forecast or an average; not lost
when it was prevented, blocked, returned or only about to be handed over; one victim's when
its sentence or story names one person, one case or an arrest; else the region's damage, when
something around it names a loss, a fraud, an offender or a victim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from . import cues
from .arrest_story import arrest_story
from .bound_words import ABLATIVE_RE
from .context import NumberContext, before_particles, neighbours, summed_in_brackets
from .credited import credited
from .earnings import fraudsters_earnings, others_earnings
from .legal_thresholds import legal_threshold
from .lemmas import (
    Word,
    is_imperfective_verb,
    part_of_speech,
    participle_number,
    verb_number,
)
from .loss_schemes import scheme_of_the_loss
from .matchers import (
    AGGREGATE,
    AVERAGE,
    CASE_NOUNS,
    DAMAGE,
    FRAUD_NOUNS,
    FRAUD_WORDS,
    OFFENDER_NOUNS,
    PREVENTED,
    RECOVERED,
    SOLVED,
    TURNOVER,
    VICTIMS,
    first_cue,
    part_opener_at,
    person_noun,
    points_back,
    summing_word,
)
from .moved_money import moved_money
from .one_victim import one_victim, the_state_lost
from .predicates import after_a_participle, predicate_right_after, which_clause
from .prices import price_or_limit
from .rates import average_words, each_one, every_period, per_period
from .role_names import AGGREGATE_ROLES, DAMAGE_ROLES, MONEY_ROLES
from .said_again import share_said_as_money
from .scheme_pointers import loss_of_a_scheme_told
from .schemes import map_scheme, scheme_cue
from .shares import share_of_people
from .unrealised import (
    cancelled,
    demanded,
    forecast_words,
    kazakh_possibility,
    kept_by_the_nearest_cue,
    nearly_lost,
    negated,
    returned_at_the_chains_end,
    unrealised_loss,
)
from .wholes import damage_whole
from .whose_loss import (
    aggregate_cues,
    one_doers_acts,
    one_doers_haul,
    one_persons_loss,
    one_victim_told,
    single_cues,
)


def without_consent(words: list[Word]) -> list[str]:
    """«операций без (добровольного) согласия клиентов», «несанкционированных операций»: money
    taken from clients without their consent, a bank's measure of what fraud took.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> without_consent(words("объем операций без согласия клиентов составил"))
    ['без', 'согласия']
    >>> without_consent(words("с согласия клиента"))
    []
    """
    for k, w in enumerate(words):
        if w.lemma == "несанкционированный":
            return [w.text]
        if w.lemma == "согласие":
            without = [v for v in words[max(0, k - 2) : k] if v.text.lower() == "без"]
            if without:
                return [without[0].text, w.text]
    return []


def _since_a_loss_told(ctx: NumberContext, reach: list[Word]) -> list[Word]:
    """The words of ``reach`` after the last verb of a loss before the amount: «пыталась
    спасти внучку и передала мошенникам почти полмиллиона» lost the money whatever it saved."""
    told = [w for w in ctx.before[-8:] if w.pos == "VERB" and DAMAGE.matches_word(w) and w in reach]
    if not told or negated(ctx.before[-8:], DAMAGE):
        return reach
    return [w for w in reach if w.start > told[-1].start]


def _no_loss_at_all(ctx: NumberContext, before_number: list[Word]) -> tuple[str, list[str]] | None:
    """Money that is no loss: a price, a fine, a limit, a price paid, a forecast, money credited."""
    if ctx.value == 0:
        return "other", [ctx.raw]  # «сначала списали 0 тенге»: a test debit; nothing was lost
    priced = price_or_limit(ctx, before_number)
    if priced:
        return priced
    solved = first_cue(SOLVED, ctx.before[-4:]) if _on_the_sum(ctx.before) else []
    if solved:
        return "other", solved  # «из которых раскрыто на сумму 32 млн»: the solved part
    found = demanded(ctx.before, ctx.sentence, following=ctx.following, after=ctx.after)
    if found:
        return "other", found  # «мошенники требовали 40 тысяч рублей»: asked, not taken
    found = legal_threshold(ctx.sentence, before_number, at_least=ctx.qualifier == "at_least")
    if found:
        return "other", found  # «крупным размером считается ущерб свыше 250 тысяч»: the law's
    _, prev = neighbours(ctx)
    # «заказала доставку за 6 тысяч рублей»: a price paid; not «ущерб перевалил за 2 млрд», where
    # «за» ends the bound word
    if prev is not None and prev.text.lower() == "за" and ctx.qualifier != "at_least":
        return "other", [prev.text]
    # «крупные капиталы — от 5 млн рублей», «сумма ущерба начинается от 250 тысяч»: a lower
    # bound alone, no «до» after it, sizes a class of sums; it is no period's total
    if (
        prev is not None
        and prev.text.lower() == "от"
        and not any(w.lemma == "до" for w in ctx.after[:3])
    ):
        return "other", [prev.text]
    sums = _sums_of_a_size(before_number[-6:]) or _varying_sizes(before_number)
    if sums:
        # «небольших сумм, не превышающих 20 тысяч»: a size of many losses; but the ends of a
        # range of them («на крупные суммы — от 90 до 360 тысяч») are the smallest and the
        # largest single losses
        return ("single_case_loss" if range_end(ctx) else "other"), sums
    own_after = list(takewhile(lambda w: not w.counted, ctx.after[:8]))  # to the next number
    found = _borrowed(ctx.before[-5:] + own_after)
    if found and not ctx.after_from:  # not the whole
        # the part of one victim's loss she borrowed is still hers: «… отправила 3 млн тенге,
        # из них 1,2 млн взяла в кредит»
        one = ctx.last_money == "single_case_loss" or verb_number(found[0]) == "sing"
        return ("single_case_loss" if one else "other"), found
    found = forecast_words(ctx.before, earlier=ctx.sentence_before) or kazakh_possibility(
        ctx.after[:5]
    )
    if found:
        # a forecast, an obligation or a possibility («ущерб вырастет до», «будут выплатить»,
        # «эта сумма может составлять до 18 млрд»)
        return "other", found
    found = (
        # «на счет астраханки поступило 40 тысяч»
        credited(ctx.before[-8:], ctx.sentence_after[:8])
        or _turnover(ctx, before_number)
        or moved_money(ctx)  # «через счета которого прошло 45 млн»: moved, not lost
        or _share_loss(ctx, before_number)
        or others_earnings(ctx.before)
        or _gapped_other(ctx)
        or _threshold(ctx)
        or _prize(ctx)
    )
    return ("other", found) if found else None


#: Prizes, gifts and winnings a bait promises: «приз в 5 тыс. тенге», «5 мың теңгелік сыйлық».
_PRIZES = ("приз", "выигрыш", "подарок", "сыйлық", "сыйлығ", "жүлде", "ұтыс")


def _prize(ctx: NumberContext) -> list[str]:
    """The prize an amount is the size of, not a loss: «о выигрыше приза в 5 тыс. тенге» (a
    prize noun right before «в» or the amount), «5 мың теңгелік сыйлық» (right after it)."""
    before = ctx.before[-2:]
    if (
        len(before) == 2
        and before[1].text.lower() == "в"
        and before[0].text.lower().startswith(_PRIZES)
    ):
        return [before[0].text]
    if before and before[-1].text.lower().startswith(("выигрыш", "приз")):
        return [before[-1].text]  # «сообщение о выигрыше 290 тысяч рублей»
    return [w.text for w in ctx.after[:1] if w.text.lower().startswith(_PRIZES)]


#: Relative words that open a clause about a class of crimes («по тяжким составам, где …»,
#: «мошенничеств, в которых …»): plural, not one case's («в рамках которого»).
_CLASS_RELATIVES = ("где", "которых", "которым", "которыми")


def _threshold(ctx: NumberContext) -> list[str]:
    """«По тяжким составам, где ущерб более 250 тыс. руб., …», «крупных мошенничеств, в которых
    сумма ущерба превысила 100 тыс. долл.»: a bound on the loss that sets a class of crimes
    apart, not a loss.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("где ущерб более")
    >>> _threshold(NumberContext("250 тыс.", 0, 8, 250_000, "RUB", True, before=ws,
    ...                          qualifier="at_least"))
    ['где', 'ущерб']
    >>> ws = words("в рамках которого потерпевшей причинён ущерб более")
    >>> _threshold(NumberContext("44 млн", 0, 6, 44e6, "KZT", True, before=ws,
    ...                          qualifier="at_least"))
    []
    """
    if ctx.qualifier not in ("at_least", "at_most"):
        return []
    # the relative opens the clause («где …», «в которых …»), not «общий объем которых …» (their
    # total)
    head = (
        ctx.before[1:2] if ctx.before and ctx.before[0].text.lower() in ("в", "по", "при") else []
    )
    relative = next((w for w in ctx.before[:1] + head if w.text.lower() in _CLASS_RELATIVES), None)
    # a loss named as a size («ущерб», «сумма ущерба»), not a verb: «в результате которых жители
    # лишились более чем 150 тысяч» is what those cases cost
    loss = [w.text for w in ctx.before if w.lemma in cues.LOSS_NOUNS or w.lemma == "сумма"]
    # not «интернет-мошенничества, где общая сумма ущерба составила более 1 млрд»: a sum of them
    summed = summing_word(ctx.before) is not None
    return [relative.text, loss[0]] if relative is not None and loss and not summed else []


def _gapped_other(ctx: NumberContext) -> list[str]:
    """«внутренний рынок … составил 230 млн долл., а DDoS — 130 млн долл.»: a clause with its
    verb left out («а …» and a dash) says what the amount before it said; when that was no
    loss, neither is this one."""
    if ctx.last_money != "other" or not ctx.before or ctx.before[0].text.lower() != "а":
        return []
    verbless = len(ctx.before) <= 4 and not any(
        w.pos in ("VERB", "INFN", "PRTF", "PRTS") for w in ctx.before
    )
    return ["а", "—"] if verbless and ctx.char_before.rstrip().endswith(("—", "–", "-")) else []


def _share_loss(ctx: NumberContext, before_number: list[Word]) -> list[str]:
    """«Примерно половина пострадавших отдали до 20 тысяч рублей», «каждая четвертая жертва
    лишилась более 100 тысяч»: what a share of the people lost bands each one's loss; it is no
    total unless the sentence sums it («в общей сложности»). A gapped «а 5,5% — более
    миллиона» after such a band is one too."""
    if summing_word(ctx.before + ctx.after) is not None:
        return []
    # not «Алаяқтықтың әрбір екіншісі … жасалды, тұрғындарымыз олардан 2,3 млрд теңгеден
    # айырылды»: a clause with persons of its own is not the share's
    own_persons = any(person_noun(w) for w in ctx.before)
    found = share_of_people(ctx.before if own_persons else before_number)
    if found:
        return found
    gapped = ctx.last_money == "other" and share_of_people(ctx.story + before_number)
    if gapped and re.search(r"%\s*[-–—]\s*$", ctx.char_before):
        return ["%", "—"]
    return []


def _loan_volume(words: list[Word]) -> list[str]:
    """«общий объем кредитов населению», «общий объем выданных кредитов»: the size of a lending
    market (a volume noun, then a loan noun past adjectives and participles), not one loan
    taken out in a victim's name."""
    for k, w in enumerate(words[:-1]):
        if w.lemma not in cues.VOLUME_NOUNS:
            continue
        loan = next((v for v in words[k + 1 : k + 4] if v.pos not in ("ADJF", "PRTF")), None)
        if loan is not None and loan.lemma in cues.LOAN_NOUNS:
            return [w.text, loan.text]
    return []


def _turnover(ctx: NumberContext, before_number: list[Word]) -> list[str]:
    """«общую статистику операций … электронных средств платежа (40,3 млрд единиц и 71,03 трлн
    рублей)»: the turnover of all payments, with no word of a loss, a fraud or of operations
    «без согласия» near it, is no damage. The words before the amount reach into its bracket."""
    near = before_number[-12:] + ctx.after[:6]
    # a market's volume is the subject of its clause, further back («общий объем выданных
    # кредитов за полгода упал еще больше — примерно на 60% …, с 2.2 трлн до 953 млрд»)
    found = first_cue(TURNOVER, near) or _loan_volume(before_number[-20:] + ctx.after[:6])
    if not found or FRAUD_WORDS.first(near) or first_cue(DAMAGE, ctx.sentence):
        return []
    return [] if without_consent(before_number) else found


def _sums_of_a_size(before: list[Word]) -> list[str]:
    """«хищения небольших сумм, не превышающих 20 тысяч», «суммами хищений — до 20 тысяч»:
    sums in the plural bound many losses, each of them; a total is one sum («общие суммы»
    excepted).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> _sums_of_a_size(words("обращаются пострадавшие с небольшими суммами хищений - до"))
    ['суммами']
    >>> _sums_of_a_size(words("на общую сумму")), _sums_of_a_size(words("общие суммы ущерба"))
    ([], [])
    """
    for k, w in enumerate(before):
        if (
            w.lemma == "сумма"
            and _plural_here(before, k)
            and not any(v.lemma == "общий" for v in before[:k])
        ):
            return [w.text]
        # «потери … в половине случаев не превышали 20 тысяч»: losses in a share of the cases
        if w.text.lower() in ("случаев", "случаях") and k and _share_of(before[k - 1]):
            return [before[k - 1].text, w.text]
    return []


def _plural_here(words: list[Word], k: int) -> bool:
    """Whether word ``k`` is plural, or may be and its neighbour before says it is: «крупные
    суммы» (a plural adjective), «на суммы» («на» takes no genitive singular)."""
    word = words[k]
    if word.plural or not (word.maybe_plural and k):
        return word.plural
    before = words[k - 1]
    return (before.plural and before.pos == "ADJF") or before.text.lower() in ("на", "за")


def _share_of(word: Word) -> bool:
    """Whether a word names a share of the cases a bound on the losses holds in: a fraction
    word («в половине случаев», «в трети») or «в большинстве»."""
    low = word.text.lower()
    return low in cues.FRACTION_WORDS or low == "большинстве"


def _varying_sizes(before_number: list[Word]) -> list[str]:
    """«суммы … варьировались от 15 тыс. до 25 млн»: sums varying between bounds are sizes of
    many losses; not «Сумма ущерба от одного мошенничества варьируется от …», one case's."""
    if any(w.lemma == "один" for w in before_number):
        return []
    return [w.text for w in before_number[-8:] if w.lemma in cues.VARYING][:1]


def _borrowed(clause: list[Word]) -> list[str]:
    """«56 млн … белгородцы взяли в кредит»: a verb of taking, then «в» and a loan.

    The part of a loss the victims borrowed is said beside the loss, not added to it; loans
    taken out in a victim's name («оформили кредиты на 7 млн») are a loss, and not matched.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> _borrowed(words("8 млн они взяли в кредит"))
    ['взяли', 'в', 'кредит']
    >>> _borrowed(words("заставили взять кредиты на семь миллионов"))
    []
    """
    for k, taking in enumerate(clause):
        if taking.lemma not in cues.BORROWING_VERBS:
            continue
        # «взяли в кредит», «были взяты пострадавшими в кредит» (a doer between)
        for into, loan in zip(clause[k + 1 : k + 3], clause[k + 2 : k + 4], strict=False):
            if into.text.lower() == "в" and loan.lemma in cues.LOAN_NOUNS:
                return [taking.text, into.text, loan.text]
    return []


def _not_lost(ctx: NumberContext, clause: list[Word]) -> tuple[str, list[str]] | None:
    """Money not lost: unrealised, prevented, returned or nearly lost, by its clause's words."""
    # «97 млн теңге бұғатталып, иелеріне қайтарылды»: blocked, then returned
    chain = returned_at_the_chains_end([w for w in ctx.sentence if w.start >= ctx.end][:6])
    found = unrealised_loss(_from_its_verb(ctx.before)) or unrealised_loss(which_clause(ctx))
    # «1300 еуроны аудармақ болған»: a Kazakh verb after the amount
    found = found or unrealised_loss(ctx.kazakh_verb_after)
    if found or chain:
        return ("recovered", chain) if chain else ("prevented", found)
    # «Бұғатталған қаражаттың бір бөлігі — 25 миллионнан астам теңге заңды иелеріне
    # қайтарылған»: a Kazakh verb after the amount says what happened to it, before any participle
    # «удалось спасти лишь половину — 480 миллионов рублей были возвращены владельцам»: a
    # Russian predicate right after the amount too
    verb_after = (ctx.kazakh_verb_after or predicate_right_after(ctx)) + after_a_participle(ctx)
    verb = first_cue(RECOVERED, verb_after)
    if verb and not negated(verb_after, RECOVERED):
        return "recovered", verb
    # «предотвращено 55 хищений … на сумму свыше 70 млн»: the sum of what the clause counts
    reach = ctx.before if _on_the_sum(ctx.before) else clause
    reach = _since_a_loss_told(ctx, reach)
    # not «так и не смогла вернуть 5 млн», «…, рост краж был остановлен»; «приостановить
    # переводы на 4,9 млрд и вернуть клиентам 1,7 млрд»: each amount's nearest word
    kept = kept_by_the_nearest_cue(reach, ctx.start)
    if kept:
        return kept
    found = nearly_lost(clause)
    if found and not first_cue(RECOVERED, ctx.sentence):
        return "prevented", found  # «жоғалтып ала жаздаған»: nearly lost
    return None


def _from_its_verb(before: list[Word]) -> list[Word]:
    """The eight words before an amount, and up to three more before the loss verb they hold:
    «пытались похитить со счетов в крупнейших российских банках свыше 24 млрд» (an attempt,
    nine words back)."""
    near = before[-8:]
    start = len(before) - len(near)
    verb = next((k for k, w in enumerate(near) if DAMAGE.matches_word(w) and w.pos == "INFN"), None)
    return before[max(0, start + verb - 3) :] if verb is not None and verb < 3 else near


def _loss_words(ctx: NumberContext, clause: list[Word], before_number: list[Word]) -> list[str]:
    """The words of a loss: a loss word in the amount's clause or sentence, operations «без
    согласия», or what fraudsters earned («доходы кибермошенников составили»)."""
    return (
        first_cue(DAMAGE, clause)
        or first_cue(DAMAGE, ctx.sentence)
        or without_consent(before_number)  # not «… (71,03 трлн рублей), … несанкционированных»
        or _such_operations(ctx, before_number)
        or fraudsters_earnings(before_number)
    )


def _such_operations(ctx: NumberContext, before_number: list[Word]) -> list[str]:
    """«Объём таких операций составил 7,9 млрд» after operations «без согласия клиентов»: the
    operations pointed back at are taken without consent."""
    lemmas = {w.lemma for w in before_number}
    pointed = "операция" in lemmas and not lemmas.isdisjoint(("такой", "этот", "данный"))
    return without_consent(ctx.story) if pointed else []


def money_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of an amount of money: damage, a single loss, recovered, prevented, other."""
    whole = damage_whole(ctx)
    if whole:
        return "damage_total", whole
    # «3,4 млрд теңгенің 1,9 млрд теңгесі өтелді»: a Kazakh whole's verb is its part's
    clause = ctx.before[-8:] + (ctx.own_after if ctx.whole else ctx.after)[:6]
    before_number = ctx.sentence_before
    no_loss = _no_loss_at_all(ctx, before_number) or _not_lost(ctx, clause)
    if no_loss:
        return no_loss
    known = _average_or_echo(ctx, before_number) or _part_of_the_last(ctx)
    if known:
        return known
    damage = _loss_words(ctx, clause, before_number)
    each = _each_ones(ctx) if damage else []
    if each:
        return "single_case_loss", each + damage  # «передали курьерам по 200 и 100 тысяч»
    carried = None if damage else _goes_on(ctx)
    if carried:
        return carried
    # not «500 млн …, оның 120 миллионы қайтарылды», «…, в том числе 120 млн по схеме …»: what
    # the clause of a part says happened to the part, not to the whole
    own = _before_a_part(ctx)
    kept = _kept(ctx, own, before_number) or _part_of_a_single_loss(ctx, damage)
    if kept:
        return kept
    # «общий ущерб государству по выявленным эпизодам»: a subsidy or procurement case's loss
    one = the_state_lost(own) or _one_victim_of_the_clause(ctx, own)
    if one:
        return "single_case_loss", one + damage  # «потерял один человек», «наибольшая сумма»
    group = _group_loss(ctx)
    # «задержана группа … злоумышленники обманули 25 жителей и похитили 40 млн»: the victims of
    # one arrested group, its haul
    arrest = arrest_story(ctx) if group else []
    if arrest:
        return "single_case_loss", arrest + damage
    if group:
        # «16 человек, отдавших 5,6 млн»; «Так, 11 потерпевших потеряли …» after a scheme told
        scheme = loss_of_a_scheme_told(ctx)
        return ("damage_scheme", scheme + group) if scheme else ("damage_total", group)
    verb = one_persons_loss(clause, before_number)
    if verb:
        return "single_case_loss", single_cues(ctx.sentence) + verb  # «пенсионерка перевела»
    # «задержаны 57 подозреваемых»: a count of arrests is statistics, not one group's story
    arrest = arrest_story(ctx)
    if arrest:
        return "single_case_loss", arrest + damage  # one group's haul in an arrest story
    haul = one_doers_haul(own, story=ctx.story) or one_doers_acts(own)
    if haul:
        return "single_case_loss", haul + damage  # «Компания собрала с вкладчиков 800 млн»
    single, aggregate = single_cues(own), aggregate_cues(own)
    if len(single) == len(aggregate):
        # «… 71 жастағы әже … барлығы 2 млн 300 мың теңгесінен айырылды»: her sums summed
        told = _one_victim_told_before(ctx) or (single if _only_sum_words(own, aggregate) else [])
        if told:
            return "single_case_loss", told + damage
        aggregate += aggregate_cues(ctx.story)
    elif len(single) > len(aggregate):
        return "single_case_loss", single + damage
    # «объем онлайн-операций … почти до 120 трлн тенге»: money where neither its sentence nor
    # the one before names a loss, a fraud, an offender or a victim, and no list of losses
    # goes on, is no damage
    if not (
        damage or ctx.last_money in AGGREGATE_ROLES or _speaks_of_loss(ctx.story + ctx.sentence)
    ):
        return "other", aggregate
    if damage or aggregate or ctx.hint == "damage":
        scheme = scheme_of_the_loss(ctx)
        return (
            ("damage_scheme", scheme + damage) if scheme else ("damage_total", damage + aggregate)
        )
    return "other", []


def _one_victim_told_before(ctx: NumberContext) -> list[str]:
    """The words by which the sentences before an amount whose own clause is undecided tell of
    one victim: the sentence right before, when it tells of a loss («Больше всех пострадала
    45-летняя жительница …. Ущерб составил 3,1 млн»), whatever total the text gave before it;
    else the story of the few sentences before, when it names more one victim than many."""
    if any(w.counted and CASE_NOUNS.matches_word(w) for w in ctx.before):
        return []  # «На «звонки из банка» пришлось 186 фактов и 118 млн»: cases counted with it
    last = [w for w in ctx.story if ctx.told_last >= 0 and w.start >= ctx.told_last]
    last_single = single_cues(last) if _speaks_of_loss(last) else []
    if len(last_single) > len(aggregate_cues(last)) and not ctx.statistics_period:
        return last_single
    story_single = single_cues(ctx.story)
    return story_single if len(story_single) > len(aggregate_cues(ctx.story)) else []


def _one_victim_of_the_clause(ctx: NumberContext, own: list[Word]) -> list[str]:
    """The words that make an amount one victim's loss (:func:`~fraud_research.text.one_victim.one_victim`), unless the
    amount's own clause names a whole: «Одна пенсионерка перевела 2 млн, а всего жители области
    потеряли 900 млн». A whole that only sums one victim's sums told before it is still hers:
    «она перевела 100 тысяч, затем ещё 250 тысяч, а всего — 1,2 млн»."""
    if not _clause_of_many(ctx.before):
        return one_victim(own)
    aggregate = aggregate_cues(own)
    # «с её счета уходили суммы от 20 до 32 долларов. За три дня общий ущерб составил 139 447
    # тенге»: the sums of one victim told in the sentence before, no statistics' period
    one = not ctx.statistics_period and single_cues(ctx.story) and not aggregate_cues(ctx.story)
    told = ctx.previous or (ctx.last_money if one else "")
    if not _only_sum_words(own, aggregate):
        return []
    if told == "single_case_loss":
        return aggregate
    # «… 51 жастағы мұғалім алаяқтардың сөзіне сеніп қалды. Ол … барлығы 4,2 млн теңге аударған»:
    # the Kazakh «ол» opening the clause is the one person the story told of
    if one and not told and own and own[0].text.lower() == "ол":
        return [own[0].text] + aggregate
    # «Аферисты заставили её … отправить их на сторонние счета. Общий ущерб составил 640 000»
    pronoun = [] if ctx.statistics_period or told else one_victim_told(ctx.story)
    return pronoun + aggregate if pronoun else []


def _clause_of_many(before: list[Word]) -> bool:
    """Whether the amount's clause before it names a whole and no one victim: «а всего жители
    области потеряли», «, а общий ущерб в городе составил» (not persons in the plural alone:
    «мошенники похитили у женщины»)."""
    return AGGREGATE.first(before) is not None and not single_cues(before)


#: Words that sum what was told before, whoever lost it («всего», «в общей сложности», «барлығы»).
_SUM_WORDS = frozenset(("всего", "общий", "суммарный", "совокупный", "итого", "барлығы", "жалпы"))


def _only_sum_words(own: list[Word], aggregate: list[str]) -> bool:
    """Whether the only words of an aggregate in an amount's sentence sum the sums before it:
    «а всего — 1,2 млн», not «а всего жители области потеряли 900 млн»."""
    sums = {w.text for w in own if w.lemma in _SUM_WORDS or w.text.lower() in _SUM_WORDS}
    return bool(aggregate) and all(word in sums for word in aggregate)


def _kept(
    ctx: NumberContext, own: list[Word], before_number: list[Word]
) -> tuple[str, list[str]] | None:
    """Money its sentence says was kept or returned, when no word of a loss stands before it:
    «вернули клиентам 9,9% от объема похищенных средств, или 2,7 млрд» (a participle names what
    the money came from; the verb of returning says what happened to it). ``own`` is the
    amount's sentence up to a part told after it."""
    if first_cue(DAMAGE, [w for w in before_number if part_of_speech(w.text) != "PRTF"]):
        return None
    # not a verb after a comma before the next amount: «826 млн сомов, удалось вернуть 74 млн»
    # (the 74's)
    kept = [w for w in own if ctx.break_after < 0 or w.end <= ctx.break_after]
    for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
        found = first_cue(cueset, kept)
        if found and not cancelled(kept, cueset):
            return role, found
    return None


def _part_of_a_single_loss(ctx: NumberContext, damage: list[str]) -> tuple[str, list[str]] | None:
    """A part of one victim's loss told before it is hers too: «… 33 млн теңгеден айырылды. Оның
    12 миллионын банктерден несие алып салған»."""
    if ctx.opens_part and ctx.last_money == "single_case_loss":
        return "single_case_loss", damage
    return None


def _goes_on(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """The role of the money before, for an amount with no word of loss that goes on from it:
    what was kept («… сохранили 180 млрд. По итогам 2023 года — 300 млрд.») or an average
    («средний ущерб … 5,1 тыс. Далее … с чеками (3,7 тыс.)»); None when its sentence sums up."""
    # «Далее следуют Ставрополье (234 млн), Ростовская область (120 млн)»: a ranking goes on,
    # its places name no sum of its own
    goes_on = bool(ctx.sentence) and ctx.sentence[0].text.lower() in _RANKING_GOES_ON
    if aggregate_cues(ctx.sentence) and not goes_on:
        return None
    # not «… сумма ущерба в этом году составила около 800 миллионов»: a period of its own
    kept = ctx.last_money in ("prevented", "recovered") and not ctx.statistics_period
    if kept and not single_cues(ctx.sentence):
        # «… остановили … на 9,8 млрд. А вернуть удалось … около полутора миллиардов»: its own word
        for role, cueset in (("recovered", RECOVERED), ("prevented", PREVENTED)):
            if first_cue(cueset, ctx.sentence_before):
                return role, first_cue(cueset, ctx.sentence_before)
        return ctx.last_money, []
    averaged = first_cue(AVERAGE, ctx.story) if ctx.last_money == "other" else []
    return ("other", averaged) if averaged else None


#: Words that open a sentence going on with the ranking before it.
_RANKING_GOES_ON = frozenset(("далее", "следом", "затем", "дальше"))


def _average_or_echo(ctx: NumberContext, before_number: list[Word]) -> tuple[str, list[str]] | None:
    """An average or a per-period sum (other), or the amount the words before point back to."""
    # the bound's words do not count in the reach: «каждый рабочий день … выводилось не менее»
    reach = before_particles(ctx.before)[-8:]
    found = per_period(ctx.after) or average_words(ctx) or every_period(reach)
    each = [] if found else each_one(ctx.before)
    if each and _from_each(each) and arrest_story(ctx):
        # «(күдіктілер) әр студенттен 70-80 мың теңге алып»: what one ring took from each of
        # its victims, a single case's loss (not «в среднем … с каждой жертвы»: an average)
        return "single_case_loss", each
    found = found or each
    if not found and _on_the_sum(ctx.before):
        # «среднее значение … составляло 299 тыс. операций на сумму 6,88 млрд»: the sum of an
        # average count is an average too, however far back its clause begins
        found = average_words(replace(ctx, before=before_number))
    if found:
        return "other", found  # an average per month or day
    pointer = points_back(ctx.before[-8:], cues.POINTER_MONEY_NOUNS) or _indicator_before(ctx)
    if pointer and ctx.last_money:
        # «"средний чек" … В 2022-м этот показатель был … 15,2 тысячи»: what that amount was
        return ctx.last_money, [w.text for w in pointer]
    if (
        ctx.previous in (*MONEY_ROLES, "other")
        and ctx.before
        and ctx.before[-1].text.lower() == "против"
        and not (not ctx.currency and summed_in_brackets(ctx))
    ):
        # «Средний размер … составил 3,6 тыс. руб. против 4,3 тыс. руб. в 2015 году»: the same
        # amount for another period
        return ctx.previous, [ctx.before[-1].text]
    said_again = " ".join(w.text.lower() for w in ctx.before[-2:])
    if ctx.previous and said_again.endswith(cues.RESTATED):
        # «передано 445 миллионов рублей, фактически полмиллиарда», «штраф в 50 базовых
        # величин, т. е. 17 млн сумов»: the number before said again, as money
        return ctx.previous, [w.text for w in ctx.before[-2:]]
    return share_said_as_money(ctx)


def _indicator_before(ctx: NumberContext) -> tuple[Word, ...] | None:
    """«Годом ранее показатель составлял 10% или почти 3 млрд»: the indicator told before, for
    another period (a word of :data:`~fraud_research.text.cues.EARLIER_PERIOD` before it), with
    no demonstrative."""
    near = ctx.before[-8:]
    noun = next((w for w in near if w.lemma == "показатель"), None)
    earlier = next((w for w in near if w.lemma in cues.EARLIER_PERIOD), None)
    return (earlier, noun) if noun is not None and earlier is not None else None


def _from_each(each: list[str]) -> bool:
    """Whether «every» words name whom money was taken from: Kazakh «әр студенттен» (the
    ablative), Russian «с каждого студента» (see :func:`rates.each_one`)."""
    return bool(ABLATIVE_RE.search(each[1])) if len(each) > 1 else False


def _part_of_the_last(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """A part of the amount before it: of a damage total, when it names its scheme («ущерб …
    500 млн, из них 120 млн по схеме «инвестиции»»); of money prevented or recovered, that
    («предотвратили ущерб … 12,9 млн рублей. В том числе около 2,5 млн рублей кредитных средств»)."""
    if not told_as_part(ctx):
        return None
    whole = ctx.previous or ctx.last_money
    if whole in DAMAGE_ROLES:
        # «… — ущерб от лжеинвестиций», «… теңгесі алдын ала төлем тәсілімен алынған»: the
        # part's own clause names the scheme after it
        named = map_scheme(" ".join(w.text for w in ctx.after[:8])) if ctx.after else ""
        scheme = scheme_cue(ctx) or (
            [w.text for w in ctx.after[:8]] if named not in ("", "other") else []
        )
        if scheme:
            return "damage_scheme", scheme
    if whole in ("prevented", "recovered"):
        kept = without_subset_words(ctx.before)
        return whole, [w.text for w in ctx.before if w not in kept]
    return None


def _before_a_part(ctx: NumberContext) -> list[Word]:
    """The sentence's words up to a part of the amount told after it («из них», «оның», «в том
    числе», a Kazakh partitive «N теңгенің M теңгесі») or an average («в среднем»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("алған 500 млн теңге, оның 120 миллионы қайтарылды")
    >>> [w.text for w in _before_a_part(NumberContext("500 млн", 6, 13, 5e8, "KZT", True, sentence=ws))]
    ['алған', 'млн', 'теңге']
    """
    if ctx.whole:  # «3,4 млрд теңгенің 1,9 млрд теңгесі өтелді»: the verb is the part's
        return ctx.sentence_before + ctx.own_after
    later = ctx.sentence_after
    lowered = [w.text.lower() for w in later]
    for k, w in enumerate(later):
        # «…, в среднем 1,3 млн на одного потерпевшего»: the average after it is no part of it
        average = tuple(lowered[k : k + 2]) in (("в", "среднем"), cues.ON_AVERAGE)
        if part_opener_at(lowered, k) or average:
            return [v for v in ctx.sentence if v.end <= w.start]
    return ctx.sentence


def told_as_part(ctx: NumberContext) -> bool:
    """Whether a number is told as a part of the one before: «из них 120 млн», «в том числе по
    схеме «инвестиции» — 120 млн».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> told_as_part(NumberContext("120 млн", 0, 7, 1.2e8, None, True, before=words("в том числе по схеме")))
    True
    """
    return ctx.part or len(without_subset_words(ctx.before)) < len(ctx.before)


def without_subset_words(words: list[Word]) -> list[Word]:
    """The words without «в том числе», «из них», «оның»: its «числе» counts nothing.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [w.text for w in without_subset_words(words("500 млн, в том числе по схеме"))]
    ['млн', 'по', 'схеме']
    """
    lowered = [w.text.lower() for w in words]
    drop = set()
    for k in range(len(words)):
        drop.update(range(k, k + part_opener_at(lowered, k)))
    return [w for k, w in enumerate(words) if k not in drop]


def _each_ones(ctx: NumberContext) -> list[str]:
    """«по 200 тысяч», «по 200 и 100 тысяч»: an amount each victim lost, not their total."""
    tail = [w for w in ctx.before[-2:] if ctx.start - w.end <= 12]  # no word but a number between
    if tail and tail[-1].text.lower() == "по":
        return [tail[-1].text]
    if len(tail) == 2 and tail[0].text.lower() == "по" and tail[1].text.lower() in ("и", "или"):
        return [tail[0].text]
    return []


def _speaks_of_loss(words: list[Word]) -> bool:
    """Whether words name a loss, a fraud, an offender or a victim, or a sum («на сумму»).

    Kazakh «жеке тұлғалар», «заңды тұлғалар» are natural and legal persons (borrowers,
    account holders), not the «тұлға» police texts detain.
    """
    return any(
        DAMAGE.matches_word(w)
        or FRAUD_NOUNS.matches_word(w)
        or (OFFENDER_NOUNS.matches_word(w) and not (k and words[k - 1].lemma in _LEGAL_PERSON))
        or VICTIMS.matches_word(w)
        or w.lemma == "сумма"
        for k, w in enumerate(words)
    )


#: The words that make Kazakh «тұлға» a natural or a legal person: «жеке тұлға», «заңды тұлға».
_LEGAL_PERSON = ("жеке", "заңды")


def _on_the_sum(before: list[Word]) -> bool:
    """Whether an amount follows «на сумму» (a bound word may stand between)."""
    tail = [w.lemma for w in before[-3:]]
    return any(a == "на" and b == "сумма" for a, b in zip(tail, tail[1:], strict=False))


def _group_loss(ctx: NumberContext) -> list[str]:
    """A plural participle or verb of losing right before an amount, after counted persons.

    «стали 16 человек, отдавших 5,6 млн», «47 человек, потерявших свыше 20 млн», «обратились
    три жителя, которые потеряли более двух миллионов»: the amount is the group's together.
    """
    for w in ctx.before[-3:]:
        plural = participle_number(w.text) == "plur" or verb_number(w.text) == "plur"
        if DAMAGE.matches_word(w) and plural:
            persons = [p for p in ctx.sentence if p.end <= w.start and p.counted and person_noun(p)]
            if persons:
                return [persons[-1].text, w.text]
    return []


def range_end(ctx: NumberContext) -> bool:
    """Whether an amount is an end of a range «от A до B»: the first with «до» just after it, or
    the second with «от» a few words before it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("суммы от до 360 тысяч тенге")
    >>> range_end(NumberContext("90", 9, 11, 90_000, "KZT", True, before=ws[:2], after=ws[2:],
    ...                         sentence=ws))
    True
    >>> range_end(NumberContext("90", 9, 11, 90_000, "KZT", True, before=ws[:1], after=ws[3:],
    ...                         sentence=ws))
    False
    """
    if kazakh_between(ctx):
        return True
    if not ctx.before:
        return False
    last = ctx.before[-1].text.lower()
    if last == "от":
        return any(w.text.lower() == "до" for w in ctx.after[:3])
    return last == "до" and any(w.text.lower() == "от" for w in ctx.sentence_before[-6:-1])


#: The joining word of a Kazakh range right after its first end: «50 мың мен 200 мың».
_KAZAKH_AND_NEXT = re.compile(rf"\s*({'|'.join(cues.KAZAKH_AND)})\s+\d", re.I)


def kazakh_between(ctx: NumberContext) -> list[str]:
    """The words of a Kazakh range «50 мың мен 200 мың теңге арасында» an amount is an end of
    (the joining word and «арасында»), or ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("мен мың теңге арасында")
    >>> kazakh_between(NumberContext("50 мың", 0, 6, 50_000, "KZT", True, after=ws,
    ...                              char_after=" мен 200 мың"))
    ['мен', 'арасында']
    >>> kazakh_between(NumberContext("200 мың", 11, 18, 200_000, "KZT", True, before=ws[:1],
    ...                              after=ws[2:]))
    ['мен', 'арасында']
    """
    between = [w.text for w in ctx.after[:5] if w.text.lower() in cues.KAZAKH_BETWEEN][:1]
    if not between:
        return []
    joined = _KAZAKH_AND_NEXT.match(ctx.char_after)
    if joined:
        return [joined.group(1), *between]  # the first end
    last = ctx.before[-1].text.lower() if ctx.before else ""
    return [last, *between] if last in cues.KAZAKH_AND else []


def range_of_sums(ctx: NumberContext) -> list[str]:
    """«мошенники снимали от 100 тыс. до 1 млн руб.», «на сегмент от 100 тыс. до 10 млн рублей
    приходится»: a range of the sums of single operations, told by a verb of what happened again
    and again (imperfective) and no noun of a loss as a whole, is no total; «мошенники похитили
    от трех до пяти миллионов» (once) is an uncertain total. The words that say so, or ``[]``; the caller
    applies it to an amount read as a damage total (a range of what each victim lost or was
    asked for stays a single loss).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("мошенники снимали от до 1 млн руб.")
    >>> range_of_sums(NumberContext("100 тыс.", 21, 29, 100_000, "RUB", True, before=ws[:3],
    ...                             after=ws[3:], sentence=ws))
    ['от', 'до', 'снимали']
    >>> ws = words("потери в размере от до 200 млрд рублей")
    >>> range_of_sums(NumberContext("170", 20, 23, 170e9, "RUB", True, before=ws[:4],
    ...                             after=ws[4:], sentence=ws))
    []
    """
    kazakh = kazakh_between(ctx)
    if kazakh:
        return kazakh  # «350 мың мен 800 мың теңге арасында ақша алыпты»: sums of many victims
    before_number = ctx.sentence_before
    # a loss as a whole names an estimate of it («потери … в размере от 170 до 200 млрд»)
    whole = [w for w in before_number if w.lemma in cues.LOSS_NOUNS or w.lemma == "хищение"]
    if not range_end(ctx) or whole:
        return []
    clause = ctx.before + ctx.after[:6]
    again = [w.text for w in clause if is_imperfective_verb(w.text)]
    return ["от", "до", *again[:1]] if again else []

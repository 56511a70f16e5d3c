"""What a count counts beyond the noun right after it: the crime its text speaks of.

A count of «преступлений», «қылмыс», «уголовных дел» is a fraud count only when the text
around it speaks of fraud: the sentence itself, the few before it or the one after it
(«416 қылмыстық іс тіркелген. … Биыл интернет алаяқтығы 112 фактіге артқан»). A text
on crime in general («Биыл елде қылмыс саны … 3107 жағдайға азайды») or on other named
crimes («сократилось число убийств, грабежей …») makes its counts all-crime totals.
:func:`sentence_kind` reads one sentence, :func:`crime_topic` weighs the sentences
around a number. The words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

import re
from itertools import takewhile

from . import cues
from .amount_parts import amount_role
from .amounts import RANGE_DASHES
from .context import NumberContext, neighbours
from .item_labels import LABEL_WORDS
from .item_roles import is_place, item_role, solved_or_not
from .lemmas import Word, words
from .matchers import (
    ANAPHORIC,
    CASE_NOUNS,
    COUNT_WORDS,
    CRIME_WORDS,
    CYBER,
    CYBER_SCOPE,
    FRAUD_NOUNS,
    FRAUD_WORDS,
    INCIDENT_NOUNS,
    INTERNET,
    INTERNET_SCOPE,
    MEANS_WORDS,
    MONTHS,
    NAMED_CRIMES,
    PERIOD_WORDS,
    PERSON_NOUNS,
    PREVENTED,
    QUANTITY_AFTER,
    QUANTITY_BEFORE,
    SCHEME_WORDS,
    SUSPECTS,
    THEIR,
    TIME_UNITS,
    UNSOLVED,
    VICTIMS,
    CueSet,
    first_cue,
    part_opener_at,
    person_noun,
    points_back,
)
from .named_crimes import other_crime_pointed_at
from .offender_groups import done_by_a_group
from .period_text import statistics_periods, year_earlier_phrases
from .person_counts import part_of_persons_who_lost
from .rates import (
    average_words,
    counts_a_fraction,
    every_period,
    per_period,
    rate_per_persons_after,
)
from .role_names import CARRIED_ROLES, CASE_ROLES, MONEY_ROLES, PERSON_ROLES
from .roles import count_noun_role, decide_role
from .scheme_pointers import done_this_way
from .schemes import names_crime_not_a_scheme, scheme_named_in
from .sentence_kinds import FRAUD_ARTICLE_RE, all_crime_together
from .shares import share_value
from .victim_groups import victim_group


def _fraud_the_part_is(ctx: NumberContext) -> list[str]:
    """The fraud a part of another count is classed as, named right after it («…, из которых
    подавляющее большинство (295) классифицировано как мошенничество»); else ``[]``."""
    # a part in a bracket after its share («из которых большинство (295)») opens no part itself
    earlier = [w.text.lower() for w in ctx.sentence_before[-4:]]
    opened = any(part_opener_at(earlier, k, one_word=False) for k in range(len(earlier)))
    if not (ctx.part or opened):
        return []
    later = ctx.sentence_after[:4]
    fraud = FRAUD_WORDS.first(later)
    if fraud is None or NAMED_CRIMES.first(later) is not None:
        return []
    return [fraud.text]


def _crime_named_after(ctx: NumberContext) -> list[str]:
    """Another crime a case count is set against after it, with no fraud named there: a label
    after a dash («866 дел о мошенничестве, 203 — по фактам краж с банковских карт»; not «2570
    краж, мошенничеств и …», the count's own nouns), or what it «приходится на»."""
    labelled = ctx.char_after.lstrip().startswith(RANGE_DASHES)
    crime = NAMED_CRIMES.first(ctx.own_after[:3]) if labelled else None
    if crime is not None and FRAUD_WORDS.first(ctx.own_after[:3]) is None:
        return [crime.text]
    return _administrative(ctx) or _crime_it_falls_on(ctx)


def _administrative(ctx: NumberContext) -> list[str]:
    """«Былтыр 50-ден аса әкімшілік іс тіркелген», «составлено 17 административных дел»:
    administrative cases or offences, no crimes; else ``[]``."""
    return [
        w.text
        for w in ctx.own_after[:3]
        if w.text.lower().startswith(("административн", "әкімшілік"))
    ][:1]


def _crime_it_falls_on(ctx: NumberContext) -> list[str]:
    """The other crime a count «приходится на» right after it («Практически равный объем (359
    случаев) приходится на преступления против собственности»: property crime, of which fraud is
    a part told later), unless fraud is named there too; else ``[]``."""
    # past the bracket the count may stand in, which ends its clause
    later = ctx.sentence_after
    k = next((k for k, w in enumerate(later[:3]) if w.lemma == "приходиться"), None)
    if k is None or later[k + 1 : k + 2] == [] or later[k + 1].text.lower() != "на":
        return []
    named = later[k + 2 : k + 6]
    crime = NAMED_CRIMES.first(named)
    if crime is None or FRAUD_WORDS.first(named) is not None:
        return []
    return [later[k].text, crime.text]


def _part_by_whom(ctx: NumberContext, role: str) -> list[str]:
    """The words naming who a part of the cases before was done to or by, or ``[]``: «в
    отношении мужчин — 414»; «Из 843 преступлений 612 совершены в отношении женщин» (crimes
    against a group, no persons of its own held); «40 из них совершены несовершеннолетними»."""
    against = role == "suspects" and ctx.last_count in (*CASE_ROLES, "other")
    against = against and not _persons_after(ctx)
    group = victim_group(ctx) if role in CASE_ROLES or against else []
    return group or (done_by_a_group(ctx) if role in CASE_ROLES else [])


def _all_crime_pointed_at(ctx: NumberContext) -> bool:
    """«общее количество преступлений начало снижаться (их зафиксировано порядка 8700)»: «их»
    right before a count, or a bracket opened right before it, points back to all crime named
    just before it in its sentence, though the sentence goes on to fraud."""
    if any(THEIR.matches_word(w) for w in ctx.before[-3:]):
        return all_crime_together(ctx.sentence_before[-12:])
    # «Из общего количества зарегистрированных преступлений (12 481) …»: its figure in brackets
    told = ctx.sentence_before[-5:]
    return (
        ctx.char_before.rstrip().endswith("(")
        and bool(told)
        and CRIME_WORDS.matches_word(told[-1])  # not «… преступлений) и мошенничества (1159»
        and all_crime_together(told)
    )


def crime_topic(own: str, before: list[str], after: list[str]) -> str:
    """The crime a count speaks of, from the kinds of its sentence and those around it.

    Parameters
    ----------
    own : str
        The :func:`sentence_kind` of the number's sentence.
    before : list of str
        The kinds of the sentences before it, nearest first (a few).
    after : list of str
        The kinds of the sentences after it, nearest first (one or two).

    Returns
    -------
    str
        ``fraud`` when the sentence, or (unless the sentence right before names other
        crimes, is a crime structure, or takes all crime together before a sentence of crime,
        or a sentence of crime is followed by one naming other crimes) one of those around it,
        speaks of fraud (a crime
        structure around it does not: it breaks all crime down); ``crime`` when they speak only of
        crime in general or of other crimes; ``""`` when none says anything of crime.

    Examples
    --------
    >>> crime_topic("crime", [], ["", "fraud"]), crime_topic("", ["named", "fraud"], [])
    ('fraud', 'crime')
    >>> crime_topic("crime", ["crime"], []), crime_topic("", [], [""])
    ('crime', '')
    >>> crime_topic("crime", [], ["named", "fraud"])
    'crime'
    """
    if own in ("fraud", "structure"):
        return "fraud"  # the items of a crime structure have labels of their own
    if own in ("named", "graded", "all_crime") or (
        before and before[0] in ("named", "graded", "structure")
    ):
        return "crime"
    if own == "crime" and after[:1] == ["named"]:
        # «Зарегистрировано 77 преступлений … Среди совершенных преступлений семь убийств, …
        # 21 кража»: the next sentence breaks the count down into other crimes (not into
        # grades: «Более 6 600 из них относятся к тяжким»)
        return "crime"
    if own == "crime" and next((kind for kind in before if kind), "") == "all_crime":
        # «Общий её уровень вырос на 2%. За этот период произошло 4 378 преступлений»; also
        # past sentences of no crime («доклад … об уровне преступности. – Год получился
        # непростым. – Всего было совершено 12 446 преступлений»)
        return "crime"
    if "fraud" in before or "fraud" in after:
        return "fraud"
    if own or any(after) or any(before):
        return "crime"
    return ""


#: Roles a part takes from the count it is part of (cases have their own rules: schemes).
PART_ROLES = ("antifraud_incidents", "solved", "victims", "suspects", "sent_to_court")

#: Counts that an average word before them («в среднем за день … 30 человек») makes a rate.
_AVERAGED = ("cases_total", "cases_scheme", "victims", "suspects", "antifraud_incidents")

#: Roles of counts that the quantity of a change decides instead.
_COUNT_ROLES = ("other", "cases_total", "cases_scheme", "victims", "suspects", "solved")


#: Labels of a share of the count before, not of a scheme: «Основная часть – 1 190 –
#: мошенничества», «большинство – 900 фактов».
_SHARE_LABELS = ("часть", "доля", "большинство", "половина")


def decide(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a number: as an item of a list or bracket, else by :func:`decide_role`.

    One end of a change («число преступлений … с 1465 до 1454») counts what the quantity
    that changed counts; a part («из них N») or an anaphora («их было лишь восемь»)
    what the count before counted; a crime count whose fraud parts are named after it
    («15 921 преступление, причём четверть из них — мошенничества») is all crime. A case
    count is kept only when its text speaks of fraud (:func:`crime_topic`); one of a list
    item labelled with a scheme's wording, not a place or period, and with its own noun
    counts that scheme («Взломанные аккаунты в социальных сетях - два случая»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("34% алаяқтық (45 156),")
    >>> ctx = NumberContext("45 156", 14, 20, 45156, None, False, sentence=ws,
    ...                     label=ws, label_kind="bracket", topic="fraud")
    >>> decide(ctx)
    ('cases_total', ['алаяқтық'])
    """
    if ctx.raw.lower() in cues.FRACTION_WORDS:
        return "percent", []  # «Пенсионеров среди потерпевших – треть»: a share, as labelled
    found = None if not ctx.label_kind else item_role(ctx)
    if found and counts_a_fraction(ctx, found[0]):
        return "other", found[1]  # «в Караганде — 11,2» (per 10 000 residents): a rate
    role, cue_words = found or decide_role(ctx)
    # also money without a currency, a part or scaled («из них 120 млн», «студенты – 120 млн»)
    if ctx.currency or (role in MONEY_ROLES and (ctx.part or (ctx.scaled and not ctx.change))):
        return amount_role(ctx, role, cue_words)
    quantity = ctx.quantity and (ctx.change or (role == "other" and not cue_words))
    if quantity and role in _COUNT_ROLES and not ctx.char_after.lstrip().startswith("%"):
        role, cue_words = _change_role(ctx) or (role, cue_words)
    role, cue_words = _carried_role(ctx, role, cue_words)
    if role == "cases_total":
        role, cue_words = done_this_way(ctx) or (role, cue_words)
    rate = _rate_words(ctx) if role in _AVERAGED else []
    if rate:
        return "other", rate  # «каждый день регистрируют по пять-шесть фактов»: a rate
    group = _part_by_whom(ctx, role)
    if group:
        return "other", group  # «в отношении мужчин — 414»: a part by who the victims were
    # «общее количество преступлений снизилось (их зафиксировано 8700)»: all crime
    if role in CASE_ROLES and _all_crime_pointed_at(ctx):
        return "other", cue_words
    if role in ("cases_total", "cases_scheme", "solved") and ctx.topic == "crime":
        if ctx.in_table and FRAUD_WORDS.first(words(" ".join(cue_words))):
            return role, cue_words  # a cell its table's title or head says counts fraud
        if role == "cases_scheme" and ctx.scheme:
            return role, cue_words  # «звонки гражданам (1094 случая)»: a fraud scheme's count
        return "other", cue_words  # a count of crime in general or of other crimes, not of fraud
    nxt, _ = neighbours(ctx)
    if role in CASE_ROLES and ctx.article:
        if not FRAUD_ARTICLE_RE.search(ctx.article):
            return "other", [ctx.article]  # «по ст.273 – 1»: a count of another article's crime
    if role in CASE_ROLES and ctx.label_kind:
        label = ctx.label[-LABEL_WORDS:]
        crime = NAMED_CRIMES.first(label)
        # not «связаны с кражами или мошенничеством (5 641 случай)»: fraud named beside it
        if crime is not None and FRAUD_NOUNS.first(label) is None:
            return "other", [crime.text]  # «кражи — 1 176 случая»: the label names the crime
    crime = _crime_named_after(ctx) if role in CASE_ROLES else []
    if crime:
        return "other", crime
    if (
        role == "cases_total"
        and ctx.label_kind == "dash"
        and nxt is not None
        and CASE_NOUNS.matches_word(nxt)
        and not is_place(ctx.label)
        and not names_crime_not_a_scheme(ctx.label)  # «Наиболее распространённые преступления —»
        and not any(w.lemma in _SHARE_LABELS for w in ctx.label)  # «Основная часть – 1 190 –»
    ):
        if (
            # «За октябрь – 378 фактов»: a month's count, not a scheme's
            not (
                TIME_UNITS.first(ctx.label)
                or PERIOD_WORDS.first(ctx.label)
                or MONTHS.first(ctx.label)
            )
            and len(ctx.label) > 1
        ):
            return "cases_scheme", cue_words + [ctx.label[0].text]
    return role, cue_words


ANAPHORA = CueSet(cues.ANAPHORA)


def _scheme_of_a_part(ctx: NumberContext, *, parted: bool) -> tuple[str, list[str]] | None:
    """A part's scheme: named by its way («из них 12 – по схеме «сим-своп»», if unlisted), or
    after its dash in a list of schemes' parts («Олардың жетпіс екісі – …, елу бесі –
    интернет-дүкендегі алдын ала төлем»)."""
    named = _by_a_named_scheme(ctx.own_after[:4]) if parted else []
    if named and ctx.last_count == "cases_total":
        return "cases_scheme", named
    listed = ctx.last_count == "cases_scheme" and _DASH_NEXT.match(ctx.char_after)
    dashed = scheme_named_in(ctx.own_after[:_PART_WORDS]) if listed else []
    return ("cases_scheme", dashed) if dashed else None


#: A dash right after a number: what it counts or how follows («72 – банк қызметкері …»).
_DASH_NEXT = re.compile(r"\s*[–—-]\s")


def _rate_words(ctx: NumberContext) -> list[str]:
    """The words that make a count a rate or an average: «каждый день», «в среднем», «в месяц»,
    «297 на 100 тысяч жителей»."""
    return (
        every_period(ctx.before[-8:])
        or average_words(ctx)
        or per_period(ctx.own_after)
        or rate_per_persons_after(ctx)
    )


def _in_some_of_them(ctx: NumberContext) -> bool:
    """«Зарегистрировано 6 фактов. В трёх из них жертвами стали …»: «в N из них» after a count
    of cases counts some of those cases, whatever persons the clause goes on to name."""
    return (
        ctx.opens_part
        and not ctx.part
        and bool(ctx.before)
        and ctx.before[-1].text.lower() in ("в", "во")
    )


def _cases_of_some_persons(ctx: NumberContext) -> tuple[str, list[str]]:
    """Some cases of the count before, told by their victims: a scheme's when the clause names
    how they were deceived («… граждане, которые продавали вещи на Авито»), else a part of
    the count (``other``, as the corpus labels a part by victims)."""
    # the sentence on, as the persons' relative clause («…, которые продавали …») names the scheme
    told = ctx.sentence_after[2:16]
    clause = list(takewhile(lambda w: not w.counted, told))
    scheme = scheme_named_in(clause)
    if scheme:
        return "cases_scheme", scheme
    return "other", [ctx.before[-1].text, *[w.text for w in ctx.after[:2]]]


def _carried_role(ctx: NumberContext, role: str, cue_words: list[str]) -> tuple[str, list[str]]:
    """A part or an anaphora takes the role of the count before; a whole of fraud parts is all crime.

    «Таких/подобных преступлений» after other named crimes («краж», «вредоносных
    программ») counts those crimes, not fraud.
    """
    if ctx.part and role in PERSON_ROLES and ctx.last_count in PERSON_ROLES:
        return ctx.last_count, cue_words  # «1891 адам ұсталды. Оның ішінде 460 адам …»
    against = ctx.before[-1:] and ctx.before[-1].lemma == "отношение" and ctx.opens_part
    if against and ctx.last_count in PERSON_ROLES:
        # «Установлено 236 дропов, в отношении 58 из них возбуждены уголовные дела»: persons
        return ctx.last_count, [ctx.before[-1].text]
    if role in PERSON_ROLES and ctx.last_count in CASE_ROLES and _in_some_of_them(ctx):
        return _cases_of_some_persons(ctx)
    lost = part_of_persons_who_lost(ctx) if role == "other" and ctx.last_count == "other" else []
    if lost:
        return "victims", lost  # «… 1 200 клиентов. 389 из них всё же перевели деньги мошенникам»
    if role not in ("cases_total", "cases_scheme", "other"):
        return role, cue_words
    parted = ctx.opens_part and role != "cases_scheme"  # «из них 340 …», «12 из которых …»
    scheme = scheme_named_in(ctx.after[:_PART_WORDS]) if parted else []
    # «Из них 340 совершены путём звонков от имени банков»; not a channel alone («через
    # мессенджеры»), which the counts by means share with every scheme
    if scheme and ctx.last_count == "cases_total" and not INTERNET_SCOPE.first(ctx.after[:3]):
        return "cases_scheme", scheme
    if found := _scheme_of_a_part(ctx, parted=parted):
        return found
    fraud_after = _fraud_the_part_is(ctx) if role == "other" and not cue_words else []
    if fraud_after:
        return "cases_total", fraud_after  # «из которых большинство (295) — как мошенничество»
    # (not a part still searched for: «Оның 78-і ашылса, 37-і бойынша әлі жедел-іздестіру …»)
    unsolved = role == "other" and first_cue(UNSOLVED, ctx.after[:5])
    if ctx.part and ctx.last_count in PART_ROLES and not unsolved:
        return ctx.last_count, cue_words  # «111 031 оқиға … Оның ішінде 90 мыңы алаяқтық»
    if ctx.part and ctx.last_count in CARRIED_ROLES and role == "other" and not cue_words:
        return ctx.last_count, cue_words  # «2 345 алаяқтық тіркелді. Оның 1 890-ы интернет арқылы»
    part = ctx.after[:_PART_WORDS]
    if ctx.opens_part and role == "other" and not cue_words and _by_cyber_means(part):
        # «2708 преступлений … 771 из них совершены с использованием интернета»: the
        # cybercrime part of all crime
        cyber = [w.text for w in part if CYBER.matches_word(w) or INTERNET.matches_word(w)]
        return "cases_total", cyber[:1]
    back = points_back(ctx.before[-4:], cues.POINTER_COUNT_NOUNS)  # «это число», «эта цифра»
    pointer = ANAPHORA.first(ctx.before[-4:]) or (back[1] if back else None)
    own_reading = role == "other" and cue_words  # «показатели выросли на две тысячи»: a change
    fraud_named = _fraud_they_are(ctx) if role == "other" and not own_reading else []
    if fraud_named:
        return "cases_total", fraud_named
    pointed = pointer is not None and not own_reading and role != "cases_scheme"
    if pointed and ctx.last_count in (*PART_ROLES, "cases_total"):
        return ctx.last_count, [pointer.text]  # «их было лишь восемь», «этот показатель — 31»
    persons = _persons_they_are(ctx) if pointer is not None and role == "other" else []
    if persons and not cue_words and not ctx.last_count:
        # «растет число обманутых граждан. Год назад их было 1323»
        return "victims", [pointer.text, *persons]
    if pointer is not None and role == "other" and not cue_words and not ctx.last_count:
        # «Доля киберпреступлений возросла … В прошлом году их количество превысило 765 тыс.»:
        # no count before, so the pointer names the fraud or cybercrime the sentence before spoke of
        told = FRAUD_WORDS.first(ctx.story)
        counted = _counts_back(ctx.before[-4:]) or _were_counted(ctx)
        if told is not None and counted and not NAMED_CRIMES.first(ctx.story):
            return "cases_total", [pointer.text, told.text]
    earlier = _period_words(ctx) if role == "other" and not cue_words else []
    # «Былтыр дәл осы кезеңде 1 212 болған»: a verb of being after it adds nothing counted
    was = not ctx.after or ctx.after[0].text.lower() in cues.WAS_AFTER_A_COUNT
    # or right before it: «В прошлом году за те же десять месяцев было 1 912, так что …»
    was = was or (ctx.before[-1:] and ctx.before[-1].text.lower() in cues.WAS_AFTER_A_COUNT)
    if earlier and ctx.last_count in CARRIED_ROLES and was:
        # «Для сравнения — в прошлом году за тот же период было 5166», «А за первый квартал
        # текущего года – уже более 100 тысяч»: the count before, for another period, its noun
        # left out
        return ctx.last_count, earlier
    such = ANAPHORIC.first(ctx.before[-6:] + ctx.after[:2])
    crime = other_crime_pointed_at(ctx, such) if role == "cases_total" and such else None
    if crime is not None:
        return "other", [such.text, crime.text]  # «5 тыс. краж … таких преступлений 2 тыс.»
    if role == "cases_total" and _whole_of_fraud_parts(ctx):
        return "other", cue_words  # «15 921 преступление, причём четверть из них — мошенничества»
    return role, cue_words


def item_of_parts(
    ctx: NumberContext, role: str, cue_words: list[str], whole: str
) -> tuple[str, list[str]]:
    """The role of an item listed after a count of solved cases, suspects … and «в том числе».

    In «раскрыто 46 преступлений, в том числе: два грабежа, 23 кражи, пять мошенничеств, восемь
    прочих преступлений» the fraud item is a part of the solved count; items of other crimes
    or of crime in general are no fraud counts.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("пять мошенничеств")
    >>> ctx = NumberContext("пять", 0, 4, 5, None, False, after=ws[1:], sentence=ws)
    >>> item_of_parts(ctx, "cases_total", [], "solved")
    ('solved', ['мошенничеств'])
    """
    if role not in CASE_ROLES:
        return role, cue_words
    fraud = FRAUD_WORDS.first(ctx.after[:3])
    return (whole, [fraud.text]) if fraud is not None else ("other", cue_words)


def _fraud_they_are(ctx: NumberContext) -> list[str]:
    """«Если говорить именно о мошенничествах …, то их 562»: «их» (not «этот показатель», a
    count's own name) and the fraud its own sentence named before it, in the plural as «их» is
    (not «с тремя разными схемами обмана, … их стало четыре»); else ``[]``."""
    their = next((w for w in ctx.before[-4:] if w.text.lower() == "их"), None)
    if their is None:
        return []
    told = [w for w in ctx.sentence if w.end <= their.start]
    fraud = FRAUD_WORDS.first(told)
    if fraud is None or not fraud.plural or NAMED_CRIMES.first(told) is not None:
        return []
    return [their.text, fraud.text]


def _persons_they_are(ctx: NumberContext) -> list[str]:
    """«В Череповце растет число обманутых злоумышленниками граждан. Год назад их было 1323»: a
    verb of being after a sentence that counts victims (a quantity word, then deceived or
    stricken persons): the words of those persons, whom the pointer counts; else ``[]``."""
    if not any(w.lemma in cues.BEING_VERBS for w in ctx.before[-3:]):
        return []
    for k, w in enumerate(ctx.story):
        if QUANTITY_BEFORE.matches_word(w):
            told = ctx.story[k + 1 : k + 5]
            victims = VICTIMS.first(told)
            person = next((x for x in told if person_noun(x) and x.plural), None)
            if victims is not None and person is not None:
                return [victims.text, person.text]
    return []


def _counts_back(words: list[Word]) -> bool:
    """«их количество», «их число», «этот показатель»: words that point back at a count."""
    return any(QUANTITY_BEFORE.matches_word(w) or QUANTITY_AFTER.matches_word(w) for w in words)


def _were_counted(ctx: NumberContext) -> bool:
    """«Растет число интернет-мошенничеств. В прошлом году их было 750»: «их» and a verb of
    being, after a sentence that counts cases (a quantity or a case noun), count those cases."""
    verb = any(w.lemma in cues.BEING_VERBS for w in ctx.before[-3:])
    return verb and any(
        QUANTITY_BEFORE.matches_word(w) or CASE_NOUNS.matches_word(w) for w in ctx.story
    )


def _period_words(ctx: NumberContext) -> list[str]:
    """The words before a number in its clause that name the same period a year earlier or
    another period a statistic covers («за первый квартал текущего года»). A clause of «когда»
    and a verb of being names the period of the clause before it («меньше, чем за аналогичный
    период прошлого года, когда было 1 096»)."""
    before = ctx.before[-10:]  # «В прошлом году за те же десять месяцев было 1 912»
    if 0 < len(ctx.before) <= 3 and ctx.before[0].lemma == "когда":
        before = ctx.sentence_before[-10:]
    if not before:
        return []
    text = " ".join(w.text for w in before)
    found = year_earlier_phrases(text)
    if found:
        return [found[0].group()]
    period = next(statistics_periods(text), None)
    return [period.group()] if period else []


#: How many words of the next sentence may name the parts of a whole («Треть из них …»).
_PART_OPENING = 12


def _whole_of_fraud_parts(ctx: NumberContext) -> bool:
    """A count with no fraud word of its own whose fraud share is named after it.

    «15 921 преступление, причём почти четверть из них — дистанционные мошенничества»: the
    count is of all crime, fraud a share of it; the share may open the next sentence («36
    тысяч преступлений. Треть из них совершена с помощью ИТ»). Parts given as counts («33 преступления, в
    том числе 29 мошенничеств и 4 кражи») leave the count a case count, and so does a count
    named as cybercrime («577 тыс. преступлений в информационно-телекоммуникационной сфере, из
    которых более половины — хищения и мошенничества»).
    """
    earlier = ctx.sentence_before
    if FRAUD_WORDS.first(ctx.before + ctx.after + earlier) or CYBER_SCOPE.first(ctx.after):
        return False  # a count of fraud, or of cybercrime («преступлений в IT-сфере»)
    later = ctx.sentence_after
    if _fraud_counted_next(ctx) and not FRAUD_WORDS.first(later):
        # «… 2 866 уголовных правонарушений. Мошенничеств – 1 240»: fraud counted apart next
        return _crimes_not_pointed_at(ctx)
    if not FRAUD_WORDS.first(later):  # «36 тысяч преступлений. Треть из них — …»
        later += ctx.following[:_PART_OPENING]
    texts = [w.text.lower() for w in later]
    for k in range(len(texts)):
        # «оның» alone opens a part only right before its count («оның 2 876-сы»), else «his»
        counted_next = k + 1 < len(later) and later[k + 1].start - later[k].end > _A_COUNT_BETWEEN
        opener = part_opener_at(texts, k, one_word=counted_next)
        if opener:
            share = any(t in cues.FRACTION_WORDS for t in texts[max(0, k - 2) : k + 4])
            if share:
                return FRAUD_WORDS.first(later[k:]) is not None
            # «9 412 қылмыс тіркеліп, оның 2 876-сы – алаяқтық»: fraud the one part told of crime
            # in general, no other crime beside it (not «в том числе 29 мошенничеств и 4 кражи»)
            # (not «14 318 преступлений, совершённых с использованием ИКТ, из которых 8 947 …»:
            # a count of cybercrime)
            n = k + opener  # a count of its own right after the opener
            given = n < len(later) and later[n].start - later[n - 1].end > _A_COUNT_BETWEEN
            fraud_part = given and FRAUD_WORDS.first(later[k : k + _PART_WORDS])
            other_crime = NAMED_CRIMES.first(later[k:]) or CYBER_SCOPE.first(later[:k])
            if fraud_part and not other_crime and _crimes_not_pointed_at(ctx):
                return True
            # «20 345 преступлений, из них 5 120 совершены с использованием ИТ»: a part set
            # apart by the means of cybercrime, not by a kind of fraud, so the whole is all
            # crime; a whole pointed back at («таких преступлений») is what it points at
            return _crimes_not_pointed_at(ctx) and _by_cyber_means(later[k : k + _PART_WORDS])
    return _every_nth_by_cyber_means(ctx)


def _fraud_counted_next(ctx: NumberContext) -> bool:
    """Whether the next sentence opens with fraud and its count: «Мошенничеств – 1 240, …» (a
    number stands between its first two words), not «Алаяқтар әсіресе …»."""
    first = ctx.following[:2]
    if not first or not FRAUD_NOUNS.matches_word(first[0]):
        return False  # not «Интернет.» (a wrapped line's end taken for a sentence)
    return len(first) == 1 or first[1].start - first[0].end > _A_COUNT_BETWEEN


#: More characters than a space between two words: a number (and its dash) stands there.
_A_COUNT_BETWEEN = 4


def _crimes_not_pointed_at(ctx: NumberContext) -> bool:
    """The count's own noun is crime in general («преступлений», not «хищений»), not a whole
    pointed back at («таких преступлений»: what it points at)."""
    crimes = CRIME_WORDS.first(ctx.before[-2:] + ctx.after[:2])
    return bool(crimes) and not ANAPHORIC.first(ctx.before[-6:] + ctx.after[:3])


def _every_nth_by_cyber_means(ctx: NumberContext) -> bool:
    """«… зарегистрировано свыше 15,9 тысячи преступлений. Каждое четвертое совершено с помощью
    информационных технологий»: the next sentence opens with the share of them done by the
    means of cybercrime, so the count is all crime."""
    opening = ctx.following[:2]
    if len(opening) < 2 or share_value(opening[1], opening[0]) is None:
        return False
    part = ctx.following[2 : 2 + _PART_WORDS + 2]
    return _crimes_not_pointed_at(ctx) and bool(_by_cyber_means(part) or FRAUD_WORDS.first(part))


#: How many words after «из них» say what sets the part apart.
_PART_WORDS = 6


def _by_cyber_means(part: list[Word]) -> bool:
    """Whether a part is set apart by the means of cybercrime («с использованием ИТ», «через
    интернет», «киберпреступления») and names no kind of fraud or scheme of its own."""
    if FRAUD_NOUNS.first(part) or SCHEME_WORDS.first(part):
        return False
    if CYBER.first(part):
        return True
    return INTERNET.first(part) is not None and MEANS_WORDS.first(part) is not None


def _persons_after(ctx: NumberContext) -> bool:
    """Whether the number counts a noun of persons right after it («5 человек», «12 жителей»)."""
    nxt, _ = neighbours(ctx)
    return nxt is not None and nxt.start - ctx.end < 3 and person_noun(nxt)


def _by_a_named_scheme(words: list[Word]) -> list[str]:
    """«по схеме «сим-своп»»: a part done by a scheme the text names, one of the taxonomy's or
    not; the words that name it, else ``[]``."""
    for k in range(len(words) - 2):
        if words[k].lemma == "по" and words[k + 1].lemma == "схема":
            return [w.text for w in words[k : k + 3]]  # «совершены по схеме «сим-своп»»
    return []


def _change_role(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """The role of one end of a change: what the quantity that changed counts."""
    words = ctx.quantity
    done = solved_or_not(words)
    if done:
        return done
    head = words[0] if words else None  # «число задержанных за хищения»: persons, not cases
    if head is not None and INCIDENT_NOUNS.matches_word(head):
        # «Количество обращений на линию 1414 … выросло до 12 тысяч»: what a count of them is
        return count_noun_role(ctx, head) or ("antifraud_incidents", [head.text])
    if head is not None and not CASE_NOUNS.matches_word(head):
        for cueset, role in ((SUSPECTS, "suspects"), (VICTIMS, "victims")):
            if cueset.matches_word(head):
                return role, [head.text]
    noun = CASE_NOUNS.first(words)
    thing = COUNT_WORDS.first(words[:3])
    if noun is None and thing is not None and FRAUD_NOUNS.first(words) is None:
        return "other", [thing.text]  # «число финансовых пирамид — до 2176»: organisations
    stopped = PREVENTED.first(words[:2])
    if stopped is not None:
        # «количество заблокированных мошеннических вызовов … превысило 539 млн», «число
        # предотвращённых мошенничеств»: attempts stopped, no registered cases
        return "other", [stopped.text]
    crime = NAMED_CRIMES.first(words) if noun is None else None
    if crime is not None and FRAUD_WORDS.first(words) is None:
        return "other", [crime.text]  # «количество … вымогательств (с 23 до 37)»: another crime
    noun = noun or FRAUD_WORDS.first(words)
    if noun is not None:
        return "cases_total", [noun.text]
    noun = PERSON_NOUNS.first(words)
    return count_noun_role(ctx, noun) if noun is not None else None

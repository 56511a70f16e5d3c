"""Decide the role of one number from the words around it: cases, damage, victims, dates, ….

The closed list of roles is :data:`ROLES`; only :data:`AGGREGATE_ROLES` become proposed
records. :func:`decide_role` looks at the number's form (a year, «%», a month name, an
age: :mod:`fraud_research.text.forms`), its currency, the noun after it and the cue words
of its clause and sentence (:class:`~fraud_research.text.context.NumberContext`), matching
lemmas against the tables of :mod:`fraud_research.text.cues` (as the matchers of
:mod:`fraud_research.text.matchers`).
"""

from __future__ import annotations

from dataclasses import replace

from . import cues
from .context import NumberContext, neighbours
from .forms import form_role
from .lemmas import Word, lemma_is_verb, part_of_speech, participle_number, verb_number
from .matchers import (
    AGGREGATE,
    ANTIFRAUD,
    ARREST,
    AVERAGE,
    CASE_NOUNS,
    CASELOAD,
    CHANGE_VERBS,
    CHANGE_WORDS,
    CONJUNCTIONS,
    COUNT_WORDS,
    COURT_VERBS,
    CYBER,
    DAMAGE,
    EVENT_NOUNS,
    EVERY,
    FRAUD_NOUNS,
    INCIDENT_NOUNS,
    INTERNET,
    MONEY_WORDS,
    MONTHS,
    NAMED_CRIMES,
    NEARLY,
    OFFENDER_NOUNS,
    OTHER_CRIMES,
    OTHER_MONEY,
    PER_PERIOD,
    PERSON_NOUNS,
    POPULATION_NOUNS,
    PREVENTED,
    RATE_WORDS,
    RECOVERED,
    REGISTERED,
    SCALE_NOUNS,
    SCHEME_WORDS,
    SENT_TO_COURT,
    SINGLE,
    SOLVED,
    STATISTICS,
    SUPERLATIVE,
    SUSPECTS,
    TIME_UNITS,
    VERDICT,
    VICTIMS,
    CueSet,
    first_cue,
)
from .unrealised import forecast_words, negated, unrealised_loss

#: Every role a number can have.
ROLES = (
    "cases_total",
    "cases_scheme",
    "damage_total",
    "damage_scheme",
    "single_case_loss",
    "recovered",
    "prevented",
    "victims",
    "suspects",
    "solved",
    "sent_to_court",
    "antifraud_incidents",
    "population",
    "date",
    "age",
    "percent",
    "phone",
    "article",
    "other",
)

#: Roles that become proposed records.
AGGREGATE_ROLES = ("cases_total", "cases_scheme", "damage_total", "damage_scheme")


#: Roles that a comparison («в 2021 году — 2281») carries over to the next bare number.
CARRIED_ROLES = ("cases_total", "cases_scheme", "victims", "suspects")


def _until(cueset: CueSet, words: list[Word]) -> list[Word]:
    """``words`` up to the first cue of ``cueset``."""
    for k, w in enumerate(words):
        if cueset.matches_word(w):
            return words[:k]
    return words


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


def _loss_exceeding(before: list[Word]) -> bool:
    """«ущерб, превышающий сотни миллиардов»: a loss at least this large, not a threshold
    («на сумму, превышающую 589 800 тенге»)."""
    for k in range(len(before) - 1, max(0, len(before) - 4), -1):
        if before[k].text.lower().startswith("превышающ"):
            return DAMAGE.matches_word(before[k - 1]) and before[k - 1].lemma != "сумма"
    return False


def _which_clause(ctx: NumberContext) -> list[Word]:
    """The words of a «который» clause right after an amount («573 тысячи рублей, которые
    пенсионерка собиралась передать мошенникам»): what was done with the money."""
    after = [w for w in ctx.sentence if w.start >= ctx.end][:10]
    for k, w in enumerate(after[:2]):
        if w.lemma == "который":
            return after[k + 1 :]
    return []


def _money_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of an amount of money: damage, a single loss, recovered, prevented, other."""
    clause = ctx.before[-8:] + ctx.after[:6]
    found = first_cue(OTHER_MONEY, _price_window(ctx))
    if found and not _loss_exceeding([w for w in ctx.sentence if w.end <= ctx.start]):
        return "other", found
    _, prev = neighbours(ctx)
    if prev is not None and prev.text.lower() == "за":
        return "other", [prev.text]  # «заказала доставку за 6 тысяч рублей»: a price paid
    found = forecast_words(ctx.before)
    if found:
        # a forecast, an obligation or a possibility («ущерб вырастет до», «будут выплатить»,
        # «эта сумма может составлять до 18 млрд»)
        return "other", found
    found = unrealised_loss(ctx.before[-8:]) or unrealised_loss(_which_clause(ctx))
    if found:
        return "prevented", found
    # «предотвращено 55 хищений … на сумму свыше 70 млн»: the sum of what the clause counts
    reach = ctx.before if _on_the_sum(ctx.before) else clause
    for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
        found = first_cue(cueset, reach)
        if found and not negated(reach, cueset):  # not «так и не смогла вернуть 5 млн»
            return role, found
    found = first_cue(NEARLY, clause)
    if found and not first_cue(RECOVERED, ctx.sentence):
        return "prevented", found  # «жоғалтып ала жаздаған»: nearly lost
    found = per_period(ctx.after) or average_words(ctx)
    if not found and _on_the_sum(ctx.before):
        # «среднее значение … составляло 299 тыс. операций на сумму 6,88 млрд»: the sum of an
        # average count is an average too, however far back its clause begins
        found = average_words(replace(ctx, before=[w for w in ctx.sentence if w.end <= ctx.start]))
    if found:
        return "other", found  # an average per month or day
    damage = (
        first_cue(DAMAGE, clause)
        or first_cue(DAMAGE, ctx.sentence)
        or without_consent(ctx.sentence)
    )
    before_number = [w for w in ctx.sentence if w.end <= ctx.start]
    # «вернули клиентам 9,9% от объема похищенных средств, или 2,7 млрд»: a participle names
    # what the money came from; the verb of returning says what happened to it
    if not first_cue(DAMAGE, [w for w in before_number if part_of_speech(w.text) != "PRTF"]):
        for role, cueset in (("prevented", PREVENTED), ("recovered", RECOVERED)):
            found = first_cue(cueset, ctx.sentence)
            if found and not negated(ctx.sentence, cueset):
                return role, found
    one = _one_victim(ctx.sentence)
    if one:
        return "single_case_loss", one + damage  # «потерял один человек», «наибольшая сумма»
    group = _group_loss(ctx)
    if group:
        return "damage_total", group  # «16 человек, отдавших 5,6 млн»
    verb = _singular_loss_verb(clause)
    if verb:
        return "single_case_loss", _single_cues(ctx.sentence) + verb  # «пенсионерка перевела»
    arrest = first_cue(ARREST, ctx.story + ctx.sentence)
    if arrest and not first_cue(STATISTICS, ctx.story + ctx.sentence):
        return "single_case_loss", arrest + damage  # one group's haul in an arrest story
    single, aggregate = _single_cues(ctx.sentence), _aggregate_cues(ctx.sentence)
    if len(single) == len(aggregate):
        story_single, story_aggregate = _single_cues(ctx.story), _aggregate_cues(ctx.story)
        if len(story_single) > len(story_aggregate):
            return "single_case_loss", story_single + damage
        aggregate += story_aggregate
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
        scheme = _scheme_cue(ctx)
        return (
            ("damage_scheme", scheme + damage) if scheme else ("damage_total", damage + aggregate)
        )
    return "other", []


def _speaks_of_loss(words: list[Word]) -> bool:
    """Whether words name a loss, a fraud, an offender or a victim, or a sum («на сумму»)."""
    return any(
        DAMAGE.matches_word(w)
        or FRAUD_NOUNS.matches_word(w)
        or OFFENDER_NOUNS.matches_word(w)
        or VICTIMS.matches_word(w)
        or w.lemma == "сумма"
        for w in words
    )


def _on_the_sum(before: list[Word]) -> bool:
    """Whether an amount follows «на сумму» (a bound word may stand between)."""
    tail = [w.lemma for w in before[-3:]]
    return any(a == "на" and b == "сумма" for a, b in zip(tail, tail[1:], strict=False))


def _price_window(ctx: NumberContext) -> list[Word]:
    """The words that may make an amount a price, a fine or a limit instead of a loss.

    A verb of losing right before the amount is nearer than a word of buying after it
    («потеряла 4,5 тысячи рублей при покупке коляски» is a loss): then only the words
    between that verb and the amount count.
    """
    before = ctx.before[-6:]
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if DAMAGE.matches_word(before[k]) and lemma_is_verb(before[k]):
            return before[k + 1 :]
    return before + ctx.after[:3]


def _singular_loss_verb(words: list[Word]) -> list[str]:
    """A verb of losing or handing over money whose subject is one person («перевела»)."""
    for w in words:
        if DAMAGE.matches_word(w) and verb_number(w.text) == "sing":
            return [w.text]
    return []


def _one_victim(words: list[Word]) -> list[str]:
    """Words that name one victim's or one case's loss outright.

    «один человек», «одного мошенничества», «за один раз» (the number word «один» with a
    noun of a person, a case or a time), a person of a given age («67-летней жительницы»)
    and a superlative before a money noun
    («максимальная сумма», «самый крупный ущерб»).
    """
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if w.lemma == "летний" and person_noun(nxt) and not nxt.plural:
            return [w.text, nxt.text]  # «у 67-летней жительницы»: one person of a given age
        if w.lemma == "один" and nxt.lemma == "из" and k + 2 < len(words):
            nxt = words[k + 2]  # «в одном из случаев», «одна из жительниц»
        if w.lemma == "один" and (
            person_noun(nxt) or CASE_NOUNS.matches_word(nxt) or nxt.lemma == "раз"
        ):
            return [w.text, nxt.text]
        if SUPERLATIVE.matches_word(w) and not MONTHS.first(words) and not _aggregate_cues(words):
            # not «Максимальный ущерб отмечен в октябре» (a month) nor «сахалинцы отдали
            # рекордную сумму» (a record total)
            money = MONEY_WORDS.first(words[k + 1 : k + 3])
            if money is not None:
                return [w.text, money.text]
    return []


def _group_loss(ctx: NumberContext) -> list[str]:
    """A plural participle of losing right before an amount, after counted persons.

    «стали 16 человек, отдавших 5,6 млн», «47 человек, потерявших свыше 20 млн»: the amount
    is the group's together.
    """
    for w in ctx.before[-3:]:
        if DAMAGE.matches_word(w) and participle_number(w.text) == "plur":
            persons = [p for p in ctx.sentence if p.end <= w.start and p.counted and person_noun(p)]
            if persons:
                return [persons[-1].text, w.text]
    return []


def _scheme_cue(ctx: NumberContext) -> list[str]:
    """A word naming a scheme right around the number, or the scheme of a list item."""
    if ctx.scheme:
        return [ctx.scheme]
    return first_cue(SCHEME_WORDS, ctx.before[-3:] + ctx.after[:6])


def _single_cues(words: list[Word]) -> list[str]:
    """Words that make a loss one victim's: one person or company (not «320 тұрғынды»), «ең»."""
    of_a_month = MONTHS.first(words) is not None  # «наибольший ущерб — в октябре»: a month's
    return [
        w.text
        for w in words
        if (SINGLE.matches_word(w) and not w.plural and not w.counted)
        or (SUPERLATIVE.matches_word(w) and not of_a_month)
    ]


def per_period(after: list[Word]) -> list[str]:
    """«в месяц», «в день», «айына» right after a number: a per-period average, not a total.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> per_period(words("рублей в месяц уходили")), per_period(words("рублей за месяц"))
    (['месяц'], [])
    """
    for k, w in enumerate(after[:4]):
        if w.lemma in PER_PERIOD.exact and k > 0 and after[k - 1].lemma in ("в", "каждый"):
            return [w.text]
        if PER_PERIOD.prefixes and w.text.lower().startswith(PER_PERIOD.prefixes):
            return [w.text]
    return []


def average_words(ctx: NumberContext) -> list[str]:
    """A word of an average before the number in its clause («средний ущерб», «ежедневно»).

    A capitalised word inside a sentence is part of a name, not an average: «Жители
    Среднего Урала перевели 1,7 млрд».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Жители Среднего Урала перевели")
    >>> average_words(NumberContext("5", 31, 32, 5, None, False, before=ws, sentence=ws))
    []
    >>> ws = words("Средний ущерб составил")
    >>> average_words(NumberContext("5", 23, 24, 5, None, False, before=ws, sentence=ws))
    ['Средний']
    """
    first = ctx.sentence[0] if ctx.sentence else None
    return first_cue(AVERAGE, [w for w in ctx.before if w is first or not w.text[:1].isupper()])


def every_period(words: list[Word]) -> list[str]:
    """«каждый день», «күн сайын»-like pairs of «every» and a unit of time: a per-period rate.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> every_period(words("Полицейские каждый день регистрируют по")), every_period(words("за день"))
    (['каждый', 'день'], [])
    """
    for k, w in enumerate(words[:-1]):
        if EVERY.matches_word(w) and PER_PERIOD.matches_word(words[k + 1]):
            return [w.text, words[k + 1].text]
    return []


def _aggregate_cues(words: list[Word]) -> list[str]:
    """Words that make a loss an aggregate: people in the plural or counted, «всего», a region."""
    return [
        w.text
        for w in words
        if AGGREGATE.matches_word(w) or ((w.maybe_plural or w.counted) and person_noun(w))
    ]


def person_noun(word: Word) -> bool:
    """A noun of persons: one of the cue table's, or any animate Russian noun («оренбуржцев»)."""
    return PERSON_NOUNS.matches_word(word) or (
        word.animate and not OFFENDER_NOUNS.matches_word(word)
    )


def _phrase_after(sentence: list[Word], noun: Word, *, limit: int = 4) -> list[Word]:
    """Up to ``limit`` words after ``noun`` with only punctuation between (no number, no dash)."""
    out, end = [], noun.end
    for w in sentence:
        if w.start < noun.end:
            continue
        if w.start - end > 3 or len(out) == limit:
            break
        out.append(w)
        end = w.end
    return out


#: How many words of the sentences before a count may name the centre that registered it.
_WINDOW = 25

_ACCUSATIVE = ("ды", "ді", "ны", "ні", "ты", "ті")
#: Kazakh genitive endings: a noun in the genitive owns, it is not counted («алаяқтардың арбауы»).
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def _accusative(noun: Word) -> bool:
    """A Kazakh person noun in the accusative («адамды», «тұрғындарды»), not «азаматы» (his).

    The ending after the noun's stem decides: «азамат|ы» is a possessive, «адам|ды» an object.
    """
    low = noun.text.lower()
    stems = [p for p in PERSON_NOUNS.prefixes if low.startswith(p)]
    rest = low[len(max(stems, key=len)) :] if stems else low
    return rest.endswith(_ACCUSATIVE) and len(rest) >= 2


def _counted_noun(after: list[Word]) -> Word | None:
    """The noun a number counts: the first noun after it, adjectives between, before any
    preposition («44 млн сомнительных звонков»; none in «18 млн из них»)."""
    for w in after:
        if w.lemma in _PREPOSITIONS:
            return None
        if w.pos == "NOUN":
            return w
    return None


_PREPOSITIONS = frozenset(("из", "с", "со", "на", "в", "во", "за", "по", "от", "до", "у", "к"))


def count_noun_role(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """The role of a count from the noun it counts, with the cue words; None for no such noun.

    Case nouns give cases (or sent to court, solved, a rate, a change, another crime, a
    scheme), person nouns victims or suspects, incident nouns Anti-Fraud incidents, nouns of
    things (cards, sites) ``other``, «население» the population of a rate.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("задержаны 12 человек")
    >>> count_noun_role(NumberContext("12", 10, 12, 12, None, False, before=ws[:1],
    ...                               after=ws[1:], sentence=ws), ws[1])
    ('suspects', ['задержаны'])
    """
    window = ctx.before[-6:] + ctx.after[:8]
    antifraud = first_cue(ANTIFRAUD, ctx.sentence) or first_cue(ANTIFRAUD, ctx.story[-_WINDOW:])
    if EVENT_NOUNS.matches_word(noun) and antifraud:
        return "antifraud_incidents", [noun.text] + antifraud  # events the centre registered
    offender = OFFENDER_NOUNS.matches_word(noun) and noun in ctx.after[:2]
    if offender and not noun.text.lower().endswith(_GENITIVE):
        return "suspects", [noun.text]  # «2000-ға жуық алаяқ жауапқа тартылды»
    if POPULATION_NOUNS.matches_word(noun):
        return "population", [noun.text]  # the base of a rate: «на 10 тыс. населения»
    fraud = _coordinated_fraud(ctx, noun) if OTHER_CRIMES.matches_word(noun) else None
    if fraud is not None:
        return "cases_total", [noun.text, fraud.text]  # «2570 краж, мошенничеств и …»
    if CASE_NOUNS.matches_word(noun):
        return _case_noun_role(ctx, noun, window)
    if person_noun(noun):
        return _person_noun_role(ctx, noun, window)
    if INCIDENT_NOUNS.matches_word(noun):
        about = _phrase_after(ctx.sentence, noun)
        crimes = first_cue(CASE_NOUNS, about) or first_cue(FRAUD_NOUNS, about)
        if crimes and not antifraud:
            return "cases_total", [noun.text] + crimes  # «обращения граждан по фактам хищений»
        return "antifraud_incidents", [noun.text]
    if COUNT_WORDS.matches_word(noun):
        return "other", [noun.text]
    return None


def _case_noun_role(ctx: NumberContext, noun: Word, window: list[Word]) -> tuple[str, list[str]]:
    """A count of cases: registered, one scheme's, sent to court, solved, or no fraud count."""
    if first_cue(RATE_WORDS, ctx.sentence):
        return "other", [noun.text] + first_cue(RATE_WORDS, ctx.sentence)  # a rate
    court = first_cue(SENT_TO_COURT, ctx.after[:6])
    solved = first_cue(SOLVED, window)
    if (court or (first_cue(SENT_TO_COURT, ctx.before[-4:]) and not solved)) and first_cue(
        COURT_VERBS, window
    ):
        return "sent_to_court", court or first_cue(SENT_TO_COURT, ctx.before[-4:])
    solved = solved or _attributed(ctx)
    if solved:
        return "solved", solved
    verdict = first_cue(VERDICT, window)
    if verdict:
        return "other", [noun.text] + verdict  # cases with a verdict
    prevented = first_cue(PREVENTED, ctx.before[-4:])
    if prevented:
        return "other", [noun.text] + prevented  # «предотвратила 200 киберпреступлений»
    k = ctx.after.index(noun) if noun in ctx.after else len(ctx.after)
    if first_cue(CHANGE_WORDS, ctx.after[k + 1 : k + 2]):
        return "other", [noun.text, ctx.after[k + 1].text]  # a change, not a count
    if first_cue(CASELOAD, window) and any(w.lemma == "производство" for w in window):
        return "other", [noun.text] + first_cue(CASELOAD, window)  # «в производстве находилось»
    # «874 — преступления, связанные с наркотиками»: the words after the noun, commas allowed;
    # «11 дорожно-транспортных происшествий»: the words before it
    k = ctx.after.index(noun) if noun in ctx.after else 0
    phrase = _phrase_after(ctx.sentence, noun)
    crime = first_cue(OTHER_CRIMES, _until(CONJUNCTIONS, phrase)) or first_cue(
        OTHER_CRIMES, ctx.after[:k]
    )
    # «12 преступлений (кражи), совершенных посредством ИТТ»: thefts by IT are cybercrime
    rest = _phrase_after(ctx.sentence, noun, limit=12)
    plain = [w for w in rest if not OTHER_CRIMES.matches_word(w)]  # not «киберкражи»
    by_it = first_cue(CYBER, plain) or first_cue(INTERNET, plain)
    if crime and not first_cue(FRAUD_NOUNS, phrase) and not by_it:  # not «краж и мошенничеств»
        return "other", [noun.text] + crime
    scheme = _scheme_cue(ctx)
    if scheme:
        return "cases_scheme", [noun.text] + scheme
    return "cases_total", [noun.text] + first_cue(REGISTERED, ctx.sentence)


def _person_noun_role(
    ctx: NumberContext, noun: Word, window: list[Word]
) -> tuple[str, list[str]] | None:
    """A count of persons: victims, suspects, a rate's base, or a crime («адам өлтіру»)."""
    crime = first_cue(NAMED_CRIMES, _phrase_after(ctx.sentence, noun)[:1])
    if crime:
        return "other", [noun.text] + crime  # «27 қасақана адам өлтіру»: murders
    rate = first_cue(RATE_WORDS, _phrase_after(ctx.sentence, noun)[:1])
    if rate:
        return "population", [noun.text] + rate  # «10 мың тұрғынға шаққанда»: a rate's base
    if _accusative(noun) and not SUSPECTS.matches_word(noun):
        return "victims", [noun.text]  # a Kazakh object: «4 адамды алдап соққан»
    suspects = first_cue(SUSPECTS, [noun] + window)
    victims = first_cue(VICTIMS, [noun] + window)
    if suspects and not (victims and VICTIMS.matches_word(noun)):
        return "suspects", suspects
    if victims or PERSON_NOUNS.matches_word(noun):
        return "victims", victims or [noun.text]
    # a noun the tables do not list («оренбуржцев»): victims when its sentence tells of
    # a loss («52 оренбуржца перевели мошенникам»), else persons of no known part
    lost = first_cue(VICTIMS, ctx.sentence) or first_cue(DAMAGE, ctx.sentence)
    return ("victims", [noun.text] + lost) if lost else None


def _attributed(ctx: NumberContext) -> list[str]:
    """Words that attribute a count of crimes to known offenders: solved, not registered.

    «на счету которых 236 преступлений» (on their account), «установлены лица по 145
    преступлениям», «задержаны … по 20 эпизодам» (persons identified or detained for them).
    """
    before = ctx.before[-5:]
    for k, w in enumerate(before[:-1]):
        if w.lemma == "на" and before[k + 1].text.lower() in ("счету", "счёту"):
            return [w.text, before[k + 1].text]
    _, prev = neighbours(ctx)
    if prev is not None and prev.lemma == "по":
        suspects = first_cue(SUSPECTS, before[:-1])
        if suspects and any(person_noun(w) for w in before[:-1]):
            return suspects
    return []


def _coordinated_fraud(ctx: NumberContext, noun: Word) -> Word | None:
    """A fraud noun joined to ``noun`` by a comma or a conjunction («краж, мошенничеств»).

    A count of several crimes, fraud among them, counts fraud (with the others).
    """
    end = noun.end
    for w in [w for w in ctx.sentence if w.start >= noun.end][:3]:
        if w.start - end > 2:
            return None  # a number or a dash between: another count
        if FRAUD_NOUNS.matches_word(w):
            return w
        end = w.end
    return None


def _persons_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """Suspects or victims for a collective numeral («двое», «екеуі»): the story decides."""
    for words in (ctx.before[-6:] + ctx.after[:12], ctx.sentence, ctx.story):
        suspects, victims = first_cue(SUSPECTS, words), first_cue(VICTIMS, words)
        if suspects or victims:
            return ("suspects", suspects) if suspects else ("victims", victims)
    return "suspects", []


def money_without_currency(ctx: NumberContext) -> bool:
    """A scaled number of 100 000 or more that is money though no currency follows it.

    A money word in its sentence, or a verb of returning, blocking or losing before it
    that does not count a noun after it («Вернуть удалось 18 млн», not «заблокировано 44 млн
    звонков»).
    """
    if not (ctx.scaled and (ctx.value or 0) >= 100_000):
        return False
    nxt, _ = neighbours(ctx)
    if nxt is not None and nxt.pos == "NOUN" and not MONEY_WORDS.matches_word(nxt):
        if not PERSON_NOUNS.matches_word(nxt):
            return False  # «34,8 млн попыток похитить деньги»: a count of attempts, not money
    if first_cue(MONEY_WORDS, ctx.sentence):
        return True
    verb = (
        first_cue(RECOVERED, ctx.before[-4:])
        or first_cue(PREVENTED, ctx.before[-4:])
        or first_cue(DAMAGE, ctx.before[-4:])
    )
    if verb and _counted_noun(ctx.after[:3]) is None:
        return True
    # «Более 486 миллионов отдали сахалинцы мошенникам»: a verb of losing right after it
    nxt, _ = neighbours(ctx)
    return nxt is not None and DAMAGE.matches_word(nxt) and lemma_is_verb(nxt)


def _noun_after(ctx: NumberContext) -> tuple[tuple[str, list[str]] | None, Word | None]:
    """The role the noun after a count gives, or the count's own noun when none does.

    The last noun of a phrase is what is counted («алаяқтық қоңырау»); the number counts
    its first noun, adjectives between («6 разбойных нападений на студентов»): when that
    noun is none of a role's, it is returned as the count's own noun.
    """
    nouns = ctx.after[:4]
    modifiers_only = True  # only adjectives so far between the number and this word
    for k, noun in enumerate(nouns):
        if k + 1 < len(nouns) and CASE_NOUNS.matches_word(noun):
            if COUNT_WORDS.matches_word(nouns[k + 1]) or INCIDENT_NOUNS.matches_word(nouns[k + 1]):
                continue
        found = count_noun_role(ctx, noun)
        if found:
            return found, None
        not_counted = SCALE_NOUNS.matches_word(noun) or TIME_UNITS.matches_word(noun)
        if modifiers_only and noun.pos == "NOUN" and not not_counted:
            return None, noun
        modifiers_only = modifiers_only and (noun.pos in ("ADJF", "PRTF") or not_counted)
    return None, None


def _count_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a count (a number without a currency)."""
    if not (ctx.before or ctx.after or ctx.sentence) and not ctx.hint:
        # a bare number among bare numbers: no word to read, only the count before it
        return (ctx.previous, []) if ctx.previous in CARRIED_ROLES else ("other", [])
    if ctx.hint == "cases" and ctx.scheme:
        return "cases_scheme", [ctx.scheme]  # an item of a list of schemes
    if money_without_currency(ctx):
        # «Самую крупную сумму – пять миллионов – потеряла …», «Вернуть удалось 18 млн»
        return _money_role(ctx)
    if ctx.raw.lower() in cues.COLLECTIVE:
        return _persons_role(ctx)
    found, own_noun = _noun_after(ctx)
    if found:
        return found
    court = first_cue(SENT_TO_COURT, ctx.before[-3:] + ctx.after[:3])
    if court and first_cue(COURT_VERBS, ctx.before[-3:] + ctx.after[:3]):
        return "sent_to_court", court  # «из них направлено в суд 136», «66-сы сотқа жолданды»
    cue_before = any(first_cue(cueset, ctx.before[-3:]) for cueset in (SUSPECTS, VICTIMS, SOLVED))
    if own_noun is not None and not cue_before:
        return "other", [own_noun.text]  # a noun no role counts, no role word before it
    if ctx.hint == "cases":
        return "cases_total", first_cue(CASE_NOUNS, ctx.sentence) + first_cue(
            REGISTERED, ctx.before
        )
    before = ctx.before[-3:]
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS), ("solved", SOLVED)):
        found = first_cue(cueset, before)
        if found:
            return role, found
    # «Всего их было зарегистрировано 1407»: a registration verb right before a bare count
    # of the cases its sentence, or the sentence before, names
    cases = first_cue(CASE_NOUNS, ctx.sentence) or (
        first_cue(CASE_NOUNS, ctx.story[-_WINDOW:]) if not ctx.after else []
    )
    if first_cue(CASE_NOUNS, before) or (first_cue(REGISTERED, before) and cases):
        return "cases_total", first_cue(REGISTERED, before) + cases
    solved = first_cue(SOLVED, ctx.after[:2])
    if solved:
        return "solved", solved  # «оның 450-і ашылды»
    if ctx.previous in CARRIED_ROLES:
        return ctx.previous, []
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS)):
        found = first_cue(cueset, ctx.after[:8])
        if found:
            return role, found
    return "other", []


def change_size(ctx: NumberContext) -> list[str]:
    """The words that make a number the size of a change, not a count or a total.

    «на 705 меньше», «почти на 100 миллионов больше», «выросли на 7 тыс»: «на» right before
    the number with a comparative after it or a verb of change before it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("это на 200 миллионов рублей больше")
    >>> change_size(NumberContext("200 миллионов", 7, 20, 200_000_000, "RUB", True,
    ...                           before=ws[:2], after=ws[3:]))
    ['больше']
    """
    before = ctx.before
    if before and before[-1].lemma in _BOUND_WORDS:
        before = before[:-1]  # «на порядка 1 тыс.», «почти на 100 миллионов»
    if not before or before[-1].lemma != "на" or ctx.start - before[-1].end > 20:
        return []
    return (
        first_cue(CHANGE_WORDS, ctx.after[:3])
        or first_cue(CHANGE_WORDS, before[-3:-1])  # «ущерб больше почти на 12 млн»
        or first_cue(CHANGE_VERBS, before[-8:-1])
    )


#: Bound and approximation words that may stand between «на» and the size of a change.
_BOUND_WORDS = frozenset(
    ("около", "порядок", "почти", "более", "свыше", "менее", "примерно", "приблизительно")
)


def decide_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """Decide the role of one number and the cue words that decided it.

    Parameters
    ----------
    ctx : NumberContext
        The number and the words around it.

    Returns
    -------
    (str, list of str)
        A role of :data:`ROLES` and the words of the text that decided it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "Жительница лишилась 3 млн тенге"
    >>> ws = words(text)
    >>> ctx = NumberContext("3 млн", 20, 25, 3_000_000, "KZT", True, before=ws[:2],
    ...                     after=ws[3:], sentence=ws)
    >>> decide_role(ctx)
    ('single_case_loss', ['Жительница', 'лишилась'])
    """
    if ctx.raw.lower() in cues.FRACTION_WORDS:
        return "percent", []  # «четверть», «половина»: a share
    if ctx.after[:1] and ctx.after[0].text.lower() in cues.FRACTION_WORDS and not ctx.scaled:
        if ctx.after[0].start - ctx.end <= 1:
            return "percent", [ctx.after[0].text]  # «две трети»: a number of fractions
    form = form_role(ctx)
    if form:
        return form
    change = change_size(ctx)
    if change:
        return "other", change
    if ctx.currency:
        return _money_role(ctx)
    return _count_role(ctx)


def decide_scope(ctx: NumberContext) -> str:
    """The scope of an aggregate figure: internet fraud, cybercrime, fraud in general or unknown.

    The words of its clause decide first, then those of its sentence: internet words
    («интернет», «онлайн», «дистанционный», «кибермошенничество») give
    ``internet_fraud``; cybercrime words ``cybercrime``; «мошенничество» / «алаяқтық»
    alone ``all_fraud``; nothing of these ``unknown``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Зарегистрировано 300 фактов мошенничества")
    >>> decide_scope(NumberContext("300", 17, 20, 300, None, False, before=ws[:1],
    ...                            after=ws[1:], sentence=ws))
    'all_fraud'
    """
    for words in (ctx.before[-8:] + ctx.after[:8], ctx.sentence):
        if INTERNET.first(words):
            return "internet_fraud"
        if CYBER.first(words):
            return "cybercrime"
        if FRAUD_NOUNS.first(words):
            return "all_fraud"
    return "unknown"

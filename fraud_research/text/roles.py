"""Decide the role of one number from the words around it: cases, damage, victims, dates, ….

The closed list of roles is :data:`~fraud_research.text.role_names.ROLES`; only
:data:`~fraud_research.text.role_names.AGGREGATE_ROLES` become proposed
records. :func:`decide_role` looks at the number's form (a year, «%», a month name, an
age: :mod:`fraud_research.text.forms`), its currency, the noun after it and the cue words
of its clause and sentence (:class:`~fraud_research.text.context.NumberContext`), matching
lemmas against the tables of :mod:`fraud_research.text.cues` (as the matchers of
:mod:`fraud_research.text.matchers`).
"""

from __future__ import annotations

import re
from itertools import takewhile

from . import cues
from .amounts import word_number
from .answers import money_asked, only_a_period, role_asked
from .attributed import attributed_to_offenders, offenders_unknown
from .bound_words import KAZAKH_GENITIVE
from .carried_count import OF_THEM, carried_on
from .change_size import change_size
from .context import NumberContext, before_a_period, before_particles, neighbours
from .counted_noun import (
    head_past_a_complement,
    means_or_pretext,
    modifies_next,
    modifies_noun_after,
    thing_registered,
    without_kazakh_modifiers,
)
from .falls_to import scheme_it_falls_to
from .forms import SHARE_THEN_BRACKET, form_role
from .hotlines import complaints_by_topic, received_by_a_hotline, reported_to_police
from .lemmas import Word, is_known_russian_word, may_be_genitive, phrase_after
from .matchers import (
    ANAPHORIC,
    ANTIFRAUD,
    CASE_NOUNS,
    CASELOAD,
    CHANGE_WORDS,
    CHECKS,
    CLOSED_CASES,
    COMPLAINT_BODIES,
    CONJUNCTIONS,
    COUNT_WORDS,
    COURT_VERBS,
    CRIME_WORDS,
    CYBER,
    EVENT_NOUNS,
    FRAUD_NOUNS,
    INCIDENT_NOUNS,
    INTERNET,
    NAMED_CRIMES,
    OFFENDER_NOUNS,
    OTHER_CRIMES,
    POPULATION_NOUNS,
    PREVENTED,
    RECOVERED,
    REGISTERED,
    SCALE_NOUNS,
    SELF_BANS,
    SENT_TO_COURT,
    SOLVED,
    SUSPECTS,
    TIME_UNITS,
    UNSOLVED,
    VERDICT,
    VICTIMS,
    CueSet,
    first_cue,
    part_opener_at,
    person_noun,
)
from .money_role import money_role
from .person_counts import collective_persons_role, person_count_role
from .rates import counts_a_fraction, rate_base, rate_words
from .role_names import AGGREGATE_ROLES, CARRIED_ROLES, PERSON_ROLES
from .running_totals import grew_in_the_last_days
from .schemes import (
    scheme_after_a_bare_count,
    scheme_cue,
    scheme_named_in,
    scheme_of_a_clause_after,
    scheme_of_a_part,
)
from .times_counted import times_role
from .unnamed_money import money_set_against, money_without_currency
from .unrealised import forecast_words, negated
from .wholes import all_crime_before_its_part, all_crime_of_a_fraud_part, whole_of_a_part


def _until(cueset: CueSet, words: list[Word]) -> list[Word]:
    """``words`` up to the first cue of ``cueset``."""
    for k, w in enumerate(words):
        if cueset.matches_word(w):
            return words[:k]
    return words


#: How many words after a count's noun may name the scheme it counts («заявлений о … лжебанкиров»).
_OF_WORDS = 12

#: How many words of the sentences before a count may name the centre that registered it.
_WINDOW = 25


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
    window = ctx.before[-6:] + _own_clause(ctx.after[:8])
    antifraud = first_cue(ANTIFRAUD, ctx.sentence) or first_cue(ANTIFRAUD, ctx.story[-_WINDOW:])
    if EVENT_NOUNS.matches_word(noun) and antifraud:
        # not «19 810 инцидентов, связанных с наркоторговлей»: the centre's count of other crime
        told = phrase_after(ctx.sentence, noun, limit=6)
        told = list(takewhile(lambda w: w.text.lower() not in ("сондай-ақ", "также"), told))
        crime = first_cue(NAMED_CRIMES, told)
        if crime:
            return "other", [noun.text] + crime
        return "antifraud_incidents", [noun.text] + antifraud  # events the centre registered
    offender = OFFENDER_NOUNS.matches_word(noun) and noun in ctx.after[:2]
    if offender and not noun.text.lower().endswith(KAZAKH_GENITIVE):
        return "suspects", [noun.text]  # «2000-ға жуық алаяқ жауапқа тартылды»
    if POPULATION_NOUNS.matches_word(noun):
        return "population", [noun.text]  # the base of a rate: «на 10 тыс. населения»
    if rate_base(ctx) and (person_noun(noun) or noun.lemma == "душа"):
        return "population", [ctx.before[-1].text, noun.text]  # «на одну тысячу граждан»
    fraud = _coordinated_fraud(ctx, noun) if OTHER_CRIMES.matches_word(noun) else None
    if fraud is not None:
        return "cases_total", [noun.text, fraud.text]  # «2570 краж, мошенничеств и …»
    body = first_cue(COMPLAINT_BODIES, ctx.sentence) if noun.lemma in _REPORTS else []
    body = body or received_by_a_hotline(ctx, noun)
    if body:
        return "antifraud_incidents", [noun.text] + body  # reports to a commission, the FBI
    if CASE_NOUNS.matches_word(noun):
        return _case_noun_role(ctx, noun, window)
    if person_noun(noun):
        return person_count_role(ctx, noun, window)
    if INCIDENT_NOUNS.matches_word(noun):
        occurred = _crimes_occurred(ctx, noun) if not antifraud else None
        if occurred:
            return occurred
        named = first_cue(NAMED_CRIMES, ctx.before[-3:]) if not antifraud else []
        if named:
            return "other", named + [noun.text]  # «зафиксировано краж — 45 инцидентов»: thefts
        about = phrase_after(ctx.sentence, noun)
        crimes = first_cue(CASE_NOUNS, about) or first_cue(FRAUD_NOUNS, about)
        # «рост случаев киберпреступлений. … насчитали 12,6 тысячи таких инцидентов»
        pointer = (
            first_cue(ANAPHORIC, ctx.after[: ctx.after.index(noun)]) if noun in ctx.after else []
        )
        told = first_cue(CASE_NOUNS, ctx.story[-12:]) if pointer else []
        crimes = crimes or (pointer + told if told else []) or reported_to_police(ctx, noun)
        # complaints («2445 жалоб, связанных с мошенничеством») are not reports of a crime
        if crimes and not antifraud and noun.lemma != "жалоба":
            return "cases_total", [noun.text] + crimes  # «обращения граждан по фактам хищений»
        return "antifraud_incidents", [noun.text]
    if COUNT_WORDS.matches_word(noun):
        return "other", [noun.text]
    return None


def _crimes_occurred(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """«Инцидент» as an occurrence of crime in police statistics, with no anti-fraud centre
    about: fraud's count when its label names fraud («самым частым преступлением … стало
    мошенничество (7717 инцидентов)»), all crime's when its sentence speaks of crime
    («показатели увеличились на 7,8 %, до 2085 инцидентов», of «противоправных действий»)."""
    if noun.lemma != "инцидент":
        return None  # reports and complaints are counted by those who receive them
    fraud = FRAUD_NOUNS.first(ctx.label[-3:] + ctx.before[-3:])
    if fraud is not None:
        return "cases_total", [fraud.text, noun.text]
    if first_cue(CASE_NOUNS, phrase_after(ctx.sentence, noun)):
        return None  # «924 инцидента, связанных с преступлениями, в которых …»: told after it
    crime = first_cue(CRIME_WORDS, ctx.sentence + ctx.story[-_WINDOW:])
    return ("other", crime + [noun.text]) if crime else None


def _own_clause(after: list[Word]) -> list[Word]:
    """The words after a count up to «и» or «а» before a verb, which opens a clause of its own
    («зарегистрировано 500 фактов мошенничества и раскрыто 100»: 500 were registered)."""
    for k, w in enumerate(after[:-1]):
        if w.text.lower() in ("и", "а") and after[k + 1].pos in ("VERB", "PRTS"):
            return after[:k]
    return after


def _request_or_claim(ctx: NumberContext, noun: Word) -> list[str]:
    """«15,7 млн заявлений на установку запрета» (applications for something), «заявлений …
    на отмену самозапрета» (for or against a self-imposed ban), «498 исковых заявлений» (claims
    in court), statements sent to a court: no reports of a crime («заявлений о мошенничестве»). The
    words that tell it, or ``[]``."""
    phrase = phrase_after(ctx.sentence, noun, limit=1)
    if noun.lemma in _REQUESTS and phrase and phrase[0].text.lower() == "на":
        return [noun.text, phrase[0].text]
    ban = first_cue(SELF_BANS, ctx.sentence) if noun.lemma in _REQUESTS else []
    if ban:
        return [noun.text] + ban  # «1,2 миллиона заявлений направлено на отмену … самозапрета»
    before_noun = ctx.after[: ctx.after.index(noun)] if noun in ctx.after else []
    lawsuit = [w.text for w in before_noun if w.lemma == "исковый"]
    if lawsuit:
        return lawsuit[:1] + [noun.text]
    # «в суды было направлено 188 таких заявлений»: statements sent to a court are claims
    near = ctx.before[-4:] if noun.lemma in _REQUESTS else []
    court = first_cue(SENT_TO_COURT, near) if first_cue(COURT_VERBS, near) else []
    return [noun.text] + court if court else []


def _caseload(ctx: NumberContext, window: list[Word]) -> list[str]:
    """«в производстве следователей и дознавателей … находилось 216 тысяч дел», «Всего в
    производстве органов – 1 350 дел»: cases held, not registered. «в производстве» may stand
    further back than the count's ``window``, and needs no verb of holding."""
    words = ctx.before[-_CASELOAD_WORDS:] + window
    in_work = [
        [w.text, words[k + 1].text]
        for k, w in enumerate(words[:-1])
        if w.lemma == "в" and words[k + 1].lemma == "производство"
    ]
    held = first_cue(CASELOAD, window)
    if held and any(w.lemma == "производство" for w in words):
        return held
    return in_work[0] if in_work else []


#: How far back «в производстве» may stand before a count of the cases it holds.
_CASELOAD_WORDS = 10

#: Nouns of a request: with «на» after them they ask for something («заявлений на снятие»).
_REQUESTS = frozenset(("заявление", "заявка", "обращение"))
#: Reports and complaints people make: counted by a body other than the police, incidents.
_REPORTS = frozenset((*cues.REPORT_NOUNS, "жалоба"))


def _stopped_or_to_come(ctx: NumberContext) -> list[str]:
    """Crimes stopped («предотвратила 200 киберпреступлений», «пресекли на Юге России … более 100
    случаев»; not «удалось предотвратить рост …, зарегистрировано 300») or still to come («в
    2025 году будет около 100 тысяч …»): the words that say so, else ``[]``. A Kazakh verb
    ends its clause: «Полиция 200 алаяқтық әрекеттің алдын алды» (stopped 200), and so may a
    Russian one: «Ещё 38 фактов предотвращено благодаря …»."""
    clause = ctx.before[-8:] + (ctx.kazakh_verb_after or ctx.after[:4])
    prevented = first_cue(PREVENTED, clause)
    if prevented and not first_cue(REGISTERED, clause):
        return prevented
    return forecast_words(ctx.before, earlier=ctx.sentence_before)


def _unsolved(ctx: NumberContext, window: list) -> list[str]:
    """Words that make a count of crimes unsolved: «остаются не раскрытыми 3 таких
    преступления», «нераскрытых», «лица, совершившие 37 …, пока не установлены»."""
    if negated(window, SOLVED) or first_cue(UNSOLVED, window):
        return first_cue(UNSOLVED, window) or first_cue(SOLVED, window)
    return offenders_unknown(ctx)


def _case_noun_role(ctx: NumberContext, noun: Word, window: list[Word]) -> tuple[str, list[str]]:
    """A count of cases: registered, one scheme's, sent to court, solved, or no fraud count."""
    rate = rate_words(ctx, noun)
    if rate:
        return "other", [noun.text] + rate  # a rate: «232,1 факта на 100 тыс. граждан»
    request = _request_or_claim(ctx, noun)
    if request:
        return "other", request
    if whole_of_a_part(ctx, noun) or ctx.whole:
        # «Из 2 341 преступления раскрыто 412», «1200 оқиғасының 160-ы ғана ашылған»: the verb
        # is the part's, the whole is registered
        window = ctx.after[: ctx.after.index(noun) + 1]
        crimes = all_crime_of_a_fraud_part(ctx, noun)
        if crimes:
            return "other", crimes
    crimes = all_crime_before_its_part(ctx, noun)
    if crimes:
        return "other", crimes  # «1 122 преступления, из которых 457 … с использованием ИКТ»
    court = first_cue(SENT_TO_COURT, ctx.after[:9])
    unsolved = _unsolved(ctx, window)
    if unsolved:  # unsolved cases, a part of the registered ones
        return "other", [noun.text] + unsolved
    solved = first_cue(SOLVED, window)
    if (court or (first_cue(SENT_TO_COURT, ctx.before[-4:]) and not solved)) and first_cue(
        COURT_VERBS, window
    ):
        return "sent_to_court", court or first_cue(SENT_TO_COURT, ctx.before[-4:])
    solved = solved or attributed_to_offenders(ctx)
    if solved:
        return "solved", solved
    verdict = first_cue(VERDICT, window)
    if verdict:
        return "other", [noun.text] + verdict  # cases with a verdict
    closed = first_cue(CLOSED_CASES, window) or first_cue(CHECKS, window)
    if closed and not first_cue(REGISTERED, window):
        # «прекращено 129 дел»: closed; «по трем заявлениям проводят проверку»: under check
        return "other", [noun.text] + closed
    not_done = _stopped_or_to_come(ctx)
    if not_done:
        return "other", [noun.text] + not_done
    clause = ctx.before[-6:] + ctx.after
    returned = first_cue(RECOVERED, clause)
    # a registering word right before the noun only qualifies it («анықталған факті бойынша»)
    registered = [w for w in clause if w.end < noun.start - 2 or w.start > noun.end]
    if returned and not first_cue(REGISTERED, registered):
        return "other", [noun.text] + returned  # «по 60 фактам гражданам возвращено 11 млн»
    k = ctx.after.index(noun) if noun in ctx.after else len(ctx.after)
    if first_cue(CHANGE_WORDS, ctx.after[k + 1 : k + 2]):
        return "other", [noun.text, ctx.after[k + 1].text]  # a change, not a count
    caseload = _caseload(ctx, window)
    if caseload:
        return "other", [noun.text] + caseload  # «в производстве находилось»
    phrase = phrase_after(ctx.sentence_to_list, noun)
    crime = _crime_named(ctx, noun, phrase)
    # «12 преступлений (кражи), совершенных посредством ИТТ»: thefts by IT are cybercrime
    after_noun = phrase_after(ctx.sentence_to_list, noun, limit=12)
    rest = _up_to_a_part(list(takewhile(lambda w: w.pos != "VERB", after_noun)))
    plain = [w for w in rest if not OTHER_CRIMES.matches_word(w)]  # not «киберкражи»
    by_it = first_cue(CYBER, plain) or first_cue(INTERNET, plain)
    fraud = first_cue(FRAUD_NOUNS, [noun, *phrase])  # not «краж и мошенничеств»
    if crime and not fraud and not by_it:
        return "other", [noun.text] + crime
    rest = _of_the_whole(rest) if ctx.after_from else rest
    scheme = _scheme_of_cases(ctx, noun, rest, after_noun)
    if scheme:
        return "cases_scheme", [noun.text] + scheme
    return "cases_total", [noun.text] + first_cue(REGISTERED, ctx.sentence)


def _crime_named(ctx: NumberContext, noun: Word, phrase: list[Word]) -> list[str]:
    """The words naming the crime a count of cases counts, if not fraud: after the noun, commas
    allowed («874 — преступления, связанные с наркотиками»), before it («11
    дорожно-транспортных происшествий»), or by its article (:func:`_named_by_its_article`)."""
    k = ctx.after.index(noun) if noun in ctx.after else 0
    return (
        first_cue(NAMED_CRIMES, _until(CONJUNCTIONS, phrase))
        or first_cue(NAMED_CRIMES, ctx.after[:k])
        or _named_by_its_article(ctx)
    )


def _named_by_its_article(ctx: NumberContext) -> list[str]:
    """The crime named before a count «по статье» (or «по этой статье») of it: «По статье
    «неправомерный доступ к компьютерной информации» зарегистрировано 841 преступление»; else
    ``[]``."""
    if not any(w.lemma == "статья" for w in ctx.before[-8:]):
        return []
    return first_cue(NAMED_CRIMES, ctx.sentence_before)


def _up_to_a_part(words: list[Word]) -> list[Word]:
    """A count's phrase up to a part it opens or the next number: not the next clause's words
    («843 дерек тіркелді, оның ішінде банк қызметкерлері атынан 340»: the bank scheme is the
    part's; nor «…, олардың жетпіс екісі – жалған инвестиция», a part counted in words)."""
    lowered = [w.text.lower() for w in words]
    k = next(
        (
            k
            for k in range(len(words))
            if part_opener_at(lowered, k, one_word=False)
            or (part_opener_at(lowered, k) and _number_word_at(lowered, k + 1))
        ),
        None,
    )
    words = words if k is None else words[:k]
    # nor past the next count («Из 843 фактов 340 связаны с инвестициями»: the 340's scheme)
    gap = next((k for k in range(1, len(words)) if words[k].start - words[k - 1].end > 3), None)
    return words if gap is None else words[:gap]


def _number_word_at(lowered: list[str], k: int) -> bool:
    return k < len(lowered) and word_number(lowered[k]) is not None


def _of_the_whole(rest: list[Word]) -> list[Word]:
    """The phrase of a whole after «из» up to its first noun that cannot be in the genitive:
    «Из 900 фактов интернет-мошенничества звонки от имени банков – 320, …» (the schemes after
    it label the parts, not the whole)."""
    for k, w in enumerate(rest):
        if w.pos == "NOUN" and not may_be_genitive(w.text):
            return rest[:k]
    return rest


def _scheme_of_cases(
    ctx: NumberContext, noun: Word, rest: list[Word], after_noun: list[Word]
) -> list[str]:
    """The words naming the scheme of counted cases: around the number, in a part, in the
    noun's phrase («11 заявлений о неправомерных действиях лжебанкиров»: ``rest``, the phrase
    up to its verb) or in a clause after it («…, которые представлялись сотрудниками банков»:
    ``after_noun``); else ``[]``."""
    return (
        scheme_cue(ctx)
        or scheme_it_falls_to(ctx)
        or scheme_of_a_part(ctx, noun)
        or scheme_named_in(rest[:_OF_WORDS])
        or scheme_of_a_clause_after(after_noun)
        or _scheme_in_so_many_cases(ctx, noun, after_noun)
    )


def _scheme_in_so_many_cases(ctx: NumberContext, noun: Word, after_noun: list[Word]) -> list[str]:
    """«В 74 случаях мошенники представлялись сотрудниками спецслужб»: the clause told of cases
    counted «в N случаях» names their scheme."""
    if not (ctx.before and ctx.before[-1].text.lower() in ("в", "во") and noun.lemma == "случай"):
        return []
    if not noun.text.lower().endswith("ях"):
        return []
    clause = list(takewhile(lambda w: not w.counted, after_noun))
    return scheme_named_in(clause[:_OF_WORDS])


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


def _noun_after(ctx: NumberContext) -> tuple[tuple[str, list[str]] | None, Word | None]:
    """The role the noun after a count gives, or the count's own noun when none does.

    The last noun of a phrase is what is counted («алаяқтық қоңырау»); the number counts
    its first noun, adjectives between («6 разбойных нападений на студентов»): when that
    noun is none of a role's, it is returned as the count's own noun.
    """
    # «9 из них — взломы …»: the noun after the part's opener is its own
    skip = 2 if [w.lemma for w in ctx.after[:2]] in (["из", "они"], ["из", "который"]) else 0
    head = head_past_a_complement(ctx.after[:7])
    found = count_noun_role(ctx, head) if head is not None else None
    if found:
        return found, None  # «90 причастных к этим преступлениям лиц»: persons, not crimes
    nouns = ctx.after[skip : skip + 4]
    modifiers_only = True  # only adjectives so far between the number and this word
    for k, noun in enumerate(nouns):
        if means_or_pretext(nouns, k):
            break  # «340 совершены путём звонков», «2 - под видом выплаты»: no counted noun
        if k + 1 < len(nouns) and not noun.pos and COUNT_WORDS.matches_word(noun):
            if person_noun(nouns[k + 1]):
                continue  # «63 қылмыстық топ мүшесі»: members of a group are counted
        if modifies_next(nouns, k):
            continue  # «алаяқтық қоңырау»: the call is counted
        if modifies_noun_after(nouns, k):
            continue  # «8 пострадавших организаций»: the participle tells of the noun after it
        found = count_noun_role(ctx, noun)
        if found:
            return found, None
        not_counted = SCALE_NOUNS.matches_word(noun) or TIME_UNITS.matches_word(noun)
        if modifiers_only and noun.pos == "NOUN" and not not_counted:
            return None, noun
        # «5 ауылдың тұрғындары»: a Kazakh genitive right after the count is what it counts
        if k == 0 and not noun.pos and noun.text.lower().endswith(KAZAKH_GENITIVE):
            if not not_counted:
                return None, noun
        modifiers_only = modifiers_only and (noun.pos in ("ADJF", "PRTF") or not_counted)
    return None, None


#: A dash right after a number: the words after it are what the item says, not its noun.
_DASH_AFTER_RE = re.compile(r"\s*[—–-]\s")


def _elided_item(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """The role of the count before, for a count that opens a clause of its own and a dash
    follows: «Из них 12 человек поверили «сотрудникам банков», 8 — «следователям»» (8 persons:
    the noun left out is the one before, the dash stands for the verb)."""
    if (
        ctx.previous in PERSON_ROLES
        and _DASH_AFTER_RE.match(ctx.char_after)
        and all(w.lemma in ("а", "и", "еще", "ещё") for w in ctx.before)
    ):
        return ctx.previous, []
    return None


def _thing_counted(noun: Word) -> bool:
    """Whether the noun right after a count is a thing it counts, no case, incident or report:
    «проектов», «компаний», «сайтов»."""
    return (
        noun.pos == "NOUN"
        and not CASE_NOUNS.matches_word(noun)
        and not INCIDENT_NOUNS.matches_word(noun)
        and noun.lemma not in cues.REPORT_NOUNS
    )


def _count_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a count (a number without a currency)."""
    if not (ctx.before or ctx.after or ctx.sentence) and not ctx.hint:
        # a bare number among bare numbers: no word to read but the question it answers («–
        # Сколько …? – 2 114.»), only the count before it
        asked = role_asked(ctx.question, ctx.last_count) if ctx.question else None
        return asked or ((ctx.previous, []) if ctx.previous in CARRIED_ROLES else ("other", []))
    money = money_without_currency(ctx)
    nxt, _ = neighbours(ctx)
    # «27 пострадавших перевели деньги на криптобиржи, 29 — попались на фишинговые ссылки»:
    # persons again, though the clause names a scheme
    elided = None if money else _elided_item(ctx)
    if elided:
        return elided
    if ctx.hint == "cases" and ctx.scheme and not money and not (nxt and person_noun(nxt)):
        # an item of a list of schemes; not «… от вишинга — 19 человек лишились …» (persons)
        # nor «черные кредиторы (49 проектов)» (things of its own, no cases)
        complaints = complaints_by_topic(ctx)
        if complaints:
            return "antifraud_incidents", complaints
        if not (nxt is not None and nxt.start - ctx.end <= 1 and _thing_counted(nxt)):
            return "cases_scheme", [ctx.scheme]
    if money:
        # «Самую крупную сумму – пять миллионов – потеряла …», «Вернуть удалось 18 млн»
        return _amount_role(ctx)
    if ctx.raw.lower() in cues.COLLECTIVE:
        persons = collective_persons_role(ctx)
        nxt, _ = neighbours(ctx)
        if persons[1] or not (nxt is not None and person_noun(nxt)):
            return persons  # «семеро пенсионеров» with no word of either: the noun decides
    found, own_noun = _noun_after(ctx)
    if found:
        return found
    times = times_role(ctx, own_noun)
    if times:
        return times
    # «из них направлено в суд 136», «66-сы сотқа жолданды», «375 уже переданы в суд»
    near = ctx.before[-3:] + [w for w in ctx.after[:6] if w.lemma not in OF_THEM][:4]
    court = first_cue(SENT_TO_COURT, near)
    if court and first_cue(COURT_VERBS, near):
        return "sent_to_court", court
    if own_noun is not None and SELF_BANS.matches_word(own_noun):
        return "other", [own_noun.text]  # «установили уже 22 млн самозапретов»: not suspects
    cue_before = any(first_cue(cueset, ctx.before[-3:]) for cueset in (SUSPECTS, VICTIMS, SOLVED))
    # «у задержанных изъяли 5 телефонов»: things counted, whoever was detained
    # (a noun the dictionary knows: not «дроповодов», which pymorphy3 guesses inanimate)
    thing = own_noun is not None and own_noun.pos == "NOUN" and not own_noun.animate
    thing = thing and not person_noun(own_noun) and is_known_russian_word(own_noun.text)
    if own_noun is not None and (not cue_before or thing):
        return "other", [own_noun.text]  # a noun no role counts, no role word before it
    solved = first_cue(SOLVED, ctx.after[:2]) if ctx.part else []
    if solved and not negated(ctx.after[:2], SOLVED):
        return "solved", solved  # «оқиғасының 160-ы ғана ашылған»: the part solved, of a whole
    thing = thing_registered(before_particles(ctx.before))
    if thing is not None and not first_cue(CASE_NOUNS, ctx.sentence):
        return "other", [thing.text]  # «таких операций было выявлено 362 тыс.»: not cases
    if ctx.hint == "cases":
        noun = first_cue(CASE_NOUNS, ctx.sentence)
        # «Инвестиционных мошенничеств зарегистрировано 118»: the scheme before the verb
        scheme = scheme_cue(ctx)
        if scheme:
            return "cases_scheme", noun + scheme
        return "cases_total", noun + first_cue(REGISTERED, ctx.before)
    return _bare_count_role(ctx)


def _bare_count_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a count with no noun of its own: the role words right before it, a
    registration verb, the noun «таких» points at, the subject of the share whose percent
    it follows in brackets, else the count before carried on."""
    # «раскрыто – всего лишь чуть больше 3400»; «зарегистрировано с начала года более 400»:
    # the words of a period between the verb and the count aside
    before = before_a_period(before_particles(ctx.before))[-3:]
    answer = ctx.question and only_a_period(ctx.before)
    asked = role_asked(ctx.question, ctx.last_count) if answer else None
    if asked:
        return asked  # «– Сколько удалось раскрыть? – Около трёхсот.»
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS), ("solved", SOLVED)):
        found = first_cue(cueset, without_kazakh_modifiers(before))  # not «Күдікті қоңырау – 102»
        if found and not (role == "solved" and negated(before, SOLVED)):
            return role, found  # not «остаются не раскрытыми 3»
    # «Всего их было зарегистрировано 1407»: a registration verb right before a bare count
    # of the cases its sentence, or the sentence before, names
    cases = first_cue(CASE_NOUNS, ctx.sentence) or (
        first_cue(CASE_NOUNS, ctx.story[-_WINDOW:]) if not ctx.after else []
    )
    such = _such_noun_before(before_particles(ctx.before))
    if such is not None and not CASE_NOUNS.matches_word(such) and person_noun(such):
        return count_noun_role(ctx, such) or ("other", [])  # «Таких потерпевших уже 140»
    such_cases = [such.text] if such is not None and CASE_NOUNS.matches_word(such) else []
    # «Из 300 дел по 95 вынесены приговоры», «по 40 направлены в суд»: what became of them
    verdict = first_cue(VERDICT, ctx.after[:3])
    if verdict:
        return "other", verdict
    court = first_cue(SENT_TO_COURT, ctx.after[:4])
    if court and first_cue(COURT_VERBS, ctx.after[:4]):
        return "sent_to_court", court
    registered = (
        first_cue(CASE_NOUNS, before) or (first_cue(REGISTERED, before) and cases) or such_cases
    )
    if registered and not _what_became_of_them(ctx):
        return scheme_after_a_bare_count(ctx) or (
            "cases_total",
            first_cue(REGISTERED, before) + cases,
        )
    solved = first_cue(SOLVED, ctx.after[:2])
    if solved:
        return "solved", solved  # «оның 450-і ашылды»
    subject = (
        CASE_NOUNS.first(ctx.sentence_before)
        if SHARE_THEN_BRACKET.search(ctx.char_before)
        else None
    )
    if subject is not None:
        # «Киберпреступления составили 38,7% (6 104) от всех …»: the count of the share's subject
        return count_noun_role(ctx, subject) or carried_on(ctx)
    if ctx.after_from and ctx.previous == "cases_scheme":
        return "cases_total", [ctx.before[-1].text]  # «более 400 из 1200»: a scheme's of all
    return carried_on(ctx)


def _such_noun_before(before: list[Word]) -> Word | None:
    """«Таких случаев в этом году уже 140», «таких потерпевших — 140», «Таких случаев
    зарегистрировано с начала года более 400»: the noun «таких» points at before a bare count,
    with only the words of a period and a registration verb between (no other noun)."""
    for k in range(len(before) - 1, max(0, len(before) - 7), -1):
        if before[k].pos in ("NOUN", "ADJF", "PRTF") and ANAPHORIC.matches_word(before[k - 1]):
            return before[k]
        if before[k].lemma not in cues.PERIOD_OF_A_COUNT and not REGISTERED.matches_word(before[k]):
            return None
    return None


def _what_became_of_them(ctx: NumberContext) -> list[str]:
    """Words right after a bare count that say what became of its cases, so that it is no
    count of registered ones: «631 остаются нераскрытыми», «212 раскрыты»."""
    adjacent = ctx.after[:1] if ctx.after and ctx.after[0].start - ctx.end <= 1 else []
    return first_cue(UNSOLVED, ctx.after[:3]) or first_cue(SOLVED, adjacent)


def decide_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """Decide the role of one number and the cue words that decided it.

    Parameters
    ----------
    ctx : NumberContext
        The number and the words around it.

    Returns
    -------
    (str, list of str)
        A role of :data:`~fraud_research.text.role_names.ROLES` and the words of the text that decided it.

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
    if change and not grew_in_the_last_days(ctx):
        return "other", change
    if ctx.currency:
        return _amount_role(ctx)
    if (
        ctx.previous in _BRACKET_KEEPS
        and _NUMBER_THEN_BRACKET.search(ctx.char_before)
        and ctx.char_after.startswith(")")
    ):
        return ctx.previous, []  # «Раскрыто 4 (8)»: the same count of the period before
    if money_set_against(ctx):
        return ctx.previous, [ctx.before[-1].text]  # «2,1 млрд тенге против 1,7 млрд годом ранее»
    role, cue_words = _count_role(ctx)
    if counts_a_fraction(ctx, role):
        return "other", cue_words
    if role in AGGREGATE_ROLES:
        # «к 2024 году эта цифра достигнет 58 800»: a count still to come, whatever it counts
        forecast = forecast_words(ctx.before, earlier=ctx.sentence_before)
        if forecast:
            return "other", forecast
    return role, cue_words


def _amount_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of an amount of money: what the question it answers with no words of its own asks
    for («– Сколько удалось вернуть? – Порядка трёхсот миллионов»), else :func:`money_role`."""
    asked = money_asked(ctx.question) if ctx.question and only_a_period(ctx.before) else None
    return asked or money_role(ctx)


#: Count roles a bare number in brackets right after a count repeats for another period.
_BRACKET_KEEPS = frozenset(("solved", "suspects", "victims", "sent_to_court"))
_NUMBER_THEN_BRACKET = re.compile(r"\d\s*\($")

"""A count of persons: victims, suspects, the base of a rate, an audience, or users of a service.

«обманули 120 жителей» (victims), «задержаны 12 человек» (suspects), «на 10 тыс. населения» (a
rate's base), «обучили 60 тысяч пенсионеров» (an audience), «8 млн человек установили
самозапрет» (users), and a collective numeral («двое», «екеуі») the story decides.
"""

from __future__ import annotations

from itertools import takewhile

from . import cues
from .bound_words import ABLATIVE_RE, KAZAKH_GENITIVE
from .context import NumberContext, before_particles, neighbours
from .lemmas import Word, is_known_russian_word, phrase_after, verb_number
from .matchers import (
    COMPLAINED,
    DAMAGE,
    FRAUD_WORDS,
    LIVING_VERBS,
    NAMED_CRIMES,
    NEARLY,
    OFFENDER_NOUNS,
    OUTREACH_VERBS,
    PERSON_NOUNS,
    POPULATION_NOUNS,
    RATE_WORDS,
    RECOVERED,
    SAVED_VERBS,
    SELF_BANS,
    SIGNUP_VERBS,
    SUSPECTS,
    VICTIMS,
    CueSet,
    first_cue,
    person_noun,
)
from .person_cues import POSING_WORDS
from .role_names import PERSON_ROLES
from .schemes import scheme_named_in
from .whose_loss import in_kazakh_ablative

__all__ = [
    "collective_persons_role",
    "part_of_persons_who_lost",
    "person_count_role",
    "self_ban_words",
]

#: Kazakh accusative endings: a person noun in the accusative is the object («4 адамды алдап»).
_ACCUSATIVE = ("ды", "ді", "ны", "ні", "ты", "ті")


def _accusative(noun: Word) -> bool:
    """A Kazakh person noun in the accusative («адамды», «тұрғындарды»), not «азаматы» (his).

    The ending after the noun's stem decides: «азамат|ы» is a possessive, «адам|ды» an object.
    """
    if noun.pos:
        return False  # a Russian word: «женщины», «студенты»
    low = noun.text.lower()
    stems = [p for p in PERSON_NOUNS.prefixes if low.startswith(p)]
    rest = low[len(max(stems, key=len)) :] if stems else low
    return rest.endswith(_ACCUSATIVE) and len(rest) >= 2


#: Crimes by name, not classes or means of crime (not «перешли по вредоносным ссылкам»).
_CRIMES_NAMED = CueSet(cues.NAMED_CRIMES)


def person_count_role(
    ctx: NumberContext, noun: Word, window: list[Word]
) -> tuple[str, list[str]] | None:
    """A count of persons: victims, suspects, a rate's base, or a crime («адам өлтіру»).

    ``window`` holds the words of the count's clause around it; the role comes with the words
    that decided it, or None when nothing in the sentence says what the persons were.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Задержаны 47 иностранцев, а также 5 граждан Казахстана")
    >>> ctx = NumberContext("5", 34, 35, 5, None, False, before=ws[2:4], after=ws[4:],
    ...                     sentence=ws, last_count="suspects")
    >>> person_count_role(ctx, ws[4], ws[2:])
    ('suspects', ['а'])
    """
    if _players_of_a_market(ctx, noun):
        return "other", [noun.text]  # «860 нелегальных участников рынка ценных бумаг»
    crime = first_cue(NAMED_CRIMES, phrase_after(ctx.sentence, noun)[:1])
    # «402 ребенка подверглись насилию», «402 бала зорлық-зомбылыққа ұшыраған»: victims of
    # another crime
    after = ctx.own_after[:4] if ctx.own_after else ctx.after[:4]
    if not crime and FRAUD_WORDS.first(after) is None:
        crime = first_cue(_CRIMES_NAMED, after)
    if crime:
        return "other", [noun.text] + crime  # «27 қасақана адам өлтіру»: murders
    rate = first_cue(RATE_WORDS, phrase_after(ctx.sentence, noun)[:1])
    if rate:
        # «10 мың тұрғынға шаққанда»: a rate's base; «Әр 100 мың тұрғынға шаққанда … Астанада
        # (168)»: a rate on that base, not the base
        return ("population" if noun in ctx.after[:2] else "other"), [noun.text] + rate
    if found := _staff_posed_as(ctx, noun) or _kazakh_persons_by_what_follows(ctx, noun):
        return found
    population = first_cue(POPULATION_NOUNS, ctx.before[-3:])
    if population:
        return "population", population + [noun.text]  # «городов с населением 500 000 человек»
    living = first_cue(LIVING_VERBS, ctx.before[-2:])
    # not «среди жертв … насчитывалось около двух тысяч человек»: victims counted
    # nor «насчитывается более 30 тысяч дропперов»: offenders counted
    if living and not first_cue(VICTIMS, ctx.before[-10:]) and not SUSPECTS.matches_word(noun):
        return "population", living + [noun.text]  # «где проживают 76 пожилых людей»
    taught = _taught(ctx, noun)
    if taught:
        return "other", taught + [noun.text]  # «обучили 60 тысяч пенсионеров»: an audience
    # the persons themselves kept safe, not what was theirs («спас сбережения двух пенсионерок»)
    saved = _saved(ctx.before[-3:]) or _nearly_lost(ctx.sentence, noun)
    if saved:
        return "other", saved + [noun.text]  # «спасли более 45 млн человек»: kept from a loss
    signed_up = self_ban_words(ctx.sentence)
    if signed_up and not first_cue(VICTIMS, [noun] + window) and not SUSPECTS.matches_word(noun):
        return "other", [noun.text] + signed_up  # «752 780 казахстанцев активировали услугу»
    if _accusative(noun) and not SUSPECTS.matches_word(noun):
        # a Kazakh object: «4 адамды алдап соққан»; not «130 адамды қылмыстық жауапкершілікке
        # тартты», «15 адамды ұстады» (brought to account, detained)
        after = phrase_after(ctx.sentence, noun)[:3]
        held = first_cue(SUSPECTS, after)
        # «50 жәбірленушіні анықтады»; «11 адамды алдаған күдікті»: whom the suspect deceived
        deceived = bool(after) and VICTIMS.matches_word(after[0])
        held = held if not (VICTIMS.matches_word(noun) or deceived) else []
        return ("suspects", [noun.text] + held) if held else ("victims", [noun.text])
    _, prev = neighbours(ctx)
    if _members_of_a_gang(ctx.before[-2:]):
        return "suspects", [w.text for w in ctx.before[-2:]] + [noun.text]  # «группа из 5 человек»
    taken = _money_taken_from(ctx, noun, prev)
    if taken:
        return "victims", taken  # «выманили у 120 жителей», «получил предоплату от 19 покупателей»
    talked = _talked_into(ctx)
    if talked:
        return "victims", talked + [noun.text]  # «ворам удалось убедить 17 брянцев …»
    doers = _deceived_others(ctx.sentence, noun)
    if doers:
        return "suspects", [noun.text] + doers  # «двое мужчин … обманывали пенсионеров»
    suspects = _suspect_words(ctx, noun, window)
    victims = first_cue(VICTIMS, [noun] + window) or first_cue(COMPLAINED, window)
    # persons who committed («эти преступления совершили 389 человек») are offenders
    suspects = suspects or [w.text for w in ctx.before[-1:] if _committed(w)]
    if not (suspects or victims):
        shared = _coordinated_persons(ctx, noun)
        if shared:
            return shared
    deceived = _told_as_victims(ctx, noun)
    victims = victims or deceived
    if suspects and not (victims and VICTIMS.matches_word(noun)) and not deceived:
        return "suspects", suspects
    if victims:
        return "victims", victims
    return _persons_of_a_story(ctx, noun)


def _persons_of_a_story(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """Persons no word of their own clause makes anything: victims when their story tells of
    an offence against them (not «оштрафованы 4 тысячи человек», «в здании находятся 350
    человек»), else persons of no known part."""
    if not PERSON_NOUNS.matches_word(noun):
        # a noun the tables do not list («оренбуржцев»): victims when its own sentence tells
        # of a loss («52 оренбуржца перевели мошенникам»)
        lost = _offence_told(ctx, wide=False)
        return ("victims", [noun.text] + lost) if lost else None
    if noun.text.lower().startswith("клиент"):
        # a bank's clients are victims by a word of their own loss only, not by the story
        # («помог 624 клиентам уберечь …», «80 тыс. клиентов» whose money was saved)
        lost = [w.text for w in ctx.label + ctx.sentence if _lost_or_handed_over(w)][:1]
        return ("victims", [noun.text] + lost) if lost else None
    told = _offence_told(ctx, wide=True) or ctx.last_count == "victims"
    return ("victims", [noun.text]) if told else None


def _players_of_a_market(ctx: NumberContext, noun: Word) -> bool:
    """«860 нелегальных профессиональных участников рынка ценных бумаг»: firms on a market the
    regulator counts, neither suspects nor victims."""
    return noun.lemma == "участник" and any(
        w.lemma == "рынок" for w in phrase_after(ctx.sentence, noun, limit=2)
    )


def _taught(ctx: NumberContext, noun: Word) -> list[str]:
    """A verb of teaching or surveying the counted persons («обучили 60 тысяч пенсионеров»),
    before them or after them; not «арестовала 70 человек и опросила несколько сотен» (a verb
    after «и» has its own object)."""
    own_after = takewhile(
        lambda w: w.text.lower() not in ("и", "а"), phrase_after(ctx.sentence, noun)
    )
    return first_cue(OUTREACH_VERBS, ctx.before[-2:]) or first_cue(OUTREACH_VERBS, list(own_after))


def _suspect_words(ctx: NumberContext, noun: Word, window: list[Word]) -> list[str]:
    """The words that make counted persons suspects: a suspects' word in the clause, «привлечь»
    with «к ответственности», a participle of suspects after the noun; else ``[]``."""
    return (
        first_cue(SUSPECTS, [w for w in [noun] + window if not _no_offenders(ctx.sentence, w)])
        or _brought_to_account(ctx, window)
        or _suspected_ones(ctx, noun)
    )


def _no_offenders(sentence: list[Word], word: Word) -> bool:
    """Whether ``word`` is «участник» of no crime: of the war («семей участников СВО», «участников
    специальной военной операции», «боевых действий»), of a programme or a contest.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> war, gang = words("семей участников СВО"), words("участников ОПГ")
    >>> _no_offenders(war, war[1]), _no_offenders(gang, gang[0])
    (True, False)
    """
    return word.lemma == "участник" and any(
        w.lemma in _NO_CRIME_TAKEN_PART_IN for w in phrase_after(sentence, word, limit=2)
    )


#: What «участник» of no crime takes part in.
_NO_CRIME_TAKEN_PART_IN = frozenset(
    "сво специальный военный боевой война программа конкурс акция форум семинар олимпиада".split()
)


#: Participles that make persons suspects («граждан, подозреваемых в мошенничестве»; not
#: «не установивших самозапрет»).
_SUSPECTED = ("подозревать", "обвинять", "задержать", "арестовать")


def _brought_to_account(ctx: NumberContext, window: list[Word]) -> list[str]:
    """«К уголовной ответственности … было привлечено 279 лиц»: «привлечь» with «к
    ответственности» anywhere in the sentence; not «Двух жительниц привлек легкий заработок»,
    nor «пирамида привлекла 535 человек» (its depositors)."""
    drawn = [w for w in window if w.lemma == "привлечь"]
    if drawn and any(w.lemma == "ответственность" for w in ctx.sentence):
        return [drawn[0].text]
    return []


def _lost_money(word: Word) -> bool:
    """A word of losing money: «потерявших», «лишились», «ақшасын жоғалтқан», «айырылған»."""
    return word.lemma in ("потерять", "лишиться", "пострадать") or word.text.lower().startswith(
        ("жоғалт", "айырыл", "зардап")
    )


def _staff_posed_as(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """A scheme's count whose words name the staff it poses as: «жетпіс екісі – банк қызметкері
    атынан қоңырау» (calls in the name of bank staff), no persons counted."""
    posed = phrase_after(ctx.sentence, noun)[:1]
    if not posed or posed[0].text.lower() not in POSING_WORDS:
        return None
    scheme = scheme_named_in([w for w in ctx.sentence if w.start >= noun.start][:8])
    return ("cases_scheme", scheme) if scheme else None


def _kazakh_persons_by_what_follows(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """Kazakh persons told by the words after them: residents a place has («160 мыңнан астам
    тұрғыны бар ауданымызда»: population), or a subject whose object is counted persons it
    deceived («бес жігіт … 40-тан астам адамды алдап»: suspects)."""
    following = [w for w in ctx.sentence if w.start >= noun.end][:8]
    # (its noun after it: not «мүгедектер (8) бар», persons listed)
    if following[:1] and following[0].text.lower() == "бар" and noun.start > ctx.end:
        return "population", [noun.text, following[0].text]
    # «Облыста 2,1 миллион адам тұрады»; not «5 адамнан тұратын топ» (a group of five)
    if following[:1] and following[0].text.lower() == "тұрады":
        return "population", [noun.text, following[0].text]
    deceived = next(
        (k for k, w in enumerate(following[:-1]) if _accusative(w) and person_noun(w)), None
    )
    if (
        deceived is not None
        and VICTIMS.matches_word(following[deceived + 1])
        and not any(map(VICTIMS.matches_word, [noun, *following[:deceived]]))
        and not _accusative(noun)
    ):
        return "suspects", [noun.text, *(w.text for w in following[deceived : deceived + 2])]
    return None


def _lost_or_handed_over(word: Word) -> bool:
    """A word of losing money, or a plural verb of handing it over («перевели мошенникам»)."""
    return _lost_money(word) or (DAMAGE.matches_word(word) and verb_number(word.text) == "plur")


def _money_taken_from(ctx: NumberContext, noun: Word, prev: Word | None) -> list[str]:
    """The words that say money was taken from the counted persons: «у» before them («выманили
    у 120 жителей»), «от» after a verb of taking or getting it («получил предоплату от 19
    покупателей»), a Kazakh ablative before such a verb («23 азаматтан … 27 млн теңге алған»);
    else ``[]``. Never of suspects («от 5 подозреваемых»)."""
    if SUSPECTS.matches_word(noun):
        return []
    kazakh = [w.text for w in ctx.after[:10] if w.text.lower().startswith(cues.KAZAKH_TAKING)]
    # whose money was taken, in the genitive: «37 азаматтың 48 млн теңгесін иемденген»
    owners = noun.text.lower().endswith(KAZAKH_GENITIVE) and not is_known_russian_word(noun.text)
    if kazakh and (in_kazakh_ablative(noun) or owners):
        return [noun.text] + kazakh[:1]
    if prev is None:
        return []
    if prev.text.lower() == "у":
        return [prev.text, noun.text]
    took = [w.text for w in ctx.before[-6:] if w.lemma in _TAKING_FROM]
    if prev.text.lower() == "от" and took:
        return took[:1] + [prev.text, noun.text]
    return []


#: Verbs of taking or getting money from persons («получил предоплату от 19 покупателей»).
_TAKING_FROM = frozenset((*cues.TAKING, "получить", "принять", "получать", "принимать"))


def _told_as_victims(ctx: NumberContext, noun: Word) -> list[str]:
    """The words that make persons victims, whoever is detained: a victimising verb right
    before them («Задержанный мошенник обманул 12 человек»), a deceit told in their clause
    («обвиняются в обмане … 44 россиян»), a participle of victims after them."""
    verb = before_particles(ctx.before)[-1:]  # «обманул не менее 60 жителей»: the bound aside
    if verb and VICTIMS.matches_word(verb[0]):
        return [verb[0].text]
    return [w.text for w in ctx.before[-6:] if w.lemma == "обман"][:1] or _harmed_ones(ctx, noun)


def _harmed_ones(ctx: NumberContext, noun: Word) -> list[str]:
    """«Установлены 42 жителя разных регионов страны, потерпевших от подобной деятельности»: a
    participle of victims after the persons' phrase says what they are, whoever found them;
    never of persons named suspects («задержано 37 подозреваемых, потерпевшим возвращено …»)."""
    if SUSPECTS.matches_word(noun):
        return []
    phrase = phrase_after(ctx.sentence, noun, limit=6)
    for k, w in enumerate(phrase[:5]):
        if w.lemma in _HARMED:
            # not «Задержаны 3 курьера, пострадавших нет»: no victims at all
            denied = k + 1 < len(phrase) and phrase[k + 1].lemma in ("не", "нет")
            return [] if denied else [w.text]
    return []


#: Words after persons that make them victims («жителей …, потерпевших от …»); not the active
#: «обманувших» (who deceived).
_HARMED = ("потерпевший", "пострадавший", "обманутый")


def _suspected_ones(ctx: NumberContext, noun: Word) -> list[str]:
    """«Более 2 тыс. граждан, подозреваемых в мошенничестве, были арестованы»: a participle of
    suspects right after the persons' noun (or its first word) says what they are."""
    # «граждан Китая, подозреваемых …»: the persons' noun may take a word of its own first
    told = [w for w in phrase_after(ctx.sentence, noun, limit=2) if w.pos == "PRTF"][:1]
    return [told[0].text] if told and told[0].lemma in _SUSPECTED else []


#: Verbs of talking someone into something: with offenders as the subject, their victims.
_TALKED_INTO = ("убедить", "уговорить", "убеждать", "уговаривать")


def _talked_into(ctx: NumberContext) -> list[str]:
    """«дистанционным ворам удалось убедить 17 брянцев так и поступить», «мошенники уговорили 12
    пенсионеров оформить кредиты»: persons the offenders talked into paying; not «полицейские
    убедили 30 жителей не переводить деньги» (no offender talks)."""
    if not ctx.before or ctx.before[-1].lemma not in _TALKED_INTO:
        return []
    talkers = [w for w in ctx.before[:-1] if OFFENDER_NOUNS.matches_word(w)]
    return [talkers[-1].text, ctx.before[-1].text] if talkers else []


def _offence_told(ctx: NumberContext, *, wide: bool) -> list[str]:
    """Words that tell of an offence against counted persons: a word of victims or of losing
    money in their sentence or, ``wide``, in the one before too; and, ``wide``, a complaint,
    fraud, money returned to them («вернула деньги 123 гражданам»), their coming to the police
    («обратились 43 жителя») or being left without their money («остались без вложений»)."""
    told = ctx.story + ctx.sentence if wide else ctx.sentence
    found = first_cue(VICTIMS, told) or first_cue(DAMAGE, told)
    if found or not wide:
        return found
    return (
        first_cue(COMPLAINED, told)
        or first_cue(FRAUD_WORDS, ctx.sentence)
        or (first_cue(RECOVERED, ctx.sentence) if not _taken_from(ctx) else [])
        or _came_or_left_without(ctx.sentence)
    )


def _taken_from(ctx: NumberContext) -> bool:
    """Whether money is taken from the counted persons, who pay, not get it back: Kazakh «8
    қатысушыдан … өндіріп алу» (the ablative), Russian «взыскано с 8 участников»."""
    noun = ctx.after[0] if ctx.after else None
    prev = ctx.before[-1] if ctx.before else None
    return (noun is not None and ABLATIVE_RE.search(noun.text) is not None) or (
        prev is not None and prev.text.lower() in ("с", "со")
    )


def _came_or_left_without(sentence: list[Word]) -> list[str]:
    """Persons who came to the police («обратились 43 жителя», «полицияға жүгінген») or were left
    without their money («миллионы людей остались без вложений»)."""
    for k, w in enumerate(sentence):
        following = sentence[k + 1].text.lower() if k + 1 < len(sentence) else ""
        if w.lemma == "обратиться" or (w.lemma == "остаться" and following == "без"):
            return [w.text]
        if w.text.lower().startswith("жүгін"):  # «312 азамат полицияға жүгінген»
            return [w.text]
    return []


def _committed(word: Word) -> bool:
    """A finite verb «совершить» right before the persons counted («совершили 389 человек»): they
    did the crime. Not «совершено» (crimes registered), «совершённых в отношении …» (done to the
    persons) nor «совершили звонки 120 пенсионерам» (the persons are the object)."""
    return word.lemma == "совершить" and word.pos == "VERB"


#: Words that join two counts of persons under one verb («задержаны 47 иностранцев, а также 5
#: граждан Казахстана», «47 шетел азаматы, сондай-ақ Қазақстанның 5 азаматы ұсталды»).
_JOINING = frozenset(("и", "а", "также", "ещё", "еще", "сондай-ақ", "және", "тағы"))


#: Verbs of deceiving or robbing persons, whose subject is the doers.
_DECEIVING = ("обманывать", "обмануть", "обворовывать", "обворовать", "грабить", "ограбить")


def _deceived_others(sentence: list[Word], noun: Word) -> list[str]:
    """A verb of deceiving whose object, right after it, is other persons: the persons counted
    before it did it («двое мужчин и две женщины прибыли в область и обманывали пенсионеров»,
    Kazakh «бес жігіт … 40 адамнан … ақша жымқырған»); not «5 человек обманули мошенники» (the
    doers named after the verb)."""
    phrase = phrase_after(sentence, noun, limit=14)
    for k, w in enumerate(phrase[:-1]):
        if w.lemma == "который":
            return []
        obj = next((x for x in phrase[k + 1 : k + 3] if x.pos != "ADJF"), phrase[k + 1])
        if w.pos == "VERB" and w.lemma in _DECEIVING and obj.pos == "NOUN" and person_noun(obj):
            return [w.text, obj.text]
    # Kazakh puts the verb last, past the other numbers: «бес жігіт … 40 адамнан … 118 млн
    # теңгені жымқырған»
    later = [w for w in sentence if w.start > noun.end][:14]
    taken_from = next((w for w in later if person_noun(w) and in_kazakh_ablative(w)), None)
    took = next((w for w in later if w.text.lower().startswith(cues.KAZAKH_TAKING)), None)
    doers = not in_kazakh_ablative(noun)  # not «5 тұрғыннан»: whom it was taken from
    return [taken_from.text, took.text] if doers and taken_from and took else []


def _coordinated_persons(ctx: NumberContext, noun: Word) -> tuple[str, list[str]] | None:
    """Suspects or victims from the count of persons this one is joined to by «а также», «и»,
    «сондай-ақ»: the verb told once, before the first count or after the last, is both counts'."""
    between = ctx.sentence_before
    earlier = [k for k, w in enumerate(between) if w.counted and person_noun(w)]
    joined = between[earlier[-1] + 1 :] if earlier else []
    if joined and joined[0].text.lower() in _JOINING and ctx.last_count in PERSON_ROLES:
        return ctx.last_count, [joined[0].text]  # the verb before the first count is this one's
    phrase = phrase_after(ctx.sentence, noun, limit=5)
    if not phrase or phrase[0].text.lower() not in _JOINING:
        return None
    rest = [w for w in ctx.sentence if w.start > noun.end]
    later = next((k for k, w in enumerate(rest[:5]) if w.counted and person_noun(w)), None)
    if later is None:
        return None
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS)):
        found = first_cue(cueset, rest[later + 1 : later + 4])
        if found:
            return role, [phrase[0].text] + found  # the verb after the last count is this one's
    return None


def _nearly_lost(sentence: list[Word], noun: Word) -> list[str]:
    """Persons «которые … едва не лишились своих сбережений»: who nearly lost, so did not."""
    phrase = phrase_after(sentence, noun, limit=14)
    which = [k for k, w in enumerate(phrase) if w.lemma == "который"]
    return first_cue(NEARLY, phrase[which[0] :]) if which else []


def _saved(before: list[Word]) -> list[str]:
    """A verb of keeping safe whose object is the persons counted right after it: «спасли
    более 45 миллионов человек»; not «спас сбережения двух пенсионерок» (their savings)."""
    for k, w in enumerate(before):
        if SAVED_VERBS.matches_word(w) and not any(v.pos == "NOUN" for v in before[k + 1 :]):
            return [w.text]
    return []


def collective_persons_role(ctx: NumberContext) -> tuple[str, list[str]]:
    """Suspects or victims for a collective numeral («двое», «екеуі»): the story decides.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Задержаны двое")
    >>> collective_persons_role(NumberContext("двое", 10, 14, 2, None, False, before=ws[:1],
    ...                                       sentence=ws))
    ('suspects', ['Задержаны'])
    """
    # «выманили у шестерых орловцев миллион»: money taken from them, whoever was detained
    taken = ctx.before[-2:] if len(ctx.before) > 1 and ctx.before[-1].text.lower() == "у" else []
    if taken and DAMAGE.matches_word(taken[0]) and not SUSPECTS.first(ctx.after[:1]):
        return "victims", [w.text for w in taken]
    for words in (ctx.before[-6:] + ctx.after[:12], ctx.sentence, ctx.story):
        suspects, victims = first_cue(SUSPECTS, words), first_cue(VICTIMS, words)
        if suspects or victims:
            return ("suspects", suspects) if suspects else ("victims", victims)
    return "suspects", []


def self_ban_words(sentence: list[Word]) -> list[str]:
    """The words of a ban or a service persons set on themselves, with its verb of setting or
    switching it on: the persons counted with them are its users, not victims or suspects.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> self_ban_words(words("в России установили почти 8 млн человек самозапрет на кредиты"))
    ['самозапрет', 'установили']
    >>> self_ban_words(words("полицейские установили 12 подозреваемых"))
    []
    """
    ban = first_cue(SELF_BANS, sentence)
    verb = first_cue(SIGNUP_VERBS, sentence)
    return ban + verb if ban and verb else []


def _members_of_a_gang(before: list[Word]) -> bool:
    """«группа из 5 человек», «ОПГ, состоящая из 7 лиц»: the members of a band, its offenders."""
    return (
        len(before) == 2
        and before[1].text.lower() == "из"
        and (before[0].lemma in cues.GANG_NOUNS or before[0].lemma in ("состоять", "состоящий"))
    )


def part_of_persons_who_lost(ctx: NumberContext) -> list[str]:
    """The words that make a part of persons counted before («N из них») victims: a verb of
    losing or handing money over in the part's own clause, after a count of persons no word made
    victims («Банк предупредил 1 200 клиентов. 389 из них всё же перевели деньги мошенникам»);
    else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> told = words("Банк предупредил 1 200 клиентов.")
    >>> ws = words("389 из них всё же перевели деньги мошенникам.")
    >>> ctx = NumberContext("389", 0, 3, 389, None, False, after=ws, sentence=ws, story=told)
    >>> ctx.own_after = ws
    >>> part_of_persons_who_lost(ctx)
    ['клиентов', 'перевели']
    """
    if not ctx.opens_part:
        return []
    told = ctx.story + [w for w in ctx.sentence if w.end <= ctx.start]
    whole = next((w for w in reversed(told) if w.counted and person_noun(w)), None)
    lost = next((w for w in ctx.own_after[:8] if _lost_or_handed_over(w)), None)
    return [whole.text, lost.text] if whole is not None and lost is not None else []

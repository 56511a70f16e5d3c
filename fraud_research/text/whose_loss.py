"""Whose loss an amount is: one victim's («пенсионерка», «ТОО», «наибольшая сумма») or many's
(«жители», «всего», a region), from the words of its clause or story."""

from __future__ import annotations

from . import cues
from .arrest_story import no_gang
from .bound_words import ABLATIVE_RE, SUPERLATIVE_BOUNDS
from .lemmas import (
    Word,
    genitive_number,
    is_known_russian_word,
    is_modifier,
    is_one_person_subject,
    is_place_subject,
    is_singular_subject,
    part_of_speech,
    verb_number,
)
from .matchers import (
    AGGREGATE,
    ARREST_STORY,
    CASE_NOUNS,
    CRIME_WORDS,
    DAMAGE,
    EVERY,
    MONTHS,
    OFFENDER_NOUNS,
    OFFICIAL_TITLES,
    ONE_ENTITIES,
    SAYING,
    SINGLE,
    STAFF_NOUNS,
    SUB_AREAS,
    SUPERLATIVE,
    TIME_UNITS,
    person_noun,
)
from .place_text import place_kind
from .schemes import named_way, scheme_named_in


def single_cues(words: list[Word]) -> list[str]:
    """Words that make a loss one victim's: one person or company (not «320 тұрғынды»), «ең»."""
    ranks = ranks_months_or_places(words)  # «наибольший ущерб — в октябре»: a month's
    # «по схеме «лжеинвестиции»»: a named scheme's part of a total, not one victim's scheme
    named = named_way(words)
    return [
        w.text
        for k, w in enumerate(words)
        if (_one_of_a_kind(words, k) and not (named and w.text == named[0]))
        or (
            SUPERLATIVE.matches_word(w)
            and not ranks
            and not _bound_pair(words, k)
            and not a_loss_reached_it(words, k)
            and not _of_many_things(words, k)
        )
        or (k == 0 and (_one_person_opens(w) or _one_example(words)))
        or _from_one_pointed_at(words, k)
    ]


def a_loss_reached_it(words: list[Word], k: int) -> bool:
    """Whether a loss as a whole reached the record at ``words[k]``: «Зарегистрированные убытки
    достигли рекордной суммы», «Ущерб … за год достиг рекордной суммы» (no one victim's).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("убытки достигли рекордной суммы")
    >>> a_loss_reached_it(ws, 2), a_loss_reached_it(words("Пенсионерка лишилась рекордной суммы"), 2)
    (True, False)
    """
    return (
        k > 1
        and words[k - 1].lemma in ("достичь", "достигнуть")
        and any(w.lemma in cues.LOSS_NOUNS for w in words[: k - 1])
    )


def _from_one_pointed_at(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is «него» or «неё» in «у него», «у нее»: taken from one person told
    before («Общая стоимость украденного у него драгоценного металла составила 14,8 млн»)."""
    return k > 0 and words[k].text.lower() in ("него", "нее", "неё") and words[k - 1].lemma == "у"


#: A sentence opening with an example tells one case: «Например, …», «Мысалы, Алматыда
#: HitBeatMusic қаржы пирамидасын … 255 миллион теңге залал келтірілгені анықталған».
_EXAMPLE = ("например", "мысалы")


def _one_example(words: list[Word]) -> bool:
    """Whether a sentence opens with «Например» and tells one example, not a count of cases
    («Например, только за 28 декабря возбуждено 19 уголовных дел, сумма ущерба по которым …»:
    a day's cases, an aggregate)."""
    if words[0].text.lower() not in _EXAMPLE:
        return False
    return not any(  # a case noun counted (its number right before it or its adjective)
        CASE_NOUNS.matches_word(w) and any(v.counted for v in words[max(0, k - 2) : k + 1])
        for k, w in enumerate(words)
    )


def _of_many_things(words: list[Word], k: int) -> bool:
    """Whether the superlative ``words[k]`` goes with a plural noun of things right after it:
    «со счетов в крупнейших российских банках» ranks banks, not one loss; or with a crime
    («самым массовым преступлением»), which ranks kinds of crime."""
    word = words[k]
    if any(CRIME_WORDS.matches_word(w) for w in words[k + 1 : k + 3] if w.pos == "NOUN"):
        return True
    if not word.plural:
        return False
    noun = next((w for w in words[k + 1 : k + 3] if w.pos == "NOUN"), None)
    return noun is not None and noun.maybe_plural and not noun.animate


def _bound_pair(words: list[Word], k: int) -> bool:
    """Whether «ең» opens a bound, not a superlative: «ең кемі» (at least), «ең көбі» (at most)."""
    return k + 1 < len(words) and words[k + 1].text.lower() in SUPERLATIVE_BOUNDS


def _one_person_opens(word: Word) -> bool:
    """Whether a sentence opens with one person who is no official: «Дама продиктовала …»,
    «Клиент назвал код …», «Кировчанин перешёл по ссылке …» tell one victim's story; «Начальник
    управления отметил …» reports figures. Kazakh has no verb number: one offender in the
    nominative opens one story («Алаяқ 500 мың теңге несие рәсімдеп, …»)."""
    if word.text.lower() in _KK_ONE_OFFENDER:
        return True
    return is_one_person_subject(word.text) and not OFFICIAL_TITLES.matches_word(word)


#: One offender in the Kazakh nominative (the plural «алаяқтар» is many).
_KK_ONE_OFFENDER = frozenset(("алаяқ", "күдікті", "қылмыскер"))


def ranks_months_or_places(words: list[Word]) -> bool:
    """Whether a superlative in ``words`` ranks months, a region's parts or named schemes, not
    single losses: «Максимальный ущерб отмечен в октябре», «наибольший ущерб зарегистрирован в
    Аскизском районе», «тройку городов с наибольшими потерями», «Наибольший ущерб причинён по
    схеме «лжеинвестиции»». A largest «сумма» is one loss («Максимальную сумму ущерба
    зафиксировали в … районе»)."""
    if MONTHS.first(words) is not None or named_way(words) or _record_of_a_period(words):
        return True
    if any(w.lemma == "сумма" for w in words):
        return False
    if any(w.lemma in _SPREAD for w in words) or scheme_named_in(words):
        # «Наибольшее распространение получил вишинг: 611 фактов, …», «Наибольший урон нанесли
        # лжеброкеры: 93 факта и 287 млн тенге»: schemes ranked
        return True
    # «Наибольший ущерб – в Шымкенте (600 млн тенге) и Туркестане»: a town by its name
    towns = (w for k, w in enumerate(words[1:], 1) if words[k - 1].text.lower() in ("в", "во"))
    return SUB_AREAS.first(words) is not None or any(place_kind(w.text) for w in towns)


#: Nouns of how widespread a scheme is: a superlative with them ranks schemes.
_SPREAD = frozenset(("распространение", "популярность", "распространённость", "распространенность"))


def _record_of_a_period(words: list[Word]) -> bool:
    """Whether a record is a period's total: «новый антирекорд по мошенничествам за сутки – 20 млн»,
    «рекордный ущерб за неделю», «год стал рекордным». A record, unlike «наибольшая сумма», ranks
    days, weeks or years."""
    records = [k for k, w in enumerate(words) if w.text.lower().startswith(_RECORD)]
    # «2023 год стал рекордным по масштабам мошенничества»: a record year
    if any(TIME_UNITS.matches_word(w) for k in records for w in words[max(0, k - 3) : k]):
        return True
    return any(
        words[j].text.lower() == "за" and TIME_UNITS.matches_word(words[j + 1])
        for k in records
        for j in range(k + 1, min(k + 5, len(words) - 1))
    )


_RECORD = ("рекорд", "антирекорд")


def _one_of_a_kind(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` names one victim: a singular person or company, not counted, not
    plural here («Российские компании»), not who said it («считают в компании»), not any one
    of many (:func:`_any_of_many`)."""
    w = words[k]
    return (
        SINGLE.matches_word(w)
        and (not w.plural or _one_after_a_genitive_preposition(words, k))
        and not w.counted
        and not _any_of_many(words[:k])
        and not _plural_here(words, k)
        and not _who_said(words, k)
        and not _an_officials(words, k)
        and not no_gang(words, k)
        and not _pronoun_of_a_sum(words, k)
        and not _scheme_of_many(words, k)
    )


def _scheme_of_many(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is a scheme that many use: «групп, работающих по схеме «Мамонт»»,
    «мошенников, использующих эту схему» (a plural participle before it), no one victim's."""
    return words[k].lemma == "схема" and any(
        w.pos == "PRTF" and w.plural for w in words[max(0, k - 3) : k]
    )


def _pronoun_of_a_sum(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is «она» standing for a sum: «Так, выросла … и сумма ущерба. Сейчас
    она составляет свыше 58 миллионов рублей» (a person makes up no sum)."""
    sized = any(w.lemma in _SUM_SIZE_VERBS for w in words[k + 1 : k + 3])
    return words[k].text.lower() == "она" and sized


#: Verbs that give a sum's size.
_SUM_SIZE_VERBS = frozenset(
    ("составить", "составлять", "превысить", "превышать", "достигнуть", "достигать", "достичь")
)


def _any_of_many(before: list[Word]) -> bool:
    """Whether «каждый» before a person makes them any one of many: «каждый потерпевший»,
    «Каждый третий потерпевший – пенсионер»; not «каждый день» (a rate of days)."""
    return any(
        EVERY.matches_word(v)
        and not (k + 1 < len(before) and TIME_UNITS.matches_word(before[k + 1]))
        for k, v in enumerate(before)
    )


def _an_officials(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is the body an official who speaks heads or speaks for: «оценку
    дает управляющий директор компании», «сообщил представитель банка» (who estimates a loss,
    not who suffered it; not «Директор ТОО … подозревается», a suspect's firm)."""
    return (
        k > 0
        and OFFICIAL_TITLES.matches_word(words[k - 1])
        and (SAYING.first(words) is not None or any(w.lemma == "оценка" for w in words))
    )


def _who_said(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` names who said it: «считают в страховой компании»."""
    for j in range(max(0, k - 3), k - 1):
        if SAYING.matches_word(words[j]) and words[j + 1].text.lower() in ("в", "во"):
            return True
    return False


def _plural_here(words: list[Word], k: int) -> bool:
    """Whether a noun that may be plural («компании») is plural here: after a plural adjective
    («Российские компании») or before a plural verb («Компании несут потери»)."""
    word = words[k]
    if not word.maybe_plural or part_of_speech(word.text) != "NOUN":
        return False
    # an adjective in quotes stands two characters off («инвестиционные» схемы)
    before = words[k - 1] if k and word.start - words[k - 1].end <= 2 else None
    after = words[k + 1] if k + 1 < len(words) and words[k + 1].start - word.end <= 1 else None
    return (
        (before is not None and before.plural and is_modifier(before.text))
        or (after is not None and verb_number(after.text) == "plur")
        or _subject_of_a_plural_verb(words, k)
    )


def _subject_of_a_plural_verb(words: list[Word], k: int) -> bool:
    """Whether a noun that may be plural opens its clause as the subject of a plural verb a few
    words on: «В Саратовской области жертвы мошенников за год потеряли 800 млн» (not a noun a
    preposition governs, «у женщины», nor one a relative clause follows, «сбережения женщины,
    которые мошенники похитили»)."""
    if k and (words[k - 1].pos == "PREP" or words[k - 1].text.lower() in _FROM):
        return False
    if k and is_modifier(words[k - 1].text) and not words[k - 1].plural:
        return False  # «юристами финансовой компании, убедили»: a singular adjective agrees
    for w in words[k + 1 : k + 5]:
        if w.lemma == "который":
            return False
        number = verb_number(w.text)
        if number == "plur":
            return True
        if number == "sing":
            return False
    return False


def aggregate_cues(words: list[Word]) -> list[str]:
    """Words that make a loss an aggregate: people in the plural (not officers acting on a case)
    or counted, «всего», a region."""
    return [
        w.text
        for k, w in enumerate(words)
        if (AGGREGATE.matches_word(w) and not _address_of_one(words, k) and not _lifetime(words, k))
        or (
            (w.maybe_plural or w.counted)
            and person_noun(w)
            # «Следователи возбудили уголовное дело …»: officers act on a case, lose nothing
            # (experts and analysts who estimate a loss speak of many)
            and not (w.lemma in _ACTING_OFFICERS and not w.counted)
            # «банк қызметкерлеріне сеніп»: the staff the fraudsters posed as lost nothing
            and not (STAFF_NOUNS.matches_word(w) and not w.counted)
            and not _owner(words, k)
            and not _demonym_of_one(words, k)
            and not _one_after_a_genitive_preposition(words, k)
        )
    ]


#: Prepositions that take the genitive: after one, «пенсионерки» is one woman («у пенсионерки»).
_GENITIVE_PREPOSITIONS = frozenset(("у", "от", "для", "без", "из", "около", "возле", "кроме"))


def _one_after_a_genitive_preposition(words: list[Word], k: int) -> bool:
    """Whether a noun that reads first as a plural is one person in the genitive after a
    preposition that takes it: «выманили у пенсионерки», «от жительницы» (not «у жителей»)."""
    return (
        k > 0
        and words[k - 1].text.lower() in _GENITIVE_PREPOSITIONS
        and genitive_number(words[k].text) == "sing"
    )


#: Officers who act on a case in the plural: «Следователи возбудили уголовное дело».
_ACTING_OFFICERS = ("следователь", "полицейский", "оперативник", "дознаватель")


def _demonym_of_one(words: list[Word], k: int) -> bool:
    """Whether a Kazakh demonym names where one person after it (and its age) lives:
    «Павлодарлық ер адам … 18 млн теңге аударған» (a man from Pavlodar), «Павлодарлық 34
    жастағы келіншек», not «павлодарлықтар» (its people)."""
    word = words[k]
    demonym = word.text.lower().endswith(_KK_DEMONYM) and not is_known_russian_word(word.text)
    # «Павлодарлық 34 жастағы келіншек»: the age between
    j = k + 2 if k + 1 < len(words) and words[k + 1].text.lower().startswith("жас") else k + 1
    return demonym and j < len(words) and _one_of_a_kind(words, j)


#: Kazakh endings of a demonym in the singular («павлодарлық», «шымкенттік», «таразда» not).
_KK_DEMONYM = ("лық", "лік", "дық", "дік", "тық", "тік")


def _lifetime(words: list[Word], k: int) -> bool:
    """Whether a Kazakh year word tells a birth, no period of statistics: «1978 жылы туған»
    (born in 1978)."""
    born = k + 1 < len(words) and words[k + 1].text.lower().startswith("туған")
    return words[k].text.lower() == "жылы" and born


def _address_of_one(words: list[Word], k: int) -> bool:
    """Whether a region word is where one victim lives: «Жамбыл облысының тұрғыны», «Облыс
    тұрғыны», «Жительница области», «Ақмола облысында 62 жастағы зейнеткер», «В Жетысуской
    области мошенники выманили у пенсионерки» (not «Облыс тұрғындары», the region's people)."""
    # a Kazakh locative sets the scene of the person after it: «Ақмола облысында 62 жастағы
    # зейнеткер … айырылды»; so does a Russian one: «В Жетысуской области мошенники выманили у
    # пенсионерки 7 млн»
    reach = 4 if words[k].text.lower().endswith(("нда", "нде")) else 1
    if any(w.text.lower() in ("в", "во") for w in words[max(0, k - 3) : k]):
        reach = 6
    near = [*range(k - 1, k), *range(k + 1, k + 1 + reach)]
    # «56 жастағы ер адам»: «ер» (a man) is one person, though only «адам» is a person noun
    nearby = [
        j
        for j in near
        if 0 <= j < len(words) and (person_noun(words[j]) or SINGLE.matches_word(words[j]))
    ]
    return any(_one_of_a_kind(words, j) for j in nearby)


def _owner(words: list[Word], k: int) -> bool:
    """Whether a person noun that may be plural is one person's genitive right after another
    noun: «сбережения женщины», «счёт пенсионерки» (not «жители», which has no such reading).

    Not after a noun a preposition takes when a plural verb follows («В совокупности женщины
    перевели», «в прошлом году жертвы мошенников потеряли»): there the person opens the clause,
    as its subject; with none («по просьбе героини — прим. автора») it is one person's still.
    """
    word = words[k]
    if word.counted or not k or word.start - words[k - 1].end > 1 or _plural_here(words, k):
        return False
    governed = any(part_of_speech(w.text) == "PREP" for w in words[max(0, k - 3) : k - 1])
    subject = governed and any(verb_number(w.text) == "plur" for w in words[k + 1 : k + 4])
    return not subject and words[k - 1].pos == "NOUN" and genitive_number(word.text) == "sing"


#: Prepositions of whom money was taken from.
_FROM = ("у", "с", "со", "от")


def one_doers_haul(words: list[Word], *, story: list[Word] | None = None) -> list[str]:
    """The words of one doer — a company, a pyramid, a group, one offender, as the subject —
    taking money from many: «Компания собрала с вкладчиков 800 млн», ««Qairat Invest»
    компаниясы салымшылардан 800 млн теңге жинаған», «Мошенник похитил у пенсионеров 5 млн».
    The victims are many, the case is one: its haul is a single case's loss. Else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> one_doers_haul(words("Компания собрала с вкладчиков тенге"))
    ['Компания', 'собрала', 'вкладчиков']
    >>> one_doers_haul(words("Мошенники похитили у пенсионеров тенге"))
    []
    >>> one_doers_haul(words("Трое жителей Омска похитили у граждан рублей"))[:2]
    ['жителей', 'похитили']
    """
    doer = next(
        (
            w
            for w in words
            if ONE_ENTITIES.matches_word(w)
            and not (w.plural or w.counted)
            and is_singular_subject(w.text)
        ),
        None,
    )
    # a few persons counted as the subject: «Трое жителей Омска … похитили у граждан 40 млн»
    k, first = next(((k, w) for k, w in enumerate(words) if person_noun(w)), (0, None))
    few = first is not None and first.counted and not _money_taken_from(words, k)
    # doers pointed back at: «эти сотрудники собрали … с более чем 80 граждан»
    pointed = (
        first is not None
        and k > 0
        and words[k - 1].lemma in cues.PERSON_POINTERS
        and not _money_taken_from(words, k)
    )
    # the Kazakh «ол» opening the clause, a story's one doer: «Ол 19 адамнан 64,3 млн теңге алдап
    # алған»; «олар» after an arrest the story tells, the arrested («Полиция 3 күдіктіні ұстады.
    # Олар … 120-дан астам адамнан 96 млн теңге жымқырған»)
    opening = words[0].text.lower() if words else ""
    they = opening == "олар" and ARREST_STORY.first(story or []) is not None
    he = words[0] if opening == "ол" or they else None
    doer = doer or (first if few or pointed else None) or he
    if doer is None:
        return []
    number = "plur" if doer is first and (few or first.plural) else "sing"
    # a finite verb of taking after the doer, in its number (not «компания включила …
    # обналичивание похищенных средств … у юридических лиц», a participle)
    taking = next(
        (
            w
            for w in words
            if w.start > doer.start
            and (
                (w.lemma in cues.TAKING and verb_number(w.text) == number)
                or w.text.lower().startswith(cues.KAZAKH_TAKING)
            )
        ),
        None,
    )
    source = next(
        (
            w
            for k, w in enumerate(words)
            if person_noun(w)
            and _money_taken_from(words, k)
            and (w.maybe_plural or in_kazakh_ablative(w))
        ),
        None,
    )
    if taking is None or source is None:
        return []
    return [doer.text, taking.text, source.text]


#: Nouns of what a doer did («от его действий») and of whom it hurt («жертвами пирамиды»).
_ACTS_AND_VICTIMS = frozenset(("действие", "деятельность", "жертва"))
#: Possessive pronouns of one doer: «от его действий», «от её действий» (not «их»: «От их
#: действий пострадали 400 человек» may speak of fraudsters at large).
_ONE_DOERS_PRONOUNS = frozenset(("его", "её", "ее"))


def one_doers_acts(words: list[Word]) -> list[str]:
    """The words that lay a loss at one doer's door: «от его действий», «от действий этой
    группы», «жертвами финансовой пирамиды», «от действий мошенника», «в пирамиде Finiko» (one
    offender, company, pyramid or group in the singular). Else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> one_doers_acts(words("Всего от его действий пострадали 16 туристов"))
    ['его', 'действий']
    >>> one_doers_acts(words("Жертвами финансовой пирамиды стали 13 человек"))
    ['Жертвами', 'пирамиды']
    >>> one_doers_acts(words("Потери только в пирамиде Finiko превысили"))
    ['в', 'пирамиде']
    >>> one_doers_acts(words("От действий мошенников пострадали 400 жителей области"))
    []
    """
    for k, w in enumerate(words):
        if _in_one_pyramid(words, k):
            return [words[k - 1].text, w.text]
        if w.lemma not in _ACTS_AND_VICTIMS:
            continue
        pronoun = next(
            (x for x in words[max(k - 2, 0) : k] if x.text.lower() in _ONE_DOERS_PRONOUNS), None
        )
        if pronoun is not None and w.lemma != "жертва":
            return [pronoun.text, w.text]
        doer = next((x for x in words[k + 1 : k + 6] if x.pos == "NOUN"), None)
        if (
            doer is not None
            and (
                ONE_ENTITIES.matches_word(doer)
                or OFFENDER_NOUNS.matches_word(doer)
                or doer.lemma == "группировка"
            )
            and genitive_number(doer.text) == "sing"
        ):
            return [w.text, doer.text]
    return []


def _money_taken_from(words: list[Word], k: int) -> bool:
    """Whether the person ``words[k]`` is whom money was taken from: «у граждан», «с
    вкладчиков», Kazakh «салымшылардан» or «3 мыңнан астам салымшыдан» (a Kazakh noun stays
    singular after a number; one doer taking from one person is a single case all the same)."""
    # «с более чем 80 граждан»: the bound's words stand between
    bound = k >= 3 and [w.lemma for w in words[k - 2 : k]] in (["более", "чем"], ["менее", "чем"])
    return any(
        v.lemma in _FROM for v in words[max(0, k - (3 if bound else 2)) : k]
    ) or in_kazakh_ablative(words[k])


def in_kazakh_ablative(word: Word) -> bool:
    """Whether ``word`` is in the Kazakh ablative: «салымшылардан», «салымшыдан» (not the
    Russian «граждан»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> in_kazakh_ablative(words("азаматтан")[0]), in_kazakh_ablative(words("граждан")[0])
    (True, False)
    """
    return bool(ABLATIVE_RE.search(word.text)) and not is_known_russian_word(word.text)


def _in_one_pyramid(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is one pyramid money went into or was lost in: «потери только в
    пирамиде Finiko», «в пирамиду было вовлечено» (not «в финансовые пирамиды», many)."""
    w = words[k]
    return (
        w.lemma == "пирамида"
        and not w.maybe_plural
        and k > 0
        and words[k - 1].text.lower() in ("в", "во")
    )


#: Russian personal pronouns of one person in an oblique case, as the object of a story
#: («аферисты убедили её перевести», «ей позвонили»); not «он» or «его», which may stand for
#: a noun («ущерб … в июне он достигал») or a doer («от его действий»).
_ONE_PERSON_PRONOUNS = frozenset(("её", "ее", "ей", "неё", "нее", "ней", "ему", "него", "нему"))


def one_victim_told(story: list[Word]) -> list[str]:
    """The pronoun by which the words before an amount tell of one person, when they name no
    whole and the pronoun is not who spoke: «Аферисты заставили её найти все сбережения …
    Общий ущерб составил 640 000 рублей» sums her transfers, not the region's.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> one_victim_told(words("Аферисты убедили её перевести сбережения на «безопасный счёт»."))
    ['её']
    >>> one_victim_told(words("Как сообщили ей в полиции, жители области перевели мошенникам 2 млн."))
    []
    >>> one_victim_told(words("Как сообщили ей в полиции, мошенники звонят с подменных номеров."))
    []
    >>> one_victim_told(words("Там его убедили ввести данные снова.")), one_victim_told(words("от его действий"))
    (['его'], [])
    """
    # a whole: «всего», a region, persons surely plural («жители»; not «у студентки», «мамы»)
    many = set(aggregate_cues(story))
    if AGGREGATE.first(story) is not None or any(w.plural and w.text in many for w in story):
        return []
    return [
        w.text
        for k, w in enumerate(story)
        if (w.text.lower() in _ONE_PERSON_PRONOUNS or _him_as_object(story, k))
        and SAYING.first(story[max(k - 3, 0) : k + 4]) is None  # «как сообщили ей …»: who spoke
    ][:1]


def _him_as_object(words: list[Word], k: int) -> bool:
    """«его» before a verb is the object of what was done to one man («его убедили ввести
    данные»), not a possessive («его действий»)."""
    return (
        words[k].text.lower() == "его"
        and k + 1 < len(words)
        and part_of_speech(words[k + 1].text) in ("VERB", "INFN")
    )


def one_persons_loss(clause: list[Word], before_number: list[Word]) -> list[str]:
    """A verb of losing or taking money whose subject is one person, in the amount's clause or
    clauses back («житель … открыл кооператив и похитил у доверчивых, в основном пожилых, людей
    более 385 миллионов»), unless the amount's own clause makes it an aggregate («…, а общий
    ущерб в городе оценивается в 1,2 млрд»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> one_persons_loss(words("Пенсионерка перевела мошенникам"), [])
    ['перевела']
    >>> one_persons_loss(words("Жители области перевели мошенникам"), [])
    []
    """
    if AGGREGATE.first(clause):
        return _singular_loss_verb(clause)
    return _singular_loss_verb(clause) or _singular_loss_verb(before_number)


def _singular_loss_verb(words: list[Word]) -> list[str]:
    """A verb of losing or handing over money whose subject is one person («перевела»), not
    an economy, a country or business as a whole («экономика России потеряла 2,5 трлн»,
    «Калифорния потеряла более $1 миллиарда») nor a share of victims («каждый третий
    потерпевший перевёл»)."""
    for k, w in enumerate(words):
        if DAMAGE.matches_word(w) and verb_number(w.text) == "sing":
            whole = [
                v
                for v in words[:k]
                if (v.lemma in cues.WHOLE_SUBJECTS and v.text.lower() == v.lemma)
                or is_place_subject(v.text)
                or v.lemma == "каждый"
            ]
            return [] if whole else [w.text]
    return []

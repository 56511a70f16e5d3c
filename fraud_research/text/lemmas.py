"""Sentences, words and lemmas of Russian and Kazakh prose (razdel and pymorphy3).

Rules that decide what a number means look at the words around it. They match
lemmas, not word forms: pymorphy3 maps «фактов», «факта», «фактам» to «факт» and
«перевела», «перевели», «переведено» to «перевести». pymorphy3 knows no Kazakh, so a
Kazakh word is kept as written, lower-cased, and the cue tables
(:mod:`fraud_research.text.cues`) give Kazakh *stems* that match a word's beginning
(«алаяқ» matches «алаяқтарға», «алаяқтық»). razdel finds sentences and tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import razdel

from .amounts import scale_of
from .currency_words import currency_of

#: Letters found only in Kazakh Cyrillic.
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: as written, its lemma (Russian) or lower-cased form, its span."""

    text: str
    lemma: str
    start: int
    end: int
    plural: bool = False
    maybe_plural: bool = False
    counted: bool = False  # right after a number («320 тұрғынды», «43 жителя»): a group
    animate: bool = False  # a Russian noun of a person or animal («оренбуржцев», «фигуранта»)
    pos: str = ""  # pymorphy3's part of speech of a Russian word (NOUN, ADJF, …); "" in Kazakh


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def is_known_russian_word(word: str) -> bool:
    """Whether pymorphy3's Russian dictionary holds ``word`` (any form, any case).

    Examples
    --------
    >>> is_known_russian_word("мошенничества"), is_known_russian_word("млннан")
    (True, False)
    """
    return _analyzer().word_is_known(word.lower().replace("ё", "е"))


def is_name_inside_sentence(word: str) -> bool:
    """Whether a capitalised Russian ``word`` reads as a name inside a sentence, not as the
    first word of one: an abbreviation («УМВД»), a place, person or organisation («России»,
    «Ковалев») or a place adjective in an oblique case («Оренбургской»).

    Examples
    --------
    >>> [is_name_inside_sentence(w) for w in ("УМВД", "Казахстана", "Оренбургской", "Всего", "Сотрудники")]
    [True, True, True, False, False]
    """
    if len(word) >= 2 and word.isupper():
        return True
    parses = _russian_parses(word)
    if not parses:
        return False
    tags = parses[0].tag
    if tags.grammemes & _NAME_GRAMMEMES:
        return True
    return (
        tags.POS == "ADJF"
        and "Apro" not in tags
        and not any(p.tag.case == "nomn" for p in parses if p.tag.POS == "ADJF")
    )


_NAME_GRAMMEMES = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=65536)
def _russian_parses(word: str) -> tuple | None:
    """pymorphy3's readings of a Russian Cyrillic word, most probable first; None otherwise.

    Every reading below (lemma, number, animacy, part of speech) asks this once per word.
    """
    low = word.lower().replace("ё", "е")
    if KAZAKH_LETTERS.search(low) or not _CYRILLIC.search(low):
        return None
    return tuple(_analyzer().parse(low))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word; a Kazakh or Latin word lower-cased.

    Parameters
    ----------
    word : str
        One word as written.

    Returns
    -------
    str
        pymorphy3's most probable normal form for Russian Cyrillic words (``ё`` as ``е``),
        else the word in lower case.

    Examples
    --------
    >>> [lemma(w) for w in ("фактов", "перевели", "потерпевших", "потерпевшему", "Задержаны")]
    ['факт', 'перевести', 'потерпевший', 'потерпевший', 'задержать']
    >>> lemma("алаяқтарға")
    'алаяқтарға'
    """
    parses = _russian_parses(word)
    if parses is None:
        return word.lower().replace("ё", "е")
    first = parses[0]
    if first.tag.POS == "PRTF" and first.normal_form in _VICTIMS_AS_PARTICIPLES:
        # «потерпевшему», «пострадавших» are read first as participles of the verb: the person
        return _VICTIMS_AS_PARTICIPLES[first.normal_form]
    return first.normal_form.replace("ё", "е")


#: Participles used as nouns of victims, by their verb: one lemma for every form, as
#: «потерпевших» (read first as an adjective) already has.
_VICTIMS_AS_PARTICIPLES = {"потерпеть": "потерпевший", "пострадать": "пострадавший"}


@lru_cache(maxsize=65536)
def is_animate_noun(word: str) -> bool:
    """Whether pymorphy3's most probable reading of a Russian word is an animate noun.

    It names persons the cue tables cannot list: demonyms («оренбуржцев», «хабаровчане»),
    professions, roles.

    Examples
    --------
    >>> is_animate_noun("забайкальцев"), is_animate_noun("фигуранта"), is_animate_noun("карт")
    (True, True, False)
    """
    parses = _russian_parses(word)
    if parses is None or currency_of(word.lower()):
        return False  # «тенге» is guessed animate
    return _common_person(parses[0].tag)


def _common_person(tag) -> bool:
    """Whether a pymorphy3 tag is an animate common noun: a first name or surname is one
    person, not a group a number counts."""
    return (
        tag.POS == "NOUN"
        and tag.animacy == "anim"
        and not ({"Name", "Surn", "Patr"} & tag.grammemes)
    )


@lru_cache(maxsize=65536)
def is_counted_persons(word: str) -> bool:
    """Whether some reading of a Russian word right after a count is persons that number counts:
    a noun pymorphy3 first reads as a name or a place that may also be read as an animate
    common noun in the plural or the genitive singular («двух тыс. уфимцев», first read as a
    surname; «6 смолян», first read as a place).

    Examples
    --------
    >>> is_counted_persons("уфимцев"), is_counted_persons("смолян"), is_counted_persons("уголовных")
    (True, True, False)
    """
    parses = _russian_parses(word)
    if parses is None or currency_of(word.lower()):
        return False
    first = parses[0].tag
    # only a noun first read as a proper name: not «уголовных» (an adjective that may also be
    # read as a noun), nor «дела»
    if first.POS != "NOUN" or not ({"Name", "Surn", "Patr", "Geox"} & first.grammemes):
        return False
    return any(
        _common_person(p.tag) and (p.tag.number == "plur" or p.tag.case == "gent") for p in parses
    )


@lru_cache(maxsize=65536)
def may_be_someone_in_dative(word: str) -> bool:
    """Whether some reading of a Russian word is a person in the dative: an animate noun or a
    name («Главе», «Евгению», «Полупанову», «Пенсионерке»), as in «Главе ведомства Евгению
    Полупанову 42 года».

    Examples
    --------
    >>> may_be_someone_in_dative("Полупанову"), may_be_someone_in_dative("Пенсионерке")
    (True, True)
    >>> may_be_someone_in_dative("делу"), may_be_someone_in_dative("году")
    (False, False)
    >>> may_be_someone_in_dative("потерпевшей"), may_be_someone_in_dative("пожилой")
    (True, False)
    """
    parses = _russian_parses(word)
    if parses is None:
        return False
    return any(
        p.tag.case == "datv"
        and (
            (
                p.tag.POS == "NOUN"
                and (p.tag.animacy == "anim" or bool({"Name", "Surn", "Patr"} & p.tag.grammemes))
            )
            or (p.tag.POS in ("ADJF", "PRTF") and p.normal_form in _VICTIMS_AS_ADJECTIVES)
        )
        for p in parses
    )


#: Adjectives and participles used as nouns of victims («потерпевшей», «пострадавшему»), by
#: the lemma pymorphy3 gives them.
_VICTIMS_AS_ADJECTIVES = frozenset(("потерпевший", "пострадавший", "потерпеть", "пострадать"))


@lru_cache(maxsize=65536)
def is_one_person_subject(word: str) -> bool:
    """Whether pymorphy3's most probable reading of a Russian word is one person in the
    nominative: the subject of a story of one victim («Дама», «Клиент», «Кировчанин»), not
    a group («Жители»), a name («Сергей») or someone named in another case («женщины»).

    Examples
    --------
    >>> is_one_person_subject("Дама"), is_one_person_subject("Севастополец")
    (True, True)
    >>> is_one_person_subject("Жители"), is_one_person_subject("Сергей")
    (False, False)
    """
    return is_animate_noun(word) and _singular_nominative(word)


def _singular_nominative(word: str) -> bool:
    """Whether pymorphy3's most probable reading of a Russian word is singular nominative."""
    return _first_reading_has(word, "sing", "nomn")


#: Kazakh case endings (genitive, dative, accusative, locative, ablative, instrumental): a
#: word without one is in the nominative («компаниясы», «пирамида»).
_KAZAKH_CASE_END = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|сын|сін|да|де|та|те|"
    r"дан|ден|тан|тен|нан|нен|мен|бен|пен)$"
)


@lru_cache(maxsize=65536)
def is_singular_subject(word: str) -> bool:
    """Whether a word can be a singular subject: pymorphy3's most probable reading of a Russian
    word is singular nominative; a Kazakh word has no plural suffix and no case ending.

    Examples
    --------
    >>> is_singular_subject("Компания"), is_singular_subject("компании")
    (True, False)
    >>> is_singular_subject("компаниясы"), is_singular_subject("компаниядан")
    (True, False)
    """
    low = word.lower()
    if KAZAKH_LETTERS.search(low) or low.endswith(("сы", "сі")):
        return not (_kazakh_plural(low) or _KAZAKH_CASE_END.search(low))
    return _singular_nominative(word)


_KAZAKH_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)")


@lru_cache(maxsize=65536)
def is_plural(word: str) -> bool:
    """Whether a word is plural: pymorphy3's tag for Russian, a plural suffix for Kazakh.

    Examples
    --------
    >>> is_plural("жители"), is_plural("жительница"), is_plural("тұрғындары"), is_plural("тұрғыны")
    (True, False, True, False)
    """
    low = word.lower().replace("ё", "е")
    if KAZAKH_LETTERS.search(low):
        return _kazakh_plural(low)
    parses = _russian_parses(word)
    return parses is not None and "plur" in parses[0].tag


def _kazakh_plural(low: str) -> bool:
    """A Kazakh plural suffix after the first two letters («тұрғындары», not «тұрғыны»)."""
    return bool(_KAZAKH_PLURAL.search(low[2:]))


@lru_cache(maxsize=65536)
def may_be_plural(word: str) -> bool:
    """Whether any reading of a word is plural («жительницы», «потерпевшим»).

    Examples
    --------
    >>> may_be_plural("жительницы"), is_plural("жительницы"), may_be_plural("потерпевшей")
    (True, False, False)
    """
    parses = _russian_parses(word)
    if parses is None:
        return is_plural(word)
    return any("plur" in p.tag for p in parses)


@lru_cache(maxsize=65536)
def genitive_number(word: str) -> str:
    """The number of a Russian noun read in the genitive (after «у», «от»): ``sing``,
    ``plur`` or ``""`` when it has no genitive reading or both.

    «у пенсионерки» is one person, though «пенсионерки» alone reads first as a plural.

    Examples
    --------
    >>> genitive_number("пенсионерки"), genitive_number("жителей"), genitive_number("жители")
    ('sing', 'plur', '')
    """
    parses = _russian_parses(word)
    numbers = {
        "plur" if "plur" in p.tag else "sing"
        for p in parses or ()
        if p.tag.POS == "NOUN" and "gent" in p.tag
    }
    return numbers.pop() if len(numbers) == 1 else ""


@lru_cache(maxsize=65536)
def may_be_genitive(word: str) -> bool:
    """Whether a Russian noun has a genitive reading (a word pymorphy3 does not know may).

    Examples
    --------
    >>> may_be_genitive("мошенничества"), may_be_genitive("звонки"), may_be_genitive("жителей")
    (True, False, True)
    """
    parses = _russian_parses(word)
    return parses is None or any(p.tag.POS == "NOUN" and "gent" in p.tag for p in parses)


@lru_cache(maxsize=65536)
def may_be_counted_after_a_scale(word: str) -> bool:
    """Whether a Russian noun can be what «тысяч», «млн» count: it has a genitive reading
    («200 тысяч транзакций»), unlike «200 тысяч мелкими транзакциями» (the instrumental: the
    means of a transfer, the 200 thousand is money). A word pymorphy3 does not know (Kazakh)
    may be.

    Examples
    --------
    >>> may_be_counted_after_a_scale("транзакций"), may_be_counted_after_a_scale("транзакциями")
    (True, False)
    """
    parses = _russian_parses(word)
    return parses is None or any("gent" in p.tag for p in parses)


@lru_cache(maxsize=65536)
def only_dative(word: str) -> bool:
    """Whether every reading of a Russian word is in the dative: the one money went to
    («передали курьерам», «перевели дропам»), not the one arrested.

    Examples
    --------
    >>> only_dative("курьерам"), only_dative("курьеры"), only_dative("группе")
    (True, False, False)
    """
    parses = _russian_parses(word)
    return bool(parses) and all("datv" in p.tag for p in parses)


@lru_cache(maxsize=65536)
def only_genitive_plural(word: str) -> bool:
    """Whether every reading of a Russian word (or of the last part of a hyphenated one) is a
    noun in the genitive plural: what a count before it counts («тыс. IT-преступлений»), never
    the subject that opens a sentence.

    Examples
    --------
    >>> only_genitive_plural("IT-преступлений"), only_genitive_plural("Преступления")
    (True, False)
    """
    parses = _russian_parses(word.split("-")[-1].lower())
    return bool(parses) and all(p.tag.POS == "NOUN" and {"gent", "plur"} in p.tag for p in parses)


@lru_cache(maxsize=65536)
def verb_number(word: str) -> str:
    """The grammatical number of a Russian finite verb's subject: ``sing``, ``plur`` or ``""``.

    A past-tense verb in the masculine or feminine singular («перевела», «лишился») or a
    third-person singular («теряет») has one person as its subject; a plural verb
    («перевели») several. Neuter past («исчезло»: the money), other parts of speech and
    Kazakh words (whose verbs do not mark number) give ``""``.

    Examples
    --------
    >>> verb_number("перевела"), verb_number("перевели"), verb_number("исчезло"), verb_number("ущерб")
    ('sing', 'plur', '', '')
    """
    parses = _russian_parses(word)
    if parses is None:
        return ""
    tag = parses[0].tag
    if tag.POS != "VERB":
        return ""
    if "plur" in tag:
        return "plur"
    if "sing" in tag and ("masc" in tag or "femn" in tag or "3per" in tag):
        return "sing"
    return ""


@lru_cache(maxsize=65536)
def is_place_subject(word: str) -> bool:
    """Whether a Russian word reads first as a place name in the nominative («Калифорния»,
    «Москва»): a subject that is a whole territory, not one person.

    Examples
    --------
    >>> is_place_subject("Калифорния"), is_place_subject("Москвы"), is_place_subject("Галина")
    (True, False, False)
    """
    return _first_reading_has(word, "Geox", "nomn")


@lru_cache(maxsize=65536)
def is_imperfective_verb(word: str) -> bool:
    """Whether a Russian word is a finite verb or a gerund of the imperfective aspect
    («снимали», «приходится», «теряя»): what happened again and again, not once («похитили»).

    Examples
    --------
    >>> is_imperfective_verb("снимали"), is_imperfective_verb("похитили"), is_imperfective_verb("ущерб")
    (True, False, False)
    >>> is_imperfective_verb("теряя"), is_imperfective_verb("потеряв")
    (True, False)
    """
    if _finite_verb_with(word, "impf"):
        return True
    parses = _russian_parses(word)
    return parses is not None and parses[0].tag.POS == "GRND" and "impf" in parses[0].tag


@lru_cache(maxsize=65536)
def is_future_verb(word: str) -> bool:
    """Whether a Russian word is a finite verb in the future tense («вырастет», «будут»).

    Examples
    --------
    >>> is_future_verb("вырастет"), is_future_verb("будут"), is_future_verb("выросла")
    (True, True, False)
    """
    return _finite_verb_with(word, "futr")


#: The Kazakh polite imperative, singular and plural: «аударыңыз», «аударыңыздар», «жіберіңіздер».
_KK_IMPERATIVE_RE = re.compile(r"\w(?:ыңыз|іңіз|ңыз|ңіз)(?:дар|дер)?$")


@lru_cache(maxsize=65536)
def is_imperative(word: str) -> bool:
    """Whether a word is a verb in the imperative: an instruction, not an act told
    («переведите», «оплатите», Kazakh «аударыңыздар»).

    Examples
    --------
    >>> is_imperative("переведите"), is_imperative("аударыңыздар"), is_imperative("перевели")
    (True, True, False)
    >>> is_imperative("лишись")  # a typo of «лишились» more often than an order
    False
    """
    # Russian: the plural (polite) form only; a singular «лишись» is more often a typo of
    # «лишились» than an order in a news text
    return bool(_KK_IMPERATIVE_RE.search(word.lower())) or _first_reading_has(word, "impr", "plur")


def is_singular_imperative(word: str) -> bool:
    """Whether pymorphy3's first reading of a Russian word is a verb in the singular imperative
    («кинь», «переведи»): alone more often a typo than an order (see :func:`is_imperative`),
    but an order when a person it is asked for follows («кинь мне»).

    Examples
    --------
    >>> is_singular_imperative("кинь"), is_singular_imperative("переведите"), is_singular_imperative("кинул")
    (True, False, False)
    """
    return _first_reading_has(word, "impr", "sing")


def is_nominative_noun(word: str) -> bool:
    """Whether pymorphy3's most probable reading of a Russian word is a noun in the nominative:
    a subject, no word a preposition governs.

    Examples
    --------
    >>> is_nominative_noun("правоохранители"), is_nominative_noun("фактам")
    (True, False)
    """
    return _first_reading_has(word, "NOUN", "nomn")


def _first_reading_has(word: str, *grammemes: str) -> bool:
    """Whether pymorphy3's most probable reading of a Russian word carries all ``grammemes``."""
    parses = _russian_parses(word)
    return parses is not None and set(grammemes) <= parses[0].tag.grammemes


def _finite_verb_with(word: str, grammeme: str) -> bool:
    """Whether pymorphy3's first reading of a Russian word is a finite verb with ``grammeme``."""
    parses = _russian_parses(word)
    return parses is not None and parses[0].tag.POS == "VERB" and grammeme in parses[0].tag


@lru_cache(maxsize=65536)
def ordinal_lemma(word: str) -> str:
    """The dictionary form of a Russian ordinal numeral, from any of pymorphy3's readings.

    «второе» is read first as a noun (the second course); after «каждое» it is the ordinal.

    Examples
    --------
    >>> ordinal_lemma("второе"), ordinal_lemma("седьмое"), ordinal_lemma("факт")
    ('второй', 'седьмой', '')
    """
    for parse in _russian_parses(word) or ():
        if "Anum" in parse.tag:
            return parse.normal_form.replace("ё", "е")
    return ""


@lru_cache(maxsize=65536)
def _is_verb_form(word: str) -> bool:
    parses = _russian_parses(word)
    return parses is not None and parses[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


@lru_cache(maxsize=65536)
def part_of_speech(word: str) -> str:
    """pymorphy3's most probable part of speech of a Russian word ("" for other words).

    Examples
    --------
    >>> part_of_speech("звонков"), part_of_speech("сомнительных"), part_of_speech("алаяқ")
    ('NOUN', 'ADJF', '')
    """
    parses = _russian_parses(word)
    return "" if parses is None else str(parses[0].tag.POS or "")


def lemma_is_verb(word: Word) -> bool:
    """Whether a Russian word is read as a verb, an infinitive, a participle or a gerund.

    Kazakh words (not analysed) count as verbs when their stem is a cue verb: the caller
    matched them against a table of verbs.

    Examples
    --------
    >>> lemma_is_verb(Word("потеряла", "потерять", 0, 8)), lemma_is_verb(Word("ущерб", "ущерб", 0, 5))
    (True, False)
    """
    if KAZAKH_LETTERS.search(word.text) or not _CYRILLIC.search(word.text):
        return True
    return _is_verb_form(word.text)


@lru_cache(maxsize=65536)
def is_modifier(word: str) -> bool:
    """Whether a Russian word can be an adjective or a participle («истекших», «прошедших»).

    Examples
    --------
    >>> is_modifier("истекших"), is_modifier("прошедших"), is_modifier("фактов")
    (True, True, False)
    """
    return any(p.tag.POS in ("ADJF", "PRTF") for p in _russian_parses(word) or ())


@lru_cache(maxsize=65536)
def participle_number(word: str) -> str:
    """The grammatical number of a Russian participle: ``sing``, ``plur`` or ``""``.

    «16 человек, отдавших 5,6 млн»: a plural participle after counted persons says the
    amount is theirs together.

    Examples
    --------
    >>> participle_number("отдавших"), participle_number("потерявший"), participle_number("отдали")
    ('plur', 'sing', '')
    """
    parses = _russian_parses(word)
    if parses is None:
        return ""
    tag = parses[0].tag
    if tag.POS != "PRTF":
        return ""
    return "plur" if "plur" in tag else "sing" if "sing" in tag else ""


def may_be_participle(word: str) -> bool:
    """Whether some reading of a Russian word is a participle («совершённых», «связанных»).

    Examples
    --------
    >>> may_be_participle("совершённых"), may_be_participle("крупных")
    (True, False)
    """
    parses = _russian_parses(word)
    return parses is not None and any(p.tag.POS == "PRTF" for p in parses)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split a text into sentence spans: at line breaks, then with razdel.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each sentence, in order.

    Examples
    --------
    >>> text = "Ущерб составил 1,2 млн. тенге. Задержан 1 человек.\\nЖаңа жол"
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Ущерб составил 1,2 млн. тенге.', 'Задержан 1 человек.', 'Жаңа жол']
    """
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        for s in razdel.sentenize(line.group()):
            if s.text.strip():
                spans.append((base + s.start, base + s.stop))
    return spans


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` (razdel tokens with a letter), with lemmas.

    Parameters
    ----------
    text : str
        The whole text; spans are offsets in it.
    start, end : int, optional
        The stretch to read (default: all of it).

    Returns
    -------
    list of Word
        Words in order; numbers and punctuation are left out. In a stretch with Kazakh
        letters every word is read as Kazakh (lower-cased, plural by its suffix), so that
        «адам» or «ер» are not taken for Russian forms.

    Examples
    --------
    >>> [(w.text, w.lemma) for w in words("Жители перевели мошенникам 400 млн")]
    [('Жители', 'житель'), ('перевели', 'перевести'), ('мошенникам', 'мошенник'), ('млн', 'млн')]
    """
    end = len(text) if end is None else end
    out: list[Word] = []
    if not _LETTER.search(text, start, end):
        return out  # digits and punctuation only: nothing for razdel to find
    kazakh = KAZAKH_LETTERS.search(text, start, end) is not None
    after_number = False  # the last token was a number (or its scale word)
    for t in razdel.tokenize(text[start:end]):
        token, offset = t.text, start + t.start
        glued = _DIGITS_HYPHEN.match(token)  # «73-летняя», «190-бабы», «120-дан»
        if glued:
            token, offset = token[glued.end() :], offset + glued.end()
            if len(token) < 3:
                after_number = True
                continue  # a case ending: «24-х», «800-ге»
        if not any(c.isalpha() for c in token):
            after_number = any(c.isdigit() for c in token) or (after_number and token == ".")
            continue
        counted, after_number = after_number, after_number and scale_of(token) is not None
        if counted and not kazakh and out and out[-1].counted and scale_of(out[-1].text):
            # after a scale word only a noun is counted («двух тыс. уфимцев»), not «56 млн из»
            counted = part_of_speech(token) == "NOUN" and not currency_of(token.lower())
        if kazakh:  # a Kazakh sentence: «адам», «ер» are Kazakh words, not Russian forms
            low = token.lower()
            plural = _kazakh_plural(low)
            out.append(Word(token, low, offset, offset + len(token), plural, plural, counted))
        else:
            plural = (is_plural(token), may_be_plural(token))
            base = lemma(token)
            if base == "дело" and out and out[-1].lemma == "внутренний":
                base = "внутренние дела"  # «Министерство внутренних дел»: police, no criminal case
            out.append(
                Word(
                    token,
                    base,
                    offset,
                    offset + len(token),
                    *plural,
                    counted,
                    is_animate_noun(token) or (counted and is_counted_persons(token)),
                    part_of_speech(token),
                )  # fmt: skip
            )
            # «три жителя», «пятеро мужчин»: a number word counts the word after it too; so does
            # a scale word after one («двух тыс. уфимцев»)
            after_number = after_number or out[-1].pos == "NUMR"
    return out


_LETTER = re.compile(r"[^\W\d_]")
_DIGITS_HYPHEN = re.compile(r"(?:[\d.,]+-)+")


def detect_language(text: str) -> str:
    """Guess the language of a passage: ``kk`` (Kazakh letters), ``ru``, ``kk-latn`` or ``en``.

    Examples
    --------
    >>> detect_language("843 қылмыс дерегі тіркеліп")
    'kk'
    >>> detect_language("зарегистрировано 843 факта")
    'ru'
    """
    if KAZAKH_LETTERS.search(text):
        return "kk"
    if _CYRILLIC.search(text):
        kazakh_words = r"\b(?:жылы|бойынша|тіркелген|биыл|және|мен|деп)\b"
        return "kk" if re.search(kazakh_words, text) else "ru"
    if re.search(r"[ǵńúıóý]", text) or re.search(r"\b(?:jyl|boıynsha|tirkel\w*)\b", text):
        return "kk-latn"
    return "en"


def phrase_after(sentence: list[Word], noun: Word, *, limit: int = 4) -> list[Word]:
    """Up to ``limit`` words after ``noun`` with only punctuation between (no number, no dash).

    Examples
    --------
    >>> ws = words("12 фактов мошенничества, 5 из них раскрыты")
    >>> [w.text for w in phrase_after(ws, ws[0])]
    ['мошенничества']
    """
    out, end = [], noun.end
    for w in sentence:
        if w.start < noun.end:
            continue
        if w.start - end > 3 or len(out) == limit:
            break
        out.append(w)
        end = w.end
    return out

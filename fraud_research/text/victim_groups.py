"""A count of cases or a loss broken down by a group of victims: women, pensioners, an age band.

«в отношении мужчин совершено 414 преступлений», «на граждан от 18 до 44 лет — 548 случаев»,
«жертвами чаще становятся женщины — 567 случаев», «зейнеткерлерге қатысты 120 дерек»: each is
a part of the region's count, split by who the victims were, not a fraud scheme's count nor
a total. The corpus labels such parts ``other``; proposing them would file a part as the
region's total. The group words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

from itertools import takewhile

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import VICTIM_GROUPS, CueSet, person_noun

LOSER_KINDS = CueSet(cues.LOSER_KINDS)
#: Words that make «лет» an age («от 18 до 44 лет», «в группе 45–59 лет», «старше 60 лет»).
_AGE_BAND = CueSet(("от", "до", "моложе", *cues.AGE_BEFORE, *cues.AGE_GROUP_NOUNS))
#: Kazakh stems of an age («60 жастағы», «жасқа дейінгі»); «жас» alone before «аралығындағы».
_KK_AGE_STEMS = ("жастағ", "жасқа", "жастан", "жасындағ")


def victim_group(ctx: NumberContext) -> list[str]:
    """The words naming a group of victims that a count of cases is the part of, or ``[]``.

    The group is named in the count's clause («в отношении пенсионеров», «от 18 до 44 лет»,
    «среди людей 60–74 лет»), or as the victims right before or after the count («жертвами …
    становятся женщины — 567 случаев», «в 99 случаях потерпевшими являются люди пожилого
    возраста»); not in a clause of its own («Жертвами чаще становятся пенсионеры: в 2025 году
    зарегистрировано 843 факта»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("в отношении мужчин совершено преступлений")
    >>> victim_group(NumberContext("414", 30, 33, 414, None, False, before=ws[:3], after=ws[3:]))
    ['в', 'отношении', 'мужчин']
    >>> ws = words("в отношении жителей области совершено преступлений")
    >>> victim_group(NumberContext("843", 40, 43, 843, None, False, before=ws[:5], after=ws[5:]))
    []
    """
    before = ctx.before[-8:]
    # up to the next number's noun: «257 мошенничеств и в 99 случаях потерпевшими являются …»
    # names the victims of the 99
    after = ctx.after[:1] + list(takewhile(lambda w: not w.counted, ctx.after[1:]))
    return (
        _in_respect_of(before + after[:6])
        or _age_band(before)
        or _among(before)
        or _from_a_group(ctx)
        or _victims_are(before)
        or _victims_are(after[:8])
        or _victims_are(before[-2:] + after[:4])
        or _group_suffered(before)
        or _taken_from(after[:6])
    )


def _taken_from(words: list[Word]) -> list[str]:
    """«23 хищения у пенсионеров», «17 хищений средств у родственников участников СВО»: crimes
    against a group, said with «у» after the count's noun."""
    for k, w in enumerate(words[1:-1], start=1):
        if w.text.lower() == "у":
            group = VICTIM_GROUPS.first(words[k + 1 : k + 3])
            if group is not None and group.plural:
                return [w.text, group.text]
    return []


def _from_a_group(ctx: NumberContext) -> list[str]:
    """«от пенсионеров поступило 120 заявлений», «жертвами чаще становятся женщины: от них
    поступило 29 заявлений», «41 заявление от женщин»: statements from a group of victims,
    named or pointed back at."""
    told = ctx.sentence_before[-12:] + ctx.after[:3]
    for k, w in enumerate(told[:-1]):
        if w.text.lower() != "от":
            continue
        named = told[k + 1]
        if VICTIM_GROUPS.matches_word(named) and named.plural:
            return [w.text, named.text]
        group = VICTIM_GROUPS.first(told[:k]) if named.lemma in ("они", "который") else None
        if group is not None and group.plural:
            return [group.text, w.text, named.text]
    return []


#: Verbs of suffering a crime: «Пенсионеры пострадали в 230 случаях».
_SUFFERED = frozenset(("пострадать", "страдать", "подвергнуться", "подвергаться"))


def _group_suffered(words: list[Word]) -> list[str]:
    """«Пенсионеры пострадали в 230 случаях»: a group that suffered the crimes counted after
    the verb."""
    for k, w in enumerate(words[:-1]):
        if VICTIM_GROUPS.matches_word(w) and w.plural:
            verb = next((v for v in words[k + 1 : k + 3] if v.lemma in _SUFFERED), None)
            if verb is not None:
                return [w.text, verb.text]
    return []


def _victims_are(words: list[Word]) -> list[str]:
    """«жертвами становятся женщины», «потерпевшими являются люди пожилого возраста»."""
    victims = [
        w for w in words if w.lemma in ("жертва", "потерпевший") or w.text.lower() == "құрбаны"
    ]
    group = VICTIM_GROUPS.first(words)
    return [victims[0].text, group.text] if victims and group is not None else []


def _in_respect_of(words: list[Word]) -> list[str]:
    """«в отношении пенсионеров», Kazakh «зейнеткерлерге қатысты»: a group of victims."""
    for k, w in enumerate(words):
        if w.lemma == "отношение" and k > 0 and words[k - 1].text.lower() == "в":
            group = VICTIM_GROUPS.first(words[k + 1 : k + 3]) or _of_pension_age(
                words[k + 1 : k + 4]
            )
            if group is not None:
                return [words[k - 1].text, w.text, group.text]
        if w.text.lower() == "қатысты" and k > 0 and VICTIM_GROUPS.matches_word(words[k - 1]):
            return [words[k - 1].text, w.text]
    return []


def _of_pension_age(words: list[Word]) -> Word | None:
    """«лиц пенсионного возраста»: the adjective that names the group, else None."""
    for w, nxt in zip(words, words[1:], strict=False):
        if w.lemma == "пенсионный" and nxt.lemma == "возраст":
            return w
    return None


def _age_band(words: list[Word]) -> list[str]:
    """«от 18 до 44 лет», «в группе 45–59 лет», Kazakh «18-30 жас аралығындағы»: an age band."""
    for k, w in enumerate(words):
        low = w.text.lower()
        # the word before «лет» (its numbers are no words) opens the band: «от 18 до 44 лет»,
        # «в группе 45–59 лет», «людей 60–74 лет»; not «за последние 5 лет» (a stretch of time)
        if (
            low == "лет"
            and k > 0
            and (_AGE_BAND.matches_word(words[k - 1]) or person_noun(words[k - 1]))
        ):
            return [words[k - 1].text, w.text]
        after = words[k + 1].text.lower() if k + 1 < len(words) else ""
        if (low.startswith(_KK_AGE_STEMS) and not _one_persons_age(words[k + 1 : k + 3])) or (
            low == "жас" and after.startswith(("аралығ", "шамас"))
        ):
            return [w.text]
    return []


def _one_persons_age(after: list[Word]) -> bool:
    """Whether a Kazakh age is one person's: the person after it is singular («62 жастағы
    зейнеткер»), not a group («60 жастан асқан зейнеткерлер»)."""
    person = next((w for w in after if person_noun(w)), None)
    return person is not None and not person.plural


def victims_of_an_age(words: list[Word]) -> list[str]:
    """The words of an age told among ``words``, the sentence before an amount: «жертвы
    мошенников в возрасте 30–40 лет … на общую сумму $693 млн», «лица старше 60 лет, сообщив о
    потерях …», «60 жастан асқан зейнеткерлер … аударған». The loss is that age's part, not the
    total. A band opened by a bare «от» or «до» is not enough here, as the whole sentence is
    read («грозит до 10 лет лишения свободы»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> victims_of_an_age(words("жертвы в возрасте 30–40 лет с тыс. обращений на общую сумму"))
    ['возрасте', 'лет']
    >>> victims_of_an_age(words("Им грозит до 10 лет лишения свободы, ущерб составил"))
    []
    """
    band = _age_band(words)
    return band if band and band[0].lower() not in ("от", "до") else []


def _among(words: list[Word]) -> list[str]:
    """«среди пенсионеров — 144»: a group of victims."""
    for k, w in enumerate(words[:-1]):
        if w.text.lower() == "среди" and VICTIM_GROUPS.matches_word(words[k + 1]):
            return [w.text, words[k + 1].text]
    return []


def loss_part_by_victims(ctx: NumberContext) -> list[str]:
    """The words that make an amount the part of the damage total told before it that one kind
    of victim lost, or ``[]``: «Почти 57 млрд тенге из этой суммы составляют прямые убытки
    граждан», «Большая часть этих средств — 26,9 млрд рублей — была украдена со счетов
    физических лиц». Like a count by a group of victims, the corpus labels such parts ``other``:
    proposing one would file a part as a second total. The caller checks that the amount
    before was a damage total.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Почти из этой суммы составляют прямые убытки граждан")
    >>> loss_part_by_victims(NumberContext("57 млрд", 6, 13, 57e9, "KZT", True,
    ...                                    before=ws[:1], after=ws[1:]))
    ['из этой суммы', 'граждан']
    """
    before, after = ctx.before[-10:], ctx.after[:8]
    # the part word may open the sentence before a comma: «Основная доля … пришлась на средства,
    # похищенные у клиентов-физлиц - 26,866 миллиарда»
    told = ctx.sentence_before[-12:] or before
    part = _part_words(before[-4:] + after[:4]) or next(
        (w.text for w in told if w.lemma in ("часть", "доля")), ""
    )
    if not part:
        return []
    kind = LOSER_KINDS.first(before + after) or VICTIM_GROUPS.first(before + after)
    return [part, kind.text] if kind is not None else []


def _part_words(words: list[Word]) -> str:
    """«из этой суммы», «из общей суммы», «из них», «из которых»: the words of a part."""
    for k, w in enumerate(words[:-1]):
        if w.lemma != "из":
            continue
        if words[k + 1].lemma in ("они", "который"):
            return f"{w.text} {words[k + 1].text}"
        if k + 2 < len(words) and words[k + 1].lemma in ("этот", "общий"):
            if words[k + 2].lemma in ("сумма", "средство", "объем"):
                return " ".join(x.text for x in words[k : k + 3])
    return ""


def loss_of_a_victim_group(ctx: NumberContext) -> list[str]:
    """The words naming a group of victims (in the plural) in an amount's own clause when a
    damage total was told before it, or ``[]``: «Ущерб составил 2,4 млрд тенге. Пенсионеры
    потеряли 500 млн тенге, студенты – 120 млн», «Пенсионерам причинен ущерб на 500 млн»,
    «Зейнеткерлер 300 млн теңгеден айырылды». Each is that group's part of the total, which
    the corpus labels ``other``, as it does a count by a group of victims. One pensioner's loss
    («пенсионерка») is a single case, read elsewhere.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Пенсионеры потеряли тенге")
    >>> ctx = NumberContext("500 млн", 20, 27, 500e6, "KZT", True, before=ws[:2], after=ws[2:],
    ...                     damage_told=True)
    >>> loss_of_a_victim_group(ctx)
    ['Пенсионеры']
    >>> ctx.damage_told = False  # no total before: the pensioners' loss may be the total
    >>> loss_of_a_victim_group(ctx)
    []
    """
    if not ctx.damage_told:
        return []
    group = next((w for w in ctx.own_clause if VICTIM_GROUPS.matches_word(w) and w.plural), None)
    return [group.text] if group is not None else []

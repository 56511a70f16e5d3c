"""The role of an amount of money after its first reading, from what the text told before it.

An amount first read as damage may be the end of a change («с 18 тысяч до 14 тысяч 500
рублей»), a part of the damage total told before — by a group of victims («из этой суммы …
прямые убытки граждан», «пенсионеры потеряли 500 млн»), by an age, by a channel («с
использованием банкоматов») — a range of single sums («теряя … от 30 до 80 миллионов»), or
money in a text that names no offence, or no fraud. :func:`amount_role` decides; the corpus
labels such parts ``other``, so none is proposed as a second total.
"""

from __future__ import annotations

from . import cues
from .channels import loss_part_by_channel
from .context import NumberContext
from .lemmas import Word
from .matchers import CASE_NOUNS, CRIME_WORDS, DAMAGE, CueSet
from .money_role import range_of_sums
from .role_names import DAMAGE_ROLES
from .victim_groups import loss_of_a_victim_group, loss_part_by_victims, victims_of_an_age

__all__ = ["amount_role", "refers_back"]


#: Pointers back to a crime named before: «этого вида правонарушений», «данной категории».
# pymorphy3 reads «данной» as a participle of «дать»: the forms of «данный» are listed
_POINTERS = CueSet(
    cues.ANAPHORIC
    + ("этот", "это", "данный", "данной", "данного", "данном", "данная", "данное", "данную")
    + ("данных", "данным", "данными")
)
_KIND_WORDS = CueSet(("вид", "категория", "род", "тип", "сфера", "направление"))


def refers_back(words: list[Word]) -> bool:
    """Whether a sentence points back to a crime named before it («этого вида правонарушений»).

    Such a sentence is cut from a text that said which crime it means: it alone does not
    make its figures all-crime figures.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> refers_back(words("общий ущерб от этого вида правонарушений составил"))
    True
    >>> refers_back(words("в этом году ущерб от преступлений составил"))
    False
    """
    for k, w in enumerate(words):
        if _POINTERS.matches_word(w):
            nxt = words[k + 1 : k + 3]
            if any(CASE_NOUNS.matches_word(n) or CRIME_WORDS.matches_word(n) for n in nxt):
                return True
            if nxt and _KIND_WORDS.matches_word(nxt[0]):
                return True
    return False


#: Victims' verbs of losing: a range of sums they lose is what each one lost.
_LOSING = ("терять", "потерять", "лишаться", "лишиться", "отдавать", "переводить")


def amount_role(ctx: NumberContext, role: str, cue_words: list[str]) -> tuple[str, list[str]]:
    """The role of an amount of money after its first reading: the end of a change, a part of
    a total (by victims, by channel), a range of sums, or money in a text on no fraud."""
    if ctx.change_end == "to" and ctx.previous and ctx.previous == ctx.last_money:
        return ctx.previous, []  # «средний размер … с 18 тысяч до 14 тысяч 500 рублей»
    if role == "damage_total" and ctx.last_money == "damage_total":
        part = loss_part_by_victims(ctx)
        if part:
            return "other", part  # «из этой суммы … прямые убытки граждан»: a part
    # «жертвы в возрасте 30–40 лет … на общую сумму $693 млн»: one age's part of the damage
    ages = victims_of_an_age(ctx.sentence_before) if role in DAMAGE_ROLES else []
    if ages:
        return "other", ages
    sums = range_of_sums(ctx) if role == "damage_total" else []
    # «пожилые люди … теряя суммы – от 30 до 80 миллионов», «обманули покупателей на крупные
    # суммы — от 90 до 360 тысяч»: the ends of a range of single losses
    losing = any(w.lemma in _LOSING for w in ctx.sentence) or DAMAGE.first(ctx.sentence_before)
    if sums and losing:
        return "single_case_loss", sums
    channel = (
        (loss_part_by_channel(ctx) or loss_of_a_victim_group(ctx) or sums)
        if role == "damage_total"
        else []
    )
    if channel:
        # «С использованием банкоматов было похищено 175,8 млн»; «снимали от 100 тыс. до 1 млн»
        return "other", channel
    if role in DAMAGE_ROLES and not ctx.offence_text:
        return "other", cue_words  # money lost in a text that names no offence at all
    if (
        role in DAMAGE_ROLES
        and ctx.topic == "crime"
        and not ctx.fraud_text
        and not refers_back(ctx.sentence)
    ):
        return "other", cue_words  # damage in a text on crime that never speaks of fraud
    return role, cue_words

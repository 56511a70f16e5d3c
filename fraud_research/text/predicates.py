"""What the words after an amount say was done with it: its own predicate right after it («480
миллионов рублей были возвращены владельцам»), the predicate after a participle phrase naming
where the money came from («5 млн рублей, украденных мошенниками, вернули белорусам»), or a
«который» clause («573 тысячи рублей, которые пенсионерка собиралась передать»)."""

from __future__ import annotations

from .context import NumberContext
from .currency_words import currency_of
from .lemmas import Word

__all__ = ["after_a_participle", "predicate_right_after", "which_clause"]


def predicate_right_after(ctx: NumberContext) -> list[Word]:
    """Up to three words right after an amount with no punctuation between («480 миллионов
    рублей были возвращены владельцам»): its own predicate, not the next clause's («похищено
    5 млн, возвращено 2 млн»)."""
    words, end = [], ctx.end
    for w in ctx.own_after[:3]:
        if w.start - end > 1 or w.text.lower() in ("и", "а", "но"):
            break  # not «Ущерб составил 5 млн рублей и возмещен частично»: a second predicate
        words.append(w)
        end = w.end
    return words


def after_a_participle(ctx: NumberContext) -> list[Word]:
    """The predicate of an amount after a participle phrase that says where the money came from:
    «5 млн рублей, украденных мошенниками, вернули белорусам» (returned, whatever was stolen)."""
    after = ctx.sentence_after[:10]
    if after and currency_of(after[0].text):
        after = after[1:]
    if not after or after[0].pos != "PRTF":
        return []
    verb = next((k for k, w in enumerate(after[1:8], start=1) if w.pos == "VERB"), None)
    return after[verb : verb + 1] if verb is not None else []


def which_clause(ctx: NumberContext) -> list[Word]:
    """The words of a «который» clause right after an amount («573 тысячи рублей, которые
    пенсионерка собиралась передать мошенникам»): what was done with the money."""
    after = ctx.sentence_after[:10]
    for k, w in enumerate(after[:2]):
        if w.lemma == "который":
            return after[k + 1 :]
    return []

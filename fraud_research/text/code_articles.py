"""Whether a number is the number of a code's article: «ст. 190», «168 УК РУз», «190-бабы».

Articles come alone, in ranges («159–159.6 УК»), by their ordinals («159-ю»), in lists
(«статьями 158, 159, 159.3 УК РФ») and each named in brackets («по статьям 168
(мошенничество) и 227 (подделка документов)»). :func:`article_words` gives the words that
make a number one, for :func:`fraud_research.text.forms.form_role`.
"""

from __future__ import annotations

import re

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import ARTICLE_WORDS, TIME_UNITS


def article_words(ctx: NumberContext, nxt: Word | None, prev: Word | None) -> list[str]:
    """The words that make the number an article of a code, or ``[]``: «ст. 190», «168 УК
    РУз», «190-бабы», the first of «(159–159.6 УК)», a list «статьями 158, 159».

    ``nxt`` and ``prev`` are the words right after and before the number
    (:func:`fraud_research.text.context.neighbours`).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("по ст. 190 УК")
    >>> article_words(NumberContext("190", 7, 10, 190, None, False, char_before="по ст. ",
    ...                             char_after=" УК", sentence=ws), ws[2], ws[1])
    ['ст']
    """
    if ctx.scaled:
        return []
    # «Основная часть – 1 190 – мошенничества»: a dash after «часть» sets a count against it,
    # and so does a bracket («большая часть (430) квалифицирована как мошенничество»)
    dashed = re.search(r"[–—(-]\s*$", ctx.char_before) is not None
    # «190-бабында 12 жылға дейін»: years after an article's word are its penalty, no article
    years = nxt is not None and TIME_UNITS.matches_word(nxt)
    if (
        (prev is not None and ARTICLE_WORDS.matches_word(prev) and not dashed and not years)
        or (nxt is not None and nxt.text in cues.CODE_ABBREVIATIONS)  # «168 УК РУз», «190 ҚК»
        or (nxt is not None and _ARTICLE_GLUED.match(ctx.char_after) and nxt.lemma.startswith("ба"))
    ):
        return [(prev if prev is not None else nxt).text]
    article_range = _ARTICLE_RANGE_AFTER.match(ctx.char_after)
    if article_range:
        return [article_range.group("code")]
    if _ARTICLE_ORDINAL.match(ctx.char_after):
        # «статьи Уголовного кодекса: 159-ю (мошенничество) и 187-ю»: an article named by its
        # ordinal, after the word of articles
        head = ARTICLE_WORDS.first(ctx.sentence_before[-8:])
        if head is not None:
            return [head.text]
    return _listed_article(ctx, nxt)


def _listed_article(ctx: NumberContext, nxt: Word | None) -> list[str]:
    """The article word of a list the number continues: «статьями 158, 159, 159.3 УК РФ»,
    «по ст. 190, 213 и 385»; nothing but numbers and commas (or «и», «или») lie between the
    word and the number, which no noun follows («ст. 190, 25 фактов» counts facts)."""
    if ctx.scaled:
        return []
    if not _LIST_BEFORE.search(ctx.char_before):
        return _named_article_pair(ctx)
    if nxt is not None and nxt.text not in cues.CODE_ABBREVIATIONS and nxt.text not in _LINKS:
        return []
    # the clause ends at a comma, so the list's head word is looked for in the sentence
    before = ctx.sentence_before[-2:]
    if not before:
        return []
    head = before[0] if before[-1].text in _LINKS and len(before) == 2 else before[-1]
    return [head.text] if ARTICLE_WORDS.matches_word(head) and head.end > ctx.start - 60 else []


def _named_article_pair(ctx: NumberContext) -> list[str]:
    """The article word of «по статьям 168 (мошенничество) и 227 (подделка документов)»: two
    articles each named in brackets, the second after «и»/«или»; else ``[]``."""
    before = ctx.sentence_before
    if not (before and before[-1].text in _LINKS and _NAMED_AFTER.match(ctx.char_after)):
        return []
    head = next((w for w in reversed(before[-6:-1]) if ARTICLE_WORDS.matches_word(w)), None)
    # the words between the head and the link are the first article's name, no verb
    named = [w for w in before[:-1] if head is not None and w.start > head.end]
    if head is None or any(w.pos in ("VERB", "PRTS") for w in named):
        return []
    return [head.text]


#: The name of an article in brackets right after its number: « (подделка …)».
_NAMED_AFTER = re.compile(r"\s*\([^\d()]{3,}")

#: A list of numbers goes on before the number: «158, », «190 и », «159.3 или ».
_LIST_BEFORE = re.compile(r"\d(?:,\s*|\s+(?:и|или)\s+)$")
_LINKS = frozenset(("и", "или"))

#: An ordinal's ending glued to an article's number: «159-ю», «187-я», «272-й».
_ARTICLE_ORDINAL = re.compile(r"-(?:я|ю|й|ой|ей)(?!\w)")
#: «190-бабы», «232-1-бабы»: an article glued to its Kazakh word (not «180-і банк …»).
_ARTICLE_GLUED = re.compile(r"-(?:\d+-)?ба", re.I)
#: The rest of a range of articles after its first number: «159–159.6 УК», «190-190.1 ҚК».
_ARTICLE_RANGE_AFTER = re.compile(
    r"\s?[-–—]\s?\d+(?:\.\d+)*\s+(?P<code>" + "|".join(cues.CODE_ABBREVIATIONS) + r")(?!\w)"
)

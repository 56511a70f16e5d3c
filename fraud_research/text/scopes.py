"""What an aggregate figure counts: internet fraud, cybercrime, fraud in general, or unknown.

Police and press count overlapping things. «Интернет-мошенничество» and «дистанционные
мошенничества» are internet fraud; crimes committed by means of the internet in general
(«преступлений, совершённых с использованием интернета», «интернет арқылы жасалған қылмыстар»)
and remote thefts counted with fraud («дистанционных краж и мошенничеств», «хищений … совершённых
дистанционным способом») are cybercrime; «мошенничество» / «алаяқтық» alone is all fraud. The
dataset keeps them apart (``data/README.md``, column ``scope``), so a figure filed under the wrong
one joins another series.
"""

from __future__ import annotations

from .context import NumberContext
from .lemmas import Word, sentence_spans, words
from .matchers import CRIME_NOUNS, CYBER, FRAUD_NAMED, FRAUD_NOUNS, INTERNET, OFFENCE, THEFT

#: The scopes a text can state (``unknown`` is the absence of one).
SCOPES = ("internet_fraud", "cybercrime", "all_fraud")


def stated_scope(found: list[Word], *, counted: list[Word] = ()) -> str:
    """The scope ``found`` states, or ``""`` when its words name none.

    Internet words («интернет», «онлайн», «дистанционный», «кибермошенничество») give
    ``internet_fraud``, unless the words count more than fraud: thefts beside it («краж и
    мошенничеств», «хищений») or crimes without a fraud word («преступлений, совершённых с
    использованием интернета»), which give ``cybercrime``. A fraud word in ``counted`` (the
    noun right after the number: «29 дистанционных мошенничеств и 4 кражи») keeps internet
    fraud. Cybercrime words give ``cybercrime``; «мошенничество» / «алаяқтық» alone
    ``all_fraud``.

    Examples
    --------
    >>> [stated_scope(words(s)) for s in ("843 факта интернет-мошенничества",
    ...     "1912 совершённых с использованием интернета преступлений",
    ...     "3 тысячи фактов дистанционных краж и мошенничеств",
    ...     "1 245 фактов мошенничества", "58 человек стали жертвами")]
    ['internet_fraud', 'cybercrime', 'cybercrime', 'all_fraud', '']
    """
    if INTERNET.first(found):
        if FRAUD_NAMED.first(list(counted)):
            return "internet_fraud"
        beyond_fraud = THEFT.first(found) or (
            CRIME_NOUNS.first(found) and not FRAUD_NAMED.first(found)
        )
        return "cybercrime" if beyond_fraud else "internet_fraud"
    if CYBER.first(found):
        return "cybercrime"
    if FRAUD_NOUNS.first(found):
        return "all_fraud"
    return ""


def decide_scope(ctx: NumberContext) -> str:
    """The scope of an aggregate figure: internet fraud, cybercrime, fraud in general or unknown.

    The words of its clause decide first, then those of its sentence (:func:`stated_scope`);
    nothing of these gives ``unknown``.

    Examples
    --------
    >>> ws = words("Зарегистрировано 300 фактов мошенничества")
    >>> decide_scope(NumberContext("300", 17, 20, 300, None, False, before=ws[:1],
    ...                            after=ws[1:], sentence=ws))
    'all_fraud'

    A whole a part is taken of («Из N … M – интернет-мошенничества») is read by its own words
    only, up to the part's number (``own_after``).
    """
    # a whole's own words end where its part begins: «Из 1 245 фактов мошенничества 980 –
    # интернет-мошенничества», «1 245 алаяқтық дерегінің 980-і интернет арқылы» (all fraud)
    after = ctx.own_after if ctx.after_from or ctx.whole else ctx.after
    for found in (ctx.before[-8:] + after[:8], ctx.sentence):
        scope = stated_scope(found, counted=after[:2])
        if scope:
            return scope
    return "unknown"


def text_scopes(text: str) -> set[str]:
    """The scopes the sentences of ``text`` that speak of an offence state (:func:`stated_scope`).

    A sentence with no word of crime, fraud or their doers («Будьте бдительны при покупках в
    интернете») states no scope.

    Examples
    --------
    >>> sorted(text_scopes("Жертвами интернет-мошенников стали 197 жителей. Ущерб — 76 млн. "
    ...                    "Не переходите по ссылкам в интернете."))
    ['internet_fraud']
    """
    sentences = (words(text, a, b) for a, b in sentence_spans(text))
    return {stated_scope(found) for found in sentences if OFFENCE.first(found)} - {""}

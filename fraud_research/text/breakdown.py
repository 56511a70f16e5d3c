"""The parts of a count broken down by scheme: when one part reads as a scheme's count, so do
the parts beside it that add up within the total.

«Сотрудники зарегистрировали 86 фактов мошенничества. Большая часть преступлений (52 эпизода)
были совершены через социальные сети, 12 случаев – по мобильному телефону, 9 случаев – путем
перехода по неизвестным ссылкам, 13 случаев – иным способом»: only «иным способом» is a scheme
word the rules know, but 52 + 12 + 9 + 13 = 86, the count just before, so each is a part of it by
the way the fraud was done. A sentence's counts are parts when their sum does not exceed the last
total count before them; no part is made of a count larger than that total or of money.
"""

from __future__ import annotations

import re
from itertools import groupby, pairwise

from .lemmas import lemma
from .matchers import FRAUD_NOUNS
from .role_names import CASE_ROLES

__all__ = ["losses_in_brackets", "scheme_breakdowns"]


def scheme_breakdowns(numbers: list) -> None:
    """Read as schemes' counts the total counts beside a scheme's count that are its siblings.

    ``numbers`` are :class:`fraud_research.text.read.ReadNumber` in text order; roles and cues
    are updated in place.

    Examples
    --------
    >>> from fraud_research.text.read import walk_numbers
    >>> _, numbers = walk_numbers(
    ...     "Зарегистрировано 1002 факта мошенничества. Чаще всего жертвами обмана становились "
    ...     "посредством Интернета – 344 факта, списание с банковских карт – 216 эпизодов, "
    ...     "звонок от «службы безопасности» – 153 факта."
    ... )
    >>> [(n.value, n.role) for n in numbers]
    [(1002, 'cases_total'), (344, 'cases_scheme'), (216, 'cases_scheme'), (153, 'cases_scheme')]
    """
    total = None  # the last total count before the sentence
    for _, group in groupby(numbers, key=lambda n: n.sentence):
        counts = [n for n in group if n.role in CASE_ROLES and not n.currency and n.value]
        # «Из них 245 — это мошенничества, 69 — кражи»: the frauds among crimes are no scheme
        parts = [n for n in counts if n.role == "cases_total" and not _names_fraud(n)]
        if (
            total is not None
            and parts
            and any(n.role == "cases_scheme" for n in counts)
            and sum(n.value for n in counts) <= total.value
        ):
            for n in parts:
                n.role = "cases_scheme"
                n.cues = (*n.cues, f"part of {total.value}")
            continue
        totals = [n for n in counts if n.role == "cases_total"]
        if totals:
            total = totals[-1]


def _names_fraud(number) -> bool:
    """Whether a count's cue words name fraud itself («мошенничества», «алаяқтық»)."""
    return any(FRAUD_NOUNS.matches(lemma(word)) for word in number.cues)


#: What may stand between a scheme's count and a loss in the bracket opened right after it:
#: «лжеинвестиции — 64 (ущерб 310 млн тенге)», «64 факта (на сумму 310 млн)».
_BRACKET_AFTER_A_COUNT = re.compile(r"[^\d()]{0,30}\(\s*[^\d()]{0,30}")


def losses_in_brackets(text: str, numbers: list) -> None:
    """Give a loss in the bracket right after a scheme's count that scheme (in place).

    In «по схеме «звонок из банка» — 201 факт, …, лжеинвестиции — 64 (ущерб 310 млн тенге)»
    the 310 million is the loss of the fake investments counted just before it, not of the
    first scheme its sentence names.

    Examples
    --------
    >>> from fraud_research.text.read import walk_numbers
    >>> text = ("Из них по схеме «звонок из банка» — 201 факт, лжеинвестиции — 64 "
    ...         "(ущерб 310 млн тенге).")
    >>> _, numbers = walk_numbers(text)
    >>> [(n.value, n.role, n.row["scheme"]) for n in numbers]
    [(201, 'cases_scheme', 'impersonation_call'), (64, 'cases_scheme', 'fake_investment'), (310000000, 'damage_scheme', 'fake_investment')]
    """
    for count, loss in pairwise(numbers):
        if (
            count.role == "cases_scheme"
            and not count.currency
            and count.row["scheme"]
            and loss.currency
            and loss.role in ("damage_total", "damage_scheme")
            and loss.sentence == count.sentence
            and _BRACKET_AFTER_A_COUNT.fullmatch(text, count.end, loss.number_start)
        ):
            loss.role = "damage_scheme"
            loss.row["scheme"], loss.row["scheme_text"] = (
                count.row["scheme"],
                count.row["scheme_text"],
            )
            # the words that named another scheme no longer decide it
            loss.cues = (f"in brackets after {text[count.number_start : count.end]}", *count.cues)

"""The country a press text reports from, where its words leave a currency open: «рублей» in
a Belarusian text are Belarusian roubles (BYN), not Russian ones."""

from __future__ import annotations

import re
from functools import lru_cache

#: Words that place a text in Belarus: the country's name, its regional cities, its executive
#: committees («облисполком», «райисполком»: Russia has no such body), its banks.
BELARUS_RE = re.compile(
    r"беларус|белорус|исполком"
    r"|\b(?:Минск|Гомел|Брест|Витебск|Гродн|Могил[её]в|Беларусбанк|Белагропромбанк|Белинвестбанк)",
    re.I,
)
#: Words that place a text in Russia.
RUSSIA_RE = re.compile(r"росси|\bРФ\b|Москв|Петербург|\bСбер|УМВД|ГУ МВД", re.I)


@lru_cache(maxsize=8)
def reports_from_belarus(text: str) -> bool:
    """Whether a text names Belarus and not Russia: its bare «рублей» are BYN.

    Examples
    --------
    >>> reports_from_belarus("В Гомеле мошенники похитили 3000 рублей.")
    True
    >>> reports_from_belarus("В Москве и Минске мошенники похитили 3000 рублей.")
    False
    >>> reports_from_belarus("Хотела приобрести товар за 3000 рублей.")
    False
    """
    return BELARUS_RE.search(text) is not None and RUSSIA_RE.search(text) is None

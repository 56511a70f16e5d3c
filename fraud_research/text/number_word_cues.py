"""Number words as data: collective, pair and vague words, Kazakh tens and units, tens nouns.

The words are read by :func:`fraud_research.text.amounts.word_number` and
:mod:`fraud_research.text.word_numbers`; cue words of roles are in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

#: «сотни» after a bound word is one hundred in the genitive («более сотни», «около сотни»), not
#: the vague plural «сотни» (hundreds).
ONE_HUNDRED_AFTER_A_BOUND = ("сотни",)

#: «десяток» after a number word counts tens: «два десятка», «около двух десятков» (20).
TENS_WORDS = ("десяток", "десятка", "десятков", "десятку", "десятком", "десятками", "десятках")

#: Collective, pair and vague number words read without a scale word («двое», «пару», «екеуі»);
#: other Russian number words in any case form («трем», «двумя») are read by
#: :func:`fraud_research.text.amounts.word_number`.
NUMBER_WORDS = {
    "ru": {
        "двое": 2,
        "двоих": 2,
        "двоим": 2,
        "трое": 3,
        "троих": 3,
        "троим": 3,
        "четверо": 4,
        "четверых": 4,
        "четверым": 4,
        "пятеро": 5,
        "пятерых": 5,
        "пятерым": 5,
        "шестеро": 6,
        "шестерых": 6,
        "шестерым": 6,
        "семеро": 7,
        "семерых": 7,
        "семерым": 7,
        "восьмеро": 8,
        "восьмерых": 8,
        "девятеро": 9,
        "девятерых": 9,
        "десятеро": 10,
        "десятерых": 10,
        "пару": 2,
        "пара": 2,
        "сотни": 0,
        "тысячи": 0,
        # ten as a noun: «более десятка жителей», «вошла в десятку регионов»; the top three or
        # five of a ranking: «замыкают тройку», «в пятёрку регионов»
        "десяток": 10,
        "десятка": 10,
        "десятку": 10,
        "десятке": 10,
        "десятком": 10,
        "тройка": 3,
        "тройку": 3,
        "тройке": 3,
        "пятерка": 5,
        "пятерку": 5,
        "пятерке": 5,
        "полсотни": 50,
        "полсотне": 50,  # half a hundred
    },
    "kk": {
        "екі": 2,
        "үш": 3,
        "төрт": 4,
        "бес": 5,
        "алты": 6,
        "жеті": 7,
        "сегіз": 8,
        "тоғыз": 9,
        "он": 10,
        "екеуі": 2,
        "біреуі": 1,
        "үшеуі": 3,
        "төртеуі": 4,
        "жиырма": 20,
        "отыз": 30,
        "қырық": 40,
        "елу": 50,
        "алпыс": 60,
        "жетпіс": 70,
        "сексен": 80,
        "жүз": 100,
    },
}

#: Kazakh units that follow a ten to make one number («он бір» — eleven, «он екі» — twelve).
KK_UNITS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9,
}  # fmt: skip

#: Word forms that spell like a number word but name something else («семью» — a family).
NOT_NUMBER_WORDS = ("семью", "сорока")

"""Kazakh written in the Latin alphabet, spelt in the Cyrillic letters the rules read.

Kazakh press pages also appear in the Latin alphabet: state outlets publish Latin versions
(«Batys Qazaqstan oblysynda jyl basynan beri 564 ınternet-alaıaqtyq deregi tirkeldi»). The
rules read Kazakh by Cyrillic stems (:mod:`fraud_research.text.cues`), so a Latin text is
respelt letter by letter before it is read, and what is found is mapped back to the text as
published (:func:`fraud_research.text.plain_text.plain_text`).

Two official alphabets are read, told apart by the letters only one of them has:

* **2018** (decree No. 637): á ǵ ń ó ú ý; «ı» for и and й, «i» for і, «y» for ы, «u» for ұ,
  «ý» for у, «sh» and «ch» for ш and ч; я, ю and ц are written «ıa», «ıý» and «ts» (some
  outlets write ц «s»: «polısııa», «operasııalar»; these are read as written).
* **2021**: ä ğ ñ ö ş ü ū; «i» for и and й, «ı» for і, «y» for ы, «u» for у, «ū» for ұ. Some
  outlets write ң and ғ as «ŋ» and «ǧ» (the letters of the drafts before it: «5 myŋnan asyp»,
  «aǧymdaǧy»); these are read as «ñ» and «ğ».

Respelling is not transliteration back to the Cyrillic a writer would have typed: «ı» is
и or й by what precedes it (й after a vowel: «boıynsha» бойынша), «ts» is ц only before
«ı» (loanwords: «medıtsına» медицина), and the capital «I» of 2018 (І or И) is И only when
that spells a Russian word («Internet»). The stems the rules need come out right; a rare word
may not. The 2017 alphabet with apostrophes and informal spellings without diacritics are not
read: without the letters above a Latin text is left as it is.
"""

from __future__ import annotations

import re

from .lemmas import is_known_russian_word

#: Letters of each alphabet that the other has not: a text is read in the alphabet it has more
#: of. «ı» is in both (и/й in 2018, і in 2021), so it only says that a text is Kazakh.
SIGNATURE_LETTERS = {"2018": "áǵńóúýÁǴŃÓÚÝ", "2021": "äğñöşüūÄĞÑÖŞÜŪŋǧŊǦ"}
_ANY_SIGNATURE_RE = re.compile("[ıİ" + "".join(SIGNATURE_LETTERS.values()) + "]")

#: One Latin letter (or two, for a digraph) and its Cyrillic letter, per alphabet. «и» stands
#: for и/й and is settled by :func:`_i_or_short_i`; when two letters are one is
#: :func:`_is_digraph`'s.
_LETTERS = {
    "2018": {
        "a": "а", "á": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ",
        "h": "х", "i": "і", "ı": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
        "ń": "ң", "o": "о", "ó": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
        "u": "ұ", "ú": "ү", "v": "в", "y": "ы", "ý": "у", "z": "з", "sh": "ш", "ch": "ч",
        "ıa": "я", "ıý": "ю", "ts": "ц",
    },
    "2021": {
        "a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ",
        "h": "х", "ı": "і", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
        "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
        "ŋ": "ң", "ǧ": "ғ", "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "y": "ы", "z": "з", "ş": "ш", "ch": "ч",
        "ia": "я", "iu": "ю", "ts": "ц",
    },
}  # fmt: skip
#: The Latin letter of и/й in each alphabet.
_I = {"2018": "ı", "2021": "i"}
_CYRILLIC_VOWELS = "аәеиоөуұүыіэюя"
#: A word in a Latin alphabet: Latin letters with the diacritics above; a Cyrillic «І» typed
#: for the Latin one («Іshki») is read as it.
_WORD_RE = re.compile(r"(?<![&#\w])[A-Za-zÁáǴǵıİŃńÓóÚúÝýÄäĞğÑñÖöŞşÜüŪūŊŋǦǧІі]+(?![\w])")
#: A name or an English word, which stays: a letter no Kazakh Latin word has («WhatsApp»,
#: «call-ortalyq»: «c» only in «ch»), or a capital inside («FaceID», «eGov»).
_FOREIGN_RE = re.compile(r"[wxWX]|[cC](?![hH])|[a-zıáǵńóúýäğñöşüūŋǧ][A-ZÁǴŃÓÚÝÄĞÑÖŞÜŪŊǦİ]")
#: A token that is an address: its words stay as they are.
_ADDRESS_RE = re.compile(r"\S*(?:://|www\.|@)\S*")


def latin_alphabet(text: str) -> str | None:
    """The Latin alphabet of a Kazakh text, ``"2018"`` or ``"2021"``, or None when its letters
    are mostly Cyrillic or it has no letter only Kazakh Latin has.

    Examples
    --------
    >>> latin_alphabet("jyl basynan beri 564 ınternet-alaıaqtyq deregi tirkeldi, zalal 1 mlrd teńge")
    '2018'
    >>> latin_alphabet("zalal 1 mlrd teñge, alaiaqtyq")
    '2021'
    >>> latin_alphabet("Зарегистрировано 843 факта, WhatsApp") is None
    True
    """
    if _ANY_SIGNATURE_RE.search(text) is None:  # a quick look: most texts are Cyrillic
        return None
    latin = len(re.findall(r"[A-Za-z]", text)) + len(_ANY_SIGNATURE_RE.findall(text))
    if latin <= len(re.findall("[\u0400-\u04ff]", text)):  # the Cyrillic block
        return None
    counts = {
        name: sum(text.count(c) for c in letters) for name, letters in SIGNATURE_LETTERS.items()
    }
    if counts["2021"] > counts["2018"]:
        return "2021"
    return "2018" if counts["2018"] or "ı" in text else None


def latin_edits(text: str) -> list[tuple[int, int, str, tuple[int, ...]]]:
    """``(start, end, cyrillic, offsets)`` for each word of a Latin-script Kazakh text: its
    Cyrillic spelling and, for each of its letters, the offset in ``text`` it was read from.

    Examples
    --------
    >>> [edit[2] for edit in latin_edits("Bıyl 18 myń ınternet-alaıaqtyq tirkeldi")]
    ['Биыл', 'мың', 'интернет', 'алаяқтық', 'тіркелді']
    >>> latin_edits("843 факта") == []
    True
    """
    alphabet = latin_alphabet(text)
    if alphabet is None:
        return []
    addresses = [m.span() for m in _ADDRESS_RE.finditer(text)]
    edits = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if _FOREIGN_RE.search(word) or any(s <= match.start() < e for s, e in addresses):
            continue
        cyrillic, offsets = respell(word, alphabet)
        edits.append(
            (match.start(), match.end(), cyrillic, tuple(match.start() + o for o in offsets))
        )
    return edits


def respell(word: str, alphabet: str) -> tuple[str, list[int]]:
    """A Latin-script Kazakh word in Cyrillic letters, with the offset in ``word`` of each.

    Examples
    --------
    >>> respell("boıynsha", "2018")[0], respell("medıtsınadan", "2018")[0]
    ('бойынша', 'медицинадан')
    >>> respell("jábirlenýshilerge", "2018")[0], respell("Internet", "2018")[0]
    ('жәбірленушілерге', 'Интернет')
    >>> respell("boiynşa", "2021")[0], respell("İnternet-alaiaqtyq", "2021")[0]
    ('бойынша', 'Интернет-алаяқтық')
    >>> respell("protsenti", "2018")[0], respell("ketse", "2018")[0]
    ('проценті', 'кетсе')
    """
    letters = _LETTERS[alphabet]
    low = "".join(_lower(c, alphabet) for c in word)
    out: list[str] = []
    offsets: list[int] = []
    # «protsent» процент, «tsentr» центр: Russian loans whose ц is before another vowel
    loan_ts = {m.start() + m.group().index("ts") for m in _TS_LOAN_RE.finditer(low)}
    k = 0
    while k < len(low):
        pair = low[k : k + 2]
        if k in loan_ts or _is_digraph(pair, low[k + 2 : k + 3], out, alphabet):
            cyrillic, step = letters[pair], 2
        else:
            cyrillic, step = letters.get(low[k], low[k]), 1
        if low[k] == _I[alphabet] and step == 1:
            cyrillic = _i_or_short_i(out)
        if word[k].isupper():
            cyrillic = _capital(word, k, cyrillic, alphabet)
        out.append(cyrillic)
        offsets.append(k)
        k += step
    return "".join(out), offsets


#: Russian loans spelt with «ts» for ц before a letter other than «ı» (where a Kazakh word has
#: т and с: «ketse» кетсе).
_TS_LOAN_RE = re.compile(r"protsent|tsentr|tsifr")


def _is_digraph(pair: str, following: str, before: list[str], alphabet: str) -> bool:
    """Whether two letters spell one: «sh», «ch»; «ıa» я and «ıý» ю at a word's start or after
    a vowel («alaıaq» алаяқ, «kompanııa» компания; «mıllıard» is миллиард); «ts» ц before
    «ı» («medıtsına» медицина)."""
    i = _I[alphabet]
    if len(pair) < 2:
        return False
    if pair == "ts":
        return following == i
    if pair[0] == i and pair in _LETTERS[alphabet]:
        return not before or before[-1].lower() in _CYRILLIC_VOWELS
    return pair in _LETTERS[alphabet]


def _lower(letter: str, alphabet: str) -> str:
    """One letter in lowercase, as the alphabet pairs them: the dotless capital «I» is і in
    2021 (whose «İ» is и), and taken as і in 2018 until :func:`_capital` looks again."""
    if letter in "IІ":
        return "ı" if alphabet == "2021" else "i"
    return "i" if letter in "İі" else letter.lower()


def _i_or_short_i(before: list[str]) -> str:
    """и, or й after a vowel («aı» ай, «boıynsha» бойынша)."""
    return "й" if before and before[-1].lower() in _CYRILLIC_VOWELS else "и"


def _capital(word: str, k: int, cyrillic: str, alphabet: str) -> str:
    """The capital of ``cyrillic``; the 2018 capital «I» is І, or И where that spells a
    Russian word («Internet», «Ivanov»)."""
    if alphabet == "2018" and word[k] == "I" and k == 0 and not word.isupper():
        rest = respell(word[1:].lower(), alphabet)[0]
        return "И" if is_known_russian_word("и" + rest) else "І"
    return cyrillic.upper()

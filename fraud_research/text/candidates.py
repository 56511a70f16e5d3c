"""The structural reading of a number: a case count or a damage amount by the shape of the phrase.

:func:`classify` reads what the phrase around a number says by its form: a case noun
after it, a currency, a scheme list item, a comparison that carries over an earlier
count. :mod:`fraud_research.text.roles` then decides the number's role from lemmas; this
reading is one of its inputs (and finds the scheme of list items).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .amounts import Token, word_number
from .change_pair import change_end
from .cues import KAZAKH_AGE_STEMS, MONTH_NAMES
from .document import CLAUSE_TAIL, NOT_DAMAGE_RE
from .lemmas import Word, lemma
from .matchers import CASE_NOUNS, OFFENDER_NOUNS, PERSON_NOUNS, REGISTERED
from .part_marks import POSSESSIVE_RE
from .period_text import alone_in_brackets, year_earlier_phrases
from .place_text import names_place_before
from .restated import restating_bracket_end
from .role_names import CASE_ROLES
from .schemes import map_scheme, scheme_text_after, scheme_text_before
from .year_earlier import compared_with_the_year_before

_MONTHS = "|".join(
    [rf"{m[2]}\w*" if m[0] != 5 else r"ма[йяю]" for m in MONTH_NAMES]
    + [rf"{m[4]}\w*" for m in MONTH_NAMES]
    + [m[5] for m in MONTH_NAMES]
)


_MONTH_RE = re.compile(rf"(?:{_MONTHS})$", re.I)


_PERCENT_WORD_RE = re.compile(r"(?:процент\w*|пайыз\w*|paıyz\w*|payyz\w*|percent\w*|п)$", re.I)


_TIMES_WORD_RE = re.compile(r"(?:раз\w*|есе\w*|ese\w*|times|fold)$", re.I)


_AGE_WORD_RE = re.compile(
    rf"(?:лет|год|года|жас|(?:{'|'.join(KAZAKH_AGE_STEMS)})\w*|jas\w*|years?)$", re.I
)


#: Words before a number that make it the number of a code's article, a part, a phone …
CODE_NUMBER_BEFORE_RE = re.compile(
    r"(?:стать[яиеёю]\w*|ст\.|бап\w*|article|пункт\w*|част[ьи]|ч\.|№|номер\w*|телефон\w*|"
    r"тел\.|линии|линия|звонить|позвонить|нөмір\w*)\s*$",
    re.I,
)


_ARTICLE_AFTER = re.compile(r"^\s*-?\s*(?:бап\w*|bap\w*)", re.I)


def _is_case_noun(text: str) -> bool:
    """A noun a count of cases is of: the cue table's (by lemma) or a Latin-script form."""
    return CASE_NOUNS.matches_word(_word(text)) or bool(_LATIN_CASE_NOUNS.fullmatch(text))


#: «один» as a count, not as «a» or «one of»: its forms before a singular noun.
_RUSSIAN_ONE = ("один", "одна", "одно", "одну")
_ONE = (*_RUSSIAN_ONE, "бір")


def registered_one(toks: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is «один»/«бір» counting one registered case: a case noun
    right after it and a word of registering right before it or after the noun
    («зарегистрирован один факт», «бір дерек тіркелді»), not the indefinite «один из», «бір топ».

    Examples
    --------
    >>> from fraud_research.text.amounts import tokenize
    >>> registered_one(tokenize("За неделю зарегистрирован один факт мошенничества"), 3)
    True
    >>> registered_one(tokenize("В одном случае мошенники"), 1)
    False
    """
    if (
        toks[i].text.lower() not in _ONE
        or i + 1 >= len(toks)
        or not _is_case_noun(toks[i + 1].text)
    ):
        return False
    if i and toks[i - 1].text.lower() in ("ещё", "еще", "тағы"):
        return False  # «ещё один факт», «тағы бір дерек»: one more of a story, not a count
    before = _words_run(reversed(toks[max(0, i - 2) : i]))  # not across a full stop
    after = _words_run(toks[i + 2 : i + 4])
    return any(REGISTERED.matches_word(_word(t.text)) for t in before + after)


def listed_one(toks: list[Token], i: int) -> bool:
    """Whether «один»/«одна» at ``i`` ends a list of counts with «и» before it: «114 краж, 83
    мошенничества, два грабежа и один угон авто» (one car theft, counted like the rest).

    Examples
    --------
    >>> from fraud_research.text.amounts import tokenize
    >>> listed_one(tokenize("выявили 83 мошенничества, два грабежа и один угон авто"), 7)
    True
    >>> listed_one(tokenize("задержан один из участников"), 1)
    False
    """
    if toks[i].text.lower() not in _RUSSIAN_ONE or i < 3 or toks[i - 1].text.lower() != "и":
        return False
    if i + 1 >= len(toks) or toks[i + 1].kind != "word" or toks[i + 1].text.lower() == "из":
        return False
    # a count two or three tokens back: «два грабежа и», «83 мошенничества и»
    return any(t.kind == "num" or word_number(t.text) for t in toks[i - 3 : i - 1])


def _words_run(toks) -> list[Token]:
    """The words of ``toks`` up to the first token that is no word (a stop, a comma)."""
    run = []
    for t in toks:
        if t.kind != "word":
            break
        run.append(t)
    return run


def _is_person_noun(text: str) -> bool:
    """A noun of persons or offenders: the cue tables' (by lemma) or a Latin-script form."""
    word = _word(text)
    return (
        PERSON_NOUNS.matches_word(word)
        or OFFENDER_NOUNS.matches_word(word)
        or bool(_LATIN_PERSON_NOUNS.fullmatch(text))
    )


def _word(text: str) -> Word:
    return Word(text, lemma(text), 0, len(text))


#: Case and person nouns in Latin-script Kazakh and English, which the lemma tables do not hold.
_LATIN_CASE_NOUNS = re.compile(
    r"(?:fakt\w*|derek\w*|dereg\w*|qylmys\w*|jaǵdaı\w*|alaıaqtyq\w*|ınternet-alaıaqtyq\w*|"
    r"cases?|crimes?|offen[cs]es?|facts?|incidents?|frauds?|scams?)",
    re.I,
)
_LATIN_PERSON_NOUNS = re.compile(
    r"(?:turǵyn\w*|adam\w*|people|persons?|victims?|residents?|suspects?|citizens?)", re.I
)


_NOUN_MODIFIER_RE = re.compile(
    r"(?:таких|этих|подобных|аналогичных|уголовных|уголовное|зарегистрированных|"
    r"интернет|онлайн|internet|online|ınternet|such|registered|reported|criminal|"
    r"новых|интернет-|ішінде|заң|zań)$",
    re.I,
)


_REGISTERED_BEFORE_RE = re.compile(
    r"(?:зарегистрирован[оаы]?|зафиксирован[оаы]?|выявлен[оаы]?|учтен[оаы]?|учтён[оаы]?|"
    r"тіркелді|тіркелген|registered|recorded)\s+(?:(?:более|свыше|около|почти|порядка|"
    r"больше|over|nearly|more\s+than)\s+)?$",
    re.I,
)


_ALL_FRAUD_HEAD_RE = re.compile(
    r"(?<![-\w])(?<!интернет\s)(?<!онлайн\s)"
    r"(?:алаяқтыққа\s+(?:қатысты|байланысты)|алаяқтық\s+бойынша|алаяқтықтың|мошенничеств\w*)"
    r"\s+$",
    re.I,
)


# Matched at the end of a case noun with ``.match(text, pos, endpos)``, hence no ``^``.
_OTHER_CRIME_TAIL_RE = re.compile(
    r"\s*,?\s*(?:интернет[-\s]преступлен\w*|киберпреступлен\w*|киберқылмыс\w*|"
    r"связанн\w+\s+с\s+(?:информационн|IT|ИТ)\w*)",
    re.I,
)


_ALL_FRAUD_TAIL_RE = re.compile(
    r"\s*(?:мошенничества|алаяқтық|по\s+стать\w*|fraud\b|ст\.|статье)", re.I
)


#: «чем в 2024 году (1 023)»: a comparison with a year named, its count in the bracket after it.
_THAN_IN_A_YEAR_RE = re.compile(r"\bчем\s+(?:в|за)\s+\d{4}\s*(?:году|год|г\.)\s*\(\s*$", re.I)

_COMPARISON_RE = re.compile(
    r"(?:\bдо|\bс|\bпротив|было|были|составлял\w*|показатель|көрсеткіш\w*|болған|болса|"
    r"\bж\.?|год\w*|жыл\w*|\bto|\bfrom|[–—-])\s*(?:[–—-]\s*)?\(?\s*$",
    re.I,
)


_ANAPHORA_RE = re.compile(
    r"(?:этот\s+показатель|эта\s+цифра|их\s+(?:число|количество)|бұл\s+көрсеткіш|"
    r"олардың\s+саны|this\s+figure)\s+(?:\w+\s+){0,2}(?:до\s+|на\s+уровне\s+)?$",
    re.I,
)


def _next_words(toks: list[Token], j: int, n: int) -> list[Token]:
    """Up to ``n`` tokens from ``j`` until punctuation other than a hyphen."""
    out = []
    while j < len(toks) and len(out) < n:
        if toks[j].kind != "word":
            if toks[j].text == "-" and toks[j].start == toks[j - 1].end:
                j += 1
                continue
            break
        out.append(toks[j])
        j += 1
    return out


CASE_WORD_BEFORE_RE = re.compile(
    r"(?:случа\w*|факт\w*|преступлен\w*|қылмыс\w*|дерек\w*)\s+(?:\w+\s+){0,2}$", re.I
)


def _is_year(tok: Token, toks: list[Token], j: int) -> bool:
    raw = tok.text
    if not re.fullmatch(r"(?:19|20)\d\d", raw):
        return False
    words = _next_words(toks, j, 1)
    if words and _is_case_noun(words[0].text) and words[0].start - tok.end <= 1:
        return False
    return True


def number_words_end(toks: list[Token], i: int) -> int:
    """Index after the run of number words that starts at token ``i`` (at least ``i + 1``).

    A run that no scale word follows («пять лет», «one of the two») is not an amount from
    any of its words, so the scan moves past it at once instead of re-reading it per word.

    Examples
    --------
    >>> from fraud_research.text.amounts import tokenize
    >>> number_words_end(tokenize("пять шесть лет"), 0)
    2
    """
    j = i
    while j < len(toks) and toks[j].kind == "word" and word_number(toks[j].text) is not None:
        j += 1
    return max(j, i + 1)


_PERCENT_AFTER_RE = re.compile(r"\s*%")


_AGE_RANGE_AFTER_RE = re.compile(r"\s*(?:[–—-]|до|бен|мен|to|and)\s*\d+\s*(?:лет|жас|years)", re.I)


_RANGE_AFTER_RE = re.compile(r"[–—-]\d")


_RANGE_BEFORE_RE = re.compile(r"\d[–—-]$")


_MONTH_BEFORE_RE = re.compile(rf"(?:{_MONTHS})\s*$", re.I)


_TRAILING_WORD_REVERSED_RE = re.compile(r"\s*\w*")


def _last_word_start(text: str) -> int:
    """Where the last run of word characters of ``text`` (spaces after it allowed) starts.

    A pattern made of one word and ``\\s*$`` can only match there; searching from there
    instead of from every character keeps the check constant per number.
    """
    return len(text) - _TRAILING_WORD_REVERSED_RE.match(text[::-1]).end()


# «10.30», «12.05.2025», «10 : 30»; not a sentence's end before a numbered line («340.\n2. …»)
_TIME_AFTER_RE = re.compile(r"[.:]\d|[ \t]*:[ \t]*\d")


_INTERNET_WORD_RE = re.compile(r"(?:интернет|ınternet|internet|онлайн)", re.I)


_UP_TO_NOUN_AFTER_RE = re.compile(r"\s*до\s+(?:более\s+чем\s+)?\d[\d\s]*\s*([^\W\d_]+)")


@dataclass
class _View:
    """What the structural rules read around one number."""

    found: object
    doc: object
    i: int
    sent: tuple[int, int]
    text: str = ""
    toks: list = field(default_factory=list)
    tok: object = None
    j: int = 0
    number_end: int = 0
    after_text: str = ""
    before_text: str = ""
    clause_start: int = 0
    nxt: list = field(default_factory=list)
    facts: object = None
    words: list = field(default_factory=list)
    noun_at: int | None = None
    person: bool = False

    def __post_init__(self) -> None:
        self.text, self.toks = self.doc.text, self.doc.toks
        self.tok = self.toks[self.i]
        self.j = self.found.currency_end or self.found.i1
        self.number_end = self.toks[self.found.i1 - 1].end
        self.after_text = self.text[self.number_end : self.number_end + 40]
        self.before_text = self.text[max(self.sent[0], self.tok.start - 40) : self.tok.start]
        self.clause_start = self.doc.clause_start(self.sent[0], self.tok.start)
        self.nxt = _next_words(self.toks, self.found.i1, 1)
        self.facts = self.doc.facts(self.sent)


#: What :func:`_money_or_form` returns when it has not decided.
_UNDECIDED = ("?", "", "")


def classify(
    found, doc, i, sent, currency, before_q, last_in_sentence, last_number_end, wordings_path
):
    """Read a number by the shape of its phrase: a case count, a damage amount, or neither.

    Returns ``(metric, scheme_text, scheme)`` with metric ``cases`` or ``damage``, or None.
    ``last_in_sentence`` and ``last_number_end`` carry what earlier numbers were read as.

    Examples
    --------
    >>> from fraud_research.text.amounts import scan_number
    >>> from fraud_research.text.document import Document
    >>> doc = Document("Зарегистрировано 843 факта.")
    >>> found = scan_number(doc.toks, 1, doc.text)
    >>> classify(found, doc, 1, doc.sentence_of(17), None, None, {}, {}, None)
    ('cases', '', '')
    """
    v = _View(found, doc, i, sent)
    decided = _money_or_form(v, currency, last_in_sentence)
    if decided != _UNDECIDED:
        return decided
    scheme_text, scheme, unknown_item = _scheme_reading(
        v, last_in_sentence, last_number_end, wordings_path
    )
    if _excluded_scope(v):
        return None
    if v.noun_at is not None:
        return _noun_reading(v, scheme_text, scheme, unknown_item)
    if scheme:
        return "cases", scheme_text, scheme  # a scheme list item, whatever its noun
    if unknown_item:
        return "cases", unknown_item, ""
    if v.person:
        return None
    return _bare_reading(v, last_in_sentence.get(sent), last_in_sentence.get("last"))


def _money_or_form(v: _View, currency, last_in_sentence):
    """Damage by its currency, or None for a percent, a date, an age, an article, a range."""
    found, doc, sent = v.found, v.doc, v.sent
    toks, tok, j = v.toks, v.tok, v.j
    s0, s1 = sent
    after_text, before_text, clause_start, nxt = v.after_text, v.before_text, v.clause_start, v.nxt
    # percentages, multipliers, suffixed forms like «29%-ды»
    if _PERCENT_AFTER_RE.match(after_text):
        return None
    if v.facts.suspect_story:
        return None
    if nxt and (_PERCENT_WORD_RE.fullmatch(nxt[0].text) or _TIMES_WORD_RE.fullmatch(nxt[0].text)):
        return None
    if currency:
        # the clause up to the currency word
        if doc.not_damage.search(clause_start, toks[j - 1].end, s1) or NOT_DAMAGE_RE.search(
            doc.clause_head(toks[j - 1].end, s1, 30)
        ):
            return None
        return "damage", "", ""
    if found.scaled and found.value >= 1_000_000:
        # an amount in millions without a currency compares with the damage just before it:
        # «за прошлый год эта цифра была на уровне 2 миллиардов»
        previous = last_in_sentence.get("last")
        if (
            previous is not None
            and previous["metric"] == "damage"
            and tok.start - previous["end"] < 300
            and not doc.not_damage.search(clause_start, tok.start, s1)
            and not NOT_DAMAGE_RE.search(doc.clause_head(toks[j - 1].end, s1, 30))
        ):
            return "damage", "", ""
    if found.scaled and found.groups > 1 and not (nxt and _is_case_noun(nxt[0].text)):
        return None  # group-by-group amount without a currency or a case noun: not a count
    if tok.kind == "num":
        if CODE_NUMBER_BEFORE_RE.search(before_text) or _ARTICLE_AFTER.match(after_text):
            return None
        if not found.scaled and _is_year(tok, toks, found.i1):
            return None
        if nxt and (_MONTH_RE.fullmatch(nxt[0].text) or _AGE_WORD_RE.fullmatch(nxt[0].text)):
            return None
        if _AGE_RANGE_AFTER_RE.match(after_text):
            return None  # an age range «от 18 до 44 лет», «45–59 лет»
        if _RANGE_AFTER_RE.match(after_text) or _RANGE_BEFORE_RE.search(before_text):
            return None  # a range «45–59»
        if _MONTH_BEFORE_RE.search(before_text, _last_word_start(before_text)):
            return None
        if _TIME_AFTER_RE.match(after_text):
            return None  # a time or a date written with dots
    return _UNDECIDED


def _scheme_reading(v: _View, last_in_sentence, last_number_end, wordings_path):
    """The noun after the number and the scheme wording of a list item around it."""
    found, doc, i, sent, toks = v.found, v.doc, v.i, v.sent, v.toks
    s0, s1 = sent
    # a Kazakh suffix after a hyphen («6 016-сы», «644-ке») is grammar, not a word
    k = found.after_end or found.currency_end or found.i1
    possessive = False
    if k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == toks[k - 1].end:
        # «540-ы», «320-сы»: so many of them
        possessive = bool(POSSESSIVE_RE.match(doc.text, toks[k].start, toks[k + 1].end))
        k += 2
    words = v.words = _next_words(toks, k, 4)
    noun_at = None
    for n, w in enumerate(words):
        if _is_case_noun(w.text):
            noun_at = v.noun_at = n
            break
        if _is_person_noun(w.text):
            break
        if not _NOUN_MODIFIER_RE.fullmatch(w.text) and not _INTERNET_WORD_RE.match(w.text):
            break
    v.person = any(_is_person_noun(w.text) for w in words[:2])
    prev_end = last_number_end.get(sent)
    scheme_text = scheme_text_before(doc, i, s0, prev_end)
    scheme = map_scheme(scheme_text, wordings_path=wordings_path) if scheme_text else ""
    if not scheme:
        # the words before may be a list's heading, not an item («Наиболее распространённые
        # схемы: 340 – звонки от имени сотрудников банков»): the wording after names the scheme
        item_end = words[noun_at].end if noun_at is not None else toks[k - 1].end
        item_end = restating_bracket_end(doc.text, item_end) or item_end  # «340 фактов (40%) –»
        after = scheme_text_after(doc, item_end, s1, linked=possessive and noun_at is None)
        scheme_after = map_scheme(after, wordings_path=wordings_path) if after else ""
        if scheme_after or not scheme_text:
            scheme_text, scheme = after, scheme_after
    # An item of a list of schemes whose wording the taxonomy does not know is still a
    # scheme figure, never a total: keep its wording (empty ``scheme``) for the reviewer.
    previous = last_in_sentence.get(sent)
    unknown_item = scheme_text if not scheme and previous is not None and previous["scheme"] else ""
    if not scheme:
        scheme_text = ""
    return scheme_text, scheme, unknown_item


def _excluded_scope(v: _View) -> bool:
    """Solved or detained counts; fraud in general by article; cybercrime that is not fraud."""
    doc, tok, s1 = v.doc, v.tok, v.sent[1]
    clause_start, number_end, facts = v.clause_start, v.number_end, v.facts
    if doc.not_registered_before.search(
        max(clause_start, tok.start - 60), tok.start, s1
    ) or doc.not_registered_after.search(
        number_end, min(number_end + 40, doc.clause_end(number_end, s1)), s1
    ):
        return True
    if facts.general_fraud_article:
        return True  # article 190 without «интернет»: fraud in general
    if facts.cybercrime_not_fraud:
        return True  # cybercrime or IT crime, not fraud
    return False


def _noun_reading(v: _View, scheme_text: str, scheme: str, unknown_item: str):
    """A count followed by its case noun, unless the noun is of fraud in general or other crime."""
    doc, text, tok, words, noun_at = v.doc, v.text, v.tok, v.words, v.noun_at
    s0, s1 = v.sent
    noun_end = words[noun_at].end
    # «фактов мошенничества» is fraud in general, unless the clause says how:
    # «фактов мошенничества с использованием интернета»
    online = noun_end < s1 and doc.internet.search(noun_end, doc.clause_end(noun_end, s1), s1)
    if (_ALL_FRAUD_TAIL_RE.match(text, noun_end, s1) and not online) or _ALL_FRAUD_HEAD_RE.search(
        doc.clause_tail(s0, tok.start)
    ):
        return None
    if _OTHER_CRIME_TAIL_RE.match(text, noun_end, s1):
        return None
    return ("cases", unknown_item, "") if unknown_item else ("cases", scheme_text, scheme)


def _a_count(row, found) -> bool:
    """Whether ``row`` (a figure read before) and ``found`` are whole counts: a count of cases
    with no decimals («232,1 факта на 100 тыс.» is a rate)."""
    return (
        row is not None
        and row["role"] in CASE_ROLES
        and isinstance(row["value"], int)
        and found.value == found.value.to_integral_value()
    )


def _bare_reading(v: _View, previous, last):
    """A bare number: a change in brackets, «с 616 до 846 случаев», a comparison, an anaphora,
    the count a year earlier in brackets."""
    found, doc, text, tok, words, facts = v.found, v.doc, v.text, v.tok, v.words, v.facts
    s0, s1 = v.sent
    before_text, after_text, clause_start, person = (
        v.before_text,
        v.after_text,
        v.clause_start,
        v.person,
    )
    # «рост составил 41,3% (с 346 до 489)»: an end of a change of the sentence's fraud count
    if (
        not found.scaled
        and facts.fraud_change
        and change_end(text, v.sent, tok.start, v.number_end) in ("from", "to")
    ):
        return "cases", "", ""
    # «с 616 до 846 случаев»: the first number takes the noun of the second
    m = _UP_TO_NOUN_AFTER_RE.match(after_text)
    if m and _is_case_noun(m.group(1)):
        return "cases", "", ""
    # a registration verb right before the number: «их зарегистрировано 17,2 тысяч»
    if not words and _REGISTERED_BEFORE_RE.search(before_text):
        return "cases", "", ""
    # a case noun earlier in the clause, no number between: «Таких случаев было более 300»
    if not words:
        tail_start = max(clause_start, tok.start - CLAUSE_TAIL)
        if doc.case_word.search(tail_start, tok.start, s1) and CASE_WORD_BEFORE_RE.search(
            text[tail_start : tok.start]
        ):
            if not doc.digit.search(clause_start, tok.start, s1):
                return "cases", "", ""
    # after a count, alone in brackets: the count a year earlier («Это на 8% меньше, чем годом
    # ранее (665)», «өткен жылдың сәйкес кезеңімен салыстырғанда 12 пайызға аз (834)»); or a
    # list item after its place («Меньше всего – в Улытауской области (95)», «В Алматы – 3 412,
    # в Астане – 2 100») when nothing before it in its sentence was read otherwise
    if _a_count(last, found) and tok.start - last["end"] < 300 and not words:
        if alone_in_brackets(text, tok.start, v.number_end) and (
            year_earlier_phrases(text[s0 : tok.start])
            or compared_with_the_year_before(text, s0, tok.start)
            or _THAN_IN_A_YEAR_RE.search(text, s0, tok.start)
        ):
            return "cases", last["scheme_text"], last["scheme"]
        if names_place_before(text, tok.start) and (
            previous is not None or not doc.digit.search(s0, tok.start, s1)
        ):
            return "cases", last["scheme_text"], last["scheme"]
    # a comparison carries over the metric of a count earlier in the sentence
    if previous is not None and previous["metric"] == "cases":
        if not words[:1] and _COMPARISON_RE.search(text[max(s0, tok.start - 25) : tok.start]):
            return "cases", previous["scheme_text"], previous["scheme"]
        if _ANAPHORA_RE.search(doc.clause_tail(s0, tok.start)) and not person:
            return "cases", previous["scheme_text"], previous["scheme"]
    return None

"""Find candidate case counts and damage amounts in a press text, with sentence, period and scheme.

See :func:`extract_figures`. Numbers that are not fraud figures (dates, years, ages,
article numbers, percentages, phone numbers, people detained) are recognised and left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import cues
from .amounts import (
    CURRENCY_SYMBOLS,
    HALF_SCALE,
    Token,
    prefix_qualifier,
    qualifier_of,
    read_after,
    scan_number,
    tokenize,
    word_number,
)
from .lemmas import detect_language, words
from .roles import AGGREGATE_ROLES, NumberContext, decide_role

#: Columns of :func:`extract_figures`.
EXTRACT_COLUMNS = (
    "metric",
    "value",
    "qualifier",
    "currency",
    "scheme",
    "scheme_text",
    "period_text",
    "start",
    "end",
    "sentence",
)


_MONTHS = (
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяю]|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*|қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|"
    r"маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|қараша\w*|желтоқсан\w*|"
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)


_MONTH_RE = re.compile(rf"(?:{_MONTHS})$", re.I)


_PERCENT_WORD_RE = re.compile(r"(?:процент\w*|пайыз\w*|paıyz\w*|payyz\w*|percent\w*|п)$", re.I)


_TIMES_WORD_RE = re.compile(r"(?:раз\w*|есе\w*|ese\w*|times|fold)$", re.I)


_AGE_WORD_RE = re.compile(r"(?:лет|год|года|жас\w*|jas\w*|years?)$", re.I)


_ARTICLE_BEFORE = re.compile(
    r"(?:стать[яиеёю]\w*|ст\.|бап\w*|article|пункт\w*|част[ьи]|ч\.|№|номер\w*|телефон\w*|"
    r"тел\.|линии|линия|звонить|позвонить|нөмір\w*)\s*$",
    re.I,
)


_ARTICLE_AFTER = re.compile(r"^\s*-?\s*(?:бап\w*|bap\w*)", re.I)


_CASE_NOUN_RE = re.compile(
    r"(?:факт\w*|случа\w*|преступлен\w*|правонарушен\w*|дел|дела|мошенничеств\w*|"
    r"интернет-мошенничеств\w*|эпизод\w*|"
    r"факті\w*|дерек\w*|дерег\w*|қылмыс\w*|жағдай\w*|оқиға\w*|алаяқтық\w*|алаяқтығы\w*|"
    r"интернет-алаяқтық\w*|заңбұзушылық\w*|бұзушылық\w*|"
    r"fakt\w*|derek\w*|dereg\w*|qylmys\w*|jaǵdaı\w*|alaıaqtyq\w*|ınternet-alaıaqtyq\w*|"
    r"cases?|crimes?|offen[cs]es?|facts?|incidents?|frauds?|scams?)$",
    re.I,
)


_NOUN_MODIFIER_RE = re.compile(
    r"(?:таких|этих|подобных|аналогичных|уголовных|уголовное|зарегистрированных|"
    r"интернет|онлайн|internet|online|ınternet|such|registered|reported|criminal|"
    r"новых|интернет-|ішінде|заң|zań)$",
    re.I,
)


_PERSON_NOUN_RE = re.compile(
    r"(?:человек\w*|лиц\w*|граждан\w*|жител\w*|потерпевш\w*|жертв\w*|мошенник\w*|"
    r"интернет-мошенник\w*|кибермошенник\w*|подозреваем\w*|задержан\w*|пенсионер\w*|"
    r"адам\w*|тұрғын\w*|жәбірлен\w*|азамат\w*|алаяқтар\w*|алаяқ|turǵyn\w*|adam\w*|"
    r"people|persons?|victims?|residents?|suspects?|citizens?|обманут\w*|пострадавш\w*)$",
    re.I,
)


# A sentence about one suspect («задержан 23-летний житель, совершивший 17 эпизодов … на
# сумму 4,5 млн тенге») describes a criminal case, not the region's statistics.
_SUSPECT_STORY_RE = re.compile(
    r"(?:задержан\w*|подозреваем\w*|совершивш\w*|обвиняем\w*|осужден\w*|приговор\w*|"
    r"ұсталды|ұсталған|күдікті\w*|сотталды|detained|suspect\w*|arrested)",
    re.I,
)
_STATISTICS_RE = re.compile(
    r"(?:зарегистрир\w*|зафиксир\w*|тіркел\w*|registered|recorded|по\s+итогам|статисти\w*|"
    r"қорытынды\w*|всего|барлығы)",
    re.I,
)
_CHANGE_WORD_RE = re.compile(
    r"(?:рост\w*|снижен\w*|увелич\w*|сократ\w*|вырос\w*|уменьш\w*|өс\w*|азай\w*|"
    r"increase\w*|decrease\w*|rose|fell)",
    re.I,
)
_NOT_REGISTERED_RE = re.compile(
    r"(?:раскры\w*|задерж\w*|ашыл\w*|ashyl\w*|ашқан|в\s+суд|сотқа|solved|detained|"
    r"привлечен\w*|жауапкершілікке|осужден\w*)",
    re.I,
)


_NOT_DAMAGE_RE = re.compile(
    r"(?:возвра\w*|верну\w*|вернул\w*|возмещ\w*|возмест\w*|өтел\w*|өтеді|қайтар\w*|"
    r"qaıtar\w*|returned|recovered|refunded|"
    r"перевел\w*|перевёл\w*|перечисл\w*|аудар\w*|transferred|"
    r"штраф\w*|айыппұл\w*|бюджет\w*|выделен\w*|зарплат\w*|fine|"
    r"в\s+среднем|средн\w+|орташа|average|"
    # the loss in one case, not the total: «ущерб по одному делу доходил до 45 млн»
    r"по\s+одному\s+\w+|в\s+одном\s+\w+|бір\s+(?:іс|дерек|оқиға)\w*|доходи\w*\s+до|"
    r"максимальн\w*|крупнейш\w*|ең\s+көп|ең\s+ірі|largest|single)",
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


_ARTICLE_190_RE = re.compile(
    r"(?:стать\w*|ст\.)\s*190|190\s*-?\s*ба[пб]\w*|article\s+190|"
    r"по\s+(?:этой|данной|указанной)\s+статье",
    re.I,
)


_CYBER_RE = re.compile(r"кибер\w*|cyber\w*|ciber\w*|информационн\w+\s+технолог", re.I)


_FRAUD_WORD_RE = re.compile(r"мошенни\w*|алаяқ\w*|alaıaq\w*|fraud\w*|scam\w*|обман\w*", re.I)


# Matched at the end of a case noun with ``.match(text, pos, endpos)``, hence no ``^``.
_OTHER_CRIME_TAIL_RE = re.compile(
    r"\s*,?\s*(?:интернет[-\s]преступлен\w*|киберпреступлен\w*|киберқылмыс\w*|"
    r"связанн\w+\s+с\s+(?:информационн|IT|ИТ)\w*)",
    re.I,
)


_INTERNET_RE = re.compile(
    r"интернет|онлайн|internet|online|ınternet|кибер|cyber|"
    r"информационн\w*\s+технолог|телекоммуникац|ақпараттық\s+технолог",
    re.I,
)


_ALL_FRAUD_TAIL_RE = re.compile(
    r"\s*(?:мошенничества|алаяқтық|по\s+стать\w*|fraud\b|ст\.|статье)", re.I
)


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


_PERIOD_PATTERNS = (
    r"по\s+итогам\s+(?:\d+\s+месяц\w*\s+)?(?:\d{4}|прошлого|текущего)\s+года",
    r"по\s+итогам\s+январ[яь][–—-]\w+\s+\d{4}\s+года",
    r"(?:в|за)\s+январ[еья]\s*[–—-]\s*\w+\s+\d{4}\s+года",
    r"с\s+января\s+по\s+\w+\s+\d{4}\s+года",
    r"за\s+(?:первые\s+)?(?:\d+|\w+)\s+месяц\w*(?:\s+и\s+\d+\s+дн\w*)?(?:\s+\d{4}\s+года|"
    r"\s+(?:этого|текущего|прошлого)\s+года)?",
    r"за\s+(?:первые\s+)?\d+\s+дн\w*",
    r"за\s+(?:\d{4}|прошлый|этот)\s+год",
    r"в\s+\d{4}\s+году",
    r"в\s+(?:прошлом|этом|текущем)\s+году",
    r"аппг|за\s+аналогичный\s+период\s+(?:прошлого|\d{4})\s+года|(?:өткен|былтырғы)\s+жылдың\s+"
    r"(?:осы|сәйкес|ұқсас)\s+кезең\w*",
    r"\d{4}\s*ж\.",
    r"с\s+начала\s+(?:\d{4}\s+)?(?:текущего\s+)?года",
    r"\d{4}\s+жылдың\s+(?:\w+\s+)?\d+\s+ай\w*",
    r"\d{4}\s+жылдың\s+қорытындысы\s+бойынша",
    r"\d{4}\s+жыл(?:ы|ғы)",
    # from the first digit only: retrying ``\d+`` from every digit of a long run is quadratic
    r"(?<!\d)\d+\s+ай(?:дың|да|ында)\w*",
    r"жыл\s+басынан\s+бері",
    r"jyl\s+basynan\s+beri",
    r"биыл|bıyl|былтыр|өткен\s+жылы",
    r"for\s+\d+\s+months\s+of\s+\d{4}",
    r"(?:in|for|over)\s+the\s+first\s+(?:\d+|\w+)\s+months\s+of\s+\d{4}",
    r"(?:за|в)\s+(?:перв\w+|втор\w+|трет\w+|I{1,3})\s+(?:квартал\w*|полугоди\w*)"
    r"(?:\s+\d{4}\s+года|\s+(?:текущего|этого|прошлого)\s+года)?",
    r"(?:за|в)\s+(?:перв\w+\s+)?полугоди\w*(?:\s+\d{4}\s+года)?",
    r"\d{4}\s+жылдың\s+қаңтар\s*[–—-]\s*\w+\s+айлар\w*",
    r"\d{4}\s+жылдың\s+(?:бірінші|алғашқы|екінші|үшінші)\s+(?:тоқсан\w*|жарты\s+жыл\w*)",
    r"in\s+\d{4}",
    r"since\s+the\s+beginning\s+of\s+(?:this|the)\s+year",
)


_COMPARISON_PERIOD_RE = re.compile(r"аппг|за\s+аналогичный|(?:өткен|былтырғы)\s+жылдың", re.I)
# A period that a comparison word introduces: «на 8% меньше, чем в 2024 году»
_COMPARISON_BEFORE_RE = re.compile(
    r"(?:\bчем|сравнению\s+со?|\bпротив|относительно|уровн\w+|compared\s+with|"
    r"than)\s*$",
    re.I,
)
_COMPARISON_AFTER_RE = re.compile(r"^\s*(?:\w+\s+)?салыстырғанда", re.I)


def _is_comparison_period(text: str, period: tuple[int, int, str]) -> bool:
    """Whether a period phrase names the comparison period rather than the figures' own."""
    start, end, phrase = period
    return bool(
        _COMPARISON_PERIOD_RE.match(phrase)
        or _COMPARISON_BEFORE_RE.search(text[max(0, start - 30) : start])
        or _COMPARISON_AFTER_RE.match(text[end : end + 30])
    )


_PERIOD_RE = re.compile("|".join(f"(?:{p})" for p in _PERIOD_PATTERNS), re.I)


_SCHEME_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"фишинг|phishing|жалған\s+сілтем|false\s+links", "phishing"),
    (r"инвест|invest", "fake_investment"),
    (r"розыгрыш|лотере|ұтыс|lotter|prize", "lottery"),
    (r"займ|заём|несие|кредит|loan|credit", "online_loan"),
    (r"мессенджер|знаком|таныс|messenger|acquaintance", "messenger_acquaintance"),
    (
        r"предоплат|алдын\s+ала\s+төлем|объявлен|хабарланды|маркетплейс|покупк|товар|тауар|"
        r"интернет-магазин|advance\s+payment|online\s+(?:ads|stores?)",
        "prepayment",
    ),
    (r"банк|полиц|звон|қоңырау|правоохран|құқық\s+қорғау|sms|смс|call", "impersonation_call"),
    (r"иные|прочие|другие|өзге|басқа|other", "other"),
)


_SCHEME_KEYWORD_RES = tuple((re.compile(p, re.I), s) for p, s in _SCHEME_KEYWORDS)


_ABBREVIATIONS = re.compile(
    r"(?<![^\W\d_])(?:тыс|млн|млрд|трлн|руб|г|гг|ж|ст|др|им|т|п|обл|ул|д|тг|мын|mln|mlrd|"
    r"[А-ЯЁA-Z])\.$"
)


# A line break, or a run of «.!?…» followed by a capital. The look-behind starts a run's
# match at its first mark only: retrying from every mark of a long «......» run is quadratic.
_SENTENCE_BREAK_RE = re.compile(r"\n+|(?<![.!?…])[.!?…]+(?=[\s«\"]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans, keeping «тыс.», «млн.», «ж.» inside sentences."""
    spans, start = [], 0
    for m in _SENTENCE_BREAK_RE.finditer(text):
        if m.group().startswith(".") and _ABBREVIATIONS.search(
            text[max(0, m.start() - 5) : m.end()]
        ):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    # trim surrounding spaces
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    return trimmed


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip(' -–—:;,.()«»"')


@lru_cache(maxsize=4)
def _wordings(path: str | None) -> tuple[tuple[str, str], ...]:
    from ..dataset import load_scheme_wordings

    frame = load_scheme_wordings(path)
    return tuple(
        (_normalise(w), s) for w, s in zip(frame["wording"], frame["scheme_id"], strict=True)
    )


def map_scheme(scheme_text: str, *, wordings_path: str | None = None) -> str:
    """Map a scheme wording as printed onto its canonical scheme id.

    The wording is first looked up in ``data/scheme_wordings.csv`` (wordings seen in
    sources); otherwise general keyword rules apply (банк/полиц/звон/қоңырау →
    ``impersonation_call``, предоплат/объявлен/маркетплейс → ``prepayment``, …).

    Parameters
    ----------
    scheme_text : str
        The wording as printed.
    wordings_path : str, optional
        Wordings CSV; defaults to the project's.

    Returns
    -------
    str
        A scheme id of ``data/schemes.csv``, or ``""`` when the text names no scheme.

    Examples
    --------
    >>> map_scheme("лже-инвестиции")
    'fake_investment'
    >>> map_scheme("Звонки якобы от сотрудников полиции")
    'impersonation_call'
    >>> map_scheme("Өзге де алаяқтық түрлері")
    'other'
    >>> map_scheme("В Алматы")
    ''
    """
    norm = _normalise(scheme_text)
    if not norm:
        return ""
    for wording, scheme in _wordings(str(wordings_path) if wordings_path else None):
        if norm == wording:
            return scheme
    for wording, scheme in _wordings(str(wordings_path) if wordings_path else None):
        if len(wording) > 12 and (wording in norm or (len(norm) > 12 and norm in wording)):
            return scheme
    for pattern, scheme in _SCHEME_KEYWORD_RES:
        if pattern.search(norm):
            return scheme
    return ""


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


#: How far back the rules that read the end of the clause before a number look («Таких
#: случаев было более 300», «этот показатель составил 760»). Such a phrase is a few words;
#: a bound keeps the work per number constant however long a clause without commas is.
_CLAUSE_TAIL = 200


# Clause marks: a clause before a number starts after the last of «,;:(», a clause after
# it ends at the first of «,;:)(».
_CLAUSE_START_RE = re.compile(r"[,;:(]")
_CLAUSE_END_RE = re.compile(r"[,;:)(]")


class _Finder:
    """``pattern.search(text, pos, endpos)`` for positions that move forward, scanning once.

    Several rules ask whether a word occurs in the clause or sentence around each number.
    Searching that stretch afresh for every number is quadratic when a sentence holds many
    numbers («1 2 3 …»). The pattern must have no anchors, look-arounds or ``\\b`` (a match
    inside ``[pos, endpos)`` is then also a match over any longer stretch), so the leftmost
    match found from an earlier position, searched some way ahead, answers each later
    query it still lies ahead of; the text is searched again only after a number passes
    that match or that point. The look-ahead is at least :data:`_LOOKAHEAD` characters and
    at least the stretch asked for, so repeated searches from one position double in
    length and the text is scanned about twice in all.
    """

    def __init__(self, pattern: re.Pattern, text: str):
        self._pattern, self._text = pattern, text
        self._pos, self._searched_to, self._match = 0, -1, None

    def search(self, pos: int, endpos: int, limit: int) -> re.Match | None:
        """The leftmost match in ``text[pos:endpos]``; no look-ahead beyond ``limit``."""
        m = self._match
        if not (
            self._pos <= pos and endpos <= self._searched_to and (m is None or m.start() >= pos)
        ):
            ahead = max(endpos, min(limit, endpos + max(endpos - pos, _LOOKAHEAD)))
            m = self._pattern.search(self._text, pos, ahead)
            self._pos, self._searched_to, self._match = pos, ahead, m
        if m is None or m.start() >= endpos:
            return None
        if m.end() <= endpos:
            return m
        return self._pattern.search(self._text, pos, endpos)  # a match running past endpos


#: How far past the stretch asked for a :class:`_Finder` searches.
_LOOKAHEAD = 4096


class _SentenceFacts:
    """What the rules ask of a whole sentence, each read at most once per sentence."""

    def __init__(self, sentence: str):
        self._sentence = sentence

    @cached_property
    def _fraud(self) -> bool:
        return bool(_FRAUD_WORD_RE.search(self._sentence))

    @cached_property
    def suspect_story(self) -> bool:
        """About one suspect's case, not the region's statistics."""
        return bool(_SUSPECT_STORY_RE.search(self._sentence)) and not _STATISTICS_RE.search(
            self._sentence
        )

    @cached_property
    def general_fraud_article(self) -> bool:
        """Article 190 without «интернет»: fraud in general."""
        return bool(_ARTICLE_190_RE.search(self._sentence)) and not _INTERNET_RE.search(
            self._sentence
        )

    @cached_property
    def cybercrime_not_fraud(self) -> bool:
        return bool(_CYBER_RE.search(self._sentence)) and not self._fraud

    @cached_property
    def fraud_change(self) -> bool:
        """Speaks of a change (рост, снижение) of fraud."""
        return bool(_CHANGE_WORD_RE.search(self._sentence)) and self._fraud


_DIGIT_RE = re.compile(r"\d")
_CASE_WORD_RE = re.compile(r"случа|факт|преступлен|қылмыс|дерек", re.I)
_CASE_WORD_BEFORE_RE = re.compile(
    r"(?:случа\w*|факт\w*|преступлен\w*|қылмыс\w*|дерек\w*)\s+(?:\w+\s+){0,2}$", re.I
)
_SCHEME_CUT_RE = re.compile(r"[,;.]|\s[-–—]\s")


class Document:
    """A text with what the rules look up around every number prepared once.

    Tokens, sentence spans (found by bisection), clause marks, the text of each sentence
    (one string shared by all its figures) and its :class:`_SentenceFacts`, and the
    forward searches of :class:`_Finder`: together they keep the work per number
    independent of the length of the text, so extraction is linear in it.
    """

    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.sentences = _sentences(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self._clause_starts = [m.start() for m in _CLAUSE_START_RE.finditer(text)]
        self._clause_ends = [m.start() for m in _CLAUSE_END_RE.finditer(text)]
        self._sentence_texts: dict[tuple[int, int], str] = {}
        self._facts: dict[tuple[int, int], _SentenceFacts] = {}
        self.not_damage = _Finder(_NOT_DAMAGE_RE, text)
        self.internet = _Finder(_INTERNET_RE, text)
        self.digit = _Finder(_DIGIT_RE, text)
        self.case_word = _Finder(_CASE_WORD_RE, text)
        self.scheme_cut = _Finder(_SCHEME_CUT_RE, text)
        self.not_registered_before = _Finder(_NOT_REGISTERED_RE, text)
        self.not_registered_after = _Finder(_NOT_REGISTERED_RE, text)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (``(pos, pos)`` between sentences)."""
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k][1]:
            return self.sentences[k]
        return pos, pos

    def sentence(self, span: tuple[int, int]) -> str:
        if span not in self._sentence_texts:
            self._sentence_texts[span] = self.text[span[0] : span[1]]
        return self._sentence_texts[span]

    def facts(self, span: tuple[int, int]) -> _SentenceFacts:
        if span not in self._facts:
            self._facts[span] = _SentenceFacts(self.sentence(span))
        return self._facts[span]

    def clause_start(self, sent_start: int, pos: int) -> int:
        """Start of the clause before ``pos``: after the sentence's last «,;:(» before it."""
        k = bisect_left(self._clause_starts, pos) - 1
        if k >= 0 and self._clause_starts[k] >= sent_start:
            return self._clause_starts[k] + 1
        return sent_start

    def clause_end(self, pos: int, sent_end: int) -> int:
        """End of the clause after ``pos``: the sentence's first «,;:)(» from it on."""
        k = bisect_left(self._clause_ends, pos)
        if k < len(self._clause_ends) and self._clause_ends[k] < sent_end:
            return self._clause_ends[k]
        return sent_end

    def clause_tail(self, sent_start: int, pos: int) -> str:
        """The last :data:`_CLAUSE_TAIL` characters of the clause before ``pos``."""
        return self.text[max(self.clause_start(sent_start, pos), pos - _CLAUSE_TAIL) : pos]

    def clause_head(self, pos: int, sent_end: int, width: int) -> str:
        """The first ``width`` characters of the clause after ``pos``."""
        segment = self.text[pos : min(sent_end, pos + width)]
        m = _CLAUSE_END_RE.search(segment)
        return segment[: m.start()] if m else segment


# After a count, a dash or a linking word introduces the scheme it belongs to:
# «210 дерек – маркетплейстерде алдын ала төлем…», «402 случая связаны со звонками…».
_SCHEME_LINK_RE = re.compile(
    r"\s*(?:[-–—]\s*|(?:связан\w*|приход\w*|касаю\w*|относ\w*)\s+(?:(?:с|со|на|к)\s+)?)",
    re.I,
)


#: The longest scheme wording read after a count (the longest in the dataset is 128
#: characters). Without a bound, «1 связан с 2 связан с 3 …» reads the rest of the
#: sentence once per number.
_SCHEME_WORDING_MAX = 500


def _scheme_text_after(doc: Document, pos: int, sent_end: int) -> str:
    """The wording of an item «N – <scheme>» or «N случаев связаны с <scheme>» after ``pos``."""
    m = _SCHEME_LINK_RE.match(doc.text, pos, sent_end)
    if not m:
        return ""
    end = min(sent_end, m.end() + _SCHEME_WORDING_MAX)
    cut = doc.scheme_cut.search(m.end(), end, sent_end)
    return doc.text[m.end() : cut.start() if cut else end].strip()


# What introduces a list item's number: «<scheme> – N», «<scheme>: N», «<scheme> (N …)».
_SCHEME_LEAD_RE = re.compile(r"(?:\s[-–—]|\s?:|\()\s*$")
_ITEM_END_RE = re.compile(r"[,;]|\)")


def _scheme_text_before(doc: Document, i: int, sent_start: int, prev_end: int | None) -> str:
    """The wording of a list item «<scheme> – N» or «<scheme> (N …)» before token ``i``."""
    text, toks = doc.text, doc.toks
    pos = toks[i].start
    # Only spaces lie between tokens, so the «–», «:» or «(» must be the token before the
    # number, and a match starts at most one character before it.
    if i == 0 or toks[i - 1].end <= sent_start:
        return ""
    m = _SCHEME_LEAD_RE.search(text, max(sent_start, toks[i - 1].end - 2), pos)
    if not m:
        return ""
    head_end = m.start()
    if prev_end is not None and prev_end > sent_start:
        if prev_end >= head_end:
            return ""
        # the previous item ends at a separator, or at the bracket that closed its number:
        # «…инвестиции (187) и продавали несуществующие товары (205)»
        cut = _ITEM_END_RE.search(text, prev_end, head_end)
        # the item wording starts after the separator that ends the previous item
        if cut is None:
            return ""
        head = text[cut.end() : head_end]
        # keep parentheses balanced: «(на платформах …, OLX и др.)»
    else:
        # for the first item, take the text after the last sentence-level separator
        cut = max(text.rfind(";", sent_start, head_end), text.rfind(":", sent_start, head_end))
        head = text[cut + 1 if cut >= 0 else sent_start : head_end]
    head = head.strip(" \t\n-–—,;:.")
    head = re.sub(r"^(?:и|а\s+также|также|және|and)\s+", "", head, flags=re.I)
    if head.count("(") < head.count(")"):
        return ""
    return head


def _is_year(tok: Token, toks: list[Token], j: int) -> bool:
    raw = tok.text
    if not re.fullmatch(r"(?:19|20)\d\d", raw):
        return False
    words = _next_words(toks, j, 1)
    if words and _CASE_NOUN_RE.fullmatch(words[0].text) and words[0].start - tok.end <= 1:
        return False
    return True


def number_words_end(toks: list[Token], i: int) -> int:
    """Index after the run of number words that starts at token ``i`` (at least ``i + 1``).

    A run that no scale word follows («пять лет», «one of the two») is not an amount from
    any of its words, so the scan moves past it at once instead of re-reading it per word.
    """
    j = i
    while j < len(toks) and toks[j].kind == "word" and word_number(toks[j].text) is not None:
        j += 1
    return max(j, i + 1)


def extract_figures(text: str, *, wordings_path: str | None = None):
    """Find candidate case counts and damage amounts in a press text.

    A case count is a number followed by a case noun (факт, случай, преступление,
    правонарушение, қылмыс, дерек, жағдай, …), a number in a scheme list
    («лже-инвестиции – 98 случаев»), or a bare number that a comparison carries
    over from a count earlier in the sentence («в 2024 году их было 760»). A damage
    amount is an amount with a currency word, unless its clause speaks of money
    returned, recovered or transferred. Dates, years, ages, article numbers,
    percentages, multipliers, phone numbers and counts of people (detained,
    victims) are not returned, nor are counts of solved cases or of
    cybercrime («киберқылмыс»), nor fraud in general («фактов мошенничества»).

    Parameters
    ----------
    text : str
        Russian or Kazakh prose (a press release or a quote).
    wordings_path : str, optional
        Scheme wordings CSV used by :func:`map_scheme`.

    Returns
    -------
    DataFrame
        One row per candidate figure, in text order, with columns ``metric``
        (``cases`` or ``damage``), ``value``, ``qualifier``, ``currency`` (damage
        only), ``scheme`` and ``scheme_text`` (empty for totals), ``period_text``
        (in the sentence, else the closest one before it), ``start`` and ``end``
        (characters of the number phrase) and ``sentence``. A figure of the
        headline that the body repeats is returned once, from the body.

    See Also
    --------
    parse_amount : read one number phrase.

    Examples
    --------
    >>> text = ("По итогам 2025 года зарегистрировано 843 факта интернет-мошенничества, "
    ...         "ущерб составил 1 млрд 665 млн 783 тыс. тенге. Задержаны 12 человек.")
    >>> extract_figures(text)[["metric", "value", "qualifier", "currency"]].values.tolist()
    [['cases', 843, 'exact', ''], ['damage', 1665783000, 'exact', 'KZT']]
    >>> extract_figures("лже-инвестиции – 98 случаев, розыгрыши – 47 обманутых граждан")[
    ...     ["value", "scheme"]].values.tolist()
    [[98, 'fake_investment'], [47, 'lottery']]
    """
    import pandas as pd

    if not isinstance(text, str):
        raise TypeError(f"extract_figures expects a str, got {type(text).__name__}")
    doc, numbers = walk_numbers(text, wordings_path=wordings_path)
    rows, spans = [], []
    for n in proposals(numbers):
        rows.append(n.row)
        spans.append((n.number_start, n.end, *n.sentence))
    for row, period in zip(rows, periods_of(doc, spans), strict=True):
        row["period_text"] = period
    rows = _drop_headline_repeats(rows, spans, doc)
    frame = pd.DataFrame(rows, columns=list(EXTRACT_COLUMNS))
    for column in ("value", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame


@dataclass
class ReadNumber:
    """One number of a text as :func:`walk_numbers` reads it (see :func:`read_numbers`)."""

    number_start: int
    start: int
    end: int
    value: int | float | None
    qualifier: str
    currency: str
    sentence: tuple[int, int]
    row: dict
    role: str = "other"
    cues: tuple[str, ...] = ()


def walk_numbers(text: str, *, wordings_path: str | None = None):
    """Read every number of ``text`` with its structural reading and its role.

    Returns the prepared document and a list of :class:`ReadNumber` in text order.

    Examples
    --------
    >>> _, numbers = walk_numbers("Задержаны 2 человека, ущерб составил 5 млн тенге.")
    >>> [(n.value, n.role) for n in numbers]
    [(2, 'suspects'), (5000000, 'damage_total')]
    """
    doc = Document(text)
    language = detect_language(text[:2000])
    state = _WalkState()
    out: list[ReadNumber] = []
    i = 0
    while i < len(doc.toks):
        tok = doc.toks[i]
        if tok.kind not in ("num", "word"):
            i += 1
            continue
        number, i_next = _read_one(doc, i, state, language, wordings_path)
        if number is not None:
            out.append(number)
        i = max(i_next, i + 1)
    return doc, out


@dataclass
class _WalkState:
    last_in_sentence: dict = field(default_factory=dict)
    last_number_end: dict = field(default_factory=dict)
    last_role: dict = field(default_factory=dict)
    words: dict = field(default_factory=dict)


def _read_one(doc, i, state, language, wordings_path):
    """Read the number at token ``i``: its value, qualifier, currency, reading and role."""
    text, toks, tok = doc.text, doc.toks, doc.toks[i]
    found = scan_number(toks, i, text)
    if found is None:
        return _bare_word_number(doc, i, state, language), (
            number_words_end(toks, i) if tok.kind == "word" else i + 1
        )
    before_q, before_len = prefix_qualifier(text[max(0, tok.start - 40) : tok.start])
    read_after(found, toks, text)
    if found.groups == 1 and tok.kind == "word" and word_number(tok.text) is None:
        # a bare scale word counts after a qualifier («около тысячи») or before a currency
        if not HALF_SCALE.fullmatch(tok.text) and before_q is None and not found.currency:
            return None, i + 1
    prefix_currency = CURRENCY_SYMBOLS.get(toks[i - 1].text) if i > 0 else None
    currency = found.currency or prefix_currency
    if currency == "RUB" and "белорус" in text[max(0, tok.start - 30) : toks[found.i1].start + 40]:
        currency = "BYN"
    end_tok = found.after_end or found.currency_end or found.i1
    start, end = tok.start, toks[end_tok - 1].end
    sent = doc.sentence_of(start)
    item = _classify(
        found, doc, i, sent, currency, before_q, state.last_in_sentence,
        state.last_number_end, wordings_path,
    )  # fmt: skip
    state.last_number_end[sent] = toks[found.i1 - 1].end
    value = found.value
    if value.adjusted() > 18:
        value = None  # beyond any count or amount (and int64): a run of digits
    elif value == value.to_integral_value():
        value = int(value)
    else:
        value = float(value)
    metric, scheme_text, scheme = item if item else ("", "", "")
    row = {
        "metric": metric,
        "value": value,
        "qualifier": qualifier_of(found, before_q),
        "currency": currency or "",
        "scheme": scheme,
        "scheme_text": scheme_text,
        "period_text": "",
        "start": start - (before_len if before_q else 0),
        "end": end,
        "sentence": doc.sentence(sent),
    }
    if item:
        state.last_in_sentence[sent] = row
        state.last_in_sentence["last"] = row
    number = ReadNumber(
        start, row["start"], end, value, row["qualifier"], row["currency"], sent, row
    )
    _assign_role(doc, number, found.i1, found.scaled, metric, state)
    return number, found.i1


class _Stack:
    """Periods kept for «the nearest period whose bracket depth is at least t» queries.

    Periods are pushed nearest-last; a pushed period hides the ones before it whose depth
    is not greater (it is nearer and at least as deep), so depths strictly decrease from
    bottom to top, and the nearest period deep enough is found by bisection.
    """

    def __init__(self) -> None:
        self._items: list[int] = []
        self._negated_depths: list[int] = []  # ascending, for bisect

    def push(self, item: int, depth: int) -> None:
        while self._negated_depths and -self._negated_depths[-1] <= depth:
            self._items.pop()
            self._negated_depths.pop()
        self._items.append(item)
        self._negated_depths.append(-depth)

    def nearest(self, depth: int) -> int | None:
        n = bisect_right(self._negated_depths, -depth)
        return self._items[n - 1] if n else None


def periods_of(doc: Document, spans: list[tuple[int, int, int, int]]) -> list[str]:
    """The period phrase of each figure (see :func:`extract_figures`).

    The last period of the sentence before the number, unless a bracket closed in between;
    else the first after the figure that opens no bracket and names no comparison period;
    else the last non-comparison period outside brackets in an earlier sentence. With
    ``depth(x)`` = «)» minus «(» before ``x``, "no bracket closed between p and x" is
    ``depth(p) >= depth(x)``, so each figure's period is found by bisection.
    """
    text = doc.text
    periods = [(m.start(), m.group()) for m in _PERIOD_RE.finditer(text)]
    opens = [m.start() for m in re.finditer(r"\(", text)]
    closes = [m.start() for m in re.finditer(r"\)", text)]

    def depth(x: int) -> int:
        return bisect_left(closes, x) - bisect_left(opens, x)

    depths = [depth(p) for p, _ in periods]
    comparison = [
        _is_comparison_period(text, (p, p + len(phrase), phrase)) for p, phrase in periods
    ]
    chosen: list[int | None] = [None] * len(spans)
    # a period before the number in its sentence, outside a bracket closed since
    stack, k = _Stack(), 0
    for f in sorted(range(len(spans)), key=lambda f: spans[f][0]):
        start, _, sent_start, _ = spans[f]
        while k < len(periods) and periods[k][0] < start:
            stack.push(k, depths[k])
            k += 1
        best = stack.nearest(depth(start))
        if best is not None and periods[best][0] >= sent_start:
            chosen[f] = best
    # else a period after the figure in its sentence, opening no bracket, not a comparison
    stack, k = _Stack(), len(periods) - 1
    for f in sorted(range(len(spans)), key=lambda f: spans[f][1], reverse=True):
        _, end, _, sent_end = spans[f]
        while k >= 0 and periods[k][0] >= end:
            if not comparison[k]:
                stack.push(k, depths[k])
            k -= 1
        best = stack.nearest(depth(end))
        if chosen[f] is None and best is not None and periods[best][0] < sent_end:
            chosen[f] = best
    # else the last period of an earlier sentence, outside brackets, not a comparison
    earlier = [k for k in range(len(periods)) if not comparison[k] and depths[k] >= 0]
    earlier_starts = [periods[k][0] for k in earlier]
    out = []
    for f, (_, _, sent_start, _) in enumerate(spans):
        if chosen[f] is None:
            n = bisect_left(earlier_starts, sent_start)
            chosen[f] = earlier[n - 1] if n else None
        out.append(periods[chosen[f]][1] if chosen[f] is not None else "")
    return out


def _drop_headline_repeats(
    rows: list[dict], spans: list[tuple[int, int, int, int]], doc: Document
) -> list[dict]:
    """Drop a figure of the headline that the body repeats (a headline restates the lead).

    A headline is the first line of a text, in capitals or without a final full stop.
    """
    text = doc.text.strip()
    first = text.split("\n", 1)[0].strip()
    if not first or "\n" not in text:
        return rows
    letters = [c for c in first if c.isalpha()]
    upper = sum(c.isupper() for c in letters) > 0.8 * max(len(letters), 1)
    if not (upper or not first.endswith((".", "!", "?", "…"))):
        return rows
    headline: dict[tuple[int, int], bool] = {}
    is_head = []
    for _, _, s0, s1 in spans:
        if (s0, s1) not in headline:
            headline[s0, s1] = doc.sentence((s0, s1)).strip() == first
        is_head.append(headline[s0, s1])
    key = ("metric", "value", "qualifier", "currency", "scheme")
    body = {tuple(r[k] for k in key) for r, head in zip(rows, is_head, strict=True) if not head}
    return [
        r
        for r, head in zip(rows, is_head, strict=True)
        if not (head and tuple(r[k] for k in key) in body)
    ]


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


_TIME_AFTER_RE = re.compile(r"\s*[.:]\s*\d")
_INTERNET_WORD_RE = re.compile(r"(?:интернет|ınternet|internet|онлайн)", re.I)
_CHANGE_FROM_BEFORE_RE = re.compile(r"\(\s*(?:с|от|from)\s*$", re.I)
_CHANGE_TO_AFTER_RE = re.compile(r"\s*(?:до|to)\s+\d[\d\s]*\)", re.I)
_CHANGE_FROM_TO_BEFORE_RE = re.compile(r"\(\s*(?:с|от|from)\s+\d[\d\s]*\s+(?:до|to)\s*$", re.I)
_CLOSING_AFTER_RE = re.compile(r"\s*\)")
_UP_TO_NOUN_AFTER_RE = re.compile(r"\s*до\s+(?:более\s+чем\s+)?\d[\d\s]*\s*([^\W\d_]+)")


def _classify(
    found, doc, i, sent, currency, before_q, last_in_sentence, last_number_end, wordings_path
):
    """Decide whether an amount is a case count or a damage amount (or neither)."""
    text, toks = doc.text, doc.toks
    s0, s1 = sent
    tok = toks[i]
    j = found.currency_end or found.i1
    number_end = toks[found.i1 - 1].end
    after_text = text[number_end : number_end + 40]
    before_text = text[max(s0, tok.start - 40) : tok.start]
    # percentages, multipliers, suffixed forms like «29%-ды»
    if _PERCENT_AFTER_RE.match(after_text):
        return None
    facts = doc.facts(sent)
    if facts.suspect_story:
        return None
    nxt = _next_words(toks, found.i1, 1)
    if nxt and (_PERCENT_WORD_RE.fullmatch(nxt[0].text) or _TIMES_WORD_RE.fullmatch(nxt[0].text)):
        return None
    clause_start = doc.clause_start(s0, tok.start)
    if currency:
        # the clause up to the currency word
        if doc.not_damage.search(clause_start, toks[j - 1].end, s1) or _NOT_DAMAGE_RE.search(
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
            and not _NOT_DAMAGE_RE.search(doc.clause_head(toks[j - 1].end, s1, 30))
        ):
            return "damage", "", ""
    if found.scaled and found.groups > 1 and not (nxt and _CASE_NOUN_RE.fullmatch(nxt[0].text)):
        return None  # group-by-group amount without a currency or a case noun: not a count
    if tok.kind == "num":
        if _ARTICLE_BEFORE.search(before_text) or _ARTICLE_AFTER.match(after_text):
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
    # a Kazakh suffix after a hyphen («6 016-сы», «644-ке») is grammar, not a word
    k = found.after_end or found.currency_end or found.i1
    if k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == toks[k - 1].end:
        k += 2
    words = _next_words(toks, k, 4)
    noun_at = None
    for n, w in enumerate(words):
        if _CASE_NOUN_RE.fullmatch(w.text):
            noun_at = n
            break
        if _PERSON_NOUN_RE.fullmatch(w.text):
            break
        if not _NOUN_MODIFIER_RE.fullmatch(w.text) and not _INTERNET_WORD_RE.match(w.text):
            break
    person = any(_PERSON_NOUN_RE.fullmatch(w.text) for w in words[:2])
    prev_end = last_number_end.get(sent)
    scheme_text = _scheme_text_before(doc, i, s0, prev_end)
    if not scheme_text:
        item_end = words[noun_at].end if noun_at is not None else toks[k - 1].end
        scheme_text = _scheme_text_after(doc, item_end, s1)
    scheme = map_scheme(scheme_text, wordings_path=wordings_path) if scheme_text else ""
    # An item of a list of schemes whose wording the taxonomy does not know is still a
    # scheme figure, never a total: keep its wording (empty ``scheme``) for the reviewer.
    previous = last_in_sentence.get(sent)
    unknown_item = scheme_text if not scheme and previous is not None and previous["scheme"] else ""
    if not scheme:
        scheme_text = ""
    if doc.not_registered_before.search(
        max(clause_start, tok.start - 60), tok.start, s1
    ) or doc.not_registered_after.search(
        number_end, min(number_end + 40, doc.clause_end(number_end, s1)), s1
    ):
        return None
    if facts.general_fraud_article:
        return None  # article 190 without «интернет»: fraud in general
    if facts.cybercrime_not_fraud:
        return None  # cybercrime or IT crime, not fraud
    if noun_at is not None:
        noun_end = words[noun_at].end
        # «фактов мошенничества» is fraud in general, unless the clause says how:
        # «фактов мошенничества с использованием интернета»
        online = noun_end < s1 and doc.internet.search(noun_end, doc.clause_end(noun_end, s1), s1)
        if (
            _ALL_FRAUD_TAIL_RE.match(text, noun_end, s1) and not online
        ) or _ALL_FRAUD_HEAD_RE.search(doc.clause_tail(s0, tok.start)):
            return None
        if _OTHER_CRIME_TAIL_RE.match(text, noun_end, s1):
            return None
        return ("cases", unknown_item, "") if unknown_item else ("cases", scheme_text, scheme)
    if scheme:
        return "cases", scheme_text, scheme  # a scheme list item, whatever its noun
    if unknown_item:
        return "cases", unknown_item, ""
    if person:
        return None
    # «рост составил 41,3% (с 346 до 489)»: a change of the sentence's fraud count, in brackets
    if (
        not found.scaled
        and facts.fraud_change
        and (
            (_CHANGE_FROM_BEFORE_RE.search(before_text) and _CHANGE_TO_AFTER_RE.match(after_text))
            or (
                _CHANGE_FROM_TO_BEFORE_RE.search(before_text)
                and _CLOSING_AFTER_RE.match(after_text)
            )
        )
    ):
        return "cases", "", ""
    # «с 616 до 846 случаев»: the first number takes the noun of the second
    m = _UP_TO_NOUN_AFTER_RE.match(after_text)
    if m and _CASE_NOUN_RE.fullmatch(m.group(1)):
        return "cases", "", ""
    # a registration verb right before the number: «их зарегистрировано 17,2 тысяч»
    if not words and _REGISTERED_BEFORE_RE.search(before_text):
        return "cases", "", ""
    # a case noun earlier in the clause, no number between: «Таких случаев было более 300»
    if not words:
        tail_start = max(clause_start, tok.start - _CLAUSE_TAIL)
        if doc.case_word.search(tail_start, tok.start, s1) and _CASE_WORD_BEFORE_RE.search(
            text[tail_start : tok.start]
        ):
            if not doc.digit.search(clause_start, tok.start, s1):
                return "cases", "", ""
    # a comparison carries over the metric of a count earlier in the sentence
    if previous is not None and previous["metric"] == "cases":
        if not words[:1] and _COMPARISON_RE.search(text[max(s0, tok.start - 25) : tok.start]):
            return "cases", previous["scheme_text"], previous["scheme"]
        if _ANAPHORA_RE.search(doc.clause_tail(s0, tok.start)) and not person:
            return "cases", previous["scheme_text"], previous["scheme"]
    return None


#: How many words on each side of a number the role rules read.
_WINDOW = 25


def _sentence_words(doc, sent, state) -> tuple[list, list[int]]:
    """The words of a sentence and their starts, kept for the last few sentences read."""
    if sent not in state.words:
        ws = words(doc.text, sent[0], sent[1])
        if len(state.words) > 8:  # numbers come in text order: keep the recent ones
            state.words.pop(next(iter(state.words)))
        state.words[sent] = (ws, [w.start for w in ws])
    return state.words[sent]


#: How many sentences before a number's tell the story it belongs to.
_STORY_SENTENCES = 3


def _story_words(doc, sent, state) -> list:
    """The last words of the few sentences before ``sent`` (who the text is about)."""
    k = bisect_left(doc.sentence_starts, sent[0])
    out: list = []
    for previous in doc.sentences[max(0, k - _STORY_SENTENCES) : k]:
        out.extend(_sentence_words(doc, previous, state)[0][-_WINDOW:])
    return out[-2 * _WINDOW :]


def _assign_role(doc, number: ReadNumber, i1: int, scaled: bool, metric: str, state) -> None:
    """Set the role and cues of a number from the words of its clause and sentence."""
    s0, s1 = number.sentence
    ws, starts = _sentence_words(doc, number.sentence, state)
    k0 = bisect_left(starts, number.number_start)
    k1 = bisect_left(starts, number.end)
    clause0 = doc.clause_start(s0, number.number_start)
    clause1 = doc.clause_end(number.end, s1)
    before = [w for w in ws[max(0, k0 - _WINDOW) : k0] if w.start >= clause0]
    after = [w for w in ws[k1 : k1 + _WINDOW] if w.end <= clause1]
    text = doc.text
    ctx = NumberContext(
        raw=text[number.number_start : doc.toks[i1 - 1].end],
        start=number.number_start,
        end=number.end,
        value=number.value,
        currency=number.currency or None,
        scaled=scaled,
        before=before,
        after=after,
        sentence=ws[max(0, k0 - _WINDOW) : k1 + _WINDOW],
        char_before=text[max(0, number.number_start - 12) : number.number_start],
        char_after=text[number.end : number.end + 12],
        hint=metric,
        scheme=number.row["scheme"] or number.row["scheme_text"],
        previous=state.last_role.get(number.sentence, ""),
        story=_story_words(doc, number.sentence, state),
    )
    number.role, cue_words = decide_role(ctx)
    number.cues = tuple(dict.fromkeys(cue_words))
    if number.role not in ("date", "percent", "age", "article", "phone"):
        state.last_role = {number.sentence: number.role}


def _bare_word_number(doc, i: int, state, language: str) -> ReadNumber | None:
    """A number word without a scale word («двое», «төрт», «екеуі»), read as a count."""
    tok = doc.toks[i]
    table = cues.NUMBER_WORDS.get(language if language == "kk" else "ru", {})
    value = table.get(tok.text.lower())
    if value is None:
        return None
    sent = doc.sentence_of(tok.start)
    row = dict.fromkeys(EXTRACT_COLUMNS, "")
    row.update(value=value or None, qualifier="exact", start=tok.start, end=tok.end)
    row["sentence"] = doc.sentence(sent)
    number = ReadNumber(tok.start, tok.start, tok.end, value or None, "exact", "", sent, row)
    _assign_role(doc, number, i + 1, False, "", state)
    return number


def proposals(numbers: list[ReadNumber]) -> list[ReadNumber]:
    """The numbers that become proposed records (aggregate cases and damage), rows filled.

    A damage amount whose currency is not printed takes the currency of the amount before it.

    Examples
    --------
    >>> _, numbers = walk_numbers("Зарегистрировано 843 факта. Задержаны 2 человека.")
    >>> [(n.row["metric"], n.value) for n in proposals(numbers)]
    [('cases', 843)]
    """
    out, last_currency = [], ""
    for n in numbers:
        if n.currency:
            last_currency = n.currency
        if n.role not in AGGREGATE_ROLES or not isinstance(n.value, int):
            continue
        metric = "cases" if n.role.startswith("cases") else "damage"
        n.row.update(metric=metric, value=n.value)
        n.row["currency"] = (n.currency or last_currency) if metric == "damage" else ""
        out.append(n)
    return out


#: Columns of :func:`read_numbers`.
READ_COLUMNS = (
    "value", "currency", "qualifier", "role", "cues", "proposed", "metric", "scheme",
    "scheme_text", "period_text", "start", "end", "sentence",
)  # fmt: skip


def read_numbers(text: str, *, wordings_path: str | None = None):
    """Read every number of a press text with its role and the cue words that decided it.

    Parameters
    ----------
    text : str
        Russian or Kazakh prose.
    wordings_path : str, optional
        Scheme wordings CSV used by :func:`map_scheme`.

    Returns
    -------
    DataFrame
        One row per number, in text order: ``value`` (an integer, a float for «9,5», or
        None for a vague word such as «сотни»), ``currency`` (ISO code or ""), ``qualifier``,
        ``role`` (one of :data:`ROLES`), ``cues`` (the words that decided it, joined by
        ``"; "``), ``proposed`` (True for aggregate cases and damage, the rows
        :func:`extract_figures` returns), ``metric`` (``cases``/``damage`` when proposed),
        ``scheme``, ``scheme_text``, ``period_text`` (proposed rows), ``start``, ``end``
        and ``sentence``.

    See Also
    --------
    extract_figures : the proposed rows only, as ingest uses them.

    Examples
    --------
    >>> text = ("Пенсионерка перевела мошенникам 3 млн тенге. За 2025 год жители области "
    ...         "перевели мошенникам свыше 400 млн тенге, задержаны 12 человек.")
    >>> read_numbers(text)[["value", "role", "proposed"]].values.tolist()
    [[3000000, 'single_case_loss', False], [2025, 'date', False], [400000000, 'damage_total', True], [12, 'suspects', False]]
    """
    import pandas as pd

    if not isinstance(text, str):
        raise TypeError(f"read_numbers expects a str, got {type(text).__name__}")
    doc, numbers = walk_numbers(text, wordings_path=wordings_path)
    chosen = proposals(numbers)
    spans = [(n.number_start, n.end, *n.sentence) for n in chosen]
    for n, period in zip(chosen, periods_of(doc, spans), strict=True):
        n.row["period_text"] = period
    proposed = {id(n) for n in chosen}
    rows = [
        {
            "value": n.value,
            "currency": n.currency,
            "qualifier": n.qualifier,
            "role": n.role,
            "cues": "; ".join(n.cues),
            "proposed": id(n) in proposed,
            "metric": n.row["metric"] if id(n) in proposed else "",
            "scheme": n.row["scheme"],
            "scheme_text": n.row["scheme_text"],
            "period_text": n.row["period_text"],
            "start": n.row["start"],
            "end": n.end,
            "sentence": n.row["sentence"],
        }
        for n in numbers
    ]
    return pd.DataFrame(rows, columns=list(READ_COLUMNS))

"""Find candidate case counts and damage amounts in a press text, with sentence, period and scheme.

See :func:`extract_figures`. Numbers that are not fraud figures (dates, years, ages,
article numbers, percentages, phone numbers, people detained) are recognised and left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .amounts import (
    _CURRENCY_SYMBOLS,
    _HALF_SCALE,
    AmountParseError,
    _after_amount,
    _as_int,
    _prefix_qualifier,
    _qualifier,
    _scan_at,
    _Tok,
    _tokenize,
    _word_number,
)

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


_OTHER_CRIME_TAIL_RE = re.compile(
    r"^\s*,?\s*(?:интернет[-\s]преступлен\w*|киберпреступлен\w*|киберқылмыс\w*|"
    r"связанн\w+\s+с\s+(?:информационн|IT|ИТ)\w*)",
    re.I,
)


_INTERNET_RE = re.compile(
    r"интернет|онлайн|internet|online|ınternet|кибер|cyber|"
    r"информационн\w*\s+технолог|телекоммуникац|ақпараттық\s+технолог",
    re.I,
)


_ALL_FRAUD_TAIL_RE = re.compile(
    r"^\s*(?:мошенничества|алаяқтық|по\s+стать\w*|fraud\b|ст\.|статье)", re.I
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
    r"\d+\s+ай(?:дың|да|ында)\w*",
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


def _sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans, keeping «тыс.», «млн.», «ж.» inside sentences."""
    spans, start = [], 0
    for m in re.finditer(r"\n+|[.!?…]+(?=[\s«\"]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])", text):
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


def detect_language(text: str) -> str:
    """Guess the language of a passage: ``kk`` (Kazakh letters), ``ru``, ``kk-latn`` or ``en``.

    Examples
    --------
    >>> detect_language("843 қылмыс дерегі тіркеліп")
    'kk'
    >>> detect_language("зарегистрировано 843 факта")
    'ru'
    """
    if re.search(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", text):
        return "kk"
    if re.search(r"[а-яёА-ЯЁ]", text):
        kazakh_words = r"\b(?:жылы|бойынша|тіркелген|биыл|және|мен|деп)\b"
        return "kk" if re.search(kazakh_words, text) else "ru"
    if re.search(r"[ǵńúıóý]", text) or re.search(r"\b(?:jyl|boıynsha|tirkel\w*)\b", text):
        return "kk-latn"
    return "en"


def _next_words(toks: list[_Tok], j: int, n: int) -> list[_Tok]:
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


def _clause_before(text: str, sent_start: int, pos: int) -> str:
    segment = text[sent_start:pos]
    cut = max(segment.rfind(c) for c in ",;:(")
    return segment[cut + 1 :] if cut >= 0 else segment


def _clause_after(text: str, pos: int, sent_end: int) -> str:
    segment = text[pos:sent_end]
    m = re.search(r"[,;:)(]", segment)
    return segment[: m.start()] if m else segment


# After a count, a dash or a linking word introduces the scheme it belongs to:
# «210 дерек – маркетплейстерде алдын ала төлем…», «402 случая связаны со звонками…».
_SCHEME_LINK_RE = re.compile(
    r"^\s*(?:[-–—]\s*|(?:связан\w*|приход\w*|касаю\w*|относ\w*)\s+(?:(?:с|со|на|к)\s+)?)",
    re.I,
)


def _scheme_text_after(text: str, pos: int, sent_end: int) -> str:
    """The wording of an item «N – <scheme>» or «N случаев связаны с <scheme>» after ``pos``."""
    segment = text[pos:sent_end]
    m = _SCHEME_LINK_RE.match(segment)
    if not m:
        return ""
    rest = segment[m.end() :]
    cut = re.search(r"[,;.]|\s[-–—]\s", rest)
    return (rest[: cut.start()] if cut else rest).strip()


def _scheme_text_before(text: str, sent_start: int, pos: int, prev_end: int | None) -> str:
    """The wording of a list item «<scheme> – N» or «<scheme> (N …)» before ``pos``."""
    segment = text[sent_start:pos]
    m = re.search(r"(?:\s[-–—]|\s?:|\()\s*$", segment)
    if not m:
        return ""
    head = segment[: m.start()]
    if prev_end is not None and prev_end > sent_start:
        offset = prev_end - sent_start
        if offset >= len(head):
            return ""
        tail = head[offset:]
        # the previous item ends at a separator, or at the bracket that closed its number:
        # «…инвестиции (187) и продавали несуществующие товары (205)»
        cut = re.search(r"[,;]|\)", tail)
        # the item wording starts after the separator that ends the previous item
        if cut is None:
            return ""
        head = tail[cut.end() :]
        # keep parentheses balanced: «(на платформах …, OLX и др.)»
    else:
        # for the first item, take the text after the last sentence-level separator
        cut = max(head.rfind(";"), head.rfind(":"))
        if cut >= 0:
            head = head[cut + 1 :]
    head = head.strip(" \t\n-–—,;:.")
    head = re.sub(r"^(?:и|а\s+также|также|және|and)\s+", "", head, flags=re.I)
    if head.count("(") < head.count(")"):
        return ""
    return head


def _is_year(tok: _Tok, toks: list[_Tok], j: int) -> bool:
    raw = tok.text
    if not re.fullmatch(r"(?:19|20)\d\d", raw):
        return False
    words = _next_words(toks, j, 1)
    if words and _CASE_NOUN_RE.fullmatch(words[0].text) and words[0].start - tok.end <= 1:
        return False
    return True


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
    toks = _tokenize(text)
    sentences = _sentences(text)
    periods = [(m.start(), m.end(), m.group()) for m in _PERIOD_RE.finditer(text)]

    def sentence_of(pos: int) -> tuple[int, int]:
        for s, e in sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    rows = []
    consumed_until = -1
    last_in_sentence: dict[tuple[int, int], dict] = {}
    last_number_end: dict[tuple[int, int], int] = {}
    i = 0
    while i < len(toks):
        tok = toks[i]
        if i < consumed_until or tok.kind not in ("num", "word"):
            i += 1
            continue
        found = _scan_at(toks, i, text)
        if found is None:
            i += 1
            continue
        # a bare scale word counts only after a qualifier word («около тысячи»)
        before_all = text[: toks[i].start]
        before_q, before_len = _prefix_qualifier(before_all)
        if found.groups == 1 and toks[i].kind == "word" and _word_number(toks[i].text) is None:
            if not _HALF_SCALE.fullmatch(toks[i].text) and before_q is None:
                i += 1
                continue
        _after_amount(found, toks, text)
        prefix_currency = None
        if i > 0 and toks[i - 1].text in _CURRENCY_SYMBOLS:
            prefix_currency = _CURRENCY_SYMBOLS[toks[i - 1].text]
        currency = found.currency or prefix_currency
        end_tok = found.after_end or found.currency_end or found.i1
        consumed_until = found.i1
        start, end = toks[i].start, toks[end_tok - 1].end
        sent = sentence_of(start)
        s0, s1 = sent
        item = _classify(
            found,
            toks,
            text,
            i,
            sent,
            currency,
            before_q,
            last_in_sentence,
            last_number_end,
            wordings_path,
        )
        last_number_end[sent] = toks[found.i1 - 1].end
        i = found.i1
        if item is None:
            continue
        metric, scheme_text, scheme = item
        try:
            value = _as_int(found.value, text[start:end])
        except AmountParseError:
            continue
        period = ""
        in_sentence = [p for p in periods if s0 <= p[0] < s1]
        # a period inside a closed parenthesis belongs to its comparison, not to later figures
        before = [
            p
            for p in in_sentence
            if p[0] < start and text[p[0] : start].count(")") <= text[p[0] : start].count("(")
        ]
        # a period after the figure counts unless it opens a comparison: «8 554 (2024 ж. – 5 977)»
        after = [
            p
            for p in in_sentence
            if p[0] >= end
            and text[end : p[0]].count("(") <= text[end : p[0]].count(")")
            and not _is_comparison_period(text, p)
        ]
        if before:
            period = before[-1][2]
        elif after:
            period = after[0][2]
        else:
            # nor does a period in an earlier sentence's parenthesis: «(в прошлом году – 1 104)»
            earlier = [
                p
                for p in periods
                if p[0] < s0
                and not _is_comparison_period(text, p)
                and text[: p[0]].count("(") <= text[: p[0]].count(")")
            ]
            period = earlier[-1][2] if earlier else ""
        row = {
            "metric": metric,
            "value": value,
            "qualifier": _qualifier(found, before_q),
            "currency": (currency or "") if metric == "damage" else "",
            "scheme": scheme,
            "scheme_text": scheme_text,
            "period_text": period,
            "start": start - (before_len if before_q else 0),
            "end": end,
            "sentence": text[s0:s1],
        }
        if metric == "damage" and not currency:
            row["currency"] = last_in_sentence["last"]["currency"]
        rows.append(row)
        last_in_sentence[sent] = row
        last_in_sentence["last"] = row
    rows = _drop_headline_repeats(rows, text)
    frame = pd.DataFrame(rows, columns=list(EXTRACT_COLUMNS))
    frame["value"] = frame["value"].astype("int64")
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame


def _is_headline(sentence: str, text: str) -> bool:
    """A headline is the first line of a text, in capitals or without a final full stop."""
    first = text.strip().split("\n", 1)[0].strip()
    if not first or sentence.strip() != first or "\n" not in text.strip():
        return False
    letters = [c for c in first if c.isalpha()]
    upper = sum(c.isupper() for c in letters) > 0.8 * max(len(letters), 1)
    return upper or not first.endswith((".", "!", "?", "…"))


def _drop_headline_repeats(rows: list[dict], text: str) -> list[dict]:
    """Drop a figure of the headline that the body repeats (a headline restates the lead)."""
    key = ("metric", "value", "qualifier", "currency", "scheme")
    body = [tuple(r[k] for k in key) for r in rows if not _is_headline(r["sentence"], text)]
    return [
        r
        for r in rows
        if not (_is_headline(r["sentence"], text) and tuple(r[k] for k in key) in body)
    ]


def _classify(
    found, toks, text, i, sent, currency, before_q, last_in_sentence, last_number_end, wordings_path
):
    """Decide whether an amount is a case count or a damage amount (or neither)."""
    s0, s1 = sent
    tok = toks[i]
    j = found.currency_end or found.i1
    after_text = text[toks[found.i1 - 1].end : toks[found.i1 - 1].end + 40]
    before_text = text[max(s0, tok.start - 40) : tok.start]
    # percentages, multipliers, suffixed forms like «29%-ды»
    if re.match(r"\s*%", after_text):
        return None
    if _SUSPECT_STORY_RE.search(text[s0:s1]) and not _STATISTICS_RE.search(text[s0:s1]):
        return None
    nxt = _next_words(toks, found.i1, 1)
    if nxt and (_PERCENT_WORD_RE.fullmatch(nxt[0].text) or _TIMES_WORD_RE.fullmatch(nxt[0].text)):
        return None
    if currency:
        clause = _clause_before(text, s0, tok.start) + text[tok.start : toks[j - 1].end]
        clause_after = _clause_after(text, toks[j - 1].end, s1)
        if _NOT_DAMAGE_RE.search(clause) or _NOT_DAMAGE_RE.search(clause_after[:30]):
            return None
        return "damage", "", ""
    if found.scaled and found.value >= 1_000_000:
        # an amount in millions without a currency compares with the damage just before it:
        # «за прошлый год эта цифра была на уровне 2 миллиардов»
        previous = last_in_sentence.get("last")
        clause = _clause_before(text, s0, tok.start)
        if (
            previous is not None
            and previous["metric"] == "damage"
            and tok.start - previous["end"] < 300
            and not _NOT_DAMAGE_RE.search(clause)
            and not _NOT_DAMAGE_RE.search(_clause_after(text, toks[j - 1].end, s1)[:30])
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
        if re.match(r"\s*(?:[–—-]|до|бен|мен|to|and)\s*\d+\s*(?:лет|жас|years)", after_text, re.I):
            return None  # an age range «от 18 до 44 лет», «45–59 лет»
        if re.match(r"[–—-]\d", after_text) or re.search(r"\d[–—-]$", before_text):
            return None  # a range «45–59»
        if re.search(rf"(?:{_MONTHS})\s*$", before_text, re.I):
            return None
        if re.match(r"\s*[.:]\s*\d", after_text):
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
        if not _NOUN_MODIFIER_RE.fullmatch(w.text) and not re.match(
            r"(?:интернет|ınternet|internet|онлайн)", w.text, re.I
        ):
            break
    person = any(_PERSON_NOUN_RE.fullmatch(w.text) for w in words[:2])
    clause_before = _clause_before(text, s0, tok.start)
    clause_after = _clause_after(text, toks[found.i1 - 1].end, s1)
    prev_end = last_number_end.get(sent)
    scheme_text = _scheme_text_before(text, s0, tok.start, prev_end)
    if not scheme_text:
        item_end = words[noun_at].end if noun_at is not None else toks[k - 1].end
        scheme_text = _scheme_text_after(text, item_end, s1)
    scheme = map_scheme(scheme_text, wordings_path=wordings_path) if scheme_text else ""
    # An item of a list of schemes whose wording the taxonomy does not know is still a
    # scheme figure, never a total: keep its wording (empty ``scheme``) for the reviewer.
    previous = last_in_sentence.get(sent)
    unknown_item = scheme_text if not scheme and previous is not None and previous["scheme"] else ""
    if not scheme:
        scheme_text = ""
    if _NOT_REGISTERED_RE.search(clause_before[-60:]) or _NOT_REGISTERED_RE.search(
        clause_after[:40]
    ):
        return None
    sentence = text[s0:s1]
    if _ARTICLE_190_RE.search(sentence) and not _INTERNET_RE.search(sentence):
        return None  # article 190 without «интернет»: fraud in general
    if _CYBER_RE.search(sentence) and not _FRAUD_WORD_RE.search(sentence):
        return None  # cybercrime or IT crime, not fraud
    if noun_at is not None:
        tail = text[words[noun_at].end : s1]
        # «фактов мошенничества» is fraud in general, unless the clause says how:
        # «фактов мошенничества с использованием интернета»
        online = _INTERNET_RE.search(_clause_after(text, words[noun_at].end, s1))
        if (_ALL_FRAUD_TAIL_RE.match(tail) and not online) or _ALL_FRAUD_HEAD_RE.search(
            clause_before
        ):
            return None
        if _OTHER_CRIME_TAIL_RE.match(tail):
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
        and _CHANGE_WORD_RE.search(text[s0:s1])
        and _FRAUD_WORD_RE.search(text[s0:s1])
        and (
            (
                re.search(r"\(\s*(?:с|от|from)\s*$", before_text, re.I)
                and re.match(r"\s*(?:до|to)\s+\d[\d\s]*\)", after_text, re.I)
            )
            or (
                re.search(r"\(\s*(?:с|от|from)\s+\d[\d\s]*\s+(?:до|to)\s*$", before_text, re.I)
                and re.match(r"\s*\)", after_text)
            )
        )
    ):
        return "cases", "", ""
    # «с 616 до 846 случаев»: the first number takes the noun of the second
    m = re.match(r"\s*до\s+(?:более\s+чем\s+)?\d[\d\s]*\s*([^\W\d_]+)", after_text)
    if m and _CASE_NOUN_RE.fullmatch(m.group(1)):
        return "cases", "", ""
    # a registration verb right before the number: «их зарегистрировано 17,2 тысяч»
    if not words and _REGISTERED_BEFORE_RE.search(before_text):
        return "cases", "", ""
    # a case noun earlier in the clause, no number between: «Таких случаев было более 300»
    if not words and re.search(
        r"(?:случа\w*|факт\w*|преступлен\w*|қылмыс\w*|дерек\w*)\s+(?:\w+\s+){0,2}$",
        clause_before,
        re.I,
    ):
        if not re.search(r"\d", clause_before):
            return "cases", "", ""
    # a comparison carries over the metric of a count earlier in the sentence
    if previous is not None and previous["metric"] == "cases":
        if not words[:1] and _COMPARISON_RE.search(text[max(s0, tok.start - 25) : tok.start]):
            return "cases", previous["scheme_text"], previous["scheme"]
        if _ANAPHORA_RE.search(clause_before) and not person:
            return "cases", previous["scheme_text"], previous["scheme"]
    return None

"""Schemes: map a scheme wording onto its id, and find the wording of a list item around a count.

«лже-инвестиции – 98 случаев», «402 случая связаны со звонками …»: see :func:`map_scheme`,
:func:`scheme_text_before` and :func:`scheme_text_after`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from . import cues
from .context import NumberContext
from .document import Document
from .lemmas import KAZAKH_LETTERS, Word, is_nominative_noun, lemma, part_of_speech, words
from .matchers import (
    AGGREGATE,
    ANAPHORIC,
    CASE_NOUNS,
    CONJUNCTIONS,
    CRIME_WORDS,
    FRAUD_NOUNS,
    NAMED_CRIMES,
    PLACE_WORDS,
    SAYING,
    SCHEME_WORDS,
    WAY_NOUNS,
    CueSet,
    first_cue,
    summing_word,
    way_pointer,
)

_SCHEME_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"фишинг|phishing|жалған\s+сілтем|false\s+links", "phishing"),
    # fake brokers, trading platforms and exchanges: «жертвами лжеброкеров», «трейдинг»,
    # «заработок на бирже» (not «биржа труда», the labour exchange)
    (r"инвест|invest|брокер|трейдинг|трейдер|бирж(?!\w*\s+труд)", "fake_investment"),
    # «с призами», «выигрыш», not «признан» (recognised) nor «призвать» (to call on)
    (
        r"розыгрыш|лотере|ұтыс|lotter|prize|выигрыш|\bприз(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|"
        r"\bпризов(?:ой|ого|ые|ых|ым|ыми)\b",
        "lottery",
    ),
    # a loan asked for, not taken out: «просьбы о займе от имени знакомых», «просьбы занять
    # денег» (before the loan words below)
    (
        r"просьб\w*\s+(?:о\s+(?:займе|помощи|деньгах)|занять|одолжить|в\s+долг)|"
        r"(?:от\s+имени|под\s+видом)\s+(?:знаком|друз)",
        "messenger_acquaintance",
    ),
    # not «кредитные средства», «несие қаражаты» (borrowed money handed over in any scheme)
    (
        r"займ|заём|несие(?!\s+қаражат)|кредит(?!н\w*\s+(?:средств|деньг))|loan|credit",
        "online_loan",
    ),
    # «таныстары» (acquaintances), not «таныстырып» (introducing oneself as police)
    (
        r"мессенджер|(?<!не)знаком|романтич|таныс(?!тыр)|messenger|acquaintance|romance|"
        # friends' names and hacked messengers: «взлом WhatsApp, просьбы «друзей»»
        r"\bдруз(?:ей|ья|ьям|ьями|ьях)\b|whats\s?app|вотсап|ватсап|взлом\w*\s+(?:аккаунт|страниц)",
        "messenger_acquaintance",
    ),
    (
        # sales of nothing: «фиктивные продажи и услуги»
        r"(?:фиктивн|фейков|ложн|мним)\w*\s+продаж|(?:фиктивн|фейков|ложн|мним)\w*\s+продав|"
        # fake sellers: «попадались на уловки лжепродавцов»
        r"лже-?продав|"
        r"предоплат|алдын\s+ала\s+төлем|объявлен|хабарланды|маркетплейс|покуп(?:к|ок)|товар|тауар|"
        r"интернет-магазин|интернет-дүкен|онлайн-дүкен|(?:интернет|онлайн)-торговл|"
        r"(?:интернет|онлайн|торгов\w*)[- ]площад(?:к|ок)|сауда\s+алаң|интернет-алаң|"
        # online trade, buying and selling: «онлайн-сауда кезінде алдау», «при купле-продаже»
        r"(?:интернет|онлайн)[- ]сауда|купл\w*-продаж|сатып\s+алу|"
        # marketplaces and classifieds named: «мошенничество на OLX – 19», «на «Авито»»
        r"\bolx\b|авито|avito|куфар|kufar|lalafo|лалафо|\bюла\b|wildberries|вайлдберриз|"
        r"advance\s+payment|online\s+(?:ads|stores?)",
        "prepayment",
    ),
    (
        # not bank cards or accounts money was taken from («хищений средств с банковских карт и
        # депозитов»): a means, no call in the bank's name (but «под предлогом защиты
        # банковских карт» is the bank's «security service» calling)
        r"(?<!\bс )(?<!\bсо )банк|банк(?!овск\w*\s+(?:карт|сч[её]т|депозит|вклад))|"
        r"полиц|звон|қоңырау|правоохран|құқық\s+қорғау|sms|смс|call|безопасн\w*\s+сч[её]т|"
        r"сим-карт|спецслужб|лже-?сотрудник|вишинг|(?:мобильн|сотов)\w*\s+оператор|"
        r"оператор\w*\s+(?:сотовой\s+|мобильной\s+)?связи|байланыс\s+оператор|"
        # a relative in trouble on the phone: «алло, бабушка, я попал в ДТП», «Родственник
        # попал в беду»
        r"алло|\bв\s+бед[уе]\b|\bдтп\b|"
        # a contract or a SIM card «to extend»: the mobile operator's call
        r"продлени\w*\s+(?:договор|срок|сим)",
        "impersonation_call",
    ),
    # not «басқа аудандар», «другие районы»: other places, no scheme
    (
        r"(?:иные|прочие|другие|өзге|басқа)(?!\s+(?:район|регион|област|город|аудан|өңір|облыс|қала|аймақ))"
        r"|other",
        "other",
    ),
)


_SCHEME_KEYWORD_RES = tuple((re.compile(p, re.I), s) for p, s in _SCHEME_KEYWORDS)


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
    >>> map_scheme("В Алматы"), map_scheme("мошенничество"), map_scheme("басқа аудандар")
    ('', '', '')
    """
    return _mapped(_normalise(scheme_text), str(wordings_path) if wordings_path else None)


@lru_cache(maxsize=65536)
def _mapped(norm: str, wordings_path: str | None) -> str:
    """:func:`map_scheme` of a normalised wording (kept: the readers map the same short wordings
    of a text's sentences again and again)."""
    if not norm or _names_another_crime(norm):
        return ""
    for wording, scheme in _wordings(wordings_path):
        if norm == wording:
            return scheme
    for wording, scheme in _wordings(wordings_path):
        # a text inside a known wording names a scheme only with words of its own beyond
        # the crime's name: «мошенничество» alone is no scheme
        if len(wording) > 12 and (
            wording in norm
            or (len(norm) > 12 and " " in norm and _has_own_words(norm) and norm in wording)
        ):
            return scheme
    if len(_joined_schemes(norm)) > 1:
        return ""  # «интернет-хабарландырулар мен мессенджерлер арқылы»: two ways, no one scheme
    return _keyword_scheme(norm)


def _keyword_scheme(norm: str) -> str:
    for pattern, scheme in _SCHEME_KEYWORD_RES:
        if pattern.search(norm):
            return scheme
    return ""


def _joined_schemes(norm: str) -> set[str]:
    """The schemes the parts of a wording joined by a conjunction («и», «мен», «және») name,
    each by keywords."""
    parts, part = [], []
    for word in norm.split():
        if CONJUNCTIONS.matches(word):
            parts, part = parts + [" ".join(part)], []
        else:
            part.append(word)
    if not parts:
        return set()
    return {s for s in map(_keyword_scheme, parts + [" ".join(part)]) if s not in ("", "other")}


def _has_own_words(norm: str) -> bool:
    """Whether a wording has a word beyond the crime's name and short function words:
    «мошенничество при» is the start of «мошенничество при онлайн-покупках», and no scheme."""
    return any(len(w) > 3 and not _names_crime(lemma(w)) for w in norm.split())


def _names_crime(word_lemma: str) -> bool:
    return CASE_NOUNS.matches(word_lemma) or FRAUD_NOUNS.matches(word_lemma)


def names_crime_not_a_scheme(label: list[Word]) -> bool:
    """Whether a list item's label names crime, not a scheme: «Наиболее распространённые
    преступления — 38 фактов мошенничества, 27 краж» is a heading over crimes, and its fraud
    item the count of fraud.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> names_crime_not_a_scheme(words("Наиболее распространённые преступления"))
    True
    >>> names_crime_not_a_scheme(words("Преступления под видом продажи товаров"))
    False
    """
    wording = " ".join(w.text for w in label)
    return CRIME_WORDS.first(label) is not None and map_scheme(wording) in ("", "other")


def _names_another_crime(wording: str) -> bool:
    """«кражи с банковского счета», «продажа наркотиков»: a wording that opens with another
    crime names no fraud scheme (its «банковского» is not a bank impersonation call)."""
    return any(NAMED_CRIMES.matches(lemma(w)) for w in wording.split()[:2])


# After a count, a dash or a linking word introduces the scheme it belongs to:
# «210 дерек – маркетплейстерде алдын ала төлем…», «402 случая связаны со звонками…».
_SCHEME_LINK_RE = re.compile(
    r"\s*(?:[-–—]\s*|(?:связан\w*|приход\w*|касаю\w*|относ\w*)\s+(?:(?:с|со|на|к)\s+)?)",
    re.I,
)


_SPACES_RE = re.compile(r"\s*")


#: The longest scheme wording read after a count (the longest in the dataset is 128
#: characters). Without a bound, «1 связан с 2 связан с 3 …» reads the rest of the
#: sentence once per number.
_SCHEME_WORDING_MAX = 500


def scheme_text_after(doc: Document, pos: int, sent_end: int, *, linked: bool = False) -> str:
    """The wording of an item «N – <scheme>» or «N случаев связаны с <scheme>» after ``pos``.

    ``linked``: the number's own ending already links it to the wording (the Kazakh possessive
    of «оның ішінде 320-сы банк қызметкері атынан қоңырау шалу», «320 of them are …»).

    Examples
    --------
    >>> doc = Document("402 случая связаны со звонками от «сотрудников банка».")
    >>> scheme_text_after(doc, 10, len(doc.text))
    'звонками от «сотрудников банка»'
    >>> doc = Document("оның 320-сы банк қызметкері атынан қоңырау шалу, 540-ы …")
    >>> scheme_text_after(doc, 12, len(doc.text), linked=True)
    'банк қызметкері атынан қоңырау шалу'
    """
    m = (_SPACES_RE if linked else _SCHEME_LINK_RE).match(doc.text, pos, sent_end)
    if not m:
        return ""
    end = min(sent_end, m.end() + _SCHEME_WORDING_MAX)
    cut = doc.scheme_cut.search(m.end(), end, sent_end)
    return doc.text[m.end() : cut.start() if cut else end].strip()


# What introduces a list item's number: «<scheme> – N», «<scheme>: N», «<scheme> (N …)».
_SCHEME_LEAD_RE = re.compile(r"(?:\s[-–—]|\s?:|\()\s*$")


#: Kazakh words after a scheme's wording that link it to the count after them: «бойынша» (by),
#: instrumentals of «тәсіл», «әдіс», «схема» (by the way of).
#: Kazakh postpositions that end the means or pretext of a crime before its count: «қоңырау
#: шалу бойынша 340», «инвестиция сылтауымен 98», «таныстары атынан ақша сұрау арқылы 49».
_BY_WORDS = frozenset((
    "бойынша", "тәсілімен", "тәсілмен", "әдісімен", "әдіспен", "схемасымен", "арқылы",
    "сылтауымен", "сылтауында", "желеуімен", "атынан",
))  # fmt: skip

_ITEM_END_RE = re.compile(r"[,;]|\)")
#: Words that open a list's first item: «Из них …», «Оның ішінде …».
_LIST_OPENING_RE = re.compile(r"(?:из\s+них|в\s+том\s+числе|(?:с)?оның\s+ішінде)[\s:]+", re.I)


def scheme_text_before(doc: Document, i: int, sent_start: int, prev_end: int | None) -> str:
    """The wording of a list item «<scheme> – N», «<scheme> (N …)» or «<scheme> бойынша N»
    before token ``i``.

    Examples
    --------
    >>> doc = Document("лже-инвестиции – 98 случаев")
    >>> scheme_text_before(doc, 2, 0, None)
    'лже-инвестиции'
    >>> doc = Document("Оның ішінде жалған инвестициялар бойынша 98 дерек")
    >>> scheme_text_before(doc, 5, 0, None)
    'жалған инвестициялар'
    """
    text, toks = doc.text, doc.toks
    if (
        i > 1
        and toks[i - 1].text.lower() in cues.NUMBER_PARTICLES
        and toks[i - 1].start > sent_start
    ):
        i -= 1  # «мессенджеры — около 1 200»: the bound word opens the number's phrase
    pos = toks[i].start
    # Only spaces lie between tokens, so the «–», «:» or «(» must be the token before the
    # number, and a match starts at most one character before it.
    if i == 0 or toks[i - 1].end <= sent_start:
        return ""
    # «қоңырау шалу бойынша 340 дерек», «… қоңырау шалу тәсілімен 512 факті» (by the way of)
    by = toks[i - 1].text.lower() in _BY_WORDS
    m = None if by else _SCHEME_LEAD_RE.search(text, max(sent_start, toks[i - 1].end - 2), pos)
    if not (m or by):
        return ""
    head_end = toks[i - 1].start if by else m.start()
    in_list = prev_end is not None and prev_end > sent_start  # an item came before
    if in_list:
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
        in_list = cut >= 0 and text[cut] == ":"  # «Тәсілдер: …»
    head = head.strip(" \t\n-–—,;:.")
    opened = _LIST_OPENING_RE.match(head)
    if by and opened:
        head = head[opened.end() :]  # «Оның ішінде <scheme> бойынша N»: the scheme alone
    head = re.sub(r"^(?:и|а\s+также|также|және|and)\s+", "", head, flags=re.I)
    if head.count("(") < head.count(")"):
        return ""
    # «<scheme> бойынша N» only as a list's item, and only naming a scheme: not «Полиция …
    # интернет-алаяқтық бойынша 3,7 мың қылмысты ашты» nor «облыс бойынша 843»
    if by and not ((in_list or opened) and map_scheme(head) not in ("", "other")):
        return ""
    if not in_list and any(w.pos == "VERB" and SAYING.matches_word(w) for w in words(head)):
        return ""  # «Полиция призывает граждан быть бдительными: 843 факта»: no scheme's name
    return head


def scheme_cue(ctx: NumberContext) -> list[str]:
    """A word naming a scheme right around the number, the scheme of a list item, the
    scheme a loss is from («Ущерб от звонков от имени сотрудников банков составил 520 млн»)
    or a pointer back to the scheme just described («похищенная этим способом»), or the way
    a dash sets apart after it («286 млн тенге – через звонки от «сотрудников банков»»). A pretext
    counts in the number's clause, or in a participle's before the sentence's first number
    («Сумма, похищенная под видом инвестиций, составила 6,4 млрд»)."""
    if ctx.scheme:
        return [ctx.scheme]
    opened = opened_by_its_scheme(ctx.before)  # «По лжеинвестициям учтено 44, по предоплате — 90»
    if opened:
        return opened
    before = ctx.sentence_before
    if (
        _DASH_AFTER_RE.match(ctx.char_after)
        and ctx.own_after[:1]
        and (
            ctx.own_after[0].text.lower() in _WAY_PREPOSITIONS
            # Kazakh puts the way's word after it: «58 млн теңгесі – OLX сайтындағы алдын ала
            # төлем арқылы»
            or any(w.text.lower() in _KAZAKH_WAY_WORDS for w in ctx.own_after[: _NAME_WORDS * 2])
        )
    ):
        # «ещё 286 млн тенге – через звонки от «сотрудников банков»»: a dash sets apart the
        # way that names its scheme (not «120 млн – кредитные средства», what the money was)
        named = scheme_named_in(ctx.own_after[: _NAME_WORDS * 2])
        if named:
            return named
    found = first_cue(SCHEME_WORDS, _one_way(ctx.before[-4:])[-3:] + _one_way(ctx.own_after[:8]))
    if found:
        # «19 фактов под предлогом инвестиций»: the pretext's words name the scheme, not
        # «предлогом» alone
        return _under_pretext(_one_way(ctx.before[-4:] + ctx.own_after[: 8 + _NAME_WORDS])) or found
    return (
        _under_pretext(ctx.before)
        or (not ctx.previous and _opening_gerund_way(before))
        or _kazakh_means(ctx.before)
        or (not ctx.previous and _under_pretext(before, after_participle=True))
        or _loss_from(ctx.before)
        or _this_way(ctx)
        or named_way(before)
        or _ranked(before)
        # «На втором месте — звонки лжебанкиров. В 11 эпизодах граждан убеждали …»: a count
        # opening the sentence after a ranking's place; not a place's («Тараз қаласында 603 факт»)
        or (
            len(before) <= 2
            and not ctx.previous
            and _counts_cases(ctx)
            and not PLACE_WORDS.first(before)
            and _ranked(ctx.story)
        )
    )


_DASH_AFTER_RE = re.compile(r"\s*[–—-]\s")
#: Kazakh words after the way a sum was taken: the postpositions of a scheme's wording
#: (:data:`_BY_WORDS`: «арқылы», «сылтауымен», …) and «кезінде» (while).
_KAZAKH_WAY_WORDS = _BY_WORDS | {"кезінде"}
#: Prepositions that open the way a sum was taken («через», «путём», «под видом», «при»).
_WAY_PREPOSITIONS = ("через", "путем", "путём", "под", "при", "посредством", "с", "по")


def _counts_cases(ctx: NumberContext) -> bool:
    return bool(ctx.after) and CASE_NOUNS.matches_word(ctx.after[0])


RANK_PLACES = CueSet(cues.RANK_PLACES)
_RANKS = CueSet((*cues.FIRST_WORDS, *cues.ORDINAL_WORDS))


def _ranked(before: list[Word]) -> list[str]:
    """A ranking's place and the scheme put there, before the number: «На втором месте оказалось
    мошенничество при совершении онлайн-покупок, которое принесло … успех в 18 эпизодах»; the
    first place said without one («Самой частой схемой стали фейковые продажи — в 15 случаях»)."""
    for k, w in enumerate(before[1:], 1):
        if RANK_PLACES.matches_word(w) and _RANKS.matches_word(before[k - 1]):
            named = scheme_named_in(before[k + 1 :])
            if named:
                return [before[k - 1].text, w.text, *named]
    # «Самой распространённой схемой стали фиктивные продажи — в 12 случаях …»: the first place
    for k, w in enumerate(before):
        most = (
            k and before[k - 1].text.lower().startswith(("сам", "наиболее")) and w.lemma == "частый"
        )
        # a Kazakh superlative is said with «ең» («ең көп тараған тәсіл»; «кең тараған» is common)
        superlative = not KAZAKH_LETTERS.search(w.text) or any(
            v.text.lower() == "ең" for v in before[max(0, k - 2) : k]
        )
        if most or (w.text.lower().startswith(cues.MOST_COMMON) and superlative):
            named = scheme_named_in(before[k + 1 :])
            if named:
                return [w.text, *named]
    return []


def scheme_counted_before(ctx: NumberContext) -> list[str]:
    """The words naming the scheme a count right before in the sentence was read as, when
    nothing between them sums up («8 фактов мошенничества под предлогом взлома …, в результате
    похищено 1 735 000 рублей»: the loss of that scheme); else ``[]``. A loss told with «всего»,
    «общий», a region («… общий ущерб по области») is the total."""
    if ctx.previous != "cases_scheme":
        return []
    told = ctx.sentence_before
    # «… убедил перевести 2 млн. В области зарегистрировано 312 подобных фактов на сумму 980
    # млн»: the count pointed back at the scheme told before, and its sum follows it at once
    if ANAPHORIC.first(told[-4:]) and [w.lemma for w in told[-2:]] == ["на", "сумма"]:
        named = scheme_named_in(ctx.story)
        if named:
            return named
    # «… осындай 126 дерек тіркеліп, тұрғындар 214 млн теңгеден астам қаражатынан айырылған»,
    # «126 подобных фактов, жители лишились 214 млн»: the loss of the cases pointed back at,
    # unless a word after the pointer sums up («а всего …»)
    such = ANAPHORIC.first(told)
    if such is not None and summing_word([w for w in told if w.start > such.start]) is None:
        named = scheme_named_in(ctx.story)
        if named:
            return named
    # not when a relative clause ties the loss to the count: «21 тыс. случаев романтических
    # афер, в результате которых жертвы потеряли в общей сложности $143 млн»
    tied = any(w.lemma == "который" for w in ctx.before)
    if first_cue(AGGREGATE, ctx.before) and not tied:
        return []
    return (
        _under_pretext(told)
        or first_cue(SCHEME_WORDS, told)
        or named_way(told)
        # «340 фактов звонков от имени сотрудников банков на сумму 500 млн»: the count's wording
        or scheme_named_in(told[-_NAME_WORDS * 3 :])
    )


#: «под разными предлогами», «под различными предлогами»: pretexts of any scheme.
_VARIOUS = ("разный", "различный", "всевозможный", "всякий", "любой")


def _one_way(words: list[Word]) -> list[Word]:
    """The words without a way said to be many («разными способами», «под различными
    предлогами»): ways of any scheme name none."""
    return [w for k, w in enumerate(words) if not (k and words[k - 1].lemma in _VARIOUS)]


def _under_pretext(clause: list[Word], *, after_participle: bool = False) -> list[str]:
    """«Под предлогом купли-продажи у забайкальцев похищено …»: «под предлогом», «под видом»
    and the words after it, anywhere in the number's clause, name the scheme; with
    ``after_participle``, only right after a participle («Сумма, похищенная под видом …»), not
    in a clause of its own («…, в том числе под предлогом инвестиций, …»)."""
    for k in range(len(clause) - 2):
        if after_participle and not (k and clause[k - 1].pos in ("PRTF", "PRTS")):
            continue
        if clause[k].lemma == "под" and clause[k + 1].lemma in _VARIOUS:
            continue  # «под разными предлогами»: many pretexts, no scheme
        if clause[k].lemma == "под" and clause[k + 1].lemma in _PRETEXT:
            name = takewhile(
                lambda w: w.pos not in ("VERB", "PRTS") and w.lemma != "у",  # not «у жителей»
                clause[k + 2 : k + 2 + _NAME_WORDS],
            )
            return [w.text for w in clause[k : k + 2]] + [w.text for w in name]
    return []


def _opening_gerund_way(before: list[Word]) -> list[str]:
    """The way a gerund's clause opening the sentence names: «Представляясь сотрудниками банков,
    злоумышленники похитили 640 млн» (what the doers did while they took it). The clause runs
    from the gerund to the first comma (more than a space between two words)."""
    if not before or before[0].pos != "GRND":
        return []
    end = next((k for k in range(1, len(before)) if before[k].start - before[k - 1].end > 1), 0)
    clause = before[: min(end, _NAME_WORDS + 1)]
    if not end or map_scheme(" ".join(w.text for w in clause)) in ("", "other"):
        return []
    return [w.text for w in clause]


def _kazakh_means(before: list[Word]) -> list[str]:
    """The words of a Kazakh means or pretext that ends within the last words before a
    number and names a scheme: «Мессенджерде таныстары атынан ақша сұрау арқылы 49 алаяқтық
    тіркелді». The phrase runs back over words with only a space between (not over a number
    or a comma)."""
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[k].text.lower() in _BY_WORDS:
            j = k
            while j > 0 and k - j < _NAME_WORDS and before[j].start - before[j - 1].end <= 1:
                j -= 1
            phrase = [w.text for w in before[j : k + 1]]
            scheme = map_scheme(" ".join(phrase))
            # «банк карталары арқылы» (through bank cards) is a means of paying, no call in a
            # bank's name
            if scheme == "impersonation_call" and not _IMPERSONATION_RE.search(" ".join(phrase)):
                return []
            return phrase if scheme else []
    return []


#: «под предлогом», «под видом»: what follows is the pretext a scheme is known by.
_PRETEXT = ("предлог", "вид")


def named_way(words: list[Word]) -> list[str]:
    """A way noun and the name of a scheme after it: «по схеме «лжеинвестиции»», «схемы «звонок
    от сотрудника банка»», ««алдын ала төлем» тәсілі» (the name before it); else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> named_way(words("Из них по схеме «лжеинвестиции» ущерб составил"))
    ['схеме', 'лжеинвестиции']
    >>> named_way(words("по многоступенчатой схеме: поочередно звонили"))
    []
    """
    for k, w in enumerate(words):
        if not WAY_NOUNS.matches_word(w):
            continue
        # the name after «по схеме», «от схемы» (not «по многоступенчатой схеме: … звонили»),
        # before a Kazakh «тәсілі», «тәсілімен»
        after = k > 0 and words[k - 1].text.lower() in ("по", "от")
        # «используют схему с «продлением договора сотовой связи»»: the name after «с»
        with_name = k + 1 < len(words) and words[k + 1].text.lower() in ("с", "со")
        after = after or with_name
        before = w.text.lower().startswith(("тәсіл", "әдіс", "схемасы"))
        for n in range(1, _NAME_WORDS + 1):  # the shortest name that maps to a scheme
            wording = (
                words[k + 1 : k + 1 + n] if after else words[max(0, k - n) : k] if before else []
            )
            if wording and map_scheme(" ".join(x.text for x in wording)) not in ("", "other"):
                return [w.text] + [x.text for x in wording]
    return []


def opened_by_its_scheme(before: list[Word]) -> list[str]:
    """«по» and a scheme's name, then at most two words (a verb), right before a number: «По
    «звонкам из банка» учтено 30 фактов», «по лжеинвестициям — 12»; or a place or way of the
    scheme («на», «в», «через») opening the clause before its subject and verb: «На фейковых
    инвестиционных платформах жители области потеряли 312 млн»; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> opened_by_its_scheme(words("Интернет-мошенничество. По звонкам из банка учтено"))
    ['По', 'звонкам', 'из', 'банка']
    >>> opened_by_its_scheme(words("По сравнению с прошлым годом учтено"))
    []
    >>> opened_by_its_scheme(words("по 30 января в полиции зарегистрировано"))
    []
    >>> opened_by_its_scheme(words("На фейковых инвестиционных платформах жители потеряли"))
    ['На', 'фейковых', 'инвестиционных']
    >>> opened_by_its_scheme(words("В полицию поступило"))
    []
    """
    openers = [k for k in range(len(before)) if before[k].text.lower() in _SCHEME_OPENERS]
    at = openers[-1] if openers else None
    # the word opens its clause (the sentence, or after a comma or dash: more than a space
    # between), not «с января по август», «отметил, что по данным фактам»
    if at is None or (at and before[at].start - before[at - 1].end < 2):
        return []
    if at + 1 < len(before) and before[at + 1].start - before[at].end > 2:
        return []  # «по 30 января»: a number after «по», no name (a quote mark may stand there)
    by = before[at].text.lower() == "по"
    for n in range(1, _NAME_WORDS + 1):  # the shortest name that maps to a scheme
        name, rest = before[at + 1 : at + 1 + n], before[at + 1 + n :]
        # nothing but a verb between the name and the number: not «по интернет-мошенничеству с
        # использованием банковских карт зарегистрировано» (a name longer than the words read)
        # (nor «по фактам мошенничества правоохранители»: a subject is no part of the name);
        # after a place or way, a subject and its verb («жители области потеряли»)
        verb = len(rest) <= 2 and not any(w.pos == "NOUN" for w in rest)
        verb = verb or (not by and 0 < len(rest) <= 4 and rest[-1].pos in ("VERB", "PRTS"))
        verb = verb and not any(is_nominative_noun(w.text) for w in name)
        # a place or way names a scheme by a scheme's word, not an office («В полицию поступило»)
        verb = verb and (by or bool(first_cue(SCHEME_WORDS, name)))
        wording = " ".join(w.text for w in name)
        if len(name) == n and verb and map_scheme(wording) not in ("", "other"):
            return [before[at].text] + [w.text for w in name]
    return []


#: Words that open a clause with the scheme of its number: «по» (by scheme), «на», «в», «через»
#: (where or how the money went).
_SCHEME_OPENERS = frozenset(("по", "на", "в", "через"))


#: How many words a scheme's name next to its way noun may take.
_NAME_WORDS = 4


def scheme_of_a_part(ctx: NumberContext, noun: Word) -> list[str]:
    """The words after a part of a total that name its scheme, else ``[]``.

    After a total, «в 607 случаях преступники представлялись сотрудниками служб безопасности
    банков», «в 1 592 случаях преступники действовали через мессенджеры», «из них 300 —
    звонки от лжесотрудников банков»: a count «in N cases» or a part («из них N») whose clause
    goes on to name a scheme counts that scheme.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("в 1 592 случаях преступники действовали через мессенджеры")
    >>> ctx = NumberContext("1 592", 2, 7, 1592, None, False, before=ws[:1], after=ws[1:],
    ...                     last_count="cases_total")
    >>> scheme_of_a_part(ctx, ws[1])
    ['преступники', 'действовали', 'через', 'мессенджеры']
    """
    if ctx.last_count != "cases_total" or noun not in ctx.after:
        return []
    k = ctx.after.index(noun)
    in_cases = bool(ctx.before) and ctx.before[-1].text.lower() == "в" and noun.lemma == "случай"
    if not (in_cases or ctx.part):
        return []
    wording = []
    for w in ctx.after[k + 1 : k + 13]:
        if CONJUNCTIONS.matches_word(w):
            break  # «29 дистанционных мошенничеств и 4 кражи с банковских карт»: the next item
        wording.append(w)
    scheme = map_scheme(" ".join(w.text for w in wording)) if wording else ""
    return [w.text for w in wording] if scheme not in ("", "other") else []


def _this_way(ctx: NumberContext) -> list[str]:
    """«Общая сумма, похищенная этим способом, составила …»: a pointer to the scheme the text
    just described, earlier in the number's sentence (outside its clause), with the words of
    the sentences before that name it. «Таким образом» counts only inside the amount's own
    clause: set apart by a comma («Таким образом, ущерб составил …») it means «thus»."""
    pointer = way_pointer(ctx.sentence_before)
    if pointer:
        return pointer + scheme_named_in(ctx.story)
    # «Таким образом аферисты похитили … 15 млн»: only with a scheme described before it
    thus = way_pointer(ctx.before, thus=True)
    named = scheme_named_in(ctx.story) if thus else []
    return thus + named if named else []


def scheme_named_in(words: list[Word]) -> list[str]:
    """The first words among ``words`` that name a scheme of the taxonomy (not «other»), or
    ``[]``: what «этим способом», «таким образом» point back to.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> scheme_named_in(words("Злоумышленники предлагали продлить срок действия сим-карты."))
    ['сим-карты']
    >>> scheme_named_in(words("Полицейские провели беседу с пенсионерами."))
    []
    """
    for n in range(1, _NAME_WORDS):  # the shortest wording: «сим-карты», not «срок действия …»
        for k in range(len(words)):
            wording = " ".join(w.text for w in words[k : k + n])
            scheme = map_scheme(wording)
            # «полицейские», «банк» alone are who speaks, not a call in their name
            if scheme == "impersonation_call" and not _IMPERSONATION_RE.search(wording):
                continue
            if scheme not in ("", "other"):
                return [w.text for w in words[k : k + n]]
    return []


def scheme_of_a_clause_after(words: list[Word]) -> list[str]:
    """The scheme a clause opened by «который» or «когда» after a counted noun names: «11
    эпизодов, когда злоумышленники представлялись сотрудниками мобильных операторов», «в семи
    случаях пострадавшие стали жертвами мошенников, которые представлялись сотрудниками
    банков»; a «когда» clause right after the noun that names a way outside the taxonomy
    («14 фактов, когда аферисты подделывали голос родственников») too; else ``[]``. ``words``
    are the words after the noun.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> scheme_of_a_clause_after(words("когда мошенники представлялись сотрудниками банков"))
    ['мошенники', 'представлялись', 'сотрудниками', 'банков']
    >>> scheme_of_a_clause_after(words("которые совершены с использованием банковских карт"))
    []
    """
    for k, w in enumerate(words[:_CLAUSE_REACH]):
        if w.lemma not in ("который", "когда"):
            continue
        clause = words[k + 1 : k + 2]
        for v in words[k + 2 : k + 1 + _CLAUSE_WORDS]:
            if v.start - clause[-1].end > 1:
                break  # a comma ends the clause («…, еще двое совершили покупки»)
            clause.append(v)
        wording = " ".join(v.text for v in clause)
        scheme = map_scheme(wording)
        if scheme == "impersonation_call" and not _IMPERSONATION_RE.search(wording):
            return []  # «которые совершены с использованием банковских карт»: no call
        # up to the next count («…, еще двое совершили покупки»: another count's scheme)
        more = takewhile(lambda v: v.pos != "NUMR" and not v.counted, words[k + 1 + len(clause) :])
        more = " ".join(v.text for v in more)
        if map_scheme(more) not in ("", "other"):
            # «когда злоумышленники представлялись …, предлагали фиктивные инвестиционные
            # проекты …»: the cases of several schemes, a total
            return []
        if scheme not in ("", "other"):
            return [v.text for v in clause]
        if k == 0 and w.lemma == "когда" and any(v.pos == "VERB" for v in clause):
            # «14 фактов, когда аферисты подделывали голос родственников»: the cases of a way
            # the taxonomy has no name for, a part, not the total
            return [w.text, *(v.text for v in clause)]
        return []
    return []


#: How far after a counted noun a clause on its cases may open (past the clause's subject and
#: verb: «случаях пострадавшие стали жертвами мошенников, которые …»).
_CLAUSE_REACH = 6
#: The most words such a clause is read for («когда злоумышленники представлялись сотрудниками
#: мобильных операторов или государственных органов»).
_CLAUSE_WORDS = 10

#: Words that make a bank, the police or a state body the ones a call was made in the name of.
_IMPERSONATION_RE = re.compile(
    r"звон|видом|қоңырау|представ|якобы|лже|безопасн|сим-карт|вишинг|атынан|смс|sms|алло|бед[уе]|дтп|"
    # Kazakh «posing as»: «банк қызметкері болып», «… ретінде таныстырып», «қызметкерімін деп»,
    # «"Ұлттық банк қызметкері" хабарласып» (a staff member who got in touch)
    r"қызметкер\w*[»\"]?\s+(?:болып|ретінде|хабарлас)|таныстыр|[мн][іы]н\s+деп",
    re.I,
)


#: Nouns of a loss whose «от …» may name the scheme that caused it.
_LOSS_NOUNS = frozenset(cues.LOSS_NOUNS)


#: A Kazakh word that ends the wording of what a loss came from: «… арқылы келтірілген
#: залал», «инвестициялардан келген шығын».
_KK_FROM_RE = re.compile(r"^арқылы$|(?:дан|ден|тан|тен|нан|нен)$", re.I)


def _loss_from(before: list) -> list[str]:
    """The words of «ущерб от <scheme>» («<scheme> арқылы келтірілген залал») before the number
    when they name a scheme, else ``[]``: «ущерб от интернет-мошенничества» names none."""
    starts = [k for k in range(len(before) - 1) if before[k].lemma in _LOSS_NOUNS]
    kazakh = [k for k, w in enumerate(before) if w.text.lower().startswith(("залал", "шығын"))]
    wording = []
    if starts and before[starts[-1] + 1].text.lower() == "от":
        for w in before[starts[-1] + 2 :]:
            if part_of_speech(w.text) == "VERB":
                break  # up to «составил»
            wording.append(w.text)
    elif kazakh:
        head = [w.text for w in before[: kazakh[-1]]]
        link = next((j for j in range(len(head) - 1, -1, -1) if _KK_FROM_RE.search(head[j])), None)
        if link is not None:
            wording = head[: link if head[link].lower() == "арқылы" else link + 1]
    scheme = map_scheme(" ".join(wording)) if wording else ""
    return wording if scheme and scheme != "other" else []


#: How many words after a bare count may name the scheme of the cases it counts.
_NAME_AFTER_A_COUNT = 12


def scheme_since_the_count(ctx: NumberContext) -> list[str]:
    """The scheme named between the count before and a bare count carried on from it: «843
    факта, в том числе под видом инвестиций 98»; else ``[]``."""
    if not ctx.previous.startswith("cases"):
        return []
    k = len(ctx.before)
    while k > 1 and ctx.before[k - 1].start - ctx.before[k - 2].end <= 2:
        k -= 1  # back over words with only a space or a comma between, not over a number
    return scheme_named_in(ctx.before[k - 1 :]) if k else []


def scheme_after_a_bare_count(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """A bare count of the cases named before it whose own words after it name a scheme: «Из
    843 фактов 340 совершены путем звонков от имени сотрудников банков»; else None."""
    scheme = scheme_named_in(ctx.own_after[:_NAME_AFTER_A_COUNT])
    return ("cases_scheme", scheme) if scheme else None

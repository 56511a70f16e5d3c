"""Read every number of a press text: value, qualifier, currency, role, cue words, proposal.

:func:`read_numbers` returns one row per number; :func:`proposals` picks the aggregate
case counts and damage amounts that become proposed records (see
:func:`fraud_research.text.extract_figures`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import cues
from .amounts import (
    HALF_SCALE,
    qualifier_of,
    read_after,
    scan_number,
    word_number,
)
from .answers import question_answered
from .bound_words import prefix_qualifier
from .breakdown import losses_in_brackets, scheme_breakdowns
from .candidates import classify, number_words_end
from .change_pair import change_end, is_change_pair
from .change_size import change_size
from .context import NumberContext
from .corrections import denied_figure
from .counted import PART_ROLES, decide, item_of_parts
from .country import amount_currency, currency_written_last, currency_written_once
from .document import Document
from .forms import is_list_marker, list_marker
from .item_labels import heads_the_list, label_of
from .lemmas import detect_language, words
from .matchers import CHANGE, QUANTITY_AFTER
from .part_marks import is_part, is_whole
from .period_text import names_statistics_period, periods_of, year_so_far_of_the_lead
from .place_text import places_compared_with, places_of
from .plain_text import plain_text
from .quantity_subject import change_subject, quantity_of, what_a_change_became
from .ranges import range_qualifier, share_pair_scale
from .read_number import ReadNumber, word_reading
from .restated import clause_of, restatements, restating_bracket_end
from .role_names import AGGREGATE_ROLES, CARRIED_ROLES, CASE_ROLES, MONEY_ROLES, ROLE_LABELS
from .same_part_earlier import same_part_a_year_earlier, same_period_of_the_year_before
from .schemes import map_scheme
from .scopes import decide_scope
from .series import cite_earlier_cues, losses_of_each, series_of, share_roles
from .share_values import value_of_a_share
from .tables import take_the_unit_of_its_cell
from .text_memory import (
    WINDOW,
    next_sentence_words,
    sentence_words,
    speaks_of_fraud,
    speaks_of_offence,
    story_words,
    tells_of_an_arrest,
    topic,
)
from .word_numbers import (
    bare_word_number,
)
from .year_earlier import year_earlier_of


def walk_numbers(text: str, *, wordings_path: str | None = None):
    """Read every number of ``text`` with its structural reading and its role.

    Returns the prepared document and a list of :class:`ReadNumber` in text order.

    Examples
    --------
    >>> _, numbers = walk_numbers("Зарегистрировано 843 факта, задержаны 2 человека.")
    >>> [(n.value, n.role) for n in numbers]
    [(843, 'cases_total'), (2, 'suspects')]
    """
    doc = Document(text)
    language = detect_language(text[:2000])
    state = _WalkState()
    out: list[ReadNumber] = []
    i = 0
    while i < len(doc.toks):
        tok = doc.toks[i]
        if tok.kind == "phone":  # shown as a phone number, not dropped: nothing else reads it
            out.append(word_reading(doc, tok.start, tok.start, tok.end, None, "exact", "phone"))
        if tok.kind == "date":  # «27.01.2021», «в 14:00»: a date by its day, a time by its hour
            day = int(re.match(r"\d+", tok.text).group())
            out.append(word_reading(doc, tok.start, tok.start, tok.end, day, "exact", "date"))
        if tok.kind not in ("num", "word"):
            i += 1
            continue
        number, i_next = _read_one(doc, i, state, language, wordings_path)
        if number is not None:
            out.append(number)
            while i_next < len(doc.toks) and doc.toks[i_next].start < number.end:
                i_next += 1  # «2/3» is one share: its «3» is not read again
        i = max(i_next, i + 1)
    _share_series_roles(doc, out, state)
    scheme_breakdowns(out)
    losses_in_brackets(doc.text, out)
    restatements(doc.text, out)
    cite_earlier_cues(doc.text, out)
    return doc, out


def _share_series_roles(doc, numbers: list[ReadNumber], state) -> None:
    """Numbers of a series («78, 84 и 90 лет») count what its last number counts."""
    spans = [(n.number_start, n.end) for n in numbers]
    for first, last in series_of(doc.text, spans):
        head = numbers[first]
        ws, starts = sentence_words(doc, head.sentence, state)
        before = ws[: bisect_left(starts, head.number_start)]
        if before and head.number_start - before[-1].end > 3:
            before = []  # the series is no attribute of a noun before it
        share_roles(numbers[first : last + 1], before)
        earlier = [n for n in numbers[:first] if n.sentence == head.sentence]
        losses_of_each(numbers[first : last + 1], earlier)


@dataclass
class _WalkState:
    last_in_sentence: dict = field(default_factory=dict)
    last_number_end: dict = field(default_factory=dict)
    last_role: dict = field(default_factory=dict)
    words: dict = field(default_factory=dict)
    letters: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)
    item: tuple = (-1, "")  # the sentence index and role of the last list item read
    parts_of: tuple = (None, "")  # the sentence and whole's role of a list of parts («из них»)
    last_count: str = ""  # the role of the last count read (for a part: «из них N»)
    last_money: str = ""  # the role of the last amount of money read (a list goes on)
    damage_told: bool = False  # whether a damage total was read (its parts may follow)
    last_scope: str = ""  # the scope of the last aggregate read (a part or a restatement of it)
    currency_of: dict = field(default_factory=dict)  # the first currency read in each sentence
    text_kinds: frozenset | None = None  # the sentence kinds of the whole text (read once)
    offence_text: bool | None = None  # whether any word of the text speaks of an offence
    arrest_text: list | None = None  # the arrest word of a text that tells of one, no statistics


_LETTER = re.compile(r"[^\W\d_]")


def _has_letters(doc, sent, state) -> bool:
    """Whether a sentence holds any letter (a run of bare numbers has no words to read)."""
    if sent not in state.letters:
        if len(state.letters) > 8:  # numbers come in text order: keep the recent ones
            state.letters.pop(next(iter(state.letters)))
        state.letters[sent] = _LETTER.search(doc.text, sent[0], sent[1]) is not None
    return state.letters[sent]


#: «ещё миллион»: one more of a scale, an amount as «миллион рублей» is («перевела через
#: банкомат еще миллион на счета злоумышленников»).
_ANOTHER = frozenset(("еще", "ещё"))
_ONE_SCALE = frozenset(("миллион", "миллиард", "тысячу"))


def _plain_value(found) -> int | float | None:
    """The value of a number read: an int, a float for «9,5», None for a vague one («десятки
    миллионов») or one beyond any count or amount (a run of digits)."""
    value = found.value
    if found.vague or value.adjusted() > 18:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _read_one(doc, i, state, language, wordings_path):
    """Read the number at token ``i``: its value, qualifier, currency, reading and role."""
    text, toks, tok = doc.text, doc.toks, doc.toks[i]
    found = scan_number(toks, i, text)
    if found is None:
        return _read_bare_word(doc, i, state, language)
    before_q, before_len = prefix_qualifier(text[max(0, tok.start - 40) : tok.start])
    read_after(found, toks, text)
    share_pair_scale(found, toks, text)  # «с 203 до 195 млрд рублей»: 203 billion roubles
    take_the_unit_of_its_cell(found, doc.tables, text, tok.start)  # «Ущерб, млн тенге\t1 100»
    before_q = before_q or range_qualifier(text, toks, i, found)  # «50–100 тысяч»: at most
    if found.groups == 1 and tok.kind == "word" and word_number(tok.text) is None:
        # a bare scale word counts after a qualifier («около тысячи»), before a currency, or
        # vaguely («десятки тысяч человек»: read with no value, for its role)
        another = i > 0 and toks[i - 1].text.lower() in _ANOTHER and tok.text.lower() in _ONE_SCALE
        if not (
            HALF_SCALE.fullmatch(tok.text) or before_q or found.currency or found.vague or another
        ):
            return None, i + 1
    currency = amount_currency(found, toks, i, text)
    end_tok = found.after_end or found.currency_end or found.i1
    start, end = tok.start, toks[end_tok - 1].end
    sent = doc.sentence_of(start)
    earlier = state.currency_of.get(sent)
    # (or the text's last: «… 287 млн тенге. На «звонки из банка» пришлось 186 фактов и 118 млн»)
    told = earlier or next((c for c in reversed(state.currency_of.values()) if c), None)
    currency = currency or currency_written_once(text, start, end, found.scaled, told)
    # «300 тысяч, 200 тысяч и 150 тысяч тенге»: the currency printed after the last sum
    currency = currency or (currency_written_last(toks, end_tok, text) if found.scaled else None)
    state.currency_of[sent] = earlier or currency
    item = None
    if currency or _has_letters(doc, sent, state):  # a sentence of digits only has no reading
        item = classify(
            found, doc, i, sent, currency, before_q, state.last_in_sentence,
            state.last_number_end, wordings_path,
        )  # fmt: skip
    if not is_list_marker(text[start:end], text[max(0, start - 12) : start], text[end : end + 3]):
        state.last_number_end[sent] = toks[found.i1 - 1].end  # not «1)»: its item's label follows
    value = _plain_value(found)
    metric, scheme_text, scheme = item if item else ("", "", "")
    row = {
        "metric": metric,
        "value": value,
        "qualifier": qualifier_of(found, before_q),
        "currency": currency or "",
        "scheme": scheme,
        "scheme_text": scheme_text,
        "period_text": "",
        "year_earlier": False,
        "place_text": "",
        "start": start - (before_len if before_q else 0),
        "end": end,
        "sentence": doc.sentence(sent),
    }
    number = ReadNumber(
        start, row["start"], end, value, row["qualifier"], row["currency"], sent, row
    )
    _assign_role(doc, number, found.i1, found.scaled, metric, state)
    value_of_a_share(doc.text, number)
    if item:
        state.last_in_sentence[sent] = row
        # the figure before as finally read: a bare number after it takes its role only if it
        # is still a count (not a rate or another crime's count)
        state.last_in_sentence["last"] = {**row, "role": number.role}
    return number, found.i1


#: How many words on each side of a number the role rules read.
def _read_label(doc, number: ReadNumber, ctx: NumberContext, state) -> None:
    """The label, list header and previous list item of a number that is an item."""
    kind, a, b = label_of(doc, number.sentence, number.number_start, number.end)
    if not kind:
        return
    ws, starts = sentence_words(doc, number.sentence, state)
    ctx.label_kind, ctx.label = kind, ws[bisect_left(starts, a) : bisect_left(starts, b)]
    k = bisect_left(doc.sentence_starts, number.sentence[0])
    if state.item[1] and state.item[0] in (k - 1, k):
        ctx.item_role = state.item[1]
    cell = doc.tables.cell_at(number.number_start)
    if cell is not None:  # a table's cell: its title and heads (the head of its column last)
        ctx.header, ctx.in_table = [w for s in cell.heads for w in words(doc.text, *s)], True
    elif k > 0 and heads_the_list(doc, doc.sentences[k - 1], number.sentence):
        ctx.header = sentence_words(doc, doc.sentences[k - 1], state)[0]
    else:  # «Интернет-алаяқтық деректері: 2023 жылы – 612, …»: the header before a colon
        cut = doc.text.rfind(":", number.sentence[0], a)
        paren = doc.text.rfind("(", number.sentence[0], a)
        if kind == "dated" and paren > cut and ")" not in doc.text[paren:a]:
            cut = paren  # «Динамика регистрации дел … (2017 г. - 74, …)»: before the bracket
        ctx.header = ws[: bisect_left(starts, cut)] if cut >= 0 else []


_DIGIT_RE = re.compile(r"\d")
_CLAUSE_BREAK_RE = re.compile(r"[,;]")

#: A dash right before a number: the only label a line of no words can have («2016 — 2471»).
_DATED_ITEM_RE = re.compile(r"[-–—]\s*$")

#: An article of a code labelling the count after it: «по ст.273 УК РФ – 1», «190-бап – 57».
_ARTICLE_LABEL_RE = re.compile(
    r"(?:стать\w*|ст\.)\s*\d+(?:\.\d+)*(?:\s+(?:УК|ҚК)(?:\s+[А-Я]{2})?)?\s*[-–—:]\s*$"
    r"|\d+(?:\.\d+)*\s*-?\s*ба[пб]\w*\s*[-–—:]\s*$",
    re.I,
)

#: Roles whose reading depends on the crime the text speaks of (see :func:`crime_topic`).


def _read_part_and_change(doc, number, ctx: NumberContext, state, s0: int) -> None:
    """Whether a number opens a part («из них N») or ends a change, and what changed."""
    tail = doc.clause_tail(s0, number.number_start)
    ctx.part = is_part(tail, doc.text[number.number_start : number.end + 4])
    # the genitive may end the amount itself: «3,4 млрд теңгенің 1,9 млрд теңгесі өтелді»
    last_word = doc.text.rfind(" ", number.number_start, number.end)
    ctx.whole = is_whole(doc.text[number.end : number.sentence[1]][:80]) or (
        last_word > 0 and is_whole(doc.text[last_word : number.sentence[1]][:80])
    )
    own_end = restating_bracket_end(doc.text, number.end) or number.end  # «N фактов (40%)»
    digit = _DIGIT_RE.search(doc.text, own_end, number.sentence[1])
    ctx.own_after = [w for w in ctx.after if digit is None or w.end <= digit.start()]
    clause_break = _CLAUSE_BREAK_RE.search(doc.text, own_end, digit.start()) if digit else None
    ctx.break_after = clause_break.start() if clause_break else -1
    ctx.list_colon = doc.text.find(":", own_end, digit.start()) if digit is not None else -1
    article = _ARTICLE_LABEL_RE.search(
        doc.text, max(s0, number.number_start - 40), number.number_start
    )
    ctx.article = article.group(0).rstrip(" -–—:") if article else ""
    ctx.following = next_sentence_words(doc, number.sentence, state)
    ctx.change = is_change_pair(doc, number.sentence, number.number_start, number.end)
    if ctx.change and number.currency:
        ctx.change_end = change_end(doc.text, number.sentence, number.number_start, number.end)
    # «общее число мошенничеств - на 7,1%, до 382,3 тыс. за январь-ноябрь»: the count reached
    reached = (
        bool(ctx.before) and ctx.before[-1].lemma == "до" and CHANGE.first(ctx.sentence_before)
    )
    # Kazakh names the quantity right before its number: «… тұрғындардың саны 692 болды»
    kazakh = bool(ctx.before) and QUANTITY_AFTER.matches_word(ctx.before[-1])
    became = what_a_change_became(ctx)  # «… фактілері 12 пайызға азайып, 538 болды»
    if ctx.change or not ctx.after or reached or kazakh or became:  # «количество … составило N»
        ctx.quantity = quantity_of(doc.text, ctx)
    if (ctx.change or became) and not ctx.quantity:  # «интернет-алаяқтық 5%-ға (A-ден B-ке дейін)»
        ctx.quantity = change_subject([w for w in ctx.sentence if w.end <= number.number_start])
    if ctx.change and not ctx.quantity:
        # «Число интернет-мошенничеств выросло в 40 раз. В частности, с 517 до 20,5 тысячи»:
        # the change the sentence before told of
        ctx.quantity = change_subject(ctx.story) if CHANGE.first(ctx.story) else []


def _whole_of_the_item(number: ReadNumber, ctx: NumberContext, state) -> str:
    """The role of the count whose parts a list item is («раскрыто 46 преступлений, в том
    числе: два грабежа, …, пять мошенничеств»), or "". A verb of its own before the number
    («…, а зарегистрировано 120») ends the list."""
    if number.currency or state.parts_of[0] != number.sentence:
        return ""
    if any(w.pos in ("VERB", "PRTS") for w in ctx.before):
        state.parts_of = (None, "")
        return ""
    return state.parts_of[1]


def _opens_parts(doc, number: ReadNumber) -> bool:
    """Whether a count of solved cases, suspects, victims … is followed by «в том числе» or «из
    них» in its sentence (its parts are listed after it)."""
    if number.currency or number.role not in PART_ROLES:
        return False
    tail = doc.text[number.end : min(number.end + _PARTS_REACH, number.sentence[1])]
    return _SUBSET_AFTER_RE.match(tail) is not None


#: How far after a count «в том числе» may come («раскрыто 46 преступлений, в том числе:»).
_PARTS_REACH = 40
_SUBSET_AFTER_RE = re.compile(
    r"[^.;:\d]{0,30}?(?:"
    + "|".join(w.replace(" ", r"\s+") for w in cues.SUBSET_WORDS if " " in w)
    + r")\b"
)


def _context(doc, number: ReadNumber, i1: int, scaled: bool, metric: str, state):
    """The :class:`NumberContext` of a number (its clause, sentence, story and what was read
    before) and the words of its sentence."""
    s0 = number.sentence[0]
    ws, starts = sentence_words(doc, number.sentence, state)
    k0 = bisect_left(starts, number.number_start)
    k1 = bisect_left(starts, number.end)
    before, after = [], []
    if ws:  # a sentence without words (a run of bare numbers) has no clause to read
        clause0, clause1 = clause_of(doc, number.sentence, number.number_start, number.end)
        after = [w for w in ws[k1 : k1 + WINDOW] if w.end <= clause1]
        if not after and doc.text[clause0 - 1 : number.number_start].strip() == ":":
            # «Зарегистрировано фактов мошенничества: 843»: a bare value reads its label
            clause0 = doc.clause_start(s0, clause0 - 1)
        before = [w for w in ws[max(0, k0 - WINDOW) : k0] if w.start >= clause0]
    text = doc.text
    previous = state.last_role.get(number.sentence, "")
    ctx = NumberContext(
        raw=text[number.number_start : doc.toks[i1 - 1].end],
        start=number.number_start,
        end=number.end,
        value=number.value,
        currency=number.currency or None,
        scaled=scaled,
        before=before,
        after=after,
        sentence=ws[max(0, k0 - WINDOW) : k1 + WINDOW],
        char_before=text[max(0, number.number_start - 12) : number.number_start],
        char_after=text[number.end : number.end + 12],
        hint=metric,
        scheme=number.row["scheme"] or number.row["scheme_text"],
        previous=previous,
        story=story_words(doc, number.sentence, state) if ws or number.currency else [],
        topic=topic(doc, number.sentence, state) if ws or previous in CASE_ROLES else "",
        qualifier=number.qualifier,
    )
    return ctx, ws


def _assign_role(doc, number: ReadNumber, i1: int, scaled: bool, metric: str, state) -> None:
    """Set the role and cues of a number from the words of its clause and sentence."""
    s0 = number.sentence[0]
    ctx, ws = _context(doc, number, i1, scaled, metric, state)
    asked = question_answered(doc, number.sentence)  # «– Сколько …? – 2 114.»
    ctx.question = sentence_words(doc, asked, state)[0] if asked else []
    if (
        ws
        or _DATED_ITEM_RE.search(doc.text, max(s0, number.number_start - 12), number.number_start)
        or doc.tables.cell_at(number.number_start) is not None
    ):
        # also «2016 — 2471,» and a table's row «2023 | 498 | 612»: lines of no words
        _read_label(doc, number, ctx, state)
    # what was read before: the last count and amount, and whether a damage total was told
    ctx.last_count, ctx.last_money = state.last_count, state.last_money
    ctx.damage_told = state.damage_told
    if ws:  # a sentence of bare numbers has no parts or changes
        _read_part_and_change(doc, number, ctx, state, s0)
    _read_what_the_text_tells(doc, number, ctx, state, has_words=bool(ws))
    number.role, cue_words = decide(ctx)
    # «не 1 200, как сообщалось ранее, а 1 020»: set aside, though what it would have counted is
    # what the right figure after it counts («Верная цифра — 1 780»)
    denied = denied_figure(ctx)
    counted_as = number.role
    if denied:
        number.role, cue_words = "other", denied
    whole = _whole_of_the_item(number, ctx, state)
    if whole:
        number.role, cue_words = item_of_parts(ctx, number.role, cue_words, whole)
    if ctx.label_kind in ("dash", "bracket") or (
        not number.currency and number.role in CARRIED_ROLES
    ):
        # a count told in words is what the next item counts too («Тараз қаласында 603 факт
        # тіркелсе, Шу ауданында – 87»), not an item of a list before it
        state.item = (bisect_left(doc.sentence_starts, s0), number.role)
    number.cues = tuple(dict.fromkeys(cue_words))
    if number.role in AGGREGATE_ROLES:
        number.scope = decide_scope(ctx, last_scope=state.last_scope)
        state.last_scope = number.scope
    _remember(doc, number, ctx, state)
    if denied:
        setattr(state, "last_money" if number.currency else "last_count", counted_as)


def _read_what_the_text_tells(
    doc, number: ReadNumber, ctx: NumberContext, state, *, has_words: bool
) -> None:
    """What the text around a number tells that its role depends on: for an amount, whether
    the text speaks of fraud or an offence, where the sentence before starts, whether its
    sentence names a statistics period, and an arrest the text tells of; for a count with words
    around it, the arrest only («По этим фактам … 44 уголовных дела»)."""
    if number.currency and ctx.topic == "crime":
        ctx.fraud_text = speaks_of_fraud(doc, state)
    if number.currency:
        k = bisect_left(doc.sentence_starts, number.sentence[0])
        ctx.told_last = doc.sentence_starts[k - 1] if k else -1
        ctx.offence_text = speaks_of_offence(doc, state)
        ctx.statistics_period = names_statistics_period(
            doc.text, number.sentence[0], number.number_start
        )
        ctx.arrest_text = tells_of_an_arrest(doc, state)
    elif has_words:
        ctx.arrest_text = tells_of_an_arrest(doc, state)


def _remember(doc, number: ReadNumber, ctx: NumberContext, state) -> None:
    """Keep what later numbers read by: the last role, count and amount, a damage total told."""
    state.damage_told |= number.role == "damage_total"
    # dates, shares and the size of a change («на 705 меньше») leave the count before as the
    # one a later bare number («(2 915)») refers to
    # (a list item's number too); so does the base of a rate («на 100 тыс. населения»)
    if number.role not in ("date", "percent", "age", "article", "phone", "population") and not (
        number.role == "other" and (change_size(ctx) or list_marker(ctx))
    ):
        state.last_role = {number.sentence: number.role}
        if _opens_parts(doc, number):
            state.parts_of = (number.sentence, number.role)
        # the last count («из них N» is a part of it) or the last amount (a list of losses)
        # (money read without its currency, «пришлось 1,87 млрд», is money too)
        money = number.currency or number.role in MONEY_ROLES
        setattr(state, "last_money" if money else "last_count", number.role)


def _read_bare_word(doc, i: int, state, language: str) -> tuple[ReadNumber | None, int]:
    """A number word with no scale word after it, and the token to read next."""
    number, role_from = bare_word_number(doc, i, language)
    if role_from >= 0:
        _assign_role(doc, number, role_from, False, "", state)
    toks = doc.toks
    i_next = number_words_end(toks, i) if toks[i].kind == "word" else i + 1
    while number is not None and i_next < len(toks) and toks[i_next].start < number.end:
        i_next += 1  # «две трети» is one share: «трети» is not read again
    return number, i_next


def proposals(numbers: list[ReadNumber], *, wordings_path: str | None = None) -> list[ReadNumber]:
    """The numbers that become proposed records (aggregate cases and damage), rows filled.

    An amount of money whose currency is not printed takes the currency of the amount before it.
    A number read as one scheme's figure keeps the words that decided it as its scheme
    wording, so that it is never taken for a total («в 607 случаях мошенники представлялись
    сотрудниками банков»).

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
        elif n.role in MONEY_ROLES:
            # «приостановить переводы на 4,9 млрд тенге и вернуть клиентам 1,7 млрд»
            n.currency = last_currency
        if n.role not in AGGREGATE_ROLES or not isinstance(n.value, int):
            continue
        metric = "cases" if n.role.startswith("cases") else "damage"
        n.row.update(metric=metric, value=n.value)
        n.row["currency"] = (n.currency or last_currency) if metric == "damage" else ""
        if n.role.endswith("_scheme") and not (n.row["scheme"] or n.row["scheme_text"]):
            wording = " ".join(n.cues)
            n.row["scheme_text"] = wording
            n.row["scheme"] = map_scheme(wording, wordings_path=wordings_path) if wording else ""
        elif n.role.endswith("_total") and (n.row["scheme"] or n.row["scheme_text"]):
            # an item of a scheme list («покупке товаров через интернет – 412»): filed as the
            # scheme's, so it is shown as the scheme's
            n.role = f"{metric}_scheme"
        out.append(n)
    return out


def locate_figures(doc, rows: list[dict], spans: list[tuple[int, int, int, int]]) -> None:
    """Set the period phrase, the year-earlier mark and the district or town of each figure.

    ``rows`` are the proposed rows (filled in place), ``spans`` their ``(start, end,
    sentence_start, sentence_end)``.
    """
    periods, earlier_marks = same_period_of_the_year_before(
        spans,
        *same_part_a_year_earlier(
            spans, periods_of(doc, spans), year_earlier_of(doc, spans), text=doc.text
        ),
        text=doc.text,
    )
    periods = year_so_far_of_the_lead(doc, spans, periods)
    places = places_compared_with(doc, spans, places_of(doc, spans), earlier_marks)
    for row, period, earlier, place in zip(rows, periods, earlier_marks, places, strict=True):
        row["period_text"] = period
        row["year_earlier"] = earlier
        row["place_text"] = place


#: Columns of :func:`read_numbers`.
READ_COLUMNS = (
    "value", "currency", "qualifier", "role", "scope", "cues", "proposed", "metric", "scheme",
    "scheme_text", "period_text", "year_earlier", "place_text", "start", "end", "sentence",
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
        ``role`` (one of :data:`ROLES`), ``scope`` (for aggregate roles:
        ``internet_fraud``, ``cybercrime``, ``all_fraud`` or ``unknown``), ``cues`` (the words that decided it, joined by
        ``"; "``), ``proposed`` (True for aggregate cases and damage, the rows
        :func:`extract_figures` returns), ``metric`` (``cases``/``damage`` when proposed),
        ``scheme``, ``scheme_text``, ``period_text``, ``year_earlier`` and ``place_text``
        (proposed rows, see :func:`extract_figures`), ``start``, ``end`` and ``sentence``.

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
    plain = plain_text(text)  # as a reader sees it: no soft hyphens, one space for a run
    doc, numbers = walk_numbers(plain.text, wordings_path=wordings_path)
    chosen = proposals(numbers, wordings_path=wordings_path)
    spans = [(n.number_start, n.end, *n.sentence) for n in chosen]
    locate_figures(doc, [n.row for n in chosen], spans)
    proposed = {id(n) for n in chosen}
    # one quote per sentence, shared by its numbers: a sentence of many numbers is sliced once
    quotes = {span: plain.quote(*span) for span in {n.sentence for n in numbers}}
    rows = [
        {
            "value": n.value,
            "currency": n.currency,
            "qualifier": n.qualifier,
            "role": n.role,
            "scope": n.scope,
            "cues": "; ".join(n.cues),
            "proposed": id(n) in proposed,
            "metric": n.row["metric"] if id(n) in proposed else "",
            "scheme": n.row["scheme"],
            "scheme_text": n.row["scheme_text"],
            "period_text": n.row["period_text"],
            "year_earlier": n.row["year_earlier"],
            "place_text": n.row["place_text"],
            "start": n.row["start"],
            "end": n.end,
            "sentence": quotes[n.sentence],  # as published, a Latin-script one too
        }
        for n in numbers
    ]
    frame = pd.DataFrame(rows, columns=list(READ_COLUMNS))
    frame["start"], frame["end"] = plain.spans(frame["start"], frame["end"])
    return frame.astype({"proposed": bool, "start": "int64", "end": "int64"})


def review_numbers(text: str, *, wordings_path: str | None = None):
    """Every number of a text, grouped by role for a reviewer: proposals first, then the rest.

    Parameters
    ----------
    text : str
        Russian or Kazakh prose.
    wordings_path : str, optional
        Scheme wordings CSV used by :func:`map_scheme`.

    Returns
    -------
    DataFrame
        The columns of :func:`read_numbers` and ``status``: ``"proposed"`` or
        ``"not proposed: <role>"`` (e.g. ``"not proposed: single-case loss"``), ordered by
        proposed first, then by role (in the order of :data:`ROLES`), then by position.
        ``frame.to_json(orient="records", force_ascii=False)`` gives the ``--json`` form.

    Examples
    --------
    >>> text = ("Пенсионерка перевела мошенникам 3 млн тенге. С начала года "
    ...         "зарегистрировано 843 факта интернет-мошенничества.")
    >>> review_numbers(text)[["value", "status", "cues"]].values.tolist()
    [[843, 'proposed', 'факта; зарегистрировано'], [3000000, 'not proposed: single-case loss', 'Пенсионерка; перевела']]
    """
    frame = read_numbers(text, wordings_path=wordings_path)
    order = {role: k for k, role in enumerate(ROLE_LABELS)}
    status = [
        "proposed" if proposed else f"not proposed: {ROLE_LABELS[role]}"
        for role, proposed in zip(frame["role"], frame["proposed"], strict=True)
    ]
    frame = frame.assign(status=status, _rank=frame["role"].map(order))
    frame = frame.sort_values(["proposed", "_rank", "start"], ascending=[False, True, True])
    return frame.drop(columns="_rank").reset_index(drop=True)

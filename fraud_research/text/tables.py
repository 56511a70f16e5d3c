"""Tables pasted into a press text: what a cell's row and column say of the number in it.

A table copied from a page arrives as lines whose cells are parted by tabs (what a browser
copies from an HTML table) or by «|» (Markdown); one copied from a PDF, by runs of spaces
(:func:`spaced_table_edits` parts its cells by tabs)::

    Показатель              2024 год    2025 год
    Зарегистрировано фактов 702         655

Read as prose, «702» would take the last period before it («2025 год») and, in a table of years
by rows, no noun at all. A reader takes what a cell counts from the first cell of its row and
the head of its column (the table's first line), its period from whichever of the two is a
period, and its unit from whichever names one («Ущерб, млн тенге»). Cells are matched to the
heads from the right, as a head often leaves the column of the rows' labels empty.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .amounts import scale_of
from .currency_words import currency_of

__all__ = [
    "Cell",
    "Tables",
    "is_table_row",
    "spaced_table_edits",
    "tables_of",
    "take_the_unit_of_its_cell",
    "unit_of_cell",
]

#: What parts the cells of a row: a tab, or «|» with the spaces beside it.
_CELL_BREAK_RE = re.compile(r"[ ]*\t[ \t]*|[ ]*\|[ ]*")
#: Two or more spaces between cells: a table copied from a PDF, its columns aligned.
_SPACED_BREAK_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
#: A cell of a number only (digits and their group spaces, a decimal part, a sign, a percent)
#: or of a dash for none: what the rows of a table aligned by spaces hold after their label.
_NUMBER_CELL_RE = re.compile(r"[+\-−–]?\d[\d ]*(?:[.,]\d+)? ?%?|[—–-]")
#: The most words a head's cell of a table aligned by spaces may take («2025 год», «9 мес. 2025»).
_HEAD_CELL_WORDS = 3


class Cell(NamedTuple):
    """A cell below a table's head: where its row's label and its column's head are."""

    start: int
    end: int
    row_label: tuple[int, int]  # the span of the first cell of the row
    head: tuple[int, int]  # the span of the head of the column
    # the span of the line right above the table's head: its title, what the table counts
    # («Интернет-мошенничество по видам (фактов):»), empty when none
    title: tuple[int, int] = (0, 0)
    # the span of the head over the rows' labels («Аудан / қала», «Способ»), empty when none
    corner: tuple[int, int] = (0, 0)

    @property
    def heads(self) -> tuple[tuple[int, int], ...]:
        """What says what the cell counts, in reading order: the table's title, the head over
        the rows' labels, the head of its column."""
        return (self.title, self.corner, self.head)


class Tables:
    """The cells of the tables of a text, looked up by position (bisection)."""

    def __init__(self, cells: list[Cell]):
        self.cells = cells
        self._starts = [c.start for c in cells]

    def cell_at(self, pos: int) -> Cell | None:
        """The cell below a head that holds ``pos`` and is not its row's label, or None.

        Examples
        --------
        >>> text = "Показатель | 2024 | 2025\\nРаскрыто | 190 | 214\\nВсего 5 случаев."
        >>> cell = tables_of(text).cell_at(text.index("214"))
        >>> text[slice(*cell.head)], text[slice(*cell.row_label)]
        ('2025', 'Раскрыто')
        >>> tables_of(text).cell_at(text.index("5 сл")) is None
        True
        """
        k = bisect_right(self._starts, pos) - 1
        if k < 0 or pos >= self.cells[k].end or self.cells[k].row_label[0] == self.cells[k].start:
            return None
        return self.cells[k]


def is_table_row(line: str) -> bool:
    """Whether a line may be a row of a table: cells parted by a tab or by «|».

    Examples
    --------
    >>> is_table_row("Раскрыто\\t190\\t214"), is_table_row("| Раскрыто | 190 |")
    (True, True)
    >>> is_table_row("В 2025 году | по данным ДП")
    False
    """
    return "\t" in line.strip() or line.count("|") >= 2


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the non-empty cells of the line ``text[start:end]``, stripped."""
    spans, at = [], start
    for brk in _CELL_BREAK_RE.finditer(text, start, end):
        spans.append((at, brk.start()))
        at = brk.end()
    spans.append((at, end))
    out = []
    for a, b in spans:
        cell = text[a:b]
        if cell.strip():
            a += len(cell) - len(cell.lstrip())
            out.append((a, a + len(cell.strip())))
    return out


def tables_of(text: str) -> Tables:
    """The cells of the tables in ``text``: two or more lines in a row whose cells are parted
    by tabs or «|»; the first line heads the columns (a Markdown rule line «|---|» is skipped).

    Examples
    --------
    >>> text = "Год\\tЗарегистрировано\\tРаскрыто\\n2024 г.\\t702\\t190"
    >>> [(text[c.start : c.end], text[slice(*c.head)]) for c in tables_of(text).cells]
    [('2024 г.', 'Год'), ('702', 'Зарегистрировано'), ('190', 'Раскрыто')]
    >>> text = "По видам (фактов):\\nВид\\t2025\\nИнвестиции\\t164"
    >>> text[slice(*tables_of(text).cell_at(text.index("164")).title)]
    'По видам (фактов):'
    """
    if "\t" not in text and "|" not in text:
        return Tables([])
    cells: list[Cell] = []
    head: list[tuple[int, int]] = []
    title = line_before = (0, 0)
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        row = _cells(text, at, end) if is_table_row(line) else []
        at, line_before, this_line = (
            end + 1,
            (at, end) if line.strip() else line_before,
            line_before,
        )
        if len(row) < 2:
            head = []
            continue
        if all(set(text[a:b]) <= set("-:— ") for a, b in row):
            continue  # «|---|---|»: Markdown's rule under the head
        if not head:
            head, title = row, this_line
            if not _holds_counts(text, row):
                continue
            # «Звонки от имени банков\t612\t(2024 г. – 701)» under its title: no head, a row
            head = [(row[0][0], row[0][0])] * len(row)
        corner = head[0] if len(head) == len(row) else (0, 0)
        for k, (a, b) in enumerate(row):
            j = len(head) - len(row) + k  # aligned from the right
            if 0 <= j < len(head):
                cells.append(Cell(a, b, row[0], head[j], title, corner))
    return Tables(cells)


def _holds_counts(text: str, row: list[tuple[int, int]]) -> bool:
    """Whether a table's first row is a row of data, not its head: a cell after the first is a
    number and no year («612»; not «2024», «9 мес. 2025»)."""
    cells = (text[a:b] for a, b in row[1:])
    return any(_NUMBER_CELL_RE.fullmatch(c) and not _YEAR_RE.fullmatch(c) for c in cells)


#: A year alone in a head's cell.
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def spaced_table_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits (``(start, end, "\\t")``) that part by tabs the cells of each table whose columns
    are aligned by runs of spaces, as a PDF's are when copied: a head of short cells, then rows
    of a label and numbers only. Prose keeps its spaces, however many («Ущерб – 1 100 млн.
    Раскрыто 190.»), and so does a line of numbers with no head above it.

    Examples
    --------
    >>> text = "Показатель     2024    2025\\nУщерб, млн тенге     1 100    1 240\\nВсего  5 случаев."
    >>> [text[a:b] for a, b, _ in spaced_table_edits(text)]
    ['     ', '    ', '     ', '    ']
    >>> spaced_table_edits("Ущерб составил 1 100 млн.  Раскрыто 190.\\nНа 12%  больше.")
    []
    """
    if "  " not in text:
        return []
    edits: list[tuple[int, int, str]] = []
    head: list[tuple[int, int, str]] | None = None  # the breaks of the head, until a row follows
    in_table, at = False, 0
    for line in text.split("\n"):
        breaks = list(_SPACED_BREAK_RE.finditer(text, at, at + len(line)))
        cells = [c.strip() for c in _SPACED_BREAK_RE.split(line.strip())]
        at += len(line) + 1
        row = [(b.start(), b.end(), "\t") for b in breaks]
        if (
            breaks
            and (head is not None or in_table)
            and all(map(_NUMBER_CELL_RE.fullmatch, cells[1:]))
        ):
            edits += (head or []) + row
            head, in_table = None, True
        elif breaks and all(len(c.split()) <= _HEAD_CELL_WORDS for c in cells[1:]):
            head, in_table = row, False
        else:
            head, in_table = None, False
    return edits


_WORD_RE = re.compile(r"[^\W\d_]+")


def unit_of_cell(text: str, cell: Cell) -> tuple[int, str] | None:
    """The scale and currency the row label, the column head or the table's title of ``cell``
    gives its number:
    «Ущерб, млн тенге» → ``(1_000_000, "KZT")``, «Шығын (теңге)» → ``(1, "KZT")``; None when
    neither names a currency.

    Examples
    --------
    >>> text = "Показатель\\t2024\\t2025\\nУщерб, млн тенге\\t1 100\\t1 320"
    >>> unit_of_cell(text, tables_of(text).cell_at(text.index("1 100")))
    (1000000, 'KZT')
    """
    spans = [cell.row_label, cell.head]
    # a column headed by a count («Мошенничества», «Кол-во фактов») takes no unit of the title
    if not _COUNT_HEAD_RE.search(text, *cell.head):
        spans.append(cell.title)
    for a, b in spans:
        found = _WORD_RE.findall(text, a, b)
        for k, word in enumerate(found):
            currency = currency_of(word)
            if currency is not None:
                scale = scale_of(found[k - 1]) if k else None
                return scale or 1, currency
    return None


#: Heads of a column of counts: «Мошенничества», «Кол-во фактов», «Тіркелген деректер саны».
_COUNT_HEAD_RE = re.compile(
    r"мошеннич|факт|случа|кол-?во|количеств|преступлен|дерек|саны|алаяқ|қылмыс", re.I
)


def take_the_unit_of_its_cell(found, tables: Tables, text: str, start: int) -> None:
    """Make an amount ``found`` (:class:`~fraud_research.text.amounts.FoundNumber`) at ``start``
    with no scale or currency of its own, in a table cell whose row or column names a unit
    («Ущерб, млн тенге»), that many of the unit: its value scaled, its currency set."""
    cell = tables.cell_at(start)
    if found.currency or found.scaled or cell is None:
        return
    unit = unit_of_cell(text, cell)
    if unit is not None:
        found.value, found.currency = found.value * unit[0], unit[1]
        found.scaled = unit[0] > 1

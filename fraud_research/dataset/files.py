"""Files of the project: read a CSV with line numbers, show a path, write a file atomically.

The one home of the file rules every layer follows: CSV files are UTF-8 (a
byte-order mark is accepted), their header must hold exactly the expected
columns, messages show paths relative to the project, and every file is written
under a temporary name in its own folder (``.tmp-…``) and renamed when complete,
keeping the mode of the file it replaces, so a reader never sees half a file.

Examples
--------
>>> from fraud_research import paths
>>> display_path(paths.FIGURES_CSV)
'data/figures.csv'
"""

from __future__ import annotations

import csv
import os
import stat
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import paths
from ..errors import DataValidationError, ReadOnlyFileError

#: Prefix of temporary files; a batch run removes stale ones when it starts.
TMP_PREFIX = ".tmp-"


def display_path(path: Path) -> str:
    """Show a path relative to the project when it lives there (shorter, stable messages)."""
    try:
        return str(Path(path).resolve().relative_to(paths.PROJECT_ROOT))
    except ValueError:
        return str(path)


def read_csv_rows(path: Path, required: Iterable[str]) -> tuple[list[dict[str, str]], list[int]]:
    """Read a UTF-8 CSV into dicts with the line number each record starts on.

    The header must hold exactly the ``required`` columns, each once, in any order;
    a byte-order mark (what Excel writes) and CRLF line endings are accepted.
    """
    path = Path(path)
    where = display_path(path)
    required = tuple(required)
    if not path.is_file():
        raise DataValidationError([f"{where}: file not found"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataValidationError(
            [f"{where}: not valid UTF-8 (byte {err.start}); save the file as UTF-8"]
        ) from None
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = next(reader)
    except StopIteration:
        raise DataValidationError([f"{where}: file is empty; expected a header row"]) from None
    except csv.Error as err:
        raise DataValidationError([f"{where}, line 1: malformed CSV header ({err})"]) from None
    header = [h.strip() for h in header]
    problems = _header_problems(header, required, where)
    if problems:
        raise DataValidationError(problems)
    rows, lines = [], []
    line = reader.line_num + 1
    try:
        for record in reader:
            start = line
            line = reader.line_num + 1
            if not any(field.strip() for field in record):
                continue
            if len(record) != len(header):
                problems.append(
                    f"{where}, line {start}: {len(record)} fields, expected {len(header)} "
                    "(an unquoted comma or a missing field?)"
                )
                continue
            rows.append(dict(zip(header, record, strict=True)))
            lines.append(start)
    except csv.Error as err:
        problems.append(f"{where}, line {reader.line_num}: malformed CSV ({err})")
    if problems:
        raise DataValidationError(problems)
    return rows, lines


def _header_problems(header: list[str], required: tuple[str, ...], where: str) -> list[str]:
    """Missing, unknown (a typo such as ``qualifer``) and repeated column names."""
    expected = f"expected columns: {', '.join(required)}"
    problems = []
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(f"{where}, line 1: missing column(s) {', '.join(missing)}; {expected}")
    unknown = [c for c in dict.fromkeys(header) if c not in required]
    if unknown:
        problems.append(
            f"{where}, line 1: unknown column(s) {', '.join(repr(c) for c in unknown)}; {expected}"
        )
    repeated = [c for c in dict.fromkeys(header) if header.count(c) > 1]
    if repeated:
        problems.append(
            f"{where}, line 1: column(s) {', '.join(repeated)} appear more than once; "
            "each column may appear once"
        )
    return problems


def duplicate_ids(
    rows: list[dict[str, str]], lines: list[int], column: str, where: str
) -> list[str]:
    """One problem per repeated id in ``column``, naming the line it first appeared on.

    Examples
    --------
    >>> duplicate_ids([{"id": "a"}, {"id": "b"}, {"id": "a"}], [2, 3, 4], "id", "x.csv")
    ["x.csv, line 4, column 'id': duplicate id 'a' (first on line 2)"]
    """
    problems, first_line = [], {}
    for row, line in zip(rows, lines, strict=True):
        value = row[column]
        if value in first_line:
            problems.append(
                f"{where}, line {line}, column {column!r}: duplicate id {value!r} "
                f"(first on line {first_line[value]})"
            )
        first_line.setdefault(value, line)
    return problems


def allowed_values(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def tmp_path_for(path: Path) -> Path:
    """Return a unique temporary name for ``path`` in the same folder (same file system).

    Examples
    --------
    >>> tmp = tmp_path_for(Path("outputs/turkestan/region_report.html"))
    >>> tmp.parent.as_posix(), tmp.name.startswith(TMP_PREFIX), tmp.name.endswith("-region_report.html")
    ('outputs/turkestan', True, True)
    >>> tmp_path_for(Path("a.html")) != tmp_path_for(Path("a.html"))
    True
    """
    return Path(path).parent / f"{TMP_PREFIX}{uuid.uuid4().hex[:8]}-{Path(path).name}"


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Give a temporary path to write ``path`` through; rename it into place when the block ends.

    For writers that need a path (``DataFrame.to_csv``, ``Figure.savefig``). The
    folder is created; the replaced file's permission bits are kept; on an error
    the temporary file is removed and ``path`` is left as it was.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with atomic_path(folder / "t" / "rates.csv") as tmp:
    ...     _ = tmp.write_text("place,rate\\nturkestan,39.13\\n", encoding="utf-8")
    >>> sorted(p.name for p in (folder / "t").iterdir())
    ['rates.csv']
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_path_for(path)
    try:
        yield tmp
        _keep_mode_and_owner(tmp, path)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _keep_mode_and_owner(tmp: Path, path: Path) -> None:
    """Give the temporary file the replaced file's permission bits and, where allowed, owner."""
    if not path.exists():
        return
    before = path.stat()
    os.chmod(tmp, stat.S_IMODE(before.st_mode))
    if hasattr(os, "chown"):
        try:
            os.chown(tmp, before.st_uid, before.st_gid)
        except PermissionError:
            pass  # only root may give a file away; the mode is kept all the same


def refuse_read_only(path: str | Path) -> None:
    """Refuse to replace a file, or add one to a folder, that the user made read-only.

    The permission bits are read, not only :func:`os.access`: for root every file is
    writable, and a rename replaces a read-only file anyway. A path that does not
    exist yet is judged by its nearest existing folder.

    Raises
    ------
    ReadOnlyFileError
        Naming the file or folder, its mode and how to make it writable.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> refuse_read_only(folder / "new" / "figures.csv")  # writable: nothing happens
    >>> (folder / "f.csv").write_text("x"); (folder / "f.csv").chmod(0o444)
    1
    >>> refuse_read_only(folder / "f.csv")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ReadOnlyFileError: ...f.csv: the file is read-only (mode 0444), ...
    """
    target = Path(path)
    while not target.exists() and target.parent != target:
        target = target.parent
    mode = target.stat().st_mode
    if mode & stat.S_IWUSR and os.access(target, os.W_OK):
        return
    kind = "folder" if target.is_dir() else "file"
    raise ReadOnlyFileError(
        f"{display_path(target)}: the {kind} is read-only (mode {stat.S_IMODE(mode):04o}), so "
        f"nothing was written; make it writable (chmod u+w {target}) and run again"
    )


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` atomically; return the path.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> path = atomic_write(folder / "turkestan" / "note.txt", "843 cases")
    >>> path.read_text(encoding="utf-8")
    '843 cases'
    >>> atomic_write(path, b"bytes too").read_bytes()
    b'bytes too'
    >>> [p.name for p in path.parent.iterdir()]  # no temporary file is left
    ['note.txt']
    """
    with atomic_path(path) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
    return Path(path)

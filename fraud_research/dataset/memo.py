"""Remember a result computed from the dataset for as long as that dataset object lives.

The validated figures are never changed after loading (the house rule: raw data is
immutable), so a result computed from one figures frame -- the pooled between-year
variance, a place's rate against the country -- can be reused by every section of a
report instead of being recomputed. The cache is keyed on the frame's identity and
forgets the entry when the frame is garbage-collected; DataFrame results are returned
as copies, so a caller cannot change what the next caller sees.

Examples
--------
>>> import pandas as pd
>>> calls = []
>>> @per_dataset(lambda figures, n: (figures, n))
... def total(figures, n):
...     calls.append(n)
...     return int(figures["value"].sum()) * n
>>> figures = pd.DataFrame({"value": [1, 2]})
>>> total(figures, 2), total(figures, 2), calls
(6, 6, [2])
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Hashable

import pandas as pd


def per_dataset(key: Callable[..., tuple[object, Hashable]]):
    """Decorate a function of a figures frame so its result is computed once per frame.

    Parameters
    ----------
    key : callable
        Called with the function's arguments; returns ``(frame, rest)``: the figures
        frame the result depends on (``None``: do not cache) and a hashable of the
        other arguments that change the result.
    """

    def decorate(func):
        cache: dict = {}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            frame, rest = key(*args, **kwargs)
            if frame is None:
                return func(*args, **kwargs)
            entry = (id(frame), rest)
            if entry not in cache:
                cache[entry] = func(*args, **kwargs)
                weakref.finalize(frame, cache.pop, entry, None)
            result = cache[entry]
            return result.copy() if isinstance(result, pd.DataFrame) else result

        wrapper.cache_clear = cache.clear
        return wrapper

    return decorate

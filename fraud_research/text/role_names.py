"""The closed list of roles a number can have, and the groups of roles the rules share."""

from __future__ import annotations

#: Every role a number can have.
ROLES = (
    "cases_total",
    "cases_scheme",
    "damage_total",
    "damage_scheme",
    "single_case_loss",
    "recovered",
    "prevented",
    "victims",
    "suspects",
    "solved",
    "sent_to_court",
    "antifraud_incidents",
    "population",
    "date",
    "age",
    "percent",
    "phone",
    "article",
    "other",
)

#: Roles that become proposed records.
AGGREGATE_ROLES = ("cases_total", "cases_scheme", "damage_total", "damage_scheme")


#: Roles that a comparison («в 2021 году — 2281») carries over to the next bare number.
CARRIED_ROLES = ("cases_total", "cases_scheme", "victims", "suspects")

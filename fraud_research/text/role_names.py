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

#: Words a reviewer reads for each role.
ROLE_LABELS = {
    "cases_total": "registered cases (total)",
    "cases_scheme": "registered cases (one scheme)",
    "damage_total": "damage (total)",
    "damage_scheme": "damage (one scheme)",
    "single_case_loss": "single-case loss",
    "recovered": "recovered or returned",
    "prevented": "prevented or blocked",
    "victims": "victims (persons)",
    "suspects": "suspects or detained",
    "solved": "solved cases",
    "sent_to_court": "sent to court",
    "antifraud_incidents": "anti-fraud incidents",
    "population": "population",
    "date": "date or duration",
    "age": "age",
    "percent": "percent or growth factor",
    "phone": "phone number",
    "article": "article number",
    "other": "other",
}


#: Roles whose numbers are money lost or kept (an amount read as «other» may be money too).
MONEY_ROLES = ("damage_total", "damage_scheme", "single_case_loss", "recovered", "prevented")

#: Roles that become proposed records.
AGGREGATE_ROLES = ("cases_total", "cases_scheme", "damage_total", "damage_scheme")

#: Roles of damage: a region's total or a scheme's part of it.
DAMAGE_ROLES = ("damage_total", "damage_scheme")

#: Roles of registered cases: a region's total or a scheme's part of it.
CASE_ROLES = ("cases_total", "cases_scheme")


#: Roles that count persons.
PERSON_ROLES = ("victims", "suspects")

#: Roles that a comparison («в 2021 году — 2281») carries over to the next bare number.
CARRIED_ROLES = ("cases_total", "cases_scheme", "victims", "suspects")

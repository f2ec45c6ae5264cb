"""Shared pieces for the set-7 cases: date styles, sign-offs, exported-PDF noise."""
from __future__ import annotations

from datetime import date

from tests.heldout7.build import P

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def d(iso: str, style: str = "slash") -> str:
    x = date.fromisoformat(iso)
    if style == "slash":
        return x.strftime("%d/%m/%Y")
    if style == "long":
        return f"{x.day} {MONTHS[x.month - 1]} {x.year}"
    if style == "dot":
        return f"{x.day}.{x.month}.{x.strftime('%y')}"
    if style == "dash":
        return x.strftime("%d-%b-%Y")
    if style == "ord":
        suf = "th" if 11 <= x.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(x.day % 10, "th")
        return f"{x.day}{suf} {MONTHS[x.month - 1]} {x.year}"
    raise ValueError(style)


def kids(children: list, style: str = "slash", sep: str = ", ") -> str:
    return sep.join(f"{n} (DOB {d(b, style)})" if b else n for n, b in children)


def council_sig(name: str, role: str, team: str, phone: str) -> str:
    return (f"{name}\n{role}\n{team}\nChildren and Young People's Services, London Borough of Newham\n"
            f"Newham Dockside, 1000 Dockside Road, London E16 2QU\nTel: {phone}")


def signoff(name: str, role: str | None, closing: str = "Kind regards") -> P:
    """The letter's own sign-off: satisfies `signature` only with a job title."""
    if role:
        return P(f"{closing}\n\n{name}\n{role}", "signature")
    return P(f"{closing}\n\n{name}")


def export_noise(system: str, ref: str, printed: str, user: str) -> tuple:
    return (f"{system} | Case ref {ref} | Printed {printed} by {user}",
            f"This document was printed from {system}. Printed copies are uncontrolled. {printed}")

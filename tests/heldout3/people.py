"""Invented practitioners, agencies and helpers shared by the case files. All fictional."""

from __future__ import annotations

import datetime as dt

LDN = dt.timezone.utc


def D(y, m, d):
    return dt.date(y, m, d)


def T(y, m, d, hh=10, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=LDN)


def W(name, role, team, phone, email=None, **kw):
    first = name.split()[0]
    em = email or (name.lower().replace(" ", ".").replace("’", "") + "@newham.gov.uk")
    return dict(name=name, first=first, role=role, team=team, phone=phone, email=em, **kw)


def LP(name, role, agency, phone=None, email=None):
    return dict(name=name, first=name.split()[1] if name.split()[0] in ("Mrs", "Ms", "Mr", "Miss") else name.split()[0],
                role=role, agency=agency, phone=phone, email=email)


# workers who send submissions
FOLA = W("Folasade Adeyemi", "Social Worker", "Intervention Team (East)", "020 7946 0311")
TOMASZ = W("Tomasz Wierzbicki", "Senior Practitioner", "Intervention Team (Central)", "07700 900412",
           sig="Kind regards,\nTomasz\n\nTomasz Wierzbicki | Senior Practitioner\nIntervention Team – Central\n"
               "Children & Young People’s Services, LB Newham\nMob 07700 900412")
HANNAH = W("Hannah Whitlock", "Social Worker", "Intervention Team (South)", "020 7946 0588", phone_in_letter=True)
MERCY = W("Mercy Boateng", "Social Worker", "0-25 SEND Service (Social Care)", "020 7946 0239")
KWAME = W("Kwame Asante-Darko", "Social Worker", "Intervention Team (East)", "07700 900637",
          email="kwame.asante-darko@newham.gov.uk")
ROSA = W("Rosalind Kerr", "Social Worker", "Intervention Team (Central)", "020 7946 0740")
GEMMA = W("Gemma Hollis", "Advanced Practitioner", "Intervention Team (South)", "020 7946 0152")
PRIYA = W("Priya Raghunathan", "Social Worker", "Assessment Team (West)", "020 7946 0827")
GARETH = W("Gareth Pryce", "Social Worker", "Assessment Team (East)", "020 7946 0466",
           sig="Gareth Pryce\nSW, Assessment Team East\n020 7946 0466")
NADIA = W("Nadia Chowdhury", "Social Worker", "Assessment Team (Central)", "07700 900174")
OLU = W("Oluwaseun Bakare", "Social Worker", "Assessment Team (South)", "020 7946 0913")
FERN = W("Fern Castellano", "Social Worker", "Assessment Team (West)", "07700 900561")
DAVID = W("David Mensah-Clarke", "Social Worker", "Assessment Team (East)", "020 7946 0375",
          email="david.mensah-clarke@newham.gov.uk")
JODIE = W("Jodie Farrell", "Families First Coach", "Families First (East)", "07700 900288",
          sig="Jodie x\n\nJodie Farrell\nFamilies First Coach – East\nLB Newham\n07700 900288")
IMRAN = W("Imran Siddiqui", "Families First Coach", "Families First (West)", "020 7946 0694")
ALEKS = W("Aleksandra Popescu", "Families First Coach", "Families First (South)", "07700 900753")
SHANELLE = W("Shanelle Grant", "Families First Coach", "Families First (Central)", "020 7946 0120")
BEN = W("Benedict Oyelaran", "Families First Coach", "Families First (East)", "020 7946 0981")
CIARA = W("Ciara Donnelly", "Families First Coach", "Families First (West)", "07700 900346")
MAYA = W("Maya Lindqvist", "Families First Coach", "Families First (South)", "020 7946 0217")
LEON = W("Leon Marsh", "Social Worker", "Assessment Team (Central)", "020 7946 0502")
AMINA = W("Amina Yusuf", "Social Worker", "Assessment Team (East)", "020 7946 0633")
RHYS = W("Rhys Tallon", "Families First Coach", "Families First (West)", "07700 900815")
SENDSW = W("Josephine Akande", "Social Worker", "0-25 SEND Service", "020 7946 0277")


def sig_block(w):
    return f"{w['name']}\n{w['role']}\n{w['team']}\nLondon Borough of Newham\nTel: {w['phone']}\n{w['email']}"


def base(**kw):
    c = dict(kind="submission", client="outlook", dob_prefix="DOB ", dobs_in=["letter", "sa", "ehr", "review"],
             she="she", parent_role="mum", taf=[], taf_roles="the school and the health visitor", plan=[],
             vague_plan=[("Education", "School to keep an eye on attendance"), ("Health", "Mum to keep up appointments")],
             vague_prose="School and the family hub will carry on supporting the family and mum will keep working with them.",
             risk="", escalate="", comp={}, body="", notes="")
    c.update(kw)
    c.setdefault("parent_first", c.get("parent_full", "").split()[0] if c.get("parent_full") else "")
    return c

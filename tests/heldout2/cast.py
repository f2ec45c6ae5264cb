"""Invented people for held-out set 2 (phones in Ofcom drama ranges) and a case factory."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .model import Case, Child, Person

UK = ZoneInfo("Europe/London")
CYPS = "Children and Young People's Services, London Borough of Newham"


def lbn(name: str, role: str, team: str, phone: str) -> Person:
    import unicodedata
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    first, last = plain.split()[0], plain.split()[-1]
    return Person(name, role, team, f"{first}.{last}@newham.gov.uk", phone)


# social workers, coaches, managers
PRIYA = lbn("Priya Ramasamy", "Social Worker", "Intervention Team 3", "020 7946 0113")
TOM = lbn("Tom Ashdown", "Senior Social Worker", "Intervention Team 1", "020 7946 0127")
GRACE = lbn("Grace Oyelaran", "Social Worker", "0-25 SEND Team", "020 7946 0135")
SANDRA = lbn("Sandra Ekwueme", "Practice Leader", "Intervention Team 3", "020 7946 0101")
HANNAH = lbn("Hannah Kowalczyk", "Social Worker", "Assessment Team 2", "020 7946 0142")
DANIEL = lbn("Daniel Mensah", "Social Worker", "Assessment Team 4", "020 7946 0156")
NIAMH = lbn("Niamh Gallagher", "Newly Qualified Social Worker", "Assessment Team 1", "020 7946 0161")
RUTH = lbn("Ruth Abbey", "Families First Coach", "Families First (East)", "07700 900102")
IMRAN = lbn("Imran Chowdhury", "Families First Coach", "Families First (Central)", "07700 900118")
LUCY = lbn("Lucy Fairweather", "Senior Families First Practitioner", "Families First (South)", "07700 900125")
CELINE = lbn("Céline Mbatha", "Families First Coach", "Families First (West)", "07700 900131")

# lead practitioners
DELANEY = Person("Fiona Delaney", "Designated Safeguarding Lead", "Rowanfield Primary School",
                 "f.delaney@rowanfield.newham.sch.uk", "020 7946 0312")
ASANTE = Person("Kwame Asante", "SENCo", "Lyle Park Academy", "kasante@lyleparkacademy.org.uk", "07700 900214")
IQBAL = Person("Bushra Iqbal", "Learning Mentor", "Cranbrook Lane Primary School", None, "020 7946 0588")
PIKE = Person("Joanna Pike", "Health Visitor", "Newham 0-19 Health Service", "joanna.pike2@nhs.net", "07700 900631")
BELL = Person("Marcus Bell", "Youth Worker", "Newham Youth Service (Beckton Youth Zone)", "marcus.bell@newham.gov.uk",
              "07700 900588")
GRANT = Person("Shanice Grant", "Family Hub Practitioner", "Plaistow Family Hub", "shanice.grant@newham.gov.uk",
               "020 7946 0470")
NOWICKA = Person("Olga Nowicka", "Family Liaison Officer", "St Aldhelm's C of E Primary School",
                 "onowicka@staldhelms.newham.sch.uk", None)
YEO = Person("Deborah Yeo", "Head of Year 9 / Pastoral Lead", "Tollgate Wharf School", "d.yeo@tollgatewharf.org.uk",
             "020 7946 0733")
ADEBAYO = Person("Kemi Adebayo", "Families First Coach", "Families First, London Borough of Newham",
                 "Kemi.Adebayo@newham.gov.uk", "07700 900377")
OKONJO = Person("Rita Okonjo", "SENCo", "Hartley Fields Primary School", "r.okonjo@hartleyfields.newham.sch.uk",
                "020 7946 0821")

# team around the family members
VARMA = Person("Dr Sunil Varma", "GP", "Greenway Medical Centre")
HUTTON = Person("Claire Hutton", "School Nurse", "Newham 0-19 Health Service", None, "020 7946 0655")
RAHMAN = Person("Mo Rahman", "Attendance Officer", "Rowanfield Primary School")
LIS = Person("Agnieszka Lis", "Speech and Language Therapist", "Newham Children's SLT", "a.lis@nhs.net")
MOYO = Person("Tendai Moyo", "Family Support Worker", "Plaistow Family Hub")
FORD = Person("PC Jamie Ford", "Safer Schools Officer", "Metropolitan Police")
KHATUN = Person("Yasmin Khatun", "IDVA", "Ashgrove Domestic Abuse Service", None, "07700 900904")
PRICE = Person("Leanne Price", "Nursery Manager", "Little Acorns Community Nursery")
OLUSOLA = Person("Ben Olusola", "Personal Tutor", "Royal Docks Sixth Form College")
HALE = Person("Martina Hale", "Perinatal Mental Health Nurse", "East London perinatal team")


def ch(name: str, dob: tuple, fmt: str = "slash0", pre: str = "DOB: ", shown: bool = True) -> Child:
    return Child(name, dt.date(*dob), fmt, pre, shown)


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 20) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=UK)


def case(n: int, hood: str, pathway: str, family: str, parent: str, children, worker, letter_date: dt.date,
         **kw) -> Case:
    """A case with an email date one working day after the letter unless given."""
    if letter_date is not None:
        kw.setdefault("email_date", at(*(letter_date + dt.timedelta(days=1)).timetuple()[:3], 9 + n % 8, 5 + n))
    return Case(n=n, hood=hood, pathway=pathway, family=family, parent=parent, children=children, worker=worker,
                letter_date=letter_date, **kw)


D = dt.date

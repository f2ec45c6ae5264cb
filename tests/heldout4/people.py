"""Invented workers, lead practitioners, professionals and family stories (all fictional)."""

from __future__ import annotations

import datetime as dt

from .fmt import D

NAM = {h: ("", f"{h}NAM@newham.gov.uk") for h in ("east", "west", "central", "south")}


def W(name, title, team, phone=None):
    first, last = name.split()[0], name.split()[-1]
    return dict(name=name, title=title, team=team, email=f"{first}.{last}@newham.gov.uk", phone=phone)


WORKERS = {
    "nqsw": W("Ellie Marchetti", "Social Worker (ASYE)", "Intervention Team East", "020 7946 0118"),
    "nqsw2": W("Tomasz Zielinski", "Newly Qualified Social Worker", "Assessment Team Central", "020 7946 0342"),
    "senior": W("Grace Oduya", "Senior Practitioner", "Intervention Team South", "07700 900412"),
    "senior2": W("Farhan Qureshi", "Senior Social Worker", "Assessment Team West", "07700 900733"),
    "coach": W("Bethany Lowe", "Families First Coach", "Families First (West)", "07700 900256"),
    "coach2": W("Kwame Asante-Boateng", "Families First Coach", "Families First (Central)", "07700 900871"),
    "agency": W("Sinead Gallagher", "Locum Social Worker", "Intervention Team Central", "07700 900509"),
    "agency2": W("Devika Raman", "Social Worker (Agency)", "Assessment Team East", "07700 900620"),
}
MANAGER = ("Olumide Bakare", "Olumide.Bakare@newham.gov.uk")


def LP(name, role, agency, email=None, phone=None, pronoun="her"):
    return dict(name=name, role=role, agency=agency, email=email, phone=phone, pronoun=pronoun)


LPS = [
    LP("Mrs Joanne Prowse", "Designated Safeguarding Lead", "Larkspur Primary School",
       "j.prowse@larkspurprimary.sch.uk", "020 7946 0231"),
    LP("Mr Hamid Sadiq", "Pastoral Manager", "Ferncliff Academy", "hsadiq@ferncliffacademy.sch.uk", None, "him"),
    LP("Claire Duffy", "Health Visitor", "0-19 Healthy Child Service", None, "07700 900184"),
    LP("Nadia Chowdhury", "Family Support Practitioner", "Wharfside Family Hub",
       "nadia.chowdhury@newham.gov.uk", "020 7946 0467"),
    LP("Ms Abena Owusu", "SENCo", "Quayside Primary School", "aowusu@quaysideprimary.sch.uk", "020 7946 0590"),
    LP("Rhys Morgan", "Family Liaison Officer", "Hollowmere Primary School", "r.morgan@hollowmere.sch.uk",
       "020 7946 0712", "him"),
    LP("Leanne Whitcombe", "Inclusion Lead", "St Aldric's RC Primary School", "lwhitcombe@staldrics.sch.uk",
       "020 7946 0855"),
]


def P(name, role, agency):
    return dict(name=name, role=role, agency=agency)


TAF = [
    P("Dr Priya Nair", "GP", "Pennywell Medical Centre"), P("Marcus Hale", "Class Teacher", "Larkspur Primary School"),
    P("Yetunde Bello", "School Nurse", "0-19 Healthy Child Service"),
    P("Sam Okafor", "Youth Worker", "Gannet Lane Youth Zone"),
    P("Joy Adebayo", "Domestic Abuse Advocate", "Saltmarsh Women's Project"),
    P("Imran Ali", "Housing Officer", "Newham Housing Solutions"),
    P("Lucy Tran", "CAMHS Practitioner", "East Ham CAMHS"),
    P("Gabriela Nowak", "Nursery Manager", "Little Acorns Nursery"),
]


def plus(d: str, days: int) -> str:
    return (D(d) + dt.timedelta(days=days)).isoformat()


STORIES = {
    "attendance": dict(
        referral="School raised concerns about attendance (71%) and the children arriving hungry and late.",
        start_analysis="Mum is struggling with low mood and the morning routine has broken down; the children's "
                       "needs are not being consistently met.",
        work="Over the last five months we have worked on morning routines, linked mum with her GP about her "
             "low mood and set up breakfast club. Attendance is now 94%.",
        why="Mum is meeting the children's needs and the remaining needs (keeping attendance up, support with "
            "mum's wellbeing) can be met at level 2 by the school without statutory involvement.",
        risk="If mum stops engaging with the school or her GP, attendance is likely to fall again and the children "
             "could start missing meals.",
        escalate="If attendance drops below 85% for four weeks, or the children are seen hungry or unkempt again, "
                 "the school will call a TAF meeting and, if there are safeguarding concerns, refer to LBN Triage.",
        acts=[("Offer breakfast club place for both children", "LP", 14),
              ("Book and attend a GP appointment to review medication", "parent", 21),
              ("Hold the first TAF review meeting", "LP", 42)],
        vague=[("Attendance", "School to monitor"), ("Mum's health", "Mum to see GP")],
        roles="The school and the GP will continue to support the family."),
    "da": dict(
        referral="Police notification following a domestic incident at the home; the children were present.",
        start_analysis="Mum has separated from her ex-partner but the risk of him returning is not yet clear; "
                       "a Child in Need plan is needed to support safety planning.",
        work="Mum completed the Freedom Programme, a non-molestation order is in place and the children have had "
             "direct work about feeling safe. There have been no further incidents in six months.",
        why="Risk has reduced to level 2; mum is protective and the remaining needs are emotional support for the "
            "children and keeping the safety plan under review, which school and the advocate can lead.",
        risk="The risk is that contact with the ex-partner resumes; if mum disengages from the advocacy service the "
             "children could again be exposed to domestic abuse.",
        escalate="If there is any further incident or the order is breached, the lead practitioner should call the "
                 "police where needed and make an immediate referral to LBN Triage.",
        acts=[("Refer both children to the school's ELSA programme", "LP", 21),
              ("Review the safety plan with mum", "Joy Adebayo (DA Advocate)", 28),
              ("Attend the Freedom Programme follow-up group", "parent", 35)],
        vague=[("Safety", "Mum to keep safe"), ("Emotional wellbeing", "School support")],
        roles="The school and the domestic abuse service will stay involved."),
    "send": dict(
        referral="Referral from the nursery about a child's behaviour and mum feeling unable to cope.",
        start_analysis="The family needs a coordinated plan around the child's additional needs and mum's capacity "
                       "to cope; early help support from Families First is agreed.",
        work="We supported the EHCP needs assessment request, a sleep plan and a short parenting course. Mum "
             "reports feeling much more confident and the nursery have seen fewer incidents.",
        why="The family no longer needs the intensity of Families First; the outstanding needs (the EHCP outcome "
            "and transition to reception) can be supported by the school and health visitor at universal level.",
        risk="If the family do not take up the support, mum may become overwhelmed again and the child's "
             "behaviour and sleep may deteriorate.",
        escalate="If mum reports she cannot cope or there are concerns about the child's safety, the lead "
                 "practitioner should contact the Early Help Partnership Team, and LBN Triage if there is risk of "
                 "significant harm.",
        acts=[("Chase the EHCP decision and share it with mum", "LP", 28),
              ("Complete the sleep diary and bring it to the review", "parent", 21),
              ("Arrange the transition visit to reception class", "Gabriela Nowak (Nursery Manager)", 49)],
        vague=[("SEND", "Support with EHCP"), ("Sleep", "Mum to follow plan")],
        roles="The nursery and the health visitor will keep supporting you."),
    "housing": dict(
        referral="Referral from the housing officer: family in one room with damp, eldest not attending college.",
        start_analysis="The family's housing situation is affecting the children's health and education; "
                       "a Child in Need plan is recommended.",
        work="The family has moved to suitable temporary accommodation, the eldest re-enrolled at college and "
             "dad has been supported to claim the benefits he is entitled to.",
        why="The housing crisis has been resolved and the remaining needs (college attendance and a housing "
            "bid) are at level 2 and can be led by the school with housing.",
        risk="If dad stops engaging with housing the family could lose the temporary placement, and the "
             "children's attendance would suffer.",
        escalate="Should the family become homeless again or a child's safety be at risk, the lead practitioner "
                 "will refer back to LBN Triage the same day.",
        acts=[("Submit the housing bid with the family", "Imran Ali (Housing Officer)", 21),
              ("Meet with the eldest weekly about attendance", "LP", 14),
              ("Register with a local GP and dentist", "parent", 28)],
        vague=[("Housing", "Ongoing support"), ("Education", "Monitor")],
        roles="Housing and the school will carry on working with the family."),
}


def story(name: str, letter_date: str, lp_name: str, parent: str) -> dict:
    s = dict(STORIES[name])
    acts = []
    for what, who, days in s.pop("acts"):
        who = lp_name if who == "LP" else parent if who == "parent" else who
        acts.append((what, who, plus(letter_date, days)))
    return dict(referral=s["referral"], start_analysis=s["start_analysis"], work=s["work"], why=s["why"],
                risk=s["risk"], escalate=s["escalate"], actions=acts, vague=s["vague"], taf_roles=s["roles"],
                outcomes=["Done", "In progress", "Not started"])

"""Two more pathway 2 cases (13-14)."""

from .people import DAVID, LP, NADIA, D, T, W, base

L_ = ["letter"]
PENNINGTON = W("Sarah Pennington", "Team Manager", "Assessment Team (Central)", "020 7946 0401")


def _png():
    from .make import small_png
    return small_png(13)


CASES = [
    base(
        id=13, hood="east", pathway="2", worker=DAVID, date=T(2026, 1, 22, 11, 3), logo=True,
        subject="Fernandes family – closure letter and SA", family="Fernandes", parent="Mrs Fernandes",
        parent_full="Lúcia Fernandes",
        children=[("Rafael Fernandes", D(2015, 10, 24), "24-10-2015", "Thornfield Primary School"),
                  ("Beatriz Fernandes", D(2018, 2, 2), "02-02-2018", "Thornfield Primary School")],
        lp=LP("Hollie Brennan", "SENCo", "Thornfield Primary School", "020 7946 0806", "h.brennan@thornfield.newham.sch.uk"),
        taf=[("Dr Kavita Rao", "Educational Psychologist", "Newham Educational Psychology Service"),
             ("Sam Whitaker", "Early Help Practitioner", "Lark Lane Family Hub")],
        plan=[("", "Educational psychology observation of Rafael", "Dr Rao", "27/02/2026"),
              ("", "Cygnet parenting course (autism)", "Mrs Fernandes with Sam Whitaker", "20/03/2026"),
              ("", "SEN support plan review meeting", "Hollie Brennan", "13/03/2026")],
        risk="If the family do not engage, Rafael’s distressed behaviour is likely to increase and Mrs Fernandes "
             "may struggle to manage safely at home.",
        escalate="If there are further injuries to Beatriz during Rafael’s outbursts, or Mrs Fernandes says she "
                 "cannot cope, school should contact LBN Triage and the Early Help Partnership Team.",
        story=dict(concern="School noticed bruising to Beatriz; mother said Rafael had hit her during a meltdown.",
                   work="Over the assessment I completed direct work with both children, spoke to the GP and school, "
                        "and referred Mrs Fernandes to the Cygnet programme.",
                   progress="No further injuries; Rafael now has an autism diagnosis and SEN support at school.",
                   level2="The needs are at level 2 and the family do not need statutory support."),
        consent_date="15 January 2026",
        comp={"consent": ("signed_form", L_), "lead_practitioner": ("prose", L_), "team_around_family": ("inline", L_),
              "smart_plan": ("table_std", L_), "contingency": ("full", L_), "rationale": ("yes", L_)},
        letter=dict(fmt="pdf", style="sections", fname="Fernandes – case closure letter.pdf", date=D(2026, 1, 21),
                    date_text="21 January 2026", salutation="Dear Mrs Fernandes,"),
        assessment=dict(type="sa", fmt="pdf", fname="SA Fernandes Dec 2025.pdf", date=D(2025, 12, 9),
                        date_text="09/12/2025", start_text="18/11/2025", ref="CF-4219083",
                        footer="Printed 20/01/2026 15:47"),
        other=[("Fernandes genogram.png", _png())],
        to=[("Hollie Brennan", "h.brennan@thornfield.newham.sch.uk")], cc=[("East NAM", "eastNAM@newham.gov.uk")],
        body="Dear Hollie,\n\nAs agreed, please find attached the closure letter and the Single Assessment for "
             "Rafael and Beatriz. I have copied in the East NAM inbox for the Early Help Partnership Team.\n\n"
             "Kind regards,",
        notes="complete; NAM inbox only in Cc, lead practitioner in To; Outlook signature logo inline (image001.png); "
              "an unrelated genogram PNG attached"),
    base(
        id=14, hood="central", pathway="2", worker=PENNINGTON, signer=NADIA, date=T(2026, 11, 6, 9, 41),
        subject="FW: Step down – Ibrahim family", family="Ibrahim", parent="Ms Ibrahim", parent_full="Hodan Ibrahim",
        children=[("Abdirahman Ibrahim", D(2011, 4, 3), "3 April 2011", "Kingsmead Academy"),
                  ("Sagal Ibrahim", D(2013, 9, 27), "27 September 2013", "Kingsmead Academy"),
                  ("Yasmin Ibrahim", D(2016, 1, 8), "8 January 2016", "Rookwood Primary School"),
                  ("Liban Ibrahim", D(2019, 6, 30), "30 June 2019", "Rookwood Primary School")],
        lp=LP("Amal Warsame", "Family Support Worker", "Lark Lane Family Hub", "020 7946 0448",
              "amal.warsame@newham.gov.uk"),
        taf=[("Niamh Gallagher", "Designated Safeguarding Lead", "Kingsmead Academy"),
             ("Comfort Asare", "School Nurse", "Newham 0-19 Health Service")],
        plan=[("", "Help Ms Ibrahim bid for a larger property", "Amal Warsame", "04/12/2026"),
              ("", "Attendance support meeting for Sagal", "Niamh Gallagher", "20/11/2026"),
              ("", "Asthma review for Liban", "Comfort Asare", "27/11/2026")],
        risk="If Ms Ibrahim does not engage, overcrowding and rent arrears could lead to eviction, and Sagal’s "
             "attendance may fall below 80%.",
        escalate="If the family are served an eviction notice or any child is found to be at risk of harm, Amal "
                 "should discuss with the Early Help Partnership Team and refer to LBN Triage.",
        story=dict(concern="Housing referral: six people in a one-bedroom flat with damp, and rent arrears.",
                   work="The assessment looked at the children’s health and school needs; I helped Ms Ibrahim with a "
                        "housing application and a discretionary housing payment.",
                   progress="The arrears are cleared and the damp has been treated by the landlord.",
                   level2="There are no safeguarding concerns and the needs are at level 2."),
        comp={"consent": ("none", L_), "lead_practitioner": ("prose", L_), "team_around_family": ("inline", L_),
              "smart_plan": ("list", L_), "contingency": ("full", L_), "rationale": ("yes", L_)},
        letter=dict(fmt="docx", style="template", fname="Ibrahim family closure letter.docx", date=D(2026, 11, 4),
                    date_text="04/11/2026", salutation="Dear Ms Ibrahim,"),
        assessment=dict(type="sa", fmt="docx", fname="Ibrahim SA (final).docx", date=D(2026, 10, 12),
                        date_text="12/10/2026", start_text="21/09/2026", team="Assessment Team (Central)"),
        body="Central NAM – please see below and attached, signed off today.\n\nSarah",
        quote="-----Original Message-----\nFrom: Nadia Chowdhury <nadia.chowdhury@newham.gov.uk>\nSent: 05 November "
              "2026 16:12\nTo: Sarah Pennington <sarah.pennington@newham.gov.uk>\nSubject: Step down – Ibrahim family\n\n"
              "Hi Sarah,\n\nPlease find attached the closure letter and SA for the Ibrahim family for your sign-off. "
              "Once agreed can you forward to Central NAM?\n\nThanks\nNadia",
        notes="missing consent (not mentioned anywhere); manager forwards (FW:, inline '-----Original Message-----') "
              "the worker's email; the letter is signed by the worker; four children"),
]

"""Cases 20-23: Appendix 4 notifications (no ongoing early help)."""
from __future__ import annotations

from .common import NAM, D, council_sig, long_date, slash, when
from .kit import Case, Doc, h, p, t

# ---- 20: Appendix 4 pasted into the body, typos ----
CASE20 = Case(
    20, "submission", "none", "east", "outlook",
    ("Rukhsana Iqbal", "Rukhsana.Iqbal@newham.gov.uk"), [NAM["east"]],
    "Notifcation of case closure - Kaczmarek", when(2026, 11, 20, 16, 5),
    [p("Date: 20/11/26"),
     p("Dear Colleague"),
     p("Notification of Case Closure: Kaczmarek Family - Oliwia Kaczmarek 03/03/2017"),
     p("I am writing to notify you of case closure for the above family to Families First."),
     p("Mum (Ewa) and I agreed at our last session that things are going well - Oliwia's sleep has "
       "settled and mum has returned to work. It is not considered at this time that the family requires "
       "early help to meet their needs. However, if universal services become aware of emerging need in "
       "the future they should work together to reassess the familys situation and deliver early help in "
       "line with the Early Help Framework."),
     p("Should universal services become aware in the future of a risk of significant harm at level 3 of "
       "Newham's continuum of need, they should refer directly to LBN Triage."),
     p("If you have any questions regarding the familys involvement with Families First, please feel free "
       "to contact me."),
     p("Best Wishes"),
     p("Rukhsana Iqbal\nFamilies First Coach (East)\nLondon Borough of Newham\n07700 900638", "signature")],
    body_letter="closure_notification", family="Kaczmarek",
    children=[("Oliwia Kaczmarek", D(2017, 3, 3))], lp=None, letter_date=D(2026, 11, 20),
    exercises="Appendix 4 notification pasted in the email body, with typos; one child",
    notes="complete; Appendix 4 notification in the body with a 'Date: 20/11/26' line; signed with name "
          "and title")

# ---- 21: Appendix 4 .docx with no name after 'Best Wishes' ----
_kids21 = [("Kofi Adomako", D(2011, 9, 12)), ("Esi Adomako", D(2014, 1, 30)), ("Yaw Adomako", D(2020, 5, 5))]
_note21 = Doc("Appendix 4 - Adomako.docx", "closure_notification", "docx", [
    p("Assessment Team West, Children's Social Care"),
    p("Date: 21 October 2026"),
    p("Dear Colleague"),
    h("Notification of Case Closure: Adomako Family"),
    t([["Child", "DOB"], ["Kofi Adomako", "12/09/2011"], ["Esi Adomako", "30/01/2014"], ["Yaw Adomako", "05/05/2020"]]),
    p("I am writing to notify you of case closure for the above family to Children's Social Care."),
    p("The assessment found that the allegation made about the children's care was unfounded. It is not "
      "considered at this time that the family requires early help to meet their needs. However, if "
      "universal services become aware of emerging need in the future they should work together to "
      "reassess the family's situation and deliver early help in line with the Early Help Framework."),
    p("Should universal services become aware in the future of a risk of significant harm at level 3 of "
      "Newham's continuum of need, they should refer directly to LBN Triage."),
    p("Best Wishes"),
    p("Children's Social Care"),
], title="Appendix 4")
CASE21 = Case(
    21, "submission", "none", "west", "owa",
    ("Tom Hargreaves", "Tom.Hargreaves@newham.gov.uk"), [NAM["west"]],
    "Appendix 4 - Adomako - NFA", when(2026, 10, 21, 10, 2),
    [p("Hi, NFA after SA for the Adomako family - appendix 4 attached for your records."),
     council_sig("Tom Hargreaves", "Social Worker", "Assessment Team West", "020 7946 0265",
                 "Tom.Hargreaves@newham.gov.uk")],
    [_note21], family="Adomako", children=_kids21, letter_date=D(2026, 10, 21),
    exercises="Appendix 4 as .docx whose sign-off is only 'Best Wishes / Children's Social Care'; "
              "the worker's name is only in the cover email signature",
    notes="missing signature: the notification ends 'Best Wishes' then 'Children's Social Care' with no "
          "name or job title; the cover note's signature block does not count")

# ---- 22: scanned Appendix 4 with '(delete as appropriate)' left ----
_note22 = Doc("scan0041.pdf", "closure_notification", "scan", [
    p("London Borough of Newham"),
    p("9th November 2026"),
    p("Dear Colleague"),
    h("Notification of Case Closure: Ferreira Family, Gabriel 24/12/2012, Lara 15/07/2019"),
    p("I am writing to notify you of case closure for the above family to Children's Social "
      "Care/Families First (delete as appropriate).", "PLACEHOLDER"),
    p("It is not considered at this time that the family requires early help to meet their needs. However, "
      "if universal services become aware of emerging need in the future they should work together to "
      "reassess the family's situation and deliver early help in line with the Early Help Framework."),
    p("Should universal services become aware in the future of a risk of significant harm at level 3 of "
      "Newham's continuum of need, they should refer directly to LBN Triage."),
    p("Best Wishes"),
    p("[signed]"),
    p("Natasha Blackwood\nSocial Worker, Assessment Team Central", "signature"),
], title="scan")
CASE22 = Case(
    22, "submission", "none", "central", "outlook",
    ("Natasha Blackwood", "Natasha.Blackwood@newham.gov.uk"), [NAM["central"]],
    "Ferreira - notification of closure (scanned)", when(2026, 11, 9, 13, 37),
    [p("Good afternoon"), p("Scanned notification attached for Gabriel and Lara Ferreira."),
     p("Natasha")],
    [_note22], family="Ferreira", children=[("Gabriel Ferreira", D(2012, 12, 24)), ("Lara Ferreira", D(2019, 7, 15))],
    letter_date=D(2026, 11, 9),
    exercises="scanned image-only Appendix 4 with '(delete as appropriate)' left, both options",
    notes="missing template_text: 'Children's Social Care/Families First (delete as appropriate)' left "
          "with both options; scanned, image-only, hand-signed")

# ---- 23: family declined early help -> Appendix 4; inline Outlook logo ----
_note23 = Doc("Walsh - Notification of Case Closure.docx", "closure_notification", "docx", [
    p("Intervention Team South"),
    p("17.11.2026"),
    p("Dear Colleague"),
    h("Notification of Case Closure: Walsh Family - Liam Walsh (21/06/2016), Erin Walsh (19/11/2018)"),
    p("I am writing to notify you of case closure for the above family to Children's Social Care."),
    p("The Child in Need plan has ended. I discussed a transition to early help with Ms Walsh but she does "
      "not wish to have ongoing early help support, so the formal transition process will not be followed. "
      "However, if universal services become aware of emerging need in the future they should work together "
      "to reassess the family's situation and deliver early help in line with the Early Help Framework."),
    p("Should universal services become aware in the future of a risk of significant harm at level 3 of "
      "Newham's continuum of need, they should refer directly to LBN Triage."),
    p("Best Wishes"),
    p("Grace Adjei\nSocial Worker\nIntervention Team South", "signature"),
], title="Notification")
_logo23 = Doc("image001.png", "other", "png", [], inline=True, title="Newham")
CASE23 = Case(
    23, "submission", "none", "south", "outlook",
    ("Grace Adjei", "Grace.Adjei@newham.gov.uk"), [NAM["south"]],
    "Walsh - closure, family declined EH", when(2026, 11, 17, 12, 26),
    [p("Hello South NAM,"),
     p("Walsh family closing from CIN. Mum declined early help so I've done the Appendix 4 notification "
       "instead of a transition letter - attached."),
     p("Grace Adjei\nSocial Worker | Intervention Team South")],
    [_logo23, _note23], family="Walsh", children=[("Liam Walsh", D(2016, 6, 21)), ("Erin Walsh", D(2018, 11, 19))],
    letter_date=D(2026, 11, 17),
    exercises="CIN closure where the family declined early help, so Appendix 4; inline logo image",
    notes="complete; family declined early help after a CIN plan, so the worker sent an Appendix 4 "
          "notification (pathway none); Outlook signature logo inline (image001.png)")

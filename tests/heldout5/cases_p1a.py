"""Pathway 1 (Child in Need / Child Protection plan ended by the Intervention team): cases 1-4."""

from __future__ import annotations

from .case import (NAM, LBN_FOOTER, Case, D, cover, docx_att, export_att, fd, outlook_id, pdf_att, uk)
from .mail import Mail
from .model import Doc, H, L, P, T, UL, dob
from .render import body_html, body_text


def case_pritchard() -> Case:
    """Complete; children in a table; lead practitioner by role first, named later; irrelevant chronology."""
    kids = [("Gwenllian Pritchard", D(2015, 3, 4)), ("Rhys Pritchard", D(2017, 11, 12)),
            ("Dafydd Pritchard", D(2022, 6, 30))]
    letter_date, sa_date = D(2026, 5, 18), D(2026, 3, 24)
    g, r, d = kids
    letter = Doc("Pritchard - step down letter 18.05.26.docx", "closure_letter", [
        L(["Children and Young People's Services", "London Borough of Newham", "Newham Dockside",
           "1000 Dockside Road, London E16 2QU"]),
        L(["Ms Siân Pritchard", "14 Cwrt Terrace, London E12 6TT"]),
        P(f"Date: {fd(letter_date, 'ord')}"),
        P("Dear Siân,"),
        H("Re: Stepping down from Children's Social Care to Early Help"),
        P("Following the final Child in Need review meeting held at Saltmarsh Primary School on Tuesday 12th May "
          "2026, I am writing to confirm what we agreed together.", "transition_meeting"),
        P("At that meeting you told us you would like to carry on receiving support from the school and the "
          "family hub once the Child in Need plan ends, and you signed the early help consent form.", "consent"),
        H("Your children"),
        T([["Name", "Born", "School / nursery"],
           [g[0], fd(g[1], "of"), "Saltmarsh Primary School, Year 6"],
           [r[0], fd(r[1], "dots2"), "Saltmarsh Primary School, Year 3"],
           [d[0], fd(d[1], "long"), "Little Ilford Family Hub nursery"]], dob(g[0]), dob(r[0]), dob(d[0])),
        H("Why we are stepping down"),
        P("The children were made subject to a Child in Need plan in October 2025 after the police were called to "
          "an incident of domestic abuse at home. Since then you have completed the Freedom Programme, Mr "
          "Pritchard has moved out and contact now happens at his mother's house, and Gwenllian's attendance has "
          "risen from 81% to 96%. The children told me they feel safe at home. Everyone at the review agreed that "
          "the family's remaining needs sit at level 2 and can be met through early help without a social worker.",
          "rationale"),
        H("Who will support you"),
        P("The school's Designated Safeguarding Lead will lead your early help plan and will contact you before "
          "the half-term break to arrange your first Team Around the Family meeting."),
        P("The other professionals in your Team Around the Family are Ms Folake Adeyemi (School Nurse, Newham "
          "0-19 Service), Dr Tomasz Nowicki (GP, Cranberry Lane Surgery) and Mr Dewi Morgan (Family Support "
          "Worker, Little Ilford Family Hub).", "team_around_family"),
        H("Our plan"),
        T([["Outcome we want", "Action", "Person responsible", "Target date"],
           ["Gwenllian keeps attendance above 95%", "Weekly attendance check-in with Gwenllian and Siân",
            "Mrs Hughes (DSL)", "Every Friday until 17 July 2026"],
           ["Rhys can talk about his feelings", "Six sessions with the school's play therapist",
            "Mrs Hughes to book", "Start by 5 June 2026"],
           ["Dafydd is ready for Reception", "Nursery transition visits to Saltmarsh Primary",
            "Mr Morgan", "By 10 July 2026"],
           ["Siân feels supported", "Join the Tuesday parents' group at Little Ilford Family Hub",
            "Siân, with Mr Morgan", "From 2 June 2026"]], "smart_plan"),
        H("If things don't go to plan"),
        P("If you stop engaging with the plan, or Gwenllian's attendance falls below 90% again, the progress the "
          "family has made could be lost and the children could again be affected by conflict at home. If Mrs "
          "Hughes or anyone in your Team Around the Family becomes worried that the children are at risk of "
          "significant harm, they will refer straight to Newham Children's Triage; for lower-level worries they "
          "will ask the Early Help Partnership Team for advice.", "contingency"),
        H("Contact details for your lead practitioner"),
        P("Mrs Eirlys Hughes, Designated Safeguarding Lead, Saltmarsh Primary School - telephone 020 7946 0562, "
          "email e.hughes@saltmarsh.newham.sch.uk", "lead_practitioner"),
        P("I have enclosed a copy of your updated Single Assessment."),
        L(["Yours sincerely,", "", "Carys Vaughan", "Social Worker, Intervention Team (East)",
           "Telephone: 020 7946 0318"], "signature"),
    ], date=letter_date, meta={"heading_level": 0, "font": "Arial"})
    sa = Doc("Single Assessment - PRITCHARD family (updated).pdf", "single_assessment", [
        H("Single Assessment - review"),
        T([["Case reference", "Assessment started", "Assessment completed", "Authorised by manager"],
           ["CF-1184372", "02/03/2026", fd(sa_date, "slash"), "27/03/2026"]]),
        H("1. Children"),
        T([["Full name", "Date of birth", "Gender", "Ethnicity"],
           [g[0], fd(g[1], "slash"), "Female", "White - Welsh"],
           [r[0], fd(r[1], "slash"), "Male", "White - Welsh"],
           [d[0], fd(d[1], "slash"), "Male", "White - Welsh"]], dob(g[0]), dob(r[0]), dob(d[0])),
        H("2. Reason for this assessment"),
        P("Review of the children's needs after five months of the Child in Need plan, to inform the decision "
          "about whether the plan can end."),
        H("3. Analysis"),
        P("Siân has completed the Freedom Programme and has a clear safety plan. There have been no further "
          "police call-outs since November 2025. Mr Pritchard has not returned to the home. The children present "
          "as settled and school report a marked improvement in Gwenllian's attendance and mood."),
        H("4. Recommendation"),
        P("End the Child in Need plan and step the family down to early help led by universal services, "
          "with the school as lead agency."),
    ], date=sa_date, is_assessment=True)
    chron = Doc("Chronology Pritchard.docx", "other", [
        H("Chronology of significant events - Pritchard family"),
        T([["Date", "Event", "Source"],
           ["14/10/2025", "Police report of domestic incident at the family home", "MASH"],
           ["21/10/2025", "Strategy discussion: threshold for s47 not met; Single Assessment", "LBN Triage"],
           ["11/11/2025", "Initial Child in Need meeting", "Intervention Team"],
           ["13/01/2026", "Child in Need review", "Intervention Team"],
           ["10/03/2026", "Child in Need review", "Intervention Team"]]),
    ], meta={"heading_level": 1})
    when = uk(2026, 5, 19, 9, 12)
    note = cover([P("Hi East NAM,"),
                  P("Please find attached the closure letter, the updated Single Assessment and the chronology for "
                    "the Pritchard family. Child in Need plan ended at the review on 12/05."),
                  L(["Thanks,", "Carys", "", "Carys Vaughan | Social Worker | Intervention Team (East)",
                     "London Borough of Newham", "020 7946 0318"]), P(LBN_FOOTER)])
    mail = Mail("outlook", "Carys Vaughan <Carys.Vaughan@newham.gov.uk>", [NAM["east"]],
                "Pritchard - CIN closure / step down to early help", when, outlook_id("h5-01"),
                body_text(note.blocks), body_html(note.blocks),
                cc=["Eirlys Hughes <e.hughes@saltmarsh.newham.sch.uk>"],
                attachments=[docx_att(letter, "Carys Vaughan", uk(2026, 5, 18, 16, 40)),
                             export_att(sa, "CareFirst 6", "Single Assessment - PRITCHARD", "19/05/2026 09:05",
                                        "cvaughan"),
                             docx_att(chron, "Carys Vaughan", uk(2026, 5, 18, 16, 55))])
    return Case(mail, "east", "1", "submission", "Pritchard", kids,
                {"name": "Eirlys Hughes", "role": "Designated Safeguarding Lead", "agency": "Saltmarsh Primary School",
                 "email": "e.hughes@saltmarsh.newham.sch.uk", "phone": "020 7946 0562"},
                [letter, sa, chron, note],
                "complete; Welsh family (Siân, Gwenllian); children in a table in the letter with DOBs in three "
                "formats ('the 4th of March 2015', '12.11.17', '30 June 2022'); lead practitioner first introduced by "
                "role ('the school's Designated Safeguarding Lead') and named with contact details in a later "
                "section; plan headed Outcome we want / Action / Person responsible / Target date; contingency under "
                "'If things don't go to plan'; unrelated chronology .docx attached (type other); SA as a "
                "case-management print (started 02/03, completed 24/03, authorised 27/03/2026)",
                "complete; Welsh names; children table; LP by role then named later; odd plan columns; irrelevant "
                "chronology attached")

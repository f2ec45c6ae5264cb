"""Replies that supply a missing item, and TAF reviews: cases 24-28."""

from __future__ import annotations

from .case import (NAM, Case, D, cover, docx_att, export_att, fd, outlook_id, pdf_att, thread, uk)
from .mail import Mail
from .model import Doc, H, L, P, T, UL, dob
from .render import body_html, body_text


def case_uddin_reply() -> Case:
    """Reply to the NAM query with the Single Assessment only (written at the start of the CIN plan)."""
    kids = [("Ayaan Uddin", D(2015, 7, 7))]
    sa_date = D(2026, 2, 10)
    a = kids[0]
    sa = Doc("Single Assessment - Ayaan Uddin.pdf", "single_assessment", [
        H("Single Assessment"),
        T([["Child", a[0]], ["Date of birth", fd(a[1], "slash")], ["Start date", "27/01/2026"],
           ["Date completed", fd(sa_date, "slash")]], dob(a[0])),
        H("Reason for referral"),
        P("Ayaan (10) disclosed to his teacher that his stepfather hits him with a belt. Section 47 enquiry: mark "
          "seen by the paediatrician, consistent with his account."),
        H("Analysis"),
        P("Mother, Ms Rokeya Begum, has asked the stepfather to leave and is supporting Ayaan. Ayaan is anxious "
          "and has nightmares. The stepfather wishes to return to the home."),
        H("Recommendation"),
        P("Child in Need plan: safety planning with mother, work with Ayaan on worries, and a parenting assessment "
          "before any return of the stepfather. Review in six weeks."),
    ], date=sa_date, is_assessment=True)
    original_id, query_id = outlook_id("h5-24-orig"), outlook_id("h5-24-query")
    reply = cover([P("Hi,"), P("Sorry - here is the SA."),
                   L(["Delroy Campbell", "Social Worker | Intervention Team (East)", "020 7946 0377"])])
    quoted = cover([
        L(["From: East NAM <eastNAM@newham.gov.uk>", "Sent: 30 June 2026 14:02",
           "To: Delroy Campbell <Delroy.Campbell@newham.gov.uk>", "Subject: RE: Closure letter - Uddin"]),
        P("Hi Delroy,"),
        P("Thank you for the closure letter for the Uddin family (Pathway 1 - step down after a Child in Need "
          "plan). To log the transition we also need the Single Assessment, which wasn't attached. Could you "
          "send it when you can?"),
        L(["Many thanks,", "East NAM", "Early Help Partnership Team"]),
        L(["From: Delroy Campbell <Delroy.Campbell@newham.gov.uk>", "Sent: 29 June 2026 17:41",
           "To: East NAM <eastNAM@newham.gov.uk>", "Subject: Closure letter - Uddin"]),
        P("Please find attached the closure letter for Ayaan.")])
    mail = Mail("outlook", "Delroy Campbell <Delroy.Campbell@newham.gov.uk>", [NAM["east"]],
                "RE: Closure letter - Uddin", uk(2026, 7, 2, 9, 6), outlook_id("h5-24"), *thread(reply, quoted),
                attachments=[export_att(sa, "CareFirst 6", "Single Assessment - UDDIN", "02/07/2026 09:01",
                                        "dcampbell")],
                in_reply_to=query_id, references=[original_id, query_id])
    return Case(mail, "east", "1", "reply_with_missing_item", "Uddin", kids, None, [sa, reply, quoted],
                f"reply to the NAM team's query {query_id} (In-Reply-To, Outlook-style quote with the original "
                "cover note below it); supplies only the Single Assessment, which is the one written at the start "
                "of the CIN plan (completed 10/02/2026, recent against the email date 02/07/2026, but recommending "
                "a CIN plan, so no step-down rationale); judged on this email alone, so everything that was only in "
                "the original letter is missing",
                "reply supplying the SA (from the start of the CIN plan); Outlook quote of query and original")


def case_mazur_reply() -> Case:
    """Apple Mail reply with an amended letter; the quoted query itself contains placeholder text."""
    kids = [("Filip Mazur", D(2013, 4, 30)), ("Ola Mazur", D(2022, 9, 9))]
    letter_date = D(2026, 3, 20)
    f, o = kids
    letter = Doc("Mazur closure letter AMENDED.docx", "closure_letter", [
        P(fd(letter_date, "ord")),
        P("Dear Natalia,"),
        H(f"Transition to Early Help: Mazur Family, {f[0]} {fd(f[1], 'slash')}, {o[0]} {fd(o[1], 'slash')}",
          dob(f[0]), dob(o[0])),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that social care involvement with you will "
          "now come to an end.", "consent"),
        H("Why we are closing"),
        P("Our assessment followed Filip's school reporting bruising on his face. We found it was caused in a fight "
          "with another pupil, which the school has dealt with. Ola's nursery attendance and your money worries "
          "are the remaining needs, which are at level 2.", "rationale"),
        H("Next Steps"),
        P("Your identified Early Help Lead Practitioner is Ms Rachel Goldberg, Family Support Worker, Canning Town "
          "Family Hub, rachel.goldberg@newham.gov.uk, 020 7946 0199.", "lead_practitioner"),
        P("The professionals who will be involved in your early help support – your Team Around the Family – are: "
          "Mr Damian Kruk, Head of Year 8, Rivermead Academy, 020 7946 0740; Mrs Joy Ekwueme, Nursery Manager, "
          "Canning Town Family Hub nursery.", "team_around_family"),
        T([["What", "Who", "By when"],
           ["Ola attends nursery 5 mornings a week", "Mrs Ekwueme to monitor, Natalia to bring her",
            "From 23/03/2026; review 24/04/2026"],
           ["Benefits check and debt advice appointment", "Ms Goldberg", "By 03/04/2026"],
           ["Filip's peer mentoring", "Mr Kruk", "Start by 27/03/2026"]], "smart_plan"),
        P("If the plan is not followed, Ola may miss the early education she needs and the debts could lead to "
          "eviction. If Ms Goldberg is concerned that the children are at risk of harm she will refer to LBN "
          "Triage; otherwise she will ask the Early Help Partnership Team for advice.", "contingency"),
        L(["With best wishes for the future", "Sarah-Jane Whitlock", "Social Worker, Assessment Team South"],
          "signature"),
    ], date=letter_date, meta={"heading_level": 2})
    original_id, query_id = outlook_id("h5-25-orig"), outlook_id("h5-25-query")
    quote = ("On 19 Mar 2026, at 10:12, South NAM <southNAM@newham.gov.uk> wrote:\n\n"
             "> Hi Sarah-Jane,\n>\n"
             "> Thank you for the step-down for the Mazur family (Pathway 2, after a Single Assessment). We have the "
             "SA.\n> The letter still has \"X Family\" in the heading and \"Name/Title/Contact Details\" for the "
             "Team Around the Family -\n> could you send an amended letter?\n>\n"
             "> Thanks,\n> South NAM\n> Early Help Partnership Team\n")
    reply = cover([P("Hi, amended letter attached. Thanks for spotting!"), L(["Sarah-Jane"]),
                   P("Sent from my iPhone"), P(quote)])
    mail = Mail("iphone", "Sarah-Jane Whitlock <SarahJane.Whitlock@newham.gov.uk>", ["southNAM@newham.gov.uk"],
                "Re: Step down Mazur", uk(2026, 3, 20, 12, 44), "<C1E7A3F0-4B2D-49E6-8F05-7D6A2B9C4E18@newham.gov.uk>",
                "Hi, amended letter attached. Thanks for spotting!\n\nSarah-Jane\n\nSent from my iPhone\n\n" + quote,
                attachments=[docx_att(letter, "Sarah-Jane Whitlock", uk(2026, 3, 20, 12, 30))],
                in_reply_to=query_id, references=[original_id, query_id])
    return Case(mail, "south", "2", "reply_with_missing_item", "Mazur", kids,
                {"name": "Rachel Goldberg", "role": "Family Support Worker", "agency": "Canning Town Family Hub",
                 "email": "rachel.goldberg@newham.gov.uk", "phone": "020 7946 0199"},
                [letter, reply],
                f"reply to the NAM team's query {query_id} (In-Reply-To; Apple Mail '>' quoting) supplying an "
                "amended closure letter with the placeholders filled; the quoted query itself contains the strings "
                "'X Family' and 'Name/Title/Contact Details', which are not in the letter (template text is judged "
                "on the letter only); the SA is not in this email ('We have the SA' in the query), so "
                "assessment_attached is missing when judged on this email alone",
                "reply with amended letter; quoted query contains placeholder strings; Apple quoting")


def case_islam_reply() -> Case:
    """Reply in the body: TAF meeting held, who came, the plan as a table; no attachments."""
    kids = [("Zarif Islam", None), ("Tasnim Islam", None)]
    original_id, query_id = outlook_id("h5-26-orig"), outlook_id("h5-26-query")
    reply = cover([
        P("Hi Joanne,"),
        P("Apologies - yes, the TAF meeting took place on 14/05/2026 at Kestrel Way Academy.", "transition_meeting"),
        P("Attended: Farhana Islam (mum); Mrs Parveen Akhtar, Pastoral Lead, Kestrel Way Academy (lead "
          "practitioner, 07700 900604); Mr Conor Walsh, School Nurse, Newham 0-19 Service; Ms Li Na Zhou, "
          "Educational Welfare Officer, Newham Attendance Service; and me.", "lead_practitioner",
          "team_around_family"),
        P("The plan agreed at the meeting:"),
        T([["Action", "Who", "By when"],
           ["Zarif's attendance contract reviewed", "Ms Zhou", "29/05/2026"],
           ["Tasnim's asthma care plan shared with school", "Mr Walsh", "22/05/2026"],
           ["Fortnightly check-in with Farhana", "Mrs Akhtar", "Every other Thursday until 16/07/2026"],
           ["Next TAF review", "Mrs Akhtar", "25/06/2026"]], "smart_plan"),
        L(["Thanks,", "Rumi", "", "Rumi Choudhury", "Families First Coach | Families First (West)"])])
    quoted = cover([
        L(["From: West NAM <westNAM@newham.gov.uk>", "Sent: 18 May 2026 11:20",
           "To: Rumi Choudhury <Rumi.Choudhury@newham.gov.uk>", "Subject: RE: Islam family - closure"]),
        P("Hi Rumi,"),
        P("Thanks for your email about the Islam family (Pathway 3 - Families First to universal services). Could "
          "you confirm whether the TAF meeting has taken place, who attended, and send us the plan that was "
          "agreed?"),
        L(["Kind regards", "Joanne", "West NAM - Early Help Partnership Team"])])
    mail = Mail("outlook", "Rumi Choudhury <Rumi.Choudhury@newham.gov.uk>", [NAM["west"]],
                "RE: Islam family - closure", uk(2026, 5, 19, 8, 55), outlook_id("h5-26"),
                *thread(reply, quoted, "-----Original Message-----", table_sep="\t"),
                in_reply_to=query_id, references=[original_id, query_id])
    return Case(mail, "west", "3", "reply_with_missing_item", "Islam", kids,
                {"name": "Parveen Akhtar", "role": "Pastoral Lead", "agency": "Kestrel Way Academy", "email": None,
                 "phone": "07700 900604"},
                [reply, quoted],
                f"reply to the NAM team's query {query_id} (In-Reply-To) answering in the body, no attachment: the "
                "TAF meeting was held on 14/05/2026, the attendees with roles (lead practitioner with phone), and the "
                "agreed plan as a table (tab-separated in text/plain, HTML table); children named without DOBs; no "
                "Early Help Record, letter, consent, contingency or rationale in this email",
                "reply answering in the body (TAF held, attendees, plan table); no attachment")


def case_cumar_review() -> Case:
    """TAF review from a school's Google Workspace account to the partnership team, NAM inbox in Cc."""
    kids = [("Khadar Cumar", D(2016, 6, 21)), ("Sacdiya Cumar", D(2021, 11, 30))]
    k, s = kids
    review = Doc("EHR Review - Cumar - 14.01.26.docx", "taf_review", [
        H("Early Help Record - Plan review (TAF)"),
        T([["Family", "Cumar (mother: Nimco Yusuf)"],
           ["Route into early help", "Step down from Families First (Pathway 3), October 2025"],
           ["Date of TAF review meeting", "14/01/2026"], ["Next review", "25/02/2026"],
           ["Lead practitioner", "Ms Rukhsana Iqbal, Designated Safeguarding Lead, Woodgrange Park Primary School, "
            "r.iqbal@woodgrangepark.sch.uk"]], "transition_meeting", "lead_practitioner"),
        T([["Child", "DOB"], [k[0], fd(k[1], "slash")], [s[0], fd(s[1], "slash")]], dob(k[0]), dob(s[0])),
        H("Attendees"),
        UL(["Nimco Yusuf (mother)", "Rukhsana Iqbal (DSL, lead practitioner)",
            "Mr Farhan Abdi (Family Support Worker, Woodgrange Family Hub)",
            "Ms Ellen Marsh (School Nurse, Newham 0-19 Service)"], "team_around_family"),
        H("Consent"),
        P("Ms Yusuf continues to consent to early help (consent form signed 03/10/2025; confirmed at this "
          "meeting).", "consent"),
        H("Progress since the last review"),
        P("Khadar has attended breakfast club every day; Sacdiya's nursery attendance is 91%."),
        H("Plan"),
        T([["Action", "Who", "By when"],
           ["Khadar to join the lunchtime nurture group", "Ms Iqbal", "From 19/01/2026"],
           ["Sacdiya's hearing test follow-up", "Ms Marsh", "By 06/02/2026"],
           ["Help with the housing bidding account", "Mr Abdi", "By 30/01/2026"]], "smart_plan"),
        H("Contingency"),
        P("If attendance drops below 90% or the family stops engaging, the children risk falling behind and "
          "housing problems may escalate; Ms Iqbal will seek advice from the Early Help Partnership Team, and "
          "will refer to LBN Triage if there is any risk of significant harm.", "contingency"),
    ], meta={"heading_level": 1})
    note = cover([P("Dear Early Help Partnership Team,"),
                  P("Please find attached the updated Early Help Record plan following today's TAF review for the "
                    "Cumar family."),
                  L(["Kind regards,", "Rukhsana Iqbal", "Designated Safeguarding Lead",
                     "Woodgrange Park Primary School"]),
                  P("CAUTION: This email originated from outside of the organisation. Do not click links or open "
                    "attachments unless you recognise the sender and know the content is safe.")])
    mail = Mail("gmail", "Rukhsana Iqbal <r.iqbal@woodgrangepark.sch.uk>",
                ["EarlyHelpPartnershipTeam@newham.gov.uk"], "TAF review - Cumar family - 14.01.26",
                uk(2026, 1, 14, 16, 37), "<CAJx7mQp2Rz1vK9sQd0wT4yLb3nH8eF5uG6cV2aM1oZ7kP4rS9w@mail.gmail.com>",
                body_text(note.blocks), body_html(note.blocks, "arial,sans-serif"), cc=[NAM["east"]],
                attachments=[docx_att(review, "Rukhsana Iqbal", uk(2026, 1, 14, 16, 20))])
    return Case(mail, "east", "3", "taf_review", "Cumar", kids,
                {"name": "Rukhsana Iqbal", "role": "Designated Safeguarding Lead",
                 "agency": "Woodgrange Park Primary School", "email": "r.iqbal@woodgrangepark.sch.uk", "phone": None},
                [review, note],
                "TAF review from the lead practitioner (DSL at a school on Google Workspace) to "
                "EarlyHelpPartnershipTeam@ with the NAM inbox in Cc; review 14/01/2026, next review 25/02/2026; "
                "route 'Step down from Families First (Pathway 3)'; judged literally: no Early Help Record "
                "assessment, no rationale for stepping down, no letter to sign",
                "TAF review from a school (Google Workspace), NAM in Cc")


def case_roberts_review() -> Case:
    """TAF review from a health visitor, as a PDF; no risks identified, so no contingency."""
    kids = [("Gruffydd Roberts", D(2025, 1, 15))]
    g = kids[0]
    review = Doc("TAF review Roberts 06-05-2026.pdf", "taf_review", [
        H("Early Help Family Plan - TAF review"),
        T([["Child", g[0]], ["Date of birth", fd(g[1], "long")],
           ["Route into early help", "Step down from a Child in Need plan (Intervention Team Central), March 2026"],
           ["Review date", "6 May 2026"], ["Next review", "17 June 2026"]], dob(g[0])),
        H("Present"),
        UL(["Elin Roberts (mother)", "Chiamaka Obi, Health Visitor (lead practitioner) - chiamaka.obi@trchealth.nhs.uk",
            "Dr Aled Price, GP, Plaistow Green Surgery",
            "Ms Sophie Turner, Nursery Practitioner, Little Acorns Nursery"], "lead_practitioner",
           "team_around_family"),
        P("Consent to early help: given by Ms Roberts (signed 04/03/2026).", "consent"),
        H("Plan"),
        T([["Outcome", "Action", "Who", "Target date"],
           ["Gruffydd's weight on track", "Monthly weigh at the baby clinic", "Chiamaka Obi",
            "Monthly until 17/06/2026"],
           ["Elin's low mood", "Review of medication", "Dr Price", "By 20/05/2026"],
           ["Settling at nursery", "Two settling-in sessions a week", "Sophie Turner", "From 11/05/2026"]],
          "smart_plan"),
        H("Risks"),
        P("None identified at this review."),
    ])
    note = cover([P("Good afternoon,"),
                  P("Please find the TAF review for Gruffydd Roberts attached."),
                  L(["Chiamaka Obi", "Health Visitor | 0-19 Children's Health Service",
                     "Thames Riverside Community Health NHS Trust"])])
    mail = Mail("thunderbird", "Chiamaka Obi <chiamaka.obi@trchealth.nhs.uk>", [NAM["central"]],
                "TAF review - G Roberts", uk(2026, 5, 6, 15, 12),
                "<5f1c2e9a-7d43-4b18-a0e6-2c9d81f4b7a3@trchealth.nhs.uk>",
                body_text(note.blocks), attachments=[pdf_att(review, "Chiamaka Obi")])
    return Case(mail, "central", "1", "taf_review", "Roberts", kids,
                {"name": "Chiamaka Obi", "role": "Health Visitor",
                 "agency": "Thames Riverside Community Health NHS Trust",
                 "email": "chiamaka.obi@trchealth.nhs.uk", "phone": None},
                [review, note],
                "TAF review from the lead practitioner (health visitor, invented NHS trust, Thunderbird-style plain "
                "text message) as a PDF; review 06/05/2026, next 17/06/2026; route 'Step down from a Child in Need "
                "plan' (pathway 1); 'Risks: None identified at this review' gives no contingency; no final CIN "
                "meeting mentioned; judged literally like any other email",
                "TAF review from a health visitor (PDF, plain-text mail); 'no risks identified'")

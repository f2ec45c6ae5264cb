"""Pathway 1 (Child in Need / Child Protection plan ended by the Intervention team): cases 5-8."""

from __future__ import annotations

from .case import (NAM, Case, D, cover, docx_att, export_att, fd, jpeg_att, outlook_id, pdf_att,
                   thread, uk)
from .mail import Att, Mail
from .model import Doc, H, L, P, T, UL, dob
from .render import body_html, body_text


def case_hossain() -> Case:
    """A plan table with no owners' deadlines ('Ongoing'); a risk named without a contingency; a photo of a form."""
    kids = [("Tahmid Hossain", D(2011, 2, 14)), ("Raisa Hossain", D(2015, 8, 3))]
    letter_date, sa_date = D(2026, 1, 21), D(2025, 12, 2)
    t, r = kids
    letter = Doc("Hossain case closure letter.docx", "closure_letter", [
        L(["Children's Social Care - Intervention (East)", "London Borough of Newham"]),
        P("The " + fd(letter_date, "of")[4:]),
        P("Dear Mrs Begum and Mr Hossain"),
        H(f"Case closure - Children's Social Care (Intervention)"),
        P(f"Re: {t[0]} (DOB {fd(t[1], 'dash')}) and {r[0]} (DOB {fd(r[1], 'ord')})", dob(t[0]), dob(r[0])),
        P("Thank you for attending the final Child in Need meeting at Manorfield Lane Primary School on 14 January "
          "2026. At that meeting you both signed the early help consent form, agreeing to support from the school "
          "and Forest Gate Advice Centre after the plan ends.", "transition_meeting", "consent"),
        P("The Child in Need plan began in July 2025 when Tahmid disclosed that there was often no food at home "
          "and that the electricity had been cut off. Since then the family has received a debt relief order, the "
          "utilities are on a payment plan, and both children receive free school meals. Tahmid's attendance is "
          "now 97%. The children's needs no longer require a social worker and can be met at level 2.",
          "rationale"),
        P("The main worry remains Mr Hossain's gambling and the debt it has caused.", "contingency:risks"),
        H("Early help lead practitioner"),
        P("Mr Shahid Chowdhury, Learning Mentor, Kingfisher Secondary School. Phone 07700 900264; "
          "email s.chowdhury@kingfisher-sec.sch.uk", "lead_practitioner"),
        H("Team Around the Family"),
        UL(["Ms Rumana Akter - Class Teacher, Manorfield Lane Primary School",
            "Ms Claire Doyle - Money Adviser, Forest Gate Advice Centre"], "team_around_family"),
        H("Early help plan"),
        T([["Area of need", "Support offered", "Timescale"],
           ["Finances", "Continue money advice", "Ongoing"],
           ["Education", "School to support Tahmid and Raisa", "As required"],
           ["Parental wellbeing", "Mum to keep in touch with GP", "TBC"]]),
        P("We hope things continue to improve for the family."),
        L(["Yours faithfully,", "Nadia Qureshi", "Social Worker (Intervention East)"], "signature"),
    ], date=letter_date, meta={"heading_level": 1, "font": "Verdana", "size": 10})
    sa = Doc("Single Assessment HOSSAIN (Dec 2025).pdf", "single_assessment", [
        H("Single Assessment - update for closure"),
        P(f"Date completed: {fd(sa_date, 'slash')}    Authorised: 05/12/2025"),
        T([["Child", "Date of birth"], [t[0], fd(t[1], "slash")], [r[0], fd(r[1], "slash")]], dob(t[0]), dob(r[0])),
        H("Summary of progress"),
        P("Debt relief order granted in November 2025. Food bank no longer used. Both children attend well and "
          "present as clean and well fed. Mother reports she feels less anxious since the debts were dealt with."),
        H("Recommendation"),
        P("Close the Child in Need plan and step down to early help with the secondary school as lead "
          "agency.", "rationale"),
    ], date=sa_date, is_assessment=True)
    photo = Doc("IMG_4471.jpg", "other", [
        H("MANORFIELD LANE PRIMARY SCHOOL"),
        H("Request for leave of absence in term time"),
        P("Pupil: Raisa Hossain     Class: 6B"),
        P("Dates requested: 9 February 2026 to 20 February 2026"),
        P("Reason: family wedding in Sylhet"),
        P("Headteacher decision: Not authorised"),
        L(["Signed (parent): N. J. Begum   Date: 12/01/2026"]),
    ])
    when = uk(2026, 1, 22, 16, 8)
    note = cover([P("Dear colleagues"),
                  P("Please find attached the case closure letter and SA for the Hossain family. I have also attached "
                    "a photo of the leave request form mum gave me at the meeting, for the school's file."),
                  L(["Many thanks", "Nadia", "", "Nadia Qureshi", "Social Worker | Intervention East",
                     "London Borough of Newham", "07700 900382"])])
    mail = Mail("outlook", "Nadia Qureshi <Nadia.Qureshi@newham.gov.uk>", [NAM["east"]],
                "Hossain - case closure", when, outlook_id("h5-05"), body_text(note.blocks), body_html(note.blocks),
                cc=["Martin Alderton <Martin.Alderton@newham.gov.uk>"],
                attachments=[docx_att(letter, "Nadia Qureshi", uk(2026, 1, 21, 15, 20)),
                             export_att(sa, "CareFirst 6", "Single Assessment - HOSSAIN", "22/01/2026 15:58",
                                        "nqureshi"),
                             jpeg_att(photo, angle=-3.0)])
    return Case(mail, "east", "1", "submission", "Hossain", kids,
                {"name": "Shahid Chowdhury", "role": "Learning Mentor", "agency": "Kingfisher Secondary School",
                 "email": "s.chowdhury@kingfisher-sec.sch.uk", "phone": "07700 900264"},
                [letter, sa, photo, note],
                "missing contingency, smart_plan: the plan is a table headed Area of need / Support offered / "
                "Timescale with 'Ongoing', 'As required', 'TBC' and vague actions; the only risk statement is 'The "
                "main worry remains Mr Hossain's gambling and the debt it has caused' with nothing on non-engagement "
                "or escalation; Bengali family (mother Nusrat Jahan Begum, children Hossain); letter date written "
                "'The 21st of January 2026'; DOBs as '14-Feb-2011' and '3rd August 2015'; a phone photo of an "
                "unrelated leave-of-absence form attached (IMG_4471.jpg, type other); manager in Cc",
                "vague plan table ('Ongoing', 'TBC'); risk named but no contingency; photo of an unrelated form; "
                "Bengali names")


def case_kazlauskas() -> Case:
    """Complete; Child Protection plan ended; practice leader forwards (FW:, inline) the worker's email to the LP."""
    kids = [("Matas Kazlauskas", D(2018, 5, 16)), ("Gabija Kazlauskaitė", D(2022, 1, 29))]
    letter_date, sa_date = D(2026, 6, 12), D(2026, 4, 28)
    m, g = kids
    letter = Doc("Letter - ending CP involvement - Kazlauskas.pdf", "closure_letter", [
        L(["Children and Young People's Services", "Intervention Service - South Team"]),
        P(fd(letter_date, "dayc")),
        P("Dear Rūta,"),
        H("Ending our involvement - Child Protection Plan closed"),
        T([["Child", "D.O.B.", "School/setting"],
           [m[0], fd(m[1], "slash"), "Silvertown Primary School (Year 3)"],
           [g[0], fd(g[1], "slash"), "Cumberland Road Children's Centre nursery"]], dob(m[0]), dob(g[0])),
        P("The children's Child Protection plan ended at the review child protection conference on 26 May 2026. "
          "Over the past year you separated from Gabija's father, moved into your own tenancy with a non-molestation "
          "order in place, and have kept every appointment for Matas's asthma. The conference agreed the children "
          "are no longer at risk of significant harm and that their remaining needs can be met with early help.",
          "rationale"),
        P("We held the transition meeting on 9 June 2026 at Cumberland Road Children's Centre with you, Ms "
          "Adebayo-Clarke and Mrs Petrauskienė. It replaced the final Core Group meeting.", "transition_meeting"),
        P("At the transition meeting you agreed to early help support led by your health visitor, and you signed "
          "the consent form.", "consent"),
        H("Your lead practitioner"),
        L(["Ms Grace Adebayo-Clarke", "Health Visitor, 0-19 Children's Health Service",
           "Thames Riverside Community Health NHS Trust",
           "grace.adebayo-clarke@trchealth.nhs.uk / 07700 900655"], "lead_practitioner"),
        H("Team Around the Family"),
        UL(["Mrs Vaida Petrauskienė, Nursery Manager, Cumberland Road Children's Centre",
            "Mr Oliver Grant, Year 3 Teacher, Silvertown Primary School",
            "Ms Priya Nair, Independent Domestic Violence Advocate, Newham IDVA Service"], "team_around_family"),
        H("The plan"),
        T([["We will…", "Lead", "Complete by"],
           ["Review Matas's asthma plan with the school nurse and practice nurse", "Ms Adebayo-Clarke",
            "31 July 2026"],
           ["Transition visits for Gabija's move to Reception", "Mrs Petrauskienė", "By 17 July 2026"],
           ["Weekly check-in with Matas about how he feels at home", "Mr Grant", "Every Friday to 22 July 2026"],
           ["Review Rūta's safety plan and the non-molestation order", "Ms Nair", "By 30 June 2026"]],
          "smart_plan"),
        H("What happens if things get harder"),
        P("If the family stops engaging, the risks are that Matas's asthma is poorly managed again and that "
          "contact with Gabija's father restarts without a safety plan. Any report that he has returned to the "
          "home, or any new injury, must be referred to Newham Children's Triage the same day; other worries "
          "should be discussed with the Early Help Partnership Team.", "contingency"),
        L(["Kind regards,", "", "Joel Mensah", "Social Worker, Intervention Service (South)"], "signature"),
    ], date=letter_date)
    sa = Doc("Kazlauskas SA update April 2026.docx", "single_assessment", [
        H("Single Assessment"),
        T([["Assessment type", "Update before CP review conference"], ["Date of update", fd(sa_date, "long")],
           ["Worker", "Joel Mensah"]]),
        H("Children"),
        P(f"{m[0]}, born {fd(m[1], 'long')}; {g[0]}, born {fd(g[1], 'long')}.", dob(m[0]), dob(g[0])),
        H("Analysis"),
        P("Rūta has shown sustained protective action over nine months. No incidents since August 2025. The "
          "children are healthy and attending well."),
        H("Recommendation"),
        P("End the Child Protection plan at the May review conference and step down to early help, health visiting "
          "as lead.", "rationale"),
    ], date=sa_date, is_assessment=True)
    sent = uk(2026, 6, 12, 15, 44)
    original = cover([
        L(["From: Joel Mensah <Joel.Mensah@newham.gov.uk>", f"Sent: {fd(sent.date(), 'dayc')} 15:44",
           "To: Grace Adebayo-Clarke <grace.adebayo-clarke@trchealth.nhs.uk>",
           "Cc: Rebecca Tan <Rebecca.Tan@newham.gov.uk>",
           "Subject: CP closure and transition - Kazlauskas"]),
        P("Hi Grace,"),
        P("As agreed at the transition meeting on Tuesday, please find attached my closure letter to Rūta and the "
          "updated Single Assessment. Thank you for taking on the lead role."),
        L(["Best,", "Joel", "Joel Mensah | Social Worker | Intervention Service (South) | 020 7946 0652"])])
    top = cover([P("South NAM - forwarding Joel's step-down for logging. CP plan ended 26/05, transition meeting "
                   "held 09/06. Grace is the lead practitioner."),
                 L(["Rebecca", "", "Rebecca Tan", "Practice Leader | Intervention Service (South)",
                    "London Borough of Newham"])])
    mail = Mail("outlook", "Rebecca Tan <Rebecca.Tan@newham.gov.uk>", [NAM["south"]],
                "FW: CP closure and transition - Kazlauskas", uk(2026, 6, 15, 9, 2), outlook_id("h5-06"),
                *thread(top, original),
                attachments=[pdf_att(letter, "Joel Mensah"),
                             docx_att(sa, "Joel Mensah", uk(2026, 4, 28, 17, 10))])
    return Case(mail, "south", "1", "submission", "Kazlauskas", kids,
                {"name": "Grace Adebayo-Clarke", "role": "Health Visitor",
                 "agency": "Thames Riverside Community Health NHS Trust",
                 "email": "grace.adebayo-clarke@trchealth.nhs.uk", "phone": "07700 900655"},
                [letter, sa, top, original],
                "complete; pathway 1 after a Child Protection plan (not CIN): the transition meeting 'replaced the "
                "final Core Group meeting'; practice leader forwards (FW:, inline) the worker's email to the lead "
                "practitioner, attachments carried along; Lithuanian family where the daughter's surname has the "
                "feminine form (Gabija Kazlauskaitė, mother Rūta Kazlauskienė); children table headed Child / "
                "D.O.B. / School/setting; plan headed 'We will… / Lead / Complete by'; health visitor on an "
                "invented .nhs.uk domain as lead practitioner",
                "complete; after a CP plan; FW: inline by practice leader; Lithuanian feminine surname; odd plan "
                "headings")


def case_popescu() -> Case:
    """Template left half-filled ('Dear (family)', '(delete as appropriate)') and no sign-off; meeting only in body."""
    kids = [("Ștefan Popescu", D(2014, 6, 11)), ("Andreea Popescu", D(2017, 9, 2))]
    letter_date, sa_date = D(2026, 2, 24), D(2026, 1, 16)
    s, a = kids
    letter = Doc("Appendix 2 closure letter Popescu.docx", "closure_letter", [
        P(fd(letter_date, "slash")),
        P("Dear (family)", "placeholder:Dear (family)"),
        H(f"Transition to Early Help: Popescu Family, {s[0]} {fd(s[1], 'slash')}, {a[0]} {fd(a[1], 'slash')}",
          dob(s[0]), dob(a[0])),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that social care/Families First (delete as "
          "appropriate) involvement with you will now come to an end.", "consent",
          "placeholder:(delete as appropriate)"),
        H("Recommendations for Early Help support"),
        P("I have attached to this letter a copy of your assessment and our agreed plan for early help support."),
        P("If you have any queries or concerns regarding our agreed plan, please discuss these with me as soon as "
          "possible."),
        H("Next Steps"),
        P("Your identified Early Help Lead Practitioner is Mrs Daniela Ionescu, Inclusion Manager, Kestrel Way "
          "Academy, 020 7946 0427 – as appropriate.", "lead_practitioner"),
        P("Your Early Help Lead Practitioner is responsible for contacting you to arrange a time to meet to begin "
          "your early help support, and will be in touch shortly."),
        P("The professionals who will be involved in your early help support – your Team Around the Family – are: "
          "Ms Hannah Brooks, School Nurse, Newham 0-19 Service; Mr Kwame Asante, Youth Worker, West Ham Youth "
          "Zone.", "team_around_family"),
        P("These professionals are now responsible for actively participating in early help for your family."),
        P("You are now responsible for working together with these professionals and your early help plan to "
          "support the continued progress of your family."),
        P("With best wishes for the future"),
    ], date=letter_date, meta={"heading_level": 0, "font": "Arial"})
    plan = Doc("Family Plan - Popescu.docx", "early_help_record", [
        H("Early Help Family Plan - Popescu"),
        H("What has happened and why social care is closing"),
        P("Ștefan was on a Child in Need plan from June 2025 after repeated missing episodes. He has had no missing "
          "episodes since October, engages with his youth worker weekly and has a part-time timetable that has "
          "become full-time. Mrs Popescu has accepted parenting support. The family no longer needs statutory "
          "involvement; Ștefan's remaining needs around school and friendships are at level 2.", "rationale"),
        H("Plan"),
        T([["Action", "Responsible", "Timescale (date)"],
           ["Mentoring session every week", "Mr Asante", "Weekly until 27/03/2026, then review"],
           ["Attendance meeting with Ștefan and mum", "Mrs Ionescu", "13/03/2026"],
           ["Sexual health and wellbeing drop-in appointment", "Ms Brooks", "by 20/03/2026"],
           ["Andreea to join after-school club", "Mrs Popescu", "from 02/03/2026"]], "smart_plan"),
        H("Contingency"),
        P("Risk if the family does not engage: Ștefan may return to going missing and to the older peer group "
          "linked to exploitation concerns. If Ștefan goes missing the police must be informed and a return home "
          "interview requested; if there is any concern about exploitation the lead practitioner should refer to "
          "LBN Triage straight away.", "contingency"),
    ], meta={"heading_level": 1})
    sa = Doc("Single Assessment - Stefan Popescu.pdf", "single_assessment", [
        H("Single Assessment"),
        P(f"Completed: {fd(sa_date, 'abbr')}"),
        T([["Child", "DOB"], [s[0], fd(s[1], "abbr")], [a[0], fd(a[1], "abbr")]], dob(s[0]), dob(a[0])),
        H("Analysis"),
        P("Missing episodes have stopped. Ștefan has built a trusting relationship with his youth worker. "
          "Mother sets clear boundaries and knows who to call."),
        H("Recommendation"),
        P("End the Child in Need plan following a final meeting; step down to early help with the school leading.",
          "rationale"),
    ], date=sa_date, is_assessment=True)
    when = uk(2026, 2, 25, 8, 47)
    note = cover([P("Hi West NAM,"),
                  P("Final CIN meeting held 20/02/2026 with Mrs Ionescu and mum. Closure letter, family plan and SA "
                    "attached.", "transition_meeting"),
                  L(["Thanks", "Tudor", "", "Tudor Marin", "Social Worker, Intervention West"]),
                  P("Get Outlook for iOS")])
    mail = Mail("outlook", "Tudor Marin <Tudor.Marin@newham.gov.uk>", [NAM["west"]],
                "Step down Popescu", when, outlook_id("h5-07"), body_text(note.blocks), body_html(note.blocks),
                attachments=[docx_att(letter, "Tudor Marin", uk(2026, 2, 24, 17, 5)),
                             docx_att(plan, "Tudor Marin", uk(2026, 2, 24, 17, 12)),
                             export_att(sa, "CareFirst 6", "Single Assessment - POPESCU", "24/02/2026", "tmarin")])
    return Case(mail, "west", "1", "submission", "Popescu", kids,
                {"name": "Daniela Ionescu", "role": "Inclusion Manager", "agency": "Kestrel Way Academy",
                 "email": None, "phone": "020 7946 0427"},
                [letter, plan, sa, note],
                "missing signature, template_text: Appendix 2 template filled in only partly - 'Dear (family)' and "
                "'social care/Families First (delete as appropriate)' with both options left; the letter ends 'With "
                "best wishes for the future' with nothing after it (the cover note's 'Tudor Marin, Social Worker' is "
                "the email's, not the letter's); the final CIN meeting is mentioned only in the email body; "
                "rationale, SMART plan (Action / Responsible / Timescale (date)) and contingency only in the separate "
                "family plan .docx; Romanian names (Ștefan with comma-below)",
                "half-filled template, no sign-off; meeting only in the cover note; rationale/plan/contingency only "
                "in the family plan")


def _logo_png() -> bytes:
    import io

    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (240, 60), (0, 94, 120))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 20)
    draw.text((14, 17), "NEWHAM  CYPS", fill=(255, 255, 255), font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def case_dogan() -> Case:
    """Consent given at the final CIN meeting, then withdrawn by phone a week later."""
    kids = [("Şükrü Doğan", D(2010, 4, 27)), ("Zeynep Doğan", D(2013, 12, 8))]
    letter_date, sa_date = D(2026, 3, 17), D(2026, 2, 16)
    su, ze = kids
    letter = Doc("Dogan - CIN closure letter 17.03.2026.pdf", "closure_letter", [
        L(["London Borough of Newham", "Intervention Service (Central)", "Newham Dockside, E16 2QU"]),
        P(fd(letter_date, "dots")),
        P("Dear Mrs Doğan,"),
        H("Closing the Child in Need plan for:"),
        UL([f"{su[0]}, date of birth {fd(su[1], 'dots')}", f"{ze[0]}, date of birth {fd(ze[1], 'dots')}"],
           dob(su[0]), dob(ze[0])),
        P("The final Child in Need meeting was held on 3 March 2026 at Plashet Grove Academy, with Mr Kaya, "
          "Ms Sandhu and Mr Oyelaran.", "transition_meeting"),
        P("At that meeting you agreed to early help support from the academy. On 10 March 2026 you telephoned me "
          "to say you had changed your mind: you no longer want early help support from the school or any other "
          "service, and you withdrew your consent. I have respected your decision and recorded it. The plan below "
          "is the one discussed on 3 March; the academy will keep it on file in case you change your mind."),
        H("Why the plan is ending"),
        P("Social care became involved in September 2025 when Şükrü was excluded for carrying a knife and was "
          "linked to older young people under police investigation. He has since moved to the academy's "
          "alternative provision, has had no further incidents, and has been referred to the Youth Justice "
          "Service's prevention programme, which he completed in February. You have put in place a curfew that "
          "he keeps. We judge that the family's needs are now at level 2.", "rationale"),
        H("Lead practitioner and Team Around the Family"),
        P("Lead practitioner: Mr Emre Kaya, Head of Year 11, Plashet Grove Academy - e.kaya@plashetgrove.sch.uk, "
          "020 7946 0981.", "lead_practitioner"),
        P("Team Around the Family: Ms Harpreet Sandhu (School Counsellor, Plashet Grove Academy) and Mr Tunde "
          "Oyelaran (Youth Worker, Newham Youth Empowerment Service).", "team_around_family"),
        T([["Action", "Owner", "Due"],
           ["Fortnightly mentoring with Şükrü about post-16 plans", "Mr Kaya", "From 23/03/2026 to 17/07/2026"],
           ["Six counselling sessions for Zeynep", "Ms Sandhu", "Start by 27/03/2026"],
           ["Weekly youth club place and summer programme application", "Mr Oyelaran", "Application by 30/04/2026"],
           ["College application submitted", "Şükrü with Mr Kaya", "By 15/05/2026"]], "smart_plan"),
        H("Contingency"),
        P("Without support there is a risk that Şükrü drifts back towards the peer group and that Zeynep's anxiety "
          "worsens. If Şükrü is found carrying a weapon, goes missing, or there is intelligence that he is being "
          "exploited, the academy will refer to LBN Triage immediately; for other concerns they will contact the "
          "Early Help Partnership Team.", "contingency"),
        L(["Yours sincerely", "", "Aisha Bello", "Social Worker, Intervention Service (Central)"], "signature"),
    ], date=letter_date)
    sa = Doc("SA update Dogan Feb26.docx", "single_assessment", [
        H("Single Assessment - updated"),
        T([["Children", "Date of birth"], [su[0], fd(su[1], "slash")], [ze[0], fd(ze[1], "slash")]],
          dob(su[0]), dob(ze[0])),
        P(f"Assessment updated: {fd(sa_date, 'long')}"),
        H("Analysis"),
        P("Şükrü has complied with his curfew and has engaged with the prevention programme. Mother is protective "
          "and communicates well with the academy."),
        H("Recommendation"),
        P("Close the CIN plan at the next review and step down to early help with the academy leading.",
          "rationale"),
    ], date=sa_date, is_assessment=True, meta={"heading_level": 1})
    logo = Att("image001.png", _logo_png(), "image/png", "other", inline_cid="image001.png@01DCB5A4.3C2E1F90")
    when = uk(2026, 3, 18, 12, 19)
    note = cover([P("Good afternoon,"),
                  P("Please find attached the closure letter and updated SA for the Doğan family. Please note mum "
                    "has since withdrawn her consent - see the letter."),
                  L(["Regards", "Aisha Bello", "Social Worker | Intervention Service (Central)",
                     "London Borough of Newham | 020 7946 0166"])])
    mail = Mail("outlook", "Aisha Bello <Aisha.Bello@newham.gov.uk>", [NAM["central"]],
                "Doğan - closure (CIN) - consent withdrawn", when, outlook_id("h5-08"), body_text(note.blocks),
                body_html(note.blocks + [P("[cid:image001.png@01DCB5A4.3C2E1F90]")]),
                attachments=[logo, pdf_att(letter, "Aisha Bello"),
                             docx_att(sa, "Aisha Bello", uk(2026, 2, 16, 10, 40))])
    return Case(mail, "central", "1", "submission", "Doğan", kids,
                {"name": "Emre Kaya", "role": "Head of Year 11", "agency": "Plashet Grove Academy",
                 "email": "e.kaya@plashetgrove.sch.uk", "phone": "020 7946 0981"},
                [letter, sa, note],
                "missing consent: the mother agreed at the final CIN meeting on 3 March 2026 but telephoned on 10 "
                "March to withdraw her consent to early help (letter and cover note say so); everything else "
                "complete; Turkish names (Şükrü, Doğan) in subject and letter, ASCII filename; letter date as "
                "'17.03.2026'; Outlook signature logo inline (image001.png, type other, multipart/related)",
                "consent given then withdrawn; Turkish diacritics; inline signature logo")

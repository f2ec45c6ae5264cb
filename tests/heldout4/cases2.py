"""Cases 0015-0027 and 0031-0032: placeholders, spoiled sign-offs, notifications, a reply, a TAF review."""

from __future__ import annotations

from .mail import msgid
from .people import NAM
from .spec import case, ehr, kid, letter_att, sa


def cases():
    out = []
    c = case("0015", "south", "2", "agency2", "Hussain", "Ms Shazia Hussain", [
        kid("Ayesha Hussain", "2016-01-13"), kid("Ibrahim Hussain", "2019-11-07")], "2026-06-16", lp=3, taf=(2,),
        letter="pdf", placeholders=["delete", "child_dob"])
    c.update(attach=[letter_att(("pdf", "Hussain closure letter.pdf")),
                     sa("Hussain SA.pdf", "2026-06-01", "2026-06-17")],
             notes="unfilled template text: 'child DOB' in the title line and 'social care/Families First (delete as "
                   "appropriate)' with both options; the DOBs are given in the Single Assessment")
    out.append(c)

    c = case("0016", "west", "1", "nqsw", "Petrovic", "Ms Jelena Petrovic", [
        kid("Luka Petrovic", "2013-07-01"), kid("Ana Petrovic", "2016-12-19")], "2026-09-29", lp=6, taf=(6, 0),
        sig="first")
    c.update(attach=[letter_att(("docx", "Petrovic closure letter.docx")),
                     sa("Petrovic SA.pdf", "2026-05-11", "2026-09-30")],
             notes="letter signed with the worker's first name only (no surname, no job title)")
    out.append(c)

    c = case("0017", "central", "3", "coach2", "Campbell", "Jade", [
        kid("Riley Campbell", "2015-02-28", "ord", pre="(born", post=")")], "2026-01-27", lp=5, taf=(1, 3),
        style="warm", consent="pending", sig="none")
    c.update(attach=[letter_att(("docx", "Jade Campbell - letter.docx")), ehr("Campbell EHR.docx", "2025-12-01")],
             notes="warm FF letter; consent still to be sought at the last visit; nothing follows 'Take care, and "
                   "best wishes for the future' (no name, no title)")
    out.append(c)

    c = case("0018", "east", "none", "senior", "Ahmed", "Ms Sabrina Ahmed", [
        kid("Yusuf Ahmed", "2017-04-30", "ord"), kid("Hana Ahmed", "2020-08-14", "ord")], "2026-04-14",
        lp=None, lp_mode="none", taf=(), why="The assessment found the initial concerns to be unsubstantiated.")
    c.update(attach=[letter_att(("docx", "Notification of closure - Ahmed.docx"))],
             subject="Notification of case closure \u2013 Ahmed family",
             cover="Hi,\n\nPlease see attached notification of closure \u2013 no ongoing early help needed.\n\nThanks",
             notes="complete; Appendix 4 notification as .docx")
    out.append(c)

    c = case("0019", "west", "none", "senior2", "Kaya", "Mrs Elif Kaya", [
        kid("Deniz Kaya", "2012-03-21", "long"), kid("Emir Kaya", "2018-06-02", None)], "2026-08-25",
        lp=None, lp_mode="none", taf=(), letter="body", why="Mrs Kaya did not want any further support.")
    c.update(subject="Closure notification - Kaya", cover="",
             notes="Appendix 4 notification pasted into the body; Emir Kaya named without a date of birth")
    out.append(c)

    c = case("0020", "south", "none", "agency", "Bright", "Ms Chantelle Bright", [
        kid("Jayden Bright", "2011-10-09", "dash")], "2026-10-20", lp=None, lp_mode="none", taf=(), letter="pdf",
        placeholders=["x_family"], sig="name")
    c.update(attach=[letter_att(("pdf", "Closure notification.pdf"))], subject="Closure notification",
             notes="Appendix 4 notification PDF with 'X Family' left in the title; signed with a name but no job title")
    out.append(c)

    c = case("0021", "central", "2", "senior2", "Reyes", "Ms Carmen Reyes", [
        kid("Mateo Reyes", "2010-05-05", "slash"), kid("Lucia Reyes", "2022-01-29", None, in_assessment=False)],
        "2026-03-24", lp=4, taf=(2,), style="hurry", letter="pdf", consent="hedged", salutation="Ms Reyes")
    c.update(attach=[letter_att(("pdf", "Reyes step down.pdf")), sa("Reyes SA.pdf", "2026-03-09", "2026-03-25")],
             notes="terse letter; mother 'unsure', will think about support (consent not given); the youngest "
                   "child has no DOB in the letter and 'Not recorded' in the SA")
    out.append(c)

    c = case("0022", "east", "1", "senior", "Begum", "Ms Shirin Begum", [
        kid("Arif Rahman", "2014-09-17"), kid("Sadia Rahman", "2016-02-11")], "2026-05-19", lp=0, taf=(1, 0),
        letter="scan", meeting="none", cover_carries={"meeting"})
    c.update(attach=[letter_att(("scan", "Scan_20260519_1043.pdf")), sa("Rahman SA.pdf", "2026-02-02", "2026-05-20")],
             cover="Hi East NAM,\n\nAttached is the signed closure letter (scanned) and SA for Ms Begum's children. "
                   "The final CIN meeting took place on 12 May 2026 at Larkspur Primary with Mrs Prowse, Ms Begum "
                   "and the class teacher.\n\nThanks\nGrace",
             notes="complete; letter printed, signed and scanned (image-only PDF); the final CIN meeting is only in "
                   "the cover note; children's surname (Rahman) differs from the mother's (Begum)")
    out.append(c)

    c = case("0023", "west", "3", "coach", "Walker", "Ms Tasha Walker", [
        kid("Leon Walker", "2016-06-06", "abbr"), kid("Skye Walker", "2019-03-15", "abbr")], "2026-03-10",
        theme="da", lp=6, taf=(4, 0), consent="none", meeting="none", lp_where="assessment")
    c.update(attach=[letter_att(("docx", "Walker closure letter.docx")),
                     ehr("Walker EHR (updated).docx", "2025-07-14", updated="2026-02-09",
                         include=["consent", "lp", "meeting"])],
             notes="complete; consent, lead practitioner and the TAF meeting only in the Early Help Record; EHR first "
                   "written 14 July 2025 (over six months) but last updated 9 Feb 2026 (recent)")
    out.append(c)

    c = case("0024", "south", "2", "nqsw2", "Oyelaran", "Mrs Bisi Oyelaran", [
        kid("Tolu Oyelaran", "2014-11-11", "long"), kid("Dami Oyelaran", "2017-08-26", "long")], "2026-07-14",
        lp=1, taf=(0, 2), consent="none", lp_where="assessment", client="iphone")
    c.update(attach=[letter_att(("docx", "Oyelaran letter.docx")),
                     sa("Oyelaran SA.pdf", "2026-07-01", "2026-07-15", include=["consent", "lp"])],
             notes="complete; sent from iPhone Mail; consent and lead practitioner only in the SA's Recommendations")
    out.append(c)

    c = case("0025", "central", "1", "nqsw", "Lungu", "Ms Grace Lungu", [
        kid("Chisomo Lungu", "2013-01-25"), kid("Thandiwe Lungu", "2015-09-09")], "2026-11-17", lp=2,
        taf=(), taf_mode="none", plan="none", meeting="arranged", letter="pdf")
    c.update(attach=[letter_att(("pdf", "Lungu - closure letter.pdf")), sa("Lungu SA.pdf", "2026-10-26", "2026-11-18")],
             notes="no plan anywhere (only the template's 'our agreed plan' wording); no other professionals named; "
                   "final CIN meeting 'still to be arranged'")
    out.append(c)

    qid = msgid("0026query")
    c = case("0026", "east", "2", "agency2", "Kaur", "Ms Harpreet Kaur", [
        kid("Simran Kaur", "2012-04-04", "dash"), kid("Arjun Singh", "2015-10-10", "dash")], "2026-06-09",
        lp=3, taf=(0,), letter=None, kind="reply_with_missing_item", email_date="2026-06-12")
    c.update(attach=[sa("Kaur SA June 2026.pdf", "2026-05-18", "2026-06-12", include=["consent", "lp"])],
             subject="Step down \u2013 Kaur family", cover="Hi Priti,\n\nApologies \u2013 SA now attached.\n\nDevika",
             reply=dict(query_id=qid, query_date="2026-06-11", orig_date="2026-06-09",
                        query="Hi Devika,\n\nThank you for the step down for the Kaur family (Pathway 2 \u2013 following "
                              "a Single Assessment). The Single Assessment was not attached \u2013 please could you "
                              "send it so we can log the case for NAM?\n\nMany thanks\nPriti Vaghela\nEarly Help "
                              "Partnership Coordinator (East)",
                        orig_body="Hi,\n\nPlease find attached the closure letter for the Kaur family.\n\nThanks\nDevika"),
             notes="reply (In-Reply-To) to the NAM query, quoting it and the original; supplies only the SA (with "
                   "consent and lead practitioner in its Recommendations); judged on this email alone")
    out.append(c)

    c = case("0027", "west", "3", "coach", "Thompson", "Ms Kelly Thompson", [
        kid("Leo Thompson", "2017-05-04", "slash")], "2026-06-23", lp=5, taf=(2, 0), letter=None, kind="taf_review",
        client="gmail", email_date="2026-06-24", to=[("Early Help Partnership Team", "EarlyHelpPartnershipTeam@newham.gov.uk")],
        cc=[NAM["west"]])
    c.update(worker=dict(name="Rhys Morgan", title="Family Liaison Officer", team="Pastoral Team", org="Hollowmere Primary School", email="r.morgan@hollowmere.sch.uk",
                                      phone="020 7946 0712"))
    c["actions"] = [("Weekly check-in with Leo about friendships", "Rhys Morgan", "2026-07-10"),
                    ("Attend the parenting workshop at the family hub", "Ms Kelly Thompson", "2026-07-17"),
                    ("Review Leo's asthma plan with mum", "Yetunde Bello (School Nurse)", "2026-07-15")]
    c.update(attach=[dict(kind="review", name="TAF review Thompson 23.06.26.docx", form="docx", date="2026-06-23",
                          next="2026-08-04", route="Step down from Families First (Pathway 3), April 2026",
                          consent=True, contingency=True, progress="Leo's attendance is 96% this half term.")],
             subject="TAF review - Thompson", cover="Good afternoon,\n\nPlease find attached the TAF review from "
             "today's meeting for the Thompson family.\n\nKind regards",
             notes="TAF review from the school lead practitioner (external, Google Workspace) to the EHP Team with the "
                   "NAM inbox in Cc; no closure letter, no Early Help Record assessment")
    out.append(c)

    c = case("0031", "south", "3", "coach", "Dlamini", "Nomsa", [
        kid("Sipho Dlamini", "2014-05-04", "ord_of", pre="born on the", post=""),
        kid("Lindiwe Dlamini", "2018-01-21", "ord_of", pre="born on the", post="")], "2026-02-17", theme="send",
        lp=4, taf=(7, 2), style="numbered", letter="body", salutation="Nomsa")
    c.update(attach=[ehr("Dlamini Early Help Record.pdf", "2026-01-12", form="pdf")], cover="",
             subject="Dlamini \u2013 closing letter", notes="complete; letter pasted into the body with the plan as a "
                                                            "numbered list; EHR as PDF")
    out.append(c)

    c = case("0032", "central", "2", "agency2", "Moreau", "Mme Sylvie Moreau", [
        kid("Louis Moreau", "2013-03-03", "slash"), kid("Chloé Moreau", "2016-07-21", "slash")], "2026-09-15",
        lp_mode="tbc", taf=(1, 6), contingency="none", letter="pdf", client="owa")
    c.update(attach=[letter_att(("pdf", "Moreau - lettre de clôture.pdf")), sa("Moreau SA.pdf", "2026-08-24", "2026-09-16")],
             notes="lead practitioner 'still to be confirmed'; no risks or contingency anywhere; OWA client; "
                   "non-ASCII filename")
    out.append(c)
    return out

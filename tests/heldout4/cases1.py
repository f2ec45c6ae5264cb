"""Cases 0001-0014: social workers and coaches of different habits."""

from __future__ import annotations

from .people import MANAGER, NAM
from .spec import case, ehr, kid, letter_att, sa


def cases():
    out = []
    c = case("0001", "east", "1", "nqsw", "Okonkwo-Reid", "Ms Funmi Okonkwo", [
        kid("Amara Okonkwo-Reid", "2014-03-09"), kid("Tobi Okonkwo-Reid", "2017-11-21")], "2026-05-12")
    c.update(attach=[letter_att(("docx", "Closure letter Okonkwo-Reid.docx")),
                     sa("SA Okonkwo-Reid May 2026.pdf", "2026-01-20", "2026-05-13")],
             notes="complete; NQSW close to the Appendix 2 template (.docx); SA as case-management export")
    out.append(c)

    c = case("0002", "central", "1", "nqsw", "Haddad", "Mrs Layla Haddad", [
        kid("Zain Haddad", "2012-06-30", "dots_long"), kid("Maya Haddad", "2015-01-04", "dots_long"),
        kid("Omar Haddad", "2019-09-12", "dots_long")], "2026-06-03", theme="da", lp=3, taf=(4,),
        consent="none", taf_mode="roles", letter="pdf")
    c.update(attach=[letter_att(("pdf", "Haddad - closure letter.pdf")),
                     sa("Haddad SA.pdf", "2026-02-16", "2026-06-04")],
             cover="Good afternoon,\n\nPlease see the attached closure letter and Single Assessment for the Haddad "
                   "family, who are stepping down from a CIN plan.\n\nKind regards",
             notes="consent not mentioned anywhere; team around the family given as roles only ('the school and the "
                   "domestic abuse service'); letter PDF")
    out.append(c)

    c = case("0003", "west", "2", "senior2", "Rahimi", "Mr Yusuf Rahimi", [
        kid("Idris Rahimi", "2009-02-14", "dots", pre="d.o.b", post=""),
        kid("Sana Rahimi", "2013-08-05", "dots", pre="d.o.b", post=""),
        kid("Bilal Rahimi", "2020-12-01", "dots", pre="d.o.b", post="")], "2026-07-01", theme="housing", lp=1,
        taf=(5,), style="hurry", letter="body", lp_mode="nocontact", plan="vague", salutation="Mr Rahimi")
    c.update(attach=[sa("Rahimi_SingleAssessment.pdf", "2026-06-22", "2026-07-02")],
             cover="Hi all \u2013 letter below, SA attached. Sorry for the brevity, on duty today.",
             notes="senior practitioner in a hurry: terse letter pasted into the body; lead practitioner named "
                   "without contact details; plan is 'Area / Plan / Timescale: Ongoing' (vague)")
    out.append(c)

    c = case("0004", "south", "3", "coach", "Adeyemi", "Shanice", [
        kid("Kayden Adeyemi", "2021-04-03", "ord", pre="(born", post=")"),
        kid("Mia Adeyemi", "2024-10-19", "ord", pre="(born", post=")")], "2026-03-18", theme="send", lp=2,
        taf=(7, 0), style="warm", meeting_fmt="weekday")
    c.update(attach=[letter_att(("docx", "Letter to Shanice - ending FF.docx")),
                     ehr("Early Help Record Adeyemi.docx", "2025-11-04")],
             subject="Adeyemi \u2013 FF closure, stepping down to universal", cover="Hi South NAM,\n\nAttached is "
             "my closing letter to Shanice and the updated EHR.\n\nThanks\nBethany",
             notes="complete; Families First coach writes warmly to mum ('you', 'your'); DOBs as 'born 3rd April "
                   "2021'; lead practitioner is a health visitor with a phone number only", to=[NAM["south"]])
    out.append(c)

    c = case("0005", "east", "3", "coach2", "Kowalczyk", "Agnieszka", [
        kid("Zofia Kowalczyk", "2016-05-22", "long", pre="(born", post=")"),
        kid("Jakub Kowalczyk", "2018-02-08", "long", pre="(born", post=")")], "2026-09-08", lp=0, taf=(1, 2),
        style="warm", letter="pdf", contingency="risk", meeting="arranged")
    c.update(attach=[letter_att(("pdf", "Kowalczyk closing letter.pdf")),
                     ehr("EHR - Kowalczyk.pdf", "2026-04-20", form="pdf")],
             notes="warm FF coach letter; only half of the contingency (risk of non-engagement, nothing on what "
                   "happens if risk escalates); TAF meeting still 'to be arranged'")
    out.append(c)

    c = case("0006", "central", "1", "agency", "Mensah", "Ms Akosua Mensah", [
        kid("Kojo Mensah", "2011-07-17", "dash"), kid("Efua Mensah", "2016-03-02", "dash")], "2026-02-24",
        theme="da", lp=6, taf=(4, 6), style="agency")
    c.update(attach=[letter_att(("docx", "Case Closure Summary - Mensah.docx")),
                     sa("SA_Mensah_Oct25.pdf", "2025-10-06", "2026-02-25")],
             subject="Case closure - Mensah - step down to early help",
             notes="complete; agency worker using a previous council's headings (Reason for closure, Ongoing "
                   "support plan, Safety/contingency planning, Agencies involved, Lead professional, Family's views)")
    out.append(c)

    c = case("0007", "south", "1", "agency", "Brennan", "Ms Kerry Brennan", [
        kid("Tyler Brennan", "2010-11-30", "slash"), kid("Ellie-Mae Brennan", "2014-05-06", "slash")],
        "2026-10-15", lp=5, taf=(0, 2), style="agency", letter="pdf", contingency="escalate", rationale=False)
    c.update(attach=[letter_att(("pdf", "Brennan closure summary.pdf")),
                     sa("Brennan SA (CIN).pdf", "2026-05-28", "2026-10-16", purpose="start")],
             notes="agency headings; contingency gives only what to do if risk escalates, no risks of "
                   "non-engagement; no rationale: 'Reason for closure' says only that the case is closing and the "
                   "SA was written at the start of the CIN plan (recommends CIN)")
    out.append(c)

    c = case("0008", "west", "2", "nqsw2", "Nguyen", "Ms Thi Lan Nguyen", [
        kid("Minh Nguyen", "2015-12-25", "abbr"), kid("An Nguyen", "2019-07-09", "abbr")], "2026-04-21",
        theme="send", lp=4, taf=(7, 2), style="numbered", plan_fmt="long")
    c.update(attach=[letter_att(("docx", "Nguyen family closure letter.docx")),
                     sa("Nguyen SA.pdf", "2026-04-02", "2026-04-22")],
             notes="complete; the agreed plan is a numbered list inside the letter ('X will do Y by date'); "
                   "consent by signed form; DOBs as '25 Dec 2015'")
    out.append(c)

    c = case("0009", "central", "2", "nqsw2", "Islam", "Ms Rokeya Begum", [
        kid("Tanvir Islam", "2013-04-11", "slash"), kid("Nusrat Islam", "2017-10-28", "slash")], "2026-08-11",
        lp=3, taf=(0,), style="numbered", letter="pdf", consent="declined")
    c.update(attach=[letter_att(("pdf", "Islam - closure letter.pdf")),
                     sa("Islam SA Aug 2026.pdf", "2026-07-27", "2026-08-12")],
             notes="mother (Begum) declined early help; children's surname differs from hers; numbered plan")
    out.append(c)

    c = case("0010", "east", "1", "senior", "Silva", "Mrs Mariana Silva", [
        kid("Rafael Silva", "2012-01-16", "slash"), kid("Beatriz Silva", "2016-09-03", "slash")], "2026-05-05",
        theme="housing", lp=1, taf=(5, 3), letter="pdf", plan_in="plan_doc", email_sig=False, cover="Please see attached.")
    c.update(attach=[letter_att(("pdf", "Silva_closure.pdf")), sa("Silva_SA.pdf", "2026-03-30", "2026-05-06"),
                     dict(kind="plan", name="Silva family plan.docx", date="2026-04-29", form="docx")],
             subject="Silva", notes="complete; one-line email, no signature: everything is in the three "
                                    "attachments; SMART plan only in the separate family plan")
    out.append(c)

    c = case("0011", "south", "1", "senior", "Achterberg", "Ms Danielle Achterberg", [
        kid("Noah Achterberg", "2018-08-08", "iso", pre="DOB:", post="")], "2026-07-07", theme="send", lp=4,
        taf=(2, 7))
    c.update(attach=[letter_att(("docx", "Achterberg closure letter.docx")),
                     sa("SA Achterberg.pdf", "2025-11-10", "2026-07-08")],
             forward=dict(manager=MANAGER, orig_date="2026-07-08", orig_to=[MANAGER],
                          comment="Hi South NAM,\n\nForwarding Grace's step down for the Achterberg family as she "
                                  "is now on leave. I have signed this off on Azeus.\n\nThanks\nOlumide\n\nOlumide "
                                  "Bakare\nTeam Manager, Intervention Team South\nLondon Borough of Newham"),
             email_date="2026-07-09",
             notes="team manager forwards (FW:, inline) the worker's email with his own comments; Single Assessment "
                   "dated 10/11/2025, about eight weeks older than six months before the letter (2026-07-07)")
    out.append(c)

    c = case("0012", "west", "2", "senior2", "Popescu", "Mrs Ioana Popescu", [
        kid("Andrei Popescu", "2011-02-19", "long"), kid("Elena Popescu", "2014-06-27", "long")], "2026-05-26",
        lp=0, taf=(1,))
    c.update(attach=[letter_att(("docx", "Popescu - step down letter.docx"))],
             cover="Hello,\n\nPlease find attached the closure letter and Single Assessment for the Popescu family."
                   "\n\nKind regards,\nFarhan",
             notes="cover note says the Single Assessment is attached but only the letter is")
    out.append(c)

    c = case("0013", "central", "3", "coach2", "Osei", "Ms Abigail Osei", [
        kid("Nana Osei", "2012-12-12", "slash_short"), kid("Kofi Osei", "2015-05-15", "slash_short")],
        "2026-11-03", lp=0, taf=(1, 0), style="hurry", letter="pdf", lp_mode="tbc", salutation="Abigail")
    c.update(attach=[letter_att(("pdf", "Osei FF closure.pdf")), ehr("Osei EHR.docx", "2026-03-16")],
             notes="terse FF coach letter; lead practitioner 'TBC \u2013 school to confirm after half term'; "
                   "Early Help Record dated 16 March 2026, over six months before the letter (3 Nov 2026)")
    out.append(c)

    c = case("0014", "east", "1", "nqsw", "Farah", "Ms Hodan Farah", [
        kid("Abdi Farah", "2013-10-10", "slash"), kid("Ayaan Farah", "2018-03-23", "slash")], "2026-03-03",
        lp_mode="placeholder", lp=None, theme="attendance", taf=(1, 0))
    c.update(attach=[letter_att(("docx", "Closure letter - Farah.docx")), sa("Farah SA.pdf", "2026-02-10", "2026-03-04")],
             notes="template placeholder left for the lead practitioner ('Name/Title/Contact Details \u2013 as "
                   "appropriate'): no lead practitioner and unfilled template text")
    out.append(c)
    return out

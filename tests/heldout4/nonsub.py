"""Three emails that reach a NAM inbox but are not step-down submissions."""

from __future__ import annotations

from .docs import to_pdf
from .mail import build, msgid

NOT = dict(pathway="unknown", kind="not_a_submission", family=None, children=[], lead_practitioner=None,
           assessment_date=None, letter_date=None, missing=[])


def cases():
    out = []
    raw = build(dict(
        seed="0028", client="outlook", frm=("Tomasz Zielinski", "Tomasz.Zielinski@newham.gov.uk"),
        to=[("Central NAM", "centralNAM@newham.gov.uk")], subject="Automatic reply: NAM query - Islam family",
        date="2026-08-14", time="08:03", in_reply_to=msgid("0028q"),
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="Thank you for your email. I am on annual leave until Monday 24th August with no access to emails. "
             "For anything urgent about a family on my caseload, including closure letters and step downs, please "
             "contact the Assessment Team Central duty line on 020 7946 0300.\n\nTomasz"))
    out.append(("0028", raw, dict(NOT, neighbourhood="central", documents=[],
                                  notes="Exchange out-of-office auto-reply to a NAM query (mentions closure letters)")))

    raw = build(dict(
        seed="0029", client="gmail", frm=("Mrs Joanne Prowse", "j.prowse@larkspurprimary.sch.uk"),
        to=[("", "EastNAM@newham.gov.uk")], subject="Question re step down and lead practitioner role",
        date="2026-04-28", time="15:47",
        body="Dear Early Help Partnership Team,\n\nWe have been asked by a social worker to be the Early Help Lead "
             "Practitioner for one of our families who is stepping down from a Child in Need plan. Before I agree, "
             "could someone explain what is expected of the lead practitioner and whether the school needs to "
             "complete the Early Help Record ourselves? Is there any training coming up?\n\nMany thanks,\n\nJoanne "
             "Prowse\nDesignated Safeguarding Lead\nLarkspur Primary School\n020 7946 0231"))
    out.append(("0029", raw, dict(NOT, neighbourhood="east", documents=[],
                                  notes="a school DSL's question about the lead practitioner role; no family named")))

    blocks = [("h", "Early Help Partnership Network \u2013 dates for 2026/27"),
              ("t", [["Neighbourhood", "Date", "Venue"], ["South", "22 September 2026", "Wharfside Family Hub"],
                     ["West", "29 September 2026", "Pennywell Family Hub"]]),
              ("p", "Reminder: closure letters and assessments for step downs go to your neighbourhood NAM inbox.")]
    pdf = to_pdf(blocks, "Early Help Partnership Team", "EHP Network dates")
    raw = build(dict(
        seed="0030", client="outlook", frm=("Early Help Partnership Team", "EarlyHelpPartnershipTeam@newham.gov.uk"),
        to=[("", "southNAM@newham.gov.uk"), ("", "westNAM@newham.gov.uk")],
        subject="EHP Network bulletin \u2013 September 2026", date="2026-09-01", time="12:30",
        body="Dear colleagues,\n\nPlease find attached the Early Help Partnership Network dates for this year. A "
             "reminder that when a family steps down to early help the social worker or coach should send the case "
             "closure letter, the assessment and the SMART plan to the NAM inbox, and name the Early Help Lead "
             "Practitioner with their contact details.\n\nBest wishes\nEarly Help Partnership Team",
        attachments=[("EHP Network dates 2026-27.pdf", pdf)]))
    out.append(("0030", raw, dict(NOT, neighbourhood="south",
                                  documents=[{"filename": "EHP Network dates 2026-27.pdf", "type": "other"}],
                                  notes="team bulletin to two NAM inboxes (south first) describing the step-down "
                                        "process, with a PDF of meeting dates")))
    return out

"""Mail to the NAM inboxes that is not a submission: cases 29-33."""

from __future__ import annotations

from .case import NAM, Case, cover, outlook_id, uk
from .mail import Mail
from .model import H, L, P, UL
from .render import body_html, body_text


def _other(mail: Mail, hood: str, notes: str, exercises: str) -> Case:
    return Case(mail, hood, "unknown", "not_a_submission", None, [], None, [], notes, exercises)


def case_question() -> Case:
    """A school asks how step-downs work; it talks about consent and closure letters but sends nothing."""
    note = cover([P("Hello West NAM,"),
                  P("I'm the new DSL at Odessa Park Primary and I've been told a social worker may step one of our "
                    "families down to us next month. Before that happens, could you tell me: do we need to get our "
                    "own signed consent form from the parents, or is the social worker's closure letter enough? And "
                    "do we have to hold the first Team Around the Family meeting within six weeks?"),
                  P("No need to reply with anything about the family yet - I just want to get our process right."),
                  L(["Many thanks,", "Bogdan Stanciu", "Designated Safeguarding Lead", "Odessa Park Primary School",
                     "020 7946 0044"]),
                  P("CAUTION: This email originated from outside of the organisation.")])
    mail = Mail("gmail", "Bogdan Stanciu <b.stanciu@odessapark.sch.uk>", [NAM["west"]],
                "Question about step downs / consent", uk(2026, 2, 11, 8, 14),
                "<CAHt3p9Qx2LmN7vR8sK1dF0gY4wJ6bE5zC2aU9oI3nT7hV1kX8q@mail.gmail.com>",
                body_text(note.blocks), body_html(note.blocks, "arial,sans-serif"))
    return _other(mail, "west", "a school's DSL asks a question about the step-down process (consent form, first "
                  "TAF within six weeks); mentions consent, closure letters and TAF meetings but carries no "
                  "submission", "a school's question about the process")


def case_invite() -> Case:
    """A meeting request for a family's final CIN meeting, with the NAM inbox invited."""
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Mirela Begic:mailto:Mirela.Begic@newham.gov.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Central NAM:mailto:centralNAM@newham.gov.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kerr:mailto:s.kerr@carpenters.newham.sch.uk",
        "SUMMARY;LANGUAGE=en-GB:Final CIN / transition meeting - Hadžić family",
        "DTSTART;TZID=GMT Standard Time:20260415T100000", "DTEND;TZID=GMT Standard Time:20260415T113000",
        "UID:040000008200E00074C5B7101A82E0080000000050B1C2D3E4F5A601000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        "LOCATION;LANGUAGE=en-GB:Carpenters Primary School - meeting room 2", "SEQUENCE:0",
        "DTSTAMP:20260401T093000Z", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]) + "\n"
    note = cover([P("Final Child in Need / transition meeting for the Hadžić family. Early Help Partnership Team "
                    "colleagues are welcome to attend; the closure letter and assessment will follow after the "
                    "meeting."),
                  L(["Mirela Begić", "Social Worker, Intervention Team (Central)"])])
    mail = Mail("outlook", "Mirela Begić <Mirela.Begic@newham.gov.uk>",
                ["Central NAM <centralNAM@newham.gov.uk>", "Siobhan Kerr <s.kerr@carpenters.newham.sch.uk>"],
                "Final CIN / transition meeting - Hadžić family", uk(2026, 4, 1, 10, 30), outlook_id("h5-30"),
                body_text(note.blocks), body_html(note.blocks), calendar=ics)
    return _other(mail, "central", "meeting request (multipart/alternative with text/calendar METHOD:REQUEST) for a "
                  "family's final CIN / transition meeting in the future, from the social worker; names the family "
                  "(Hadžić, Bosnian) but carries no letter or assessment ('will follow after the meeting')",
                  "meeting invite for a future final CIN meeting")


def case_newsletter() -> Case:
    """The partnership team's bulletin quoting the placeholders to avoid and the documents to send."""
    blocks = [
        H("Early Help Partnership Bulletin - Spring 2026"),
        H("Step-downs: getting it right first time"),
        P("When a family steps down to early help, please email your neighbourhood NAM inbox with the closure letter "
          "(Appendix 2) and a copy of the Single Assessment or the updated Early Help Record. The assessment must be "
          "no more than six months old."),
        UL(["Check you have evidenced the family's consent.",
            "Name the Early Help Lead Practitioner with a phone number or email.",
            "Replace every 'Name/Title/Contact Details' and 'child DOB' - we still receive letters with 'Dear (family)' "
            "at the top!",
            "Include a SMART plan (what, who, by when) and a contingency plan."]),
        H("Dates for your diary"),
        P("Early Help Network meetings: East 3 March, West 5 March, Central 10 March, South 12 March 2026. "
          "Training on the Early Help Record: 24 March 2026, Newham Dockside."),
        P("You are receiving this because you are on the Early Help Partnership mailing list. Unsubscribe: reply "
          "with UNSUBSCRIBE in the subject line."),
    ]
    mail = Mail("outlook", "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>",
                ["Early Help Partnership Network <EHPNetwork@newham.gov.uk>"],
                "Early Help Partnership Bulletin - Spring 2026", uk(2026, 2, 20, 7, 30), outlook_id("h5-31"),
                body_text(blocks), body_html(blocks, "Arial,sans-serif"), cc=[NAM["south"]],
                extra=[("Precedence", "bulk"),
                       ("List-Unsubscribe", "<mailto:EarlyHelpPartnershipTeam@newham.gov.uk?subject=UNSUBSCRIBE>")])
    return _other(mail, "south", "staff bulletin (Precedence: bulk, List-Unsubscribe) about the step-down process, "
                  "quoting the template placeholders ('Name/Title/Contact Details', 'child DOB', 'Dear (family)') "
                  "and the requirements; sent to a distribution list with the NAM inbox in Cc",
                  "bulletin quoting the placeholders and requirements")


def case_recall() -> Case:
    """An Outlook message recall for an earlier step-down email."""
    text = ("Kasia Lewandowska would like to recall the message, \"Step down - Nowak family - CIN closure\".\n")
    mail = Mail("outlook", "Kasia Lewandowska <Kasia.Lewandowska@newham.gov.uk>", [NAM["east"]],
                "Recall: Step down - Nowak family - CIN closure", uk(2026, 10, 14, 16, 2), outlook_id("h5-32"),
                text, body_html([P(text.strip())]),
                extra=[("X-MS-Exchange-Organization-MessageClass", "IPM.Outlook.Recall")])
    return _other(mail, "east", "Outlook message recall ('would like to recall the message, \"Step down - Nowak "
                  "family - CIN closure\"'); names a family and 'CIN closure' in the subject but carries nothing",
                  "Outlook recall of a step-down email")


def case_accepted() -> Case:
    """An automatic 'Accepted' calendar reply to the fortnightly NAM meeting."""
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Efua Mensah:mailto:efua.mensah@trchealth.nhs.uk",
        "SUMMARY;LANGUAGE=en-GB:Accepted: Central NAM - fortnightly",
        "DTSTART:20260618T130000Z", "DTEND:20260618T143000Z",
        "UID:040000008200E00074C5B7101A82E00800000000D0C0B0A09080706010000000000000000100000001F2E3D4C5B6A7980",
        "SEQUENCE:2", "DTSTAMP:20260605T081500Z", "END:VEVENT", "END:VCALENDAR"]) + "\n"
    mail = Mail("outlook", "Efua Mensah <efua.mensah@trchealth.nhs.uk>", [NAM["central"]],
                "Accepted: Central NAM - fortnightly", uk(2026, 6, 5, 9, 15), outlook_id("h5-33"), "\n",
                body_html([P("")]), calendar=ics, extra=[("Auto-Submitted", "auto-generated")])
    return _other(mail, "central", "automatic calendar reply (text/calendar METHOD:REPLY, PARTSTAT=ACCEPTED, "
                  "Auto-Submitted: auto-generated) to the fortnightly NAM meeting, with an empty body",
                  "automatic 'Accepted' calendar reply")

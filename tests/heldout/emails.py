"""Cover notes, headers per mail client, and the three non-submissions."""

from __future__ import annotations

import hashlib

from .dates import fmt, rfc2822
from .render import hdr_encode

HOOD = {"east": "East NAM <eastNAM@newham.gov.uk>", "west": "West NAM <WestNAM@newham.gov.uk>",
        "central": "Central NAM <centralNAM@newham.gov.uk>", "south": "NAM South <southnam@newham.gov.uk>"}

GREET = ["Hi all,", "Good morning NAM team,", "Hello,", "Dear colleagues,", "Afternoon,"]
THANKS = ["Thanks,", "Many thanks", "Kind regards,", "Best,"]
CUE = {"1": "This is a Transition Pathway 1 step-down – the CIN plan has now ended.",
       "2": "Transition Pathway 2 – closing after the Single Assessment.",
       "3": "This one is Transition Pathway 3 (closing to Families First)."}
SUBJ = ["Step down – {s}", "Closure letter {s} family", "{s} – transition to early help", "Step-down paperwork: {s}"]


def mid(seed: str, host: str = "LO2P265MB3310.GBRP265.PROD.OUTLOOK.COM") -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:28]}@{host}>"


def email_sig(w, phone):
    return f"{w['name']}\n{w['role']} | {w['team']}\nLondon Borough of Newham\nTel: {phone}"


def cover_note(c, n, letter_text=None):
    w, s = c["worker"], c["surname"]
    parts = [GREET[n % len(GREET)], ""]
    has_a = c["assess"] is not None
    aw = "Early Help Record" if c["pathway"] == "3" else "Single Assessment"
    if c["letter"]["fmt"] == "body":
        parts.append(f"Please see my letter to the {s} family below" + (f"; the {aw} is attached." if has_a else "."))
    elif c["pathway"] == "none":
        parts.append(f"Please find attached the case closure notification for the {s} family"
                     + (", with the assessment for information." if has_a else "."))
    elif c.get("claims_sa"):
        parts.append(f"Letter and Single Assessment attached for the {s} family.")
    else:
        docs = "closure letter" + (f" and {aw}" if has_a else "") + (" and family plan" if c.get("plan_doc") else "")
        parts.append(f"Attached are the {docs} for the {s} family, for the next NAM.")
    if c.get("cue") == "body":
        parts += ["", CUE[c["pathway"]]]
    if c["req"].get("meet", (None, None))[1] == "body":
        from .phrases import meeting
        parts += ["", meeting(c, c["req"]["meet"][0])[0][1]]
    if letter_text:
        parts += ["", "-----", "", letter_text.rstrip(), ""]
    else:
        parts += ["", THANKS[n % len(THANKS)], w["name"].split()[0], ""]
    parts.append(email_sig(w, c["worker_phone"]))
    return "\n".join(parts) + "\n"


def subject(c, n):
    s = c["surname"]
    if c["pathway"] == "none":
        return f"Notification of case closure - {s}"
    if c.get("cue") == "subject":
        return f"Step down (Pathway {c['pathway']}) – {s} family"
    return SUBJ[n % len(SUBJ)].format(s=s)


def headers(c, n, subj, date_iso, to, cc=None, extra=()):
    w = c["worker"]
    frm = f"{w['name']} <{w['name'].replace(' ', '.').replace('-', '')}@newham.gov.uk>"
    client = c.get("client", "outlook")
    h = [("From", hdr_encode(frm) if not frm.isascii() else frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr_encode(subj)), ("Date", rfc2822(date_iso, f"{9 + n % 8}:{(n * 7) % 60:02d}"))]
    if client == "iphone":
        h += [("Message-ID", mid(subj + date_iso, "newham.gov.uk")), ("X-Mailer", "iPhone Mail (22E240)")]
    else:
        h += [("Thread-Topic", hdr_encode(subj)), ("Message-ID", mid(subj + date_iso)),
              ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")]
    return h + list(extra)


# --- non-submissions ------------------------------------------------------------------------

QUESTION = """Hi,

Quick question before I send anything over. I have a family closing to Families First at the end of the month \
and mum would like the children's school to carry on supporting them. Can I send a step-down to this inbox, or \
does it go to the Early Help Partnership Team directly? And do you need the Early Help Record as well as the \
closure letter?

Thanks in advance,
Jodie

Jodie Amankwah
Families First Practitioner | Families First – Forest Gate Hub
London Borough of Newham
"""

AUTOREPLY = """Thank you for your email. I am away from school until Monday 8 June 2026 and will not be checking \
emails. If your message is about a safeguarding concern, please call the school office on 020 7946 0999 and ask \
for the duty DSL.

Orla Brennan
Class Teacher
"""

NEWSLETTER = """EARLY HELP PARTNERSHIP NEWS – SPRING 2026

In this issue
- Pathways to the Community: a reminder of what a step-down needs
- New Family Hub opening in Custom House
- Training dates for lead practitioners

Pathways to the Community – getting step-downs right first time
When you step a family down to early help, please send the closure letter and the assessment to your \
neighbourhood NAM inbox. The letter should evidence the family's consent, name the Early Help Lead \
Practitioner with contact details, list the Team Around the Family, and include a SMART plan and a \
contingency plan. Single Assessments must have been written or updated in the last six months.

Lead practitioner training
Our next 'Leading a TAF' session runs on 17 March 2026 at Newham Dockside. Book via the learning portal.

You are receiving this bulletin because you are on the Early Help Partnership mailing list.
"""


def non_submissions():
    """(hood, headers, body, notes) for the three not-a-submission emails."""
    return [
        ("south", [("From", "Jodie Amankwah <Jodie.Amankwah@newham.gov.uk>"), ("To", HOOD["south"]),
                   ("Subject", "Query - can I send a step-down here?"), ("Date", rfc2822("2026-04-08", "14:02")),
                   ("Message-ID", mid("question"))], QUESTION,
         "a worker asks whether she can send a step-down; no family, nothing attached"),
        ("west", [("From", "Orla Brennan <o.brennan@thistlewood.newham.sch.uk>"), ("To", HOOD["west"]),
                  ("Subject", "Automatic reply: Step down – Costa family"), ("Date", rfc2822("2026-06-03", "08:41")),
                  ("Message-ID", mid("autoreply")), ("Auto-Submitted", "auto-replied"),
                  ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", mid("nam-to-orla"))], AUTOREPLY,
         "school out-of-office auto-reply (Auto-Submitted: auto-replied)"),
        ("east", [("From", "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>"),
                  ("To", HOOD["east"]), ("Subject", "Early Help Partnership News – Spring 2026"),
                  ("Date", rfc2822("2026-03-02", "07:30")), ("Message-ID", mid("newsletter")),
                  ("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:ehp-news-unsubscribe@newham.gov.uk>")],
         NEWSLETTER, "staff newsletter describing the step-down requirements"),
    ]

"""Cases 27-30: emails in a NAM inbox that are not submissions."""
from __future__ import annotations

from .common import NAM, D, when
from .kit import Case, Doc, p

_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Miriam Halloran:mailto:Miriam.Halloran@newham.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:eastNAM@newham.gov.uk
SUMMARY;LANGUAGE=en-GB:East Early Help Partnership Network
DTSTART;TZID=GMT Standard Time:20261203T093000
DTEND;TZID=GMT Standard Time:20261203T120000
UID:040000008200E00074C5B7101A82E0080000000090A6C1D0H6NETWORK27
LOCATION;LANGUAGE=en-GB:Manor Park Community Hub\\, Room 2
DESCRIPTION;LANGUAGE=en-GB:Termly network for DSLs\\, SENCos and health partners.
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

CASE27 = Case(
    27, "not_a_submission", "unknown", "east", "outlook",
    ("Miriam Halloran", "Miriam.Halloran@newham.gov.uk"), [NAM["east"]],
    "Invitation: East Early Help Partnership Network - Thu 3 Dec 2026 09:30-12:00",
    when(2026, 11, 16, 11, 0),
    [p("Dear colleagues,"),
     p("You are warmly invited to the termly East Early Help Partnership Network on Thursday 3rd "
       "December, 9.30-12.00 at Manor Park Community Hub. Agenda: the new step-down checklist, TAF "
       "reviews, and a talk from the Young Carers service. Please accept the calendar invite so we can "
       "order refreshments."),
     p("Many thanks,\nMiriam Halloran\nEarly Help Partnership Coordinator (East)")],
    [Doc("invite.ics", "other", "ics", data=_ICS.encode())],
    exercises="not a submission: network meeting invitation with a calendar attachment",
    notes="meeting invitation (text/calendar METHOD:REQUEST attached as invite.ics) for a partnership "
          "network; mentions step-downs and TAF reviews but concerns no family")

CASE28 = Case(
    28, "not_a_submission", "unknown", "south", "gmail",
    ("Daniel Oyinlola", "d.oyinlola@silvertownbay.sch.uk"), [NAM["south"]],
    "Quick question re step down / lead practitioner", when(2026, 11, 13, 16, 44),
    [p("Hi,"),
     p("A social worker has told one of our parents that her case is going to be 'stepped down' to us "
       "and that the school will be the lead practitioner. We haven't had a letter or a transition "
       "meeting yet. Do we need to send anything to you, or wait for the social worker? And is there a "
       "template for the TAF plan?"),
     p("Thanks in advance,\nDaniel Oyinlola\nDesignated Safeguarding Lead\nSilvertown Bay Primary School\n"
       "020 7946 0981")],
    exercises="not a submission: a DSL's question about the process, no family named",
    notes="question from a school DSL about what to do when a case is stepped down to the school; "
          "no family, no documents")

CASE29 = Case(
    29, "not_a_submission", "unknown", "west", "iphone",
    ("Kerry-Ann Douglas", "kerry-ann.douglas@newham019.nhs.uk"), [NAM["west"]],
    "Please remove me from this list", when(2026, 11, 18, 7, 52),
    [p("Hello,"),
     p("Please can you remove me from the West NAM distribution list - I moved to the Tower Hamlets "
       "health visiting team last month so I'm no longer the HV for West Ham. My replacement is being "
       "recruited. Thanks"),
     p("Kerry-Ann")],
    exercises="not a submission: 'please remove me from this list' from a health visitor",
    notes="request to be removed from the NAM distribution list; mentions HV role but no family")

_NDR = """Received: from LO2P265MB0030.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:8::12) by
 LO2P265MB0030.GBRP265.PROD.OUTLOOK.COM with Microsoft SMTP Server id 15.20.8722.14;
 Fri, 20 Nov 2026 09:31:07 +0000
From: Microsoft Outlook <postmaster@newham.gov.uk>
To: Central NAM <centralNAM@newham.gov.uk>
Date: Fri, 20 Nov 2026 09:31:07 +0000
Subject: Undeliverable: NAM agenda - Central - Thursday 26 November
Message-ID: <e6a2c9f0-ndr0-4a30-h6ce-000000000030@LO2P265MB0030.GBRP265.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
Content-Language: en-GB
X-MS-Exchange-Message-Is-Ndr:
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_000_ndr30_LO2P265MB0030"
MIME-Version: 1.0

--_000_ndr30_LO2P265MB0030
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to r.gallagher@carltonvale.sch.uk couldn't be delivered.

r.gallagher wasn't found at carltonvale.sch.uk.

Remote server returned '550 5.1.1 <r.gallagher@carltonvale.sch.uk>: Recipient address rejected:
User unknown in virtual mailbox table'

--_000_ndr30_LO2P265MB0030
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB0030.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB0030.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Fri, 20 Nov 2026 09:30:58 +0000

Final-Recipient: rfc822;r.gallagher@carltonvale.sch.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <r.gallagher@carltonvale.sch.uk>: Recipient address rejected:
 User unknown in virtual mailbox table

--_000_ndr30_LO2P265MB0030
Content-Type: message/rfc822

From: Central NAM <centralNAM@newham.gov.uk>
To: r.gallagher@carltonvale.sch.uk
Subject: NAM agenda - Central - Thursday 26 November
Date: Fri, 20 Nov 2026 09:30:55 +0000
Message-ID: <LO2P265MB0030AGENDA26NOV@LO2P265MB0030.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear partners,

The Central Neighbourhood Action Meeting will be held on Thursday 26 November at 10am on Teams.
Step-down notifications received since the last meeting will be noted. Please send any items for
the agenda by Tuesday.

Central NAM

--_000_ndr30_LO2P265MB0030--
""".replace("\n", "\r\n").encode()

CASE30 = Case(
    30, "not_a_submission", "unknown", "central", "outlook",
    ("Microsoft Outlook", "postmaster@newham.gov.uk"), [NAM["central"]],
    "Undeliverable: NAM agenda - Central - Thursday 26 November", when(2026, 11, 20, 9, 31), [],
    raw=_NDR,
    exercises="not a submission: Exchange delivery failure (multipart/report) returning a NAM agenda",
    notes="non-delivery report for the NAM's own agenda email to a school address that no longer exists")

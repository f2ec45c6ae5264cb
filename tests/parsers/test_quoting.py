from parsers.model import Address
from parsers.quoting import split_body

OUTLOOK_REPLY = """Hi,

Please see attached the Single Assessment as requested.

Sam

________________________________

From: eastNAM@newham.gov.uk <eastNAM@newham.gov.uk>
Sent: 02 February 2026 13:56
To: Sam Example <sam.example@newham.gov.uk>
Subject: RE: Step down - Quill

Hi Sam, please could you send the Single Assessment (Pathway 2)?

From: Sam Example <sam.example@newham.gov.uk>
Sent: 27 January 2026 15:48
To: eastNAM@newham.gov.uk
Subject: Step down - Quill

Hello, closure letter attached.
"""

APPLE_REPLY = """Sorry, here it is.

On 9 Oct 2026, at 10:32, westNAM@newham.gov.uk <westNAM@newham.gov.uk> wrote:

> Hi, please send the plan.
>
> On 8 Oct 2026, at 10:37, Sam Example <sam.example@newham.gov.uk> wrote:
>
>> Letter attached.
"""


def test_outlook_thread_segments_have_authors():
    segs = split_body(OUTLOOK_REPLY, Address("Sam Example", "sam.example@newham.gov.uk"))
    assert [s.depth for s in segs] == [0, 1, 2]
    assert segs[1].author.email == "eastnam@newham.gov.uk"
    assert "Pathway 2" in segs[1].text and "Pathway 2" not in segs[0].text
    assert segs[1].subject == "RE: Step down - Quill"


def test_apple_quotes_nest():
    segs = split_body(APPLE_REPLY)
    assert segs[0].text == "Sorry, here it is."
    assert segs[1].author.email == "westnam@newham.gov.uk"
    assert segs[1].text.startswith("Hi, please send the plan.")
    assert segs[2].author.email == "sam.example@newham.gov.uk"
    assert segs[2].text == "Letter attached."


def test_original_message_separator():
    body = "FYI\n\n-----Original Message-----\nFrom: Jo Bloggs <jo@example.org>\nSent: 1 March 2026\nTo: Sam\nSubject: Letter\n\nDear Ms Quill"
    segs = split_body(body)
    assert segs[1].author.email == "jo@example.org"
    assert segs[1].text == "Dear Ms Quill"


def test_plain_body_is_one_segment():
    assert len(split_body("Hello\n\nFrom my phone")) == 1


def test_angle_quoted_outlook_headers_without_a_wrote_line():
    body = ("Yes, Dad agrees with the plan.\n\nPat Example\n\n"
            "> From: West NAM <westNAM@newham.gov.uk>\n> Sent: 02 March 2026 10:00\n> Subject: Step down - Quill\n>\n"
            "> Has the family agreed?\n\nSent from my phone")
    segs = split_body(body, Address("Pat Example", "pat@example.org"))
    assert [(s.depth, s.author.email) for s in segs] == [
        (0, "pat@example.org"), (1, "westnam@newham.gov.uk"), (0, "pat@example.org")]
    assert segs[1].subject == "Step down - Quill" and segs[1].text == "Has the family agreed?"
    assert "From:" not in segs[0].text


def test_angle_quoted_text_without_headers_stays_with_the_writer():
    segs = split_body("I agree with this:\n> the plan is fine\nThanks", Address("Pat", "pat@example.org"))
    assert len(segs) == 1 and "> the plan is fine" in segs[0].text

import datetime as dt
from dataclasses import replace
import email
from email import policy
from pathlib import Path

from inboxbot.decide import MissingItem, ReplyPlan, UnreadableFile
from inboxbot.replies import Original, ReplySettings, Templates, render_reply, reply_subject

ROOT = Path(__file__).resolve().parents[2]
LONG_ID = "<CWLP123MB80775BD9835414B2639CAF37150914B@CWLP123MB8077.GBRP265.PROD.OUTLOOK.COM>"
NOW = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)
SETTINGS = ReplySettings("Early Help Partnership Team <earlyhelppartnershipteam@newham.gov.uk>", "Early Help Partnership Team", "Egress")


def render(plan, subject="Closure letter and SA – Wiśniewska family"):
    return render_reply(plan, case_ref="EH-000123", family="Wiśniewska", neighbourhood="east",
                        original=Original(LONG_ID, ("<first@x>",), subject), settings=SETTINGS,
                        templates=Templates(ROOT / "templates"), now=NOW)


def headers_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]


def test_query_headers_raw_and_crlf():
    plan = ReplyPlan("query", "dawn@newham.gov.uk", ("consent", "smart_plan"),
                     (MissingItem("consent", "Family consent", "Tell us how the family agreed to early help.", "not mentioned"),
                      MissingItem("smart_plan", "SMART plan", "Attach the agreed plan (what, who, by when).", "")),
                     (UnreadableFile("Single Assessment.pdf", "password-protected"),))
    r = render(plan)
    head = headers_block(r.raw)
    assert b"In-Reply-To: " + LONG_ID.encode() + b"\r\n" in head
    assert b"References: <first@x> " + LONG_ID.encode() + b"\r\n" in head
    assert b"=?" not in head.split(b"Subject:")[0]  # nothing before Subject is encoded
    assert b"\n" not in r.raw.replace(b"\r\n", b"")  # CRLF only
    msg = email.message_from_bytes(r.raw, policy=policy.default)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Inboxbot-Case"] == "EH-000123"
    assert msg["X-Inboxbot-Missing"] == "consent,smart_plan"
    assert "[EH-000123]" in msg["Subject"] and msg["Subject"].startswith("Re: ")
    assert msg["In-Reply-To"] == LONG_ID
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Tell us how the family agreed" in text and "Attach the agreed plan" in html
    assert "Single Assessment.pdf" in text and "password" in text and "Egress" in text
    assert msg["Message-ID"] == r.message_id


def test_acknowledgement_has_due_date_and_no_missing_header_value():
    plan = ReplyPlan("acknowledgement", "dawn@newham.gov.uk", (), taf_review_due=dt.date(2026, 12, 14),
                     transition_date=dt.date(2026, 11, 2), pathway="1")
    msg = email.message_from_bytes(render(plan).raw, policy=policy.default)
    assert msg["X-Inboxbot-Missing"] in (None, "")
    assert "Monday 14 December 2026" in msg.get_body(("plain",)).get_content()


def test_pathway_query_header():
    msg = email.message_from_bytes(render(ReplyPlan("pathway_query", "d@newham.gov.uk", ("pathway",))).raw, policy=policy.default)
    assert msg["X-Inboxbot-Missing"] == "pathway"
    assert "Pathway 3" in msg.get_body(("plain",)).get_content()


def test_html_is_escaped():
    plan = ReplyPlan("query", "d@newham.gov.uk", ("consent",), (MissingItem("consent", "<b>x</b>", "a & b", ""),))
    msg = email.message_from_bytes(render(plan).raw, policy=policy.default)
    assert "&lt;b&gt;x&lt;/b&gt;" in msg.get_body(("html",)).get_content()


def test_subject():
    assert reply_subject("RE: Closure - Okafor", "EH-000001") == "RE: Closure - Okafor [EH-000001]"
    assert reply_subject("Closure [EH-000001]", "EH-000001") == "Re: Closure [EH-000001]"
    assert reply_subject("", "EH-000001") == "Re: Your step-down submission [EH-000001]"


def test_a_protected_file_is_asked_for_without_its_password_a_damaged_one_as_a_readable_copy():
    plan = ReplyPlan("query", "dawn@newham.gov.uk", ("assessment_attached",),
                     (MissingItem("assessment_attached", "The assessment", "Attach the Single Assessment.", ""),),
                     (UnreadableFile("SA.pdf", "password-protected"), UnreadableFile("Letter.docx", "unreadable")))
    for template in ("query", "pathway_query"):
        msg = email.message_from_bytes(render(replace(plan, template=template)).raw, policy=policy.default)
        for body in (msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()):
            protected, _, damaged = body.partition("Letter.docx")
            protected = protected[protected.index("SA.pdf"):]
            assert "password-protected" in protected and "without a password" in protected
            assert "damaged or too large" in damaged and "Egress" in damaged
            assert "password" not in damaged[:damaged.index("Egress")]

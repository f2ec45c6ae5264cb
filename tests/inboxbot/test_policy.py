import pytest

from inboxbot.policy import PolicySettings, auth_failure, lookalike_of, screen

from .daemon_helpers import parsed

S = PolicySettings(allowed_domains=("newham.gov.uk",), partner_domains=("newham.sch.uk", "nhs.net"), authserv_id="mx.newham.gov.uk",
                   own_addresses=("eastnam@newham.gov.uk",))


def test_allowed_partner_and_other():
    assert screen(parsed(), S).verdict == "ok"
    assert screen(parsed(sender="a@sub.newham.gov.uk"), S).verdict == "ok"
    assert screen(parsed(sender="f.jones@beaconfields.newham.sch.uk"), S).verdict == "partner"
    r = screen(parsed(sender="someone@gmail.com", name="Someone"), S)
    assert r.verdict == "not_allowed" and not r.spoof


@pytest.mark.parametrize(
    "headers, content_type, sender",
    [
        ([("Auto-Submitted", "auto-replied")], "text/plain", "a@newham.gov.uk"),
        ([("Auto-Submitted", "auto-generated; foo")], "text/plain", "a@newham.gov.uk"),
        ([("X-Auto-Response-Suppress", "All")], "text/plain", "a@newham.gov.uk"),
        ([("Precedence", "bulk")], "text/plain", "a@newham.gov.uk"),
        ([("Precedence", "list")], "text/plain", "a@newham.gov.uk"),
        ([("Precedence", "junk")], "text/plain", "a@newham.gov.uk"),
        ([("Return-Path", "<>")], "text/plain", "a@newham.gov.uk"),
        ([("List-Id", "<news.newham.gov.uk>")], "text/plain", "a@newham.gov.uk"),
        ([], "multipart/report", "a@newham.gov.uk"),
        ([], "text/plain", "MAILER-DAEMON@newham.gov.uk"),
        ([], "text/plain", "postmaster@newham.gov.uk"),
        ([], "text/plain", "eastnam@newham.gov.uk"),
    ],
)
def test_automated_never_replied(headers, content_type, sender):
    r = screen(parsed(headers=headers, content_type=content_type, sender=sender), S)
    assert r.verdict == "automated" and not r.may_reply


def test_auto_submitted_no_is_a_person():
    assert screen(parsed(headers=[("Auto-Submitted", "no")]), S).verdict == "ok"


def test_dmarc_fail_only_from_topmost_own_header():
    forged_below = [
        ("Authentication-Results", "mx.newham.gov.uk; spf=pass smtp.mailfrom=newham.gov.uk; dmarc=pass header.from=newham.gov.uk"),
        ("Authentication-Results", "mx.newham.gov.uk; dmarc=fail header.from=newham.gov.uk"),
    ]
    assert screen(parsed(headers=forged_below), S).verdict == "ok"
    failing = [
        ("Authentication-Results", "other.example; dmarc=pass"),
        ("Authentication-Results", "mx.newham.gov.uk; spf=fail smtp.mailfrom=newham.gov.uk; dmarc=fail (p=reject) header.from=newham.gov.uk"),
    ]
    r = screen(parsed(headers=failing), S)
    assert r.verdict == "not_allowed" and r.spoof and "fail" in r.reason
    # a foreign server's "fail" is not ours to trust (and not ours to be fooled by)
    assert screen(parsed(headers=[("Authentication-Results", "evil.example; dmarc=fail")]), S).verdict == "ok"


def test_exchange_style_results_without_authserv_id():
    h = [("Authentication-Results", "spf=fail (sender IP is 1.2.3.4) smtp.mailfrom=newham.gov.uk; dkim=none; dmarc=fail action=quarantine header.from=newham.gov.uk;compauth=fail")]
    assert auth_failure(parsed(headers=h), "-") == "DMARC fail" or auth_failure(parsed(headers=h), "-") == "SPF fail"
    assert auth_failure(parsed(headers=h), "") is None  # not configured: ignored


@pytest.mark.parametrize("domain", ["newham-gov.uk", "newharn.gov.uk", "newham.gov.uk.example.com", "newham0.gov.uk", "newhamgov.uk", "newham-council.co.uk"])
def test_lookalikes(domain):
    assert lookalike_of(domain, ("newham.gov.uk",)) == "newham.gov.uk"
    r = screen(parsed(sender=f"dawn@{domain}"), S)
    assert r.verdict == "not_allowed" and r.spoof


@pytest.mark.parametrize("domain", ["gmail.com", "outlook.com", "hackney.gov.uk", "example.org"])
def test_not_lookalikes(domain):
    assert lookalike_of(domain, ("newham.gov.uk",)) is None


def test_display_name_spoof():
    r = screen(parsed(sender="x@gmail.com", name="Dawn (newham.gov.uk)"), S)
    assert r.verdict == "not_allowed" and r.spoof and "display name" in r.reason
    r = screen(parsed(sender="x@gmail.com", name="dawn.example@newham.gov.uk"), S)
    assert r.spoof
    # unquoted, the parser takes "(newham.gov.uk)" as a comment: the raw header still shows it
    r = screen(parsed(sender="x@gmail.com", name="Dawn", headers=[("From", "Dawn (newham.gov.uk) <x@gmail.com>")]), S)
    assert r.spoof


@pytest.mark.parametrize("subject", ["Automatic reply: Closure letter", "Out of Office: NAM", "Undeliverable: Step down",
                                     "Read: Closure letter - Testfamily", "Accepted: East NAM", "Declined: East NAM"])
def test_notices_known_by_their_subject_alone_are_automated(subject):
    r = screen(parsed(subject=subject), S)
    assert r.verdict == "automated" and "subject" in r.reason


@pytest.mark.parametrize("subject", ["Invitation: East NAM", "Re: Closure letter", "Reading list for the family",
                                     "Step down - accepted by the family"])
def test_people_s_subjects_are_not_automated(subject):
    assert screen(parsed(subject=subject), S).verdict == "ok"


def test_no_sender_address_is_not_robot_mail_and_gets_no_reply():
    r = screen(parsed(sender="", name=""), S)
    assert r.verdict == "not_allowed" and not r.spoof and r.reason == "no sender address" and not r.may_reply


def test_a_header_value_quoted_in_a_reason_is_cut_short():
    r = screen(parsed(headers=[("Auto-Submitted", "\u20ac" * 3000)]), S)
    assert r.verdict == "automated" and len(r.reason) < 60

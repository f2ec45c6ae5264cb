from parsers.mbox import is_mbox, split_mbox


def test_split_mbox_and_unquote_from_lines():
    data = (
        b"From a@example.test Mon Jan  1 00:00:00 2026\nSubject: one\n\nFirst\n>From the start\n\n"
        b"From b@example.test Mon Jan  1 00:00:01 2026\nSubject: two\n\nSecond\n"
    )
    assert is_mbox(data)
    one, two = split_mbox(data)
    assert one == b"Subject: one\n\nFirst\nFrom the start\n"
    assert two.startswith(b"Subject: two")


def test_a_plain_email_is_not_an_mbox():
    data = b"Subject: x\r\n\r\nFrom here on\r\n"
    assert not is_mbox(data)
    assert split_mbox(data) == [data]

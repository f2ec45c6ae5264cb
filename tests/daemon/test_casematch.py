import datetime as dt

from inboxbot.casematch import CaseKey, family_key, match_case, refs_in

A = CaseKey(1, "EH-000001", "O’Brien", frozenset({dt.date(2015, 4, 3)}), "awaiting_information")
B = CaseKey(2, "EH-000002", "Wiśniewska", frozenset({dt.date(2019, 1, 9)}), "acknowledged")


class Lookup:
    def __init__(self, refs=None, mids=None, fam=None):
        self.refs, self.mids, self.fam = refs or {}, mids or {}, fam or {}

    def by_ref(self, ref):
        return self.refs.get(ref)

    def by_message_ids(self, ids):
        for i in ids:
            if i in self.mids:
                return self.mids[i]
        return None

    def by_family(self, key):
        return self.fam.get(key, [])


def m(lookup, subject="", body="", irt=(), refs=(), family=None, dobs=()):
    return match_case(subject=subject, body=body, in_reply_to=irt, references=refs, family=family, dobs=dobs, lookup=lookup)


def test_reference_in_subject_wins():
    got = m(Lookup(refs={"EH-000002": B}, mids={"<q@x>": A}), subject="RE: Closure [EH-000002]", irt=("<q@x>",))
    assert got.case is B and got.how == "reference"


def test_unknown_reference_falls_through_to_thread():
    got = m(Lookup(mids={"<q@x>": A}), subject="RE: [EH-999999]", irt=("<q@x>",))
    assert got.case is A and got.how == "thread"


def test_references_header():
    got = m(Lookup(mids={"<q@x>": A}), refs=("<orig@y>", "<q@x>"))
    assert got.how == "thread"


def test_family_and_dob():
    lk = Lookup(fam={"obrien": [A]})
    assert m(lk, family="O'Brien family", dobs=[dt.date(2015, 4, 3)]).how == "family_dob"
    assert m(lk, family="O'Brien", dobs=[dt.date(2016, 4, 3)]) is None
    assert m(lk, family="O'Brien", dobs=[None]) is None


def test_family_key_and_refs():
    assert family_key("Wiśniewska") == "wisniewska"
    assert family_key("The O’Brien Family") == "theobrien"
    assert refs_in("Re: x EH-000123", "quoted [EH-000124] and EH-000125") == ["EH-000123", "EH-000124"]

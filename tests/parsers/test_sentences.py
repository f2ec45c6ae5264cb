from parsers.sentences import sentences


def test_a_line_that_runs_on_is_not_a_heading():
    text = ("Your lead practitioner is Mrs Nora Pellow, Pastoral Lead at\n"
            "Fernbank Primary School (n.pellow@fernbank.example.org).\nNext steps\nWe will meet again soon.")
    got = [(s.text, s.heading) for s in sentences(text)]
    assert got[0] == ("Your lead practitioner is Mrs Nora Pellow, Pastoral Lead at Fernbank Primary School "
                      "(n.pellow@fernbank.example.org).", False)
    assert ("Next steps", True) in got


def test_a_heading_after_a_wrapped_table_cell_ending_in_a_year_is_its_own_heading():
    text = "Plan\nCourse starts 15 September\n2026\nIf things go wrong\nIf the plan stops, the school will ask for advice."
    got = [(s.text, s.heading) for s in sentences(text)]
    assert ("If things go wrong", True) in got
    assert ("If the plan stops, the school will ask for advice.", False) in got


def test_a_salutation_ending_in_a_comma_stays_apart_from_the_heading_below_it():
    got = [(s.text, s.heading) for s in sentences("Dear Ms Quill,\nReason for closure\nThe case is closing.")]
    assert got[:2] == [("Dear Ms Quill,", True), ("Reason for closure", True)]


def test_a_title_over_a_bulleted_list_is_a_heading():
    got = [(s.text, s.heading, s.section) for s in sentences("Plan\n• By 23 January 2026 - Ms Quill - book the course.\n• By 30 January 2026 - Mr Pellow - call.")]
    assert got[0] == ("Plan", True, "")
    assert got[1] == ("• By 23 January 2026 - Ms Quill - book the course.", False, "Plan")

"""Cases 1-4: pathway 1 step-downs written by social workers."""
from __future__ import annotations

from .common import NAM, D, council_sig, long_date, single_assessment, slash, when
from .kit import Case, Doc, h, p, t

# ---- 1: long narrative letter, no headings, everything buried in paragraphs ----
_kids1 = [("Tobi Adeyemi", D(2012, 6, 14), "M"), ("Damilola Adeyemi", D(2016, 3, 3), "F"),
          ("Kemi Adeyemi", D(2019, 11, 22), "F")]
_lp1 = {"name": "Patience Owusu", "role": "Inclusion Manager and Designated Safeguarding Lead",
        "agency": "Cranberry Lane Primary School", "email": "p.owusu@cranberrylane.sch.uk",
        "phone": "020 7946 0382"}
_letter1 = Doc("Adeyemi closure letter Nov 26.docx", "closure_letter", "docx", [
    p("Intervention Team (East)\nLondon Borough of Newham\nNewham Dockside\n1000 Dockside Road\nLondon E16 2QU"),
    p("6th November 2026"),
    p("Ms Folake Adeyemi\n41 Wharfedale Road\nLondon E12 6QS"),
    p("Dear Folake,"),
    p("Re: Tobi Adeyemi (born 14/06/2012), Damilola Adeyemi (born 03/03/2016) and Kemi Adeyemi "
      "(born 22/11/2019)"),
    p("I wanted to write to you properly now that we have reached the end of our time working together. "
      "As you know, the children have been supported under a Child in Need plan since March, after the "
      "incident at the flat in February and the worries the school raised about Tobi coming in hungry and "
      "tired. On Tuesday 27th October 2026 we held the final Child in Need meeting at your home. You were "
      "there with your sister Bisi, together with Mrs Owusu from Cranberry Lane, Siobhan Carey your health "
      "visitor, and Dev Patel, Tobi's Head of Year at Plaistow Marsh Academy, and between us we agreed "
      "that the plan could end and that the family would carry on with support from early help.",
      "transition_meeting", "team_around_family"),
    p("I want to recognise how much has changed. You completed the Freedom Programme at the Forest Gate "
      "children's centre, you moved into the new tenancy in Manor Park in July, and you have kept every "
      "appointment with the housing officer and with me. Tobi's attendance has gone from 71% to 96% this "
      "term, Damilola is much more settled, and Kemi's speech has come on since she started nursery. There "
      "have been no further police call-outs since April. Because of this I, and my manager, do not think "
      "the children need a social worker any more; what is left - Tobi's anger at school, Kemi's speech and "
      "your wish to get back into work - is the kind of need that early help (level 2) is there for.",
      "rationale"),
    p("When I saw you on 20th October we talked this through again and you told me you were happy for "
      "early help to continue through the school, and you signed the consent to early help form, which is "
      "on your file.", "consent"),
    p("Mrs Patience Owusu, the Inclusion Manager and Designated Safeguarding Lead at Cranberry Lane "
      "Primary School, has agreed to be your Early Help Lead Practitioner. You can reach her on "
      "020 7946 0382 or at p.owusu@cranberrylane.sch.uk, and she will be in touch to set up the first "
      "Team Around the Family meeting.", "lead_practitioner"),
    p("What we agreed at the meeting is this. Mrs Owusu will hold the first Team Around the Family "
      "meeting with you by Friday 4th December 2026 and review the plan every six weeks after that. Siobhan "
      "Carey will complete Kemi's 2-year developmental follow-up and make the speech and language referral "
      "by 18th December 2026. Dev Patel will carry on Tobi's weekly mentoring sessions on Wednesdays until "
      "the Easter holidays (26th March 2027) and will let Mrs Owusu know if Tobi has more than two "
      "exclusions or internal isolations in a half term. You agreed to go to the Work Ready course at the "
      "Beckton job centre starting on 13th January 2027 and to take Damilola to the Saturday club at the "
      "library from 14th November.", "smart_plan"),
    p("I also have to be honest about what worries us if things slip. If Tobi's attendance starts to drop "
      "again, or if you stop meeting Mrs Owusu, there is a real risk that things at home go back to how "
      "they were in the spring, and the children would again be exposed to arguments and to going without. "
      "If any professional becomes worried that there is a risk of significant harm to any of the children, "
      "or if your ex-partner comes back to the property, they will make a referral straight to LBN Triage "
      "and Mrs Owusu will ask the Early Help Partnership Team for advice. If this happens within three "
      "months the case would come back to me.", "contingency"),
    p("I have sent a copy of this letter and of the updated assessment to Mrs Owusu, Siobhan and Dev. "
      "Thank you for everything you have put in. It has been a pleasure getting to know you all."),
    p("Yours sincerely,\n\nBernadette Kilroy\nSenior Social Worker\nIntervention Team (East), "
      "London Borough of Newham", "signature"),
], title="Closure letter")
_sa1 = single_assessment("SA Adeyemi updated Aug 2026.pdf", "pdf", _kids1, D(2026, 8, 18),
                         "Bernadette Kilroy", "Intervention Team (East)", [
    h("Reason for assessment"),
    p("Updated assessment to review progress on the Child in Need plan that began on 11/03/2026."),
    h("Analysis"),
    p("Ms Adeyemi has engaged well and has made sustained changes; the home conditions have been "
      "good at all unannounced visits. The children's needs are now assessed as being at level 2 of the "
      "continuum of need."),
    h("Outcome"),
    p("Recommended outcome: close the Child in Need plan and de-escalate to non-statutory services, with "
      "early help through the school.")], printed=D(2026, 11, 5))
CASE1 = Case(
    1, "submission", "1", "east", "outlook",
    ("Bernadette Kilroy", "Bernadette.Kilroy@newham.gov.uk"), [NAM["east"]],
    "Adeyemi - CIN closure / step down", when(2026, 11, 6, 16, 48),
    [p("Hi all"),
     p("Attached is the closure letter and updated SA for the Adeyemi children. CIN closing and "
       "stepping down to early help with Cranberry Lane leading. Any probs let me know."),
     p("Thanks\nBernie"),
     council_sig("Bernadette Kilroy", "Senior Social Worker", "Intervention Team (East)",
                 "020 7946 0851", "Bernadette.Kilroy@newham.gov.uk")],
    [_letter1, _sa1], family="Adeyemi", children=[(n, d) for n, d, _ in _kids1], lp=_lp1,
    assessment_date=D(2026, 8, 18), letter_date=D(2026, 11, 6),
    exercises="long narrative letter with no headings; every requirement buried in prose paragraphs",
    notes="complete; closure letter .docx written as a personal narrative letter with no headings; "
          "final CIN meeting, TAF names, consent, LP, SMART plan and contingency all inside paragraphs; "
          "SA as text PDF with a print date in the footer")

# ---- 2: consent only 'to be discussed' ----
_kids2 = [("Maja Kowalczyk", D(2014, 4, 30), "F"), ("Filip Kowalczyk", D(2018, 1, 9), "M")]
_lp2 = {"name": "Hannah Bright", "role": "Parent Support Advisor", "agency": "Gainsford Road Primary School",
        "email": "hbright@gainsfordroad.sch.uk", "phone": "020 7946 0412"}
_letter2 = Doc("Kowalczyk - case closure letter.pdf", "closure_letter", "pdf", [
    p("LONDON BOROUGH OF NEWHAM - CHILDREN AND YOUNG PEOPLE'S SERVICES\nIntervention Team West"),
    p("Date: 10/11/2026"),
    p("Dear Ms Kowalczyk"),
    h("TRANSITION TO EARLY HELP: KOWALCZYK FAMILY"),
    p("Maja Kowalczyk - date of birth 30.04.2014\nFilip Kowalczyk - date of birth 09.01.2018"),
    h("WHY WE ARE CLOSING"),
    p("Maja and Filip were subject to a Child Protection plan from January 2026 under the category of "
      "neglect, which ended in July, and they have since been on a Child in Need plan. Over this time you "
      "have worked with the Family Intervention worker on routines and home conditions, the children have "
      "been registered with a dentist and Filip's eczema is under control. School attendance for both "
      "children is now over 95%. The final CIN meeting took place on 4th November 2026 at Gainsford Road "
      "Primary with Mrs Bright and Lucy Tran attending. As the children's needs are now at level 2 and you "
      "have shown that you can keep these changes going, social care involvement will end.",
      "rationale", "transition_meeting"),
    h("CONSENT"),
    p("Consent for ongoing early help is to be discussed with you at my last home visit on 19/11/2026. "
      "I will let Mrs Bright and the NAM team know the outcome once we have spoken."),
    h("YOUR EARLY HELP LEAD PRACTITIONER"),
    p("Hannah Bright, Parent Support Advisor, Gainsford Road Primary School - 020 7946 0412, "
      "hbright@gainsfordroad.sch.uk", "lead_practitioner"),
    h("TEAM AROUND THE FAMILY"),
    p("Lucy Tran, School Nurse, Newham 0-19 Health Service (lucy.tran@newham019.nhs.uk)\n"
      "Dr Rahul Mehta, GP, Abbey Mills Medical Centre", "team_around_family"),
    h("PLAN"),
    t([["What", "Who", "By when"],
       ["First TAF meeting with Ms Kowalczyk", "Hannah Bright", "11/12/2026"],
       ["Health review for Filip including eczema and weight", "Lucy Tran", "31/01/2027"],
       ["Weekly check of homework diary and reading record", "Ms Kowalczyk with class teacher", "every Friday, review at each TAF"],
       ["Referral to Family Learning ESOL class", "Hannah Bright", "18/12/2026"]], "smart_plan"),
    h("IF THINGS GET WORSE"),
    p("If the family do not engage, the children's attendance and health needs are likely to slip back "
      "and neglect could re-emerge. If attendance falls under 90% for two weeks, or any professional has "
      "concerns about the home conditions, Mrs Bright will call a TAF within 5 working days and ask the "
      "Early Help Partnership Team for advice; where there is a risk of significant harm a referral will "
      "be made to LBN Triage.", "contingency"),
    p("Kind regards\n\nMarcus Oyelaran\nSocial Worker, Intervention Team West", "signature"),
], title="Case closure")
_sa2 = single_assessment("Single Assessment - Kowalczyk.docx", "docx", _kids2, D(2026, 9, 2),
                         "Marcus Oyelaran", "Intervention Team West", [
    h("Summary of analysis"),
    p("Ms Kowalczyk has made good use of the support offered. The children present as well cared for. "
      "Needs now sit at level 2 and it is recommended that the CIN plan ends and the family are supported "
      "through early help led by the school.", "rationale")])
CASE2 = Case(
    2, "submission", "1", "west", "outlook",
    ("Marcus Oyelaran", "Marcus.Oyelaran@newham.gov.uk"), [NAM["west"]],
    "Step down - Kowalczyk (Maja & Filip)", when(2026, 11, 10, 12, 31),
    [p("Good afternoon,"),
     p("Please see attached closure letter and SA for the above family who are stepping down from CIN "
       "to early help. Hannah Bright at Gainsford Road has agreed to be LP."),
     p("Many thanks,"),
     council_sig("Marcus Oyelaran", "Social Worker", "Intervention Team West", "020 7946 0534",
                 "Marcus.Oyelaran@newham.gov.uk")],
    [_letter2, _sa2], family="Kowalczyk", children=[(n, d) for n, d, _ in _kids2], lp=_lp2,
    assessment_date=D(2026, 9, 2), letter_date=D(2026, 11, 10),
    exercises="tricky negative: consent 'to be discussed' at a later visit, under a CONSENT heading",
    notes="missing consent: the letter has a CONSENT section saying consent 'is to be discussed' at a "
          "later home visit; everything else present; all-caps headings; text PDF letter, SA .docx")

# ---- 3: DOCX with tables for children, plan and professionals; final meeting only 'pencilled in' ----
_kids3 = [("Ayaan Hussain", D(2014, 2, 7), "M"), ("Inaya Hussain", D(2017, 9, 19), "F")]
_lp3 = {"name": "Sarah Whitlock", "role": "SENCo", "agency": "Thornbury Fields Primary School",
        "email": "swhitlock@thornburyfields.sch.uk", "phone": "020 7946 0227"}
_letter3 = Doc("Closure letter - Hussain family.docx", "closure_letter", "docx", [
    p("0-25 SEND Service - Social Care\nLondon Borough of Newham"),
    p("16 November 2026"),
    p("Dear Mrs Begum and Mr Hussain,"),
    h("Transition to Early Help: Hussain family"),
    t([["Child", "Date of birth", "School"],
       ["Ayaan Hussain", "07/02/2014", "Thornbury Fields Primary (Year 7 transition deferred)"],
       ["Inaya Hussain", "19/09/2017", "Thornbury Fields Primary"]]),
    p("I am writing to confirm that we have discussed the move to early help and that both of you agreed "
      "to it when I visited you at home on 2 November 2026; you also signed the early help consent form that day. This "
      "means that social care involvement from the 0-25 SEND team will now come to an end.", "consent"),
    p("Ayaan has been on a Child in Need plan since January because of the strain his needs (autism and "
      "a sleep disorder) were putting on the family. Since then the overnight short breaks have been "
      "agreed through the EHCP, the OT adaptations to the bathroom are finished, and you have both been on "
      "the Cygnet parenting course. Ayaan's school place is secure and the family are coping much better. "
      "The remaining needs are about routines, Inaya's worries and carer support, which can be met at "
      "level 2, so we feel it is the right time to step down.", "rationale"),
    p("The final Child in Need / transition meeting has been pencilled in for Thursday 3 December at "
      "Thornbury Fields, subject to everyone's availability, and I will send the invitation next week."),
    h("Your Early Help Lead Practitioner"),
    t([["Name", "Role / agency", "Contact"],
       ["Sarah Whitlock", "SENCo, Thornbury Fields Primary School",
        "020 7946 0227 / swhitlock@thornburyfields.sch.uk"]], "lead_practitioner"),
    h("Team Around the Family"),
    t([["Name", "Role", "Agency"],
       ["Gemma Fairweather", "Short Breaks Coordinator", "Newham Short Breaks Service"],
       ["Dr Olu Adebanjo", "Community Paediatrician", "Newham Child Development Centre"],
       ["Nirmala Das", "Young Carers Worker", "Carers First East"]], "team_around_family"),
    h("Early help plan"),
    t([["Need", "Action", "Who", "By when"],
       ["Sleep", "Sleep clinic follow-up and melatonin review", "Dr Adebanjo", "January 2027 clinic (by 29/01/2027)"],
       ["Inaya's anxiety", "Weekly ELSA sessions at school", "Sarah Whitlock", "start 23/11/2026, review 12/02/2027"],
       ["Carer support", "Carers assessment for Mrs Begum", "Nirmala Das", "by 18/12/2026"],
       ["Respite", "Confirm Saturday short breaks for Spring term", "Gemma Fairweather", "by 08/01/2027"]],
      "smart_plan"),
    h("If things become difficult"),
    p("If the agreed short breaks stop or the family withdraw from the plan, the risk is that parental "
      "stress rises again and Ayaan's behaviour at home becomes unmanageable, which is what led to the "
      "original referral. If that happens, or if there is any injury or safeguarding concern, Sarah will "
      "contact the Early Help Partnership Team and, where there is a risk of significant harm, refer to "
      "LBN Triage; within three months of closure the case would return to me.", "contingency"),
    p("I have attached a copy of Ayaan's assessment. Please call me if you have any questions."),
    p("Best wishes\n\nPriya Raghunathan\nSocial Worker, 0-25 SEND Service", "signature"),
], title="Transition to Early Help")
_sa3 = single_assessment("Hussain SA (Ayaan) Oct 2026.pdf", "pdf", _kids3, D(2026, 10, 1),
                         "Priya Raghunathan", "0-25 SEND Service", [
    h("Analysis and recommendation"),
    p("Ayaan's needs are being met through his EHCP and short breaks. The parents are coping and the "
      "threshold for a Child in Need plan is no longer met. Recommended: step down to early help "
      "(level 2) led by school, subject to a transition meeting.")], dobfmt=lambda d: f"{d:%d-%b-%Y}")
CASE3 = Case(
    3, "submission", "1", "central", "owa",
    ("Priya Raghunathan", "Priya.Raghunathan@newham.gov.uk"), [NAM["central"]],
    "Transition to Early Help - Ayaan & Inaya Hussain", when(2026, 11, 16, 9, 12),
    [p("Dear NAM team,"),
     p("Please find attached closure letter and SA for the Hussain family (0-25 SEND, CIN). Tables in the "
       "letter have the children, TAF and plan."),
     p("Kind regards,\nPriya"),
     council_sig("Priya Raghunathan", "Social Worker", "0-25 SEND Service", "020 7946 0978",
                 "Priya.Raghunathan@newham.gov.uk")],
    [_letter3, _sa3], family="Hussain", children=[(n, d) for n, d, _ in _kids3], lp=_lp3,
    assessment_date=D(2026, 10, 1), letter_date=D(2026, 11, 16),
    exercises="tricky negative: final CIN meeting only 'pencilled in'; DOCX tables for children, LP, TAF and plan",
    notes="missing transition_meeting: the final CIN/transition meeting is only 'pencilled in' for a "
          "future date; 0-25 SEND pathway 1; mother's surname Begum differs from the children's; "
          "DOBs in the SA as 07-Feb-2014")

# ---- 4: manager forwards; scanned image-only letter signed by the worker ----
_kids4 = [("Rafael Costa", D(2013, 9, 2), "M"), ("Luana Costa", D(2018, 4, 11), "F")]
_lp4 = {"name": "Joanne Ebanks", "role": "Families First Coach", "agency": "Families First (South)",
        "email": "Joanne.Ebanks@newham.gov.uk", "phone": "020 7946 0693"}
_letter4 = Doc("SCAN_20261103_1422.pdf", "closure_letter", "scan", [
    p("London Borough of Newham - Intervention Team (South)"),
    p("3 November 2026"),
    p("Dear Ms Costa,"),
    h("Transition to Early Help - Costa family"),
    p("Rafael Costa, born 2 September 2013. Luana Costa, born 11 April 2018."),
    p("I am writing to confirm that we have discussed transition to early help and that you have "
      "consented to receiving early help from Families First. This means that social care involvement "
      "with you will now come to an end.", "consent"),
    p("Rafael and Luana have been on a Child Protection plan and then a Child in Need plan since "
      "November 2025. You have separated from Mr Pereira, obtained a non-molestation order and taken "
      "part in the Caring Dads / Freedom work. There have been no incidents since March and the "
      "children are doing well. Their remaining needs (Rafael's behaviour and the family's finances) "
      "are at level 2.", "rationale"),
    p("We held the final CIN meeting on 28 October 2026 with you, Joanne Ebanks (Families First), "
      "Mr Tomasz Wolny (DSL, Brickfield Secondary School) and Aisha Noor (Family Support, Canning Town "
      "Children's Centre), where the plan below was agreed.", "transition_meeting", "team_around_family"),
    p("Your Early Help Lead Practitioner is Joanne Ebanks, Families First Coach, Families First (South), "
      "tel 020 7946 0693, Joanne.Ebanks@newham.gov.uk.", "lead_practitioner"),
    t([["What", "Who", "By when"],
       ["Home visit and Early Help Record started", "Joanne Ebanks", "20/11/2026"],
       ["Anger management group for Rafael", "Mr Wolny", "Start by 11/01/2027"],
       ["Benefits and debt advice appointment", "Ms Costa with Aisha Noor", "04/12/2026"],
       ["First TAF review", "Joanne Ebanks", "15/12/2026"]], "smart_plan"),
    p("If you do not engage, Rafael's behaviour and the money worries may build up again and the old "
      "patterns could return. If Mr Pereira returns to the home or any professional believes the "
      "children are at risk of significant harm, Joanne will refer to LBN Triage without delay and "
      "the case may return to the Intervention Team.", "contingency"),
    p("With best wishes for the future"),
    p("[signed]"),
    p("Kwame Asante\nSocial Worker, Intervention Team (South)", "signature"),
], title="scan")
_sa4 = single_assessment("Costa - SA update.pdf", "pdf", _kids4, D(2026, 7, 30),
                         "Kwame Asante", "Intervention Team (South)", [
    h("Conclusion"),
    p("Risks have reduced significantly; the children's needs are now at level 2. Recommendation: end "
      "CIN plan and step down to Families First.", "rationale")],
    start=D(2026, 6, 22), dobfmt=lambda d: f"{d:%d.%m.%Y}")
_fwd4 = (
    "From: Kwame Asante <Kwame.Asante@newham.gov.uk>\n"
    "Sent: 03 November 2026 14:40\n"
    "To: Yvonne Thackeray <Yvonne.Thackeray@newham.gov.uk>\n"
    "Subject: Costa closure docs\n\n"
    "Hi Yvonne, letter (signed, scanned) and SA for Costa attached. I'm on leave from tomorrow - could "
    "you send them to the NAM please? Final CIN was 28/10, Joanne Ebanks is LP.\n\nThanks, Kwame")
CASE4 = Case(
    4, "submission", "1", "south", "outlook",
    ("Yvonne Thackeray", "Yvonne.Thackeray@newham.gov.uk"), [NAM["south"]],
    "FW: Costa closure docs", when(2026, 11, 5, 8, 55),
    [p("Morning,"),
     p("Sending on Kwame's behalf as he is on leave - Costa family, CIN closure stepping down to FF."),
     p("Yvonne Thackeray\nTeam Manager, Intervention Team (South)\nLondon Borough of Newham"),
     p("________________________________\n" + _fwd4, "transition_meeting")],
    [_letter4, _sa4], family="Costa", children=[(n, d) for n, d, _ in _kids4], lp=_lp4,
    assessment_date=D(2026, 7, 30), letter_date=D(2026, 11, 3),
    exercises="manager forwards for the worker; letter is a scanned image-only PDF (OCR needed)",
    notes="complete; team manager forwards (FW:, inline) the social worker's email; the closure letter "
          "is scanned, image-only, hand-signed by the worker with name and title; SA as text PDF")

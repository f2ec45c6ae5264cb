"""Cases 1-8: pathway 1 and the first pathway-2 cases."""
from __future__ import annotations

from tests.heldout7.build import H, OL, P, T, UL, Case, Doc, uk
from tests.heldout7.common import council_sig, d, export_noise, kids, signoff


def c01() -> Case:
    # senior practitioner writing in the third person; complete
    ch = [("Tobi Oduya", "2015-04-12"), ("Kemi Oduya", "2018-09-03")]
    lp = {"name": "Harriet Lyle", "role": "Learning Mentor", "agency": "Brackenfield Primary School",
          "email": "h.lyle@brackenfield.newham.sch.uk", "phone": "020 7946 0312"}
    letter = [
        P("15 September 2026"),
        P("Dear Ms Oduya"),
        H(f"Transition to Early Help – Oduya family: {kids(ch, 'long')}"),
        P("This letter records the decision reached with Ms Blessing Oduya. The family has agreed to continue "
          "with early help once the Child in Need plan ends; Ms Oduya gave her consent at the final meeting and "
          "signed the consent section of the plan.", "consent"),
        P("The Child in Need plan began in March 2026 after concerns about Tobi's school attendance and home "
          "conditions. Since then the home has been made safe, Tobi's attendance has risen from 71% to 94% and "
          "Ms Oduya engages with the parenting course. The remaining needs are at level 2, which is why the "
          "service is stepping down from statutory involvement.", "rationale"),
        P("The final Child in Need meeting took place on 9 September 2026 at Brackenfield Primary School, with "
          "Ms Oduya, Ms Lyle and Nurse Pembury present.", "transition_meeting"),
        P("Ms Harriet Lyle, Learning Mentor at Brackenfield Primary School, will be the Lead Practitioner. She can "
          "be reached on 020 7946 0312 or h.lyle@brackenfield.newham.sch.uk.", "lead_practitioner"),
        P("Also supporting the family will be Nurse Joan Pembury (School Nurse, Thamesgate Children's Health) and "
          "Mr Desmond Achterberg (Family Support Worker, Canning Brook Family Hub).", "team_around_family"),
        H("Agreed plan"),
        P("Ms Lyle will meet Tobi weekly for mentoring and report attendance to the network every half term, "
          "starting 21 September 2026.\nNurse Pembury will complete Kemi's health review by 16 October 2026.\n"
          "Mr Achterberg will support Ms Oduya to finish the parenting course by 27 November 2026.\n"
          "Ms Oduya will bring both children to school on time every day and attend the first review on "
          "28 October 2026.", "smart_plan"),
        P("Should attendance fall below 90% again, or home conditions deteriorate, the family risks a return to "
          "statutory services; Ms Lyle will call a review within a week and, if any child is at risk of "
          "significant harm, refer straight to LBN Triage.", "contingency"),
        signoff("Gareth Emmins", "Advanced Practitioner, Intervention Team 2", "With best wishes for the future"),
    ]
    sa = [
        H("Single Assessment"),
        T([["Child", "Date of birth"], ["Tobi Oduya", "12/04/2015"], ["Kemi Oduya", "03/09/2018"]]),
        P("Assessment start: 03/08/2026    Date completed: 20/08/2026    Authorised: 24/08/2026"),
        H("Analysis"),
        P("Updated at the close of the CIN plan. Progress is sustained; needs now sit at level 2."),
    ]
    return Case(
        inbox="east", kind="submission", pathway="1",
        sender=("Gareth Emmins", "gareth.emmins@newham.gov.uk"), sent=uk(2026, 9, 16, 11, 20),
        subject="Step down - Oduya - CIN closure (Pathway 1)",
        body=[P("Good morning,\n\nThe Oduya family is stepping down from the Child in Need plan (Pathway 1). "
                "The closure letter and the Single Assessment are attached for NAM."),
              P(council_sig("Gareth Emmins", "Advanced Practitioner", "Intervention Team 2", "020 7946 0150"))],
        attachments=[Doc("Oduya closure letter.docx", "closure_letter", "docx", letter),
                     Doc("SA_Oduya_print.pdf", "single_assessment", "export", sa, is_assessment=True,
                         noise=export_noise("Azeus Care", "CF-448120", "15/09/2026 16:02", "GEMMINS"))],
        family="Oduya", children=ch, lp=lp, assessment_date="2026-08-20", letter_date="2026-09-15",
        notes="complete; third-person letter ('The family has agreed', 'Ms Lyle will be the Lead Practitioner'); "
              "plan as prose with who and dates; SA as a case-management print with start/completed/authorised dates "
              "and print-date noise on every page (assessment date = date completed)",
        exercises="third-person prose; plan as prose lines; SA export with three dates")


def c02() -> Case:
    # non-native English writer; consent only 'to be sought'
    ch = [("Andrei Popescu", "2013-11-30"), ("Ioana Popescu", "2016-02-14")]
    lp = {"name": "Marguerite Fenwick", "role": "Designated Safeguarding Lead", "agency": "Cranmore Road Primary School",
          "email": "mfenwick@cranmore.newham.sch.uk", "phone": "07700 900418"}
    letter = [
        P("Date: 02/10/2026"),
        P("Dear Mrs Popescu,"),
        P(f"Subject: Closing of social care and transfer to Early Help for the children {kids(ch, 'dot')}"),
        P("I write you for confirm that social care involvement with your family it is finishing. We were working "
          "together under Child Protection plan from January and after under Child in Need plan since May 2026. "
          "In this time Mr Popescu has moved out, you have finish the Freedom Programme and the children are now "
          "feeling more safe at home, school is reporting they are settled. Because of this the risk is reduce and "
          "the needs what remain can be meet by early help on level 2.", "rationale"),
        P("About consent: we talked about early help on the visit of 22/09 and verbal consent to be sought from you "
          "at the next meeting, when also your husband will be informed."),
        P("The final CIN meeting was held on 29/09/2026 in the Cranmore Road school, with you, Ms Fenwick and the "
          "health visitor Ms Oyelaran.", "transition_meeting"),
        P("Your Lead Practitioner will be Ms Marguerite Fenwick, Designated Safeguarding Lead of Cranmore Road "
          "Primary School, mobile 07700 900418, email mfenwick@cranmore.newham.sch.uk.", "lead_practitioner"),
        P("Other professionals who stay with you: Ms Funmi Oyelaran, Health Visitor (Thamesgate Children's Health, "
          "07700 900452), and Mr Kieran Dobbs, IDVA from Safe Harbour Newham (020 7946 0871).", "team_around_family"),
        T([["What we will do", "Who", "When"],
           ["Weekly check-in with Andrei and Ioana", "Ms Fenwick", "every Monday from 05/10/2026"],
           ["Safety plan review with mum", "Mr Dobbs", "by 30/10/2026"],
           ["Development check for Ioana", "Ms Oyelaran", "by 13/11/2026"]], "smart_plan"),
        P("If you do not engage with this plan, the worries about the children could come back and school will "
          "have to consider again a referral. If there is any new incident of domestic abuse, Ms Fenwick will "
          "contact LBN Triage on same day and the police when is needed.", "contingency"),
        signoff("Ionela Marinescu", "Social Worker, Intervention Team 4", "Yours sincerely"),
    ]
    sa = [H("Single Assessment – Popescu"),
          P(f"Children: {kids(ch, 'slash')}"),
          P("Assessment completed on 11/09/2026 by Ionela Marinescu."),
          P("Summary: CP plan ended May 2026, CIN plan now also ready to close.")]
    return Case(
        inbox="west", kind="submission", pathway="1",
        sender=("Ionela Marinescu", "ionela.marinescu@newham.gov.uk"), sent=uk(2026, 10, 2, 15, 5),
        subject="Popescu family - case closing, pathway 1",
        body=[P("Hello NAM team,\n\nPlease find in attachment the letter of closing and the assessment for "
                "Popescu family. This is from Intervention team (pathway 1).\n\nMany thanks"),
              P(council_sig("Ionela Marinescu", "Social Worker", "Intervention Team 4", "020 7946 0233"))],
        attachments=[Doc("Letter closing Popescu.pdf", "closure_letter", "pdf", letter),
                     Doc("Single Assessment Popescu.docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Popescu", children=ch, lp=lp, assessment_date="2026-09-11", letter_date="2026-10-02",
        notes="missing consent: 'verbal consent to be sought' at the next meeting (not evidenced); writer's first "
              "language is not English (unusual grammar, facts correct); DOBs as d.m.yy",
        exercises="non-native grammar; consent 'to be sought' (tricky negative)")

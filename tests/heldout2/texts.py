"""Phrase banks: stories (work done, remaining need, risks) and requirement wordings."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Case, fmt_date


@dataclass
class Story:
    concern: str  # why the case opened
    work: str  # summary of work done
    why: str  # why level 2 is now right
    risk: str  # impact of non-engagement
    escalate: str  # contingency should risk escalate
    actions: list  # (what, who-key, weeks from letter); who-key: lp | taf0 | taf1 | parent
    vague: list  # (area, plan) with no who / when


STORIES = {
    "dv": Story(
        "a police notification about domestic abuse at home",
        "Mum completed the Freedom Programme at the family hub and put a safety plan in place with me; the children "
        "had direct work about feeling safe, and Dad moved out in the spring with a non-molestation order in place",
        "there have been no further incidents for five months, Mum is protective and the children say they feel "
        "safe, so the remaining needs (routines and emotional wellbeing) can be met at level 2",
        "if Mum stops engaging, the children's emotional wellbeing could slip and any return of Dad to the home "
        "might go unnoticed",
        "if there is any further incident, or Dad is seen at the address, the lead practitioner should refer to "
        "LBN Triage straight away and inform the Early Help Partnership Team",
        [("Weekly check-in with the children in school", "lp", 6), ("Mum to attend the Family Hub "
         "'Own My Life' course", "parent", 10), ("Review safety plan at the first TAF", "taf0", 6)],
        [("Emotional wellbeing", "Keep supporting the children"), ("Safety", "Mum to stay protective")]),
    "attend": Story(
        "concerns about school attendance (61%) and neglect of basic care",
        "we agreed a morning routine, the family were helped to claim the right benefits and a uniform grant, and the "
        "children were given a breakfast club place",
        "attendance is now 93% and home conditions have been good at four unannounced visits, so statutory "
        "involvement is no longer needed; support with routines can continue through school",
        "if the family does not engage, attendance is likely to fall again and the children could miss learning",
        "should attendance fall below 85% for two weeks or home conditions deteriorate, school will call a TAF "
        "within 5 days and, if neglect is suspected, refer to LBN Triage",
        [("Attendance monitored weekly; phone call on first day of absence", "lp", 4),
         ("Keep the breakfast club booking and arrive by 8.45", "parent", 2),
         ("Benefits check and debt advice appointment", "taf0", 8)],
        [("Attendance", "To improve"), ("Home conditions", "Monitor")]),
    "mh": Story(
        "Mum's low mood after the birth of the baby and a period of poor home conditions",
        "Mum was supported to see her GP and the perinatal mental health team, I made a referral for a "
        "community nursery place and we completed budgeting and routines work together",
        "Mum's mood has lifted with treatment, the baby is thriving and Mum is accepting support, so her needs "
        "sit at level 2",
        "if Mum disengages from the health visitor or her mental health team, her mood could decline and the "
        "baby's needs may be missed",
        "if Mum's mental health deteriorates or she voices thoughts of harm, the health visitor will contact "
        "the perinatal team the same day and refer to LBN Triage if the baby is at risk",
        [("Health visitor contact every 4 weeks and 1-year review", "lp", 4),
         ("Mum to attend Stay and Play at the family hub each Tuesday", "parent", 3),
         ("Nursery place to start", "taf0", 8)],
        [("Mum's mental health", "Ongoing"), ("Baby's development", "HV to support")]),
    "teen": Story(
        "a missing episode and worries about exploitation for the eldest child",
        "I completed direct work on online safety and exploitation, Mum attended the parenting teens course and "
        "a youth worker started one-to-one sessions; a safety plan was agreed with the family",
        "there have been no missing episodes for four months, the young person is attending college and "
        "engaging well with the youth worker, so the remaining needs can be met at level 2",
        "if the young person stops engaging with the youth service, they could be drawn back into unsafe "
        "friendships",
        "if there is any missing episode, new intelligence of exploitation or a police arrest, the lead "
        "practitioner will refer to LBN Triage and inform the Exploitation team",
        [("Fortnightly one-to-one mentoring", "lp", 2), ("Mum to attend parents' evening and college review",
         "parent", 6), ("Referral to a boxing club on Saturdays", "taf0", 5)],
        [("Safety", "Continue to monitor"), ("Education", "Attend college")]),
    "send": Story(
        "parenting stress linked to the children's additional needs and a crisis at home",
        "the family had a short break offer, Dad attended the CygnetPlus course and we made an Education, "
        "Health and Care needs assessment request; home routines have settled",
        "the children's needs are now met by school and health, the parents are coping well and there are no "
        "safeguarding concerns, so the case can step down to level 2",
        "without continued engagement the parents may become overwhelmed again and the home could become unsafe",
        "if the parents are not coping or there is any injury to a child, the SENCo will convene a TAF within a "
        "week and seek advice from the Early Help Partnership Team or refer to LBN Triage",
        [("Termly SEN support plan review with parents", "lp", 8),
         ("Parents to join the carers' support group", "parent", 6),
         ("Speech and language therapy block", "taf0", 12)],
        [("Additional needs", "School to support"), ("Parenting", "Parents to continue to cope")]),
}


def consent_text(c: Case, key: str | None = None) -> str | None:
    key = key or c.consent
    who = c.parent
    d = fmt_date(c.extra.get("consent_date") or c.letter_date or c.email_date.date(), "full")
    lpname = c.lp.name if c.lp else "the school"
    return {
        "verbal": f"When we spoke on {d}, you gave your verbal consent to receive early help.",
        "signed": f"{who} signed the early help consent form on {d} (copy held on file).",
        "homevisit": f"At my home visit on {d} you agreed to early help support and consented to information "
                     f"being shared with the professionals named below.",
        "meeting": "At the final meeting you gave your consent for early help to continue.",
        "happy": f"You told me you are happy for {lpname} to support you from now on, and you consent to "
                 f"early help.",
        "agreed_plan": f"{who} has consented to the transition to early help and agreed the plan below.",
        "recs": f"Consent: {who} has given informed consent to early help and to the plan being shared.",
        "absent": None,
        "declined": f"{who} told me that they do not want any further support and declined consent to early "
                    f"help when we discussed it on {d}.",
        "tobe": f"Consent for early help will be sought from {who} at my final visit.",
        "considering": f"Parents are considering whether they would like early help and will let "
                       f"{lpname} know.",
    }[key]


def contingency_text(c: Case, s: Story) -> str | None:
    if c.contingency == "full":
        return f"Risks: {s.risk[0].upper() + s.risk[1:]}. Contingency: {s.escalate[0].upper() + s.escalate[1:]}."
    if c.contingency == "half":
        return f"The main risk is that {s.risk.split(', ', 1)[-1]}."
    if c.contingency == "escalate_only":
        return f"{s.escalate[0].upper() + s.escalate[1:]}."
    return None


def rationale_text(c: Case, s: Story) -> str | None:
    if not c.rationale:
        return None
    return (f"We became involved because of {s.concern}. Since then {s.work}. I am stepping the case down "
            f"because {s.why}.")


def meeting_text(c: Case) -> str | None:
    d = fmt_date(c.meeting_date, "full") if c.meeting_date else ""
    lp = c.lp.name if c.lp and c.lp_mode not in ("tbc", "placeholder") else "the lead practitioner"
    kind = {"1": "final Child in Need meeting", "3": "Team Around the Family meeting"}.get(c.pathway, "meeting")
    if c.meeting == "held":
        return f"The {kind} was held on {d} with you, {lp} and the other professionals, and the plan was agreed."
    if c.meeting == "tba":
        return f"A {kind} with {lp} is to be arranged in the next few weeks to agree the plan."
    return None

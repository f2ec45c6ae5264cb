"""Case themes: the story text of a family (reason, findings, work, progress, risk, plan actions).

{c1} is the first child's first name, {P} the parent (formal). Action tuples: (text, who, days after letter).
"""

THEMES = {
    "attendance": dict(
        reason="School raised concerns that {c1}'s attendance had fallen to 71% and that {c1} was often late and tired.",
        findings="{P} was struggling with mornings after a change in shift work; there were no concerns about harm.",
        work="we put in a morning routine, {c1} joined the school breakfast club and {P} met the attendance officer monthly",
        progress="{c1}'s attendance is now 94% and lateness has stopped.",
        risk="{c1}'s attendance drops again if the breakfast club place lapses",
        actions=[("Keep {c1} at breakfast club every school day", "parent", 45),
                 ("Review attendance figures with {P}", "lp", 42),
                 ("Offer a school nurse check on {c1}'s sleep", "taf0", 60)]),
    "home": dict(
        reason="A neighbour reported the home was dirty and the children were seen hungry in the stairwell.",
        findings="Home conditions were poor and food was short after Universal Credit was stopped; {P} was open about needing help.",
        work="benefits were restored, the family received foodbank vouchers and a deep clean was arranged with {P}",
        progress="The home has been clean at every visit since the spring and the children are well presented.",
        risk="home conditions slide back if money problems return",
        actions=[("Follow the weekly cleaning rota", "parent", 30),
                 ("Home visit each month to check conditions", "lp", 35),
                 ("Support {P} with the housing transfer form", "taf1", 56)]),
    "dv": dict(
        reason="Police notified us of a domestic incident at the home with the children present.",
        findings="{P} disclosed a history of controlling behaviour by her former partner, who has now left the home.",
        work="{P} completed the Freedom Programme and a safety plan was put in place with the IDVA",
        progress="There have been no further incidents and {P} reports feeling safe and settled.",
        risk="the former partner returns or contact resumes without safeguards",
        actions=[("Attend the women's group at the Family Hub", "parent", 28),
                 ("Check in with {c1} in school weekly using the worry box", "taf0", 21),
                 ("Review the safety plan with {P}", "lp", 42)]),
    "mood": dict(
        reason="The health visitor referred because {P} had low mood and the baby was missing checks.",
        findings="{P} was isolated and tired but warm and attentive with the children.",
        work="{P} was linked with talking therapies, the children started at nursery and missed health checks were completed",
        progress="{P}'s mood has lifted, she attends a weekly group and all health checks are up to date.",
        risk="{P}'s mood dips again and she withdraws from support",
        actions=[("Attend talking therapies sessions", "parent", 49),
                 ("Complete the 2-year development review", "taf0", 63),
                 ("Call {P} fortnightly to see how she is coping", "lp", 14)]),
    "send": dict(
        reason="{c1}'s school asked for support because of escalating meltdowns at home and school after an autism diagnosis.",
        findings="{P} loves {c1} and is attuned to her needs but was exhausted; sibling needs were being missed.",
        work="an EHCP needs assessment was requested, short breaks were set up and {P} attended the Cygnet course",
        progress="{c1} now has an EHCP and meltdowns at home happen far less often.",
        risk="carer strain builds if the short breaks stop",
        actions=[("Apply for the summer holiday short breaks scheme", "parent", 40),
                 ("Hold the first EHCP annual review", "taf0", 90),
                 ("Check in with {P} about how she is coping", "lp", 28)]),
    "teen": dict(
        reason="{c1} was missing from home overnight twice and was found with older young people.",
        findings="{c1} had been excluded for a fixed term and was spending time in the park late at night; {P} was worried and co-operative.",
        work="{c1} was referred to the youth service, a return-home interview was completed and school put in a mentor",
        progress="{c1} has had no missing episodes since January and is back in lessons full time.",
        risk="{c1} is drawn back towards the older group and starts going missing again",
        actions=[("Meet {c1} weekly with the learning mentor", "taf0", 35),
                 ("Keep to the agreed 9pm curfew and let the school know of any missing episode", "parent", 30),
                 ("Review {c1}'s progress at a TAF", "lp", 42)]),
}

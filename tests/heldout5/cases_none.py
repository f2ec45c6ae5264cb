"""Appendix 4 notifications (no ongoing early help): cases 21-23."""

from __future__ import annotations

import io

from .case import (NAM, Case, D, cover, docx_att, fd, outlook_id, pdf_att, uk)
from .mail import Att, Mail
from .model import Doc, H, L, P, T, UL, dob, placeholder
from .render import FONT_DIR, body_html, body_text


def case_abdullahi() -> Case:
    """Complete; notification pasted into the body with no date line, sent to the school with the NAM inbox in Cc."""
    kids = [("Yusuf Abdullahi", D(2019, 2, 2)), ("Maryan Abdullahi", D(2022, 4, 10))]
    y, m = kids
    when = uk(2026, 1, 14, 12, 25)
    body_letter = Doc(None, "closure_notification", [
        P("Dear Colleague"),
        H("Notification of Case Closure: Abdullahi family"),
        UL([f"{y[0]} - born {fd(y[1], 'abbr')}", f"{m[0]} - born {fd(m[1], 'abbr')}"], dob(y[0]), dob(m[0])),
        P("I am writing to notify you of case closure for the above family to Children's Social Care."),
        P("Our Single Assessment followed an anonymous referral about the children being left alone. We found the "
          "concerns to be unsubstantiated: Ms Jama works from home and the children were with their grandmother. "
          "It is not considered at this time that the family requires early help to meet their needs. However, if "
          "universal services become aware of emerging need in the future they should work together to reassess "
          "the family's situation and deliver early help in line with the Early Help Framework."),
        P("Should universal services become aware in the future of a risk of significant harm at level 3 of "
          "Newham's continuum of need, they should refer directly to LBN Triage."),
        P("If you have any questions regarding the family's involvement with Children's Social Care, please feel "
          "free to contact me."),
        L(["Best Wishes", "", "Nkechi Obi", "Social Worker, Assessment Team (East)",
           "London Borough of Newham | 020 7946 0621"], "signature"),
    ], fmt="body", date=when.date())
    mail = Mail("outlook", "Nkechi Obi <Nkechi.Obi@newham.gov.uk>",
                ["Fatima Sheikh <f.sheikh@kensington-inf.newham.sch.uk>"], "Notification of case closure - Abdullahi",
                when, outlook_id("h5-21"), body_text(body_letter.blocks), body_html(body_letter.blocks),
                cc=[NAM["east"], "Orla Brennan <orla.brennan@trchealth.nhs.uk>"])
    return Case(mail, "east", "none", "submission", "Abdullahi", kids, None, [body_letter],
                body_letter=body_letter, notes=(
                    "complete; Appendix 4 notification pasted into the email body with no date line (letter_date is "
                    "the email's date); sent To the school with the NAM inbox only in Cc; assessment found the "
                    "concerns unsubstantiated; Somali family (mother Ms Jama, children Abdullahi) with DOBs as "
                    "'2 Feb 2019' in a bullet list"),
                exercises="complete Appendix 4 in the body, no date line; NAM inbox only in Cc")


def case_kaminska() -> Case:
    """'child DOB' left after each child's name; no date of birth anywhere."""
    kids = [("Oliwia Kamińska", None), ("Kacper Kamiński", None)]
    letter_date = D(2026, 8, 20)
    letter = Doc("Notification of closure - Kaminska.pdf", "closure_notification", [
        L(["Families First (South)", "London Borough of Newham"]),
        P(fd(letter_date, "long")),
        P("Dear Colleague"),
        H("Notification of Case Closure: Kamińska Family, Oliwia Kamińska child DOB, Kacper Kamiński child DOB",
          placeholder("child DOB")),
        P("I am writing to notify you of case closure for the above family to Families First."),
        P("It is not considered at this time that the family requires early help to meet their needs. Ms Kamińska "
          "has found work and childcare, and the children's attendance is above 96%. However, if universal "
          "services become aware of emerging need in the future they should work together to reassess the "
          "family's situation and deliver early help in line with the Early Help Framework."),
        P("Should universal services become aware in the future of a risk of significant harm at level 3 of "
          "Newham's continuum of need, they should refer directly to LBN Triage."),
        P("If you have any questions regarding the family's involvement with Families First, please feel free to "
          "contact me."),
        L(["Best Wishes", "Ama Boateng", "Families First Coach, Families First (South)"], "signature"),
    ], date=letter_date)
    when = uk(2026, 8, 20, 15, 58)
    note = cover([P("Hi - notification of closure attached (Kamińska, no ongoing early help)."),
                  L(["Ama Boateng", "Families First Coach (South)"])])
    mail = Mail("outlook", "Ama Boateng <Ama.Boateng@newham.gov.uk>", [NAM["south"]],
                "Closure notification – Kamińska", when, outlook_id("h5-22"), body_text(note.blocks),
                body_html(note.blocks), attachments=[pdf_att(letter, "Ama Boateng", serif=True)])
    return Case(mail, "south", "none", "submission", "Kamińska", kids, None, [letter, note],
                "missing children_dobs, template_text: the heading reads 'Kamińska Family, Oliwia Kamińska child DOB, "
                "Kacper Kamiński child DOB' - names typed in but the 'child DOB' placeholders left, and no date of "
                "birth anywhere in the email; Polish feminine/masculine surname forms; Appendix 4 from Families "
                "First ('(delete as appropriate)' resolved)",
                "'child DOB' placeholders after typed names, no DOBs anywhere")


def _genogram_png() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (900, 500), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 22)
    draw.rectangle((150, 60, 230, 140), outline=(0, 0, 0), width=3)
    draw.ellipse((560, 60, 640, 140), outline=(0, 0, 0), width=3)
    draw.line((230, 100, 560, 100), fill=(0, 0, 0), width=3)
    draw.line((380, 90, 410, 110), fill=(0, 0, 0), width=3)
    draw.line((395, 100, 395, 260), fill=(0, 0, 0), width=3)
    draw.line((250, 260, 540, 260), fill=(0, 0, 0), width=3)
    draw.rectangle((210, 300, 290, 380), outline=(0, 0, 0), width=3)
    draw.ellipse((500, 300, 580, 380), outline=(0, 0, 0), width=3)
    draw.text((120, 150), "Rhodri (father)", fill=(0, 0, 0), font=f)
    draw.text((540, 150), "Angharad (mother)", fill=(0, 0, 0), font=f)
    draw.text((200, 390), "Tomos", fill=(0, 0, 0), font=f)
    draw.text((500, 390), "Seren", fill=(0, 0, 0), font=f)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def case_lloyd() -> Case:
    """Complete; family declined early help, so an Appendix 4 notice, with a chronology and a genogram attached."""
    kids = [("Tomos Lloyd", D(2010, 1, 18)), ("Seren Lloyd", D(2012, 9, 27))]
    letter_date = D(2026, 6, 25)
    t, s = kids
    letter = Doc("Appendix 4 - Lloyd.docx", "closure_notification", [
        P(fd(letter_date, "dots")),
        P("Dear Colleague"),
        H(f"Notification of Case Closure: Lloyd Family, {t[0]} {fd(t[1], 'dots')}, {s[0]} {fd(s[1], 'dots')}",
          dob(t[0]), dob(s[0])),
        P("I am writing to notify you of case closure for the above family to Children's Social Care."),
        P("Mr and Mrs Lloyd were offered ongoing early help from the school and the family hub but told me on 19 "
          "June that they do not want it. It is not considered at this time that the family requires early help to "
          "meet their needs. However, if universal services become aware of emerging need in the future they "
          "should work together to reassess the family's situation and deliver early help in line with the Early "
          "Help Framework."),
        P("Should universal services become aware in the future of a risk of significant harm at level 3 of "
          "Newham's continuum of need, they should refer directly to LBN Triage."),
        P("If you have any questions regarding the family's involvement with Children's Social Care, please feel "
          "free to contact me."),
        L(["Best Wishes", "", "Emma Kowalski-Reid", "Senior Social Worker", "Assessment Team (Central)"],
          "signature"),
    ], date=letter_date, meta={"heading_level": 0})
    chron = Doc("Lloyd chronology.docx", "other", [
        H("Chronology - Lloyd"),
        T([["Date", "Event"], ["12/05/2026", "Referral from Lister Academy: Seren's comments about arguments at home"],
           ["13/05/2026", "Single Assessment started"], ["19/06/2026", "Home visit; parents decline early help"],
           ["23/06/2026", "Single Assessment authorised: no further action"]]),
    ], meta={"heading_level": 1})
    geno = Att("Genogram - Lloyd.png", _genogram_png(), "image/png", "other")
    when = uk(2026, 6, 25, 11, 17)
    note = cover([P("Dear Central NAM,"),
                  P("Please find attached the Appendix 4 notification for the Lloyd family (declined early help), "
                    "with the chronology and genogram for your records."),
                  L(["Emma Kowalski-Reid", "Senior Social Worker | Assessment Team (Central) | 020 7946 0950"])])
    mail = Mail("outlook", "Emma Kowalski-Reid <Emma.Kowalski-Reid@newham.gov.uk>", [NAM["central"]],
                "Appendix 4 – Lloyd family – no ongoing early help", when, outlook_id("h5-23"),
                body_text(note.blocks), body_html(note.blocks),
                attachments=[docx_att(letter, "Emma Kowalski-Reid", uk(2026, 6, 25, 10, 50)),
                             docx_att(chron, "Emma Kowalski-Reid", uk(2026, 6, 24, 16, 0)), geno])
    return Case(mail, "central", "none", "submission", "Lloyd", kids, None, [letter, chron, note],
                "complete; Appendix 4 notification (.docx) because the parents declined early help; unrelated "
                "chronology .docx and a genogram PNG attached (type other); DOBs as dd.mm.yyyy in the heading; "
                "Welsh family",
                "complete Appendix 4 after early help declined; chronology and genogram attached")

"""Boilerplate inside or around the article's text that must not reach the body
(promotions, link headings, credits), each on a small page written for the test."""

from __future__ import annotations

import cleanpress

from .test_context_rules import HEADLINE, P1, P2, P3, _article

DE = [
    "Das Gericht in der Stadt hat am Montag entschieden, dass die Fabrik das Wasser aus dem Fluss nicht mehr nutzen darf, bis ein neuer Filter eingebaut ist.",
    "Die Anwohner hatten sich seit Jahren über den Geruch beschwert, und zwei Vereine haben sich im letzten Frühjahr der Klage angeschlossen, als die Fische starben.",
    "Die Firma hat nun sechs Monate Zeit, um den Filter zu bauen. Ihre Anwälte sagten am Dienstag, die Frist sei für ein Werk dieser Größe zu kurz.",
]
ES = [
    "El tribunal regional decidió el lunes que la fábrica debe dejar de usar el agua del río hasta que se instale un nuevo filtro en la planta.",
    "Los vecinos se habían quejado del olor desde que la planta duplicó su producción, y dos clubes de pesca se unieron al caso la primavera pasada.",
    "La empresa tiene ahora seis meses para construir el filtro. Sus abogados dijeron el martes que el plazo era demasiado corto para una planta así.",
]


def test_a_related_heading_behind_an_arrow_is_a_link() -> None:
    link = "» Related: Ten things to know before you rent a car abroad"
    doc = _article(P1, P2, link, P3)
    assert P2 in doc.body and P3 in doc.body
    assert "rent a car" not in doc.body


def test_price_buttons_in_the_text_are_boilerplate() -> None:
    buttons = ["See price at The Shop", "Check price on Example Store"]
    doc = _article(P1, buttons[0], P2, buttons[1], P3)
    assert P1 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in buttons)


def test_inline_read_also_lines_in_other_languages_are_related() -> None:
    doc = cleanpress.parse("\n".join(["El tribunal detiene la fábrica", ES[0], "Lea más: El consejo aprueba el nuevo presupuesto", ES[1], ES[2]]), lang="es")
    assert ES[2] in doc.body and "presupuesto" not in doc.body
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], "Auch lesen: Der Rat beschließt den neuen Haushalt", DE[1], DE[2]]), lang="de")
    assert DE[2] in doc.body and "Haushalt" not in doc.body


def test_a_licence_notice_under_the_text_is_no_text() -> None:
    notice = "Dieser Text wurde veröffentlicht unter der Lizenz CC BY 4.0. Die Fotos dürfen nicht verwendet werden."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, notice]), lang="de")
    assert DE[2] in doc.body and "Lizenz" not in doc.body


def test_a_heading_ending_in_a_subscribe_word_is_a_sign_up_box() -> None:
    heads = ["The Best Stories of the Week in Our Weekly Newsletter", "Get the Daily Briefing Newsletter"]
    doc = _article(P1, P2, heads[0], P3, heads[1], "Sign up to get the best stories of the week, picked by our editors.")
    assert P3 in doc.body
    assert not any(h in doc.body for h in heads)
    # a sentence ending in the word is text
    said = "The mayor said the city would tell residents about the new filter in its newsletter."
    doc = _article(P1, said, P2, P3)
    assert said in doc.body


def test_a_copyright_line_with_a_year_closing_the_text_is_a_footer() -> None:
    foot = "© 2019 Example Media Group. All rights reserved. Do not reproduce without permission of the owners."
    doc = _article(P1, P2, P3, foot)
    assert P3 in doc.body and "reproduce" not in doc.body
    # the word may stand between the sign and the year, and the line run long
    foot = "© Copyright 2010-2014, Jane Doe, John Roe and contributors. Last updated on Sep 21, 2017. Created using a generator."
    doc = _article(P1, P2, P3, foot)
    assert P3 in doc.body and "contributors" not in doc.body


def test_a_copyright_notice_inside_the_run_ends_it() -> None:
    hidden = [
        "The training course for young officers opens each autumn and takes about forty cadets from across the region into its first year.",
        "The camp in the hills was built in the last century as a place where soldiers could recover from the fevers of the coast.",
        "Over the decades it grew into a school, and its old stone barracks now hold classrooms, a library and a small museum of the regiment.",
    ]
    foot = "Copyright 2021 The Example Information Office. All Rights Reserved. Read our Privacy Policy."
    doc = _article(P1, P2, P3, foot, "Introduction", *hidden)
    assert P3 in doc.body and not any(h in doc.body for h in hidden)
    # a credit without a year, or a photo's credit with one, is no notice of the site: the text goes on under it
    for credit in ("Copyright: Example Archive", "Image copyright 2019 Jane Doe", "Copyright 2019 Example Images", "© 2023 Example Photo/Jane Doe"):
        doc = _article(P1, P2, P3, credit, *hidden)
        assert hidden[2] in doc.body


def test_a_header_promo_said_again_inside_the_text_is_boilerplate() -> None:
    promo = "Like this story? Add it to your reading list and read it on your phone."
    doc = _article("By Jane Doe", promo, "Advertisement", P1, P2, promo, P3)
    assert P3 in doc.body and P2 in doc.body and "reading list" not in doc.body
    assert [line.label for line in doc.lines if line.text == promo] == ["BOILERPLATE", "BOILERPLATE"]


def test_a_caption_line_said_again_with_its_caption_is_a_caption() -> None:
    credit = "Screenshot: Example Maps"
    caption = credit + " Cafés, bike shops and the most popular starting points now show on the map."
    doc = _article(P1, P2, credit, caption, P3)
    assert P2 in doc.body and P3 in doc.body and "starting points" not in doc.body


def test_a_teaser_left_at_the_end_once_a_profile_box_is_cut_goes_too() -> None:
    teaser = "New posters for the hallway The restoration of the old mill"
    box = ["Jane, 34, river lover", "I write about rivers, mills and the people who keep them running. I live by the water with my two dogs."]
    doc = _article(P1, P2, P3, "Cheers,", teaser, *box, "0 Comments")
    assert P3 in doc.body and "posters" not in doc.body and "river lover" not in doc.body


def test_a_profile_box_alone_is_no_run_of_text() -> None:
    # a podcast's post: one short paragraph, then share buttons, then the author's box under
    # "Über <name>" with "Zeige alle Beiträge von <name>" under it; the box's long paragraph
    # outweighs the post's, but it is a profile, not the article
    lines = [
        'Flusswissen',
        'Unsere Mission: Wissen über Flüsse für alle – eine Selbstverständlichkeit',
        'Suchen',
        'Hauptmenü',
        'Zum Inhalt wechseln',
        'Startseite',
        'Abonnieren',
        'Impressum',
        'Beitragsnavigation',
        '← Vorherige',
        'Live vom Flusscamp',
        'Veröffentlicht am 3. Juni 2024 von Anna Berger',
        'Auch auf dem Flusscamp haben wir live aufgenommen. Zu Gast waren Prof. Peter Lang und Dr. Eva Roth, die über ihre Eindrücke vom Camp erzählen.',
        'Download: mp3',
        'Teilen mit:',
        'Twitter',
        'Facebook',
        'Gefällt mir:',
        'Liken Lade …',
        'Ähnliche Beiträge',
        'Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit fluss, camp von Anna Berger. Permanentlink.',
        'Über Anna Berger',
        'Leiterin der Flussschule. Von der Ausbildung Dipl.-Ing. Wasserbau mit Schwerpunkt Dämme. Ich brenne für Flüsse, Mühlen, Wissen und lebenslanges Lernen. Mitglied im Verein der Müller, in der Gesellschaft für Wasserbau und im Ruderclub. Weiterer Podcast auf unserer Seite, jeden Monat neu, mit Gästen aus Wasserbau, Forschung und Verwaltung, die von ihrer Arbeit an den Flüssen und Seen des Landes erzählen.',
        'Zeige alle Beiträge von Anna Berger →',
        'Kommentar verfassen Antwort abbrechen',
        'Gib hier deinen Kommentar ein ...',
        'Name (erforderlich)',
        'Website',
        'Abbrechen',
        'Benachrichtigung bei weiteren Kommentaren per E-Mail senden.',
        'Informiere mich über neue Beiträge per E-Mail.',
        'Suche nach:',
        'Neueste Beiträge',
        'Folge 40',
        'Folge 39',
        'Folge 38',
        'Folge 37',
        'Archiv',
        'Juni 2024',
        'Mai 2024',
        'April 2024',
        'Kategorien',
        'Podcast',
        'Impressum',
        'Datenschutz',
        'Bloggen auf WordPress.com.',
    ]
    doc = cleanpress.parse("\n".join(lines))
    assert doc.body == lines[12]


P_MAYOR = "The mayor said on Wednesday that the town would pay for half of the filter if the company agreed to build it before the summer."


def test_a_label_over_a_date_inside_the_text_is_a_quoted_documents_details() -> None:
    statement = "I would like to give the people of the valley an update on the work at the river and the mill this week."
    head = ["By Jane Doe", "June 3, 2024", P1, P2, P_MAYOR, "Statement from the Office of the Mayor"]
    doc = _article(*head, "Release Date:", "Thursday, 28 April 2022 – 3:55pm", statement, P3)
    assert statement in doc.body and P3 in doc.body and "Release Date" not in doc.body and "28 April" not in doc.body
    # a date without its clock time is a day the text announces (an event, a deadline)
    doc = _article(*head, "Deadline:", "Friday, 31 May 2024", statement, P3)
    assert "Deadline:" in doc.body and "31 May" in doc.body
    # a label over a line of text stays, and so does a box of facts
    doc = _article(*head, "Next steps:", statement, P3)
    assert "Next steps:" in doc.body
    doc = _article(*head, "When:", "Saturday, 18 May 2024", "Where:", "The old mill by the river", statement, P3)
    assert "When:" in doc.body and "18 May" in doc.body


def test_a_host_name_in_capitals_inside_the_text_is_a_wordmark() -> None:
    doc = _article(P1, P2, "RIVERNEWS.COM", P3)
    assert P3 in doc.body and "RIVERNEWS" not in doc.body
    # in lower case it may be the text's own pointer
    doc = _article(P1, P2, "rivernews.com", P3)
    assert "rivernews.com" in doc.body


def test_a_heading_ending_in_a_related_heading_heads_links() -> None:
    box = ["Artikel und Videos zum Thema", "Der Rat beschließt den neuen Haushalt für die Schulen"]
    more = [DE[0].replace("Das", "Ein", 1), DE[1].replace("Die", "Zwei", 1)]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], *box, DE[2], *more]), lang="de")
    assert DE[2] in doc.body and more[1] in doc.body
    assert not any(b in doc.body for b in box)
    # a subheading that merely contains the words is text
    sub = "Was die Stadt zum Thema Wasser plant und warum"
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], sub, DE[1], DE[2]]), lang="de")
    assert sub in doc.body


def test_a_caption_closed_by_a_copyright_credit_is_a_caption() -> None:
    caps = ["Workers repair the roof of the old plant in the valley - © Jane Doe / Example Agency", "The hall of the court during the hearing / (C) Jane Doe"]
    doc = _article(P1, caps[0], P2, caps[1], P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(c in doc.body for c in caps)
    assert caps[0] in doc.captions


def test_a_photo_credit_on_its_own_line_is_a_caption() -> None:
    credits = ["Jane Doe/Example Images", "Example Images / John Roe"]
    doc = _article(P1, credits[0], P2, credits[1], P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(c in doc.body for c in credits)
    assert credits[0] in doc.captions
    # pairs of words with a slash that are no credit stay text
    items = ["Pools/hot tubs and saunas", "AI/ML infrastructure"]
    doc = _article(P1, items[0], P2, items[1], P3)
    assert all(i in doc.body for i in items)


def test_a_short_question_to_the_reader_closing_the_text_is_cut() -> None:
    appeal = "Enjoyed this story? Support independent reporting by becoming a member of our club today."
    doc = _article(P1, P2, P3, appeal)
    assert P3 in doc.body and "member" not in doc.body
    # a long closing paragraph that opens on a question is the text's own
    long_end = "Will the filter be ready in time? " + P3
    doc = _article(P1, P2, long_end)
    assert long_end in doc.body
    # so is a quoted question
    quoted = '"Why now?" the mayor asked, and the court said that the deadline would stand as written.'
    doc = _article(P1, P2, P3, quoted)
    assert quoted in doc.body


def test_a_bio_or_about_box_closing_the_text_is_cut() -> None:
    bios = [
        "Jane is a reporter who covers courts and the environment for the paper, and she lives by the river.",
        "Example Media Group, LLC is an independent publisher of regional news founded in 1990 by two teachers.",
    ]
    for bio in bios:
        doc = _article(P1, P2, P3, bio)
        assert P3 in doc.body and bio not in doc.body
    # a closing sentence about a common noun is the text's own, and one about a person named in
    # full may be about someone of the story
    told = "Maria Lindqvist is a fisher who has worked on the river for thirty years and joined the case."
    doc = _article(P1, P2, P3, told)
    assert told in doc.body
    end = "Water is a resource the region cannot waste, the judge wrote in the last lines of the ruling."
    doc = _article(P1, P2, P3, end)
    assert end in doc.body


def test_a_numbered_figure_caption_is_a_caption_even_as_prose() -> None:
    cap = (
        "Abbildung 4: Die Fabrik am Fluss, vom anderen Ufer aus gesehen. Das Wasser wird an dieser Stelle entnommen, "
        "und der neue Filter soll in dem Gebäude links im Bild eingebaut werden, sobald das Gericht zustimmt."
    )
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], cap, DE[2]]), lang="de")
    assert DE[2] in doc.body and cap not in doc.body
    assert cap in doc.captions
    # a sentence naming a figure is text
    said = "Image 2 shows the plant from the river, and the filter will be built in the hall on its left side."
    doc = _article(P1, said, P2, P3)
    assert said in doc.body


def test_a_share_label_over_the_networks_is_a_share_row() -> None:
    row = "Share:Facebook X Reddit Pinterest Email LinkedIn"
    doc = _article(P1, P2, row, P3)
    assert P3 in doc.body and "Pinterest" not in doc.body


def test_more_information_pointers_are_links() -> None:
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, "Weitere Infos unter www.example.org."]), lang="de")
    assert DE[2] in doc.body and "example" not in doc.body


def test_a_caption_closed_by_a_photo_credit_with_a_slash_is_a_caption() -> None:
    caps = [
        "Workers stand on the roof of the plant by the river on Monday morning. (Example Photo/Jane Doe)",
        "The river below the plant was low for most of the summer.John Roe / Example Images",
        "A heron waits on the weir below the plant in the early morning light. (jroe / Example.com)",
    ]
    doc = _article(P1, caps[0], P2, caps[1], P3, caps[2], P1)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(c in doc.body for c in caps)
    # a sentence that ends on a slashed pair is text
    said = "The court said the plant must publish its test results every week. The AI/ML team will go on."
    unit = "Trucks may pass the plant at a slow speed only, the court said. (km/h)"
    doc = _article(P1, said, P2, unit, P3)
    assert said in doc.body and unit in doc.body


def test_a_row_of_share_buttons_is_a_share_row() -> None:
    row = "Share on X (Twitter) Share on Facebook Share on Pinterest Share on LinkedIn"
    doc = _article(P1, P2, P3, row)
    assert P3 in doc.body and "Pinterest" not in doc.body


def test_the_heading_of_a_cut_about_box_goes_with_it() -> None:
    doc = _article(P1, P2, P3, "About Example Media", "Example Media is an independent publisher of regional news founded in 1990 by two teachers.")
    assert P3 in doc.body and "About Example Media" not in doc.body


def test_an_appeal_of_several_lines_opening_on_a_question_is_cut() -> None:
    appeal = [
        "Do you like our little paper? We decided long ago that every story would stay free to read.",
        "To keep it that way and to bring you even more stories, we need your help now and then.",
    ]
    doc = _article(P1, P2, P3, *appeal)
    assert P3 in doc.body and not any(a in doc.body for a in appeal)
    # an FAQ closing the text stays: its question does not speak to the reader
    faq = ["How long will the filter take to build?", "You can expect the work to take about six months, the company said in its letter."]
    doc = _article(P1, P2, P3, *faq)
    assert faq[1] in doc.body


def test_a_german_legend_label_marks_a_caption() -> None:
    cap = "Legende: Der Minister am Samstag vor dem Rathaus. Agentur"
    doc = _article(DE[0], DE[1], cap, DE[2])
    assert DE[2] in doc.body and cap not in doc.body


def test_a_caption_word_label_marks_even_a_long_caption() -> None:
    cap = "Legende: Der Minister spricht am Samstagabend vor dem Rathaus mit Journalisten über die Lage in der Stadt, die sich zuletzt verschärft hat."
    doc = _article(DE[0], DE[1], cap, DE[2])
    assert DE[2] in doc.body and cap not in doc.body


def test_a_call_to_action_box_inside_the_text_is_cut() -> None:
    box = [
        "Your next holiday starts here",
        "Plan your trip with our travel club and save on hotels, trains and museum tickets all year.",
        "Start a Free Trial",
    ]
    doc = _article(P1, P2, *box, "How the filter works", P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in box)
    # a lone button under a paragraph goes, the paragraph stays
    doc = _article(P1, P2, "Book now", "What comes next", P3)
    assert P2 in doc.body and P3 in doc.body and "Book now" not in doc.body
    # a link's button opening on "See" is one too
    doc = _article(P1, P2, "See Details", "What comes next", P3)
    assert P2 in doc.body and P3 in doc.body and "See Details" not in doc.body
    # so is an offer's button opening on "Free", shown again on the page (the header's button)
    doc = _article("Free Planning Session", P1, P2, "Free Planning Session", "What comes next", P3)
    assert P3 in doc.body and "Free Planning Session" not in doc.body
    # shown once, it may be a fact of the text (a guide's "Free Admission" under a sight's paragraph)
    doc = _article(P1, P2, "Free Planning Session", "What comes next", P3)
    assert P3 in doc.body and "Free Planning Session" in doc.body
    # a farewell closing the text is no button
    bye = "The fair opens at nine on Saturday. See you there!"
    doc = _article(P1, P2, P3, bye)
    assert bye in doc.body


def test_a_bulleted_call_to_action_button_is_cut() -> None:
    # A layout renderer writes a button set as a one-item list with its bullet.
    doc = _article(P1, P2, "* Book now", "What comes next", P3)
    assert P2 in doc.body and P3 in doc.body and "Book now" not in doc.body
    # an offer's "Free ..." button counts when the page shows it again, with or without a bullet
    doc = _article("Free Planning Session", P1, P2, "* Free Planning Session", "What comes next", P3)
    assert P3 in doc.body and "Free Planning Session" not in doc.body
    doc = _article(P1, P2, "* Free Planning Session", "What comes next", P3)
    assert "Free Planning Session" in doc.body


def test_a_bulleted_list_of_tips_after_its_lead_in_stays_in_the_text() -> None:
    # Negative case: items that start with a verb under a line announcing them are the text's list.
    tips = ["* Book early for the summer", "* Take the morning train", "* Bring a warm coat"]
    doc = _article(P1, "Three things help on the way to the valley:", *tips, P2, P3)
    assert all(t in doc.body for t in tips)


def test_a_subheading_that_starts_with_a_verb_stays_in_the_text() -> None:
    head = "Start with the filter"
    doc = _article(P1, P2, head, P3)
    assert head in doc.body
    # a labelled list item is no button, and the facts above it stay
    facts = ["Fee: Free", "Best for: Readers who want to know what the filter costs.", "Try: Example Filter"]
    doc = _article(P1, P2, *facts, "What comes next", P3)
    assert facts[0] in doc.body and facts[1] in doc.body


def test_teasers_under_a_repeated_kicker_inside_the_text_are_related() -> None:
    teasers = [
        ("From the archive", "The old mill reopens as a museum of local trades"),
        ("From the archive", "Ten years of the river festival in pictures"),
    ]
    doc = _article(P1, *teasers[0], P2, *teasers[1], P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(t in doc.body for pair in teasers for t in pair)
    # pairs standing together form a box: every pair of it goes
    box = ["Street survey", "What the anglers say about the filter", "From the archive", "The mill that closed in the winter"]
    doc = _article(P1, *teasers[0], P2, *box, P3)
    assert P2 in doc.body and P3 in doc.body and not any(t in doc.body for t in box)
    # one subheading over one paragraph is the text's own
    doc = _article(P1, "Background", "How the river was polluted over the years", P2, P3)
    assert "How the river was polluted" in doc.body
    # a repeated value over different headings ("1-100") is no kicker
    doc = _article(P1, "1-100", "Filter strength of the new plant", P2, "1-100", "Water use of the old plant", P3)
    assert "Filter strength" in doc.body and "Water use" in doc.body


def test_a_teaser_split_at_its_kickers_colon_is_related() -> None:
    teaser = [
        "Das Werk am Fluss",
        ":Wie eine Stadt um ihr Wasser kämpft",
        "Seit Jahren streiten Anwohner und Firma über den Geruch. Eine Reportage aus dem Tal.",
        "Von Jana Beispiel",
    ]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], *teaser, DE[2]]), lang="de")
    assert DE[1] in doc.body and DE[2] in doc.body
    assert not any(t in doc.body for t in teaser)
    # a line of code opening on a colon is no teaser
    code = ["const name = user.isAdmin", ": user.firstName;"]
    doc = _article(P1, P2, *code, P3)
    assert P3 in doc.body and code[1] in doc.body


def test_notes_of_the_site_closing_the_text_are_cut() -> None:
    notes = [
        "Material on this website may not be copied or printed without the written consent of the publisher.",
        "Follow the Daily Example on Facebook and Instagram @DailyExample for more stories from the valley.",
    ]
    for note in notes:
        doc = _article(P1, P2, P3, note)
        assert P3 in doc.body and note not in doc.body
    # a row of share buttons over the last paragraph, with all under it
    doc = _article(P1, P2, P3, "Share Facebook Twitter WhatsApp Email Print", "The staff of the Daily Example writes about the valley since 1950.")
    assert P3 in doc.body and "WhatsApp" not in doc.body and "staff" not in doc.body
    # the networks named in a sentence of the text, without a handle, are the text's own
    said = "Apps like Facebook, Instagram and WhatsApp were the most used in the valley last year, the survey found."
    doc = _article(P1, P2, P3, said)
    assert said in doc.body
    # a site named in a sentence far above the end is the text's own
    doc = _article(P1, "The court said this website of the company had hidden the test results for years.", P2, P3)
    assert "hidden the test results" in doc.body


def test_a_list_heading_over_one_last_paragraph_ends_the_text() -> None:
    about = "The Example Council is a nonprofit group with thirty members across two counties and a small office."
    doc = _article(P1, P2, P3, "More from the Council", about)
    assert P3 in doc.body and about not in doc.body
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, "Der Inhalt dieser Website darf nicht ohne Erlaubnis kopiert werden."]), lang="de")
    assert DE[2] in doc.body and "kopiert" not in doc.body


def test_shop_and_download_buttons_in_the_text_are_boilerplate() -> None:
    buttons = ["Buy the Print", "DOWNLOAD NOW", "Join / Sign in"]
    doc = _article(P1, buttons[0], P2, buttons[1], P3, buttons[2], P1)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in buttons)
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], "Jetzt das Urteil bestellen!", DE[1], DE[2]]), lang="de")
    assert DE[2] in doc.body and "Urteil bestellen" not in doc.body
    # a numbered heading, a sentence, a heading that ends on a noun stay
    kept = ["3. Keep the order", "Order matters.", "Law and order"]
    doc = _article(P1, kept[0], P2, kept[1], P3, kept[2], P1)
    assert all(k in doc.body for k in kept)


def test_a_box_between_the_standfirst_and_the_text_is_left_out() -> None:
    stand = "A court stops the plant by the river until it builds a new filter, after three years of dispute."
    box = [
        "You can keep this story by signing up for free. Or log in if you have an account.",
        "Puzzles and games every day, including the big weekend crossword.",
    ]
    doc = cleanpress.parse(
        "\n".join([HEADLINE, stand, "By Jane Doe", "March 3, 2024", box[0], "Unlimited access", box[1], "Sign in", P1, P2, P3])
    )
    assert stand in doc.body and P1 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in box)


def test_a_tag_line_near_the_end_closes_the_text() -> None:
    doc = _article(P1, P2, P3, "Topics: Courts, Rivers, Industry", "Jane Doe", "Staff Reporter", "send comment")
    assert P3 in doc.body and "Staff Reporter" not in doc.body
    # the text going on under a box of links (two paragraphs) is not cut
    doc = _article(P1, P2, "Related", "Ten things to know about the river this summer", P3, P1)
    assert doc.body.endswith(P1)


def test_an_about_the_author_box_closing_the_text_is_cut() -> None:
    bio = "Grew up by the river, studied law in the city and has written about courts for twenty years."
    doc = _article(P1, P2, P3, "About the author", "Jane Doe", bio)
    assert P3 in doc.body and bio not in doc.body and "About the author" not in doc.body
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, "Über die Autorin", "Erika Muster", "Wuchs am Fluss auf und schreibt seit zwanzig Jahren über Gerichte."]), lang="de")
    assert DE[2] in doc.body and "Gerichte." not in doc.body
    # a subheading made of other words stays, with its paragraph
    doc = _article(P1, P2, "About the river", P3)
    assert "About the river" in doc.body


def test_post_details_in_the_text_leave_the_body() -> None:
    meta = (
        "Posted on March 5, 2024 in Courts, Rivers, Industry, Local Government, Environment, Regional Affairs, "
        "Weekend Reading, Features and Opinion, Water Quality, Fishing"
    )
    doc = _article(P1, meta, P2, P3)
    assert P2 in doc.body and "Fishing" not in doc.body
    doc = _article(P1, P2, P3, "Posted on March 5, 2024 and filed under Courts, Rivers, Industry, Local Government, Environment")
    assert P3 in doc.body and "filed under" not in doc.body
    said = "Published by the council in March 2024, the report found the river clean again after the long dispute."
    doc = _article(P1, said, P2, P3)
    assert said in doc.body


def test_post_details_filed_under_categories_leave_the_body_despite_their_sentences() -> None:
    footer = (
        "Posted on Tuesday, March 5, 2024 at 11:30 pm and filed under Courts, Rivers. "
        "You can follow any responses through the feed. Comments are closed."
    )
    doc = _article(P1, P2, P3, footer)
    assert P3 in doc.body and "filed under" not in doc.body
    de = "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Garten, Herbst. Kommentare sind derzeit nicht erlaubt."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, de]), lang="de")
    assert DE[2] in doc.body and "abgelegt" not in doc.body
    # a sentence of the text after a dated label, with no filed-under phrase, stays
    said = "Posted on March 5, 2024 in the town hall, the notice told residents the river was clean again."
    doc = _article(P1, P2, said, P3)
    assert said in doc.body


def test_a_one_word_spanish_read_label_marks_a_link() -> None:
    doc = cleanpress.parse("\n".join(["El tribunal detiene la fábrica", ES[0], "Lea: El consejo aprueba el nuevo presupuesto", ES[1], ES[2]]), lang="es")
    assert ES[2] in doc.body and "presupuesto" not in doc.body
    said = "Lee dijo el martes que el plazo era demasiado corto para una planta de ese tamaño en la región."
    doc = cleanpress.parse("\n".join(["El tribunal detiene la fábrica", ES[0], said, ES[1], ES[2]]), lang="es")
    assert said in doc.body


def test_a_caption_closed_by_a_labelled_credit_leaves_the_text() -> None:
    caps = [
        "The mayor opens the new park by the river on Friday with pupils of two schools. Photo: Jane Doe",
        "Der Bürgermeister eröffnet den neuen Park am Fluss gemeinsam mit Kindern aus zwei Schulen (Foto: Stadt Nordstadt)",
    ]
    doc = _article(P1, caps[0], P2, P3)
    assert P2 in doc.body and caps[0] not in doc.body and caps[0] in doc.captions
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], caps[1], DE[1], DE[2]]), lang="de")
    assert DE[1] in doc.body and caps[1] not in doc.body
    # a paragraph naming a photo in its words stays
    said = "The mayor showed a photo: the river in 1950, with the old mill still standing and the weir beside it."
    doc = _article(P1, said, P2, P3)
    assert said in doc.body


def test_a_credit_line_in_a_table_row_is_a_caption() -> None:
    doc = _article(P1, "Credit:\tExample Images / Jane Doe", P2, P3)
    assert P2 in doc.body and "Example Images" not in doc.body


def test_a_german_promo_urging_jetzt_in_the_text_is_boilerplate() -> None:
    promos = ["Entdecken Sie jetzt", "Sichern Sie sich jetzt das Probeheft!"]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], promos[0], DE[1], promos[1], DE[2]]), lang="de")
    assert DE[1] in doc.body and DE[2] in doc.body
    assert not any(p in doc.body for p in promos)
    # the text's own advice, a question and a longer sentence stay
    kept = ["Fragen Sie Ihren Arzt", "Wollen Sie jetzt klagen?", "Prüfen Sie jetzt, ob Ihr Brunnen vom Fluss gespeist wird und ob das Wasser im Haus noch sauber ist."]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], kept[0], DE[1], kept[1], DE[2], kept[2], DE[0]]), lang="de")
    assert all(k in doc.body for k in kept)


def test_a_short_sentence_under_a_photo_credit_before_a_heading_is_its_caption() -> None:
    caption = "The old mill seen from the bridge in May."
    doc = _article(P1, "Jane Doe/Example Images", caption, "What the town wants next", P2, P3)
    assert P2 in doc.body and P3 in doc.body
    assert caption not in doc.body and caption in doc.captions
    # under a credit, the text going on in a paragraph, or two sentences, stay
    kept = "The mill closed in May. Its owners said the river was too low."
    doc = _article(P1, "Jane Doe/Example Images", kept, "What the town wants next", P2, P3)
    assert kept in doc.body
    doc = _article(P1, "Jane Doe/Example Images", caption, P2, P3)
    assert caption in doc.body


def test_a_grid_of_teasers_under_one_rubric_closing_the_text_is_cut() -> None:
    from cleanpress.context import _trim_rubric_grid
    from cleanpress.pipeline import analyse

    grid = []
    for likes, title, summary in [
        ("12 Likes", "Owls return to the old barn", "After ten years away, a pair of barn owls has nested again under the roof of the farm."),
        ("30 Likes", "A new bridge for the toads", "The county built a small tunnel under the road so that toads can cross it in spring."),
        ("7 Likes", "Why the bees left the meadow", "Beekeepers say that the late frost and the dry summer cost them half of their hives."),
    ]:
        grid += [likes, "Wildlife", title, summary]
    infos = analyse("\n".join([HEADLINE, P1, P2, P3, *grid])).infos
    assert _trim_rubric_grid(infos, 1, len(infos) - 1) == 3  # the run ends on P3
    # the text's own sections under a repeated credit, each with two paragraphs, stay
    sections = []
    for head in ["The first step", "The second step", "The third step"]:
        sections += [head, "Example Images", P1, P2]
    infos = analyse("\n".join([HEADLINE, P3, *sections])).infos
    assert _trim_rubric_grid(infos, 1, len(infos) - 1) == len(infos) - 1


SUBHEAD = "The factory and the town"
P4 = "The town council met on Thursday evening to discuss the ruling, and most of its members said they welcomed the decision."
BIO = "Since 2019 at the paper. Writes mostly about courts, water rights and the people who live along the rivers of the north."


def test_an_author_box_under_the_text_leaves_the_body() -> None:
    doc = _article("By Jane Doe", P1, P2, SUBHEAD, P3, P4, "Jane Doe", "Reporter", BIO)
    assert doc.authors == ("Jane Doe",)
    assert P4 in doc.body and BIO not in doc.body and "Reporter" not in doc.body


def test_only_the_bylines_name_heads_an_author_box() -> None:
    doc = _article("By Jane Doe", P1, P2, SUBHEAD, P3, P4, "John Roe", "Reporter", BIO)
    assert BIO in doc.body  # another person's name over a paragraph: the text goes on
    doc = _article(P1, P2, SUBHEAD, P3, P4, "Jane Doe", "Reporter", BIO)  # no byline: no name to look for
    assert not any("author box" in line.reason for line in doc.lines)


def test_a_caption_closed_by_a_free_licence_tag_is_a_caption() -> None:
    caps = ["Map of the new district around the old plant. Click to enlarge. CC BY-SA 2.0", "The river below the plant in the spring (Photo: Jane Doe, CC-BY 4.0)", "Jane Doe, CC0"]
    doc = _article(P1, caps[0], P2, caps[1], P3, caps[2], P1.replace("The", "A", 1))
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(c in doc.body for c in caps)
    assert caps[0] in doc.captions
    # a sentence that names the licence is text
    said = "The city said all its photos of the plant are free to use under CC BY 4.0"
    doc = _article(P1, said, P2, P3)
    assert said in doc.body


def test_a_link_heading_behind_an_icon_name_is_a_link() -> None:
    box = ["filter_none WEITERE BEITRÄGE ZU DIESEM THEMA", "Der Rat beschließt den neuen Haushalt für die Schulen"]
    more = [DE[0].replace("Das", "Ein", 1), DE[1].replace("Die", "Zwei", 1)]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], *box, DE[2], *more]), lang="de")
    assert DE[2] in doc.body and more[1] in doc.body
    assert not any(b in doc.body for b in box)
    # a line of code opening on a name with underscores is no link heading
    code = "more_items = read_more(items)"
    doc = _article(P1, P2, code, P3)
    assert code in doc.body


def test_a_long_line_opening_with_the_pages_caption_label_is_a_caption() -> None:
    caps = ["Abbildung: Der Fluss unter der Fabrik im Frühjahr", "Abbildung: Die Halle des Gerichts während der Anhörung"]
    long_cap = "Abbildung: Vergleich der Messstellen am Fluss. Die Werte der Stadt (links) liegen über denen des Landes (rechts), weil die Stadt näher an der Fabrik misst und öfter."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], caps[0], DE[1], long_cap, DE[2], caps[1], DE[0].replace("Das", "Ein", 1)]), lang="de")
    assert DE[1] in doc.body and DE[2] in doc.body
    assert "Messstellen" not in doc.body and long_cap in doc.captions
    # with no other caption so labelled, the long line stays text
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], long_cap, DE[2]]), lang="de")
    assert "Messstellen" in doc.body


def test_a_pointer_to_more_of_the_sites_articles_closes_the_text() -> None:
    doc = _article(P1, P2, P3, "Check out more articles on Example.com!", "Share")
    assert P3 in doc.body and "Example.com" not in doc.body


def test_the_pitch_over_a_sign_up_button_inside_the_text_is_cut() -> None:
    box = ["Join the readers' club", "Get our weekly letter and your free guide!"]
    doc = _article(P1, P2, *box, "Sign up", "How the filter works", P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in box)
    # a paragraph over the button is the text's own
    doc = _article(P1, P2, "Sign up", "How the filter works", P3)
    assert P2 in doc.body and P3 in doc.body


def test_a_german_related_posts_heading_ends_the_text() -> None:
    box = [
        "Verwandte Beiträge",
        "Wie die Stadt ihre Brunnen wieder in Betrieb nimmt",
        "Nach zwei trockenen Sommern laufen die alten Brunnen am Markt wieder, und die Kinder freuen sich über das…",
        "Zehn Jahre Flussfest in Bildern",
        "Seit zehn Jahren feiert die Stadt im Juli am Ufer, mit Booten, Musik und einem Markt, der jedes Jahr…",
    ]
    doc = _article(*DE, *box)
    assert all(p in doc.body for p in DE)
    assert not any(b in doc.body for b in box)


def test_a_german_read_on_link_is_no_text() -> None:
    # "weiter lesen" closes a teaser, like "weiterlesen": the text above it stays
    doc = _article(DE[0], DE[1], "weiter lesen", DE[2])
    assert DE[0] in doc.body and DE[1] in doc.body
    assert "weiter lesen" not in doc.body


def test_a_breadcrumb_trail_inside_the_text_is_navigation() -> None:
    crumb = "Home » Guides » River Filters"
    doc = _article(P1, crumb, P2, P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert crumb not in doc.body
    # a path of menus inside an instruction is the text's own
    step = "Go to Settings > Water Filters > Replace now"
    doc = _article(P1, step, P2, P3)
    assert step in doc.body


def test_a_series_of_alike_titles_closing_the_text_is_cut() -> None:
    series = [
        "Sand filters vs. carbon filters: How Do They Compare?",
        "Best Filters for Rivers",
        "Sand filters vs. membranes: How Do They Compare?",
        "Membranes vs. carbon filters: How Do They Compare?",
    ]
    doc = _article(P1, P2, P3, *series)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(s in doc.body for s in series)
    # subheadings alike, each over its paragraph, are the text's own
    doc = _article(P1, "Sand filters: How Do They Work?", P2, "Membranes: How Do They Work?", P3)
    assert "Sand filters: How Do They Work?" in doc.body and "Membranes: How Do They Work?" in doc.body


def test_a_sign_up_box_closing_the_text_is_cut() -> None:
    box = [
        "Support our journalism",
        "If our reporting on the river, the court and the factory matters to you, join the thousands of readers who"
        " keep it free for everyone, every week of the year. Members get our weekly letter, invitations to the"
        " newsroom's open evenings and a say in what we look into next, from the price of water to the state of the bridges.",
        "Cancel at any time.",
        "How we are funded",
    ]
    doc = _article(P1, P2, P3, *box)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in box)
RU = [
    "Городской суд в понедельник постановил, что завод должен прекратить забор воды из реки, пока на нём не установят новый фильтр.",
    "Жители жаловались на запах с тех пор, как завод удвоил выпуск, а весной к иску присоединились два клуба рыболовов.",
    "Теперь у компании есть полгода, чтобы построить фильтр. Её юристы во вторник заявили, что для завода такого размера этот срок слишком короткий.",
]


def test_a_notice_to_report_a_typo_with_ctrl_enter_is_boilerplate() -> None:
    notices = [
        "Если вы нашли в тексте неточность или опечатку, отметьте этот фрагмент и нажмите Ctrl + Enter, мы всё исправим.",
        "Заметили опечатку? Выделите её и нажмите Ctrl+Enter.",
    ]
    for notice in notices:
        doc = cleanpress.parse("\n".join(["Суд остановил завод", *RU, notice, "Поделиться"]), lang="ru")
        assert RU[2] in doc.body and "Enter" not in doc.body
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, "Tippfehler gefunden? Markieren Sie ihn und drücken Sie Strg+Enter."]), lang="de")
    assert DE[2] in doc.body and "Strg" not in doc.body
    # text that names other keys is text
    said = "Im neuen Programm der Stadt öffnet man das Formular mit Strg+S und schickt es dann an das Amt."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], said, DE[1], DE[2]]), lang="de")
    assert said in doc.body


def test_a_caption_closed_by_a_glued_or_chained_agency_credit_is_a_caption() -> None:
    caps = [
        "Der Fluss unterhalb der Fabrik führte im Sommer kaum Wasser.Jana Muster/abc",
        "Vecinos junto al río, frente a la fábrica, el lunes por la mañana.ABC",
        "Pescadores en la orilla del río durante la protesta del domingo. ABC/DEF/JUANA PÉREZ",
    ]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], caps[0], DE[2]]), lang="de")
    assert DE[2] in doc.body and "Muster" not in doc.body
    doc = cleanpress.parse("\n".join(["El tribunal detiene la fábrica", ES[0], caps[1], ES[1], caps[2], ES[2]]), lang="es")
    assert ES[2] in doc.body and "frente a la fábrica" not in doc.body and "JUANA" not in doc.body
    # a list of colours or a unit in the text is no credit; nor is a short line ending in capitals
    kept = ["Die Farben: zum Beispiel Blau/Rot/Grün", "Das Werk liegt an der Straße nach Süd.B"]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], kept[0], DE[1], DE[2]]), lang="de")
    assert kept[0] in doc.body


def test_a_menu_run_into_one_line_inside_the_text_is_navigation() -> None:
    menu = "- Политика - Экономика - Общество - Культура и искусство - Спорт - Наука - Авто - Письма читателей - Туризм"
    doc = cleanpress.parse("\n".join(["Суд остановил завод", RU[0], RU[1], menu, "Статистика", RU[2]]), lang="ru")
    assert RU[0] in doc.body and "Туризм" not in doc.body
    row = "News | Sport | Business | Culture | Science | Travel | Weather | Contact"
    doc = _article(P1, P2, row, P3)
    assert "Weather" not in doc.body
    # a short list of steps in the text stays
    steps = "Beratung - Planung - Bau - Betrieb"
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], steps, DE[1], DE[2]]), lang="de")
    assert steps in doc.body


def test_an_authors_opinion_disclaimer_is_a_footer_line() -> None:
    notes = [
        "Мнения авторов могут не совпадать с точкой зрения редакции.",
        "Мнение автора может не совпадать с позицией редакции сайта.",
    ]
    for note in notes:
        doc = cleanpress.parse("\n".join(["Суд остановил завод", *RU, note]), lang="ru")
        assert RU[2] in doc.body and "не совпадать" not in doc.body
    note = "Автордың пікірі редакцияның көзқарасымен сәйкес келмеуі мүмкін."
    kk = [
        "Қалалық сот дүйсенбі күні зауытқа жаңа сүзгі орнатылғанға дейін өзеннен су алуды тоқтатуды бұйырды.",
        "Тұрғындар зауыт өнімін екі есе арттырғаннан бері жағымсыз иіске шағымданып келген, көктемде балықшылар клубы да сотқа жүгінді.",
        "Енді компанияның сүзгіні салуға алты ай уақыты бар. Оның заңгерлері сейсенбі күні бұл мерзім мұндай зауыт үшін тым қысқа екенін айтты.",
    ]
    doc = cleanpress.parse("\n".join(["Сот зауытты тоқтатты", *kk, note]), lang="kk")
    assert kk[2] in doc.body and "редакцияның" not in doc.body


def test_a_comments_counter_as_a_list_item_is_no_text() -> None:
    toolbar = ["Tweet", "* Материал", "* Комментарии: 0"]
    dateline = "НОРДСТАД, 5 янв - Новости. " + RU[0]
    doc = cleanpress.parse("\n".join(["Суд остановил завод", "05.01.2012 07:20", RU[0], *toolbar, dateline, *RU[1:]]), lang="ru")
    assert RU[2] in doc.body and "Комментарии" not in doc.body


def test_a_table_of_contents_over_the_text_is_navigation() -> None:
    heads = ["What the court decided", "Why the residents went to court", "What the company must do now"]
    p4 = "The town council said on Tuesday that it would test the water of the river every week until the new filter runs."
    doc = _article(p4, "Contents", *heads, heads[0], P1, heads[1], P2, heads[2], P3)
    assert p4 in doc.body and P1 in doc.body and P2 in doc.body and P3 in doc.body
    # each title stays once, as the subheading over its paragraph
    assert all(doc.body.count(h) == 1 for h in heads)
    assert "Contents" not in doc.body
    # a list of points the text takes up again in other words is the text's own
    points = ["Clean water for the town", "A new filter by the summer", "Fines if the factory fails"]
    doc = _article(P1, *points, P2, P3)
    assert all(p in doc.body for p in points)


def test_a_bulleted_table_of_contents_with_a_one_word_item_is_navigation() -> None:
    # A layout renderer sets the table as a list; a one-word item ("* Costs") does not break it.
    heads = ["What the court decided", "Costs", "What the company must do now"]
    p4 = "The town council said on Tuesday that it would test the water of the river every week until the new filter runs."
    doc = _article(p4, "Contents", *["* " + h for h in heads], heads[0], P1, heads[1], P2, heads[2], P3)
    assert p4 in doc.body and P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any("* " + h in doc.body for h in heads)
    # a bulleted list of one-word points the text does not take up again is the text's own
    points = ["* Water", "* Filters", "* Fines"]
    doc = _article(P1, *points, P2, P3)
    assert all(p in doc.body for p in points)


def test_a_kicker_title_and_summary_closing_the_text_are_a_teaser() -> None:
    summary = (
        "From next year the line to the coast runs twice an hour, the operator said on Friday. The new trains"
        " are faster and have more room for bicycles and prams. By Jane Doe and John Roe, Northtown"
    )
    teaser = ["New timetable", "Trains every half hour to the coast", summary]
    doc = _article(P1, P2, P3, *teaser)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(t in doc.body for t in teaser)


def test_a_promo_urging_the_reader_closes_no_text() -> None:
    promo = "Start a river watch. Free for 30 days!"
    doc = _article(P1, P2, P3, promo)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body and promo not in doc.body
    pitch = (
        "From the water level at the old bridge to the count of trout below the weir, our free app keeps a diary of"
        " the river for you, sends a note when the council tests the water and shows the results on a map of the"
        " town. Get the app now!"
    )
    doc = _article(P1, P2, P3, "Never miss a flood warning!", pitch)
    assert P3 in doc.body and pitch not in doc.body and "Never miss" not in doc.body
    # the text's own last exclamation stays
    end = "The anglers, for their part, are simply glad the fish are back!"
    doc = _article(P1, P2, P3, end)
    assert end in doc.body


def test_a_form_inside_the_text_is_boilerplate() -> None:
    form = ["Fill in this form to get our river guide.", "Your Name*", "Your Email*", "Your Town", "Send"]
    doc = _article(P1, P2, *form, P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(f in doc.body for f in form[:4])
    # a table whose heading carries a footnote's star is the text's
    table = ["Rivers by score*", "Northtown river 84", "Southtown river 80", "Easttown river 79"]
    doc = _article(P1, P2, *table, P3)
    assert all(t in doc.body for t in table)


def test_a_more_recipes_heading_closes_the_text() -> None:
    box = ["More Recipes", "20+ Easy River Trout Recipes with Lemon", "Easy Muffin Recipes", "20 Quick Bread Recipes for Busy Mornings"]
    note = (
        "Material on this website may not be copied or reproduced without the written approval of its owner, who"
        " writes every recipe himself and tests it twice in his own kitchen before it goes online."
    )
    doc = _article(P1, P2, P3, *box, note)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert not any(b in doc.body for b in box)


def test_a_german_notification_prompt_is_no_text() -> None:
    prompt = "Benachrichtigung aktivieren Dürfen wir Sie im Browser über neue Artikel aus der Stadt informieren? Sie erhalten drei Meldungen pro Tag."
    doc = _article(prompt, *DE)
    assert all(p in doc.body for p in DE)
    assert prompt not in doc.body


FR = [
    "Le tribunal a décidé lundi que l'usine devait cesser de puiser l'eau de la rivière tant qu'un nouveau filtre ne serait pas installé.",
    "Les riverains se plaignaient de l'odeur depuis des années, et deux associations de pêcheurs s'étaient jointes à la plainte au printemps.",
    "L'entreprise dispose maintenant de six mois pour construire le filtre. Ses avocats ont dit mardi que ce délai était bien trop court.",
]


def test_a_french_further_reading_box_closes_the_text() -> None:
    box = [
        "Aller plus loin",
        "Une enquête sur les rivières de la région, leurs usines et leurs pêcheurs, publiée l'an dernier par une équipe de chercheurs.",
        "Votre adresse email :",
    ]
    doc = _article(*FR, *box)
    assert all(p in doc.body for p in FR)
    assert not any(b in doc.body for b in box)


def test_a_views_counter_inside_the_text_is_no_text() -> None:
    for counter in ("Просмотров: 1234", "Прочтений: 87"):
        doc = cleanpress.parse("\n".join(["Суд остановил завод", *RU, "Источник: Новости Нордстада", counter, "Новость дня"]), lang="ru")
        assert RU[2] in doc.body and counter not in doc.body


def test_teaser_titles_closed_by_the_same_link_word_are_related() -> None:
    teasers = [
        "Zehn Pflanzen für den schattigen Balkon im Herbst lesen",
        "So schützen Sie Ihre Rosen vor dem ersten Frost lesen",
        "Warum der Rasen im Sommer gelb wird und was hilft lesen",
    ]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], *teasers, DE[2]]), lang="de")
    assert DE[2] in doc.body
    assert not any(t in doc.body for t in teasers)
    # a single subheading ending on such a verb stays, and so do list items ending on one word
    head = "Was die Kinder in der Schule lesen"
    items = ["Drei Sätze mit je zehn Wiederholungen pro Übung", "Zwei Sätze mit je acht Wiederholungen pro Übung"]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], head, DE[1], *items, DE[2]]), lang="de")
    assert head in doc.body and all(i in doc.body for i in items)


def test_a_bare_clip_length_in_the_text_heads_a_teaser() -> None:
    title = "Neue Brücke über den Fluss: Was die Anwohner erwarten"
    more = DE[1].replace("Frühjahr", "Herbst")
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], DE[2], more, "3 Min", title, DE[0].replace("Montag", "Freitag")]), lang="de")
    assert DE[2] in doc.body and title not in doc.body
    # a reading time at the top of the text is no teaser's
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", "4 Min", *DE]), lang="de")
    assert DE[0] in doc.body


def test_save_and_bookmark_buttons_are_share_rows() -> None:
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], "Speichern", DE[1], DE[2]]), lang="de")
    assert DE[2] in doc.body and "Speichern" not in doc.body
    doc = cleanpress.parse("\n".join(["Суд остановил завод", *RU, "В избранное", "Новость дня"]), lang="ru")
    assert RU[2] in doc.body and "избранное" not in doc.body


def test_job_listings_inside_the_text_are_ads() -> None:
    jobs = ["Projektleiter Wasserwirtschaft (m/w/d)", "Sachbearbeiter/in Einkauf (w/m/d) Musterwerke GmbH"]
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], DE[1], *jobs, DE[2]]), lang="de")
    assert DE[2] in doc.body and not any(j in doc.body for j in jobs)
    # a sentence quoting an advert is text
    said = "Die Firma sucht seit Monaten einen Projektleiter (m/w/d) für das neue Werk, fand aber bisher niemanden."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", DE[0], said, DE[1], DE[2]]), lang="de")
    assert said in doc.body
def test_a_long_list_under_a_related_label_is_related() -> None:
    names = ", ".join(f"Example Filter Works {n} Ltd." for n in ("North", "South", "East", "West", "Upper", "Lower", "River"))
    line = f"Related Companies: {names}"
    doc = _article(P1, P2, line, P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert line not in doc.body
    # a sentence going on after a label is text
    text = (
        "Related costs: the company says the filter, the pumps, the new pipes along the bank and the works at the"
        " weir will cost about two million, which the town, the county and the fishing clubs want it to pay alone."
    )
    doc = _article(P1, P2, text, P3)
    assert text in doc.body


def test_a_question_pointing_to_a_web_address_is_an_ad() -> None:
    ad = "Looking for a flat by the river? See the offers at flats-example.com"
    doc = _article(P1, P2, ad, P3)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body and ad not in doc.body
    # an appeal to write to an address and a question the text asks stay
    note = "Seen a fish in the river? Write to river@example.org and tell us."
    ask = "What will the filter cost? The company says about two million euros."
    doc = _article(P1, P2, note, ask, P3)
    assert note in doc.body and ask in doc.body


def test_a_profile_box_headed_about_a_person_closing_the_text_is_cut() -> None:
    bio = "I'm Jane, a hiker and river lover, writing here about courts and water since the first flood."
    doc = _article(P1, P2, P3, "About Jane 120 posts", bio)
    assert P3 in doc.body and "river lover" not in doc.body and "About Jane" not in doc.body
    de = "Ich bin Erika, Juristin und Anglerin, und schreibe hier seit der ersten Flut über Gerichte und Wasser."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, "Über Erika", de]), lang="de")
    assert DE[2] in doc.body and "Anglerin" not in doc.body
    # a closing section about a place whose paragraph never names it stays
    place = "The valley was settled late, and its farms still draw on the same water as the factory does today."
    doc = _article(P1, P2, P3, "About Northfield", place)
    assert place in doc.body


def test_a_name_and_age_line_over_a_bio_closing_the_text_is_cut() -> None:
    bio = "Reading, hiking, photography. I love rivers and write about them whenever the weather is bad."
    doc = _article(P1, P2, P3, "Jane, 34, river lover", bio)
    assert P3 in doc.body and "river lover" not in doc.body and "photography" not in doc.body


def test_a_theme_design_credit_under_the_text_is_boilerplate() -> None:
    credit = "Design by Jane Doe and John Roe. Icons by Max Muster."
    doc = _article(P1, P2, P3, credit)
    assert P3 in doc.body and "Icons by" not in doc.body
    de = "Design von Erika Muster und Max Beispiel. Symbole von Hans Probe."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, de]), lang="de")
    assert DE[2] in doc.body and "Symbole" not in doc.body



def test_a_section_the_text_repeats_goes_on_under_it() -> None:
    days = [
        ("Monday", ["Morning: We walked along the river to the old mill and fed the ducks by the weir.", "Noon: A long picnic lunch on the grassy bank under an old willow tree with the dog.", "Evening: Soup and fresh bread at the small inn near the bridge, then early to bed."], ["apples", "a flask of tea", "the map."], "Distance walked: 12 km"),
        ("Tuesday", ["Morning: The path climbed steeply through the pine forest up to the high ridge.", "Noon: From the ridge we could see the lake, both villages and the road below us.", "Evening: We came down by the quarry track and cooked pasta at the hut by the stream."], ["oat bars", "a spare jumper", "the torch."], "Distance walked: 15 km"),
        ("Wednesday", ["Morning: Rain kept us in the village, so we read by the fire in the inn's parlour.", "Noon: We took the short loop past the church and the farm when the rain eased off.", "Evening: A quiz night at the inn, which the shepherd's team won by a single point."], ["an umbrella", "dry socks", "plums."], "Distance walked: 8 km"),
    ]
    lines = ["Three days on the hill paths", "Here is how our walking week went, day by day, with what we packed each morning and how far we went before dark."]
    for day, text, items, total in days:
        lines += [day, *text, "Packed:", *items, total]
    links = ["More stories", "Ten quiet beaches for the autumn", "Why the old ferry is closing this year"]
    doc = cleanpress.parse("\n".join(lines + links), lang="en")
    assert "Distance walked: 8 km" in doc.body and "dry socks" in doc.body
    assert "Ten quiet beaches" not in doc.body
    # a label the text never repeated does not pull in what follows it
    tail = ["Packed lunch", "Distance to town: 3 km", *links]
    doc = cleanpress.parse("\n".join(lines[:-5] + tail), lang="en")
    assert "Distance to town" not in doc.body


def test_a_menu_phrase_under_a_sentence_ending_in_a_colon_is_a_list_item() -> None:
    paras = [
        "The council opened a new evening course in the old market hall this spring, and more than forty people signed up in the first week alone.",
        "The course runs for ten weeks and covers budgets, contracts and the basics of keeping accounts, taught by two retired bank clerks from the town.",
        "Places are still free for the autumn term, and the council says it will add a second group on Thursdays if the demand keeps growing like this.",
    ]
    items = ["Real estate buyers", "Café owners and their staff", "Farmers selling at the market", "Club treasurers"]
    tail = ["Share this story", "Most read", "Ten quiet beaches for the autumn"]
    doc = cleanpress.parse("\n".join(["Evening course fills up fast", paras[0], paras[1], "The course is a good fit for:", *items, paras[2], *tail]), lang="en")
    assert items[0] in doc.body and paras[2] in doc.body
    assert "Ten quiet beaches" not in doc.body


def test_a_drop_cap_on_its_own_line_opens_its_paragraph() -> None:
    paras = [
        "uring the long dry summer the village well ran low twice, and the council brought water up in tanks from the river town below.",
        "The farmers say the new pipe will be laid before the spring, though the money for the last mile of it has not been found yet.",
        "A public meeting on the plans is set for the first week of March in the school hall, and every household will get a letter.",
    ]
    doc = cleanpress.parse("\n".join(["Village waits for its new water pipe", "D", *paras]), lang="en")
    assert doc.paragraphs[0].startswith("During the long dry summer")
    assert "D" not in doc.tags
    assert any(line.text == "D" and line.label.value == "BODY" for line in doc.lines)
    # a letter over a line that starts in upper case is no drop cap
    doc = cleanpress.parse("\n".join(["Village waits for its new water pipe", "A", "D" + paras[0], *paras[1:]]), lang="en")
    assert doc.paragraphs[0].startswith("During")


def test_a_list_of_sections_the_text_ends_in_goes_on_under_it() -> None:
    intro = [
        "The new booking system for the town's sports halls went live this week, and the clubs had a first look at what it offers them.",
        "The council lists what the system does in short sections, one for each part of it, on the page it sent to every club secretary.",
    ]
    sections = [
        ("Online Booking", ["Reserves a hall for any evening of the week.", "Shows the free slots for the week.", "Sends a note when a slot opens up."]),
        ("Club Accounts", ["Keeps one account for each club.", "Lists the bookings of the season."]),
        ("Payments", ["Takes card payments at the desk.", "Sends the invoice by email."]),
        ("Reports", ["Counts the hours each hall was used.", "Compares the season with the last one."]),
    ]
    lines = ["Sports halls get a new booking system", *intro]
    for head, items in sections:
        lines += [head, *items]
    doc = cleanpress.parse("\n".join([*lines, "Contact", "Privacy Policy"]), lang="en")
    assert "Compares the season with the last one." in doc.body
    assert "Privacy Policy" not in doc.body


def test_the_writers_own_closing_line_to_the_reader_stays() -> None:
    # A line closing the text that speaks to the reader is cut as an appeal, unless it opens on
    # the writer in the first person singular: the author's sign-off.
    sign_off = "Ich hoffe, euch gefällt die Seite."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, sign_off]), lang="de")
    assert DE[2] in doc.body and sign_off in doc.body
    appeal = "Gefällt dir unser Magazin? Dann unterstütze uns mit einem Abo."
    doc = cleanpress.parse("\n".join(["Gericht stoppt die Fabrik", *DE, appeal]), lang="de")
    assert DE[2] in doc.body and appeal not in doc.body
    sign_off_en = "I hope you like the new look."
    doc = _article(P1, P2, P3, sign_off_en)
    assert P3 in doc.body and sign_off_en in doc.body
    # a personal appeal that does not open on the writer is still cut
    coffee = "If you liked this story, you can buy me a coffee and support your local writer."
    doc = _article(P1, P2, P3, coffee)
    assert P3 in doc.body and coffee not in doc.body


def test_a_one_word_comment_heading_between_paragraphs_heads_a_section_of_the_text() -> None:
    # "Comment" (an analysis section, like the Polish "Komentarz") between paragraphs of the text,
    # over paragraphs with no reader's name or date among them: a subheading, the text goes on.
    analysis = [
        "The ruling is the first in the region to tie a factory's water rights to the state of the river it draws from.",
        "Other plants upstream are likely to face the same question, since their permits were written the same way decades ago.",
        "For the town, the case shows that a small club of anglers can move a large employer when the evidence is on its side.",
    ]
    doc = _article(P1, P2, "Comment", *analysis)
    assert P2 in doc.body and all(a in doc.body for a in analysis)
    # a thread under a comments heading is no text of the article: its readers' names and dates stand between the comments
    thread = [analysis[0], "Mark Roe", "18 November 2025 at 10:12", analysis[1], analysis[2]]
    doc = _article(P1, P2, P3, "Comments", *thread)
    assert P3 in doc.body and analysis[0] not in doc.body and analysis[2] not in doc.body


def test_a_single_paragraph_under_a_list_the_text_announces_goes_on_with_the_text() -> None:
    # The items of a list announced by a line ending in a colon cost nothing between the text and
    # a last paragraph under them: the paragraph is the text going on, not a lone note under links.
    items = [
        "Talks, meetings and seminars on clean rivers",
        "Running a shared register of water samples",
        "Contacting clubs, schools and experts abroad",
        "Helping towns to plan their own filter projects",
        "Working with scientists on new research projects",
        "Speaking for the members before the authorities",
    ]
    last = "Once members have walked part of the way with the club, they may also ask for a seat on its board of directors."
    doc = _article(P1, P2, P3, "We get there through:", *items, last)
    assert P3 in doc.body and last in doc.body
    # without the announcing line, the lone paragraph under the block of titles stays out
    doc = _article(P1, P2, P3, *items, last)
    assert P3 in doc.body and last not in doc.body


def test_the_sites_pitch_in_sections_closing_the_text_is_no_text() -> None:
    pitch = [
        "Why Example Builders Is the Right Choice",
        "At Example Builders, we have helped hundreds of families plan the house they want, and we handle the permits for you.",
        "Fast quotes",
        "Our team answers every request within a day, so you know the price of your project before you commit to anything.",
        "One contact",
        "We give you a single project manager who keeps you informed from the first drawing to the last coat of paint.",
    ]
    doc = _article(P1, P2, P3, *pitch)
    assert P3 in doc.body
    assert not any(p in doc.body for p in pitch)
    # one paragraph of "we" and "you" closing the text, under one heading, stays: sites write their
    # conclusions so as often as they append a box
    close = "At the end of the day, we think you should ask the council before you build anything near the river."
    doc = _article(P1, P2, P3, "Our view", close)
    assert close in doc.body
    # a text that says "we" throughout ends in its own voice
    ours = [
        "We visited the plant on Monday and we spoke to the residents who had complained about the smell for years.",
        "We asked the company for its plans, and its lawyers told us that the filter would be ready by the summer.",
        "We will follow the case for you.",
    ]
    tail = ["What we saw", "We saw dead fish along the bank, and you could smell the water from the road.", "What comes next", "We will report for you when the court decides on the delay."]
    doc = _article(*ours, P3, *tail)
    assert tail[-1] in doc.body


def test_a_call_to_action_closing_the_text_is_no_text() -> None:
    cta = "To get started, request a quote here and our planners will get right back to you."
    doc = _article(P1, P2, P3, cta)
    assert P3 in doc.body and cta not in doc.body
    # a sentence of the text that names such a phrase without speaking to the reader stays
    said = "The firm said it would request a quote from two other builders before the court meets again."
    doc = _article(P1, P2, P3, said)
    assert said in doc.body


def test_a_fact_box_with_labels_on_their_own_lines_ends_the_text() -> None:
    # "Pros:" over its value: the box's facts in two lines each, kept like "Fee: Free".
    box = ["Pros:", "Light, quiet and cheap to run", "Cons:", "Slow to heat the water in winter", "Price:", "About 400 euros"]
    footer = ["Home", "Contact", "Imprint", "Privacy"]
    doc = _article(P1, P2, P3, *box, "", *footer)
    assert all(line in doc.body for line in box)
    assert "Imprint" not in doc.body
    # A lone label over a menu word is no box.
    doc = _article(P1, P2, P3, "Follow us:", *footer)
    assert "Follow us:" not in doc.body and "Imprint" not in doc.body
    # nor does a cue that urges nothing ("in partnership with")
    said = "The filter is built in partnership with the university, and you can visit the plant from May."
    doc = _article(P1, P2, P3, said)
    assert said in doc.body


def test_a_contact_box_closing_the_text_is_no_text() -> None:
    box = ["Contact", "Have a question about the filter works in your street? Write to the residents' association at its office."]
    doc = _article(P1, P2, P3, *box)
    assert P3 in doc.body and not any(b in doc.body for b in box)
    # a subheading over the text's own last paragraph stays
    close = "The residents' association said it would meet again in the spring to decide on its next steps."
    doc = _article(P1, P2, P3, "Contact", close)
    assert close in doc.body


def test_a_notice_of_the_sites_own_ads_at_the_texts_edge_is_an_ad() -> None:
    notice = "We may be paid when you click on a link to one of our advertising partners. Their offers are listed below."
    more = "The judge said the river had to be clean again before the next spawning season of the trout."
    doc = _article(notice, P1, P2, P3, more)
    assert P1 in doc.body and notice not in doc.body
    assert any(line.text == notice and line.label.value == "AD" for line in doc.lines)
    # a paragraph of the text about ads, even speaking to the reader, stays
    ads = "If you run a shop, your advertising costs will rise next year, and the court's ruling will not change that."
    doc = _article(ads, P1, P2, P3, more)
    assert ads in doc.body


def test_a_web_address_alone_on_a_line_is_no_text() -> None:
    doc = _article(P1, P2, "EXAMPLENEWS.COM", P3)
    assert P3 in doc.body and "EXAMPLENEWS.COM" not in doc.body
    doc = _article(P1, P2, "www.example.org/", P3)
    assert "www.example.org" not in doc.body
    # a sentence naming a site stays
    named = "The residents published the court's ruling on example.org on Tuesday evening."
    doc = _article(P1, named, P2, P3)
    assert named in doc.body
    # a library's name heading a section stays
    for head in ("Node.js", "ASP.NET"):
        doc = _article(P1, P2, head, P3)
        assert head in doc.body


def test_a_feedback_question_under_the_text_ends_it() -> None:
    offer = [
        "Was this page helpful?",
        "Yes No",
        "The travel card earns points on every train ticket and hotel night, and the points can be spent in more than forty countries without a fee.",
        "Members also receive a yearly credit for museum tickets and a discount on every concert in the city's halls, which the bank pays each spring.",
        "The card costs ninety dollars a year, and the first year is free for members who open an account with the bank before the end of the month.",
    ]
    doc = _article(P1, P2, P3, *offer)
    assert P3 in doc.body
    assert not any(o in doc.body for o in offer)


def test_a_related_phrase_opening_a_long_sentence_is_text() -> None:
    sentence = "You might also enjoy the small museum at the harbour, which tells the story of the island's fishing fleet."
    doc = _article(P1, P2, sentence, P3)
    assert sentence in doc.body
    # a link names its title
    for link in ("You might also enjoy: Ten walks along the coast of the island", "See also the court's ruling"):
        doc = _article(P1, P2, link, P3)
        assert link not in doc.body and P3 in doc.body

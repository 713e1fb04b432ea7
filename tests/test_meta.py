"""Date and byline choices on invented pages: which date is the article's, who wrote it."""

from __future__ import annotations

from datetime import datetime

import cleanpress
from cleanpress.dates import date_role, find_date
from cleanpress.lexicon import lexicon_for

BODY = (
    "The council approved the new bridge on Tuesday after a long debate about its cost and the route it would take. "
    "Work will start in spring and should be finished within two years, the mayor said after the vote.\n"
    "Residents had asked for the bridge for years and sent several joint letters to the local authority about it.\n"
    "The old ferry will keep running until the bridge opens, and its crew will be offered other jobs in the port."
)


def _day(doc: cleanpress.Document) -> tuple[int, int, int] | None:
    return (doc.date.year, doc.date.month, doc.date.day) if doc.date else None


def test_date_role_reads_the_label_before_the_date() -> None:
    en, de = lexicon_for("en"), lexicon_for("de")
    for text, lex, role in [
        ("Published Apr 26, 2023", en, "published"),
        ("Updated: Aug 21, 2025", en, "updated"),
        ("Published on Oct 21, 2025 Updated on Mar 9, 2026", en, "published"),
        ("By Jane Doe Last updated: March 5, 2024", en, "updated"),
        ("Veröffentlicht am 13. Mai 2026 um 15:44", de, "published"),
        ("March 5, 2024", en, None),
    ]:
        m = find_date(text, lex)
        assert m is not None, text
        assert date_role(text, m, lex) == role, text


def test_a_publication_date_beats_an_update() -> None:
    text = "Town approves the new bridge\nUpdated March 9, 2024\nPublished March 5, 2024\n\n" + BODY
    assert _day(cleanpress.parse(text)) == (2024, 3, 5)


def test_a_date_under_the_headline_beats_the_sites_date_above_it() -> None:
    text = "Friday, March 8, 2024\nLocal news\nTown approves the new bridge\nMarch 5, 2024 10:12\n\n" + BODY
    doc = cleanpress.parse(text)
    assert _day(doc) == (2024, 3, 5)
    first = next(ln for ln in doc.lines if ln.text.startswith("Friday"))
    assert first.label is not cleanpress.Label.DATE


def test_a_header_far_from_the_text_still_gives_the_date() -> None:
    """Title, author, date, then a long table of contents before the text: the date is the header's,
    not one of the dated teasers in the sidebar above it."""
    teasers = "\n".join(f"Another story number {n}\nMarch {n}, 2023" for n in range(10, 14))
    contents = "\n".join(f"Chapter {n} of the guide" for n in range(1, 31))
    text = (
        "Latest stories\n"
        + teasers
        + "\nGuides\nThe complete guide to the new bridge\nJane Doe\nMarch 5, 2024\nContents\n"
        + contents
        + "\n\n"
        + BODY
    )
    doc = cleanpress.parse(text)
    assert _day(doc) == (2024, 3, 5)


def test_no_date_at_all_stays_none() -> None:
    assert cleanpress.parse("Town approves the new bridge\n\n" + BODY).date is None


def test_relative_date_without_now_is_not_resolved() -> None:
    doc = cleanpress.parse("Town approves the new bridge\n3 hours ago\n\n" + BODY)
    assert doc.date is None
    doc = cleanpress.parse("Town approves the new bridge\n3 hours ago\n\n" + BODY, now=datetime(2024, 3, 5, 12, 0))
    assert _day(doc) == (2024, 3, 5)


def test_a_name_beside_the_date_is_the_author() -> None:
    contents = "\n".join(f"Chapter {n} of the guide" for n in range(1, 31))
    text = "Guides\nThe complete guide to the new bridge\nJane Doe\nMarch 5, 2024\nContents\n" + contents + "\n\n" + BODY
    doc = cleanpress.parse(text)
    assert doc.authors == ("Jane Doe",)
    line = next(ln for ln in doc.lines if ln.text == "Jane Doe")
    assert line.label is cleanpress.Label.BYLINE


def test_a_name_on_the_date_line_is_the_author() -> None:
    contents = "\n".join(f"Chapter {n} of the guide" for n in range(1, 31))
    text = "Guides\nThe complete guide to the new bridge\nMarch 5, 2024 · Jane Doe in Guides\nContents\n" + contents + "\n\n" + BODY
    doc = cleanpress.parse(text)
    assert doc.authors == ("Jane Doe",)
    assert _day(doc) == (2024, 3, 5)


def test_a_title_cased_phrase_the_page_writes_in_lowercase_is_no_author() -> None:
    """"Garden Plants" beside the date looks like a name, but the text speaks of garden plants."""
    body = BODY + "\nThe park beside the bridge will get new garden plants and trees along the river bank next year."
    contents = "\n".join(f"Chapter {n} of the guide" for n in range(1, 31))
    text = "Guides\nThe complete guide to the new bridge\nGarden Plants\nMarch 5, 2024\nContents\n" + contents + "\n\n" + body
    doc = cleanpress.parse(text)
    assert doc.authors == ()
    assert _day(doc) == (2024, 3, 5)


def test_an_agency_code_after_the_label_is_no_person() -> None:
    doc = cleanpress.parse("Town approves the new bridge\nBy AP\nMarch 5, 2024\n\n" + BODY)
    assert doc.authors == ()
    assert doc.byline == "AP"
    assert _day(doc) == (2024, 3, 5)


def test_byline_shapes() -> None:
    from cleanpress.bylines import find_byline, match_byline
    from cleanpress.dates import split_segments

    en, de = lexicon_for("en"), lexicon_for("de")
    # Surnames in capitals after a label.
    assert match_byline("Von: Erika MUSTERFRAU, Max MUSTERMANN", de).authors == ("Erika MUSTERFRAU", "Max MUSTERMANN")
    # A long role after the name.
    text = "05/03/2024 by Jane Doe, Chair of the Committee on Bridges and Public Works"
    assert find_byline(text, en, split_segments(text)).authors == ("Jane Doe",)
    # A bare name with a short role or outlet after it.
    for text in ("Jane Doe, Contributor", "Jane Doe/Example Agency", "Jane Doe,"):
        assert find_byline(text, en, split_segments(text)).authors == ("Jane Doe",), text
    assert match_byline("Contributors: Jane Doe", en).authors == ("Jane Doe",)
    # A conjunction inside a hyphenated word joins no names: a title, not two authors.
    text = "The Rock-and-Roll Problem"
    found = find_byline(text, en, split_segments(text))
    assert found is None or len(found.authors) == 1
    assert match_byline("By Jane Doe and John Roe", en).authors == ("Jane Doe", "John Roe")


def test_a_signature_under_the_text_is_the_author() -> None:
    doc = cleanpress.parse("Town approves the new bridge\nMarch 5, 2024\n\n" + BODY + "\n\nJane Doe\n\nShare\nPrivacy policy")
    assert doc.authors == ("Jane Doe",)


def test_a_list_of_people_under_the_text_is_no_signature() -> None:
    doc = cleanpress.parse("Town approves the new bridge\nMarch 5, 2024\n\n" + BODY + "\n\nJane Doe\nJohn Roe\nMary Major\n\nShare")
    assert doc.authors == ()


def test_a_label_alone_on_its_line_names_the_author_on_the_next() -> None:
    for label in ("Author", "Written by", "By:"):
        text = f"Town approves the new bridge\nMarch 5, 2024\n\n{BODY}\n\nShare\n{label}\nJane Doe\nPrivacy policy"
        assert cleanpress.parse(text).authors == ("Jane Doe",), label
    # A list heading under the label is no person.
    text = f"Town approves the new bridge\nMarch 5, 2024\n\n{BODY}\n\nShare\nAuthor\nRecent Posts\nPrivacy policy"
    assert cleanpress.parse(text).authors == ()
    from cleanpress.bylines import is_bare_label, match_byline

    en = lexicon_for("en")
    assert is_bare_label("Written by:", en) and not is_bare_label("By Jane Doe", en)
    assert match_byline("Author/Writer", en) is None


def test_another_credit_is_no_byline() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    en = lexicon_for("en")
    for text in ("Tested by Jane Doe", "Fact-checked by Jane Doe", "Top photo by Jane Doe"):
        found = find_byline(text, en, split_segments(text))
        assert found is None or not found.labelled, text
    assert find_byline("Blog post by Jane Doe", en, ["Blog post by Jane Doe"]).authors == ("Jane Doe",)


def test_an_interviewer_credit_with_its_colon_is_a_byline() -> None:
    from cleanpress.bylines import find_byline, match_byline
    from cleanpress.dates import split_segments

    de, en = lexicon_for("de"), lexicon_for("en")
    assert match_byline("Interview: Erika Muster", de).authors == ("Erika Muster",)
    assert match_byline("Protokoll: Max Mustermann", de).authors == ("Max Mustermann",)
    assert match_byline("Interview: Jane Roe", en).authors == ("Jane Roe",)
    assert match_byline("Interview: Erika Muster, Fotos: Max Muster", de).authors == ("Erika Muster",)
    # Without its colon the word is no label; inside a line, or with a clause after the
    # name, the line names the person interviewed.
    assert match_byline("Interview mit Erika Muster", de) is None
    assert match_byline("Interview: Erika Muster über die neue Brücke", de) is None
    assert match_byline("Interview: Jane Roe on the price of bridges", en) is None
    text = "Das große Interview: Erika Muster über die Stadt"
    found = find_byline(text, de, split_segments(text))
    assert found is None or not found.labelled


def test_an_interviewer_credit_under_the_headline_signs_the_article() -> None:
    text = (
        "Startseite\nPolitik\nWarum die Stadt neue Brücken braucht\n"
        "Die Verwaltung plant drei Übergänge über den Fluss, doch das Geld ist knapp.\n"
        "Interview: Erika Muster\n12.03.2024\n"
        "Frau Beispiel, warum braucht die Stadt neue Brücken über den Fluss, wenn die alten noch halten?\n"
        "Die alten Brücken sind über hundert Jahre alt und tragen die Lasten des heutigen Verkehrs nicht mehr lange.\n"
        "Was kostet das alles, und wer soll die Rechnung am Ende bezahlen, wenn die Kassen leer sind?\n"
        "Der Bund übernimmt einen großen Teil der Kosten, den Rest müssen Land und Stadt gemeinsam aufbringen.\n"
    )
    doc = cleanpress.parse(text)
    assert doc.authors == ("Erika Muster",)
    assert "Erika Muster" not in doc.body


def test_a_role_after_a_bare_name_is_no_part_of_it() -> None:
    from cleanpress.bylines import match_byline

    de, en = lexicon_for("de"), lexicon_for("en")
    assert match_byline("Erika Muster Redakteurin", de).authors == ("Erika Muster",)
    assert match_byline("Jane Roe Columnist", en).authors == ("Jane Roe",)
    assert match_byline("Mary Ann Baker", en).authors == ("Mary Ann Baker",)
    # A role alone is no name.
    assert match_byline("Senior Writer", en) is None
    assert match_byline("Wirtschaftsredakteurin", de) is None


def test_an_agency_after_a_slash_is_read_as_after_a_comma() -> None:
    from cleanpress.bylines import agency_credit, match_byline

    de, en = lexicon_for("de"), lexicon_for("en")
    found = match_byline("Von Erika Muster/dpa", de)
    assert found.authors == ("Erika Muster",) and found.byline == "Erika Muster/dpa"
    assert match_byline("Von Erika Muster und Max Muster/dpa", de).authors == ("Erika Muster", "Max Muster")
    found = match_byline("By Jane Roe / AFP", en)
    assert found.authors[0] == "Jane Roe" and agency_credit(found) == "AFP"
    # A month glued on by a slash is the date's, no credit.
    assert match_byline("By Jane Roe/June 12, 2020 9:49 am", en).authors == ("Jane Roe",)


def test_a_title_with_by_inside_is_no_byline() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    en, de = lexicon_for("en"), lexicon_for("de")
    # A teaser's title: the "name" after "by" runs on in title case.
    text = "12 Novels by Young Writers You Should Read This Winter"
    found = find_byline(text, en, split_segments(text))
    assert found is None or not found.authors
    # Going on in small letters after the name, the line names its speaker.
    text = "Rede von Ministerin Erika Muster beim Kongress der deutschen Gemeinden"
    assert find_byline(text, de, split_segments(text)).authors == ("Ministerin Erika Muster",)


def test_a_byline_opening_the_text_beside_the_date_is_taken_out_of_the_body() -> None:
    text = "Town approves the new bridge\n\n" + BODY.replace("\n", "\nMarch 5, 2024\nBy Jane Doe\n", 1)
    doc = cleanpress.parse(text)
    assert doc.authors == ("Jane Doe",)
    assert "Jane Doe" not in doc.body


def test_bylines_around_the_date() -> None:
    from cleanpress.bylines import find_byline, name_beside_date
    from cleanpress.dates import split_segments

    de, no, en = lexicon_for("de"), lexicon_for("no"), lexicon_for("en")
    # The date twice (published, updated), then the name.
    text = "5. März 2024 9. März 2024 Erika Muster 2 Kommentare"
    assert name_beside_date(text, "5. März 2024", de).authors == ("Erika Muster",)
    # A date label is no name.
    assert name_beside_date("Last Updated: March 5, 2024", "March 5, 2024", en) is None
    # A role word after the name is no author of its own.
    text = "Kari Nordmann – Journalist"
    assert find_byline(text, no, split_segments(text)).authors == ("Kari Nordmann",)


def test_a_labelled_byline_beats_a_bare_name_above_it() -> None:
    text = "Town approves the new bridge\nRiver Crossing\nMarch 5, 2024\nColumn by Jane Doe\n\n" + BODY
    assert cleanpress.parse(text).authors == ("Jane Doe",)


def test_a_name_beside_the_date_beats_a_name_under_the_text() -> None:
    contents = "\n".join(f"Chapter {n} of the guide" for n in range(1, 31))
    text = (
        "Guides\nThe complete guide to the new bridge\nJane Doe\nMarch 5, 2024\nContents\n"
        + contents + "\n\n" + BODY + "\n\nPrevious Chapter\n\nShare\nPrivacy policy"
    )
    assert cleanpress.parse(text).authors == ("Jane Doe",)


def test_an_author_box_names_the_author() -> None:
    box = "\n\nJane Doe\nJane Doe is a reporter who has covered the town council and its bridges since 2010.\n\nShare"
    doc = cleanpress.parse("Town approves the new bridge\nMarch 5, 2024\n\n" + BODY + "\nThe vote was close." + box)
    assert doc.authors == ("Jane Doe",)
    # Two people with a sentence each: a team page, no author.
    team = box.replace("\n\nShare", "\nJohn Roe\nJohn Roe is an editor who has worked for the paper since 2015 and lives in the town.\n\nShare")
    doc = cleanpress.parse("Town approves the new bridge\nMarch 5, 2024\n\n" + BODY + "\nThe vote was close." + team)
    assert doc.authors == ()


def test_the_page_tells_the_order_of_day_and_month() -> None:
    from cleanpress.dates import day_first_on_page

    assert day_first_on_page("12/04/2020", ["Posted 25/04/2020", "12/04/2020"]) is True
    assert day_first_on_page("12/04/2020", ["Posted 04/25/2020"]) is False
    assert day_first_on_page("12/04/2020", ["Posted 25.04.2020"]) is None  # another separator says nothing
    assert day_first_on_page("25/04/2020", ["12/04/2020"]) is None  # not ambiguous
    comments = "\n".join(f"Reader {n} said on 2{n}/04/2020 that the bridge is a good idea for the town." for n in range(3))
    doc = cleanpress.parse("Town approves the new bridge\n12/04/2020\n\n" + BODY + "\n\nComments\n" + comments, lang="en")
    assert _day(doc) == (2020, 4, 12)


def test_a_page_heading_beside_the_date_is_no_author() -> None:
    contents = "\n".join(f"Chapter {n} of the guide" for n in range(1, 31))
    text = "Guides\nThe complete guide to the new bridge\nRecent Posts\nMarch 5, 2024\nContents\n" + contents + "\n\n" + BODY
    assert cleanpress.parse(text).authors == ()


def test_a_button_of_the_page_is_no_author() -> None:
    # A name-shaped line whose words are words of the language's cue phrases ("get the latest",
    # "next article") is a button or a heading, wherever it stands.
    for line in ("Get Started", "Watch Next", "Follow Author"):
        text = "Town approves the new bridge\n" + line + "\nMarch 5, 2024\n\n" + BODY
        assert cleanpress.parse(text).authors == (), line
    text = "Town approves the new bridge\nJane Doe\nMarch 5, 2024\n\n" + BODY
    assert cleanpress.parse(text).authors == ("Jane Doe",)
    de = "Stadt beschließt die neue Brücke\nNächste Vorherige\n5. März 2024\n\n" + (
        "Der Stadtrat hat am Dienstag nach einer langen Debatte über die Kosten den Bau der neuen Brücke beschlossen.\n"
        "Die Arbeiten sollen im Frühjahr beginnen und innerhalb von zwei Jahren abgeschlossen sein, sagte der Bürgermeister.\n"
        "Die Anwohner hatten sich seit Jahren für die Brücke eingesetzt und mehrere Briefe an die Verwaltung geschrieben."
    )
    assert cleanpress.parse(de).authors == ()


def test_a_role_after_the_name_is_no_second_author() -> None:
    text = "Town approves the new bridge\nJane Doe, Print Managing Editor\nMarch 5, 2024\n\n" + BODY
    assert cleanpress.parse(text).authors == ("Jane Doe",)


def test_a_labelled_list_of_names_keeps_every_name() -> None:
    text = "Town approves the new bridge\nBy JANE DOE, JOHN ROE and MAXINE MUSTER-SMITH\nMarch 5, 2024\n\n" + BODY
    assert cleanpress.parse(text).authors == ("JANE DOE", "JOHN ROE", "MAXINE MUSTER-SMITH")
    # A long role after one name is still cut at the comma.
    text = "Town approves the new bridge\nBy Jane Doe, Candidate Representative to the Liaison Committee\nMarch 5, 2024\n\n" + BODY
    assert cleanpress.parse(text).authors == ("Jane Doe",)


def test_a_name_under_a_label_alone_on_its_line() -> None:
    for label, line, authors in [
        ("Author:", "Jane Doe/Agency", ("Jane Doe",)),
        ("By", "Jane", ("Jane",)),
        ("Authors", "Jane", ()),  # a menu item over another, no label
    ]:
        text = f"Town approves the new bridge\nMarch 5, 2024\n{label}\n{line}\nMore\n\n" + BODY
        assert cleanpress.parse(text).authors == authors, (label, line)


def test_an_ordinal_without_a_month_is_no_date() -> None:
    en = lexicon_for("en")
    assert find_date("12 3rd Ave, Springfield, ST, 12345", en) is None
    assert find_date("March 3rd, 2024", en) is not None
    # The address under the text's first part no longer splits the article in two.
    first, rest = BODY.split("\n", 1)
    doc = cleanpress.parse("Town approves the new bridge\nMarch 5, 2024\n\n" + first + "\n12 3rd Ave, Springfield\n" + rest)
    assert "old ferry" in doc.body and "council approved" in doc.body


def test_a_name_over_a_list_of_teasers_is_its_heading() -> None:
    teasers = "\n".join(f"Another story about the bridges of the county, part {n}" for n in range(1, 6))
    text = "Town approves the new bridge\nMarch 5, 2024\n\n" + BODY + "\nMeadow Lanes\n" + teasers
    assert cleanpress.parse(text).authors == ()


def test_a_duration_is_no_relative_date() -> None:
    """"1 hr 20 min" (a cooking time) and "03:15 min" (a clip's length) are durations: they
    do not hold the place of the article's date, and a full date further down is taken."""
    en, de = lexicon_for("en"), lexicon_for("de")
    for text, lex in [("1 hr 20 min", en), ("Total 1 hr 20 min", en), ("(03:15 min)", de)]:
        m = find_date(text, lex)
        assert m is None or not m.relative, text
    for text, lex in [("3 hours ago", en), ("vor 3 Stunden", de), ("gestern, 12:30", de)]:
        m = find_date(text, lex)
        assert m is not None and m.relative, text
    text = "Town approves the new bridge\nTotal 1 hr 20 min\nUpdated March 5, 2024\n\n" + BODY
    assert _day(cleanpress.parse(text)) == (2024, 3, 5)


def test_a_dateline_opening_the_text_gives_the_date() -> None:
    """No date line anywhere near the article, but the text opens with its date."""
    for opening in ("(5. März 2024) ", "05.03.2024, 14:30 Uhr "):
        text = (
            "Stadt baut die neue Brücke\n\n"
            + opening
            + "Der Rat hat am Dienstag nach langer Debatte über die Kosten und die Route die neue Brücke beschlossen.\n"
            "Die Arbeiten beginnen im Frühjahr und sollen innerhalb von zwei Jahren abgeschlossen sein, sagte der Bürgermeister.\n"
            "Die Anwohner hatten die Brücke seit Jahren gefordert und mehrere Briefe an die Verwaltung geschickt."
        )
        doc = cleanpress.parse(text)
        assert _day(doc) == (2024, 3, 5), opening
        first = next(ln for ln in doc.lines if ln.text.startswith(opening.strip()))
        assert first.label is cleanpress.Label.BODY  # the line stays text


def test_a_date_inside_the_text_is_no_dateline() -> None:
    text = "Town approves the new bridge\n\nOn March 5, 2024 the council approved the new bridge after a long debate.\n" + BODY
    assert cleanpress.parse(text).date is None


def test_a_date_in_the_headline_line_is_the_last_resort() -> None:
    text = "Mar 5 2024 Town approves the new bridge\n\n" + BODY
    assert _day(cleanpress.parse(text)) == (2024, 3, 5)
    text = "Mar 5 2024 Town approves the new bridge\nFooter\nPublished March 4, 2024\n\n" + BODY
    assert _day(cleanpress.parse(text)) == (2024, 3, 4)


def test_a_dotted_date_with_spaces_is_read() -> None:
    de = lexicon_for("de")
    for text in ("13. 1. 2020", "14. 01. 2020, 13:47"):
        m = find_date(text, de)
        assert m is not None and m.has_year, text
    text = (
        "Stadt baut die neue Brücke\n5. 3. 2024\n\n"
        "Der Rat hat am Dienstag nach langer Debatte über die Kosten und die Route die neue Brücke beschlossen.\n"
        "Die Arbeiten beginnen im Frühjahr und sollen innerhalb von zwei Jahren abgeschlossen sein, sagte der Bürgermeister.\n"
        "Die Anwohner hatten die Brücke seit Jahren gefordert und mehrere Briefe an die Verwaltung geschickt."
    )
    assert _day(cleanpress.parse(text)) == (2024, 3, 5)


def test_an_ambiguous_numeric_date_is_read_as_the_page_names_it() -> None:
    """"02-12-2025" is 2 December when the page lists the same post as "December 02, 2025"."""
    from cleanpress.dates import day_first_on_page

    en, de = lexicon_for("en"), lexicon_for("de")
    assert day_first_on_page("02-12-2025", ["Recent posts", "December 02, 2025"], en) is True
    assert day_first_on_page("02-12-2025", ["Recent posts", "February 12, 2025"], en) is False
    assert day_first_on_page("02-12-2025", ["Recent posts", "February 12, 2024"], en) is None
    assert day_first_on_page("04/12/2020", ["12. April 2020"], de) is False
    text = "Town approves the new bridge\n02-12-2025\n\n" + BODY + "\nRecent posts\nTown approves the new bridge\nDecember 02, 2025\n"
    assert _day(cleanpress.parse(text)) == (2025, 12, 2)


def test_of_two_dates_on_one_line_the_earlier_is_the_publication() -> None:
    for line in ("May 21, 2025 April 24, 2025 by Jane Doe", "April 24, 2025 May 21, 2025"):
        text = "Town approves the new bridge\n" + line + "\n\n" + BODY
        assert _day(cleanpress.parse(text)) == (2025, 4, 24), line


def test_the_fallback_reads_a_metadata_line_of_the_text_and_a_sentence_that_is_a_date() -> None:
    """The last resort weighs a date inside an author-and-date line the run of text swallowed,
    and a line of prose that is little but a date; never a date inside a sentence."""
    from cleanpress.context import _fallback_candidate
    from cleanpress.pipeline import analyse

    lines = [
        ("Jane Doe , 05. Mar. 2024, 12:01 3 min read Comments 4", "en", (2024, 3, 5)),
        ("Miércoles, 5 de Marzo de 2024 a las 07:46hrs.", "es", (2024, 3, 5)),
        ("The council met on March 5, 2024 and approved the new bridge after a long debate about its cost.", "en", None),
    ]
    for line, lang, want in lines:
        a = analyse(line + "\n", lang, cleanpress.DEFAULT_THRESHOLDS)
        info = a.infos[0]
        info.label = "BODY"
        dm = _fallback_candidate(info, a.lex)
        assert (dm is not None) == (want is not None), line


def test_a_publication_label_at_the_top_of_the_text_gives_the_date() -> None:
    text = (
        "Town approves the new bridge\n\n"
        "Posted on March 5, 2024 March 9, 2024 in Local News, Transport, Town Council and Roads and Bridges, "
        "where the council decides what the town will build next.\n" + BODY
    )
    doc = cleanpress.parse(text)
    assert _day(doc) == (2024, 3, 5)
    assert doc.lines[2].label is cleanpress.Label.BODY
    text = "Town approves the new bridge\n\nOn March 5, 2024 the council met, in the town hall, to vote on the bridge at last.\n" + BODY
    assert cleanpress.parse(text).date is None


def test_a_standfirst_signed_with_name_and_date_gives_the_date() -> None:
    text = (
        "Town approves the new bridge\n\n"
        "The council wants the bridge finished within two years, and the works start in spring, once the money is there. "
        "By Jane Doe on Mar. 5, 2024\n" + BODY
    )
    doc = cleanpress.parse(text)
    assert _day(doc) == (2024, 3, 5)
    assert doc.lines[2].label is cleanpress.Label.BODY


def test_a_created_label_opening_a_prose_line_after_the_text_gives_the_date() -> None:
    para = (
        "The committee met again on Thursday to discuss the budget for the coming year, and the "
        "members agreed to publish the full minutes of the meeting before the end of the month."
    )
    more = (
        "Several residents attended the session and asked questions about the new parking rules, "
        "which the council plans to introduce in the old town next spring."
    )
    footer = "Created on Sunday, October 18th, 2020, late in the afternoon. Edited on Monday, October 19th, 2020."
    doc = cleanpress.parse("\n".join(["Committee agrees on next year's budget", para, more, "", footer]))
    assert doc.date is not None and doc.date.date().isoformat() == "2020-10-18"


def test_the_headers_date_beats_a_date_at_the_top_of_the_text() -> None:
    para = (
        "The new novel follows two sisters who inherit a bookshop in a small harbour town, and it is "
        "the most charming story the author has written since her debut ten years ago."
    )
    more = (
        "Readers who liked her earlier books will find the same warm humour here, although the second "
        "half of the novel takes a darker turn that not everyone will enjoy."
    )
    lines = [
        "Five novels to read this winter",
        "by Jane Porter · Dec 20, 2025 at 3:00 am · One comment so far",
        "Released: June 17, 2025 by Harbour Books",
        para,
        more,
    ]
    doc = cleanpress.parse("\n".join(lines))
    assert doc.date is not None and doc.date.date().isoformat() == "2025-12-20"


def test_a_name_alone_at_the_top_of_the_text_signs_it() -> None:
    # Headline, a teaser sentence, then the author's name alone: the text has begun.
    lead = "A long debate about the cost of the new bridge ended on Tuesday with a clear vote in the council.\n"
    text = "Town approves the new bridge\n\n" + lead + "\nMartha Quellfeld\n\n" + BODY
    doc = cleanpress.parse(text)
    assert doc.authors == ("Martha Quellfeld",)
    assert "Martha Quellfeld" not in doc.body


def test_a_name_over_a_photo_credit_that_the_text_speaks_of_is_the_photos_subject() -> None:
    body = BODY + "\nMartha Quellfeld, the mayor, said the bridge would open in two years at the latest, if all went well."
    text = "Town approves the new bridge\n\nMarch 5, 2024\n\nMartha Quellfeld\n\nPhoto: Agency/John Roe\n\n" + body
    assert cleanpress.parse(text).authors == ()
    # Not spoken of in the text: the name over the credit is the author's.
    text = "Town approves the new bridge\n\nMarch 5, 2024\n\nMartha Quellfeld\n\nPhoto: Agency/John Roe\n\n" + BODY
    assert cleanpress.parse(text).authors == ("Martha Quellfeld",)


def test_a_labelled_byline_a_few_lines_into_the_text_names_the_author() -> None:
    lead = "A long debate about the cost of the new bridge ended on Tuesday with a clear vote in the council.\n"
    para = "The mayor spoke for an hour about the bridge and answered every question the residents had put to her.\n"
    text = "Town approves the new bridge\n\n" + lead + para + para + "By Martha Quellfeld Published: March 5, 2024\n" + BODY
    assert cleanpress.parse(text).authors == ("Martha Quellfeld",)


def test_the_place_or_agency_after_a_bylines_names_is_no_author() -> None:
    # Issue 4: agency credits are the source, not authors; a place is no person either.
    doc = cleanpress.parse("Town approves the new bridge\n\nBy Martha Quellfeld, Lille 05.08.2024, 20:59\n\n" + BODY)
    assert doc.authors == ("Martha Quellfeld",) and doc.source is None
    assert doc.byline is not None and "Lille" in doc.byline
    doc = cleanpress.parse("Town approves the new bridge\n\nBy Martha Quellfeld and John Roe, AFP\n\n" + BODY)
    assert doc.authors == ("Martha Quellfeld", "John Roe") and doc.source == "AFP"
    # An agency by its name, after the names, alone, or after a slash.
    for line, authors, source in (
        ("By Jane Doe, Reuters", ("Jane Doe",), "Reuters"),
        ("By Reuters", (), "Reuters"),
        ("By The Associated Press", (), "The Associated Press"),
        ("By Jane Doe and John Roe, Associated Press", ("Jane Doe", "John Roe"), "Associated Press"),
        ("By Jane Doe / AP", ("Jane Doe",), "AP"),
    ):
        doc = cleanpress.parse(f"Town approves the new bridge\n\n{line}\n\n" + BODY)
        assert (doc.authors, doc.source) == (authors, source), line
    # "with" an agency: French and German sites credit the wire so.
    fr = (
        "Le conseil municipal a voté mardi la réouverture du vieux pont après deux années de travaux, a indiqué le maire.\n"
        "Les ingénieurs ont remplacé les poutres en acier et le tablier, et les travaux ont coûté deux fois plus que prévu.\n"
        "La circulation reprendra la semaine prochaine, avec une vitesse limitée pour les poids lourds."
    )
    doc = cleanpress.parse(f"La ville rouvre le vieux pont\nPar Jean Dupont avec AFP\n{fr}")
    assert (doc.authors, doc.source) == (("Jean Dupont",), "AFP")
    doc = cleanpress.parse(f"La ville rouvre le vieux pont\nPar Jean Dupont avec Marie Curie\n{fr}")
    assert doc.source is None and doc.authors[0] == "Jean Dupont"  # a person, no agency
    # A name that merely opens like an agency's stays a name.
    doc = cleanpress.parse("Town approves the new bridge\n\nBy Jane Reuter\n\n" + BODY)
    assert doc.authors == ("Jane Reuter",) and doc.source is None


def test_a_russian_byline_credits_the_agency_as_the_source() -> None:
    body = (
        "Совет города во вторник проголосовал за открытие старого моста после двух лет ремонта, сообщил мэр.\n"
        "Инженеры заменили стальные балки и настил, а работы обошлись вдвое дороже, чем планировалось.\n"
        "Движение по мосту откроют на следующей неделе, для грузовиков введут ограничение скорости."
    )
    doc = cleanpress.parse(f"В городе открыли старый мост\nАвтор: Иван Петров, РИА Новости\n{body}")
    assert doc.authors == ("Иван Петров",) and doc.source == "РИА Новости"
    doc = cleanpress.parse(f"В городе открыли старый мост\nАвтор: ТАСС\n{body}")
    assert doc.authors == () and doc.source == "ТАСС"
    # Unlabelled, the name before the agency is the byline, the agency the source.
    doc = cleanpress.parse(f"В городе открыли старый мост\nИван Петров, ТАСС\n{body}")
    assert doc.authors == ("Иван Петров",) and doc.source == "ТАСС"
    assert doc.byline == "Иван Петров, ТАСС"  # the line as written
    doc = cleanpress.parse(f"В городе открыли старый мост\nИван Петров, обозреватель\n{body}")
    assert doc.authors == ("Иван Петров",) and doc.source is None


def test_a_degree_after_the_name_is_no_agency() -> None:
    for line in ("By Jane Doe, MD", "Jane Doe, CPA", "By Jane Doe, PhD"):
        doc = cleanpress.parse(f"Town approves the new bridge\n\n{line}\n\n" + BODY)
        assert doc.authors == ("Jane Doe",) and doc.source is None, line
    doc = cleanpress.parse("Town approves the new bridge\n\nBy XYZ\n\n" + BODY)
    assert doc.authors == () and doc.source == "XYZ"  # a code alone is an agency


def test_a_name_among_a_run_of_short_tags_under_the_headline_is_no_byline() -> None:
    tags = "Sustainability\n\nClimate Change\n\nDream Valley\n\norganic food\n\n"
    text = "Town approves the new bridge\n\n" + tags + BODY
    assert cleanpress.parse(text).authors == ()
    # A name over a label line ending in a colon stays a byline.
    text = "Town approves the new bridge\n\nMarch 5, 2024\n\nMartha Quellfeld\n\n" + BODY
    assert cleanpress.parse(text).authors == ("Martha Quellfeld",)


def test_a_short_months_name_first_is_a_given_name() -> None:
    from cleanpress.bylines import looks_like_name

    de, en = lexicon_for("de"), lexicon_for("en")
    assert looks_like_name("Jan Quellfeld", de)
    assert not looks_like_name("Quellfeld Jan", de)
    assert not looks_like_name("March Madness", en)


def test_an_author_written_as_a_one_item_list_is_the_byline() -> None:
    lede = (
        "The regional court ruled on Monday that the factory must stop using the river water until a new "
        "filter is installed, after two fishing clubs complained about the dead fish they found."
    )
    more = "The company now has six months to build the filter, and its lawyers said the deadline was too short."
    doc = cleanpress.parse("\n".join(["Court stops factory from using river water", "* Maria Lindqvist", "17 November 2025", lede, more]))
    assert doc.authors == ("Maria Lindqvist",)

def test_a_dates_month_after_a_labelled_name_is_no_part_of_it() -> None:
    from cleanpress.bylines import match_byline

    en = lexicon_for("en")
    assert match_byline("By Jane Doe Mar 5, 2025 | 6 comments", en).authors == ("Jane Doe",)
    assert match_byline("By Jane Doe Tuesday 5 March 2025", en).authors == ("Jane Doe",)


def test_an_initial_without_its_dot_inside_a_name() -> None:
    from cleanpress.bylines import looks_like_name

    en = lexicon_for("en")
    assert looks_like_name("Mrs J Quellfeld", en)
    assert not looks_like_name("Quellfeld J", en)  # a letter at the end is no initial here
    assert not looks_like_name("J K Quellfeld", en)


def test_a_name_under_a_photo_in_the_header_counts_by_lines_of_text() -> None:
    # Blank lines between the header's lines do not push the name out of the header.
    lead = "A long debate about the cost of the new bridge ended on Tuesday with a clear vote in the council."
    lines = ["Town approves the new bridge", lead, "March 5, 2024", "Photo: Agency/John Roe", "Martha Quellfeld", "Advertisement", BODY]
    doc = cleanpress.parse("\n\n".join(lines))
    assert doc.authors == ("Martha Quellfeld",)


def test_a_newsroom_or_team_signs_in_a_bylines_place() -> None:
    from cleanpress.bylines import is_desk_credit, nameless_credit

    en, de = lexicon_for("en"), lexicon_for("de")
    assert is_desk_credit("The Example Team", en)
    assert is_desk_credit("example.com Redaktion", de)
    assert is_desk_credit("XY-Redaktion", de)
    assert not is_desk_credit("Meet the Team", en)  # a heading of the page
    assert not is_desk_credit("team building tips", en)
    # The desk word as a label before a person ("Redaktion: Jana Muster") signs no desk, and the
    # label with its colon is no author's name.
    assert not is_desk_credit("Redaktion: Jana Muster", de)
    assert is_desk_credit("Online-Redaktion", de)
    assert ":" not in "".join(cleanpress.parse(f"Town approves the new bridge\nRedaktion: Jana Muster\n\n{BODY}").authors)
    # Under a byline label alone on its line.
    text = f"Town approves the new bridge\nMarch 5, 2024\nWritten by\nThe Example Team\n\n{BODY}"
    assert cleanpress.parse(text).authors == ("The Example Team",)
    # Beside the date under the headline.
    text = f"Town approves the new bridge\nMarch 5, 2024\nThe Example Newsdesk\n\n{BODY}"
    assert cleanpress.parse(text).authors == ("The Example Newsdesk",)
    # A desk that names nobody ("Newsdesk", "Staff Writer", "Redaktion") signs the byline
    # but is no author: as one it would lump every unsigned story together.
    for credit, lex in (("Newsdesk", en), ("Staff Writer", en), ("Editorial Staff", en), ("Redaktion", de), ("admin", en)):
        assert nameless_credit(credit, lex), credit
    assert not nameless_credit("The Example Team", en) and not nameless_credit("XY-Redaktion", de)
    assert not nameless_credit("Jane Doe", en)
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024\nNewsdesk\n\n{BODY}")
    assert doc.byline == "Newsdesk" and doc.authors == ()
    doc = cleanpress.parse(f"Town approves the new bridge\nBy Staff | March 5, 2024\n\n{BODY}")
    assert doc.byline == "Staff" and doc.authors == ()


def test_one_given_name_beside_the_date_under_the_headline() -> None:
    text = f"Town approves the new bridge\nMartha\nMarch 5, 2024\n\n{BODY}"
    assert cleanpress.parse(text).authors == ("Martha",)
    # A word the headline holds is its rubric, not a name.
    text = f"Bridge: town approves the new one\nBridge\nMarch 5, 2024\n\n{BODY}"
    assert cleanpress.parse(text).authors == ()
    # A page that capitalises its nouns says nothing by one capital.
    body = (
        "Der Rat hat die neue Brücke am Dienstag nach einer langen Debatte über die Kosten und die Route beschlossen. "
        "Die Arbeiten beginnen im Frühjahr und sollen in zwei Jahren fertig sein, sagte der Bürgermeister nach der Wahl.\n"
        "Die Anwohner hatten die Brücke seit Jahren gefordert und der Verwaltung dazu mehrere gemeinsame Briefe geschickt."
    )
    text = f"Stadt beschließt die neue Brücke\nEssay\n5. März 2024\n\n{body}"
    assert cleanpress.parse(text).authors == ()


def test_a_comma_after_the_label_or_between_single_words_is_no_byline() -> None:
    from cleanpress.bylines import match_byline

    en, de = lexicon_for("en"), lexicon_for("de")
    found = match_byline("Author, Article and Disclosure Information", en)
    assert found is None or not found.labelled
    assert match_byline("Von Regeln, Politik und «guter Sprache»", de) is None
    assert match_byline("Von Erika Muster", de).authors == ("Erika Muster",)


def test_a_role_word_after_the_name_labels_it() -> None:
    from cleanpress.bylines import match_byline

    de, no, en = lexicon_for("de"), lexicon_for("no"), lexicon_for("en")
    found = match_byline("Erika Muster Autorin", de)
    assert found is not None and found.labelled and found.authors == ("Erika Muster",)
    assert match_byline("Kari Nordmann – Journalist", no).authors == ("Kari Nordmann",)
    # A preposition after capitalised words starts a phrase, not a role.
    found = match_byline("Hohe Bedeutung von sozialen Netzwerken", de)
    assert found is None or not found.labelled
    assert match_byline("Jane Doe by the river", en) is None


def test_co_authors_one_per_line_in_the_bylines_frame() -> None:
    header = "Town approves the new bridge\nMartha Quellfeld, PhD,\nJohn Roe, PhD,\nMary Major, PhD\nMarch 5, 2024\n\n"
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld", "John Roe", "Mary Major")
    # Names alone on their lines: the second may be an editor or a reviewer.
    header = "Town approves the new bridge\nMartha Quellfeld\nJohn Roe\nMarch 5, 2024\n\n"
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld",)


def test_a_name_filed_in_a_rubric() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    en, de = lexicon_for("en"), lexicon_for("de")
    text = "Jane Doe in gardening"
    assert find_byline(text, en, split_segments(text)).authors == ("Jane Doe",)
    text = "Gefrorene Proben in einer Klinik.Foto/Agentur"  # a caption, not a rubric
    assert find_byline(text, de, split_segments(text)) is None
    doc = cleanpress.parse(f"Town approves the new bridge\nMartha Quellfeld in local news\nMarch 5, 2024\nWhat Happened\n\n{BODY}")
    assert doc.authors == ("Martha Quellfeld",)


def test_a_surname_in_capitals_after_a_given_name() -> None:
    from cleanpress.bylines import looks_like_name

    en, de = lexicon_for("en"), lexicon_for("de")
    assert looks_like_name("Martha QUELLFELD", en)
    assert not looks_like_name("QUELLFELD Martha", en)
    assert not looks_like_name("Windkraftanlagenbau XYZ", de)  # a long noun is no given name
    assert not looks_like_name("Read MORE", en)


def test_the_headers_labelled_byline_beats_one_at_the_top_of_the_text() -> None:
    lead = "A review of three new books about bridges, and what they tell us about the towns that build them."
    text = f"Books about bridges\nby Martha · March 5, 2024\n\n{lead}\nAuthor: John Roe\n{BODY}"
    doc = cleanpress.parse(text)
    assert doc.authors == ("Martha",)
    assert "Author: John Roe" in doc.body


def test_an_about_heading_introduces_the_author() -> None:
    from cleanpress.bylines import name_after_heading

    en = lexicon_for("en")
    assert name_after_heading("About the Author - Martha Quellfeld", en).authors == ("Martha Quellfeld",)
    assert name_after_heading("Founder Martha Quellfeld", en) is None  # a subject, not an author box
    box = "\n\nAbout Martha Quellfeld\nMartha is a reporter who has covered the town council for ten years and more.\n"
    text = f"Town approves the new bridge\n\n{BODY}{box}\nShare\nPrivacy policy"
    assert cleanpress.parse(text).authors == ("Martha Quellfeld",)


def test_a_bulleted_list_of_authors_with_their_degrees() -> None:
    # A renderer sets the authors as a list's items, each with its degree and a comma.
    authors = "* Martha Quellfeld, PhD ,\n* John Roe, PhD ,\n* Anna Berkwitz, PhD\n"
    text = f"Town approves the new bridge\nA study of the vote\n{authors}\n{BODY}"
    assert cleanpress.parse(text).authors == ("Martha Quellfeld", "John Roe", "Anna Berkwitz")
    # A teaser in a bulleted list that opens with a name goes on in words: no author.
    teasers = "* Martha Quellfeld opens the new library\n* Storm closes the port, again\n"
    text = f"Town approves the new bridge\n{teasers}\n{BODY}"
    assert cleanpress.parse(text).authors == ()


def test_a_name_under_an_about_the_author_heading() -> None:
    from cleanpress.features import compute_features
    from cleanpress.meta_fallbacks import _about_the_author

    en, de = lexicon_for("en"), lexicon_for("de")
    assert _about_the_author(compute_features(0, "About the author", en), en)
    assert _about_the_author(compute_features(0, "Über den Autor", de), de)
    assert not _about_the_author(compute_features(0, "Author", en), en)  # a label alone
    assert not _about_the_author(compute_features(0, "Our favourite author", en), en)
    tail = "\n\nShare\nPrint\nMore from the town\nPrivacy policy\n\nAbout the author\nAll posts\n{name}\nStudent, father, nurse on a night ward and runner on the weekends.\n"
    for name in ("Martha Quellfeld", "Martha"):
        text = f"Town approves the new bridge\n\n{BODY}" + tail.format(name=name)
        assert cleanpress.parse(text).authors == (name,)
    # Two boxes naming two people: a list of contributors, no author.
    two = tail.format(name="Martha Quellfeld") + tail.format(name="John Roe")
    assert cleanpress.parse(f"Town approves the new bridge\n\n{BODY}{two}").authors == ()
    # A common word under the heading is no name.
    text = f"Town approves the new bridge\n\n{BODY}" + tail.format(name="Contact") + "\nwrite to us, contact the desk\n"
    assert cleanpress.parse(text).authors == ()


def test_an_author_box_whose_sentence_names_the_person_after_a_role() -> None:
    # "Our Adviser Martha Quellfeld has ...": a capitalised role before the whole name.
    tail = "\n\nShare\nPrint\nMore from the town\nPrivacy policy\n\nMartha Quellfeld\nYour adviser\nBiography\n"
    box = "Our Adviser Martha Quellfeld has helped companies lease their cars for twenty years.\n"
    assert cleanpress.parse(f"Town approves the new bridge\n\n{BODY}{tail}{box}").authors == ("Martha Quellfeld",)
    # The given name after a capitalised word without the surname is part of another name.
    box = "The Adviser Martha Fund has helped companies lease their cars for twenty years.\n"
    assert cleanpress.parse(f"Town approves the new bridge\n\n{BODY}{tail}{box}").authors == ()
    # Inside the text, a role before the name presents an expert the article quotes.
    expert = "Martha Quellfeld\nEngineer\nThe Engineer Martha Quellfeld teaches bridge design at the technical school.\n"
    text = f"Town approves the new bridge\n\n{BODY}\n{BODY}\n{expert}{BODY}\n\nShare\nPrint\nMore from the town\nPrivacy policy"
    assert cleanpress.parse(text).authors == ()


def test_a_boxed_bio_of_the_person_interviewed_is_no_author_box() -> None:
    tail = "\n\nShare\nPrint\nMore from the town\nPrivacy policy\n\nMartha Quellfeld\nEngineer\n"
    box = "Martha teaches bridge design at the technical school in town.\n"
    assert cleanpress.parse(f"Town approves the new bridge\n\n{BODY}{tail}{box}").authors == ("Martha Quellfeld",)
    qa = "Martha Quellfeld: The old ferry could not carry the traffic any more, and everyone in town knew it for years.\n"
    text = f"Town approves the new bridge\n\n{BODY}\n{qa}{BODY}{tail}{box}"
    assert cleanpress.parse(text).authors == ()


def test_a_heading_over_a_paragraph_about_a_company_is_no_author_box() -> None:
    # The paragraph names the heading's words, but not as a person's given name first.
    box = "\nInvestment Banking\nExample Group's Investment Banking practice advises companies on sales and mergers.\n"
    text = f"Town approves the new bridge\n\n{BODY}\n\nShare\nPrint\nMore from the town\nPrivacy policy\n{box}"
    doc = cleanpress.parse(text)
    assert doc.authors == (), [(line.text, line.reason) for line in doc.lines if line.label.value == "BYLINE"]


def test_an_organisation_named_with_its_initials_is_no_author_box() -> None:
    # "Northfield River Institute (NRI) is ...": the initials in brackets name an organisation.
    about = "Northfield River Institute (NRI) is an independent research centre studying rivers and the towns along them."
    text = f"Town approves the new bridge\nMarch 5, 2024\n\n{BODY}\n\nAbout Northfield River Institute\n{about}"
    doc = cleanpress.parse(text)
    assert doc.authors == ()
    assert all(line.label.value != "BYLINE" for line in doc.lines)
    # a person's box still names its author
    box = "\n\nAbout Jane Doe\nJane Doe is a reporter who has covered the town council and its bridges since 2010.\n\nShare"
    assert cleanpress.parse("Town approves the new bridge\nMarch 5, 2024\n\n" + BODY + "\nThe vote was close." + box).authors == ("Jane Doe",)


def test_a_person_holding_the_sites_copyright_signs_when_nothing_else_does() -> None:
    from cleanpress.bylines import copyright_holder

    en = lexicon_for("en")
    assert copyright_holder("© 2019 Martha Quellfeld", en).authors == ("Martha Quellfeld",)
    assert copyright_holder("©2020 - Martha Quellfeld - Example Shop", en).authors == ("Martha Quellfeld",)
    for text in ("© Martha Quellfeld", "© 2025 Example Media Corporation", "© 2025 ExampleSoft Labs", "© 2025 Example LLC"):
        assert copyright_holder(text, en) is None, text  # a photo's credit, or a company
    text = f"Town approves the new bridge\n\n{BODY}\n\nShare\n© 2019 Martha Quellfeld. Imprint"
    assert cleanpress.parse(text).authors == ("Martha Quellfeld",)
    text = f"Town approves the new bridge\nBy John Roe\n\n{BODY}\n\nShare\n© 2019 Martha Quellfeld. Imprint"
    assert cleanpress.parse(text).authors == ("John Roe",)


def test_one_given_name_signing_the_text_over_its_date() -> None:
    text = f"Town approves the new bridge\n\n{BODY}\nMartha\n5 March 2024\n\nShare\nPrivacy policy"
    assert cleanpress.parse(text).authors == ("Martha",)
    body = (
        "Der Rat hat die neue Brücke am Dienstag nach einer langen Debatte über die Kosten und die Route beschlossen. "
        "Die Arbeiten beginnen im Frühjahr und sollen in zwei Jahren fertig sein, sagte der Bürgermeister nach der Wahl.\n"
        "Die Anwohner hatten die Brücke seit Jahren gefordert und der Verwaltung dazu mehrere gemeinsame Briefe geschickt."
    )
    # A long compound noun over the date labels it.
    text = f"Stadt beschließt die neue Brücke\n\n{body}\nErstausstrahlung\n5. März 2024\n\nTeilen"
    assert cleanpress.parse(text).authors == ()


def test_a_maiden_name_in_brackets_inside_a_name() -> None:
    from cleanpress.bylines import looks_like_name, name_beside_date

    en = lexicon_for("en")
    assert looks_like_name("Martha (Roe) Quellfeld", en)
    assert not looks_like_name("(Martha) Quellfeld", en)
    found = name_beside_date("Martha (Roe) Quellfeld Published: January 3, 2024", "January 3, 2024", en)
    assert found is not None and found.authors == ("Martha (Roe) Quellfeld",)


def test_a_second_label_after_a_themes_label_is_no_part_of_the_name() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    en, de = lexicon_for("en"), lexicon_for("de")
    # A blog theme's "Post author" over the post's own "By": the name alone.
    for text, lex in (("Post author By Martha Quellfeld", en), ("Author: By Martha Quellfeld", en), ("Autor: Von Jana Muster", de)):
        found = find_byline(text, lex, split_segments(text))
        assert found is not None and found.authors == (" ".join(text.split()[-2:]),)
    # A particle opening a surname stays in it.
    for text, name in (("By Von Trapp", "Von Trapp"), ("By De La Cruz", "De La Cruz")):
        found = find_byline(text, en, split_segments(text))
        assert found is not None and found.authors == (name,)
    doc = cleanpress.parse(f"Town approves the new bridge\nPost author By Martha Quellfeld\n\n{BODY}")
    assert doc.authors == ("Martha Quellfeld",)


def test_a_photo_credit_label_ends_the_names_of_a_byline() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    en, de = lexicon_for("en"), lexicon_for("de")
    for text, lex in (("By Martha Quellfeld Photo: John Roe", en), ("von Jana Muster Foto: © Agentur", de)):
        found = find_byline(text, lex, split_segments(text))
        assert found is not None and len(found.authors) == 1 and found.authors[0] in ("Martha Quellfeld", "Jana Muster")
    # A credit alone (its label opening the line) names the photographer, no author.
    assert cleanpress.parse(f"Town approves the new bridge\nPhoto: John Roe\n\n{BODY}").authors == ()
    doc = cleanpress.parse(f"Town approves the new bridge\nBy Martha Quellfeld Photo: John Roe\n\n{BODY}")
    assert doc.authors == ("Martha Quellfeld",)


def test_a_long_details_row_opening_with_a_byline_label() -> None:
    # "By Jane Doe, Staff Writer | Updated <date>": more than a byline's words in all, the
    # labelled first piece is read alone (the row had been taken for a sentence of the text).
    doc = cleanpress.parse(f"Town approves the new bridge\nBy Martha Quellfeld, Staff Writer | Updated March 5, 2024 at 4:33 p.m.\n{BODY}")
    assert doc.authors == ("Martha Quellfeld",)
    assert doc.date_text is not None and "March 5, 2024" in doc.date_text
    # A sentence that opens with "By" stays a sentence of the text.
    line = "By the time the council voted, the bridge had cost twice as much | as the first plan said."
    doc = cleanpress.parse(f"Town approves the new bridge\n{BODY}{line}\n{BODY}")
    assert doc.authors == () and line in doc.body


def test_a_cue_phrase_after_the_name_is_no_surname() -> None:
    # "<date> by Jane Doe Leave a Comment": a blog's details row; "Leave" opens the cue.
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024 by Martha Quellfeld Leave a Comment\n{BODY}")
    assert doc.authors == ("Martha Quellfeld",)
    # A three-word name stays whole.
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024 by Martha Ann Quellfeld\n{BODY}")
    assert doc.authors == ("Martha Ann Quellfeld",)


def test_two_names_beside_the_date() -> None:
    doc = cleanpress.parse(f"Town approves the new bridge\nMartha Quellfeld and John Roe | March 5, 2024\n{BODY}")
    assert doc.authors == ("Martha Quellfeld", "John Roe")
    # A name and a phrase joined by "and" name one person.
    doc = cleanpress.parse(f"Town approves the new bridge\nMartha Quellfeld and friends | March 5, 2024\n{BODY}")
    assert doc.authors == ("Martha Quellfeld",)


def test_a_comment_link_closing_a_details_row_keeps_its_byline_and_date() -> None:
    from cleanpress.features import _inner_cue

    en = lexicon_for("en")
    for row in ("By Martha Quellfeld | March 5, 2024 | Leave a comment", "March 5, 2024 | Martha Quellfeld | Leave a comment"):
        doc = cleanpress.parse(f"Town approves the new bridge\n{row}\n{BODY}")
        assert doc.authors == ("Martha Quellfeld",) and doc.date_text == "March 5, 2024"
    # Behind anything else, or with words after it, the cue opens a comment form as before.
    assert _inner_cue("questions about the bridge? | leave a comment", en) is not None
    assert _inner_cue("march 5, 2024 | leave a comment below and tell us", en) is not None


def test_a_role_in_small_letters_after_the_name() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    en = lexicon_for("en")
    text = "Martha Quellfeld Political editor"
    assert find_byline(text, en, split_segments(text)).authors == ("Martha Quellfeld",)  # the sentence-case role keeps its first word
    text = "Martha Quellfeld and friends"
    assert find_byline(text, en, split_segments(text)) is None
    # Under the headline, a title-cased phrase the page writes in lowercase is no person.
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024\nNew Bridge explained\n\n{BODY}")
    assert doc.authors == ()


def test_share_buttons_under_the_headline_do_not_push_the_name_out_of_reach() -> None:
    lead = "A long debate about the cost of the new bridge ended on Tuesday with a clear vote in the council.\n"
    para = "The mayor spoke for an hour about the bridge and answered every question the residents had put to her.\n"
    text = f"Town approves the new bridge\n\n{lead}Share on Facebook\nShare on Twitter\nPrint\n{para}Martha Quellfeld\n\n{BODY}"
    doc = cleanpress.parse(text)
    assert doc.authors == ("Martha Quellfeld",)


def test_a_newsroom_credit_alone_in_the_text_signs_it() -> None:
    body = BODY + "\nXY-Newsdesk\nDid you like this article? Then please support us with a donation or become a member today."
    assert cleanpress.parse(f"Town approves the new bridge\n\n{body}").authors == ("XY-Newsdesk",)
    # A desk word alone is a section's heading.
    body = BODY.replace("\n", "\nTeam\n", 1)
    assert cleanpress.parse(f"Town approves the new bridge\n\n{body}").authors == ()


def test_co_authors_after_separator_lines() -> None:
    # Each name a link of its own: the commas and "and" between them stand on lines apart.
    header = "Town approves the new bridge\nBy\nMartha Quellfeld\n,\nJohn Roe\n, and\nExample News Team\nMarch 5, 2024\n\n"
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld", "John Roe", "Example News Team")
    # No separator line: the second name is no co-author (an editor under a heading of its own).
    header = "Town approves the new bridge\nBy\nMartha Quellfeld\nEdited by\nJohn Roe\nMarch 5, 2024\n\n"
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld",)


def test_co_authors_with_the_bylines_role() -> None:
    header = "Town approves the new bridge\nMartha Quellfeld – Correspondent\nJohn Roe – Correspondent in the capital\nMarch 5, 2024\n\n"
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld", "John Roe")


def test_an_about_heading_may_give_the_given_name_alone() -> None:
    from cleanpress.bylines import name_after_heading

    en = lexicon_for("en")
    assert name_after_heading("About Martha", en).authors == ("Martha",)
    box = "\n\nAbout Martha\nMartha Quellfeld is a reporter who has covered the town council for ten years.\n"
    text = f"Town approves the new bridge\n\n{BODY}{box}\nShare\nPrivacy policy"
    assert cleanpress.parse(text).authors == ("Martha",)
    # A heading over a paragraph about a thing the page also writes in lowercase is no author box.
    box = "\n\nAbout Cookies\nCookies are small files; this site stores cookies to remember your choices.\n"
    assert cleanpress.parse(f"Town approves the new bridge\n\n{BODY}{box}\nShare\nPrivacy policy").authors == ()


def test_a_date_label_glued_to_the_name_ends_it() -> None:
    from cleanpress.bylines import match_byline, unglue_labels

    en = lexicon_for("en")
    # Two inline elements touching, as some renderers leave them: the label stands apart again.
    assert unglue_labels("By Martha QuellfeldPublished: Jun 25, 2025", en) == "By Martha Quellfeld Published: Jun 25, 2025"
    assert unglue_labels("Jane McDonald", en) == "Jane McDonald"  # an inner capital of the name stays
    assert match_byline("By Martha QuellfeldPublished: Jun 25, 2025", en).authors == ("Martha Quellfeld",)
    assert match_byline("By Martha Quellfeld Last updated: Jun 25, 2025", en).authors == ("Martha Quellfeld",)


def test_a_unit_after_the_name_is_no_second_author() -> None:
    from cleanpress.bylines import match_byline

    en = lexicon_for("en")
    assert match_byline("Posted by Martha Quellfeld, EXA Project Marketing, Example", en).authors == ("Martha Quellfeld",)
    assert match_byline("By Bill MCCARTHY, Marisha GOLDHAMER", en).authors == ("Bill MCCARTHY", "Marisha GOLDHAMER")
    assert match_byline("By JANE DOE, JOHN ROE", en).authors == ("JANE DOE", "JOHN ROE")


def test_a_sentence_saying_who_wrote_the_post_is_a_byline() -> None:
    from cleanpress.bylines import match_byline

    en = lexicon_for("en")
    found = match_byline("This post was written by Martha Quellfeld, Head of Marketing and Community Development", en)
    assert found is not None and found.authors == ("Martha Quellfeld",)


def test_a_byline_word_after_a_function_word_names_the_subject() -> None:
    from cleanpress.bylines import names_a_subject

    de, en = lexicon_for("de"), lexicon_for("en")
    assert names_a_subject("Interview mit Autorin Martha Quellfeld", de)
    assert not names_a_subject("Ein Kommentar von Martha Quellfeld", de)
    assert not names_a_subject("Blog post by Martha Quellfeld", en)
    text = f"Interview with author Martha Quellfeld\nWhy towns need bridges\nMarch 5, 2024 John Roe\n\n{BODY}"
    doc = cleanpress.parse(text)
    assert doc.authors == ("John Roe",)


def test_a_name_beside_the_date_beats_a_contents_item_by_the_headline() -> None:
    header = (
        "Town approves the new bridge\nSite Overview\nPermit Service\nTraffic Planning\nCommon Questions\n"
        "Funding Model\nOpening Times\nlatest news\nMarch 5, 2024\nMartha Quellfeld\n\n"
    )
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld",)


def test_a_role_line_under_the_name_is_no_name() -> None:
    # "Senior Content Contributor" ends in a byline word, but its words are the page's common words.
    header = "Town approves the new bridge\nMartha Quellfeld\nSenior Content Contributor\nMarch 5, 2024\n\n"
    body = BODY + "\nThe senior staff of the council will publish the content of the plan next week."
    assert cleanpress.parse(header + body).authors == ("Martha Quellfeld",)
    # An editor's credit names no author.
    header = "Town approves the new bridge\nBy Martha Quellfeld\nEdited by John Roe\nMarch 5, 2024\n\n"
    assert cleanpress.parse(header + BODY).authors == ("Martha Quellfeld",)


def test_a_labelled_byline_as_a_list_item() -> None:
    from cleanpress.features import compute_features

    info = compute_features(0, "* by Martha Quellfeld", lexicon_for("en"))
    assert info.byline is not None and info.byline.labelled and info.byline.authors == ("Martha Quellfeld",)


def test_a_byline_label_ending_a_compound_describes_a_person() -> None:
    from cleanpress.bylines import find_byline
    from cleanpress.dates import split_segments

    de = lexicon_for("de")
    text = "Bestseller-Autorin Erika Mustermann im Gespräch, 3. Mai 2024"
    assert find_byline(text, de, split_segments(text)) is None
    text = "Autorin: Erika Mustermann, 3. Mai 2024"
    found = find_byline(text, de, split_segments(text))
    assert found is not None and found.authors == ("Erika Mustermann",)


def test_a_name_does_not_end_in_a_particle() -> None:
    from cleanpress.bylines import looks_like_name

    assert looks_like_name("Ludwig van Beethoven")
    assert not looks_like_name("Protokoll Abnahme der")
    assert not looks_like_name("Protokoll Abnahme der", lexicon_for("de"))


def test_a_sentence_beside_the_date_is_no_name() -> None:
    from cleanpress.bylines import name_beside_date

    en = lexicon_for("en")
    assert name_beside_date("3 May 2024 Minutes Report of the last board meeting in spring", "3 May 2024", en) is None
    found = name_beside_date("3 May 2024 Jane Doe in Gardening", "3 May 2024", en)
    assert found is not None and found.authors == ("Jane Doe",)


def test_a_copyright_notice_without_its_sign_names_its_holder() -> None:
    from cleanpress.bylines import copyright_holder

    en = lexicon_for("en")
    found = copyright_holder("Archive – Imprint – 2009-2020 by Jane Doe – Powered by Example", en)
    assert found is not None and found.authors == ("Jane Doe",)
    assert copyright_holder("Report 2009-2020 by the Ministry", en) is None
    assert copyright_holder("Archive – 2009-2020 by the ministry of water", en) is None


# A page whose run of text begins above its own title: a notice, a rubric, then the title,
# a standfirst and the byline under it; a list of teasers with their own bylines under the text.
_NOTICE_PAGE = (
    "Home\nNews\nA note on links: the products on this page are picked by our editors on their own, "
    "and we may earn a small fee when you buy one.\nLocal news\nTown approves the new bridge over the river\n"
    "After years of letters from residents, the council has said yes to a bridge that should open within two years.\n"
    "By Jane Doe\nMarch 5, 2024\n\n" + BODY + "\n\nMost read\nTown fair draws record crowds\nBy John Roe\n"
    "New school opens its doors\nBy Max Muster\nA storm hits the coast\nBy Erika Muster\n"
)


def test_a_byline_under_the_standfirst_is_read_when_the_run_began_above_the_title() -> None:
    doc = cleanpress.parse(_NOTICE_PAGE)
    assert doc.headline == "Town approves the new bridge over the river"
    assert doc.authors == ("Jane Doe",)


def test_the_bylines_of_a_teaser_list_under_the_text_sign_no_article() -> None:
    doc = cleanpress.parse(_NOTICE_PAGE.replace("By Jane Doe\n", ""))
    assert doc.authors == ()


def test_a_titles_abbreviation_may_stand_before_a_name() -> None:
    from cleanpress.bylines import looks_like_name, match_byline

    en, de = lexicon_for("en"), lexicon_for("de")
    assert looks_like_name("Dr. Jane Doe", en)
    assert looks_like_name("Prof. Dr. Max Muster", de)
    assert not looks_like_name("Dr. Doe", en)  # a title and one word: no full name
    assert match_byline("Von Prof. Dr. Max Muster", de).authors == ("Prof. Dr. Max Muster",)
    assert match_byline("By Dr. Jane M. Doe", en).authors == ("Dr. Jane M. Doe",)


def test_bylines_split_names_not_roles_and_keep_particles() -> None:
    from cleanpress.bylines import match_byline

    en, de, it, es, pt = (lexicon_for(c) for c in ("en", "de", "it", "es", "pt"))
    assert match_byline("Di Mario Rossi e Luca Bianchi", it).authors == ("Mario Rossi", "Luca Bianchi")
    assert match_byline("Por José Maria e Silva", pt).authors == ("José Maria e Silva",)  # "e" inside one name
    assert match_byline("Por João dos Santos", pt).authors == ("João dos Santos",)
    assert match_byline("Por María de los Ángeles García", es).authors == ("María de los Ángeles García",)
    assert match_byline("Written by Jane Doe, Senior Reporter", en).authors == ("Jane Doe",)
    assert match_byline("Von Max Muster, Wirtschaftsredakteur", de).authors == ("Max Muster",)
    # The place after the names is no author; the byline keeps it.
    place = match_byline("Von Max Muster, Lille", de)
    assert place is not None and place.authors == ("Max Muster",) and place.credit == "Lille"


def test_an_item_of_a_bulleted_menu_under_the_headline_is_no_author() -> None:
    doc = cleanpress.parse(f"Town approves the new bridge\n* Example Downloads\n* Forum Thread\n{BODY}")
    assert doc.authors == ()
    # A dated bulleted line next to it is the article's metadata row, no menu.
    doc = cleanpress.parse(f"Town approves the new bridge\n* Jane Doe\n* Updated May 3, 2024\n{BODY}")
    assert doc.authors == ("Jane Doe",)


def test_an_agency_code_in_the_byline_is_the_source() -> None:
    head = "Town approves the new bridge\n"
    doc = cleanpress.parse(head + "By AFP\n" + BODY)
    assert doc.authors == () and doc.source == "AFP"
    doc = cleanpress.parse(head + "By Jane Doe, AFP\n" + BODY)
    assert doc.authors[0] == "Jane Doe" and doc.source == "AFP"
    assert cleanpress.parse(head + "By Jane Doe\n" + BODY).source is None


def test_a_personal_sites_title_names_its_owner_when_nothing_else_does() -> None:
    post = (
        "Wintering dahlias without a greenhouse\n"
        "Every autumn I lift the tubers once the first frost has blackened the leaves, and I let them dry for a week.\n"
        "Then they go into crates of dry compost in the cellar, where the temperature stays above freezing all winter.\n"
        "In spring I check each tuber for rot and pot up the healthy ones in April, well before the last frost.\n"
    )
    doc = cleanpress.parse("Orla Fenwick's blog\n" + post)
    assert doc.authors == ("Orla Fenwick",)
    doc = cleanpress.parse("Garden Notes\nOrla Fenwick's thoughts on dahlias and soil. I write weekly.\n" + post)
    assert doc.authors == ("Orla Fenwick",)
    # A teaser's title or the headline owned by a person is a story about them.
    doc = cleanpress.parse("Orla Fenwick's new garden opens\n" + post)
    assert doc.authors == ()
    doc = cleanpress.parse("Green Garden's guide\n" + post.replace("dry compost", "green compost in the garden"))
    assert doc.authors == ()


def test_a_post_signed_off_at_its_end_names_its_author_when_nothing_else_does() -> None:
    post = (
        "Wintering dahlias without a greenhouse\n"
        "Every autumn I lift the tubers once the first frost has blackened the leaves, and I let them dry for a week.\n"
        "Then they go into crates of dry compost in the cellar, where the temperature stays above freezing all winter.\n"
        "In spring I check each tuber for rot and pot up the healthy ones in April, well before the last frost.\n"
    )
    assert cleanpress.parse(post + "<3 Orla Fenwick\n").authors == ("Orla Fenwick",)
    assert cleanpress.parse(post + "♥ Orla\n").authors == ("Orla",)
    assert cleanpress.parse(post + "Best wishes,\nOrla Fenwick\n").authors == ("Orla Fenwick",)
    # A given name alone under a comma may be any word ("Apples, pears," / "Plums").
    assert cleanpress.parse(post + "Best wishes,\nOrla\n").authors == ()
    # ... unless the page writes that given name with one surname elsewhere: the full name signs.
    letter = post + "Best wishes,\nOrla\nJoin 2,000 readers of Orla Fenwick's garden letter every month.\n"
    assert cleanpress.parse(letter).authors == ("Orla Fenwick",)
    # Two people of that given name on the page: no telling which one signs.
    letter += "Photos by Orla Brennan.\n"
    assert cleanpress.parse(letter).authors == ()
    # After a heart too, the given name gets the one surname the page writes with it.
    assert cleanpress.parse(post + "♥ Orla\nJoin 2,000 readers of Orla Fenwick's garden letter.\n").authors == ("Orla Fenwick",)
    # A farewell may close with "!" ("Happy gardening!") as well as with a comma ...
    letter = "\nOrla\nJoin 2,000 readers of Orla Fenwick's garden letter every month.\n"
    assert cleanpress.parse(post + "Happy gardening!" + letter).authors == ("Orla Fenwick",)
    # ... but a longer exclamation is a sentence of the text, no farewell.
    assert cleanpress.parse(post + "I cannot wait for the spring to come!" + letter).authors == ()
    # A "surname" the page writes in lowercase too names a product or a company, not her.
    letter = post + "Best wishes,\nOrla\nOrla Garden tools are sold in every garden shop.\n"
    assert cleanpress.parse(letter).authors == ()


def test_a_name_alone_under_the_date_line_beats_words_glued_to_the_date() -> None:
    text = (
        "Garden Digest\n"
        "Weekly Roundup 12/19/2025\n"
        "Orla Fenwick\n"
        "Frost arrives early this year\n"
        "Every autumn I lift the tubers once the first frost has blackened the leaves, and I let them dry for a week.\n"
        "Then they go into crates of dry compost in the cellar, where the temperature stays above freezing all winter.\n"
    )
    assert cleanpress.parse(text).authors == ("Orla Fenwick",)
    # A role under the name by the date is no second name.
    doc = cleanpress.parse(text.replace("Weekly Roundup", "Orla Fenwick").replace("Orla Fenwick\nFrost", "Senior Reporter\nFrost"))
    assert doc.authors == ("Orla Fenwick",)


def test_a_personal_site_titled_with_its_owners_name_names_the_author_of_a_first_person_post() -> None:
    post = (
        "Wintering dahlias without a greenhouse\n"
        "Every autumn I lift the tubers once the first frost has blackened the leaves, and I let them dry for a week in my shed.\n"
        "Then they go into crates of dry compost in my cellar, where the temperature stays above freezing all winter long.\n"
        "In spring I check each tuber for rot and pot up the healthy ones in April, well before the last frost, as I always do.\n"
    )
    assert cleanpress.parse("Orla Fenwick\nHome Blog\n" + post).authors == ("Orla Fenwick",)
    # Right over the headline a title-cased line is its rubric, not the site's owner.
    assert cleanpress.parse("Orla Fenwick\n" + post).authors == ()
    # A report in the third person: the name atop the page is the site's, or a menu's item.
    report = post.replace("I ", "she ").replace("my ", "her ").replace("I always", "she always")
    assert cleanpress.parse("Orla Fenwick\nHome Blog\n" + report).authors == ()
    # Two names in a row are a list of people (a team page's menu), no owner.
    assert cleanpress.parse("Orla Fenwick\nTomas Reyes\nHome Blog\n" + post).authors == ()
    # A site named in words the page writes in lowercase is no person ("Dry Compost").
    assert cleanpress.parse("Dry Compost\nHome Blog\n" + post).authors == ()


def test_a_given_name_alone_in_the_byline_takes_the_surname_the_page_gives_it() -> None:
    head = "Home\nAbout\nOrla Fenwick\nContact\n\nWintering dahlias without a greenhouse\nBy Orla\n"
    doc = cleanpress.parse(head + BODY)
    assert doc.authors == ("Orla Fenwick",)
    assert doc.byline == "Orla"
    # Two people of that given name on the page: which one wrote it is unsure.
    doc = cleanpress.parse(head.replace("Contact", "Orla Reyes") + BODY)
    assert doc.authors == ("Orla",)
    # A commenter or a person the text speaks of is someone else.
    comments = "\n2 Comments\nOrla Maddox\nMarch 5, 2024\nWhat a lovely bridge, I cannot wait to walk across it.\n"
    doc = cleanpress.parse("Wintering dahlias without a greenhouse\nBy Orla\n" + BODY + comments)
    assert doc.authors == ("Orla",)
    doc = cleanpress.parse("Wintering dahlias without a greenhouse\nBy Orla\n" + BODY + "\nOrla Maddox, the mayor, opened the meeting.\n")
    assert doc.authors == ("Orla",)
    # A menu's heading whose last word the page writes in lowercase is no surname.
    ferries = head.replace("Orla Fenwick", "Orla Ferries") + BODY.replace("old ferry", "old ferries")
    assert cleanpress.parse(ferries).authors == ("Orla",)


def test_the_last_item_of_a_menu_of_name_shaped_lines_over_the_headline_is_no_author() -> None:
    menu = "Home\nStudio Northfield\nStudio Eastbrook\nStudio Westmoor\nStudio Harwick\n"
    doc = cleanpress.parse(menu + "Council approves new bridge over the river\nMarch 5, 2024\n" + BODY)
    assert doc.authors == ()
    # One name over the headline, beside the date, under a menu of plain words, signs it.
    doc = cleanpress.parse("Home\nNews\nSport\nJane Porter\nCouncil approves new bridge over the river\nMarch 5, 2024\n" + BODY)
    assert doc.authors == ("Jane Porter",)


def test_a_box_in_which_a_person_introduces_themselves_names_the_author_when_nothing_else_does() -> None:
    post = (
        "Wintering dahlias without a greenhouse\n"
        "Every autumn the tubers are lifted once the first frost has blackened the leaves, and they dry for a week.\n"
        "Then they go into crates of dry compost in the cellar, where the temperature stays above freezing all winter.\n"
        "In spring each tuber is checked for rot and the healthy ones are potted up in April, well before the last frost.\n"
    )
    box = "About me\nHi, I’m Orla Fenwick. I have grown dahlias on a windy hill for twenty years.\n"
    assert cleanpress.parse(post + "\n" + box).authors == ("Orla Fenwick",)
    assert cleanpress.parse(post + "\nAbout me\nHi, I'm Orla! I have grown dahlias on a windy hill for twenty years.\n").authors == ("Orla",)
    de = (
        "Dahlien überwintern ohne Gewächshaus\n"
        "Jeden Herbst werden die Knollen ausgegraben, sobald der erste Frost die Blätter geschwärzt hat, und eine Woche getrocknet.\n"
        "Dann kommen sie in Kisten mit trockener Erde in den Keller, wo die Temperatur den ganzen Winter über dem Gefrierpunkt bleibt.\n"
        "Im Frühjahr wird jede Knolle auf Fäulnis geprüft, und die gesunden werden im April in Töpfe gesetzt.\n"
    )
    assert cleanpress.parse(de + "\nÜber mich\nIch bin Orla Fenwick und gärtnere seit zwanzig Jahren auf einem windigen Hügel.\n").authors == ("Orla Fenwick",)


def test_a_reader_or_a_quoted_person_introducing_themselves_is_no_author() -> None:
    post = (
        "Wintering dahlias without a greenhouse\n"
        "Every autumn the tubers are lifted once the first frost has blackened the leaves, and they dry for a week.\n"
        "Then they go into crates of dry compost in the cellar, where the temperature stays above freezing all winter.\n"
        "In spring each tuber is checked for rot and the healthy ones are potted up in April, well before the last frost.\n"
    )
    # A comment under its author and date.
    thread = "\n2 Comments\nTomas Reyes\nMarch 5, 2024\nHi, I'm Tomas Reyes, and I tried this in my own cellar last winter.\n"
    assert cleanpress.parse(post + thread).authors == ()
    # A quote in the text: the person the article speaks to.
    quoted = post + "I am Tomas Reyes, and I have grown dahlias on this hill since my grandfather planted the first ones here.\n"
    assert cleanpress.parse(quoted).authors == ()
    # A heading in title case, no greeting: no given name; a title in title case names no one.
    assert cleanpress.parse(post + "\nI'm Back! New posts every week from now on.\n").authors == ()
    assert cleanpress.parse(post + "\nWatch next\nI Am Number Four\n").authors == ()
    from cleanpress.meta_fallbacks import _introduced_name

    en = lexicon_for("en")
    assert _introduced_name("I Am Number Four", en) is None
    assert _introduced_name("I Am Orla Fenwick, and I Grow Dahlias", en) is None
    assert _introduced_name("I am Orla Fenwick, and I grow dahlias", en) is not None
    # Two people introducing themselves: a team page, no single author.
    team = "\nHi, I'm Orla Fenwick. I grow the dahlias.\nHi, I'm Tomas Reyes. I take the photos.\n"
    assert cleanpress.parse(post + team).authors == ()


def test_a_writers_role_before_the_name_is_no_word_of_it() -> None:
    de_body = (
        "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke beschlossen, die im Frühjahr beginnen soll.\n"
        "Die Anwohner hatten die Brücke seit Jahren gefordert und mehrere Briefe an die Verwaltung geschrieben.\n"
        "Die alte Fähre fährt weiter, bis die Brücke eröffnet wird, und ihre Besatzung erhält andere Stellen im Hafen.\n"
    )
    head = "Start\nNachrichten\n\nRat beschließt neue Brücke über den Fluss\n"
    assert cleanpress.parse(head + "Online-Redakteurin Jana Muster\n5. März 2024\n" + de_body).authors == ("Jana Muster",)
    head_en = "Home\nNews\n\nCouncil approves new bridge over the river\n"
    assert cleanpress.parse(head_en + "By Staff Writer Jane Porter\nMarch 5, 2024\n" + BODY).authors == ("Jane Porter",)
    assert cleanpress.parse(head_en + "Senior Reporter Jane Porter\nMarch 5, 2024\n" + BODY).authors == ("Jane Porter",)
    # A role and one word left is no full name: the line stays as it is written.
    from cleanpress.bylines import role_dropped

    en = lexicon_for("en")
    assert role_dropped("Reporter Porter", en) == "Reporter Porter"
    assert role_dropped("Jane Porter", en) == "Jane Porter"
    # A sentence of the text naming a reporter is no byline: the byline above signs.
    text = BODY + "Reporter Tomas Reyes won the regional prize for his series on the old ferry last year.\n"
    assert cleanpress.parse(head_en + "By Jane Porter\nMarch 5, 2024\n" + text).authors == ("Jane Porter",)


def test_a_greeting_before_a_capitalised_noun_is_no_given_name_on_a_page_that_capitalises_nouns() -> None:
    de = (
        "Dahlien überwintern ohne Gewächshaus\n"
        "Jeden Herbst werden die Knollen ausgegraben, sobald der erste Frost die Blätter geschwärzt hat, und eine Woche getrocknet.\n"
        "Dann kommen sie in Kisten mit trockener Erde in den Keller, wo die Temperatur den ganzen Winter über dem Gefrierpunkt bleibt.\n"
        "Im Frühjahr wird jede Knolle auf Fäulnis geprüft, und die gesunden werden im April in Töpfe gesetzt.\n"
    )
    assert cleanpress.parse(de + "\nÜber mich\nHallo, ich bin Gärtnerin! Seit zwanzig Jahren auf einem windigen Hügel.\n").authors == ()


def test_a_name_with_a_long_position_and_institution_by_the_date_is_the_author() -> None:
    head = "Home\nNews\n\nCouncil approves new bridge over the river\n"
    line = "Jane Porter, Professor of Civil Engineering, Northfield University\n"
    assert cleanpress.parse(head + line + "March 5, 2024\n" + BODY).authors == ("Jane Porter",)
    from cleanpress.bylines import find_byline

    en = lexicon_for("en")
    # A clause after the name (small words that are no function words, a full stop) is no position.
    for text in (
        "Jane Porter, who opened the bridge on Monday after the vote",
        "Jane Porter, Mayor. The Bridge Opens Next Spring In Northfield",
        "Jane Porter, Northfield 2024 Bridge Opening Committee Member Of Honour",
    ):
        assert find_byline(text, en, [text]) is None, text
    # A photo's credit: the photographer and the agency after a slash.
    credit = "Jane Porter, The Northfield Times/Example Images"
    assert find_byline(credit, en, [credit]) is None


def test_a_personal_sites_title_over_a_first_person_tagline_names_its_owner() -> None:
    report = (
        "Wintering dahlias without a greenhouse\n"
        "Every autumn the tubers are lifted once the first frost has blackened the leaves, and they dry for a week.\n"
        "Then they go into crates of dry compost in the cellar, where the temperature stays above freezing all winter.\n"
        "In spring each tuber is checked for rot and the healthy ones are potted up in April, well before the last frost.\n"
    )
    top = "Skip to content\nDr. Orla Fenwick\nMy notes on the garden\nHome\nArchive\n"
    assert cleanpress.parse(top + report).authors == ("Dr. Orla Fenwick",)
    # A login link is no tagline; a name under a menu's first item is an item of it.
    assert cleanpress.parse(top.replace("My notes on the garden", "My Account") + report).authors == ()
    post = report.replace("the tubers are lifted", "I lift my tubers").replace("each tuber is checked", "I check my tubers")
    post = post.replace("they dry", "I dry them").replace("the cellar", "my cellar")
    assert cleanpress.parse("About Us\nOrla Fenwick\nInterviews\nArchive\n" + post).authors == ()


def test_a_long_role_compound_before_the_name_is_no_word_of_it() -> None:
    """"Example-Online-Expertin Jana Muster" beside the date: a role compound of three parts
    (no name's word) ending in a writer's role, then the name: she is the author."""
    de_body = (
        "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke beschlossen, die im Frühjahr beginnen soll.\n"
        "Die Anwohner hatten die Brücke seit Jahren gefordert und mehrere Briefe an die Verwaltung geschrieben.\n"
        "Die alte Fähre fährt weiter, bis die Brücke eröffnet wird, und ihre Besatzung erhält andere Stellen im Hafen.\n"
    )
    head = "Start\nNachrichten\n\nRat beschließt neue Brücke über den Fluss\n"
    for role in ("Stadtblatt-Online-Expertin", "Stadtblatt-Online-Redakteurin", "Gast-Online-Autorin"):
        assert cleanpress.parse(head + f"{role} Jana Muster\n5. März 2024\n" + de_body).authors == ("Jana Muster",), role
    from cleanpress.bylines import BylineMatch, match_byline

    de = lexicon_for("de")
    assert match_byline("Stadtblatt-Online-Expertin Jana Muster", de) == BylineMatch("Jana Muster", ("Jana Muster",), False)
    # A compound that names no writer's role is a kicker about the person, no byline.
    assert match_byline("Ex-Bundes-Kanzlerin Jana Muster", de) is None
    assert cleanpress.parse(head + "Ex-Bundes-Kanzlerin Jana Muster\n5. März 2024\n" + de_body).authors == ()
    # The role compound in a sentence of the text is no byline either.
    assert match_byline("Stadtblatt-Online-Expertin Jana Muster hat die Pläne verglichen.", de) is None
    # The compound and a single word after it is no full name.
    assert match_byline("Stadtblatt-Online-Expertin Muster", de) is None


def test_a_person_under_a_byline_naming_the_site_signs_the_text() -> None:
    """"by Northfield News" (the site: its word heads the menu's items) / date / "Jane Doe,
    Northfield University": the person wrote the text, the site published it."""
    menu = "Skip to content\nNorthfield Libraries\nNorthfield World\nNorthfield Athletics\nNorthfield Giving\nNews\n\n"
    head = "How to keep a garden alive through a dry summer\n"
    body = (
        "Many gardeners water their plants every evening, yet the soil stays dry a hand's width below the surface.\n"
        "Watering less often but more deeply lets the roots grow down to where the ground keeps its moisture.\n"
        "A layer of mulch over the beds slows the evaporation and keeps the soil cooler on the hottest afternoons.\n"
    )
    page = menu + head + "by Northfield News\nMarch 5, 2024\nJane Doe, Northfield University\n" + body
    assert cleanpress.parse(page).authors == ("Jane Doe",)
    parsed = cleanpress.parse(page)
    assert [x.label.value for x in parsed.lines if x.text == "by Northfield News"] == ["BYLINE"]
    # The same byline with no person under it stays as it is.
    assert cleanpress.parse(menu + head + "by Northfield News\nMarch 5, 2024\n" + body).authors == ("Northfield News",)
    # A person's byline is kept whatever name stands under it (the menu does not name her).
    page = menu + head + "By Tomas Reyes\nMarch 5, 2024\nJane Doe, Northfield University\n" + body
    assert cleanpress.parse(page).authors == ("Tomas Reyes",)
    # Two names under the site's byline: no one person signs.
    page = menu + head + "by Northfield News\nMarch 5, 2024\nJane Doe\nTomas Reyes\n" + body
    assert cleanpress.parse(page).authors == ("Northfield News",)
    # A site's byline on a page whose menu does not repeat its word: kept.
    plain = "Skip to content\nLibraries\nWorld\nAthletics\nNews\n\n"
    page = plain + head + "by Northfield News\nMarch 5, 2024\nJane Doe, Example University\n" + body
    assert cleanpress.parse(page).authors == ("Northfield News",)
    # A person named in a photo's caption under the byline, or in the text, signs nothing.
    caption = "Jane Doe at the opening of the new library garden. Photo: Tomas Reyes\n"
    page = menu + head + "by Northfield News\nMarch 5, 2024\n" + caption + body
    assert cleanpress.parse(page).authors == ("Northfield News",)
    page = menu + head + "by Northfield News\nMarch 5, 2024\n" + body + "Jane Doe\nJane Doe tends the college garden.\n"
    assert cleanpress.parse(page).authors == ("Northfield News",)
    # The name alone on its line under the site's byline signs too.
    assert cleanpress.parse(menu + head + "by Northfield News\nMarch 5, 2024\nJane Doe\n" + body).authors == ("Jane Doe",)
    # With no menu, the institution after the person's name opening with the byline's word
    # says the same; a second person there does not.
    bare = "Skip to content\nNews\n\n"
    page = bare + head + "by Northfield News\nMarch 5, 2024\nJane Doe, Northfield University\n" + body
    assert cleanpress.parse(page).authors == ("Jane Doe",)
    page = bare + head + "By Maria Lopez\nMarch 5, 2024\nJane Doe, Maria Lopez\n" + body
    assert cleanpress.parse(page).authors[:1] == ("Maria Lopez",)


def test_an_expert_quoted_in_the_text_is_no_author() -> None:
    """"Experte" / "Expertin" are role words of the byline's compound; an expert the text
    quotes or presents in passing still signs nothing."""
    head = "Start\nNachrichten\n\nRat beschließt neue Brücke über den Fluss\n5. März 2024\n"
    de_body = (
        "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke beschlossen, die im Frühjahr beginnen soll.\n"
        "Der Experte Tomas Reyes hält die Brücke für überfällig und lobt die Pläne der Verwaltung ausdrücklich.\n"
        "Die alte Fähre fährt weiter, bis die Brücke eröffnet wird, und ihre Besatzung erhält andere Stellen im Hafen.\n"
    )
    assert cleanpress.parse(head + de_body).authors == ()
    assert cleanpress.parse(head + "Von Jana Muster\n" + de_body).authors == ("Jana Muster",)
    # A kicker naming an expert over the headline is no byline either.
    page = "Start\nNachrichten\n\nVerkehrs-Experte Tomas Reyes\nRat beschließt neue Brücke über den Fluss\n5. März 2024\n" + de_body
    assert "Tomas Reyes" not in cleanpress.parse(page).authors


def test_a_source_label_after_the_text_names_the_source() -> None:
    body = (
        "Совет города во вторник проголосовал за открытие старого моста после двух лет ремонта, сообщил мэр.\n"
        "Инженеры заменили стальные балки и настил, а работы обошлись вдвое дороже, чем планировалось.\n"
        "Движение по мосту откроют на следующей неделе, для грузовиков введут ограничение скорости."
    )
    page = "В городе открыли старый мост\n17 ноября 2025, 14:05\n{body}\n{line}\nЧитайте также\nДругая новость о чём-то важном в городе\n"
    for line, source in (
        ("Источник: ТАСС", "ТАСС"),
        ("источник:\tРИА Новости", "РИА Новости"),
        ("По материалам Tengrinews.kz", "Tengrinews.kz"),
        ("Источник: Example Media Просмотров: 356", "Example Media"),
    ):
        text = page.format(body=body, line=line)
        doc = cleanpress.parse(text)
        assert doc.source == source, line
        labelled = [ln for ln in doc.lines if ln.label is cleanpress.Label.SOURCE]
        assert [text[ln.start : ln.end] for ln in labelled] == [line], line
        assert line not in doc.body
    # A photo's source is a caption; a heading over a list of sources names none.
    for line in ("Источник фото: ТАСС", "Источники:"):
        doc = cleanpress.parse(page.format(body=body, line=line))
        assert doc.source is None and not any(ln.label is cleanpress.Label.SOURCE for ln in doc.lines), line
    # German and English sites close the text the same way.
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024\n\n{BODY}\nSource: Example Wire\nRead more\n")
    assert doc.source == "Example Wire"
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024\n\n{BODY}\nSource code of the app is online\nRead more\n")
    assert doc.source is None


def test_a_sentence_case_role_after_the_name_takes_its_first_word_back() -> None:
    # "Parliamentary editor", "Senior political reporter": the role's capitalised first word is no surname.
    for line in ["Martha Quellfeld Parliamentary editor", "By Martha Quellfeld Parliamentary editor", "By Martha Quellfeld Senior political reporter"]:
        doc = cleanpress.parse(f"Town approves the new bridge\n{line}\nMarch 5, 2024\n\n{BODY}")
        assert doc.authors == ("Martha Quellfeld",), line
    # Negative: a role in title case, a surname in capitals or a particle keeps every word of the name.
    for line, name in [
        ("By Martha Quellfeld Editor", "Martha Quellfeld"),
        ("By Martha QUELLFELD", "Martha QUELLFELD"),
        ("By Jan van der Quellfeld", "Jan van der Quellfeld"),
        ("By Martha McQuellfeld", "Martha McQuellfeld"),
    ]:
        doc = cleanpress.parse(f"Town approves the new bridge\n{line}\nMarch 5, 2024\n\n{BODY}")
        assert doc.authors == (name,), line


def test_sentence_role_cut_needs_a_role_in_small_letters_and_two_name_words_left() -> None:
    from cleanpress.bylines import sentence_role_cut

    en = lexicon_for("en")
    assert sentence_role_cut("Martha Quellfeld Political", ["editor"], en) == "Martha Quellfeld"
    # Negative: two words are the whole name; a word in small letters that is no role; a role in capitals.
    assert sentence_role_cut("Martha Quellfeld", ["editor"], en) == "Martha Quellfeld"
    assert sentence_role_cut("Martha Quellfeld Brandt", ["and", "friends"], en) == "Martha Quellfeld Brandt"
    assert sentence_role_cut("Martha Quellfeld Brandt", ["Editor"], en) == "Martha Quellfeld Brandt"
    assert sentence_role_cut("Martha Ann QUELLFELD", ["editor"], en) == "Martha Ann QUELLFELD"


def test_a_name_between_slashes_on_the_date_line_is_the_author() -> None:
    # "March 5, 2024 / Jane Doe / 3 Comments": the slash between spaces separates the date's pieces.
    for line in ["March 5, 2024 / Martha Quellfeld / 3 Comments", "March 5, 2024 / Martha Quellfeld / 12 min read"]:
        doc = cleanpress.parse(f"Town approves the new bridge\n{line}\n\n{BODY}")
        assert doc.authors == ("Martha Quellfeld",), line
        assert doc.date_text == "March 5, 2024", line
    # Negative: a date written with slashes stays one date; words between slashes that are no name give no author.
    doc = cleanpress.parse(f"Town approves the new bridge\n03/05/2024\n\n{BODY}")
    assert doc.date_text == "03/05/2024" and doc.authors == ()
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024 / Local news / 3 Comments\n\n{BODY}")
    assert doc.date_text == "March 5, 2024" and doc.authors == ()
    # Rubrics between slashes with no count after them are no author; a time after a slash stays the date's.
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024 / Living Well / Health\n\n{BODY}")
    assert doc.authors == ()
    doc = cleanpress.parse(f"Town approves the new bridge\nMarch 5, 2024 / 09:18\n\n{BODY}")
    assert doc.date_text == "March 5, 2024 / 09:18"

"""Shapes of a layout renderer's text (inscriptis: indented blocks, ``* `` bullets, empty list items)."""

from __future__ import annotations

import cleanpress
from cleanpress.normalize import repair_lines, split_lines, table_cells, table_rows

NAV = ["* Home", "* News", "* Sport", "* Culture", "* Weather", "* Contact"]
FOOT = ["* Privacy", "* Imprint", "* Cookies", "* Jobs", "* Press"]
P1 = "The city council approved the new budget on Monday evening after a long debate about the cost of repairing the old bridge over the river."
P2 = "Members of the opposition said the plan leaves too little money for schools, and they promised to raise the matter again in the spring session."
P3 = "The mayor answered that the bridge cannot wait another year, because engineers have already closed one of its lanes to heavy lorries."


def test_a_bullet_alone_is_a_blank_line() -> None:
    text = "* Home\n  *\n+\n - \n•\n* News\n- 3 -\n**"
    texts = repair_lines(text, split_lines(text))
    assert texts == ["* Home", "", "", "", "", "* News", "- 3 -", "**"]


def test_a_wall_of_empty_list_items_does_not_part_the_article() -> None:
    # A row of logos rendered as empty items between two parts of the text.
    lines = [*NAV, "", "Council backs bridge repair budget", "", P1, "", P2, "", *(["  *"] * 14), "", "What comes next", "", P3, "", *FOOT]
    text = "\n".join(lines)
    doc = cleanpress.parse(text)
    assert P1 in doc.body and P2 in doc.body and P3 in doc.body
    assert "*" not in doc.body
    # Every line keeps a label, and the input comes back whole from the lines' offsets.
    bare = [line for line in doc.lines if text[line.start : line.end].strip() == "*"]
    assert len(bare) == 14 and all(line.label is cleanpress.Label.BLANK for line in bare)


def test_bulleted_items_with_words_keep_their_bullets_in_the_body() -> None:
    # Negative case: a real list inside the article (items with words) is text, bullets and all.
    items = ["* flour, two cups", "* milk, one cup", "* eggs, three"]
    lines = [*NAV, "", "How to bake a simple pancake", "", P1, "", "You will need:", *items, "", P2, "", P3, "", *FOOT]
    doc = cleanpress.parse("\n".join(lines))
    assert all(item in doc.body for item in items)


ROWS = ["Month      Change in spending", "1/1/2021   +4.2%  ", "2/1/2021   +3.9%  ", "3/1/2021   +3.1%  ", "4/1/2021   +2.7%  ", "5/1/2021   +2.2%  ", "6/1/2021   +1.8%  "]


def test_cells_padded_with_spaces_are_a_table_row() -> None:
    text = "\n".join(
        [
            "        * Home",  # indentation alone is no cell
            "      1/1/2021   +4.2%",
            "Rank  Team                 Points   Goals",
            "1     Northern Rovers FC   54       61:20",
            # Negative: prose typed with two spaces after a full stop.
            "The vote was close.  Two members of the council abstained after the long debate.",
            # Negative: a layout table (a teaser's title beside a sidebar), a dated list of links.
            "2021-05-03      Council backs the bridge repair budget after a long debate",
            "14:05           A paragraph of the story set in a cell beside the sidebar's list of headlines, as old sites did",
            "Plain line with one space between words",
        ]
    )
    assert table_rows(text, split_lines(text)) == [1, 2, 3]


def test_a_padded_data_table_inside_the_article_stays_in_the_body() -> None:
    rows = ["      " + r for r in ROWS]
    head = ["", "      Council backs bridge repair budget", "", "        * Jane Doe", "        * Updated May 3, 2022", ""]
    lines = [*NAV, *head, "      " + P1, "", "      " + P2, "", "      Spending by month", "", *rows, "", "      " + P3, "", *FOOT]
    doc = cleanpress.parse("\n".join(lines))
    assert doc.headline == "Council backs bridge repair budget"
    assert P1 in doc.body and P3 in doc.body
    assert "1/1/2021 +4.2%" in doc.body and "6/1/2021 +1.8%" in doc.body


C1 = "I cross that bridge every morning and the queues have been terrible since the lane closed."
C2 = "Good to hear the money is finally there, but the ferry sounds like a long detour for cyclists."


def _article(*tail: str) -> str:
    lines = [*NAV, "", "      Council backs bridge repair budget", "", "      " + P1, "", "      " + P2, "", "      " + P3, "", *tail]
    return "\n".join(lines)


def test_a_comment_list_as_an_ordered_list_is_read_as_comments() -> None:
    # A blog's comments are an <ol>: the renderer numbers each item, opened by its author's name.
    doc = cleanpress.parse(
        _article(
            "        Comments",
            "",
            "         1. Mary Stone",
            "            14/04/2021 at 3:00 pm",
            "              " + C1,
            "              Reply",
            "         2. Tom Baker",
            "            14/04/2021 at 5:12 pm",
            "              " + C2,
            "              Reply",
        )
    )
    assert P3 in doc.body and C1 not in doc.body and C2 not in doc.body
    comments = [c for section in doc.comments for c in section.comments]
    assert [(c.author, c.text) for c in comments] == [("Mary Stone", C1), ("Tom Baker", C2)]


def test_a_numbered_pingback_opens_a_comment() -> None:
    # No heading nor counter over them: the pingback itself opens the comments and ends the text.
    doc = cleanpress.parse(
        _article(
            "     1. Pingback von Notes from the valley | 11.09.2021 23:31",
            "        [...] the council backed the bridge budget after a long debate [...]",
            "     2. Pingback von Another small blog | 12.09.2021 08:10",
            "        [...] the bridge cannot wait another year, the mayor said [...]",
        )
    )
    assert P3 in doc.body and "Pingback" not in doc.body and "[...]" not in doc.body
    numbered = [line for line in doc.lines if line.text.startswith(("1. Pingback", "2. Pingback"))]
    assert [line.label for line in numbered] == [cleanpress.Label.COMMENTS] * 2
    assert all(line.reason == "comment author" for line in numbered)


def test_a_numbered_list_of_names_in_the_article_stays_text() -> None:
    # Negative case: outside a comment section a numbered list of names is the article's own list.
    winners = ["1. Anna Berg", "2. Lars Holm", "3. Eva Lind"]
    lines = [*NAV, "", "Village choir wins the regional contest", "", P1, "", "The jury named the three best soloists:", *winners, "", P2, "", P3]
    doc = cleanpress.parse("\n".join(lines))
    assert all(w in doc.body for w in winners)
    assert doc.comments == ()


def test_the_cells_of_padded_rows_are_read_apart() -> None:
    text = "\n".join(
        [
            "        * Home",  # indentation alone is no cell
            "Politics                 Council backs the repair budget for the old bridge          Comments (3)",
            "Name\tClub\tPoints",  # a tab-joined row: a table row, its cells not given
            "Plain line with one space between words",
        ]
    )
    rows, cells = table_cells(text, split_lines(text))
    assert rows == [2]
    # Words per cell: "Politics", "Council backs the repair budget for the old bridge", "Comments (3)".
    assert cells == {1: (1, 9, 2)}


def test_a_title_in_a_cell_of_a_layout_table_is_the_headline() -> None:
    # A layout renderer pads an old site's table cells to their columns: the rubric, the title and
    # the comment counter stand on one line, the title in its own cell.
    head = ["", "Politics                    Council backs the repair budget for the old bridge              Comments (3)", "Published 3 May 2022", ""]
    doc = cleanpress.parse("\n".join([*NAV, *head, P1, "", P2, "", P3, "", *FOOT]))
    assert doc.headline == "Council backs the repair budget for the old bridge"
    assert P1 in doc.body and P3 in doc.body


def test_a_data_table_row_over_the_title_gives_no_headline_cell() -> None:
    # Negative case: a results table's rows above the article (names and figures in short cells)
    # hold no title; the title line itself is the headline.
    table = ["Name            Year      Club               Height", "Jane Doe        1993      Northern Rovers    1,61 m", "Ann Smith       1994      City Athletics     1,58 m"]
    head = ["", *table, "", "Council backs bridge repair budget", "Published 3 May 2022", ""]
    doc = cleanpress.parse("\n".join([*NAV, *head, P1, "", P2, "", P3, "", *FOOT]))
    assert doc.headline == "Council backs bridge repair budget"


def test_a_padded_row_is_offered_as_its_cells_not_whole() -> None:
    from cleanpress.context import Layout, _body, find_body_region
    from cleanpress.headline import candidates
    from cleanpress.pipeline import analyse

    row = "Ferry timetable changes for the winter      Council backs the repair budget for the old bridge"
    a = analyse("\n".join([*NAV, "", row, "", P1, "", P2, "", P3, "", *FOOT]))
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    _body(a.infos, region[0], region[1], Layout(), a.lex)
    texts = [c.info.text for c in candidates(a.infos, region[0], a.lex)]
    assert "Council backs the repair budget for the old bridge" in texts
    assert "Ferry timetable changes for the winter" in texts
    assert not any(t.startswith("Ferry timetable changes for the winter Council") for t in texts)


def test_a_line_with_one_wide_gap_and_no_cell_to_offer_stays_whole() -> None:
    # Negative case: a two-word title padded apart ("Bridge      Budget") has no cell of two words;
    # the line stays a candidate whole.
    from cleanpress.context import Layout, _body, find_body_region
    from cleanpress.headline import candidates
    from cleanpress.pipeline import analyse

    a = analyse("\n".join([*NAV, "", "Bridge      Budget", "", P1, "", P2, "", P3, "", *FOOT]))
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    _body(a.infos, region[0], region[1], Layout(), a.lex)
    assert "Bridge Budget" in [c.info.text for c in candidates(a.infos, region[0], a.lex)]

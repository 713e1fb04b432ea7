"""Shapes of a layout renderer's text (inscriptis: indented blocks, ``* `` bullets, empty list items)."""

from __future__ import annotations

import cleanpress
from cleanpress.normalize import repair_lines, split_lines

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

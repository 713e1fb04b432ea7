"""Rules of the context stage, each on a small page written for the test."""

from __future__ import annotations

import cleanpress

P1 = (
    "The regional court ruled on Monday that the factory must stop using the river water until a new "
    "filter is installed, ending a dispute that had lasted for almost three years."
)
P2 = (
    "Residents had complained about the smell since the plant doubled its output, and two fishing "
    "clubs joined the case last spring after the local trout population fell sharply."
)
RULES = [
    "Comments are checked by a moderator before they appear, which can take a day or longer on weekends and holidays.",
    "Posts that insult other members, contain advertising or are written in capital letters will be removed without notice.",
    "Members who repeatedly break these rules lose the right to post, and their earlier posts may be deleted as well.",
    "The editors may shorten comments and publish selected ones in the printed edition of the newspaper without asking.",
]


def test_text_under_a_comments_heading_is_not_the_article() -> None:
    text = "\n".join(["Court stops factory from using river water", "17 November 2025", P1, P2, "Comments", *RULES])
    doc = cleanpress.parse(text)
    assert doc.body.startswith(P1[:30])
    assert RULES[0] not in doc.body


def test_an_appeal_to_the_reader_closing_the_text_is_cut() -> None:
    appeal = "Do you like what you read? Support us and you will get our newsletter every week."
    text = "\n".join(["Court stops factory from using river water", P1, P2, appeal])
    doc = cleanpress.parse(text)
    assert P2 in doc.body
    assert appeal not in doc.body


def test_a_fact_box_under_the_text_belongs_to_it() -> None:
    facts = ["Colour: green", "Base oil: mineral", "Temperature range: -40 to +120 °C", "Sizes: 12 ml, 125 ml, 1 l"]
    text = "\n".join(["Court stops factory from using river water", P1, P2, *facts, "", "Write your own review"])
    doc = cleanpress.parse(text)
    assert all(f in doc.body for f in facts)
    assert "Write your own review" not in doc.body

"""A drop cap rendered apart from its word ("T here are ...") is glued back to it."""

from __future__ import annotations

import cleanpress
from cleanpress.normalize import join_drop_caps

PARAGRAPH = "T here are many kinds of boats on the lake, and there is one for every kind of sailor out there."
OTHER = "Most of them are small, and there are few rules about where they may go in the summer months."


def test_a_split_drop_cap_is_glued_when_the_page_uses_the_word() -> None:
    assert join_drop_caps([PARAGRAPH, OTHER])[0].startswith("There are many kinds of boats")


def test_a_one_letter_word_stays_apart() -> None:
    # The page writes the letter as a word of its own ("a"): "A stray" is no drop cap.
    line = "A stray cat walked along the quay, and a dog followed it all the way to the old harbour gate."
    assert join_drop_caps([line, "The dog went astray later that evening, far from the harbour."])[0] == line
    # The glued form is no word of the page ("wrundzie"): a one-letter word of another language.
    polish = "W rundzie zasadniczej zespół wygrał wszystkie mecze na własnym stadionie i awansował dalej."
    assert join_drop_caps([polish])[0] == polish
    # Short lines (a list item, a label) are not looked at.
    assert join_drop_caps(["T here", "there"])[0] == "T here"


def test_the_glued_paragraph_reaches_the_body() -> None:
    text = "\n".join(["Home", "Boats on the lake", PARAGRAPH, OTHER])
    doc = cleanpress.parse(text)
    assert "There are many kinds of boats" in doc.body

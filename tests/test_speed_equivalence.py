"""The shortcuts taken for speed give the answers of the long way round.

Each test pins one shortcut: a prefilter before a loop or a regex, a cache in
front of a pure function, the standard library's engine on ASCII text.
"""

from __future__ import annotations

import regex

from cleanpress.bylines import find_byline, looks_like_name, match_byline, role_word
from cleanpress.dates import split_segments
from cleanpress.features import compute_features
from cleanpress.lexicon import first_word, lexicon_for
from cleanpress.meta_lines import _lower_words
from cleanpress.normalize import join_drop_caps


def test_looks_like_name_small_word_shortcut() -> None:
    en, de = lexicon_for("en"), lexicon_for("de")
    # Refused at once: the first word has no capital and is no particle.
    assert not looks_like_name("jane Doe", en)
    assert not looks_like_name("read more here", en)
    assert not looks_like_name("3 Jane Doe", en)
    # Still read in full: a capital, a title, a particle first.
    assert looks_like_name("Jane Doe", en)
    assert looks_like_name("Dr. Jane Doe", en)
    # A lowercase particle first is no refusal: the shortcut lets it through to the loop.
    assert looks_like_name("van Gerwen Piet")
    assert looks_like_name("di Maria Anna")
    assert not looks_like_name("Die Woche im Rückblick", de)
    # Every word is looked at before the loop: a small word anywhere refuses the line ...
    assert not looks_like_name("Jane more Doe", en)
    # ... but not a nickname in brackets, a bare initial or a particle inside the name.
    for name in ("Jane (Roe) Doe", "Mrs H Doe", "Jane von Doe", "João dos Santos", "Jane DOE"):
        assert looks_like_name(name, en), name


def test_role_word_suffix_in_one_endswith() -> None:
    de = lexicon_for("de")
    long_roles = [r for r in de.role_words if len(r) >= 6]
    assert long_roles, "the German lexicon has long role words"
    for role in long_roles[:5]:
        assert role_word("wirtschafts" + role, de)
    assert not role_word("wirtschaftsbericht", de)


def test_byline_answers_are_the_same_when_asked_again() -> None:
    en = lexicon_for("en")
    for text in ("By Jane Doe", "Jane Doe", "Jane Doe, Staff Writer", "Read more", "By Jane Doe | May 3, 2024"):
        first = match_byline(text, en)
        assert match_byline(text, en) == first
        assert match_byline(text, en, en.labels.match(text.casefold())) == first
        found = find_byline(text, en, split_segments(text))
        assert find_byline(text, en, split_segments(text)) == found
    # The pieces are part of the question: other pieces, maybe another answer, never a stale one.
    text = "Posted by Jane Doe | May 3, 2024"
    assert find_byline(text, en, split_segments(text)) is not None
    assert find_byline(text, en, []) == find_byline(text, en, [])


def test_byline_in_features_matches_the_direct_question() -> None:
    en = lexicon_for("en")
    for k, text in enumerate(["By Jane Doe", "Jane Doe", "* by Jane Doe", "Weather and traffic"]):
        info = compute_features(k, text, en)
        named = text[2:] if text[:2] == "* " else text
        assert info.byline == match_byline(named, en)


def test_first_word_same_on_ascii_and_unicode() -> None:
    unicode_word = regex.compile(r"\w+")
    for line in ("read more", "  spaced", "- dash first", "über alles", "снова в пути", "naïve start", "_under score", ""):
        m = unicode_word.match(line)
        assert first_word(line) == (m.group() if m else line[:1])


def test_lower_words_ascii_shortcut() -> None:
    en = lexicon_for("en")
    lines = ["The river rose over night and the road was closed", "Straße über die Brücke führt weiter", "jane.doe@example.org wrote it", "The river rose over night and the road was closed"]
    infos = [compute_features(k, t, en) for k, t in enumerate(lines)]
    words = _lower_words(infos)
    assert {"river", "rose", "over", "night", "road", "was", "closed", "über", "die", "führt", "weiter"} <= words
    assert "jane" not in words and "doe" not in words and "example" not in words


def test_drop_caps_read_each_line_once() -> None:
    text = "T he storm reached the coast at dawn and there was little warning for the villages along it."
    lines = [text, "Then there was rain.", "Then there was rain."]
    assert join_drop_caps(lines)[0].startswith("The storm")


def test_containment_matches_the_pairwise_scan() -> None:
    from cleanpress.features import describe_piece
    from cleanpress.headline import _containment

    en = lexicon_for("en")
    # Line 2 and its piece, a copy of the piece on line 5, a short text, a longer title on line 7.
    texts = [
        (2, "Harbour bridge reopens | The Valley Gazette"),
        (2, "Harbour bridge reopens"),
        (5, "Harbour Bridge Reopens"),
        (6, "Bridge"),
        (7, "Harbour bridge reopens after two years of repairs"),
        (9, "Weather for the weekend"),
    ]
    pool = [(k, describe_piece(index, text, en)) for k, (index, text) in enumerate(texts)]
    folded = [info.text.casefold() for _, info in pool]
    holds, held = _containment(pool, folded)
    for k, (_, info) in enumerate(pool):
        low = folded[k]
        others = [t for j, t in enumerate(folded) if pool[j][1].index != info.index]
        assert holds[k] == any(t != low and len(t) >= 8 and t in low for t in others), low
        assert held[k] == (len(low) >= 8 and any(t != low and low in t for t in others)), low
    assert holds == [True, False, False, False, True, False]
    assert held == [False, True, True, False, False, False]


def test_find_words_same_on_ascii_and_unicode() -> None:
    from cleanpress.lexicon import find_words

    unicode_word = regex.compile(r"\w+")
    for text in ("Read more: the_best 42 stories", "über alles, naïve café", "नमस्ते दुनिया", "снова в пути", "a-b c'd", ""):
        assert find_words(text) == unicode_word.findall(text)


def test_inner_cue_prefilter_keeps_every_inner_cue() -> None:
    from cleanpress.features import _inner_cue, _long_cue_keys

    en = lexicon_for("en")
    keys = _long_cue_keys(en)
    assert keys is not None and keys <= en.cues.first_words
    # A newsletter appeal after a sentence, and after a notice's star: the first word is a word of the line.
    for text in (
        "We cover the valley every week. Sign up for our newsletter to get the latest stories.",
        "*Sign up for our newsletter to get the latest stories",
    ):
        hit = _inner_cue(text.casefold(), en)
        assert hit is not None and compute_features(0, text, en).cue == hit[1]
    # A sentence without any of those words is never searched, and has no inner cue.
    plain = "The bridge reopens on Monday after two years. Traffic will flow again."
    assert keys.isdisjoint(regex.findall(r"\w+", plain.casefold()))
    assert _inner_cue(plain.casefold(), en) is None and compute_features(0, plain, en).cue is None


def test_page_counts_do_not_depend_on_the_pieces() -> None:
    import cleanpress.headline as headline

    texts = ["Harbour Bridge Reopens", "", "Home / News / Harbour bridge reopens", "harbour", "Weather" * 30] * 7
    needles = ["harbour bridge reopens", "harbour", "weatherweather"]
    whole = "\n".join(texts).casefold()
    want = [whole.count(n) for n in needles]
    saved = headline.PAGE_CHUNK_CHARS
    try:
        for size in (1, 5, 40, 1000, 10**6):
            headline.PAGE_CHUNK_CHARS = size
            assert headline.page_counts(texts, needles) == want, size
    finally:
        headline.PAGE_CHUNK_CHARS = saved


def test_plain_date_read_in_every_attempt() -> None:
    from cleanpress.dates import DateMatch, _read_plain_date, parse_date

    ru, en = lexicon_for("ru"), lexicon_for("en")
    # The first full date inside a span dateparser refuses whole is read by the plain reader,
    # as dateparser reads it alone.
    span = DateMatch(text="77-31805 от 23.04.2008", relative=False, has_year=True)
    assert parse_date(span, ru.languages, None, ru) == _read_plain_date("23.04.2008", True, ru)
    # Two dates in one span: the earlier is the publication.
    both = DateMatch(text="May 21, 2025 April 24, 2025", relative=False, has_year=True)
    got = parse_date(both, en.languages, None, en)
    assert got is not None and (got.year, got.month, got.day) == (2025, 4, 24)


def test_blank_is_set_when_the_line_is_built() -> None:
    en = lexicon_for("en")
    blank = compute_features(0, "", en)
    line = compute_features(1, "Weather for the weekend", en)
    assert blank.blank and not line.blank
    assert not line.twin(5).blank and blank.twin(3).blank


def test_drop_caps_witness_shortcut() -> None:
    # The letter written as a word elsewhere (" a "): the line stays, and the page is not read.
    lead = "A new survey of the coast at dawn finds little warning for the villages along it."
    assert join_drop_caps([lead, "It was a quiet morning.", "Then anew it began."])[0] == lead
    # No witness: the page's words decide. "don't" holds no word "t", and the page writes "there".
    glued = "T here was a storm over the coast at dawn and little warning for the villages along it."
    assert join_drop_caps([glued, "We don't know if there is more."])[0].startswith("There was")
    # The letter standing alone elsewhere keeps the drop cap apart ("T" is then a word of the page).
    assert join_drop_caps([glued, "Grade T is there."])[0] == glued

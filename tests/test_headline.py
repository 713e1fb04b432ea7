"""The headline stage: its shipped model and the choices it makes on small pages."""

from __future__ import annotations

import cleanpress
from cleanpress.context import Layout, _body, find_body_region
from cleanpress.headline import FEATURES, Candidate, HeadlineModel, _cue_opens_title, candidates, choose_headline, default_model
from cleanpress.pipeline import analyse

LEDE = (
    "The city council approved the new bridge over the river on Tuesday, ending a debate that "
    "lasted for more than two years and split the town into two camps."
)
MORE = (
    "Construction will start in the spring and is expected to take eighteen months, the mayor "
    "said after the vote, adding that the old crossing will stay open until then."
)


def test_shipped_model_matches_the_features() -> None:
    model = default_model()
    assert len(model.weights) == len(FEATURES)
    assert all(isinstance(w, float) for w in model.weights)


def test_title_with_date_under_it_beats_menu_and_teasers() -> None:
    text = "\n".join([
        "Home", "News", "Sport", "Weather",
        "Council approves new bridge over the river",
        "17 November 2025",
        LEDE, MORE,
    ])
    assert cleanpress.parse(text).headline == "Council approves new bridge over the river"


def test_a_name_over_the_date_is_the_byline_not_the_headline() -> None:
    text = "\n".join(["Council approves new bridge over the river", "Jane Porter", "17 November 2025", LEDE, MORE])
    doc = cleanpress.parse(text)
    assert doc.headline == "Council approves new bridge over the river"
    assert doc.authors == ("Jane Porter",)


def test_text_starting_inside_the_body_has_no_headline() -> None:
    assert cleanpress.parse(LEDE + "\n" + MORE).headline is None


def test_candidates_carry_one_value_per_feature() -> None:
    text = "Menu\nCouncil approves new bridge\n17 November 2025\n" + LEDE + "\n" + MORE
    a = analyse(text)
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    first, last = region
    _body(a.infos, first, last, Layout(), a.lex)
    found = candidates(a.infos, first, a.lex)
    assert [c.info.text for c in found][:1] == ["Council approves new bridge"]
    assert all(len(c.features) == len(FEATURES) for c in found)


def test_a_cookie_consent_button_is_no_headline() -> None:
    lede = (
        "Строительство объекта заняло почти два года, а его стоимость, по данным городской "
        "администрации, составила около 1,2 млрд рублей, и принятые меры оправдали себя."
    )
    more = (
        "Жители давно просили решить эту проблему и неоднократно обращались в местную "
        "администрацию с коллективными письмами, и теперь их просьбы услышаны."
    )
    lines = [
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "Принять",
        "В Северореченске открыли новый мост через реку Ольховку",
        "17 ноября 2025, 14:20",
        lede,
        more,
    ]
    assert cleanpress.parse("\n".join(lines)).headline == "В Северореченске открыли новый мост через реку Ольховку"


def _candidates(text: str) -> list[Candidate]:
    """The headline candidates of a page, as the parse sees them once the body's run is labelled."""
    a = analyse(text)
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    first, last = region
    _body(a.infos, first, last, Layout(), a.lex)
    return candidates(a.infos, first, a.lex)


def _candidate_texts(text: str) -> list[str]:
    return [c.info.text for c in _candidates(text)]


def test_the_title_of_a_breadcrumb_or_a_title_with_its_site_is_a_candidate() -> None:
    crumbs = _candidate_texts("Home / News / Local / Council approves new bridge over the river\n" + LEDE + "\n" + MORE)
    assert "Council approves new bridge over the river" in crumbs
    suffixed = _candidate_texts("Council approves new bridge over the river | Riverside Gazette\n17 November 2025\n" + LEDE + "\n" + MORE)
    assert "Council approves new bridge over the river" in suffixed
    # The longest piece must stand first or last: a middle one is no title with trimmings.
    middle = _candidate_texts("News | Council approves new bridge over the river | Gazette\n" + LEDE + "\n" + MORE)
    assert "Council approves new bridge over the river" not in middle


def test_a_title_piece_is_the_headline_and_its_line_is_labelled() -> None:
    text = "\n".join([
        "Home", "News",
        "Home / News / Local / Council approves new bridge over the river",
        "17 November 2025",
        LEDE, MORE,
    ])
    doc = cleanpress.parse(text)
    assert doc.headline == "Council approves new bridge over the river"
    assert [line.text for line in doc.lines if line.label.value == "HEADLINE"] == [
        "Home / News / Local / Council approves new bridge over the river"
    ]


def test_a_kicker_ending_in_a_colon_joins_the_headline() -> None:
    text = "\n".join(["Menu", "After the long debate:", "Council approves new bridge over the river", "17 November 2025", LEDE, MORE])
    doc = cleanpress.parse(text)
    assert doc.headline == "After the long debate: Council approves new bridge over the river"
    assert [line.text for line in doc.lines if line.label.value == "HEADLINE"] == [
        "After the long debate:",
        "Council approves new bridge over the river",
    ]


def test_a_second_half_starting_with_a_colon_joins_the_headline() -> None:
    text = "\n".join(["Menu", "Council approves new bridge", ": the debate is over", "17 November 2025", LEDE, MORE])
    assert cleanpress.parse(text).headline == "Council approves new bridge: the debate is over"


def test_a_form_label_ending_in_a_colon_is_no_kicker() -> None:
    text = "\n".join(["Leave this field empty if you are human:", "Council approves new bridge over the river", "17 November 2025", LEDE, MORE])
    assert cleanpress.parse(text).headline == "Council approves new bridge over the river"


def test_a_repeated_title_is_taken_where_it_stands_nearest_the_text() -> None:
    text = "\n".join([
        "Menu",
        "Council approves new bridge over the river",
        "17 November 2025",
        "Council approves new bridge over the river",
        LEDE, MORE,
    ])
    doc = cleanpress.parse(text)
    assert doc.headline == "Council approves new bridge over the river"
    headline_lines = [k for k, line in enumerate(doc.lines) if line.label.value == "HEADLINE"]
    assert headline_lines == [3]


def test_a_teaser_in_a_bulleted_list_is_no_candidate_but_a_breadcrumb_end_may_be() -> None:
    teasers = _candidate_texts("\n".join([
        "* Library opens a new reading room downtown",
        "* Heavy rain expected over the weekend",
        "Council approves new bridge over the river",
        "* Farmers market moves to the old square",
        LEDE, MORE,
    ]))
    assert "Council approves new bridge over the river" in teasers
    assert not any(t.startswith("* ") for t in teasers)
    crumbs = _candidate_texts("\n".join(["* Home", "* News", "* Council approves new bridge over the river", LEDE, MORE]))
    assert "* Council approves new bridge over the river" in crumbs


def _candidates_of(text: str) -> dict[str, list[float]]:
    return {c.info.text: c.features for c in _candidates(text) if not c.part}


def test_a_title_over_its_longer_subtitle_is_a_pair() -> None:
    title = "New bridge over the river approved"
    subtitle = "The council voted for the new bridge after two years of debate about the river crossing"
    found = _candidates_of("\n".join(["Menu", title, subtitle, "17 November 2025", LEDE, MORE]))
    top, bottom = FEATURES.index("pair_top"), FEATURES.index("pair_bottom")
    assert found[title][top] == 1.0 and found[title][bottom] == 0.0
    assert found[subtitle][bottom] == 1.0 and found[subtitle][top] == 0.0
    # Under a rubric the lede does not speak of, the title is no subtitle.
    lone = _candidates_of("\n".join(["Menu", "Weekend gardening tips", title, "17 November 2025", LEDE, MORE]))
    assert lone[title][bottom] == 0.0


def test_a_list_or_link_sign_before_the_headline_is_not_part_of_it() -> None:
    for sign in ("* ", "+ ", "[> ", "|"):
        text = "\n".join(["Home", "News", sign + "Council approves new bridge over the river", "17 November 2025", LEDE, MORE])
        assert cleanpress.parse(text).headline == "Council approves new bridge over the river"
    # Quote marks are the title's own.
    quoted = "\n".join(["Home", "News", "»Council approves new bridge«", "17 November 2025", LEDE, MORE])
    assert cleanpress.parse(quoted).headline == "»Council approves new bridge«"


def test_a_short_title_ending_in_an_ellipsis_is_a_candidate_but_a_short_sentence_is_not() -> None:
    trailing = _candidate_texts("Menu\nWhat the river keeps…\n17 November 2025\n" + LEDE + "\n" + MORE)
    assert "What the river keeps…" in trailing
    # A short line ending with a full stop is more often a caption ("The mayor at the vote.").
    caption = _candidate_texts("Menu\nThe mayor at the vote.\n17 November 2025\n" + LEDE + "\n" + MORE)
    assert "The mayor at the vote." not in caption


def test_a_colon_joined_headline_is_scored_as_parse_shows_it() -> None:
    from cleanpress.headline import colon_joined

    text = "\n".join(["Menu", "After the long debate:", "Council approves new bridge over the river", "17 November 2025", LEDE, MORE])
    a = analyse(text)
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    head = next(i for i in a.infos if i.text == "Council approves new bridge over the river")
    joined, above, below = colon_joined(a.infos, head, region[0])
    assert joined == "After the long debate: Council approves new bridge over the river"
    assert above is not None and below is None
    assert cleanpress.parse(text).headline == joined


def test_a_far_title_half_of_whose_words_the_text_uses_is_a_candidate() -> None:
    # A listicle's title over a long table of contents: the text names some of its words, not all.
    toc = [f"Chapter {k} of the guide" for k in range(1, 70)]
    lede = LEDE.replace("the new bridge", "the best new bridge") + " Travellers from across the region came to see it."
    text = "\n".join(["Ten Best Bridges for Travellers Across Europe Today", *toc, lede, MORE])
    assert "Ten Best Bridges for Travellers Across Europe Today" in _candidate_texts(text)


DE_LEDE = (
    "Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen und damit einen Streit beendet,"
    " der mehr als zehn Jahre gedauert hat."
)
DE_MORE = "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin nach der Abstimmung."


def test_a_details_row_with_a_labelled_byline_and_a_date_is_no_candidate() -> None:
    # The per-line stage reads no byline in it: the label stands after a word ("Kolumne von").
    title = "Stadtrat beschließt neue Brücke über den Fluss"
    row = "Kolumne von Jana Berger - 17.11.2025 um 08:52 Uhr - 12 Kommentare"
    texts = _candidate_texts("\n".join(["Menü", title, row, DE_LEDE, DE_MORE]))
    assert row not in texts and title in texts
    # A title that only mentions a date stays one.
    dated = "Protokoll der Sitzung des Stadtrats vom 17. November 2025"
    assert dated in _candidate_texts("\n".join(["Menü", dated, DE_LEDE, DE_MORE]))


def test_a_name_shaped_title_whose_words_the_page_writes_in_lowercase_is_a_candidate() -> None:
    # Two capitalised words over the date read like an author ("Jane Porter"), but the text
    # writes them as common words: a title.
    lede = (
        "Every family should have a backup plan for its photos, and a good strategy does not need"
        " to be expensive: one backup at home and one in another town is enough for most people."
    )
    texts = _candidate_texts("\n".join(["Menu", "Backup Strategy", "17 November 2025", lede, MORE]))
    assert "Backup Strategy" in texts
    # A person's name beside the date stays the byline.
    assert "Jane Porter" not in _candidate_texts("\n".join(["Menu", "Jane Porter", "17 November 2025", LEDE, MORE]))


def test_a_title_ending_in_initials_is_no_sentence() -> None:
    title = "The fastest growing towns in the U.S."
    assert title in _candidate_texts("\n".join(["Menu", title, "17 November 2025", LEDE, MORE]))


def test_a_date_at_the_top_of_the_run_does_not_push_the_title_out_of_it() -> None:
    from cleanpress.headline import IN_RUN_LINES

    lines = ["Home / News", "Breaking: the market reopens after the flood", "17 November 2025", "Council approves new bridge over the river", LEDE, MORE]
    a = analyse("\n".join(lines))
    first = 0
    _body(a.infos, first, len(a.infos) - 1, Layout(), a.lex)
    found = candidates(a.infos, first, a.lex)
    # The title is the fourth line of the run, the third that is no date.
    assert IN_RUN_LINES == 3
    assert "Council approves new bridge over the river" in [c.info.text for c in found]



STANDFIRST = (
    "Bridges have shaped the growth of river towns for centuries, and the story of this one "
    "began long before the council voted on it this week."
)


def test_a_subheading_under_the_standfirst_is_no_candidate() -> None:
    # "Title / reading time / standfirst. / first subheading / text": the subheading heads a
    # section of the text; the title above the standfirst heads the article.
    sub = "Where the old ferry crossed the river"
    lines = ["Home", "The long story of the river bridge", "4 min read", STANDFIRST, sub, LEDE, MORE]
    found = _candidate_texts("\n".join(lines))
    assert sub not in found
    assert "The long story of the river bridge" in found
    doc = cleanpress.parse("\n".join(lines))
    assert doc.headline == "The long story of the river bridge"
    assert STANDFIRST in doc.body and sub in doc.body


def test_a_paragraph_without_a_title_over_it_or_speaking_to_the_reader_is_no_standfirst() -> None:
    sub = "Where the old ferry crossed the river"
    # Under menu words only: a notice, and the line under it may still head the text.
    assert sub in _candidate_texts("\n".join(["Home", "About us", STANDFIRST, sub, LEDE, MORE]))
    # Addressing the reader: a disclaimer, not a standfirst.
    notice = "Our editors pick every product on their own, and you may see links that earn us a fee."
    assert sub in _candidate_texts("\n".join(["Home", "The long story of the river bridge", notice, sub, LEDE, MORE]))


def _chosen(text: str, floor: float) -> str | None:
    """The headline choose_headline gives under the shipped weights with another floor."""
    a = analyse(text)
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    first, last = region
    _body(a.infos, first, last, Layout(), a.lex)
    model = default_model()
    best = choose_headline(a.infos, first, a.lex, HeadlineModel(model.weights, floor))
    return None if best is None else best.info.text


def test_a_title_over_the_date_and_byline_is_kept_whatever_the_floor() -> None:
    # A title the text shares no word with scores little more than its place gives it; a refit
    # that raises the floor must not leave the article without its headline.
    title = "Harbour choir sings at the old lighthouse"
    for meta in (["17 November 2025", "By Jane Porter"], ["By Jane Porter", "17 November 2025"]):
        text = "\n".join(["Home", "News", title, *meta, "", LEDE, MORE])
        assert _chosen(text, 1e9) == title
        assert _chosen(text, -1e9) == title


def test_a_subheading_in_a_text_without_its_title_is_under_a_high_floor() -> None:
    # The text starts inside the article; its first subheading has a date under it, but is no
    # line above the text: the floor still decides.
    sub = "Where the old ferry crossed the river"
    text = "\n".join([LEDE, sub, "17 November 2025", MORE, LEDE])
    assert _chosen(text, 1e9) is None


def test_a_title_the_page_repeats_is_counted_and_its_subtitle_is_not() -> None:
    title = "Council approves new bridge over the river"
    sub = "The crossing will link the old town with the new stations on the east bank"
    lines = [
        f"{title} | Riverside Gazette", "Home", "News",
        title, sub, "17 November 2025", LEDE, MORE,
        "Share this story", f"Share: {title}",
    ]
    a = analyse("\n".join(lines))
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    first, last = region
    _body(a.infos, first, last, Layout(), a.lex)
    found = {c.info.text: c.features for c in candidates(a.infos, first, a.lex) if not c.part}
    count, best = FEATURES.index("echo_count"), FEATURES.index("echo_best")
    assert found[title][count] > 0 and found[title][best] == 1.0
    assert found[sub][count] == 0 and found[sub][best] == 0.0


def test_a_date_glued_in_front_of_the_title_is_cut_off_for_a_candidate() -> None:
    for dated in ("Monday, November 17, 2025 Council approves new bridge over the river", "Nov 17 2025 Council approves new bridge over the river", "17.11.2025 Council approves new bridge over the river"):
        offered = _candidate_texts("\n".join(["Harbour Town Weekly", dated, LEDE, MORE]))
        assert "Council approves new bridge over the river" in offered
        assert dated in offered  # the line itself stays one too


def test_a_title_starting_with_a_number_is_not_cut() -> None:
    offered = _candidate_texts("\n".join(["Harbour Town Weekly", "12 bridges the council wants to repair", LEDE, MORE]))
    assert "bridges the council wants to repair" not in offered


def test_a_kicker_run_into_the_title_is_cut_where_the_page_puts_a_colon() -> None:
    text = "\n".join([
        "Home", "News",
        "After the long debate: Council approves new bridge over the river",
        "Local",
        "After the long debateCouncil approves new bridge over the river",
        "By Jane Porter, 17 November 2025",
        LEDE, MORE,
    ])
    assert "Council approves new bridge over the river" in _candidate_texts(text)
    assert cleanpress.parse(text).headline == "Council approves new bridge over the river"


def test_a_line_the_page_never_separates_is_not_cut() -> None:
    text = "\n".join(["Home", "News", "After the long debate Council approves new bridge", "17 November 2025", LEDE, MORE])
    assert "Council approves new bridge" not in _candidate_texts(text)


def test_a_menu_item_run_into_the_title_is_cut_off_for_a_candidate() -> None:
    text = "\n".join(["* Home", "* Weather", "* Sport Council approves new bridge over the river", "* Travel", LEDE, MORE])
    assert "Council approves new bridge over the river" in _candidate_texts(text)
    # a lowercase word after the menu word: the line reads on, nothing is cut
    text = "\n".join(["* Home", "* Weather", "* Sport and leisure centre opens by the river", "* Travel", LEDE, MORE])
    assert "and leisure centre opens by the river" not in _candidate_texts(text)


def test_a_kicker_run_into_the_title_is_cut_where_a_dash_stands_further_down() -> None:
    text = "\n".join([
        "Home", "News",
        "After the long debate Council approves new bridge over the river",
        "By Jane Porter, 17 November 2025",
        LEDE, MORE,
        "More on: After the long debate - Council approves new bridge over the river",
    ])
    assert "Council approves new bridge over the river" in _candidate_texts(text)


def test_a_menu_word_opening_a_longer_title_is_no_cue() -> None:
    title = "Sport centre reopens after two years of repairs"
    found = _candidates_of("\n".join(["Home", "Weather", title, "17 November 2025", LEDE, MORE]))
    cue, opens = FEATURES.index("cue"), FEATURES.index("cue_opens_title")
    assert found[title][cue] == 0.0 and found[title][opens] == 1.0
    # The menu word with a word or two after it is still a menu's line.
    a = analyse("\n".join(["Home", "Sport results", LEDE]))
    assert not _cue_opens_title(a.infos[1]) and a.infos[1].cue is not None


def test_a_sentence_case_line_under_a_title_case_one_is_a_subtitle() -> None:
    title = "Council Approves New Bridge Over the River"
    sub = "The crossing will link the old town with the stations on the east bank"
    k = FEATURES.index("sentence_case_under")
    found = _candidates_of("\n".join(["Menu", title, sub, "17 November 2025", LEDE, MORE]))
    assert found[sub][k] == 1.0 and found[title][k] == 0.0
    # Both in sentence case, or the lower one in Title Case: no subtitle by its case.
    plain = _candidates_of("\n".join(["Menu", "Council approves new bridge over the river", sub, "17 November 2025", LEDE, MORE]))
    assert plain[sub][k] == 0.0
    upper = "The Crossing Will Link the Old Town With the East Bank"
    both = _candidates_of("\n".join(["Menu", title, upper, "17 November 2025", LEDE, MORE]))
    assert both[upper][k] == 0.0
    # A Title Case name that is not about the text (a faculty, a section) heads no subtitle:
    # the sentence-case line under it is the title.
    headline = "How the town council decided on a new bridge over the river"
    named = _candidates_of("\n".join(["Menu", "School of Engineering and Design", headline, "17 November 2025", LEDE, MORE]))
    assert named[headline][k] == 0.0


def test_the_piece_of_a_credited_caption_keeps_its_credit() -> None:
    caption = "Workers repair the roof of the old plant in the valley - © Jane Doe / Example Agency"
    pieces = {c.info.text: c.features for c in _candidates("\n".join(["Harbour Town Weekly", caption, "17 November 2025", LEDE, MORE])) if c.part}
    label = FEATURES.index("caption_label")
    assert pieces["Workers repair the roof of the old plant in the valley"][label] == 1.0
    # A title cut from its site's name carries no credit.
    titled = {c.info.text: c.features for c in _candidates("\n".join(["Council approves new bridge over the river | Riverside Gazette", "17 November 2025", LEDE, MORE])) if c.part}
    assert titled["Council approves new bridge over the river"][label] == 0.0
def test_a_date_glued_after_the_title_is_cut_off_for_a_candidate() -> None:
    for dated in ("Council approves new bridge over the river November 17, 2025", "Council approves new bridge over the river 17.11.2025"):
        offered = _candidate_texts("\n".join(["Harbour Town Weekly", dated, LEDE, MORE]))
        assert "Council approves new bridge over the river" in offered
    # A date label left over is no title: "Posted on" of "Posted on November 17, 2025".
    offered = _candidate_texts("\n".join(["Harbour Town Weekly", "Posted on November 17, 2025", LEDE, MORE]))
    assert not any(t.startswith("Posted on") for t in offered)
    # A title ending with a number keeps it: "2" is no date.
    offered = _candidate_texts("\n".join(["Harbour Town Weekly", "Council approves bridge number 2", LEDE, MORE]))
    assert "Council approves bridge number" not in offered



def test_a_rubric_opening_the_title_under_it_is_marked() -> None:
    k = FEATURES.index("opens_other")
    title = "Riverside council approves new bridge"
    found = _candidates_of("\n".join(["Home", "Riverside", "17 November 2025", title, LEDE, MORE]))
    assert found["Riverside"][k] == 1.0 and found[title][k] == 0.0
    # A word that only starts a longer word of the line under it opens nothing.
    found = _candidates_of("\n".join(["Home", "River", "17 November 2025", title, LEDE, MORE]))
    assert "River" not in found or found["River"][k] == 0.0


def test_echo_and_containment_features() -> None:
    # The title alone, inside a site-suffixed line above it, and inside a longer teaser farther up;
    # a short menu word stands in none. The shortcuts in candidates (counts over joined texts) must
    # give what the pairwise reading gives.
    title = "Council approves new bridge over the river"
    text = "\n".join([
        "Weather",
        f"Read next: {title} and the road works",
        f"{title} | The Valley Gazette",
        "Jane Porter",
        title,
        "17 November 2025",
        LEDE,
        MORE,
    ])
    found = _candidates_of(text)
    at = {name: FEATURES.index(name) for name in ("echoed", "contains_other", "contained")}
    assert found[title][at["echoed"]] == 1.0
    assert found[title][at["contained"]] == 1.0
    assert found[title][at["contains_other"]] == 0.0
    suffixed = found[f"{title} | The Valley Gazette"]
    assert suffixed[at["contains_other"]] == 1.0
    assert suffixed[at["echoed"]] == 0.0  # no longer line holds it


def test_a_longer_line_under_the_date_of_a_titled_header_is_its_subtitle() -> None:
    title = "Council approves new bridge over the river"
    sub = "The councillors voted for a crossing that will link the old town with the stations on the east bank"
    found = _candidates_of("\n".join(["Menu", title, "Photo: Jane Doe", "17 November 2025", "Print", "Share", sub, LEDE, MORE]))
    dek = FEATURES.index("dek_under_meta")
    assert found[sub][dek] == 1.0 and found[title][dek] == 0.0


def test_a_title_under_the_date_with_a_rubric_or_an_unrelated_line_over_it_is_no_subtitle() -> None:
    title = "Council approves new bridge over the river"
    dek = FEATURES.index("dek_under_meta")
    # A rubric of two words over the date is no title of the header.
    assert _candidates_of("\n".join(["Menu", "Local news", "17 November 2025", title, LEDE, MORE]))[title][dek] == 0.0
    # A teaser over the date whose words the text does not use is no title of this text.
    teaser = "Weekend markets return to the harbour square this summer"
    assert _candidates_of("\n".join(["Menu", teaser, "17 November 2025", title, LEDE, MORE]))[title][dek] == 0.0


def test_a_menu_row_over_the_date_is_no_title_of_the_header() -> None:
    lede = (
        "Городской совет во вторник одобрил строительство нового моста через реку, завершив спор, "
        "который длился больше двух лет и разделил город на два лагеря."
    )
    more = "Строительство начнётся весной и займёт полтора года, сказал мэр после голосования, добавив, что старая переправа будет открыта до тех пор."
    title = "Совет одобрил строительство нового моста через реку"
    dek = FEATURES.index("dek_under_meta")

    def under(line: str) -> float:
        return _candidates_of("\n".join(["Меню", line, "17 ноября 2025", title, lede, more]))[title][dek]

    # A menu row whose section names the text uses ("Новости ... Поиск") is no title over the date ...
    assert under("Новости Строительство нового моста Поиск") == 0.0
    # ... while the same words without the menu's words are, and the line under the date is then its subtitle.
    assert under("Главное Строительство нового моста Поиск") == 1.0


def test_a_captions_sentence_closed_by_its_credit_is_no_candidate() -> None:
    from cleanpress.headline import could_be_headline

    lines = [
        "The mayor speaks to reporters after the vote, Tuesday, Nov. 18, 2025. (Example Photo/Jane Doe)",
        "Members of the town band at the harbour festival - © Example Images",
    ]
    infos = [i for i in analyse("\n".join(lines), "en").infos if not i.blank]
    assert [i.kind for i in infos] == ["caption", "caption"]
    # a sentence, then the credit, or words closed by a copyright credit: a photo's caption, never
    # offered (a refit of the ranker had let a credited caption right over the text beat the title)
    assert [could_be_headline(i) for i in infos] == [False, False]


def test_titles_of_a_dated_teaser_box_over_the_text_head_no_text() -> None:
    # The page's title, its lede, then a box of dated teasers right over the text.
    title = "Court stops factory from using river water"
    body = [
        "NORTHTOWN, Nov 17 - The regional court ruled on Monday that the factory must stop using the river water until a new filter is installed.",
        "Residents had complained about the smell since the plant doubled its output, and two fishing clubs joined the case last spring.",
        "The company now has six months to build the filter, and its lawyers said the deadline was too short for a plant of this size.",
    ]
    box = ["More on this", "Factory owner appeals against the court ruling on river water", "21 November 2025, 11:49",
           "Regional court orders the factory to install a new filter", "19 November 2025, 09:12",
           "Residents and fishing clubs take the factory to court", "18 November 2025, 16:30"]
    lede = "The regional court ruled that the factory must stop using the river water until a new filter is installed."
    header = [title, "17 November 2025, 18:42", lede, "Tweet", "Material", "Comments: 0",
              "© Example Agency. Jane Doe | Buy this photo"]
    doc = cleanpress.parse("\n".join(["Home", "News", *header, *box, "All stories (28)", *body]))
    assert doc.headline == title
    # A page's own headline under one dated teaser, with its date: still the headline.
    box = ["More on this", "Factory owner appeals against the river ruling", "21 November 2025, 11:49"]
    doc = cleanpress.parse("\n".join(["Home", "News", *box, title, "17 November 2025, 18:42", *body]))
    assert doc.headline == title


def _offered(lines: list[str]) -> list[str]:
    a = analyse("\n".join(lines), "en")
    region = find_body_region(a.infos, a.lex)
    assert region is not None
    _body(a.infos, region[0], region[1], Layout(), a.lex)
    return [c.info.text for c in candidates(a.infos, region[0], a.lex)]


def test_the_values_under_a_bare_tags_heading_are_no_candidate() -> None:
    title = "Council approves new bridge over the river"
    tags = "Bridge, River, Town council, Traffic"
    lines = ["Home", "News", title, "By Jane Doe", "17 November 2025", "Tags:", tags, LEDE, MORE, LEDE.replace("Tuesday", "Friday")]
    assert tags not in _offered(lines)
    assert cleanpress.parse("\n".join(lines)).headline == title


def test_a_title_of_comma_parts_stays_a_candidate() -> None:
    # a headline of listed words under a rubric, or under a tags line that holds its own values
    title = "Bridge, river, traffic"
    for over in ("Local news", "Tags: bridge, council"):
        assert title in _offered(["Home", "News", over, title, "17 November 2025", LEDE, MORE])


def _suffixed_page(title: str, *extra: str) -> str:
    return "\n".join(["Riverside Gazette", "Home", "News", "Sport", title, "17 November 2025", LEDE, MORE, *extra])


def test_a_site_name_after_the_title_is_cut_when_the_page_names_the_site_elsewhere() -> None:
    # The site's name stands as a line of its own (the logo): "Title | Site" loses it, its line stays the headline's.
    doc = cleanpress.parse(_suffixed_page("Council approves new bridge over the river | Riverside Gazette"))
    assert doc.headline == "Council approves new bridge over the river"
    assert [line.text for line in doc.lines if line.label.value == "HEADLINE"] == ["Council approves new bridge over the river | Riverside Gazette"]
    # ... or in the copyright line at the foot, after a dash.
    footer = "\n".join(["Home", "News", "Council approves new bridge over the river - Valley Courier", "17 November 2025", LEDE, MORE, "© 2025 Valley Courier. All rights reserved."])
    assert cleanpress.parse(footer).headline == "Council approves new bridge over the river"


def test_a_title_whose_tail_the_page_does_not_name_elsewhere_keeps_it() -> None:
    # "Title - Subtitle": the subtitle is the title's own, though short and capitalised.
    doc = cleanpress.parse(_suffixed_page("Council approves new bridge over the river – Work Starts in Spring"))
    assert doc.headline == "Council approves new bridge over the river – Work Starts in Spring"


def test_a_kicker_or_a_part_number_is_not_cut_as_a_site_name() -> None:
    from cleanpress.headline import site_tail_cut

    page = analyse("\n".join(["Bridge Vote", "Part 1", "Politics - Council approves new bridge over the river", "Bridge Vote - Part 1", LEDE])).infos
    # "Kicker - Title": the title is longer than the kicker, never the cut-off tail.
    assert site_tail_cut(page, "Politics - Council approves new bridge over the river") is None
    # "Title - Part 1": a number ends a part of the title, even when "Part 1" stands alone on the page.
    assert site_tail_cut(page, "How the council voted on the new bridge - Part 1") is None
    # Too short a head: "Bridge Vote - Part 1" and "Forum - Rules" are whole titles.
    assert site_tail_cut(page, "Bridge Vote | Politics") is None
    # Another title with the same suffix names the site.
    suffix = analyse("\n".join(["Schools reopen after the summer floods | Valley Courier", LEDE])).infos
    assert site_tail_cut(suffix, "Council approves new bridge over the river | Valley Courier") == "Council approves new bridge over the river"


def test_a_date_three_lines_under_a_title_is_weighed_as_its_details() -> None:
    # "Title / By / Jane Porter / Date / 12 March 2024": the details row split over lines by its labels.
    far = FEATURES.index("meta_below_far")
    found = {c.info.text: c.features for c in _candidates("\n".join(["Home", "News", "Council approves new bridge over the river", "By", "Jane Porter", "Published", "12 March 2024", LEDE, MORE]))}
    assert found["Council approves new bridge over the river"][far] == 1.0
    # A date right under the title is the nearer fact (meta_below), not this one.
    near = {c.info.text: c.features for c in _candidates("\n".join(["Home", "News", "Council approves new bridge over the river", "12 March 2024", LEDE, MORE]))}
    assert near["Council approves new bridge over the river"][far] == 0.0


def test_a_labelled_reading_time_is_no_candidate() -> None:
    # "Reading time: 2 minutes" between the title and the text is the post's details ...
    for details in ("Reading time: 2 minutes", "Lesezeit: 3 Min.", "Время чтения: 5 минут"):
        assert details not in _offered(["Home", "News", "Council approves new bridge over the river", details, LEDE, MORE])
    # ... while a title that speaks of minutes after a colon stays one.
    title = "Breaking: 5 minutes that changed the town"
    assert title in _offered(["Home", "News", title, "17 November 2025", LEDE, MORE])

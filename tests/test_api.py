"""The public contract of API.md: entry points, types, serialisation, bad input."""

from __future__ import annotations

import pickle
from datetime import datetime

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1250")
import pytest

import cleanpress
from cleanpress import Document, Label

from .conftest import FIXTURES

SEED = (FIXTURES / "seeds" / "000_09a4c5711e3602fe.txt").read_text(encoding="utf-8")

TOP_KEYS = {
    "headline", "byline", "authors", "date", "date_text", "body", "paragraphs", "related",
    "comments", "tags", "captions", "source", "language", "lines",
}


def test_to_dict_has_exactly_the_contract_keys() -> None:
    d = cleanpress.parse(SEED).to_dict()
    assert set(d) == TOP_KEYS
    assert set(d["lines"][0]) == {"start", "end", "label", "reason"}
    assert set(d["related"][0]) == {"heading", "items"}
    assert set(d["related"][0]["items"][0]) == {"title", "rubric", "date"}
    assert set(d["comments"][0]) == {"heading", "count", "comments", "form"}


def test_round_trip() -> None:
    doc = cleanpress.parse(SEED)
    assert Document.from_dict(doc.to_dict()) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert hash(doc.related[0]) == hash(Document.from_dict(doc.to_dict()).related[0])


def test_comment_round_trip() -> None:
    c = cleanpress.CommentSection("Comments", 2, (cleanpress.Comment("Nice", "Ann", "today"),), ("Leave a reply",))
    doc = Document(comments=(c,), date=datetime(2025, 1, 2, 3, 4))
    assert Document.from_dict(doc.to_dict()) == doc


def test_clean_is_the_body() -> None:
    assert cleanpress.clean(SEED) == cleanpress.parse(SEED).body


@pytest.mark.parametrize("bad", [3, 4.5, None, ["text"], {"text": "x"}, object()])
def test_wrong_type_names_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        cleanpress.parse(bad)  # type: ignore[arg-type]


def test_bad_now_and_lang() -> None:
    with pytest.raises(TypeError, match="str"):
        cleanpress.parse("x", now="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int"):
        cleanpress.parse("x", lang=5)  # type: ignore[arg-type]


def test_bytes_are_decoded() -> None:
    assert cleanpress.parse(SEED.encode("utf-8")).body == cleanpress.parse(SEED).body
    assert cleanpress.parse(SEED.encode("cp1251")).body == cleanpress.parse(SEED).body


@pytest.mark.parametrize("junk", ["", "   ", "\n\n\n", "\x00\x01\x02", "%%%% ### !!!", "a\nb\nc", "\ud800"[:0] + "\u200b" * 50])
def test_junk_gives_an_empty_document(junk: str) -> None:
    doc = cleanpress.parse(junk)
    assert doc.body == "" and doc.paragraphs == () and doc.headline is None
    assert len(doc.lines) == junk.count("\n") + 1


def test_every_line_labelled_once() -> None:
    doc = cleanpress.parse(SEED)
    assert len(doc.lines) == SEED.count("\n") + 1
    assert all(isinstance(ln.label, Label) for ln in doc.lines)
    labels = {ln.label for ln in doc.lines}
    assert {Label.HEADLINE, Label.DATE, Label.BYLINE, Label.BODY, Label.RELATED, Label.COMMENTS, Label.SHARE, Label.BLANK} <= labels


def test_relative_dates_need_now() -> None:
    text = "Заголовок новости о погоде в городе\n\nвчера, 12:30\n\n" + ("Синоптики пообещали, что в городе будет тепло и сухо, а ветер стихнет к вечеру. " * 3)
    doc = cleanpress.parse(text)
    assert doc.date is None and doc.date_text == "вчера, 12:30"
    doc = cleanpress.parse(text, now=datetime(2025, 11, 18, 9, 0))
    assert doc.date == datetime(2025, 11, 17, 12, 30)


def test_parse_is_deterministic() -> None:
    assert cleanpress.parse(SEED) == cleanpress.parse(SEED)
    assert cleanpress.parse(SEED).to_dict() == cleanpress.parse(SEED).to_dict()


BODY_EN = (
    "The council approved the new bridge on Tuesday after a long debate about its cost and the route it would take. "
    "Work will start in spring and should be finished within two years, the mayor said after the vote.\n"
    "Residents had asked for the bridge for years and sent several joint letters to the local authority about it."
)


def test_a_full_date_beats_a_reading_time() -> None:
    doc = cleanpress.parse("Town approves the new bridge\n5 min read\nBy Jane Doe | March 5, 2024\n\n" + BODY_EN)
    assert doc.date == datetime(2024, 3, 5) and doc.date_text == "March 5, 2024"
    assert doc.authors == ("Jane Doe",)


def test_a_relative_date_is_not_replaced_by_a_teaser_date() -> None:
    text = "Town approves the new bridge\nyesterday, 12:30\n\n" + BODY_EN + "\n\nMore news\nOld story about the park and its trees\n12.01.2020"
    doc = cleanpress.parse(text, now=datetime(2025, 11, 18, 9, 0))
    assert doc.date == datetime(2025, 11, 17, 12, 30)


def test_removed_lists_what_is_not_the_body() -> None:
    doc = cleanpress.parse(SEED)
    removed = doc.removed()
    assert all(ln.label not in (Label.BODY, Label.BLANK) and ln.reason for ln in removed)
    assert any(ln.label is Label.SHARE for ln in removed)


def test_parse_never_reads_the_clock() -> None:
    """A date span dateparser would read as relative ("14 min") must not become today."""
    text = "Town approves the new bridge\n2025-11-03 14 min\n\n" + BODY_EN
    doc = cleanpress.parse(text)
    assert doc.date is None or doc.date.year == 2025
    assert cleanpress.parse(text) == doc


def _as_cp1250(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1250")


def test_cp1250_mojibake_beside_correct_characters_is_repaired() -> None:
    # UTF-8 read as cp1250 ("fĂĽr"), on a page whose dashes and ellipses were written correctly
    # after the damage: no transcoding fits a whole line, so the broken runs are fixed one by one.
    title = "Die Brücke über den Fluß wird größer"
    body = (
        "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu verbreitern – für "
        "Radfahrer und Fußgänger gibt es künftig einen eigenen Weg. Die Arbeiten beginnen im März."
    )
    text = _as_cp1250(title) + "\n\n" + _as_cp1250(body).replace(_as_cp1250("–"), "–") + "\n"
    assert "–" in text and "fĂĽr" in text
    doc = cleanpress.parse(text)
    assert doc.headline == title
    assert doc.lines[2].text == body


def test_correct_central_european_text_is_left_alone() -> None:
    # Real Polish, Czech, Romanian and German letters next to the cp1250 lead letters.
    lines = [
        "Ăsta e un oraș frumos, spune primarul în fața consiliului local.",
        "Łódź, Kraków i Gdańsk: ceny mieszkań rosną szybciej niż płace.",
        "Ärzte in Österreich fordern mehr Geld für Kliniken – „Äpfel“ nicht.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    ]
    doc = cleanpress.parse("\n".join(lines))
    assert [line.text for line in doc.lines] == lines


def test_mojibake_beside_a_stray_byte_is_repaired_line_by_line() -> None:
    # UTF-8 read as latin-1 leaves C1 controls ("doctorsâ\x80\x99"); a stray "Â" on the same page
    # keeps ftfy from finding one transcoding for the page, so the hinted line is fixed alone.
    text = (
        "Clinic opens a new wing for children\n"
        "The new wing has room for forty beds, and the doctors\u00e2\x80\x99 offices are on the first floor "
        "next to the garden.\u00c2\n\nThe café on the ground floor stays open late."
    )
    doc = cleanpress.parse(text)
    assert "doctors\u2019 offices" in doc.lines[1].text
    assert doc.lines[-1].text == "The café on the ground floor stays open late."


def test_mojibake_of_a_code_page_ftfy_does_not_know_is_repaired() -> None:
    # UTF-8 read as latin-6 (Nordic) leaves "Ã" before letters such as "ķ" and "Ī"
    # ("schÃķn" for "schön"), which no code page ftfy knows explains; the page is read back
    # through latin-6, also where cp1252 would have fitted a word wrongly ("GemÃžse" is no
    # "GemÞse"), and its correct lines stay as they are.
    good = [
        "Heute gibt es ein schönes Gericht mit Äpfeln, Zwiebeln und großen Kartoffeln.",
        "Das Gemüse wird in einer Pfanne mit Öl kurz angebraten, dann kommt die Brühe dazu.",
        "Die Zwiebeln schälen und würfeln, danach alles zehn Minuten köcheln lassen.",
    ]
    broken = [line.encode("utf-8").decode("iso8859-10") for line in good]
    assert "Ãķ" in broken[0] and "Ãž" in broken[1]
    text = "Ein Gericht für alle Tage\n\n" + "\n\n".join(broken) + "\n\nDie Küche ist täglich geöffnet, auch über Mittag."
    texts = [line.text for line in cleanpress.parse(text).lines]
    for line in good:
        assert line in texts
    assert "Die Küche ist täglich geöffnet, auch über Mittag." in texts
    assert "Ein Gericht für alle Tage" in texts


def test_correct_nordic_and_portuguese_text_is_not_read_as_mojibake() -> None:
    text = (
        "SÃO PAULO É A MAIOR CIDADE DO BRASIL\n\n"
        "A cidade de São Paulo tem mais de doze milhões de habitantes, segundo o último censo.\n\n"
        "Ålands skärgård är känd för sina öar, och färjorna går året runt mellan Åbo och Mariehamn."
    )
    texts = [line.text for line in cleanpress.parse(text).lines]
    assert texts == text.split("\n")


def test_a_banner_the_page_repeats_does_not_set_its_language() -> None:
    # Two Russian paragraphs under an English cookie notice shown four times (found by the deep
    # hypothesis profile): each distinct line counts once in the language sample.
    notice = ["We use cookies to give you the best experience on our website. By continuing, you agree.", "Accept"]
    article = [
        "В Северореченске открыли новый мост через реку",
        "17 ноября 2025, 14:20",
        "Строительство моста заняло почти два года, а его стоимость составила около миллиарда рублей.",
        "Жители давно просили решить эту проблему и не раз писали в городскую администрацию.",
    ]
    doc = cleanpress.parse("\n".join(notice + article + notice * 3))
    assert doc.language == "ru"
    assert doc.date is not None and doc.date.month == 11

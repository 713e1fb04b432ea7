"""Author precision: a name-shaped line that is a common noun phrase is no author.

Pages written for these tests: a short article, then one line under its text that a
fallback could take for the author's name. A real person's name there stays the author.
"""

from __future__ import annotations

import pytest

import cleanpress

DE = """Neue Radwege für die Innenstadt

Der Stadtrat hat am Dienstag beschlossen, in den kommenden zwei Jahren vier neue Radwege durch die Innenstadt zu bauen. Die Kosten von rund drei Millionen Euro trägt zum größten Teil das Land.

Die Arbeiten sollen im Frühjahr beginnen und den Verkehr so wenig wie möglich stören. Anwohner können ihre Fragen in einer Sprechstunde im Rathaus stellen.

Vor allem Familien mit Kindern sollen davon profitieren, sagte die Bürgermeisterin nach der Sitzung. Die Opposition kritisierte den Zeitplan als zu knapp.

{tail}
"""
EN = """Council approves new bike lanes

The city council voted on Tuesday to build four new bike lanes through the centre over the next two years. Most of the cost will be covered by the state.

Work is due to start in the spring, and officials promised to keep disruption to a minimum. Residents can bring questions to a weekly session at city hall.

Families with children are expected to benefit most, the mayor said after the meeting. The opposition called the timetable too tight.

{tail}
"""
RU = """Новый мост откроют весной

Строительство нового моста через реку завершат в апреле, сообщили в городской администрации. Движение по нему откроют сразу после приёмки.

Мост соединит два района города и разгрузит центральные улицы, считают в мэрии. На работы потратили около двух миллиардов рублей.

Жители давно ждали этот мост: сейчас дорога в центр занимает больше часа в часы пик.

{tail}
"""


@pytest.mark.parametrize(
    "page, tail",
    [
        (DE, "Projekt Sanierung"),  # a noun in "-ierung"
        (DE, "Sommerliche Wanderziele"),  # an adjective in "-liche"
        (EN, "Customer Services"),  # a plural in "-ices"
        (EN, "Terminology Guide"),  # a noun in "-ology"
        (RU, "Подписать Сохранено"),  # a verb's infinitive in "-ть"
    ],
)
def test_common_noun_ending_is_no_author(page: str, tail: str) -> None:
    doc = cleanpress.parse(page.format(tail=tail))
    assert doc.authors == ()
    assert all(line.label != cleanpress.Label.BYLINE for line in doc.lines if line.text == tail)


@pytest.mark.parametrize(
    "page, tail",
    [
        (DE, "Frank Hartung"),  # "-tung" is a surname's ending too
        (DE, "Clara Fröhlich"),  # "-lich" (not "-liche")
        (EN, "Clement Avery"),
        (EN, "Margaret Guinness"),
        (RU, "Ирина Соколова"),
        (RU, "Анна Сергеевна Лебедева"),
    ],
)
def test_real_name_under_the_text_stays_the_author(page: str, tail: str) -> None:
    assert cleanpress.parse(page.format(tail=tail)).authors == (tail,)


BOX = """Kakteen im Winter richtig pflegen

Viele Kakteen brauchen im Winter eine Ruhephase: weniger Wasser, kühlere Temperaturen und viel Licht. Wer sie in dieser Zeit zu warm stellt, riskiert lange, dünne Triebe.

Gegossen wird nur, wenn die Erde vollständig trocken ist, und auch dann nur sparsam. Dünger brauchen die Pflanzen erst wieder im Frühjahr.

{head}
{intro}
"""


def test_word_after_an_article_heading_no_author_box() -> None:
    # "Die Kaktusfeige" over a paragraph about it: an article and a noun, not "About Jane".
    intro = "Bei der Kaktusfeige, die auch Feigenkaktus genannt wird, handelt es sich um eine robuste Art aus Mexiko."
    assert cleanpress.parse(BOX.format(head="Die Kaktusfeige", intro=intro)).authors == ()


def test_given_name_under_about_heading_stays_the_author() -> None:
    intro = "Greta ist Gärtnerin aus Leidenschaft und schreibt seit vielen Jahren über Zimmerpflanzen."
    assert cleanpress.parse(BOX.format(head="Über Greta", intro=intro)).authors == ("Greta",)


TRAILER = """Start
Termine
Kontakt

Neue Radwege für die Innenstadt

12. Juni 2024

Der Stadtrat hat am Dienstag beschlossen, in den kommenden zwei Jahren vier neue Radwege durch die Innenstadt zu bauen. Die Kosten von rund drei Millionen Euro trägt zum größten Teil das Land.

Die Arbeiten sollen im Frühjahr beginnen und den Verkehr so wenig wie möglich stören. Anwohner können ihre Fragen in einer Sprechstunde im Rathaus stellen.

Vor allem Familien mit Kindern sollen davon profitieren, sagte die Bürgermeisterin nach der Sitzung. Die Opposition kritisierte den Zeitplan als zu knapp.

Kommentare sind geschlossen
{tail}
Kategorien
Allgemein
Impressum
Datenschutz
"""


def test_link_to_the_previous_post_signs_nothing() -> None:
    # "« Older post – its title, its date" under the text: another post, not a signature.
    doc = cleanpress.parse(TRAILER.format(tail="« Stadtfest – Brunnenfest Altstadt 14.06.2024, 18 Uhr"))
    assert doc.authors == ()
    assert doc.date_text == "12. Juni 2024"


def test_name_under_the_text_still_signs_it() -> None:
    assert cleanpress.parse(TRAILER.format(tail="Jana Berger")).authors == ("Jana Berger",)


@pytest.mark.parametrize("page, tail", [(DE, "Fotos Altstadtfest"), (EN, "Photos Riverside"), (DE, "Bilder Hafenfest")])
def test_credit_word_is_no_name_word(page: str, tail: str) -> None:
    # "Fotos Altstadtfest": a gallery's link or a photo credit's word, no person's given name.
    assert cleanpress.parse(page.format(tail=tail)).authors == ()


@pytest.mark.parametrize("page, tail", [(DE, "Sabine Kronfeld"), (EN, "Alice Mathews")])
def test_plain_name_under_the_text_stays(page: str, tail: str) -> None:
    assert cleanpress.parse(page.format(tail=tail)).authors == (tail,)

"""The PDF reader's layout rules on invented pages of text (the files themselves: test_realworld7)."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.stages.readers.pdf import join_pages, page_lines, pdf_date, running_lines

WRAPPED = [
    "Heavy rain in the hills above Merrow sent the Ash river over its banks",
    "on Sunday night, and the town's lower streets were under water by dawn,",
    "the county's emergency office said.",
]


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("D:20310612093000+02'00'", dt.date(2031, 6, 12)),
        ("D:20310613", dt.date(2031, 6, 13)),
        ("20310614101500Z", dt.date(2031, 6, 14)),
        ("D:2031", None),  # a year alone is no day
        ("D:20311345", None),
        ("D:18990101", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_pdf_dates(value: object, day: dt.date | None) -> None:
    assert pdf_date(value) == day


def test_page_numbers_in_any_language_and_running_heads_are_dropped() -> None:
    later = [
        "The council opened two shelters in the Merrow school halls on Monday,",
        "and about 300 people spent the night there, a spokesperson said.",
    ]
    pages = [
        ["Merrow District Council", "Flood bulletin 3", *WRAPPED, "Seite 1 von 2"],
        ["Merrow District Council", "Flood bulletin 3", "Section 4", "Shelters", *later, "- 2 -"],
    ]
    assert running_lines(pages) == {"merrow district council", "flood bulletin #"}  # a page's number: by its shape
    text = join_pages(pages)
    assert "Council" not in text and "bulletin" not in text and "Seite" not in text and "- 2 -" not in text
    assert "Section 4" in text  # a heading inside the page, not its number


def test_a_single_page_keeps_its_lines_but_not_a_lone_number() -> None:
    text = join_pages([["Merrow District Council", *WRAPPED, "- 1 -"]])
    assert text.startswith("Merrow District Council\n\nHeavy rain") and not text.endswith("-")


def test_wrapped_lines_become_paragraphs_and_headings_stand_alone() -> None:
    page = [
        "Situation overview",
        *WRAPPED,
        "Needs",
        "Drinking water is short in the two shelters at Merrow, and",
        "the council asked for 5,000 more blankets on Monday.",
    ]
    assert join_pages([page]).split("\n\n") == [
        "Situation overview",
        " ".join(WRAPPED),
        "Needs",
        "Drinking water is short in the two shelters at Merrow, and the council asked for 5,000 more blankets on "
        "Monday.",
    ]


def test_words_broken_at_a_line_end_are_joined_and_compounds_keep_their_hyphen() -> None:
    page = [
        "Relief convoys crossed the border at the Franco-",
        "German post of Lenz and the long-",
        "awaited humani-",
        "tarian corridor opened for the first time since the COVID-",
        "19 closures began, officials said.",
    ]
    text = join_pages([page])
    assert "Franco-German post" in text and "humanitarian corridor" in text and "COVID-19 closures" in text
    assert "longawaited" in text  # a compound broken at its own hyphen cannot be told from a broken word


def test_page_lines_tidies_spaces_and_drops_blank_lines() -> None:
    assert page_lines("  Merrow   floods \n\n\u00a0\nsecond  line ") == ["Merrow floods", "second line"]


def test_list_items_start_their_own_paragraphs() -> None:
    page = [
        "Highlights",
        "\uf0b7 About 1,400 people left their homes in Merrow and Ashby after the",
        "river broke its banks on Sunday night",
        "\uf0b7 Two shelters are open",
        "- The county asked for 5,000 blankets",
        "Response",
        "The council opened two shelters in the Merrow school halls on Monday,",
        "and about 300 people spent the night there, a spokesperson said.",
    ]
    assert join_pages([page_lines("\n".join(page))]).split("\n\n") == [
        "Highlights",
        "\u2022 About 1,400 people left their homes in Merrow and Ashby after the river broke its banks on Sunday "
        "night",
        "\u2022 Two shelters are open",
        "- The county asked for 5,000 blankets",
        "Response",
        "The council opened two shelters in the Merrow school halls on Monday, and about 300 people spent the night "
        "there, a spokesperson said.",
    ]

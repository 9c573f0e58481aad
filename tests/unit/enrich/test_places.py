"""Place mentions: resolved, counted, disambiguated; common words are not places."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.enrich.places import find_places, gazetteer
from pipeline.enrich.text import normalise

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d618fc00f0c004b1.txt"


def places(text: str, title: str = "") -> dict[str, tuple[str, int]]:
    return {p.name: (p.country, p.mentions) for p in find_places(title, normalise(text))}


def test_seed_article_places_include_mosul_in_iraq_and_syria():
    title, _, body = normalise(SEED.read_text(encoding="utf-8")).partition("\n")
    found = {p.name: p for p in find_places(title, body)}
    assert found["Mosul"].country == "IQ"
    assert found["Syria"].country == "SY"
    assert found["Mosul"].mentions > found["Syria"].mentions
    assert 36 < found["Mosul"].lat < 37 and 43 < found["Mosul"].lon < 44
    assert "Gary" not in found  # "Gen Gary Volesky" is a person


@pytest.mark.parametrize(
    "sentence",
    [
        "Reading the report, officials said more help was needed.",
        "Nice weather helped the rescue teams.",
        "March was the wettest month on record.",
        "Police said the road was closed.",
        "Mobile networks went down across the region.",
        "Of the 40 people on board, 12 survived.",
        "Bath time is a struggle for parents.",
        "Deal or no deal, the talks go on.",
        "Split decisions are common in such cases.",
        "the city of mosul, written in lowercase, is not a capitalised name",
    ],
)
def test_common_words_are_not_places(sentence):
    assert places(sentence) == {}


def test_ambiguous_names_follow_the_other_places_in_the_article():
    assert places("Fighting in Tripoli, the Libyan capital, as Libya burns.")["Tripoli"][0] == "LY"
    assert places("Clashes in Tripoli, in northern Lebanon.")["Tripoli"][0] == "LB"
    assert places("The summit was held in Paris.")["Paris"][0] == "FR"


def test_old_spellings_and_country_aliases_resolve():
    found = places("Missiles hit Kiev. The US and the UK condemned the attack.")
    assert found["Kyiv"][0] == "UA"
    assert found["United States"][0] == "US"
    assert found["United Kingdom"][0] == "GB"


def test_multi_word_names_and_demonyms():
    found = places(
        "Rebels in the Democratic Republic of the Congo fought Congolese troops in Goma."
    )
    assert found["Democratic Republic of the Congo"] == ("CD", 2)
    assert found["Goma"][0] == "CD"
    assert places("Iraqi forces advanced.")["Iraq"][0] == "IQ"


def test_mentions_are_counted_and_possessives_stripped():
    found = places("Mosul fell. Mosul's old city burned. People fled Mosul.")
    assert found["Mosul"] == ("IQ", 3)


def test_small_towns_need_their_country_in_the_article():
    # Kidal (Mali) has about 40,000 people: alone, such a name is too risky.
    assert "Kidal" not in places("Officials visited Kidal on Friday.")
    assert places("Officials visited Kidal, in northern Mali, on Friday.")["Kidal"][0] == "ML"
    assert places("Rebels entered Kidal as Malian troops withdrew.")["Kidal"][0] == "ML"


def test_gazetteer_is_built_once():
    assert gazetteer() is gazetteer()


def test_places_carry_valid_codes_and_coordinates():
    for p in find_places("", "Troops entered Aleppo, Homs and Damascus in Syria and Beirut."):
        assert len(p.country) == 2 and p.country.isupper()
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        assert p.mentions >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Federal forces have been fighting Fano militiamen in Amhara for more than a year.",
        "Kuki militants and Meitei groups clashed in Manipur.",
        "The deal ends one of Asia's longest-running insurgencies.",
    ],
)
def test_armed_groups_named_like_foreign_towns_and_continents_are_no_places(text):
    found = places(text)
    assert "Fano" not in found and "Asia" not in found
    assert all(country != "JP" for country, _ in found.values())


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Misrata militias clashed with a rival force overnight.", "Misratah"),
        ("Idlib rebels shelled government positions.", "Idlib"),
        ("Aleppo rebels withdrew from the eastern districts.", "Aleppo"),
    ],
)
def test_a_town_before_its_fighters_is_still_where_they_are(text, town):
    assert town in places(text)

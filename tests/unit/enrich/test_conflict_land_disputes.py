"""A land dispute is no private motive: farmers' leaders shot dead by gunmen as a dispute
with palm oil firms flares, or villages that clash over farmland, are organised violence
(the sets: "land dispute" in 11 conflict stories to 6 others). A quarrel over property or
in a family stays a private motive."""

from __future__ import annotations

from .support import tag


def test_gunmen_killing_land_activists_in_a_land_dispute_is_conflict():
    found = tag(
        "Honduran farmers' leaders shot dead in Bajo Aguan as land dispute with palm oil firms "
        "flares",
        "Gunmen killed two leaders of a peasant cooperative in the Bajo Aguan valley on Sunday, "
        "bringing to five the number of land activists murdered in the region this month, "
        "rights groups said. The men were shot as they returned from a plantation their "
        "cooperative has occupied since 2021. Witnesses said the attackers wore balaclavas and "
        "carried assault rifles. Farmers' groups blame private security guards and armed "
        "groups linked to palm oil companies, which deny any involvement. Rights groups say "
        "arrest warrants for killings in the valley have never been executed. More than 150 "
        "people have been killed in the Aguan since 2009. The security ministry said a police "
        "unit would be sent to the area.",
    )
    assert found.is_conflict


def test_a_killing_over_a_property_dispute_in_a_family_stays_crime():
    found = tag(
        "Man shot dead by his brother in property dispute",
        "A 45-year-old man was shot dead by his brother on Sunday after a property dispute "
        "over their late father's house, police said. The suspect was arrested.",
    )
    assert not found.is_conflict

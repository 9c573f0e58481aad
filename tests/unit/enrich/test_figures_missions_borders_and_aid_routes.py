"""What a peacekeeping mission, a shelled border and an aid route count (dev234, dev236,
dev238): patrols, gunships, forward operating bases, launch pads and hubs; protected rooms,
greenhouses and beehives; passers-by, shepherds, porters, contractors and inspectors;
bundles and truckloads of aid. A force's running total ("bringing its declared presence to
535") and the strength a plan envisaged ("the 2,500 initially envisaged") are counts of it;
what is handed to people is aid, to returning families and to another few thousand too."""

from __future__ import annotations

from .support import summary


def test_a_missions_patrols_gunships_and_bases_are_counted():
    found = summary(
        "Peacekeepers carried out more than 1,200 patrols in the first month. The mission "
        "received three helicopter gunships from Ethiopia. Six forward operating bases were "
        "handed to the army. About 150 militants wait at some 20 launch pads across the line."
    )
    assert [f[0] for f in found] == [
        "more than 1,200 patrols",
        "three helicopter gunships",
        "Six forward operating bases",
        "About 150 militants",
        "some 20 launch pads",
    ]
    assert found[2][1] == "structure"


def test_a_border_villages_rooms_greenhouses_and_hives_are_counted():
    found = summary(
        "The ministry plans to build 1,200 protected rooms in homes near the border. The report "
        "listed 2,500 beehives burned by shells and 47 greenhouses wrecked in Khiam."
    )
    assert [(f[0], f[1]) for f in found] == [
        ("1,200 protected rooms", "structure"),
        ("2,500 beehives", "other"),
        ("47 greenhouses", "structure"),
    ]


def test_passers_by_shepherds_porters_and_contractors_are_people():
    found = summary(
        "Two passers-by were wounded. Troops seized two shepherds grazing their flocks. Two "
        "porters hired by the army were abducted. Three British security contractors were "
        "killed in the strike. The council said 25 of its inspectors were posted at the border."
    )
    assert found == [
        ("Two passers-by", "person", "injured"),
        ("two shepherds", "person", "kidnapped"),
        ("Two porters", "person", "kidnapped"),
        ("Three British security contractors", "person", "killed"),
        ("25 of its inspectors", "person", "other"),
    ]


def test_bundles_and_truckloads_are_aid():
    found = summary(
        "The planes released 38,000 meals in 66 bundles along the coast. Some 1,100 truckloads "
        "were sitting in the holding area."
    )
    assert found == [
        ("38,000 meals", "other", "aid"),
        ("66 bundles", "other", "aid"),
        ("Some 1,100 truckloads", "other", "aid"),
    ]


def test_a_forces_running_total_is_a_count_of_it():
    found = summary(
        "Moscow had also deployed 300 military instructors, bringing its declared presence to 535."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("300 military instructors", "combatants"),
        ("535", "combatants"),
    ]


def test_the_strength_a_plan_envisaged_is_a_count_of_the_force():
    found = summary(
        "The mission has about 1,000 personnel, well short of the 2,500 initially envisaged."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("about 1,000 personnel", "combatants"),
        ("2,500", "combatants"),
    ]


def test_what_is_handed_to_people_is_aid_whoever_they_are():
    found = summary(
        "The Red Cross said it had handed food parcels to 400 returning families. Aid groups "
        "delivered food parcels to 23,000 households and hygiene kits to another 8,000 "
        "families."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("400 returning families", "aid"),
        ("23,000 households", "aid"),
        ("8,000 families", "aid"),
    ]


def test_prisoners_handed_over_are_no_aid():
    assert summary("Israel handed over 95 prisoners to the Red Cross.") == [
        ("95 prisoners", "person", "arrested")
    ]

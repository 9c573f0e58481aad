"""The forms that tell a past or a peace, in the press of less-covered wars and in feed
summaries: weapons handed over to be destroyed, a truce about to begin, life resuming
where the fighting was, an attack named by its year, a label of terrorism, and the
violence of past years behind a health campaign."""

from __future__ import annotations

import pytest

from .support import tag

_HANDOVER = [
    "The group, which broke away from the rebels, handed over a first batch of weapons and "
    "explosives in a ceremony in the mountains on Saturday, the government's peace office said.",
    "A team of United Nations and army experts received rifles, grenades and several hundred "
    "kilos of explosive material, which were later destroyed in a controlled detonation.",
    "The group's leaders signed an agreement with the government last year.",
    "About 150 of its members are expected to join programmes in two municipalities.",
    "'We want the communities to know that these weapons will never be used again,' the "
    "group's spokesman said.",
    "Critics said the process lacked clear guarantees for victims.",
]


def test_weapons_handed_over_to_be_destroyed_are_no_attack():
    found = tag("Former rebels hand over weapons for destruction", " ".join(_HANDOVER))
    assert not found.is_conflict


def test_a_handover_beside_a_fresh_attack_is_still_news():
    body = " ".join(
        [
            "Gunmen ambushed an army patrol near the border on Tuesday, killing 12 soldiers, "
            "the army said.",
            *_HANDOVER[:3],
        ]
    )
    assert tag("Gunmen kill 12 soldiers in border ambush", body).is_conflict


# past events, peace, labels and policing: their war words report no violence now
_NOT_CONFLICT = [
    pytest.param(
        "Israel and Hamas agree to first phase of Gaza deal; ceasefire to begin within 24 hours",
        "Israel and Hamas have agreed to the first phase of a plan to end the war in Gaza, "
        "mediators said on Thursday, with a ceasefire to take effect and hostages to be freed "
        "within days. Israeli troops are to pull back to an agreed line.",
        id="a_truce_about_to_begin_frames_its_summary",
    ),
    pytest.param(
        "Palma: market reopens as returning families rebuild",
        "The main market of Palma reopened on Sunday for the first time since 2021, as "
        "thousands of families return to the town in Cabo Delgado province, district officials "
        "said. Traders who had fled to Pemba sold fish and clothes at new stalls, and a bank "
        "branch opened the same week. The administrator said that more than 30,000 people had "
        "returned in recent months, and that the water supply and the health centre were "
        "working again. Many houses are still roofless, and returning families are rebuilding "
        "them with materials supplied by aid agencies. Mozambican and Rwandan forces keep "
        "positions in the town, and a night curfew remains in force. 'We came back with "
        "nothing, but at least we are home,' said a woman selling coconuts. Schools have "
        "reopened in the district.",
        id="a_market_reopening_where_families_return_is_recovery",
    ),
    pytest.param(
        "A decade on, families gather in Peshawar to remember the 2014 massacre",
        "Families of the children and teachers killed in the attack on the Army Public School "
        "gathered on Monday to lay wreaths at the memorial. Militants stormed the school on "
        "December 16, 2014 and killed more than 140 people, most of them students. Candles "
        "were lit in the auditorium, and a minute of silence was observed. Parents said they "
        "were still waiting for accountability. 'Every December our wounds open again,' said "
        "a mother. Some former students now work as doctors and teachers.",
        id="an_attack_named_by_its_year_is_remembered_not_reported",
    ),
    pytest.param(
        "Ecuador extradites gang leader to the United States",
        "Ecuador extradited the leader of the Los Choneros gang to the United States on Sunday, "
        "a month after his recapture ended more than a year on the run, the president said. He "
        "faces charges in a federal court and could be sentenced to life in prison. He was "
        "flown out on a US aircraft. The president, who has declared the gangs terrorist "
        "organisations and ordered the army into the prisons, called the extradition a "
        "victory. The gang is accused of running cocaine shipments through the ports.",
        id="gangs_declared_terrorist_organisations_is_a_label",
    ),
    pytest.param(
        "Polio drive begins in the southern districts amid low trust",
        "A five-day polio vaccination campaign began on Monday, with health officials aiming "
        "to reach 2.5 million children. About 30,000 teams were deployed, accompanied by "
        "police. Officials said refusals by parents remained a major obstacle. Militants have "
        "attacked vaccination teams in the province in past years, and some teams still work "
        "only in the morning. Wild poliovirus is still endemic in two countries.",
        id="militant_attacks_in_past_years_are_a_vaccination_campaigns_background",
    ),
    pytest.param(
        "Government sends 2,000 more troops to southern border",
        "The defence ministry is sending 2,000 troops to the border, officials said on Tuesday, "
        "to support the border patrol with surveillance and logistics. The soldiers will not "
        "take part in law enforcement, a defence official said. About 3,000 National Guard "
        "members are already deployed along the border. Military aircraft will also fly "
        "deportation flights.",
        id="troops_sent_to_a_border_for_migration_are_no_operation",
    ),
    pytest.param(
        "President calls border crossings an 'invasion' as he signs orders",
        "The president on Monday declared a national emergency at the border and called "
        "illegal crossings an 'invasion', signing orders to restart construction of the wall. "
        "Opposition lawmakers said they would fight the measures in court.",
        id="migration_called_an_invasion_is_rhetoric",
    ),
    pytest.param(
        "State assembly passes anti-lynching bill",
        "The state assembly on Monday passed a bill that makes lynching punishable with life "
        "imprisonment and a fine. The opposition walked out, saying existing laws were "
        "sufficient. The government said the bill would create a special officer in each "
        "district.",
        id="a_law_against_lynching_reports_none",
    ),
    pytest.param(
        "Ituri: community leaders hold dialogue in Bunia on return of displaced",
        "Hema and Lendu community leaders met in Bunia this week for a dialogue organised by "
        "provincial authorities and the UN mission on the return of displaced families to their "
        "villages in Djugu. Participants called for the rebuilding of schools and health "
        "centres and for land disputes to be settled by traditional courts.",
        id="communities_in_dialogue_on_returns_are_peace",
    ),
    pytest.param(
        "Police detain 48 in operation against mafia-style gang",
        "Police detained 48 suspects in simultaneous raids across 12 districts on Tuesday in an "
        "operation against a gang accused of extortion and armed attacks on businesses, the "
        "prosecutor's office said. Police seized 23 pistols, three rifles and ammunition.",
        id="a_police_operation_against_a_gang_is_policing",
    ),
    pytest.param(
        "Court jails man who trained suicide bombers for airport attacks",
        "A court on Tuesday sentenced a man to 20 years in prison for training and equipping "
        "the suicide bombers who attacked the airport and a metro station in 2016, killing 32 "
        "people.",
        id="a_sentence_of_years_in_prison_is_a_court_story",
    ),
]


@pytest.mark.parametrize(("title", "text"), _NOT_CONFLICT)
def test_a_past_a_peace_a_label_or_policing_is_no_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_a_war_named_by_its_year_stays_a_yardstick_for_todays_toll():
    found = tag(
        "Cars jam coastal highway as families flee south Lebanon",
        "Thousands of cars crawled north from Tyre toward Beirut on Monday as Israeli jets "
        "pounded villages in the south. Schools in Beirut were turned into shelters. The health "
        "ministry said 492 people had been killed in a single day, the deadliest since the 2006 "
        "war.",
    )
    assert found.is_conflict


def test_suicide_bombers_are_explosions_as_well_as_terrorism():
    found = tag(
        "Suicide bombers and gunmen attack crowds outside Kabul airport",
        "Two suicide bombers and gunmen attacked crowds of Afghans waiting outside Kabul "
        "airport on Thursday, killing at least 170 people. Islamic State claimed the attack.",
    )
    assert {"explosions_remote_violence", "terrorism"} <= {h.tag for h in found.tags}


def test_vigilantes_are_no_vigil():
    # "vigil" is a peaceful gathering; "vigilantes" who shoot herders are not one
    found = tag(
        "Vigilantes kill 12 herders at weekly market",
        "Members of a local vigilante group shot dead at least 12 herders at a weekly market on "
        "Thursday, residents said, accusing them of links to bandits who raided villages. A "
        "resident said the vigilantes rounded up herders who had brought cattle for sale.",
    )
    assert found.is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a name that starts like a history word is no history: Nazir, Nazia; Pickett
        (
            "Militants attack police post in Bajaur",
            "Militants armed with rifles and grenades attacked a police post in Bajaur overnight, "
            "killing four policemen, district police officer Nazir Khan said.",
        ),
        (
            "Gunmen kill five in raid on village",
            "Gunmen stormed a village in the north on Sunday and shot dead five people, said "
            "Nazia Bibi, a local councillor.",
        ),
    ],
)
def test_a_name_that_starts_like_a_history_word_dates_nothing(title, text):
    found = tag(title, text)
    assert found.is_conflict and found.score > 0.9


def test_an_invasion_by_an_army_is_still_one():
    found = tag(
        "Troops pour across the border as the invasion begins",
        "Tanks and troops crossed the border at dawn and missiles struck airports across the "
        "country as the invasion began, officials said. Border guards fired on the columns.",
    )
    assert found.is_conflict


def test_a_dialogue_beside_a_fresh_massacre_is_still_news():
    found = tag(
        "Militia kills 40 in Ituri as leaders meet for dialogue",
        "CODECO militiamen attacked a camp for displaced people near Djugu overnight, killing "
        "at least 40 people with machetes and guns, the army said, as community leaders met "
        "in Bunia for a dialogue on returns.",
    )
    assert found.is_conflict


def test_an_army_operation_against_insurgents_is_still_one():
    found = tag(
        "Army launches operation against insurgents in the north",
        "The army launched an operation against insurgents in the north on Tuesday, with air "
        "strikes on their camps and ground troops advancing on two villages, officials said.",
    )
    assert found.is_conflict


def test_a_neo_nazi_gunman_is_todays_terror_not_history():
    found = tag(
        "Neo-Nazi gunman kills two near synagogue; prosecutors treat it as terrorism",
        "A gunman with neo-Nazi views shot dead two people outside a synagogue on Wednesday "
        "after failing to break down its door, and federal prosecutors took over the case as "
        "an act of terrorism.",
    )
    assert found.is_conflict and found.score > 0.9


def test_a_siege_or_massacre_named_by_its_year_as_a_yardstick_dates_nothing():
    found = tag(
        "Last hospital hit again, doctors say",
        "Paramilitary forces shelled the city's last hospital on Friday, killing 30 patients and "
        "relatives in the deadliest attack on the city since the 2024 siege began, a doctors' "
        "network said.",
    )
    assert found.is_conflict and found.score > 0.9
    found = tag(
        "Gunmen kill 40 in deadliest attack since 2014 massacre",
        "Gunmen killed 40 villagers on Sunday in the deadliest attack in the region since the "
        "2014 massacre, officials said.",
    )
    assert found.is_conflict and found.score > 0.9

"""The text around wars: convictions, sanctions, the arms industry, the care of the
wounded, a ceasefire that holds, party contests and police busting an arms ring report no
armed conflict. A review of the first version of these rules (245 probes) found them
demoting real reports: what happened "during the bombardment", convicts who stormed a
position, counts of the dead, the names of this week's dead read at a funeral, a party's
members killed at a rally, voters shot at, a strike on a prosthetics clinic, "a new chapter"
of a war. Those stay conflict."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Court convicts militia commander of war crimes",
            "A court in The Hague found a former militia commander guilty of 14 counts of war "
            "crimes, including murder and rape, committed in Ituri in 2003. Sentencing will "
            "follow at a later hearing.",
        ),
        (
            "Britain sanctions settler outposts",
            "The Foreign Office said it had frozen the assets of two settler outposts it accused "
            "of intimidating Palestinian herders, and barred their leaders from entering the "
            "UK. Israel's government called the sanctions one-sided.",
        ),
        (
            "Arms maker opens a new shell factory in Spain",
            "The company's new plant will produce 200,000 artillery shells a year and make "
            "rocket motors. The defence minister attended the opening.",
        ),
        (
            "Inside a rehabilitation centre for wounded soldiers",
            "Men who lost legs to mines and artillery on the front practise with new "
            "prostheses while physiotherapists watch.",
        ),
        (
            "Ceasefire holds for a second night along the border",
            "The ceasefire held for a second night on Wednesday, the army said, and the two "
            "countries' military operations chiefs spoke by hotline. Schools reopened in "
            "border towns.",
        ),
        (
            "The battle for the soul of the party has only just begun",
            "The leadership contest has been billed as a skirmish, but both wings of the party "
            "see a chance to retake ground lost at the last election and win back voters.",
        ),
        (
            "City's new tram line was built during the war",
            "The new tram line, built largely during the war, opened on Monday and its "
            "underground stops can serve as shelters for 2,000 people.",
        ),
        (
            "Police break up a ring selling rifles",
            "Police arrested six people accused of selling rifles and grenades to criminal "
            "groups, and seized 120 weapons.",
        ),
    ],
)
def test_the_text_around_a_war_is_not_a_report_of_it(title, text):
    assert not tag(title, text).is_conflict


def test_a_strike_told_beside_a_sanctions_package_is_still_conflict():
    conflict = tag(
        "EU readies new sanctions after deadly missile strike on Dnipro",
        "The European Union is drafting a new sanctions package against Russia. It was drawn "
        "up after a Russian missile strike on Dnipro killed at least 25 people in an "
        "apartment block on Tuesday.",
    )
    assert conflict.is_conflict
    assert "explosions_remote_violence" in tags_of(conflict)


def test_military_operations_chiefs_are_no_military_operation():
    conflict = tag(
        "Army chiefs talk by hotline",
        "Israeli strikes killed 12 people in Rafah, and the two armies' military operations "
        "chiefs spoke by hotline.",
    )
    assert "military_operation" not in tags_of(conflict)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "Two paramedics were wounded during the bombardment of Kherson on Sunday."),
        (
            "Drone attack hits Russian drone factory",
            "Ukrainian drones struck a plant in Yelabuga that manufactures Shahed drones, "
            "causing a large fire, Russian regional officials said on Saturday.",
        ),
        (
            "",
            "Police fired tear gas and rubber bullets at thousands of protesters outside "
            "parliament in Tbilisi on Sunday, a day after Washington announced sanctions on "
            "Georgian officials.",
        ),
        (
            "",
            "Aid trucks have been barred from entering northern Gaza for a tenth week, and "
            "children are dying of malnutrition, the WFP said.",
        ),
        (
            "",
            "Wagner convicts stormed Ukrainian positions outside Soledar in waves on Sunday, "
            "and hundreds were killed, Ukraine's military said.",
        ),
        (
            "",
            "Kyiv and Moscow's counts of the dead differ: Ukraine said 40 people were killed "
            "when a Russian missile hit the market in Kostiantynivka on Wednesday.",
        ),
        (
            "",
            "Mourners read the names of the 14 people killed in Saturday's Russian missile "
            "strike on Sumy at a funeral on Monday, as air raid sirens sounded again.",
        ),
        (
            "",
            "A suicide bomber blew himself up at a rally of the JUI-F party in Bajaur on "
            "Sunday, killing 54 people, many of them the party's members, police said.",
        ),
        (
            "",
            "Police fired live rounds at voters queuing in Maputo's suburbs on Thursday, "
            "killing two, after opposition supporters torched a police post, witnesses said.",
        ),
        (
            "",
            "An Israeli strike hit the only prosthetics clinic in northern Gaza on Tuesday, "
            "killing two staff members, the health ministry said.",
        ),
        (
            "",
            "Sudan's war entered a bloody new chapter on Sunday as RSF fighters stormed the "
            "last functioning hospital in El Fasher, killing dozens of patients, the WHO said.",
        ),
        (
            "",
            "The army said the general, who died at the age of 58, was killed on Thursday "
            "when rebels shot down his helicopter over Jonglei.",
        ),
    ],
)
def test_reports_beside_those_words_stay_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a second review's probes, broken by the first narrowing
        (
            "",
            "Russian shelling killed three civilians in Kherson on Friday, hours after a court "
            "in Moscow found a Ukrainian soldier guilty of terrorism.",
        ),
        (
            "",
            "A military court convicts 30 protesters as security forces fire tear gas at crowds "
            "outside the courthouse in Conakry, witnesses said.",
        ),
        (
            "",
            "In Ecuador, criminal groups detonated car bombs outside two police stations and "
            "held prison guards hostage, and the president declared an internal armed conflict.",
        ),
        (
            "",
            "Supporters of rival candidates clashed with machetes and stones outside the party "
            "conference venue in Nakuru, leaving three people dead, police said.",
        ),
        (
            "",
            "The truce held only briefly: by dawn, Israeli strikes had killed 30 people across "
            "Gaza, the civil defence agency said.",
        ),
        (
            "Sudan",
            "A ceasefire was holding in El Obeid on Monday, but RSF drones struck a fuel depot "
            "in Port Sudan, starting a huge fire.",
        ),
        (
            "",
            "Gunmen believed to be herders killed 43 people in Yelwata overnight, in what the "
            "Benue governor called a war on farmers.",
        ),
        (
            "Red Sea",
            "The US announced sanctions on Houthi financiers on Tuesday, hours after the group "
            "fired two anti-ship missiles at a Greek-owned tanker in the Red Sea.",
        ),
        (
            "",
            "Israeli troops raided the Artificial Limbs and Polio Centre in Gaza City, the "
            "enclave's only prosthetics provider, and detained staff, the WHO said.",
        ),
    ],
)
def test_reports_beside_court_party_truce_and_sanctions_words_stay_conflict(title, text):
    assert tag(title, text).is_conflict


def test_a_hostage_release_deal_announced_is_diplomacy():
    found = tag(
        "Qatar announces four-day humanitarian pause in Gaza with hostage release deal",
        "The foreign ministry announced on Wednesday that mediation had produced an agreement "
        "for a four-day pause, under which 50 women and children held hostage would be "
        "exchanged for prisoners. The pause will allow more aid and fuel to enter the strip.",
    )
    assert not found.is_conflict


def test_a_hostage_deal_beside_fresh_strikes_is_still_conflict():
    found = tag(
        "Strikes kill 40 as hostage deal talks stall",
        "Israeli air strikes killed at least 40 people across Gaza overnight, the health "
        "ministry said, as negotiators struggled to close a hostage release deal.",
    )
    assert found.is_conflict


def test_a_raid_on_a_budget_is_no_military_operation():
    found = tag(
        "Aid budget raided for asylum hotels",
        "Ministers were accused of a raid on the aid budget after figures showed a third of it "
        "was spent on hotels for asylum seekers at home.",
    )
    assert "military_operation" not in tags_of(found)


def test_a_charity_concert_for_a_wars_victims_is_no_report_of_it():
    found = tag(
        "Charity concert raises $1.2m for Gaza relief",
        "A charity concert on Saturday night raised $1.2 million for humanitarian relief in "
        "Gaza, the Red Cross said. The funds will go to medical supplies and food parcels.",
    )
    assert not found.is_conflict


def test_a_fundraiser_beside_a_strike_is_still_conflict():
    found = tag(
        "Fundraiser for hospital hit by air strike",
        "Volunteers held a fundraiser on Sunday for the hospital, where an air strike killed "
        "12 patients on Friday, the health ministry said.",
    )
    assert found.is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "US determines Sudan's RSF committed genocide, sanctions its leader",
            "The United States has determined that members of the Rapid Support Forces and allied "
            "militias committed genocide in Sudan, the secretary of state said, announcing "
            "sanctions on the group's leader.",
        ),
        (
            "Court orders state to prevent genocidal acts",
            "The International Court of Justice ordered the state to take all measures to prevent "
            "genocidal acts, but stopped short of ordering a ceasefire, in a ruling welcomed by "
            "the applicants.",
        ),
    ],
)
def test_a_finding_of_genocide_is_a_charge_weighed_not_a_report(title, text):
    assert not tag(title, text).is_conflict


def test_a_massacre_told_with_the_word_genocide_is_still_conflict():
    found = tag(
        "Militia kills 200 villagers in Darfur",
        "RSF fighters killed at least 200 villagers in West Darfur on Monday and committed "
        "genocide, survivors said.",
    )
    assert found.is_conflict

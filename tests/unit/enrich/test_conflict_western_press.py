"""Terrorism and political violence as the Western press tells them (eval/dev63's register):
the attack comes in the words of a crime story (a gunman, a suspect, prosecutors) and its end
in the motive the authorities give it; the motive named for a trial, a plot or a gang is not
an attack."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Gunman kills six at bowling alley",
            "A gunman shot dead six people at a bowling alley on Saturday night before he was "
            "arrested, police said. The suspect had posted a racist manifesto online, and "
            "prosecutors said the attack had a right-wing extremist motive.",
        ),
        (
            "Family run down by pickup truck on evening walk",
            "Three members of a family were killed when a man deliberately drove a pickup truck "
            "into them on Sunday evening. Police said they had been targeted because of their "
            "faith, and the driver was charged with murder.",
        ),
        (
            "Two shot dead near the cathedral",
            "A man shot dead two people near the cathedral on Monday and fled on a scooter. The "
            "national prosecutor said the shooting was being investigated as terrorism, and the "
            "government raised the threat level to its highest.",
        ),
        (
            "Party headquarters hit by firebombs",
            "A man threw several firebombs at the headquarters of the ruling party early on "
            "Saturday, a week before the election, police said. No one was hurt.",
        ),
        (
            "Nine shot dead at church Bible study",
            "A gunman shot dead nine people at a church Bible study on Wednesday evening. Police "
            "described the killings as a hate crime, and the suspect was arrested the next day.",
        ),
        (
            "Former premier shot during campaign speech",
            "The former prime minister died in hospital after being shot from behind during a "
            "campaign speech, and the suspect was arrested at the scene.",
        ),
    ],
)
def test_an_attack_with_the_motive_the_authorities_give_it_is_conflict(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is True, conflict
    assert tags_of(conflict)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Fourth tobacco shop firebombed this month",
            "A tobacco shop was firebombed overnight, the fourth this month linked to the illicit "
            "tobacco trade, police said. No one was hurt, and detectives are looking for two men.",
        ),
        (
            "Man jailed for life over racist attack",
            "A man was jailed for life on Friday for a racist attack on a shopkeeper in 2019, "
            "after the jury heard he had a far-right motive.",
        ),
        (
            "Drivers warned after car ploughs into bus stop",
            "A car ploughed into a bus stop after its driver suffered a medical episode, injuring "
            "four people, police said, ruling out any deliberate act.",
        ),
        (
            "Drones seen over air bases for third night",
            "Small drones were seen over two air bases on several nights this week, the air "
            "force said, adding that they were not considered hostile.",
        ),
        (
            "Six arrested over alleged plot to attack army barracks",
            "Counter-terrorism police arrested six men in raids on Tuesday on suspicion of "
            "planning an attack on an army barracks. No attack had been carried out.",
        ),
        (
            "Coroner finds gunmen were driven by extremist beliefs",
            "The coroner found on Thursday that the three people who shot dead two police officers "
            "at a rural property two years ago carried out a religiously motivated terrorist "
            "attack, and made ten recommendations.",
        ),
        (
            "Attacker denied parole",
            "A court rejected a request for parole by the far-right extremist who killed 77 people "
            "in a bombing and a shooting in 2011.",
        ),
        (
            "City marks five years since market attack",
            "Hundreds gathered on Sunday to mark five years since the truck attack on the "
            "Christmas market, with a memorial service and a minute's silence.",
        ),
        (
            "Missile lands in sea after flying over islands",
            "A ballistic missile fired by the North flew over the islands and landed in the "
            "Pacific Ocean, the defence ministry said, and residents were told to take shelter.",
        ),
        # what institutions say of extremism, with no attack (a probe review of 2026-11-27)
        (
            "Threat level raised to substantial",
            "The counter-terrorism coordinator raised the national threat level on Tuesday, "
            "citing violent extremism online, but said there was no concrete indication of a "
            "planned attack.",
        ),
        (
            "Teenager charged over alleged plot",
            "A 15-year-old was charged with preparing a terrorist act after police found he had "
            "shared a racist manifesto online, police said. There was no immediate threat.",
        ),
        (
            "Hate crimes rose last year, FBI says",
            "Reported hate crimes rose by 7% last year, the FBI said in its annual statistics. "
            "Racially motivated killings remained rare.",
        ),
    ],
)
def test_a_trial_a_gang_war_or_an_accident_is_not(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is False, conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Teacher stabbed to death at school; anti-terror prosecutors take the case",
            "A teacher was stabbed to death and two other people were wounded on Friday at a "
            "school by a former pupil, police said. The attacker was known to the intelligence "
            "services, and the government raised the alert level.",
        ),
        (
            "Two killed in attack outside synagogue",
            "Two men were killed when an attacker drove a car into people outside a synagogue "
            "and then stabbed a guard. Armed officers shot the attacker dead, and "
            "counter-terrorism police have taken over the investigation.",
        ),
        (
            "Two embassy staff shot dead in Washington",
            "Two embassy employees were shot dead as they left an event on Wednesday night. "
            "The police said they were investigating the killings as an act of targeted "
            "terrorism, and security was stepped up at the embassy.",
        ),
        (
            "Man stabbed to death outside station; counter-terror police take up the case",
            "A man was stabbed to death outside the central station on Sunday evening by an "
            "attacker who shouted slogans, police said. Counter Terrorism Policing has taken "
            "up the case, and the attacker was arrested at the scene.",
        ),
    ],
)
def test_an_attack_whose_case_the_anti_terror_police_take_is_conflict(title, text):
    assert tag(title, text).is_conflict


def test_the_anti_terror_police_leading_an_inquiry_into_a_plot_report_no_attack():
    found = tag(
        "Three men arrested over alleged plot",
        "Three men were arrested in dawn raids over an alleged plot to attack a concert, and "
        "counter-terrorism police are leading the investigation. No one was hurt.",
    )
    assert not found.is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Van ploughs into crowd at harbour festival",
            "A van drove into a crowd at the harbour festival on Saturday evening, killing "
            "eight people and injuring more than 30. The driver was detained by bystanders "
            "near the fish market. The vehicle hit people for about 200 metres before it came "
            "to a stop against a lamp post. The national prosecutor said on Sunday that his "
            "office was treating the incident as a terrorist attack. The festival was "
            "cancelled and flags flew at half-mast across the city.",
        ),
        (
            "Police officer dies two days after stabbing at rally",
            "A police officer who was stabbed at a rally in the city centre on Friday died of "
            "his injuries on Sunday, the interior ministry said. A man attacked several people "
            "at a stall before the officer stepped in and was struck in the neck. The suspect "
            "was shot in the leg by another officer and remains in hospital. Federal "
            "prosecutors have taken over the case and are treating the attack as an act of "
            "terrorism. A vigil was held outside the town hall on Sunday evening.",
        ),
    ],
)
def test_a_toll_with_no_armed_man_beside_it_counts_once_the_attack_is_named_terror(title, text):
    """The driver and the knifeman are no armed men, and the stabbing and the prosecutors
    make it a crime story, until a later sentence names the attack: then its toll is the
    attack's."""
    conflict = tag(title, text)
    assert conflict.is_conflict is True, conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Dozens killed as gold mine collapses in the north",
            "At least 40 miners were killed when the walls of an unlicensed gold mine "
            "collapsed on Thursday, officials said. Rescuers dug through the night and "
            "pulled out 12 survivors. The mine lies in a region where jihadist groups have "
            "been active for years, and where the army escorts convoys on the main road. The "
            "government suspended artisanal mining in the area for a month.",
        ),
    ],
)
def test_a_group_named_in_the_background_does_not_make_a_toll_an_attack(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is False, conflict


def test_an_attack_on_a_crowd_after_the_fireworks_is_no_fireworks_accident():
    """The show the crowd came to watch does not frame the story as a fireworks accident."""
    conflict = tag(
        "A lorry drives into the crowd on the seafront after the New Year fireworks",
        "The fireworks had just ended when a rented lorry turned onto the seafront promenade "
        "late on Sunday. For more than a kilometre the driver steered into families walking "
        "home, before police officers shot him dead in the cab. At least 14 people were "
        "killed, among them three children, the interior ministry said. Dozens more are in "
        "hospital, some in a critical condition. Witnesses described bodies lying under "
        "sheets along the promenade. The anti-terrorism prosecutor took charge of the case "
        "during the night. The mayor declared three days of mourning.",
    )
    assert conflict.is_conflict is True, conflict


def test_fireworks_that_explode_in_a_warehouse_are_an_accident():
    conflict = tag(
        "Fireworks explosion at warehouse kills nine",
        "A stockpile of fireworks exploded in a warehouse on the edge of the town on Tuesday, "
        "killing nine workers and injuring 20, firefighters said. The blaze burned for hours.",
    )
    assert conflict.is_conflict is False, conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Seven killed at church prayer meeting; suspect arrested",
            "A gunman who sat through a prayer meeting at a church on Elm Street opened fire on "
            "Wednesday night, killing seven people, police said. The suspect was arrested the "
            "next morning at a petrol station. The police chief called the killings a hate "
            "crime. Survivors said the gunman made racist statements before firing.",
        ),
        (
            "Gunman kills eight at synagogue during morning service",
            "A gunman who shouted antisemitic slurs stormed a synagogue during Saturday "
            "morning services, killing eight worshippers and wounding four people, the "
            "authorities said. The suspect surrendered after a gun battle with officers. "
            "Prosecutors said they would seek the death penalty.",
        ),
    ],
)
def test_a_killing_the_attackers_own_hatred_explains_is_conflict(title, text):
    """The motive in the police chief's words without 'as', or in the gunman's own words as
    survivors tell them; and a death penalty is no match's penalty."""
    conflict = tag(title, text)
    assert conflict.is_conflict is True, conflict


def test_a_stabbing_for_which_the_prosecutor_opens_a_terrorism_case_is_conflict():
    conflict = tag(
        "Police officer killed in station knife attack, prosecutor opens terrorism case",
        "A police officer was stabbed to death and a colleague was wounded on Thursday "
        "evening in a knife attack near the north station. The attacker was shot by officers "
        "and taken to hospital. The federal prosecutor's office has taken over the case. "
        "Police unions called a day of action and demanded better protection for officers.",
    )
    assert conflict.is_conflict is True, conflict

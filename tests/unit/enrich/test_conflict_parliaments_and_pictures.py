"""What parliaments do with wars that are over or elsewhere (dev235): amend a list of
terrorist organisations, cut overseas aid to pay for defence, recognise a genocide of the
past, hear of killings dated to past years. What the picture desk shows (dev237, dev239): a
war photographer's retrospective is an exhibition, and people who film a blast record it."""

from __future__ import annotations

from .support import explained, tag


def test_removing_a_group_from_the_list_of_terrorist_organisations_is_no_attack():
    found = tag(
        "Turkish MPs vote to strike PKK off list of terrorist organisations",
        "Turkey's parliament voted on Tuesday to remove the Kurdistan Workers' Party from its "
        "list of terrorist organisations, a step foreseen by the disarmament deal agreed in "
        "the spring. The motion passed by 402 votes to 87 after a nine-hour debate. Opposition "
        "nationalists walked out before the vote. The interior minister told the chamber that "
        "the group had handed over most of its weapons under the supervision of observers. "
        "Kurdish members applauded the result. The government said the delisting would allow "
        "former members to return home under a reintegration law.",
    )
    assert not found.is_conflict


def test_cutting_overseas_aid_to_pay_for_defence_is_a_budget_line_and_no_need():
    found, features = explained(
        "MPs back higher defence spending paid for by overseas aid cuts",
        "MPs backed the government's plan to raise defence spending to 3% of national income "
        "after a debate in the Commons on Wednesday. The defence secretary said the army needed "
        "more artillery, air defences and drones. Several backbenchers attacked the timetable "
        "as too slow. The chair of the international development committee said cutting "
        "overseas aid to pay for it would cost lives abroad. Ministers will publish a "
        "strategic defence review in the summer. The Treasury said the aid budget would fall "
        "to 0.3% of national income by 2027.",
    )
    assert not found.is_conflict
    assert features["neutral"] == 0.0  # no humanitarian need is reported


def test_a_parliament_recognising_a_genocide_of_the_past_reports_no_killing():
    found = tag(
        "Dutch parliament recognises the Armenian genocide, angering Ankara",
        "The Dutch lower house passed a motion on Thursday recognising the Armenian genocide. "
        "The motion was carried by 142 votes to 3. Turkey summoned the Dutch ambassador and "
        "said the vote was an insult. Up to 1.5 million Armenians were killed or died on "
        "forced marches. Members of the Armenian community watched from the gallery. The prime "
        "minister said relations with Turkey remained important.",
    )
    assert not found.is_conflict


def test_killings_a_hearing_dates_to_past_years_are_its_background():
    found = tag(
        "Senators told war crimes cases against special forces will take years",
        "A special investigator told a Senate committee on Thursday that cases arising from "
        "an inquiry into special forces would take years to reach court. The inquiry found "
        "that 26 prisoners and farmers had been unlawfully killed by soldiers between 2008 "
        "and 2012. One former soldier has been charged. Senators asked why senior officers had "
        "not been held to account. Families of the dead have yet to receive compensation, the "
        "committee heard. The hearing ran late into the night.",
    )
    assert not found.is_conflict


def test_killings_since_a_month_of_a_past_year_are_still_going_on():
    found = tag(
        "Strikes kill 31 in Khan Younis",
        "Israeli air strikes killed at least 31 people in Khan Younis overnight, the health "
        "ministry said. More than 40,000 people have been killed in Gaza since October 2023, "
        "the ministry said in March 2024. Families fled west towards Mawasi.",
    )
    assert found.is_conflict


def test_a_war_photographers_retrospective_is_an_exhibition():
    found = tag(
        "Tim Page retrospective: fifty years of war photography at the Barbican",
        "A wounded marine is carried through the mud at Khe Sanh in 1968, in one of the 180 "
        "prints of the Barbican's retrospective of Tim Page, which opened on Friday. The show "
        "moves from Vietnam and Cambodia to Afghanistan and ends with portraits of landmine "
        "survivors. Page printed much of the work himself. Critics have called it unflinching. "
        "One room shows his pictures of the famine in Ethiopia. The retrospective runs until "
        "March and then travels to Edinburgh.",
    )
    assert not found.is_conflict


def test_people_who_film_a_blast_record_it_and_tell_no_film():
    found = tag(
        "Residents film drones exploding over Odesa port",
        "Residents filmed Russian drones exploding over Odesa's port early on Tuesday as air "
        "defences opened fire, and at least four people were killed, the regional governor "
        "said. Grain silos and a warehouse were set ablaze. Hundreds of people sheltered in "
        "the metro.",
    )
    assert found.is_conflict


def test_the_date_a_statement_was_made_is_no_date_of_its_events():
    text = (
        "Two people were killed when several explosions hit a residential area of Smara late on "
        "Saturday, local authorities said. Residents said the blasts were caused by projectiles "
        "fired from east of the berm. The Polisario Front {when} that it was ending the 1991 "
        "ceasefire and has since claimed sporadic attacks on army positions. The UN mission "
        "sent a team to the sites."
    )
    title = "Explosions in Smara kill two"
    dated = tag(title, text.format(when="declared in November 2020"))
    undated = tag(title, text.format(when="declared"))
    assert dated.is_conflict
    assert dated.score == undated.score

"""Attribution (who reported a figure) and projection (expected, not yet happened)."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


def figs(text: str):
    text = normalise(text)
    return extract_figures("", text, [], split_sentences(text))


ATTRIBUTION = [
    # an acronym, then what it is, then the verb; a time clause after the verb
    ("About 5,000 people fled, UNHCR, the UN refugee agency, said on Monday.", ["UNHCR"]),
    ("The junta pardoned 5,864 prisoners, MRTV, the state broadcaster, reported.", ["MRTV"]),
    (
        "About 9,000 fighters are held in camps, Michael Kurilla, the head of US Central "
        "Command, said after visiting the region.",
        ["Michael Kurilla"],
    ),
    ("Six nuns have been freed, the archdiocese said on Friday.", ["the archdiocese"]),
    ("The charity Save the Children claims that 5,000 people have fled.", ["Save the Children"]),
    ("The UN says 5,000 people have fled.", ["the UN"]),
    ("According to UNHCR, 5,000 people have fled.", ["UNHCR"]),
    ("5,000 people have fled, according to the UN refugee agency.", ["the UN refugee agency"]),
    ("5,000 people have fled, the UN said.", ["the UN"]),
    ("5,000 people have fled, UNHCR said on Monday.", ["UNHCR"]),
    ("5,000 people have fled, said Andrej Mahecic.", ["Andrej Mahecic"]),
    ("Officials said 45 people were killed.", ["officials"]),
    ("At least 45 people were killed, police said.", ["police"]),
    ("Local officials told Reuters that 45 people were killed.", ["local officials"]),
    ("45 people were killed, the health ministry said in a statement.", ["the health ministry"]),
    (
        "More than 1.2 million people have been displaced, the UN refugee agency UNHCR said.",
        ["UNHCR"],
    ),
    ("Iraq's health ministry reported 45 deaths and 120 injured.", ["Iraq's health ministry"] * 2),
    (
        "At least 12 civilians were killed, according to the Syrian Observatory for Human Rights.",
        ["the Syrian Observatory for Human Rights"],
    ),
    (
        "The coalition said it killed 50 militants, but local sources put the civilian toll at 30.",
        ["the coalition", "local sources"],
    ),
    ("UNHCR, the UN refugee agency, said 5,000 people had fled.", ["UNHCR"]),
    ("Some 5,000 people have fled the town.", [None]),
    (
        "The fighting has uprooted 130,000 people, according to the U.N. Office for the "
        "Coordination of Humanitarian Affairs.",
        ["the U.N. Office for the Coordination of Humanitarian Affairs"],
    ),
    ("An estimated 45,000 people have been uprooted.", [None]),
    ("The group is believed to have 3,000 fighters.", [None]),
    (
        "The camp will take in 50,000 people, but the charity says it has just 16 latrines.",
        [None, "the charity"],
    ),
    # "according to X, which said": X; an adverb after the subject is not part of it
    (
        "About 9,000 people fled, according to the state emergency agency, which said it had "
        "opened six camps.",
        ["the state emergency agency", "the state emergency agency"],
    ),
    ("The agency still counts 11,400 displaced families.", ["the agency"]),
    # a plural possessive is part of the name
    (
        "Israel freed 90 detainees, the Palestinian Prisoners' Society said.",
        ["the Palestinian Prisoners' Society"],
    ),
    # institutions named by a common noun are sources too
    (
        "The camp still holds about 40,000 people, camp administrators said.",
        ["camp administrators"],
    ),
    ("Rescuers recovered 94 bodies, the coastguard said.", ["the coastguard"]),
    ("Police arrested 781 people for electoral offences, the force said.", ["the force"]),
    # a dateline before the subject is no part of it
    (
        "Homs, SANA - The Governor of Homs said 420 families had returned to the city.",
        ["the Governor of Homs"],
    ),
    (
        "Tehran, IRNA -- The ministry said 1,200 Afghans had left the country.",
        ["the ministry"],
    ),
    # "the 1980s." ends a sentence: its "s" is no initial
    (
        "The group had 25,000 fighters in the 1980s. The army said 47 rebels were killed.",
        [None, "the army"],
    ),
]


@pytest.mark.parametrize(("text", "agents"), ATTRIBUTION, ids=[a[0][:60] for a in ATTRIBUTION])
def test_attribution(text, agents):
    assert [f.attribution for f in figs(text)] == agents


def test_pronoun_takes_the_agent_of_an_earlier_sentence():
    got = figs(
        "UNHCR said in a statement on Monday that the situation was dire. "
        "It said 5,000 people had fled in the past week."
    )
    assert [f.attribution for f in got] == ["UNHCR"]


def test_it_after_a_definite_description_stands_for_the_name_before_it():
    got = figs(
        "Floods have killed 39 people since June, the interior ministry said on Monday. The "
        "ministry said 17 of them died in Maradi. The water has destroyed more than 6,400 "
        "houses, it said."
    )
    # "The ministry" is right as written; "it" stands for the ministry named before
    assert [f.attribution for f in got] == [
        "the interior ministry",
        "the ministry",
        "the interior ministry",
    ]


def test_it_after_a_description_of_a_kind_of_body_stands_for_the_body_named_before():
    got = figs(
        "The World Food Programme said on Tuesday that it had cut rations in the camps. The "
        "agency said 1.2 million people would get half rations. It said 300 trucks were stuck "
        "at the border."
    )
    # "The agency" is right as written; "it" stands for the programme named before
    assert [f.attribution for f in got] == ["the agency", "the World Food Programme"]


@pytest.mark.parametrize(
    "text",
    [
        "IOM said on January 22, 2026 that about 1.1 million people had gone home.",
        "IOM said on 22 January 2026 that about 1.1 million people had gone home.",
        "IOM said in 2025 that about 1.1 million people had gone home.",
    ],
)
def test_a_report_dated_with_its_year_still_reaches_the_clause_after_it(text):
    assert [f.attribution for f in figs(text)] == ["IOM"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "About 300 people slept in the temple's halls, according to the abbot.",
            "the abbot",
        ),
        ("The cells held as many as 60 men each, former detainees said.", "former detainees"),
        ("At least 40 Canadians left on the first flight, embassies said.", "embassies"),
        (
            "The study projected that up to 20,000 people could die of hunger by June.",
            "the study",
        ),
        (
            "Some 25 pupils were missing after the raid, the school's principal said.",
            "the school's principal",
        ),
    ],
)
def test_people_and_papers_quoted_by_what_they_are_are_sources(text, agent):
    assert [f.attribution for f in figs(text)] == [agent]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The ferry carried 53 passengers, according to the manifest.", ["the manifest"]),
        ("About 120,000 cars were written off, according to insurers.", ["insurers"]),
        # ... but not what names no one, nor a count's channel whose owner is elsewhere
        ("The ferry left with 53 passengers, according to plan.", [None]),
        ("Some 891 buildings were destroyed, according to satellite images.", [None]),
    ],
)
def test_whatever_the_copy_cites_is_its_source(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The defence ministry put its own losses at 80 servicemen.", ["the defence ministry"]),
        ("Local officials put the town's population at about 150,000.", ["local officials"]),
        # putting people somewhere reports nothing
        ("Police put 200 people at the scene under arrest.", [None]),
    ],
)
def test_a_source_puts_losses_and_populations_at_a_number(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("UNHCR aims to move a further 100,000 refugees before the rains.", ["UNHCR"]),
        ("The government hopes to bring 400,000 people home this year.", ["the government"]),
    ],
)
def test_who_aims_or_hopes_for_a_count_plans_it(text, agents):
    assert [f.attribution for f in figs(text)] == agents


def test_an_age_given_with_aged_between_commas_leaves_the_name_its_report():
    got = figs("Abdi Mohamed, aged 60, said he had lost 35 goats to the drought.")
    assert [f.attribution for f in got] == ["Abdi Mohamed"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "A UN satellite assessment found about 436,000 homes damaged or destroyed.",
            ["a UN satellite assessment"],
        ),
        (
            "The bombing killed more than 500 people, a government inquiry later found.",
            ["a government inquiry"],
        ),
        # who comes upon things finds no count: the police are no inquiry here
        ("Police found 12 bodies in the river on Sunday.", [None]),
    ],
)
def test_what_an_inquiry_found_it_reports(text, agents):
    assert [f.attribution for f in figs(text)] == agents


def test_a_bracketed_name_after_where_reports_its_clause():
    got = figs(
        "Most fled to Tawila, where Médecins Sans Frontières (MSF) said it had treated 400 "
        "wounded people."
    )
    assert [f.attribution for f in got] == ["Médecins Sans Frontières (MSF)"]


def test_it_after_an_army_or_a_government_is_still_theirs_not_a_body_named_before():
    got = figs(
        "The UN said on Monday that fighting had spread to the north. The army said it had "
        "killed 40 militants. It said 12 soldiers were wounded."
    )
    assert [f.attribution for f in got] == ["the army", "the army"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "The toll rose to 41, Health Minister Rana Haddad said on Thursday. About 2,000 "
            "people were wounded, she said.",
            ["Health Minister Rana Haddad", "Health Minister Rana Haddad"],
        ),
        (
            "Shelling killed six people, Kherson governor Oleksandr Prokudin said. He said "
            "about 9,000 people remained in the city.",
            ["Kherson governor Oleksandr Prokudin", "Kherson governor Oleksandr Prokudin"],
        ),
        (
            "At least 30 people died in the clashes, the head of the district council said. "
            "He said 400 families had fled.",
            ["the head of the district council", "the head of the district council"],
        ),
        (
            # "he" is a person: an office before an organisation's name is not one
            "The General Staff said 1,200 soldiers were killed. It also said 27 soldiers had "
            "been taken prisoner.",
            ["the General Staff", "the General Staff"],
        ),
    ],
)
def test_he_or_she_is_the_official_named_with_an_office_before(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The judiciary said 3,000 detainees had been pardoned.", "the judiciary"),
        ("A UN inquiry found that at least 171 civilians were killed.", "a UN inquiry"),
        ("The rights network gave a toll of between 110 and 180 people.", "the rights network"),
        ("The health ministry revised its toll down to 253.", "the health ministry"),
        ("The rebels said eight people died.", "the rebels"),
    ],
)
def test_findings_tolls_given_or_revised_and_more_institutions_report(text, agent):
    assert [f.attribution for f in figs(text)] == [agent]


def test_unresolved_pronoun_gives_no_agent():
    got = figs("The town is quiet now. He said 200 fighters had surrendered.")
    assert [f.attribution for f in got] == [None]


PROJECTION = [
    ("The UN says it expects at least 200,000 people to flee.", True),
    ("The camp is being expanded to eventually take in 50,000 people.", True),
    ("Up to 250,000 people could be displaced if the offensive goes ahead.", True),
    ("The plan is to resettle 10,000 Syrian refugees over the next two years.", True),
    ("Aid agencies are preparing for 100,000 people to arrive in the coming weeks.", True),
    ("Officials fear 1 million people may flee the city.", True),
    ("Some 5,000 people have fled to the camp.", False),
    ("As many as 600 people may have been killed, witnesses said.", False),
    ("At least 12 people were killed, and the toll could rise.", False),
    ("Up to 5,000 fighters are still in the city.", False),
    # needs, requests, promises and orders have not happened yet
    ("The agency needs another 4,000 family shelters before the rains.", True),
    ("Some 60,000 tents are needed in the north alone.", True),
    ("The government promised 5,000 food packages.", True),
    ("The president ordered a further 500 troops to the area.", True),
    # "the needs of" people counts them as they are
    ("Aid must meet the needs of 2,100 people in the camp.", False),
    # help planned for a count right after it; not a population already there, nor the
    # verb of another clause
    ("The UN released $15 million to help about 450,000 people in the worst-hit areas.", True),
    ("WFP says it has money to assist only half of the 910,000 refugees in Chad.", False),
    ("Spain sent troops to help clear mud, and more than 120,000 cars were written off.", False),
    ("Rescuers are expected to arrive, and 30 houses were destroyed overnight.", False),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTION, ids=[p[0][:60] for p in PROJECTION])
def test_projection(text, expected):
    (f,) = figs(text)
    assert f.projected is expected


TITLED_AND_TRANSLATED = [
    # an office, then the name between commas: the name reports
    (
        "The governor of Lualaba province, Fifi Masuka, said 14 people were killed.",
        ["Fifi Masuka"],
    ),
    (
        "Gunmen killed 9 farmers, the council chairman, Mr Terna Iorember, told journalists.",
        ["Mr Terna Iorember"],
    ),
    (
        "The army spokesman, Colonel Aminu Ilyasu, said 30 bandits were killed. Another 12 "
        "were arrested, he said.",
        ["Colonel Aminu Ilyasu", "Colonel Aminu Ilyasu"],
    ),
    # translated copy puts the verb first: "informed the National Police"
    (
        "Armed men killed six persons in a bar, informed the National Police.",
        ["the National Police"],
    ),
    # "states" after place names is a noun, not "says"
    (
        "Some 80,000 people returned to Kassala and Gedaref states this month, IOM said.",
        ["IOM"],
    ),
    # an office before a person's name stays, as the copy cites them; a descriptor
    # before an organisation's name goes
    (
        "About 600 people were evacuated, regional governor Ivan Fedorov said.",
        ["regional governor Ivan Fedorov"],
    ),
    (
        "Shelling killed 4 people, Kherson governor Oleksandr Prokudin said.",
        ["Kherson governor Oleksandr Prokudin"],
    ),
    ("About 600 people fled, the rights group HRANA said.", ["HRANA"]),
    # "declared" reports only a clause: "declared a state of emergency" reports nothing
    ("The government declared a state of emergency and deployed 900 troops.", [None]),
]


@pytest.mark.parametrize(("text", "want"), TITLED_AND_TRANSLATED)
def test_titled_names_and_translated_reporting_verbs(text, want):
    assert [f.attribution for f in figs(text)] == want


LINE_HEADS = [
    # a body named before a colon heads the line's figures, as posts and live blogs write
    (
        "Haiti Civil Protection: 1,600 families displaced from Carrefour-Feuilles.",
        ["Haiti Civil Protection"],
    ),
    (
        "Ministry of Public Health: 31 killed, 109 wounded in strikes today.",
        ["Ministry of Public Health"] * 2,
    ),
    ("LSK (Law Society of Kenya): 82 people abducted since June.", ["LSK"]),
    # a dateline, a place, a person's surname, a heading or a label heads nothing
    ("QUETTA: Gunmen killed 11 coal miners near Machh.", [None]),
    ("Kharkiv: Russian strikes killed 3 people overnight.", [None]),
    ("Key figures: 178,000 newly displaced individuals in Masisi.", [None]),
    ("Aid: about 15,000 people received food this week.", [None]),
    # a reporting verb in the line still wins
    ("Ministry of Health: 12 people were killed, police said.", ["police"]),
]


@pytest.mark.parametrize(("text", "want"), LINE_HEADS)
def test_a_body_named_before_a_colon_reports_the_line(text, want):
    assert [f.attribution for f in figs(text)] == want


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The municipality said about 300 homes had been damaged.", ["the municipality"]),
        (
            "The city's crisis cell said some 12,000 displaced people were staying in schools.",
            ["the city's crisis cell"],
        ),
        # a clause with no report of its own is still what the source said
        (
            "The government said 59,147 people were in 349 relief camps, while 4,786 houses "
            "had been burnt.",
            ["the government", "the government", "the government"],
        ),
        # ... but one with its own report is someone else's
        (
            "Officials said 12 soldiers were killed, while the rebels claimed 40 had died.",
            ["officials", "the rebels"],
        ),
    ],
)
def test_municipal_sources_and_clauses_that_share_the_report(text, agents):
    assert [f.attribution for f in figs(text)] == agents


APPOSITIVES = [
    # a body described, then its acronym between commas
    ("Gunmen killed at least nine civilians, the UN mission, MINUSCA, said.", ["MINUSCA"]),
    ("The riot killed 31 inmates, the prison service, SNAI, said on Wednesday.", ["SNAI"]),
    (
        "The UN humanitarian office, OCHA, said about 379,000 people had been affected.",
        ["OCHA"],
    ),
    # a person named after a comma, then what they are
    (
        "The attack killed 42 people, Javedullah Mehsud, a senior local official, said.",
        ["Javedullah Mehsud"],
    ),
    (
        "The toll rose to 1,480, Janan Sayeq, a spokesman for the disaster ministry, said on "
        "Monday.",
        ["Janan Sayeq"],
    ),
    # but a place before a named body is no person
    (
        "Gunmen killed 15 villagers in Mera village, Kebbe LGA, the Sokoto State Police "
        "Command said.",
        ["the Sokoto State Police Command"],
    ),
]


@pytest.mark.parametrize(("text", "want"), APPOSITIVES)
def test_names_in_appositions_and_no_day_as_a_source(text, want):
    assert [f.attribution for f in figs(text)] == want


def test_an_abbreviation_before_a_paragraph_break_ends_its_sentence():
    text = (
        "The ceasefire took effect at 4 a.m.\n\nThe government said more than 1.2 million "
        "people had fled their homes."
    )
    assert [s.text[:14] for s in split_sentences(text)] == ["The ceasefire ", "The government"]
    assert [f.attribution for f in figs(text)] == ["the government"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "Rwanda, which has about 4,000 troops in the province, said it would send another "
            "1,000 soldiers.",
            ["Rwanda", "Rwanda"],
        ),
        (
            "A railway official, who requested anonymity, said the train was carrying about 440 "
            "people.",
            ["a railway official"],
        ),
    ],
)
def test_a_relative_clause_between_commas_leaves_the_subject_its_report(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a live blog's time stamp and dash end the line's lead-in, not the subject
        (
            "09:12 - Poland's border guard says about 100,000 people crossed from Ukraine.",
            ["Poland's border guard"],
        ),
        # guards are bodies that report
        ("The coast guard said it had counted 112 boats landing on Tuesday.", ["the coast guard"]),
        (
            "Bangladesh border guards said they pushed back about 200 Rohingya.",
            ["Bangladesh border guards"],
        ),
        # a hyphenated name with letters beyond ASCII is one word
        (
            "Gunmen killed twelve civilians near Paoua, informed the prefect of Ouham-Pendé.",
            ["the prefect of Ouham-Pendé"],
        ),
    ],
)
def test_live_blog_stamps_guards_and_accented_hyphenated_names(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # two sources side by side report together
        (
            "At least 40 people were killed, witnesses and a health worker said.",
            ["witnesses and a health worker"],
        ),
        (
            "Some 300 families fled, a witness and a local rights group said.",
            ["a witness and a local rights group"],
        ),
        # but a clause before "and" is no source: its subject stays out
        (
            "Police arrested 30 people and officials said 40 others fled.",
            [None, "officials"],
        ),
        # "and" inside a name, after "according to"
        (
            "At least 12 people were killed, according to the Syria Justice and Accountability "
            "Centre.",
            ["the Syria Justice and Accountability Centre"],
        ),
        # counts kept and updated name their keeper
        ("Since March, DTM has tracked 2,910 households.", ["DTM"]),
        ("Later the ministry raised the toll to 24.", ["the ministry"]),
    ],
)
def test_coordinated_sources_names_with_and_and_counts_kept(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a clause before "and" is no source side by side with the one after it
        ("Israeli forces raided the camp and residents said 12 people were killed.", ["residents"]),
        (
            "Russia struck the city overnight and officials said 3 people were killed.",
            ["officials"],
        ),
        (
            "At least 9 people died, a camp official and a local militia member said.",
            ["a camp official and a local militia member"],
        ),
        # an actor that only tracks someone down reports nothing
        ("Security forces tracked the gunmen to a house and killed 5 of them.", [None]),
        ("Police tracked down 12 suspects after the attack.", [None]),
        (
            "The IOM's tracking matrix tracked 2,106 households newly displaced.",
            ["the IOM's tracking matrix"],
        ),
    ],
)
def test_clauses_before_and_and_actors_that_only_act_are_no_sources(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            # an office with its remit ("for", "in", "to") is a person: "he" is that person
            "UNICEF's representative in Nigeria said 1,680 children had been abducted. He "
            "said about 10,000 schools had closed.",
            ["UNICEF's representative in Nigeria", "UNICEF's representative in Nigeria"],
        ),
        (
            "The UN special coordinator for Lebanon said 100,000 people had fled. She said "
            "more than 9,000 homes were destroyed.",
            ["the UN special coordinator for Lebanon", "the UN special coordinator for Lebanon"],
        ),
        (
            # a hyphenated office is its first part's
            "The UNRWA commissioner-general said 280 staff had been killed. He said more "
            "than 190 installations had been damaged.",
            ["the UNRWA commissioner-general", "the UNRWA commissioner-general"],
        ),
        (
            # "and" between two capitals of one remit stays inside the name
            "The UN special representative for West Africa and the Sahel said violence had "
            "displaced more than 3 million people.",
            ["the UN special representative for West Africa and the Sahel"],
        ),
    ],
)
def test_offices_with_a_remit_are_people_and_keep_their_whole_name(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    "text",
    [
        # the means of speaking is no agent
        "The WHO representative said by video link that 19 hospitals were out of service.",
        # any audience after "told" is skipped, listed or not
        "Nineteen hospitals were out of service, the WHO representative told the weekly "
        "Geneva briefing.",
        "The WHO representative told an emergency session of the assembly that 19 hospitals "
        "were out of service.",
    ],
)
def test_the_means_and_the_audience_of_a_report_leave_its_speaker(text):
    assert [f.attribution for f in figs(text)] == ["the WHO representative"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a name with an office as its aside
        (
            "Rosny Jean-Baptiste, head of the National Human Rights Network, told AFP that at "
            "least 70 people had been killed.",
            "Rosny Jean-Baptiste",
        ),
        # a lowercase particle inside a place name
        (
            "Rio Grande do Sul's governor told reporters that more than 580,000 people had "
            "been forced from their homes.",
            "Rio Grande do Sul's governor",
        ),
        # an opening participle is no name before an aside
        (
            "Answering questions in the Senate, the interior minister said about 66,000 "
            "migrants had reached Italy.",
            "the interior minister",
        ),
        (
            "Briefing the council, the UN envoy for West Africa said more than 300 people had "
            "been killed.",
            "the UN envoy for West Africa",
        ),
    ],
)
def test_asides_particles_and_opening_participles_around_the_speaker(text, agent):
    assert [f.attribution for f in figs(text)] == [agent]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ('"We have found 11 bodies in the wells," a volunteer said.', "a volunteer"),
        ("The gunmen took 287 pupils from the school, a teacher told reporters.", "a teacher"),
        ("About 40 houses were burned overnight, a villager said by phone.", "a villager"),
    ],
)
def test_people_quoted_by_what_they_are_are_sources(text, agent):
    assert [f.attribution for f in figs(text)] == [agent]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Between 7,000 and 9,000 people crossed into Lebanon, per UNHCR.", ["UNHCR"]),
        ("Per the UN, 9,000 people crossed into Chad last week.", ["the UN"]),
        # "per" before a unit is no source
        ("Prices rose 5 per cent as 2,000 people fled, officials said.", ["officials"]),
        ("The government spoke of two deaths and 85 arrests.", ["the government"] * 2),
    ],
)
def test_per_a_source_and_spoke_of_report_a_figure(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("15:30 - Health ministry: six dead and 23 wounded so far.", ["Health ministry"] * 2),
        ("14:05 GMT - Civil defence: 40 people pulled from the rubble.", ["Civil defence"]),
    ],
)
def test_a_source_heading_a_live_blog_line_after_its_time_stamp(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a name in title case after the comma is the speaker, not an aside
        (
            "Fifty-nine hostages remain in Gaza, The Hostages and Missing Families Forum said.",
            ["the Hostages and Missing Families Forum"],
        ),
        # a body named by what it is reports what follows it
        (
            "Police said one journalist was killed; the movement says six members died.",
            ["police", "the movement"],
        ),
        ("About 20,000 residents had to leave their homes, the city said.", ["the city"]),
        # the description after a name stays an aside
        ("UNHCR, the UN refugee agency, said 3,000 people fled.", ["UNHCR"]),
    ],
)
def test_names_after_a_comma_and_bodies_named_by_what_they_are(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "and the" after a verb's object starts the speaker; it stays in a name only in a remit
        (
            "Troops entered Rafah and the Health Ministry said 35 people were killed.",
            ["the Health Ministry"],
        ),
        # a capitalised office with a short capitalised remit is a body: "It" resolves to it
        (
            "The UN High Commissioner for Refugees said more than 2 million had fled. It said "
            "300,000 of them were children.",
            ["the UN High Commissioner for Refugees"] * 2,
        ),
        # the office of a person is a body: "he" does not resolve to it
        (
            "The Office of the Secretary-General said 15 peacekeepers were wounded. He said "
            "three of them were in a critical condition.",
            ["the Office of the Secretary-General", None],
        ),
    ],
)
def test_bodies_named_like_offices_and_speakers_after_a_verbs_object(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a bracket inside the speaker's name is stepped over
        (
            "Flood has affected about 5,000 households, the National Emergency Management "
            "Agency (NEMA) has said.",
            ["the National Emergency Management Agency (NEMA)"],
        ),
        (
            "Thirty-one Maoists were killed in an encounter, the Inspector General of Police "
            "(Bastar range), Rajesh Kumar Sahu, said.",
            ["Rajesh Kumar Sahu"],
        ),
        # police releases announce what they report
        (
            "The Zamfara State Police Command wishes to inform the public that bandits "
            "abducted five persons.",
            ["the Zamfara State Police Command"],
        ),
    ],
)
def test_brackets_in_a_speakers_name_and_police_releases(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a wire after a dateline, a caption, an aside: no part of the speaker's name
        ("KHARTOUM (AFP) Sudanese medics said 30 civilians were killed.", ["Sudanese medics"]),
        ("A spokesman (pictured) said 12 people died in the attack.", [None]),
    ],
)
def test_brackets_that_are_no_part_of_a_name(text, agents):
    assert [f.attribution for f in figs(text)] == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a report before a reported clause ends the inner subject
        (
            "Assistant Secretary-General Miroslav Janda said the UN human rights monitoring "
            "mission had verified at least 12,600 civilian deaths.",
            ["the UN human rights monitoring mission"],
        ),
        # a body's office as the aside after a name
        (
            "Laurent Bisset, WFP's country director for Sudan, told reporters that the agency "
            "had reached about 4 million people.",
            ["Laurent Bisset"],
        ),
    ],
)
def test_inner_subjects_after_a_report_and_a_bodys_office_as_an_aside(text, agents):
    assert [f.attribution for f in figs(text)] == agents


def test_a_description_of_a_place_between_commas_leaves_the_speaker_its_report():
    text = (
        "The mayor of Paiporta, a town of about 27,000 people, told reporters that 62 "
        "residents had died in the floods."
    )
    assert figs(text)[-1].attribution == "the mayor of Paiporta"


def test_an_acronym_in_capitals_is_a_name_not_a_clause_word():
    text = (
        "The WHO representative for the occupied Palestinian territory said that 19 hospitals "
        "were out of service."
    )
    assert [f.attribution for f in figs(text)] == [
        "the WHO representative for the occupied Palestinian territory"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gaza's health ministry raised the toll from Tuesday's strike on a school in Jabalia "
            "to 112 from 97.",
            [(112, "Gaza's health ministry"), (97, "Gaza's health ministry")],
        ),
        (
            "The regional government revised the number of people still missing after the floods "
            "down to 89 from about 1,900 earlier in the week.",
            [(89, "the regional government"), (1900, "the regional government")],
        ),
        (
            "The agency corrected its count of people in evacuation centres to 412,000.",
            [(412000, "the agency")],
        ),
    ],
)
def test_whoever_revises_a_count_is_its_source_and_its_old_value_a_figure(text, want):
    assert [(f.value, f.attribution) for f in figs(text)] == want


def test_a_rate_before_a_year_is_no_earlier_value_of_a_count():
    text = "The homicide rate fell to 2.4 per 100,000 inhabitants in 2023, from 38 in 2019."
    assert [f.value for f in figs(text) if f.value == 38] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The provincial home department gave these figures for the attacks: killed, 23; "
            "arrested, six.",
            [(23, "the provincial home department"), (6, "the provincial home department")],
        ),
        (
            "On Sunday the Taliban administration had given a toll of more than 2,000.",
            [(2000, "the Taliban administration")],
        ),
        # a weekday that starts a name stays in it
        ("Monday Kassah said 198 people were killed.", [(198, "Monday Kassah")]),
    ],
)
def test_figures_given_are_their_givers_and_a_day_before_a_source_is_no_part_of_it(text, want):
    assert [(f.value, f.attribution) for f in figs(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("At least 147 people have died, the state Civil Defense said.", "the state Civil Defense"),
        ("About 40 were injured, the district Collector said.", "the district Collector"),
        # a descriptor before a name still goes
        ("The charity Save the Children said 5,000 people had fled.", "Save the Children"),
    ],
)
def test_a_level_of_government_before_a_name_is_part_of_it(text, want):
    assert [f.attribution for f in figs(text)] == [want]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the sentence's capital is lowered on a common noun ...
        ("Officials said 45 people were killed.", "officials"),
        (
            "Doctors at the main hospital said 12 people were wounded.",
            "doctors at the main hospital",
        ),
        # ... never on a name, nor on a title before a name
        (
            "Doctors Without Borders said 31 people were treated for wounds.",
            "Doctors Without Borders",
        ),
        (
            "Interior Minister Ali Vahidi said 300 people were arrested.",
            "Interior Minister Ali Vahidi",
        ),
        ("President Daniel Ortega said 40 soldiers were killed.", "President Daniel Ortega"),
    ],
)
def test_a_sentence_start_is_lowered_only_on_a_common_noun(text, agent):
    assert [f.attribution for f in figs(text)] == [agent]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("At least five journalists were killed last year, Article 19 said.", "Article 19"),
        ("According to Article 19, three reporters were killed in Veracruz.", "Article 19"),
        ("Rescue 1122 said 1,300 people were evacuated from the riverbank.", "Rescue 1122"),
        ("The group Utopia 56 said it handed out 300 sleeping bags.", "the group Utopia 56"),
    ],
)
def test_a_number_that_ends_a_name_stays_in_the_source(text, agent):
    assert figs(text)[0].attribution == agent

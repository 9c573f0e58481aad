"""Whole articles: evidence gathered over many sentences counts for less than the same
evidence in a brief, a headline in a non-conflict context frames the whole article, and
what an agreement halts is no event."""

from __future__ import annotations

from .support import tag, tags_of

# An economy story of 26 sentences; two of them name the fighting in the north in passing.
_ECONOMY = [
    "Exporters said shipping costs had eased since the spring.",
    "The central bank kept its main rate unchanged at its last meeting.",
    "Retail sales rose for a third month in a row.",
    "Analysts expect growth of about 3% this year.",
    "The finance minister said the budget would be presented in June.",
    "Farmers reported a good harvest in the north.",
    "Tourism revenue has recovered to its level before the pandemic.",
    "The stock exchange index closed slightly higher.",
    "Unions have asked for wage talks to begin next month.",
    "A new port terminal is due to open in the autumn.",
    "Electricity prices fell after a mild winter.",
    "The government plans to sell stakes in two state banks.",
    "Car sales were flat compared with last year.",
    "Economists warned that public debt remains high.",
    "Mobile phone subscriptions passed ten million for the first time.",
    "The airline announced three new routes to Europe.",
    "Coffee exports earned more than in any year since records began.",
    "A textile factory opened near the capital, creating 2,000 jobs.",
    "The statistics office will publish inflation figures on Friday.",
    "Remittances from abroad grew by a tenth.",
    "The cement maker raised its prices for the second time this year.",
    "Bond yields fell after the rating agency upgraded its outlook.",
    "Importers complained about long delays at customs.",
    "The telecoms regulator approved a merger of two operators.",
]
_BACKGROUND = [
    "Investors remain wary of the north, where the army has been fighting insurgents who "
    "attacked two bases with rockets and mortars.",
    "Aid agencies say the fighting has displaced thousands of families and left many villages "
    "without food and water.",
]


def test_a_whole_article_that_names_a_war_in_passing_is_not_conflict():
    text = " ".join(_ECONOMY[:12] + _BACKGROUND[:1] + _ECONOMY[12:] + _BACKGROUND[1:])
    assert not tag("Currency steadies as exporters recover", text).is_conflict


def test_the_same_two_sentences_in_a_brief_are_conflict():
    assert tag("Fighting in the north", " ".join(_BACKGROUND)).is_conflict


def test_a_whole_article_that_leads_with_an_attack_is_conflict():
    # the same economy sentences after it: what an article leads with is its story
    lead = (
        "Insurgents attacked an army base in the north overnight, killing 14 soldiers, and "
        "the army launched air strikes on their positions, officials said."
    )
    found = tag("Insurgents kill 14 soldiers in attack on army base", " ".join([lead, *_ECONOMY]))
    assert found.is_conflict


def test_what_an_agreement_halts_is_no_event():
    found = tag(
        "Warring parties agree to extend truce by two months",
        "The parties agreed on Tuesday to extend the UN-brokered truce, the envoy said. The "
        "truce includes a halt to offensive military operations across the country.",
    )
    assert "military_operation" not in tags_of(found)


# A peace agreement told at length, with the war it ends as its background.
_PEACE = [
    "The government and the rebel alliance signed the agreement in a ceremony in the capital "
    "on Saturday.",
    "Leaders of several neighbouring countries attended, and the UN envoy called it a "
    "historic day.",
    "The deal provides for elections within three years and a new constitution.",
    "It also sets up a commission to compensate families and return land to farmers.",
    "The war lasted two decades and killed about 300,000 people.",
    "Villages in the south were shelled and burned, and massacres were reported in the hills.",
    "Aid agencies say the fighting displaced millions of people, many of whom still live in camps.",
    "Diplomats said the agreement would be hard to implement because funds are short.",
    "Donors have pledged money for the return of refugees and for demobilising fighters.",
    "The prime minister said the country was turning a page.",
    "Opposition parties welcomed the deal but asked for details on the transition.",
    "A monitoring team will report to the African Union every three months.",
]


def test_a_whole_article_headed_by_a_peace_deal_reads_its_war_as_background():
    assert not tag("Government and rebels sign peace agreement", " ".join(_PEACE)).is_conflict


def test_a_headline_naming_a_strong_event_is_not_read_as_background():
    found = tag("Rebels massacre 40 villagers days after signing peace agreement", " ".join(_PEACE))
    assert found.is_conflict


# A commemoration: the massacre it marks is its past, told in the body too.
_COMMEMORATION = [
    "Thousands of people gathered at the memorial on Friday to bury eleven victims "
    "identified over the past year.",
    "The coffins were carried by relatives past the rows of white headstones.",
    "In July 1995, forces overran the town and killed about 8,000 men and boys.",
    "International courts have ruled that the killings were genocide.",
    "Relatives said the search for mass graves was not over.",
    "Politicians laid wreaths and spoke of reconciliation.",
    "Schoolchildren read the names of the dead.",
    "The ceremony ended with a minute of silence.",
    "Organisers said more than 40,000 visitors came this year.",
]


def test_an_anniversary_of_a_massacre_is_history_not_news_of_one():
    body = " ".join(_COMMEMORATION)
    for title in (
        "Town buries eleven more victims on 30th anniversary of massacre",
        "Town buries eleven more victims on massacre's 30th anniversary",
    ):
        assert not tag(title, body).is_conflict, title


def test_an_attack_on_the_anniversary_of_a_war_is_still_conflict():
    found = tag(
        "Drones strike the capital on third anniversary of invasion",
        "Enemy drones struck apartment blocks in the capital overnight, killing nine "
        "civilians, on the third anniversary of the invasion, officials said. Air defences "
        "shot down 40 drones, the air force said.",
    )
    assert found.is_conflict


# A six-sentence story about a storm in a camp whose people fled violence years ago.
_STORM = [
    "The cyclone tore through the camps on the coast on Sunday, flattening bamboo shelters "
    "and flooding low-lying areas, officials said.",
    "Aid groups said tarpaulins, water and food were running short.",
    "About 100,000 people have lived in the camps since 2012, when communal violence and "
    "attacks by armed men drove them from their homes.",
    "Many fled again in 2017 during an army crackdown in which thousands were killed.",
    "Relief agencies said roads to the worst-hit camps were still blocked by fallen trees.",
    "The weather service warned of more heavy rain this week.",
]


def test_a_whole_article_headed_by_a_storm_reads_its_war_as_background():
    found = tag("Cyclone flattens camps on the coast as aid is held up", " ".join(_STORM))
    assert not found.is_conflict


def test_the_same_sentences_under_a_headline_of_violence_stay_conflict():
    found = tag("Armed men attack camp as cyclone flattens shelters", " ".join(_STORM))
    assert found.is_conflict


# A match report of six sentences from a country at war.
_MATCH = [
    "The home side came from behind to win 2-1 in the playoff final on Tuesday and qualify "
    "for the championship.",
    "The visitors scored early in the second half, but a deflected shot levelled it and a "
    "late strike won it.",
    "The team has played its home matches abroad since the invasion, after its stadium was "
    "bombed in the first week of the war.",
    "The coach dedicated the win to the soldiers fighting at the front.",
    "Thousands of refugees filled the stands, and at home fans watched in shelters during "
    "air-raid alerts.",
    "The league has kept playing through the war.",
]


def test_a_whole_match_report_reads_its_war_as_background():
    assert not tag("Late winner sends the team to Euro 2024", " ".join(_MATCH)).is_conflict


def test_a_match_report_headed_by_a_death_is_not_framed_by_its_match():
    found = tag("Fan dies as rocket hits stadium during cup final", " ".join(_MATCH))
    assert found.is_conflict


def test_attacks_over_the_past_decade_are_a_campaigns_background():
    text = (
        "The health ministry began a week-long polio vaccination campaign on Monday, aiming to "
        "reach 40 million children, with police deployed to protect the vaccinators. "
        "Vaccination teams in the north-west have been attacked by militants over the past "
        "decade, and dozens of health workers and police guards have been killed. "
        "Officials said refusals by parents remained the biggest obstacle. "
        "Environmental samples have found the virus in sewage in three cities. "
        "Teams will also give children vitamin A drops. "
        "A second round is planned for March."
    )
    assert not tag("Polio campaign begins under police guard", text).is_conflict


# A trial told at length: the genocide it judges is its past.
_TRIAL = [
    "A court on Tuesday sentenced a former mayor to 20 years in prison for complicity in "
    "genocide and crimes against humanity.",
    "Judges found that he had handed lists of names to the militias that carried out the "
    "massacres in his district.",
    "Survivors who had travelled to testify wept in the courtroom after the verdict.",
    "The trial lasted six weeks and heard more than 50 witnesses.",
    "He had lived abroad for two decades before he was arrested.",
    "His lawyers said they would appeal.",
    "About half a million people were killed in the genocide.",
]


def test_a_trial_named_for_the_genocide_it_judges_reads_it_as_background():
    found = tag("Court jails former mayor for genocide complicity", " ".join(_TRIAL))
    assert not found.is_conflict


def test_a_trial_headline_where_armed_men_act_is_not_framed_by_its_court():
    found = tag("Militia massacres villagers as court jails former mayor", " ".join(_TRIAL))
    assert found.is_conflict


# A business story whose war is dated to a year gone by (the war words weak: a strong
# cue of violence is an event, dated or not).
_RECOVERY = [
    "The port handled more containers last month than in any month since records began, "
    "the operator said on Monday.",
    "Grain and steel made up most of the cargo, and insurers have cut their premiums.",
    "Trade collapsed in 2022, when the war closed the sea lanes and fighting displaced "
    "most of the city's residents.",
    "Shipping companies have added two weekly routes to the Mediterranean.",
    "Dock workers' wages rose by a tenth this year, their union said.",
    "The operator plans to dredge a second berth by the spring.",
]


def test_a_war_dated_to_a_past_year_is_the_background_of_a_business_story():
    found = tag("Port's cargo reaches record as shipping lines return", " ".join(_RECOVERY))
    assert not found.is_conflict


def test_a_strong_cue_of_violence_beside_a_past_year_is_todays_event():
    found = tag(
        "Photographer who covered the war since 2014 is killed",
        "A photographer who had covered the war since its first weeks in 2014 was killed on "
        "Saturday when a drone struck his car near the front, his agency said. Two "
        "colleagues travelling with him were wounded.",
    )
    assert found.is_conflict


# Aftermath: victims of a siege years ago are paid; the body may also report a clash this week.
# ("Two years on" and "mourns" are no history: "Two years on, the war shows no sign of
# ending", "Town mourns as families count the dead" head reports of current violence.)
_AFTERMATH = [
    "The first payments from a fund for residents whose homes were destroyed in the siege "
    "were made on Tuesday, officials said.",
    "About 3,000 families will receive payments this year, and the rest by 2027.",
    "The city's centre was flattened in 2017, when militants held it for five months and "
    "tens of thousands of people fled.",
    "Many residents still live in temporary shelters, and some say the payments are too small.",
    "The ceremony was held in the rebuilt city hall.",
    "The mayor thanked donors and asked for patience.",
]
_THIS_WEEK = (
    "On Wednesday, soldiers clashed with militants in the hills south of the city, killing "
    "four of them, the army said."
)


def test_an_aftermath_story_years_after_reads_its_siege_as_background():
    found = tag(
        "Siege victims begin receiving compensation seven years after", " ".join(_AFTERMATH)
    )
    assert not found.is_conflict


def test_a_clash_dated_to_this_week_is_news_its_headline_does_not_frame():
    body = " ".join([*_AFTERMATH[:4], _THIS_WEEK, *_AFTERMATH[4:]])
    for title in (
        "Siege victims begin receiving compensation seven years after",
        "City marks anniversary of siege as victims are paid",
    ):
        assert tag(title, body).is_conflict, title


def test_a_good_friday_is_no_day_of_this_week():
    # the agreement's name dates nothing: the Troubles stay a drama's background
    body = (
        "A new drama set in Belfast during the Troubles drew the largest audience for a "
        "programme made in the region, the broadcaster said on Monday. The series follows two "
        "families drawn into the bombings and army raids of the 1970s. About 3,500 people were "
        "killed in the conflict before the 1998 Good Friday Agreement. Critics praised the "
        "performances and its writing. A second series has been commissioned. The writer said "
        "she wanted to show how ordinary life carried on."
    )
    found = tag("New drama about the Troubles draws record audience", body)
    assert found.score < 0.1  # framed by its headline: the war is wholly background


def test_a_war_years_on_or_a_town_in_mourning_is_still_news():
    body = (
        "Paramilitary fighters shelled a camp for displaced people this week, killing 14 "
        "people, aid workers said. Thousands fled towards the border. The war between the army "
        "and the paramilitaries began two years ago. Talks in Jeddah have stalled. Aid agencies "
        "say half the population needs help. The UN envoy called for a ceasefire."
    )
    for title in (
        "Two years on, the war shows no sign of ending",
        "Town mourns as families count the dead after camp shelling",
    ):
        assert tag(title, body).is_conflict, title


def test_a_court_headline_that_names_a_riot_frames_nothing():
    body = (
        "Protesters set fire to cars and looted shops in the capital on Tuesday after a court "
        "jailed the opposition leader for two years. Police fired tear gas and live rounds, and "
        "hospital officials said four people were killed. The leader's lawyers said they would "
        "appeal. The government imposed a curfew. Markets stayed shut on Wednesday. Schools "
        "were closed."
    )
    assert tag("Riots erupt in capital after court jails opposition leader", body).is_conflict


_REMEMBERED = [
    "Officials, veterans' associations and residents laid wreaths at the monument in the "
    "capital on Wednesday to mark the anniversary of the massacre.",
    "The killings followed a grenade attack on the occupying governor, after which soldiers "
    "and militia went through the city killing civilians, burning homes and shooting people.",
    "Historians estimate that as many as 19,000 people were killed in the capital alone.",
    "The president of the patriots' association called on the former occupier to acknowledge "
    "the massacre and return looted property.",
    "Students from nearby schools performed poems, and elderly veterans were honoured.",
    "The day is observed as Martyrs' Day.",
    "A permanent exhibition on the occupation is being prepared at the city museum.",
]


def test_a_headline_that_remembers_a_massacre_frames_its_article():
    found = tag("Capital remembers victims of 1937 massacre", " ".join(_REMEMBERED))
    assert not found.is_conflict


def test_a_remembered_massacre_beside_armed_men_in_the_headline_is_news():
    body = " ".join(
        ["Gunmen opened fire on mourners at the monument on Wednesday, killing six people, "
         "police said.", *_REMEMBERED[2:]]
    )  # fmt: skip
    assert tag("Gunmen kill six at ceremony remembering 1937 massacre", body).is_conflict


def test_a_headline_that_remembers_a_chemical_attack_frames_its_article():
    found = tag("Town remembers victims of 1988 chemical attack", " ".join(_REMEMBERED))
    assert not found.is_conflict

"""Conflict tagging: real violence is tagged, the non-conflict senses are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.enrich import annotate, rules_hash
from pipeline.enrich.conflict import tag_conflict
from pipeline.enrich.rules import Rules
from pipeline.enrich.text import normalise, split_sentences
from pipeline.schema import CONFLICT_TAGS, Article, Source

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d618fc00f0c004b1.txt"
VIOLENT = set(CONFLICT_TAGS) - {"displacement", "humanitarian"}


def tag(title: str, text: str = "", **kwargs):
    t, x = normalise(title), normalise(text)
    return tag_conflict(t, x, split_sentences(t), split_sentences(x), **kwargs)


def tags_of(conflict) -> set[str]:
    return {h.tag for h in conflict.tags}


CONFLICT_STORIES = [
    (
        "Air strikes kill 20 in Gaza",
        "At least 20 people were killed when Israeli air strikes hit a residential "
        "building overnight, health officials said.",
        "explosions_remote_violence",
    ),
    (
        "Gunmen kill 12 villagers in north-west Nigeria",
        "Armed men on motorcycles attacked a village in Zamfara state, killing 12 "
        "residents and abducting dozens, police said.",
        "violence_against_civilians",
    ),
    (
        "Sudan's RSF seizes key town in Darfur",
        "The paramilitary Rapid Support Forces said they had taken control of the town "
        "after days of heavy fighting with the army.",
        "battle",
    ),
    (
        "Suicide bomber kills 7 at checkpoint",
        "A suicide bomber rammed a car into a security checkpoint, killing seven "
        "soldiers, the military said.",
        "terrorism",
    ),
    (
        "Protesters killed as police fire on crowds",
        "Police fired tear gas and live ammunition at protesters; three people were "
        "killed as demonstrators set fire to part of parliament.",
        "unrest",
    ),
    (
        "Israeli troops raid Jenin camp",
        "Israeli forces launched a large-scale military operation in the Jenin refugee "
        "camp with drone strikes. Eight people were killed.",
        "military_operation",
    ),
    (
        "Thousands flee as fighting rages in Tigray",
        "Tens of thousands of people have fled their homes as fighting between federal "
        "troops and regional forces intensified, aid agencies said.",
        "displacement",
    ),
]

CONFLICT_STORIES += [
    # a shell that "landed near" people, homes set alight, police beating protesters,
    # crowds looting: violence told without the usual war words
    (
        "Shell kills four in bread queue",
        "A shell landed near people waiting for bread in a village outside Kherson, killing "
        "four, officials said.",
        "explosions_remote_violence",
    ),
    (
        "Village burned near Kaya",
        "Homes and granaries were set alight in a village near Kaya, and armed men told "
        "residents to leave within three days.",
        "violence_against_civilians",
    ),
    (
        "Police beat protesters in capital",
        "Police beat protesters with batons and used pepper spray outside parliament on the "
        "third night of demonstrations.",
        "unrest",
    ),
    (
        "Crowds loot shops in Port-de-Paix",
        "Crowds looted shops and set fire to a police post after fuel prices rose.",
        "unrest",
    ),
]
NON_CONFLICT_STORIES = [
    # a parade of troops and missiles is no fighting
    (
        "Victory Day on Red Square",
        "Moscow staged its Victory Day celebrations with thousands of troops, tanks and "
        "intercontinental missile launchers rolling past the stands.",
    ),
    # fire fighting and legislative fights are battles of another kind
    (
        "Crews battle wildfire near Valencia",
        "Firefighters, backed by soldiers and water-bombing aircraft, battled the blaze "
        "through the night as thousands of residents were evacuated.",
    ),
    (
        "Senators clash over farm bill",
        "Senators battled over the farm bill for a third day, and the opposition leader "
        "attacked the subsidy plan as wasteful.",
    ),
    # disasters that kill and displace
    (
        "Floods kill 50 in Nigeria, thousands displaced",
        "Heavy rains caused flooding across the north, killing at least 50 people and "
        "displacing 20,000. The army was deployed to help rescue stranded residents.",
    ),
    (
        "Earthquake leaves thousands homeless",
        "A magnitude 6.8 earthquake killed 41 people. Rescuers pulled survivors from the "
        "rubble as thousands spent the night in evacuation camps.",
    ),
    # crime
    (
        "Man charged with murder after bar shooting",
        "A gunman opened fire at a bar, killing three people. Police arrested the "
        "suspect, who has been charged with murder.",
    ),
    (
        "Murder trial hears of stabbing",
        "The jury heard that the defendant stabbed the victim outside a nightclub.",
    ),
    # sport
    (
        "Striker's shot settles the battle for the title",
        "Arsenal's attack was relentless as the striker's shot flew past the goalkeeper, "
        "and the defence held firm in the final minutes of the match.",
    ),
    (
        "Boxer knocks out rival",
        "The heavyweight champion launched a blistering attack in the third round.",
    ),
    # politics and economy
    (
        "Supermarkets in price war",
        "Britain's biggest supermarkets launched a fresh price war as inflation bites.",
    ),
    (
        "Opposition launches attack on the budget",
        "The opposition leader attacked the plan, and the battle over the bill is "
        "expected to last weeks, with lawmakers split.",
    ),
    ("US-China trade war escalates", "New tariffs rattled markets as the trade war escalated."),
    ("Minister defends war on drugs", "The war on drugs has failed, a report said."),
    # peaceful protest, diplomacy, agreements
    (
        "Thousands march peacefully for climate action",
        "Tens of thousands marched peacefully on Saturday, chanting slogans; police "
        "said there were no arrests.",
    ),
    (
        "Peace talks resume in Doha",
        "Negotiators resumed peace talks on Monday, mediators said, in an effort to end "
        "a war that has killed thousands. Diplomats said a ceasefire agreement could be "
        "signed within weeks.",
    ),
    (
        "Armenia and Azerbaijan sign peace treaty",
        "The leaders signed a peace treaty at a summit, ending decades of conflict.",
    ),
    # history and anniversaries
    (
        "Europe marks 80 years since D-Day",
        "Veterans gathered in Normandy to commemorate the 80th anniversary of the "
        "D-Day landings, when Allied troops stormed the beaches in 1944.",
    ),
    (
        "Historian recalls the Battle of Stalingrad",
        "A new book by a historian recounts the battle, where a million soldiers died "
        "during the Second World War.",
    ),
    # film, games, books
    (
        "New war film tops box office",
        "The film, starring a soldier behind enemy lines, topped the box office; critics "
        "praised its battle scenes.",
    ),
    (
        "Video game lets players call in airstrikes",
        "The latest Call of Duty video game lets players call in airstrikes, and gamers "
        "praised its battles.",
    ),
    (
        "Netflix war drama tops charts",
        "The streaming service's new war drama, which follows a platoon through the battle of "
        "Mosul, topped the charts in 40 countries. Critics praised its depiction of urban "
        "combat and the airstrikes that levelled the old city.",
    ),
    # arms sales and signed pledges
    (
        "Pentagon approves $2bn missile sale to Taiwan",
        "The State Department approved the possible sale of air defence missiles worth $2 "
        "billion to Taiwan, prompting an angry response from Beijing.",
    ),
    (
        "Sudan's warring parties sign humanitarian pledge",
        "Representatives of the army and the Rapid Support Forces signed a declaration in "
        "Jeddah committing to protect civilians and allow aid deliveries, US officials said. "
        "No ceasefire was agreed.",
    ),
    # courts, truth commissions, ceasefires taking effect, mandate renewals
    (
        "Ceasefire takes effect; first hostages freed",
        "A ceasefire took effect on Sunday and three hostages were handed over to the Red Cross. "
        "Displaced families began packing in the hope of returning north.",
    ),
    (
        "Security Council renews mission for a year",
        "The Security Council voted to extend the mandate of the mission for another year, "
        "keeping its ceiling of 17,000 troops. Two members abstained.",
    ),
    (
        "Explosions at barracks blamed on negligence",
        "Explosions at a military barracks killed 98 people. The president said the blasts were "
        "caused by negligence in the storage of dynamite.",
    ),
    # a disaster displaces people in a country at war: the war named in passing is no cause
    (
        "Dams burst in floods; tens of thousands displaced",
        "Two dams above the city burst during the storm, sending a wall of water through the "
        "centre and washing whole neighbourhoods into the sea. The Red Crescent said more than "
        "11,000 people were killed and at least 40,000 displaced. The country has been divided "
        "between rival governments since the civil war, and rescue teams from the east and west "
        "worked side by side. The eastern army deployed troops to help the rescue.",
    ),
    # accidental fires, battles against nature, plays, party fights
    (
        "Fire tears through refugee camp",
        "A fire destroyed about 2,000 shelters in a refugee camp on Sunday, leaving some 12,000 "
        "people without a roof. Firefighters needed three hours to bring the blaze under "
        "control. The refugees fled an army crackdown in 2017.",
    ),
    (
        "Play about the siege opens in London",
        "A new play about the siege of the city, in which snipers killed civilians queuing for "
        "bread, opened in London. The playwright said the stage production took five years.",
    ),
    # deliveries at a ceremony, inquiries and exhumations of the past, disarmament,
    # troops clearing snow, a kidnapping gang arrested
    (
        "Niger army takes delivery of drones",
        "Niger's army received a new batch of drones at a ceremony in Niamey. Officials said "
        "they would help the fight against terrorism.",
    ),
    (
        "Inquiry into 1974 pub bombings resumes",
        "The public inquiry into the 1974 pub bombings, in which 21 people were killed, heard "
        "from survivors.",
    ),
    (
        "Forensic teams exhume mass grave",
        "Forensic teams began exhuming a mass grave believed to hold prisoners of the former "
        "government.",
    ),
    (
        "Rebels burn rifles at disarmament ceremony",
        "About 200 former rebels burned their rifles at a disarmament ceremony, after the "
        "group said it would dissolve.",
    ),
    (
        "Snowstorm buries villages; soldiers clear roads",
        "A snowstorm cut power to 400 villages in the region. Soldiers were deployed to tow "
        "stranded cars.",
    ),
    (
        "Police arrest kidnapping gang",
        "Police arrested five members of a kidnap-for-ransom gang that abducted a trader's "
        "daughter. The girl was freed unharmed.",
    ),
    # a weapons test, named in the headline as firing "into the sea"
    (
        "Pyongyang fires cruise missiles into the sea",
        "North Korea fired three cruise missiles over its western waters on Sunday, the "
        "South's military said. They flew for about two hours.",
    ),
    # figurative attacks
    ("Heart attack victim saved", "A man who suffered a heart attack was saved."),
    ("Cyberattack hits hospitals", "A ransomware attack disrupted hospitals, officials said."),
]


def test_a_shooting_the_authorities_call_terrorism_is_conflict_despite_the_crime_words():
    result = tag(
        "Gunman attacks two mosques",
        "A gunman opened fire on worshippers at two mosques during Friday prayers, killing 51 "
        "people. The prime minister called it a terrorist attack. A man was arrested and charged.",
    )
    assert result.is_conflict, result
    assert "terrorism" in tags_of(result)
    plain = tag(
        "Gunman kills three in bar",
        "A gunman opened fire in a bar, killing three people. A man was arrested and charged "
        "with murder.",
    )
    assert not plain.is_conflict, plain


@pytest.mark.parametrize(("title", "text", "expected"), CONFLICT_STORIES)
def test_conflict_stories_are_tagged(title, text, expected):
    result = tag(title, text)
    assert result.is_conflict, result
    assert expected in tags_of(result)


@pytest.mark.parametrize(("title", "text"), NON_CONFLICT_STORIES)
def test_non_conflict_senses_come_out_negative(title, text):
    result = tag(title, text)
    assert not result.is_conflict, result
    assert result.score < 0.5
    assert not tags_of(result) & VIOLENT


def test_flood_displacement_is_not_conflict_and_carries_no_conflict_tags():
    flood = (
        "Floods displace 20,000 in Pakistan",
        "Floodwaters forced 20,000 people from their homes; many are sheltering in camps.",
    )
    result = tag(*flood)
    assert not result.is_conflict
    assert result.tags == ()
    # the displacement desk can keep neutral tags on any story with a setting
    rules = Rules.from_data({**Rules.load().data, "scoring": {"keep_neutral_tags": True}})
    assert "displacement" in tags_of(tag(*flood, rules=rules))


def test_each_tag_needs_its_own_evidence():
    # one strike in a battle story does not make every violent tag
    result = tag(
        "Heavy fighting in Tripoli as rival militias clash",
        "Armed groups exchanged fire with heavy weapons overnight; the health ministry "
        "said 27 people were killed.",
    )
    assert result.is_conflict
    assert tags_of(result) == {"battle"}


def test_generic_words_of_war_count_for_the_score_but_name_no_tag():
    result = tag(
        "Sudan war forces millions from their homes",
        "More than 11 million people have been displaced by the war in Sudan, the IOM said.",
    )
    assert result.is_conflict
    assert tags_of(result) == {"displacement"}


def test_history_sentences_are_not_rescued_by_armed_actors():
    result = tag(
        "Town remembers massacre victims",
        "Thousands gathered to mark the anniversary of the massacre, in which forces "
        "killed hundreds of men in 1995.",
    )
    assert not result.is_conflict


def test_military_without_violence_is_not_conflict():
    result = tag(
        "Country test-fires ballistic missile into sea",
        "The country fired a ballistic missile that landed in the sea, the military said.",
    )
    assert not result.is_conflict


def test_hedges_come_from_the_lexicon():
    plain = tag("Militants attack", "Militants launched airstrikes on the town.")
    hedged = tag("Militants attack", "Militants could launch airstrikes on the town.")
    assert hedged.score < plain.score


def test_rule_phrases_expand_alternations_and_digits():
    from pipeline.enrich.rules import expand

    assert expand("{a|b} c{|s}") == ["a c", "a cs", "b c", "b cs"]
    rules = Rules.load()
    assert rules.lexicon.roles("in 1944") == rules.lexicon.roles("in 1871")
    assert ("domain", "history", "") in rules.lexicon.roles("in 1944")
    # a recent year dates its sentence; a year to come does not
    assert ("domain", "past_year", "") in rules.lexicon.roles("in 2014")
    assert rules.lexicon.roles("in 2099") == ()


def test_evidence_spans_slice_the_original_text_exactly():
    # Curly quotes and a non-breaking space change under normalisation; the
    # evidence must still quote the original strings at the same offsets.
    title = "Militants\u2019 air\u00a0strikes kill 9 in \u201cSafe zone\u201d"
    text = "Rebels clashed with troops \u2014 and shelling hit the camp \u2018overnight\u2019."
    article = Article(
        id="a1",
        url=None,
        canonical_url=None,
        guid=None,
        source=Source(feed="t", domain="t"),
        title=title,
        text=text,
        language="en",
        published_at=None,
        fetched_at="x",
    )
    conflict = annotate(article).conflict
    assert conflict.is_conflict
    spans = [e for h in conflict.tags for e in h.evidence]
    assert spans
    for e in spans:
        original = title if e.field == "title" else text
        assert original[e.start : e.end] == e.text
    assert any(e.text == "air\u00a0strikes" for e in spans)


def test_seed_article_has_displacement_and_battle_or_military_operation():
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    result = tag(title, body)
    assert result.is_conflict
    found = tags_of(result)
    assert "displacement" in found
    assert {"battle", "military_operation"} & found


def test_scores_lie_between_zero_and_one_and_threshold_is_a_setting():
    title, text = CONFLICT_STORIES[2][:2]
    default = tag(title, text)
    strict = tag(title, text, threshold=0.999)
    assert 0.0 <= default.score <= 1.0
    assert default.is_conflict and not strict.is_conflict
    assert tag("", "").score == 0.0


def test_negated_cues_are_dropped():
    result = tag("Calm in the capital", "Residents said there was no fighting overnight.")
    assert not any(e.text == "fighting" for h in result.tags for e in h.evidence)


def test_weak_cue_alone_is_not_conflict_but_with_armed_actors_it_is():
    assert not tag("Club launches attack", "The attack came late in the game.").is_conflict
    assert tag(
        "Militants launch attack", "Militants attacked an army post; two soldiers were killed."
    ).is_conflict


def test_user_rules_file_extends_and_overrides_the_defaults(tmp_path):
    user = tmp_path / "rules.toml"
    user.write_text(
        '[tags.battle]\nstrong = ["skyfire raid"]\n'
        '[tags.explosions_remote_violence]\nremove = ["airstrike*", "air strike*"]\n'
        "[scoring]\nbias = 1.0\n",
        encoding="utf-8",
    )
    rules = Rules.load(user)
    hit = tag("Skyfire raid on the valley", "A skyfire raid was reported by rebels.", rules=rules)
    assert "battle" in tags_of(hit)
    plain = tag("Airstrikes on the valley", "Airstrikes were reported.", rules=rules)
    assert "explosions_remote_violence" not in tags_of(plain)
    assert rules.scoring["bias"] == 1.0
    assert rules.scoring["title_weight"] == Rules.load().scoring["title_weight"]
    assert rules_hash(rules) != rules_hash()
    assert rules_hash(Rules.load()) == rules_hash()


def test_every_tag_is_from_the_house_vocabulary():
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    for story in [*CONFLICT_STORIES, (title, body, None)]:
        assert tags_of(tag(story[0], story[1])) <= set(CONFLICT_TAGS)


def test_deadly_attack_on_a_civilian_place_is_violence_against_civilians():
    on_market = tag(
        "Bomb blast kills 12", "A bomb exploded in a crowded market, killing 12 people."
    )
    on_base = tag("Bomb blast kills 12", "A bomb exploded at an army base, killing 12 people.")
    assert "violence_against_civilians" in tags_of(on_market)
    assert "violence_against_civilians" not in tags_of(on_base)


# A needs story with its cause named once, and the same needs from an epidemic.
NEEDS_FROM_WAR = (
    "Hunger deepens in camps around Kadugli",
    "Aid agencies say malnutrition among children in the camps has doubled this year "
    "and food rations were cut again, as the war keeps supply roads closed.",
)
NEEDS_FROM_DROUGHT = (
    "Hunger deepens in camps around Kadugli",
    "Aid agencies say malnutrition among children in the camps has doubled this year "
    "and food rations were cut again. The drought has dried up wells across the region.",
)


def test_needs_with_war_named_in_passing_are_conflict_and_other_needs_are_not():
    assert tag(*NEEDS_FROM_WAR).is_conflict
    assert not tag(*NEEDS_FROM_DROUGHT).is_conflict
    data = Rules.load().data
    scoring = {**data["scoring"], "document": {**data["scoring"]["document"], "cause": 0.0}}
    rules = Rules.from_data({**data, "scoring": scoring})
    assert not tag(*NEEDS_FROM_WAR, rules=rules).is_conflict


def test_a_headline_shares_the_company_of_its_lead_sentence():
    result = tag(
        "Evacuation ordered, shelters open in riverside districts",
        "Russian troops shelled the riverside districts overnight, the governor said.",
    )
    assert "displacement" in tags_of(result)


def test_rule_phrases_keep_the_company_of_their_words():
    lexicon = Rules.load().lexicon
    kinds = {kind for kind, _, _ in lexicon.roles("gunmen killed")}
    assert {"actors", "casualties", "tag"} <= kinds


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Defence firm opens shell factory",
            "The arms maker opened an ammunition plant that will produce 200,000 artillery "
            "shells a year for European armies.",
        ),
        ("Navy tests cruise missile", "The navy said it tested a new cruise missile at sea."),
        (
            "Troops hold drills near border",
            "Soldiers held live-fire drills with rocket artillery near the border; no "
            "incidents were reported.",
        ),
        ("Parliament approves military aid package", "The package includes tanks and shells."),
    ],
)
def test_arms_business_tests_and_drills_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_a_live_fire_exercise_and_its_events_are_no_live_fire_on_crowds():
    found = tag(
        "Joint drills open with 16,000 troops, live-fire sinking exercise off the coast",
        "The largest joint exercises yet opened on Monday. A decommissioned ship will be "
        "sunk in a maritime strike exercise. Fishermen were told to stay away from the "
        "area during the live-fire events.",
    )
    assert found.score < 0.05  # "live-fire" said nothing of police firing on protesters


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Vietnam war remains identified",
            "Remains of soldiers killed in the Vietnam War were handed over at a ceremony.",
        ),
        (
            "Clearing old bombs from rice fields",
            "Teams removed unexploded cluster bombs dropped during the war from farmland.",
        ),
        (
            "City marks atomic bombing",
            "Survivors gathered as the city marked the day the atomic bomb exploded.",
        ),
        (
            "Ex-militia leader jailed in The Hague",
            "A court jailed a former militia commander for crimes against humanity "
            "committed during the civil war of the 1990s.",
        ),
    ],
)
def test_old_wars_and_their_legacy_are_history(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Police raid drug gang in Lyon",
            "Police raided flats and arrested 15 suspected members of a drug gang, seizing "
            "weapons and cocaine.",
        ),
        (
            "Shooting at house party",
            "Gunmen opened fire at a house party, killing three people. Police said the "
            "shooting followed a personal dispute.",
        ),
    ],
)
def test_drug_gangs_and_private_quarrels_are_crime(title, text):
    assert not tag(title, text).is_conflict


def test_an_outbreak_of_war_is_not_an_epidemic():
    roles = Rules.load().lexicon.roles("outbreak of war")
    assert ("tag", "violence", "strong") in roles
    assert not any(kind == "domain" for kind, _, _ in roles)


def test_a_thrown_grenade_is_remote_violence():
    result = tag(
        "Grenade thrown at market stalls",
        "A grenade thrown into the crowded market wounded 12 people, officials said.",
    )
    assert "explosions_remote_violence" in tags_of(result)


def test_an_attack_on_a_concert_hall_is_not_a_film_review():
    result = tag(
        "Gunmen storm concert hall",
        "Gunmen opened fire on concertgoers, killing dozens; Islamic State claimed the attack.",
    )
    assert result.is_conflict
    assert "terrorism" in tags_of(result)


def test_protesters_killed_by_police_is_unrest_not_violence_against_civilians():
    result = tag(
        "Soldiers kill protesters in capital",
        "Soldiers fired tear gas and live rounds, killing five protesters.",
    )
    assert "unrest" in tags_of(result)
    assert "violence_against_civilians" not in tags_of(result)


def test_strikes_on_an_armed_groups_targets_are_a_military_operation():
    result = tag("Air force strikes militant targets", "Jets struck militant targets overnight.")
    assert "military_operation" in tags_of(result)


def test_one_weak_fighting_cue_among_armed_actors_tags_battle_in_a_conflict_story():
    found = tag(
        "Gunfire and explosions in Khartoum as army and RSF fight for control",
        "The army and the paramilitary Rapid Support Forces battled around the presidential "
        "palace and the airport. Residents said warplanes flew low over the city.",
    )
    assert found.is_conflict
    assert "battle" in tags_of(found)


def test_a_tags_own_min_evidence_comes_from_the_rules_file(tmp_path):
    user = tmp_path / "rules.toml"
    user.write_text("[tags.battle]\nmin_evidence = 5.0\n", encoding="utf-8")
    strict = Rules.load(user)
    assert strict.tag_min_evidence["battle"] == 5.0
    found = tag(
        "Army and rebels battle for the town",
        "Soldiers and rebels fought with rifles and mortars in the town for a second day, "
        "and ten fighters were killed.",
        rules=strict,
    )
    assert found.is_conflict and "battle" not in tags_of(found)


def test_a_context_phrase_does_not_take_the_tags_of_a_prefix_entry_it_starts_with():
    from pipeline.enrich.lexicon import Lexicon

    lexicon = Lexicon.build(
        [
            ("{fires|fired} missile*", ("tag", "explosions_remote_violence", "strong")),
            ("fires missiles into sea", ("domain", "military", "")),
            ("abduct*", ("tag", "violence_against_civilians", "strong")),
            ("abducted", ("anchor", "0", "")),
        ]
    )
    test = lexicon.roles("fires missiles into sea")
    assert ("domain", "military", "") in test
    assert not any(r[0] == "tag" for r in test)  # a test, not a strike
    # a word listed for another role still holds its prefix entry's roles
    assert ("tag", "violence_against_civilians", "strong") in lexicon.roles("abducted")


def test_entries_that_differ_only_in_their_digits_keep_their_own_roles():
    from pipeline.enrich.lexicon import Lexicon

    lexicon = Lexicon.build(
        [
            ("in 19##", ("domain", "history", "")),
            ("in 20##", ("domain", "past_year", "")),
            ("euro 2024", ("domain", "sport", "")),
            ("euro 20##", ("domain", "football", "")),
        ]
    )
    assert lexicon.roles("in 1944") == (("domain", "history", ""),)
    assert lexicon.roles("in 2014") == (("domain", "past_year", ""),)
    # a literal entry and a "#" entry it fits both hold
    assert lexicon.roles("euro 2024") == (("domain", "football", ""), ("domain", "sport", ""))
    assert lexicon.roles("euro 2028") == (("domain", "football", ""),)
    assert lexicon.roles("in 1844") == ()


def test_a_patterns_anchor_keeps_the_roles_its_phrase_has_as_a_prefix_entry():
    from pipeline.enrich.lexicon import Lexicon

    lexicon = Lexicon.build(
        [("ballistic missile*", ("weapons", "", "")), ("ballistic missile", ("anchor", "0", ""))]
    )
    assert ("weapons", "", "") in lexicon.roles("ballistic missile")


def test_a_missile_named_by_its_kind_strikes_with_a_verb_of_its_use():
    found = tag(
        "Strike on office",
        "Officials said a Russian ballistic missile struck an office building on Tuesday, "
        "and a cruise missile hit a depot.",
    )
    quoted = {e.text for t in found.tags for e in t.evidence}
    assert {"ballistic missile struck", "cruise missile hit"} <= quoted


def test_a_mask_takes_no_roles_from_the_words_or_the_prefix_entries_inside_it():
    from pipeline.enrich.lexicon import Lexicon

    lexicon = Lexicon.build(
        [
            ("seize*", ("tag", "battle", "weak")),
            ("seized assets", ("mask", "", "")),
            ("rebels", ("actors", "", "")),
            ("rebels in her own party", ("mask", "", "")),
            ("killed", ("casualties", "", "")),
            ("killed the bill", ("mask", "", "")),
        ]
    )
    for phrase in ("seized assets", "rebels in her own party", "killed the bill"):
        assert lexicon.roles(phrase) == (("mask", "", ""),), phrase
    # the words alone keep their roles
    assert ("tag", "battle", "weak") in lexicon.roles("seized")
    assert ("actors", "", "") in lexicon.roles("rebels")


def test_party_rebels_give_a_political_fight_no_armed_company():
    found = tag(
        "Prime minister survives no-confidence vote after bruising battle",
        "Rebels in her own party had attacked her handling of the economy, "
        "but the vote fell short by 12.",
    )
    assert not found.is_conflict and found.score < 0.3


def test_a_rebel_alliance_taking_a_town_is_still_armed_company():
    found = tag(
        "Ethnic rebel alliance captures Lashio",
        "The Myanmar National Democratic Alliance Army said it had seized the army's "
        "north-eastern command, the first regional command to fall to rebels.",
    )
    assert found.is_conflict and "battle" in tags_of(found)


def test_rebels_seizing_assets_after_taking_a_town_is_conflict():
    found = tag(
        "Rebels seize assets",
        "Rebels seized assets of the state oil company after taking Bentiu in heavy fighting.",
    )
    assert found.is_conflict

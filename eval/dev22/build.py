"""Build eval/dev22/conflict.jsonl (and the empty eval/dev22/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "feed items as an RSS reader shows them": a headline and the short summary of one or
two sentences that a feed carries in its <description> field (BBC World, Reuters World, Al
Jazeera, AP, France 24, DW, regional outlets, UN News, ReliefWeb). There is little context in a
feed item, and that is the point of the set.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (22), with ids j0001... (a prefix no other set uses).

    python eval/dev22/build.py            # validate, print the counts, write the files
    python eval/dev22/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
SEED = 22
PREFIX = "j"
MIN_SENTENCES, MAX_SENTENCES = 1, 2  # an RSS <description> is one or two sentences
MAX_TEXT_CHARS = 400  # and short
MAX_TITLE_CHARS = 120

# tag vocabulary of eval/README.md, section 1 ("Tags")
TAG_CODES = {
    "B": "battle",
    "E": "explosions_remote_violence",
    "V": "violence_against_civilians",
    "T": "terrorism",
    "M": "military_operation",
    "D": "displacement",
    "H": "humanitarian",
    "U": "unrest",
}
# negative kinds of eval/README.md, section 1 (table of hard negatives)
KIND_CODES = {
    "disaster": "hard_negative_disaster",
    "crime": "hard_negative_crime",
    "sport": "hard_negative_sport",
    "politics": "hard_negative_politics",
    "economy": "hard_negative_economy",
    "protest": "hard_negative_protest_peaceful",
    "peace": "hard_negative_peace",
    "history": "hard_negative_history",
    "entertainment": "hard_negative_entertainment",
    "military": "hard_negative_military",
    "accident": "hard_negative_accident",
    "health": "hard_negative_health",
    "other": "negative_other",
}
TAGS = set(TAG_CODES.values())
NEG_KINDS = set(KIND_CODES.values())
KEYS = ["id", "title", "text", "is_conflict", "tags", "kind"]


def other_sets() -> list[Path]:
    """eval/conflict.jsonl and every eval/dev*/conflict.jsonl that exists, except this set's."""
    paths = [EVAL / "conflict.jsonl"]
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != HERE)
    return [p for p in paths if p.is_file()]


# a sentence ends with . ! or ? (and closing quotes/brackets) before a space or the end
SENT_RE = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s|$)")

RECORDS: list[dict] = []


def P(title: str, text: str, tags: str, kind: str) -> None:
    codes = tags.split()
    bad = [c for c in codes if c not in TAG_CODES]
    if bad:
        raise SystemExit(f"unknown tag codes {bad} in {title!r}")
    RECORDS.append(
        {
            "id": None,
            "title": title,
            "text": text,
            "is_conflict": True,
            "tags": [TAG_CODES[c] for c in codes],
            "kind": kind,
        }
    )


def N(title: str, text: str, kind: str) -> None:
    if kind not in KIND_CODES:
        raise SystemExit(f"unknown kind {kind!r} in {title!r}")
    RECORDS.append(
        {
            "id": None,
            "title": title,
            "text": text,
            "is_conflict": False,
            "tags": [],
            "kind": KIND_CODES[kind],
        }
    )


# ====================================================================== texts
# ---------------------------------------------------------------- positives, batch 1 (Middle East and North Africa)

P(
    "Israeli strike on Gaza school sheltering displaced families kills 14",
    "The school in Gaza City's Tuffah district was housing hundreds of displaced people, civil defence officials said. Israel's military said it had targeted a Hamas command room inside.",
    "E V D",
    "airstrike",
)
P(
    "UN: no aid has entered Gaza for a month",
    "No food, fuel or medicine has crossed into the Gaza Strip for four weeks, the UN humanitarian office says, and bakeries supported by the World Food Programme have closed for lack of flour.",
    "H",
    "humanitarian",
)
P(
    "Dozens shot dead on the road to a Rafah food point, health officials say",
    "At least 27 Palestinians were killed as crowds walked towards a distribution site before dawn, the Gaza health ministry said. Israel's military said troops had fired at people who approached its forces.",
    "V H",
    "attack_on_aid_seekers",
)
P(
    "Israel orders evacuation of eastern Khan Younis ahead of new offensive",
    "Residents were told to move west to al-Mawasi before what the army called forceful operations. UN officials said tens of thousands of people were on the move within hours.",
    "D M",
    "displacement",
)
P(
    "Drone strike kills three as Israeli forces raid Tulkarm camp",
    "The army said the three were militants; UNRWA says thousands of residents have left the camp since the operation began.",
    "E M D",
    "raid",
)
P(
    "Settlers set fire to homes in West Bank village, man shot dead",
    "Palestinian officials said dozens of masked settlers torched houses and cars in Turmus Ayya on Tuesday evening. The Israeli army said it was looking into the incident.",
    "V",
    "settler_attack",
)
P(
    "Families flee Beirut's southern suburbs after Israeli warning",
    "Residents left the Dahiyeh in the middle of the night after the army posted maps of buildings it said Hezbollah used, and several of them were flattened by air strikes within the hour.",
    "E D",
    "airstrike",
)
P(
    "Israeli troops begin ground raids into southern Lebanon",
    "The army said 'limited, localised and targeted' raids had begun against Hezbollah positions near the border. Lebanon's government says more than a million people have left their homes.",
    "M B D",
    "ground_incursion",
)
P(
    "UNIFIL says two peacekeepers hurt as Israeli tank fires on watchtower",
    "The UN mission said the tank fired at an observation tower at its headquarters in Naqoura, and called it a serious violation of international law.",
    "E",
    "attack_on_peacekeepers",
)
P(
    "Pagers used by Hezbollah members explode across Lebanon",
    "Hand-held pagers blew up almost at the same moment in Beirut and the south, killing at least nine people, among them a girl, and wounding about 2,800. Hezbollah blamed Israel.",
    "E",
    "bombing",
)
P(
    "Hundreds killed in Syria's coastal provinces as clashes turn to revenge killings",
    "Fighting between the new government's security forces and gunmen loyal to the former regime spread through Latakia and Tartus, and a war monitor said many Alawite civilians were killed in their homes.",
    "B V",
    "battle",
)
P(
    "Army units sent to Sweida after days of Druze-Bedouin fighting",
    "More than 30 people have been killed in southern Syria, the interior ministry said. Troops were deployed to separate the two sides and came under fire on the way in.",
    "B M",
    "communal_violence",
)
P(
    "Barrel bombs fall on eastern Aleppo as food runs short",
    "Rescue workers said government helicopters dropped barrel bombs on rebel-held districts through the night. The UN warned that food rations in the besieged east would run out within weeks.",
    "E H",
    "siege",
)
P(
    "Thousands leave Eastern Ghouta on foot as offensive advances",
    "Civilians streamed out of Hamouriyeh through a corridor opened by the army, a monitoring group said, as government forces pressed their offensive on the rebel enclave.",
    "B M D",
    "offensive",
)
P(
    "Street fighting in the alleys of Mosul as troops close in on IS",
    "Iraqi forces are advancing house by house through the Old City. Families who got out on Sunday described days without food or water.",
    "B M D",
    "battle",
)
P(
    "Twin suicide bombings hit Baghdad clothes market",
    "At least 32 people were killed when two bombers blew themselves up among shoppers in Tayaran Square. Islamic State said it carried out the attack.",
    "E T V",
    "suicide_bombing",
)
P(
    "Fighting near Marib uproots families already displaced by war",
    "Houthi attacks south of the city have forced thousands of families to move camps for a second or third time, the UN migration agency said on Monday.",
    "B D",
    "displacement",
)
P(
    "Cholera spreads in Hodeidah as war cuts water supplies",
    "MSF says its treatment centre is full, with the city's water network damaged by fighting and fuel for pumps blocked at the port.",
    "H",
    "humanitarian",
)
P(
    "Hamas gunmen cross into southern Israel under cover of rocket barrage",
    "Fighters attacked border communities and a music festival and took dozens of people back into Gaza as hostages, Israeli officials said. Hundreds of people are feared dead.",
    "V E",
    "massacre",
)
P(
    "Gunmen open fire at Jerusalem bus stop during morning rush hour",
    "Six people were killed at the entrance to the city, police said, calling it a terrorist attack.",
    "V T",
    "shooting_attack",
)
P(
    "Security forces fire tear gas as protests over Mahsa Amini's death spread",
    "Protesters in Tehran and several Kurdish cities burned police motorbikes and chanted against the authorities. Rights groups said several people had been shot dead.",
    "U",
    "crackdown",
)
P(
    "Israel strikes Iranian nuclear sites and military commanders",
    "Explosions were heard across Tehran before dawn as Israel launched what it called a pre-emptive operation against Iran's nuclear programme.",
    "E M",
    "airstrike",
)
P(
    "Car bomb kills 37 near bus stops in central Ankara",
    "The government said Kurdish militants were behind the bombing in Kizilay square on Sunday evening and called it a terrorist attack.",
    "E T V",
    "bombing",
)
P(
    "Coup attempt in Turkey: soldiers fire on crowds, jets bomb parliament",
    "Troops blocked the Bosphorus bridges in Istanbul and fought police overnight before forces loyal to the government regained control. More than 200 people were killed.",
    "B E V",
    "coup_attempt",
)
P(
    "Families flee Ain Zara as shells fall on Tripoli's southern suburbs",
    "Forces loyal to Khalifa Haftar are pushing towards the Libyan capital, and the UN says more than 3,000 people have been displaced in a week.",
    "E B D",
    "offensive",
)
P(
    "Attack on Sinai mosque during Friday prayers kills more than 300",
    "Gunmen set off a bomb and fired on worshippers as they ran from al-Rawda mosque in North Sinai, in the deadliest terrorist attack in Egypt's modern history.",
    "E V T",
    "mosque_attack",
)
P(
    "Iranian missiles hit Erbil; Revolutionary Guards claim 'spy headquarters'",
    "Kurdish officials in northern Iraq said a businessman and members of his family were killed when the missiles struck a house on the edge of the city.",
    "E",
    "missile_attack",
)
P(
    "Al-Shifa hospital 'a ruin' after two-week Israeli raid, WHO says",
    "Gaza's largest hospital is out of service, and bodies were found in its courtyard after troops withdrew.",
    "M H",
    "raid",
)
P(
    "Famine confirmed in Gaza City, hunger monitor says",
    "The IPC says famine could spread to Deir al-Balah and Khan Younis by the end of September without a ceasefire and unhindered aid.",
    "H",
    "humanitarian",
)
P(
    "Jordanian and Emirati planes airdrop food into northern Gaza",
    "Pallets of flour and canned food fell over the north, where convoys have been unable to get through the fighting for weeks.",
    "H",
    "airdrop",
)
P(
    "Rebels take most of Aleppo in lightning offensive",
    "Fighters led by Hayat Tahrir al-Sham reached the citadel as government troops pulled out, a war monitor said. Russian jets struck the city's outskirts overnight.",
    "B E",
    "offensive",
)
P(
    "Turkish drones strike Kurdish-led fighters near Manbij dam",
    "Clashes between Turkish-backed factions and the SDF around the Tishreen dam have killed dozens in a week, a monitoring group said.",
    "E B",
    "battle",
)
P(
    "Polio vaccination begins in Gaza during limited pauses in fighting",
    "Health teams aim to reach 640,000 children in the war-battered territory after the first polio case in 25 years was confirmed, UNICEF said.",
    "H",
    "humanitarian",
)
P(
    "Syrians flee Lebanon for home as Israeli strikes intensify",
    "More than 100,000 people, most of them Syrian refugees, have crossed at Masnaa in a week to escape the bombardment of southern Lebanon, UNHCR said.",
    "D E",
    "displacement",
)
# ---------------------------------------------------------------- positives, batch 2 (Ukraine, Russia, the Caucasus, Central Asia, Europe)

P(
    "Okhmatdyt children's hospital hit in daytime barrage on Kyiv",
    "Part of Ukraine's largest children's hospital collapsed during a Russian missile attack that killed dozens across the country. Young patients on drips were carried into the street.",
    "E V H",
    "missile_attack",
)
P(
    "Drone attack sets Odesa port warehouses ablaze",
    "Grain stores and a port building caught fire after overnight drone strikes on Odesa, the regional governor said; two workers were injured.",
    "E",
    "drone_strike",
)
P(
    "Ukrainian drones hit oil refinery in Russia's Ryazan region",
    "A fire broke out at the plant after what the Russian governor called a massive drone attack.",
    "E",
    "drone_strike",
)
P(
    "Russia evacuates border districts as Ukrainian armour crosses into Kursk",
    "Ukrainian units have advanced several kilometres beyond the frontier, and thousands of Russian residents are being moved to Kursk city and further east.",
    "M B D",
    "ground_incursion",
)
P(
    "Russian troops cross border in new offensive north of Kharkiv",
    "Russian units attacked along a broad front near Vovchansk, and nearly 10,000 people have been evacuated from border villages, regional officials said.",
    "B M D",
    "offensive",
)
P(
    "Russia says it has taken Avdiivka after months of fighting",
    "Ukraine's army chief said his troops had withdrawn to new defensive lines to avoid encirclement in the ruined eastern town.",
    "B",
    "battle",
)
P(
    "Bakhmut: Wagner fighters press assault on last Ukrainian-held districts",
    "Ukrainian commanders describe constant street fighting in the west of the city. Russian artillery is pounding the roads used to bring in supplies.",
    "B E",
    "battle",
)
P(
    "Families with children ordered to leave villages near Kupiansk",
    "Regional authorities in Kharkiv ordered the evacuation of 37 settlements as Russian shelling around the town grew heavier.",
    "D E",
    "displacement",
)
P(
    "Glide bomb hits busy Kharkiv hardware store",
    "At least 12 people were killed when the bomb struck the shopping centre on a Saturday afternoon. Rescuers searched the burning building for the missing.",
    "E V",
    "airstrike",
)
P(
    "Missiles hit Sumy city centre as residents went to church",
    "Two ballistic missiles struck a street crowded with people on Palm Sunday, killing 34, Ukraine's emergency service said.",
    "E V",
    "missile_attack",
)
P(
    "Rocket strike on Kramatorsk station crowded with evacuees",
    "Thousands of people were waiting for trains to the west when the rocket hit, local officials said. At least 50 were killed.",
    "E V D",
    "missile_attack",
)
P(
    "Shelling near Zaporizhzhia nuclear plant knocks out external power",
    "The IAEA said the plant was running on diesel generators after the last power line was cut by shelling.",
    "E",
    "shelling",
)
P(
    "UN convoy brings food to front-line Siversk",
    "Trucks carried food, hygiene kits and solar lamps to about 2,000 people who remain in the town under regular shelling, OCHA said.",
    "H",
    "humanitarian",
)
P(
    "Heavy artillery fire around Debaltseve despite truce",
    "Separatists and Ukrainian forces exchanged fire around the railway hub on Sunday. OSCE monitors were refused entry to the town.",
    "B E",
    "battle",
)
P(
    "Blast damages Crimea bridge, fuel train set on fire",
    "Part of the road section collapsed into the sea after a truck exploded on Saturday morning, Russian officials said, blaming Ukraine's special services.",
    "E",
    "bombing",
)
P(
    "Artillery fire in Stepanakert as Baku announces 'anti-terrorist measures'",
    "Azerbaijan's defence ministry said it had begun a military operation in Nagorno-Karabakh. Armenian officials said civilians were among the dead.",
    "E M",
    "offensive",
)
P(
    "Hakari bridge: exodus from Karabakh passes 100,000",
    "Nearly the whole Armenian population of the region has left in a week since Azerbaijan's lightning offensive, Armenian officials said.",
    "D",
    "displacement",
)
P(
    "Stepanakert shelled as fighting spreads along Karabakh front",
    "Armenian and Azerbaijani forces fought with tanks, artillery and drones for a sixth day, and residents of the region's main city spent the night in basements.",
    "B E",
    "battle",
)
P(
    "Crocus City Hall attack: gunmen shoot concertgoers, set building ablaze",
    "More than 130 people were killed in the attack outside Moscow. Islamic State said its fighters carried it out.",
    "V T",
    "shooting_attack",
)
P(
    "Attacks on synagogue and churches in Dagestan kill priest and police officers",
    "Gunmen struck in Derbent and Makhachkala on Sunday evening, and the regional government called the attacks terrorist acts.",
    "V T",
    "terrorist_attack",
)
P(
    "Batken: tens of thousands evacuated as Kyrgyz-Tajik border fighting flares",
    "Both sides used tanks and mortars, and Kyrgyz officials said several villages near the border had been shelled.",
    "B E D",
    "border_clash",
)
P(
    "Third night of pro-EU protests in Tbilisi: riot police chase demonstrators",
    "Police used water cannon and tear gas on crowds around parliament, and the interior ministry said dozens were detained.",
    "U",
    "crackdown",
)
P(
    "Fires and looting in French suburbs after teenager shot by police",
    "Youths set cars and public buildings alight in Nanterre and other towns for a third night. The government deployed 40,000 police officers.",
    "U",
    "riot",
)
P(
    "Masked men smash windows at Rotherham asylum hotel",
    "Rioters set fire to bins at the hotel while staff and residents sheltered inside, South Yorkshire police said.",
    "U V",
    "riot",
)
P(
    "Gunmen and suicide bombers strike across Paris",
    "Attackers killed scores of people at the Bataclan concert hall, at bars and restaurants and outside the Stade de France. The president called it an act of war by Islamic State.",
    "V T E",
    "terrorist_attack",
)
P(
    "Bomb at Manchester Arena after pop concert",
    "Police said a suicide bomber set off his device as young fans were leaving the Ariana Grande show, and that they were treating it as a terrorist incident.",
    "E T V",
    "suicide_bombing",
)
P(
    "Ballymena: families flee homes after third night of disorder",
    "Police said rioters attacked houses of migrant families with petrol bombs and bricks, and dozens of officers were injured.",
    "U V D",
    "riot",
)
P(
    "Serb gunmen and Kosovo police in gun battle at monastery",
    "A police officer was killed in an ambush in Banjska before about 30 armed men barricaded themselves inside the monastery, officials in Pristina said.",
    "B",
    "battle",
)
P(
    "Ukrainian refugees in Poland pass 2 million",
    "Most have crossed at Medyka, where volunteers hand out food and free train tickets to women and children fleeing the Russian invasion.",
    "D",
    "displacement",
)
# ---------------------------------------------------------------- positives, batch 3 (Africa)

P(
    "Gunfire and explosions in Khartoum as army and RSF fight for control",
    "The army and the paramilitary Rapid Support Forces battled around the presidential palace and the airport. Residents said warplanes flew low over the city.",
    "B E",
    "battle",
)
P(
    "Masalit survivors describe killings in El Geneina",
    "People who reached Chad said RSF fighters and allied Arab militias went from house to house, shooting men and boys.",
    "V D",
    "massacre",
)
P(
    "RSF says it has taken Zamzam camp; tens of thousands flee",
    "The UN said people were fleeing on foot towards Tawila after days of shelling and ground attacks on the camp near El Fasher, which sheltered about half a million.",
    "V D E",
    "attack_on_camp",
)
P(
    "Aid groups stretched as Tawila population swells",
    "Hundreds of thousands of people who escaped the fighting around El Fasher are living under trees and plastic sheets. Water is rationed to a few litres a day, MSF said.",
    "H D",
    "humanitarian",
)
P(
    "Last functioning hospital in El Fasher shelled again",
    "The Saudi Hospital was hit by artillery fire for the third time in a month, killing patients and a nurse, the WHO said.",
    "E V H",
    "shelling",
)
P(
    "Air strike on Nyala market kills dozens, activists say",
    "The army has not commented on the strike on the busy livestock market in the RSF-held city, which local volunteers said killed at least 40.",
    "E V",
    "airstrike",
)
P(
    "Sudanese fleeing war arrive in Renk with nothing",
    "More than 1,500 people a day are crossing into South Sudan at Joda, UNHCR said, and the transit centre is five times over capacity.",
    "D H",
    "displacement",
)
P(
    "UNHCR: funds for Sudanese refugees in Chad will run out by June",
    "The agency appealed for money to feed and shelter the 600,000 people who have crossed since the war began, many of them women and children.",
    "H D",
    "humanitarian",
)
P(
    "Tanks and helicopters in Juba as rival forces clash",
    "Troops loyal to President Kiir and to his deputy Riek Machar fought in several parts of the South Sudanese capital. Thousands of people sought shelter at UN bases.",
    "B E D",
    "battle",
)
P(
    "Air strikes on Upper Nile as army battles White Army fighters",
    "The UN mission said civilians were fleeing Nasir county by boat and that a health centre had been hit.",
    "E B D",
    "airstrike",
)
P(
    "UN: humanitarian worker shot dead on Pibor road",
    "Gunmen fired on a clearly marked convoy carrying food and medicine, the UN said, in the third killing of an aid worker in the area this year.",
    "V H",
    "attack_on_aid",
)
P(
    "Ethiopian army says it is advancing on Mekelle",
    "The government said its forces had taken several towns on the road to the Tigray capital, and gave the TPLF 72 hours to surrender.",
    "B M",
    "offensive",
)
P(
    "Hundreds of thousands in Tigray face famine, UN warns",
    "Aid agencies say fighting and restrictions on movement have kept convoys out of large parts of the region for months.",
    "H",
    "humanitarian",
)
P(
    "Hundreds killed in Oromia village attack, witnesses say",
    "Survivors in Gimbi district blamed fighters of the Oromo Liberation Army for the killings, mostly of ethnic Amhara. The rebels denied it.",
    "V",
    "massacre",
)
P(
    "Twin car bombs at Mogadishu ministry kill more than 100",
    "The explosions went off minutes apart at a busy junction by the education ministry. The government blamed al-Shabaab.",
    "E T V",
    "bombing",
)
P(
    "Siege at Mogadishu's Hayat Hotel enters second day",
    "Somali forces were still fighting al-Shabaab gunmen inside the building, which the attackers stormed after a car bomb blew open its gate.",
    "B E T V",
    "siege",
)
P(
    "Al-Shabaab pushed out of villages along the Shabelle, army says",
    "Soldiers and clan fighters backed by air strikes took a string of villages in Hiraan and Middle Shabelle during the government's offensive.",
    "B M",
    "offensive",
)
P(
    "US air strike hits al-Shabaab near Jilib, AFRICOM says",
    "The command said the strike, carried out at the request of the Somali government, killed several militants and no civilians.",
    "E",
    "airstrike",
)
P(
    "Al-Shabaab gunmen storm university in Garissa",
    "The attackers separated Christian students from Muslims before shooting them, survivors said. 148 people were killed.",
    "V T",
    "school_attack",
)
P(
    "Insurgents attack Mozambique's Palma; thousands flee",
    "Islamic State-linked fighters attacked the town near a large gas project, and residents escaped by boat or into the bush, aid workers said.",
    "V D T",
    "raid",
)
P(
    "Gunfire near Goma airport as M23 fighters reach city centre",
    "Residents hid indoors as the Rwanda-backed rebels were seen on the main roads, and the UN said hospitals were overwhelmed with wounded.",
    "B H",
    "battle",
)
P(
    "Bombs hit displacement camps around Goma",
    "At least 12 people, most of them children, were killed when bombs fell on the Mugunga and Lac Vert camps, the UN said.",
    "E V D",
    "shelling",
)
P(
    "ADF rebels attack church in Ituri during night vigil",
    "The Islamic State-linked group killed at least 38 worshippers in Komanda, the UN mission said. Several homes and shops were burned.",
    "V T",
    "massacre",
)
P(
    "Aid groups pull out of Masisi after warehouses looted",
    "Humanitarian organisations suspended work in the territory as fighting between M23 and army-backed militias closed the roads, OCHA said.",
    "H B",
    "humanitarian",
)
P(
    "Rebels attack towns near Bangui before election results",
    "The Coalition of Patriots for Change attacked Damara and Boali, and UN peacekeepers and Rwandan troops were sent to hold the roads into the capital.",
    "B",
    "battle",
)
P(
    "Gunmen attack school in Cameroon's Kumba, killing children",
    "Seven pupils were killed when men with guns and machetes stormed the school, authorities said. They blamed separatist fighters.",
    "V",
    "school_attack",
)
P(
    "Gunmen attack Catholic church in Owo during Sunday Mass",
    "Attackers set off explosives and fired on worshippers in the south-western Nigerian town. The government later blamed ISWAP.",
    "V E T",
    "church_attack",
)
P(
    "Dozens killed in night attack on Yelwata, Benue state",
    "Armed men attacked the village and a market where displaced families slept, residents said.",
    "V D",
    "massacre",
)
P(
    "Nigerian troops repel ISWAP attack on Monguno base",
    "The army said soldiers and air support fought off the jihadists after a gun battle that lasted several hours.",
    "B T",
    "attack_on_base",
)
P(
    "Nigerian air force steps up strikes on bandit camps in Zamfara forests",
    "The military said jets had destroyed hideouts and killed dozens of gunmen over a week of operations.",
    "E M",
    "air_campaign",
)
P(
    "Zamfara: 30 killed as armed men raid village on motorcycles",
    "The attackers shot residents and set fire to granaries, and survivors fled to the local government headquarters.",
    "V D",
    "village_raid",
)
P(
    "Witnesses say troops shot at singing #EndSARS protesters",
    "Demonstrators at the Lekki toll plaza in Lagos were sitting and singing the national anthem when soldiers opened fire.",
    "U",
    "crackdown",
)
P(
    "Dawn attack on Bamako gendarmerie school; JNIM claims responsibility",
    "Gunfire was heard for hours near the training school and the military part of the airport.",
    "B T",
    "terrorist_attack",
)
P(
    "Rights group says hundreds killed in Moura by Malian troops and foreign fighters",
    "Human Rights Watch says men were rounded up and executed over several days in the central Malian town. The army called it a counter-terrorism operation.",
    "V M",
    "massacre",
)
P(
    "Tuareg rebels say they killed dozens of Wagner fighters near Algerian border",
    "Fighting near Tinzaouaten lasted three days, and Wagner's own channels admitted heavy losses.",
    "B",
    "battle",
)
P(
    "Burkina Faso: villagers digging defensive trenches gunned down",
    "JNIM fighters attacked residents of Barsalogho who had been ordered by the army to dig trenches around the town, according to a security source.",
    "V T",
    "massacre",
)
P(
    "Displaced people pour into Kaya after attacks in northern Burkina Faso",
    "Families arrived on donkey carts after armed men burned their villages. The town's schools are full of people sleeping on classroom floors.",
    "D V",
    "displacement",
)
P(
    "Jihadists kill 54 soldiers in northern Benin",
    "JNIM said it overran two army positions in the W national park near the Burkinabe border.",
    "B T",
    "attack_on_base",
)
P(
    "Part of Kenya's parliament set alight as finance bill protests turn deadly",
    "Police fired live rounds at crowds who broke into the compound after lawmakers passed the bill, and medics said several people were shot dead.",
    "U",
    "crackdown",
)
P(
    "Riots in Senegal after opposition leader is sentenced",
    "Supermarkets and petrol stations were looted and burned in Dakar and Ziguinchor. The government restricted access to social media.",
    "U",
    "riot",
)
P(
    "Police kill protesters as Mozambique election unrest spreads",
    "Police fired tear gas and live rounds at crowds in Maputo who were disputing the results, and rights groups say dozens have died in a month.",
    "U",
    "crackdown",
)
P(
    "Durban warehouses burn in fourth day of unrest",
    "Looting has spread across KwaZulu-Natal since Jacob Zuma was jailed, and the army has been deployed to support the police.",
    "U",
    "riot",
)
P(
    "Suicide bombers hit central Kampala",
    "Two explosions near parliament and the central police station killed three passers-by. Police blamed the ADF, which pledges allegiance to Islamic State.",
    "E T",
    "suicide_bombing",
)
P(
    "Thousands flee fighting in Las Anod",
    "Clashes between Somaliland forces and clan militias around the town have driven tens of thousands of people across the border into Ethiopia, UNHCR said.",
    "B D",
    "displacement",
)
P(
    "UN trucks cross from Chad into Darfur at Adre",
    "The convoy carried sorghum, medicines and nutrition supplies for children in areas cut off by the war, WFP said.",
    "H",
    "humanitarian",
)
# ---------------------------------------------------------------- positives, batch 4 (Asia, the Americas, Oceania)

P(
    "Suicide bombing outside Kabul airport kills dozens",
    "The blast tore through crowds of Afghans trying to reach evacuation flights at Abbey Gate. Islamic State's regional branch said it was behind the attack.",
    "E T V D",
    "suicide_bombing",
)
P(
    "US air strike hits MSF hospital in Kunduz",
    "Médecins Sans Frontières said staff and patients were killed when the trauma centre was hit repeatedly in the night, although its location had been shared with all sides.",
    "E V H",
    "airstrike",
)
P(
    "Taliban take Herat and Kandahar after heavy fighting",
    "Afghan government forces lost the country's second and third cities within a day, and thousands of families fled towards Kabul.",
    "B D",
    "offensive",
)
P(
    "Suicide attack on girls' school in Kabul's Dasht-e-Barchi",
    "Explosions at the gate of the school as pupils were leaving killed more than 50 people, most of them Hazara girls.",
    "E V",
    "school_attack",
)
P(
    "Bombing at police mosque in Peshawar kills 100",
    "A suicide bomber blew himself up among officers at midday prayers inside the city's police headquarters. A faction of the Pakistani Taliban claimed it.",
    "E T V",
    "suicide_bombing",
)
P(
    "Gunmen pull passengers from buses and shoot them in Balochistan",
    "Separatist fighters blocked a highway in Musakhel and killed 23 people after checking their identity cards, police said, calling it a terrorist attack.",
    "V T",
    "massacre",
)
P(
    "Pakistani air strikes hit Afghan border province, Taliban say",
    "A Taliban spokesman said women and children were among those killed in the strikes in Paktika.",
    "E",
    "airstrike",
)
P(
    "Families leave Bajaur as army launches operation against militants",
    "Thousands of people have moved into government schools in Khar after the military ordered residents of several villages out ahead of the offensive.",
    "M D",
    "military_operation",
)
P(
    "Kurram clashes: food and medicine run short in Parachinar",
    "The main road has been closed for weeks after tribal and sectarian fighting killed scores. Doctors say children have died for lack of medicine.",
    "B H",
    "humanitarian",
)
P(
    "India strikes sites in Pakistan; Islamabad says civilians killed",
    "India said its missiles hit 'terrorist infrastructure' in nine places. Pakistan's army said mosques and homes were hit.",
    "E M",
    "missile_attack",
)
P(
    "26 killed as militants fire on tourists near Pahalgam",
    "The gunmen attacked visitors in a meadow above the Kashmir resort in what India called a terrorist attack.",
    "V T",
    "massacre",
)
P(
    "Manipur: houses torched as ethnic violence spreads",
    "Mobs set fire to homes and churches in Imphal and the hills, and the army said thousands of people had been moved to relief camps.",
    "U V D",
    "communal_violence",
)
P(
    "Myanmar: dozens of protesters shot dead on deadliest day since coup",
    "Security forces fired on crowds in Yangon and Mandalay, and a rights group said at least 38 people were killed.",
    "U",
    "crackdown",
)
P(
    "Junta air strike on village gathering in Sagaing kills scores",
    "Jets bombed a crowd that had gathered for the opening of an opposition office in Pazigyi, witnesses said. Children were among the dead.",
    "E V",
    "airstrike",
)
P(
    "Ethnic rebel alliance captures Lashio",
    "The Myanmar National Democratic Alliance Army said it had seized the army's north-eastern command, the first regional command to fall to rebels.",
    "B",
    "battle",
)
P(
    "Hunger spreads in Rakhine as fighting blocks food supplies",
    "The UN development agency warned of famine conditions in the state, where the war between the army and the Arakan Army has closed roads and river routes.",
    "H",
    "humanitarian",
)
P(
    "Rohingya flee across Naf river as villages burn",
    "Refugees arriving in Bangladesh described soldiers and mobs setting fire to houses and shooting at people who ran.",
    "V D",
    "displacement",
)
P(
    "Rohingya rations cut to $8 a month as funding dries up",
    "The World Food Programme said donors had not come forward for the nearly one million people who fled violence in Myanmar and live in the Cox's Bazar camps.",
    "H D",
    "humanitarian",
)
P(
    "Curfew in Bangladesh as students and police clash",
    "Police fired rubber bullets and tear gas at protesters in Dhaka, and the state broadcaster's building was set on fire. Dozens have been killed in a week.",
    "U",
    "crackdown",
)
P(
    "Churches and luxury hotels bombed in Colombo, Negombo and Batticaloa",
    "The explosions went off during Easter Sunday services and at breakfast time, and the government blamed a local Islamist group.",
    "E T V",
    "suicide_bombing",
)
P(
    "Troops battle Islamic State-linked militants in Marawi",
    "The army used air strikes to dislodge the Maute group from parts of the southern Philippine city. Most of its 200,000 residents have fled.",
    "B M D E",
    "battle",
)
P(
    "IS claims bombing of Catholic Mass in Marawi gym",
    "Four people were killed at the state university, and the president blamed 'foreign terrorists'.",
    "E T V",
    "bombing",
)
P(
    "Philippine army pushes offensive against Abu Sayyaf in Sulu jungle",
    "Soldiers backed by artillery overran a militant camp near Patikul, the military said, and several soldiers were wounded in the fighting.",
    "B M E",
    "offensive",
)
P(
    "Papuan rebels kill road construction workers in Nduga",
    "The West Papua National Liberation Army said it killed the workers because they were building a road for the military. Police said at least 19 died.",
    "V",
    "massacre",
)
P(
    "Bomb hits ranger patrol in Thailand's Narathiwat",
    "Two paramilitary rangers were killed when a roadside bomb exploded beside their pickup in the insurgency-hit south.",
    "E",
    "bombing",
)
P(
    "Thailand and Cambodia trade fire along border; villagers flee",
    "Thai jets struck Cambodian positions after artillery and rockets hit Thai villages, and more than 100,000 people were evacuated on both sides.",
    "B E D",
    "border_clash",
)
P(
    "Nepal protesters set parliament on fire as police fire kills 19",
    "Young demonstrators angered by a social media ban and corruption stormed the parliament complex in Kathmandu. The army was deployed after the prime minister resigned.",
    "U",
    "riot",
)
P(
    "Gangs attack Port-au-Prince prisons; thousands of inmates escape",
    "Gunmen stormed Haiti's National Penitentiary after days of attacks on police stations. The government declared a state of emergency.",
    "B",
    "gang_attack",
)
P(
    "Gang massacre in Cité Soleil kills scores of older people",
    "A gang leader ordered the killing of residents he accused of witchcraft after his son fell ill, a rights group said.",
    "V",
    "massacre",
)
P(
    "More than a million displaced by gang violence in Haiti, IOM says",
    "The number of people who have fled their homes tripled in a year, and about half of them are children.",
    "D H",
    "displacement",
)
P(
    "Half of Haiti's people face acute hunger as gangs block roads",
    "WFP says armed groups control the main routes out of Port-au-Prince and extort trucks, and food prices have doubled in a year.",
    "H",
    "humanitarian",
)
P(
    "Kenyan police in Haiti exchange fire with gang coalition",
    "The multinational mission said its officers came under attack during an operation to retake the road to the port. Two armoured vehicles were hit.",
    "B M",
    "battle",
)
P(
    "Gangs storm Mirebalais; residents flee",
    "Gunmen took control of the town in central Haiti and freed more than 500 prisoners, and thousands of residents walked to nearby hills.",
    "B D",
    "gang_attack",
)
P(
    "Fighting in Catatumbo displaces tens of thousands",
    "Colombia's government suspended talks with the ELN after its fighters clashed with FARC dissidents and killed civilians in the border region.",
    "B V D",
    "battle",
)
P(
    "Six dead as explosives-laden truck blows up on Cali avenue",
    "The blast went off near the air force base, and the mayor called it a terrorist attack by FARC dissidents.",
    "E T",
    "bombing",
)
P(
    "Ecuador declares 'internal armed conflict' after gunmen storm TV studio",
    "The president ordered the army to 'neutralise' 22 gangs he designated as terrorist groups after masked men took a television crew hostage on air.",
    "V T",
    "hostage_taking",
)
P(
    "Gunfights between cartel factions paralyse Culiacán",
    "Schools and shops closed in the capital of Sinaloa state as rival factions of the cartel fought with high-calibre rifles and drones.",
    "B",
    "battle",
)
P(
    "Colombian police accused of firing on protesters in Cali",
    "Human rights groups said officers and armed civilians shot at demonstrators during the national strike. Several people were killed.",
    "U V",
    "crackdown",
)
P(
    "Pro-Trump mob storms US Capitol",
    "Rioters broke through police lines and windows to get into the building while Congress was certifying the election result.",
    "U",
    "riot",
)
P(
    "Paramilitaries attack protesters in Masaya",
    "Hooded men loyal to the Nicaraguan government fired on barricades in the Monimbó district, and residents said several people were killed.",
    "U V",
    "crackdown",
)
P(
    "Bolsonaro supporters storm Brazil's Congress and presidential palace",
    "Thousands of rioters smashed windows and furniture in Brasília before security forces retook the buildings and arrested hundreds.",
    "U",
    "riot",
)
P(
    "Buffalo supermarket shooting investigated as racially motivated terrorism",
    "A gunman killed ten people, all of them Black, and federal prosecutors charged him with hate crimes and domestic terrorism.",
    "V T",
    "terrorist_attack",
)
P(
    "National Guard deployed as immigration protests turn violent in Los Angeles",
    "Protesters set cars on fire and threw objects at officers, who answered with tear gas and flash-bang grenades.",
    "U",
    "riot",
)
P(
    "Solomon Islands: Australia sends police as Honiara burns",
    "Protesters from Malaita set fire to buildings in Chinatown for a second day, and the prime minister asked for help from Canberra.",
    "U",
    "riot",
)
P(
    "Dozens killed in tribal ambush in Papua New Guinea's Enga",
    "Police said at least 64 men were shot dead in an ambush by a rival clan armed with high-powered rifles near Wabag.",
    "B",
    "battle",
)
# ---------------------------------------------------------------- negatives: disasters

N(
    "Cyclone Freddy: Malawi death toll passes 400",
    "More than 180,000 people are sheltering in camps after floods and mudslides swept through Blantyre. Soldiers are using boats to reach cut-off villages.",
    "disaster",
)
N(
    "Rescuers pull survivors from rubble in Hatay days after quake",
    "Army units joined search teams in the ruined city as the death toll in Turkey and Syria climbed past 20,000.",
    "disaster",
)
N(
    "Army helicopters pluck families from rooftops in flooded Sindh",
    "More than 30 million people have been affected by the monsoon floods, Pakistan's government says, and a third of the country is under water.",
    "disaster",
)
N(
    "Wildfire reduces historic Lahaina to ashes",
    "Residents jumped into the sea to escape the flames as the fire, driven by hurricane winds, swept through the Maui town. Dozens are confirmed dead.",
    "disaster",
)
N(
    "Morocco earthquake: villagers sleep outside in the Atlas mountains",
    "Soldiers and volunteers are clearing blocked roads to reach remote villages where mud-brick houses collapsed, and the death toll has passed 2,900.",
    "disaster",
)
N(
    "Landslides in Wayanad bury tea estate villages",
    "More than 200 people died when hillsides collapsed after torrential rain in Kerala. The army built a temporary bridge to reach survivors.",
    "disaster",
)
N(
    "Tonga cut off after undersea volcano eruption and tsunami",
    "Ash covers the main island and the undersea communications cable has been severed, New Zealand's defence force said after a surveillance flight.",
    "disaster",
)
N(
    "Floodwaters swamp Maiduguri after dam collapse",
    "About 400,000 people have been forced from their homes, including families already living in camps, Borno officials said.",
    "disaster",
)
N(
    "Cyclone Mocha tears through Rakhine and Cox's Bazar",
    "Winds of up to 210 km/h ripped roofs off homes in Sittwe and damaged bamboo shelters in the Rohingya refugee camps across the border.",
    "disaster",
)
N(
    "Drought pushes Somali herders into camps around Baidoa",
    "A fifth failed rainy season has killed livestock across southern Somalia. Families are walking for days to reach water and food distributions.",
    "disaster",
)
N(
    "Hurricane Maria leaves Puerto Rico without power",
    "The whole island is in darkness and many roads are impassable, and officials say it could take months to restore electricity.",
    "disaster",
)
N(
    "Soldiers join clean-up after Valencia flash floods",
    "Thousands of troops are clearing mud and cars from towns south of the city, where more than 200 people died when a month's rain fell in hours.",
    "disaster",
)
N(
    "Kunar earthquake: rescuers reach mountain villages on foot",
    "Landslides blocked the roads into the valleys of eastern Afghanistan after the night-time quake, and helicopters are flying the injured to Jalalabad.",
    "disaster",
)
N(
    "Blaze leaves 2,000 refugees homeless in Kenyan camp",
    "The fire started in a cooking area in Kakuma and spread quickly through the dry shelters, the UN refugee agency said.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: crime

N(
    "Gunman kills 19 children and two teachers at Texas school",
    "Police said the 18-year-old attacker, who was killed by officers, had bought two rifles days before the shooting at Robb Elementary in Uvalde.",
    "crime",
)
N(
    "Student kills 14 in shooting at Prague university",
    "Police said the gunman, who killed himself, had acted alone. There was no link to extremism, the interior minister said.",
    "crime",
)
N(
    "Antwerp cocaine seizures top 100 tonnes",
    "Customs officers found most of the drug hidden in banana containers from Ecuador and Colombia, Belgian authorities said.",
    "crime",
)
N(
    "Thieves steal crown jewels from the Louvre in seven-minute heist",
    "The gang used a furniture lift to reach a first-floor window of the Apollo Gallery and escaped on scooters. Eight pieces were taken, the Paris prosecutor said.",
    "crime",
)
N(
    "Kidnapped businessman freed in Lagos after ransom paid, family says",
    "Police said three suspects had been arrested and that the man, abducted outside his home a week ago, was in good health.",
    "crime",
)
N(
    "Former Mexican security chief García Luna sentenced in New York",
    "The judge gave him more than 38 years in prison for taking bribes from the Sinaloa cartel while he led the country's fight against drug traffickers.",
    "crime",
)
N(
    "Tavern shooting in Soweto leaves 16 dead",
    "Police said a group of armed men opened fire on customers at the bar late on Saturday. The motive is not yet known.",
    "crime",
)
N(
    "Man stabs children in Annecy playground",
    "Four toddlers and two adults were wounded by a man with a knife by the lake, and prosecutors said there was no sign of a terrorist motive.",
    "crime",
)
N(
    "Two men convicted of murdering Dutch crime reporter",
    "The journalist was shot in an Amsterdam street after appearing on a television programme. The court said the killing was ordered by a drug gang.",
    "crime",
)
N(
    "Pirates hijack bulk carrier off Somalia",
    "Armed men boarded the ship about 600 nautical miles off the coast and are holding its 23 crew, and the owners are preparing for ransom talks.",
    "crime",
)
N(
    "Former police officer kills 36 at Thai childcare centre",
    "The man, who had been dismissed for drug offences, attacked children with a knife and a gun before killing his family and himself.",
    "crime",
)
N(
    "Brazil charges three men over killing of Dom Phillips and Bruno Pereira",
    "Prosecutors said the British journalist and the Indigenous expert were shot by fishermen involved in illegal fishing in the Javari valley.",
    "crime",
)
N(
    "Teenager opens fire at Belgrade school",
    "Eight pupils and a security guard were killed by a 13-year-old who took his father's guns to school. Serbia has announced a gun amnesty.",
    "crime",
)
N(
    "Gang boss captured in Honduras jungle hideout",
    "Police said the head of a drug trafficking network wanted in the United States was arrested without a shot being fired.",
    "crime",
)

# ---------------------------------------------------------------- negatives: sport

N(
    "Liverpool's attack too much for Brentford",
    "Two goals in five minutes killed the game off before half-time. Slot's side stay top of the Premier League.",
    "sport",
)
N(
    "Springboks' defence holds firm to retain Rugby World Cup",
    "South Africa beat New Zealand 12-11 in a tense final in Paris, absorbing wave after wave of All Blacks attacks.",
    "sport",
)
N(
    "Bumrah puts Australia under siege in Perth",
    "India's captain took five wickets as the hosts were bowled out for 104 on a bouncy first-day pitch. Seventeen wickets fell on the opening day.",
    "sport",
)
N(
    "Napoli and Inter set for final-day battle for the scudetto",
    "One point separates the two sides, and both coaches say their players are ready for the fight. Napoli travel to Cagliari while Inter host Como.",
    "sport",
)
N(
    "Fans clash before cup final in Lisbon; police make arrests",
    "Riot police separated groups of supporters who threw chairs and bottles outside bars near the stadium. The match went ahead as planned.",
    "sport",
)
N(
    "Late strike sends Morocco into World Cup semi-final",
    "Youssef En-Nesyri's header knocked out Portugal, and Morocco became the first African team to reach the last four.",
    "sport",
)
N(
    "Usyk beats Fury on split decision in Riyadh",
    "The Ukrainian became the first undisputed heavyweight champion in 25 years after a brutal battle over twelve rounds.",
    "sport",
)
N(
    "Ukraine qualify for Euro 2024 despite playing home games abroad",
    "A late goal against Iceland in Wroclaw sealed their place. The players dedicated the win to their compatriots at home.",
    "sport",
)
N(
    "Afghan women's cricket team plays first match in exile",
    "Players who left Afghanistan after 2021 took the field in Melbourne, the first time the squad has come together in more than three years.",
    "sport",
)
N(
    "Pogacar attacks on final climb to take yellow jersey",
    "The Slovenian launched his move five kilometres from the summit, and nobody could follow. He now leads the race by almost two minutes.",
    "sport",
)
N(
    "Turkish shooter wins silver and goes viral",
    "Yusuf Dikec finished second in the mixed air pistol at the Paris Olympics, shooting with one hand in his pocket. Millions shared the picture.",
    "sport",
)
N(
    "Magnus Carlsen wins the world rapid title again",
    "The Norwegian fought back from a bad start to win a tense battle with Ian Nepomniachtchi in the final round.",
    "sport",
)
# ---------------------------------------------------------------- negatives: politics and economy

N(
    "Opposition attacks government's budget as 'war on the poor'",
    "The finance minister defended cuts to housing benefit in a stormy debate. Opposition leaders vowed to fight the measures line by line.",
    "politics",
)
N(
    "Senate battle over debt ceiling goes down to the wire",
    "Republican and Democratic leaders traded blame as the Treasury warned the government could run out of cash within days.",
    "politics",
)
N(
    "Prime minister survives no-confidence vote after bruising battle",
    "Rebels in her own party had attacked her handling of the economy, but the vote fell short by 12.",
    "politics",
)
N(
    "Front-runners trade blows over corruption in fiery debate",
    "The two leading candidates attacked each other over graft and inflation. A snap poll said neither had landed a knockout punch.",
    "politics",
)
N(
    "'We are at war with graft,' new president says in first speech",
    "He promised to hunt down officials who had stolen public money and to create a special anti-corruption court.",
    "politics",
)
N(
    "Tories at war over Brexit deal",
    "Senior ministers resigned, and backbenchers launched a fresh assault on the prime minister's plan, which she says is the only deal on the table.",
    "politics",
)
N(
    "Bolsonaro sentenced to 27 years for coup plot",
    "Brazil's supreme court found the former president guilty of plotting to stay in power after losing the 2022 election. His lawyers said they would appeal.",
    "politics",
)
N(
    "South Korean lawmakers impeach Yoon over martial law bid",
    "The motion passed with votes from his own party, suspending the president from office while the constitutional court considers the case.",
    "politics",
)
N(
    "Duterte arrested in Manila on ICC warrant",
    "The former Philippine president faces charges of crimes against humanity over killings during his 'war on drugs'. He was flown to The Hague the same night.",
    "politics",
)
N(
    "Mayor's battle with city council over bike lanes heads to court",
    "The council says the mayor had no authority to remove the lanes, and cycling groups have joined the lawsuit.",
    "politics",
)
N(
    "Campaign 'war room' gears up for final week",
    "Party strategists are targeting swing seats in the north. The leader will visit 20 constituencies in five days.",
    "politics",
)
N(
    "BYD cuts prices on 20 models, deepening EV price war",
    "Rivals followed within days, and analysts say the battle for market share is squeezing margins across China's car industry.",
    "economy",
)
N(
    "Trade war escalates as Washington raises tariffs on Chinese goods",
    "Beijing vowed to fight back with its own measures, and markets in Shanghai and Hong Kong fell sharply. Soybean farmers in the Midwest fear they will pay the price.",
    "economy",
)
N(
    "AI arms race: tech giants plan to spend $300bn on data centres",
    "Microsoft, Alphabet, Amazon and Meta all raised their capital spending forecasts. They say demand for computing power keeps growing.",
    "economy",
)
N(
    "Board rejects hostile takeover bid",
    "The directors said the offer undervalued the company, and urged shareholders to take no action while they consider other options.",
    "economy",
)
N(
    "Brent plunges a quarter in a day as Riyadh opens price war with Moscow",
    "Saudi Arabia slashed its export prices and promised to pump more after talks with Russia on output cuts collapsed.",
    "economy",
)
N(
    "Supermarkets battle for shoppers as food prices fall",
    "Discounters are cutting the price of milk and bread again. The big chains say they will match them.",
    "economy",
)
N(
    "Streaming wars: Netflix adds 19 million subscribers",
    "The company said its crackdown on password sharing and its cheaper plan with advertising had paid off.",
    "economy",
)
N(
    "Bidding war breaks out for British chip designer",
    "A second suitor has made an offer for the company, which would value it at more than £1bn, and its shares jumped by a fifth.",
    "economy",
)
N(
    "Yen at 34-year low stirs talk of currency war",
    "Japan's finance minister warned against speculative moves. Traders said intervention could come at any moment.",
    "economy",
)

# ---------------------------------------------------------------- negatives: peaceful protests

N(
    "Farmers' tractors jam Brussels as EU ministers meet",
    "Hundreds of tractors blocked roads around the European quarter in protest at cheap imports and green rules.",
    "protest",
)
N(
    "Israelis rally against judicial overhaul for tenth week",
    "Organisers said more than 200,000 people marched in Tel Aviv on Saturday night, waving flags and chanting 'democracy'.",
    "protest",
)
N(
    "Residents greet students with food and flowers as march reaches Novi Sad",
    "Thousands walked for two days from Belgrade for a rally to remember the victims of the railway station canopy collapse.",
    "protest",
)
N(
    "Indian farmers end year-long sit-in at Delhi borders",
    "They packed up their tents and tractors after the government repealed three farm laws, and celebrated with sweets.",
    "protest",
)
N(
    "Twelve arrested after activists glue hands to motorway",
    "The climate protest blocked the road for two hours before officers cut the activists free, and traffic queued for miles around the city.",
    "protest",
)
N(
    "Hundreds of thousands march in Buenos Aires in defence of public universities",
    "Students, teachers and rectors filled the streets around Congress in protest at budget cuts. The march ended without incident.",
    "protest",
)
N(
    "Sit-in outside Khartoum army headquarters enters third week",
    "Thousands of protesters are sleeping outside the compound, demanding that the military hand power to civilians.",
    "protest",
)
N(
    "Teachers strike in France over pension reform",
    "Schools closed across the country as unions held a fifth day of strikes. Marches in Paris and Marseille passed off peacefully.",
    "protest",
)
N(
    "Students set up tents on Columbia campus in protest over Gaza",
    "About 50 tents stood on the lawn by Tuesday, and organisers said they would stay until the university cut its investments in companies linked to Israel.",
    "protest",
)
N(
    "Armenian opposition supporters block roads across Yerevan",
    "Protesters sat down on crossings and played music, bringing traffic in the centre to a halt. The police did not intervene.",
    "protest",
)
N(
    "Tens of thousands rally in Bamako in support of junta",
    "Demonstrators waved Malian and Russian flags in Independence Square and called for French troops to leave, and the day ended without incident.",
    "protest",
)
N(
    "Hunger-striking activist taken to hospital in Ladakh",
    "He had fasted for two weeks to demand statehood and environmental protection for the region. Supporters held a vigil outside.",
    "protest",
)
N(
    "Human chain stretches across Georgia in support of EU bid",
    "Holding hands and flags, tens of thousands of people formed a line from the Black Sea coast to the capital.",
    "protest",
)
# ---------------------------------------------------------------- negatives: peace

N(
    "Gaza truce starts on Sunday morning, prisoner releases to follow",
    "The ceasefire took effect after a three-hour delay over the list of hostages to be freed first. Israel is to release 90 Palestinian prisoners in the first exchange.",
    "peace",
)
N(
    "Bogotá ceremony seals revised peace accord with FARC",
    "The new agreement, signed in the Colón theatre, will go to Congress rather than to a second referendum.",
    "peace",
)
N(
    "Aliyev and Pashinyan sign peace text in Washington",
    "The deal opens a transit route through southern Armenia and commits both countries to recognise each other's borders.",
    "peace",
)
N(
    "Ethiopia and Tigray forces sign truce in Pretoria",
    "The two sides agreed to a permanent cessation of hostilities and to the disarmament of Tigrayan fighters. The African Union called it a new dawn.",
    "peace",
)
N(
    "UAE brokers largest prisoner exchange of the war",
    "Russia and Ukraine each handed over 390 people, and buses carrying the freed men crossed the border in the afternoon.",
    "peace",
)
N(
    "UNMISS mandate extended for a year",
    "The Security Council resolution keeps the South Sudan mission's troop ceiling at 17,000 and asks it to help prepare for elections.",
    "peace",
)
N(
    "Kinshasa and Kigali commit to respect each other's borders",
    "The foreign ministers signed the agreement in Washington and promised to set up a joint security mechanism within 30 days.",
    "peace",
)
N(
    "UN envoy: Yemen's warring parties renew truce on same terms",
    "Commercial flights from Sanaa airport will continue, and talks on opening roads around Taiz are to resume next week.",
    "peace",
)
N(
    "Voters in southern Philippines approve Bangsamoro law",
    "The plebiscite ratified a law that creates an autonomous Muslim region, a key part of the 2014 peace deal with the Moro Islamic Liberation Front.",
    "peace",
)
N(
    "Jeddah mediators pause Sudan talks, promise to keep working",
    "Saudi and US officials said they remained in contact with the army and the RSF on humanitarian access and a ceasefire.",
    "peace",
)
N(
    "Ethiopia and Eritrea reopen border crossings",
    "The leaders of the two countries opened the crossings at Bure and Zalambessa. Families separated for two decades embraced.",
    "peace",
)
N(
    "Putrajaya meeting ends with Thai-Cambodian truce",
    "The two prime ministers agreed under Malaysian mediation that an unconditional ceasefire would take effect at midnight.",
    "peace",
)

# ---------------------------------------------------------------- negatives: history

N(
    "Kagame lights remembrance flame at Kigali memorial",
    "The ceremony opened a hundred days of commemoration for the victims of the 1994 genocide, 250,000 of whom are buried at the site.",
    "history",
)
N(
    "Last surviving veterans join leaders at Omaha Beach",
    "Ceremonies along the Normandy coast marked 80 years since the D-Day landings. Some of the veterans were over 100.",
    "history",
)
N(
    "Thirty more Srebrenica victims laid to rest",
    "Their remains, identified through DNA years after they were found in mass graves, were buried at Potočari in front of thousands of mourners.",
    "history",
)
N(
    "Second World War bomb defused in Frankfurt after mass evacuation",
    "About 60,000 residents had to leave their homes while experts made the 1.4-tonne British bomb safe.",
    "history",
)
N(
    "Bell tolls at 8:15 as Hiroshima remembers, 70 years on",
    "Tens of thousands stood in silence at the Peace Memorial Park at the moment the atomic bomb exploded.",
    "history",
)
N(
    "World leaders gather in Paris for Armistice centenary",
    "Dozens of heads of state walked together in the rain to the Arc de Triomphe, 100 years after the end of the First World War.",
    "history",
)
N(
    "Khmer Rouge tribunal rejects Khieu Samphan's final appeal",
    "The ruling upheld his genocide conviction and brought the court's work to an end after 16 years.",
    "history",
)
N(
    "Remains of First World War soldiers identified in northern France",
    "DNA tests have identified eight Australian soldiers found in a mass grave near Fromelles. They will be reburied with their names.",
    "history",
)
N(
    "Franco's remains moved from Valley of the Fallen",
    "The dictator's coffin was flown by helicopter to a family plot near Madrid, fulfilling a promise by the Socialist government.",
    "history",
)
N(
    "Beslan remembers the school siege, 20 years on",
    "Mothers laid flowers and bottles of water in the ruined gym where more than 330 people, over half of them children, died in 2004.",
    "history",
)
N(
    "Cannon fire returns to the fields of Waterloo, 200 years on",
    "More than 5,000 enthusiasts in period uniforms staged the battle again, with cavalry charges watched by thousands.",
    "history",
)
N(
    "Unexploded bomb found in Plymouth garden is taken out to sea",
    "Army experts escorted the 500kg German device through the city and detonated it offshore, after 10,000 people were evacuated.",
    "history",
)

# ---------------------------------------------------------------- negatives: entertainment

N(
    "Nolan's atomic bomb film wins seven Oscars",
    "'Oppenheimer' took best picture, best director and best actor for Cillian Murphy, whose portrayal of the physicist had been the favourite all season.",
    "entertainment",
)
N(
    "German anti-war film 'All Quiet on the Western Front' wins four Oscars",
    "The Netflix adaptation of Remarque's novel took best international feature and best cinematography.",
    "entertainment",
)
N(
    "Holocaust drama 'The Zone of Interest' wins international feature Oscar",
    "Jonathan Glazer's film follows the family of the Auschwitz commandant, living in a villa next to the camp wall.",
    "entertainment",
)
N(
    "Palestinian-Israeli film about Masafer Yatta wins Academy Award",
    "'No Other Land', made by a four-person collective, follows the demolition of homes in the southern West Bank.",
    "entertainment",
)
N(
    "Shooter franchise's new instalment makes $1bn in a weekend",
    "The latest Call of Duty broke sales records, its publisher said. Players complained about server queues on launch day.",
    "entertainment",
)
N(
    "Garland's 'Civil War' opens with $25m",
    "The film about journalists crossing a divided United States topped the North American box office, ahead of a monster movie in its third week.",
    "entertainment",
)
N(
    "Exhibition of war photographers' work opens in London",
    "The show brings together pictures from Vietnam, Bosnia and Syria, along with the cameras the photographers carried.",
    "entertainment",
)
N(
    "Israeli drama 'Fauda' filmed its new season in Croatia",
    "The series about an undercover unit returns next month, its makers said, after filming was moved abroad for the first time.",
    "entertainment",
)
N(
    "Irish novel about a country sliding into war wins Booker Prize",
    "Paul Lynch's 'Prophet Song' follows a mother trying to hold her family together as Ireland falls into tyranny.",
    "entertainment",
)
N(
    "Play about Bosnian war opens at Sarajevo's National Theatre",
    "The production tells the story of three families who lived through the siege of the city. It drew a standing ovation.",
    "entertainment",
)
# ---------------------------------------------------------------- negatives: the military without violence

N(
    "Pyongyang launch: missile flies 1,000 km before falling into sea",
    "South Korea's joint chiefs of staff said the ballistic missile was fired from near the capital and landed in waters off the east coast.",
    "military",
)
N(
    "Bundestag changes constitution to fund military modernisation",
    "The €100bn special fund will pay for new fighter jets and heavy-lift helicopters over the next five years.",
    "military",
)
N(
    "Finland becomes NATO's 31st member",
    "The Finnish flag was raised outside the alliance's headquarters in Brussels. NATO's border with Russia has doubled in length.",
    "military",
)
N(
    "China launches large-scale drills around Taiwan",
    "Warships and aircraft surrounded the island in what Beijing called a stern warning to separatist forces, and Taiwan put its forces on alert.",
    "military",
)
N(
    "US and South Korean troops begin annual exercises",
    "The drills will involve live-fire training and amphibious landings. Pyongyang called them a rehearsal for invasion.",
    "military",
)
N(
    "Poland signs deal for hundreds of South Korean tanks",
    "The contract for K2 tanks and K9 howitzers is part of a plan to make Poland's army the largest in the EU.",
    "military",
)
N(
    "INS Vikrant joins the Indian navy",
    "The 45,000-tonne carrier, built at Cochin Shipyard over 13 years, hoisted the navy's new ensign at its commissioning.",
    "military",
)
N(
    "Putin tells Victory Day parade the West has unleashed a war on Russia",
    "Tanks and troops rolled across Red Square as veterans watched from the stands, and fighter jets flew over the Kremlin.",
    "military",
)
N(
    "First F-16 jets arrive in Ukraine",
    "President Zelensky showed off two of the aircraft at an undisclosed airfield. He thanked the countries that had donated them.",
    "military",
)
N(
    "Latvia brings back conscription",
    "The first group of young men reported for 11 months of military service, five years after the draft was abolished.",
    "military",
)
N(
    "Tokyo's defence plan includes long-range missiles for the first time",
    "The record budget pays for missiles that can strike enemy bases, a break from decades of post-war policy.",
    "military",
)
N(
    "AUKUS leaders unveil submarine plan in San Diego",
    "Australia will buy nuclear-powered submarines from the United States and later build a new class with Britain.",
    "military",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Yeti Airlines plane crashes on approach to Pokhara",
    "The twin-engine plane from Kathmandu came down in a river gorge just short of the new airport, and none of the 72 people on board survived.",
    "accident",
)
N(
    "Train collision in Odisha kills more than 280",
    "An express train hit a stationary goods train near Balasore and derailed, and a second express ran into the wreckage.",
    "accident",
)
N(
    "Chemical containers blamed for huge blast at Iranian port",
    "Officials said dozens were killed and more than 1,000 injured at Shahid Rajaee, and that the fire was still burning a day later.",
    "accident",
)
N(
    "Mine blast kills 41 in Turkey's Amasra",
    "A firedamp explosion trapped workers 300 metres underground, the energy minister said. Rescuers worked through the night to reach them.",
    "accident",
)
N(
    "More than 700 pilgrims die in crush at Mina",
    "Two large crowds met at a narrow crossroads on the way to the ritual at the Jamarat, Saudi officials said.",
    "accident",
)
N(
    "Pylos shipwreck: 104 rescued, hundreds missing",
    "The fishing boat, carrying migrants from Libya to Italy, went down in deep water off the Greek coast. Survivors said women and children were in the hold.",
    "accident",
)
N(
    "Revellers trapped in narrow alley as Seoul Halloween crowd surges",
    "159 people died in the crush in Itaewon, most of them in their twenties. Police admitted that emergency calls had gone unanswered.",
    "accident",
)
N(
    "Jeju Air plane crash-lands at Muan airport",
    "The aircraft skidded off the runway and hit a concrete wall. Only two of the 181 people on board survived.",
    "accident",
)
N(
    "Overturned tanker explodes as people gather to collect fuel",
    "Scores were killed in Niger state, emergency officials said, and many of the injured were taken to hospital in Minna.",
    "accident",
)
N(
    "Helicopter carrying Iran's president found crashed in fog",
    "State media said there were no survivors, including President Raisi and the foreign minister, after the aircraft came down in mountains near the border with Azerbaijan.",
    "accident",
)
N(
    "Overloaded boat sinks metres from Goma port",
    "Dozens of passengers drowned when the ferry capsized on Lake Kivu as it approached the quay, local officials said.",
    "accident",
)
N(
    "Army helicopter collides with passenger jet near Washington airport",
    "The Black Hawk was on a training flight when it hit the regional jet as it approached Reagan National Airport. There were no survivors.",
    "accident",
)

# ---------------------------------------------------------------- negatives: health

N(
    "Mpox spread from Congo prompts WHO's highest alarm",
    "A new strain has reached several neighbouring countries, and the agency declared a global health emergency for the second time in two years.",
    "health",
)
N(
    "Uganda declares Ebola outbreak in Mubende",
    "Health officials confirmed a case of the Sudan strain of the virus, for which there is no approved vaccine.",
    "health",
)
N(
    "Vaccinators fan out across Pakistan in new polio round",
    "Health workers will go door to door for a week, and the ministry says parents who refuse will be visited again.",
    "health",
)
N(
    "Zambia delays school reopening as cholera spreads",
    "Hundreds have died in the outbreak. The national stadium in Lusaka has been turned into a treatment centre.",
    "health",
)
N(
    "China ends mass quarantine and lifts Covid curbs",
    "Travellers arriving from abroad will no longer have to isolate, and many cities are already seeing a wave of infections.",
    "health",
)
N(
    "Cameroon begins routine malaria vaccination for children",
    "The country is the first to roll out the vaccine in its national programme. Eighteen more African countries are expected to follow this year.",
    "health",
)
N(
    "Dhaka hospitals overwhelmed as dengue season peaks",
    "Patients are lying on corridor floors, and health officials say this year's death toll is the highest on record.",
    "health",
)
N(
    "Rwanda reports first Marburg cases",
    "Most of the patients are health workers in two intensive care units in Kigali, the health minister said.",
    "health",
)
N(
    "Samoa closes schools as measles outbreak kills dozens of children",
    "The government has made vaccination compulsory and declared a state of emergency, and most of the dead are under five.",
    "health",
)
N(
    "Brazil races to contain Zika ahead of Olympics",
    "Soldiers went house to house in Rio de Janeiro to destroy mosquito breeding sites. The WHO said the risk to athletes was low.",
    "health",
)
# ---------------------------------------------------------------- negatives: ordinary news

N(
    "Fed raises rates by three-quarters of a point",
    "The US central bank made its biggest move since 1994 and signalled more increases to come, as inflation runs at a 40-year high.",
    "other",
)
N(
    "India's ruling party loses majority but Modi set for third term",
    "The BJP will need its allies to form a government after falling short of the 272 seats needed in the lower house.",
    "other",
)
N(
    "Senegal's opposition candidate Faye wins presidency",
    "The 44-year-old former tax inspector, released from prison ten days before the vote, won in the first round. He will be Africa's youngest elected leader.",
    "other",
)
N(
    "Sheinbaum wins Mexican presidency by a landslide",
    "The former Mexico City mayor will be the country's first woman president, according to a quick count by the electoral institute.",
    "other",
)
N(
    "Labour wins UK election by a landslide",
    "Keir Starmer will become prime minister after his party won more than 400 seats, ending 14 years of Conservative government.",
    "other",
)
N(
    "Indonesia's Prabowo sworn in as president",
    "The former general, who won in a single round, promised free school meals and faster economic growth in his first speech as president.",
    "other",
)
N(
    "Chile's voters reject new constitution",
    "The draft, written by an elected convention, was rejected by 62% of voters in a compulsory referendum. The president said the process would start again.",
    "other",
)
N(
    "Milei's austerity brings monthly inflation down to 4.2%",
    "Consumer prices in Argentina rose at the slowest pace in more than two years, the statistics agency said. Wages are still falling in real terms.",
    "other",
)
N(
    "Nigeria lets the naira float",
    "The currency fell sharply against the dollar after the central bank unified the exchange rates, a change investors had long called for.",
    "other",
)
N(
    "Kenya's shilling recovers after Eurobond sale",
    "The government raised $1.5bn to pay off a bond maturing in June, easing fears of a default, and the currency had its best week in a decade.",
    "other",
)
N(
    "China's economy grows 5.2% as reopening lifts spending",
    "The property sector remained weak, and youth unemployment hit a record, official data showed. Economists expect more stimulus this year.",
    "other",
)
N(
    "Ghana reaches deal with bondholders",
    "The agreement on restructuring $13bn of debt is a key step in the country's IMF programme, the finance ministry said.",
    "other",
)
N(
    "Apple unveils its first mixed-reality headset",
    "The Vision Pro will go on sale early next year for $3,499. Analysts doubt that many people will buy one.",
    "other",
)
N(
    "OpenAI releases ChatGPT to the public",
    "Millions of people signed up in the first week to try the chatbot, which can write essays and computer code.",
    "other",
)
N(
    "Chandrayaan-3 touches down near the lunar south pole",
    "India became the fourth country to land a spacecraft on the moon, and scientists in Bengaluru cheered as the lander sent back its first pictures.",
    "other",
)
N(
    "James Webb telescope sends first full-colour images",
    "NASA released a picture of a galaxy cluster showing thousands of galaxies, the deepest image of the universe yet.",
    "other",
)
N(
    "Scientists report nuclear fusion breakthrough",
    "Researchers at a US laboratory produced more energy from a fusion reaction than the lasers put in, for the first time. Power plants are still decades away.",
    "other",
)
N(
    "2023 confirmed as hottest year on record",
    "The EU's climate service said global temperatures were close to 1.5C above pre-industrial levels. Every month from June to December set a record.",
    "other",
)
N(
    "Heatwave: Italy puts 16 cities on red alert",
    "Temperatures are expected to reach 43C in Rome. The health ministry advised people to stay indoors in the afternoon.",
    "other",
)
N(
    "Crowds line wet London streets for coronation",
    "King Charles and Queen Camilla were crowned at Westminster Abbey in the first such ceremony in 70 years.",
    "other",
)
N(
    "Vatican announces death of Pope Francis",
    "The first Latin American pope died at his residence a day after Easter, aged 88, weeks after leaving hospital with pneumonia.",
    "other",
)
N(
    "Cardinals elect first American pope",
    "Robert Prevost, who spent years as a missionary in Peru, took the name Leo XIV. Crowds in St Peter's Square cheered as white smoke rose.",
    "other",
)
N(
    "Former refugee elected to Norway's parliament",
    "She arrived from Somalia as a child and studied law in Oslo. She says she wants to work on housing and schools.",
    "other",
)
N(
    "Syrian refugee wins Olympic medal for team of refugees",
    "The boxer, who trains in Germany, took bronze in Paris, the first medal ever won by the refugee team since it was created in 2016.",
    "other",
)
N(
    "EU agrees migration pact after years of talks",
    "Member states will share responsibility for asylum seekers or pay into a common fund, under the deal reached in Brussels.",
    "other",
)
N(
    "UK's Rwanda asylum plan ruled unlawful",
    "The Supreme Court said asylum seekers sent to Rwanda would risk being returned to countries where they could face harm.",
    "other",
)
N(
    "Taylor Swift's Eras tour breaks box office record",
    "The tour is the first to pass $1bn in ticket sales, according to a trade magazine, and it still has dates in Europe to come.",
    "other",
)
N(
    "Nigerian singer Tems wins first solo Grammy",
    "She won best African music performance, a category created this year, and dedicated the award to her mother in Lagos.",
    "other",
)
N(
    "Tutankhamun's treasures displayed together at new Giza museum",
    "The Grand Egyptian Museum, two decades in the making, opened next to the pyramids with a ceremony attended by world leaders.",
    "other",
)
N(
    "Notre-Dame reopens five years after fire",
    "The Paris cathedral held its first Mass since the blaze, attended by world leaders and the firefighters who saved it.",
    "other",
)
N(
    "Brazil's Lula pledges to end Amazon deforestation by 2030",
    "He told the climate summit in Egypt that Brazil was back and that the forest would be protected. Delegates gave him a standing ovation.",
    "other",
)
N(
    "COP28 deal calls for transition away from fossil fuels",
    "Nearly 200 countries agreed on the text in Dubai after talks ran into an extra day, though small island states said it did not go far enough.",
    "other",
)
N(
    "Ethiopia fills Grand Renaissance Dam reservoir",
    "The prime minister said the fourth and final filling was complete. Egypt said it was a violation of international law.",
    "other",
)
N(
    "Only bidder Saudi Arabia handed 2034 World Cup",
    "FIFA confirmed the kingdom at an online congress, and human rights groups criticised the decision. The 2030 tournament will be shared by six countries on three continents.",
    "other",
)
N(
    "Vietnam's top leader Nguyen Phu Trong dies",
    "The Communist Party general secretary, who led a sweeping anti-corruption campaign, had been ill for months. The party has not named a successor.",
    "other",
)
N(
    "Japan's Ishiba becomes prime minister",
    "Parliament elected the former defence minister after he won the governing party's leadership race at his fifth attempt.",
    "other",
)
N(
    "Under-16s to be kept off social media under new Australian law",
    "Platforms have a year to find ways to check users' ages, or face fines of up to A$49.5m, and parents' groups have welcomed the law.",
    "other",
)
N(
    "Dubai airport remains world's busiest for international travel",
    "It handled 92 million passengers last year, above its level before the pandemic, with India and Saudi Arabia the busiest routes.",
    "other",
)
N(
    "Sri Lanka's new president dissolves parliament",
    "Anura Kumara Dissanayake called snap elections for November. He said he needed a fresh mandate for his reforms.",
    "other",
)
N(
    "Botswana's ruling party loses power after 58 years",
    "The opposition Umbrella for Democratic Change won a majority, and President Masisi conceded defeat, promising a smooth handover.",
    "other",
)
N(
    "Greece legalises same-sex marriage",
    "It is the first Orthodox Christian country to do so, after parliament passed the bill by 176 votes to 76.",
    "other",
)
N(
    "Giant panda cubs born at Berlin zoo",
    "The twins are the first pandas ever born in Germany. The zoo said they were doing well and would not be shown to visitors for several months.",
    "other",
)
N(
    "New Zealand's Ardern announces resignation",
    "She said she no longer had enough in the tank to do the job justice, and will step down within weeks.",
    "other",
)
N(
    "Canada legalises recreational cannabis",
    "It is the second country after Uruguay to do so, and the first shops opened at midnight in Newfoundland.",
    "other",
)
N(
    "Kenyan tea earnings climb as shilling weakens",
    "Buyers from Pakistan and Egypt paid more at the Mombasa auction, and the tea board expects another good year.",
    "other",
)
N(
    "Philippines opens its first subway line for testing",
    "Trains will run on a short stretch of the Manila line before the full route opens, the transport department said.",
    "other",
)

# ====================================================================== end of texts


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def validate(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        for key in ("title", "text"):
            v = rec[key]
            if not isinstance(v, str) or not v or v != v.strip() or "  " in v or "\n" in v:
                errs.append(f"{w}: bad {key} {v!r}")
        if not isinstance(rec["is_conflict"], bool) or not isinstance(rec["tags"], list):
            errs.append(f"{w}: types")
        if rec["is_conflict"]:
            tags = rec["tags"]
            if not tags:
                errs.append(f"{w}: positive without tags")
            if not set(tags) <= TAGS:
                errs.append(f"{w}: tags outside the vocabulary {sorted(set(tags) - TAGS)}")
            if len(set(tags)) != len(tags):
                errs.append(f"{w}: repeated tag")
            if (
                not isinstance(rec["kind"], str)
                or not rec["kind"]
                or rec["kind"] in NEG_KINDS
                or rec["kind"].startswith(("hard_negative", "negative"))
            ):
                errs.append(f"{w}: positive with kind {rec['kind']!r}")
        else:
            if rec["tags"] != []:
                errs.append(f"{w}: negative with tags")
            if rec["kind"] not in NEG_KINDS:
                errs.append(f"{w}: kind {rec['kind']!r}")
        n = n_sentences(rec["text"])
        if not MIN_SENTENCES <= n <= MAX_SENTENCES:
            errs.append(f"{w}: {n} sentences ({MIN_SENTENCES} to {MAX_SENTENCES} wanted)")
        if isinstance(rec["text"], str) and len(rec["text"]) > MAX_TEXT_CHARS:
            errs.append(f"{w}: text of {len(rec['text'])} characters (at most {MAX_TEXT_CHARS})")
        if isinstance(rec["title"], str) and len(rec["title"]) > MAX_TITLE_CHARS:
            errs.append(f"{w}: title of {len(rec['title'])} characters (at most {MAX_TITLE_CHARS})")
        if isinstance(rec["title"], str) and rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key}: {k!r}" for k, n in mine.items() if n > 1]
        for other in other_sets():
            shared = set(mine) & {r[key] for r in _load(other)}
            errs += [f"{key} shared with {other.relative_to(EVAL)}: {k!r}" for k in sorted(shared)]
    return errs


def assign_ids(records: list[dict]) -> list[dict]:
    records = [dict(r) for r in records]
    random.Random(SEED).shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{PREFIX}{i:04d}"
    return records


def summary(records: list[dict], table: bool) -> None:
    pos = [r for r in records if r["is_conflict"]]
    neg = [r for r in records if not r["is_conflict"]]
    tags = Counter(t for r in pos for t in r["tags"])
    kinds = Counter(r["kind"] for r in neg)
    pkinds = Counter(r["kind"] for r in pos)
    ntags = Counter(len(r["tags"]) for r in pos)
    sents = Counter(n_sentences(r["text"]) for r in records)
    sents_pos = Counter(n_sentences(r["text"]) for r in pos)
    hard = sum(1 for r in neg if r["kind"].startswith("hard_negative"))
    share = 100 * len(pos) / len(records) if records else 0.0
    hard_share = 100 * hard / len(neg) if neg else 0.0
    print(
        f"conflict.jsonl: {len(records)} texts, {len(pos)} conflict ({share:.1f}%), "
        f"{len(neg)} not ({hard} hard negatives, {hard_share:.1f}% of the negatives)"
    )
    print("  checked against:", ", ".join(str(p.relative_to(EVAL)) for p in other_sets()))
    print("  tags:", dict(tags.most_common()))
    print("  tags per positive:", dict(sorted(ntags.items())))
    print("  negative kinds:", dict(kinds.most_common()))
    print("  positive kinds:", dict(pkinds.most_common()))
    print(
        "  sentences per text:",
        dict(sorted(sents.items())),
        "(positives:",
        dict(sorted(sents_pos.items())),
        end=")\n",
    )
    if table:
        print("\n| tag | positives |\n| --- | --- |")
        for t in TAG_CODES.values():
            print(f"| `{t}` | {tags[t]} |")
        print("\n| kind | negatives |\n| --- | --- |")
        for k in KIND_CODES.values():
            print(f"| `{k}` | {kinds[k]} |")
        print("\n| positive kind | texts |\n| --- | --- |")
        for k, n in pkinds.most_common():
            print(f"| `{k}` | {n} |")


def main() -> int:
    errs = validate(RECORDS)
    for e in errs:
        print("ERROR", e)
    summary(RECORDS, "--table" in sys.argv)
    if errs:
        return 1
    recs = assign_ids(RECORDS)
    out = HERE / "conflict.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(out)
    assert back == recs and not validate(back)
    assert len({r["id"] for r in back}) == len(back)
    (HERE / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, HERE / "figures.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())

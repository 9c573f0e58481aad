"""Build eval/dev25/conflict.jsonl (and the empty eval/dev25/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "the boundary of organised violence": ordinary news copy (wires, national and local
outlets) about events near the line between armed conflict or political violence and everything
else that is violent or military. Positives are armed-group attacks, gang and cartel wars of the
kind the guideline counts, terror attacks, communal clashes, riots and crackdowns, political
killings, border skirmishes, strikes, kidnappings by armed groups. Negatives are mostly the hard
negatives next to them: ordinary crime, trials for past attacks, arrests and foiled plots,
the military without fighting, commemorations, peaceful protest, sport, accidents with weapons or
explosives, animal attacks, war fiction, metaphors and disasters. Decisions where the guideline
is silent are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (25), with ids i0001... (a prefix no other set uses).

    python eval/dev25/build.py            # validate, print the counts, write the files
    python eval/dev25/build.py --table    # also print the counts as markdown tables
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
SEED = 25
PREFIX = "i"
MIN_SENTENCES, MAX_SENTENCES = 1, 5  # a title and 1 to 5 sentences of news copy
MAX_TEXT_CHARS = 700
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
# ---------------------------------------------------------------- positives: armed groups, insurgents, jihadists (Africa)

P(
    "JNIM overruns army detachment near Djibo",
    "Fighters of the al-Qaeda-linked JNIM overran a military detachment near Djibo before dawn on Monday, security sources said. At least 40 soldiers and volunteer auxiliaries were killed, and the attackers made off with weapons and vehicles.",
    "B T",
    "attack_on_base",
)
P(
    "Convoy hit by roadside bomb, then gunfire, in central Mali",
    "A supply convoy escorted by Malian troops struck an improvised explosive device between Boni and Hombori on Thursday, and gunmen opened fire on the trucks as soldiers tried to secure the road. The army blamed 'terrorists' and said it had killed several of the assailants.",
    "B E T",
    "ambush",
)
P(
    "Worshippers gunned down at Friday prayers in western Niger",
    "Gunmen surrounded a mosque in the village of Fambita during Friday prayers and killed 44 worshippers, Niger's interior ministry said. It blamed the Islamic State in the Sahel and declared three days of national mourning.",
    "V T",
    "mosque_attack",
)
P(
    "Gunmen abduct more than 280 pupils from school in Nigeria's Kaduna state",
    "Armed men on motorcycles stormed a government school in Kuriga as morning assembly was ending and marched the children into the bush, residents said. A teacher was among those taken; soldiers and police have been sent to search the forest.",
    "V",
    "abduction",
)
P(
    "Boko Haram kills rice farmers in Borno fields",
    "Insurgents tied up and killed at least 43 farm workers harvesting rice near Zabarmari, a local militia leader said on Sunday. Nigeria's president condemned what he called a senseless killing by terrorists.",
    "V T",
    "massacre",
)
P(
    "Christmas Eve raids on Plateau villages leave more than 140 dead",
    "Armed groups attacked at least 17 villages in the Bokkos and Barkin Ladi areas on Saturday night, shooting residents and burning homes, local officials said. Thousands of survivors have taken shelter in schools and churches in Bokkos town.",
    "V D",
    "village_raid",
)
P(
    "Cameroon separatists ambush gendarmes near Bamenda",
    "Four gendarmes were killed when fighters from an Anglophone separatist group opened fire on their patrol vehicle on the outskirts of Bamenda, a regional official said. The army said it had launched a search of the surrounding neighbourhoods.",
    "B",
    "ambush",
)
P(
    "Funeral mourners among dozens killed by ADF in North Kivu",
    "Fighters of the Allied Democratic Forces, a group affiliated with Islamic State, attacked a wake in a village near Beni overnight, killing at least 35 people with machetes and guns, civil society leaders said. Survivors fled towards Oicha.",
    "V T D",
    "massacre",
)
P(
    "M23 rebels enter lakeside town as residents flee by boat",
    "Fighters of the M23 movement took control of Minova on the shore of Lake Kivu after two days of fighting with Congolese troops and allied militias. Local officials said thousands of people had left by canoe and on foot towards Goma.",
    "B D",
    "battle",
)
P(
    "Fano militia and federal troops fight for control of Amhara town",
    "Heavy gunfire was heard in Debre Markos for a second day on Wednesday as fighters of the Fano militia clashed with Ethiopian National Defence Forces, residents told AFP by phone. Shops stayed shut and internet service remained cut.",
    "B",
    "battle",
)
P(
    "Paramilitary raid on Gezira village kills over 100, activists say",
    "Fighters of the Rapid Support Forces stormed Wad al-Noura in Sudan's Gezira state, firing on residents, a local resistance committee said. Sudan's army-aligned government called it a massacre of unarmed villagers.",
    "V",
    "massacre",
)
P(
    "Car bomb and gunmen target Mogadishu hotel",
    "Al-Shabaab militants detonated a car bomb at the gate of a hotel near Lido beach and then fought their way inside, police said, in a siege that lasted into the night. At least nine people were killed, most of them guests and staff.",
    "E T V B",
    "hotel_siege",
)
P(
    "Muidumbe villagers killed, some beheaded, in insurgent raid",
    "Islamic State-linked insurgents killed at least 11 people in a raid on villages in Muidumbe district, some of them by beheading, Mozambican officials and residents said. Hundreds of families fled to Mueda.",
    "V T D",
    "village_raid",
)
P(
    "Roadside bomb kills police officers near Kenya-Somalia border",
    "Five police reservists were killed when their vehicle hit an explosive device in Mandera county on Tuesday. Kenyan police blamed al-Shabaab militants who cross from Somalia.",
    "E T",
    "ied",
)
P(
    "Dozens killed in Jonglei as armed youth raid cattle camps",
    "Hundreds of armed youth from a neighbouring community attacked cattle camps and villages in Jonglei state, killing at least 32 people and driving off thousands of cows, South Sudanese officials said. Women and children were abducted and several villages were burned.",
    "B V D",
    "communal_violence",
)
P(
    "Bandits kill police officers in Kenya's Kerio Valley",
    "Three police officers were shot dead when heavily armed cattle raiders ambushed their patrol in Elgeyo Marakwet, the interior ministry said. Officials said the raiders carried automatic rifles and had fought security forces for hours.",
    "B",
    "ambush",
)
P(
    "Chadian soldiers killed as Boko Haram storms Lake Chad base",
    "Around 40 troops died when Boko Haram fighters overran an island garrison in the Lake Chad area during the night, the presidency in N'Djamena said. Mahamat Deby ordered an operation to hunt down the assailants.",
    "B T",
    "attack_on_base",
)
P(
    "Park rangers killed by explosive device in Benin's W park",
    "Two rangers and a police instructor died when their vehicle struck a landmine in W National Park, the park's operator said. Jihadist groups active in the Sahel have expanded into northern Benin in recent years.",
    "E T",
    "ied",
)
P(
    "Togo reports first deadly jihadist attack on army post in the north",
    "Assailants attacked a forward military position in the Savanes region at night, killing eight soldiers and wounding 13, Togo's government said in a statement, describing them as terrorists. It is the first such attack the country has acknowledged.",
    "B T",
    "attack_on_base",
)
P(
    "Gunmen kill villagers and burn homes in Benue state",
    "At least 100 people were killed overnight when attackers stormed Yelwata, a farming community in Benue state, and set fire to houses where displaced families were sleeping, Amnesty International said. Local leaders blamed armed herders.",
    "V D",
    "village_raid",
)

# ---------------------------------------------------------------- positives: Asia
P(
    "Suicide bomber strikes mosque inside Peshawar police compound",
    "At least 84 people died when a bomber detonated his explosives among officers gathered for the noon prayer in a mosque inside Peshawar's Police Lines, officials said. Part of the building collapsed on the worshippers.",
    "E T V",
    "suicide_bombing",
)
P(
    "Separatists seize passenger train in Balochistan, take hundreds hostage",
    "Fighters of the Baloch Liberation Army blew up a section of track and stormed the Jaffar Express in a mountain pass, holding passengers for more than a day before troops retook the train, the army said. Pakistan's prime minister called the attack an act of terrorism.",
    "V B E T M",
    "hostage_taking",
)
P(
    "Blast rips through Shia mosque in Kunduz during Friday prayers",
    "Dozens of worshippers died when a suicide bomber set off explosives inside a Shia mosque in Kunduz at midday, local Taliban officials said. The Khorasan branch of Islamic State said one of its members had carried out the bombing.",
    "E T V",
    "suicide_bombing",
)
P(
    "Maoist IED kills eight security personnel in Bijapur",
    "Maoist insurgents triggered a powerful explosive device under a vehicle carrying district reserve guards in Chhattisgarh's Bijapur district, killing eight personnel and their driver, police said.",
    "E",
    "ied",
)
P(
    "Security forces kill 12 Maoists in Chhattisgarh gun battle",
    "A joint team of police and central forces exchanged fire with Maoist insurgents for several hours in a forest area of Narayanpur district during a search operation, officials said. Rifles and explosives were recovered from the site.",
    "B M",
    "military_operation",
)
P(
    "Gunfights and arson as Manipur ethnic violence flares again",
    "Armed men from rival Meitei and Kuki-Zo groups exchanged fire across the foothills of Bishnupur district, police said, and several empty houses were set on fire. Hundreds of residents moved to relief camps.",
    "B V D",
    "communal_violence",
)
P(
    "Militants fire on pilgrims' bus in Jammu, sending it into a gorge",
    "Nine Hindu devotees returning from the Shiv Khori shrine died after gunmen sprayed their coach with bullets near Reasi and the driver lost control on the mountain road. Jammu and Kashmir police called it a terror attack and sent teams into the forest to hunt the assailants.",
    "V T",
    "shooting_attack",
)
P(
    "Air strike hits school in Myanmar's Sagaing region",
    "Helicopters of the military fired on a village school in Let Yet Kone while classes were in session, killing at least 11 children, teachers and local officials said. The junta said it was targeting rebels hiding in the village.",
    "E V",
    "airstrike",
)
P(
    "Arakan Army takes last junta base on Bangladesh border",
    "The Arakan Army said it had captured the border town of Maungdaw after months of fighting, giving the ethnic armed group control of Myanmar's entire frontier with Bangladesh. Hundreds of soldiers were reported to have surrendered.",
    "B",
    "battle",
)
P(
    "Bomb kills four at Catholic mass in Marawi",
    "An explosion tore through a university gymnasium in Marawi during a Sunday mass, killing four people and wounding dozens, Philippine police said. President Marcos blamed 'foreign terrorists'; the Islamic State group later claimed the attack.",
    "E T V",
    "bombing",
)
P(
    "Army and communist rebels clash in Negros mountains",
    "Two soldiers and three New People's Army guerrillas were killed in a gun battle in the hills of Negros Occidental, the Philippine army said. Villagers in the area were told to stay indoors.",
    "B",
    "battle",
)
P(
    "Narathiwat road bomb hits paramilitary ranger patrol",
    "Six paramilitary rangers were wounded when a bomb hidden under a road exploded as their patrol passed in Narathiwat province, police said. Separatist insurgents have waged a low-level war in the Muslim-majority border provinces since 2004.",
    "E",
    "ied",
)
P(
    "Arson and clashes in Khagrachhari as hill communities and settlers fight",
    "At least four people were killed and dozens of shops and houses burned in clashes between Indigenous Pahari residents and Bengali settlers in Bangladesh's Chittagong Hill Tracts, officials said. The army imposed a curfew in the district.",
    "U V",
    "communal_violence",
)
P(
    "Kiwi pilot seized by West Papua fighters at Paro airstrip",
    "Fighters of the West Papua National Liberation Army torched a Susi Air plane on the Paro airstrip in Nduga and led its New Zealand pilot away, the group said. Indonesian police said the five passengers were let go.",
    "V",
    "abduction",
)
P(
    "Sri Lanka declares emergency as anti-Muslim mobs burn shops in hill district",
    "Sri Lanka declared a state of emergency after crowds torched mosques, shops and homes owned by Muslims in the hill district of Kandy, police said. Troops were deployed to the streets.",
    "U V",
    "communal_riot",
)
P(
    "Indian and Chinese troops fight hand-to-hand in Galwan valley",
    "Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan valley in Ladakh, the Indian army said, the deadliest on the disputed border in decades. The two sides fought with rocks and clubs studded with nails, officials said.",
    "B",
    "border_clash",
)
P(
    "Armenia says Azerbaijani shelling hit border towns overnight",
    "Yerevan said Azerbaijani artillery and drones had pounded Jermuk, Goris and other towns on the frontier overnight and that dozens of Armenian troops had died. Baku said it had responded to provocations.",
    "E B",
    "border_clash",
)
P(
    "Kyrgyz-Tajik border clash kills dozens, tens of thousands evacuated",
    "Troops from Kyrgyzstan and Tajikistan fought with tanks, mortars and drones along a disputed stretch of their border, and Kyrgyz authorities evacuated more than 130,000 people from Batken region, officials said.",
    "B E D",
    "border_clash",
)
P(
    "Thailand and Cambodia exchange fire along disputed border",
    "Thai F-16 jets struck Cambodian military targets after Cambodian rockets hit a Thai village and a petrol station, killing civilians, Thai officials said. Tens of thousands of people were evacuated from both sides of the border.",
    "B E D",
    "border_clash",
)
P(
    "Shelling across Line of Control kills civilians in Poonch",
    "Pakistani artillery fire hit homes and a gurdwara in Poonch town, killing at least 12 civilians, Indian officials said. Families in border villages moved into bunkers or left for safer areas.",
    "E D",
    "shelling",
)

# ---------------------------------------------------------------- positives: Middle East and North Africa
P(
    "Gunmen kill hundreds of Alawite civilians in Syria's coastal towns",
    "A monitoring group said armed men aligned with Damascus went house to house in Baniyas and villages around Latakia over several days, shooting whole families. Thousands of Alawite residents escaped to the mountains or sheltered at the Russian base at Hmeimim.",
    "V D",
    "massacre",
)
P(
    "Turkish drone strike kills three near Qamishli",
    "A drone struck a car on a road outside Qamishli in northeast Syria, killing three members of the Kurdish-led security forces, a spokesman for the group said. Turkey regularly targets fighters it links to the PKK.",
    "E",
    "drone_strike",
)
P(
    "Islamic State attack on army post kills soldiers in Kirkuk province",
    "Islamic State militants attacked an Iraqi army checkpoint south of Kirkuk at night, killing four soldiers in an hours-long gun battle, security officials said.",
    "B T",
    "attack_on_base",
)
P(
    "Houthi missile hits displaced people's camp near Marib",
    "A ballistic missile fired by the Houthis struck a camp for displaced families east of Marib, killing a child and wounding several others, Yemen's government said.",
    "E V D",
    "missile_attack",
)
P(
    "Houthis hijack cargo ship in Red Sea and hold crew",
    "Houthi fighters landed by helicopter on the Galaxy Leader and sailed it to the Yemeni port of Hodeidah, where its 25 crew members were held, the ship's operator said. The group said it was targeting vessels linked to Israel.",
    "V",
    "ship_seizure",
)
P(
    "Three seafarers killed as Houthi missile hits bulk carrier",
    "A missile fired from Yemen struck the True Confidence in the Gulf of Aden, killing three crew members and forcing the others to abandon ship, US Central Command said. It was the first deadly attack on shipping in the campaign.",
    "E V",
    "missile_attack",
)
P(
    "Radwan force commander killed in car strike near Nabatieh",
    "A drone strike hit a car near Nabatieh, killing a commander of Hezbollah's Radwan force, the Israeli military said. Lebanon's health ministry said a passer-by was also wounded.",
    "E",
    "drone_strike",
)
P(
    "Settlers rampage through Huwara, torching homes and cars",
    "Hundreds of Israeli settlers swept through the Palestinian town of Huwara overnight, hours after two Israeli brothers were shot dead on the road nearby, and burned dozens of houses and cars, residents said. One Palestinian man was killed.",
    "V U",
    "settler_attack",
)
P(
    "Gunmen open fire at Jerusalem bus stop, police say terror attack",
    "Two Palestinian gunmen opened fire at a bus stop at the Ramot junction in Jerusalem during the morning rush hour, killing six people, Israeli police said. A soldier and an armed civilian shot the attackers.",
    "V T",
    "shooting_attack",
)
P(
    "Bombs among Soleimani mourners in Kerman kill more than 90",
    "Two bombs exploded among crowds walking to the grave of General Qassem Soleimani in Kerman, killing more than 90 people, Iranian officials said. Islamic State said two of its members had detonated suicide vests.",
    "E T V",
    "suicide_bombing",
)
P(
    "Militants attack police station in Iran's Sistan-Baluchestan",
    "Gunmen from the Jaish al-Adl group stormed a police station in Rask overnight, and 11 police officers were killed in the fighting, state media said. Iranian officials called the group terrorists.",
    "B T",
    "attack_on_base",
)
P(
    "Turkish jets strike PKK targets in northern Iraq",
    "Turkey's defence ministry said its aircraft had destroyed caves, shelters and depots used by PKK militants in the Qandil and Gara regions in a new air operation launched after the killing of Turkish soldiers.",
    "E M",
    "air_campaign",
)
P(
    "Heavy fighting between militias rocks Tripoli",
    "Gunfire and explosions echoed through the Libyan capital overnight as armed groups fought after the killing of a militia leader, and the UN mission called for an immediate truce. The health ministry said hospitals had received wounded civilians.",
    "B E",
    "battle",
)
P(
    "Gunmen and bombers kill 305 at Sinai mosque",
    "Militants set off a bomb at a mosque in Bir al-Abed in north Sinai during Friday prayers and then shot at worshippers as they fled, Egyptian officials said. No group claimed the attack, but the militants carried an Islamic State flag, according to the public prosecutor.",
    "E V T",
    "mosque_attack",
)

# ---------------------------------------------------------------- positives: cartels, gangs and the state (Latin America, Caribbean)
P(
    "Families abandon El Aguaje as armed groups bomb homes from the air",
    "Armed groups fighting for control of Tierra Caliente used drones to drop improvised bombs on houses in El Aguaje, and dozens of families fled to the municipal seat, local officials said. The Jalisco cartel and rival groups have fought over the region for months.",
    "E B D",
    "drone_attack",
)
P(
    "Coatepec Harinas ambush leaves 13 state police dead",
    "Gunmen from a drug cartel ambushed a convoy of state police in the municipality of Coatepec Harinas, killing 13 officers, the State of Mexico's security secretary said. The attackers fired from a hillside with assault rifles.",
    "B",
    "ambush",
)
P(
    "Soldiers and cartel gunmen battle for hours in Nuevo Laredo",
    "Mexican army troops exchanged fire with gunmen of the Northeast Cartel in several neighbourhoods of Nuevo Laredo, and the city government told residents to stay at home, officials said. Burning vehicles blocked roads into the city.",
    "B M",
    "battle",
)
P(
    "Mayoral candidate shot dead at campaign event in Guanajuato",
    "A woman running for mayor of Celaya was shot dead minutes after starting her campaign, the Morena party said. She was one of more than 30 candidates killed during Mexico's 2024 election campaign.",
    "V",
    "political_killing",
)
P(
    "Car bomb at Bogotá police academy kills 21",
    "A car packed with explosives drove into the General Santander police academy in Bogotá and blew up during a graduation ceremony, Colombian authorities said. The government blamed the ELN guerrillas and called it a terrorist attack.",
    "E T",
    "bombing",
)
P(
    "ELN offensive against FARC dissidents displaces tens of thousands in Catatumbo",
    "Fighting between the ELN and a FARC dissident faction in the Catatumbo region has killed at least 80 people and forced more than 50,000 to flee, Colombian authorities said. Many of the dead were civilians and former guerrillas who had signed the peace deal.",
    "B V D",
    "battle",
)
P(
    "Gangs fight with guns and grenades inside Guayaquil prison",
    "At least 118 inmates were killed as members of rival gangs fought for control of the Litoral penitentiary, firing rifles and throwing grenades, Ecuadorian officials said. Soldiers were sent to retake the pavilions.",
    "B E",
    "prison_battle",
)
P(
    "Armed group ambushes Ecuadorian army patrol in Amazon mining zone",
    "Soldiers patrolling a gold-mining area in the Amazon province of Orellana were ambushed by an armed group with explosives and rifles, Ecuador's military said. It blamed a FARC dissident faction that controls illegal mining in the area.",
    "B E",
    "ambush",
)
P(
    "Haitian gangs overrun Mirebalais and free prisoners",
    "Gangs of the Viv Ansanm coalition attacked the town of Mirebalais, stormed its prison and freed more than 500 inmates, the UN said. More than 6,000 people fled the town in a few days.",
    "B D",
    "battle",
)
P(
    "Gang massacre in Haiti's Pont-Sondé kills 115",
    "Members of the Gran Grif gang attacked the town of Pont-Sondé in Artibonite, shooting residents and setting houses on fire, the UN human rights office said. Around 6,000 residents fled.",
    "V D",
    "massacre",
)
P(
    "Gun battles as Rio police storm Comando Vermelho strongholds",
    "Thousands of officers with armoured vehicles and helicopters moved into the Alemão and Penha complexes to retake them from the Comando Vermelho, whose gunmen answered with rifle fire and bomb-dropping drones. State officials said more than 100 people died, the highest toll of any police operation in the city.",
    "B M E",
    "raid",
)
P(
    "Gang members kill dozens in Honduras women's prison",
    "Members of the Barrio 18 gang stormed a wing of the women's prison in Támara, shooting and setting fire to rival inmates, and 46 women were killed, Honduran officials said. President Xiomara Castro vowed drastic measures.",
    "V",
    "prison_massacre",
)
P(
    "400 Mawozo gang seizes US and Canadian missionaries",
    "Members of the 400 Mawozo gang abducted 16 American and one Canadian missionary, including five children, as they returned from visiting an orphanage, Haitian police said. The gang controls the area of Croix-des-Bouquets.",
    "V",
    "abduction",
)
P(
    "Colombian footballer's father abducted by ELN guerrillas",
    "The father of Liverpool forward Luis Díaz was kidnapped at a petrol station in La Guajira, and the ELN later said one of its units was holding him, Colombia's government said. The guerrilla group released him after 12 days.",
    "V",
    "abduction",
)
P(
    "Presidential candidate shot dead after Quito rally",
    "Fernando Villavicencio, a candidate in Ecuador's presidential election who had campaigned against organised crime, was shot dead as he left a rally in Quito, the government said. President Lasso declared a state of emergency.",
    "V",
    "political_killing",
)
P(
    "Colombian senator shot in the head at Bogotá campaign rally",
    "Presidential hopeful Miguel Uribe Turbay was shot twice while speaking to supporters in a park in western Bogotá, and a teenager was arrested at the scene, police said. The defence minister offered a reward for information on who ordered the attack.",
    "V",
    "political_killing",
)
P(
    "Commando kills Haiti's president at his home",
    "A group of armed men stormed the private residence of President Jovenel Moïse in the hills above Port-au-Prince at night and shot him dead, the interim prime minister said. The first lady was wounded.",
    "V",
    "assassination",
)

# ---------------------------------------------------------------- positives: unrest and crackdowns
P(
    "Security forces fire on protesters in Venezuela",
    "A 17-year-old was shot dead as National Guard troops fired tear gas and rubber bullets at opposition demonstrators in Caracas, rights groups said. More than 100 people have died in three months of protests.",
    "U",
    "crackdown",
)
P(
    "Troops open fire on protesters at Ayacucho airport",
    "Ten people were killed when soldiers fired on demonstrators who tried to take over the airport in Ayacucho, Peru's ombudsman said. The protesters demand the resignation of President Dina Boluarte.",
    "U",
    "crackdown",
)
P(
    "Santiago metro stations burned as fare protests turn to riots",
    "Rioters set fire to metro stations, buses and a power company building in Santiago, and President Piñera declared a state of emergency and deployed soldiers to the streets. The protests began over a rise in metro fares.",
    "U",
    "riot",
)
P(
    "Clashes in Cali as Colombia's national strike enters second week",
    "Protesters and riot police fought in the streets of Cali, and rights groups said several demonstrators had been shot dead. Roadblocks have caused food and fuel shortages in the city.",
    "U",
    "riot",
)
P(
    "Police kill protesters in Kenya's Saba Saba demonstrations",
    "At least 31 people were killed as police fired live rounds and tear gas at anti-government protesters in Nairobi and other towns, Kenya's human rights commission said. Shops were looted in several towns.",
    "U",
    "crackdown",
)
P(
    "Tyres burn in Maputo as police shoot at Mondlane supporters",
    "Police fired tear gas and live ammunition at supporters of opposition candidate Venâncio Mondlane who blocked roads and burned tyres in Maputo, and at least 30 people have been killed since the vote, a civil society group said.",
    "U",
    "crackdown",
)
P(
    "Riots in Dakar after opposition leader's conviction",
    "Supporters of Ousmane Sonko clashed with police in Dakar and Ziguinchor, burning buses and a university building, and nine people were killed, Senegal's government said. Access to social media was restricted.",
    "U",
    "riot",
)
P(
    "Looting and arson spread in South Africa after Zuma's jailing",
    "Shopping centres and warehouses were looted and set on fire in KwaZulu-Natal and Gauteng, and the army was deployed to help police, officials said. More than 300 people died in a week of unrest.",
    "U",
    "riot",
)
P(
    "Amnesty says uniformed men shot protesters at Lagos toll plaza",
    "Uniformed men shot at protesters gathered at the Lekki toll gate in Lagos on Tuesday night, Amnesty International said, killing at least 12. The protesters had been demonstrating for two weeks against police brutality.",
    "U",
    "crackdown",
)
P(
    "Protester shot dead as Conakry demonstrations turn violent",
    "Security forces fired tear gas and live rounds at youths throwing stones in the Guinean capital, and a 19-year-old was killed, an opposition coalition said. The protesters demand a return to civilian rule.",
    "U",
    "crackdown",
)
P(
    "Dozens dead in Uganda protests over opposition candidate's arrest",
    "Security forces fired on crowds that took to the streets of Kampala after presidential candidate Bobi Wine was arrested, and 54 people were killed in two days, police said.",
    "U",
    "crackdown",
)
P(
    "Students and police clash across Bangladesh as death toll climbs",
    "Police fired rubber bullets, tear gas and live ammunition at students protesting against job quotas, and more than 100 people were killed in a week, according to hospitals. A curfew was imposed and the internet was shut down.",
    "U",
    "crackdown",
)
P(
    "Government supporters attack Colombo protest camp, homes of MPs torched",
    "Supporters of the ruling party attacked a peaceful protest camp outside the presidential secretariat, and in revenge crowds set fire to the houses of dozens of government politicians, Sri Lankan police said. A curfew was imposed across the island.",
    "U V",
    "riot",
)
P(
    "Assembly buildings torched as anger over ojek driver's death spreads",
    "A motorcycle taxi driver was crushed under a Brimob armoured car during a demonstration in Jakarta, and angry crowds then torched regional assembly buildings in Makassar and other cities. Six people have died, officials said, and police have fired tear gas nightly in the capital.",
    "U",
    "riot",
)
P(
    "Nepal parliament set ablaze as youth protests turn deadly",
    "Protesters stormed and set fire to the parliament building in Kathmandu a day after police shot dead 19 demonstrators, and the prime minister resigned, officials said. The army took control of the streets.",
    "U",
    "riot",
)
P(
    "'Bloody Friday' in Zahedan as dozens are shot after prayers",
    "Rights groups said dozens of people died when security forces fired into a crowd gathered outside a mosque after Friday prayers in Zahedan. State media said armed separatists had attacked a police station in the city.",
    "U",
    "crackdown",
)
P(
    "Crowds storm army headquarters after Imran Khan's arrest",
    "Protesters loyal to the former prime minister forced their way into General Headquarters in Rawalpindi and burned a corps commander's house in Lahore, officials said. Eight people died as police fought crowds in several cities.",
    "U",
    "riot",
)
P(
    "Death toll rises in Delhi riots as mobs burn homes",
    "Mobs armed with sticks, stones and guns burned homes, shops and a mosque in northeast Delhi during three days of clashes between Hindus and Muslims, and 53 people were killed, police said.",
    "U V",
    "communal_riot",
)
P(
    "Internet cut and curfew in Nuh after religious procession clashes",
    "Stones were thrown and cars set on fire when a Hindu procession passed through Nuh in Haryana, and the violence spread to a mosque in Gurugram, where an imam was killed, police said.",
    "U V",
    "communal_riot",
)
P(
    "Trump supporters storm the US Capitol",
    "Thousands of supporters of President Donald Trump broke through police lines and forced their way into the Capitol as Congress met to certify the election result, and lawmakers were evacuated. Five people died.",
    "U",
    "riot",
)
P(
    "Minneapolis police precinct set on fire on third night of protests",
    "Protesters set fire to the 3rd Precinct police station in Minneapolis after officers abandoned it, as unrest over the killing of George Floyd spread to other US cities.",
    "U",
    "riot",
)
P(
    "Bolsonaro supporters ransack Congress, Supreme Court and presidential palace",
    "Thousands of supporters of Brazil's former president broke into the buildings of the three branches of power in Brasília, smashing windows and furniture, before security forces cleared them with tear gas. Hundreds were arrested.",
    "U",
    "riot",
)
P(
    "Mob kills Sri Lankan factory manager over blasphemy claim in Sialkot",
    "A crowd of factory workers and others beat a Sri Lankan manager to death and set his body on fire after accusing him of blasphemy, Pakistani police said. Prime Minister Imran Khan called it a day of shame.",
    "V U",
    "lynching",
)
P(
    "Churches and Christian homes burned by mob in Jaranwala",
    "A crowd angered by blasphemy allegations set fire to at least five churches and dozens of houses in Jaranwala in Punjab, and Christian families fled to the fields, Pakistani officials said.",
    "V U D",
    "communal_riot",
)
P(
    "Killing of Oromo singer sparks deadly unrest in Ethiopia",
    "More than 160 people were killed in clashes and ethnic attacks in Oromia and Addis Ababa after the shooting of singer Hachalu Hundessa, police said. Internet access was cut nationwide.",
    "U V",
    "riot",
)
P(
    "Kazakh president orders troops to shoot without warning",
    "President Tokayev said he had authorised security forces to open fire without warning on 'bandits and terrorists' after protesters stormed government buildings in Almaty, and Russian-led troops arrived in the country. Dozens of people have been killed.",
    "U M",
    "crackdown",
)
P(
    "French troops sent to New Caledonia as riots leave five dead",
    "Rioters looted and burned businesses in Nouméa for a third night in protests against a voting reform, and France declared a state of emergency and flew in reinforcements, officials said.",
    "U",
    "riot",
)
P(
    "Honiara's Chinatown burned as protesters defy lockdown",
    "Protesters from Malaita set fire to buildings in the Chinatown district of Honiara and tried to storm parliament, and Australia sent police and troops at the Solomon Islands' request.",
    "U",
    "riot",
)
P(
    "Georgian riot police clear Rustaveli Avenue for fifth night",
    "Riot police dispersed thousands of demonstrators outside the Georgian parliament with water cannon and tear gas for a fifth night, and dozens of people were detained and beaten, the public defender said.",
    "U",
    "crackdown",
)
P(
    "Nanterre and other French suburbs burn after police shooting of teenager",
    "Cars, schools and town halls were set on fire in a third night of rioting after a 17-year-old was shot dead by a police officer during a traffic stop, and more than 600 people were arrested, France's interior minister said.",
    "U",
    "riot",
)
P(
    "Police cars torched in Swedish cities over Quran burning rallies",
    "Rioters threw stones at police and set fire to police vehicles in Örebro, Norrköping and Malmö, where a far-right politician had planned rallies to burn the Quran, Swedish police said. Dozens of officers were injured.",
    "U",
    "riot",
)
P(
    "Mosque attacked and police injured as Southport riot follows vigil",
    "A crowd threw bricks and bottles at a mosque in Southport and set a police van on fire a day after three girls were killed in a stabbing at a dance class, Merseyside Police said. More than 50 officers were injured.",
    "U V",
    "riot",
)
P(
    "Paris celebrations turn to rioting after Champions League win",
    "Crowds celebrating Paris Saint-Germain's victory set cars on fire, looted shops on the Champs-Élysées and fought with police, and two people died in the night, France's interior ministry said. Police arrested more than 500 people.",
    "U",
    "riot",
)

# ---------------------------------------------------------------- positives: Europe, Russia and Ukraine; attacks treated as terrorism
P(
    "Russian glide bomb hits apartment block in Zaporizhzhia",
    "A guided aerial bomb struck a nine-storey residential building in Zaporizhzhia on Sunday afternoon, killing at least seven people, the regional governor said. Rescuers were searching the rubble for survivors.",
    "E",
    "airstrike",
)
P(
    "Drones set grain silos ablaze at Odesa port",
    "Russian drones hit port infrastructure in Odesa region overnight, destroying grain storage and a warehouse, Ukraine's southern military command said. Air defences shot down most of the drones.",
    "E",
    "drone_strike",
)
P(
    "Ukrainian drones strike oil refinery in Ryazan",
    "Flames rose over the refinery in Ryazan overnight after it was hit by Ukrainian drones, the regional governor wrote on Telegram. Moscow said its air defences had brought down dozens of drones across several regions.",
    "E",
    "drone_strike",
)
P(
    "Russia evacuates border districts as Ukrainian forces cross into Kursk",
    "Ukrainian forces crossed the border and advanced several kilometres into the Kursk region, Russian officials said, and more than 120,000 residents were evacuated. Kyiv said the incursion was meant to stretch Russia's forces.",
    "B M D",
    "ground_incursion",
)
P(
    "Poland shoots down Russian drones that crossed its airspace",
    "Polish and allied jets shot down drones that entered Polish airspace during a Russian attack on western Ukraine, and airports in Warsaw and Rzeszów were closed for hours, Poland's prime minister said. Debris damaged a house in the east of the country.",
    "E M",
    "air_defence",
)
P(
    "Teacher stabbed to death at Arras school, anti-terror prosecutors take over",
    "A former pupil armed with a knife killed a teacher and wounded three other people at a lycée in Arras, French police said. The national anti-terrorism prosecutor's office opened an investigation.",
    "V T",
    "stabbing_attack",
)
P(
    "Three killed at Solingen town festival, Syrian charged with terrorism",
    "A man stabbed festival-goers at random at a town anniversary celebration in Solingen, killing three people and wounding eight, German police said. Prosecutors charged a Syrian suspect with murder and membership of a terrorist organisation.",
    "V T",
    "stabbing_attack",
)
P(
    "Rifleman kills four in Vienna's old town bar district",
    "A man armed with an automatic rifle opened fire on people at bars in Vienna's old town, killing four before police shot him dead, Austrian officials said. The attacker was a sympathiser of the Islamic State group.",
    "V T",
    "shooting_attack",
)
P(
    "Reporter killed by gunfire aimed at police in Creggan",
    "A 29-year-old journalist was killed when a gunman fired at police during rioting in the Creggan area of Londonderry, police said. Detectives said the New IRA was responsible and called it a terrorist incident.",
    "U V T",
    "shooting_attack",
)
P(
    "Maccabi Tel Aviv fans hunted down in Amsterdam streets",
    "Groups of men on scooters chased and beat Israeli football fans in central Amsterdam after a Europa League match, and five people were treated in hospital, police said. The city's mayor called it an antisemitic hit-and-run attack.",
    "V U",
    "mob_attack",
)
P(
    "Gunmen besiege Kosovo monastery after killing police officer",
    "About 30 heavily armed Serb gunmen fought Kosovo police at the village of Banjska and barricaded themselves in an Orthodox monastery, Kosovo's prime minister said. Three attackers and one officer were killed.",
    "B",
    "battle",
)
P(
    "Slovak prime minister Fico shot five times",
    "Robert Fico was shot at close range after a government meeting in Handlová and flown to hospital, Slovak officials said. The 71-year-old suspect was charged with a terrorist attack.",
    "V T",
    "assassination_attempt",
)
P(
    "Gunman opens fire outside Oslo gay bar on Pride night",
    "Two people were killed and more than 20 wounded when a man opened fire at a bar in central Oslo, Norwegian police said. The security service raised the terror threat level and called it an act of Islamist terrorism.",
    "V T",
    "shooting_attack",
)
P(
    "Van ploughs into crowds on Barcelona's Las Ramblas",
    "A van drove into pedestrians on the busy boulevard, killing 13 people, Catalan police said, treating it as a terrorist attack. The Islamic State group claimed responsibility.",
    "V T",
    "vehicle_attack",
)
P(
    "Gunman kills two Swedish fans in Brussels before match",
    "A man shot dead two Swedish football supporters in Brussels before Belgium played Sweden, and the match was abandoned at half-time, Belgian prosecutors said. The suspect said in a video that he acted for Islamic State.",
    "V T",
    "shooting_attack",
)
P(
    "British MP stabbed to death at constituency surgery",
    "Conservative MP David Amess was stabbed several times while meeting constituents at a church in Leigh-on-Sea, Essex Police said. Counter-terrorism officers are leading the investigation.",
    "V T",
    "assassination",
)
P(
    "Gunman who targeted shisha bars in Hanau left racist manifesto",
    "A gunman killed nine people at two shisha bars in Hanau, and German prosecutors said they were treating the killings as a terrorist act driven by racism.",
    "V T",
    "shooting_attack",
)
P(
    "Truck driver kills 14 at New Orleans New Year celebration",
    "A man drove a pickup truck into crowds on Bourbon Street in the early hours of New Year's Day, and the FBI said it was investigating an act of terrorism after finding an Islamic State flag in the vehicle.",
    "V T",
    "vehicle_attack",
)
P(
    "Gunman shoots at Trump during Pennsylvania rally",
    "A gunman fired several shots from a rooftop at a campaign rally in Butler, wounding Donald Trump in the ear and killing a man in the crowd, before a Secret Service sniper killed him. The FBI is investigating the shooting as an assassination attempt.",
    "V",
    "assassination_attempt",
)

# ---------------------------------------------------------------- positives: state strikes and raids at the edge of war
P(
    "US strike on boat in the Caribbean kills 11, Trump says",
    "President Donald Trump said the US military had destroyed a boat carrying drugs from Venezuela in a strike in international waters, killing 11 people he described as members of the Tren de Aragua gang. Legal experts questioned the use of military force against suspected smugglers.",
    "E M",
    "strike_at_sea",
)
P(
    "US air strikes hit Islamic State caves in Puntland",
    "The US military said it had carried out air strikes against Islamic State fighters in the Golis mountains of Somalia's Puntland region, in support of a regional offensive against the group.",
    "E M",
    "air_campaign",
)
P(
    "Iran and Pakistan trade strikes on militant bases",
    "Pakistan said its aircraft had struck militant hideouts in Iran's Sistan-Baluchestan province, two days after Iranian missiles and drones hit what Tehran called a Jaish al-Adl base inside Pakistan. Officials on both sides said women and children were among the dead.",
    "E M",
    "cross_border_strike",
)
P(
    "Israel strikes Hamas leaders in Doha",
    "Explosions hit a residential compound in Qatar's capital where Hamas officials were meeting, and Israel said it had targeted the group's leadership. Qatar condemned the strike as a violation of its sovereignty.",
    "E",
    "airstrike",
)
P(
    "US bombers strike Iran's Fordow and Natanz nuclear sites",
    "American B-2 bombers dropped bunker-busting bombs on Fordow and struck two other nuclear facilities, President Trump said, joining Israel's air campaign against Iran. Iran said it would respond.",
    "E M",
    "air_campaign",
)
P(
    "Drone strike hits displacement camp in Tigray",
    "A drone strike on a camp for displaced people in Dedebit in northwest Tigray killed at least 56 people, aid workers said. Most of the dead were women and children who had fled fighting elsewhere in the region.",
    "E V D",
    "drone_strike",
)
P(
    "Nigerian army admits drone strike killed villagers at religious festival",
    "An army drone targeting militants mistakenly bombed a gathering in Tudun Biri village in Kaduna state, killing at least 85 people, Nigerian officials said. The army chief apologised.",
    "E",
    "drone_strike",
)

# ---------------------------------------------------------------- positives: abductions, displacement and humanitarian effects
P(
    "Gunmen blow up track and abduct passengers from Abuja-Kaduna train",
    "Armed men set off explosives on the railway line and opened fire on the stopped train, killing eight people and abducting dozens of passengers, Nigerian railway officials said.",
    "E V",
    "train_attack",
)
P(
    "JNIM says it holds foreign workers seized at Mali cement plant",
    "Militants of the al-Qaeda-linked JNIM attacked a cement factory in western Mali and took several Indian workers hostage, the company and Indian officials said.",
    "V T",
    "abduction",
)
P(
    "Austrian woman kidnapped by gunmen in Agadez",
    "An Austrian woman who had lived in Agadez for decades was abducted from her home by armed men who took her away in a vehicle towards the north, Nigerien security sources said. Jihadist groups and armed bandits operate in the desert region.",
    "V",
    "abduction",
)
P(
    "Militia attack on displacement camp in Ituri kills dozens",
    "Fighters of the CODECO militia attacked the Plaine Savo camp for displaced people with machetes and guns at night, killing at least 60 people, the UN said. Thousands of residents fled the camp.",
    "V D",
    "attack_on_camp",
)
P(
    "Food convoy to besieged Djibo attacked, soldiers killed",
    "Jihadist fighters attacked a convoy of trucks taking food to the town of Djibo, which has been under blockade for months, and at least 11 soldiers were killed and dozens of drivers went missing, Burkina Faso's army said. Residents say food is running out.",
    "B T H",
    "attack_on_convoy",
)
P(
    "Haiti's displaced pass the million mark",
    "Gang attacks have now driven more than a million Haitians from their homes, three times as many as a year ago, according to the UN migration agency. Many sleep in schools and government buildings in the capital.",
    "D",
    "displacement",
)
P(
    "Refugees from Sudan's war pour into Renk",
    "More than 200,000 people have crossed into South Sudan through the Joda border post since fighting broke out in Sudan, the UN refugee agency said, and the transit centre in Renk is far over capacity.",
    "D H",
    "displacement",
)
P(
    "Thousands flee Macomia after insurgent attack",
    "Islamic State-linked insurgents occupied the town of Macomia in northern Mozambique for two days and fought with Mozambican and Rwandan troops, and thousands of residents fled into the bush, aid agencies said.",
    "B T D",
    "battle",
)
P(
    "Rohingya killed by drone attack while waiting to cross into Bangladesh",
    "Dozens of Rohingya families waiting on a beach near Maungdaw to cross the Naf river to Bangladesh were hit by drone bombs, survivors said. They blamed the Arakan Army, which denied responsibility.",
    "E V D",
    "drone_strike",
)
P(
    "Suicide bomber hits displacement camp in Cameroon's Far North",
    "A suicide bomber blew herself up among displaced people in the Mozogo area of Cameroon's Far North region, killing nine, local officials said, blaming Boko Haram.",
    "E T V D",
    "suicide_bombing",
)
P(
    "Two NGO staff shot dead on Juba-Yei road",
    "Gunmen ambushed a clearly marked vehicle of an aid organisation on the road between Juba and Yei, killing two staff members, the UN humanitarian coordinator said. South Sudan is one of the most dangerous countries for aid workers.",
    "V H",
    "attack_on_aid",
)
P(
    "Hospital in El Obeid overwhelmed as fighting nears",
    "Doctors at the main hospital in El Obeid said they were treating dozens of people wounded by shelling every day and had run out of blood and anaesthetics, as the Rapid Support Forces advanced on the city.",
    "H E",
    "humanitarian",
)

# ---------------------------------------------------------------- positives: communal clashes
P(
    "Clashes between herders and farmers kill dozens in southern Chad",
    "Fighting between herders and farmers in the village of Mandakao in Logone Occidental left at least 42 people dead, Chad's government said. Homes were burned and the army was sent to restore calm.",
    "B V",
    "communal_violence",
)
P(
    "Gunfire in Bawku as chieftaincy conflict flares again",
    "Armed men from the Kusasi and Mamprusi communities exchanged fire in the northern Ghanaian town for several nights, and thousands of residents fled to Burkina Faso and Togo, local officials said.",
    "B D",
    "communal_violence",
)
P(
    "Cattle trader beaten to death by cow vigilantes in Jharkhand",
    "A crowd of men who accused a Muslim cattle trader of carrying beef stopped his vehicle, beat him with sticks and set it on fire, Indian police said. Five men were arrested.",
    "V U",
    "lynching",
)

# ---------------------------------------------------------------- negatives: crime next to political violence
N(
    "Police say Nashville school gunman had no political motive",
    "Three children and three adults were killed when a 28-year-old former pupil opened fire at a private Christian school in Nashville, police said. Officers shot the attacker dead within minutes; investigators said they had found writings but no sign of a political or ideological motive.",
    "crime",
)
N(
    "Uvalde gunman killed 19 children after officers waited in hallway",
    "An 18-year-old gunman killed 19 children and two teachers at Robb Elementary School in Uvalde, Texas, and officers waited more than an hour before storming the classroom, a state investigation found. The gunman, who had bought two rifles days after his birthday, left no indication of a political motive, investigators said.",
    "crime",
)
N(
    "Belgrade school shooting: 13-year-old kills eight classmates and guard",
    "A seventh-grade pupil opened fire with his father's guns at a primary school in central Belgrade, killing eight children and a security guard, Serbian police said. The boy had planned the attack for a month, police said.",
    "crime",
)
N(
    "Kerch college attack reclassified as mass murder",
    "Russian investigators said they were now treating the shooting and explosion at a college in Kerch, in which an 18-year-old student killed 20 people, as mass murder rather than terrorism. The student killed himself in the library.",
    "crime",
)
N(
    "Thai soldier who killed 29 in mall rampage was angry over house deal",
    "A soldier who shot people at an army camp and a shopping mall in Nakhon Ratchasima before being killed by commandos had been in a dispute with a senior officer over a property sale, Thailand's army chief said. He posted messages on Facebook during the siege, which lasted about 17 hours.",
    "crime",
)
N(
    "Former policeman kills 36 at Thai nursery",
    "A former police officer who had been dismissed for drug offences attacked a children's day care centre in Nong Bua Lamphu province with a gun and a knife, killing 24 children and 12 adults, before killing his family and himself. Police said he had appeared in court on a drugs charge that morning.",
    "crime",
)
N(
    "Charles University shooting leaves 14 dead",
    "A 24-year-old student opened fire at the Faculty of Arts of Charles University in Prague, killing 14 people before shooting himself, police said. Police said there was no link to international terrorism.",
    "crime",
)
N(
    "Southport stabbing suspect charged with murder of three girls",
    "A 17-year-old has been charged with the murder of three girls at a holiday dance class in Southport, Merseyside Police said. Officers said the stabbing was not being treated as terror-related.",
    "crime",
)
N(
    "Car drives into Liverpool victory parade crowd, dozens hurt",
    "A man drove a car into football fans celebrating Liverpool's league title on Water Street, injuring more than 60 people, Merseyside Police said. Police said the incident was not being treated as terrorism and a 53-year-old local man was arrested.",
    "crime",
)
N(
    "Bondi Junction attacker had mental illness, police say",
    "The man who stabbed six people to death in a Sydney shopping centre before being shot by a police officer had a long history of mental illness, New South Wales police said, ruling out an ideological motive. Five of the six people killed were women.",
    "crime",
)
N(
    "Man kills wife and three children before turning gun on himself",
    "Police in Queensland found the bodies of a woman and her three children at a house on the outskirts of Brisbane, and the husband was found dead nearby with a shotgun. Neighbours said the couple had separated.",
    "crime",
)
N(
    "Prosecutors open femicide inquiry into death of woman in Monterrey motel",
    "Ten women are killed every day in Mexico, according to official figures, and prosecutors opened a femicide investigation into the death of a 26-year-old found in a motel in Monterrey. Her family said she had been missing for almost two weeks.",
    "crime",
)
N(
    "Police chase ends in crash that kills two bystanders",
    "Two pedestrians were killed in Birmingham when a car being pursued by police mounted the pavement, West Midlands Police said. The driver, who fled on foot, was arrested later on suspicion of causing death by dangerous driving.",
    "crime",
)
N(
    "Armed robbers take bank staff hostage in Brazilian town",
    "A gang with rifles raided two banks in Criciúma at night, taking employees hostage and firing at a police station to delay officers, before escaping with cash, police said. Nobody was killed.",
    "crime",
)
N(
    "Napoleonic jewels taken in daylight Louvre heist",
    "Four thieves used a furniture lift to reach a first-floor window of the Louvre and took eight pieces of Napoleonic jewellery, French prosecutors said. The museum was closed for the day.",
    "crime",
)
N(
    "Johannesburg businessman freed after kidnappers paid ransom",
    "A businessman abducted outside his home in Sandton was released after his family paid a ransom, South African police said. Police say kidnappings for ransom by criminal syndicates have risen sharply.",
    "crime",
)
N(
    "Sinaloa cartel founder El Mayo pleads guilty in New York",
    "Ismael 'El Mayo' Zambada, a co-founder of the Sinaloa cartel, pleaded guilty to drug trafficking and racketeering charges in a federal court in Brooklyn, admitting he had paid bribes to Mexican officials for decades. He faces life in prison when he is sentenced in January.",
    "crime",
)
N(
    "Customs find 8 tonnes of cocaine in Antwerp banana boxes",
    "Belgian customs officers found more than 8 tonnes of cocaine hidden in banana containers from Ecuador, the federal prosecutor said, and 14 people were arrested in three countries. The drugs had an estimated street value of more than 600 million euros.",
    "crime",
)
N(
    "Taylor Swift's Vienna concerts cancelled over planned attack",
    "Austrian police arrested a 19-year-old who they said had planned an attack on one of the singer's concerts in Vienna for the Islamic State group, and the organisers cancelled all three shows. Chemicals and explosive devices were found at his home.",
    "crime",
)
N(
    "German police arrest teenagers suspected of planning Islamist attack",
    "Police in North Rhine-Westphalia detained three teenagers who prosecutors say had talked about attacking churches and police stations with knives and Molotov cocktails. No weapons were found.",
    "crime",
)
N(
    "Christchurch mosque gunman sentenced to life without parole",
    "A New Zealand judge sentenced the man who killed 51 worshippers at two Christchurch mosques to life imprisonment without parole, the first time the sentence has been imposed in the country. Survivors and relatives of the victims addressed the court over four days.",
    "crime",
)
N(
    "Salah Abdeslam gets life sentence for Paris attacks",
    "A special court in Paris sentenced the only surviving member of the cell that carried out the November 2015 attacks to life without parole after a trial lasting ten months. Nineteen other men were convicted.",
    "crime",
)
N(
    "Breivik sues Norway over prison conditions",
    "The man who killed 77 people in 2011 argued in court that his isolation in prison breached his human rights, and Norway's government said he remained highly dangerous. The court is expected to rule next month.",
    "crime",
)
N(
    "Buffalo supermarket gunman sentenced to life",
    "The white gunman who killed 10 Black people at a supermarket in Buffalo was sentenced to life in prison without parole after relatives of the victims confronted him in court. He still faces a federal trial in which prosecutors are seeking the death penalty.",
    "crime",
)
N(
    "Former Honduran president sentenced to 45 years in US drugs case",
    "Juan Orlando Hernández was sentenced in New York for helping traffickers send tonnes of cocaine to the United States in exchange for bribes. He was extradited weeks after leaving office.",
    "crime",
)
N(
    "Ecuador extradites gang leader Fito to the United States",
    "José Adolfo Macías, leader of the Los Choneros gang, was flown to New York to face drug and weapons charges, Ecuador's government said, a year and a half after he escaped from prison. He was recaptured in June in a hiding place under a house in Manta.",
    "crime",
)
N(
    "Police officer charged over shooting of teenager at Nanterre traffic stop",
    "A police officer who shot a 17-year-old driver at point-blank range during a traffic check was charged with voluntary homicide and placed in custody, French prosecutors said. A video of the shooting contradicted the first police account of events.",
    "crime",
)
N(
    "Father arrested over honour killing of daughter in Punjab",
    "Police in Gujranwala arrested a man suspected of strangling his 19-year-old daughter because she had married without the family's consent. Her husband filed a complaint with police after she disappeared.",
    "crime",
)
N(
    "Man stabbed to death in Leeds nightclub row",
    "A 24-year-old man died after being stabbed during an argument outside a nightclub in Leeds city centre in the early hours of Saturday, and two men were arrested, police said. Detectives appealed for witnesses and dashcam footage.",
    "crime",
)
N(
    "Three killed in land dispute between brothers in Uganda",
    "A man and two of his relatives were hacked to death with machetes in a family quarrel over farmland in Masaka district, Ugandan police said. Two of his brothers were arrested.",
    "crime",
)
N(
    "Mosque door set on fire in night arson, police treat it as hate crime",
    "A man set fire to the entrance of a mosque in Stockport in the early hours while the building was empty, and firefighters put out the blaze quickly, Greater Manchester Police said. A 37-year-old man was charged with arson and a racially aggravated offence.",
    "crime",
)
N(
    "Suspected rhino poachers shot dead by rangers in Kruger park",
    "Two suspected poachers were killed in an exchange of fire with rangers in the Kruger National Park, South African National Parks said, and a hunting rifle and an axe were recovered. A third suspect escaped and a search is under way.",
    "crime",
)
N(
    "Pirates kidnap tanker crew off Nigeria for ransom",
    "Pirates boarded a tanker 60 nautical miles off the Bayelsa coast and took 10 crew members away in a speedboat, the International Maritime Bureau said. Kidnappings for ransom in the Gulf of Guinea fell last year.",
    "crime",
)
N(
    "Tourist shot dead in Cape Town robbery",
    "A tourist was shot in the chest by armed robbers who stopped his car on a road near the airport, and died in hospital, South African police said. His wife, who was in the car, was unhurt.",
    "crime",
)
N(
    "Depositor takes Beirut bank staff hostage to get his own savings",
    "A man armed with a shotgun held employees of a Beirut bank branch for seven hours until the bank agreed to give him part of his frozen savings, Lebanese officials said. He surrendered and nobody was hurt.",
    "crime",
)
N(
    "Singapore hangs man convicted of trafficking cannabis",
    "Singapore executed a 46-year-old man convicted of conspiring to traffic a kilogram of cannabis, despite appeals from the United Nations and rights groups. His family had asked for clemency, saying he had an intellectual disability.",
    "crime",
)
N(
    "Texas man kills five neighbours after complaint about gunfire",
    "A man armed with an AR-15-style rifle shot dead five of his neighbours, including a child, after they asked him to stop firing in his yard while their baby slept, a Texas sheriff said. The suspect fled and a manhunt is under way.",
    "crime",
)
N(
    "Explosion at Stockholm apartment block linked to gang feud",
    "A blast damaged the entrance of a residential building in a Stockholm suburb overnight, and police said it was part of a conflict between criminal networks that has brought a wave of shootings and bombings to Sweden. No one was hurt, but several families had to leave their flats.",
    "crime",
)
N(
    "Weekend shootings leave 40 wounded in Chicago",
    "More than 40 people were shot across Chicago over the holiday weekend, and police said many of the shootings were linked to disputes between street gangs. Six people were killed, police said.",
    "crime",
)
N(
    "Jury convicts man who killed rapper outside recording studio",
    "A Los Angeles jury found a man guilty of first-degree murder for shooting a rapper dead in a dispute over money. Sentencing is set for next month.",
    "crime",
)
N(
    "Two police officers killed in shootout with bank robbers in São Paulo",
    "Robbers armed with rifles exchanged fire with police outside a bank in the city's east zone, killing two officers, and three of the gang were arrested after a chase, São Paulo state police said. Police said the gang was part of a network that robs armoured trucks.",
    "crime",
)
N(
    "Man arrested over bomb threat that shut Dublin airport",
    "A 35-year-old man was charged with making a false bomb threat by phone that led to the evacuation of a terminal for three hours, Irish police said. No device was found.",
    "crime",
)

# ---------------------------------------------------------------- negatives: the military without fighting
N(
    "Russia and Belarus begin Zapad exercises near NATO's border",
    "Thousands of Russian and Belarusian troops started a week of joint drills in Belarus and western Russia, including rehearsals for the use of nuclear weapons, the Russian defence ministry said. Poland closed its border with Belarus for the duration.",
    "military",
)
N(
    "NATO troops fan out across Europe for Steadfast Defender",
    "About 90,000 troops from all 31 member states will take part in Steadfast Defender, which runs until May and simulates the defence of Europe's eastern flank against an attack, NATO's top commander said. Russia said the drills were a sign of NATO's hostility.",
    "military",
)
N(
    "Chinese warships and jets encircle Taiwan in 'Strait Thunder' drills",
    "China's Eastern Theatre Command said it had sent destroyers, bombers and coast guard ships around Taiwan to practise blockading ports and striking key targets, and Taiwan put its forces on alert. No shots were fired.",
    "military",
)
N(
    "Pyongyang test-launches short-range missile off its east coast",
    "North Korea launched a short-range ballistic missile that landed outside Japan's exclusive economic zone, South Korea's joint chiefs of staff said. It was the country's fifth missile test this year.",
    "military",
)
N(
    "Warsaw orders 180 more K2s from Seoul",
    "Poland's defence minister signed a contract for 180 more K2 tanks, part of a buying spree that has made the country one of NATO's biggest military spenders. Some of the tanks will be built in Poland under licence.",
    "military",
)
N(
    "German brigade formally stands up in Lithuania",
    "The German army inaugurated a permanently stationed armoured brigade in Vilnius, its first long-term deployment abroad since the Second World War, at a ceremony attended by the chancellor. It is expected to reach full strength of about 5,000 soldiers by 2027.",
    "military",
)
N(
    "Indian and Chinese troops end Doklam standoff",
    "India and China agreed to pull back troops who had faced each other for more than two months on the Doklam plateau, India's foreign ministry said. No shots were fired during the standoff.",
    "military",
)
N(
    "South Korea fires warning shots after North Korean soldiers cross border",
    "South Korean troops fired warning shots and broadcast warnings after about 20 North Korean soldiers briefly crossed the military demarcation line while working on the border, and the soldiers withdrew, the joint chiefs of staff said. No one was hurt.",
    "military",
)
N(
    "Tokyo cabinet signs off on biggest military budget",
    "The cabinet signed off on Japan's largest military budget, with money for long-range missiles and drones, as the country doubles defence spending over five years. Parliament is expected to pass it by the end of March.",
    "military",
)
N(
    "Latvian lawmakers vote to restore compulsory service",
    "Latvia's parliament voted to reinstate compulsory military service for men aged 18 to 27, citing the threat from Russia. The first conscripts will start training in July.",
    "military",
)
N(
    "China commissions its third aircraft carrier",
    "The Fujian, China's first carrier with electromagnetic catapults, entered service at a ceremony at a naval port on Hainan island attended by President Xi Jinping. State media said the ship would be based at Sanya.",
    "military",
)
N(
    "Iran unveils new long-range attack drone at Tehran exhibition",
    "Iran's Revolutionary Guards displayed a jet-powered drone they said could fly 2,000 km, at an exhibition attended by the defence minister. Officials said it had been tested successfully over the Gulf of Oman.",
    "military",
)
N(
    "Beijing parade shows off new missiles and drones",
    "Tanks, hypersonic missiles and underwater drones rolled through Tiananmen Square in a parade marking 80 years since the end of the Second World War, watched by the leaders of Russia and North Korea. About 10,000 troops took part in the parade.",
    "military",
)
N(
    "National Guard troops deployed on Washington streets",
    "Hundreds of National Guard soldiers began patrolling the National Mall and railway stations in Washington after President Trump declared a crime emergency in the capital. The city's mayor called the deployment unnecessary.",
    "military",
)
N(
    "UN peacekeepers complete withdrawal from Mali",
    "The last troops of the UN mission in Mali left the country, ending a decade-long deployment after the junta asked them to go, the UN said. More than 300 peacekeepers died during the mission.",
    "military",
)
N(
    "US approves sale of fighter jets to Saudi Arabia",
    "The State Department approved the possible sale of F-35 jets to Saudi Arabia, officials said, a deal that Israel had long opposed. The deal still needs approval from Congress.",
    "military",
)
N(
    "Ukraine's drone makers show off new models at Kyiv defence fair",
    "Dozens of Ukrainian companies displayed long-range drones and interceptors at an arms fair in Kyiv, as the government seeks foreign investors for production. The defence minister said Ukraine could produce several million drones a year.",
    "military",
)
N(
    "Soldiers sent to help clear snow in Scotland",
    "Troops were deployed to help clear roads and deliver supplies to villages cut off by heavy snow in Aberdeenshire, the Ministry of Defence said. Some villages have been without power for three days.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: veterans, anniversaries, the past
N(
    "Centenarian veterans return to Omaha Beach",
    "A few dozen veterans, most of them over 100, joined world leaders on Omaha Beach to commemorate the Allied landings of June 1944. King Charles and President Macron laid wreaths at the British memorial at Ver-sur-Mer.",
    "history",
)
N(
    "Dawn services mark Anzac Day across Australia and New Zealand",
    "Tens of thousands of people attended dawn services to remember soldiers who died at Gallipoli and in later wars, and veterans marched through city centres. In Canberra, about 35,000 people attended the service at the Australian War Memorial.",
    "history",
)
N(
    "Kagame lights flame at Gisozi as Kwibuka 30 opens",
    "President Paul Kagame lit a flame at the Kigali Genocide Memorial to mark the start of the commemoration of the 1994 genocide against the Tutsi, in which about 800,000 people were killed. Former US president Bill Clinton was among the foreign guests.",
    "history",
)
N(
    "Bomb squad clears three American wartime bombs in Cologne",
    "About 20,000 residents were told to leave their homes while experts made safe three unexploded American bombs from the Second World War found during building work, city officials said. Trains were diverted and a hospital was partly evacuated until the operation ended in the evening.",
    "history",
)
N(
    "Wreaths at the Bataclan and cafe terraces a decade on",
    "Survivors and relatives of the 130 people killed in the November 2015 attacks laid wreaths at the Bataclan, the Stade de France and the café terraces, and a memorial garden was opened. President Macron attended the ceremonies with the mayor of Paris.",
    "history",
)
N(
    "Names of the dead read at 9/11 memorial on 20th anniversary",
    "Relatives read the names of nearly 3,000 people killed in the September 11 attacks at a ceremony at Ground Zero, pausing for moments of silence at the times the planes struck. President Biden attended ceremonies in New York, Pennsylvania and at the Pentagon.",
    "history",
)
N(
    "Remains of WWII soldiers exhumed in forest near Smolensk",
    "Volunteers of a search group recovered the remains of 40 Red Army soldiers who died in fighting in 1941 and will rebury them with military honours. Two were identified from medallions found with them.",
    "history",
)
N(
    "Peace bell rings in Hiroshima on bombing anniversary",
    "Hiroshima's mayor urged world leaders to abandon nuclear deterrence at a ceremony marking the anniversary of the 1945 bombing. Representatives of about 100 countries attended the ceremony in the Peace Memorial Park.",
    "history",
)
N(
    "Korean War dead flown to Hawaii for identification",
    "The remains of American servicemen killed in the Korean War were flown to Hawaii for identification after being handed over at a ceremony. Scientists expect identification to take years.",
    "history",
)
N(
    "Appeals judges uphold Mladić's life sentence for genocide",
    "The UN court in The Hague upheld the conviction of former Bosnian Serb commander Ratko Mladić for genocide at Srebrenica and his life sentence, ending a case that began with his indictment in 1995. Relatives of victims who watched in The Hague and in Potočari welcomed the ruling.",
    "history",
)
N(
    "Argentina remembers Falklands war dead 40 years on",
    "Veterans and relatives gathered in Ushuaia and Buenos Aires to remember the 649 Argentine servicemen who died in the 1982 war with Britain. President Fernández renewed Argentina's claim to the islands in a speech.",
    "history",
)
N(
    "Thousands watch Waterloo reenactment",
    "About 2,000 reenactors in period uniform staged the battle of Waterloo in fields near the Belgian town, complete with cavalry charges and cannon fire. The organisers said tickets had sold out months ago.",
    "history",
)
N(
    "Crowds climb to Tsitsernakaberd memorial on April 24",
    "Tens of thousands of people walked to the Tsitsernakaberd memorial to lay flowers for the victims of the mass killings of 1915. Turkey rejects the term genocide.",
    "history",
)
N(
    "Last surviving Dambusters pilot dies aged 101",
    "The RAF veteran, who flew in the 1943 raid on German dams, died at his home, his family said. He was decorated for his part in the raid and later flew as a test pilot.",
    "history",
)

# ---------------------------------------------------------------- negatives: peaceful protest and strikes
N(
    "Teachers strike closes schools across England",
    "Most schools in England closed or partly closed as members of the National Education Union walked out in a dispute over pay, and teachers marched peacefully in London. The union said talks with the government had failed.",
    "protest",
)
N(
    "Hay bales and tractors ring Paris",
    "Farmers drove hundreds of tractors onto motorways leading to Paris and set up roadblocks with hay bales, demanding less regulation and higher prices. Police watched but did not intervene.",
    "protest",
)
N(
    "Last Generation halts A100 rush hour with glued hands",
    "Activists of the Last Generation group glued their hands to the road on the A100 during the morning rush hour, and police detached and detained them, causing long traffic jams. The group wants a speed limit on motorways.",
    "protest",
)
N(
    "Hundreds of thousands march in Hong Kong against extradition bill",
    "Organisers said more than a million people marched peacefully through Hong Kong island in sweltering heat to oppose a bill that would allow extraditions to mainland China. Police put the number at 240,000.",
    "protest",
)
N(
    "Women in white form human chains across Belarus",
    "Thousands of women dressed in white and holding flowers stood in lines along avenues in Minsk to protest against the disputed election result, and drivers honked in support. Some of the women were later detained, rights groups said.",
    "protest",
)
N(
    "Students lead huge rally in Belgrade against corruption",
    "Police said about 275,000 people gathered in central Belgrade for a peaceful rally called by students after the collapse of a railway station canopy in Novi Sad that killed 16. The protesters blew whistles and held 15 minutes of silence for the victims.",
    "protest",
)
N(
    "Saturday-night crowds in Tel Aviv keep up Supreme Court protest",
    "Tens of thousands of people marched in Tel Aviv and Jerusalem on Saturday night against the government's plan to curb the Supreme Court, in protests that organisers said passed without incident. Organisers said 150,000 people attended.",
    "protest",
)
N(
    "General strike paralyses Argentina",
    "Trains, buses and flights were cancelled and banks closed as unions held a general strike against President Milei's spending cuts. The government said it would dock the pay of public employees who stayed away.",
    "protest",
)
N(
    "South Korean trainee doctors walk out over medical school plan",
    "Thousands of junior doctors resigned and stopped working in protest at a government plan to increase medical school admissions, and hospitals postponed surgeries. The government threatened to suspend their licences.",
    "protest",
)
N(
    "Police detain anti-war protesters at Moscow vigil",
    "Police detained at least 14 people who laid flowers at a monument in central Moscow to protest against the war in Ukraine, a rights group said. The protesters had come to lay flowers for victims of a missile strike on Dnipro.",
    "protest",
)
N(
    "Mothers of the disappeared march in Mexico City",
    "Hundreds of mothers searching for missing children marched to the Angel of Independence on Mother's Day, carrying photos of their sons and daughters. More than 100,000 people are listed as missing in Mexico.",
    "protest",
)
N(
    "Palestinian prisoners on hunger strike for a month",
    "About 1,500 Palestinian prisoners in Israeli jails have refused food since mid-April to demand better conditions and family visits, prisoner groups said. Israel's prison service said it would not negotiate with the strikers.",
    "protest",
)
N(
    "London march for Gaza ceasefire passes peacefully",
    "Police said about 100,000 people marched from Hyde Park to the US embassy, and a handful of arrests were made for placards that may have broken the law. It was the 12th national march since October.",
    "protest",
)
N(
    "Kenyan doctors strike for second month",
    "Public hospitals in Kenya turned away patients as doctors continued a strike over pay and postings, and the health ministry said talks had broken down. The doctors' union wants the government to implement a 2017 pay deal.",
    "protest",
)
N(
    "Georgian Dream supporters hold rally in Tbilisi",
    "Thousands of supporters of the ruling party gathered in Tbilisi for a rally addressed by the prime minister, days before the election. The party's founder, Bidzina Ivanishvili, promised to ban opposition parties if it won.",
    "protest",
)
N(
    "Falklands veterans protest pension cuts in Buenos Aires",
    "Hundreds of war veterans and pensioners marched to Congress in Buenos Aires against cuts to their pensions, and the march ended without incident. Their leaders said they would return every week until Congress voted on the bill.",
    "protest",
)

# ---------------------------------------------------------------- negatives: sport
N(
    "Rival fans fight in Marseille's Old Port before derby",
    "Police used tear gas to separate groups of Marseille and Lyon supporters who threw bottles and chairs at each other near the Old Port before Sunday's match, and 12 people were arrested. The match went ahead and ended in a 2-2 draw.",
    "sport",
)
N(
    "English and Russian hooligans clash in Marseille at Euro 2016",
    "Groups of Russian hooligans charged England fans in the streets of Marseille on the day of the two teams' match, and an English supporter was left in a coma, French police said. UEFA threatened to expel both teams from the tournament if the violence continued.",
    "sport",
)
N(
    "Inter win the Milan derby war of nerves on penalties",
    "Inter beat AC Milan in a penalty shootout after a goalless draw, with their keeper saving two spot kicks. Inter will play Juventus in the final.",
    "sport",
)
N(
    "Arsenal's attack fires blanks as title battle slips away",
    "Arsenal failed to score for a third straight game, and the striker admitted the team was under siege from the media after a 1-0 defeat. The Gunners are now seven points behind the leaders.",
    "sport",
)
N(
    "Pace attack destroys Australia's top order in Perth",
    "India's fast bowlers bombarded the Australian batsmen with short balls and took seven wickets in the first session. Australia were bowled out for 104 before tea.",
    "sport",
)
N(
    "Ice hockey game abandoned after mass brawl",
    "A Swedish league game was stopped in the second period when all players on the ice began fighting, and the league said it would hand out bans. Both teams were fined and eight players were suspended.",
    "sport",
)
N(
    "Match abandoned as fans throw flares onto pitch in Istanbul",
    "The referee took the players off the field when supporters threw flares and seats after a late goal, and the club was fined by the federation. The club will play its next two home games behind closed doors.",
    "sport",
)
N(
    "Shooter wins gold for India at Paris Olympics",
    "The 22-year-old shooter won the 10m air pistol title at Châteauroux, India's first medal in shooting in twelve years. She plans to compete in two more events.",
    "sport",
)
N(
    "MMA fighter knocks out champion in first round",
    "The challenger landed a left hook that ended the fight after 48 seconds to claim the lightweight title in Abu Dhabi. It was the fastest finish in a title fight this year.",
    "sport",
)
N(
    "Rugby: Springboks survive All Blacks siege to retain world title",
    "South Africa held on under relentless pressure in the final minutes to beat New Zealand by a point in the World Cup final. Their captain lifted the trophy for a second time.",
    "sport",
)
N(
    "Biathlete hits all 20 targets to win world title",
    "The Norwegian shot clean in all four stages of the mass start to take gold in Oberhof. It was his fourth gold medal of the championships.",
    "sport",
)
N(
    "Boxer's promoter says grudge fight will be a 'war'",
    "The two heavyweights traded insults at the press conference ahead of next month's fight in Riyadh, and security had to separate their entourages. Tickets sold out within an hour.",
    "sport",
)

# ---------------------------------------------------------------- negatives: accidents with weapons, explosives, vehicles
N(
    "Fireworks warehouse explosion kills dozens in Mexico",
    "A series of blasts at a fireworks market in Tultepec killed at least 30 people and destroyed hundreds of stalls, firefighters said. It was the third explosion at the market in ten years.",
    "accident",
)
N(
    "Crowd collecting petrol from overturned truck killed in blast",
    "More than 90 people died near Mokwa in Niger state when a petrol truck that had overturned on the highway caught fire while residents were collecting the spilled fuel in jerrycans, emergency officials said. Police said the driver had swerved to avoid a collision.",
    "accident",
)
N(
    "Blasts at military barracks in Bata blamed on negligence",
    "A series of explosions at an army barracks in Equatorial Guinea's main city killed 107 people and flattened nearby homes, and the president blamed careless handling of dynamite stored there. More than 600 people were injured.",
    "accident",
)
N(
    "Soldier killed in live-fire training accident",
    "A soldier was killed and two others wounded when a mortar round fell short during a live-fire exercise at a training range in the north of the country, the army said. An inquiry has been opened.",
    "accident",
)
N(
    "Hunter killed by stray shot during wild boar hunt",
    "A 67-year-old man was killed in the Ardèche when a member of his hunting party fired at a boar and hit him, French police said. The shooter was taken into custody for questioning.",
    "accident",
)
N(
    "Landmines left from civil war kill three farmers in Cambodia",
    "Three men were killed when their tractor drove over an anti-tank mine while clearing land in Battambang province, a mine action official said. Millions of mines were laid in Cambodia during the wars that ended in the 1990s.",
    "accident",
)
N(
    "Children killed by old cluster bomb in Laos",
    "Two boys were killed and a third hurt when a cluster bomblet dropped during the Vietnam War exploded as they played in a field in Xieng Khouang, a clearance group said. About a third of the bombs dropped on Laos did not explode.",
    "accident",
)
N(
    "Four-year-old shoots brother with father's handgun",
    "A four-year-old boy found a loaded pistol in a bedside drawer and accidentally shot his six-year-old brother, who died in hospital, Florida police said. The father was charged with culpable negligence.",
    "accident",
)
N(
    "Two pilots die as fighter jets collide during training",
    "Two military jets collided during a training flight over the sea, the air force said, and search teams recovered the bodies of both pilots. The cause of the collision is under investigation.",
    "accident",
)
N(
    "Sailors missing after destroyer collides with merchant ship",
    "Ten sailors were missing after a navy destroyer collided with an oil tanker near Singapore, the navy said. Divers were searching flooded compartments of the warship.",
    "accident",
)
N(
    "Quarry blast kills workers in Zambia",
    "Five workers were killed when explosives used to break up rock detonated early at a quarry near Lusaka, police said. The quarry's owner was arrested for breaching safety rules.",
    "accident",
)
N(
    "Four die as army transport helicopter goes down on night flight",
    "Four soldiers died when a military transport helicopter crashed in a forest during a night training flight, the defence ministry said. The army grounded its fleet of the type pending an investigation.",
    "accident",
)
N(
    "Nightclub fire started by stage pyrotechnics kills 59",
    "Sparklers used during a concert set fire to the ceiling of a nightclub in Kočani in North Macedonia, and 59 people died in the blaze and the crush to get out, officials said. Police arrested the club's manager and officials who had issued its licence.",
    "accident",
)
N(
    "Crush at religious gathering in India kills 121",
    "Worshippers were trampled as a crowd surged at the end of a prayer meeting in Hathras, Uttar Pradesh, officials said. Most of the dead were women.",
    "accident",
)
N(
    "Sawmill explosion in Siberia",
    "A dust explosion at a sawmill in Krasnoyarsk killed two workers, regional officials said. Prosecutors opened an inquiry into breaches of safety rules.",
    "accident",
)
N(
    "Ammunition blast at Turkish factory kills 12",
    "An explosion at a factory that makes explosives and munitions in Sakarya province killed 12 workers, officials said, ruling out sabotage. Windows were shattered in villages several kilometres away.",
    "accident",
)

# ---------------------------------------------------------------- negatives: war in films, games and books
N(
    "German WWI drama takes four Academy Awards",
    "The German-language First World War drama won best international feature, cinematography, score and production design at the Academy Awards. It was Germany's most successful film at the Oscars.",
    "entertainment",
)
N(
    "Garland's 'Civil War' opens at number one in North America",
    "Alex Garland's film about journalists crossing a United States torn apart by civil war took $25 million in its opening weekend. The film stars Kirsten Dunst as a war photographer.",
    "entertainment",
)
N(
    "Battlefield 6 breaks sales records",
    "The military shooter sold more than 7 million copies in its first three days, its publisher said, with players fighting in destroyed cities. The game's servers struggled to cope with demand on launch day.",
    "entertainment",
)
N(
    "New Call of Duty set in the Gulf War",
    "The next instalment of the series will take players to the 1991 war, the publisher said in a trailer featuring night raids and tank battles. It will be released in October.",
    "entertainment",
)
N(
    "Novel about Sudan's war wins Booker-shortlisted author prize",
    "The book, told by a woman who flees Khartoum during the fighting, won the prize for fiction at a ceremony in London. The author, who lives in Aberdeen, grew up in Khartoum.",
    "entertainment",
)
N(
    "'Shōgun' sweeps Emmys",
    "The series about warlords battling for power in 17th-century Japan won a record 18 awards. Hiroyuki Sanada won best actor in a drama series.",
    "entertainment",
)
N(
    "War photographer's exhibition opens in London",
    "An exhibition of photographs from Syria, Iraq and Afghanistan taken over 20 years opened at the Imperial War Museum. It runs until March.",
    "entertainment",
)
N(
    "Netflix drama on the Troubles becomes most-watched series",
    "The eight-part series follows a young police officer in Belfast in the 1980s. It was filmed in Belfast and Derry.",
    "entertainment",
)
N(
    "Documentary on Mosul battle premieres at Venice",
    "The film follows a unit of Iraqi special forces through the last months of the fight against Islamic State in 2017. The director spent six months embedded with the unit.",
    "entertainment",
)
N(
    "Board game about the Cold War tops crowdfunding chart",
    "Players take the role of the superpowers in a game that has raised more than $3 million from backers. The designers say it will ship next year.",
    "entertainment",
)

# ---------------------------------------------------------------- negatives: war words as metaphor in politics and economy
N(
    "Marcos says war on drugs will continue, but without the killings",
    "President Ferdinand Marcos Jr said his government would keep up the campaign against illegal drugs but focus on rehabilitation, breaking with his predecessor's approach. The government says drug arrests have risen this year.",
    "politics",
)
N(
    "Battle for marginal seat goes down to the wire",
    "The Labour and Conservative candidates were separated by 40 votes after two recounts in the by-election. A third recount is expected on Friday.",
    "politics",
)
N(
    "Senate kills bill after late-night ambush by opposition",
    "Opposition senators forced a surprise vote that defeated the government's housing bill, in what the minister called a political hit job. The government said it would bring the bill back next session.",
    "politics",
)
N(
    "Army officers announce coup on Gabon state television",
    "A group of senior officers said on television that they had taken power and dissolved state institutions, and that President Ali Bongo was under house arrest, minutes after he was declared winner of an election. No gunfire was reported in Libreville.",
    "politics",
)
N(
    "Party rebels oust prime minister in overnight coup",
    "Members of the ruling party voted to replace the prime minister as leader after weeks of plotting, and she will resign on Monday. Her successor will be sworn in on Tuesday.",
    "politics",
)
N(
    "Campaign launches attack ads against rival",
    "The governor's campaign spent $5 million on television adverts attacking his rival's record on crime. The election is in six weeks.",
    "politics",
)
N(
    "Trump declares war on cartels in speech",
    "President Trump said the United States was at war with drug cartels and would designate more of them as terrorist organisations, in a speech to military officers. He did not give details of any new military action.",
    "politics",
)
N(
    "Bombshell report shakes government",
    "A leaked report found ministers had ignored warnings about the contracts, and the opposition demanded a vote of no confidence. The prime minister said he had not seen the report.",
    "politics",
)
N(
    "Finance minister clings on after bruising Commons battle",
    "The finance minister won the vote by 12 votes after a debate in which opposition MPs accused her of waging war on pensioners. She said she would not change her plans.",
    "politics",
)
N(
    "Duterte arrives in The Hague to face ICC charges over drug war",
    "The former Philippine president was flown to the Netherlands after his arrest in Manila on a warrant for crimes against humanity linked to his anti-drugs campaign. His supporters held vigils outside the court.",
    "politics",
)
N(
    "Supermarkets in price war as inflation eases",
    "Britain's biggest grocers cut prices on hundreds of products in a battle for customers. Shares in the biggest chains fell on fears for profits.",
    "economy",
)
N(
    "Beijing hits back with farm tariffs as trade war deepens",
    "Beijing announced tariffs of up to 15% on American farm goods in response to new US duties. Soybean futures fell sharply in Chicago.",
    "economy",
)
N(
    "Bidding war breaks out for London-listed miner",
    "Two rivals raised their offers for the company, whose shares jumped 20%. The board said it would consider both offers.",
    "economy",
)
N(
    "Chipmakers' arms race pushes AI spending to record",
    "Tech companies plan to spend more than $300 billion on data centres this year. Analysts warn that the spending may not pay off for years.",
    "economy",
)
N(
    "Hostile takeover bid for Japanese retailer rejected",
    "The board said the offer undervalued the company. The bidder said it would take its offer directly to shareholders.",
    "economy",
)
N(
    "Streaming wars claim another victim as service shuts down",
    "The service, launched two years ago, failed to attract enough subscribers. Its shows will move to a rival platform.",
    "economy",
)

# ---------------------------------------------------------------- negatives: disasters
N(
    "Army joins battle against wildfires in Greece",
    "Soldiers and firefighters fought flames on three fronts north of Athens, and thousands of residents were evacuated, the civil protection agency said. Several homes were destroyed in the suburbs.",
    "disaster",
)
N(
    "Floods in Libya's Derna kill thousands after dams burst",
    "Two dams above the city collapsed during Storm Daniel, sweeping whole neighbourhoods into the sea, and tens of thousands of people were left homeless, officials said. Rescue teams from Egypt, Turkey and the UAE arrived to help search for bodies.",
    "disaster",
)
N(
    "Earthquake in Morocco's Atlas mountains kills more than 2,900",
    "Villages of mud-brick houses were flattened, and soldiers helped rescuers dig through the rubble, the interior ministry said. Many villages could be reached only by helicopter.",
    "disaster",
)
N(
    "Cyclone Freddy displaces hundreds of thousands in Malawi",
    "Mudslides buried homes in Blantyre, and more than 500,000 people moved into camps, the government said. The storm had already hit Madagascar and Mozambique twice.",
    "disaster",
)
N(
    "Volcano eruption forces evacuation of Icelandic town",
    "Residents of Grindavík were evacuated again as lava flowed towards the town's defensive walls. The Blue Lagoon spa was closed.",
    "disaster",
)
N(
    "Bomb cyclone brings blizzards to US Northeast",
    "A rapidly strengthening winter storm dumped more than a foot of snow from New Jersey to Maine and knocked out power to 300,000 homes. Airlines cancelled thousands of flights.",
    "disaster",
)
N(
    "Hillside collapses onto Enga village, hundreds feared buried",
    "Officials said more than 2,000 people may have been buried when a mountainside collapsed onto a village in Enga province. Rescuers struggled to reach the site because the main road was blocked.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: peace and disarmament
N(
    "Kurdish militants torch rifles at Sulaymaniyah cave",
    "About 30 fighters of the Kurdistan Workers' Party laid down and burned their rifles at a cave near Sulaymaniyah, in a first step towards ending the group's four-decade armed struggle. Turkey welcomed the step.",
    "peace",
)
N(
    "Kinshasa and Kigali ministers ink US-brokered deal",
    "The foreign ministers of the two countries signed a deal committing them to end support for armed groups in eastern Congo, at a ceremony hosted by the US secretary of state. The deal includes plans for joint security arrangements.",
    "peace",
)
N(
    "FARC completes handover of weapons to UN",
    "The last containers of weapons from Colombia's largest guerrilla group were handed to UN monitors, completing its disarmament under the peace deal. The weapons will be melted down to make monuments.",
    "peace",
)
N(
    "Addis Ababa and the TPLF sign truce in Pretoria",
    "The federal government and the TPLF signed an agreement in Pretoria to end two years of war, the African Union mediator said. The agreement includes the disarmament of Tigrayan forces.",
    "peace",
)
N(
    "Hundreds of captured soldiers go home in UAE-brokered exchange",
    "Each side released 390 prisoners in an exchange mediated by the United Arab Emirates, officials said. It was one of the largest exchanges since the start of the war.",
    "peace",
)
N(
    "Gunmen in Nigeria's Zamfara surrender weapons under amnesty",
    "Several bandit leaders handed over rifles to the state government in a ceremony under a peace deal, officials said. The governor said more bandits would be offered the chance to disarm.",
    "peace",
)

# ---------------------------------------------------------------- negatives: health
N(
    "Malaria vaccine rollout begins in Cameroon as Africa steps up battle against disease",
    "Health workers began giving the RTS,S vaccine to children under two, the first routine use in a country. Malaria kills hundreds of thousands of African children a year.",
    "health",
)
N(
    "Cancer survivor wins her 'war' against the disease, and now runs marathons",
    "The 42-year-old ran the London Marathon a year after finishing chemotherapy. She raised money for the hospital that treated her.",
    "health",
)
N(
    "Snakebite kills thousands a year in Nigeria, doctors warn",
    "Doctors said a shortage of antivenom meant many victims die before reaching hospital. The WHO has listed snakebite as a neglected tropical disease.",
    "health",
)
N(
    "Mpox outbreak declared in eastern Congo's Kamituga",
    "The health ministry said more than 200 cases had been recorded in the mining town. A vaccination campaign is planned for next month.",
    "health",
)

# ---------------------------------------------------------------- negatives: animal attacks and other news
N(
    "Tiger kills honey collector in the Sundarbans",
    "A tiger dragged away a man collecting honey in the mangrove forest in Bangladesh, and his companions found his body the next day, forest officials said. Attacks by tigers have fallen in recent years, officials said.",
    "other",
)
N(
    "Shark attack kills swimmer off Sydney beach",
    "A man was killed by a shark while swimming at Little Bay, the first fatal shark attack in Sydney in decades, police said. Beaches in the area were closed for two days.",
    "other",
)
N(
    "Wild elephants trample villagers in Kenya",
    "Two people were killed by elephants that strayed from a national park into farmland, the Kenya Wildlife Service said. Residents demanded compensation and better fences.",
    "other",
)
N(
    "Bear attacks hiker in Slovakia",
    "A brown bear attacked and killed a hiker in the Low Tatras mountains, rescuers said. The government has approved a cull of some bears.",
    "other",
)
N(
    "Dogs maul child to death in Lagos",
    "A six-year-old girl was killed by two pit bulls that escaped from a neighbour's yard, police said. The owner was arrested.",
    "other",
)
N(
    "Orcas attack yacht off Portugal, sinking it",
    "A pod of killer whales rammed a sailing boat off the Portuguese coast until it sank, and the crew were rescued. Scientists say the orcas may be playing.",
    "other",
)
N(
    "Asian hornet invasion alarms British beekeepers",
    "Beekeepers in southern England reported a record number of nests of the invasive species. The hornets prey on honeybees.",
    "other",
)
N(
    "Cyberattack shuts down hospital computer systems",
    "Hackers encrypted the systems of a hospital group in Paris and demanded a ransom, officials said. Some operations were postponed.",
    "other",
)
N(
    "Meteor explodes over Siberia, lighting up the sky",
    "Residents filmed a fireball that exploded over the Yakutia region, scientists said. No damage was reported.",
    "other",
)
N(
    "Rocket explodes on launch pad in Texas",
    "A SpaceX test rocket exploded during a ground test, damaging the launch site. No one was hurt.",
    "other",
)
N(
    "Refugee who fled Syria's war becomes mayor in Germany",
    "A man who arrived in Germany in 2015 after fleeing the war was elected mayor of a town in Baden-Württemberg. He won more than half the vote.",
    "other",
)
N(
    "Scientists map ancient battlefield with drone lidar",
    "Archaeologists used drones to find the remains of earthworks from a Roman siege in Spain. The study was published in the journal Antiquity.",
    "other",
)
N(
    "Bees swarm guests at wedding in Brazil",
    "Dozens of guests were stung when bees attacked a wedding party in Minas Gerais, firefighters said. Four people were taken to hospital.",
    "other",
)
N(
    "Ex-soldier becomes face of national veterans' job scheme",
    "The former paratrooper said the program had helped him find work as an electrician. About 15,000 veterans have used the scheme so far.",
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

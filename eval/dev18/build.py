"""Build eval/dev18/conflict.jsonl (and the empty eval/dev18/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is meant to read like an ordinary day on a world-news wire: the usual mix of war news,
and the rest of what a wire carries (disasters, crime, sport, politics, markets, peace talks,
anniversaries, culture, defence news, accidents, health, and plain ordinary news).

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (18), with ids e0001... (a prefix no other set uses).

    python eval/dev18/build.py            # validate, print the counts, write the files
    python eval/dev18/build.py --table    # also print the counts as markdown tables
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
SEED = 18
PREFIX = "e"

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

# ---------------------------------------------------------------- positives, batch 1 (Middle East, Ukraine)

P(
    "Overnight strikes on Khan Younis kill at least 18, hospital says",
    "Israeli air strikes hit several homes in Khan Younis overnight, killing at least 18 people, including six children, according to staff at Nasser Hospital. The Israeli military said it had struck Hamas militants and infrastructure in the area. Residents said they dug through rubble with their hands until the early morning. Among the dead was a doctor who worked at the hospital, his colleagues said. The strikes came as talks on a truce continued in Cairo.",
    "E",
    "airstrike",
)
P(
    "Russian drones hit energy sites across Ukraine; blackouts in Kharkiv",
    "Russia launched more than 90 drones and several cruise missiles at Ukraine overnight, targeting power stations and substations, the Ukrainian air force said on Friday. Air defences shot down most of them, but strikes in Kharkiv left about 200,000 households without electricity. Two workers at a thermal plant were wounded. Ukraine's energy minister said repairs could take weeks. Schools in the city switched to remote learning. The president again called on allies to send more air defence systems.",
    "E",
    "missile_attack",
)
P(
    "Ukrainian forces say they repelled assault near Pokrovsk",
    "Ukrainian troops repelled 34 Russian assaults along the Pokrovsk front over the past day, the general staff said in its morning update. Russian units attacked with armoured vehicles and small infantry groups near the villages of Myrolyubivka and Lysivka. Moscow's defence ministry said its forces had taken another settlement in the Donetsk region, a claim that could not be independently verified.",
    "B",
    "battle",
)
P(
    "Missile strike on Dnipro apartment block: death toll rises to 46",
    "Rescuers pulled more bodies from the ruins of a nine-storey apartment building in Dnipro on Monday, bringing the death toll from Saturday's Russian missile strike to 46, regional officials said. Eleven people are still missing. The missile destroyed an entire section of the block, where about 1,700 people lived.",
    "E",
    "missile_attack",
)
P(
    "Civilians flee front-line towns in Donetsk as shelling intensifies",
    "Evacuation buses left Kostiantynivka on Wednesday carrying elderly residents and families with children as Russian shelling of the town grew heavier, police said. Officials said about 9,000 people remain in the town, which has had no running water for months. Volunteers said the road out was regularly targeted by drones.",
    "E D",
    "displacement",
)
P(
    "Israeli raid in Jenin camp kills five, Palestinian ministry says",
    "Israeli forces backed by drones raided the Jenin refugee camp on Tuesday, and five Palestinians were killed in exchanges of fire, the Palestinian health ministry said. The military said troops had come under fire and had hit a group of gunmen with a drone strike. Bulldozers tore up roads in the camp, and several families left for nearby villages.",
    "B E M D",
    "raid",
)
P(
    "Huwara: settler rampage leaves one dead",
    "Dozens of Israeli settlers attacked the Palestinian village of Huwara on Sunday evening, setting fire to houses and cars, residents and the Palestinian Red Crescent said. One man was shot dead and about 100 people were treated for injuries and tear gas inhalation. The Israeli army said soldiers were sent to disperse the crowd.",
    "V",
    "settler_attack",
)
P(
    "WFP: only a fraction of needed food trucks reached Gaza in October",
    "The World Food Programme said on Thursday that fewer than a fifth of the food trucks needed each day had entered Gaza in October, as crossings stayed closed for long stretches. In the north, families are eating one meal a day or less, the agency said, and some bakeries have shut for lack of flour. Aid groups say convoys are often held for hours at checkpoints.",
    "H",
    "humanitarian",
)
P(
    "Aid workers killed in strike on convoy in central Gaza",
    "Seven workers of a food charity were killed when their convoy was hit by an Israeli strike in Deir al-Balah late on Monday, the charity said. The vehicles were clearly marked and their route had been shared with the military, it said. The Israeli army said it was reviewing the incident. The charity suspended its operations in Gaza.",
    "E V H",
    "attack_on_aid",
)
P(
    "Hezbollah fires rockets at northern Israel after strike on commander",
    "Hezbollah said it fired dozens of rockets at Israeli army positions in the Galilee on Wednesday in response to the killing of one of its field commanders in a drone strike in south Lebanon. Sirens sounded in Kiryat Shmona and several fires broke out. The Israeli military said it struck launchers in the villages of Aitaroun and Kfar Kila.",
    "E",
    "rocket_attack",
)
P(
    "Thousands of families flee south Lebanon villages under bombardment",
    "Israeli warplanes carried out a wave of strikes across southern Lebanon on Monday, and traffic jammed the coastal highway to Beirut as thousands of families fled north, Lebanese officials said. Schools in Sidon and Beirut were turned into shelters. The health ministry said hundreds of people had been killed or wounded.",
    "E D",
    "airstrike",
)
P(
    "Houthis claim missile attack on merchant ship in Red Sea",
    "Yemen's Houthi movement said it fired anti-ship missiles at a Liberian-flagged bulk carrier in the southern Red Sea on Tuesday. The UK Maritime Trade Operations agency said the vessel reported an explosion close to its bow but that the crew were safe and it was continuing to its next port. The group says it targets ships linked to Israel. The ship's manager said it had no links to Israel. Insurers have raised premiums for vessels passing through the Bab al-Mandab strait.",
    "E",
    "missile_attack",
)
P(
    "US and British jets strike Houthi targets around Sanaa",
    "American and British aircraft struck Houthi radar sites, drone stores and missile launchers in and around Sanaa and Hodeidah overnight, the Pentagon said, in the latest round of a campaign meant to stop attacks on shipping. The Houthi-run news channel reported explosions near the airport. A Houthi spokesman vowed that the attacks would not go unanswered.",
    "E M",
    "airstrike",
)
P(
    "Cholera spreads in Yemen's war-split Taiz",
    "Health workers in Taiz reported hundreds of suspected cholera cases a week in August, as the divided city's water network remained damaged by years of fighting, Médecins Sans Frontières said. Front lines cut the city in two and force patients to travel for hours to reach a hospital. The group appealed for more chlorine and rehydration supplies.",
    "H",
    "humanitarian",
)
P(
    "Syrian government barrage hits market in Idlib countryside",
    "Rockets fired by government forces hit a vegetable market in Sarmada in north-west Syria on Sunday morning, killing nine people, the Syrian Civil Defence said. Rescuers said the market was crowded with shoppers when the rockets landed. It was the heaviest bombardment of the area in months.",
    "E V",
    "shelling",
)
P(
    "Clashes between Kurdish-led forces and Arab tribal fighters in Deir ez-Zor",
    "Fighting between the Kurdish-led Syrian Democratic Forces and Arab tribal fighters spread to several towns along the Euphrates in Deir ez-Zor province, a monitoring group said on Sunday. At least 40 fighters and nine civilians have been killed in a week of clashes. Many residents left their homes for the desert or crossed the river.",
    "B D",
    "battle",
)
P(
    "IS gunmen ambush Syrian army bus in desert",
    "Islamic State militants attacked a bus carrying soldiers in the Syrian desert near Palmyra on Thursday, killing at least 20 of them, the Syrian Observatory for Human Rights said. The attackers opened fire and then set the bus alight, it said. State media said 'terrorists' had attacked the bus.",
    "B T",
    "ambush",
)
P(
    "Turkish drones strike PKK positions in northern Iraq",
    "Turkish drones struck suspected PKK hideouts in the Qandil mountains and near Sinjar on Monday, Turkey's defence ministry said, saying 12 militants had been 'neutralised'. Local officials in Sinjar said one of the strikes hit a car on the road and killed two people. The ministry said the strikes were part of its ongoing cross-border operation.",
    "E M",
    "drone_strike",
)
P(
    "Car bomb kills six at checkpoint in Iraq's Anbar",
    "A car packed with explosives blew up at an army checkpoint on the road between Ramadi and Fallujah on Saturday, killing four soldiers and two civilians, security sources said. Islamic State claimed the attack through its Amaq news agency.",
    "E T",
    "bombing",
)
P(
    "Iraqi security forces fire on protesters in Nasiriyah",
    "Security forces opened fire on protesters who had blocked a bridge in Nasiriyah on Thursday, killing at least 15 people, medical sources said. Protesters had set fire to a police station the night before. The prime minister ordered an inquiry into the shootings, and the city's governor resigned.",
    "U",
    "crackdown",
)
P(
    "Iran: security forces use live fire on protesters in Zahedan",
    "Security forces opened fire on worshippers leaving Friday prayers in Zahedan who had begun chanting against the authorities, rights groups said. At least 60 people were killed, according to Amnesty International. State media said 'armed separatists' had attacked a police station, and that several guards had died.",
    "U V",
    "crackdown",
)
P(
    "Explosions at memorial ceremony: Iranian officials blame IS",
    "Two explosions tore through crowds walking to a memorial ceremony in Kerman, killing dozens of people, Iranian state media said. Islamic State later claimed responsibility, saying two of its members had detonated explosive belts. The government declared a day of national mourning.",
    "E T V",
    "suicide_bombing",
)
P(
    "Israel and Iran trade strikes for fourth straight night",
    "Iranian missiles struck near Tel Aviv and Haifa overnight as Israeli jets hit military sites and a fuel depot near Tehran, both sides said, in the fourth night of direct exchanges. Israel's emergency service said three people were killed in a residential building in central Israel. In Tehran, residents queued at petrol stations and many families left for the north.",
    "E D",
    "missile_attack",
)
P(
    "Shells hit Abu Shouk camp outside El Fasher",
    "Rapid Support Forces shelled the Abu Shouk displacement camp outside El Fasher on Friday, killing at least 40 people, local activists said. The camp, home to hundreds of thousands of people who fled earlier fighting, has been repeatedly hit since the RSF tightened its siege of the city. A doctor said the last working clinic had run out of dressings.",
    "E V D H",
    "shelling",
)
P(
    "Famine confirmed in Zamzam camp, monitors say",
    "Famine conditions have been confirmed in the Zamzam camp near El Fasher, the global hunger monitor said on Thursday, the first such finding anywhere since 2017. The camp's population has swollen as people flee fighting between the army and the RSF. Aid trucks have not reached the camp for months because of the siege, the UN said.",
    "H D",
    "humanitarian",
)
P(
    "Sudanese army retakes Wad Madani from RSF",
    "Sudan's army said on Saturday it had retaken Wad Madani, the capital of Gezira state, after more than a year under Rapid Support Forces control. Footage showed soldiers celebrating at the city's main bridge. Residents said the RSF withdrew after several days of heavy fighting on the outskirts.",
    "B",
    "battle",
)
P(
    "Refugees from Darfur keep arriving in eastern Chad",
    "About 1,000 people a day are crossing from West Darfur into Chad at Adré, the UN refugee agency said, many of them women and children fleeing attacks on their villages. New arrivals describe homes being burned and men being shot. UNHCR said its camps in the region were far over capacity and that water was being trucked in.",
    "D V H",
    "displacement",
)
P(
    "Drone strike hits Port Sudan fuel depot",
    "Drones struck a fuel depot and areas near the airport in Port Sudan early on Sunday, setting off large fires, the army-aligned government said, blaming the RSF. It was the first attack on the city, which had become the seat of government and a hub for aid agencies since the war began. Flights were suspended.",
    "E",
    "drone_strike",
)

# ---------------------------------------------------------------- positives, batch 2 (Africa)

P(
    "Plateau villages attacked overnight; 30 dead",
    "Gunmen attacked three villages in the Bokkos area of Plateau state overnight, killing at least 30 people and burning houses, a local government chairman said on Monday. Survivors said the attackers arrived on motorcycles and fired on people as they fled. The attack came days after a similar raid in a neighbouring district. Church leaders said many victims were buried in a mass grave on Sunday. Residents accused the security forces of arriving too late. Police said a joint patrol had been sent to the area.",
    "V D",
    "massacre",
)
P(
    "Boko Haram faction abducts women collecting firewood in Borno",
    "Suspected Boko Haram fighters abducted at least 40 women who had left a camp for displaced people near Gamboru Ngala to collect firewood, residents and a civilian militia leader said. The women had gone beyond the trench that surrounds the town. The army said it had launched a search.",
    "V T D",
    "abduction",
)
P(
    "ISWAP attacks military base in northeast Nigeria",
    "Fighters of Islamic State West Africa Province attacked an army base in Marte, Borno state, before dawn on Sunday, killing several soldiers and seizing weapons, military sources said. The attack lasted for hours before air force jets struck the fighters as they withdrew. ISWAP claimed the attack in a statement.",
    "B T E",
    "attack_on_base",
)
P(
    "Bandits kidnap pupils from school in Kaduna",
    "Armed men on motorcycles stormed a primary and secondary school in Kuriga, Kaduna state, on Thursday morning and abducted more than 200 pupils, residents and the state government said. A teacher said the gunmen surrounded the school just after assembly. Security forces have been deployed to the forests where the gangs have camps.",
    "V",
    "abduction",
)
P(
    "Nigerian air force strike kills villagers at festival",
    "A military drone strike hit villagers celebrating a religious festival in Tudun Biri, Kaduna state, killing at least 85 people, the national emergency agency said. The army said the drone had been on a mission against terrorists and bandits and had mistaken the gathering for a threat. The president ordered an investigation.",
    "E V",
    "drone_strike",
)
P(
    "JNIM claims attack on Mali army convoy near Timbuktu",
    "The al-Qaeda-linked group JNIM said it attacked a Malian army convoy on the road from Timbuktu to Goundam on Tuesday, killing dozens of soldiers. The army said its convoy was hit by an improvised explosive device and then fired on, and that it had killed many of the 'terrorists'. Neither account could be verified.",
    "B E T",
    "ambush",
)
P(
    "Burkina Faso: villagers killed in attack blamed on army",
    "Soldiers killed at least 150 people in the village of Karma in northern Burkina Faso, residents and a rights group said, accusing troops of rounding up and shooting men, women and children. The government said it was investigating and that the attackers wore army uniforms. Survivors fled to Ouahigouya.",
    "V D",
    "massacre",
)
P(
    "Blockaded Djibo depends on airlifted food",
    "Residents of Djibo, in northern Burkina Faso, have been cut off by jihadist fighters for more than two years, and the only food arriving comes by helicopter, aid groups said. Convoys that tried to reach the town have been attacked. The town's population has more than tripled with people displaced from surrounding villages.",
    "H D T",
    "siege",
)
P(
    "Niger soldiers killed in attack near Malian border",
    "Around 20 Nigerien soldiers were killed when hundreds of fighters on motorbikes attacked their unit near Tassia, in the Tillabéri region, the defence ministry said. The ministry blamed the Islamic State Sahel Province and said the army had killed dozens of attackers in the battle.",
    "B T",
    "battle",
)
P(
    "Al-Shabaab fighters storm Mogadishu beach hotel",
    "Al-Shabaab gunmen stormed a hotel on Lido beach in Mogadishu on Friday night, taking guests hostage before security forces ended the siege hours later, police said. At least 32 people were killed, many of them families eating dinner. The group claimed the attack.",
    "T V",
    "hostage_taking",
)
P(
    "Somali troops and clan militia retake towns from al-Shabaab",
    "Somali army troops backed by local clan fighters recaptured several towns in the Hiraan region from al-Shabaab, the government said, in an offensive supported by US air strikes. Residents said the militants withdrew after a day of fighting. Officials said the operation would continue into Middle Shabelle.",
    "B M E",
    "offensive",
)
P(
    "M23 rebels enter Goma as residents shelter indoors",
    "M23 rebels backed by Rwandan troops entered the centre of Goma on Monday after days of fighting with Congolese forces, witnesses said. Gunfire and explosions could be heard near the airport and bodies lay in the streets. Thousands of people from camps around the city had already fled towards the border with Rwanda. The UN said its peacekeepers were sheltering civilians at their base. Internet and electricity were cut across the city. Congo broke off diplomatic relations with Rwanda.",
    "B D",
    "battle",
)
P(
    "ADF attack on funeral in North Kivu kills dozens",
    "Fighters of the Allied Democratic Forces attacked mourners at a funeral in a village near Lubero in North Kivu, killing more than 40 people with machetes and guns, local officials said. The group, which has pledged allegiance to Islamic State, has killed thousands of civilians in the region. Survivors fled into the bush.",
    "V T D",
    "massacre",
)
P(
    "CODECO militia attacks displacement site in Ituri",
    "Militiamen of the CODECO armed group attacked a site for displaced people at Plaine Savo in Ituri province overnight, killing 60 people, many of them women and children, with machetes and firearms, the UN said. The site, which sheltered thousands of families who had fled earlier violence, was partly burned.",
    "V D",
    "massacre",
)
P(
    "Drone strike on livestock market in western Oromia kills 12",
    "A drone strike hit a crowded livestock market near Dembi Dollo in western Oromia on Thursday, killing at least 12 people, relatives and a local official said. Traders had come from surrounding villages for the weekly market. The federal army has been fighting the Oromo Liberation Army in the area, and the government did not comment.",
    "E V",
    "drone_strike",
)
P(
    "Fighting in Tigray halts aid deliveries, WFP says",
    "The World Food Programme said it had suspended convoys into Tigray after fighting resumed along the main supply route, leaving millions of people without regular food aid. The agency said fuel stocks in Mekelle had run out and that it could no longer distribute food in remote areas.",
    "H B",
    "humanitarian",
)
P(
    "Macomia villages attacked; 11 beheaded, church group says",
    "Islamist insurgents attacked villages in the Macomia district of Cabo Delgado, beheading at least 11 people and burning homes, local officials and a church group said. The attacks sent thousands of people fleeing towards the coast and to Pemba. The insurgents are known locally as al-Shabaab, though they have no links to the Somali group.",
    "V T D",
    "massacre",
)
P(
    "Cameroon separatists set school ablaze in Northwest region",
    "Armed separatists set fire to a secondary school in Bamenda's outskirts and abducted the principal and several teachers, the regional governor said. The separatists have enforced a boycott of schools in the English-speaking regions since 2017. Soldiers later freed two of the teachers after a gunfight.",
    "V B",
    "school_attack",
)
P(
    "Central African Republic: rebels attack UN peacekeepers",
    "Rebels attacked a patrol of UN peacekeepers near Bangassou, killing one Moroccan soldier and wounding three, the UN mission said. The mission's force returned fire. The UN secretary-general said attacks on peacekeepers may constitute a war crime.",
    "B",
    "attack_on_peacekeepers",
)
P(
    "Police fire tear gas on protesters in Nairobi tax revolt",
    "Kenyan police fired tear gas and live rounds at protesters who stormed parliament in Nairobi on Tuesday as lawmakers passed a finance bill raising taxes, witnesses said. Part of the building was set on fire. A doctors' group said at least 20 people were shot dead across the country.",
    "U",
    "crackdown",
)
P(
    "Deadly crackdown on Mozambique post-election protests",
    "Security forces in Maputo fired live ammunition and tear gas at supporters of the opposition who had taken to the streets to contest election results, a civil society group said. It counted more than 100 dead since the protests began. Protesters burned tyres and looted shops in several neighbourhoods.",
    "U",
    "crackdown",
)
P(
    "Senegal: three dead as protests over opposition leader turn violent",
    "Three people were killed in clashes between protesters and police in Dakar and Ziguinchor after the sentencing of opposition leader Ousmane Sonko, the interior ministry said. Protesters burned buses and attacked petrol stations, and police fired tear gas. Access to social media was restricted.",
    "U",
    "riot",
)
P(
    "Libya: militias clash in Tripoli, airport closed",
    "Heavy fighting broke out between rival armed groups in Tripoli on Monday night, killing at least 27 people and closing Mitiga airport, the emergency services said. Residents of the Ain Zara district said rockets landed on houses. Families trapped by the fighting called for safe corridors.",
    "B E",
    "battle",
)
P(
    "South Sudan: cattle raid leaves dozens dead in Jonglei",
    "Armed youths from a rival community attacked cattle camps in Jonglei state, killing at least 70 people and taking thousands of cows, local officials said. Women and children were abducted during the raid. The UN mission said it had sent peacekeepers to the area to protect civilians.",
    "V",
    "communal_violence",
)

# ---------------------------------------------------------------- positives, batch 3 (Asia, Americas, Europe)

P(
    "Myanmar junta jets bomb village in Sagaing, residents say",
    "Myanmar military jets bombed a village in Sagaing region on Tuesday, killing at least 17 people including children at a monastery school, residents and an opposition government spokesman said. The village had been a base for local resistance forces. Survivors fled into nearby forests.",
    "E V D",
    "airstrike",
)
P(
    "Arakan Army seizes border town after weeks of fighting",
    "The Arakan Army said on Sunday it had captured Maungdaw, the last town held by Myanmar's military along the border with Bangladesh, after months of fighting. Rohingya residents said they were caught between the two sides and accused the rebels of burning homes. Thousands of people tried to cross the Naf river into Bangladesh.",
    "B D V",
    "battle",
)
P(
    "Resistance fighters take army base in Myanmar's Shan state",
    "An alliance of ethnic armed groups said it had overrun a military battalion headquarters near Lashio after days of fighting, taking prisoners and weapons. The military did not comment. Local aid groups said about 50,000 people had fled the fighting in northern Shan state in a week.",
    "B D",
    "battle",
)
P(
    "Pakistani Taliban suicide bomber hits police mosque in Peshawar",
    "A suicide bomber blew himself up inside a mosque in Peshawar's police lines compound during afternoon prayers, killing at least 84 people, most of them police officers, officials said. The roof of the mosque collapsed. A commander of the Pakistani Taliban initially claimed the attack, though the group's spokesman later denied involvement.",
    "E T V",
    "suicide_bombing",
)
P(
    "Baloch separatists attack passenger train in Pakistan",
    "Separatist militants of the Baloch Liberation Army blew up a railway track and seized a passenger train with hundreds of people aboard in Balochistan, officials said. Security forces launched an operation to free the passengers that lasted more than a day. The government said 26 hostages and all 33 attackers were killed, and called it a terrorist attack.",
    "T V M B",
    "hostage_taking",
)
P(
    "Pakistani military says 10 militants killed in North Waziristan raid",
    "Pakistani security forces killed 10 militants in an intelligence-based operation in North Waziristan, the military's media wing said on Saturday. It said the militants belonged to 'Khawarij', its term for the Pakistani Taliban, and that two soldiers were killed in the exchange of fire.",
    "M B",
    "raid",
)
P(
    "Afghanistan: IS claims bombing at Kabul school",
    "A bomb went off at a school in a Hazara neighbourhood of western Kabul as students were leaving classes, killing at least 20 people, most of them teenagers, police said. The local Islamic State affiliate said it was behind the attack. The Taliban administration said it had arrested suspects.",
    "E T V",
    "bombing",
)
P(
    "Afghan and Pakistani border forces exchange fire",
    "Afghan Taliban forces and Pakistani troops exchanged heavy fire at several border posts overnight, officials on both sides said, after Pakistani air strikes in Afghanistan's Paktika province. The Taliban said civilians, including women and children, were among the dead in the strikes. Pakistan closed the Torkham crossing.",
    "B E",
    "border_clash",
)
P(
    "Gunmen kill tourists and pilgrims near Pahalgam, Kashmir",
    "Militants opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir, killing 26 people, police said. Survivors said the gunmen singled out men and asked them their religion. India called it a terrorist attack and blamed groups based in Pakistan, which denied involvement.",
    "V T",
    "terrorist_attack",
)
P(
    "India and Pakistan exchange artillery fire along Line of Control",
    "Indian and Pakistani troops exchanged artillery and mortar fire across the Line of Control overnight, hours after Indian missile strikes on targets in Pakistan, officials said. Shells hit homes in Poonch, and villagers on both sides moved to bunkers or left for safer towns. Each side accused the other of targeting civilians.",
    "E D",
    "shelling",
)
P(
    "Manipur: houses burned as ethnic violence flares again",
    "Armed mobs set fire to dozens of houses in villages in Manipur's Jiribam district, and at least eight people were killed in gunfights between Meitei and Kuki militias, police said. The state government imposed a curfew and suspended internet services. Thousands of people remain in relief camps after fleeing violence that began last year.",
    "U B D V",
    "communal_violence",
)
P(
    "Bangladesh: curfew, shoot-on-sight orders as student protests turn deadly",
    "Bangladesh imposed a nationwide curfew and deployed the army after clashes between student protesters, police and ruling party activists killed more than 100 people in a week, according to hospital counts. Protesters set fire to the state broadcaster's building and police stations. Internet access was cut. Students said they would not negotiate while their comrades' blood was on the streets. The government blamed opposition parties for the arson.",
    "U",
    "crackdown",
)
P(
    "Philippine army clashes with communist rebels in Negros",
    "Soldiers fought a unit of the New People's Army in the hills of Negros Oriental on Thursday, the army said, killing four rebels and recovering rifles. One soldier was wounded. Residents of two villages were moved to an evacuation centre while the operation continued.",
    "B M D",
    "battle",
)
P(
    "Marawi: troops advance as militants hold city centre",
    "Philippine troops backed by air strikes pushed deeper into central Marawi on Friday, a month after militants loyal to Islamic State seized parts of the city, the military said. Officials believe dozens of civilians are still held by the militants as human shields. More than 200,000 residents have fled.",
    "B E M T V D",
    "siege",
)
P(
    "Thailand's deep south: bomb kills two rangers",
    "A roadside bomb killed two paramilitary rangers on patrol in Narathiwat province, police said, blaming separatist insurgents. The rangers had been escorting teachers to school. Insurgent violence in Thailand's Malay Muslim-majority south has killed thousands of people since 2004.",
    "E",
    "bombing",
)
P(
    "Papua: separatist rebels take New Zealand pilot hostage",
    "Rebels of the West Papua National Liberation Army stormed a small plane after it landed in Nduga, set it on fire and took its New Zealand pilot hostage, Indonesian police said. The group said it would hold the pilot until Indonesia recognised Papuan independence. Troops were sent to the area.",
    "V",
    "hostage_taking",
)
P(
    "Haiti: gang coalition attacks Mirebalais, frees inmates",
    "Gang members attacked the town of Mirebalais in central Haiti, freeing hundreds of inmates from its prison and fighting police for control of the town, officials said. Residents fled on foot to neighbouring towns. The IOM said more than 5,000 people were displaced in two days.",
    "B D",
    "gang_attack",
)
P(
    "Haitian police and Kenyan-led force battle gangs near airport",
    "Haitian police backed by the Kenyan-led multinational mission fought gang members for several hours near Toussaint Louverture airport, the police said. Armoured vehicles were hit by gunfire and a Kenyan officer was wounded. Flights were suspended after an airliner was struck by bullets. The gangs control most of the capital and the roads out of it. The UN says more than a million Haitians have been displaced.",
    "B M",
    "battle",
)
P(
    "Gangs massacre elderly residents in Port-au-Prince's Cité Soleil",
    "A gang leader in Cité Soleil ordered the killing of at least 180 people, most of them elderly, whom he accused of practising voodoo against his child, a human rights network said. The victims were shot or hacked to death and their bodies burned. The UN called it a horrific massacre.",
    "V",
    "massacre",
)
P(
    "Mexico: cartel gunmen ambush soldiers in Michoacán",
    "Gunmen of the Jalisco New Generation Cartel ambushed an army convoy in Michoacán with explosives and rifles, killing six soldiers, the defence ministry said. The cartel has used drones and landmines in its fight with rival groups and the army for control of the region.",
    "B E",
    "ambush",
)
P(
    "Culiacán: cartel factions fight in the streets",
    "Gunfights between rival factions of the Sinaloa Cartel paralysed Culiacán for a second week, with schools closed and shops shuttered, local officials said. Soldiers patrolled the city and several burned-out cars blocked roads. State prosecutors counted more than 150 killings in a month.",
    "B",
    "battle",
)
P(
    "Colombia: ELN and FARC dissidents clash in Catatumbo",
    "Fighting between the ELN guerrilla and FARC dissidents in the Catatumbo region has killed at least 80 people and forced more than 30,000 to flee, Colombian officials said. Many crossed into Venezuela or sheltered in Cúcuta. The government suspended peace talks with the ELN.",
    "B D",
    "battle",
)
P(
    "Ecuador: gunmen storm TV studio during live broadcast",
    "Masked gunmen burst into a TV studio in Guayaquil during a live broadcast and held staff at gunpoint before police stormed the building, hours after the president declared an 'internal armed conflict' against gangs. The government classes the gangs as terrorist organisations. Thirteen attackers were arrested.",
    "T V",
    "hostage_taking",
)
P(
    "Venezuelan forces crack down on post-election protests",
    "Venezuelan security forces fired tear gas and rubber bullets at protesters in Caracas who disputed the official election result, and armed pro-government groups on motorcycles shot at crowds, rights groups said. At least 20 people were killed and the government said more than 2,000 people had been arrested.",
    "U",
    "crackdown",
)
P(
    "Seventeen dead near Juliaca airport as Peru protests escalate",
    "Seventeen people were killed in clashes between protesters and security forces near the airport of Juliaca in southern Peru, the ombudsman's office said. Protesters demanding the president's resignation tried to storm the airport and police fired on them. A police officer was later burned to death in his car.",
    "U",
    "crackdown",
)
P(
    "Nicaragua: paramilitaries attack protesters at university",
    "Police and pro-government paramilitaries attacked students who had occupied a university in Managua, firing on them for hours, students and church leaders said. Two students were killed. The students had sheltered in a nearby church during the attack.",
    "U V",
    "crackdown",
)
P(
    "Armenia and Azerbaijan: soldiers killed in border fighting",
    "Armenia said 49 of its soldiers were killed in overnight Azerbaijani shelling of towns along the border, while Azerbaijan said it had responded to 'provocations'. Artillery and drones hit the towns of Jermuk and Goris. Russia called on both sides to stop fighting.",
    "E B",
    "border_clash",
)
P(
    "Nagorno-Karabakh: ethnic Armenians flee after offensive",
    "Tens of thousands of ethnic Armenians crossed from Nagorno-Karabakh into Armenia in the days after Azerbaijan's military offensive, Armenian officials said. Cars and trucks loaded with belongings lined the Lachin road for kilometres. A fuel depot explosion near Stepanakert killed dozens of people waiting for petrol.",
    "D M",
    "displacement",
)
P(
    "Tbilisi: police disperse pro-EU protesters with water cannon",
    "Georgian riot police used water cannon and tear gas to break up protesters outside parliament in Tbilisi for a fourth night, and beat and detained dozens of people, rights groups said. Protesters threw fireworks at police lines. The interior ministry said officers were injured.",
    "U",
    "crackdown",
)
P(
    "Paris suburbs: cars and buildings burn in third night of riots",
    "Rioters set fire to cars and public buildings in suburbs around Paris and other French cities for a third night after police shot dead a teenager during a traffic stop, the interior ministry said. More than 800 people were arrested and dozens of police officers injured. Shops were looted in Marseille.",
    "U",
    "riot",
)
P(
    "Southport stabbing followed by riot outside mosque",
    "Hundreds of people threw bricks and bottles at police outside a mosque in Southport, a day after a knife attack at a children's dance class, and set a police van on fire. More than 50 officers were injured. Police said false claims about the attacker's identity had spread online.",
    "U",
    "riot",
)
P(
    "Islamist militant kills teacher near Paris school",
    "A teacher was stabbed to death outside a school in Conflans-Sainte-Honorine by an attacker who had denounced him online for showing cartoons of the Prophet Muhammad, French prosecutors said. The anti-terror prosecutor took charge of the case. Police shot the attacker dead.",
    "V T",
    "terrorist_attack",
)
P(
    "Truck attack at Berlin Christmas market treated as terror",
    "A man drove a truck into a Christmas market crowd in central Berlin, killing 12 people, police said. Federal prosecutors said they were treating it as a terrorist attack, and Islamic State later claimed the attacker as one of its soldiers.",
    "V T",
    "terrorist_attack",
)
P(
    "Gunman kills four at Vienna bars in 'Islamist terror attack'",
    "A gunman armed with a rifle opened fire in Vienna's city centre on Monday evening, killing four people before police shot him dead, the interior minister said, calling it an Islamist terrorist attack. The man was a convicted IS sympathiser. Residents were told to stay at home.",
    "V T",
    "terrorist_attack",
)
P(
    "Crocus City Hall: gunmen kill at least 140 near Moscow",
    "Gunmen opened fire on concertgoers at Crocus City Hall near Moscow and set the building on fire, killing at least 140 people, Russian investigators said. Islamic State's Afghan branch claimed responsibility. Russia's security service said it had detained the four attackers.",
    "V T",
    "terrorist_attack",
)
P(
    "Bombs rip through Sri Lankan churches on Easter morning",
    "Worshippers at St Sebastian's church in Negombo were in the middle of Easter mass when a bomb exploded near the altar, survivors said, one of a series of blasts that also hit a church in Batticaloa, a shrine in Colombo and three luxury hotels. Police said more than 250 people were killed in the attacks, carried out by suicide bombers from a local Islamist group. A nationwide curfew was imposed.",
    "E T V",
    "suicide_bombing",
)
P(
    "Christchurch mosque shootings: PM says it is terrorism",
    "A gunman opened fire on worshippers at two mosques in Christchurch during Friday prayers, killing 51 people, and livestreamed the attack. Prime Minister Jacinda Ardern called it a terrorist attack. A man was charged with murder. New Zealand's parliament later voted to ban most semi-automatic weapons. Mosques across the country reopened a week after the attack.",
    "V T",
    "terrorist_attack",
)
P(
    "New Caledonia: riots over voting reform leave five dead",
    "Riots in Nouméa over a voting reform left five people dead, including two gendarmes, French officials said. Rioters burned shops and factories and set up roadblocks, and armed residents formed militias to protect their neighbourhoods. France declared a state of emergency and sent reinforcements.",
    "U",
    "riot",
)
P(
    "Solomon Islands: Honiara riots, Chinatown burned",
    "Protesters set fire to buildings in Honiara's Chinatown and tried to storm parliament, demanding the prime minister's resignation, police said. Police fired tear gas to disperse the crowd. Australia sent police and soldiers at the government's request.",
    "U",
    "riot",
)
P(
    "Kazakhstan: dozens dead as troops fire on rioters in Almaty",
    "Security forces fired on protesters who had stormed government buildings in Almaty, killing dozens, the interior ministry said. The president said he had ordered troops to 'shoot to kill without warning'. Russia-led troops arrived at the government's request.",
    "U",
    "crackdown",
)

# ---------------------------------------------------------------- positives, batch 4 (2015-2019 and the rest)

P(
    "East Aleppo: hospitals knocked out by air strikes",
    "Air strikes on eastern Aleppo put the last functioning hospitals in the besieged rebel-held districts out of service, the World Health Organization said on Saturday. About 250,000 people remain trapped there with dwindling food and fuel. Rescue workers said bombs fell on residential streets through the night.",
    "E H V",
    "siege",
)
P(
    "Iraqi forces push into west Mosul's old city",
    "Iraqi troops advanced into the narrow streets of Mosul's old city on Sunday, fighting Islamic State militants house by house, commanders said. Thousands of civilians are believed to be trapped, and IS snipers were firing on families trying to escape. US-led coalition aircraft struck militant positions.",
    "B E M T V D",
    "offensive",
)
P(
    "Raqqa: residents flee as coalition-backed fighters close in",
    "Families fleeing Raqqa described walking through minefields laid by Islamic State as the Syrian Democratic Forces, backed by US-led air strikes, pushed into the city. Aid groups at the Ain Issa camp said they were receiving hundreds of new arrivals a day.",
    "D B E M T",
    "offensive",
)
P(
    "Saudi-led coalition strike hits school bus in Yemen",
    "An air strike by the Saudi-led coalition hit a school bus at a busy market in Dahyan, northern Yemen, killing dozens of children on a school trip, the International Committee of the Red Cross said. The coalition said it had targeted a legitimate military objective.",
    "E V",
    "airstrike",
)
P(
    "Hodeidah: fighting edges closer to port as aid agencies warn",
    "Forces of the Saudi-led coalition fought Houthi rebels on the southern outskirts of Hodeidah, and air strikes hit areas near the port through which most of Yemen's food arrives, residents said. The UN warned that damage to the port could put millions of people at risk of famine.",
    "B E H",
    "battle",
)
P(
    "Paris attacks: gunmen and bombers kill 130",
    "Gunmen and suicide bombers attacked a concert hall, a stadium and bars and restaurants across Paris on Friday night, killing 130 people, French officials said. Islamic State claimed responsibility. President Hollande declared a state of emergency and closed the borders.",
    "V T E",
    "terrorist_attack",
)
P(
    "Brussels airport and metro blasts kill dozens",
    "Two suicide bombers blew themselves up in the departures hall of Brussels airport and a third bomb exploded on a metro train near the EU institutions, killing 32 people, Belgian prosecutors said. Islamic State claimed the attacks. The metro and airport were shut.",
    "E T V",
    "suicide_bombing",
)
P(
    "Rohingya flee to Bangladesh after army operations in Rakhine",
    "More than 120,000 Rohingya have crossed into Bangladesh in two weeks, the UN said, fleeing a military operation in Myanmar's Rakhine state that followed attacks on police posts by Rohingya insurgents. Refugees described soldiers and mobs burning villages and shooting people as they ran.",
    "D V M",
    "displacement",
)
P(
    "Boko Haram suicide bombers strike market in Maiduguri",
    "Two female suicide bombers blew themselves up at a crowded market in Maiduguri, killing at least 17 people, emergency officials said. The bombers, believed to be teenagers, were sent by Boko Haram, a militia leader said.",
    "E T V",
    "suicide_bombing",
)
P(
    "Burundi: protesters shot as president seeks third term",
    "Police fired live rounds at protesters in the Bujumbura district of Musaga who opposed the president's bid for a third term, killing two people, witnesses said. Protesters threw stones and set up barricades of burning tyres. Thousands of Burundians have fled to Rwanda and Tanzania.",
    "U D",
    "crackdown",
)
P(
    "Kasaï violence: UN finds dozens of mass graves",
    "UN investigators said they had found more than 40 mass graves in the Kasaï region of Congo, where fighting between the army and the Kamuina Nsapu militia has displaced over a million people. Militiamen have also beheaded police officers. Two UN experts were killed in the region in March.",
    "V B D",
    "massacre",
)
P(
    "Chad: Boko Haram fighters kill soldiers on Lake Chad island",
    "Boko Haram fighters attacked a Chadian army base on the Bohoma peninsula of Lake Chad, killing 92 soldiers in a seven-hour battle, the president said. He announced a counter-offensive against the group and went to the front himself.",
    "B T",
    "attack_on_base",
)
P(
    "Donbas: shelling breaks truce around Avdiivka",
    "Heavy shelling around Avdiivka killed at least eight people and cut power and water to the town in freezing temperatures, Ukrainian officials said, in the worst fighting in eastern Ukraine since a ceasefire was agreed in Minsk. Russian-backed separatists blamed Ukrainian forces.",
    "E H",
    "shelling",
)
P(
    "Gaza border protests: dozens killed by Israeli fire",
    "Israeli troops shot dead dozens of Palestinians during mass protests along the Gaza border fence, the Gaza health ministry said, on the day the US embassy opened in Jerusalem. Protesters threw stones and flew burning kites across the fence. Israel said it had fired on people trying to breach the fence.",
    "U",
    "crackdown",
)
P(
    "Mali: attack on Fulani village kills 160",
    "Gunmen believed to be members of a Dogon hunter militia attacked the Fulani village of Ogossagou in central Mali, killing about 160 people, including women and children, local officials said. Huts were burned with people inside. The government dissolved the militia.",
    "V",
    "massacre",
)
P(
    "Kenya: al-Shabaab gunmen storm Nairobi hotel complex",
    "Al-Shabaab gunmen attacked the DusitD2 hotel and office complex in Nairobi, setting off explosions and shooting people, police said. Twenty-one people were killed before security forces ended the siege the next morning.",
    "V T E",
    "terrorist_attack",
)
P(
    "Sri Lanka: mobs attack Muslim-owned shops in Kandy",
    "Buddhist mobs burned Muslim-owned shops, homes and a mosque in the Kandy district, and the government declared a state of emergency, police said. A man was found dead in a burned building. Troops were deployed and a curfew was imposed.",
    "U V",
    "communal_violence",
)
P(
    "Delhi riots: death toll rises to 38",
    "The death toll from communal riots in north-east Delhi rose to 38, hospital officials said, as mobs armed with sticks and guns attacked people and burned homes, shops and a mosque. Police were accused of standing by during the attacks.",
    "U V",
    "communal_violence",
)
P(
    "Hong Kong: police fire tear gas at protesters in Mong Kok",
    "Police in Hong Kong fired tear gas and rubber bullets at protesters who blocked roads and threw petrol bombs in Mong Kok, and arrested dozens of people, police said. Protesters set fire to barricades and vandalised metro stations.",
    "U",
    "riot",
)
P(
    "Chile: metro stations torched as protests spread",
    "Protesters set fire to metro stations and supermarkets in Santiago, and the government declared a state of emergency and sent soldiers into the streets, officials said. At least 11 people died, most in fires in looted buildings. Police used water cannon and tear gas.",
    "U",
    "riot",
)
P(
    "Sudanese forces fire on anti-coup marchers in Omdurman",
    "Security forces fired tear gas and live rounds at thousands of people marching against military rule in Khartoum and Omdurman on Thursday, killing seven, a doctors' committee said. Protesters had tried to reach the presidential palace and set up barricades of stones and tyres. Mobile internet was cut for most of the day.",
    "U",
    "crackdown",
)
P(
    "Ethiopia: dozens killed in Oromia after singer's death",
    "At least 80 people were killed in protests and ethnic violence in Oromia and Addis Ababa after the killing of a popular singer, police said. Crowds burned homes and businesses and security forces fired on protesters.",
    "U V",
    "riot",
)
P(
    "Ukraine: Russian troops pull back from Kyiv region, bodies found in Bucha",
    "Ukrainian officials said bodies of civilians, some with their hands tied, were found in the streets of Bucha after Russian troops withdrew from towns north of Kyiv. The mayor said 280 people had been buried in mass graves. Russia denied the killings.",
    "V",
    "massacre",
)
P(
    "Mariupol theatre hit by strike; hundreds had sheltered inside",
    "A Russian air strike hit the drama theatre in Mariupol where hundreds of civilians were sheltering, city officials said. The word 'children' had been painted in large letters outside the building. The besieged city has been without power, water and heating for weeks.",
    "E V H",
    "airstrike",
)
P(
    "Zaporizhzhia: evacuation convoy hit by missile",
    "A Russian missile hit a convoy of civilian cars gathering to leave for the occupied areas to collect relatives on the edge of Zaporizhzhia, killing 30 people, the regional governor said. Volunteers and aid vehicles were among those hit.",
    "E V",
    "missile_attack",
)
P(
    "Ukraine presses Kursk incursion, Russia evacuates border districts",
    "Ukrainian forces pressed their cross-border incursion into Russia's Kursk region, taking several villages, the Ukrainian army chief said. Russia said it had evacuated more than 120,000 people from the border areas and declared a federal emergency.",
    "B M D",
    "ground_incursion",
)
P(
    "Gaza: people killed while waiting for aid near distribution site",
    "Dozens of Palestinians were killed when Israeli troops opened fire near an aid distribution site in Rafah, the Gaza civil defence agency said. The Israeli military said soldiers had fired warning shots at people who approached them. Crowds had gathered before dawn for food parcels.",
    "V H",
    "attack_on_aid_seekers",
)
P(
    "Northern Gaza: residents ordered to move south",
    "The Israeli military ordered residents of Beit Lahia and Jabalia to leave for the south ahead of new operations, dropping leaflets and sending text messages. UN agencies said tens of thousands of people were on the move again, many for the fifth or sixth time. Tank fire could be heard near the hospital.",
    "D M E",
    "displacement",
)
P(
    "Hamas gunmen kill hundreds in attack on southern Israel",
    "Hamas fighters crossed into southern Israel from Gaza in a surprise attack, killing hundreds of people in border communities and at a music festival and taking about 240 hostages, Israeli officials said. Thousands of rockets were fired at Israeli cities. Israel declared war.",
    "V T E",
    "terrorist_attack",
)
P(
    "Hostages held in Gaza: families plead for release",
    "Relatives of hostages held in Gaza gathered outside the defence ministry in Tel Aviv, urging the government to put their release first as Israeli forces pressed their ground offensive. The army said it had found the bodies of three hostages in a tunnel in Khan Younis.",
    "V M",
    "hostage_taking",
)

# ---------------------------------------------------------------- positives, batch 5 (an ordinary day, continued)

P(
    "Syria: hundreds of Alawite civilians killed in coastal violence",
    "Gunmen loyal to Syria's new authorities killed hundreds of Alawite civilians in villages near Latakia and Baniyas after an ambush on security forces by Assad loyalists, a monitoring group said. Families described men being taken from their homes and shot. Thousands fled to the mountains and to a Russian air base.",
    "V B D",
    "massacre",
)
P(
    "Sweida fighting: Israel strikes government forces as Druze and Bedouin clash",
    "Fighting between Druze militias and Bedouin tribal fighters in Syria's Sweida province killed more than 300 people over several days, a monitor said, and Israel struck government forces sent to the area. Residents said the city had no water or electricity and that wounded people could not reach hospital.",
    "B E H",
    "battle",
)
P(
    "Rio de Janeiro: police raid on gang-held favelas leaves dozens dead",
    "A police operation against the Comando Vermelho gang in the Alemão and Penha favelas of Rio de Janeiro left more than 60 people dead, including four officers, state officials said. Gang members fired at police helicopters and used drones to drop explosives on armoured vehicles. Schools and clinics in the area closed.",
    "M B E",
    "raid",
)
P(
    "Farmers and herders clash in central Nigeria, 25 dead",
    "Clashes between farmers and herders in Benue state killed at least 25 people over the weekend, and gunmen burned houses in two villages, the state police said. Residents said the attackers came at night. Thousands of people moved into camps around Makurdi.",
    "V D",
    "communal_violence",
)
P(
    "Mali: Wagner-backed troops accused of killing civilians in Moura",
    "Malian soldiers and foreign fighters killed hundreds of civilians over five days in the central town of Moura during a counter-terrorism operation, a UN report said. Witnesses said men were rounded up at the market and executed. The army said it had 'neutralised' 203 terrorists.",
    "V M",
    "massacre",
)
P(
    "Kidnapped aid workers freed in Mali after months in captivity",
    "Two aid workers abducted by JNIM fighters on a road in central Mali in the spring have been released, their organisation said on Monday, without giving details of their release. The group said it would not resume work in the area until it could guarantee staff safety.",
    "V T H",
    "abduction",
)
P(
    "Somalia: al-Shabaab mortar rounds hit near Mogadishu airport",
    "Several mortar rounds fired by al-Shabaab landed inside the Halane compound near Mogadishu airport, which houses UN offices and embassies, wounding three people, security officials said. The group said it had targeted 'foreign invaders'.",
    "E T",
    "mortar_attack",
)
P(
    "Ethiopian Fano militias seize town in Amhara",
    "Fano militiamen seized the town of Lalibela after a battle with federal troops, residents said, taking over the airport and government offices. The government declared a state of emergency in the region. Tourists were stranded in hotels.",
    "B",
    "battle",
)
P(
    "DRC: bomb blast at Beni church during service",
    "A bomb went off at a Pentecostal church in Kasindi, near Beni, during a Sunday service, killing at least 14 people and wounding 60, the army said. It blamed the ADF. A suspect was arrested at the scene.",
    "E T V",
    "bombing",
)
P(
    "South Kivu: Burundian troops and militias fight M23 near Uvira",
    "Fighting between M23 rebels and Congolese troops backed by Burundian soldiers and Wazalendo militias spread towards Uvira, witnesses said, as the rebels advanced south from Bukavu. Thousands of residents crossed into Burundi by boat and on foot.",
    "B D",
    "battle",
)
P(
    "Aid warehouse looted in Goma as fighting ends",
    "Warehouses of the World Food Programme in Goma were looted after the city fell to M23 rebels, the agency said, with thousands of tonnes of food taken. Hospitals were overwhelmed with wounded and the UN said the bodies of hundreds of people killed in the fighting were still being collected.",
    "H",
    "humanitarian",
)
P(
    "Central Mali: jihadists blow up bridge to cut off towns",
    "Jihadist fighters blew up a bridge on the road between Mopti and Djenné, cutting off several towns they have besieged for months, local officials said. Food prices in the towns have more than doubled and traders said they could no longer bring goods in.",
    "E T H",
    "siege",
)
P(
    "Colombia: drone attack on police helicopter kills 13 officers",
    "A drone attack brought down a police helicopter that was escorting a coca-eradication operation in Antioquia, killing 13 officers, the defence minister said, blaming FARC dissidents. Hours earlier a truck bomb exploded near an air base in Cali, killing six civilians. The president called the attacks terrorism.",
    "E T",
    "drone_strike",
)
P(
    "Ukraine hits Russian oil refinery with long-range drones",
    "Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, starting a fire, the regional governor said, in the latest of a series of long-range strikes on Russian energy sites. Russia's defence ministry said it had shot down 75 drones over several regions.",
    "E",
    "drone_strike",
)
P(
    "Kherson: Russian drones hunting civilians, says UN commission",
    "Russian drone operators have been deliberately targeting civilians in Kherson, attacking people on bicycles, in cars and at bus stops, a UN commission of inquiry said in a report on Tuesday. It called the attacks crimes against humanity. Many residents of riverside districts have left the city.",
    "E V D",
    "drone_strike",
)
P(
    "West Bank: Israeli military operation in Tulkarm displaces thousands",
    "An Israeli military operation in the Tulkarm and Nur Shams refugee camps has displaced about 20,000 people, UNRWA said, as bulldozers demolished homes and roads. The army said it was targeting militants. Families are staying with relatives or in public buildings in Tulkarm city.",
    "M D",
    "military_operation",
)
P(
    "Lebanon: pager explosions wound thousands of Hezbollah members",
    "Pagers used by Hezbollah members exploded simultaneously across Lebanon on Tuesday afternoon, killing at least 12 people, including two children, and wounding about 2,800, the health minister said. Hospitals called for blood donations. Most of those hurt had wounds to the face, hands and stomach. The health minister said many would lose their sight. Hezbollah blamed Israel, which did not comment.",
    "E",
    "bombing",
)
P(
    "Damascus church bombing kills worshippers",
    "A suicide bomber opened fire and then blew himself up inside the Mar Elias church in Damascus during Sunday mass, killing 25 people, Syria's interior ministry said, blaming Islamic State. Dozens of worshippers were wounded. Church leaders called on the new authorities to protect Christians.",
    "E T V",
    "suicide_bombing",
)
P(
    "Tigray: rape used as a weapon of war, report says",
    "Soldiers and militiamen subjected hundreds of women and girls in Tigray to rape and sexual slavery, Amnesty International said in a report based on interviews with survivors. Many were attacked in front of their families. Health workers in camps in Sudan said they lacked the means to treat survivors.",
    "V D H",
    "sexual_violence",
)
P(
    "Sudan: RSF accused of ethnic killings in El Geneina",
    "RSF fighters and allied Arab militias killed thousands of Masalit people in El Geneina, West Darfur, UN experts said, in a wave of attacks on neighbourhoods and on people fleeing to Chad. Survivors said men were shot on the road to the border.",
    "V D",
    "massacre",
)
P(
    "Kenya: police fire tear gas at opposition protest over cost of living",
    "Police fired tear gas and water cannon at opposition supporters who threw stones and burned tyres in Nairobi's Kibera and Mathare, and in Kisumu, during protests over the cost of living. A man was shot dead in Kisumu, a hospital said.",
    "U",
    "riot",
)
P(
    "Pakistan: Imran Khan supporters storm army buildings after arrest",
    "Supporters of former prime minister Imran Khan set fire to a military commander's house in Lahore and attacked army buildings after his arrest, police said. At least eight people were killed in clashes with police across the country, and thousands were arrested.",
    "U",
    "riot",
)
P(
    "Bangladesh: Hindu homes attacked after PM's fall",
    "Mobs attacked homes, shops and temples belonging to Hindus in several districts of Bangladesh after the prime minister fled the country, community leaders said. Police stations were also set on fire and many officers went into hiding.",
    "U V",
    "communal_violence",
)
P(
    "Papua: parliament building torched after racist abuse of students",
    "Protesters set fire to the regional parliament building in Manokwari, West Papua, and blocked roads with burning tyres and tree trunks, angered by the racist abuse and arrest of Papuan students in Surabaya, police said. Shops and a prison were also set alight in Sorong. The government slowed internet access across the region and sent hundreds of extra police.",
    "U",
    "riot",
)
P(
    "Nepal: police open fire on Gen Z protest in Kathmandu",
    "Police fired on young protesters who broke through barricades outside parliament in Kathmandu, killing 19 people, officials said. The protests began over a ban on social media platforms. The next day crowds set fire to the parliament building and the prime minister resigned.",
    "U",
    "crackdown",
)
P(
    "Mozambique: insurgents attack Mocímboa da Praia",
    "Islamist insurgents attacked Mocímboa da Praia by land and sea, fighting the army for three days before taking the port, security sources said. Residents fled to the bush and towards Pemba.",
    "B T D",
    "battle",
)
P(
    "Afghanistan: Taliban take Kunduz city",
    "Taliban fighters captured the centre of Kunduz on Sunday after weeks of fighting, officials said, the second provincial capital to fall in two days. Government forces retreated to the airport. Thousands of families fled to Kabul.",
    "B D",
    "battle",
)
P(
    "Kabul airport bombing kills US troops and Afghans",
    "A suicide bomber struck crowds outside Kabul airport, where thousands of Afghans were trying to board evacuation flights, killing about 170 people, including 13 US service members. The local Islamic State affiliate claimed the attack.",
    "E T V D",
    "suicide_bombing",
)

# ---------------------------------------------------------------- negatives: disasters

N(
    "Floods in Pakistan's Sindh displace hundreds of thousands",
    "Monsoon floods have displaced more than 400,000 people in Pakistan's Sindh province, the disaster management authority said on Wednesday, as the Indus burst its banks in several districts. The army has deployed boats and helicopters to rescue families stranded on rooftops. At least 60 people have died since the rains began.",
    "disaster",
)
N(
    "Earthquake in Herat flattens villages",
    "A magnitude 6.3 earthquake struck western Afghanistan on Saturday, flattening mud-brick houses in villages around Herat and killing more than 1,000 people, officials said. Survivors slept in the open as aftershocks continued. Aid agencies sent tents and medical teams.",
    "disaster",
)
N(
    "Cyclone Freddy hits Malawi for second time, killing hundreds",
    "Cyclone Freddy brought torrential rain to southern Malawi, causing mudslides that buried homes in Blantyre, officials said. More than 400 people have been killed and about 500,000 displaced. The army was sent to help search for survivors.",
    "disaster",
)
N(
    "Derna dam collapse: thousands feared dead in Libya",
    "Two dams burst above the Libyan city of Derna during Storm Daniel, sweeping entire neighbourhoods into the sea, officials said. Thousands of people are dead and thousands more missing. Rival administrations in the east and west sent rescue teams.",
    "disaster",
)
N(
    "Wildfires force evacuations on Greek island of Rhodes",
    "Thousands of tourists and residents were evacuated from hotels and villages on Rhodes as wildfires spread across the south of the island, the fire service said. Some were taken off beaches by boat. Firefighters from several EU countries joined the effort. Tour operators cancelled flights to the island for the rest of the week. No deaths were reported. The fire service said strong winds were making the work harder.",
    "disaster",
)
N(
    "Hundreds feared buried in Enga landslide",
    "A landslide buried a village in Papua New Guinea's Enga province before dawn on Friday, and more than 670 people are feared dead, the UN migration agency said. Rescuers are digging with shovels and bare hands. Tribal fighting in the area has made access harder, officials said.",
    "disaster",
)
N(
    "Drought pushes millions in Horn of Africa towards hunger",
    "A fifth failed rainy season has left millions of people in Kenya, Ethiopia and Somalia short of food, the UN said, with livestock dying in large numbers. Families have walked for days to reach camps near towns. Aid agencies warned of deaths among children.",
    "disaster",
)
N(
    "Turkey-Syria earthquake: rescuers pull survivors from rubble",
    "Rescuers in southern Turkey and northern Syria pulled survivors from collapsed buildings five days after a magnitude 7.8 earthquake, as the death toll passed 30,000. In rebel-held north-west Syria, the first UN aid trucks crossed from Turkey through the Bab al-Hawa crossing.",
    "disaster",
)
N(
    "Typhoon Rai batters central Philippines",
    "Typhoon Rai tore through the central Philippines with winds of 195 km/h, destroying homes and cutting power to entire islands, officials said. More than 300,000 people were evacuated before the storm made landfall. The coast guard rescued fishermen whose boats had capsized.",
    "disaster",
)
N(
    "Spain: flash floods around Valencia kill more than 200",
    "Torrential rain caused flash floods in the Valencia region of Spain, sweeping cars through streets and killing more than 200 people, officials said. Soldiers were deployed to clear mud and search for the missing. Residents criticised the late warning. Thousands of volunteers arrived from Valencia city to help clear the streets. Angry residents jeered the king and the prime minister when they visited Paiporta. The government announced a €10 billion aid package.",
    "disaster",
)
N(
    "Blaze in Kutupalong leaves thousands of Rohingya without shelter",
    "A fire that started in a cooking area spread through bamboo and tarpaulin shelters in the Kutupalong camp on Sunday afternoon, leaving about 12,000 Rohingya refugees without a roof, Bangladeshi officials said. Firefighters brought it under control after three hours. Aid agencies were handing out tarpaulins and hot meals, and no deaths were reported.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: crime

N(
    "Three shot dead in Chicago weekend shootings",
    "Three people were killed and 11 wounded in shootings across Chicago over the weekend, police said. In one incident, a man opened fire on a group standing outside a house party on the South Side. No arrests have been made.",
    "crime",
)
N(
    "Mexican police seize tonnes of cocaine at Manzanillo port",
    "Mexican authorities seized more than eight tonnes of cocaine hidden in a shipment of frozen fish at the port of Manzanillo, the navy said. Five people were arrested. The navy said it was one of the largest seizures of the year.",
    "crime",
)
N(
    "Man jailed for life over stabbing of Tokyo commuters",
    "A Tokyo court sentenced a man to life in prison for stabbing passengers on a commuter train on Halloween night, injuring 13 people. The man told investigators he had wanted to be sentenced to death. He also set a fire in the carriage.",
    "crime",
)
N(
    "Bank robbers in São Paulo state take hostages before fleeing",
    "A gang of about 20 armed robbers attacked bank branches in Araçatuba overnight, using hostages as human shields on car roofs as they fled, police said. Three people died. Police said the gang belonged to a network specialising in bank raids.",
    "crime",
)
N(
    "South Africa: police kill 18 suspects in cash-in-transit shootout",
    "South African police shot dead 18 suspected cash-in-transit robbers in a shootout in Limpopo, a police spokesman said. Officers had tracked the gang to two houses after a tip-off. Rifles and explosives were recovered.",
    "crime",
)
N(
    "Nashville school shooting kills six",
    "A shooter killed three children and three adults at a private Christian school in Nashville before being shot dead by police, officials said. Police said they had not established a motive. Parents gathered at a church to find their children.",
    "crime",
)
N(
    "Philippine police free kidnapped businessman in Manila",
    "Police in Manila rescued a Chinese businessman who had been kidnapped by a gang demanding a ransom of 20 million pesos, and arrested four suspects, the national police said. The man had been held in a rented house for eight days.",
    "crime",
)
N(
    "Dutch crime reporter dies after being shot in Amsterdam",
    "Peter R. de Vries, a Dutch crime reporter, died nine days after being shot in an Amsterdam street, his family said. Two suspects were arrested shortly after the attack. The killing has been linked to a drug gang on trial in the city.",
    "crime",
)
N(
    "Ex-police officer convicted over killing of Marielle Franco",
    "A Brazilian court convicted two former police officers of the 2018 murder of Rio city councillor Marielle Franco and her driver. The men were sentenced to more than 50 years in prison. The case became a symbol of the power of militias in Rio.",
    "crime",
)
N(
    "Gang boss arrested in Ecuador after prison escape",
    "Ecuadorean police arrested a gang leader who had escaped from a prison in Guayaquil, the interior minister said. He was found hiding in a house in Manabí province with two associates. He will be transferred to a maximum security prison.",
    "crime",
)

# ---------------------------------------------------------------- negatives: sport

N(
    "Mbappé double sinks Bayern in Champions League battle",
    "Kylian Mbappé scored twice in the second half as Real Madrid beat Bayern Munich 2-1 in a tense Champions League battle at the Bernabéu. Bayern's defence held firm for an hour before Mbappé shot low past the keeper. Bayern will now fight for a place in the play-offs.",
    "sport",
)
N(
    "India crush Pakistan by eight wickets",
    "India's bowlers destroyed Pakistan's batting line-up in Ahmedabad, bowling them out for 191 before chasing down the target with 19 overs to spare. Rohit Sharma attacked from the first over and hit six sixes. Pakistan's captain said his side had been outgunned.",
    "sport",
)
N(
    "Springboks survive All Blacks onslaught to win World Cup",
    "South Africa beat New Zealand 12-11 in the Rugby World Cup final in Paris, defending desperately for the last 20 minutes as the All Blacks laid siege to their line. Handré Pollard kicked all of South Africa's points.",
    "sport",
)
N(
    "Fans clash before derby in Buenos Aires; match goes ahead",
    "Supporters of River Plate and Boca Juniors fought outside a bar before the Superclásico, and several people were treated for minor injuries, local media reported. The match went ahead and ended 1-1. The league said it would review ticketing.",
    "sport",
)
N(
    "Kenya's Kipyegon breaks world 1,500m record",
    "Faith Kipyegon smashed the women's 1,500m world record at the Diamond League meeting in Florence, running 3 minutes 49.11 seconds. The Kenyan attacked from the bell and left her rivals far behind.",
    "sport",
)
N(
    "Ukraine win Euro play-off in Wrocław 'home' game",
    "Ukraine beat Iceland 2-1 in a Euro qualifying play-off played in Wrocław, since the country cannot host matches because of the war. Mykhailo Mudryk scored the winner with a shot from the edge of the box.",
    "sport",
)
N(
    "Striker's late header keeps Leeds in promotion race",
    "Leeds United's striker headed in a stoppage-time winner against Sheffield United to keep his side in the battle for automatic promotion. The visitors had been under siege in the second half.",
    "sport",
)
N(
    "Boxing: Usyk defeats Fury by split decision",
    "Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh to become the first undisputed heavyweight champion in 25 years. Usyk rocked Fury with a barrage of punches in the ninth round. Fury said he wanted a rematch.",
    "sport",
)
N(
    "Tour de France: Pogačar attacks on final climb to take yellow",
    "Tadej Pogačar attacked two kilometres from the summit of the Plateau de Beille and dropped his rivals, extending his lead in the Tour de France. Jonas Vingegaard tried to hold on but cracked.",
    "sport",
)
N(
    "Morocco stun Portugal to reach World Cup semi-final",
    "Youssef En-Nesyri rose above the defence to head in the only goal as Morocco beat Portugal 1-0 in Doha, becoming the first African team to reach a World Cup semi-final. Fans celebrated in the streets of Rabat and Casablanca. The team's coach said his players had fought like lions. Morocco will play France in the semi-final on Wednesday. Celebrations were also held in Paris, Brussels and Amsterdam.",
    "sport",
)

# ---------------------------------------------------------------- negatives: politics and economy

N(
    "Opposition launches attack on government's budget plans",
    "Britain's opposition leader launched a fierce attack on the chancellor's budget, calling it an assault on working families. The chancellor defended tax rises as necessary to repair public finances. MPs will vote on the measures next week.",
    "politics",
)
N(
    "Senate battle over border bill heads for showdown",
    "Republican and Democratic senators traded blows over a border security bill on Tuesday, with both sides warning that the fight could shut down the government. The majority leader said he would bring the bill to a vote on Thursday.",
    "politics",
)
N(
    "Duterte's war on drugs: ICC judges authorise investigation",
    "Judges at the International Criminal Court authorised an investigation into killings during the Philippine government's war on drugs, in which thousands of suspected dealers were killed by police. The Philippine government said it would not cooperate.",
    "politics",
)
N(
    "Coalition in crisis as partners fight over pension reform",
    "Germany's coalition parties clashed openly over pension reform on Monday, with the finance minister threatening to block the plan. Commentators said the row could bring down the government before the budget is passed.",
    "politics",
)
N(
    "Brazil's president survives impeachment vote",
    "Brazil's lower house rejected a motion to open impeachment proceedings against the president after a bitter debate. The opposition accused the government of buying votes with budget amendments. The president called the attempt a political coup.",
    "politics",
)
N(
    "Mexican president declares war on fuel theft",
    "Mexico's president said his government was waging war on fuel theft from state pipelines and closed several pipelines, causing long queues at petrol stations in Mexico City and several states. He said the thieves were costing the country billions of dollars a year.",
    "politics",
)
N(
    "Taiwan's parliament brawl over reform bill",
    "Lawmakers in Taiwan pushed, shoved and tackled each other in parliament during a dispute over a bill to expand the legislature's powers. Several lawmakers were taken to hospital with minor injuries. Thousands of people gathered outside to oppose the bill.",
    "politics",
)
N(
    "Israel's judicial overhaul vote passes amid deep divisions",
    "Israel's parliament passed the first part of the government's judicial overhaul, as opposition lawmakers walked out shouting 'shame'. The opposition leader said it was a war against democracy. The ruling coalition said it would continue with other parts of the plan.",
    "politics",
)
N(
    "Argentina's Milei takes chainsaw to ministries",
    "Argentina's new president cut the number of ministries by half and announced a freeze on public works, saying he would take a chainsaw to the state. Unions threatened a general strike. The peso was devalued by more than 50%.",
    "politics",
)
N(
    "Washington and Beijing trade new tariffs as trade war deepens",
    "The United States raised tariffs on $200 billion of Chinese goods and Beijing said it would retaliate, marking a new escalation in the trade war between the world's two largest economies. Stock markets fell in Asia and Europe.",
    "economy",
)
N(
    "Price war among Chinese electric carmakers deepens",
    "BYD cut prices of its most popular models by up to a fifth, deepening a price war in China's electric vehicle market. Rivals said they would follow. Shares in several smaller carmakers fell sharply.",
    "economy",
)
N(
    "Airline takeover battle: Lufthansa wins ITA stake",
    "Lufthansa won the battle for a stake in Italian carrier ITA Airways after months of talks with Rome and with EU competition officials. The German airline agreed to give up some routes. The deal values ITA at about €800 million.",
    "economy",
)
N(
    "Chipmakers in arms race for AI data-centre business",
    "The world's biggest chipmakers are in an arms race to supply processors for artificial intelligence data centres, analysts said, with Nvidia's rivals announcing new products this week. Cloud companies plan to spend tens of billions of dollars on AI infrastructure this year.",
    "economy",
)
N(
    "Oil prices tumble as Saudi Arabia and Russia wage price war",
    "Oil prices suffered their biggest one-day fall since 1991 after Saudi Arabia slashed its export prices and signalled it would raise output, starting a price war with Russia. Brent crude fell by almost a quarter.",
    "economy",
)
N(
    "Bank of England fires warning shot on inflation",
    "The Bank of England fired a warning shot to markets on Thursday, saying it was ready to raise interest rates again if inflation remained high. The pound rose against the dollar. Markets had expected the bank to signal cuts. Economists said wage growth was still too strong. The next decision is due in six weeks.",
    "economy",
)
N(
    "Hostile takeover bid for Unilever unit rejected",
    "A consumer goods group rejected a hostile takeover bid from a US rival, saying it undervalued the company. Analysts expect the bidder to return with a higher offer. Shares rose 9% in London.",
    "economy",
)
N(
    "Red Sea diversions push up container freight rates",
    "Freight rates for containers between Asia and Europe doubled in two weeks as shipping lines diverted vessels around the Cape of Good Hope, analysts said. The longer route adds about ten days to voyages. Retailers warned of delays to spring stock.",
    "other",
)
N(
    "Turkish lira hits record low",
    "The Turkish lira fell to a record low against the dollar after the central bank cut interest rates again despite rising inflation. Economists said the bank had lost a war of credibility with markets.",
    "economy",
)

N(
    "British supermarkets slash prices as price war heats up",
    "Britain's biggest supermarket chains cut the prices of hundreds of everyday products this week, escalating a price war as discount chains keep winning customers. Analysts said the battle for shoppers would squeeze profit margins. Shares in two of the chains fell on Thursday. Suppliers said they were being asked to absorb part of the cost.",
    "economy",
)

# ---------------------------------------------------------------- negatives: peaceful protests

N(
    "Farmers block Paris ring road with tractors",
    "Hundreds of farmers drove their tractors onto motorways around Paris on Monday, blocking traffic into the capital to protest against low prices and environmental rules. Police watched as the farmers set up camp. The government promised new measures.",
    "protest",
)
N(
    "Last Generation activists block Berlin rush hour",
    "Climate activists glued their hands to a busy road in Berlin during the morning rush hour, causing traffic jams, police said. Officers removed them with solvent and detained nine people. The group said it would continue its campaign.",
    "protest",
)
N(
    "Hundreds of thousands march in Tel Aviv for hostage deal",
    "Hundreds of thousands of Israelis marched through Tel Aviv on Saturday night to call for a deal to bring home hostages held in Gaza. Protesters carried pictures of the hostages and banged drums. The protest ended peacefully. Organisers said it was the largest demonstration since the start of the war. Some families of hostages addressed the crowd from a stage. The prime minister's office said negotiations were continuing.",
    "protest",
)
N(
    "Women in Poland march against abortion ruling",
    "Tens of thousands of people marched through Warsaw and other Polish cities against a court ruling that almost entirely banned abortion, in the largest protests in decades. Organisers called a nationwide strike for Wednesday. Police reported no incidents.",
    "protest",
)
N(
    "Teachers in Nigeria strike over unpaid salaries",
    "Teachers in public schools across several Nigerian states went on strike on Monday, saying they had not been paid for three months. Schools were closed and pupils stayed at home. The union said it would continue until the arrears were paid.",
    "protest",
)
N(
    "Human chain across Hong Kong marks Baltic Way anniversary",
    "Tens of thousands of people formed a human chain across Hong Kong, holding hands along streets and over Lion Rock, in a peaceful protest inspired by the Baltic Way of 1989. Participants sang and held up their phone lights.",
    "protest",
)
N(
    "Students walk from Belgrade to Novi Sad for canopy rally",
    "Thousands of students walked for two days from Belgrade to Novi Sad to join a rally marking three months since a railway station canopy collapsed, killing 15 people. Residents along the route gave them food and water. The rally ended peacefully.",
    "protest",
)
N(
    "Activist on hunger strike outside Downing Street",
    "A British-Egyptian activist's mother has been on hunger strike outside Downing Street for 60 days, calling on the government to secure her son's release from prison in Egypt. Supporters held a vigil on Sunday.",
    "protest",
)
N(
    "Taxi drivers block Nairobi roads over ride-hailing fees",
    "Taxi drivers parked their cars across roads in central Nairobi to protest against the commission taken by ride-hailing apps, causing traffic jams. Police directed traffic and said no one was arrested. The drivers' association said it would meet the companies next week.",
    "protest",
)

# ---------------------------------------------------------------- negatives: peace

N(
    "Colombia and FARC sign revised peace agreement",
    "Colombia's government and the FARC rebels signed a revised peace agreement in Bogotá on Thursday, after voters rejected the first version in a referendum. The rebels will hand over their weapons to the UN within six months. Congress is expected to approve the deal next week.",
    "peace",
)
N(
    "Russia and Ukraine swap hundreds of prisoners",
    "Russia and Ukraine exchanged 390 prisoners each on Friday in the first stage of a swap agreed at talks in Istanbul, officials from both countries said. Freed Ukrainian soldiers wrapped in flags were met by relatives at the border with Belarus.",
    "peace",
)
N(
    "Ethiopia and Tigray leaders agree to end hostilities",
    "Ethiopia's government and Tigrayan leaders agreed in Pretoria to a permanent cessation of hostilities, the African Union said. The deal includes the disarmament of Tigrayan forces and the restoration of services to the region. Both sides thanked the mediators. The agreement was signed after ten days of talks. Aid agencies said they hoped to resume deliveries soon. The UN secretary-general called the deal a welcome first step.",
    "peace",
)
N(
    "Security Council renews UN mission in South Sudan",
    "The UN Security Council voted to renew the mandate of its peacekeeping mission in South Sudan for another year, keeping the troop ceiling at 17,000. The council also called on parties to prepare for elections.",
    "peace",
)
N(
    "Truce begins in Gaza after three-hour delay",
    "A ceasefire between Israel and Hamas took effect on Sunday morning after a delay of several hours, and the first three hostages are to be released later in the day in exchange for Palestinian prisoners. Displaced families in southern Gaza began packing their belongings to return north.",
    "peace",
)
N(
    "Armenia and Azerbaijan initial peace deal at White House",
    "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House, committing to end decades of conflict and to reopen transport links. The deal still needs to be signed and ratified.",
    "peace",
)
N(
    "Congo and Rwanda foreign ministers sign Washington accord",
    "Foreign ministers of Congo and Rwanda signed a peace agreement in Washington, committing to stop supporting armed groups on each other's territory. The deal sets up a joint security mechanism within 30 days. Observers said it did not include the M23 rebels, who are in separate talks in Qatar.",
    "peace",
)
N(
    "Philippine government and MILF mark transition to Bangsamoro",
    "The Philippine government and the Moro Islamic Liberation Front marked the launch of the Bangsamoro autonomous region in Cotabato, a milestone of their 2014 peace agreement. Former rebels will continue to hand in their weapons in stages.",
    "peace",
)
N(
    "Yemen truce extended for two months, UN envoy says",
    "Yemen's warring parties agreed to extend a nationwide truce by two more months, the UN envoy said on Tuesday. The truce has allowed fuel ships into Hodeidah and commercial flights from Sanaa. The envoy urged both sides to reopen roads around Taiz.",
    "peace",
)

# ---------------------------------------------------------------- negatives: history

N(
    "Leaders mark 80 years since D-Day in Normandy",
    "World leaders and veterans gathered on the beaches of Normandy to mark 80 years since the D-Day landings. The last surviving veterans, most of them aged over 98, were applauded at a ceremony at Omaha Beach.",
    "history",
)
N(
    "WWII bomb defused in Cologne; thousands evacuated",
    "Bomb disposal experts defused a 1,000-kg American bomb from the Second World War found during construction work in Cologne, after about 20,000 residents were evacuated from the area. The evacuation was lifted in the afternoon.",
    "history",
)
N(
    "Kwibuka 30: Rwanda begins week of mourning",
    "Rwandans began a week of mourning to mark 30 years since the genocide in which about 800,000 people, mostly Tutsis, were killed. The president lit a flame at the Kigali memorial, where over 250,000 victims are buried.",
    "history",
)
N(
    "Vukovar remembrance march draws tens of thousands",
    "Tens of thousands of people walked through Vukovar on Saturday to remember the fall of the town to Yugoslav army and Serb paramilitary forces in 1991, after a three-month siege. Marchers carried candles and Croatian flags from the town hospital to the memorial cemetery. Relatives of the missing said about 300 people from the town were still unaccounted for.",
    "history",
)
N(
    "Nagasaki bell rings at 11:02 as city remembers 1945 bombing",
    "A bell rang out across Nagasaki at 11:02 a.m. on Friday, the moment an American plutonium bomb exploded over the city in 1945, as survivors and officials bowed their heads in the Peace Park. The mayor warned that the risk of nuclear weapons being used was higher than at any time since the Cold War. Survivors, whose average age is now over 85, called on young people to carry on their work.",
    "history",
)
N(
    "Vietnam War museum reopens in Ho Chi Minh City",
    "The War Remnants Museum in Ho Chi Minh City reopened after renovation, with new galleries on the effects of Agent Orange. The museum receives over half a million visitors a year, many of them foreign tourists.",
    "history",
)
N(
    "Former Chadian dictator's trial opens in Senegal",
    "Hissène Habré, the former president of Chad, went on trial in Dakar on charges of crimes against humanity committed during his rule in the 1980s. Victims travelled from Chad to attend. Habré refused to recognise the court.",
    "history",
)
N(
    "Remains of Korean War soldiers returned to US",
    "The remains of 55 soldiers believed to have been killed in the Korean War were flown from North Korea to a US base in South Korea, in a ceremony attended by US and South Korean officials. Experts will try to identify them in Hawaii.",
    "history",
)
N(
    "Historians publish new study of the Biafra war",
    "A new history of the Nigerian civil war, based on archives in Lagos and London, estimates that more than a million people died, most of them of hunger during the blockade of Biafra. The authors interviewed over 200 survivors.",
    "history",
)

# ---------------------------------------------------------------- negatives: entertainment

N(
    "Oppenheimer wins best picture at Oscars",
    "Christopher Nolan's Oppenheimer, about the scientist who led the development of the atomic bomb, won seven Oscars including best picture and best director. Cillian Murphy won best actor. Robert Downey Jr won best supporting actor. The film has taken nearly $1 billion at the box office. Barbie, its rival at the box office last summer, won one award.",
    "entertainment",
)
N(
    "Documentary on Ukrainian ceramic artists wins at Sundance",
    "'Porcelain War', a documentary about three Ukrainian artists who keep making porcelain figurines while serving as volunteers, won the grand jury prize for documentaries at the Sundance Film Festival. Much of it was filmed by the artists themselves in and around Kharkiv. The directors said they hoped the film would show a side of the war rarely seen abroad.",
    "entertainment",
)
N(
    "Call of Duty returns to Gulf War setting",
    "The latest Call of Duty game is set during the Gulf War of the early 1990s, its publisher said, with players taking part in missions in Iraq and Kuwait. The game will be released in October.",
    "entertainment",
)
N(
    "Novel about Sudanese war wins Booker shortlist place",
    "A novel about a family caught up in Sudan's civil war was named on the Booker Prize shortlist. The author, who left Khartoum as a child, said she wrote the book to give voice to people who are rarely heard.",
    "entertainment",
)
N(
    "'All Quiet on the Western Front' wins BAFTA",
    "The German film 'All Quiet on the Western Front', based on the First World War novel, won seven BAFTA awards, including best film. The film follows a young soldier in the trenches.",
    "entertainment",
)
N(
    "Don McCullin retrospective opens at Tate Britain",
    "An exhibition of photographs by Don McCullin, who covered wars from Vietnam to Lebanon, opened at Tate Britain. The show also includes his landscapes of Somerset.",
    "entertainment",
)
N(
    "Netflix series about Colombian drug lord tops charts",
    "Netflix's new series about a Colombian drug trafficker became the most-watched show on the platform in its first week. The series was filmed in Medellín and Bogotá.",
    "entertainment",
)
N(
    "Memoir of Afghan interpreter becomes bestseller",
    "A memoir by an Afghan interpreter who worked with British troops and later settled in Britain has become a bestseller. He describes the years of the war and his family's escape after the fall of Kabul.",
    "entertainment",
)

# ---------------------------------------------------------------- negatives: military without violence

N(
    "Poland signs deal for 96 Apache helicopters",
    "Poland signed a deal to buy 96 Apache attack helicopters from the United States, its largest purchase of the type. The defence minister said the helicopters would strengthen the country's eastern flank.",
    "military",
)
N(
    "North Korea launches reconnaissance satellite, Seoul says",
    "North Korea launched a rocket carrying what it said was a military reconnaissance satellite, South Korea's joint chiefs of staff said on Tuesday, after two failed attempts earlier in the year. Japan briefly issued an alert for residents of Okinawa. Pyongyang's state media said the satellite had entered orbit.",
    "military",
)
N(
    "China holds drills around Taiwan after president's speech",
    "China's military held large-scale drills around Taiwan, sending warships and aircraft to simulate a blockade, after the island's president gave his inaugural speech. Taiwan's defence ministry said it had sent ships to monitor.",
    "military",
)
N(
    "Germany raises defence budget to record level",
    "Germany's cabinet approved a record defence budget, raising spending to more than 2% of economic output for the first time since the Cold War. Much of the money will go to ammunition and air defence.",
    "military",
)
N(
    "Belarus holds Independence Day parade in Minsk",
    "Tanks, rocket launchers and several thousand soldiers paraded through Minsk on Belarus's Independence Day, and aircraft flew over in formation. President Lukashenko said the army was ready to defend the country's borders. Russian units took part in the parade for the first time.",
    "military",
)
N(
    "NATO exercise in Baltic brings together 20,000 troops",
    "More than 20,000 troops from NATO countries took part in exercises in Lithuania and Poland, practising the defence of the Suwałki gap. It was one of the largest exercises in the region in years.",
    "military",
)
N(
    "India commissions its first home-built aircraft carrier",
    "India commissioned its first home-built aircraft carrier, INS Vikrant, at a ceremony in Kochi. The prime minister said it showed India's growing defence manufacturing.",
    "military",
)
N(
    "Sweden reintroduces military conscription",
    "Sweden's government decided to bring back military conscription for men and women, citing a worsening security environment. About 4,000 young people will be called up each year.",
    "military",
)
N(
    "Japan approves plan to acquire counterstrike missiles",
    "Japan's cabinet approved a plan to buy Tomahawk cruise missiles from the United States, part of a shift in its defence policy. The government said the missiles would deter attacks.",
    "military",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Beirut port explosion: death toll rises",
    "The death toll from the huge explosion at Beirut port rose to 135, the health minister said, as rescuers searched the rubble for dozens of missing. Officials said the blast was caused by ammonium nitrate stored in a warehouse for years. About 300,000 people were left homeless.",
    "accident",
)
N(
    "Train collision in Odisha kills nearly 300",
    "Nearly 300 people were killed when a passenger train collided with a goods train and then with another passenger train in India's Odisha state, officials said. Rescuers worked through the night to pull survivors from the wreckage.",
    "accident",
)
N(
    "Migrant boat capsizes off Greece; hundreds missing",
    "A fishing boat carrying migrants from Libya to Italy capsized off the Greek coast, and hundreds of people are missing, the coast guard said. 104 people were rescued. Survivors said there were 750 people on board.",
    "accident",
)
N(
    "Plane crash in Nepal kills 72",
    "A passenger plane crashed near Pokhara airport in Nepal, killing all 72 people on board, officials said. The plane was landing when it went down into a river gorge. It was the country's deadliest air crash in 30 years.",
    "accident",
)
N(
    "Firedamp blast kills 41 at Amasra coal mine",
    "An explosion at a coal mine in Amasra, in Turkey's Black Sea province of Bartın, killed 41 workers, officials said. Rescuers brought out dozens of survivors. The explosion was caused by firedamp.",
    "accident",
)
N(
    "Stampede at Hajj kills hundreds",
    "A stampede during the Hajj pilgrimage in Mina killed more than 700 pilgrims, Saudi officials said. The crush happened as two large groups of pilgrims met at a crossroads.",
    "accident",
)
N(
    "Tanker blast near Suleja kills 98 who rushed to collect fuel",
    "A petrol tanker exploded on a highway near Suleja in Nigeria's Niger state after it overturned and people gathered to scoop up the fuel, killing at least 98, the emergency management agency said. Many of the victims were young men from nearby villages. The agency warned again against approaching crashed tankers.",
    "accident",
)
N(
    "Ferry fire in Indonesia: passengers jump into sea",
    "A fire broke out on a ferry off Indonesia's North Sulawesi, forcing passengers to jump into the sea, the search and rescue agency said. Three people died and more than 500 were rescued.",
    "accident",
)
N(
    "Factory fire in Dhaka kills 52 workers",
    "A fire at a food factory near Dhaka killed 52 workers, many of them trapped behind locked exits, police said. Firefighters took more than a day to put out the blaze.",
    "accident",
)

# ---------------------------------------------------------------- negatives: health

N(
    "WHO declares mpox a global health emergency",
    "The World Health Organization declared the spread of mpox in Africa a public health emergency of international concern. Cases have been reported in more than a dozen countries, and Congo has recorded hundreds of deaths.",
    "health",
)
N(
    "Guinea declares end of Ebola outbreak after 42 days",
    "Guinea declared the end of an Ebola outbreak that killed 12 people, after 42 days without a new case. The outbreak was contained with vaccines and contact tracing.",
    "health",
)
N(
    "India begins world's largest vaccination drive",
    "India began vaccinating health workers against COVID-19, the start of what it called the world's largest vaccination campaign. The government aims to vaccinate 300 million people by August.",
    "health",
)
N(
    "Malawi battles its worst cholera outbreak in decades",
    "Malawi's health ministry said more than 1,000 people had died of cholera since the outbreak began, the deadliest in the country's history, and delayed the reopening of schools in Blantyre and Lilongwe. Health workers are chlorinating wells and handing out oral vaccine doses. The outbreak spread quickly after floods damaged water supplies.",
    "health",
)
N(
    "Measles outbreak in Texas spreads to new counties",
    "A measles outbreak in West Texas has spread to new counties, state health officials said, with more than 400 cases recorded. Two unvaccinated children have died.",
    "health",
)
N(
    "Bangladesh records deadliest dengue year",
    "Dengue deaths in Bangladesh passed 1,000 for the first time in a single year, the health directorate said, and hospitals in Dhaka set up extra wards for patients. Doctors said the season had started earlier and lasted longer than usual. City authorities sprayed insecticide in several neighbourhoods.",
    "health",
)
N(
    "Polio vaccination campaign in Pakistan reaches millions",
    "Pakistan launched a week-long polio vaccination campaign to reach 45 million children, health officials said. Pakistan and Afghanistan are the only countries where polio is still endemic.",
    "health",
)
N(
    "Bird flu found on dairy farms in several US states",
    "US officials said they had found H5N1 bird flu in dairy cattle in several states, and a farm worker tested positive. Officials said the risk to the public remains low. Milk from infected cows is being destroyed. Scientists said the virus had not been found to spread between people.",
    "health",
)
N(
    "Malaria vaccine rollout begins in Cameroon",
    "Cameroon began the first routine vaccination of children against malaria, health officials said, with 250,000 children expected to receive the vaccine in the first year. The vaccine is given in four doses. Malaria kills thousands of children in the country every year, officials said.",
    "health",
)

# ---------------------------------------------------------------- negatives: ordinary news, batch 1

N(
    "Fed holds rates steady, signals cuts later this year",
    "The US Federal Reserve kept its benchmark interest rate unchanged on Wednesday and said it still expected to cut rates later in the year if inflation continued to ease. The chair said the labour market remained strong. Stocks rose after the announcement.",
    "other",
)
N(
    "Japan's economy returns to growth in second quarter",
    "Japan's economy grew at an annualised rate of 3.1% in the April-June quarter, helped by stronger consumer spending and car exports, government data showed. Economists had expected slower growth.",
    "other",
)
N(
    "India's election results: ruling party loses majority",
    "India's ruling party won the most seats in the general election but lost its majority in parliament, results showed, and will need coalition partners to form a government. The opposition gained seats in Uttar Pradesh.",
    "other",
)
N(
    "Mexico elects first woman president",
    "Mexicans elected Claudia Sheinbaum as their first woman president, preliminary results showed, with about 59% of the vote. The former Mexico City mayor will take office in October.",
    "other",
)
N(
    "South Africa's ANC loses majority for first time",
    "The African National Congress lost its parliamentary majority for the first time since 1994, final results showed, winning about 40% of the vote. The party will need to form a coalition.",
    "other",
)
N(
    "Apple unveils AI features for iPhone",
    "Apple announced a set of artificial intelligence features for the iPhone at its annual developers' conference, including a new version of its Siri assistant. The features will be available in English first.",
    "other",
)
N(
    "Heatwave sends temperatures above 45C in Delhi",
    "Temperatures in Delhi rose above 45C for the fifth day in a row, and the weather office issued a red alert. Schools closed early for the summer and water shortages were reported in several areas.",
    "other",
)
N(
    "Kenyan runner's former refugee camp celebrates her medal",
    "Residents of the Kakuma refugee camp in Kenya gathered around a television to watch a runner who grew up in the camp win a medal at the world championships. She left South Sudan as a child.",
    "other",
)
N(
    "Orange-spotted frog found in Ecuador's cloud forest is new to science",
    "Scientists have discovered a new species of frog in the cloud forests of southern Ecuador, they said in a study. The frog, about 2 cm long, has bright orange spots.",
    "other",
)
N(
    "China's Chang'e-6 brings back samples from far side of the moon",
    "China's Chang'e-6 probe returned to Earth with the first samples from the far side of the moon, landing in Inner Mongolia, the space agency said. Scientists will study the samples for clues about the moon's history.",
    "other",
)
N(
    "Nigeria's naira steadies after central bank measures",
    "Nigeria's naira strengthened against the dollar after the central bank sold dollars to banks and raised interest rates, traders said. The currency has lost more than half its value in a year.",
    "other",
)
N(
    "Ghana's president-elect sworn in",
    "John Mahama was sworn in as Ghana's president in Accra, returning to power eight years after losing office. He promised to fix the economy and fight corruption.",
    "other",
)
N(
    "EU agrees new rules on artificial intelligence",
    "European Union negotiators agreed on the world's first comprehensive rules on artificial intelligence, setting limits on the use of facial recognition and requiring transparency from developers of large models. The rules still need formal approval by member states and the European Parliament. Tech companies said they were studying the details.",
    "other",
)
N(
    "Taylor Swift concerts boost Singapore's economy",
    "Taylor Swift's six concerts in Singapore brought in hundreds of millions of dollars in spending on hotels, flights and shopping, economists said. Fans travelled from across Southeast Asia.",
    "other",
)
N(
    "Australia bans social media for under-16s",
    "Australia's parliament passed a law banning children under 16 from social media platforms, one of the strictest such laws in the world. Companies face fines if they fail to keep children off their platforms.",
    "other",
)
N(
    "Pope Francis dies at 88",
    "Pope Francis died at the age of 88 at his residence in the Vatican, the Vatican said. The first pope from Latin America led the Roman Catholic Church for 12 years. Cardinals will gather in Rome to elect his successor.",
    "other",
)
N(
    "New pope elected: first American to lead Catholic Church",
    "White smoke rose from the Sistine Chapel chimney and the cardinals elected Robert Prevost, from Chicago, as the new pope. He took the name Leo XIV.",
    "other",
)
N(
    "Coronation of King Charles III at Westminster Abbey",
    "King Charles III was crowned at Westminster Abbey in a ceremony attended by leaders from around the world. Thousands of people lined the streets of London despite rain.",
    "other",
)
N(
    "Egypt opens Grand Egyptian Museum",
    "Egypt opened the Grand Egyptian Museum near the pyramids of Giza, displaying the full collection of Tutankhamun's treasures for the first time. Officials hope it will attract millions of tourists.",
    "other",
)
N(
    "Brazil's deforestation in Amazon falls",
    "Deforestation in the Brazilian Amazon fell by a third in the year to July, government data showed, the lowest level in nine years. The environment minister credited stronger enforcement.",
    "other",
)
N(
    "Indonesia moves capital to Nusantara",
    "Indonesia's president held the country's independence day ceremony in the new capital, Nusantara, in Borneo, though most government offices have not yet moved. Critics say the project is behind schedule.",
    "other",
)
N(
    "Chile's copper production rises",
    "Chile's copper output rose 5% in the first half of the year, the state copper commission said, as new mines came on line. Copper prices are near a record high.",
    "other",
)
N(
    "Sri Lanka's new president pledges debt relief",
    "Sri Lanka's new president said he would seek better terms for the country's debt restructuring agreed with the IMF. He was elected on a promise to fight corruption.",
    "other",
)
N(
    "UK inflation falls to 2%",
    "UK inflation fell to the Bank of England's 2% target in May for the first time in nearly three years, official figures showed. Food prices rose more slowly.",
    "other",
)
N(
    "Norway's wealth fund reports record profit",
    "Norway's sovereign wealth fund, the largest in the world, reported a record profit for the first half of the year, driven by technology shares. The fund owns about 1.5% of all listed shares in the world. Its chief executive warned that returns would not always be this high.",
    "other",
)
N(
    "World Bank approves loan for Kenya roads",
    "The World Bank approved a loan to Kenya to build rural roads in the north of the country. The government said the roads would help farmers reach markets.",
    "other",
)
N(
    "Microsoft outage grounds flights worldwide",
    "A faulty software update from a cybersecurity firm caused Microsoft systems to crash worldwide, grounding flights, disrupting banks and taking broadcasters off air. The firm said it had fixed the problem.",
    "other",
)
N(
    "Record number of tourists visit Japan",
    "Japan received a record 3.9 million foreign visitors in March, official data showed, helped by the weak yen. Cherry blossom season drew crowds to Kyoto.",
    "other",
)
N(
    "Former refugee elected mayor in German town",
    "A man who fled Syria in 2015 was elected mayor of a small town in the Black Forest, the first former Syrian refugee to hold such a post in Germany. He said he wanted to improve local transport.",
    "other",
)
N(
    "Nobel Peace Prize awarded to Japanese atomic bomb survivors' group",
    "The Nobel Peace Prize was awarded to Nihon Hidankyo, a group of survivors of the atomic bombings of Hiroshima and Nagasaki, for its efforts to achieve a world free of nuclear weapons. The committee said the group's testimonies had helped build a taboo against the use of such weapons. Members of the group said they were surprised and moved.",
    "other",
)
N(
    "Saudi Arabia to host 2034 World Cup",
    "FIFA confirmed that Saudi Arabia will host the 2034 men's World Cup. Rights groups criticised the decision, citing the treatment of migrant workers.",
    "other",
)
N(
    "Ethiopia opens Grand Renaissance Dam",
    "Ethiopia officially inaugurated the Grand Ethiopian Renaissance Dam on the Blue Nile, Africa's largest hydropower project. Egypt said it was still concerned about water supplies.",
    "other",
)
N(
    "Kenya's tea exports rise",
    "Kenya's tea exports rose 10% last year, the tea board said, helped by higher demand from Pakistan and Egypt. Earnings rose even faster because of a weaker shilling. Growers in Kericho said the rains had been good.",
    "other",
)
N(
    "Canada's wildfire smoke sends New York air quality to worst level",
    "Smoke from Canadian wildfires turned New York's sky orange and sent air quality to its worst level on record. Residents were advised to stay indoors.",
    "other",
)
N(
    "Solar power overtakes coal in EU",
    "Solar power generated more electricity than coal in the European Union for the first time last year, a think tank said. Coal's share fell to about a tenth of the total. Wind power also reached a record.",
    "other",
)
N(
    "Argentina's inflation slows",
    "Argentina's monthly inflation rate fell to its lowest level in three years, official data showed, as the government cut spending. Prices rose 2.7% in the month, down from more than 25% a year earlier. Poverty remains high, and pensioners have protested against cuts to their benefits.",
    "other",
)

# ---------------------------------------------------------------- negatives: ordinary news, batch 2

N(
    "Vietnam's exports surge as factories relocate from China",
    "Vietnam's exports rose 14% in the first nine months of the year, customs data showed, as electronics makers moved production from China. Shipments to the United States grew fastest. Economists raised their growth forecasts for the year.",
    "other",
)
N(
    "Kenya and Ethiopia sign power trade deal",
    "Kenya and Ethiopia signed an agreement to expand electricity trade over a new transmission line linking the two countries. Kenya will import more hydropower from Ethiopia at a lower price. Officials said the deal would cut Kenya's reliance on diesel generators.",
    "other",
)
N(
    "Record heat in the Mediterranean sea, scientists say",
    "Sea surface temperatures in the Mediterranean reached a record 28.7C in late July, Spanish scientists said. Marine biologists warned that the heat could kill seagrass and coral. Fishermen reported fewer catches of some species.",
    "other",
)
N(
    "Bolivia holds presidential run-off",
    "Bolivians voted in a presidential run-off on Sunday between two centre-right candidates, after the left-wing party that had ruled for most of two decades was knocked out in the first round. Voting was calm and results are expected overnight.",
    "other",
)
N(
    "Chinese EV maker opens first European factory in Hungary",
    "BYD opened its first European car factory in Szeged, Hungary, which will produce up to 150,000 vehicles a year at first. The Hungarian government said the plant would create thousands of jobs. The EU has raised tariffs on Chinese-built electric cars.",
    "other",
)
N(
    "Rwanda's capital hosts African climate summit",
    "Leaders from across Africa gathered in Kigali for a climate summit focused on finance for adaptation. Speakers called on rich countries to meet their pledges. The summit ended with a joint declaration on carbon markets.",
    "other",
)
N(
    "Philippines reopens schools after summer break with new curriculum",
    "About 27 million pupils returned to school in the Philippines as the new academic year began with a revised curriculum. Teachers said many classrooms were still overcrowded. The education secretary promised to hire more staff.",
    "other",
)
N(
    "Colombia's coffee harvest recovers",
    "Colombia's coffee production rose 20% in the first half of the year, the growers' federation said, after favourable weather. Higher global prices have increased farmers' incomes.",
    "other",
)
N(
    "Peru's Machu Picchu ticket system changes after protests by guides",
    "Peru changed the ticket sales system for Machu Picchu after local guides and tour operators complained that a new private platform was leaving them out. The culture ministry said tickets would again be sold in Cusco. Visitor numbers are near their pre-pandemic level.",
    "other",
)
N(
    "Mongolia's herders face harsh winter",
    "Heavy snow and extreme cold have killed more than a million livestock in Mongolia this winter, the government said, and herders are running out of fodder. The Red Cross launched an appeal.",
    "disaster",
)
N(
    "Jordan opens new desalination project",
    "Jordan signed a contract for a large desalination plant on the Red Sea at Aqaba, which will pump drinking water to Amman. The country is one of the most water-scarce in the world. The plant is expected to start working in 2029.",
    "other",
)
N(
    "Moroccan high-speed rail line extended to Marrakech",
    "Morocco announced the extension of its high-speed railway from Kenitra to Marrakech, to be finished before the 2030 World Cup. The government said journey times between Tangier and Marrakech would fall to under three hours.",
    "other",
)
N(
    "Pakistan secures IMF bailout",
    "Pakistan reached a staff-level agreement with the International Monetary Fund for a $7 billion loan, the IMF said. The deal requires Pakistan to raise taxes and energy prices. The central bank's reserves have fallen to a few weeks of imports.",
    "other",
)
N(
    "Thai parliament elects new prime minister",
    "Thailand's parliament elected Paetongtarn Shinawatra as prime minister, making her the country's youngest leader and the third member of her family to hold the post. She promised to revive the economy.",
    "other",
)
N(
    "Iceland volcano erupts near Grindavík; town already empty",
    "A volcano erupted again on Iceland's Reykjanes peninsula, sending lava towards the town of Grindavík, which had been evacuated weeks earlier. The Blue Lagoon spa closed. Flights were not affected.",
    "disaster",
)
N(
    "Tunisian olive oil exports hit record",
    "Tunisia's olive oil exports reached a record value last season, the agriculture ministry said, as poor harvests in Spain pushed up prices. Most of the oil goes to Italy and Spain.",
    "other",
)
N(
    "Greek government approves same-sex marriage",
    "Greece's parliament passed a law allowing same-sex couples to marry and adopt children, the first Orthodox Christian country to do so. The prime minister said the law would end discrimination.",
    "other",
)
N(
    "Uganda's oil pipeline project gets financing",
    "The companies building an oil pipeline from Uganda to Tanzania's coast said they had secured the first part of financing from regional banks. Environmental groups have campaigned against the project.",
    "other",
)
N(
    "Antarctic sea ice falls to record low",
    "Sea ice around Antarctica fell to its lowest winter level on record, US scientists said. The ice covered about 2 million square km less than the average. Scientists said it was too early to say whether the decline would continue.",
    "other",
)
N(
    "Singapore Airlines turbulence: passenger dies",
    "A passenger died and dozens were injured when a Singapore Airlines flight from London hit severe turbulence over Myanmar and diverted to Bangkok, the airline said. The man, 73, is believed to have had a heart attack.",
    "accident",
)
N(
    "Ukraine's grain exports rise through Black Sea corridor",
    "Ukraine exported more grain through its own Black Sea corridor in October than in any month since the start of the full-scale war, the agriculture ministry said. Ships sail close to the coasts of Romania and Bulgaria.",
    "other",
)
N(
    "Syrian refugees in Turkey start returning after Assad's fall",
    "More than 30,000 Syrians have returned home from Turkey since the fall of Bashar al-Assad, Turkey's interior minister said. Border crossings have extended their opening hours. Many returnees said they wanted to see what was left of their homes first.",
    "other",
)
N(
    "South Korea's birth rate rises for first time in nine years",
    "South Korea's birth rate rose slightly last year, the first increase in nine years, official data showed. The government has offered cash incentives to families. The rate remains the lowest in the world.",
    "other",
)
N(
    "Bangladesh's garment exports slow",
    "Bangladesh's garment exports fell in the last quarter, the exporters' association said, as orders from Europe slowed. Factory owners blamed higher energy costs and a wage increase.",
    "other",
)
N(
    "Kenya's central bank cuts interest rates",
    "Kenya's central bank cut its main interest rate by half a percentage point, saying inflation was under control and the shilling was stable. It was the third cut this year.",
    "other",
)
N(
    "New Zealand's Maori king dies",
    "New Zealand's Maori king, Kiingi Tuheitia, died at 69, days after celebrating 18 years on the throne. His daughter was chosen to succeed him.",
    "other",
)
N(
    "Cambodia opens new Chinese-built airport",
    "Cambodia opened a new international airport near Phnom Penh, built with Chinese investment. The government hopes the airport will bring in more tourists. The old airport will close to passenger traffic.",
    "other",
)
N(
    "Zimbabwe launches new gold-backed currency",
    "Zimbabwe's central bank launched a new currency backed by gold and foreign reserves, the country's sixth attempt at a functioning currency in 15 years. Traders in Harare said they would continue to use US dollars.",
    "other",
)
N(
    "Lagos opens new rail line",
    "The Nigerian city of Lagos opened the first phase of a new light rail line connecting the mainland with the island. Officials said the line would carry 250,000 passengers a day when finished.",
    "other",
)
N(
    "Dutch court orders Shell to cut emissions, ruling overturned on appeal",
    "A Dutch appeals court overturned a landmark ruling that had ordered Shell to cut its carbon emissions by 45%. Environmental groups said they would take the case to the Supreme Court.",
    "other",
)
N(
    "Astronauts return after nine months on space station",
    "Two NASA astronauts whose eight-day mission turned into more than nine months on the International Space Station returned to Earth, splashing down off Florida. Their capsule had developed problems on the way up.",
    "other",
)
N(
    "Kenya's Ruto signs finance bill after revisions",
    "Kenya's president signed a revised finance bill into law, dropping several unpopular taxes. Opposition lawmakers said the bill still placed too much burden on ordinary people.",
    "other",
)
N(
    "Gulf states agree on single tourist visa",
    "The six countries of the Gulf Cooperation Council agreed to create a single tourist visa, allowing visitors to travel between them more easily. Officials did not say when it would be introduced.",
    "other",
)
N(
    "Vatican hosts climate summit for mayors",
    "Mayors and governors from around the world gathered at the Vatican for a climate summit. Pope Francis urged them to act on climate change.",
    "other",
)
N(
    "Georgian parliament passes 'foreign agents' law",
    "Georgia's parliament passed a law requiring organisations that receive more than a fifth of their funding from abroad to register as foreign agents. The EU said the law was incompatible with Georgia's membership bid.",
    "other",
)
N(
    "Mali's junta extends transition",
    "Mali's military government extended its transition period by five years, naming its leader as president without elections. Political parties had been dissolved earlier this year.",
    "other",
)
N(
    "Tanzania's opposition leader charged with treason",
    "Tanzania's main opposition leader was charged with treason after calling for election reforms, his party said. He was arrested after a rally in the south of the country.",
    "other",
)
N(
    "Guatemala's new president takes office after delay",
    "Bernardo Arévalo was sworn in as Guatemala's president after midnight, following hours of delays in Congress. He promised to fight corruption.",
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
        if not 2 <= n <= 6:
            errs.append(f"{w}: {n} sentences (2 to 6 wanted)")
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
    hard = sum(1 for r in neg if r["kind"].startswith("hard_negative"))
    print(
        f"conflict.jsonl: {len(records)} texts, {len(pos)} conflict, {len(neg)} not ({hard} hard negatives)"
    )
    print("  checked against:", ", ".join(str(p.relative_to(EVAL)) for p in other_sets()))
    print("  tags:", dict(tags.most_common()))
    print("  tags per positive:", dict(sorted(ntags.items())))
    print("  negative kinds:", dict(kinds.most_common()))
    print("  positive kinds:", dict(pkinds.most_common()))
    print("  sentences per text:", dict(sorted(sents.items())))
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

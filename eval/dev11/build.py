"""Build eval/dev11/conflict.jsonl (and the empty eval/dev11/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed, with ids t0001... (a prefix no other set uses).

    python eval/dev11/build.py            # validate, print the counts, write the files
    python eval/dev11/build.py --table    # also print the counts as markdown tables
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
SEED = 11
PREFIX = "t"

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
OTHER_SETS = [
    EVAL / "conflict.jsonl",
    EVAL / "dev2" / "conflict.jsonl",
    EVAL / "dev3" / "conflict.jsonl",
]
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

# ---------------------------------------------------------------- positives, batch 1

P(
    "Kherson: shells hit covered market during morning trade",
    "Russian artillery struck the covered market in central Kherson shortly after 9 a.m. on Saturday, when stalls were at their busiest, the regional administration said. Seven shoppers and a stallholder were killed and 19 people were wounded. Police said the area had been hit twice within ten minutes.",
    "E V",
    "shelling",
)
P(
    "RSF fighters storm villages east of Wad Madani",
    "Fighters of the Rapid Support Forces swept through at least eight villages in Sudan's Gezira state over two days, shooting men in their homes and looting grain stores, residents and a local resistance committee said. The committee listed 104 dead. Survivors walked for two days to reach Gedaref, where aid agencies registered about 6,000 new arrivals.",
    "V D",
    "massacre",
)
P(
    "Burkina Faso: dozens of residents killed while digging defensive trench",
    "Militants of the al-Qaeda-linked JNIM opened fire on residents of Barsalogho who had been ordered by the army to dig trenches around the town, local sources said on Sunday. Relatives said they had buried dozens of people, many of them young men. The government, which rarely comments on such attacks, called it a 'cowardly terrorist act'.",
    "V T",
    "massacre",
)
P(
    "Two car bombs explode at busy Mogadishu junction",
    "Two car bombs went off minutes apart at the Zobe junction in Mogadishu, next to the education ministry, at lunchtime on Saturday. The second blast hit people who had come to help the wounded. The president blamed al-Shabaab, which later claimed the attack in a statement. Hospitals appealed for blood donors.",
    "E T V",
    "bombing",
)
P(
    "UNRWA: strike on school-turned-shelter in Nuseirat",
    "An UNRWA school in Nuseirat that was sheltering some 6,000 displaced people was hit in an Israeli strike overnight, the agency said in a situation report on Thursday. According to the report, at least 35 people were killed, most of them on the upper floor. UNRWA noted that the coordinates of the building had been shared with the parties. Families who had sheltered there since November moved to tents on the beach.",
    "E V D H",
    "airstrike",
)
P(
    "Fighting reaches outskirts of Sake as bombs land near camps",
    "M23 rebels and the Congolese army fought with heavy weapons around Sake, 25 km west of Goma, on Wednesday. Two bombs landed near the Mugunga and Lac Vert displacement camps, killing four children, Médecins Sans Frontières said. Thousands of people living in the camps moved further towards Goma. Congolese troops are backed by Burundian soldiers and local militias.",
    "B E D V",
    "battle",
)
P(
    "Haitian gangs push into Pétion-Ville hills",
    "Gunmen of the Viv Ansanm coalition attacked the hillside neighbourhoods above Pétion-Ville before dawn, setting houses on fire and exchanging fire with police for several hours. At least 14 residents were killed, according to a human rights group. The IOM said about 3,000 people fled to schools and churches lower down the hill.",
    "B V D",
    "gang_attack",
)
P(
    "Witnesses describe air strike on village gathering in Sagaing",
    "A fighter jet and a helicopter attacked a crowd that had gathered for the opening of a local administration office in Pazigyi village in Myanmar's Sagaing region, witnesses said. The office was set up by opponents of the military government. A junta spokesman confirmed the strike, saying it had targeted 'terrorists', and said any civilian deaths would be the fault of the opposition.",
    "E V",
    "airstrike",
)
P(
    "Gunmen take pupils from boarding school in Kebbi",
    "Armed men on motorcycles stormed a government secondary school in Nigeria's Kebbi state on Thursday, shot dead a police officer at the gate and took away an unknown number of pupils, the state government said. Troops and local hunters were searching the forest. Parents gathered outside the school.",
    "V",
    "abduction",
)
P(
    "Insurgents seize Mozambican gas town of Palma",
    "Islamic State-linked insurgents have taken control of most of Palma in Mozambique's Cabo Delgado province after a three-day assault, security sources said. Gunmen fought soldiers in the streets and attacked a hotel where contractors were sheltering. Thousands of residents fled by boat to Pemba or on foot into the bush.",
    "B T D V",
    "battle",
)
P(
    "Gunman kills seven outside Jerusalem synagogue",
    "A Palestinian gunman opened fire on people leaving a synagogue in the Neve Yaakov neighbourhood of Jerusalem on Friday evening, killing seven, before he was shot dead by police. The police commissioner described it as one of the worst terrorist attacks in recent years.",
    "V T",
    "terrorist_attack",
)
P(
    "Police fire live rounds as protesters breach Kenyan parliament",
    "Protesters against a finance bill broke into the parliament compound in Nairobi on Tuesday and set part of the building on fire. Police fired tear gas and then live ammunition, killing at least five people, a coalition of medical groups said. Clashes spread to Mombasa, Kisumu and Eldoret.",
    "U",
    "riot",
)
P(
    "Security forces open fire on worshippers and protesters in Zahedan",
    "Iranian security forces fired on crowds in Zahedan after Friday prayers, when some worshippers marched on a police station, rights groups said. Amnesty International said at least 66 people were killed. The provincial governor said officers had returned fire after the station was attacked.",
    "U V",
    "crackdown",
)
P(
    "Curfew and army patrols as Bangladesh student protests turn deadly",
    "Bangladesh imposed a nationwide curfew and deployed the army after clashes between students, police and ruling-party activists left more than 100 people dead across the country. Protesters set fire to the state broadcaster's building in Dhaka. Mobile internet has been cut for a fourth day.",
    "U",
    "riot",
)
P(
    "Fifth night of rioting in French suburbs",
    "Rioters set fire to cars and buses and looted shops in several French cities for a fifth night, after a 17-year-old was shot dead by a police officer at a traffic stop in Nanterre. The interior ministry said 719 people had been arrested overnight and 45 officers injured. About 45,000 police were deployed.",
    "U",
    "riot",
)
P(
    "Rioters attack hotel housing asylum seekers in Rotherham",
    "Hundreds of rioters broke windows and started a fire at a hotel in Rotherham that houses asylum seekers, while staff and residents barricaded themselves inside. Police officers were pelted with bricks and planks. The prime minister called the violence 'far-right thuggery'.",
    "U V",
    "riot",
)
P(
    "US and UK jets strike Houthi targets around Hodeidah",
    "The United States and Britain carried out a new wave of air and missile strikes on Houthi positions in Yemen overnight, hitting radar sites, drone storage and missile launchers around Hodeidah, the Pentagon said. It was the third round of strikes in the campaign, which Washington says aims to stop attacks on Red Sea shipping. Houthi media reported strikes in five provinces.",
    "E M",
    "airstrike",
)
P(
    "Bulk carrier on fire after Houthi missile hit in Gulf of Aden",
    "A Greek-owned bulk carrier was set on fire after being hit by an anti-ship missile in the Gulf of Aden, the UK Maritime Trade Operations agency said. The crew abandoned ship and were picked up by a passing vessel. The Houthis said they had targeted the ship because its owner's other vessels had called at Israeli ports.",
    "E",
    "missile_attack",
)
P(
    "Syrian rebels enter Aleppo after lightning offensive",
    "Fighters led by Hayat Tahrir al-Sham entered the western districts of Aleppo on Friday, two days after launching their biggest offensive in years from Idlib. Government troops withdrew from several positions with little resistance, a war monitor said. Roads south towards Hama were jammed with families leaving the city.",
    "B D",
    "offensive",
)
P(
    "Tens of thousands flee south Lebanon as Israeli strikes widen",
    "Israel's military said it had struck some 1,300 Hezbollah targets across southern Lebanon and the Bekaa valley in a day, as the air campaign widened. Lebanon's health ministry said 492 people were killed. Cars packed with families jammed the coastal highway to Beirut, and schools in the capital opened as shelters.",
    "E M D",
    "airstrike",
)
P(
    "Israeli troops and drones in two-day Jenin operation",
    "Israeli forces launched a large operation in the Jenin refugee camp on Monday, with drone strikes and hundreds of troops backed by bulldozers. Gunmen from Palestinian armed groups fought soldiers in the alleys. The Palestinian Red Crescent said about 3,000 residents had left the camp as roads and water pipes were torn up.",
    "M E B D",
    "raid",
)
P(
    "Settlers set homes and cars ablaze in Huwara",
    "Hundreds of Israeli settlers rampaged through Huwara and nearby villages on Sunday night, setting dozens of houses and cars on fire, hours after two settlers were shot dead at a junction. One Palestinian man was killed and hundreds were treated for injuries. Residents said soldiers did little to stop the attack.",
    "V",
    "settler_attack",
)
P(
    "Drone strike hits bus station in Amhara town",
    "A drone strike hit the main bus station of Finote Selam in Ethiopia's Amhara region on Sunday, killing at least 26 people, health workers said. The region has seen weeks of fighting between the federal army and Fano militiamen. The army did not comment.",
    "E B",
    "drone_strike",
)
P(
    "WFP: fuel shortage halts food distribution in Tigray",
    "The World Food Programme said on Thursday that its stocks of fuel in Tigray had run out and that food distribution in the region had been reduced to a minimum. No convoy has entered the region since mid-December, the agency said. In its assessment, 83% of people surveyed were food insecure. The federal government blamed the Tigrayan forces for the blockade of the road.",
    "H",
    "humanitarian",
)
P(
    "Only hospital in El Fasher shelled again, MSF says",
    "The Saudi hospital, the last functioning public hospital in El Fasher, was shelled on Friday, killing patients in the maternity ward, Médecins Sans Frontières said. The RSF, which has besieged the city for months, has repeatedly fired on the facility. Surgeons were operating in corridors.",
    "E V H",
    "shelling",
)
P(
    "Suicide blast at Kabul airport gate as crowds wait to leave",
    "A suicide bomber blew himself up among crowds of Afghans waiting at the Abbey gate of Kabul airport in the hope of boarding evacuation flights, and gunmen then opened fire. Dozens of Afghans and 13 US troops were killed. The Islamic State's Khorasan branch claimed the attack.",
    "E T V D",
    "suicide_bombing",
)
P(
    "Blast rips through mosque inside Peshawar police compound",
    "A suicide bomber detonated explosives among worshippers during afternoon prayers at a mosque inside Peshawar's police lines, bringing down part of the roof. Most of the dead were police officers. A faction of the Pakistani Taliban was blamed for the attack.",
    "E T V",
    "suicide_bombing",
)
P(
    "Catatumbo clashes drive thousands to Cúcuta",
    "Fighting between the ELN and a dissident FARC faction in Colombia's Catatumbo region has displaced more than 30,000 people in a week, the ombudsman's office said. ELN fighters went house to house with lists of names of people they accused of working with the rival group. Shelters in Cúcuta and Tibú are full and the government has declared a state of internal commotion.",
    "B V D H",
    "battle",
)
P(
    "Culiacán under fire as Sinaloa cartel factions fight",
    "Gunfights between rival factions of the Sinaloa cartel paralysed Culiacán for a second week, with burned-out vehicles blocking roads and schools closed. The Mexican army sent 600 more soldiers to the city, where troops have clashed with armed convoys on the outskirts. Local officials said 53 people had been killed since the fighting began.",
    "B M",
    "battle",
)
P(
    "Eleven Ecuadorian soldiers killed in ambush near illegal mine",
    "Eleven soldiers were killed when a patrol came under fire from gunmen in the Alto Punino area of Ecuador's Amazon, where the army has been fighting illegal mining gangs, the defence ministry said. The ministry blamed a group linked to the Los Lobos gang, which it classes as a terrorist organisation. The patrol had been sent into the area to dismantle mining camps.",
    "B M T",
    "ambush",
)
P(
    "Separatist gunmen attack school in Kumba",
    "Gunmen stormed a private school in Kumba, in Cameroon's South-West region, and opened fire on pupils in a classroom, killing seven children, the government said. It blamed Anglophone separatists who have called for a boycott of schools. No group claimed the attack.",
    "V",
    "school_attack",
)
P(
    "Hundreds reportedly killed during army operation in Moura",
    "Malian soldiers and foreign military personnel rounded up and executed hundreds of men over five days in the central town of Moura, a rights group said, citing witnesses. The army said it had 'neutralised' 203 fighters in a military operation in the area. Residents described men being taken from a market and shot in groups.",
    "M V",
    "massacre",
)
P(
    "Jihadists kill 17 soldiers near Niger-Mali border",
    "Seventeen Nigerien soldiers were killed and 20 wounded when their unit was ambushed by jihadist fighters near Koutougou in the Tillabéri region, the defence ministry said. The ministry said more than 100 attackers were killed as the army counterattacked. The area is a stronghold of the Islamic State in the Sahel.",
    "B T",
    "ambush",
)
P(
    "ISWAP fighters attack army base in Monguno",
    "Fighters of the Islamic State West Africa Province attacked a military base in Monguno, in Nigeria's Borno state, on Tuesday evening, sparking a gun battle that lasted several hours, military sources said. The army said the attack was repelled. Residents spent the night in the bush.",
    "B T D",
    "battle",
)
P(
    "Manipur: homes torched, army flag marches as ethnic violence spreads",
    "Mobs burned houses, churches and temples in several districts of Manipur as clashes between Meitei and Kuki-Zo groups spread, and the army and Assam Rifles were deployed to the worst-hit areas. More than 9,000 people were moved to army camps and relief centres. Shoot-at-sight orders were issued for 'extreme cases'. Mobile internet was suspended across the state.",
    "U V D M",
    "communal_violence",
)
P(
    "Gunmen kill concertgoers at Crocus City Hall",
    "Gunmen in camouflage opened fire on people waiting for a rock concert at Crocus City Hall near Moscow and set the building on fire. More than 130 people were killed. The Islamic State claimed responsibility, and Russian investigators opened a terrorism case.",
    "V T",
    "terrorist_attack",
)
P(
    "Azerbaijan launches 'anti-terror' operation in Karabakh; exodus begins",
    "Azerbaijan's army began what it called 'local anti-terrorist measures' in Nagorno-Karabakh on Tuesday, shelling Stepanakert and positions of the ethnic Armenian forces. Within a day, the Karabakh authorities agreed to disarm. By Saturday more than 50,000 people had crossed into Armenia through the Lachin corridor.",
    "M E D",
    "offensive",
)
P(
    "White Army militia overruns garrison in Nasir",
    "Fighters of the White Army, an armed youth group from the Nuer community, overran an army garrison in Nasir in South Sudan's Upper Nile state after two days of fighting, officials said. The government responded with air raids on nearby villages, in which barrel bombs containing fuel were dropped, according to the UN mission. The general commanding the garrison was killed while being evacuated.",
    "B E",
    "battle",
)
P(
    "Somali army and clan militias retake towns from al-Shabaab",
    "Somali troops and clan militias known as macawisley took back three towns in Hiraan region from al-Shabaab after heavy fighting, the government said on Monday. The operation is part of an offensive launched by the president last year. The militants had held the towns for more than a decade.",
    "B M",
    "offensive",
)
P(
    "Tripoli clashes erupt after arrest of militia commander",
    "Heavy fighting broke out in Tripoli between the 444 Brigade and the Special Deterrence Force after the detention of a senior commander at Mitiga airport. The emergency medicine centre said 55 people were killed and 146 wounded, and it evacuated hundreds of families from the southern suburbs. Flights were diverted to Misrata.",
    "B D",
    "battle",
)
P(
    "Bodies of civilians found in Bucha after Russian withdrawal",
    "Ukrainian troops returning to Bucha, north-west of Kyiv, found the bodies of civilians lying in the streets, some with their hands tied behind their backs. The mayor said 280 people had been buried in mass graves. Residents said people had been shot while cycling or queuing for water during the month-long occupation.",
    "V",
    "massacre",
)
P(
    "Kyiv without power and water after missile barrage",
    "Russian missiles hit energy facilities across Ukraine on Wednesday, leaving most of Kyiv without power, water or heating, city officials said. Four people were killed in the capital. The authorities opened 'invincibility points' with generators, heating and hot drinks for residents.",
    "E H",
    "missile_attack",
)
P(
    "CODECO militia attacks displacement site at Lala",
    "CODECO militiamen armed with guns and machetes attacked the Lala displacement site in Ituri province overnight, killing at least 46 people, including women and children, local officials said. Shelters were burned. Most of the survivors have gone to Bule, where UN peacekeepers have a base.",
    "V D",
    "massacre",
)
P(
    "Plateau villages attacked on Christmas Eve",
    "Armed men attacked more than 20 villages in the Bokkos and Barkin Ladi areas of Nigeria's Plateau state on Christmas Eve, killing at least 160 people, local officials said. Houses were burned and residents fled to the towns. The state governor called the attacks 'barbaric and unjustified'.",
    "V D",
    "massacre",
)
P(
    "First convoy in weeks reaches northern Gaza",
    "A convoy of 14 trucks carrying flour, medicine and fuel reached Gaza City on Tuesday, the first to enter the north in three weeks, the World Food Programme said. The agency said the famine threshold had probably been crossed in parts of the north. Convoys have been held up for hours at Israeli checkpoints and some have been stopped by crowds of hungry people.",
    "H",
    "humanitarian",
)
P(
    "UN: sharp rise in rapes around Goma displacement camps",
    "UN agencies reported a sharp rise in cases of sexual violence against women and girls in the displacement camps around Goma, many of them by armed men, as fighting between M23 and the army continued. MSF said its teams had treated more than 670 survivors in two weeks. Many were attacked when leaving the camps to collect firewood.",
    "V D H",
    "sexual_violence",
)
P(
    "Darfuri refugees in Chad describe rapes by RSF fighters",
    "Women who fled El Geneina to Adré in eastern Chad told investigators that they had been raped by RSF fighters and allied Arab militiamen, some in front of their families. The UN refugee agency said more than 600,000 Sudanese had crossed into Chad since April. Aid groups say the camps lack clinics and psychological support.",
    "V D H",
    "sexual_violence",
)
P(
    "Aid worker killed in ambush on convoy in Jonglei",
    "A South Sudanese aid worker was shot dead when gunmen ambushed a convoy of humanitarian vehicles on the road between Bor and Pibor, the UN humanitarian coordinator said. Two others were wounded. Deliveries of food to Pibor have been suspended.",
    "V H",
    "attack_on_aid",
)
P(
    "Shells hit Omdurman stadium used as army base",
    "Artillery shells landed on the football stadium in Omdurman, which the Sudanese army has used as a base since the start of the war, witnesses said. The RSF said it had targeted soldiers and weapons stored under the stands. Smoke could be seen across the river in Khartoum.",
    "E",
    "shelling",
)
P(
    "Jeddah talks suspended as fighting resumes in Khartoum",
    "Saudi Arabia and the United States suspended the Jeddah talks on Sudan on Thursday, saying that neither side had respected the short-term truce. Fighting resumed in Khartoum within hours, with air strikes in the south of the city and artillery fire in Bahri. Residents said they had not left their houses for days.",
    "B E",
    "battle",
)

# ---------------------------------------------------------------- positives, batch 2

P(
    "Protesters storm Sri Lankan president's residence",
    "Tens of thousands of protesters broke through police lines and stormed the official residence of President Gotabaya Rajapaksa in Colombo on Saturday, hours after he was moved to a safe location. Police fired tear gas and shots into the air, and at least 30 people were taken to hospital. Later in the evening protesters set fire to the prime minister's private house.",
    "U",
    "riot",
)
P(
    "Petrol bombs and tear gas as police lay siege to PolyU",
    "Hong Kong police fired tear gas and rubber bullets at protesters trying to break out of the Polytechnic University campus, which officers have surrounded since Sunday. Protesters threw petrol bombs and set fire to the main entrance. More than 400 people were arrested as they tried to leave.",
    "U",
    "riot",
)
P(
    "Santiago metro stations burned as army enforces curfew",
    "Soldiers patrolled the streets of Santiago under a night curfew after rioters set fire to metro stations, supermarkets and an electricity company's headquarters. The government said 11 people had died, several in fires in looted shops. More than 1,400 people were detained.",
    "U",
    "riot",
)
P(
    "Seventeen killed in Juliaca as protesters try to storm airport",
    "Seventeen people were killed in clashes between police and protesters trying to take over the airport in Juliaca, in southern Peru, the ombudsman's office said on Monday. Most died of gunshot wounds, according to the regional health authority. A police officer was later burned to death in his car.",
    "U",
    "riot",
)
P(
    "Deadly unrest in Dakar after opposition leader's sentence",
    "Sixteen people have died in two days of clashes in Senegal between security forces and supporters of opposition leader Ousmane Sonko, the government said. Young men burned buses and looted supermarkets in Dakar and Ziguinchor. Access to social media has been restricted.",
    "U",
    "riot",
)
P(
    "Nepal's parliament set ablaze as police shoot at youth protesters",
    "Protesters set fire to the federal parliament building in Kathmandu a day after police opened fire on crowds demonstrating against a ban on social media platforms, killing 19. The prime minister resigned in the evening. The army took over security in the capital and imposed a curfew.",
    "U",
    "riot",
)
P(
    "Water cannon and mass arrests at Tbilisi pro-EU rally",
    "Georgian riot police used water cannon, pepper spray and tear gas to disperse thousands of pro-EU demonstrators outside parliament for a fourth night. The interior ministry said 224 people had been detained. Journalists and opposition politicians said they had been beaten by officers.",
    "U",
    "crackdown",
)
P(
    "Looting and arson spread in KwaZulu-Natal; troops deployed",
    "Rioters looted and torched shopping centres, warehouses and a chemical plant in KwaZulu-Natal and Gauteng after former president Jacob Zuma began a prison sentence, and the government deployed 25,000 soldiers to help the police. The death toll from the unrest rose to 337. Food shortages were reported in Durban as roads stayed blocked.",
    "U",
    "riot",
)
P(
    "Gendarmes killed as riots rage in New Caledonia",
    "Two gendarmes and four civilians have been killed in riots in Nouméa that began over a change to voting rules, French officials said. Rioters burned businesses, schools and cars, and residents set up barricades to protect their streets. France declared a state of emergency and sent reinforcements from the mainland.",
    "U",
    "riot",
)
P(
    "Security forces shoot protesters as unrest grips Eswatini",
    "Security forces in Eswatini opened fire on pro-democracy protesters, killing dozens, according to opposition groups, as businesses linked to the king were set alight in Manzini and Mbabane. The government imposed a dusk-to-dawn curfew and shut down the internet. The army was deployed to guard key buildings.",
    "U",
    "crackdown",
)
P(
    "Almaty city hall burned; president orders troops to shoot without warning",
    "Protesters stormed and set fire to the mayor's office in Almaty, and gunfire was heard across Kazakhstan's largest city overnight. President Tokayev said he had ordered security forces to 'shoot to kill without warning', and troops of a Russian-led alliance arrived to guard strategic sites. The interior ministry said dozens of 'rioters' had been killed.",
    "U",
    "crackdown",
)
P(
    "Soldiers fire on #EndSARS protesters at Lekki toll gate",
    "Soldiers opened fire on protesters who had gathered at the Lekki toll gate in Lagos to demand an end to police brutality, witnesses said, after street lights were switched off. Amnesty International said at least 12 people were killed there and in Alausa. The army denied that its troops had fired on anyone.",
    "U",
    "crackdown",
)
P(
    "Regional parliaments torched in Indonesian protests",
    "Rioters set fire to regional parliament buildings in Makassar and Bandung as protests over lawmakers' allowances turned violent, after a motorcycle taxi driver was run over by a police armoured vehicle in Jakarta. Three people died in the Makassar fire. Police fired tear gas at crowds outside the national parliament.",
    "U",
    "riot",
)
P(
    "Police fire on post-election protesters in Maputo",
    "Police in Mozambique fired live rounds and tear gas at crowds protesting against the results of October's election, killing at least 30 people in Maputo and other cities in a week, a civil society platform said. Shops were looted and tyres burned on the main roads. Thousands of Mozambicans crossed into Malawi to escape the violence, local officials there said.",
    "U D",
    "crackdown",
)
P(
    "Homes and mosques burned as communal riots grip north-east Delhi",
    "Mobs armed with sticks, iron rods and guns attacked homes, shops and mosques in north-east Delhi for a third day, and the death toll rose to 38, hospital officials said. Many Muslim families left their neighbourhoods with what they could carry and took refuge with relatives. Police said they had arrested more than 100 people.",
    "U V D",
    "communal_violence",
)
P(
    "Mixed city of Lod under curfew after Arab-Jewish rioting",
    "Israel imposed a night curfew on Lod after Arab and Jewish mobs attacked each other's homes, synagogues and cars, and a Jewish resident shot dead an Arab man. Border police units were moved into the city from the West Bank. The mayor said the city was in a state of 'civil war'.",
    "U V",
    "communal_violence",
)
P(
    "Coordinated blasts hit Brussels airport and metro",
    "Two explosions tore through the departure hall of Brussels Zaventem airport on Tuesday morning, and an hour later a bomb went off in a metro carriage at Maelbeek station, near the EU institutions. At least 31 people were killed. The Islamic State claimed the attacks, and Belgium raised its threat level to the highest.",
    "E T V",
    "bombing",
)
P(
    "Easter Sunday bombings hit churches and hotels in Sri Lanka",
    "Suicide bombers struck three churches during Easter services and three luxury hotels in Colombo, Negombo and Batticaloa, killing more than 250 people. The government blamed a local Islamist group, National Thowheeth Jama'ath, and the Islamic State later claimed the attacks. A curfew was imposed and social media blocked.",
    "E T V",
    "suicide_bombing",
)
P(
    "Gunman attacks two mosques in Christchurch",
    "A gunman opened fire on worshippers at two mosques in Christchurch during Friday prayers, killing 51 people, and streamed the attack online. The prime minister called it a terrorist attack. A man in his twenties was arrested and charged.",
    "V T",
    "terrorist_attack",
)
P(
    "Gunman kills four in central Vienna; police call it terror attack",
    "A gunman opened fire at people in bars and restaurants in the centre of Vienna on the last evening before a lockdown, killing four, before he was shot dead by police. The interior minister said the man was a sympathiser of the Islamic State who had been jailed for trying to travel to Syria.",
    "V T",
    "terrorist_attack",
)
P(
    "Twin blasts at Kerman memorial procession",
    "Two explosions struck crowds walking to the tomb of General Qassem Soleimani in Kerman on the anniversary of his death, killing at least 95 people. Iran's officials called it a terrorist attack, and the Islamic State said two of its members had detonated explosive belts. The ceremony was cancelled.",
    "E T V",
    "suicide_bombing",
)
P(
    "JNIM says it killed dozens of Beninese soldiers in Park W",
    "Militants of the al-Qaeda-affiliated JNIM attacked two army positions in Benin's Park W on Thursday, and a government spokesman later said 54 soldiers were killed. It was the deadliest attack on Benin's army. The government said the attackers had come from across the border.",
    "B T",
    "battle",
)
P(
    "Gunfire at Bamako gendarmerie school and airport base",
    "Jihadist fighters attacked a gendarmerie training school and the military airport in Bamako at dawn on Tuesday, and gunfire was heard for several hours before the army said the situation was under control. The al-Qaeda-linked JNIM claimed the attack. Part of the presidential aircraft hangar was set alight.",
    "B T",
    "battle",
)
P(
    "Female suicide bombers strike wedding and hospital in Gwoza",
    "A series of suicide bombings, at least one carried out by a woman with a baby on her back, hit a wedding party, a hospital and a funeral in Gwoza, in Nigeria's Borno state, killing 32 people, the state emergency agency said. Officials blamed Boko Haram.",
    "E T V",
    "suicide_bombing",
)
P(
    "ADF attack on church vigil in Komanda",
    "Fighters of the Allied Democratic Forces attacked worshippers at a Catholic church in Komanda in eastern Congo during a night vigil, killing at least 38 people, a civil society leader said. Several houses and shops were burned. The ADF is affiliated with the Islamic State.",
    "V T",
    "massacre",
)
P(
    "Rebels kill pupils in dormitory attack near Congo border",
    "Suspected ADF rebels attacked Lhubiriha secondary school in Mpondwe, western Uganda, near the border with Congo, killing 37 pupils, some of them burned to death in their dormitory, the police said. Six students were abducted and taken towards Virunga park. Ugandan troops are pursuing the attackers across the border.",
    "V T M",
    "school_attack",
)
P(
    "Balochistan separatists hijack Jaffar Express",
    "Gunmen of the Baloch Liberation Army blew up a railway track and seized the Jaffar Express in a mountain pass in Balochistan, taking more than 400 passengers hostage. Security forces launched a rescue operation that lasted over a day, and the army said 33 attackers were killed and 21 hostages died. Officials described the attack as terrorism.",
    "V T M E",
    "hostage_taking",
)
P(
    "Suicide bomber strikes Quetta railway station",
    "A suicide bomber blew himself up on the platform of Quetta's main railway station as passengers waited for the Peshawar train, killing at least 26 people, many of them soldiers. The Baloch Liberation Army said it carried out the attack. The provincial government called it a terrorist act.",
    "E T V",
    "suicide_bombing",
)
P(
    "Militants attack mosque in north Sinai during Friday prayers",
    "Militants set off a bomb and then fired on worshippers fleeing the al-Rawda mosque in north Sinai during Friday prayers, killing 305 people, including 27 children. Gunmen also shot at ambulances. Egypt responded with air strikes on militant positions in the mountains.",
    "E V T M",
    "massacre",
)
P(
    "Al-Shabaab storms restaurant on Mogadishu's Lido beach",
    "Al-Shabaab gunmen and a suicide bomber attacked a beachfront restaurant on Mogadishu's Lido beach on Friday night, killing 32 people who had come to eat and swim. Security forces ended the siege after several hours. The group claimed the attack on its radio station.",
    "E V T",
    "terrorist_attack",
)
P(
    "Knife attack at Solingen festival claimed by Islamic State",
    "A man stabbed people at random at a festival in Solingen marking the city's 650th anniversary, killing three and wounding eight. Federal prosecutors took over the case, saying the suspect, a Syrian asylum seeker, shared the ideology of the Islamic State, which claimed the attack.",
    "V T",
    "terrorist_attack",
)
P(
    "Pakistan launches offensive in North Waziristan",
    "Pakistan's army launched a full-scale ground and air offensive against militants in North Waziristan on Sunday, after the breakdown of talks with the Pakistani Taliban. Jets bombed hideouts near Mir Ali, and troops cordoned off the towns. Nearly half a million people have registered as displaced in Bannu, the provincial disaster agency said.",
    "M E D",
    "offensive",
)
P(
    "Turkish troops cross into north-east Syria",
    "Turkish ground forces crossed into north-east Syria on Wednesday evening, hours after air strikes and artillery fire hit the border towns of Ras al-Ain and Tal Abyad, in an operation against the Kurdish-led SDF. The SDF said it was fighting back. Tens of thousands of people fled south towards Hasakah.",
    "M E B D",
    "offensive",
)
P(
    "Iraqi forces push into east Mosul",
    "Iraqi special forces entered the eastern districts of Mosul on Tuesday, fighting Islamic State militants street by street, in the biggest ground operation in Iraq in years. The militants have used car bombs and snipers to slow the advance. Aid agencies said 20,000 people had fled the city in two weeks.",
    "M B E D",
    "offensive",
)
P(
    "Israeli tanks move into eastern Rafah; crossing closed",
    "Israeli tanks entered eastern Rafah on Tuesday and took control of the Gaza side of the Rafah crossing with Egypt, the military said, calling it a 'precise counterterrorism operation'. The crossing was the main route for aid into the enclave. UNRWA said about 80,000 people had left the city in three days, many of them displaced for the second or third time.",
    "M D H",
    "ground_incursion",
)
P(
    "Ukrainian forces advance across the border into Kursk region",
    "Ukrainian troops and armoured vehicles have advanced several kilometres into Russia's Kursk region in the largest cross-border incursion of the war, and fighting is going on around the town of Sudzha, Russian officials said. The regional governor said 76,000 residents had been evacuated. Moscow called the incursion a provocation.",
    "M B D",
    "ground_incursion",
)
P(
    "Philippine jets pound militant positions in Marawi",
    "Philippine air force jets bombed positions held by Maute group fighters in Marawi for a second week, as troops fought their way through the city's centre building by building. The group, which has pledged allegiance to the Islamic State, overran parts of the city last month. Almost all of the city's 200,000 residents have fled to evacuation centres in Iligan.",
    "M E B D T",
    "offensive",
)
P(
    "Indian missiles strike sites in Pakistan; shelling across Line of Control",
    "India said it had struck nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday, which it described as terrorist infrastructure. Pakistan said 26 civilians were killed, including children at a mosque. Heavy shelling across the Line of Control followed, and villagers in Poonch moved to bunkers and to relatives in Jammu.",
    "M E D",
    "airstrike",
)
P(
    "Israel strikes Iranian nuclear sites; missiles fall on Tel Aviv",
    "Israel launched strikes on Iran's nuclear facilities and military commanders early on Friday, in an operation it said would last as long as needed. Iran fired waves of ballistic missiles at Israel in the evening, and several hit residential buildings in Tel Aviv and Ramat Gan. People spent the night in shelters.",
    "M E",
    "airstrike",
)
P(
    "Malian army says it has retaken Kidal",
    "Mali's army said it had taken control of Kidal, the stronghold of the Tuareg-led rebel alliance, after a week-long advance supported by drone strikes and Wagner fighters. The rebels said they had withdrawn to spare civilians. Many residents had left for the desert and for Algeria before the army arrived.",
    "M B E D",
    "offensive",
)
P(
    "Burkinabè army reports 'clearance operations' in the Sahel region",
    "The army of Burkina Faso said in a statement that units and volunteer auxiliaries had carried out clearance operations in the Djibo area over the past week and neutralised 'dozens of terrorists'. It said several camps had been destroyed and motorcycles and weapons seized. The statement did not mention casualties among soldiers.",
    "M",
    "military_operation",
)
P(
    "Ethiopian army enters Mekelle after shelling",
    "Ethiopian federal troops entered Mekelle, the capital of Tigray, on Saturday, and the prime minister declared the military operation complete. Residents said the city had been shelled in the morning. The Tigray People's Liberation Front said it would keep fighting. More than 40,000 people have fled into Sudan since the fighting began.",
    "M B E D",
    "offensive",
)
P(
    "Thai and Cambodian troops clash along border; villagers evacuated",
    "Thai and Cambodian troops exchanged fire at several points along the border on Thursday, with Cambodian rockets landing near a petrol station in Thailand's Sisaket province and Thai F-16s striking Cambodian positions. At least 12 people were killed on the Thai side. Tens of thousands of villagers were moved to shelters on both sides.",
    "B E D",
    "battle",
)
P(
    "Kyrgyz and Tajik forces fight along disputed border",
    "Kyrgyz and Tajik troops fought with tanks, mortars and drones along the disputed border, and Kyrgyzstan said 136,000 people had been evacuated from the Batken region. Both sides accused the other of attacking first. A ceasefire agreed on Friday was broken within hours.",
    "B E D",
    "battle",
)
P(
    "Indian and Chinese soldiers killed in Galwan valley clash",
    "Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan valley in Ladakh, the Indian army said, the first deadly fight on the disputed border in 45 years. The soldiers fought with stones, clubs and bare hands, officials said. China said it had casualties but gave no number.",
    "B",
    "battle",
)
P(
    "Cholera spreads in war-torn Yemen as health system collapses",
    "The number of suspected cholera cases in Yemen has passed 200,000, the World Health Organization said, in a country where more than half the health facilities are closed after two years of war. Thousands of health workers have not been paid for months. The agency said water and sanitation systems in Sanaa and Hodeidah had broken down.",
    "H",
    "humanitarian",
)
P(
    "Famine confirmed in Zamzam displacement camp",
    "The Famine Review Committee said that famine conditions were occurring in the Zamzam camp near El Fasher, home to around half a million displaced people, the first such finding since 2017. The camp has been cut off by the RSF siege of El Fasher. Aid agencies said convoys had been unable to reach it for months.",
    "H D",
    "humanitarian",
)
P(
    "Most Gaza hospitals out of service, WHO says",
    "Only 12 of Gaza's 36 hospitals are partially functioning, the World Health Organization said on Friday, after weeks of bombardment and fighting around them. Doctors at al-Aqsa hospital in Deir al-Balah said they were treating patients on the floor. The agency said fuel deliveries were not enough to run generators.",
    "H E",
    "humanitarian",
)
P(
    "Mariupol evacuation fails again as shelling continues",
    "A second attempt to evacuate civilians from besieged Mariupol failed on Sunday when shelling resumed along the agreed route, the ICRC said. About 400,000 people are trapped in the city without heating, water or power. Russian forces have surrounded the port, and Ukrainian troops are fighting inside.",
    "H D E B",
    "siege",
)
P(
    "First aid convoy reaches starving town of Madaya",
    "A convoy of 44 trucks carrying flour, medicine and blankets entered the besieged Syrian town of Madaya on Monday, the first aid to reach it in three months. Aid workers described skeletal children and people who had eaten grass. The town has been surrounded by government forces and Hezbollah fighters.",
    "H",
    "siege",
)
P(
    "Gang violence forces Haiti's main hospital to close",
    "The State University Hospital in Port-au-Prince stopped admitting patients after gangs took control of the surrounding streets and fired on the building, the health ministry said. Other hospitals in the capital are running out of blood and oxygen. The IOM said 33,000 people had fled the city centre in a week.",
    "H D E",
    "humanitarian",
)
P(
    "WFP warns of famine in Rakhine as blockade tightens",
    "The World Food Programme warned that parts of Myanmar's Rakhine state faced famine, with trade routes cut by fighting between the army and the Arakan Army and aid agencies unable to move food into the region. Prices of rice have risen sharply. About 500,000 people depend on food assistance.",
    "H",
    "humanitarian",
)
P(
    "Strike kills World Central Kitchen staff in Gaza",
    "Seven aid workers of World Central Kitchen, including Britons, a Pole and an Australian, were killed when their convoy was hit by successive Israeli strikes after unloading food at a warehouse in Deir al-Balah. The charity said it had coordinated the route with the army. It suspended its operations in Gaza.",
    "E V H",
    "attack_on_aid",
)
P(
    "Aid workers abducted on road to Ménaka",
    "Armed men stopped a vehicle of an international NGO on the road to Ménaka in north-eastern Mali and took away three aid workers, the organisation said on Wednesday. The area is contested by the Islamic State in the Sahel and JNIM. The NGO has suspended its activities in the region.",
    "V H",
    "attack_on_aid",
)

# ---------------------------------------------------------------- positives, batch 3 (longer and harder)

P(
    "Flash update: South Kordofan, Sudan",
    "HIGHLIGHTS. Kadugli town was shelled on 14 and 15 June, reportedly by the SPLM-N al-Hilu faction. According to local authorities, nine civilians were killed, including four children, and 31 were injured. Heavy fighting between the SPLM-N and the Sudanese Armed Forces was also reported around Dilling. An estimated 7,200 people have been displaced to the outskirts of Kadugli and to villages to the east. Most are staying with host families or in public buildings. Partners report urgent needs for food, water and shelter. Road access from El Obeid remains blocked. WFP has pre-positioned food in Kadugli for 20,000 people but cannot move stocks to Dilling. The next update will be issued when more information becomes available.",
    "E B D H",
    "shelling",
)
P(
    "Live: drone attack on Odesa",
    "00:40 – Air raid sirens sound across Odesa oblast. 01:15 – Explosions are heard in the city as air defences fire at Shahed drones. 01:50 – The regional governor says a drone hit a nine-storey residential building in the Kyivskyi district; rescuers are pulling people from the rubble. 03:30 – Death toll rises to six, including a baby. 06:00 – Residents of the damaged block have been moved to a school gym, where volunteers hand out food and blankets. 09:20 – The port authority reports damage to grain storage. 11:00 – The mayor declares a day of mourning.",
    "E D H",
    "drone_strike",
)
P(
    "Djibo: a town under jihadist blockade",
    "For more than two years, no road into Djibo, in northern Burkina Faso, has been safe. Fighters of the al-Qaeda-linked JNIM have surrounded the town, planting mines on the roads and attacking supply convoys. In September a convoy of more than 150 trucks was ambushed south of the town, and the army said dozens of soldiers and civilian drivers were killed. The population, swollen by people who fled surrounding villages, has grown to about 300,000. Food now arrives only by helicopter, in quantities that aid workers say cover a small part of the needs. Residents say they eat leaves and that children have died of hunger. Wells have been sabotaged. The army says it is preparing an operation to reopen the road.",
    "H T B D E",
    "siege",
)
P(
    "Resistance alliance captures Lashio; junta answers with air strikes",
    "The Myanmar National Democratic Alliance Army said it had captured Lashio, the largest town in northern Shan state and home to a regional military command, after weeks of fighting. It is the first regional command to fall to armed opponents of the junta. Military aircraft bombed parts of the town on the day after its fall, residents said. Thousands of people left for Mandalay and Taunggyi along roads cut by landslides. The junta did not confirm the loss of the town but said it was taking 'necessary measures'. China, which borders Shan state, called for a ceasefire.",
    "B E D",
    "battle",
)
P(
    "District council approves emergency funds after shelling",
    "The Nikopol district council on Thursday approved an emergency allocation of 4.2 million hryvnias to repair two schools and a gas pipeline damaged by Russian shelling on Tuesday. The allocation will also pay for temporary heating for 300 households that have been without gas since the attack. The motion passed with 28 votes in favour.",
    "E H",
    "shelling",
)
P(
    "UNHCR briefing: arrivals from Sudan in Renk rise sharply",
    "UNHCR teams at the Joda crossing point and the Renk transit centre registered some 3,000 new arrivals a day this week, most of them South Sudanese returnees and Sudanese refugees fleeing renewed fighting in White Nile and Sennar states. The transit centre, built for 3,000 people, now hosts over 12,000. UNHCR and partners are organising boat transport to Malakal but funding is at 19% of requirements.",
    "D H",
    "displacement",
)
P(
    "Tanker rates climb after drone strikes on vessels near Hodeidah",
    "Freight rates for tankers on the Suez route rose for a fourth day on Monday, after Houthi drones struck two vessels near Hodeidah over the weekend, one of which caught fire. Brokers said more owners were routing ships around the Cape of Good Hope. Shares in Maersk were up 3% in Copenhagen.",
    "E",
    "drone_strike",
)
P(
    "Kharkiv match suspended for four hours by air raid; missile hits city",
    "A Ukrainian Premier League match in Kharkiv was stopped in the 61st minute when air raid sirens sounded, and players and fans went down to the stadium's shelter. During the alert a missile struck a residential area two kilometres away, killing two people, the city's mayor said. The game was finished after a four-hour break, with the home side winning 2-1.",
    "E",
    "missile_attack",
)
P(
    "Storm floods tents of displaced families in Gaza as strikes continue",
    "Heavy rain and high winds flooded thousands of tents in al-Mawasi on Monday, soaking bedding and food supplies of families who have been displaced several times during the war, UNRWA said. Israeli strikes overnight killed at least 20 people in Khan Younis and Gaza City, according to the civil defence. Aid agencies say tarpaulins and tents are still held up at the crossings.",
    "D H E",
    "humanitarian",
)
P(
    "Students' march ends in clashes, burned police post in Conakry",
    "A march by students against the postponement of exams began peacefully in Conakry on Wednesday but ended in clashes when police fired tear gas at the crowd near the university. Young men then threw stones and set fire to a police post in Hamdallaye. The health ministry said two people were killed by gunshots.",
    "U",
    "riot",
)
P(
    "Colombia suspends talks with ELN after deadly attack on army base",
    "Colombia's government suspended peace talks with the ELN on Wednesday after the rebels attacked a military base in Puerto Jordán, Arauca, with a truck bomb and rifle fire, killing two soldiers and wounding 27. The ELN said the base was a legitimate target. The next round of talks had been due to begin in Caracas next week.",
    "B E",
    "attack_on_base",
)
P(
    "Ceasefire strained as rockets fired from Lebanon, Israel strikes back",
    "Rockets were fired from southern Lebanon towards the Israeli town of Metula on Saturday, the first such launches since the ceasefire took effect in November, and Israel's army responded with air strikes and artillery fire on several villages. Lebanon's health ministry said seven people were killed. Hezbollah denied it had fired the rockets.",
    "E",
    "airstrike",
)
P(
    "Village attacked on anniversary of 2018 massacre",
    "Gunmen attacked the village of Ogossagou in central Mali on Sunday, killing at least 20 residents and burning granaries, four years to the day after a massacre there that left more than 150 dead. Survivors said the attackers arrived on motorcycles at dawn. Residents had commemorated the 2018 victims on Saturday.",
    "V",
    "massacre",
)
P(
    "Thugs attack polling units, burn ballot boxes in Lagos",
    "Armed thugs attacked voters and election officials at several polling units in Lagos during Saturday's election, smashing ballot boxes and setting them on fire, observers said. In Surulere, a group with cutlasses chased voters from a polling unit and a party agent was stabbed. Police said 30 people had been arrested.",
    "U V",
    "electoral_violence",
)
P(
    "Catholic bishop seized by gunmen in Cameroon's North-West",
    "Gunmen abducted the Catholic bishop of Mamfe and his driver on a road in Cameroon's North-West region, the bishops' conference said. The Church blamed Anglophone separatist fighters, who have kidnapped clergy and teachers during the five-year conflict. A separatist commander denied involvement on social media.",
    "V",
    "abduction",
)
P(
    "Gang kidnaps missionaries and children near Port-au-Prince",
    "Members of the 400 Mawozo gang seized 17 people, including five children, from a bus carrying members of a US missionary group east of Port-au-Prince, Haitian police said. The gang controls the area around Croix-des-Bouquets and has fought rival gangs and the police for control of the roads. It is demanding a ransom of $1 million per person.",
    "V",
    "abduction",
)
P(
    "ISWAP fighters abduct women collecting firewood outside Gamboru",
    "Jihadist fighters of the Islamic State West Africa Province abducted at least 40 women who had left a camp for displaced people near Gamboru in Borno state to gather firewood, camp leaders said. Residents of the camp said they were afraid to go out. The women had fled their villages after previous raids.",
    "V T D",
    "abduction",
)
P(
    "Boko Haram takes schoolgirls from Dapchi",
    "Boko Haram fighters in trucks stormed the Government Girls Science and Technical College in Dapchi, Yobe state, on Monday evening, and 110 schoolgirls are missing, the state government said. Parents said the girls were driven away towards the Lake Chad area. The federal government has sent troops and aircraft to search for them.",
    "V T M",
    "abduction",
)
P(
    "Tigray women describe rapes by Eritrean soldiers",
    "Women at a clinic in Adigrat told health workers they had been raped by soldiers, many of them Eritrean, who went from house to house after the fighting moved on. The health bureau said it had recorded more than 500 rape cases at five facilities, and said many more women had not come forward. Eritrea denies its troops are in Tigray.",
    "V",
    "sexual_violence",
)
P(
    "UN report: 125 women raped near Bentiu in ten days",
    "At least 125 women and girls were raped, beaten or whipped by armed men in uniform as they walked to a food distribution site near Bentiu in South Sudan over ten days, the UN said. Some of the girls were under ten years old. The UN mission said the attacks were carried out by soldiers and militiamen.",
    "V H",
    "sexual_violence",
)
P(
    "Drone hits WFP convoy heading for North Darfur",
    "A drone struck a convoy of 15 World Food Programme trucks near Mellit in North Darfur on Monday, killing three drivers and setting several trucks on fire, the agency said. The trucks carried food for families in the famine-hit Zamzam camp. WFP said the route had been notified to both warring parties.",
    "E V H",
    "attack_on_aid",
)
P(
    "US aircraft strike MSF trauma hospital in Kunduz",
    "A US AC-130 gunship repeatedly struck the Médecins Sans Frontières trauma hospital in Kunduz, Afghanistan, early on Saturday, killing 12 staff members and at least seven patients, the charity said. MSF said it had given the GPS coordinates of the hospital to US and Afghan forces. The US military said it had been supporting Afghan troops fighting the Taliban in the city.",
    "E V H M",
    "airstrike",
)
P(
    "Rohingya flee army 'clearance operations' in northern Rakhine",
    "More than 400,000 Rohingya have crossed into Bangladesh in three weeks, fleeing what Myanmar's army calls clearance operations against militants in northern Rakhine, the UN refugee agency said. Refugees described soldiers and Buddhist mobs burning their villages and shooting people as they fled. Satellite images show more than 200 villages burned.",
    "M V D",
    "displacement",
)
P(
    "Insurgent raids in Macomia send 100,000 fleeing",
    "Insurgents linked to the Islamic State attacked Macomia town in Cabo Delgado, looting food and fighting Mozambican and Rwandan troops in the streets, officials said. The IOM said more than 100,000 people had fled attacks in the province in two months. Many families walked to Pemba, which is already hosting tens of thousands of displaced people.",
    "B T D",
    "battle",
)
P(
    "Colombian army bombs dissident camp in Guaviare",
    "The Colombian air force bombed a camp of a FARC dissident faction in Guaviare department on Thursday, killing at least ten fighters, the defence ministry said. The operation targeted a commander wanted for the killing of soldiers. Forensic experts are identifying the bodies.",
    "M E",
    "airstrike",
)
P(
    "Military drone strike hits religious gathering in Kaduna village",
    "A Nigerian army drone strike hit villagers gathered to celebrate the Prophet's birthday in Tudun Biri, Kaduna state, on Sunday night, killing at least 85 people, the emergency agency said. The army said the strike was a mistake during an operation against bandits. Relatives buried the dead the next morning.",
    "E V M",
    "airstrike",
)
P(
    "Islamic State leader dies in US night raid on Atmeh",
    "US special forces killed the leader of the Islamic State in a night raid on a house in Atmeh, in north-west Syria, the White House said. Helicopters landed near the house and troops fought gunmen for two hours. The leader blew himself up along with members of his family as the troops approached, the Pentagon said.",
    "M B",
    "raid",
)
P(
    "Russian forces press assault on Avdiivka",
    "Russian forces launched a new assault on Avdiivka, attacking from three directions with armoured columns under cover of heavy artillery, Ukrainian officials said. The army said dozens of vehicles were destroyed in the fighting. Only about 1,600 of the town's 32,000 pre-war residents remain.",
    "M B E",
    "offensive",
)
P(
    "Israeli jets strike Syrian army bases after fall of Assad",
    "Israel carried out hundreds of air strikes on military sites across Syria in two days, destroying warships in Latakia, air defence batteries and weapons depots, Israeli officials said. Israeli ground forces also moved into the buffer zone on the Golan Heights. Israel said the campaign was meant to keep the weapons out of the hands of extremists.",
    "M E",
    "airstrike",
)
P(
    "US strikes Islamic State cave hideouts in Puntland",
    "US Africa Command said it had carried out air strikes against Islamic State fighters in the Cal Miskaad mountains of Somalia's Puntland region, in coordination with the Somali government. Puntland forces are fighting a ground offensive in the same area. The command said no civilians were harmed.",
    "M E B",
    "airstrike",
)
P(
    "Army and RSF fight for Babanusa garrison",
    "Heavy fighting broke out around the army's 22nd division base in Babanusa, in West Kordofan, as the Rapid Support Forces tried again to take the town, residents said. The RSF fired artillery and drones at the base, and army jets struck RSF positions outside the town. Most residents fled weeks ago.",
    "B E D",
    "battle",
)
P(
    "Houthi offensive on Marib pushes thousands into crowded camps",
    "Houthi forces have advanced towards Marib city from the west and south, with fighting in the districts of Sirwah and al-Abdiyah, and missiles have hit the city, Yemeni government officials said. The IOM said about 10,000 people had been displaced in a month, many of them for the second time, and that camps in Marib were overcrowded.",
    "B E D H",
    "offensive",
)
P(
    "Fighting in Panjshir as resistance front holds out against Taliban",
    "Taliban fighters attacked the Panjshir valley from several directions overnight, and the National Resistance Front said it had pushed them back, with heavy losses on both sides. It is the last province not under Taliban control. Telephone lines to the valley have been cut.",
    "B",
    "battle",
)
P(
    "Haftar's forces advance on Tripoli, hit southern suburbs",
    "Forces loyal to eastern commander Khalifa Haftar fought government troops in the southern suburbs of Tripoli and an air strike hit Mitiga airport, the only working airport in the capital. The UN said more than 2,800 people had fled the fighting. The UN secretary-general, who was in Libya, left after meeting Haftar.",
    "B E D",
    "offensive",
)
P(
    "Cartel drones drop explosives on Michoacán villages",
    "Gunmen of a drug cartel used drones to drop explosives on houses in villages in the Tierra Caliente area of Michoacán, and residents say hundreds of families have left for nearby towns. The state government said the cartel was fighting a rival group for control of the area. Schools in four villages have been closed.",
    "E V D",
    "drone_strike",
)
P(
    "Imran Khan supporters attack army buildings after his arrest",
    "Supporters of former Pakistani prime minister Imran Khan stormed the residence of a corps commander in Lahore and the army's headquarters gate in Rawalpindi after he was arrested in court. Police fired tear gas and at least eight people were killed in clashes across the country. The government called in the army in three provinces.",
    "U",
    "riot",
)
P(
    "Soldiers fire on protesters blocking Senkata fuel plant",
    "Bolivian soldiers and police opened fire as protesters who had blockaded the Senkata fuel plant in El Alto tried to break through the wall, killing eight people, the ombudsman said. The plant was being blockaded by supporters of former president Evo Morales. Fuel shortages have hit La Paz for a week.",
    "U",
    "crackdown",
)
P(
    "Iran cuts internet as fuel protests are met with force",
    "Iran's authorities cut the internet almost entirely as security forces moved against protesters who had set fire to banks and petrol stations in dozens of cities after a fuel price rise. Amnesty International said more than 100 protesters had been killed. State media said 'rioters' had attacked police stations.",
    "U",
    "crackdown",
)
P(
    "Venezuela: thousands detained in post-election crackdown",
    "Venezuelan authorities said they had detained more than 2,000 people in protests against the official result of the presidential election, which the opposition says it won. Security forces and armed pro-government groups known as colectivos fired at demonstrators in several cities, rights groups said. At least 24 people have been killed.",
    "U",
    "crackdown",
)
P(
    "Rioters attack police in Swedish cities over Koran burning",
    "Rioters threw stones at police officers and set fire to police cars and a bus in Norrköping and Örebro, where a far-right politician had held rallies at which he burned the Koran. Police fired warning shots and said 26 officers had been injured over four days. The police chief said some of the rioters had links to criminal networks.",
    "U",
    "riot",
)
P(
    "Families flee homes after nights of anti-immigrant rioting in Ballymena",
    "Several families from Roma and other migrant communities left their homes in Ballymena after masked gangs attacked and burned houses during three nights of rioting, police in Northern Ireland said. Officers were hit with petrol bombs and bricks. Some families were given emergency accommodation in a leisure centre in Larne, which was itself attacked.",
    "U V D",
    "riot",
)
P(
    "Cholera cases rise in camps around Goma as fighting continues",
    "Cases of cholera have risen sharply in the displacement camps around Goma, where more than 600,000 people have gathered to escape fighting between M23 and the army, MSF said. Clean water is scarce and latrines are overflowing. MSF called on donors to fund water trucking.",
    "H D",
    "humanitarian",
)
P(
    "Water rushes from breached Kakhovka dam as shelling hits evacuation",
    "Water poured through the breached Kakhovka dam on the Dnipro river, flooding dozens of villages and parts of Kherson, and Ukraine accused Russian forces of blowing up the dam, which they controlled. The authorities evacuated about 2,000 people from the city, where evacuation points came under Russian shelling. The ICRC said both banks needed urgent drinking water.",
    "E D H",
    "humanitarian",
)
P(
    "Rukban camp cut off as food runs out",
    "The Rukban camp on Syria's border with Jordan, home to about 8,000 displaced people, has received no food deliveries for two months, residents and the UN said. Government forces control the roads to the camp and Jordan has closed its border. A midwife said the camp's only clinic had run out of medicines.",
    "H D",
    "siege",
)

# ---------------------------------------------------------------- negatives, batch 1

N(
    "Derna: thousands dead after dams burst in Libyan floods",
    "Two dams above the Libyan city of Derna burst during Storm Daniel, sending a wall of water through the city centre and washing whole neighbourhoods into the sea. The Red Crescent said more than 11,000 people were killed and at least 40,000 displaced. Libya has been divided between rival governments since the civil war, and rescue teams from the east and west worked side by side. The eastern army deployed troops to clear roads.",
    "disaster",
)
N(
    "Quake survivors pulled from rubble in rebel-held north-west Syria",
    "Rescuers of the White Helmets worked through the night to pull survivors from collapsed buildings in Jindires and Harem, in the rebel-held north-west of Syria, after the earthquake that also struck southern Turkey. More than 4,000 people were killed in the region, which was already home to millions of people displaced by the war. The first UN aid trucks crossed at Bab al-Hawa four days after the quake.",
    "disaster",
)
N(
    "Floods displace over a million in Somalia",
    "Floods along the Juba and Shabelle rivers have displaced more than a million people in Somalia, and the town of Beledweyne is almost entirely under water, the government said. Families were evacuated by boat to higher ground. The floods come after a drought that had already pushed many herders into camps, in a country where the army is also fighting al-Shabaab.",
    "disaster",
)
N(
    "Army helicopters evacuate villagers as Pakistan floods spread",
    "Pakistani army helicopters and boats evacuated thousands of villagers cut off by floods in Sindh, where a third of the country is under water after record monsoon rains. The army chief said troops were fighting 'a battle against the water'. Tent cities have sprung up along the raised highways.",
    "disaster",
)
N(
    "Fire tears through Rohingya camp in Cox's Bazar",
    "A fire destroyed about 2,000 shelters in a Rohingya refugee camp in Cox's Bazar on Sunday, leaving some 12,000 people without a roof, the Bangladeshi authorities said. Firefighters needed three hours to bring it under control. The refugees fled Myanmar in 2017 after an army crackdown. Officials said the fire started in a kitchen.",
    "disaster",
)
N(
    "Beira 'looks like a war zone' after Cyclone Idai",
    "Cyclone Idai flattened large parts of the Mozambican port city of Beira, and aid workers said it looked like a war zone. Hundreds of people were killed, and rescuers in boats plucked families from trees and rooftops. The UN said 400,000 people had lost their homes and were in temporary shelters.",
    "disaster",
)
N(
    "Herat earthquakes flatten villages",
    "A series of strong earthquakes flattened villages in Afghanistan's Herat province, killing more than 1,000 people, the Taliban government said. Survivors dug through mud-brick houses with their hands. Thousands of families are sleeping in tents as nights grow cold.",
    "disaster",
)
N(
    "Mandalay counts the dead after quake as armed groups pause",
    "The death toll from the earthquake that struck central Myanmar passed 3,000, and rescuers in Mandalay were still searching collapsed apartment blocks. Several armed groups fighting the military government announced a pause in their operations to allow relief work. China, India and Russia sent rescue teams.",
    "disaster",
)
N(
    "Yellowknife evacuated as wildfire approaches",
    "All 20,000 residents of Yellowknife, the capital of Canada's Northwest Territories, were ordered to leave as a wildfire came within 15 kilometres of the city. Military aircraft flew out people who could not drive. Long lines of cars headed south on the only highway.",
    "disaster",
)
N(
    "Enga province landslide buries a village in Papua New Guinea",
    "A landslide buried most of Yambali village in Papua New Guinea's Enga province before dawn, and officials fear hundreds of people are under the rubble. Rescue work is slow because heavy machinery has to come by a single road. The province is known for tribal fighting, and officials asked clan leaders to keep the road open.",
    "disaster",
)
N(
    "Drought drives herders into camps in Ethiopia's Somali region",
    "The fourth failed rainy season in a row has killed millions of livestock in Ethiopia's Somali region, and families have moved into makeshift camps near towns to find water and food aid, the UN said. Some camps have more than 10,000 residents. Aid agencies warn of rising malnutrition among children.",
    "disaster",
)
N(
    "Arbaat dam collapse sweeps away villages in Sudan's Red Sea state",
    "The Arbaat dam north of Port Sudan collapsed after heavy rain, sweeping away villages and killing at least 30 people, officials said. Port Sudan, which hosts many people displaced by the war, depends on the reservoir for water. Soldiers and volunteers searched the valley for missing people.",
    "disaster",
)
N(
    "Shootout after armed robbers attack cash van in Johannesburg",
    "Armed robbers attacked a cash-in-transit van on a highway in Johannesburg's south, blowing open the safe with explosives before police arrived and a shootout followed. Three suspects were shot dead and two officers wounded. Police said the gang had carried out similar heists in Gauteng.",
    "crime",
)
N(
    "Man found guilty of killing wife and hiding body",
    "A jury in Leeds found a 52-year-old man guilty of murdering his wife, whose body he hid under the floor of their garage. Prosecutors said he killed her after she told him she wanted a divorce. He will be sentenced next month.",
    "crime",
)
N(
    "Two pupils shot dead at Texas high school",
    "A 17-year-old student opened fire in a hallway of a high school near Austin, killing two pupils and wounding four, before he was arrested by a school police officer. Investigators said they had not found a motive. The school district cancelled classes for the rest of the week.",
    "crime",
)
N(
    "Record cocaine seizure in Antwerp port",
    "Belgian customs seized 7 tonnes of cocaine hidden in containers of bananas at the port of Antwerp, the largest seizure this year. The justice minister said the country was in a 'war against drug gangs' that had brought violence to the port's suburbs. Eleven people were arrested in raids on homes in Antwerp and Rotterdam.",
    "crime",
)
N(
    "Police rescue kidnapped businessman in Manila",
    "Philippine police rescued a Chinese businessman who had been kidnapped from a casino in Manila and held for ransom for a week, and arrested four suspects. The kidnappers had sent his family videos of him being beaten. Police said the gang was linked to illegal gambling operators.",
    "crime",
)
N(
    "Bondi Junction stabbings: attacker had no ideological motive, police say",
    "The man who stabbed six people to death in a Sydney shopping centre was not driven by any ideology, police said, and had a long history of mental illness. He was shot dead by a police inspector who confronted him alone. The centre reopened for a day of reflection.",
    "crime",
)
N(
    "Dutch police dismantle car theft gang",
    "Police in the Netherlands arrested 14 people in dawn raids on homes and garages in Rotterdam and Breda, breaking up a gang that stole luxury cars and shipped them to West Africa. Officers seized 40 vehicles and several firearms. The suspects face charges of organised crime.",
    "crime",
)
N(
    "Veteran jailed for shooting neighbour in parking dispute",
    "A former soldier who served two tours in Afghanistan was sentenced to 18 years in prison for shooting his neighbour dead in a dispute over a parking space in Ohio. His lawyer said he suffered from post-traumatic stress. The rifle he used was his own hunting weapon.",
    "crime",
)
N(
    "Ransomware attack forces hospital to divert ambulances",
    "A ransomware attack on a hospital group in Düsseldorf shut down its computer systems, and ambulances were diverted to other hospitals for two days. Prosecutors said the attackers, a criminal group based abroad, demanded a ransom in bitcoin. Patient records were not lost, the hospital said.",
    "crime",
)
N(
    "Man jailed for posing as Ukrainian refugee to claim housing",
    "A Polish court jailed a man for two years for posing as a refugee from the war in Ukraine to obtain free housing and benefits. Investigators said he had forged a Ukrainian passport and a certificate from a displacement centre in Lviv. He had received payments for 14 months.",
    "crime",
)
N(
    "Poachers shoot three rhinos in Kruger park",
    "Poachers shot dead three white rhinos in the southern part of Kruger National Park and hacked off their horns, park officials said. Rangers exchanged fire with the gang, which escaped into Mozambique. Rhino poaching has fallen since the park stepped up air patrols.",
    "crime",
)
N(
    "Gang steals crown jewels in daylight museum raid",
    "Thieves broke into a museum in Dresden through a window and stole jewels worth an estimated €100 million in a raid that lasted a few minutes. They set fire to an electricity box to cut the lights. Police found the getaway car burned out in an underground garage.",
    "crime",
)
N(
    "Ukraine's strikers keep Euro hopes alive",
    "Ukraine came from behind to beat Iceland 2-1 in Wroclaw and qualify for the European Championship, with a late shot from Mudryk settling the play-off. Players said they had dedicated the win to soldiers and to people at home. The team has played its home matches abroad since the full-scale invasion.",
    "sport",
)
N(
    "Battle for the title goes to final day",
    "Arsenal kept up the pressure in the battle for the title with a 3-0 win at Wolves, laying siege to the home goal for most of the second half. The league will be decided on the final day. Their manager said his side had 'killed it' in the first 20 minutes.",
    "sport",
)
N(
    "Usyk outpoints Fury in heavyweight battle",
    "Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh to become the undisputed heavyweight champion, after a battle in which he nearly stopped his opponent in the ninth round. The Ukrainian, who briefly joined a territorial defence unit in 2022, dedicated the win to his country.",
    "sport",
)
N(
    "Pakistan's pace attack bombards England top order",
    "Pakistan's fast bowling attack bombarded England's batters with short balls on the second day in Multan, taking four wickets before lunch. England's captain said his side had been 'under siege'. The match is the first of three in the series.",
    "sport",
)
N(
    "Rival fans fight in Marseille before cup match",
    "Rival supporters of Marseille and Lyon fought with bottles and chairs in the Old Port before a cup match, and several people were injured. Police arrested nine people. The clubs condemned the violence, which began in a bar.",
    "sport",
)
N(
    "Young grandmaster's king's gambit attack stuns champion",
    "A 17-year-old grandmaster launched a king's gambit and a ferocious attack on the kingside to beat the world champion in 29 moves at the tournament in Wijk aan Zee. Commentators called it a massacre on the board. The teenager leads the event with two rounds left.",
    "sport",
)
N(
    "Springboks' defence wins the war of attrition",
    "South Africa's defence held out against wave after wave of attacks in the last ten minutes to win the Rugby World Cup final 12-11. The captain said the team had fought for a country that needed hope. Fans in Johannesburg celebrated until dawn.",
    "sport",
)
N(
    "Refugee Olympic Team wins first medal in Paris",
    "Cindy Ngamba, who fled Cameroon as a child, won a bronze medal in boxing for the Refugee Olympic Team in Paris, the team's first Olympic medal. Athletes who had fled Afghanistan after the Taliban took power also competed in taekwondo and cycling. The team had 37 athletes.",
    "sport",
)
N(
    "Sharpshooter wins Olympic gold with final shot",
    "A 24-year-old Serbian shooter won gold in the 10m air pistol with a near-perfect final shot, edging the South Korean leader by 0.2 points. The shooting range was packed with supporters. She said she had fired 'without thinking'.",
    "sport",
)
N(
    "Fencer who fled war in Ukraine takes European title",
    "A Ukrainian sabre fencer who left Mykolaiv when the war began and now trains in Italy won the European title in Antalya. She killed the final, taking ten touches in a row. Her coach said she had trained in a bomb shelter in the first weeks of the invasion.",
    "sport",
)
N(
    "Djokovic battles back to reach quarter-final",
    "Novak Djokovic battled back from two sets down to beat a young Italian in four hours at Roland Garros. He saved three match points with attacking forehands. Djokovic grew up in Belgrade during the NATO bombing of 1999.",
    "sport",
)
N(
    "Shakhtar Donetsk qualify for Champions League knockouts",
    "Shakhtar Donetsk, who have played home games in Lviv, Warsaw and Hamburg since the war forced them out of Donetsk, beat Barcelona 1-0 to reach the Champions League knockout stage. Their striker headed in a corner in the 40th minute. The club's owner donated part of the prize money to the families of soldiers.",
    "sport",
)
N(
    "Opposition launches attack on chancellor's budget",
    "The opposition launched a fierce attack on the chancellor's budget in the Commons on Thursday, calling it 'a raid on pensioners'. The battle over the bill is expected to last weeks. The government insisted it had no choice but to cut spending.",
    "politics",
)
N(
    "President declares war on corruption in inaugural speech",
    "The new president of Kenya declared 'war on corruption' in his inaugural speech and promised to fight cartels in the sugar and maize industries. He said his government would take no prisoners. Opposition leaders said they would wait for action.",
    "politics",
)
N(
    "Culture war over school books reaches state senate",
    "A bill to remove 'divisive' books from school libraries became the latest front in Florida's culture war, with Republicans and Democrats trading fire in a six-hour debate. The bill passed 27 to 12. Teachers' unions said they would challenge it in court.",
    "politics",
)
N(
    "Minister resigns after coup against party leader fails",
    "The deputy prime minister resigned after his attempt to topple the party leader in a leadership vote failed by six votes. He had said the government was under siege and needed a new captain. Colleagues said the plotters had been ambushed by the leader's loyalists.",
    "politics",
)
N(
    "Bundestag votes to end Germany's Mali mission",
    "The Bundestag voted to extend Germany's military mission in Mali one last time, until May next year, when the last troops will leave. The government said the cooperation of Mali's military rulers with Russian mercenaries made the mission impossible. Opposition parties said the withdrawal was coming too late.",
    "politics",
)
N(
    "EU agrees new sanctions package on Russia",
    "EU ambassadors agreed a 14th package of sanctions against Russia over its war in Ukraine, targeting liquefied natural gas and vessels of the 'shadow fleet'. Hungary dropped its objections after a guarantee on its own energy supplies. The package is expected to be formally adopted on Monday.",
    "politics",
)
N(
    "Lords defeat government on Rwanda asylum bill",
    "The House of Lords voted for amendments to the government's Rwanda bill, which would send some asylum seekers who arrive on small boats to Rwanda. Ministers accused peers of trying to sabotage the policy. The bill returns to the Commons next week in a game of parliamentary ping-pong.",
    "politics",
)
N(
    "Campaign's ground war moves to swing states",
    "Both campaigns have moved their ground war to Pennsylvania and Michigan, sending thousands of volunteers door to door. Strategists say the battle for suburban voters will decide the election. The candidates hold rallies in Philadelphia on Saturday.",
    "politics",
)
N(
    "Speaker survives no-confidence vote after 'friendly fire' from own party",
    "The speaker of Nepal's parliament survived a no-confidence motion after several members of his own party voted against him. He said he had been hit by friendly fire. The motion needed a two-thirds majority.",
    "politics",
)
N(
    "Senator calls for military strikes on cartels in heated hearing",
    "A US senator called for the military to strike Mexican drug cartels during a heated hearing on fentanyl, and accused the administration of losing the war on drugs. Officials said cooperation with Mexico had increased seizures at the border. Mexico's foreign minister rejected the idea as an attack on its sovereignty.",
    "politics",
)
N(
    "Coalition talks collapse in Belgium",
    "Talks to form a government in Belgium collapsed after 200 days when the francophone socialists walked out, the negotiator said. Party leaders traded attacks on television. The king will meet party leaders on Monday.",
    "politics",
)
N(
    "Parliament votes to set up commission on Northern Ireland legacy cases",
    "Parliament voted to set up a commission to examine killings during the Troubles, replacing civil cases and inquests. Victims' groups said the law would deny families justice. The government said it would help Northern Ireland move on.",
    "politics",
)
N(
    "Price war breaks out among Chinese electric carmakers",
    "BYD cut prices on 22 models by up to 34%, setting off a price war among Chinese electric carmakers. Shares in rivals fell sharply in Hong Kong. Analysts said smaller brands would not survive the battle for market share.",
    "economy",
)
N(
    "Trade war fears hit markets as tariffs take effect",
    "Global stock markets fell on Monday as new US tariffs on Chinese goods took effect and Beijing vowed to retaliate, raising fears of an all-out trade war. The dollar rose and oil slipped. Economists cut their growth forecasts for next year.",
    "economy",
)
N(
    "Lender rejects hostile bid as attack on its independence",
    "UniCredit launched a hostile takeover bid for Banco BPM, valued at €10 billion. BPM's board said the offer did not reflect the bank's value and called it an attack on its independence. The government said it would examine the bid.",
    "economy",
)
N(
    "Defence stocks rally after NATO spending pledge",
    "Shares in European defence companies such as Rheinmetall, BAE Systems and Leonardo rose after NATO members agreed to raise defence spending to 5% of GDP by 2035. Rheinmetall said it expected more orders for shells and armoured vehicles. Analysts said the sector was the best performer on European markets this year.",
    "economy",
)
N(
    "Ukraine grain exports through Black Sea corridor reach record",
    "Ukraine exported a record amount of grain through its Black Sea corridor last month, the agriculture ministry said, as ships sailed from Odesa ports along the western coast. Exports of corn and wheat rose by a third. Traders said insurance costs had fallen.",
    "economy",
)
N(
    "Airlines' fare war on transatlantic routes",
    "A fare war has broken out on routes between Europe and North America, with low-cost carriers offering seats for under $100. Legacy airlines said they would fight back with cheaper basic fares. Analysts warned that some carriers might not survive the winter.",
    "economy",
)
N(
    "Tech giants build war chests for AI arms race",
    "Microsoft, Google and Meta said they would spend more than $200 billion this year on data centres, as the arms race in artificial intelligence intensifies. Investors are questioning when the spending will pay off. Chipmaker shares hit new highs.",
    "economy",
)
N(
    "Reconstruction conference pledges billions for Ukraine",
    "Governments and companies pledged more than €16 billion for the reconstruction of Ukraine at a conference in Berlin. The World Bank estimates that rebuilding will cost $486 billion. Ukraine's prime minister said energy and housing were the priorities.",
    "economy",
)
N(
    "Rouble under siege as oil revenue falls",
    "The rouble fell past 110 to the dollar, and the central bank raised its key rate to 18%. Analysts said the currency was under siege from falling oil revenue and heavy spending on the war. Russia's finance ministry said it would sell more foreign currency.",
    "economy",
)
N(
    "Shares bombed after profit warning",
    "Shares in the British retailer bombed on Tuesday, falling 40% after it issued its third profit warning this year. The chief executive blamed a price war with discounters. The company said it would close 50 stores.",
    "economy",
)
N(
    "Shipping firms avoid Red Sea despite lull",
    "Container lines are still sending ships around Africa rather than through the Red Sea, even though there have been no reports of Houthi attacks for two months, analysts said. Freight rates have eased from their peak. Egypt's Suez Canal revenue has fallen by more than half.",
    "economy",
)
N(
    "Gaza reconstruction estimate put at $53 billion",
    "Rebuilding Gaza will cost an estimated $53 billion over ten years, according to an assessment by the UN, the EU and the World Bank. Housing accounts for the largest share. Donors will meet in Cairo next month to discuss funding.",
    "economy",
)
N(
    "Farmers block Brussels with tractors",
    "Thousands of farmers drove tractors into Brussels and blocked the streets around the European Parliament, sounding horns and spreading manure on the road, in protest at EU rules and cheap imports. Police said the protest was peaceful. EU leaders were meeting nearby.",
    "protest",
)
N(
    "Climate activists glue themselves to motorway",
    "Police in Berlin arrested 20 climate activists who had glued their hands to the A100 motorway during the morning rush hour. Traffic was held up for two hours. The group said it would continue its campaign until the government acted.",
    "protest",
)
N(
    "Hundreds of thousands march in London calling for Gaza ceasefire",
    "Hundreds of thousands of people marched through central London on Saturday calling for a ceasefire in Gaza, in one of the largest demonstrations in the capital for years. Police said the march was largely peaceful, and made a handful of arrests for placards. A counter-protest was kept apart.",
    "protest",
)
N(
    "Jailed activist on hunger strike for 40th day",
    "A jailed Bahraini activist has been on hunger strike for 40 days in protest at being denied medical care, his family said. Supporters held a vigil outside the Bahraini embassy in London. The government said he was receiving treatment.",
    "protest",
)
N(
    "Human chain stretches across Baltic states",
    "Tens of thousands of people joined hands in a human chain across Estonia, Latvia and Lithuania to mark solidarity with Ukraine. Organisers said the chain was more than 600 kilometres long. Church bells rang at noon.",
    "protest",
)
N(
    "Teachers strike across France over school cuts",
    "Teachers across France walked out on Tuesday in protest at job cuts and changes to the school calendar. Unions said more than half of primary school teachers were on strike. Marches in Paris and Lyon passed off without incident.",
    "protest",
)
N(
    "Taxi drivers block Lisbon roads in protest at ride-hailing apps",
    "Hundreds of taxi drivers blocked main roads in Lisbon and Porto, driving slowly in convoy to protest against ride-hailing apps. Traffic was at a standstill for hours. Police escorted the convoys and reported no incidents.",
    "protest",
)
N(
    "Serbian students march to Novi Sad for silent vigil",
    "Thousands of students who walked for days from Belgrade arrived in Novi Sad, where residents welcomed them with food and flowers. They held 15 minutes of silence for the victims of the railway station canopy collapse. The protest ended peacefully in the evening.",
    "protest",
)
N(
    "Families of hostages hold weekly rally in Tel Aviv",
    "Thousands of people gathered in Hostages Square in Tel Aviv for the weekly rally calling on the government to reach a deal to bring home the hostages held in Gaza. Relatives of the captives spoke from the stage. The rally ended with a march to the defence ministry.",
    "protest",
)
N(
    "Students' encampment ends peacefully after university agreement",
    "Students who had camped on the lawn of Trinity College Dublin for five days in protest at the university's ties to Israeli companies took down their tents after the university agreed to divest. The protest had been peaceful. Students said it showed what non-violent action could achieve.",
    "protest",
)
N(
    "Sit-in outside ministry by Sudanese refugees in Cairo",
    "Several hundred Sudanese refugees held a sit-in outside the office of the UN refugee agency in Cairo, demanding faster registration and school places for their children. They carried banners saying 'We fled the war, not the law'. The protest was peaceful and ended in the evening.",
    "protest",
)
N(
    "Armenians march to protest border agreement",
    "Thousands of people led by an archbishop marched through Yerevan to protest against the handover of border villages to Azerbaijan. The archbishop called for the prime minister to resign. Police blocked access to government buildings and the march passed without clashes.",
    "protest",
)

# ---------------------------------------------------------------- negatives, batch 2

N(
    "Gaza ceasefire takes effect; first hostages and prisoners freed",
    "A ceasefire between Israel and Hamas took effect in Gaza on Sunday morning after a delay of nearly three hours, and three Israeli hostages were handed over to the Red Cross in the afternoon. Israel released 90 Palestinian prisoners overnight. Displaced families in the south began packing their belongings in the hope of returning north. Aid trucks lined up at the Kerem Shalom crossing.",
    "peace",
)
N(
    "Russia and Ukraine swap 95 prisoners of war each",
    "Russia and Ukraine exchanged 95 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, officials on both sides said. Ukraine's president posted pictures of the returning soldiers, some of whom had been held since the siege of Mariupol. It was the 55th exchange since the start of the war.",
    "peace",
)
N(
    "Security Council renews South Sudan mission for a year",
    "The UN Security Council voted to extend the mandate of the UN Mission in South Sudan for another year, keeping its ceiling of 17,000 troops. Russia and China abstained. The mission protects camps where displaced people have lived since the civil war.",
    "peace",
)
N(
    "Colombia and FARC sign peace deal in Cartagena",
    "Colombia's president and the FARC commander signed a peace agreement in Cartagena, ending a 52-year conflict that killed more than 220,000 people. Guests wore white and the commander apologised to victims. The deal will be put to a referendum next week.",
    "peace",
)
N(
    "Ethiopia and Tigrayan forces agree to cease hostilities",
    "Ethiopia's government and the Tigray People's Liberation Front agreed in Pretoria to a permanent cessation of hostilities, the African Union mediator said. The deal provides for the disarmament of Tigrayan fighters and the restoration of services to the region. Both sides thanked the mediators.",
    "peace",
)
N(
    "DRC and Rwanda sign peace agreement in Washington",
    "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington, committing to end support for armed groups on each other's territory. The deal sets up a joint security mechanism. M23, which controls Goma, was not a party to the agreement.",
    "peace",
)
N(
    "Armenia and Azerbaijan agree text of peace treaty",
    "Armenia and Azerbaijan have agreed the text of a peace treaty to end nearly four decades of conflict, the foreign ministries of both countries said. Azerbaijan said Armenia must first change its constitution before the treaty is signed. No date has been set.",
    "peace",
)
N(
    "MILF fighters hand over weapons in Bangsamoro ceremony",
    "About 1,000 fighters of the Moro Islamic Liberation Front handed over their rifles, mortars and rocket launchers at a ceremony in Sultan Kudarat, attended by President Duterte. It is the first phase of a process that will demobilise 40,000 combatants. Each fighter will receive a cash grant and training.",
    "peace",
)
N(
    "UN announces two-month extension of Yemen truce",
    "The UN envoy for Yemen said the warring parties had agreed to extend the nationwide truce by two months on the same terms. Flights from Sanaa to Amman and Cairo will continue, and fuel ships will be allowed into Hodeidah. The envoy urged the parties to agree on opening roads around Taiz.",
    "peace",
)
N(
    "South Sudan forms unity government with former rebel leader",
    "Riek Machar was sworn in as first vice-president of South Sudan on Saturday, forming a unity government with President Salva Kiir, his rival in a five-year civil war. Diplomats applauded at the ceremony in Juba. Many questions remain, including the unification of the armed forces.",
    "peace",
)
N(
    "Truth commission hands final report to Colombian president",
    "Colombia's truth commission presented its final report on the armed conflict, describing massacres, forced disappearances and the displacement of more than seven million people over six decades. The commission's president, a Jesuit priest, called for a great national reconciliation. The report took three and a half years.",
    "peace",
)
N(
    "Thailand and Cambodia agree ceasefire in Kuala Lumpur talks",
    "The leaders of Thailand and Cambodia agreed to an immediate and unconditional ceasefire at talks in Kuala Lumpur hosted by Malaysia's prime minister. Military commanders will meet on Tuesday. Villagers who left the border area said they would wait before going home.",
    "peace",
)
N(
    "WWII bomb defused in Cologne after 20,000 evacuated",
    "Bomb disposal experts defused a 1,000-kilogram American bomb from the Second World War found during construction work in Cologne's old town. More than 20,000 residents were evacuated and a hospital was cleared. Trains through the main station were stopped for two hours.",
    "history",
)
N(
    "Srebrenica marks 30 years with burial of newly identified victims",
    "Tens of thousands of people gathered at the Potocari memorial centre to mark the 30th anniversary of the Srebrenica massacre, and seven newly identified victims were buried. Bosnian Serb forces killed more than 8,000 Muslim men and boys after taking the town in July 1995. A peace march arrived from Nezuk the day before.",
    "history",
)
N(
    "Rwanda begins 100 days of mourning 30 years after genocide",
    "Rwanda's president lit a flame at the Kigali genocide memorial to open 100 days of commemoration, 30 years after the genocide in which Hutu extremists killed about 800,000 people, mostly Tutsi. Foreign leaders attended the ceremony. Survivors told of hiding in churches and swamps.",
    "history",
)
N(
    "Veterans return to Normandy beaches for D-Day 80th anniversary",
    "A few dozen veterans, most of them aged 98 or over, returned to the beaches of Normandy for the 80th anniversary of the D-Day landings. World leaders attended a ceremony at Omaha Beach. Paratroopers jumped over Sainte-Mère-Église in tribute.",
    "history",
)
N(
    "Hiroshima Peace Memorial Museum reopens after renovation",
    "The Hiroshima Peace Memorial Museum reopened after a three-year renovation, with new displays on the victims of the atomic bomb dropped on the city in 1945. The museum shows personal belongings such as a charred lunch box. Survivors say the number of living witnesses is shrinking.",
    "history",
)
N(
    "Graves of Gallipoli soldiers found during road works",
    "Workers widening a road on the Gallipoli peninsula found the remains of at least six soldiers killed in the 1915 campaign, Turkish officials said. The remains will be examined to determine whether they were Ottoman or Allied troops. The Commonwealth War Graves Commission was informed.",
    "history",
)
N(
    "Thousands reenact Battle of Waterloo for bicentenary",
    "About 5,000 reenactors in uniforms of the period refought the Battle of Waterloo on the fields south of Brussels, with cannons, cavalry charges and clouds of smoke. More than 60,000 spectators watched. A descendant of Napoleon played the emperor.",
    "history",
)
N(
    "New history of Iran-Iraq war draws on Iraqi archives",
    "A new history of the Iran-Iraq war, drawing on captured Iraqi documents, describes how chemical weapons were used against Iranian troops and Kurdish villages in the 1980s. The author spent eight years on the book. It argues that foreign powers knew about the attacks at the time.",
    "history",
)
N(
    "Former Liberian rebel commander convicted of war crimes in Switzerland",
    "A Swiss federal court sentenced a former commander of the ULIMO rebel group to 20 years in prison for war crimes committed during Liberia's civil war in the 1990s, including the murder of civilians and ordering the recruitment of a child soldier. Witnesses travelled from Liberia to testify. It was the first war crimes trial before a Swiss civilian court.",
    "history",
)
N(
    "Lebanon marks 50 years since start of civil war",
    "Lebanese officials and civil society groups marked the 50th anniversary of the start of the civil war, which began with a shooting at a bus in Ain al-Remmaneh in April 1975. Families of some 17,000 people who went missing in the war renewed calls for the truth. The president said the country must never return to war.",
    "history",
)
N(
    "Bomb teams clear Vietnam War ordnance from Laos farmland",
    "Teams of a demining charity cleared more than 300 unexploded bombs from rice fields in Xieng Khouang province, Laos, this year, part of a programme to clear land bombed by the United States during the Vietnam War. About a third of the bombs dropped did not explode. Farmers said they could now plough without fear.",
    "history",
)
N(
    "Paris marks ten years since Bataclan attacks",
    "Paris marked ten years since the attacks of November 2015 with ceremonies outside the Stade de France, the Bataclan concert hall and the restaurants where gunmen and suicide bombers killed 130 people. The president unveiled a memorial garden. Survivors read the names of the dead.",
    "history",
)
N(
    "Appeals judges uphold Mladic genocide conviction",
    "UN judges in The Hague upheld the life sentence of former Bosnian Serb army commander Ratko Mladic for genocide, war crimes and crimes against humanity, including the Srebrenica massacre and the siege of Sarajevo. Mothers of victims wept in the public gallery. It was the last judgment in the case.",
    "history",
)
N(
    "'Civil War' tops North American box office",
    "Alex Garland's 'Civil War', about journalists crossing a United States torn apart by fighting between the federal government and secessionist states, took the top spot at the North American box office with $25.7 million. Critics praised its battle scenes. It is the studio's most expensive film.",
    "entertainment",
)
N(
    "'20 Days in Mariupol' wins best documentary Oscar",
    "'20 Days in Mariupol', filmed by an Associated Press team during the Russian siege of the city, won the Oscar for best documentary. Its director said he wished he had never made the film. It shows the bombing of a maternity hospital.",
    "entertainment",
)
N(
    "New 'Call of Duty' game breaks sales records",
    "The latest 'Call of Duty' game, set during the Gulf War, sold more copies in its first week than any previous title in the series, its publisher said. Players fight through missions in Kuwait and Iraq. The game also introduces a new zombie mode.",
    "entertainment",
)
N(
    "'Fauda' returns for a new season",
    "The Israeli series 'Fauda', which follows an undercover army unit, returns to Netflix for its fifth season, with raids and gunfights set in the West Bank and in Europe. The show is popular in both Israel and the Arab world, though critics say it glorifies violence. Filming took place before the war in Gaza.",
    "entertainment",
)
N(
    "Novel set in wartime Khartoum wins Arabic fiction prize",
    "A novel set in Khartoum during the first months of the war between the army and the RSF won the International Prize for Arabic Fiction. It follows a family trapped in their house while shells fall on the neighbourhood. The author, who now lives in Cairo, said the book was written 'between two evacuations'.",
    "entertainment",
)
N(
    "Photojournalism festival shows images from Gaza, Sudan and Ukraine",
    "The Visa pour l'image festival in Perpignan opened with exhibitions of photographs from the wars in Gaza, Sudan and Ukraine. One series follows a family in a displacement camp in Chad. The festival runs until mid-September.",
    "entertainment",
)
N(
    "Former child soldier's memoir becomes bestseller",
    "A memoir by a former child soldier from Sierra Leone, who was abducted by rebels at the age of 11, has topped the bestseller list in Britain. The author now runs a charity for young people in Freetown. A film adaptation is planned.",
    "entertainment",
)
N(
    "Play about Sarajevo siege opens in London",
    "A new play about a cellist who played in the ruins of Sarajevo during the siege opened at the National Theatre. Snipers and shelling are suggested only through sound. Critics called it 'unbearably moving'.",
    "entertainment",
)
N(
    "German trench drama wins seven BAFTAs",
    "The German anti-war film 'All Quiet on the Western Front' won seven BAFTAs, including best film. It follows a young soldier killed in the trenches of the First World War. The director thanked the cast for enduring weeks of filming in mud.",
    "entertainment",
)
N(
    "Ukraine's Kalush Orchestra wins Eurovision",
    "Ukraine's Kalush Orchestra won the Eurovision Song Contest in Turin with 'Stefania', a song written for the singer's mother, buoyed by a huge public vote. The band's members had special permission to leave the country, which is under martial law. They returned to Ukraine after the contest.",
    "entertainment",
)
N(
    "Documentary on West Bank demolitions wins Oscar",
    "'No Other Land', a documentary by a Palestinian-Israeli collective about the demolition of villages in Masafer Yatta by the Israeli army, won the Oscar for best documentary feature. The directors called for an end to the 'ethnic destruction' of Palestinians. The film has no US distributor.",
    "entertainment",
)
N(
    "'Oppenheimer' wins seven Oscars",
    "Christopher Nolan's 'Oppenheimer', about the physicist who led the development of the atomic bomb, won seven Oscars including best picture. The film's depiction of the Trinity test was shot without computer graphics. It made nearly $1 billion worldwide.",
    "entertainment",
)
N(
    "Poland signs deal for 180 more K2 tanks",
    "Poland signed a contract with South Korea's Hyundai Rotem for 180 more K2 tanks, part of a build-up that will make its army one of the largest in Europe. Some of the tanks will be built in Poland. The defence minister said the war in Ukraine showed the need for heavy armour.",
    "military",
)
N(
    "North Korea fires ballistic missiles into the sea",
    "North Korea fired two short-range ballistic missiles into the sea off its east coast on Wednesday, South Korea's military said. The missiles flew about 600 kilometres before landing outside Japan's exclusive economic zone. Japan lodged a protest.",
    "military",
)
N(
    "Tanks and troops parade in Red Square for Victory Day",
    "Thousands of troops and columns of tanks and missile launchers paraded across Red Square for Victory Day, marking 80 years since the defeat of Nazi Germany. Soldiers who had fought in Ukraine marched in the parade. The Chinese president watched from the stand.",
    "military",
)
N(
    "Steadfast Defender drills begin with 90,000 troops",
    "NATO began its largest exercise in decades, Steadfast Defender, involving about 90,000 troops from 31 countries. The drills simulate the defence of Europe against an attack from a near-peer adversary. Tanks will be moved by rail and ship across Germany and Poland.",
    "military",
)
N(
    "German navy commissions new frigate",
    "The German navy commissioned its fourth F125-class frigate at Wilhelmshaven, where it joins a squadron that will deploy to the Indo-Pacific next year. The ship can stay at sea for two years without returning to port. It carries guns, missiles and two helicopters.",
    "military",
)
N(
    "Taiwan extends conscription to one year",
    "Taiwan will extend compulsory military service from four months to one year from 2024, the president said, citing growing pressure from China. Conscripts will train with modern weapons such as drones and anti-tank missiles. Pay for recruits will be increased.",
    "military",
)
N(
    "US approves F-16 sale to Turkey",
    "The US State Department approved the sale of 40 F-16 fighter jets to Turkey, worth $23 billion, a day after Turkey ratified Sweden's accession to NATO. The sale also includes upgrade kits for 79 jets. Congress had held up the deal for over a year.",
    "military",
)
N(
    "China holds 'Joint Sword' drills around Taiwan",
    "China's military sent warships and dozens of aircraft around Taiwan for two days of exercises that it said simulated a blockade and strikes on key targets. Taiwan put its forces on alert and sent its own ships to monitor them. No shots were fired and the drills ended on Friday.",
    "military",
)
N(
    "India tests Agni-5 missile with multiple warheads",
    "India carried out the first flight test of an Agni-5 missile fitted with several independently targeted warheads, the defence ministry said. The missile was fired from an island off Odisha and landed in the Bay of Bengal. The prime minister congratulated the scientists.",
    "military",
)
N(
    "Bundestag approves €100bn fund for armed forces",
    "Germany's parliament approved a €100 billion special fund to modernise the armed forces, with money for F-35 jets, heavy transport helicopters and ammunition. The chancellor called the war in Ukraine a turning point. The fund was written into the constitution.",
    "military",
)
N(
    "British Army launches recruitment drive as numbers fall",
    "The British Army launched a new recruitment campaign with the slogan 'No one's born a soldier' as the size of the regular army fell below 73,000. The defence secretary said faster application processing would help. The campaign runs on television and social media.",
    "military",
)
N(
    "Troops from India lead Bastille Day parade",
    "Troops from India marched at the head of the Bastille Day parade on the Champs-Élysées, with Indian Rafale jets flying overhead. The Indian prime minister was guest of honour. The parade included 6,500 soldiers, 64 aircraft and 25 helicopters.",
    "military",
)
N(
    "Beirut port blast: judge resumes investigation",
    "The judge investigating the 2020 explosion at the port of Beirut resumed his work after a two-year pause, charging several officials. The blast, caused by hundreds of tonnes of ammonium nitrate stored in a warehouse, killed more than 220 people. Families of the victims gathered outside the courthouse.",
    "accident",
)
N(
    "Hundreds dead in train collision in Odisha",
    "At least 288 people were killed when a passenger express ran into a parked goods train near Balasore in Odisha and its carriages hit another passenger train. Rescuers worked through the night to pull people from the wreck. The railway minister said a signalling error was the cause.",
    "accident",
)
N(
    "Air India jet crashes after take-off from Ahmedabad",
    "An Air India Boeing 787 bound for London crashed into a medical college hostel shortly after take-off from Ahmedabad, killing all but one of the 242 people on board and dozens on the ground. A thick column of black smoke rose over the city. Investigators recovered both flight recorders.",
    "accident",
)
N(
    "Explosion and fire trap miners in Soma",
    "An explosion and fire at a coal mine in Soma, western Turkey, trapped hundreds of miners underground, and at least 301 were killed. Rescuers pumped fresh air into the mine. The disaster is the worst in Turkey's history.",
    "accident",
)
N(
    "Crowd crush kills 159 in Seoul's Itaewon",
    "A crowd crush during Halloween celebrations in Seoul's Itaewon district killed 159 people, most of them in their twenties, when thousands of people surged into a narrow alley. Police had deployed only a small number of officers. The prime minister declared a week of national mourning.",
    "accident",
)
N(
    "Hundreds feared dead as migrant boat capsizes off Greece",
    "A fishing boat carrying hundreds of migrants and refugees from Syria, Afghanistan, Pakistan and Egypt capsized off Pylos in southern Greece. The coastguard rescued 104 people and recovered 82 bodies. Survivors said there were up to 750 people on board, including women and children in the hold.",
    "accident",
)
N(
    "Fuel tanker explosion kills scores in Jigawa",
    "A fuel tanker that overturned on a road in Jigawa state, northern Nigeria, exploded as residents gathered to collect the spilled petrol, killing more than 150 people, police said. Many of the victims were burned beyond recognition. The blast set fire to nearby houses.",
    "accident",
)
N(
    "Blasts at Tianjin chemical warehouse flatten port district",
    "Two huge explosions at a chemical warehouse in the port of Tianjin flattened buildings and burned thousands of cars, killing 173 people, most of them firefighters. The blasts were recorded by seismographs. Residents within three kilometres were evacuated.",
    "accident",
)
N(
    "Explosions at army barracks in Bata blamed on negligence",
    "A series of explosions at the Nkoa Ntoma military barracks in Bata, Equatorial Guinea, killed at least 98 people and destroyed homes around the base. The president said the blasts were caused by negligence in the storage of dynamite and ammunition, set off by farmers burning stubble nearby. Hospitals were overwhelmed.",
    "accident",
)
N(
    "Military helicopter crashes during training in Norway",
    "A NATO helicopter crashed during a training flight in northern Norway, killing four crew members, the armed forces said. The aircraft came down in bad weather during an exercise. Search teams reached the wreck the next morning.",
    "accident",
)
N(
    "Fireworks warehouse explodes in Mexican town",
    "A warehouse storing fireworks exploded in Tultepec, Mexico's fireworks capital, killing 24 people, including rescuers who had rushed to help after a first blast. Houses nearby were damaged. Officials said fireworks had been stored illegally.",
    "accident",
)
N(
    "Ferry fire kills dozens off Indonesian coast",
    "A fire broke out on a ferry carrying about 300 passengers off North Sulawesi, and passengers jumped into the sea wearing life jackets. At least 31 people died. The navy and fishermen rescued the survivors.",
    "accident",
)
N(
    "Measles vaccination campaign reaches millions of Afghan children",
    "A nationwide measles vaccination campaign has reached 6 million children in Afghanistan, the WHO said. Vaccinators travelled to remote villages on foot and by donkey. The country has one of the highest measles death rates in the region.",
    "health",
)
N(
    "Mpox declared public health emergency as new strain spreads",
    "The World Health Organization declared mpox a public health emergency of international concern as a new strain spread from Congo to neighbouring countries including Burundi, Kenya and Uganda. Vaccines are in short supply. The agency said it had released emergency funds.",
    "health",
)
N(
    "Ebola outbreak declared over in Uganda",
    "Uganda declared the end of an Ebola outbreak that killed 55 people, after 42 days without new cases. Health workers had fought the outbreak with contact tracing and quarantine. No vaccine exists for the Sudan strain that caused it.",
    "health",
)
N(
    "Cameroon rolls out malaria vaccine in 'battle against a killer'",
    "Cameroon became the first country to roll out the malaria vaccine in routine immunisation, in what the health minister called a new phase in the battle against a killer of children. The vaccine will be given in four doses. Officials said 42 districts would receive it first.",
    "health",
)
N(
    "Polio drive aims to vaccinate 45 million Pakistani children",
    "Pakistan began a nationwide polio vaccination campaign aimed at 45 million children under five, after the virus was detected in sewage samples from 60 districts. More than 400,000 vaccinators are going door to door. Pakistan and Afghanistan are the only countries where polio has never been stopped.",
    "health",
)
N(
    "'We are at war,' Macron says as France locks down",
    "President Emmanuel Macron said France was 'at war' with the coronavirus and ordered people to stay at home for at least 15 days. The army will set up a field hospital in Mulhouse. Police will check that people outside have a signed form.",
    "health",
)
N(
    "Lusaka stadium becomes cholera treatment centre",
    "Zambia turned the national heroes stadium in Lusaka into a cholera treatment centre as the outbreak killed more than 400 people. Schools were closed for weeks. The army was called in to clean markets and drains.",
    "health",
)
N(
    "Dengue kills record number in Bangladesh",
    "Dengue fever has killed more than 1,000 people in Bangladesh this year, the highest number since records began, the health directorate said. Hospitals in Dhaka are overwhelmed with patients. Officials launched a campaign against mosquito breeding sites.",
    "health",
)
N(
    "Superbugs a silent killer, global study finds",
    "Drug-resistant infections killed more than a million people a year over the past three decades, and the toll could rise to nearly two million by 2050, a study in The Lancet found. The authors said new antibiotics and better sanitation were the best defences. Older people are most at risk.",
    "health",
)
N(
    "WHO members adopt pandemic agreement",
    "WHO member states adopted a pandemic agreement in Geneva after three years of negotiations, setting rules on sharing vaccines and pathogen data in a future outbreak. The United States did not take part. Delegates applauded as the vote was announced.",
    "health",
)
N(
    "Flu shots offered at railway stations",
    "Health authorities in the Netherlands are offering free flu shots at major railway stations this winter to raise vaccination rates. Nurses will be at the stations in the morning and evening rush hours. Last year fewer than half of people over 60 were vaccinated.",
    "health",
)
N(
    "Study tracks brain injuries in veterans of Iraq and Afghanistan",
    "A long-term study of US veterans who served in Iraq and Afghanistan found that those exposed to repeated blasts from their own heavy weapons had higher rates of memory loss. Researchers followed 12,000 veterans for a decade. The army said it would review training with artillery and rocket launchers.",
    "health",
)
N(
    "Former refugee elected mayor of Norwegian town",
    "A man who arrived in Norway as a teenage refugee from Somalia's civil war was elected mayor of a town near Oslo. He said he had learned Norwegian from children's books. His party won 40% of the vote.",
    "other",
)
N(
    "Syrian refugee's bakery becomes a Berlin favourite",
    "A baker who fled the bombing of Aleppo in 2015 now runs three bakeries in Berlin, selling Syrian sweets and German bread. He employs 20 people, half of them refugees. Queues form outside on Saturday mornings.",
    "other",
)
N(
    "Sri Lanka elects leftist president in peaceful vote",
    "Sri Lanka elected Anura Kumara Dissanayake, whose party led two armed uprisings in the 1970s and 1980s, as president in a peaceful vote. He promised to fight corruption. Turnout was about 75%.",
    "other",
)
N(
    "SpaceX launches satellites for missile-tracking network",
    "A SpaceX rocket launched from Vandenberg with satellites for a US Space Development Agency network that will track hypersonic missiles. The first stage landed on a drone ship. More launches are planned this year.",
    "other",
)
N(
    "Archaeologists uncover Roman fort on Hadrian's Wall",
    "Archaeologists have uncovered the remains of a Roman fort near Hadrian's Wall, including barracks, weapons and the bones of horses. The fort was home to about 500 soldiers. The dig will continue next summer with volunteers.",
    "other",
)
N(
    "Heatwave warning issued for southern Europe",
    "Weather services issued red alerts for heat in Spain, Italy and Greece, with temperatures forecast to exceed 44C. Authorities advised people to stay indoors in the afternoon. Tourists flocked to beaches.",
    "other",
)
N(
    "New AI model 'kills' rivals on coding tests, company says",
    "A start-up said its new AI model beat the best systems from bigger rivals on coding benchmarks, calling the result a 'knockout blow'. Independent researchers said the tests were narrow. The company raised $2 billion last month.",
    "other",
)
N(
    "Ukrainian orchestra plays to full house on European tour",
    "An orchestra from Kyiv played to a full house in Vienna on the first night of a European tour. Several of its members live abroad since the invasion. The programme included Beethoven and a new piece by a Ukrainian composer.",
    "other",
)
N(
    "Solar eclipse draws crowds across North America",
    "Millions of people across Mexico, the United States and Canada watched a total solar eclipse, with the sky going dark for up to four minutes. Schools closed early in some districts. Traffic jams formed as visitors left.",
    "other",
)
N(
    "Colombia's coffee harvest hits record",
    "Colombia's coffee production reached its highest level in 30 years, the growers' federation said, helped by good weather. Former FARC fighters now run cooperatives in Cauca that export to Europe. Prices remain high.",
    "other",
)

# ---------------------------------------------------------------- negatives, batch 3 (long)

N(
    "Flash update: flooding in Marib and Hajjah, Yemen",
    "HIGHLIGHTS. Torrential rain since 6 August has caused flash floods in Marib, Hajjah, Hodeidah and Al Mahwit governorates. According to local authorities and partners, at least 60 people have died, including 14 children. In Marib, floods damaged or destroyed shelters in 35 displacement sites, affecting about 4,100 families who had fled earlier fighting. Many families lost tents, food stocks and documents. Roads to several sites are cut and latrines have collapsed, raising the risk of cholera. The rains also swept away livestock and flooded farmland in Hajjah. Partners have distributed emergency shelter kits and hygiene items to 1,200 families. Needs far exceed the stocks available. More rain is forecast for the coming week.",
    "disaster",
)
N(
    "Ten years after the peace deal, a former guerrilla town rebuilds",
    "In the hills of Meta department, the town of La Macarena used to be a FARC stronghold, and soldiers and guerrillas fought in the surrounding jungle for decades. Today its main street is lined with tour agencies. Visitors come to see Caño Cristales, a river that turns red, yellow and green in the rainy season. Former fighters work as guides and run a cooperative that makes sandals. A retired army colonel owns one of the hotels. The mayor says the town received 20,000 tourists last year. Some residents still fear the dissident groups that operate further south. But the airport, once a military base, now has daily flights from Bogotá. The town held its first tourism fair in March.",
    "peace",
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
                not rec["kind"]
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
        if not 2 <= n <= 12:
            errs.append(f"{w}: {n} sentences")
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key}: {k!r}" for k, n in mine.items() if n > 1]
        for other in OTHER_SETS:
            shared = set(mine) & {r[key] for r in _load(other)}
            errs += [f"{key} shared with {other.relative_to(EVAL)}: {k!r}" for k in shared]
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
    print(f"conflict.jsonl: {len(records)} texts, {len(pos)} conflict, {len(neg)} not")
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

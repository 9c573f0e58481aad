"""Build eval/dev31/conflict.jsonl (and the empty eval/dev31/figures.jsonl) from the texts below.

Every text is written here with its label, in the order it was written:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "a natural day of a world-news feed": about 220 items as a general world-news RSS
feed delivers them in one day, in natural proportions (about 40% conflict and political
violence, 60% everything else a world feed carries). Most items are a headline and a summary of
1 to 3 sentences; 40 are longer items of 6 to 15 sentences. Nothing was written to be tricky:
the overlaps (a war in an economy story, a disaster in a conflict country, a trial for an old
attack) occur as often as they do in an ordinary feed. Decisions where the guideline is silent
are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (31), with ids ce0001...

    python eval/dev31/build.py            # validate, print the counts, write the files
    python eval/dev31/build.py --table    # also print the counts as markdown tables
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
SEED = 31
PREFIX = "ce"
ID_RE = re.compile(r"ce\d{4}")
SHORT_SENTENCES = (1, 3)  # a headline and a summary of 1 to 3 sentences
LONG_SENTENCES = (6, 15)  # a longer item
MAX_SHORT_CHARS = 700
MAX_LONG_CHARS = 2500
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
# ---------------------------------------------------------------- positives: Ukraine and Russia

P(
    "Russian missiles and drones pound Kyiv overnight",
    "Russia launched about 40 missiles and more than 150 drones at Ukraine overnight, with the capital the main target, Ukraine's air force said. At least nine people were killed when part of a nine-storey apartment block in the Sviatoshynskyi district collapsed, and rescuers were still searching the rubble on Thursday morning.",
    "E",
    "missile_attack",
)
P(
    "Ukrainian drones set refinery ablaze in Russia's Saratov region",
    "A fire broke out at an oil refinery in Saratov after a drone attack overnight, the regional governor said, adding that no one had been hurt. Ukraine's general staff said the plant supplied fuel to Russian forces fighting in the east.",
    "E",
    "drone_strike",
)
P(
    "Russia says its forces took village on the road to Pokrovsk",
    "Russia's defence ministry said on Tuesday its troops had captured the village of Novoolenivka in Ukraine's Donetsk region. Ukraine's military did not confirm the loss and said its units had repelled 41 assaults along the Pokrovsk front in the past day.",
    "B",
    "battle",
)
P(
    "Guided bombs kill two in Kharkiv",
    "Russian aircraft dropped guided aerial bombs on a northern district of Kharkiv on Sunday afternoon, killing two people and wounding 18, the regional governor said. Several private houses and a shop were destroyed.",
    "E",
    "airstrike",
)
P(
    "Families with children ordered out of frontline villages in Donetsk",
    "Ukrainian authorities ordered the compulsory evacuation of families with children from 10 villages around Kostiantynivka as Russian shelling intensified. About 3,000 people, among them 400 children, still live in the area, the regional administration said.",
    "D E",
    "evacuation",
)
P(
    "Zaporizhzhia nuclear plant cut off from outside power after shelling",
    "Europe's largest nuclear power plant switched to diesel generators after its last external power line was damaged by shelling, the International Atomic Energy Agency said. Russia, which has held the plant since 2022, and Ukraine blamed each other.",
    "E",
    "shelling",
)
P(
    "Drone hits minibus in Sumy region, killing three passengers",
    "A Russian drone struck a minibus carrying villagers near Bilopillia on Saturday, killing three people and wounding seven, the regional military administration said. It accused Russian forces of deliberately hunting civilian vehicles near the border.",
    "E V",
    "drone_strike",
)
P(
    "Oil climbs after drone attack halts loading at Russian Baltic port",
    "Brent crude rose 2% on Monday after Ukrainian drones struck the port of Primorsk overnight, starting fires on two tankers and at a pumping station, the Leningrad regional governor said. Loadings at the terminal, one of Russia's main outlets for seaborne oil exports, were suspended.",
    "E",
    "drone_strike",
)
P(
    "Ukrainian troops push into Russia's Kursk region in surprise incursion",
    "Ukrainian forces have pushed several kilometres into Russia's Kursk region in the largest cross-border attack of the war, Russian officials said on Wednesday, as fighting continued around the town of Sudzha for a second day. Russia's acting Kursk governor said at least five civilians had been killed and dozens wounded by shelling and drone strikes, and that residents of several border districts were being moved to temporary accommodation further north. Russian military bloggers described columns of armoured vehicles crossing the border at dawn on Tuesday and said units of conscripts had been overrun. Russia's defence ministry said it had sent reserves and that its aircraft and artillery were striking the attackers. Kyiv made no official comment, but a senior Ukrainian official said the operation aimed to stretch Russian forces and draw them away from the Donetsk front. Russian President Vladimir Putin called the attack a 'large-scale provocation' and accused Ukraine of firing indiscriminately at civilian buildings. Footage verified by news agencies showed Ukrainian soldiers at a gas metering station on the edge of Sudzha. Military analysts said it was too early to say whether Ukraine intended to hold ground or would withdraw. Thousands of people had left the border area by Wednesday evening, regional authorities said.",
    "B E M D",
    "ground_incursion",
)
P(
    "Russian strikes hit Odesa grain terminals after Moscow quits Black Sea deal",
    "Russian missiles and drones struck Odesa for a third night running, damaging grain terminals and port buildings after Moscow pulled out of the deal that had let Ukraine ship grain through the Black Sea, Ukrainian officials said. About 60,000 tonnes of grain awaiting export were destroyed at the port of Chornomorsk, the agriculture minister said. In the centre of Odesa, blast waves shattered windows in historic buildings on streets near the opera house. Two people were killed and at least 20 wounded, the regional governor said. Russia's defence ministry said it had carried out 'retaliatory strikes' on sites where it said attacks on Russia were being prepared. Wheat futures in Chicago rose sharply as traders weighed the loss of Ukrainian exports. The UN said the strikes would hit the world's poorest countries hardest.",
    "E",
    "missile_attack",
)

# ---------------------------------------------------------------- positives: Middle East

P(
    "Israeli strikes kill dozens across Gaza, health officials say",
    "Israeli air strikes killed at least 38 people across the Gaza Strip overnight, including 12 members of one family in a house in Jabalia, local health officials said. The Israeli military said it had struck Hamas fighters and infrastructure.",
    "E",
    "airstrike",
)
P(
    "Displaced families ordered to leave eastern Khan Younis again",
    "The Israeli military ordered residents and displaced families in eastern Khan Younis to move to a coastal area ahead of what it called a forceful operation against militants. The UN said tens of thousands of people had been forced to move for the fourth or fifth time.",
    "D M",
    "displacement",
)
P(
    "Gunfire near Rafah food distribution point kills 27",
    "At least 27 Palestinians were killed when gunfire erupted as crowds headed to a food distribution site in Rafah early on Tuesday, Gaza's health ministry said. The Israeli military said troops had fired at suspects who left the designated route and approached them.",
    "V H",
    "shooting",
)
P(
    "UN agencies warn hunger spreading in north Gaza",
    "Only a handful of aid trucks have reached northern Gaza in the past month, and children are dying of malnutrition, the World Food Programme and UNICEF said. The agencies called for more crossings to open and for fighting around hospitals to stop.",
    "H",
    "humanitarian",
)
P(
    "Settlers torch homes and cars in West Bank village",
    "Dozens of Israeli settlers stormed the Palestinian village of Turmus Ayya on Wednesday evening, setting fire to houses and cars and shooting at residents, the Palestinian health ministry said. One man was killed and 12 were wounded.",
    "V",
    "settler_attack",
)
P(
    "Five killed in Israeli raid on Jenin camp",
    "Israeli forces backed by a drone raided the Jenin refugee camp in the occupied West Bank, exchanging fire with gunmen for several hours, the Palestinian health ministry and the military said. Five Palestinians were killed; the army said they were militants.",
    "B E M",
    "raid",
)
P(
    "Israeli drone strike on car in south Lebanon kills Hezbollah member",
    "An Israeli drone struck a car on the road between Nabatieh and Kfar Roummane, killing one man, Lebanon's health ministry said. The Israeli military said it had targeted a Hezbollah operative, despite the ceasefire that took effect in November.",
    "E",
    "drone_strike",
)
P(
    "Houthis fire missiles at Greek-owned cargo ship in Red Sea",
    "Yemen's Houthi movement said it had fired missiles at a bulk carrier south-west of Hodeidah, and the ship reported an explosion close to its hull, the UK Maritime Trade Operations agency said. The crew were reported safe and the vessel continued to its next port.",
    "E",
    "missile_attack",
)
P(
    "US launches wave of strikes on Houthi targets in Yemen",
    "US warplanes struck Houthi radar sites, weapons stores and command centres in Sanaa, Saada and Hodeidah on Saturday, in what officials described as the start of a sustained campaign to end attacks on shipping. The Houthi-run health ministry said 31 people were killed.",
    "E M",
    "air_campaign",
)
P(
    "US says it killed Islamic State leader in Syria raid",
    "US forces killed a senior Islamic State leader in a helicopter raid in northern Syria, US Central Command said on Friday. Two of his companions were also killed, and no US personnel were hurt, it said.",
    "M",
    "raid",
)
P(
    "Rockets target base hosting US troops in western Iraq",
    "Two rockets were fired at Ain al-Asad air base in Anbar province on Monday evening, causing no casualties, Iraqi security officials said. No group claimed the attack.",
    "E",
    "rocket_attack",
)
P(
    "Six killed in shooting at Jerusalem bus stop",
    "Two gunmen opened fire at a crowded bus stop at the entrance to Jerusalem on Monday morning, killing six people before they were shot dead, Israeli police said. Police called it a terror attack.",
    "V T",
    "shooting_attack",
)
P(
    "Rockets from Gaza set off sirens in southern Israel",
    "Three rockets were fired from the Gaza Strip towards Ashkelon and Sderot on Sunday, the Israeli military said, and two of them were intercepted. Israeli aircraft later struck what the army called a Hamas weapons site in Beit Lahia.",
    "E",
    "rocket_attack",
)
P(
    "Coalition air strike hits school bus in northern Yemen",
    "An air strike by the Saudi-led coalition hit a bus carrying schoolchildren through a busy market in Dahyan, in Yemen's Saada province, killing at least 40 children, the International Committee of the Red Cross said. The coalition said it had targeted Houthi fighters.",
    "E V",
    "airstrike",
)
P(
    "More than a thousand killed as violence sweeps Syria's coast",
    "More than a thousand people, most of them Alawite civilians, have been killed in four days of violence in Syria's coastal provinces, a UK-based monitoring group said on Sunday. The fighting began on Thursday when gunmen loyal to the ousted government of Bashar al-Assad ambushed security forces near Jableh, killing at least 13 of them. The new authorities in Damascus sent thousands of fighters to the region, and columns of armed men poured into villages around Latakia, Jableh and Baniyas. Residents described gunmen going from house to house, asking people whether they were Alawite and shooting men in front of their families. Interim president Ahmed al-Sharaa promised to hold to account anyone who harmed civilians and named a committee to investigate. Thousands of people fled into the mountains or sought shelter at the Russian air base at Hmeimim, residents and the Syrian Observatory for Human Rights said. Electricity and water were cut in much of the countryside around Latakia. The UN human rights chief called for the killings to stop immediately. The defence ministry said on Monday that its operation against the Assad loyalists had ended.",
    "B V M D",
    "massacre",
)
P(
    "Israel strikes Iran's nuclear sites and commanders; Iran fires missiles back",
    "Israel launched waves of air strikes on Iran before dawn on Friday, hitting the uranium enrichment site at Natanz, missile factories and the homes of senior military commanders in Tehran, Israeli and Iranian officials said. Iranian state media said the chief of staff of the armed forces and the commander of the Revolutionary Guards were among those killed, along with several nuclear scientists. Prime Minister Benjamin Netanyahu said the operation would continue 'for as many days as it takes' to remove what he called an existential threat. Iran responded on Friday night with barrages of ballistic missiles at Tel Aviv and other cities, sending millions of Israelis to shelters. Israel's emergency service said three people were killed and dozens wounded when a missile hit a residential building in Rishon LeZion. Iran's health ministry said at least 78 people had been killed in Iran. Explosions were heard again in Tehran on Saturday, and long queues formed at petrol stations. Oil prices jumped more than 7% and airlines cancelled flights across the region. The UN Secretary-General urged both countries to show maximum restraint.",
    "E M",
    "air_campaign",
)
P(
    "Seven aid workers killed in strike on charity convoy in Gaza",
    "Seven aid workers of the charity World Central Kitchen were killed when their convoy was hit by Israeli strikes in central Gaza on Monday night, the charity said. The team, which included citizens of Britain, Poland and Australia as well as a Palestinian driver, had just unloaded more than 100 tonnes of food brought by sea at a warehouse in Deir al-Balah. The charity said the cars were clearly marked and that it had shared its movements with the Israeli military. Israel's military chief of staff called the strike a grave mistake that followed a misidentification at night, and two officers were later dismissed. World Central Kitchen paused its operations in Gaza, and a ship carrying some 240 tonnes of food turned back to Cyprus. The UN said more than 190 aid workers had been killed in Gaza since October. Aid agencies warned that famine was imminent in the north of the territory. Australia and Poland demanded a full investigation.",
    "E V H",
    "attack_on_aid",
)

# ---------------------------------------------------------------- positives: Africa

P(
    "Shells hit market in besieged El Fasher, killing 15",
    "Artillery fire by the paramilitary Rapid Support Forces hit the main livestock market in El Fasher on Friday, killing at least 15 people, a local resistance committee said. The city, the army's last stronghold in Darfur, has been under siege for more than a year.",
    "E V H",
    "shelling",
)
P(
    "Cholera spreads in Sudan's camps for people displaced by war",
    "Cholera cases have risen sharply in camps for people who fled fighting in Darfur and Kordofan, Médecins Sans Frontières said, with more than 2,000 patients treated in two weeks in Tawila. Clean water is scarce, and many health centres have been looted or closed because of the war.",
    "H D",
    "humanitarian",
)
P(
    "Drones strike fuel depot and airport in Port Sudan",
    "Drones hit the fuel depot at Port Sudan's main port and the area near the city's airport for a third day, the army-backed government said, blaming the Rapid Support Forces. Flights were suspended, and thick smoke rose over the Red Sea city that had been seen as a safe haven.",
    "E",
    "drone_strike",
)
P(
    "Sudan's army says it retook presidential palace in Khartoum",
    "Sudanese troops seized the Republican Palace in central Khartoum after days of fighting with the Rapid Support Forces, the army said on Friday. Soldiers posted videos from inside the damaged building, which the RSF had held since the war began in April 2023.",
    "B",
    "battle",
)
P(
    "Clashes erupt in South Sudan's Nasir between army and armed youth",
    "Fighting broke out between the South Sudanese army and the White Army, an armed youth group, around the garrison town of Nasir in Upper Nile state, local officials said. A UN helicopter sent to evacuate soldiers came under fire and a crew member was killed.",
    "B",
    "battle",
)
P(
    "JNIM claims attack on army camp in central Mali",
    "Fighters of the al-Qaeda-linked JNIM attacked a Malian army camp at Boulkessi near the border with Burkina Faso on Sunday, and the group said it had killed dozens of soldiers. The army said it had repelled what it called a terrorist attack and lost several men.",
    "B T",
    "attack_on_base",
)
P(
    "Jihadists kill residents digging defensive trench in Burkina Faso",
    "Militants attacked residents of Barsalogho who had been ordered by the army to dig a trench around the town, killing scores of them, local sources said. JNIM said it had targeted members of the army's civilian auxiliaries.",
    "V T",
    "massacre",
)
P(
    "Soldiers killed in ambush in Niger's Tillaberi region",
    "Twelve Nigerien soldiers were killed when militants ambushed their patrol near the border with Burkina Faso and Mali, the defence ministry said. It said dozens of 'terrorists' had been killed in the fighting.",
    "B T",
    "ambush",
)
P(
    "Gunmen abduct bus passengers on Zamfara highway",
    "Armed bandits blocked a highway in Nigeria's Zamfara state on Wednesday and marched at least 35 bus passengers into the forest, police said. Kidnappings by armed groups are common on rural roads in the north-west.",
    "V",
    "abduction",
)
P(
    "ISWAP fighters overrun army base in Borno",
    "Jihadists of the Islamic State West Africa Province attacked a military base in Malam-Fatori at dawn, burning vehicles and forcing troops to retreat before reinforcements arrived, military sources said. Nigeria's army said its air force had struck the attackers as they withdrew.",
    "B E T",
    "attack_on_base",
)
P(
    "Female suicide bombers hit wedding and hospital in Gwoza",
    "A series of suicide bombings by women struck a wedding party, a funeral and a hospital in Gwoza in Borno state, killing at least 18 people, Nigeria's emergency management agency said. Officials blamed Boko Haram.",
    "E T V",
    "suicide_bombing",
)
P(
    "Dozens killed as militia attacks displacement camp in Ituri",
    "Fighters of the CODECO militia attacked the Lala displacement site in eastern Congo's Ituri province at night, killing at least 46 people with machetes and guns, local officials said. Survivors fled towards Bule, where UN peacekeepers are based.",
    "V D",
    "attack_on_camp",
)
P(
    "Al-Shabaab mortars land near Mogadishu airport",
    "Several mortar rounds struck near Aden Adde airport in Mogadishu on Thursday, wounding four people, police said. Al-Shabaab said it had targeted the compound, which houses embassies and UN offices.",
    "E T",
    "mortar_attack",
)
P(
    "Somali troops retake town from al-Shabaab",
    "Somali government forces backed by local clan militias recaptured the town of Adan Yabaal after heavy fighting with al-Shabaab, the defence ministry said. The army said it had killed dozens of militants in the operation.",
    "B M",
    "battle",
)
P(
    "Drone strike on minibus kills passengers in Ethiopia's Amhara region",
    "A drone strike hit a minibus near Gondar, killing at least 11 passengers, residents and health workers said. Ethiopia's government has been fighting the Fano militia in the region since 2023 and did not comment.",
    "E",
    "drone_strike",
)
P(
    "Insurgents behead villagers in Mozambique's Macomia district",
    "Islamic State-linked insurgents beheaded at least five villagers in Macomia district of Cabo Delgado, local sources said, and hundreds of families fled towards the district town.",
    "V T D",
    "village_raid",
)
P(
    "Separatists abduct students in Cameroon's North-West",
    "Armed separatists kidnapped about 20 students from a university hostel in Bambili, Cameroon's army said, and ordered the school to stay closed.",
    "V",
    "abduction",
)
P(
    "Haftar's forces launch push on Tripoli",
    "Forces loyal to eastern commander Khalifa Haftar advanced on the southern outskirts of Tripoli and fought troops of the UN-backed government near the old airport, both sides said. The UN said hundreds of families had fled the fighting.",
    "B D",
    "offensive",
)
P(
    "Gunmen kidnap Indian workers in western Mali",
    "Armed men abducted five Indian workers at the site of an electrification project near Kobri in western Mali, their employer said. Security sources blamed the al-Qaeda-linked JNIM, which has stepped up attacks in the region.",
    "V T",
    "abduction",
)
P(
    "Aid convoy reaches besieged Kadugli for the first time in months",
    "A convoy of 20 trucks carrying food and medicine reached Kadugli in Sudan's South Kordofan state, which has been encircled by paramilitary and rebel forces, the World Food Programme said. It warned that famine conditions had spread in the area.",
    "H",
    "aid_convoy",
)
P(
    "New wave of Sudanese refugees crosses into Chad",
    "More than 20,000 people fleeing fighting in North Darfur have crossed into eastern Chad in the past week, the UN refugee agency said. Most are women and children, and many arrived with gunshot wounds.",
    "D H",
    "displacement",
)
P(
    "Hundreds of thousands flee after paramilitaries storm Zamzam camp",
    "Fighters of the Rapid Support Forces overran the Zamzam camp for displaced people outside El Fasher after a three-day assault, the paramilitary group and aid agencies said on Monday. The camp had sheltered about half a million people who fled earlier fighting in Darfur, and famine was declared there last year. The UN said more than 400 people were killed, among them nine staff of the aid group Relief International who were running one of the last clinics. Survivors who reached Tawila, about 60 kilometres to the west, described fighters shooting residents and setting fire to the market and homes. The International Organization for Migration estimated that up to 400,000 people had left Zamzam, most of them on foot. Aid agencies in Tawila said they had run out of water and shelter for the new arrivals. The RSF said it had 'liberated' the camp from army-aligned fighters and would organise the return of civilians. Sudan's army said it would continue to defend El Fasher. The UN Secretary-General called the attack appalling.",
    "B V D H",
    "attack_on_camp",
)
P(
    "M23 rebels enter Goma as residents shelter from gunfire",
    "Rebels of the M23 movement entered Goma, the largest city in eastern Congo, on Monday after a lightning advance, and heavy gunfire and explosions could be heard near the airport and the city centre. The group, which the UN says is backed by Rwandan troops, said it had taken the city and told Congolese soldiers to surrender their weapons. Hundreds of Congolese soldiers and their families crossed into Rwanda, Rwandan officials said, while inmates broke out of Munzenze prison. Hospitals were overwhelmed with wounded civilians, the International Committee of the Red Cross said, and bodies lay in the streets. The UN said more than 400,000 people had been displaced since the start of the year, many of them forced from camps on the edge of the city. Electricity and water supplies were cut. In Kinshasa, protesters attacked and set fire to parts of the embassies of Rwanda, France and the United States. The UN Security Council called for the withdrawal of 'external forces'.",
    "B D H U",
    "battle",
)
P(
    "Kenyan police fire on protesters as crowd breaks into parliament",
    "Kenyan police opened fire on protesters who forced their way into parliament in Nairobi on Tuesday, shortly after lawmakers voted through a finance bill that raises taxes. Parts of the building were set ablaze, and the ceremonial mace was reported missing. A medical association said at least 13 people were shot dead and dozens wounded across the capital. Protests also broke out in Mombasa, Kisumu and Eldoret, where demonstrators burned the office of a member of parliament. The protests, organised largely online by young people, began peacefully last week but grew as anger spread over the cost of living. President William Ruto called the storming of parliament 'treasonous' and deployed the army to support the police. Internet monitors reported disruption to service across the country. Rights groups accused the police of abducting activists from their homes in the days before the vote.",
    "U",
    "crackdown",
)

# ---------------------------------------------------------------- positives: Asia

P(
    "Junta air strike on monastery kills villagers sheltering in Sagaing",
    "A Myanmar military jet bombed a Buddhist monastery where villagers had taken refuge in Sagaing region, killing at least 23 people, resistance fighters and residents said. The junta denied targeting civilians.",
    "E V",
    "airstrike",
)
P(
    "Ethnic armed group captures ruby-mining town in Myanmar",
    "The Ta'ang National Liberation Army said it had taken full control of Mogok, a ruby-mining town in Mandalay region, after weeks of fighting with Myanmar's army. The military did not comment.",
    "B",
    "battle",
)
P(
    "Rohingya flee across Naf river as villages burn in Rakhine",
    "Tens of thousands of Rohingya have crossed into Bangladesh in the past week, many by boat across the Naf river, after Myanmar's army launched what it called clearance operations in northern Rakhine state, the UN refugee agency said. Arrivals described soldiers and mobs shooting villagers and setting homes on fire.",
    "D M V",
    "displacement",
)
P(
    "Suicide blast at Quetta railway station kills 26",
    "A suicide bomber blew himself up among passengers waiting for a train at Quetta's main railway station, killing at least 26 people, many of them soldiers, police said. The Baloch Liberation Army claimed responsibility, and the government called it a terrorist attack.",
    "E T V",
    "suicide_bombing",
)
P(
    "Pakistani Taliban attack police post in Khyber Pakhtunkhwa",
    "Militants of the Tehreek-e-Taliban Pakistan attacked a police checkpoint in Lakki Marwat district overnight, killing three officers in a gunfight that lasted two hours, police said.",
    "B T",
    "attack_on_post",
)
P(
    "Pakistani and Afghan border forces exchange fire at Torkham",
    "Pakistani and Afghan Taliban forces fired at each other with heavy weapons at the Torkham crossing after a dispute over the building of a border post, officials said. The crossing, the main trade route between the two countries, was closed and hundreds of trucks were stranded.",
    "B",
    "border_clash",
)
P(
    "Pakistan army says 12 militants killed in North Waziristan raid",
    "Security forces killed 12 militants in an intelligence-based operation in North Waziristan, the army's media wing said. Two soldiers died in the exchange of fire.",
    "B M",
    "military_operation",
)
P(
    "Maoists killed in encounter in Chhattisgarh forest",
    "Security forces killed 16 Maoist rebels in a gunfight in the forests of Sukma district during an operation launched on Friday, police said. Two personnel were injured.",
    "B M",
    "military_operation",
)
P(
    "Houses torched in Manipur's Jiribam as violence returns",
    "A mob set fire to at least a dozen houses in Jiribam district after the bodies of six people abducted by militants were found in a river, police said. Authorities imposed a curfew and suspended internet service.",
    "U V",
    "communal_violence",
)
P(
    "Philippine troops battle IS-linked militants in Marawi",
    "Philippine soldiers backed by air strikes fought street by street against militants who pledged allegiance to Islamic State and seized parts of Marawi city, the army said. Most of the city's 200,000 residents have fled, and the militants are holding hostages, including a priest.",
    "B E M T D V",
    "siege",
)
P(
    "Bomb at Pattani market wounds shoppers",
    "A motorcycle bomb exploded outside a busy morning market in Thailand's Pattani province, wounding nine people including two children, police said. They blamed separatist insurgents.",
    "E V",
    "bombing",
)
P(
    "Landmine kills three children in Myanmar's Karenni state",
    "Three children were killed when a landmine exploded as they collected firewood near a village in Karenni state, a local relief group said. The area has seen heavy fighting between the army and resistance forces this year.",
    "E",
    "landmine",
)
P(
    "Easter bombings at churches and hotels in Sri Lanka kill more than 250",
    "Suicide bombers struck three churches and three luxury hotels in Colombo, Negombo and Batticaloa during Easter Sunday services and breakfast, killing more than 250 people, police said. The government blamed a local Islamist group and imposed a nationwide curfew.",
    "E T V",
    "suicide_bombing",
)
P(
    "Gunmen kill 26 tourists in Kashmir's Pahalgam",
    "Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir on Tuesday afternoon, killing 26 people, most of them Indian holidaymakers, police said. Survivors told reporters the attackers came out of the pine forest, asked some men their names and religion, and shot them at close range. A local pony operator who tried to grab a rifle from one of the gunmen was also killed. Police called it a terror attack, the deadliest on civilians in the region in years, and security forces launched a large search of the surrounding forests. A little-known group called The Resistance Front initially claimed responsibility, according to Indian officials. Prime Minister Narendra Modi cut short a visit to Saudi Arabia and promised that those responsible would be punished. Thousands of tourists left the valley over the following days, and hotels reported mass cancellations. Pakistan denied any involvement.",
    "V T",
    "shooting_attack",
)
P(
    "Dozens killed as Bangladesh police crack down on student protests",
    "At least 39 people were killed on Thursday as police fired tear gas, rubber bullets and live ammunition at students protesting against quotas in government jobs across Bangladesh, hospital officials and local media said. In Dhaka, protesters set fire to the headquarters of the state broadcaster BTV and to police boxes and vehicles. Students armed with sticks and stones fought pitched battles with police and with members of the ruling party's student wing. The government shut down mobile internet across the country and later imposed a curfew, with soldiers deployed in the capital. Prime Minister Sheikh Hasina said the violence was the work of opposition activists and promised an investigation. The protests began peacefully this month after a court reinstated a quota reserving a third of civil service jobs for descendants of independence fighters. Schools and universities were ordered closed indefinitely. Rights groups said hundreds of students had been arrested. The UN human rights office called for restraint.",
    "U",
    "crackdown",
)
P(
    "Ethnic Armenians flee Karabakh after Azerbaijani offensive",
    "More than 50,000 ethnic Armenians have crossed from Nagorno-Karabakh into Armenia since Azerbaijan took control of the region in a 24-hour military offensive last week, Armenian officials said on Wednesday. Long columns of cars, trucks and tractors piled with belongings moved slowly along the mountain road through the Lachin corridor towards the Armenian town of Goris. At least 200 people were killed in the fighting before the Karabakh Armenian forces agreed to lay down their arms, local officials said. On Monday evening a fuel depot exploded near Stepanakert as people queued for petrol to leave, killing at least 68 people and injuring hundreds. Azerbaijan said it would guarantee the rights of Armenians who stayed and that its 'anti-terrorist measures' had been aimed only at military targets. Armenia's prime minister accused Azerbaijan of ethnic cleansing, which Baku denied. The region had been under a blockade for nine months, with shortages of food and medicine. The UN said it would send a mission to assess humanitarian needs.",
    "B M D H",
    "displacement",
)
P(
    "India strikes targets in Pakistan; artillery duels rage along Kashmir line",
    "India fired missiles at nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday, saying it had hit camps of militant groups behind last month's attack on tourists in Kashmir. Pakistan said 26 civilians were killed, including children, and that one of the strikes hit a mosque in Bahawalpur. Pakistan's military said it had shot down several Indian jets, a claim India did not confirm. Heavy artillery fire was exchanged across the Line of Control through the day, and Indian officials said 12 civilians were killed in the town of Poonch. Thousands of villagers on both sides moved to bunkers or left for relatives' homes further from the border. India called its operation 'focused, measured and non-escalatory'. Pakistan's prime minister said the country had the right to respond at a time and place of its choosing. Airports in northern India were closed to civilian flights. The United States, China and Gulf states urged both sides to step back.",
    "E M D",
    "cross_border_strike",
)

# ---------------------------------------------------------------- positives: the Americas

P(
    "Gangs storm town in central Haiti, freeing prison inmates",
    "Gunmen from the Viv Ansanm gang coalition attacked Mirebalais overnight, fought police for hours, freed more than 500 inmates from the town's prison and set fire to homes, Haitian officials said. Thousands of residents fled on foot towards the Dominican border.",
    "B D",
    "attack_on_town",
)
P(
    "Car bomb explodes near air force base in Cali",
    "A truck packed with explosives blew up near the Marco Fidel Suárez air base in Cali, killing six people and wounding more than 60, Colombian authorities said. President Gustavo Petro called it a terrorist attack and blamed a dissident faction of the former FARC.",
    "E T",
    "car_bomb",
)
P(
    "Police officers killed in cartel ambush in Michoacán",
    "Gunmen from a drug cartel ambushed a police convoy with rifles and explosives near Aguililla, killing eight officers, the Michoacán state security office said. The army sent reinforcements and a helicopter to the area.",
    "B E",
    "ambush",
)
P(
    "Masked gunmen storm Ecuador TV studio during live broadcast",
    "Armed men burst into the studio of TC Televisión in Guayaquil during a live news programme and forced staff to the floor before police retook the building and arrested 13 people. President Daniel Noboa declared an 'internal armed conflict' and ordered the armed forces to neutralise more than 20 criminal gangs.",
    "V M",
    "hostage_taking",
)
P(
    "Security forces fire on post-election protesters in Venezuela",
    "Venezuelan troops and police fired tear gas and rubber bullets at crowds protesting against the official result of the presidential election in Caracas, and rights groups said at least 11 people were killed. The attorney general said more than 700 people had been arrested.",
    "U",
    "crackdown",
)
P(
    "Protesters killed in clashes at Juliaca airport in Peru",
    "Seventeen people were killed as protesters demanding the resignation of President Dina Boluarte tried to take over the airport in Juliaca and police fired on them, Peru's ombudsman said. A police officer was burned to death in his vehicle later that night.",
    "U",
    "crackdown",
)
P(
    "Fare protests in Santiago turn to riots as metro stations burn",
    "Protesters set fire to several metro stations and a power company's headquarters in Santiago and looted supermarkets across the Chilean capital, prompting President Sebastián Piñera to declare a state of emergency and put the army on the streets. The unrest began with students jumping turnstiles over a rise in metro fares.",
    "U",
    "riot",
)
P(
    "Gang violence in Haiti has displaced more than a million, IOM says",
    "The number of people forced from their homes by gang violence in Haiti has passed 1.3 million, the International Organization for Migration said on Wednesday, the highest figure ever recorded in the country. Armed groups allied in the Viv Ansanm coalition now control most of the capital, Port-au-Prince, and have pushed into towns in the Centre and Artibonite departments this year. More than 200,000 of the displaced live in crowded sites such as schools, churches and empty government buildings, with little access to water or toilets. In the latest attacks, gunmen killed residents and burned houses in the Kenscoff hills above the capital, forcing thousands more to flee. The Kenyan-led security mission and Haitian police have struggled to retake ground. Humanitarian agencies said the UN appeal for Haiti was less than 10% funded. Nearly half the population faces acute hunger, according to the World Food Programme. Flights into the capital's international airport remain suspended after gangs fired on aircraft.",
    "D H V B",
    "displacement",
)
P(
    "Tens of thousands flee fighting between rebel groups in Colombia's Catatumbo",
    "More than 30,000 people have fled their homes in Colombia's Catatumbo region after the National Liberation Army (ELN) launched an offensive against a dissident faction of the former FARC guerrilla group, officials said. ELN fighters went house to house looking for people they accused of collaborating with their rivals, and at least 80 people, among them community leaders and a former FARC member who signed the peace deal, were killed. Thousands of families took refuge in sports halls and schools in the city of Cúcuta, while others crossed into Venezuela. President Gustavo Petro suspended peace talks with the ELN, saying it had committed war crimes, and declared a state of internal commotion. The army sent 5,000 troops into the region. The ombudsman's office said some people were trapped in their villages by the fighting and by landmines. Catatumbo, near the Venezuelan border, is one of the main coca-growing areas in the country. Aid agencies warned that shelters in Cúcuta were overflowing.",
    "B V D M H",
    "battle",
)

# ---------------------------------------------------------------- positives: Europe, Iran, Turkey, Indonesia, Nepal, the Pacific

P(
    "Police use water cannon and tear gas on pro-EU protesters in Tbilisi",
    "Georgian riot police fired water cannon and tear gas at thousands of demonstrators outside parliament for a fourth night, after the government suspended talks on joining the European Union. The interior ministry said 224 people had been detained, and protesters threw fireworks at police lines.",
    "U",
    "crackdown",
)
P(
    "Rioters attack mosque and police in Southport",
    "Hundreds of people threw bricks and bottles at a mosque and at police officers in Southport on Tuesday evening and set a police van on fire, Merseyside Police said. The riot followed false claims online about the identity of the teenager charged over a knife attack on a children's dance class.",
    "U V",
    "riot",
)
P(
    "Car drives into union march in Munich; prosecutors suspect Islamist motive",
    "A 24-year-old Afghan man drove a car into a crowd of trade union demonstrators in central Munich, injuring 39 people, police said. Federal prosecutors, who handle terrorism cases, took over the investigation and said he appeared to have acted out of religious motives.",
    "V T",
    "vehicle_attack",
)
P(
    "Police tear-gas crowds in Istanbul protesting mayor's arrest",
    "Turkish police used tear gas, pepper spray and rubber bullets to disperse thousands of people who gathered outside Istanbul city hall for a third night to protest against the detention of Mayor Ekrem İmamoğlu. The interior minister said 343 people had been detained across the country.",
    "U",
    "crackdown",
)
P(
    "Security forces fire on worshippers after Friday prayers in Zahedan",
    "Iranian security forces opened fire on protesters after Friday prayers in Zahedan, in Sistan-Baluchestan province, killing dozens of people, rights groups said. State media said armed separatists had attacked a police station.",
    "U V",
    "crackdown",
)
P(
    "Deadly unrest in Mozambique after disputed election",
    "Police fired live rounds and tear gas at protesters in Maputo who had blocked roads with burning tyres to contest the ruling party's election win, a civil society group said. It said at least 30 people had been killed in two weeks of unrest.",
    "U",
    "crackdown",
)
P(
    "Rioters torch regional parliament in Indonesia after delivery driver killed",
    "Crowds set fire to the regional parliament building in Makassar and looted lawmakers' homes in Jakarta, as protests over lawmakers' perks turned violent after a police armoured vehicle ran over a motorcycle taxi driver, officials said. Three people died in the Makassar fire.",
    "U",
    "riot",
)
P(
    "Record 123 million people forced from their homes, UNHCR says",
    "The number of people displaced by war, violence and persecution reached a record 123 million by the end of last year, the UN refugee agency said in its annual report, driven by the wars in Sudan, Myanmar and Ukraine. Sudan alone accounts for more than 12 million of them.",
    "D",
    "displacement",
)
P(
    "UN halts work in Yemen's Saada after staff detained by Houthis",
    "The United Nations paused its operations in Saada province after the Houthi authorities detained eight more of its local staff, bringing the number held to more than 20, a spokesman said. Millions in northern Yemen rely on food aid.",
    "H V",
    "humanitarian",
)
P(
    "Riots grip New Caledonia over voting reform",
    "France declared a state of emergency in New Caledonia on Wednesday after a third night of rioting in the capital, Nouméa, in which four people were killed, among them a gendarme. Rioters torched shops, factories and cars and set up barricades in several districts, and armed residents formed vigilante groups to guard their streets. The unrest began after lawmakers in Paris approved a constitutional change that would let thousands more French residents vote in provincial elections, which pro-independence Kanak groups say would dilute their vote. The French government sent hundreds of extra police and gendarmes and banned the social network TikTok on the island. The international airport was closed, stranding tourists, and supermarkets ran short of food. More than 200 people had been arrested, the high commissioner said. President Emmanuel Macron called for calm and a return to dialogue. Business leaders said hundreds of companies had been destroyed.",
    "U",
    "riot",
)
P(
    "Nepal's prime minister resigns as protesters set parliament ablaze",
    "Nepal's prime minister, K P Sharma Oli, resigned on Tuesday after protesters set fire to parliament and the homes of senior politicians in Kathmandu, a day after police shot dead 19 people during demonstrations against a ban on social media. The protests, led largely by young people who call themselves Gen Z, began on Monday over the government's decision to block more than 20 platforms, including Facebook and YouTube. Police fired tear gas, rubber bullets and live ammunition as crowds broke through barricades outside parliament. On Tuesday, crowds defied a curfew and burned the parliament building, the Supreme Court and the offices of political parties. The army took control of the streets in the evening and appealed for calm. The government had lifted the social media ban late on Monday, but anger over corruption and unemployment kept people on the streets. Kathmandu's airport was briefly closed as smoke spread over the city. The UN human rights chief called for an independent investigation into the killings.",
    "U",
    "riot",
)

# ---------------------------------------------------------------- negatives: politics and elections

N(
    "Japan's ruling party elects Ishiba as leader",
    "Lawmakers and members of the Liberal Democratic Party chose former defence minister Shigeru Ishiba as their leader in a run-off vote on Friday. He is expected to be confirmed as prime minister by parliament next week.",
    "other",
)
N(
    "South Korea's top court removes Yoon from office",
    "The Constitutional Court unanimously upheld parliament's impeachment of President Yoon Suk Yeol over his brief declaration of martial law in December. A snap presidential election must be held within 60 days.",
    "other",
)
N(
    "Britain votes to leave the European Union",
    "Britain voted by 52% to 48% to leave the European Union in a referendum, and Prime Minister David Cameron said he would step down by October. The pound fell to its lowest level against the dollar since 1985.",
    "other",
)
N(
    "Carney's Liberals win Canadian election",
    "Canada's Liberal Party won a fourth consecutive term in Monday's election, though it fell short of a majority, according to projections by the public broadcaster CBC. Prime Minister Mark Carney campaigned on standing up to US tariffs.",
    "other",
)
N(
    "Mexico's Senate passes overhaul of the judiciary",
    "Mexico's Senate approved a constitutional reform under which judges, including those of the Supreme Court, will be chosen by popular vote. The peso fell, and investors warned of weaker checks on the government.",
    "other",
)
N(
    "Chancellor comes under attack from all sides over budget",
    "Business groups and opposition parties attacked the budget's rise in employer national insurance contributions, saying it would cost jobs. The chancellor said the tax rises were needed to repair the public finances.",
    "politics",
)
N(
    "Battle over debt ceiling goes down to the wire in Washington",
    "Republicans and the White House traded blame as the deadline to raise the federal borrowing limit approached, with the Treasury warning it could run out of cash in early June. Negotiators said talks would continue over the weekend.",
    "politics",
)
N(
    "Left-wing outsider wins Sri Lanka's presidency",
    "Anura Kumara Dissanayake won Sri Lanka's presidential election after a second count of preferences, the election commission said. He promised to fight corruption and to renegotiate parts of the country's IMF bailout.",
    "other",
)
N(
    "EU ministers approve overhaul of asylum rules",
    "European Union interior ministers gave final approval to a pact that will speed up asylum checks at the bloc's external borders and share responsibility for new arrivals among member states. Hungary and Poland voted against.",
    "other",
)
N(
    "Niger's junta dissolves political parties",
    "Niger's military government dissolved all political parties and set a new five-year transition under a charter signed by General Abdourahamane Tiani. The army seized power in July 2023.",
    "politics",
)
N(
    "Mali's military leader granted five-year presidential term",
    "Mali's transitional council voted to give General Assimi Goïta a renewable five-year term as president without an election. Political parties were dissolved last month.",
    "politics",
)
N(
    "Germany deports Afghan offenders on charter flight",
    "Germany deported 28 Afghan men convicted of crimes to Kabul on a charter flight arranged with the help of Qatar, the interior ministry said. It was the first such flight since the Taliban took power in 2021.",
    "other",
)
N(
    "Conservatives win German election; Merz to lead coalition talks",
    "Germany's conservative CDU/CSU bloc won Sunday's federal election with about 28.5% of the vote, putting its leader Friedrich Merz on course to become chancellor. The far-right Alternative for Germany came second with its best result since the party was founded, doubling its share to about 21%. Chancellor Olaf Scholz's Social Democrats slumped to 16.4%, their worst result since the Second World War. Merz ruled out working with the AfD and said he wanted a government in place by Easter. Turnout was about 83%, the highest since reunification. The Greens came fourth, while the liberal Free Democrats fell below the 5% threshold needed to enter parliament. The election was called early after Scholz's three-party coalition collapsed in November in a dispute over the budget. European leaders said they hoped for a quick coalition deal as the continent faces pressure over trade and defence.",
    "other",
)
N(
    "Nicusor Dan wins Romania's re-run presidential election",
    "Bucharest mayor Nicusor Dan won Romania's presidential run-off on Sunday, defeating the nationalist George Simion with about 54% of the vote, the electoral bureau said. Turnout rose to more than 64%, well above the first round. The election was a re-run of last year's vote, which the constitutional court annulled over allegations of Russian interference and irregular campaign financing. Simion, who had led the first round by a wide margin, at first refused to concede but later accepted the result. Dan, a mathematician who entered politics as a campaigner against illegal construction, promised to keep Romania firmly in the European Union and NATO. The leu strengthened against the euro on Monday and Romanian bonds rallied. European Commission President Ursula von der Leyen congratulated Dan on social media.",
    "other",
)

# ---------------------------------------------------------------- negatives: economy, markets and business

N(
    "Oil falls as OPEC+ agrees bigger output increase",
    "Brent crude fell 2% to $62 a barrel after OPEC+ agreed to raise production again in July. Analysts said the group was trying to win back market share.",
    "other",
)
N(
    "Wheat climbs on worries over Black Sea supplies",
    "Wheat futures in Chicago rose 3% on Tuesday on concern that the war in Ukraine could disrupt shipments from the Black Sea during the harvest. Russia and Ukraine together account for about a quarter of world wheat exports.",
    "economy",
)
N(
    "China's exports beat forecasts despite trade war with US",
    "Chinese exports rose 8% from a year earlier in May, as shipments to South-East Asia and Europe made up for a sharp fall in sales to the United States. Imports fell for a third month.",
    "economy",
)
N(
    "Stocks slide as tariff threat revives trade war fears",
    "Wall Street's main indexes fell more than 2% after the president threatened new tariffs on European goods. Shares of carmakers and chipmakers led the losses.",
    "economy",
)
N(
    "Nvidia becomes first company worth $4 trillion",
    "Shares of the chip designer rose 2% on Wednesday, lifting its market value above $4 trillion for the first time. Demand for its processors for artificial intelligence has grown rapidly.",
    "other",
)
N(
    "Chinese carmakers deepen price war",
    "BYD cut the prices of more than 20 electric models by up to a third, prompting rivals to follow. Shares of Chinese carmakers fell in Hong Kong.",
    "economy",
)
N(
    "Argentina's monthly inflation slows to lowest in four years",
    "Consumer prices rose 1.5% in May from the previous month, the statistics agency said, the slowest pace since 2020. The government has cut spending sharply.",
    "other",
)
N(
    "Bank of England cuts rates for the first time since 2020",
    "The Bank of England lowered its main interest rate to 5% from 5.25% in a 5-4 vote of its monetary policy committee. Governor Andrew Bailey said further cuts would come gradually.",
    "other",
)
N(
    "Ukraine strikes restructuring deal with bondholders",
    "Ukraine agreed with a group of international bondholders to restructure about $20 billion of debt, easing pressure on public finances strained by more than two years of war, the finance ministry said.",
    "economy",
)
N(
    "Russia's central bank holds rate at 21% as war spending fuels inflation",
    "The Bank of Russia kept its key rate at a record 21%, saying inflation remained high as military spending and labour shortages pushed up wages. Economists expect growth to slow sharply this year.",
    "economy",
)
N(
    "Gold hits record as investors seek havens",
    "Gold rose above $2,500 an ounce for the first time, driven by expectations of US interest rate cuts and demand for safe assets amid tensions in the Middle East, traders said.",
    "economy",
)
N(
    "Boeing machinists vote to end seven-week strike",
    "Members of the machinists' union at Boeing's factories near Seattle voted to accept a contract with a 38% pay rise over four years, ending a strike that halted production of most of the company's jets.",
    "protest",
)
N(
    "Fed cuts interest rates by half a point",
    "The US Federal Reserve cut its main interest rate by half a percentage point on Wednesday, its first reduction in more than four years, as inflation eased and the job market cooled. The cut brought the federal funds rate to a range of 4.75% to 5%. Fed chair Jerome Powell said the decision reflected growing confidence that inflation was moving back towards the central bank's 2% target. One of the 12 voting members, governor Michelle Bowman, dissented in favour of a smaller cut. Policymakers' projections pointed to another half point of cuts by the end of the year. Stocks rose after the announcement before closing slightly lower, and the dollar weakened against the yen. Economists said lower borrowing costs should ease pressure on households with credit card debt and on companies seeking loans. The decision comes weeks before a presidential election in which the economy is a central issue.",
    "other",
)
N(
    "Volkswagen to close German plants for first time in its history",
    "Volkswagen plans to close at least three factories in Germany and cut tens of thousands of jobs, the head of its works council told employees on Monday. It would be the first time the carmaker has shut plants in its home country in its 87-year history. Management has said the company faces weak demand in Europe, high energy costs and strong competition from Chinese electric-car makers. The works council said the remaining plants would also shrink and that wages would be cut by 10%. The IG Metall union called the plans unacceptable and said it would fight every closure. Volkswagen's shares rose slightly in Frankfurt. The government in Berlin urged the company to protect jobs. Talks between management and unions are due to resume next week.",
    "other",
)
N(
    "Container lines keep avoiding Red Sea as shipping costs stay high",
    "Most of the world's big container lines are still sending their ships around the Cape of Good Hope rather than through the Red Sea and the Suez Canal, more than a year after Yemen's Houthi movement began attacking merchant vessels. The detour adds about 10 days and thousands of kilometres to voyages between Asia and Europe. Freight rates on the route remain more than twice their level before the crisis, according to the Drewry index. Egypt's revenue from the Suez Canal has fallen by more than half, the canal authority said. Maersk said on Thursday it had no plans to return to the route until there was a lasting improvement in security. Ports in southern Africa and the Mediterranean have struggled with congestion as ships change their schedules. Insurers still charge high war-risk premiums for ships that enter the area. Economists say the higher costs have added slightly to goods inflation in Europe.",
    "economy",
)

# ---------------------------------------------------------------- negatives: technology and science

N(
    "EU fines Apple and Meta under digital markets law",
    "The European Commission fined Apple 500 million euros and Meta 200 million euros for breaching the Digital Markets Act. Both companies said they would appeal.",
    "other",
)
N(
    "TikTok goes dark in US for hours before ban is paused",
    "TikTok stopped working for users in the United States late on Saturday as a law requiring its sale took effect, then restored service the next day after the incoming president promised to delay the ban.",
    "other",
)
N(
    "Marks & Spencer halts online orders after cyberattack",
    "The British retailer suspended online orders for more than six weeks after a cyberattack, which it said would cut its profit by about 300 million pounds. Police are investigating a group of young hackers.",
    "other",
)
N(
    "Chinese start-up's cheap AI model wipes billions off chip stocks",
    "Shares of Nvidia fell 17% on Monday, wiping nearly $600 billion off its market value, after the Chinese start-up DeepSeek released an artificial intelligence model that rivals American systems but was trained at a fraction of the cost. The app became the most downloaded free app on Apple's store in the United States over the weekend. DeepSeek said it had trained the model on less powerful chips, raising doubts about the huge sums American technology companies plan to spend on data centres. Shares of other chipmakers and of power companies that supply data centres also fell sharply. Some analysts said the sell-off was overdone, as cheaper models could increase demand for computing. The White House said it was looking at the national security implications of the app. Several governments later banned its use on official devices. DeepSeek was founded in 2023 by a hedge fund manager in Hangzhou.",
    "other",
)
N(
    "Faulty software update crashes computers worldwide",
    "Airlines, banks, hospitals and broadcasters around the world were hit by computer outages on Friday after a faulty update from the cybersecurity company CrowdStrike caused millions of Windows machines to crash. Thousands of flights were cancelled, and some hospitals postponed operations. In Britain, Sky News went off the air for several hours, and doctors' surgeries were unable to book appointments. CrowdStrike said the problem was not a cyberattack and that a fix had been deployed. Its chief executive apologised to customers and said some systems could take time to recover. Microsoft estimated that about 8.5 million devices had been affected. Shares of CrowdStrike fell 11%. Experts said the incident showed how much of the world depends on a handful of software suppliers.",
    "other",
)
N(
    "SpaceX catches Starship booster with launch tower arms",
    "SpaceX caught the first stage of its Starship rocket with a pair of mechanical arms on the launch tower in Texas as it returned from a test flight. The upper stage splashed down in the Indian Ocean as planned.",
    "other",
)
N(
    "Nobel physics prize goes to pioneers of machine learning",
    "John Hopfield and Geoffrey Hinton won the Nobel Prize in Physics for work that laid the foundations of artificial neural networks. Hinton has warned about the risks of the technology.",
    "other",
)
N(
    "Last year was the first above 1.5C of warming, scientists say",
    "Global average temperatures last year were more than 1.5C above pre-industrial levels, the first calendar year to pass that mark, the EU's Copernicus climate service said. Scientists said a single year did not mean the Paris goal had been missed.",
    "other",
)
N(
    "COP29 ends with $300 billion climate finance deal",
    "Negotiators in Baku agreed that rich countries would provide at least $300 billion a year by 2035 to help poorer nations cope with climate change. Developing countries called the sum far too small.",
    "other",
)
N(
    "Webb telescope finds possible sign of life on distant planet",
    "Astronomers using the James Webb Space Telescope said they had detected chemicals in the atmosphere of a planet 124 light-years away that on Earth are produced only by living things. The planet, K2-18b, is more than eight times as massive as Earth and orbits in the habitable zone of a red dwarf star. The team from the University of Cambridge said the signal of dimethyl sulphide was the strongest hint yet of biological activity beyond the solar system. They stressed that the finding was not proof of life and that more observations were needed. Other scientists said the chemicals could be produced without life and questioned the statistical strength of the detection. The planet is thought by some researchers to be covered by an ocean. The results were published in The Astrophysical Journal Letters.",
    "other",
)
N(
    "India lands spacecraft near Moon's south pole",
    "India became the first country to land a spacecraft near the Moon's south pole on Wednesday, when the lander of its Chandrayaan-3 mission touched down on schedule. Scientists at the mission control centre in Bengaluru cheered and waved flags as the lander sent its first signals. Prime Minister Narendra Modi, watching from South Africa, called it a historic day for the country. The landing came days after a Russian probe crashed while trying to reach the same region. Scientists want to study the area because it may hold water ice in permanently shadowed craters. The lander will release a small rover that is expected to work for about two weeks, until the lunar night falls. India is only the fourth country to make a soft landing on the Moon, after the Soviet Union, the United States and China. The mission cost about $75 million.",
    "other",
)

# ---------------------------------------------------------------- negatives: health

N(
    "Dengue cases hit record in Brazil",
    "Brazil has recorded more than 5 million dengue cases this year, the most since records began, the health ministry said. Several states declared emergencies and opened field hospitals.",
    "health",
)
N(
    "Measles outbreak in west Texas grows to 500 cases",
    "The number of measles cases in an outbreak centred on west Texas rose to about 500, state health officials said, most of them in unvaccinated children. Two children have died.",
    "health",
)
N(
    "WHO members adopt pandemic agreement",
    "Member states of the World Health Organization adopted an agreement on how to prevent and respond to future pandemics, after three years of negotiations. The United States did not take part.",
    "health",
)
N(
    "Rwanda declares end of Marburg outbreak",
    "Rwanda declared its Marburg virus outbreak over after 42 days without a new case. The outbreak infected 66 people, most of them health workers, and killed 15.",
    "health",
)
N(
    "UK regulator approves gene-editing therapy for sickle cell disease",
    "Britain became the first country to approve a treatment based on the CRISPR gene-editing tool, for patients with sickle cell disease and beta thalassaemia. The therapy edits a patient's own bone-marrow cells.",
    "health",
)
N(
    "Pakistan launches nationwide polio vaccination drive",
    "Health workers began a week-long campaign to vaccinate more than 45 million children against polio, the government said. Pakistan and Afghanistan are the only countries where wild polio is still endemic.",
    "health",
)
N(
    "Weight-loss drug cuts risk of heart attack, trial finds",
    "Patients who took the weight-loss drug semaglutide were 20% less likely to have a heart attack, stroke or cardiovascular death than those on a placebo, the drug's maker said. The trial followed 17,000 adults for about three years.",
    "health",
)
N(
    "WHO declares mpox a global health emergency again",
    "The World Health Organization declared the spread of mpox in Africa a public health emergency of international concern on Wednesday, its highest level of alarm, as a new strain spread from Congo to neighbouring countries. More than 17,000 suspected cases and 517 deaths have been reported in Africa this year, most of them in Congo. The new strain, known as clade Ib, was first detected in the mining town of Kamituga last year and has since been found in Burundi, Kenya, Rwanda and Uganda. WHO chief Tedros Adhanom Ghebreyesus said the potential for further spread within Africa and beyond was very worrying. Sweden reported the first case of the new strain outside Africa a day later. Health officials said vaccines were in short supply in the countries most affected. Japan and the United States pledged to donate doses. The WHO lifted its previous mpox emergency in May last year.",
    "health",
)
N(
    "Bird flu spreads among US dairy herds",
    "Bird flu has been found in dairy cattle in at least nine US states, the Department of Agriculture said, in an outbreak that has surprised scientists who did not expect the virus to spread among cows. Officials believe the virus was first passed to cattle by wild birds in Texas late last year. A dairy worker in Texas tested positive after developing an eye infection, the second human case ever recorded in the country. Health authorities said the risk to the public remained low. Fragments of the virus were found in about one in five samples of retail milk, but tests showed that pasteurisation kills it. The government ordered testing of dairy cows before they are moved between states. Farmers said milk production had fallen in affected herds. Scientists called for wider testing of animals and workers.",
    "health",
)

# ---------------------------------------------------------------- negatives: climate and disasters

N(
    "Floods submerge villages in Pakistan's Punjab",
    "Rivers burst their banks after heavy monsoon rain and flooded hundreds of villages in Punjab province, and more than 200,000 people were evacuated, the disaster management authority said. The army used boats to rescue people stranded on rooftops.",
    "disaster",
)
N(
    "Typhoon Yagi slams into northern Vietnam",
    "Typhoon Yagi, the strongest storm to hit Vietnam in decades, made landfall near Haiphong with winds of 149 km/h, tearing roofs off factories and toppling trees. At least 14 people were killed.",
    "disaster",
)
N(
    "Heatwave deaths rise in northern India",
    "Temperatures above 45C for a second week killed dozens of people in Uttar Pradesh and Bihar, including polling staff on election duty, officials said. Hospitals set up special wards for heatstroke patients.",
    "disaster",
)
N(
    "Cyclone Chido flattens shantytowns in Mayotte",
    "The strongest cyclone to hit the French territory in nearly a century destroyed whole neighbourhoods of sheet-metal homes, and officials feared hundreds had died. France sent rescue teams and supplies by air.",
    "disaster",
)
N(
    "Earthquakes in Afghanistan's Herat province kill more than 1,000",
    "A series of strong earthquakes destroyed villages of mud-brick houses in western Afghanistan, and the Taliban administration said more than 1,000 people had been killed. Aid agencies sent tents and medical teams.",
    "disaster",
)
N(
    "Storm floods tents in northwest Syria camps",
    "Heavy rain and strong winds flooded and tore down hundreds of tents in camps for displaced people in northwest Syria, aid groups said, and two children drowned. Many of the camps' residents fled their homes years ago and have lived in tents since.",
    "disaster",
)
N(
    "Landslides bury villages in Kerala's Wayanad",
    "Landslides triggered by torrential rain swept through villages in the hills of Wayanad district before dawn, killing more than 200 people, officials said. The army built a temporary bridge to reach the worst-hit area.",
    "disaster",
)
N(
    "Southern Africa drought leaves millions hungry",
    "Zambia, Zimbabwe and Malawi have declared national disasters after the worst drought in decades destroyed harvests, the World Food Programme said. Zambia has also suffered power cuts because its hydroelectric dams are low.",
    "disaster",
)
N(
    "Volcano erupts on Indonesia's Flores island, villages evacuated",
    "Mount Lewotobi Laki-laki erupted several times overnight, sending ash 10 kilometres into the sky and forcing thousands of villagers to leave. Flights to Bali were cancelled.",
    "disaster",
)
N(
    "Hurricane Melissa tears across Jamaica",
    "Hurricane Melissa made landfall in south-western Jamaica as a Category 5 storm, with winds of up to 295 km/h, ripping roofs off homes and cutting power to most of the island. The government said thousands of people were in shelters.",
    "disaster",
)
N(
    "Earthquake devastates central Myanmar",
    "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing more than 1,600 people and bringing down buildings, bridges and pagodas in Mandalay and the capital Naypyitaw, the military government said. The quake was felt as far away as Bangkok, where a 30-storey tower under construction collapsed. Rescuers in Mandalay dug through the rubble of apartment blocks with their hands, residents said. The military government made a rare appeal for international help, and teams from China, India and Russia arrived on Saturday. Aid agencies said hospitals were overwhelmed and short of blood and medicine. The country has been in a civil war since the army seized power in 2021, which has left millions already dependent on aid and will make relief harder to deliver. Aftershocks sent frightened residents to sleep in the streets. The UN released $5 million from its emergency fund.",
    "disaster",
)
N(
    "Wildfires tear through Los Angeles, forcing mass evacuations",
    "Wind-driven wildfires swept through parts of Los Angeles on Tuesday night and Wednesday, destroying more than 1,000 buildings and forcing about 100,000 people to leave their homes. The largest fire burned through Pacific Palisades, a wealthy neighbourhood between Santa Monica and Malibu, while another raged in Altadena near Pasadena. Gusts of up to 130 km/h grounded firefighting aircraft for hours. At least five people were killed, the county sheriff said. Residents abandoned their cars on a road out of the Palisades, and bulldozers pushed them aside to let fire engines through. The governor declared a state of emergency and called in the National Guard. Hundreds of thousands of homes lost power. Forecasters said the winds would ease on Thursday but that the risk of fire would remain high for days.",
    "disaster",
)
N(
    "Flash floods kill more than 200 in Spain's Valencia region",
    "Flash floods caused by torrential rain killed more than 200 people in the Valencia region of eastern Spain, the worst flooding disaster in the country's modern history. In some towns more than a year's rain fell in eight hours on Tuesday, turning streets into rivers that swept away cars and filled ground floors and garages. Many of the dead were found in their vehicles or in underground car parks. Residents of Paiporta and other suburbs said the regional government's alert came too late, after the water had already reached them. Thousands of volunteers walked into the town with brooms and shovels to help clear the mud. The government sent thousands of soldiers and police to help search for the missing. When the king and the prime minister visited Paiporta on Sunday, angry residents threw mud at them. The regional leader later admitted mistakes in the response.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Jeju Air jet crashes on landing in Muan, killing 179",
    "A Jeju Air Boeing 737 skidded off the runway at Muan airport in South Korea and burst into flames after hitting a concrete barrier, killing 179 of the 181 people on board. Investigators are examining a bird strike and the failure of the landing gear.",
    "accident",
)
N(
    "Overloaded boat capsizes on Lake Kivu",
    "A boat carrying about 280 passengers capsized a few metres from the port of Kituku in Goma, and at least 78 people drowned, the governor of North Kivu said. Officials said the boat was badly overloaded.",
    "accident",
)
N(
    "Gold mine collapse kills dozens in Mali",
    "The walls of an artisanal gold mine collapsed near Bilalikoto in western Mali, killing at least 48 people, many of them women, local officials said. Most of the victims were digging in a former industrial mine.",
    "accident",
)
N(
    "Dozens missing after migrant boat sinks off Lampedusa",
    "A boat carrying about 50 migrants from Libya capsized in rough seas south of Lampedusa, and the Italian coastguard rescued 10 people, the UN refugee agency said.",
    "accident",
)
N(
    "Gas tanker explosion sets Nairobi neighbourhood ablaze",
    "A truck carrying cooking gas exploded in Nairobi's Embakasi district late on Thursday, setting homes and businesses on fire and killing at least three people, the government said. More than 270 people were treated for burns.",
    "accident",
)
N(
    "Bus plunges into ravine in Peru's Andes",
    "A bus fell more than 200 metres into a ravine in the Ayacucho region, killing 25 passengers, police said. Survivors said the driver had lost control on a bend.",
    "accident",
)
N(
    "Army helicopter and passenger jet collide over Potomac",
    "An American Airlines regional jet and an Army Black Hawk helicopter on a training flight collided near Reagan National Airport in Washington and fell into the Potomac River, killing all 67 people on the two aircraft. Investigators are looking at the helicopter's altitude.",
    "accident",
)
N(
    "Head-on train collision in Greece kills dozens",
    "A passenger train carrying more than 350 people collided with a freight train near Tempi in central Greece late on Tuesday, killing at least 57 people, many of them students returning from a festival. A station master was arrested.",
    "accident",
)
N(
    "Fireworks factory blast kills 11 in Tamil Nadu",
    "An explosion at a fireworks factory near Sivakasi killed 11 workers and injured several others, police said. Officials said the chemicals may have been mixed in an unsafe way.",
    "accident",
)
N(
    "Fire ravages Notre-Dame cathedral in Paris",
    "A fire that broke out in the roof of Notre-Dame cathedral on Monday evening brought down its spire and destroyed much of the roof, but firefighters saved the main structure and the two bell towers. Prosecutors said they were treating it as an accident, possibly linked to renovation work.",
    "accident",
)
N(
    "All 12 boys and their coach rescued from flooded Thai cave",
    "Divers brought out the last four boys of a youth football team and their coach from the flooded Tham Luang cave in northern Thailand on Tuesday, ending an 18-day ordeal. A former Thai navy diver died during the rescue.",
    "accident",
)
N(
    "Air India jet crashes seconds after take-off in Ahmedabad",
    "An Air India Boeing 787 bound for London crashed into a medical college hostel seconds after taking off from Ahmedabad on Thursday, killing 241 of the 242 people on board and at least 19 people on the ground. Video filmed by a bystander showed the plane losing height and exploding in a fireball as it hit the buildings. The only survivor, a British citizen seated near an emergency exit, walked out of the wreckage and was treated in hospital. Many of the dead on the ground were medical students having lunch in the hostel canteen. It was the first fatal crash of a Boeing 787 since the aircraft entered service in 2011. India's aviation regulator ordered safety checks on Air India's fleet of 787s. Investigators recovered both flight recorders within days. Prime Minister Narendra Modi visited the crash site and the survivor in hospital.",
    "accident",
)

# ---------------------------------------------------------------- negatives: crime and courts

N(
    "Belgian customs seize record cocaine haul in Antwerp",
    "Customs officers found more than 8 tonnes of cocaine hidden in containers of bananas from Ecuador at the port of Antwerp, prosecutors said. Six people were arrested.",
    "crime",
)
N(
    "Mexico sends 29 cartel figures to the United States",
    "Mexico transferred 29 people accused of drug trafficking to the United States, among them a former cartel boss wanted for the murder of an American agent in 1985, officials said.",
    "crime",
)
N(
    "Brussels jury convicts six over 2016 bombings",
    "A jury in Brussels found six men guilty of terrorist murder over the 2016 suicide bombings at the city's airport and a metro station, which killed 32 people. Sentencing will take place in September.",
    "crime",
)
N(
    "Sarkozy begins prison sentence over Libyan campaign funds",
    "Former French president Nicolas Sarkozy began a five-year prison sentence in Paris after he was convicted of criminal conspiracy in a case about funding from Libya for his 2007 campaign. He denies wrongdoing and has appealed.",
    "crime",
)
N(
    "Duterte flown to The Hague after ICC arrest",
    "Former Philippine president Rodrigo Duterte was flown to the Netherlands after his arrest in Manila on a warrant from the International Criminal Court, which accuses him of crimes against humanity over thousands of killings during his war on drugs.",
    "crime",
)
N(
    "Man charged over murder of woman in east London park",
    "A 32-year-old man has been charged with the murder of a woman whose body was found in a park in Walthamstow, the Metropolitan Police said. He will appear in court on Monday.",
    "crime",
)
N(
    "Police rescue businessman held for ransom in Johannesburg",
    "South African police freed a businessman who had been kidnapped for ransom outside his home in Johannesburg and arrested four suspects after a shootout, a police spokesperson said.",
    "crime",
)
N(
    "Crypto entrepreneur jailed for 25 years over fraud",
    "A judge in New York sentenced Sam Bankman-Fried to 25 years in prison for stealing billions of dollars from customers of his collapsed FTX exchange.",
    "crime",
)
N(
    "US Supreme Court limits judges' nationwide injunctions",
    "The Supreme Court ruled 6-3 that federal judges cannot block a government policy for the whole country, in a case over an order restricting birthright citizenship. The court did not rule on the order itself.",
    "other",
)
N(
    "Thieves steal crown jewels from the Louvre in daylight raid",
    "Thieves stole eight pieces of 19th-century jewellery from the Louvre in Paris on Sunday morning in a raid that lasted about seven minutes, France's culture minister said. Four men used a truck fitted with a mechanical ladder to reach a first-floor window of the Apollo Gallery, cut through it with a disc cutter and smashed two display cases. The stolen items included a necklace and earrings that belonged to Empress Marie-Louise and a tiara of Empress Eugénie. A crown dropped by the thieves as they fled on scooters was found damaged near the museum. No one was hurt, though visitors were evacuated and the museum closed for the day. Prosecutors said the thieves appeared to be professionals and that the jewels could be broken up and sold. The heist renewed criticism of security at the world's most visited museum. Police arrested two suspects a week later.",
    "crime",
)
N(
    "Ten killed in shooting at school in Austrian city of Graz",
    "A former pupil opened fire at a secondary school in Graz on Tuesday morning, killing nine students and a teacher before shooting himself in a toilet, Austrian police said. Eleven other people were injured, several of them seriously. The 21-year-old had left the school without finishing his studies and owned the pistol and shotgun legally, police said. Investigators found a farewell letter at his home and a pipe bomb that did not work. The interior minister said there was no indication of a political or religious motive, and police said the attacker had acted alone. The government declared three days of national mourning, and a minute's silence was held across the country. It was the deadliest shooting in Austria's post-war history. The government later announced plans to tighten gun laws.",
    "crime",
)

# ---------------------------------------------------------------- negatives: sport

N(
    "Alcaraz beats Djokovic to retain Wimbledon title",
    "Carlos Alcaraz beat Novak Djokovic 6-2, 6-2, 7-6 in the final on Centre Court to win his second Wimbledon title in a row. Djokovic was playing two months after knee surgery.",
    "sport",
)
N(
    "Verstappen wins Japanese Grand Prix",
    "Max Verstappen led from pole position to win at Suzuka, ahead of his Red Bull team mate Sergio Pérez. Carlos Sainz finished third for Ferrari.",
    "sport",
)
N(
    "Kohli century leads India past Pakistan in Dubai",
    "Virat Kohli hit an unbeaten century as India chased down Pakistan's 241 with 45 balls to spare in the Champions Trophy. The defeat left Pakistan, the hosts, on the brink of elimination.",
    "sport",
)
N(
    "Kiptum smashes marathon world record in Chicago",
    "Kenya's Kelvin Kiptum won the Chicago Marathon in 2:00:35, cutting 34 seconds off the world record. He was 23 and running only his third marathon.",
    "sport",
)
N(
    "Celtics win 18th NBA title",
    "The Boston Celtics beat the Dallas Mavericks 106-88 to win the NBA Finals 4-1, taking the franchise's 18th championship, the most in the league's history. Jaylen Brown was named finals MVP.",
    "sport",
)
N(
    "South Africa retain Rugby World Cup",
    "The Springboks beat New Zealand 12-11 in Paris to win the Rugby World Cup for a record fourth time, after a final dominated by defence. Handré Pollard kicked all of South Africa's points.",
    "sport",
)
N(
    "Pogacar seals fourth Tour de France title",
    "Tadej Pogačar rode into Paris in the yellow jersey to win his fourth Tour de France, more than four minutes ahead of Jonas Vingegaard.",
    "sport",
)
N(
    "Ukraine reach Euro 2024 through play-off",
    "Ukraine came from behind to beat Iceland 2-1 in Wroclaw and qualify for the European Championship. The team has played its home matches abroad since Russia's full-scale invasion in 2022.",
    "sport",
)
N(
    "Usyk beats Fury to become undisputed heavyweight champion",
    "Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh to become the first undisputed heavyweight world champion in 25 years. Fury was saved by the bell after being battered in the ninth round.",
    "sport",
)
N(
    "Hosts Ivory Coast win Africa Cup of Nations",
    "Ivory Coast beat Nigeria 2-1 in the final in Abidjan, with Sébastien Haller scoring the winner, completing a remarkable run after they had nearly been eliminated in the group stage.",
    "sport",
)
N(
    "Late header sends Arsenal top of the league",
    "Arsenal's defender Gabriel headed in a corner in stoppage time to beat Brentford 1-0 and move two points clear at the top of the Premier League. Their striker had earlier hit the post.",
    "sport",
)
N(
    "PSG thrash Inter to win first Champions League",
    "Paris Saint-Germain beat Inter Milan 5-0 in Munich on Saturday to win the Champions League for the first time, the biggest winning margin in the history of the final. Désiré Doué scored twice and set up another, and Achraf Hakimi opened the scoring against his former club after 12 minutes. Teenager Senny Mayulu added the fifth goal late in the game. Coach Luis Enrique, who won the competition with Barcelona in 2015, became one of a handful of managers to lift the trophy with two clubs. PSG's Qatari owners have spent billions on the club since 2011, but the title came after stars such as Lionel Messi, Neymar and Kylian Mbappé had left. Inter, who also lost the final two years ago, never recovered from conceding twice in the first 20 minutes. Tens of thousands of fans celebrated on the Champs-Élysées. The team will parade the trophy in Paris on Sunday.",
    "sport",
)
N(
    "Paris opens Olympics with ceremony on the Seine",
    "Paris opened the Olympic Games on Friday with a ceremony held along the River Seine instead of in a stadium, as athletes sailed past the city's landmarks on a flotilla of boats. Heavy rain fell for much of the four-hour show, but hundreds of thousands of spectators lined the riverbanks. Lady Gaga sang on the steps of the river, and Céline Dion performed from the Eiffel Tower at the end of the evening. The Olympic cauldron was lit by the judoka Teddy Riner and the sprinter Marie-José Pérec and lifted into the sky beneath a balloon. About 10,500 athletes from more than 200 teams are taking part. A scene that some viewers saw as a parody of the Last Supper drew complaints from church leaders, and the organisers apologised. Security was tight, with tens of thousands of police officers and soldiers on duty. The competition continues on Saturday with events in rugby sevens, swimming and cycling.",
    "sport",
)

# ---------------------------------------------------------------- negatives: culture and entertainment

N(
    "Palestinian-Israeli film 'No Other Land' wins documentary Oscar",
    "'No Other Land', made by a collective of Palestinian and Israeli film-makers about the demolition of villages in the Masafer Yatta area of the West Bank, won the Academy Award for best documentary feature.",
    "entertainment",
)
N(
    "'Oppenheimer' sweeps the Oscars",
    "Christopher Nolan's film about the physicist who led the building of the atomic bomb won seven Academy Awards, including best picture, best director and best actor for Cillian Murphy.",
    "entertainment",
)
N(
    "Swiss singer Nemo wins Eurovision",
    "Nemo won the Eurovision Song Contest in Malmö with 'The Code', becoming the first non-binary winner of the competition. Croatia came second.",
    "entertainment",
)
N(
    "Han Kang wins Nobel Prize in Literature",
    "The South Korean author Han Kang won the Nobel Prize in Literature for what the Swedish Academy called her intense poetic prose that confronts historical traumas. She is the first South Korean writer to win the prize.",
    "entertainment",
)
N(
    "Grand Theft Auto VI delayed again",
    "Rockstar Games said the next instalment of its best-selling video game series would be released in November next year rather than in May. Shares of its parent company fell 8%.",
    "entertainment",
)
N(
    "Taylor Swift's Eras tour becomes first to gross $2 billion",
    "Taylor Swift's Eras tour ended in Vancouver after 149 shows on five continents, with ticket sales of more than $2 billion, the most for any concert tour.",
    "entertainment",
)
N(
    "Actor Gene Hackman found dead at his home",
    "Gene Hackman, the Oscar-winning star of 'The French Connection' and 'Unforgiven', was found dead with his wife at their home in Santa Fe, New Mexico, police said. He was 95.",
    "entertainment",
)
N(
    "Iranian director Jafar Panahi wins Palme d'Or at Cannes",
    "The Iranian director Jafar Panahi won the Palme d'Or at the Cannes Film Festival on Saturday for 'It Was Just an Accident', a drama about former prisoners who think they have found the man who tortured them in jail. Panahi, who has been jailed and banned from travelling by Iran's authorities in the past, made the film without official permission. He received the prize from the actress Cate Blanchett to a long standing ovation. In his speech he called on Iranians to put aside their differences and work for freedom. The Grand Prix went to the Norwegian director Joachim Trier for 'Sentimental Value'. The jury was led by the French actress Juliette Binoche. Brazil's Wagner Moura won best actor for 'The Secret Agent'. A power cut in the south of France had disrupted the festival earlier in the day.",
    "entertainment",
)

# ---------------------------------------------------------------- negatives: diplomacy and peace

N(
    "Russia and Ukraine agree prisoner swap at Istanbul talks",
    "Delegations from Russia and Ukraine agreed in Istanbul to exchange 1,000 prisoners each, the largest swap of the war, but made no progress towards a ceasefire. The talks lasted less than two hours.",
    "peace",
)
N(
    "Armenia and Azerbaijan leaders sign peace framework at White House",
    "The leaders of Armenia and Azerbaijan signed a framework for a peace agreement in Washington, which includes a transit route through southern Armenia. Both said it opened a new page after decades of hostility.",
    "peace",
)
N(
    "UN Security Council extends peacekeeping mission in Lebanon",
    "The Security Council voted unanimously to extend the mandate of the UNIFIL peacekeeping force in southern Lebanon for a final time, until the end of next year.",
    "peace",
)
N(
    "Colombia and ELN rebels resume peace talks in Caracas",
    "Negotiators for Colombia's government and the National Liberation Army resumed formal peace talks in Caracas, the first since 2019, with Cuba, Norway and Venezuela as guarantors.",
    "peace",
)
N(
    "Saudi Arabia and Iran agree to restore ties in China-brokered deal",
    "Saudi Arabia and Iran agreed to reopen embassies within two months, after talks hosted in Beijing, ending a seven-year rift between the regional rivals.",
    "peace",
)
N(
    "G7 leaders meet in the Canadian Rockies",
    "Leaders of the Group of Seven industrialised nations met in Kananaskis, Alberta, for a summit dominated by trade and tariffs. They issued statements on critical minerals and artificial intelligence but no joint communiqué.",
    "other",
)
N(
    "Gaza ceasefire takes effect as first hostages and prisoners are freed",
    "A ceasefire between Israel and Hamas took effect in Gaza on Sunday morning, after a delay of nearly three hours while Israel waited for the names of the first hostages to be released. In the afternoon, three Israeli women held since October 2023 were handed over to the Red Cross in Gaza City and taken to Israel, where they were reunited with their mothers. Hours later, Israel released 90 Palestinian prisoners, most of them women and teenagers, from Ofer prison in the West Bank, and crowds greeted their buses in Ramallah. Thousands of displaced Palestinians began walking back towards their neighbourhoods in northern and southern Gaza, many to find their homes in ruins. Hundreds of aid trucks entered the strip through the Kerem Shalom and Rafah crossings, the UN said. The first phase of the agreement is to last six weeks, during which 33 Israeli hostages are to be freed in exchange for hundreds of Palestinian prisoners. Negotiations on a permanent end to the war are to begin in the third week. Qatar, Egypt and the United States brokered the deal.",
    "peace",
)

# ---------------------------------------------------------------- negatives: the military without fighting

N(
    "China stages large drills around Taiwan",
    "China's military sent warships and aircraft to surround Taiwan in exercises it said were a warning against separatist forces, days after the island's new president took office. Taiwan put its forces on alert.",
    "military",
)
N(
    "North Korea fires ballistic missile into sea",
    "North Korea fired a short-range ballistic missile that flew about 350 kilometres before landing in the sea off its east coast, South Korea's military said.",
    "military",
)
N(
    "Poland signs contract for 96 Apache helicopters",
    "Poland signed a contract worth about $10 billion to buy 96 Apache attack helicopters from the United States, part of a plan to raise defence spending to almost 5% of economic output.",
    "military",
)
N(
    "Sweden becomes NATO's 32nd member",
    "Sweden formally joined NATO when its documents were deposited in Washington, ending two centuries of military non-alignment. Prime Minister Ulf Kristersson said the country would now share the alliance's burdens.",
    "military",
)
N(
    "German cabinet approves new voluntary military service",
    "Germany's cabinet approved a law under which all 18-year-old men will have to fill in a questionnaire on their willingness to serve, as the government seeks to enlarge the armed forces.",
    "military",
)
N(
    "India commissions first aircraft carrier built at home",
    "India's navy commissioned the INS Vikrant, the first aircraft carrier designed and built in the country, at a ceremony in Kochi attended by the prime minister.",
    "military",
)
N(
    "NATO allies agree to raise defence spending to 5% of GDP",
    "NATO leaders agreed on Wednesday to raise their spending on defence and security to 5% of economic output by 2035, after pressure from US President Donald Trump. Under the deal, reached at a short summit in The Hague, 3.5% would go to core military needs such as troops and weapons and 1.5% to related items such as cyber defence and infrastructure. Spain secured an exemption, saying it could meet its commitments by spending less, which Trump criticised. The final statement described Russia as a long-term threat to the alliance's security. Trump said he stood by the alliance's promise of mutual defence. Several countries said the target would require cuts elsewhere or more borrowing. Shares in European defence companies rose. NATO's secretary-general, Mark Rutte, said the decision would make the alliance stronger and fairer.",
    "military",
)

# ---------------------------------------------------------------- negatives: anniversaries and history

N(
    "Thousands mark 30 years since Srebrenica killings",
    "Thousands of people gathered at the memorial centre in Potočari to mark 30 years since the killing of about 8,000 Bosniak men and boys, and seven newly identified victims were buried.",
    "history",
)
N(
    "Rwanda marks 30 years since genocide",
    "President Paul Kagame lit a flame at the Kigali Genocide Memorial to start a week of mourning for the more than 800,000 people killed in 1994.",
    "history",
)
N(
    "Unexploded WWII bomb defused in Cologne after 20,000 evacuated",
    "Experts defused three American bombs from the Second World War found during construction work in Cologne, after about 20,000 residents were evacuated from the old town, the city said.",
    "history",
)
N(
    "Hiroshima marks 80 years since atomic bombing",
    "Tens of thousands of people attended a ceremony in Hiroshima's Peace Memorial Park, and a bell tolled at 8:15 am, the moment the bomb exploded. The mayor warned against the growing acceptance of nuclear weapons.",
    "history",
)
N(
    "Germany hands Benin Bronzes back to Nigeria",
    "Germany returned 20 Benin Bronzes to Nigeria at a ceremony in Abuja, the first of more than 1,100 artefacts looted by British troops in 1897 that German museums have agreed to give back.",
    "history",
)
N(
    "Veterans and leaders mark 80th anniversary of D-Day",
    "Veterans in their late nineties and world leaders gathered on the beaches of Normandy on Thursday to mark 80 years since the Allied landings that began the liberation of western Europe from Nazi rule. About 200 veterans, many in wheelchairs, attended ceremonies at Omaha Beach and in the British memorial at Ver-sur-Mer. King Charles, President Emmanuel Macron and US President Joe Biden laid wreaths, and Ukraine's president Volodymyr Zelensky was among the guests. Paratroopers jumped over Sainte-Mère-Église, as their predecessors did on the night before the landings. More than 150,000 Allied troops crossed the Channel on 6 June 1944, and several thousand were killed on the first day. Crowds applauded as the veterans passed. Organisers said this was probably the last large anniversary that veterans would attend in numbers. Germany's chancellor took part in the international ceremony at Omaha Beach.",
    "history",
)

# ---------------------------------------------------------------- negatives: peaceful protest and strikes

N(
    "Farmers block Brussels streets with tractors",
    "Hundreds of farmers drove their tractors into the European quarter of Brussels and blocked streets around the building where EU agriculture ministers were meeting, to protest against low prices and red tape. Police reported no incidents.",
    "protest",
)
N(
    "Hundreds of thousands rally in Tel Aviv for a hostage deal",
    "Hundreds of thousands of Israelis marched peacefully in Tel Aviv on Saturday night, calling on the government to agree a deal to bring home the hostages held in Gaza. Relatives of the hostages addressed the crowd.",
    "protest",
)
N(
    "Junior doctors in England walk out in pay dispute",
    "Resident doctors in England began a five-day strike over pay, and hospitals postponed thousands of appointments. The health secretary said the demands were unaffordable.",
    "protest",
)
N(
    "Climate activists glue themselves to road in Berlin",
    "Activists of the Last Generation group glued their hands to a main road during the morning rush hour, and police removed four of them. Traffic was held up for about an hour.",
    "protest",
)

# ---------------------------------------------------------------- negatives: other news

N(
    "Former refugee elected mayor in Dutch city",
    "A man who arrived in the Netherlands as a teenager after fleeing Somalia was sworn in as mayor, the first former refugee to hold the post in the country. He said he wanted to make the city a place where everyone can feel at home.",
    "other",
)
N(
    "Pope Francis dies at the age of 88",
    "Pope Francis, the first Latin American leader of the Roman Catholic Church, died on Monday morning at his residence in the Vatican at the age of 88, the Vatican said. His death came a day after he appeared on the balcony of St Peter's Basilica to bless the crowds on Easter Sunday. The Argentine pope had spent five weeks in hospital earlier this year with double pneumonia. Francis was elected in 2013 after the resignation of Benedict XVI and made care for the poor, migrants and the environment central to his papacy. He opened debates on the role of women and of lay people in the church, and angered some conservatives. Bells tolled in Rome and in churches across the world as the news spread. Cardinals will meet in a conclave to elect his successor in the coming weeks. World leaders paid tribute to a pope they described as humble and compassionate.",
    "other",
)


# ====================================================================== end of texts


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def fold(text: str) -> str:
    """Case- and punctuation-folded text: lower case, runs of non-word characters as one space."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def other_texts() -> dict[str, str]:
    """Folded `text` of every record of eval/*.jsonl and eval/dev*/conflict.jsonl (not this set's,
    not eval/holdout), mapped to the file it came from. Only the `text` field is read."""
    paths = sorted(EVAL.glob("*.jsonl"))
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != HERE)
    seen: dict[str, str] = {}
    for path in paths:
        if "holdout" in path.parts:
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    seen.setdefault(fold(text), str(path.relative_to(EVAL)))
    return seen


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def is_long(text: str) -> bool:
    return n_sentences(text) >= LONG_SENTENCES[0]


def validate(records: list[dict], others: dict[str, str]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        if rec["id"] is not None and not (
            isinstance(rec["id"], str) and ID_RE.fullmatch(rec["id"])
        ):
            errs.append(f"{w}: id {rec['id']!r}")
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
        text = rec["text"] if isinstance(rec["text"], str) else ""
        n = n_sentences(text)
        lo, hi = LONG_SENTENCES if is_long(text) else SHORT_SENTENCES
        if not lo <= n <= hi:
            errs.append(f"{w}: {n} sentences (1 to 3, or 6 to 15, wanted)")
        max_chars = MAX_LONG_CHARS if is_long(text) else MAX_SHORT_CHARS
        if len(text) > max_chars:
            errs.append(f"{w}: text of {len(text)} characters (at most {max_chars})")
        if isinstance(rec["title"], str) and len(rec["title"]) > MAX_TITLE_CHARS:
            errs.append(f"{w}: title of {len(rec['title'])} characters (at most {MAX_TITLE_CHARS})")
        if isinstance(rec["title"], str) and rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
        if fold(text) in others:
            errs.append(f"{w}: text also in {others[fold(text)]}")
    ids = [r["id"] for r in records if r["id"] is not None]
    errs += [f"duplicate id {k}" for k, n in Counter(ids).items() if n > 1]
    errs += [
        f"duplicate title: {k!r}" for k, n in Counter(r["title"] for r in records).items() if n > 1
    ]
    errs += [
        f"duplicate text: {k!r}"
        for k, n in Counter(fold(r["text"]) for r in records).items()
        if n > 1
    ]
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
    long_pos = sum(1 for r in pos if is_long(r["text"]))
    long_neg = sum(1 for r in neg if is_long(r["text"]))
    hard = sum(1 for r in neg if r["kind"].startswith("hard_negative"))
    share = 100 * len(pos) / len(records) if records else 0.0
    hard_share = 100 * hard / len(neg) if neg else 0.0

    def mean_chars(rs: list[dict]) -> float:
        return sum(len(r["text"]) for r in rs) / len(rs) if rs else 0.0

    short = [r for r in records if not is_long(r["text"])]
    longs = [r for r in records if is_long(r["text"])]
    print(
        f"conflict.jsonl: {len(records)} texts, {len(pos)} conflict ({share:.1f}%), "
        f"{len(neg)} not ({hard} hard negatives, {hard_share:.1f}% of the negatives)"
    )
    print(
        f"  long texts (6 to 15 sentences): {len(longs)} ({long_pos} positive, {long_neg} negative)"
    )
    print(
        f"  mean characters: short {mean_chars(short):.0f}, long {mean_chars(longs):.0f}, "
        f"positives {mean_chars(pos):.0f}, negatives {mean_chars(neg):.0f}"
    )
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
    others = other_texts()
    errs = validate(RECORDS, others)
    for e in errs:
        print("ERROR", e)
    summary(RECORDS, "--table" in sys.argv)
    files = sorted(set(others.values()))
    print(f"  no text shared with {len(others)} folded texts of", ", ".join(files))
    if errs:
        return 1
    recs = assign_ids(RECORDS)
    out = HERE / "conflict.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(out)
    assert back == recs and not validate(back, others)
    assert len({r["id"] for r in back}) == len(back)
    (HERE / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, HERE / "figures.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build eval/dev20/conflict.jsonl (and the empty eval/dev20/figures.jsonl) from the texts below.

Every text is written here with its label, grouped by label and region or kind:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "analysis, features and regional press": explainers, analysis pieces, features,
reviews, opinion and the copy of regional English-language outlets (South Asia, Africa, Latin
America, the Balkans, the Caucasus, South-East Asia), rather than wire copy. The conflict texts
lean to the less obvious forms (analysis of an ongoing war that still reports its violence,
features about displaced families, sieges and blockades, landmines during a war, cross-border
shelling, ambushes, communal militia raids, deadly crackdowns, attacks on aid workers,
hostage-takings by armed groups); the non-conflict texts are mostly hard negatives that use war
vocabulary without violence.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (20), with ids d0001... (a prefix no other set uses).

    python eval/dev20/build.py            # validate, print the counts, write the files
    python eval/dev20/build.py --table    # also print the counts as markdown tables
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
SEED = 20
PREFIX = "d"

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

# ---------------------------------------------------------------- positives, South Asia

P(
    "In Manipur's foothill villages, volunteers keep watch from sandbagged bunkers",
    "Two years after ethnic violence broke out in Manipur, the paddy fields below the hills of Bishnupur district remain a front line. Last Tuesday gunmen firing from the hills killed two farmers and injured a third who were ploughing near Moirang, police said. Villagers say drones carrying small bombs have also been dropped on houses in recent weeks. Many families have moved to relief camps in the valley and do not plan to return before the harvest, if at all.",
    "V E D",
    "communal_violence",
)
P(
    "Bijapur IED blast: eight DRG jawans, driver killed as Maoists target vehicle",
    "Eight personnel of the District Reserve Guard and their civilian driver were killed on Monday when Maoists blew up their vehicle with an improvised explosive device on the Kutru-Bedre road in Chhattisgarh's Bijapur district. The jawans were returning from a joint anti-Naxal operation in the Abujhmarh area, the Bastar range Inspector General informed. The blast left a crater of several feet on the road. Senior officers reached the spot and a search operation has been launched in the surrounding forests.",
    "E",
    "ied_attack",
)
P(
    "Analysis: the offensive in Abujhmarh and what it costs",
    "The announcement that 31 Maoists were killed in a single encounter in the forests of Bijapur this week was presented by the Centre as proof that the insurgency is on its last legs. Two security personnel also died in the gunfight, which lasted most of the day. Security forces have set up more than a dozen new camps inside former guerrilla strongholds since last year and push deeper every month. Adivasi activists say villagers caught between the two sides are paying the price, with several killed in crossfire and others detained as suspected sympathisers. The government has set a deadline to end the insurgency by next March, and officials privately admit that the pace of operations is driven by that date.",
    "B M",
    "offensive",
)
P(
    "Bannu cantonment attack: suicide bombers ram vehicles into wall",
    "Two suicide bombers rammed explosives-laden vehicles into the boundary wall of the Bannu cantonment at the time of iftar on Tuesday, and militants then tried to enter the compound, the military said. Five soldiers and 13 civilians, including women and children living nearby, were killed. Sixteen attackers were killed in the gunfight that followed. A faction linked to the Hafiz Gul Bahadur group claimed the attack, which officials described as terrorism.",
    "E B T",
    "attack_on_base",
)
P(
    "Why Balochistan's insurgents have turned to the highways",
    "For years the Baloch insurgency was fought in remote valleys, far from the national media. That has changed: in recent months separatist fighters have repeatedly set up roadblocks on the main highways, stopped buses and killed passengers identified as coming from other provinces. Last week six labourers were taken off a coach near Kalat and shot, the latest of several such attacks, which the government describes as terrorism. Analysts in Quetta say the tactic is designed to make the province feel ungovernable and to scare away workers on Chinese-funded projects. Bus companies have stopped night services on several routes, and drivers now travel in convoys escorted by the Frontier Corps.",
    "V T",
    "massacre",
)
P(
    "Lakki Marwat: four policemen martyred as militants storm checkpost",
    "Four policemen were martyred and two injured when militants attacked a police checkpost in Lakki Marwat district late on Saturday night, police said. The attackers used heavy weapons and hand grenades, and the exchange of fire continued for almost two hours before reinforcements arrived. Police said the attack was claimed by the Tehreek-e-Taliban Pakistan. It was the third attack on police in the district this month.",
    "B E T",
    "attack_on_police",
)
P(
    "Chaman border: families flee as Pakistani and Afghan forces trade fire",
    "Heavy firing broke out between Pakistani and Afghan Taliban forces at the Chaman border crossing on Sunday afternoon, and mortar shells landed in residential areas on both sides. At least six civilians were killed on the Pakistani side, hospital officials said, while Afghan officials reported casualties in Spin Boldak. Hundreds of families loaded their belongings onto tractors and left the border villages.",
    "B E D",
    "border_clash",
)
P(
    "Poonch after the shelling: 'We sat in the bunker and counted the explosions'",
    "Shabnam Akhtar and her three children spent two nights in the concrete bunker behind their house in Poonch as Pakistani shells fell on the town. When they came out, the house of her neighbour was gone and two people from the lane had been killed. District officials say at least 12 civilians died in the town in the cross-border shelling, the heaviest in two decades. Thousands of residents have left for Jammu and other safer places, and schools remain closed.",
    "E D",
    "shelling",
)
P(
    "Kishtwar encounter: soldier killed, militants holed up in forest",
    "A soldier was killed and two others injured in an encounter with militants in the Chatroo belt of Kishtwar district on Friday, the Army said. The gunfight started after security forces launched a cordon and search operation on specific intelligence about the presence of a group of three to four militants.",
    "B M",
    "encounter",
)
P(
    "Jatrabari's mothers wait outside the morgue",
    "Outside Dhaka Medical College, women sit on the pavement with photographs of their sons. Police and members of the ruling party's student wing opened fire on students blocking the highway at Jatrabari on Saturday, and at least 50 people were killed across the capital over the weekend, according to a tally of hospital records. The government has imposed a curfew and shut down the mobile internet. 'He only went to join his friends,' said one mother, whose 17-year-old son was shot in the chest.",
    "U",
    "crackdown",
)
P(
    "Khagrachhari violence: three killed, shops burned as Hill Tracts tension boils over",
    "Three people were killed and dozens of shops and houses set on fire in Khagrachhari and Dighinala after a mob beat to death a Bengali settler accused of theft, and clashes spread between Pahari and Bengali groups. Witnesses said gunfire was heard after the army was deployed. The interim government has formed a probe committee and Section 144 was imposed in the district town. Several Pahari families said they fled to the forest and have not returned.",
    "U V D",
    "communal_violence",
)
P(
    "Tinkune: two killed as pro-monarchy protest turns violent",
    "Two people, including a television cameraman, were killed in Kathmandu on Friday when a rally calling for the restoration of the monarchy turned violent, police said. Protesters broke through barricades at Tinkune, set fire to houses, vehicles and a party office, and threw stones at police, who used tear gas and fired in the air. The cameraman died when protesters set fire to the building where he was filming.",
    "U",
    "riot",
)
P(
    "Galle Face attacked: government supporters storm protest camp, curfew imposed",
    "Supporters of the ruling party, bused in from outside Colombo, attacked the peaceful protest camp at Galle Face on Monday, tearing down tents and beating protesters, while police watched. In the retaliation that followed across the island, the houses of several ruling-party politicians were set on fire and a lawmaker was killed in Nittambuwa. At least eight people have died and more than 200 were injured, police said.",
    "U",
    "riot",
)
P(
    "Mazar-i-Sharif: bombs on minibuses kill Hazara commuters",
    "Bombs exploded on two minibuses carrying commuters in Mazar-i-Sharif on Thursday evening, killing at least nine people and wounding more than a dozen, Taliban officials said. Both buses were travelling through a neighbourhood where many Shia Hazara live. The Islamic State group said it had targeted Shia passengers. It was the third attack on the Hazara community in a week.",
    "E V T",
    "bombing",
)
P(
    "Kurram convoy attack: 42 passengers killed, dozens still missing",
    "Gunmen opened fire on a convoy of passenger vans travelling from Parachinar to Peshawar under police escort near Bagan in Kurram district on Thursday, killing at least 42 people including women and children. The convoy was carrying mostly Shia passengers. Officials said the attackers fired from both sides of the road for several minutes.",
    "V",
    "massacre",
)
P(
    "Parachinar under blockade: hospitals run out of medicine as road stays closed",
    "The main road linking Parachinar to the rest of the country has been closed for more than two months following sectarian fighting in Kurram, and residents say shelves are empty and petrol is sold in bottles at ten times the price. Doctors at the district headquarters hospital say dozens of patients, including children, have died for want of medicines. The government airlifted some supplies by helicopter, but traders say this is nothing compared to the need. Tribal clashes around Bagan and Balishkhel have killed more than 130 people since November, according to officials.",
    "B H",
    "blockade",
)
P(
    "Bajaur: policeman escorting polio team shot dead",
    "A policeman deployed for the security of a polio vaccination team was shot dead by unidentified motorcyclists in Bajaur district on Tuesday, police said. The team of two female health workers escaped unhurt. The anti-polio campaign in the area has been suspended for two days. Militants have attacked polio teams and their escorts repeatedly in Khyber Pakhtunkhwa, accusing them of spying.",
    "V H",
    "attack_on_aid",
)
P(
    "Reasi: pilgrims' bus falls into gorge after militants open fire",
    "Nine pilgrims were killed and 33 injured when militants fired on a bus carrying devotees from the Shiv Khori shrine in Reasi district on Sunday evening, causing the driver to lose control and the bus to fall into a deep gorge. Police said the militants had been lying in wait on the forested road. Most of the victims were from Uttar Pradesh and Rajasthan, and they included a two-year-old child.",
    "V T",
    "attack_on_pilgrims",
)
P(
    "Churachandpur's relief camps, two years on",
    "In a hostel hall in Churachandpur, 34 families separate their sleeping spaces with saris and plastic sheets. They fled their villages in Imphal valley when Meitei mobs burned Kuki-Zo houses, and they have not been able to go back since. The government gives rice and a small allowance, but the children's schooling has been interrupted twice, and last month's firing in the buffer zone near Kangvai, in which a village volunteer was killed, has made people afraid again.",
    "D H",
    "displacement",
)
P(
    "Pakistani airstrikes in Paktika kill dozens, Taliban say",
    "Pakistani military jets bombed several locations in Barmal district of Afghanistan's Paktika province overnight, killing at least 46 people, most of them women and children, the Taliban government's spokesman said. Pakistani security sources said the strikes targeted hideouts of the Pakistani Taliban who had carried out attacks across the border. The Taliban's defence ministry promised retaliation.",
    "E M",
    "airstrike",
)
P(
    "Sambhal: four killed as survey of mosque sparks clashes",
    "Four people were killed and over 20 policemen injured when clashes broke out in Sambhal on Sunday morning as a team arrived to survey the Shahi Jama Masjid on court orders. A large crowd gathered near the mosque and pelted stones at the police, who used tear gas and lathi-charge, officials said. The families of the dead alleged they were killed by police firing, which the administration denied.",
    "U",
    "riot",
)
P(
    "Buthidaung burned: new arrivals in Kutupalong describe the night their town fell",
    "Rohingya who reached the Kutupalong camps this week say Buthidaung, once home to tens of thousands of their community, was set on fire after the Arakan Army took the town from the military. One man said fighters ordered residents to leave and then burned the houses, and that several people who stayed behind were shot. The Arakan Army denied targeting Rohingya and blamed air strikes. Bangladeshi officials say several thousand Rohingya have crossed the border in recent weeks.",
    "V D",
    "displacement",
)
P(
    "Moreh: commandos and militants exchange fire, shops set ablaze",
    "Heavy exchange of fire took place between state police commandos and suspected Kuki militants in the border town of Moreh on Wednesday, in which one commando was killed and two others injured, officials informed. Militants allegedly fired from the hills on the commando post, and later several shops in the market were set on fire.",
    "B",
    "battle",
)
P(
    "Dera Ismail Khan: soldiers killed in attack on army post",
    "Seven soldiers were martyred when terrorists attacked a security forces' post in the Daraban area of Dera Ismail Khan, the military's media wing said on Wednesday. According to ISPR, the terrorists rammed an explosives-laden vehicle into the post, followed by an assault by several militants who were killed in the exchange of fire. A newly formed group affiliated with the Pakistani Taliban claimed the attack.",
    "B E T",
    "attack_on_base",
)
P(
    "Kunar villagers flee as cross-border rockets hit their district",
    "Rockets fired from across the Durand Line landed in several villages of Afghanistan's Kunar province over the weekend, wounding at least five civilians and damaging houses, local officials said. Residents of Dangam district said they moved their families to relatives further from the border. The Taliban administration accused Pakistani forces of the shelling, while Pakistan said it had responded to fire from Afghan territory.",
    "E D",
    "shelling",
)

# ---------------------------------------------------------------- positives, Africa

P(
    "El Fasher: a city shelled and starved",
    "El Fasher is now the last big town in Darfur not held by the Rapid Support Forces, and it is paying for it. The paramilitary group has encircled the city for more than a year, and its shells and drones fall daily on markets, mosques and the Abu Shouk camp, where displaced people from earlier wars live. Doctors at the only functioning hospital say they treat children for malnutrition and shrapnel wounds in the same ward. A litre of cooking oil costs more than a teacher's monthly salary, and people have started eating animal fodder. Those who try to leave on the road to Tawila are stopped, robbed and sometimes killed at RSF checkpoints, survivors say.",
    "E V H",
    "siege",
)
P(
    "From Wad Madani to Gedaref: one family's second flight",
    "When the war reached Khartoum, Amna Ibrahim took her five children to Wad Madani, where her brother had a house. Eight months later RSF fighters entered that city too, going house by house, taking cars and phones and shooting young men who resisted, she said. The family walked and hitched rides for four days to reach Gedaref, where they now sleep in a classroom with three other families. 'I have been displaced twice in one year,' she said. 'I do not know where we will go if they come here.'",
    "V D",
    "displacement",
)
P(
    "Bara: Sudanese Red Crescent volunteers killed in North Kordofan",
    "Five volunteers of the Sudanese Red Crescent were killed in Bara, North Kordofan, while distributing aid after the RSF took control of the town, the International Federation of Red Cross and Red Crescent Societies said. The volunteers were wearing their vests at the time. The federation said it was 'appalled' and demanded the protection of humanitarian workers, who have been killed repeatedly in Sudan's war.",
    "V H",
    "attack_on_aid",
)
P(
    "Tawila, the small town that took in a camp",
    "In the weeks after the RSF stormed Zamzam camp, Tawila's population has more than doubled. Hundreds of thousands of people walked the 60 kilometres through the desert, many carrying the wounded on donkey carts, and they now live under trees and plastic sheets on the edge of town. Survivors describe fighters killing people in their shelters and burning the market. Aid groups say they have water for only a fraction of the arrivals and cases of cholera are rising.",
    "V D H",
    "displacement",
)
P(
    "Sudan's war has taken to the air. Port Sudan is the proof",
    "For two years Port Sudan was the place to which ministers, diplomats and UN agencies fled, far from the front. This week RSF drones hit the city's fuel depots, its airport and a power station for the sixth day in a row, sending black smoke over the Red Sea. The attacks show the paramilitary group can strike targets a thousand kilometres from its bases. The army, for its part, has used its own drones and jets against markets and towns in Darfur and Kordofan, and civilians on both sides have paid dearly. Fuel queues in the city now stretch for hours, and some families who had fled there from Khartoum are talking of moving again.",
    "E",
    "drone_strike",
)
P(
    "Kadugli and Dilling cut off as hunger spreads in South Kordofan",
    "The two main towns of South Kordofan have been encircled for months, their roads closed by fighting between the army, the RSF and the SPLM-North rebels, and the UN says famine conditions have now been confirmed there. Traders bring in a little grain on donkeys along mountain paths. Families have been eating leaves and wild fruit, a local aid worker said. Fighting on the road to Dilling killed at least 20 people last week.",
    "B H",
    "siege",
)
P(
    "Nasir: White Army overruns garrison as Upper Nile fighting flares",
    "Armed youth of the so-called White Army overran the army garrison in Nasir on Tuesday after days of clashes, South Sudan's information minister said. A UN helicopter sent to evacuate the wounded soldiers came under fire, and one crew member was killed. The government accused the party of the First Vice President of supporting the attack, and several of its officials were arrested in Juba.",
    "B",
    "battle",
)
P(
    "Pibor: armed youth raid villages, abduct women and children",
    "Armed youth from neighbouring communities attacked several villages in the Greater Pibor Administrative Area over the weekend, killing at least 15 people, abducting women and children and driving away thousands of cattle, local officials said. Survivors fled into the bush and to the town of Pibor, where the UN mission has a base. The raids are part of a cycle of revenge attacks that the government has failed to stop.",
    "V D",
    "communal_raid",
)
P(
    "Amhara's war without headlines",
    "Two years after the conflict between Fano militias and the federal army broke out, it rarely makes the international news, but it has not slowed down. This month fighting was reported around Gondar and Debre Markos, and a drone strike on a minibus near Debre Birhan killed at least 12 passengers, according to residents and a hospital worker. The government says it is fighting 'extremists' and that the region is being pacified. Access for journalists and aid workers remains restricted. Teachers say most schools in the countryside have been closed for two years.",
    "B E",
    "battle",
)
P(
    "Oromia: travellers abducted on the road to Ambo, ransom demanded",
    "Gunmen stopped a public bus near Ginchi and took more than 20 passengers into the forest, relatives said, and are now asking families for ransom of up to 500,000 birr each. The regional government blamed the Oromo Liberation Army, which it calls 'Shene', while the rebel group denied involvement. Abductions along the roads west of Addis Ababa have become so common that many students no longer travel home for holidays.",
    "V",
    "abduction",
)
P(
    "Lido beach attack: 37 killed as al-Shabaab targets Mogadishu seafront",
    "Al-Shabaab gunmen and a suicide bomber attacked the busy Lido beach in Mogadishu on Friday evening, killing at least 37 people and wounding more than 200, according to police. The bomber detonated his vest among families enjoying the weekend before gunmen opened fire on people trying to escape. Security forces killed the attackers after an hour. The beach, reopened as a symbol of the city's recovery, had been attacked before.",
    "E V T",
    "terrorist_attack",
)
P(
    "Analysis: al-Shabaab's comeback in Middle Shabelle",
    "Eighteen months ago the government was celebrating the liberation of dozens of towns in central Somalia. Now al-Shabaab has retaken many of them. In a series of attacks this spring, its fighters overran army bases at Moqokori and Adan Yabaal, killing soldiers and seizing vehicles, and they now operate within a few hours' drive of Mogadishu. Clan militias that fought alongside the army complain that they were never paid and have gone home. In Mogadishu itself, mortar rounds fired at the airport zone have become more frequent. Diplomats say the African Union mission, short of money, cannot fill the gap.",
    "B T",
    "offensive",
)
P(
    "Lamu: al-Shabaab gunmen attack bus on Mpeketoni road",
    "Suspected al-Shabaab militants attacked a passenger bus near Milihoi on the Lamu-Mpeketoni road on Tuesday, killing three passengers and injuring several others, police said. The gunmen fired at the bus from the bush before escaping into the Boni forest.",
    "V T",
    "terrorist_attack",
)
P(
    "Opinion: What we saw at Parliament Road on Tuesday",
    "I have covered protests in Nairobi for fifteen years, and I have never seen police shoot at young people in the way they did on Tuesday. By the time part of the crowd broke into the precincts of Parliament and set a wing on fire, officers had been firing live bullets into the crowd for an hour. Human rights groups have counted at least 22 dead across the country. These were not rioters sent by anyone; they were Gen Z with placards and phones, and the state answered them with guns. Some were shot in the back as they ran. The Inspector General owes the country an explanation of who gave the order to fire.",
    "U",
    "crackdown",
)
P(
    "Maputo after the election: looted shops and a rising death toll",
    "Shops along Avenida de Moçambique were looted and set on fire overnight as post-election protests turned into riots in the Mozambican capital, and police fired live rounds and tear gas to disperse crowds. A civil society platform said at least 30 people have been killed by police since the protests began, including a 13-year-old girl in Nampula.",
    "U",
    "riot",
)
P(
    "Ancuabe: insurgents raid villages near graphite mine, workers evacuated",
    "Insurgents linked to the Islamic State raided several villages in Ancuabe district of Cabo Delgado, beheading two people and burning houses, local sources said. The company operating a nearby graphite mine evacuated its workers. Thousands of villagers walked towards the district capital and to Pemba. The attackers were reported to be moving south in small groups.",
    "V T D",
    "raid",
)
P(
    "Chiure's new arrivals: 'We heard gunfire and ran'",
    "Mariamo Abdala arrived at the Ocua displacement site with four grandchildren and a bag of cassava flour. Insurgents had attacked her village in Chiure district two nights earlier, she said, killing her neighbour and burning the chapel. More than 60,000 people have fled in a month as the insurgency moved south into districts that had been spared, according to the IOM. 'We do not have even a pot to cook,' she said.",
    "V D T",
    "displacement",
)
P(
    "Mangu: curfew extended as killings continue in Plateau villages",
    "The Plateau State government extended the 24-hour curfew in Mangu local government area on Thursday after gunmen killed at least 25 people in attacks on three villages, officials said. Houses and farms were burned, and residents of Kwahaslalek fled to the town of Mangu. Youth groups blocked the main road to protest the killings.",
    "V D",
    "communal_raid",
)
P(
    "In Bassa, farmers sleep in town and go to their fields by day",
    "In the villages of Bassa local government area of Plateau State, farmers now leave their homes before sunset and sleep in the town of Miango, where soldiers are stationed. Last week gunmen attacked a hamlet near Kwall at night, killing ten people, among them a woman and her three children, and burning houses, community leaders said. Many families have not gone back since. 'The yam is ready, but who will harvest?' asked one farmer.",
    "V D",
    "communal_raid",
)
P(
    "Zamfara: bandits abduct over 50 villagers, demand levy",
    "Armed bandits invaded Kairu village in Zamfara State on Saturday night and abducted more than 50 people, mostly women and children, residents said. The bandits had earlier demanded a levy of five million naira from the community, which it was unable to pay. One resident said the attackers came on motorcycles, three on each, shooting sporadically. Many villages in the area now pay such levies to the armed groups to be allowed to farm.",
    "V",
    "abduction",
)
P(
    "Malam Fatori: ISWAP fighters overrun army base",
    "Fighters of the Islamic State West Africa Province attacked a military base in Malam Fatori, northern Borno, in the early hours of Monday, killing several soldiers and carting away weapons, military sources said. The insurgents used drones to drop explosives on the base before storming it from three directions.",
    "B E T",
    "attack_on_base",
)
P(
    "Konduga: suicide bomber strikes fish market, 12 killed",
    "A suicide bomber blew herself up in a crowded fish market in Konduga, Borno State, on Saturday night, killing at least 12 people and injuring more than 20, police said. A member of the civilian joint task force said the bomber mixed with customers at a fish-roasting stand. The authorities blamed Boko Haram, which has used women and girls as bombers many times.",
    "E V T",
    "suicide_bombing",
)
P(
    "Ambazonia fighters abduct teachers, burn school in Kumbo",
    "Separatist fighters stormed a secondary school in Kumbo in the North West region of Cameroon on Tuesday, kidnapping four teachers and setting classrooms on fire, a church official said. The separatists have enforced a boycott of schools in the Anglophone regions, which they say teach a French-imposed curriculum.",
    "V",
    "school_attack",
)
P(
    "Cameroon: villagers say soldiers burned homes after separatist ambush",
    "Residents of a village near Mamfe in Cameroon's South West region say soldiers burned dozens of houses and killed at least three civilians on Saturday, a day after separatist fighters ambushed an army patrol nearby and killed two soldiers. Many residents have fled into the forest. The army denied targeting civilians and said it had neutralised 'terrorists'.",
    "V B D",
    "reprisal",
)
P(
    "Mozogo: Boko Haram fighters kill villagers in Cameroon's Far North",
    "Boko Haram fighters raided a village near Mozogo in the Far North region of Cameroon overnight, killing eight civilians and looting livestock, local authorities said. The attackers came from the Mandara mountains on the border with Nigeria. A suicide bomber had killed three people in the same district a week earlier.",
    "V T E",
    "raid",
)
P(
    "Eastern Burkina's towns under blockade: Pama and Diapaga live on airdrops",
    "The towns of Pama and Diapaga, in eastern Burkina Faso, have been cut off for months by jihadist fighters who control the roads and have blown up bridges, residents and aid workers say. The last supply convoy to reach Diapaga was ambushed on the way, and several soldiers and volunteers were killed. Food now arrives mainly by army helicopter, and a bag of millet costs three times its price in Fada N'Gourma. Thousands of displaced people from surrounding villages have crowded into the towns. 'We are prisoners in our own town,' said a teacher in Pama, reached by phone.",
    "B H T D",
    "blockade",
)
P(
    "Barsalogho: hundreds killed as jihadists attack trench diggers",
    "Fighters of the al-Qaeda-linked JNIM attacked residents of Barsalogho who had been ordered by the army to dig trenches around the town, killing hundreds on Saturday, according to survivors and aid groups. Videos shared online show bodies piled in the trenches. The government has not released a toll, and families say they are still looking for the missing.",
    "V T",
    "massacre",
)
P(
    "Boulkessi: JNIM overruns army base near Burkina border",
    "Fighters of the al-Qaeda-linked JNIM attacked the Malian army base at Boulkessi, near the border with Burkina Faso, early on Sunday, and the group said it had killed more than 100 soldiers and taken control of the camp. The army said it had repelled the attack after heavy fighting and lost some men.",
    "B T",
    "attack_on_base",
)
P(
    "Mali army drone strike on a market near Kidal kills civilians",
    "At least 21 civilians, including children, were killed on Sunday when a Malian army drone struck a fuel market near Tinzaouaten, according to Tuareg rebels and local officials. The army said it had targeted 'terrorists' in the area.",
    "E V",
    "drone_strike",
)
P(
    "Tillabéri: soldiers killed in ambush near Malian border",
    "Twenty soldiers and a civilian were killed when their convoy was ambushed by jihadist fighters near Tassia in western Niger's Tillabéri region, the defence ministry said. The attackers, who came on motorcycles, were part of the Islamic State in the Sahel, according to security sources.",
    "B T",
    "ambush",
)
P(
    "Benin's northern park, the new front line of the Sahel war",
    "When JNIM fighters killed 54 Beninese soldiers at two positions in the W National Park last month, it was the deadliest attack yet on the coastal country. Analysts in Cotonou say the group is using the vast park, which straddles three borders, as a base for attacks and to recruit among herding communities who feel neglected. The government has sent more troops north and built new outposts, but farmers near Karimama say they no longer go to their fields.",
    "B T",
    "attack_on_base",
)
P(
    "Goma after the fall: hospitals full, bodies in the streets",
    "A week after M23 rebels entered Goma, the Red Cross said it had buried more than 2,000 bodies and hospitals were still treating hundreds of people wounded by bullets and shells. The fighting for the city killed civilians, Congolese soldiers and their allies, and the UN said many of the displacement camps on the outskirts were emptied as their residents fled.",
    "B H D",
    "battle",
)
P(
    "Tanganyika: Twa and Luba militias clash, displaced pour into Kalemie",
    "Renewed clashes between Twa and Luba militias in Tanganyika province have killed dozens of people in the past month, and thousands of displaced families have arrived in Kalemie, local officials and aid groups said. Villages along the road to Nyunzu have been burned. Women who reached the town described being attacked with arrows and machetes. The displacement sites around Kalemie were already full.",
    "B V D",
    "communal_violence",
)
P(
    "Lubero: ADF rebels kill dozens in raids on villages",
    "Fighters of the Allied Democratic Forces, which has pledged allegiance to the Islamic State, killed at least 41 people in a series of raids on villages in Lubero territory, North Kivu, local civil society leaders said on Sunday. The victims were killed with machetes and some of the houses were burned. Many residents fled to Butembo. The army and Ugandan troops have been conducting joint operations against the ADF since 2021, but attacks have continued.",
    "V T D",
    "massacre",
)
P(
    "Minova: hospital overwhelmed as fighting reaches Lake Kivu shore",
    "The general hospital of Minova, on the shore of Lake Kivu, has received more than 100 wounded people in three days as fighting between M23 rebels and the Congolese army reached the town, MSF said. Patients are lying on the floor in the corridors. Tens of thousands of residents and people displaced from earlier fighting have fled towards Goma and Bukavu by road and by boat.",
    "B H D",
    "battle",
)
P(
    "Adré: refugees describe killings in El Geneina",
    "On the Chadian side of the border at Adré, new arrivals from El Geneina sit in the shade of a few trees waiting to be registered. They describe RSF fighters and allied Arab militias going through the Masalit neighbourhoods, shooting men and boys and burning houses. One woman said her husband and two sons were killed in front of her. More than 8,000 people crossed in a single week, the UN refugee agency said.",
    "V D",
    "displacement",
)
P(
    "Tripoli clashes: residents shelter as militias fight in the capital",
    "Heavy fighting broke out in Tripoli on Monday night after the killing of the leader of a powerful armed group, and residents of Abu Salim and the city centre said they heard rocket fire and machine guns until dawn. The health ministry said at least six people were killed. Flights at Mitiga airport were suspended and the university cancelled exams.",
    "B E",
    "battle",
)
P(
    "Tambura: thousands flee as militias clash in Western Equatoria",
    "Fighting between armed youth from the Azande and Balanda communities in and around Tambura has forced thousands of people to flee, with many sheltering near the UN base and in churches, local officials said. Houses were burned and at least 20 civilians killed in attacks on villages along the road to Nagero.",
    "B V D",
    "communal_violence",
)
P(
    "Kerio Valley: three police reservists killed as bandits ambush patrol",
    "Three National Police Reservists were killed when armed bandits ambushed their patrol along the Kerio Valley in Elgeyo Marakwet County on Sunday, the regional police commander said. The attackers, believed to be cattle rustlers armed with automatic rifles, fled with more than 200 head of cattle. The government has since extended the deployment of the Kenya Defence Forces under Operation Maliza Uhalifu to the area.",
    "B M",
    "ambush",
)
P(
    "Omdurman market shelled: 'The dead were lying between the vegetables'",
    "RSF artillery hit the Sabreen market in Omdurman on Saturday morning, when it was full of shoppers, killing at least 54 people and wounding more than 150, the health ministry said. Volunteers carried the wounded to the Al-Nao hospital, which has been hit several times itself.",
    "E V",
    "shelling",
)
P(
    "Khartoum: MSF suspends work after gunmen storm hospital",
    "Médecins Sans Frontières said it had suspended its work at a hospital in southern Khartoum after armed men entered the building, threatened staff and looted medicines, the third such incident in a month. A medical worker was beaten. The organisation said it could not protect its staff or patients while fighters moved freely around the hospital compound.",
    "V H",
    "attack_on_aid",
)
P(
    "Upper Nile: aid worker killed in ambush on road to Renk",
    "A South Sudanese aid worker was killed and two colleagues wounded when their clearly marked vehicle was ambushed by unknown gunmen on the road between Renk and Malakal, the humanitarian coordinator said. The staff were transporting nutrition supplies to a health centre. South Sudan remains one of the most dangerous countries for humanitarian workers, with several killed every year.",
    "V H",
    "attack_on_aid",
)
P(
    "Eswatini unrest: 27 killed as army deployed against protesters",
    "At least 27 people have been killed in Eswatini as security forces cracked down on pro-democracy protests, rights groups said on Friday. Protesters set fire to shops and trucks in Manzini and Matsapha, and soldiers were deployed with orders to enforce a curfew. Internet services have been cut. The government called the protesters 'rioters with a criminal agenda' and blamed foreign interference.",
    "U",
    "crackdown",
)
P(
    "Explainer: how the July unrest in KwaZulu-Natal spread",
    "It began with roads blocked by supporters of Jacob Zuma after he was jailed for contempt of court. Within days, trucks were being torched on the N3, shopping malls in Durban and Pietermaritzburg were looted, and warehouses burned. By the time 25,000 soldiers were deployed, more than 300 people had died, some in stampedes during looting and others shot by vigilantes in Phoenix. The government calls it an attempted insurrection; others speak of a hungry population pushed over the edge.",
    "U",
    "riot",
)
P(
    "Conakry: two young men shot dead in opposition protests",
    "Two young men were shot dead in the Hamdallaye and Bambeto neighbourhoods of Conakry on Thursday as security forces dispersed protests against the ruling junta, the opposition coalition said. Protesters burned tyres and threw stones at gendarmes, who responded with tear gas and, witnesses said, live rounds.",
    "U",
    "crackdown",
)
P(
    "Senegal: 16 dead after days of riots over Sonko verdict",
    "At least 16 people have been killed in three days of clashes in Senegal after the opposition leader Ousmane Sonko was sentenced to two years in prison, the interior ministry said. Rioters burned buses, supermarkets and part of the Cheikh Anta Diop university in Dakar, and police used tear gas.",
    "U",
    "riot",
)

# ---------------------------------------------------------------- positives, Latin America and the Caribbean

P(
    "El Plateado: army moves into dissident stronghold in Cauca",
    "Colombian soldiers entered El Plateado, in the Micay canyon of Cauca, on Saturday in an operation to retake control of an area run for years by FARC dissidents, the defence ministry said. Troops came under fire from snipers and explosive drones as they advanced, and one soldier was killed. Some residents blocked the road to protest the operation, which the army says it will continue until the dissidents are pushed out.",
    "M B E",
    "military_operation",
)
P(
    "Liancourt: gangs burn houses along the Artibonite road",
    "Gang members attacked the commune of Liancourt in the Artibonite department at dawn on Tuesday, setting fire to dozens of houses and killing at least eight people, including a pastor, residents said on local radio. Families fled through the rice fields towards Verrettes.",
    "V D",
    "gang_attack",
)
P(
    "The classroom is now a home: Port-au-Prince's displaced wait in schools",
    "In the Lycée Marie-Jeanne, Roseline Pierre cooks on a charcoal stove in the corridor where she sleeps with her four children. They fled Solino in November when gunmen went from house to house, she says, and burned the ones whose owners had not paid. More than a million Haitians are displaced, according to the IOM, and the majority live with host families or in improvised sites like this one, without latrines or regular food. The children have not been to school for a year.",
    "V D H",
    "displacement",
)
P(
    "Gangs open fire on journalists at reopening of Haiti's main hospital",
    "Gang members opened fire on journalists and police gathered for the planned reopening of the General Hospital in downtown Port-au-Prince on Tuesday, killing two journalists and a police officer, the national press association said. Several other people were injured. The Viv Ansanm coalition claimed the attack, saying it had not authorised the reopening.",
    "V",
    "gang_attack",
)
P(
    "Kenyan officer killed as gangs ambush multinational mission in Artibonite",
    "A Kenyan police officer serving with the multinational security support mission in Haiti was killed when gang members ambushed a patrol near the Artibonite town of Pont-Sondé on Sunday, the mission said. The officers had been on an operation to clear a road held by gangs.",
    "B",
    "ambush",
)
P(
    "In Cúcuta's stadium, the Catatumbo's displaced sleep on the stands",
    "Under the stands of the General Santander stadium in Cúcuta, families from Tibú and Teorama sleep on foam mattresses handed out by the Red Cross. They fled last week when ELN fighters came into their villages with lists of names, looking for people accused of working with the FARC dissidents, and shot several of them in front of their families. 'They killed my neighbour and his son at the door,' said one woman. The ombudsman says more than 30,000 people have been displaced in the region, one of the largest displacements in Colombia in decades.",
    "V D",
    "displacement",
)
P(
    "In northern Cauca, the drones are the new fear",
    "Residents of Jamundí and Suárez have learned to look at the sky. Armed dissidents of the former FARC have begun to use commercial drones loaded with explosives against police stations and army posts, and sometimes the devices fall on houses. Last week a drone attack on the police station of Suárez killed a patrolman and injured a 10-year-old girl who was walking nearby, the mayor's office said. Teachers say parents keep children at home on days the drones are seen.",
    "E",
    "drone_attack",
)
P(
    "ELN confirms it is holding footballer's father",
    "The ELN guerrilla acknowledged in a statement that one of its units kidnapped Luis Manuel Díaz, father of the Colombian footballer Luis Díaz, in La Guajira, and said he would be released soon. Armed men on motorcycles had taken him and his wife at a petrol station; the mother was rescued hours later by police. The government demanded his immediate release and said the kidnapping threatened the peace talks. Thousands of soldiers were deployed to search for him in the mountains near the border with Venezuela.",
    "V",
    "hostage_taking",
)
P(
    "Michoacán villages emptied as cartels drop bombs from drones",
    "Families from several villages in the Tierra Caliente of Michoacán have left their homes after months of attacks with explosive drones by cartels fighting for control of the region, the Catholic church said. A bomb dropped from a drone killed a farmer and his son in their field near Apatzingán last week. Residents say the armed groups also plant landmines on the dirt roads. Soldiers have been sent, but the attacks continue almost daily.",
    "E D",
    "drone_attack",
)
P(
    "Zacatecas: families leave mountain villages as cartels fight",
    "Dozens of families have abandoned their homes in the mountain communities of Jerez and Valparaíso in Zacatecas after months of fighting between the Sinaloa and Jalisco cartels, the state government said. Gunmen in armoured trucks have fought in the villages, and several residents have been killed. Some families are sleeping in a church in the municipal seat.",
    "B D",
    "displacement",
)
P(
    "Santiago burns: metro stations torched, army patrols under curfew",
    "Protests over a rise in metro fares have turned into the worst unrest in Chile in decades, with dozens of metro stations set on fire and supermarkets looted across Santiago. At least 11 people have died, several of them in fires at looted shops, and the national human rights institute says hundreds have been injured, many by police pellets in the eyes. The president declared a state of emergency, and soldiers patrol the streets of the capital for the first time since the dictatorship.",
    "U",
    "riot",
)
P(
    "Caracas: student killed by tear gas canister as protests enter second month",
    "A 20-year-old student died on Wednesday after being hit in the chest by a tear gas canister fired by the National Guard during an opposition march in Caracas, the prosecutor's office said. He is one of at least 30 people killed since the protests against President Maduro began. Protesters in Altamira built barricades and threw stones and Molotov cocktails at the security forces.",
    "U",
    "crackdown",
)
P(
    "Honduras after the vote: curfew and deaths as protests spread",
    "At least 14 people have been killed in Honduras since protests broke out over the disputed presidential election, rights groups said, most of them shot by soldiers and military police. Protesters have blocked roads with burning tyres and looted shops in Tegucigalpa and San Pedro Sula. The government imposed a night curfew for ten days.",
    "U",
    "crackdown",
)
P(
    "Chapare: Morales supporters seize army barracks and hold soldiers",
    "Supporters of former president Evo Morales seized three military units in the Chapare region of Bolivia on Friday and held more than 200 soldiers, the armed forces said, as their road blockades entered a third week. The protesters are trying to stop the arrest of Morales. The government said the occupiers included armed men and called the action a crime. Earlier in the week, clashes between police and blockaders on the road to Cochabamba left dozens of people injured.",
    "U",
    "riot",
)
P(
    "Cali's nights of fire: the national strike turns deadly",
    "The southern city of Cali has become the epicentre of the national strike, with roadblocks at Puerto Resistencia and Siloé and nightly clashes between young protesters and the riot police. Human rights groups say at least 13 people have been killed in the city, several by police bullets, and that armed civilians fired on indigenous protesters on Sunday. The government sent the army into the city and accused 'vandals' of burning police stations.",
    "U",
    "crackdown",
)
P(
    "Kenscoff: gangs push into hillside villages above the capital",
    "Gangs of the Viv Ansanm coalition have attacked villages in the hills of Kenscoff, south-east of Port-au-Prince, over the past two weeks, killing dozens of residents and burning houses, local officials said. The area had long been considered a refuge from the violence of the capital. More than 3,000 people have fled, some to the town centre and some down to Pétion-Ville. Police and members of a self-defence brigade have been fighting to stop the gangs' advance.",
    "V B D",
    "gang_offensive",
)
P(
    "Saravena: car bomb explodes outside building housing rights groups",
    "A car bomb exploded on Wednesday night outside a building in Saravena, Arauca, that houses human rights organisations and social groups, killing a security guard and damaging houses around it, the ombudsman's office said. The authorities blamed FARC dissidents who have been fighting the ELN for control of the department since the start of the year.",
    "E V",
    "bombing",
)
P(
    "Paraguay's EPP guerrilla still holding former vice-president, family says",
    "Two years after he was kidnapped from his ranch in Concepción by the Paraguayan People's Army, the family of former vice-president Óscar Denis say they have received no proof of life. The small guerrilla group, which operates in the forests of the north, has kidnapped ranchers and a police officer over the years. A joint task force of soldiers and police has been searching for the group. His daughter said the family would pay whatever is asked to have him back.",
    "V",
    "hostage_taking",
)
P(
    "Heliodoro Castillo: families flee Guerrero mountains after drone attacks",
    "Around 400 people from villages in the municipality of Heliodoro Castillo, in Guerrero's sierra, have fled to the town of Tlacotepec after an armed group attacked their communities with drones and rifles, state officials said. Villagers said the gunmen of La Familia Michoacana were fighting a rival group for control of the area. Two people were killed and houses were burned. The state government sent the National Guard and is providing shelter in a sports centre.",
    "E B D",
    "displacement",
)
P(
    "Araucanía: forestry workers shot as arson attacks continue",
    "Two forestry workers were shot and wounded and nine trucks set on fire in an attack in Ercilla, in Chile's Araucanía region, on Wednesday, police said. A group of armed, hooded men left pamphlets claiming the attack in the name of the Mapuche resistance. The government extended the state of emergency in the region and said it would apply the anti-terrorism law.",
    "V T",
    "arson_attack",
)
P(
    "Ecuador's national strike: protester shot dead in Imbabura, police say 17 officers hurt",
    "A protester was shot dead and several people were injured in clashes with soldiers and police in Cotacachi, in Ecuador's Imbabura province, on the tenth day of a national strike against the end of diesel subsidies, the indigenous confederation said. The government said demonstrators armed with sticks and homemade weapons had attacked a military convoy carrying supplies and injured 17 officers.",
    "U",
    "crackdown",
)
P(
    "Sur de Bolívar: miners trapped as ELN and Clan del Golfo fight for gold",
    "Thousands of small-scale gold miners and their families in the mountains of southern Bolívar have been trapped in their villages for weeks as the ELN and the Clan del Golfo fight for control of the mines, the ombudsman's office said. Armed men have banned movement on the roads, and food and fuel are running out in several hamlets. At least six people were killed in the fighting this month.",
    "B H",
    "confinement",
)

# ---------------------------------------------------------------- positives, the Balkans and the Caucasus

P(
    "Leposavić: police officers wounded as explosive device hits patrol",
    "Two Kosovo police officers were injured on Thursday night when an explosive device was thrown at their vehicle near Leposavić, in the north of Kosovo, police said. The officers were taken to hospital in Mitrovica, and their injuries are not life-threatening. The interior minister said the attack was aimed at destabilising the north and promised to find those responsible.",
    "E",
    "grenade_attack",
)
P(
    "Zvečan clashes: NATO soldiers injured as protesters attack",
    "Around 30 soldiers of the NATO-led KFOR were injured on Monday in clashes with Serb protesters in front of the municipality building in Zvečan, KFOR said, some of them with fractures and burns from improvised explosive devices. The protesters threw stones, bottles and Molotov cocktails at the soldiers, who used tear gas and shields. More than 50 protesters were also injured, according to the Serbian side.",
    "U",
    "riot",
)
P(
    "Yala: bomb at morning market kills two, wounds 15",
    "A bomb hidden in a motorcycle exploded at a morning market in Yala's Bannang Sata district on Sunday, killing two vendors and wounding 15 people, police said. Security officials blamed southern insurgents, who have attacked soft targets in the region several times this year.",
    "E V",
    "bombing",
)
P(
    "Novi Sad evening turns violent as ruling party supporters clash with students",
    "Several dozen people were injured on Wednesday evening in Novi Sad and other Serbian cities when supporters of the ruling party attacked protesting students with bats and pyrotechnics, and protesters later broke into the party's offices and set them on fire, police and witnesses said. Riot police used tear gas and stun grenades. It was the most violent night since the student protests began nine months ago.",
    "U",
    "riot",
)
P(
    "Rustaveli Avenue, night eight: water cannon and mass arrests",
    "Police in Tbilisi used water cannon and tear gas for the eighth night in a row to disperse protesters outside parliament who oppose the government's decision to suspend EU accession talks. Protesters threw fireworks at the lines of riot police. The interior ministry said more than 400 people had been detained since the protests began, and the public defender reported that many had been beaten in custody. Opposition leaders were also arrested in raids on their offices.",
    "U",
    "crackdown",
)
P(
    "Goris: Karabakh families arrive with only what fit in the car",
    "The queue of cars coming down the Lachin road into Goris stretched for kilometres on Tuesday, packed with mattresses, suitcases and elderly parents. Most of Nagorno-Karabakh's Armenians have left since Azerbaijan's lightning military offensive last week, which killed hundreds and ended with the separatist authorities agreeing to disarm. A fuel depot explosion near Stepanakert killed dozens of people queuing to leave. Volunteers in Goris hand out tea and register the arrivals, who say they do not expect to return. Some of them had not eaten properly for months because of the blockade.",
    "B M D H",
    "displacement",
)
P(
    "Port-au-Prince besieged: gangs cut the roads to the south and north",
    "Since gangs took control of the Martissant neighbourhood and the national road to the north, Port-au-Prince has been almost cut off by land from the rest of Haiti. Trucks carrying food and fuel must pay gangs at several checkpoints or risk being hijacked and burned, and drivers have been killed for refusing. Prices of rice and cooking gas in the capital have doubled, and the WFP now brings in some supplies by boat and helicopter. Half of the country's population does not have enough to eat, the UN says.",
    "H V",
    "blockade",
)
P(
    "Sotk villagers count holes in their roofs after night of fire",
    "Residents of Sotk, in Armenia's Gegharkunik province, spent the night in basements as Azerbaijani forces shelled the village and nearby positions, the local administration said. Two houses were hit and a woman was wounded by shrapnel. Armenia's defence ministry said Azerbaijan had used artillery and drones along several parts of the border and that dozens of Armenian soldiers had been killed. Buses took children and the elderly to Vardenis.",
    "E D",
    "shelling",
)
P(
    "Karabulak: six gunmen killed in shootout with Ingush security forces",
    "Six suspected militants were killed in an hours-long gunfight with security forces in a house in Karabulak, Ingushetia, on Monday, Russia's anti-terrorism committee said. Two police officers were wounded. The authorities said the men belonged to a cell of the Islamic State and were planning attacks in the region. Residents of nearby houses were evacuated while the shooting continued.",
    "B M",
    "counter_terrorism_raid",
)
P(
    "Yerevan protest dispersed with stun grenades, dozens hurt",
    "Armenian police used stun grenades to disperse protesters who tried to break through a police line to reach the parliament building in Yerevan on Wednesday, injuring about 100 people, the health ministry said. Protesters, led by an archbishop opposed to the handover of border villages to Azerbaijan, threw water bottles and stones at police. The ombudsman said she had asked for an investigation into whether the force used was proportionate.",
    "U",
    "crackdown",
)
P(
    "Cetinje: police fire tear gas as protesters try to block enthronement",
    "Police in Cetinje fired tear gas at protesters who had built barricades of tyres and rubbish containers to stop the enthronement of the Serbian Orthodox Church's new metropolitan in Montenegro's old royal capital on Sunday. Protesters threw stones and bottles, and shots were fired into the air. Dozens were injured, including police officers.",
    "U",
    "riot",
)

# ---------------------------------------------------------------- positives, South-East Asia

P(
    "Pazigyi: regime jets bomb village gathering, over 100 dead",
    "Military jets and a helicopter gunship attacked a crowd gathered for the opening of a local administration office in Pazigyi village, Sagaing Region, on Tuesday morning, killing more than 100 people including women and children, residents and resistance groups said. The bodies were so badly burned that many could not be identified. The junta confirmed the strike, saying it had targeted 'terrorists' of the People's Defence Force.",
    "E V",
    "airstrike",
)
P(
    "Analysis: what the fall of Lashio means for the junta",
    "The capture of Lashio by the Myanmar National Democratic Alliance Army this week is the first time in the country's history that a regional military command has fallen to an armed group. After weeks of street fighting, troops of the Northeastern Command surrendered or fled, and residents said the sound of artillery stopped only on Saturday. The loss exposes the road to Mandalay and shows how far the military's morale has fallen since Operation 1027 began. China, which shares a border with northern Shan, is pressing both sides for a ceasefire. In Mandalay, residents say the army has started digging trenches at the edge of the city.",
    "B",
    "battle",
)
P(
    "Sittwe cut off: Rakhine's capital runs short of rice and medicine",
    "With the Arakan Army in control of almost all of Rakhine State, Sittwe, the state capital still held by the military, is cut off by land, and goods arrive only by sea or air. A bag of rice costs three times what it did a year ago, residents say, and hospitals are short of medicine. Air strikes on villages outside the city continue, and many young men have fled the city to avoid being conscripted.",
    "H E",
    "siege",
)
P(
    "Karenni's forest camps: 'We eat rice once a day'",
    "Under the teak trees of Demoso township, bamboo shelters stretch along a stream where some 3,000 people have lived since junta air strikes drove them from Loikaw. The military has blocked the roads into the area for more than a year, and rice, medicine and fuel come only through smugglers' paths. Aid workers say malaria and diarrhoea are rising among the children. When the jets fly over, families run into the trenches they dug behind the huts. Teachers run a school in a bamboo hut, but many older children have gone to join the resistance or to work in Thailand.",
    "D H E",
    "displacement",
)
P(
    "Myanmar's landmine toll: children lose limbs in Sagaing fields",
    "A 12-year-old boy lost both legs last month when he stepped on a landmine while herding buffalo outside his village in Sagaing's Ye-U township, his family said. UNICEF says Myanmar now records more landmine and unexploded ordnance casualties than any other country, with more than 1,000 killed or injured last year, as both the military and resistance groups lay mines around villages and bases. Many victims never reach a hospital.",
    "E",
    "landmine",
)
P(
    "Bodies found in Magway village after troops withdraw",
    "Villagers returning to Yae Myet in Magway Region found the bodies of 17 people, some with their hands tied, after junta troops left the village following a four-day raid, a local resistance group said. The soldiers burned around 200 houses. Survivors said most of the dead were elderly people who could not flee. About 5,000 residents have been sheltering in nearby forests.",
    "V D",
    "massacre",
)
P(
    "Quake zone bombed: junta air strikes continue despite ceasefire pledge",
    "Myanmar's military carried out air strikes on villages in Sagaing and northern Shan in the days after the 7.7-magnitude earthquake, killing at least 12 people, resistance groups and the UN said, despite announcing a temporary ceasefire to allow relief work. One strike hit a village near the quake's epicentre where survivors were sleeping outside. Aid agencies said the attacks were hampering access to areas already devastated by the disaster.",
    "E H",
    "airstrike",
)
P(
    "Mandalay shipyard: two killed as police fire on striking workers",
    "Police and soldiers opened fire on dock workers and residents protesting against the military coup at the Yadanabon shipyard in Mandalay on Saturday, killing two people, including a 16-year-old boy, and injuring about 30, witnesses and a volunteer emergency team said. The workers had joined the civil disobedience movement and were trying to stop police from arresting colleagues.",
    "U",
    "crackdown",
)
P(
    "Resistance fighters ambush army convoy in Sagaing",
    "Fighters from a local People's Defence Force ambushed a military convoy of eight trucks on the road between Kani and Yinmabin on Friday, detonating homemade mines and then firing on the soldiers, the group said. It claimed that at least 20 soldiers were killed. The military responded with air strikes on nearby villages, residents said.",
    "B E",
    "ambush",
)
P(
    "Narathiwat: two defence volunteers killed in bomb and gun attack",
    "Two village defence volunteers were killed and three others injured when insurgents detonated a roadside bomb and then opened fire on their patrol in Rueso district of Narathiwat on Thursday morning, police said. The attack came a day after a bomb damaged a railway line in Yala. Security officials said they suspect members of the separatist Barisan Revolusi Nasional.",
    "E B",
    "ambush",
)
P(
    "Thai-Cambodian border clash: rockets hit petrol station, 100,000 evacuated",
    "Fighting between Thai and Cambodian troops spread along the border on Friday, with Cambodian rockets hitting a petrol station and a market in Thailand's Sisaket province, killing at least 12 civilians, Thai officials said. Thailand sent F-16 jets to strike Cambodian military targets. More than 100,000 people have been evacuated from border districts in Thailand, and thousands of Cambodians have fled from Oddar Meanchey.",
    "B E D",
    "border_clash",
)
P(
    "Samar: soldiers and NPA rebels clash, three killed",
    "Three New People's Army rebels were killed in a clash with government troops in the hinterlands of Las Navas, Northern Samar, on Tuesday, the army's 8th Infantry Division said. The firefight lasted around 30 minutes after soldiers responded to reports from residents about armed men extorting food.",
    "B",
    "battle",
)
P(
    "Basilan: soldiers killed in clash with MILF members in Sumisip",
    "Two soldiers were killed and 12 wounded in a clash with members of the Moro Islamic Liberation Front in Sumisip, Basilan, on Tuesday, the army said. The troops had been escorting a team of engineers to a project site when armed men opened fire. The MILF said its members thought the soldiers had entered their community without coordination, as required under the ceasefire mechanism.",
    "B",
    "battle",
)
P(
    "Sabah: Abu Sayyaf gunmen take eight fishermen from Lahad Datu waters",
    "Gunmen believed to be from the Abu Sayyaf group abducted eight Indonesian fishermen from two trawlers off Lahad Datu on Thursday night and took them by speedboat towards the Sulu islands, Malaysian police said. The abduction happened despite the curfew in the eastern Sabah security zone. The boat's skipper, who was left behind, said the kidnappers were armed with M16 rifles. The group has demanded ransom for similar hostages in the past.",
    "V T",
    "hostage_taking",
)
P(
    "Puncak: rebels take construction workers hostage, demand withdrawal of troops",
    "Armed separatists of the West Papua National Liberation Army have taken five construction workers hostage in Puncak regency and say they will kill them unless the Indonesian military withdraws from the area, police said. The workers were building a bridge for a road project that the rebels oppose. Police and military negotiators have contacted church leaders to help mediate.",
    "V",
    "hostage_taking",
)
P(
    "Intan Jaya: villagers flee to forest as troops and rebels clash",
    "Hundreds of residents of villages in Intan Jaya regency in Papua have fled to the forest and to church compounds after clashes between Indonesian security forces and fighters of the West Papua National Liberation Army, church leaders said. The military said it had killed several rebels in a raid on their camp, while the rebels said the dead were civilians. Two soldiers were wounded. Schools and the health post in Sugapa have closed.",
    "B M D",
    "battle",
)
P(
    "Jakarta riot after election result: eight dead, police post burned",
    "Eight people were killed and hundreds injured in two nights of rioting in central Jakarta after the official announcement of the presidential election result, the governor said. Rioters threw stones and firecrackers at police, burned cars and a police dormitory in Tanah Abang, and police fired tear gas and rubber bullets.",
    "U",
    "riot",
)
P(
    "Anggruk: teachers killed and school burned by rebels in Yahukimo",
    "Armed separatists attacked a school in Anggruk district, Yahukimo regency, killing a teacher and wounding several others, and then set the school building on fire, police said. The rebels accused the teachers of being spies for the security forces, a claim their colleagues rejected. Surviving teachers were evacuated by helicopter to Jayapura.",
    "V",
    "school_attack",
)
P(
    "Moso massacre: two Save the Children staff among dead",
    "Save the Children said two of its staff members were among more than 30 people whose burned bodies were found in vehicles near Moso village, in Kayah State, after an attack by Myanmar's military on Christmas Eve. The two men were returning to their office after a humanitarian response nearby. The organisation has suspended its operations in parts of the country. Witnesses said soldiers stopped the vehicles, killed the passengers and set them on fire.",
    "V H",
    "massacre",
)
P(
    "Mae Sot: Myawaddy residents cross the Moei river as fighting reaches town",
    "Thousands of people crossed the Moei river from Myawaddy into the Thai town of Mae Sot on Saturday as Karen rebels and junta troops fought for control of the last army base near the border, Thai officials said. Thailand said it could temporarily shelter up to 100,000 people. Explosions and gunfire could be heard from the Thai side.",
    "B D",
    "battle",
)

# ---------------------------------------------------------------- positives, Middle East and Ukraine (analysis and features)

P(
    "Kharkiv's underground classrooms",
    "At eight in the morning, children with backpacks walk down the stairs of the Derzhprom metro station, where a school has been set up on the platform. Kharkiv, 30 kilometres from the Russian border, is hit by glide bombs and missiles most weeks, and parents do not trust surface schools. On Friday a glide bomb struck a residential building in the Shevchenkivskyi district, killing three people, including a girl of 14. 'The children know what each sound means,' said a teacher.",
    "E",
    "airstrike",
)
P(
    "Mine fields of Kharkiv: farmers killed as they return to the land",
    "A tractor driver was killed on Thursday when his vehicle hit an anti-tank mine in a field near Balakliia, regional officials said, the fourth such death in the region this month. Ukraine says a quarter of its territory may be contaminated with mines and unexploded shells since the Russian invasion, and deminers cannot keep up. Farmers often hire unofficial teams or clear fields themselves, despite the risk.",
    "E",
    "landmine",
)
P(
    "Sumy border villages: shelled every day, emptying slowly",
    "Russian artillery, drones and guided bombs hit border communities in Sumy region more than 100 times on Sunday, the regional military administration said, killing two people in Bilopillia. Officials have ordered the mandatory evacuation of children from another eleven villages. Buses leave every morning, but many elderly residents refuse to go. 'Where do I go with my cow?' asked one woman in Krasnopillia.",
    "E D",
    "shelling",
)
P(
    "Belgorod: Ukrainian strike on city centre kills 25, Russia says",
    "A Ukrainian missile and rocket attack hit the centre of the Russian border city of Belgorod on Saturday, killing 25 people, including children, near a skating rink and a shopping centre, Russian officials said. Russia said it shot down most of the projectiles and that debris caused part of the damage.",
    "E",
    "missile_attack",
)
P(
    "A flour sack and a bullet: the daily gamble at Gaza's aid sites",
    "Mohammed, 19, walks four kilometres every night to reach a food distribution site in Rafah before it opens at dawn. Twice he has come back with nothing, and once with a bullet wound in his leg. Hundreds of Palestinians have been killed near the sites since they opened, according to the UN, most of them by Israeli fire, which the army says was aimed at people approaching its troops. 'We know it is dangerous,' he said. 'But my sisters are hungry.'",
    "V H",
    "attack_on_aid_seekers",
)
P(
    "Red Cross mourns three staff killed by shelling at Donetsk aid site",
    "Three staff members of the International Committee of the Red Cross were killed and two injured when shells hit the site where they were distributing firewood and building materials in Viroliubivka, in Ukraine's Donetsk region, on Thursday. The ICRC said its vehicles were clearly marked. Ukraine blamed Russian artillery. The organisation said it was 'devastated' and called on both sides to respect humanitarian workers.",
    "E V H",
    "attack_on_aid",
)
P(
    "Ninth move: a family's tent in al-Mawasi",
    "Since the war began, Umm Khaled's family has moved nine times, from Beit Lahia to Gaza City, to Nuseirat, to Rafah, and now to a tent made of nylon and wood on the sand dunes of al-Mawasi. The area was declared a humanitarian zone, but a strike on tents a few hundred metres away killed at least 19 people last week. Water comes by truck, when it comes. Her youngest son has had diarrhoea for a month. 'Every time they say a place is safe, we go, and then it is bombed,' she said.",
    "D E V H",
    "displacement",
)
P(
    "Tyre's schools fill up as strikes pound south Lebanon",
    "Public schools in Tyre have opened their classrooms to families from border villages as Israeli strikes and shelling intensify across south Lebanon, officials said. Hezbollah fired dozens of rockets at northern Israel on Wednesday, and Israeli strikes on Aitaroun and Kfar Kila killed four people, according to Lebanese state media. Municipal officials say more than 90,000 people have left the border area since October.",
    "E D",
    "shelling",
)
P(
    "Taiz, ten years under siege",
    "In Taiz, the trip from one side of the city to the other, once ten minutes, takes six hours along a mountain road, because the Houthis still block the main routes. Snipers in the hills continue to shoot at people in the city, and shelling killed two children in al-Rawdha last week, local officials said. The water network is split between the two sides. Many residents have not seen relatives on the other side for years.",
    "H E V",
    "siege",
)
P(
    "Jaramana: clashes between Druze gunmen and security forces kill 10",
    "Clashes between local Druze gunmen and Syrian security forces in Jaramana, on the outskirts of Damascus, killed at least ten people overnight, a monitoring group said. The fighting broke out after an audio recording insulting the Prophet, attributed to a Druze cleric, circulated online. Security forces surrounded the suburb, and residents said they stayed inside as gunfire continued until the morning.",
    "B",
    "battle",
)
P(
    "Masafer Yatta: last families leave hamlet after settler attacks",
    "The last Palestinian families living in the hamlet of Zanuta, in the south Hebron hills, have packed their belongings onto trucks and left after months of attacks by settlers, residents said. Settlers beat shepherds, poisoned water tanks and smashed solar panels, and the residents said soldiers did nothing to stop them. The UN says more than 1,000 Palestinians have been displaced from herding communities in the West Bank by settler violence in a year.",
    "V D",
    "settler_attack",
)
P(
    "Mahabad: Kurdish towns under lockdown as Iranian forces fire on protesters",
    "Iranian security forces deployed heavy weapons in Mahabad and other Kurdish towns on Saturday night after protesters set fire to government buildings, Kurdish rights groups said. At least seven people were killed in Mahabad, Bukan and Javanrud in two days, they said, as forces fired live ammunition at mourners.",
    "U",
    "crackdown",
)

# ---------------------------------------------------------------- positives, more analysis, opinion and regional

P(
    "Opinion: In Zurmi, the bandits are now the government",
    "Last week's killing of 16 villagers in Zurmi local government area, shot as they returned from their farms, barely made national news. It should have. In large parts of Zamfara and Katsina, armed bandit groups now decide who may farm, who may travel and how much each village pays in 'tax', and those who refuse are killed or abducted. The federal government keeps announcing new operations, but the people of these villages have learned not to expect the soldiers. Until the state can protect a farmer on the way to his field, all the talk of food security is empty.",
    "V",
    "massacre",
)
P(
    "#EndBadGovernance protests: 13 killed in Kano, Maiduguri and Abuja",
    "At least 13 people were killed as police opened fire on protesters on the first day of the #EndBadGovernance protests, Amnesty International said, most of them in the northern states. In Kano, protesters set fire to a government building and looted shops, and the state imposed a 24-hour curfew. Police said officers had been attacked and their stations burned.",
    "U",
    "crackdown",
)
P(
    "Gezira's women speak of rape by RSF fighters",
    "Women who fled villages in Gezira state describe a pattern: RSF fighters arrive in pickup trucks, loot the houses, and then take women and girls away. A UN fact-finding mission said this month that sexual violence has been used on a large scale by the paramilitary force. In a shelter in Kassala, a 17-year-old said three fighters raped her in front of her mother. Most survivors have received no medical care.",
    "V D",
    "sexual_violence",
)
P(
    "Mekelle hospital runs out of insulin as blockade of Tigray continues",
    "Doctors at Ayder Referral Hospital in Mekelle say they have run out of insulin, dialysis fluid and most antibiotics, and patients are dying of treatable conditions, as the federal government's blockade of Tigray enters its eighth month. No fuel and few aid trucks have entered the region since fighting resumed. The hospital's staff have not been paid for months. The UN says hundreds of thousands of people are facing famine conditions.",
    "H",
    "blockade",
)
P(
    "Kutupalong: Rohingya leader shot dead in his office",
    "Gunmen shot dead Mohib Ullah, a prominent Rohingya community leader, at his office in the Kutupalong refugee camp on Wednesday night, police in Cox's Bazar said. His family blamed the Arakan Rohingya Salvation Army, an armed group that has threatened those who speak against it. Rights groups said his killing would silence others in the camps, where armed groups have killed several people this year.",
    "V",
    "assassination",
)
P(
    "Khuzdar school bus bombing: children among the dead",
    "A suicide car bomber struck a school bus carrying children of army personnel in Khuzdar, Balochistan, on Wednesday morning, killing at least six people, including four children, officials said. Dozens of children were injured. The military called it a terrorist attack and blamed militants it said were backed by India, which New Delhi denied. Parents waited outside the combined military hospital for news.",
    "E V T",
    "bombing",
)
P(
    "Putumayo: border armed groups clash, families move to Puerto Leguízamo",
    "Clashes between the Comandos de la Frontera and a FARC dissident front along the Putumayo river have killed at least nine combatants in a week, according to the army, and families from riverside villages have moved to Puerto Leguízamo. The ombudsman said residents have been forbidden to fish or travel after dark by both groups.",
    "B D",
    "battle",
)
P(
    "Haiti: MSF ambulance stopped, patient executed",
    "Médecins Sans Frontières suspended its activities in Port-au-Prince after armed men stopped one of its ambulances, attacked its staff and killed two of the patients it was carrying, the organisation said. Members of a self-defence group and police were present, MSF said. The charity said its staff had been threatened with death and rape. It is the main provider of trauma care in the capital.",
    "V H",
    "attack_on_aid",
)
P(
    "Lanao del Sur: soldiers kill Dawlah Islamiyah fighters in clash",
    "Government troops killed six members of the Dawlah Islamiyah-Maute group in a clash in the mountains of Piagapo, Lanao del Sur, on Thursday, the army said. One soldier was killed and three wounded in the firefight. The military said it had launched focused operations in the area after residents reported the presence of armed men, and it recovered high-powered firearms.",
    "B M",
    "battle",
)
P(
    "Tal Rifaat: Kurdish families flee as Turkish-backed factions advance",
    "Thousands of Kurdish families fled Tal Rifaat and the villages around it on Sunday as Turkish-backed armed factions seized the area north of Aleppo from the Kurdish-led forces, monitors said. Long lines of cars and tractors headed towards Tabqa and Raqqa. Some of the families were displaced from Afrin in 2018 and are now fleeing for the second time.",
    "B D",
    "offensive",
)
P(
    "Analysis: on the eastern front, drones now decide who can move",
    "Soldiers on both sides describe a kill zone of ten to fifteen kilometres along the front, where anything that moves can be hit by a drone within minutes. Ukrainian commanders say more than half of Russian losses are now caused by drones, while Russia's fibre-optic drones, immune to jamming, have made Ukrainian supply roads around Kostiantynivka deadly. Russian infantry keep advancing in small groups of two or three and take villages one house at a time. Ambulances can no longer reach many positions, and the wounded sometimes wait days to be evacuated.",
    "B E",
    "battle",
)
P(
    "Hodeidah: children killed by landmine on their way to fetch water",
    "Three children were killed and two injured when a landmine exploded as they walked to a water point in the Hays district of Hodeidah governorate, local officials said. The area has been heavily mined during the fighting between government-allied forces and the Houthis, and several children have been killed by mines and unexploded shells this year. Demining teams say new mines are still being laid.",
    "E",
    "landmine",
)
P(
    "Diafarabé: families say soldiers executed Fulani traders after market day",
    "Residents of Diafarabé, in central Mali, say soldiers arrested about 20 Fulani men at the weekly cattle market on Monday, took them away and executed them near the river. Relatives said bodies were found in a common grave outside the town. The army said it had arrested suspected terrorists and that an investigation had been opened. Several families have since fled to Mopti.",
    "V D",
    "execution",
)
P(
    "Bocaranga: rebels attack town, MINUSCA sends reinforcements",
    "Fighters of the 3R armed group attacked the town of Bocaranga in the north-west of the Central African Republic on Saturday, exchanging fire for several hours with government soldiers and Russian instructors, local sources said. At least five people were killed, including two civilians. UN peacekeepers sent reinforcements from Bouar. Many residents spent the night in the bush.",
    "B D",
    "battle",
)
P(
    "Mocímboa da Praia: insurgents clash with Rwandan troops on N380",
    "Insurgents linked to the Islamic State fought Rwandan and Mozambican troops for several hours on the N380 road south of Mocímboa da Praia on Saturday, local sources said, forcing the closure of the main road in Cabo Delgado. Several soldiers were reported killed. Travellers said the insurgents had also stopped vehicles and questioned passengers before the clash. Minibus drivers said they would not travel the road until it was safe.",
    "B T",
    "battle",
)
P(
    "Sanaa: Houthis detain more UN staff, agencies suspend work",
    "The Houthi authorities in Yemen have detained eight more employees of UN agencies in the past week, bringing the number of UN staff held to more than 20, the UN said. Some have been held for years without charge and the group accuses them of spying. The World Food Programme said it was suspending operations in Saada province, where one detained staff member had died in custody.",
    "V H",
    "hostage_taking",
)
P(
    "Bamako's fuel queues: how JNIM's blockade is squeezing the capital",
    "Queues at Bamako's petrol stations now stretch for hundreds of metres and schools have closed because teachers cannot reach them. Since September, JNIM fighters have attacked fuel tankers coming from Senegal and Côte d'Ivoire, burning dozens of trucks and killing or kidnapping drivers, in a blockade announced against the military government. The army escorts convoys, but several have been ambushed on the road. Prices on the black market have tripled.",
    "B H T V",
    "blockade",
)
P(
    "Kampala bombings: suicide attackers hit police headquarters and parliament road",
    "Two suicide bombers struck central Kampala on Tuesday morning, one near the central police station and the other on the road to parliament, killing three civilians and injuring more than 30, police said. The Islamic State claimed the attacks, and Ugandan authorities blamed the Allied Democratic Forces. Members of parliament were evacuated, and roads in the city centre were closed.",
    "E T",
    "suicide_bombing",
)
P(
    "Loi Mamund operation: curfew in Bajaur as families leave for Khar",
    "Security forces launched a targeted operation against militants in Loi Mamund tehsil of Bajaur district on Monday, and a curfew was imposed in more than a dozen villages, the district administration said. Mortar fire and gunshots were heard through the night. Thousands of families left their homes for relief camps set up in government schools in Khar, where they complained of lack of water and bedding. Officials said the operation would continue until the area was cleared of militants.",
    "M B D",
    "military_operation",
)
P(
    "Operation Hadin Kai: air force strikes insurgent camps in Sambisa",
    "Nigerian Air Force jets struck several camps of Boko Haram and ISWAP fighters in the Sambisa forest and on the shores of Lake Chad over the weekend, killing scores of insurgents, a military spokesman said. Ground troops of Operation Hadin Kai later cleared two enclaves and rescued women and children held by the insurgents.",
    "M E",
    "air_campaign",
)
P(
    "Explainer: what India struck in Operation Sindoor, and what Pakistan says it lost",
    "Indian missiles and drones hit nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, including buildings in Bahawalpur and Muridke that India says belonged to the Jaish-e-Mohammed and Lashkar-e-Taiba groups. Pakistan says 31 civilians were killed, among them children, and that mosques were hit. New Delhi called the strikes 'focused, measured and non-escalatory', a response to the killing of tourists in Pahalgam. Pakistan's army said it had shot down several Indian jets and promised to respond.",
    "M E",
    "missile_attack",
)
P(
    "Lower Shabelle: Somali and AU troops launch offensive on al-Shabaab villages",
    "Somali soldiers backed by troops of the African Union mission launched an offensive on Saturday to push al-Shabaab out of villages along the Shabelle river, west of Mogadishu, the defence ministry said. Heavy fighting was reported near Sabiid and Aws Qurun, and the army claimed to have killed dozens of militants. Farmers in the area said they had fled to the town of Afgoye with their families.",
    "M B D",
    "offensive",
)
P(
    "Kyaukme: junta troops retake town after weeks of air strikes",
    "Myanmar's military said it had recaptured the town of Kyaukme in northern Shan State from the Ta'ang National Liberation Army, after weeks of air strikes and drone attacks in which residents said dozens of civilians were killed. The junta's counteroffensive has retaken several towns on the road to the Chinese border this year. Most of the town's residents fled before the fighting and have not returned.",
    "M B E D",
    "offensive",
)

# ---------------------------------------------------------------- negatives: the military without violence

N(
    "Where the rupees go: reading India's defence budget",
    "India's defence allocation for the coming year rises by about 9.5% to 6.8 lakh crore rupees, but a closer look shows that salaries and pensions still eat up more than half of it. The capital outlay for new weapons, aircraft and ships grows only modestly, and much of it is already committed to payments for Rafale jets and Scorpene submarines. Analysts say the Navy is again the biggest winner among the services. The ministry has declared this the 'year of reforms'. For the Army, the long-awaited new artillery guns and light tanks will have to wait another year.",
    "military",
)
N(
    "Pakistan raises defence spending by a fifth in new budget",
    "The federal government has proposed Rs 2.55 trillion for defence in the budget for the next fiscal year, an increase of 20% over the current year, the finance minister told the National Assembly. Opposition members questioned how the increase would be financed when the development budget has been cut.",
    "military",
)
N(
    "Who arms Africa? New SIPRI data show a changing market",
    "Russia is no longer the largest supplier of weapons to sub-Saharan Africa, according to the latest figures from the Stockholm International Peace Research Institute. China has overtaken it, and Turkey is catching up fast with its armed drones, which have been bought by at least a dozen African governments. Arms imports by the region as a whole fell over the past five years. The researchers note that the biggest buyers remain Nigeria, Angola and Mali. Several governments have also turned to second-hand equipment from Eastern Europe and to local production of ammunition.",
    "military",
)
N(
    "Explainer: why Dhaka is shopping for Chinese fighter jets",
    "Bangladesh's air force has begun talks to buy a squadron of Chinese J-10C fighter jets, officials confirmed this week, the country's largest planned arms purchase in years. Its current fleet of MiG-29s and F-7s is ageing and partly grounded. Defence analysts say the choice is also about price and financing, as Western jets would cost far more. The deal has raised eyebrows in New Delhi. The final price and the number of aircraft have not been disclosed.",
    "military",
)
N(
    "Balikatan drills: US and Filipino forces sink decommissioned ship off Luzon",
    "Filipino and American forces sank a decommissioned navy ship with missiles and bombs off the coast of Zambales on Monday as part of the annual Balikatan exercises, the largest in their history. More than 16,000 troops from both countries and observers from a dozen others are taking part. China's foreign ministry warned against 'provocations' in the South China Sea. The drills run until the middle of May.",
    "military",
)
N(
    "Nigerian Army Day: tanks and fly-past in Jos",
    "Thousands of residents lined the streets of Jos on Saturday to watch the parade marking Nigerian Army Day, with armoured vehicles, artillery pieces and a fly-past by air force jets. The President, represented by the defence minister, praised the soldiers' sacrifice and promised better welfare.",
    "military",
)
N(
    "Serbia shows off new Chinese air defence at Batajnica display",
    "Serbia displayed its newly delivered Chinese FK-3 air defence system and armed drones at a military exhibition at the Batajnica air base near Belgrade on Saturday, attended by tens of thousands of visitors. President Vučić said the country was 'stronger than ever' and would soon receive French Rafale jets. Critics in the region asked what Serbia needs so many weapons for. The display included a fly-past of MiG-29s and a parachute jump by special forces.",
    "military",
)
N(
    "An army that cannot afford diesel: inside the SANDF's budget crisis",
    "South Africa's military has had its budget cut in real terms almost every year for a decade, and it shows. Only a fraction of the air force's aircraft can fly, navy ships sit in Simon's Town waiting for spare parts, and a parliamentary committee heard this month that some units cannot afford fuel for training. The defence minister told MPs the force is at a 'breaking point'. Treasury says there is simply no more money.",
    "military",
)
N(
    "Argentina's first F-16s land at Río Cuarto",
    "The first six F-16 fighter jets bought by Argentina from Denmark landed at the Río Cuarto air base on Friday, welcomed by President Javier Milei and the defence minister. Argentina has been without supersonic fighters since its Mirage jets were retired in 2015. Critics asked whether the purchase was a priority at a time of cuts in public spending. The jets, built in the 1980s, were modernised before delivery, and their pilots trained in Denmark and the United States.",
    "military",
)
N(
    "Brazil commissions second submarine built at Itaguaí",
    "The Brazilian Navy commissioned the submarine Humaitá at a ceremony in Itaguaí, Rio de Janeiro state, on Friday, the second of four conventional boats built under a programme with France. President Lula attended the ceremony and spoke of the importance of defending the 'Blue Amazon', as Brazil calls its coastal waters.",
    "military",
)
N(
    "KDF recruitment: thousands of youths queue in Kakamega",
    "Thousands of young men and women turned up at Bukhungu stadium in Kakamega on Monday for the Kenya Defence Forces' annual recruitment exercise, some of them having arrived the night before. Recruiting officers tested their fitness and checked documents. The military warned the public against conmen who demand money promising to secure places. 'This is my third time to try,' said one 22-year-old from Butere.",
    "military",
)
N(
    "Hanoi arms fair draws foreign defence firms",
    "More than 250 defence companies from 30 countries are exhibiting at Vietnam's international defence expo in Hanoi this week, including firms from Russia, the United States, Israel and South Korea. Vietnam displayed domestically built drones and radar systems.",
    "military",
)
N(
    "Thailand's conscription day: red card, black card",
    "At a temple in Bangkok's Bang Kapi district, young men queued on Thursday to draw a card from a box, as they do each April: a red card means two years in the army, a black card means freedom. Some brought their mothers; several transgender women attended with documents to request exemption. The number of volunteers has risen in recent years, and the government says it hopes to end the lottery altogether in time. Rights groups have long criticised the system after reports of abuse of conscripts in training camps.",
    "military",
)
N(
    "Sri Lanka to cut army to 100,000 troops by 2030",
    "Sri Lanka's government plans to reduce the size of its army to about 100,000 soldiers by 2030, down from more than 200,000 at the end of the civil war, the state defence minister said. The move is part of efforts to reduce public spending during the economic crisis. He said the army would become a 'technically and tactically sound' force with modern equipment.",
    "military",
)
N(
    "Indonesian navy receives first Scorpène submarine order",
    "Indonesia has signed a contract with France's Naval Group for two Scorpène submarines to be built at the state shipyard PT PAL in Surabaya, the defence ministry said. The submarines will be assembled locally as part of a technology transfer.",
    "military",
)

# ---------------------------------------------------------------- negatives: films, books, series, games, exhibitions

N(
    "Review: 'Pippa' brings the 1971 tank war to the screen, but forgets the people",
    "Raja Krishna Menon's film about the tank battle of Garibpur has impressive set pieces: the amphibious PT-76 tanks rolling into the river at night, the smoke and mud of the Bengal plains. But the characters, and especially the Bangladeshi ones, never become more than props for the heroism of an Indian officer. Ishaan Khatter is earnest as Captain Balram Mehta. It is a well-made war film that one will forget quickly. A R Rahman's score, on the other hand, is one of his best in years.",
    "entertainment",
)
N(
    "Book review: a Biafra novel that refuses easy answers",
    "The new novel by Enugu-born writer Chika Obi follows three siblings through the Nigerian civil war, from the first air raids on their town to the hunger of the last months. It is a book about what war does to families, written with restraint: the bombs fall off the page, and the story stays with those who queue for relief food and bury their dead. The author's grandmother lived through it, she says in an afterword. Readers of Achebe and Adichie will find familiar ground, but also a new voice. The novel is published in Lagos by a small independent house, and deserves a much wider audience.",
    "entertainment",
)
N(
    "A Sarajevo siege diary, now in English",
    "Written by a 14-year-old girl in a cellar in Grbavica between 1992 and 1994, the diary is a record of shelling, of water collected from the brewery, of friends who left and friends who were killed by snipers. It has been a school text in Bosnia for years. The English translation, published this month, includes photographs the author took with a borrowed camera. She now lives in Vienna and teaches mathematics. Reading it today, what stays with you is not the fear but the boredom, the cold and the small jokes of a teenager who refuses to stop being one.",
    "entertainment",
)
N(
    "'Quo Vadis, Aida?' wins top prize at Sarajevo festival",
    "Jasmila Žbanić's drama about a UN translator trying to save her family during the fall of Srebrenica won the Heart of Sarajevo for best film at the Sarajevo Film Festival on Friday. The audience stood for several minutes after the screening.",
    "entertainment",
)
N(
    "Netflix series on FARC commander divides Colombian viewers",
    "A new Colombian series inspired by the life of a FARC guerrilla commander has become the most-watched show on Netflix in the country, and one of the most argued about. Victims' associations say it makes a kidnapper look glamorous; the producers say it shows the war from the inside without judging. The lead actor spent months with former combatants in a reintegration zone to prepare for the role. The second season is already being filmed in the plains of Meta.",
    "entertainment",
)
N(
    "Review: 'Marawi' film is a careful account of a ruined city",
    "The new film about the five-month siege of Marawi in 2017 follows a Maranao schoolteacher who hides her Christian colleagues in her house. The director avoids the big battle scenes many expected and focuses instead on the days of waiting, the sound of air strikes in the distance, and the return to a city of rubble. The lead actress, herself from Lanao del Sur, is excellent. It opens nationwide on Wednesday.",
    "entertainment",
)
N(
    "Yerevan exhibition shows Karabakh war through photographers' eyes",
    "An exhibition opening at the Cafesjian Center for the Arts in Yerevan gathers more than 100 photographs taken by Armenian and foreign photographers during the 44-day war of 2020 and the exodus of 2023. The curators say they wanted to show not only soldiers but also the kitchens, churches and cemeteries left behind.",
    "entertainment",
)
N(
    "FAU-G review: an Indian shooter game with more patriotism than play",
    "The long-awaited Indian mobile game, set on the Galwan border with soldiers fighting with sticks and fists, has finally launched, and the result is disappointing. The melee combat is repetitive and the missions feel unfinished. The game had been promoted as a homegrown answer to PUBG after the Chinese app was banned. Downloads have been strong, but user ratings have fallen fast.",
    "entertainment",
)
N(
    "'20 Days in Mariupol' fills a Kyiv cinema, again",
    "Two years after it won the Oscar for best documentary, Mstyslav Chernov's film about the first weeks of the siege of Mariupol was screened again in a Kyiv cinema on Sunday, with the director present. Many in the audience were from Mariupol. The film follows the AP team as they record the bombed maternity hospital and the mass graves. After the screening, the audience talked with the director for more than an hour.",
    "entertainment",
)
N(
    "Kigali theatre group takes genocide play to schools",
    "A Kigali theatre company is touring secondary schools with a play about two families, one Hutu and one Tutsi, before, during and after the 1994 genocide against the Tutsi. The actors lead discussions with students after each show. The director said most of the students were born long after 1994, and many learn about what happened in their own families only through such conversations. The tour will visit 40 schools in all provinces before the commemoration period in April.",
    "entertainment",
)
N(
    "Shehan Karunatilaka's Booker-winning novel gets Sinhala translation",
    "'The Seven Moons of Maali Almeida', the darkly comic novel about a dead war photographer trying to solve his own murder in the Colombo of 1990, has been translated into Sinhala and Tamil. The author said it was important that the book, set in the years of the civil war and the JVP insurrection, be read in the languages of the people it is about.",
    "entertainment",
)
N(
    "Review: the new narco series looks good and says little",
    "The latest Mexican series about a drug cartel has expensive helicopters, beautiful haciendas and actors who look like models. There are shootouts in every episode and the plot moves quickly. What it lacks is any sense of the people who live in the places where such groups operate. As entertainment it works; as a portrait of the country, it is one more cliché. The women, as usual, are girlfriends, mothers or victims. Viewers who want to understand what happens in Sinaloa or Michoacán would do better to read the local press.",
    "entertainment",
)
N(
    "Vietnamese war film 'Tunnels' becomes box office hit",
    "'Tunnels: Sun in the Dark', a film about Viet Cong guerrillas in the Cu Chi tunnels in 1967, has become one of the highest-grossing Vietnamese films of all time, released to mark 50 years since the end of the war. Director Bui Thac Chuyen spent years researching the tunnels. Young audiences, the distributors say, have been surprised by how dark and claustrophobic it is. Its success has started a debate online about how the war should be remembered half a century later.",
    "entertainment",
)
N(
    "Drama about women cadets at army academy returns for second season",
    "The Pakistani television drama that follows a group of young women through military training at the Pakistan Military Academy has returned for a second season. The first season was one of the most watched dramas of its year and led to a rise in applications from women, the producers say. Critics have called it glossy, but the lead actresses have been praised.",
    "entertainment",
)
N(
    "Tbilisi: film about the 2008 war opens to mixed reviews",
    "A Georgian feature film about a family in a village near Tskhinvali during the August 2008 war opened in Tbilisi cinemas this week. Some critics praised its quiet, observational style; others said it was too slow. The director, who was a teenager in Gori at the time, said she wanted to make a film about waiting, not fighting. It will also be shown at the Batumi film festival in September.",
    "entertainment",
)

# ---------------------------------------------------------------- negatives: history, anniversaries, veterans

N(
    "White armbands in Prijedor: a remembrance the town would rather forget",
    "Every 31 May, a few hundred people walk through the centre of Prijedor wearing white armbands, to remember the day in 1992 when non-Serbs in the town were ordered to mark themselves and their houses. Many were later taken to the camps of Omarska and Trnopolje. The local authorities still refuse to allow a memorial to the children killed. This year's walk passed quietly, watched by a few police officers.",
    "history",
)
N(
    "Kargil, 25 years later: a veteran goes back to Tololing",
    "Subedar (retd) Harjinder Singh was 23 when his unit climbed Tololing in the dark under fire in June 1999. This week he went back, by car this time, for the Vijay Diwas ceremony at the Drass war memorial. He walked among the names of the fallen and stopped at those of two friends. 'We were young and did not think about dying,' he said. 'Now I think about it every day.' His grandson, who is preparing for the NDA exam, walked beside him holding his arm.",
    "history",
)
N(
    "Victory Day: a freedom fighter's medals and a family's silence",
    "Abdul Karim, 76, keeps his certificate as a freedom fighter of 1971 in a plastic folder in his tin trunk in Kushtia. He joined the Mukti Bahini at 22, crossed to India for training and fought in the Jessore sector. On Victory Day he will join the other veterans at the upazila parade ground. For years, he says, he did not tell his children what he saw, and it was his grandson's school project that made him speak.",
    "history",
)
N(
    "Biafra veterans remember, half a century on",
    "In a small hall in Owerri, about 40 elderly men in faded caps gathered on Saturday to remember comrades who died in the Nigerian civil war that ended in January 1970. Some fought in the Biafran army as teenagers. They talked about hunger, about the children who died of kwashiorkor, and about the 'no victor, no vanquished' declaration. Most of them say the government has never recognised what they went through. At the end, they stood and sang an old marching song, their voices breaking on the high notes.",
    "history",
)
N(
    "In Nyamata church, a survivor guides visitors among the clothes of the dead",
    "The church in Nyamata, south of Kigali, has been a memorial since the genocide against the Tutsi in 1994, when thousands of people who had taken refuge there were killed. Its pews are covered with the clothes of the victims. A survivor who lost her parents there now guides visitors, mostly school groups. 'If I stop talking, they will forget,' she said.",
    "history",
)
N(
    "Dien Bien Phu, 70 years on: a city remembers the battle that ended French Indochina",
    "Dien Bien Phu held a grand parade on Tuesday to mark the 70th anniversary of the Vietnamese victory over French forces, with soldiers, veterans and dancers marching past the old battlefield. For the first time, French soldiers were invited to attend. Hotels in the town were full for a week. The museum of the battle reported a record number of visitors.",
    "history",
)
N(
    "In Laos, the bombs of another war still wait in the rice fields",
    "More than half a century after American planes dropped cluster bombs on the Plain of Jars, teams of deminers still walk the fields of Xieng Khouang with metal detectors. Last year a farmer in Phonsavan lost his hand when his hoe struck a bomblet. Laos is the most heavily bombed country per person in history, and the clearance teams say the job will take generations. A visitor centre in the provincial capital tells the story of the secret war. Each year, the teams clear a few thousand hectares, a small fraction of the land still contaminated.",
    "history",
)
N(
    "Sarajevo's War Childhood Museum opens new wing",
    "The War Childhood Museum in Sarajevo, which collects objects and stories from people who were children during the war of the 1990s, opened a new wing on Monday. Visitors can see a ballet slipper, a diary, a tin of humanitarian aid and a drawing of a tank, each with a short story written by its owner. The museum has also begun collecting from children of more recent wars.",
    "history",
)
N(
    "April 24 in Yerevan: a million flowers at Tsitsernakaberd",
    "Hundreds of thousands of people walked up the hill to the Tsitsernakaberd memorial on Thursday to lay flowers at the eternal flame, marking the anniversary of the Armenian Genocide of 1915. In the evening, young people held a torchlight march through central Yerevan.",
    "history",
)
N(
    "Mullivaikkal remembrance held quietly in Mullaitivu",
    "Tamil families gathered on the beach at Mullivaikkal on Sunday to light lamps for those who died in the last months of Sri Lanka's civil war in 2009. Police were present but the ceremony passed without incident, organisers said. Many of the mourners were women who lost husbands and children. In Jaffna, students served the traditional rice porridge to remember the hunger of those days.",
    "history",
)
N(
    "An archive of Partition voices races against time",
    "The 1947 Partition Archive has recorded more than 10,000 interviews with people who lived through the division of India and Pakistan, and its volunteers say they are racing against time, as most of the witnesses are now in their nineties. In Amritsar, a 94-year-old woman told them how her family walked from Lyallpur and how she lost her younger brother on the way.",
    "history",
)
N(
    "Araw ng Kagitingan: the last veterans of Bataan",
    "Only a handful of Filipino veterans of the Bataan Death March are still alive, and one of them, 101 years old, was wheeled to the shrine on Mount Samat on Tuesday for the Day of Valor ceremony. The President laid a wreath and announced an increase in veterans' pensions. The veteran told reporters he still remembers the thirst of the march in April 1942.",
    "history",
)
N(
    "Tlatelolco, 1968: students march to remember the massacre",
    "Thousands of students marched from Tlatelolco square to the Zócalo in Mexico City on Wednesday to remember the students killed by the army on 2 October 1968. The march passed peacefully. The government has apologised and opened its archives, but organisers said the full truth is still not known. Students carried banners with the slogan '2 de octubre no se olvida'.",
    "history",
)
N(
    "Ayacucho: remains of 1980s victims returned to families",
    "In a ceremony in Ayacucho, Peru's justice ministry returned the remains of 36 people killed during the internal armed conflict of the 1980s and 1990s to their families, after forensic identification. Some of the victims were killed by Shining Path, others by the armed forces. Relatives carried the small white coffins to the cemetery. More than 20,000 people are still considered missing from that period.",
    "history",
)
N(
    "Indonesia's 1965 survivors tell their stories in new book",
    "A new collection of testimonies from survivors of the anti-communist killings and detentions of 1965 and 1966 in Indonesia was launched in Yogyakarta. The book's contributors, most of them in their eighties, describe years in prison camps on Buru island without trial. The launch event was guarded by police after a group of men protested outside the venue.",
    "history",
)
N(
    "Malvinas veterans march in Buenos Aires on anniversary",
    "Veterans of the 1982 Falklands war marched through Buenos Aires on Wednesday, the anniversary of the Argentine landing on the islands, many of them wearing their old uniform jackets. The president attended a ceremony at the monument in Plaza San Martín. Veterans' groups said they still struggle for medical care and recognition, more than four decades after the war. In Ushuaia, thousands took part in a torchlight vigil the night before.",
    "history",
)
N(
    "Guatemala: trial of ex-general for Ixil genocide resumes",
    "The trial of former army chief Benedicto Lucas García for the killing of more than 1,200 Ixil Maya people between 1978 and 1982 resumed in Guatemala City on Monday. Survivors have testified about massacres, sexual violence and the burning of villages in the early 1980s. The defence says the army was fighting a guerrilla insurgency.",
    "history",
)

# ---------------------------------------------------------------- negatives: peace processes

N(
    "Analysis: what is left of Colombia's 'total peace'?",
    "When Gustavo Petro took office, he promised to negotiate with every armed group in the country at once. Three years later, the talks with the ELN have been suspended and resumed so many times that few Colombians follow them, and several dialogue tables with dissident factions exist only on paper. Supporters say the policy has at least opened channels that did not exist before. Critics argue that it gave the groups time to grow and that it will be the next government's problem. The ELN's negotiators now sit in Caracas waiting for a call that does not come. Whoever wins the next election will have to decide whether to start again or close the door.",
    "peace",
)
N(
    "From rifles to robusta: former MILF fighters try coffee in Lanao",
    "On the slopes above Lake Lanao, a group of former Moro Islamic Liberation Front combatants now tends coffee seedlings under a livelihood programme of the peace process. Their cooperative sold its first harvest to a roaster in Cagayan de Oro this year. 'We used to walk these hills with guns,' said one of them, a father of six. The members say they still wait for the houses promised in the normalisation package.",
    "peace",
)
N(
    "Naga talks: NSCN-IM and Centre meet again, flag issue still unresolved",
    "Leaders of the NSCN-IM and the Centre's interlocutor met in Dimapur on Monday for another round of talks on the Naga political issue, nearly a decade after the framework agreement was signed. Sources said the demand for a separate Naga flag and constitution remains the main obstacle.",
    "peace",
)
N(
    "Armenia and Turkey agree to open land border for third-country nationals",
    "Armenia and Turkey agreed on Tuesday to open their land border to citizens of third countries and diplomats, the first concrete step of normalisation talks that began two years ago. The border has been closed since 1993. The special envoys of the two countries, meeting in Vienna, also agreed to begin direct cargo flights. Business groups in Gyumri and Kars welcomed the news.",
    "peace",
)
N(
    "Two years after Pretoria, Tigray's former fighters wait for their future",
    "Under the peace agreement signed in Pretoria, more than 270,000 Tigrayan combatants are to be disarmed and helped back into civilian life, but the programme has moved slowly. In a demobilisation camp outside Mekelle, former fighters spend their days playing cards and waiting for the cash and training they were promised. Aid agencies say donors have so far provided only part of the money needed. Some young men say they are thinking of migrating. The regional interim administration says it has registered all of them and that the money will come.",
    "peace",
)
N(
    "Renamo's last base closes, ending Mozambique's disarmament programme",
    "Mozambique's government and Renamo formally closed the former rebel movement's last military base in Vunduzi, in the Gorongosa mountains, on Thursday, completing the disarmament of more than 5,000 former combatants. The President said the day marked the end of an era.",
    "peace",
)
N(
    "Kosovo and Serbia: dialogue stalls as EU mediator tries again",
    "The EU's special envoy met the chief negotiators of Kosovo and Serbia in Brussels on Wednesday in another attempt to revive the implementation of last year's Ohrid agreement. The sides remain divided over the association of Serb-majority municipalities.",
    "peace",
)
N(
    "Thai government and BRN resume peace dialogue in Kuala Lumpur",
    "Thai negotiators and the Barisan Revolusi Nasional resumed peace talks on the southern border provinces in Kuala Lumpur this week, with Malaysia as facilitator. Both sides agreed on a joint plan to reduce violence and to hold public consultations in the Deep South. Observers said the talks were the most promising in years, but noted that the previous plan was not implemented.",
    "peace",
)
N(
    "China-brokered ceasefire takes effect in northern Shan",
    "A ceasefire between Myanmar's military and the armed groups of the Three Brotherhood Alliance took effect in northern Shan State on Friday after talks in Kunming mediated by China, both sides said. The agreement includes the reopening of trade routes to the border. Residents of Laukkai said markets had begun to reopen. It is not the first ceasefire of its kind in the area.",
    "peace",
)
N(
    "Office on Missing Persons opens new offices in the north and east",
    "Sri Lanka's Office on Missing Persons opened regional offices in Kilinochchi and Batticaloa on Monday, promising to speed up investigations into the tens of thousands of people who disappeared during the civil war. Families of the disappeared, who have protested for years, said they welcomed the offices but had heard many promises before. The office has so far traced a small number of people. It was set up in 2017 as part of commitments Sri Lanka made at the UN Human Rights Council.",
    "peace",
)
N(
    "JEP hands first sentences to former FARC commanders for kidnappings",
    "Colombia's Special Jurisdiction for Peace sentenced seven members of the former FARC secretariat to eight years of restorative sanctions on Tuesday for the kidnapping of more than 20,000 people during the armed conflict. The former commanders will not go to prison but must carry out projects such as searching for the disappeared and clearing landmines. Some victims said the sentence was too light; others said they valued the truth the process produced.",
    "peace",
)
N(
    "Aceh, 20 years after Helsinki: former rebels in suits",
    "Twenty years after the Free Aceh Movement signed a peace agreement with Jakarta in Helsinki, its former commanders sit in the provincial parliament and run businesses, and the Acehnese have elected several governors from their ranks. The agreement, which ended almost three decades of conflict, is considered one of the most successful in Asia. But critics in Banda Aceh say ordinary former fighters were left behind, and promised land has not been distributed.",
    "peace",
)
N(
    "Tumaini talks: South Sudan's government and holdout groups resume in Nairobi",
    "Representatives of South Sudan's government and a coalition of opposition groups that did not sign the 2018 peace agreement resumed talks in Nairobi on Monday under the Tumaini initiative, mediated by Kenya. The delegates are discussing security arrangements and the sharing of power ahead of elections. Church leaders who attend as observers said both sides showed goodwill. The talks had stalled twice last year over which body would oversee the process.",
    "peace",
)

# ---------------------------------------------------------------- negatives: politics and its metaphors

N(
    "The battle for Maharashtra: who holds the edge?",
    "With voting days away, Maharashtra's two alliances are locked in a close battle in which every seat may count. The Mahayuti is banking on its cash transfer scheme for women, while the opposition hopes that anger over split parties and farmers' distress will work in its favour. In Vidarbha, both sides have fielded rebels against each other's candidates. Analysts say the results in Mumbai's suburbs could decide who forms the government. Exit polls will be out on Wednesday evening, but both sides have already claimed victory.",
    "politics",
)
N(
    "Lagos governorship: the gloves are off",
    "The campaign for Lagos State governor has turned into an all-out war of words, with the ruling party accusing its main rival of planning to 'hand Lagos to outsiders' and the opposition calling the government a 'cabal'. Billboards have gone up along the Lekki expressway overnight. Political observers say the real fight is for the votes of young people who did not vote in the last election. The electoral commission has warned all parties against hate speech.",
    "politics",
)
N(
    "Ruto and Gachagua: anatomy of a political divorce",
    "Two years ago they campaigned together as the 'hustlers'; now the President and his deputy are at war. The impeachment motion tabled in the National Assembly accuses Rigathi Gachagua of gross misconduct and of undermining the government. His allies say he is being punished for defending Mount Kenya's interests. Whatever the outcome, analysts say it has redrawn the political map ahead of the next election. In the villages of Nyeri and Murang'a, many voters say they feel betrayed by both men.",
    "politics",
)
N(
    "VAT fight puts South Africa's unity government under strain",
    "The ANC and the Democratic Alliance are at loggerheads over the proposed increase in value-added tax, and the battle has moved from Parliament to the courts. The DA says it will not support a budget that hurts the poor, while the finance minister insists there is no alternative. Commentators say the unity government has survived worse, but this fight tests whether it can pass a budget at all.",
    "politics",
)
N(
    "Marcos and Duterte: the feud that swallowed Philippine politics",
    "The alliance that won the 2022 election in a landslide is now at open war, with the vice-president facing impeachment and the two families trading insults on television and social media. Senate hearings have become a stage for their battle. Analysts say the real fight is over who controls the 2028 presidential race. Both camps deny that the feud is about power.",
    "politics",
)
N(
    "Opinion: The NPP's war on corruption needs more than slogans",
    "The government came to power promising to wage war on corruption, and its supporters cheered each arrest of a former minister. But a war on corruption is not won with arrests alone. Sri Lanka needs an independent prosecutor, a faster court process and asset declarations that mean something. Otherwise this war will end like the previous ones, with a few scapegoats and no system change. The President has a strong mandate and, for once, a parliament that will pass what he asks. He should use it before the goodwill runs out.",
    "politics",
)
N(
    "BNP and Jamaat draw battle lines ahead of election",
    "Former allies the BNP and Jamaat-e-Islami are preparing to fight each other in dozens of constituencies in the upcoming parliamentary election, after seat-sharing talks broke down. Leaders of both parties have sharpened their attacks at rallies, with BNP accusing Jamaat of 'betraying 1971'. Analysts say the contest will be the first truly competitive election in Bangladesh in 15 years. The election commission has yet to announce the schedule.",
    "politics",
)
N(
    "Mexico's judicial reform wins Senate battle by a single vote",
    "Mexico's Senate approved the controversial judicial reform early on Wednesday after a marathon session, with the ruling party securing the two-thirds majority by a single opposition senator's vote. Judges and court employees, who had been on strike for weeks, had protested outside. The opposition says the reform, under which judges will be elected, will end the independence of the courts.",
    "politics",
)
N(
    "Milei's chainsaw: how Argentina's president attacked the budget",
    "Javier Milei campaigned with a chainsaw, and in his first year he used it: public works were frozen, ministries halved, transfers to the provinces cut. The monthly fiscal surplus has been celebrated by markets. But universities and pensioners say they have paid the price, and the opposition accuses him of an assault on the public sector. Polls suggest his popularity has so far held. The question for the coming year is whether the economy starts to grow before patience runs out.",
    "politics",
)
N(
    "Georgian Dream declares war on the 'global war party'",
    "Georgia's ruling party has stepped up its rhetoric against what it calls the 'global war party', a shadowy network it says is trying to drag the country into Russia's war against Ukraine. Speaking at a rally in Tbilisi, the party's founder Bidzina Ivanishvili promised to ban the main opposition parties after the election.",
    "politics",
)
N(
    "Prabowo's 'war on smuggling' targets nickel and rice",
    "President Prabowo Subianto has ordered a 'total war' on smuggling and illegal mining, setting up a task force that includes the military and police. In its first month, officials say, the task force seized tonnes of illegally exported nickel ore and smuggled rice.",
    "politics",
)
N(
    "Ghana: NPP and NDC battle for the Volta swing seats",
    "The two main parties have turned their guns on a handful of swing constituencies in the Volta and Central regions, where the last election was decided by a few thousand votes. Campaign buses have criss-crossed the region, and both candidates have promised new roads and jobs. In Ho, the regional capital, market women say they are waiting to see who will fix the price of food.",
    "politics",
)
N(
    "Vučić's war on the media, as told by a Belgrade editor",
    "The editor of one of the few independent newspapers in Serbia says the government's campaign against the press has entered a new phase: pro-government tabloids call journalists 'traitors' daily, tax inspectors visit newsrooms, and advertisers are told to stay away. The government denies any pressure. Press freedom groups have downgraded Serbia in their rankings again this year.",
    "politics",
)

# ---------------------------------------------------------------- negatives: business wars and economy metaphors

N(
    "Jio, Airtel and the end of India's tariff war",
    "For years Indian telecom companies fought a bruising price war that left only three private players standing. Now all three have raised mobile tariffs by 10 to 25% within days of each other, and analysts say the era of the cheapest data in the world is over. Consumers on social media complained loudly. The government says it does not regulate tariffs. The state-run BSNL, which did not raise its prices, says it has gained subscribers.",
    "economy",
)
N(
    "Cement war: Dangote and BUA trade accusations over prices",
    "Nigeria's two biggest cement makers have stepped up their public war of words, with each accusing the other of keeping prices high while blaming the cost of gas and the naira. The government summoned both companies to Abuja and they agreed to cut prices, but builders in Lagos say the reduction has not reached the market.",
    "economy",
)
N(
    "M-Pesa under attack? Airtel Money bets on zero fees",
    "Airtel Kenya has scrapped charges on small mobile money transfers in an attempt to win customers from Safaricom's dominant M-Pesa, opening a new front in the mobile money war. Safaricom said it was not worried and pointed to its network of agents. Analysts say zero fees may not be enough to break habits formed over 15 years. Airtel says it signed up more than 100,000 new users in the first week.",
    "economy",
)
N(
    "Grab and GoTo end discount war, raise fares",
    "Indonesia's two biggest ride-hailing companies have quietly reduced discounts and raised fares, signalling an end to the costly battle for market share that kept prices low for years. Drivers welcomed the change, while some customers said they would return to motorbike taxis hailed on the street. Talks on a merger between the two have been reported several times.",
    "economy",
)
N(
    "Onion war: India's export ban sends Bangladesh prices soaring",
    "Onion prices in Dhaka's Karwan Bazar doubled within a week after India banned exports of the vegetable, the latest episode of what traders call the onion war between the neighbours. The commerce ministry said it would import from China, Turkey and Egypt. Housewives said they were buying onions by the piece, not by the kilo. India lifted a similar ban last year only after prices in its own markets had fallen.",
    "economy",
)
N(
    "Fare war in South African skies as new airlines take off",
    "A new low-cost carrier launched flights between Johannesburg and Cape Town this week with fares as low as R599, setting off a fare war with the established airlines. Travel agents say prices on the route have fallen by a third. Analysts warn that the market has seen many airlines start and collapse in recent years. Consumer groups say the low fares may not last beyond the holiday season.",
    "economy",
)
N(
    "VinFast cuts prices as China's BYD lands in Vietnam",
    "Vietnamese carmaker VinFast cut the prices of its electric cars by up to 15% this week, days after China's BYD opened its first showrooms in Hanoi and Ho Chi Minh City. Analysts say a price war in the small but fast-growing electric vehicle market is now inevitable.",
    "economy",
)
N(
    "Colombia and the US step back from tariff war after deportation row",
    "Colombia and the United States pulled back from a trade war on Sunday night after Bogotá agreed to accept military flights carrying deported migrants, the White House said. Hours earlier, Washington had announced 25% tariffs on Colombian goods, and President Petro had promised to respond in kind. Flower and coffee exporters said they had spent a sleepless weekend.",
    "economy",
)
N(
    "Banorte's hostile bid shakes Mexican banking",
    "Grupo Financiero Banorte launched a hostile takeover bid for a rival lender on Monday, offering shareholders a premium of 20% over Friday's closing price. The board of the target bank called the offer 'opportunistic' and urged shareholders to reject it.",
    "economy",
)
N(
    "Serbia-Kosovo trade war: 100% tariffs empty the shelves of Serbian goods",
    "Shops in Pristina have replaced Serbian milk, chocolate and flour with products from North Macedonia and Albania, six months after Kosovo imposed a 100% tariff on goods from Serbia. Serbian exporters say they have lost millions of euros. The EU and the United States have urged Kosovo to lift the tariffs, arguing that they harm the dialogue.",
    "economy",
)
N(
    "The brandy war: Armenia fights for the right to say 'cognac'",
    "Armenian producers, who have sold their brandy as 'konyak' in the former Soviet Union for more than a century, will have to stop using the word under an agreement with the EU. The transition period runs for 25 years for exports to Russia. Producers in Yerevan say they fear losing their brand, and have proposed 'Armenian brandy' as the new name.",
    "economy",
)

# ---------------------------------------------------------------- negatives: sport

N(
    "Pakistan's pace attack blows away Bangladesh in Rawalpindi",
    "Pakistan's fast bowlers ripped through the Bangladesh top order on the third morning in Rawalpindi, with Naseem Shah taking three wickets in his first spell. The batsmen were under siege on a pitch with more grass than usual. Only a late counter-attack by the wicketkeeper lifted the visitors past 150. The crowd, small all week, cheered every wicket.",
    "sport",
)
N(
    "Pro Kabaddi: Patna's raiders too hot for Bengal",
    "Patna Pirates' raiders scored 24 points as they defeated Bengal Warriorz in a one-sided Pro Kabaddi League match in Pune on Saturday night. Their star raider completed his tenth Super 10 of the season with a four-point raid in the last minute. The Bengal defence, usually solid, fell apart after the first ten minutes. Patna move to third in the table.",
    "sport",
)
N(
    "Super Eagles' attack fires blanks as Nigeria held in Abidjan",
    "Nigeria's star-studded attack could not find a way past a stubborn defence as the Super Eagles were held to a goalless draw in their Africa Cup of Nations opener in Abidjan on Sunday. The coach defended his strikers, saying the chances would come.",
    "sport",
)
N(
    "Kipchoge's last battle? The great marathoner returns to Tokyo",
    "Eliud Kipchoge, now 40, returns to the Tokyo Marathon on Sunday, and everyone in Kenya's running world is asking whether this will be his last big race. He has said he wants to run in every continent before he retires. Younger rivals, including two who have broken 2:03 this year, have promised to attack from the start. In Kaptagat, where he has trained for two decades, his training partners say he is as disciplined as ever. 'He is still the first one out in the morning,' said one.",
    "sport",
)
N(
    "Persija-Persib match moved to Bali over fan rivalry",
    "The league has moved Sunday's match between Persija Jakarta and Persib Bandung to Bali and ordered it to be played without supporters of either club, citing the long and sometimes violent rivalry between their fans. Police said the decision would avoid the risk of clashes between the Jakmania and Bobotoh groups. Both clubs said they regretted playing without their fans. The rivalry is one of the oldest in Indonesian football, dating back to the 1930s.",
    "sport",
)
N(
    "Eternal derby: flares and fights as Partizan and Zvezda share points",
    "The 'eternal derby' between Partizan and Red Star Belgrade ended 1-1 on Saturday, but the match was stopped for 15 minutes in the second half because of flares thrown onto the pitch. Before the game, groups of rival fans fought in the streets around the stadium, and police said 26 people were detained. The Football Association of Serbia has opened disciplinary proceedings against both clubs. Red Star remain top of the table, eight points ahead of their city rivals.",
    "sport",
)
N(
    "Lelos' defence holds firm as Georgia beat Portugal",
    "Georgia's forwards dominated the scrum and the defence held firm under a late Portuguese attack as the Lelos won 25-13 in Tbilisi to stay top of the Rugby Europe Championship. The crowd of more than 50,000 sang through the final ten minutes.",
    "sport",
)
N(
    "Gukesh's kingside attack stuns the field in Wijk aan Zee",
    "India's world champion Gukesh Dommaraju launched a kingside attack with a bishop sacrifice against a top Dutch grandmaster in Wijk aan Zee on Tuesday and won in 31 moves. Commentators called it one of the best attacking games of the tournament.",
    "sport",
)
N(
    "Manila boxer wins 'war' in twelfth round",
    "Filipino boxer Jerwin Ancajas won the vacant world title on Saturday after a brutal twelve-round war in which both fighters were knocked down. The judges scored it unanimously for the Filipino. 'It was a real battle,' he told reporters, his right eye swollen shut. He dedicated the belt to his mother in Panabo.",
    "sport",
)
N(
    "Ethiopian women win battle for gold in 10,000 metres",
    "Ethiopia's runners won gold and silver in the women's 10,000 metres on Saturday after a tactical battle with their Kenyan rivals that was decided only on the last lap. The winner kicked with 200 metres to go and no one could follow. In Addis Ababa, people gathered in cafés to watch the race and celebrated in the streets. The bronze went to a Kenyan who had led for most of the race.",
    "sport",
)
N(
    "Tigers fight back to save Test against Sri Lanka",
    "Bangladesh batted for more than five sessions on a turning pitch in Chattogram to save the second Test against Sri Lanka, with the captain scoring an unbeaten century. The Tigers had been under pressure after following on. 'We fought like warriors,' he said after the match. The series ended 1-0 for Sri Lanka.",
    "sport",
)
N(
    "Clásico Tapatío: Chivas lay siege to Atlas goal but settle for draw",
    "Chivas spent most of the second half camped in the Atlas half but could not find a winner, and Guadalajara's derby ended 0-0 at the Estadio Akron on Saturday. The Atlas goalkeeper made eight saves. Chivas' coach said his team deserved more. The result leaves both teams outside the playoff places.",
    "sport",
)
N(
    "Indonesia's smash attack brings Thomas Cup semi-final win",
    "Indonesia's men beat Japan 3-1 to reach the Thomas Cup final on Saturday, with the young singles player winning the deciding match with a series of thunderous smashes. Supporters in Jakarta watched on giant screens. Indonesia, the most successful nation in the history of the tournament, will face China in the final.",
    "sport",
)
N(
    "IPL: the southern derby turns into a six-hitting battle",
    "Chennai Super Kings and Royal Challengers Bengaluru hit 33 sixes between them on Friday night as Bengaluru won a high-scoring southern derby by 27 runs at the Chinnaswamy Stadium. The crowd of nearly 35,000 stayed until the final ball. Chennai's bowlers, who had been the best in the league, were taken apart.",
    "sport",
)

# ---------------------------------------------------------------- negatives: crime

N(
    "Moosewala murder: chargesheet names gangsters in Canada",
    "Punjab Police have filed a chargesheet in the murder of singer Sidhu Moosewala, naming 24 accused, including a gangster based in Canada who claimed the killing on social media. The singer was shot dead in his car in Mansa district by shooters of a rival gang. Investigators say the killing was part of a feud between criminal gangs and was planned for months. His parents said they would continue to fight for justice.",
    "crime",
)
N(
    "Karachi street crime: man shot dead for resisting mobile snatchers",
    "A young man was shot dead by two motorcycle-riding robbers in Gulistan-e-Jauhar on Wednesday night when he resisted their attempt to snatch his mobile phone, police said. He was a software engineer who had got married three months ago. Citizens protested outside the police station, saying street crime in the city had gone out of control. Police said they had obtained CCTV footage of the suspects.",
    "crime",
)
N(
    "Soweto tavern shooting: 16 killed, police hunt gunmen",
    "Gunmen in a minibus opened fire on patrons of a tavern in Orlando East, Soweto, just after midnight on Sunday, killing 16 people and wounding several others, police said. The motive is not known, but police are investigating links to illegal mining gangs.",
    "crime",
)
N(
    "Shakahola: cult leader's trial opens as more graves are found",
    "The trial of preacher Paul Mackenzie and 94 co-accused over the deaths of more than 400 of his followers in Shakahola forest opened in Mombasa on Monday. Prosecutors say he told followers to starve themselves to death to meet Jesus. Forensic teams have continued to exhume bodies from shallow graves. Relatives of the dead filled the courtroom.",
    "crime",
)
N(
    "EFCC arrests 792 suspects in Lagos cyber-fraud raid",
    "Operatives of the Economic and Financial Crimes Commission arrested 792 suspects, including 148 Chinese nationals, in a raid on a seven-storey building in Victoria Island, Lagos, that the commission says was used for romance and investment scams. Computers and phones were recovered. The suspects were recruited to pose as foreigners on dating sites, the agency said. The commission said it would charge the suspects in court once investigations were concluded.",
    "crime",
)
N(
    "Fuel theft: Mexican navy seizes tanker ships in Tamaulipas",
    "Mexican authorities seized a tanker ship and more than ten million litres of illegally imported diesel in the port of Tampico, the largest seizure of its kind, the government said. Officials said the fuel was brought in as lubricant to avoid taxes, a scheme known as 'huachicol fiscal'.",
    "crime",
)
N(
    "Pampanga raid: POGO hub workers found held in compound",
    "Philippine authorities raided a compound in Porac, Pampanga, that housed an offshore gaming operation and rescued more than 150 workers, including foreigners, who said they were forced to run online scams. Police found rooms where workers were punished. The Senate has opened hearings on the hub's links with local officials. The mayor of a nearby town has since been dismissed from office.",
    "crime",
)
N(
    "Novo cangaço: gang with explosives robs banks in Minas Gerais town",
    "A gang of around 20 men armed with rifles and explosives took over the streets of a small town in Minas Gerais on Tuesday night, blew up two bank branches and fled with cash, police said. The robbers used residents as human shields during the raid and fired at the police station. Police later killed several suspects in a shootout in the countryside.",
    "crime",
)
N(
    "Santos: divers find cocaine strapped to ship's hull",
    "Brazilian federal police divers found more than 200 kilograms of cocaine attached to the hull of a cargo ship in the port of Santos bound for Europe, the police said. Traffickers increasingly use divers to attach drugs to ships below the waterline. Two men were arrested in a boat nearby.",
    "crime",
)
N(
    "Zagreb school stabbing: girl, 7, killed by former pupil",
    "A 19-year-old former pupil walked into a primary school in Zagreb's Prečko neighbourhood on Friday morning and stabbed a seven-year-old girl to death and wounded a teacher and three other pupils, police said. He then stabbed himself and was taken to hospital. Police said he had a history of mental illness. Croatia declared a day of mourning.",
    "crime",
)
N(
    "Cetinje mourns after gunman kills 12 in bar and homes",
    "A man killed 12 people, including two children, in a bar and in three houses in Cetinje on Wednesday night after a fight in the bar, Montenegrin police said. He later shot himself when police surrounded him. The government declared three days of mourning and said it would tighten control of weapons, many of which remain in homes since the 1990s.",
    "crime",
)
N(
    "Teknaf kidnappings: police rescue farmers held for ransom in hills",
    "Police and the Rapid Action Battalion rescued four farmers who had been kidnapped by a criminal gang in the hills of Teknaf and held for ransom for a week, officials said. The kidnappers had demanded 500,000 taka for each of them. Two suspects were arrested. Residents say kidnapping for ransom has become common in the area.",
    "crime",
)
N(
    "RG Kar verdict: civic volunteer gets life for doctor's rape and murder",
    "A Kolkata court sentenced a civic police volunteer to life imprisonment on Monday for the rape and murder of a trainee doctor at RG Kar Medical College and Hospital last year. The judge said the crime did not fall into the 'rarest of rare' category for the death penalty. The victim's parents said they were not satisfied and would appeal. The case led to weeks of protests by junior doctors across West Bengal last year.",
    "crime",
)
N(
    "Medellín: hitman kills businessman outside gym",
    "A hitman on a motorcycle shot dead a businessman as he left a gym in Medellín's El Poblado neighbourhood on Thursday morning, police said. Security cameras recorded the killing, which police attributed to a debt linked to money laundering. A suspect was arrested hours later. It was the third such killing in the area this year.",
    "crime",
)

# ---------------------------------------------------------------- negatives: disasters

N(
    "Sindh after the floods: the water has gone, the debt has not",
    "Three months after the floods that submerged a third of Pakistan, families in Dadu district have returned to houses that are cracked or gone and fields still covered in silt. More than 1,700 people died across the country and millions were displaced. Farmers say they borrowed money for seeds that they now cannot plant. Army engineers have repaired some of the roads. Donors pledged billions at a conference in Geneva, but villagers say little has reached them. Schools in the district still hold classes in tents.",
    "disaster",
)
N(
    "Cyclone Remal: 800,000 moved to shelters on Bangladesh coast",
    "Bangladesh evacuated about 800,000 people to cyclone shelters on Sunday as Cyclone Remal approached the coast, the disaster management ministry said. The storm made landfall near Mongla at night with winds of up to 110 kilometres per hour, flooding coastal villages and felling trees. At least ten people were killed in Bangladesh and India. Schools used as shelters will remain closed until Wednesday.",
    "disaster",
)
N(
    "Wayanad landslides: army builds bridge as search continues",
    "Army engineers completed a 190-foot Bailey bridge to Mundakkai on Thursday, allowing rescuers and heavy machinery to reach the villages buried by landslides in Wayanad. More than 300 people have died and many are still missing. Survivors are staying in relief camps in Meppadi. Kerala's chief minister called it one of the worst disasters in the state's history.",
    "disaster",
)
N(
    "Kathmandu valley floods: dozens dead as rivers burst banks",
    "Floods and landslides triggered by record rainfall killed more than 200 people across Nepal over the weekend, including dozens in the Kathmandu valley, where the Bagmati and Nakkhu rivers overflowed. Soldiers and police rescued people from rooftops using helicopters and boats. Highways out of the capital were blocked by landslides.",
    "disaster",
)
N(
    "Al Haouz earthquake: villages in the High Atlas wait for help",
    "In the villages of the High Atlas near the epicentre of Friday's earthquake, survivors spent a third night outside, waiting for aid to arrive on roads blocked by rocks. The death toll passed 2,800, Morocco's interior ministry said. Soldiers have set up field hospitals, and volunteers drove in from Marrakech with food and blankets.",
    "disaster",
)
N(
    "Cyclone Freddy: Blantyre digs out after mudslides",
    "Residents of Blantyre's townships dug through mud with their hands on Tuesday looking for relatives after Cyclone Freddy's rains caused mudslides, Malawi's government said. More than 400 people have died, and over 180,000 have been displaced into camps in schools and churches. The President declared a state of disaster in the southern region.",
    "disaster",
)
N(
    "Mai Mahiu: dozens killed as floodwater sweeps away homes",
    "At least 45 people were killed when a blocked railway culvert gave way and a wall of water swept through Mai Mahiu in Nakuru County early on Monday, Kenyan officials said. Rescuers dug through mud for bodies. The floods across Kenya have displaced more than 180,000 people this season, and the government has ordered people living along rivers to move.",
    "disaster",
)
N(
    "Rio Grande do Sul: Porto Alegre underwater as floods displace hundreds of thousands",
    "The worst floods in the history of Rio Grande do Sul have killed more than 140 people and forced more than 600,000 from their homes, Brazil's civil defence said. In Porto Alegre, the Guaíba river has flooded the historic centre and the airport. Soldiers, firefighters and volunteers with jet skis are rescuing people from rooftops.",
    "disaster",
)
N(
    "Viña del Mar wildfires: 'The fire came down the hill in minutes'",
    "Residents of Villa Independencia in Viña del Mar say the fire came down the hill so fast that they had only time to grab their children. At least 130 people died in the fires in the Valparaíso region, Chile's deadliest in decades, and thousands of houses were destroyed. The army has been deployed to help and enforce a curfew in affected areas.",
    "disaster",
)
N(
    "Typhoon Kristine: Bicol evacuees crowd schools as waters rise",
    "More than 300,000 people are staying in evacuation centres in the Bicol region after floods caused by Tropical Storm Kristine, the Philippines' disaster agency said. In Naga City, residents waded through chest-deep water to reach schools turned into shelters. The coast guard and military used rubber boats to reach stranded families.",
    "disaster",
)
N(
    "Lewotobi eruption: thousands evacuated on Flores",
    "Indonesian authorities evacuated thousands of residents from villages around Mount Lewotobi Laki-laki on the island of Flores after a series of eruptions that killed nine people. Houses were hit by burning rocks and a convent was set on fire. Evacuees are sheltering in tents and schools in the regency's capital.",
    "disaster",
)
N(
    "Typhoon Yagi: Phu Tho bridge collapses as floods swamp northern Vietnam",
    "A steel bridge over the Red River in Phu Tho province collapsed on Monday, sending ten cars and two motorbikes into the water, as Typhoon Yagi's floods swept northern Vietnam. More than 150 people have died in the storm and landslides, including a village in Lao Cai buried by mud. Soldiers are helping evacuate residents from low-lying areas of Hanoi. It was the strongest storm to hit the north in decades.",
    "disaster",
)
N(
    "Jablanica: floods and landslide bury houses in central Bosnia",
    "At least 18 people were killed when floods and a landslide hit the village of Donja Jablanica in central Bosnia overnight, the authorities said. The armed forces of Bosnia and Herzegovina, along with rescue teams from Croatia and Serbia, are searching for the missing.",
    "disaster",
)
N(
    "Fire razes hundreds of shelters in Maiduguri displacement camp",
    "A fire swept through the Muna Garage camp for internally displaced persons in Maiduguri on Tuesday afternoon, destroying around 300 shelters, the Borno State Emergency Management Agency said. No deaths were recorded, but families lost their food and belongings. The agency said the fire started from a cooking fire and spread quickly because of the dry harmattan wind.",
    "disaster",
)
N(
    "Gofa landslide: mourning in Kencho Shacha Gozdi",
    "The death toll from the landslides in the Gofa zone of southern Ethiopia rose to 257 on Thursday, the UN said, as families buried their dead. Many of the victims were villagers who rushed to help after a first landslide and were buried by a second. The government said about 15,000 people needed to be moved from the area.",
    "disaster",
)
N(
    "Herat earthquakes: Zindajan's villages flattened",
    "Several strong earthquakes flattened villages in Zindajan district of Herat province, killing more than 1,400 people, the UN said, most of them women and children who were at home. Survivors are living in tents as winter approaches. Aid agencies said the Taliban administration had allowed them to work in the area but funding was short.",
    "disaster",
)

# ---------------------------------------------------------------- negatives: accidents

N(
    "Balasore: how three trains collided in less than a minute",
    "Investigators say a signalling error sent the Coromandel Express onto a loop line where a goods train was parked, and the derailed coaches then hit the Yesvantpur-Howrah Express coming the other way. Nearly 300 people were killed in one of the worst rail accidents in India's history. Railway officials have been charged, and the safety commissioner's report points to faulty wiring work. For days, families searched the makeshift morgues in Bhubaneswar for relatives, and some bodies were claimed by more than one family. The line was reopened within 51 hours.",
    "accident",
)
N(
    "Pokhara plane crash: 72 dead as Yeti Airlines flight goes down near airport",
    "A Yeti Airlines plane with 72 people on board crashed into the gorge of the Seti river while approaching Pokhara's new international airport on Sunday morning, Nepalese officials said. No survivors were found. Among the passengers were a group of young Indians and a Korean family. Nepal has one of the worst air safety records in the world.",
    "accident",
)
N(
    "Jigawa tanker blast: villagers scooping fuel among over 150 dead",
    "More than 150 people were killed when a petrol tanker that had overturned in Majiya, Jigawa State, exploded as residents were scooping the spilled fuel, police said. Many of the victims were young men who had rushed to the scene with jerrycans. The state's governor declared three days of mourning. Experts say fuel price rises have made such scenes more common.",
    "accident",
)
N(
    "Tirupati: six devotees killed in stampede for darshan tokens",
    "Six devotees were killed and around 40 injured in a stampede at a ticket counter in Tirupati on Wednesday night, as thousands queued for tokens for Vaikunta Ekadasi darshan at the Tirumala temple. Witnesses said the crowd surged when a gate was opened to let out a woman who had fallen ill. The chief minister ordered an inquiry and announced compensation of 25 lakh rupees for each family.",
    "accident",
)
N(
    "Apiate explosion: truck with mining explosives blows up in Ghanaian town",
    "A truck carrying mining explosives to a gold mine collided with a motorcycle and exploded in Apiate, in Ghana's Western region, flattening much of the town and killing at least 13 people, the government said. The blast left a large crater on the road. The mining company said it was cooperating with the investigation.",
    "accident",
)
N(
    "Kwara boat tragedy: wedding guests drown in Niger river",
    "More than 100 people, many of them returning from a wedding, drowned when their boat capsized on the Niger river near Pategi in Kwara State early on Monday, police said. The boat hit a submerged tree trunk. Most of the passengers were women and children who could not swim, and local divers recovered bodies throughout the day. The state governor ordered that life jackets be made compulsory.",
    "accident",
)
N(
    "Sitakunda depot fire: chemical explosion kills firefighters",
    "A fire at a private container depot in Sitakunda, Chattogram, was followed by a massive explosion of hydrogen peroxide containers, killing at least 41 people, including nine firefighters, officials said. Hundreds were injured, and the blast broke windows several kilometres away. The depot had not informed the fire service about the chemicals it stored.",
    "accident",
)
N(
    "Ciudad Juárez: migrants die in fire at detention centre",
    "Thirty-nine migrants died in a fire at an immigration detention centre in Ciudad Juárez on Monday night, Mexican officials said. Surveillance video showed guards walking away as smoke filled the cell where the men were locked. The fire was started by detainees protesting their deportation, officials said, and several officials have been charged.",
    "accident",
)
N(
    "Sutatausa: methane explosion in coal mines kills 21",
    "Twenty-one miners were killed in a series of methane explosions at coal mines in Sutatausa, in Colombia's Cundinamarca department, the mining agency said. Rescue teams worked through the night to reach workers trapped underground. Mine safety has long been a concern in the area, where many small mines operate with few inspections.",
    "accident",
)
N(
    "Gilgit-Baltistan: bus plunges into Indus, 20 dead",
    "A passenger bus on its way from Rawalpindi to Gilgit fell into a ravine on the Karakoram Highway near Chilas on Friday, killing 20 people and injuring 21, officials said. The driver is believed to have lost control on a sharp turn.",
    "accident",
)
N(
    "Novi Sad canopy collapse: 15 dead at newly renovated station",
    "The concrete canopy at the entrance of Novi Sad's railway station collapsed on Friday, killing 15 people who were waiting or walking under it, Serbian officials said. The station had recently been renovated as part of a Chinese-led railway project. Prosecutors have opened an investigation, and the construction minister has resigned.",
    "accident",
)
N(
    "Surmalu market blast: fireworks warehouse explosion kills 16 in Yerevan",
    "An explosion at a fireworks warehouse in the Surmalu shopping centre in Yerevan killed at least 16 people and injured dozens on Sunday, Armenia's emergency services said. Part of the building collapsed and rescuers searched the rubble for days.",
    "accident",
)
N(
    "Kočani: nightclub fire kills 59 young people",
    "A fire at a nightclub in the North Macedonian town of Kočani killed 59 people and injured more than 150 during a concert early on Sunday, the government said. Pyrotechnics used during the show set the ceiling alight. The club had no valid licence, and several officials were arrested. Most of the victims were in their teens and twenties.",
    "accident",
)

# ---------------------------------------------------------------- negatives: peaceful protests

N(
    "Slavija fills with silence: Belgrade's biggest protest in decades",
    "Hundreds of thousands of people filled the streets around Slavija square in Belgrade on Saturday for a student-led protest against corruption, one of the largest gatherings in Serbia's history. At 11.52 the crowd fell silent for fifteen minutes in memory of the victims of the Novi Sad canopy collapse. Students from every university in the country had walked for days to reach the capital, and farmers parked their tractors to protect the marchers. The protest ended peacefully late in the evening. Organisers thanked the police for their conduct.",
    "protest",
)
N(
    "From Novi Sad to Strasbourg by bicycle: Serbian students carry their demands to Europe",
    "A group of Serbian students arrived in Strasbourg on Tuesday after cycling 1,300 kilometres in two weeks to present their demands to the Council of Europe. People came out to greet them in towns in Hungary, Austria and Germany. The students want accountability for the canopy collapse at the Novi Sad station and an end to what they call the capture of institutions.",
    "protest",
)
N(
    "Long march reaches Mumbai: farmers walk 180 km for land rights",
    "Tens of thousands of farmers, many of them Adivasis from Nashik district, reached Azad Maidan in Mumbai on Monday after walking for six days to demand land titles and loan waivers. Residents of the city handed out water and food as the marchers passed, and the farmers walked through the night so as not to disturb students taking board exams. The chief minister met their leaders and accepted most of the demands. Many of the marchers had bandaged feet, and some walked barefoot.",
    "protest",
)
N(
    "Kenya's clinical officers down tools as strike enters second week",
    "Clinical officers in public hospitals across Kenya continued their strike for a second week on Monday, demanding the implementation of a collective bargaining agreement signed in 2017. Patients were turned away from outpatient departments in Nakuru and Kisumu. Union officials held a peaceful march to the health ministry in Nairobi and delivered a petition.",
    "protest",
)
N(
    "NLC strike grounds flights and shuts offices across Nigeria",
    "A nationwide strike called by the Nigeria Labour Congress over the minimum wage shut government offices, schools and some airports on Monday, as workers stayed home. In Lagos and Abuja, union members gathered peacefully at their secretariats.",
    "protest",
)
N(
    "Argentina's university march fills Buenos Aires",
    "Hundreds of thousands of students, teachers and parents marched to the Plaza de Mayo in Buenos Aires on Tuesday to defend public universities against budget cuts. Similar marches were held in Córdoba, Rosario and Mendoza. The protest ended peacefully with a reading of a document. The government said the universities had to be audited first.",
    "protest",
)
N(
    "Tbilisi: women form human chain across the city for Europe",
    "Thousands of women joined hands to form a human chain along Rustaveli Avenue and across the bridges of the Mtkvari river on Sunday, in a protest organised on social media in support of Georgia's European future. Many carried EU and Georgian flags. The chain, several kilometres long, dissolved after an hour with singing. Police watched from the side streets.",
    "protest",
)
N(
    "Montenegro's teachers strike for higher pay",
    "Teachers in most of Montenegro's schools went on strike on Monday, demanding the salary increase the government promised last year. Pupils were sent home, and teachers gathered peacefully outside the education ministry in Podgorica. The union said the strike would continue until a deal was signed.",
    "protest",
)
N(
    "Kilinochchi: mothers of the disappeared mark 3,000 days of roadside protest",
    "The mothers of Tamils who disappeared during and after Sri Lanka's civil war marked 3,000 days of their continuous roadside sit-in in Kilinochchi on Sunday. Many of the founding members have died without learning what happened to their children. They held photographs and called for an international investigation.",
    "protest",
)
N(
    "Gwadar sit-in enters tenth day as fishermen demand end to trawlers",
    "Thousands of fishermen, women and residents of Gwadar continued their sit-in at the port road for the tenth day on Sunday, demanding action against illegal trawlers and fewer check posts in the town. The Haq Do Tehreek leader said the protest would remain peaceful. Provincial ministers held talks with the protesters in the evening.",
    "protest",
)
N(
    "Jeepney drivers stage transport strike against phase-out",
    "Thousands of jeepney drivers and operators in Metro Manila parked their vehicles on Monday in a three-day strike against the government's programme to phase out the traditional vehicles. Commuters lined up for hours for buses. The transport department said it would provide free rides on government vehicles. Drivers held a peaceful rally near the Senate.",
    "protest",
)
N(
    "Free Land Camp: indigenous peoples march in Brasília",
    "Thousands of indigenous people from across Brazil marched along the Esplanade of Ministries in Brasília on Thursday, as part of the annual Free Land Camp, calling for the demarcation of their territories. Many wore feather headdresses and body paint. The march ended in front of the Supreme Court, where leaders delivered a letter.",
    "protest",
)
N(
    "Kočani vigils spread across North Macedonia",
    "Thousands of people held silent vigils in Skopje, Kočani and other towns on Monday evening, lighting candles for the victims of the nightclub fire and demanding that those responsible be held to account. Students marched to the government building carrying photographs of the dead. The vigils passed peacefully.",
    "protest",
)
N(
    "Kamisan: 800 Thursdays in front of the palace",
    "Every Thursday afternoon for more than 17 years, relatives of victims of past human rights abuses have stood silently in front of the presidential palace in Jakarta, dressed in black and holding black umbrellas. This week was the 800th Kamisan. Among them was the mother of a student shot in 1998, who has attended almost every week.",
    "protest",
)

# ---------------------------------------------------------------- negatives: health

N(
    "Dengue reaches Nepal's hills as cases surge",
    "Dengue, once limited to the plains of Nepal, has now been recorded in all 77 districts, including hill districts at high altitude, the health ministry said. More than 40,000 cases have been reported this year. Doctors blame warmer temperatures. Hospitals in Kathmandu have set up special wards.",
    "health",
)
N(
    "Polio drive: 45 million children to be vaccinated across Pakistan",
    "Pakistan launched a nationwide polio vaccination campaign on Monday aiming to reach 45 million children under five, after new cases were reported in Balochistan and Sindh. More than 400,000 health workers are going door to door. Officials urged parents to ignore rumours about the vaccine.",
    "health",
)
N(
    "Kano's diphtheria outbreak: vaccination drive as cases rise",
    "Health authorities in Kano State have launched a diphtheria vaccination drive for children after hundreds of suspected cases and dozens of deaths were recorded, the NCDC said. Many of the affected children had not received routine vaccines. Health workers say fear and misinformation have kept parents away from clinics.",
    "health",
)
N(
    "Karachi's typhoid that antibiotics cannot cure",
    "Doctors in Karachi say they are seeing more cases of extensively drug-resistant typhoid, which responds to only one or two antibiotics, and the Sindh health department has added the typhoid conjugate vaccine to routine immunisation. The strain was first detected in Hyderabad several years ago. Experts blame contaminated water and the overuse of antibiotics sold without prescription.",
    "health",
)
N(
    "Nipah in Kozhikode: containment zones and contact tracing",
    "Kerala has declared containment zones in several panchayats of Kozhikode district after two deaths from the Nipah virus were confirmed. Health teams are tracing more than 700 contacts, and schools in the area were closed. It is the fourth Nipah outbreak in the district since 2018.",
    "health",
)
N(
    "Mpox vaccination begins in Kinshasa",
    "The Democratic Republic of Congo began vaccinating people against mpox in Kinshasa on Saturday, starting with health workers and contacts of patients. The country has recorded the largest number of cases in the current outbreak. The vaccines were donated by the United States, the EU and Japan.",
    "health",
)
N(
    "Measles returns to Mindanao as vaccination rates fall",
    "The Philippine health department has declared a measles outbreak in several provinces of Mindanao after more than 1,000 cases and at least 20 deaths, most of them unvaccinated children. Vaccination rates dropped sharply after a controversy over a dengue vaccine years ago. Health workers are going house to house in Zamboanga and Cotabato.",
    "health",
)
N(
    "Yogyakarta's Wolbachia mosquitoes cut dengue cases",
    "Dengue cases in Yogyakarta have fallen sharply since scientists released mosquitoes carrying the Wolbachia bacteria, which stops them transmitting the virus, a study found. The city had one of the highest rates of the disease in Indonesia. The health ministry now plans to extend the programme to five more cities.",
    "health",
)

# ---------------------------------------------------------------- negatives: ordinary news, features and analysis

N(
    "Anura Kumara Dissanayake sworn in as Sri Lanka's president",
    "Anura Kumara Dissanayake, leader of the left-wing National People's Power, was sworn in as Sri Lanka's president on Monday after winning an election dominated by anger over the economic crisis. He is the first president from outside the two traditional parties. In a short speech, he promised to fight corruption and to respect democracy.",
    "other",
)
N(
    "Explainer: how UPI became India's favourite way to pay",
    "The Unified Payments Interface now processes more than 14 billion transactions a month, from vegetable sellers to big retailers, and has become the model for other countries. It works because it is free for users and connects all banks. But bankers warn that the zero-fee model cannot last forever. Singapore, the UAE and France are among the countries whose systems have been linked to it. The next step, the central bank says, is credit lines on UPI for small borrowers.",
    "other",
)
N(
    "Aditya-L1 reaches its halo orbit around the Sun-Earth point",
    "India's first solar observatory, Aditya-L1, reached its final orbit around the first Lagrange point, about 1.5 million kilometres from Earth, four months after launch, ISRO said. From there it will study the Sun's corona and solar wind continuously. Scientists said the first data would be available within weeks.",
    "other",
)
N(
    "Durga Puja pandals draw record crowds in Kolkata",
    "Kolkata's Durga Puja pandals drew record crowds this week, with some of the most famous ones reporting queues of several kilometres. This year's themes ranged from climate change to a replica of a temple in Bali.",
    "other",
)
N(
    "Remittances to Nepal hit record as more workers go abroad",
    "Remittances sent home by Nepali migrant workers rose to a record in the last fiscal year, the central bank said, equal to about a quarter of the economy. More than 1,500 young people leave the country every day for work in the Gulf, Malaysia and increasingly Europe. Economists warn that the country relies too much on the money.",
    "other",
)
N(
    "Kenya's Silicon Savannah: a startup boom outside Nairobi",
    "Kisumu and Eldoret are attracting young tech entrepreneurs who say Nairobi has become too expensive. A startup in Kisumu that sells solar-powered fridges to fishermen has raised money from investors. The county governments have set up innovation hubs. But founders complain of slow internet and scarce funding.",
    "other",
)
N(
    "From Bosnian refugee to Michelin star: a Sarajevo-born chef comes home",
    "Thirty years after leaving Sarajevo as a refugee child, a chef who won a Michelin star in Vienna has opened a restaurant in his home city. He cooks Bosnian dishes his grandmother taught him, with modern techniques. 'I always wanted to come back,' he said. The restaurant is fully booked for two months. His family spent four years in a refugee centre in Austria before his parents found work in a hotel kitchen. It was there, he says, that he decided to become a cook.",
    "other",
)
N(
    "Nigeria's naira hits new low after reforms",
    "The naira fell to a new low against the dollar on the official market this week, as the central bank continued to let the currency float. Businesses say imports have become expensive and inflation has passed 30%. The finance minister said the reforms would bring investment back.",
    "other",
)
N(
    "Armenian apricots: the fruit the country loves to export",
    "The apricot harvest in the Ararat valley has been good this year, and farmers are selling to buyers from Russia, Georgia and the Gulf. The fruit is a national symbol, and its Latin name means 'Armenian plum'. Farmers say they need cold storage and better roads to sell more abroad.",
    "other",
)
N(
    "Georgia's wine tourism grows in Kakheti",
    "The number of tourists visiting wineries in Kakheti has doubled in five years, the national tourism agency said. Families who once sold grapes to factories now make their own wine in clay qvevri and open guesthouses.",
    "other",
)
N(
    "Chancay: Peru opens Chinese-built megaport",
    "Peru inaugurated the deep-water port of Chancay, north of Lima, built and majority-owned by the Chinese shipping company Cosco, in a ceremony attended by the presidents of both countries. The port is expected to cut shipping times to Asia by more than a week. Local fishermen and residents say they have seen few jobs so far.",
    "other",
)
N(
    "Lithium in the Andes: Bolivia signs deals with Chinese and Russian firms",
    "Bolivia has signed agreements with Chinese and Russian companies to build lithium plants in the Uyuni salt flat, the government said. The country has some of the largest reserves in the world, but has so far produced little. Indigenous communities in Potosí say they have not been consulted. An earlier plan with a German company was cancelled in 2019 after local opposition.",
    "other",
)
N(
    "Vietnam's coffee farmers ride price surge",
    "Coffee prices have reached record highs, and farmers in Vietnam's Central Highlands are replacing old trees and building new houses. Vietnam is the world's largest producer of robusta. Exporters warn that the weather in the coming months will decide next year's crop.",
    "other",
)
N(
    "Malaysia's new capital of halal tourism",
    "Malaysia is promoting itself as the leading destination for Muslim travellers, and tourists from the Gulf are returning in large numbers to Kuala Lumpur and Langkawi. Hotels have added prayer rooms and women-only swimming pools. The tourism ministry expects record arrivals this year.",
    "other",
)
N(
    "South Africa's load-shedding ends after 300 days",
    "South Africans have gone more than 300 days without scheduled power cuts, the national utility Eskom said, after years of daily blackouts. Engineers repaired several units at old coal power stations. Economists say the improvement has helped the economy, but warn that the grid remains fragile.",
    "other",
)
N(
    "Kakuma's young entrepreneurs sell online from the camp",
    "In Kakuma refugee camp, a group of young people, most of them from South Sudan and Burundi, have set up online businesses selling design services and tailored clothes, with help from a local training programme. A new law lets refugees work and move more freely. 'I want my business to grow beyond the camp,' said one 24-year-old. The programme's organisers say the biggest problem is the internet connection, which fails several times a day. Some of the young people have started paying for satellite service together.",
    "other",
)
N(
    "Colombia's flower exporters prepare for Valentine's rush",
    "Colombian flower growers on the Bogotá savannah are shipping more than 700 million stems for Valentine's Day, the exporters' association said, most of them to the United States. Cargo planes leave El Dorado airport almost every hour. Growers say costs have risen with the strong peso.",
    "other",
)
N(
    "Philippine nurses head to the UK and Germany",
    "More Filipino nurses are leaving for jobs in the United Kingdom and Germany, where they can earn several times what they are paid at home. Hospitals in Manila say they struggle to keep staff. The government has proposed a cap on the number who can leave each year.",
    "other",
)
N(
    "Albania's coast: too many tourists, too few rules?",
    "Albania welcomed more than 10 million tourists last year, a record, and the southern coast is being transformed by hotels and villas. Residents of Ksamil say the beaches are full and water is short in summer. The government says tourism is bringing jobs and investment.",
    "other",
)
N(
    "Montenegro takes a step closer to the EU",
    "Montenegro closed several more chapters in its EU accession negotiations on Tuesday, keeping it ahead of other candidates in the Western Balkans. The government hopes to finish talks by 2026. Officials said reforms of the judiciary were the main remaining challenge.",
    "other",
)
N(
    "Ethiopia's new airport city plans take shape",
    "Ethiopian Airlines has begun work on a huge new airport south of Addis Ababa, designed to handle 100 million passengers a year. The project is expected to cost billions of dollars. Some farmers whose land is being taken say they have not yet been compensated.",
    "other",
)
N(
    "Ghana's cocoa crop falls to lowest in decades",
    "Ghana's cocoa production has fallen to its lowest level in two decades, hit by a virus that kills cocoa trees, illegal gold mining and bad weather. The fall has helped push world prices to records. Farmers say they have not benefited, because the government fixes the price they are paid.",
    "other",
)
N(
    "Jakarta's sinking north coast waits for a giant sea wall",
    "Parts of north Jakarta are sinking by several centimetres a year because of groundwater extraction, and residents of Muara Baru already live behind a concrete wall higher than their roofs. The government has announced plans for a giant sea wall along the north coast of Java. Fishermen fear the project will cut them off from the sea.",
    "other",
)
N(
    "Chile's copper mines bet on desalinated water",
    "Chilean copper mines in the Atacama desert are increasingly using seawater, pumped hundreds of kilometres up to the mountains, as drought and community protests limit freshwater use. Building the plants is expensive, but companies say they have no choice. Chile produces about a quarter of the world's copper.",
    "other",
)
N(
    "Dhaka's metro rail carries 300,000 a day",
    "Dhaka's first metro line now carries about 300,000 passengers a day, the operator said, cutting travel times from Uttara to Motijheel to around 40 minutes. Commuters say the trains are clean and punctual.",
    "other",
)
N(
    "Analysis: why Uzbekistan's migrants are turning to Europe",
    "For years, Russia was the main destination for Uzbek workers, but tighter rules and a weaker rouble are pushing many to look elsewhere. Recruitment agencies in Tashkent say demand from Britain, Germany and South Korea is rising. The government has signed labour agreements with several countries.",
    "other",
)
N(
    "Pakistan's PIA sold to private consortium",
    "Pakistan has sold a majority stake in the national airline PIA to a consortium of local businesses, ending years of losses at public expense, the privatisation ministry said. The sale was a condition of the IMF programme. Staff unions said they would be watching for job cuts.",
    "other",
)
N(
    "Senegal's first oil exports leave Sangomar field",
    "Senegal shipped its first cargo of crude oil from the offshore Sangomar field this week, joining the list of African oil producers. The government says it will renegotiate contracts with foreign companies to get a bigger share. Fishermen worry about the impact on their catch.",
    "other",
)
N(
    "Azerbaijan hosts climate talks in Baku",
    "Delegates from nearly 200 countries arrived in Baku for the UN climate conference on Monday, with the main goal of agreeing how much rich countries should pay to help poorer ones. Host Azerbaijan, a major oil and gas producer, said fossil fuels were a 'gift of God'. Activists criticised the choice of venue.",
    "other",
)
N(
    "Taal lake: tourists return three years after the eruption",
    "Tourists are returning to Taal lake in Batangas, three years after the volcano's last eruption, and boat operators say business is almost back to normal. The authorities still forbid visits to the volcano island itself. Restaurants in Tagaytay are full at weekends.",
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

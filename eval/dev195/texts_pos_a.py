"""dev195 positives (1 of 2): current organised violence on the housing and property desks
(Ukraine, Israel and Palestine, Lebanon, Sudan, Myanmar, Haiti, Congo, Nigeria); eval/README.md,
section 1."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Missile strike guts Kyiv apartment block as city's housing fund runs short of flats",
        "Residents of a 16-storey block in Kyiv's Solomianskyi district spent "
        "Thursday sifting through the rubble of their flats after a Russian missile "
        "tore through the building's central section overnight. At least nine people "
        "were killed and 31 wounded, according to the city military administration, "
        "and rescuers were still searching for two residents in the afternoon. The "
        "block, built in 1984, held 142 apartments; city engineers said 60 of them "
        "would have to be demolished. It is the third residential building in the "
        "district hit since the start of the summer. Kyiv's municipal housing fund, "
        "which rehouses families whose homes are destroyed, said it had only 40 "
        'vacant flats left across the capital. "We are offering hotel rooms and '
        'modular homes, but people want to stay close to their schools," a deputy '
        "head of the fund told the Kyiv Independent. Families can apply for "
        "compensation under the eRecovery programme, but the certificates cover only "
        "a fraction of current prices. A one-room flat in the district now sells for "
        "about $58,000, agents say, up 14% in a year.",
        "E",
        "missile strike",
    ),
    (
        "Odesa developer counts damage after drone strike on new-build complex",
        "A Russian drone attack on Odesa on Sunday night hit an unfinished 24-storey "
        "residential tower on the city's Fontanska Road and set fire to an occupied "
        "building next door, regional governor Oleh Kiper said. Two people were "
        "killed and eight injured, including a 12-year-old girl. About 120 residents "
        "were evacuated from the neighbouring block as firefighters fought the blaze "
        "through the night. The developer, which sold most of the 300 flats off-plan "
        "in 2021, said the frame of the tower had survived but that the facade and "
        "five upper floors would need to be rebuilt. Buyers gathered at the sales "
        "office on Monday morning asking whether their contracts would be honoured. "
        'The company said construction would resume "as soon as the engineers allow '
        'it", without giving a date. Odesa has been struck almost nightly this month,'
        " and the city council said 46 apartment buildings had been damaged since the"
        " start of the year. Insurers in Ukraine do not cover war damage, leaving "
        "buyers to rely on state compensation.",
        "E D",
        "drone strike",
    ),
    (
        "Settlers torch homes in West Bank village, families sleep in the school",
        "Dozens of Israeli settlers set fire to at least six homes and a dozen cars "
        "in the Palestinian village of al-Mughayyir, north-east of Ramallah, on "
        "Friday night, residents and the Palestinian Red Crescent said. Witnesses "
        "told Haaretz that the attackers, some of them masked, arrived from the "
        "direction of a nearby outpost, threw firebombs through windows and stoned "
        "residents who tried to put out the flames. Eleven Palestinians were treated "
        "for injuries, two of them from live fire. The Israeli military said soldiers"
        " had been sent to the scene and that the incident was being investigated. "
        "Seven families whose houses were gutted spent the night in the village "
        'school. "We built this house in 2019, with a loan from the bank," said one '
        "father of five, standing in what was left of his living room. The village "
        "council said that since the start of the year more than 40 households had "
        "left the edges of the village for the centre, out of fear. Rights groups "
        "have documented a sharp rise in settler attacks on Palestinian homes across "
        "Area C.",
        "V D",
        "settler attack",
    ),
    (
        "Israeli troops demolish homes in Masafer Yatta, leaving 40 people without shelter",
        "Israeli soldiers and Civil Administration bulldozers demolished eight homes,"
        " two water cisterns and a solar-panelled school annex in the Masafer Yatta "
        "hamlets south of Hebron on Wednesday, the UN humanitarian office said. About"
        " 40 people, more than half of them children, were left without shelter. "
        "Residents said soldiers arrived at dawn, declared the area a closed military"
        " zone and gave families 30 minutes to take out their belongings. One man who"
        " refused to leave his home was detained, they said. Israel designated the "
        "area a firing zone in the 1980s, and the Supreme Court cleared the way for "
        "evictions in 2022. The Civil Administration said the structures had been "
        "built without permits. Families who lost their homes set up tents provided "
        "by an aid group on a nearby hillside. The UN office said more than 1,200 "
        "Palestinians had been displaced by demolitions in the West Bank since "
        "January.",
        "M D",
        "demolition",
    ),
    (
        "In Jenin camp, Israeli bulldozers clear whole streets as operation drags on",
        "The Israeli army demolished at least 20 residential buildings in Jenin "
        "refugee camp over the weekend as its operation in the northern West Bank "
        "entered its seventh week, Palestinian officials said. Armoured bulldozers "
        "cut new roads through the camp's alleys, which the army said were needed for"
        " troops to move and to expose explosives laid by militants. Soldiers "
        "exchanged fire with gunmen on the camp's western edge on Saturday, and the "
        "army said it had killed two fighters. The UN agency for Palestinian refugees"
        " said some 40,000 people had been forced out of the Jenin, Tulkarm and Nur "
        "Shams camps since the operation began, the largest displacement in the West "
        "Bank in decades. Most are staying with relatives or in rented flats in Jenin"
        " town, where rents have doubled. The defence minister said troops would stay"
        ' in the camps "for the coming year" and that residents would not be allowed '
        "to return for now. Municipal engineers said they could not assess the damage"
        " because they were barred from entering.",
        "M D B",
        "military operation",
    ),
    (
        "Israeli strike brings down Gaza City tower after evacuation order",
        "An Israeli airstrike brought down a 15-storey residential tower in western "
        "Gaza City on Friday, an hour after the army ordered residents and families "
        "sheltering around it to leave. The military said Hamas had installed "
        "surveillance equipment in the building, a claim the owner denied. Hundreds "
        "of people who had pitched tents in the street below gathered what they could"
        " carry and headed south along the coastal road, witnesses told AFP. The "
        "tower held 60 flats and offices of several NGOs, according to its owner, a "
        'Gaza businessman who built it in 2014. "Everything I worked for in 30 years '
        'was in that building," he said by phone. It was the fourth high-rise the '
        "army has destroyed in the city this week as it prepares an offensive on the "
        "city. Gaza's civil defence said no one was killed in the strike but that two"
        " people were hurt by falling debris. The UN estimates that more than 90% of "
        "homes in the Strip have been damaged or destroyed.",
        "E D",
        "airstrike",
    ),
    (
        "Cairo conference pledges billions to rebuild Gaza, but strikes go on",
        "Arab and European ministers meeting in Cairo on Sunday pledged about $4 "
        "billion towards the first phase of Gaza's reconstruction, a plan that "
        "envisages temporary housing for 1.5 million people, rubble clearance and new"
        " water networks. Egypt's foreign minister said the plan would let "
        'Palestinians "rebuild on their own land" and rejected any idea of moving '
        "them out of the Strip. Engineers presenting the plan estimated that clearing"
        " the 50 million tonnes of debris alone would take at least three years. "
        "Delegates argued over who would manage the money, with Gulf donors pressing "
        "for a role for an international fund and guarantees that what is built will "
        "not be destroyed again. Hamas was not represented. Housing experts said the "
        "plan's prefabricated homes could be delivered within months if crossings "
        "were opened for building materials. As the delegates met, an Israeli "
        "airstrike on a house in Khan Younis killed four people, including two "
        "children, the Gaza health ministry said. The Israeli military said it had "
        "targeted a militant who posed a threat to troops.",
        "E",
        "airstrike",
    ),
    (
        "Dahiyeh strikes send Beirut rents soaring as displaced families hunt for flats",
        "Israeli airstrikes flattened at least four apartment buildings in Beirut's "
        "southern suburbs overnight, Lebanon's state news agency said, after the army"
        " ordered residents of a dozen blocks in Haret Hreik and Ghobeiry to leave. "
        "The health ministry said three people were killed, and civil defence teams "
        "were searching for others under the rubble on Wednesday morning. Tens of "
        "thousands of people have left the suburbs since the strikes intensified last"
        " week, many of them sleeping in cars along the seafront or in schools turned"
        " into shelters. Landlords in Achrafieh, the Metn and the Chouf have raised "
        "rents sharply, estate agents told L'Orient Today, with some asking for six "
        "months or a year paid in advance in cash dollars. A two-bedroom flat in "
        "Jounieh that rented for $600 a month in the summer is now advertised at "
        "$1,500. Several municipalities have asked residents to register newcomers, "
        "citing security fears. The caretaker housing minister appealed to owners of "
        'empty flats to open them to the displaced "without profiteering".',
        "E D",
        "airstrike",
    ),
    (
        "Khartoum residents say fighters have moved into their homes",
        "Families who fled Khartoum's Riyadh and Amarat districts say fighters of the"
        " paramilitary Rapid Support Forces have occupied their houses, turning some "
        "into bases and stripping others of furniture, cars and even electrical "
        "wiring. A retired civil engineer now in Wad Madani said neighbours who "
        "stayed behind had sent him photographs of armed men sleeping in his living "
        'room. "They told my neighbour the house belongs to them now," he said. The '
        "RSF denies looting and says it is protecting property from criminals. "
        "Fighting between the army and the RSF raged again this week around the "
        "army's headquarters nearby, with artillery fire heard across the capital. "
        "The UN says more than 2.5 million people have fled Khartoum state since the "
        "war began in April. Lawyers in Port Sudan say they are already collecting "
        "title deeds and photographs from clients who fear they will never recover "
        "their homes. Property prices in towns on the Nile north of the capital have "
        "doubled as displaced families compete for rentals.",
        "V B E D",
        "occupation of homes",
    ),
    (
        "Shells fall on El Fasher's last neighbourhoods as families walk to Tawila",
        "Paramilitary Rapid Support Forces shelled residential areas of El Fasher on "
        "Monday and Tuesday, killing at least 17 civilians, local activists and a "
        "medical source said. The Emergency Response Room said houses in the Abu "
        "Shouk area had been set ablaze and that families were fleeing on foot "
        "towards Tawila, 60 km to the west. Aid workers there say new arrivals are "
        "building shelters out of sticks, grass and plastic sheeting because the "
        "supply of tents ran out weeks ago. The Norwegian Refugee Council said more "
        "than 300,000 people had reached Tawila since April and that some sites had "
        "one latrine for every 200 people. Satellite images analysed by Yale "
        "researchers show earth berms encircling the city and whole blocks burned. "
        "The UN has warned of famine conditions inside the besieged city, where a bag"
        " of sorghum costs ten times its pre-war price. The army said its forces had "
        "repelled an attack on the city's southern front.",
        "E B V D H",
        "shelling",
    ),
    (
        "Junta jets flatten houses in Sagaing village, residents say",
        "Myanmar military aircraft dropped bombs on a village in Sagaing region's "
        "Kanbalu township on Tuesday morning, destroying about 30 houses and a "
        "monastery and killing at least 11 people, residents and a local resistance "
        "group told The Irrawaddy. Villagers said the jets made three passes over the"
        " settlement, which had no resistance camp nearby. Survivors dug through the "
        "remains of teak and bamboo houses with their hands to pull out the dead, "
        "among them three children. About 1,500 residents fled into the forest and to"
        " neighbouring villages, where monks were handing out rice. The junta has not"
        " commented. Since the 2021 coup, the military has destroyed more than 80,000"
        " homes across the country, according to the research group Data for Myanmar,"
        " most of them in Sagaing and Magway. Villagers say they no longer rebuild "
        "with timber, because it burns, and are instead putting up cheap bamboo huts "
        "that can be abandoned quickly.",
        "E V D",
        "airstrike",
    ),
    (
        "Gangs burn homes in Port-au-Prince's Solino as residents flee to schools",
        "Heavily armed gangs set fire to dozens of houses in the Solino neighbourhood"
        " of Port-au-Prince over the weekend, forcing thousands of residents to flee,"
        " local officials and the International Organization for Migration said. "
        "Members of the Viv Ansanm gang coalition exchanged fire with police and a "
        "local self-defence brigade for several hours on Saturday before pushing into"
        " the area, witnesses said. At least eight people were killed. Many of the "
        "displaced crammed into two schools and a church in nearby Delmas, where they"
        ' sleep on the floor. "We built our house block by block over 20 years and '
        'they burned it in one night," a market trader said. The IOM says more than a'
        " million Haitians are now displaced, most of them in the capital. Landlords "
        "in the few neighbourhoods still under police control have raised rents, and "
        "many families can only afford a room shared with relatives.",
        "V D B",
        "gang attack",
    ),
    (
        "Camps around Goma emptied as M23 rebels push into city",
        "Tens of thousands of people living in displacement camps on the edge of Goma"
        " streamed into the city on Sunday as M23 rebels, backed by Rwandan troops "
        "according to UN experts, fought Congolese soldiers on the northern and "
        "western outskirts. Heavy weapons fire could be heard across the city and "
        "several shells landed in the Mugunga and Lushagala camp area, aid workers "
        "said. The camps had sheltered about 400,000 people in shelters of plastic "
        "sheeting and wood, many of them for more than two years. UN agencies said "
        "they had suspended the distribution of food and water and moved staff to "
        "safety. Goma's hospitals were overwhelmed with wounded civilians and "
        "soldiers, the Red Cross said. A Congolese government spokesman said the army"
        " was holding key positions. In the city centre, residents said landlords "
        "were already taking in several families per house.",
        "B E D H",
        "offensive",
    ),
    (
        "Gunmen raze homes in Plateau farming villages, dozens killed",
        "Armed men attacked three farming villages in Plateau State's Bokkos area "
        "overnight, killing at least 52 people and burning more than 200 houses, "
        "local officials and the Red Cross said. Residents told Premium Times the "
        "attackers arrived on motorcycles at about 10 pm and fired on people as they "
        "ran from their homes. Survivors said the gunmen then set houses and "
        "granaries alight. About 3,000 people fled to the town of Bokkos, where the "
        "local government opened two schools as camps. The police said they had "
        "deployed a tactical team and that no arrests had been made. The attacks fit "
        "a pattern of raids in central Nigeria blamed on armed herders that have "
        "emptied dozens of villages in the past five years. A community leader said "
        "many families would not return to rebuild, because their farmland had been "
        "occupied.",
        "V D",
        "village attack",
    ),
]

"""dev123 positives (b): whole articles that report current organised violence (eval/README.md, 1)."""

# (title, text, tag codes, kind); the comment gives the outlet imitated and the year
POSITIVES = [
    # Daily Trust, 2025
    (
        "ISWAP fighters overrun part of army base in Borno, burn armoured vehicles",
        "Several soldiers were killed on Monday night when fighters of the Islamic State West "
        "Africa Province (ISWAP) attacked a military base in Wajiroko, in the Damboa Local "
        "Government Area of Borno State, Daily Trust reports. Security sources said the "
        "insurgents, who came in gun trucks and used armed drones to drop explosives on the base "
        "before the ground assault, overran part of the facility after a gun battle that lasted "
        "more than three hours. “They came in large numbers from the Sambisa axis and they were "
        "firing RPGs,” a soldier who escaped told our correspondent. A security source put the "
        "number of soldiers killed at seven, while residents of Damboa said they saw the bodies "
        "of at least 11 soldiers being brought into the town on Tuesday morning. The attackers "
        "also burnt two armoured vehicles and carted away weapons before fighter jets of the "
        "Nigerian Air Force arrived and bombarded their withdrawal routes, the sources said. The "
        "Director of Defence Media Operations confirmed the attack at a briefing in Abuja but "
        "said the troops had “repelled the terrorists and inflicted heavy casualties”, without "
        "giving figures. This is at least the sixth attack on a military base in Borno since "
        "March, as ISWAP has stepped up its use of drones. The Borno State Governor, Babagana "
        "Zulum, has warned that the insurgents are regaining ground in parts of the state.",
        "B E T",
        "attack on military base",
    ),
    # Premium Times, 2025
    (
        "Plateau: Gunmen kill 38 in overnight attack on Bassa community",
        "At least 38 people were killed when gunmen attacked Hurti village in the Bassa Local "
        "Government Area of Plateau State on Sunday night, community leaders said on Monday. The "
        "attackers stormed the village at about ten o'clock at night, shooting residents as they "
        "ran out of their homes and setting fire to houses and a church, a spokesperson for the "
        "Irigwe Development Association said in a statement. “Most of the victims are women, "
        "children and the elderly who could not run,” he said. Residents told PREMIUM TIMES that "
        "the attack lasted about two hours and that soldiers stationed in a nearby village "
        "arrived after the attackers had left. Bodies were laid out in the village square on "
        "Monday morning for a mass burial. The spokesperson of Operation Safe Haven, the "
        "military task force in the state, said troops had arrested four suspects and recovered "
        "two AK-47 rifles. Governor Caleb Mutfwang, who visited the village, described the "
        "killings as genocide and ordered security agencies to track down the perpetrators. "
        "Hundreds of residents of Hurti and nearby villages have fled to Miango and Jos, "
        "according to the local government chairman. The attack is the latest in a series of "
        "killings in Bassa, Bokkos and Mangu, where farming communities and armed herders have "
        "clashed over land for years.",
        "V D",
        "massacre",
    ),
    # The Irrawaddy, 2025
    (
        "Junta airstrike on Sagaing village during novitiation ceremony kills 21",
        "At least 21 civilians, including nine children, were killed when a junta aircraft "
        "bombed a village in Sagaing Region's Depayin Township during a Buddhist novitiation "
        "ceremony on Tuesday afternoon, residents and resistance groups said. A Y-12 aircraft "
        "dropped two bombs on the monastery compound in Ywar Thit Kone, where around 150 "
        "villagers had gathered to celebrate the initiation of seven boys as novice monks, a "
        "local administrator of the National Unity Government (NUG) told The Irrawaddy. “The "
        "children were still wearing their ceremonial clothes. We found their bodies under the "
        "collapsed hall,” he said. More than 30 people were wounded and were being treated at a "
        "makeshift clinic in a nearby village because the township hospital is under junta "
        "control. Residents said there had been no fighting near the village and no resistance "
        "forces present at the time. The regime has not commented on the attack. Villagers from "
        "Ywar Thit Kone and three neighboring villages have fled into forests and farm huts, "
        "fearing further airstrikes, the administrator said. Since losing control of large parts "
        "of the country to resistance forces, the military regime has relied increasingly on air "
        "power, and Sagaing Region, a heartland of armed resistance to the 2021 coup, has been "
        "among the worst hit. A rights monitor said the junta had carried out more than 200 "
        "airstrikes across the country last month alone.",
        "E V D",
        "airstrike",
    ),
    # Myanmar Now, 2025
    (
        "Military council troops retake Kyaukme after weeks of fighting with TNLA",
        "Myanmar's military regime said on Sunday that its troops had recaptured the northern "
        "Shan State town of Kyaukme from the Ta'ang National Liberation Army (TNLA), after "
        "nearly three weeks of heavy fighting along the Mandalay-Lashio road. The state-run "
        "Global New Light of Myanmar reported that units of the regime's Northeastern Command "
        "had “restored stability” in the town, which the TNLA had held since August 2024. A TNLA "
        "spokesperson confirmed to Myanmar Now that its fighters had withdrawn from the town “to "
        "avoid further civilian losses”, and said fighting was continuing in villages to the "
        "east. Residents said the army had pounded the town with artillery and airstrikes for "
        "days before ground troops entered from the south. “Almost nothing is left of the "
        "market. The hospital was hit twice,” said a Kyaukme resident who fled to Hsipaw last "
        "week. More than 20,000 people have fled Kyaukme and surrounding villages since the "
        "offensive began, according to a local relief group, most of them to the TNLA-controlled "
        "towns of Namhsan and Mantong. The junta has been pushing to retake towns along the "
        "highway to China since Beijing brokered ceasefires last year and pressed ethnic armed "
        "groups to hand back territory. The TNLA said it had not agreed to any withdrawal in the "
        "Chinese-brokered talks held in Kunming. Myanmar Now was unable to independently verify "
        "casualty figures from either side.",
        "B M E D",
        "counter-offensive",
    ),
    # L'Orient Today, 2025
    (
        "South Lebanon votes in municipal elections as Israeli drone strike hits car near Nabatieh",
        "Voters in the South and Nabatieh governorates went to the polls on Saturday in the "
        "final round of the municipal elections, with polling stations for several devastated "
        "border villages moved to schools in Tyre and Nabatieh. Turnout in the south stood at "
        "36.7 percent at the close of voting, according to the Interior Ministry, which said the "
        "day had passed “without major incidents” at the polling stations. Hours before polls "
        "opened, an Israeli drone struck a car on the road between Toul and Kfar Roummane, near "
        "Nabatieh, killing one person, the Health Ministry said. The Israeli army said it had "
        "targeted a Hezbollah member involved in “attempts to rebuild terror infrastructure” in "
        "the area. It was the third Israeli strike in the south this week, despite the ceasefire "
        "that took effect at the end of November 2024. In Aitaroun and Kfar Kila, where most "
        "homes were destroyed during the war, lists backed by Hezbollah and the Amal Movement "
        "ran unopposed, and residents were bused to vote in Tyre. “We voted for a council for a "
        "village we cannot live in yet,” said Hassan, a 54-year-old from Kfar Kila, after "
        "casting his ballot. Interior Minister Ahmad al-Hajjar praised the army and security "
        "forces for securing the polls, and said final results would be announced on Sunday. The "
        "municipal elections, the first since 2016, had been postponed three times.",
        "E",
        "drone strike",
    ),
    # Haaretz, 2025
    (
        "Settlers torch homes and cars in West Bank village; Palestinian families leave their houses",
        "Dozens of masked Israeli settlers attacked the Palestinian village of Al-Mughayyir, "
        "northeast of Ramallah, on Wednesday evening, setting fire to four homes, several cars "
        "and a livestock pen, according to residents and the Palestinian Red Crescent. Twelve "
        "Palestinians were treated for injuries, including a 70-year-old man who was beaten with "
        "iron bars, the Red Crescent said. Video footage obtained by Haaretz shows a group of "
        "young men, some of them armed, hurling stones at houses and pouring fuel on a parked "
        "vehicle as residents shout from rooftops. The Israel Defense Forces said troops were "
        "dispatched to the scene after reports of “a violent confrontation between Israeli "
        "civilians and Palestinians” and that they had dispersed the crowd. A police "
        "spokesperson said no arrests had been made. Residents said soldiers arrived more than "
        "an hour after the attack began and fired tear gas at villagers who tried to put out the "
        "fires. Three families from the eastern edge of the village, the closest to an "
        "unauthorized outpost established in the spring, said on Thursday that they had moved in "
        "with relatives in the center of the village and would not return to their homes. “Every "
        "night we sleep in our clothes,” said one of the fathers, who has five children. The UN "
        "humanitarian office, OCHA, has recorded a steep rise in settler attacks in the area "
        "since the beginning of the year. Peace Now said the outpost overlooking the village was "
        "set up without government authorization and has never been evacuated.",
        "V D",
        "settler attack",
    ),
    # The Times of Israel, 2025
    (
        "Three soldiers killed by bomb and anti-tank missile in Khan Younis, IDF says",
        "Three Israeli soldiers were killed and two others seriously wounded on Tuesday when an "
        "explosive device detonated next to their armored vehicle in the southern Gaza city of "
        "Khan Younis, the Israel Defense Forces announced on Wednesday morning. The soldiers, "
        "from the Givati Brigade's reconnaissance unit, were named as Staff Sergeant Ido "
        "Ben-Ami, 20, from Haifa, Sergeant Yonatan Meir, 19, from Modiin, and Sergeant Amit "
        "Golan, 20, from Kfar Saba. According to an initial probe, Hamas operatives planted the "
        "bomb on a route used by troops operating in the area and detonated it remotely, before "
        "firing an anti-tank missile at a second vehicle that arrived to evacuate the wounded. "
        "The troops returned fire and called in an airstrike on a building from which the "
        "missile was fired, the military said. The IDF has been operating in Khan Younis since "
        "launching an expanded ground offensive in the southern Gaza Strip in the spring, which "
        "it says is aimed at pressing Hamas to release the remaining hostages. The Hamas-run "
        "health ministry in Gaza said Israeli strikes across the Strip had killed 41 people over "
        "the past 24 hours, a figure that cannot be verified and does not distinguish between "
        "civilians and combatants. Prime Minister Benjamin Netanyahu said the soldiers had "
        "fallen “in a just war to return our hostages and defeat Hamas” and sent his condolences "
        "to the families. Their funerals are set to be held on Thursday.",
        "B E M",
        "IED attack on troops",
    ),
    # Radio Okapi, 2025
    (
        "Kalehe: fighting between AFC/M23 and Wazalendo empties several villages",
        "Fighting broke out again on Thursday morning between the AFC/M23 rebels and Wazalendo "
        "militiamen in several villages of the Mbinga-Sud groupement, in the Kalehe territory "
        "(South Kivu), local sources reported. According to civil society in Kalehe, the clashes "
        "began at around six in the morning at Lumbishi and spread in the afternoon to Chebumba "
        "and Ramba, where heavy weapons were used. At least four civilians were killed by stray "
        "bullets and several houses were burned, the president of the civil society of the "
        "groupement told Radio Okapi. “The population has fled towards Minova and into the "
        "forests; the villages are empty,” he said. The M23 accused the Wazalendo and the FDLR "
        "of attacking its positions, while a Wazalendo spokesman said the militia was defending "
        "local communities against rebel extortion. Displaced families who arrived in Kalungu "
        "said they had walked all night and were sleeping in churches and schools without food. "
        "Humanitarian organisations estimate that more than 12,000 people have been displaced in "
        "the area since the start of the month. The fighting continues despite the declaration "
        "of principles signed in Doha between the Congolese government and the AFC/M23, which "
        "provided for a ceasefire.",
        "B D",
        "clashes",
    ),
    # Actualite.cd, 2025
    (
        "Ituri: ADF terrorists kill at least 31 worshippers during night vigil in Irumu territory",
        "At least 31 people were killed overnight from Saturday to Sunday when ADF terrorists "
        "attacked faithful gathered for a prayer vigil in a Catholic chapel in Bandiboli, a "
        "village in the Banyali-Tchabi chiefdom (Irumu territory, Ituri), local sources told "
        "ACTUALITE.CD. The assailants, armed with guns and machetes, surrounded the building in "
        "the middle of the night and attacked the worshippers, before setting fire to several "
        "houses and shops in the village, according to the president of the local civil society. "
        "“Some bodies were found burned inside the houses. The search continues in the bush,” he "
        "said. The spokesman of the FARDC in Ituri confirmed the attack and said the army, in "
        "joint operations with the Ugandan army (UPDF), was pursuing the attackers towards the "
        "Ituri river. MONUSCO said in a statement that it strongly condemned the attack and that "
        "its peacekeepers had helped evacuate the wounded to the general referral hospital in "
        "Komanda. Dozens of households have fled Bandiboli for Komanda centre and Bunia, "
        "according to humanitarian sources. The ADF, an armed group of Ugandan origin that has "
        "pledged allegiance to the Islamic State, has killed thousands of civilians in the Beni, "
        "Lubero and Irumu territories over the past decade. Local civil society is again calling "
        "on the authorities to strengthen the military presence along the Komanda-Luna road.",
        "V T D",
        "massacre",
    ),
    # Garowe Online, 2024
    (
        "Suicide bomber kills at least 17 at Mogadishu's Lido beach restaurant",
        "At least 17 people were killed and dozens wounded when a suicide bomber blew himself up "
        "at a crowded seaside restaurant on Mogadishu's Lido beach on Friday evening, police and "
        "medical sources said. Witnesses said the attacker detonated an explosive vest at the "
        "entrance of the restaurant as families gathered for the weekend, before gunmen opened "
        "fire on people fleeing along the beach. Security forces killed two of the gunmen and "
        "captured a third after a standoff that lasted more than an hour, a police spokesman "
        "told reporters. The Aamin ambulance service said it had carried 46 wounded people to "
        "hospitals across the capital. Al-Shabaab claimed responsibility for the attack through "
        "its Andalus radio, saying it had targeted “officials and apostates”. President Hassan "
        "Sheikh Mohamud condemned the bombing and vowed to continue the “total war” against the "
        "militants, who have been fighting the federal government for nearly two decades. Lido "
        "beach, a popular spot for young people and members of the diaspora, has been targeted "
        "several times by the al-Qaeda-linked group. “My brother came back from Minneapolis two "
        "weeks ago. He wanted to show his children the sea,” said a woman waiting outside Medina "
        "hospital. The attack came as Somali forces and the African Union mission continue "
        "operations against al-Shabaab in the Middle and Lower Shabelle regions.",
        "E T V",
        "suicide bombing",
    ),
    # Addis Standard, 2025
    (
        "Residents say drone strike killed 11 civilians at market in North Gondar as ENDF, Fano clashes continue",
        "At least eleven civilians, among them three children, were killed when a drone strike "
        "hit a minibus and a group of people at a market in Debark woreda of the North Gondar "
        "zone on Monday, residents and a local health official told Addis Standard. One resident "
        "said the strike hit the market area shortly after midday, when the weekly market was at "
        "its busiest. “We collected the bodies ourselves; there was no ambulance,” he said, "
        "asking not to be named for fear of reprisal. A health worker at Debark hospital said 19 "
        "people were being treated for injuries, several of them critically, and that the "
        "hospital lacked blood and surgical supplies. The strike came amid renewed clashes in "
        "the zone between the Ethiopian National Defense Force (ENDF) and Fano militias, which "
        "residents said had lasted for three days around Debark and Dabat towns. The federal "
        "government has not commented on the strike. Government-affiliated media reported that "
        "the army had “inflicted heavy losses” on what it called extremist forces in the area. "
        "The Ethiopian Human Rights Commission (EHRC) has previously documented civilian deaths "
        "in drone strikes in the Amhara region and called on all parties to respect "
        "international humanitarian law. Internet services in much of the Amhara region have "
        "been restricted since the conflict broke out in August 2023, making it difficult to "
        "verify information.",
        "E B V",
        "drone strike",
    ),
]

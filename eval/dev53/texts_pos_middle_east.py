"""dev53 positives: the Middle East (Gaza, the West Bank and Jerusalem, Lebanon, Syria, Yemen and
the Red Sea, Iraq, Iran and Israel), as the European, Middle East and North American desks write
them.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Israeli strike on Gaza City school sheltering displaced families kills 18",
        "An Israeli air strike hit a school in Gaza City's Daraj neighbourhood where hundreds of displaced families were sheltering early on Saturday, killing at least 18 people, many of them women and children, the Gaza civil defence agency said. The Israeli military said it had struck a Hamas command and control centre inside the compound and had taken steps to reduce the risk to civilians.",
        "E V D M",
        "airstrike",
    ),
    (
        "Palestinians shot dead near aid site in Rafah, health officials say",
        "At least 27 Palestinians were killed and more than 100 wounded when Israeli troops opened fire on crowds heading to a food distribution site west of Rafah before dawn on Tuesday, Gaza health officials and witnesses said. The Israeli military said soldiers had fired warning shots at suspects who approached its forces. The UN human rights office said people desperate for food were being put at grave risk.",
        "V H",
        "shooting",
    ),
    (
        "Famine confirmed in Gaza City, UN-backed monitor says",
        "Famine is taking place in Gaza City and the surrounding area, the Integrated Food Security Phase Classification (IPC) said on Friday, the first time it has confirmed a famine in the Middle East. The monitor blamed the war and restrictions on aid deliveries and said more than half a million people faced catastrophic hunger; Israel rejected the finding.",
        "H",
        "famine",
    ),
    (
        "Israel orders residents of northern Gaza to move south as ground operation expands",
        "The Israeli military ordered residents of Jabalia, Beit Lahia and Beit Hanoun to leave for shelters in the south on Sunday, dropping leaflets and posting maps online, as tanks pushed into the edge of Jabalia in what it called an expanded operation against Hamas. The UN said tens of thousands of people had fled within two days, many of them on foot or with donkey carts piled with mattresses.",
        "D M",
        "evacuation_order",
    ),
    (
        "Israeli forces raid north Gaza hospital, forcing out patients",
        "Israeli troops raided Kamal Adwan hospital in Beit Lahia on Friday, ordering hundreds of patients, staff and displaced people out into the cold and detaining the hospital director, Gaza's health ministry said. The World Health Organization said the raid had put the last major health facility in northern Gaza out of service. The military said the hospital had been used as a Hamas stronghold.",
        "M H V D",
        "hospital_raid",
    ),
    (
        "Aid trucks enter Gaza but UN says deliveries far short of needs",
        "Ninety lorries carrying flour, baby food and medicine entered Gaza through the Kerem Shalom crossing on Wednesday, the first deliveries in 11 weeks, the UN humanitarian office said. It said the supplies were a drop in the ocean for 2.1 million people facing hunger, and that some lorries had been stopped and emptied by crowds of hungry people on the road to Khan Younis.",
        "H",
        "aid_delivery",
    ),
    (
        "Aid workers killed in strike on vehicle in central Gaza",
        "Three aid workers were killed when an Israeli strike hit their vehicle on the coastal road near Deir al-Balah on Monday, shortly after it left a warehouse, their charity said, adding that it had shared the convoy's route with the Israeli military in advance. The charity suspended its operations in Gaza, where it had been serving thousands of hot meals a day.",
        "E V H",
        "attack_on_aid_workers",
    ),
    (
        "Israeli settlers set fire to houses and cars in Kafr Malik",
        "Dozens of Israeli settlers stormed the Palestinian village of Kafr Malik north-east of Ramallah on Wednesday evening, setting fire to two houses and several cars and throwing stones at residents, the Palestinian Red Crescent said, adding that 12 people were treated for injuries. The Israeli military said troops had been sent to disperse the confrontation and that it was looking into the incident.",
        "V",
        "settler_attack",
    ),
    (
        "Israeli forces raid Jenin camp; drone strike kills three",
        "Israeli troops backed by bulldozers and drones launched a raid on the Jenin refugee camp before dawn on Tuesday, and an air strike on a group of gunmen killed three Palestinians, the Palestinian health ministry said. Militants exchanged fire with the troops in the camp's narrow alleys, and the UN said thousands of residents had fled to nearby villages since the operation began.",
        "M E B D",
        "raid",
    ),
    (
        "Gunmen kill four at Jerusalem bus stop in shooting attack",
        "Two Palestinian gunmen opened fire at a crowded bus stop at a junction on the northern edge of Jerusalem during the morning rush hour on Monday, killing four people and wounding 12, police said, calling it a terror attack. A soldier and an armed civilian at the scene shot the attackers dead.",
        "V T",
        "shooting_attack",
    ),
    (
        "Israeli drone strike on car in south Lebanon kills one",
        "An Israeli drone struck a car near the town of Bint Jbeil in south Lebanon on Thursday, killing one person, Lebanon's health ministry said. The Israeli military said it had killed a Hezbollah operative who was trying to rebuild the group's infrastructure in the area; Lebanon's president called it another violation of the November ceasefire.",
        "E M",
        "drone_strike",
    ),
    (
        "Israel strikes Beirut suburbs after rockets fired from Lebanon",
        "Israeli warplanes levelled a building in Beirut's southern suburbs on Friday after the military warned residents to leave, hours after two rockets were fired from south Lebanon towards the northern Israeli town of Kiryat Shmona. Families fled the Dahiyeh district in cars and on motorbikes, jamming roads, and schools in the area were closed.",
        "E M D",
        "airstrike",
    ),
    (
        "More than 200,000 flee Lebanon into Syria as Israeli bombardment widens",
        "More than 200,000 people have crossed from Lebanon into Syria in the past week to escape the Israeli bombardment of the south and the Bekaa valley, UNHCR said on Tuesday, most of them Syrians who had once fled the other way. The agency said families were arriving at the Masnaa crossing on foot after an air strike cratered the road, and it appealed for blankets, food and water.",
        "D H E",
        "displacement",
    ),
    (
        "Clashes between Druze fighters and Bedouin tribes kill dozens in Syria's Sweida",
        "Fighting between Druze militias and Bedouin tribal fighters in Syria's southern Sweida province has killed at least 89 people since Sunday, the Syrian Observatory for Human Rights said, and government forces sent to the area came under fire. Hundreds of families fled villages on the western edge of the province.",
        "B M D",
        "clashes",
    ),
    (
        "Suicide bomber kills worshippers at Damascus church",
        "A gunman opened fire on worshippers at a Greek Orthodox church in the Dweila district of Damascus during Sunday mass and then detonated an explosive vest, killing 25 people and wounding 63, the health ministry said. The interior ministry blamed a cell of the Islamic State group.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Israeli strikes hit military sites near Damascus and in Deraa",
        "Israeli aircraft struck air defence batteries and weapons depots near Damascus and in the southern province of Deraa overnight, the Israeli military said, adding that it would not allow weapons to be moved into southern Syria. Syria's foreign ministry condemned what it called a flagrant violation of its sovereignty; there was no word on casualties.",
        "E M",
        "airstrike",
    ),
    (
        "Monitor says hundreds of Alawite civilians killed in Syria's coastal region",
        "More than 700 civilians, most of them Alawites, have been killed in the coastal provinces of Latakia and Tartus since clashes broke out between government security forces and fighters loyal to the former government, the Syrian Observatory for Human Rights said. Residents described gunmen going from house to house shooting men, and thousands of people have fled to a Russian air base and across the border into Lebanon.",
        "V B D",
        "massacre",
    ),
    (
        "Houthis attack bulk carrier in Red Sea, crew abandon ship",
        "Houthi fighters in small boats fired rocket-propelled grenades and small arms at a Liberian-flagged bulk carrier in the Red Sea south-west of Hodeidah on Monday, and an explosive-laden drone boat later struck its hull, Britain's UKMTO agency said. The crew of 22 abandoned the vessel and were picked up by a passing merchant ship.",
        "E",
        "maritime_attack",
    ),
    (
        "US strikes Houthi targets across Yemen; rebels say 12 killed",
        "The US military said it carried out strikes on more than 30 Houthi targets in Yemen overnight, including radar sites, drone storage facilities and missile launchers around Sanaa and Hodeidah. The Houthi-run health ministry said 12 people were killed and 30 wounded, and the group vowed to keep targeting shipping linked to Israel.",
        "E M",
        "airstrike",
    ),
    (
        "Missile from Yemen sends millions of Israelis to shelters",
        "The Israeli military said it intercepted a ballistic missile fired from Yemen early on Thursday, after sirens sounded across Tel Aviv and central Israel and millions of people ran to shelters. Magen David Adom said a woman was lightly hurt on her way to a shelter, and the Houthis said they had targeted Ben Gurion airport.",
        "E",
        "missile_attack",
    ),
    (
        "Houthis detain more UN staff in Sanaa",
        "Houthi security forces raided UN offices in Sanaa and detained 11 more staff members, bringing the number of UN personnel held by the group to 53, the UN secretary-general said on Sunday, calling for their immediate release. The World Food Programme said it had suspended operations in the north of the country, where millions depend on its food aid.",
        "V H",
        "detention_of_aid_workers",
    ),
    (
        "Drone attack halts output at Kurdistan oil field",
        "A drone packed with explosives struck the Sarsang oil field in Iraq's Kurdistan region on Tuesday morning, starting a fire and forcing the US company that operates it to halt production, the region's interior ministry said. No group claimed the attack, the latest in a string of drone strikes on oil facilities in the region this month.",
        "E",
        "drone_attack",
    ),
    (
        "Islamic State militants kill four Iraqi soldiers in Kirkuk ambush",
        "Islamic State militants ambushed an army patrol in the Wadi al-Shay area south of Kirkuk overnight, killing four soldiers including an officer, Iraqi security officials said. Troops backed by helicopters were combing the area for the attackers, who fled into the valley's orchards.",
        "B T M",
        "ambush",
    ),
    (
        "Israeli jets hit Iranian nuclear and missile sites; Tehran answers with ballistic missiles",
        "Israel launched waves of air strikes on Iran's nuclear facilities, missile bases and military commanders early on Friday in what it called a pre-emptive operation, and Iran fired more than 100 ballistic missiles at Israel that evening. Iranian state media said senior commanders and nuclear scientists were among the dead, and Israeli rescue services said missiles hit residential buildings in Tel Aviv and Ramat Gan.",
        "E M",
        "air_campaign",
    ),
    (
        "Iranian missile hits hospital in southern Israel",
        "An Iranian ballistic missile struck Soroka Medical Center in Beersheba on Thursday morning, wrecking a surgical building and wounding dozens of people, Israeli officials said. Patients had been moved from the building to protected wards days earlier, and the hospital asked the public not to come except in emergencies.",
        "E V H",
        "missile_strike",
    ),
]

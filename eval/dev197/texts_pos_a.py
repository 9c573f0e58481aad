"""dev197 positives, part A: Ukraine and Russia, the Middle East and North Africa.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset (B battle,
E explosions_remote_violence, V violence_against_civilians, T terrorism, M military_operation,
D displacement, H humanitarian, U unrest).
"""

POSITIVES = [
    (
        "Russian missiles destroy Trypillia power plant, the Kyiv region's largest generator",
        "Russian missiles and drones struck energy facilities across Ukraine overnight on "
        "Thursday, destroying the Trypillia thermal power plant, the largest generator serving "
        "the Kyiv, Cherkasy and Zhytomyr regions, its operator said. "
        "State-owned Centrenergo said the plant had been completely destroyed and that the "
        "company had now lost all of its generating capacity, after its two other stations were "
        "knocked out in earlier attacks. "
        "“The scale of the destruction is terrifying,” supervisory board chairman Andriy Hota "
        "told local television, adding that the shift on duty had reached the shelters in time. "
        "Ukraine's air force said Russia launched 82 missiles and drones in the attack and that "
        "57 of them were shot down. "
        "Substations and generation units in the Kharkiv, Zaporizhzhia and Lviv regions were "
        "also hit, grid operator Ukrenergo said, and emergency outages were applied in the "
        "Kharkiv region until the evening. "
        "Russia's defence ministry said it had carried out a massive strike with long-range "
        "precision weapons on energy facilities supporting Ukraine's defence industry, and that "
        "all designated targets had been hit. "
        "President Volodymyr Zelensky renewed his appeal for Patriot systems, saying Kyiv had run "
        "out of interceptors to protect Trypillia. "
        "Analysts at the DiXi Group estimated that the country had lost roughly 8 gigawatts of "
        "capacity since the renewed air campaign against the grid began on March 22. "
        "Energy minister German Galushchenko said imports from the European Union would be raised "
        "to cover the evening peak.",
        "E M",
        "missile_strike",
    ),
    (
        "Odesa hospitals switch to generators after drone strike on substations",
        "Hospitals in Odesa switched to backup generators on Saturday and trolleybuses stood idle "
        "after a wave of Russian attack drones hit two substations on the city's outskirts, "
        "regional governor Oleh Kiper said. "
        "About 180,000 households in the city and surrounding districts were left without power "
        "and water pumping stations were working on reserve supplies, the regional "
        "administration said. "
        "Three energy workers were wounded when a second drone struck the same site as repair "
        "crews arrived, DTEK said in a statement, calling it a deliberate double tap. "
        "“We had 40 patients on ventilators and incubators when the lights went out,” said the "
        "head of the regional children's hospital, who asked that her name not be used. "
        "The health ministry said two maternity wards had moved mothers and newborns to basement "
        "shelters for the night. "
        "Ukraine's air force said it downed 51 of the 68 Shahed-type drones launched overnight, "
        "most of them aimed at the Odesa and Mykolaiv regions. "
        "Ukrenergo said power would be restored in stages over two days but warned that "
        "scheduled blackouts could return across the south if attacks continued. "
        "The city's water utility urged residents to store drinking water and said fire hydrants "
        "would be opened in the most affected neighbourhoods.",
        "E V H",
        "drone_strike",
    ),
    (
        "Drones set Volgograd refinery ablaze, halting Lukoil's main crude unit, sources say",
        "A Ukrainian drone attack set fire to Lukoil's Volgograd refinery early on Tuesday, "
        "forcing the plant to halt its largest crude distillation unit, two industry sources "
        "told Reuters. "
        "The CDU-1 unit, which accounts for about a third of the refinery's capacity of around "
        "300,000 barrels per day, was shut after debris ignited an installation nearby, one of "
        "the sources said. "
        "Volgograd regional governor Andrei Bocharov said on Telegram that the fire had been "
        "extinguished and nobody was hurt, without naming the facility. "
        "Russia's defence ministry said air defences destroyed 40 Ukrainian drones overnight "
        "over several regions, including 11 over the Volgograd region. "
        "A source in Ukraine's SBU security service said the strike was part of a campaign to "
        "cut the fuel revenues that fund Moscow's war. "
        "“Every refinery that stops is a refinery that does not supply the front,” the source "
        "said. "
        "The plant has been hit at least four times since the start of the year, according to a "
        "Reuters tally. "
        "Russian gasoline prices on the St Petersburg exchange rose to a record high after the "
        "attack, and the government is considering extending a ban on gasoline exports, traders "
        "said. "
        "Lukoil did not respond to a request for comment.",
        "E M",
        "drone_strike",
    ),
    (
        "Kakhovka dam breached: thousands evacuated as water floods Kherson villages",
        "Thousands of people were being evacuated from towns and villages along the Dnipro on "
        "Tuesday after the Kakhovka dam, held by Russian forces since the early weeks of the "
        "invasion, was blown apart overnight and water began pouring downstream. "
        "Ukraine's military accused Russian forces of blowing up the dam from the inside, "
        "while Moscow-installed officials blamed Ukrainian shelling. "
        "By midday the river at Kherson had risen by more than three metres, and the regional "
        "military administration said about 16,000 people lived in the critical zone on the "
        "right bank. "
        "Buses and trains were laid on to take residents to Mykolaiv, Odesa and Kropyvnytskyi, "
        "while volunteers in boats pulled elderly people from rooftops in the flooded Korabel "
        "district. "
        "Evacuees said Russian shelling from the left bank continued as they waited at the "
        "collection points. "
        "The reservoir behind the dam supplies cooling water to the Zaporizhzhia nuclear plant, "
        "and the International Atomic Energy Agency said it was monitoring the situation but saw "
        "no immediate risk. "
        "Hydropower operator Ukrhydroenergo said the station was completely destroyed and could "
        "not be restored. "
        "The United Nations said it was sending drinking water, water purification tablets and "
        "cash to people forced from their homes.",
        "E D H",
        "dam_destruction",
    ),
    (
        "Shelling at Zaporizhzhia nuclear plant damages nitrogen station and cuts a power line",
        "Shells hit the site of the Zaporizhzhia nuclear power plant on Saturday, damaging a "
        "nitrogen-oxygen station and knocking out one of the main power lines that link it to "
        "the Ukrainian grid, Ukraine's nuclear operator Energoatom said. "
        "One reactor was disconnected and its emergency protection was triggered, the company "
        "said, adding that there was a risk of hydrogen leaks and the spraying of radioactive "
        "substances. "
        "Energoatom blamed the Russian forces that have occupied Europe's largest nuclear plant "
        "since March. "
        "The Russian-installed administration in Enerhodar said Ukrainian forces had fired on "
        "the plant with a multiple rocket launcher, hitting its administrative building. "
        "International Atomic Energy Agency chief Rafael Grossi said he was extremely concerned "
        "and that the shelling showed the very real risk of a nuclear disaster. "
        "“Any military firepower directed at or from the facility would amount to playing with "
        "fire,” Grossi said in a statement. "
        "Residents of Nikopol, across the reservoir from the plant, said they had heard heavy "
        "artillery for most of the night. "
        "The G7 called on Russia to return full control of the plant to Ukraine.",
        "E",
        "shelling",
    ),
    (
        "No power, no water: Pokrovsk families leave as front line nears the mining town",
        "The last trains out of Pokrovsk were full on Friday as families left the eastern "
        "Ukrainian mining town, which has been without electricity and running water since "
        "Russian guided bombs hit its main substation earlier in the week. "
        "Russian forces are now less than 10 kilometres away, the town's military "
        "administration said, ordering the compulsory evacuation of families with children from "
        "Pokrovsk and several surrounding villages. "
        "About 53,000 people remained in the town, down from more than 60,000 before the start of "
        "the month, head of the administration Serhiy Dobriak said. "
        "Repair crews from DTEK could not reach the damaged lines because of constant drone "
        "attacks, the company said. "
        "“There's no light, no water, and at night the whole building shakes,” said Natalia, "
        "66, waiting with two bags and a cat carrier at the station. "
        "Hospitals had moved their remaining patients to Dnipro, and the last pharmacies were "
        "closing, residents said. "
        "Coal miners at Pokrovske, Ukraine's only producer of coking coal, were working on "
        "backup power to keep the pumps running and stop the shafts from flooding. "
        "Volunteers with the charity East SOS said they were taking out 200 to 300 people a day "
        "from villages where buses no longer go. "
        "Most evacuees are taken first to a transit centre in Pavlohrad, where they are given "
        "hot food, a place to sleep and help to register as internally displaced people. "
        "The state pays a monthly allowance of 2,000 hryvnias to displaced adults, which "
        "many say barely covers rent in cities further west. "
        "Some older residents said they would stay whatever happened. "
        "“I was born here, and I'll die here,” said Mykola, 81, who was chopping wood for a "
        "stove in the yard of his block.",
        "E D H",
        "displacement",
    ),
    (
        "Russian strike hits Naftogaz gas production sites in Kharkiv and Poltava regions",
        "Russia struck Ukraine's gas production facilities in the Kharkiv and Poltava regions "
        "overnight with missiles and drones, damaging equipment at several sites, state energy "
        "company Naftogaz said on Tuesday. "
        "It was the sixth large-scale attack on the company's gas infrastructure since the "
        "beginning of October, chief executive Oleksiy Chernyshov said. "
        "“The enemy is trying to deprive Ukrainians of heat in the coldest time of the year,” "
        "Chernyshov said, adding that there were no casualties among staff. "
        "Ukraine's air force said Russia had used 15 missiles and 113 drones, of which 95 "
        "drones and 11 missiles were shot down or jammed. "
        "In the Poltava region, a fire broke out at a gas processing facility and several "
        "villages were left without gas supply, the regional governor said. "
        "Ukraine has been importing gas from Hungary, Slovakia and Poland to rebuild stocks after "
        "earlier attacks cut domestic output by as much as 40%, traders said. "
        "European benchmark gas prices rose 3% in early trade in Amsterdam. "
        "Naftogaz said repair teams were already working and that it had enough reserves to "
        "supply households through the heating season.",
        "E",
        "missile_strike",
    ),
    (
        "Ukrainian drones hit Druzhba pumping station, halting oil flows to Hungary",
        "Ukrainian drones struck the Unecha pumping station on the Druzhba oil pipeline in "
        "Russia's Bryansk region overnight, halting crude deliveries to Hungary and Slovakia for "
        "the second time in a week, the two countries' governments said on Friday. "
        "Robert Brovdi, commander of Ukraine's unmanned systems forces, posted a video of the "
        "fire on social media and said his units had hit the station. "
        "The Bryansk governor said a fire at an industrial site had been put out and that "
        "there were no casualties. "
        "Hungarian foreign minister Peter Szijjarto called the attack outrageous and "
        "unacceptable and said it was an attack on Hungary's energy security. "
        "Zelensky, asked about the complaint, said the friendship between Ukraine and Hungary "
        "now depended on Hungary's position. "
        "MOL, which runs refineries in both countries, said flows were expected to resume within "
        "five days and that it would draw on strategic stocks in the meantime. "
        "The Druzhba line, which carried about 200,000 barrels a day to central Europe this year, "
        "was also hit on August 13 and August 18, according to the Hungarian government. "
        "Ukraine's general staff said separately that it had struck a refinery in the Samara "
        "region in the same night's operation.",
        "E M",
        "drone_strike",
    ),
    (
        "Drone attacks on Abqaiq and Khurais knock out half of Saudi oil output",
        "Drone attacks on two Saudi Aramco facilities at dawn on Saturday set off huge fires "
        "and knocked out about 5.7 million barrels a day of crude production, around half of the "
        "kingdom's output, the energy ministry said. "
        "The strikes hit the Abqaiq processing plant, the world's largest, and the Khurais oil "
        "field, where blazes were visible from miles away. "
        "Yemen's Houthi movement said it had launched ten drones at the sites and warned that "
        "its attacks would widen. "
        "US Secretary of State Mike Pompeo said there was no evidence the attack had come from "
        "Yemen and blamed Iran, which denied involvement. "
        "Aramco said there were no casualties and that part of the lost output would be covered "
        "from storage. "
        "Brent crude jumped nearly 20% when trading opened on Monday, the biggest intraday gain "
        "in almost three decades, before paring gains. "
        "“This is the Pearl Harbor of the oil market,” said one Gulf-based trader. "
        "Analysts said the attack exposed how vulnerable the Gulf's energy infrastructure was to "
        "cheap drones and cruise missiles, even in a country that spends heavily on air defence.",
        "E",
        "drone_strike",
    ),
    (
        "Israeli jets strike Hodeidah port, setting fuel tanks alight after Houthi drone hits "
        "Tel Aviv",
        "Israeli warplanes struck the Houthi-held port of Hodeidah on Saturday, setting fire to "
        "fuel storage tanks and a power station a day after a Houthi drone killed a man in Tel "
        "Aviv. "
        "The Israeli military said the strikes targeted sites used by the Houthis to bring in "
        "Iranian weapons, and defence minister Yoav Gallant said the fire could be seen across "
        "the Middle East. "
        "The Houthi-run health ministry said at least six people were killed and more than 80 "
        "wounded, most of them with severe burns. "
        "Thick black smoke rose over the port for most of the night, and residents said "
        "electricity had been cut across much of the city. "
        "Hodeidah is the main entry point for fuel and food into northern Yemen, where millions "
        "of people depend on aid. "
        "A Houthi spokesman vowed to respond and said the group's drone campaign against "
        "Israel would continue. "
        "Shipping data showed at least two tankers waiting offshore to discharge had moved away "
        "from the port. "
        "The United Nations called for restraint and warned that damage to the port would worsen "
        "the humanitarian situation.",
        "E M H",
        "airstrike",
    ),
    (
        "Gaza's only power plant shuts down as fuel runs out under siege",
        "The Gaza Strip's only power plant shut down on Wednesday after running out of fuel, "
        "the head of the territory's energy authority said, days after Israel imposed a complete "
        "siege and halted deliveries of electricity, fuel and food. "
        "Hospitals were relying on generators with fuel for a few days at most, the World Health "
        "Organization said, warning that incubators and dialysis machines would stop. "
        "Israeli air strikes continued across the strip overnight, hitting residential "
        "buildings in Gaza City and Khan Younis, according to witnesses and health officials. "
        "The UN agency for Palestinian refugees said more than 260,000 people had fled their "
        "homes and that many were sheltering in its schools. "
        "Water pumping and desalination plants had also stopped for lack of power, the "
        "agency said. "
        "Israel's energy minister said no electrical switch would be turned on and no fuel "
        "truck would enter until hostages taken in Saturday's attack were freed. "
        "The International Committee of the Red Cross said hospitals risked turning into "
        "morgues without electricity. "
        "Aid agencies said supplies were waiting on the Egyptian side of the Rafah crossing.",
        "E D H",
        "siege",
    ),
    (
        "EDL says southern lines cut as Israeli strikes spread; lineman killed near Tyre",
        "Électricité du Liban said on Monday that Israeli strikes had cut high-voltage lines "
        "feeding much of southern Lebanon, leaving dozens of villages without state power as "
        "residents fled north. "
        "A technician working for a private contractor was killed when a strike hit near his "
        "crew's truck outside Tyre, the state utility said, urging the UN to secure access for "
        "repair teams. "
        "Lebanon's health ministry said hundreds of people had been killed across the country "
        "since the Israeli air campaign intensified a week ago. "
        "The Israeli military said it was striking Hezbollah weapons depots and launch sites "
        "and told residents of dozens of villages to leave their homes. "
        "Traffic on the coastal highway to Beirut was at a standstill as families packed into "
        "cars, and schools in the capital opened as shelters. "
        "EDL, which supplies only a few hours of electricity a day even in normal times, said "
        "fuel for its Zahrani plant would last about three weeks. "
        "Generator owners in Nabatieh said diesel prices had doubled since the weekend.",
        "E M D",
        "airstrike",
    ),
    (
        "Islamic State fighters topple power pylons in Kirkuk and Diyala as Iraq sweats",
        "Islamic State militants blew up several high-voltage towers in Kirkuk and Diyala "
        "provinces overnight, cutting supplies to parts of Baghdad as temperatures passed 50 "
        "degrees Celsius, the electricity ministry said on Sunday. "
        "A ministry spokesman said the towers were brought down with explosive charges in a "
        "series of terrorist attacks and that the national grid had lost about 1,500 "
        "megawatts. "
        "It was at least the 20th attack on transmission lines in the two provinces since "
        "June, according to security officials. "
        "The group's Amaq news agency claimed the attacks in a statement. "
        "In Diyala, a maintenance team sent to repair a line near Muqdadiya came under fire and "
        "one worker was wounded, police said. "
        "Prime Minister Mustafa al-Kadhimi ordered the army and the Popular Mobilisation Forces "
        "to protect the lines, and the Joint Operations Command said it had begun sweeps of the "
        "orchards and valleys where the cells hide. "
        "Residents of Baghdad's Sadr City said they were getting four hours of state power a day "
        "and paying more for private generators.",
        "E T M",
        "sabotage",
    ),
    (
        "Drone attack on Khor Mor gas field kills four workers, cuts Kurdistan power",
        "A drone attack on the Khor Mor gas field in Iraq's Kurdistan region killed four "
        "Yemeni workers on Friday and forced a halt to production, cutting power supplies across "
        "the region, officials said. "
        "The field's operator, UAE-based Dana Gas, said an explosive-laden drone hit a storage "
        "area and that all operations had been suspended as a precaution. "
        "The Kurdistan Regional Government's electricity ministry said the region had lost "
        "about 2,500 megawatts, most of its supply, because power plants run on gas from Khor "
        "Mor. "
        "No group claimed the attack. "
        "Kurdish officials have blamed previous strikes on the field on Iran-backed militias, "
        "which have attacked the site several times since 2022. "
        "Iraqi Prime Minister Mohammed Shia al-Sudani ordered an investigation and said the "
        "perpetrators would be held to account. "
        "The Kurdistan Regional Government called it a terrorist attack on the region's "
        "economy and its people. "
        "Residents of Erbil and Sulaimaniya said they had only a few hours of electricity on "
        "Saturday as temperatures rose toward 40 degrees.",
        "E T",
        "drone_strike",
    ),
    (
        "Fighting rages around Tishrin Dam as Turkish drones hit convoy to the site",
        "Clashes between the Kurdish-led Syrian Democratic Forces and Turkish-backed factions "
        "raged for a fourth week around the Tishrin Dam on the Euphrates, with both sides "
        "shelling each other's positions, a war monitor said on Thursday. "
        "A Turkish drone strike hit a convoy of civilians heading to the dam to protest against "
        "the attacks, killing at least five people and wounding 15, the Kurdish-led "
        "administration said. "
        "The Syrian Observatory for Human Rights said more than 300 fighters had been killed "
        "around the dam and the nearby Qara Qozak bridge since December. "
        "Engineers warned that damage to the dam, which supplies electricity and water to "
        "hundreds of thousands of people in Manbij, Kobani and Raqqa, could cause a flood. "
        "The dam has been out of service since the fighting began, and Kobani has had no mains "
        "power for weeks, residents said. "
        "Ankara says the SDF is an extension of the PKK and has vowed to push it east of the "
        "Euphrates. "
        "Thousands of families have fled villages along the river's west bank toward Raqqa, "
        "according to local aid groups.",
        "B E V D",
        "battle",
    ),
    (
        "Jadhran's fighters seize Ras Lanuf and Es Sider terminals; NOC declares force majeure",
        "Armed men loyal to former oil guard commander Ibrahim Jadhran attacked Libya's Ras "
        "Lanuf and Es Sider terminals on Thursday, setting storage tanks ablaze and forcing "
        "the evacuation of all staff, the National Oil Corporation said. "
        "The NOC declared force majeure on loadings from both ports, saying national output "
        "had fallen by around 240,000 barrels a day. "
        "Khalifa Haftar's Libyan National Army said its aircraft were striking the attackers and "
        "that it had sent reinforcements from Benghazi to retake the oil crescent. "
        "“The oil crescent will not fall to militias,” an LNA spokesman said in a televised "
        "statement. "
        "At least two storage tanks with a combined capacity of 400,000 barrels were burning at "
        "Ras Lanuf, the NOC said, adding that the fire could cause damage worth hundreds of "
        "millions of dollars. "
        "NOC chairman Mustafa Sanalla called on all sides to withdraw from the facilities "
        "immediately. "
        "Residents of Ras Lanuf town said families had fled west toward Sirte as the fighting "
        "spread.",
        "B E D",
        "battle",
    ),
]

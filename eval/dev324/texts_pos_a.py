"""Positives of dev324, part A: infrastructure stories that report current attacks or fighting.

(title, text, tag codes, kind); codes B E V T M D H U as in eval/conflictset.
"""

POSITIVES = [
    (
        "Trypilska power plant destroyed as missiles and drones target Ukraine's grid",
        "The largest power station supplying the Kyiv, Cherkasy and Zhytomyr regions was completely destroyed in a Russian missile and drone attack overnight, its operator Centrenergo said on Thursday. The Trypilska thermal plant, on the Dnipro south of the capital, was hit by several missiles shortly before dawn and the turbine hall caught fire. “The scale of destruction is terrifying,” the company's supervisory board chairman, Andriy Gota, wrote on Facebook, adding that all of its generating capacity had been lost. Ukraine's air force said Russia launched 82 missiles and drones in the wave, of which 57 were shot down. Grid operator Ukrenergo said substations in Kharkiv and Lviv regions were also struck, and it ordered hourly power cuts for households in five regions. Engineers at the plant were sheltering in a basement when the first missile came in, and no staff were reported hurt. Energy minister German Galushchenko said the attacks were intended to break the system before summer and asked partners for more air-defence batteries. Repairing the station, built in 1969, will take years rather than months, analysts at DiXi Group estimated.",
        "E",
        "missile_strike",
    ),
    (
        "Kakhovka dam breached; thousands evacuated as floodwaters swamp Kherson",
        "The Soviet-era Kakhovka dam on the Dnipro River was blown apart early on Tuesday, sending a wall of water through dozens of towns and villages downstream and forcing the evacuation of thousands of people on both banks. Ukraine accused Russian forces, who had held the dam and its hydroelectric plant since February 2022, of mining and detonating it; Moscow blamed Ukrainian shelling. By evening water levels in Kherson had risen by more than three metres and whole streets in the Korabel district were submerged. Regional governor Oleksandr Prokudin said about 1,300 people had been taken out by bus and train on the right bank, while rescuers on boats came under Russian artillery fire as they worked. The UN humanitarian office warned that tens of thousands of people could lose access to drinking water, as the reservoir also feeds irrigation canals and the cooling ponds of the Zaporizhzhia nuclear plant. President Volodymyr Zelensky called it “an environmental bomb of mass destruction.” Aid agencies were sending bottled water, pumps and hygiene kits into Mykolaiv and Kherson. In the occupied town of Nova Kakhovka, next to the dam, the Russian-installed mayor said about 900 people had been evacuated from flooded streets. Engineers said the reservoir, which held some 18 cubic kilometres of water, could empty within days. Ukraine's state hydropower company Ukrhydroenergo said the plant was “completely destroyed” and could not be restored. Farmers in the south said the loss of the irrigation system would turn fields in Kherson, Zaporizhzhia and Dnipropetrovsk regions into desert.",
        "E D H",
        "dam_destroyed",
    ),
    (
        "Kharkiv repair crew killed in second drone strike on substation",
        "Two electricians from the Kharkiv regional power company were killed and three were wounded when Russian drones struck a substation they had been sent to repair, the regional governor said on Sunday. Oleh Syniehubov said the team arrived about 40 minutes after a first Shahed drone hit the facility on the northern edge of the city, and that a second wave struck while they were disconnecting the damaged transformer. He called it a deliberate “double tap” aimed at the people who keep the lights on. The company, Kharkivoblenergo, said the men were aged 31 and 54 and had worked through every winter of the war. More than 190,000 customers in the city and surrounding districts were left without electricity after the attack, and trolleybuses were halted for the day. Unions representing energy workers have asked the government to treat repair crews as emergency services, with the armoured vehicles and body armour that implies. DTEK, the largest private energy group, says 14 of its own staff have died in strikes on its sites since 2022.",
        "E V",
        "drone_strike",
    ),
    (
        "Zaporizhzhia nuclear plant loses last power line after shelling, IAEA says",
        "Europe's largest nuclear power plant was cut off from its last remaining external power line on Wednesday after shelling in the area, forcing it to rely on emergency diesel generators for the eighth time since Russian troops seized it, the International Atomic Energy Agency said. The IAEA's director general, Rafael Grossi, said his team on site reported hearing explosions nearby shortly before the 750-kilovolt Dniprovska line went down. Ukraine's nuclear operator Energoatom blamed Russian artillery, while the Russian-installed management said Ukrainian drones had hit a substation in Enerhodar. All six reactors have been in cold shutdown for months, but they still need electricity to pump cooling water through the cores and spent fuel pools. The plant has enough diesel for about ten days, according to the IAEA. Grossi said the situation was “clearly unsustainable” and again called for a protection zone around the site. Repair crews could not reach the damaged section because of continued fighting along the front line, Energoatom said.",
        "E",
        "shelling",
    ),
    (
        "Gaza water utility says most wells and pumping stations out of action",
        "Nearly all of the Gaza Strip's water wells, pumping stations and sewage plants have been damaged or shut down by Israeli strikes and the lack of fuel, the Coastal Municipalities Water Utility said on Monday, warning of a collapse of what remains of the network. The utility said 83 percent of groundwater wells were not operating and that the central desalination plant in Deir al-Balah was running at a fraction of its capacity. In Gaza City, air strikes overnight hit the Sheikh Radwan area, where a main reservoir and pipeline are located, residents said. Families in Rafah were queuing for hours at tanker trucks for a few litres a day, according to the UN children's fund, which said cases of diarrhoea among children under five had risen sharply. The Israeli military said it struck Hamas targets and that it allows water to flow through one of the three pipelines from Israel. Aid groups say spare parts for pumps and pipes are held up at the Kerem Shalom crossing. “Without fuel, there is no water, and without water there is disease,” said a UNICEF spokesman in Geneva. Engineers from the utility say they have been unable to reach several wells in the north of the strip because of fighting and evacuation orders. Sewage is flowing into streets in Khan Younis and into the sea, they said. The utility's director estimated that repairing the network would take years once the fighting stops.",
        "E H",
        "airstrike",
    ),
    (
        "Municipal engineers killed while fixing well in Khan Younis",
        "Four employees of the Khan Younis municipality were killed on Saturday when an Israeli air strike hit them as they repaired a water well east of the city, the municipality and civil defence said. The men had been working on the al-Satar well, one of the few still pumping in the southern Gaza Strip, and wore high-visibility vests with the municipality's logo, a spokesman said. A fifth worker was taken to Nasser Hospital with shrapnel wounds. The municipality said it had coordinated the repair through the United Nations, which passes the location of aid and utility teams to the Israeli military. The Israeli army said it was looking into the report and that it had struck militants operating in the area. Water engineers in Gaza have become frequent casualties of the war; the municipality says 21 of its staff have been killed since October. Oxfam said the deaths showed that “no one repairing Gaza's water system is safe” and repeated its call for a ceasefire. The well has been out of service since the strike, leaving several neighbourhoods without piped water.",
        "E V H",
        "airstrike",
    ),
    (
        "Drones hit Port Sudan power station, plunging wartime capital into darkness",
        "Drones struck the main power station in Port Sudan on Tuesday, starting a fire and cutting electricity to much of the Red Sea city that has served as the seat of Sudan's army-backed government since the war began, officials said. It was the third consecutive day of drone attacks on the city, after strikes on the airport, a fuel depot and the southern port area. The army blamed the Rapid Support Forces, which have been fighting it since April 2023, though the paramilitary group did not claim the attacks. The national electricity company said the substation feeding the city's water treatment plant had been hit, and residents reported long queues at wells and water vendors by the afternoon. Hospitals switched to generators and postponed non-urgent operations, the health ministry said. Port Sudan had been regarded as the safest place in the country, and hundreds of thousands of people displaced from Khartoum and Darfur have settled there. The UN's humanitarian coordinator said she was “alarmed” by attacks on civilian infrastructure in a hub that handles most of the aid entering Sudan.",
        "E H",
        "drone_strike",
    ),
    (
        "Shambat bridge linking Khartoum and Omdurman destroyed in fighting",
        "The Shambat bridge across the Nile, one of the main links between Omdurman and Khartoum North, was destroyed on Saturday amid fierce fighting between Sudan's army and the Rapid Support Forces, residents and both parties said. Video shared online showed a central span collapsed into the river and smoke rising from both banks. The army and the RSF traded blame, each accusing the other of blowing up the bridge to cut supply routes. The paramilitary force has used the crossing to move fighters and equipment from its positions in Bahri towards Omdurman, where the army has been trying to push it back. Witnesses in the Shambat area reported heavy artillery and drone fire through the morning. “We heard a huge explosion and then the whole house shook,” one resident told Reuters by telephone. The loss of the bridge leaves only a few crossings open over the Nile in the capital region, most of them contested. Sudanese engineers had completed the steel structure in 1966 and it carried several thousand vehicles a day before the war.",
        "B E",
        "battle",
    ),
    (
        "Myanmar resistance blows up bridges as offensive closes trade highway to China",
        "An alliance of ethnic armed groups fighting Myanmar's military government destroyed several bridges along the highway from Mandalay to the Chinese border this week, cutting the country's busiest overland trade route, local media and the groups said. The Three Brotherhood Alliance said its fighters had seized more than 50 army outposts in northern Shan State since launching their offensive on Friday and had taken control of the border crossing at Chinshwehaw. Photographs released by the Ta'ang National Liberation Army showed the Goktwin bridge and a smaller crossing near Kutkai with their spans dropped. The junta responded with air strikes on villages around Lashio and Hsenwi, according to residents and the National Unity Government. The UN said more than 23,000 people had been displaced by the fighting, many sheltering in monasteries. Truckers said hundreds of lorries loaded with rice, fruit and fuel were stranded on either side of the damaged roads. A spokesman for the military said troops were “conducting clearance operations” to reopen the highway. China, Myanmar's largest trading partner, called for a ceasefire and urged its citizens to leave the area. Border trade through Muse is worth billions of dollars a year, according to Myanmar's commerce ministry. Residents of Lashio said prices of cooking oil and petrol had doubled within days.",
        "B E M D",
        "offensive",
    ),
    (
        "Aleppo water cut to two million after pumping station is shelled",
        "About two million people in Aleppo have been without running water for four days after the main pumping station supplying the city was damaged by shelling, the International Committee of the Red Cross said on Friday. The Suleiman al-Halabi station, in a rebel-held district, pumps water from the Euphrates to both opposition and government-held neighbourhoods. Fighting between government forces and rebel groups around the old city intensified this week, and mortar fire hit a power line feeding a second station in government-held Bab al-Nairab, the ICRC said. Residents have been filling jerrycans at mosques and at a few wells dug in public parks. Prices for water from private tankers had tripled, one woman in the Salaheddine district told AFP. The ICRC said its engineers were ready to repair the station but needed guarantees from all sides that they would not be fired on. UNICEF warned that children were at increased risk of waterborne disease. “Water is being used as a weapon of war,” said a spokesman in Damascus.",
        "B E H",
        "siege",
    ),
    (
        "Israeli jets strike Hodeidah port, fuel tanks and power station",
        "Israeli warplanes struck the Yemeni port of Hodeidah on Saturday, hitting oil storage tanks, cranes and the Ras Kanatib power station, a day after a Houthi drone killed a man in Tel Aviv. Plumes of black smoke could be seen for kilometres, and the health ministry in Houthi-run Sanaa said at least six people were killed and more than 80 injured, most of them port workers. The Israeli military said the port was used to bring in Iranian weapons and that the strike was “a response to hundreds of attacks” on Israel. Residents said the fires were still burning at nightfall and that electricity had been cut across much of the city. Hodeidah handles the bulk of fuel and food imports to northern Yemen, where most of the population depends on aid. The UN envoy Hans Grundberg urged all sides to show restraint and to avoid civilian infrastructure. The Houthis said they would keep up their attacks on Israel and on shipping in the Red Sea.",
        "E M",
        "airstrike",
    ),
    (
        "Iraqi engineers lay floating bridge under fire as Mosul push reaches the Tigris",
        "Iraqi army engineers began laying a pontoon bridge across the Tigris south of Mosul on Wednesday, after Islamic State militants blew up the last standing crossings in the city to slow the offensive on its western half. Officers from the engineering corps said they were working under sniper and mortar fire, with the pontoon sections brought in on lorries from Baghdad. All five of Mosul's bridges have been destroyed, either by the militants or by coalition air strikes aimed at cutting their supply lines. Counter-terrorism service units advanced into the al-Jadida and Wadi Hajar districts, a commander said, while federal police fought their way towards the airport. Residents fleeing on foot said jihadists were forcing families to stay in their homes as human shields. The International Organization for Migration said more than 4,000 people had arrived at camps near Qayyara in two days. “Without a bridge, every wounded soldier and every sack of flour goes the long way round,” said one engineer, wiping mud off his hands.",
        "B M T V D",
        "battle",
    ),
    (
        "Israeli strikes destroy bridges over the Litani, flatten buildings in Beirut suburbs",
        "Israeli air strikes destroyed at least three bridges over the Litani River in south Lebanon on Thursday, cutting roads between Tyre and the villages of the interior, Lebanon's public works ministry said. The military said the crossings were used by Hezbollah to move weapons and fighters towards the border, where its troops have been carrying out ground operations. In Beirut's southern suburbs, strikes overnight brought down at least four residential buildings in the Haret Hreik and Choueifat areas after the army issued evacuation warnings on social media. Public works minister Ali Hamieh said the ministry had counted damage to 37 bridges and sections of highway since late September. Families loaded mattresses onto cars and queued at the coastal road out of Tyre, and schools in Beirut and Mount Lebanon have been turned into shelters for more than 190,000 people. The health ministry said 28 people had been killed across the country in the past 24 hours. Hezbollah said it fired rockets at the northern Israeli town of Kiryat Shmona.",
        "E M D",
        "airstrike",
    ),
    (
        "Iranian missile knocks out power station at Haifa refinery; three dead",
        "An Iranian missile struck the Bazan oil refinery complex in Haifa Bay on Monday, killing three employees and shutting down the site's power station and several processing units, the company said. The refinery group told the Tel Aviv Stock Exchange that all its facilities had been temporarily closed after pipelines and transmission lines were damaged. Israel's electricity company said some neighbourhoods of Haifa and nearby towns were without power for several hours. The strike came during a fourth night of missile fire from Iran, part of its response to Israeli air strikes on its nuclear and military sites. Firefighters said they had brought a fire in a storage area under control by the morning. The three dead were found in a building on the site, Magen David Adom paramedics said. Energy minister Eli Cohen said fuel supplies were secure and that alternative sources of power were being brought in. Israeli air defences intercepted most of the missiles, the military said.",
        "E",
        "missile_strike",
    ),
    (
        "Belgorod substation burns after drone attack, blackout hits villages",
        "A Ukrainian drone attack set fire to an electricity substation outside Belgorod overnight, cutting power to tens of thousands of residents in the Russian border region, governor Vyacheslav Gladkov said on Saturday. Gladkov said on Telegram that air defences had downed most of the drones, but debris struck the substation in the Belgorod district and a transformer caught fire. Around 30 villages and parts of the city were left without electricity and water pumping stations switched to backup generators. Russia's defence ministry said it destroyed 14 Ukrainian drones over the region overnight. Kyiv rarely comments on such strikes, but Ukrainian officials have described Russian energy and fuel facilities that supply the army as legitimate targets. The regional grid company Rosseti said crews had restored supply to most consumers by the afternoon. Belgorod, about 40 kilometres from the border, has been repeatedly hit by shelling and drones since 2022, and local authorities are building concrete shelters at bus stops.",
        "E",
        "drone_strike",
    ),
    (
        "Maiduguri in darkness after insurgents blow up transmission towers",
        "Maiduguri, the capital of Borno state, has been without grid electricity for more than a week after jihadist fighters blew up pylons on the high-voltage line that feeds the city, the Transmission Company of Nigeria said. The company said insurgents from the Islamic State West Africa Province detonated explosives at the base of several towers along the Maiduguri-Damaturu line, and that its engineers could only reach the site under military escort. A previous repair attempt was abandoned after an engineer was wounded when a second device exploded, a spokeswoman said. Residents are paying more for petrol to run generators, and the state water board says pumping has fallen to a quarter of normal. Hospitals in the city, which also serve people displaced by more than a decade of insurgency, are rationing diesel. Governor Babagana Zulum said the attacks were meant “to punish the people of Borno” and asked the army to secure the corridor. The military said troops had cleared militants from the area around Auno and that repairs would resume on Monday.",
        "T E H",
        "sabotage",
    ),
]

"""dev157 positives (3 of 4): current strikes, sieges, village raids, famine and fighting in
Yemen, Sudan, South Sudan and the eastern DRC (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "US aggression launches 14 raids on Ras Isa port, killing and wounding workers",
        "The American aggression launched 14 airstrikes on Ras Isa port in Kamaran "
        "district of Hodeidah governorate on Thursday night, killing a number of "
        "port workers and employees of the oil facilities, a source at the "
        "governorate told Saba. The raids targeted fuel tanks and unloading "
        "platforms while workers were on their night shift, the source said, setting "
        "off fires that were still burning on Friday morning. Civil Defense teams "
        "and paramedics worked for hours to retrieve victims from under the "
        "wreckage, and the wounded were taken to Al-Thawra hospital in Hodeidah "
        "city. The Ministry of Health said in a preliminary toll that 38 people had "
        "been killed and 102 injured, most of them civilians working at the port. "
        "The US Central Command said its forces had struck the port to cut off a "
        "source of fuel and revenue for the Houthis, as part of the campaign it has "
        "been waging since mid-March. Ras Isa is the main entry point for fuel "
        "shipments into the areas controlled by the Sanaa government. The Supreme "
        'Political Council condemned the strikes as a "full-fledged war crime" and '
        "said they would not deter Yemen from supporting Gaza. Other raids struck "
        "targets in Sanaa, Saada and al-Jawf governorates during the same night, "
        "according to the agency's correspondents.",
        "E M",
        "air campaign",
    ),
    (
        "Armed forces say hypersonic missile targeted Lod airport; Israel reports interception",
        "The Yemeni Armed Forces said on Sunday that they had targeted Lod airport, "
        'which the enemy calls Ben Gurion, in occupied Jaffa with a "Palestine 2" '
        "hypersonic ballistic missile. Armed forces spokesman Brigadier General "
        'Yahya Saree said in a televised statement that the operation "achieved its '
        'goal successfully" and caused millions of settlers to flee to shelters. He '
        "said it was carried out in support of the Palestinian people in Gaza and in "
        "response to the crimes committed against them. The Israeli army said a "
        "missile launched from Yemen had been intercepted and that sirens had "
        "sounded in Tel Aviv and several central areas. Flights at the airport were "
        "briefly halted, and Israeli media reported that a woman was lightly injured "
        "while running to a shelter. The claims of either side could not be "
        "independently verified. The statement also said that a drone operation had "
        'targeted a "vital target" in the Umm al-Rashrash area, which Israel calls '
        "Eilat.",
        "E",
        "missile attack (claimed)",
    ),
    (
        "RSF shelling of Abu Shouk camp kills 14 as El Fasher siege tightens",
        "At least 14 people were killed and dozens wounded when the Rapid Support "
        "Forces shelled Abu Shouk camp for displaced people on the northern edge of "
        "El Fasher on Tuesday, the camp's general coordinator said. Shells fell on a "
        "crowded market and near a water point where women were queuing, according "
        "to residents reached by phone. The Sudanese Armed Forces' 6th Infantry "
        "Division said its troops repelled an RSF ground attack on the city's "
        "eastern front on the same day. El Fasher, the last major city in Darfur "
        "still in the army's hands, has been under RSF siege for months, and food "
        "prices inside have multiplied as supply routes were cut. The camp's "
        "communal kitchens, which feed thousands of people, have been closing one "
        "after another for lack of sorghum. Hundreds of families left Abu Shouk on "
        "foot after the shelling, heading west toward Tawila, a journey of about 60 "
        "kilometres that residents say is exposed to looting and attacks on the way. "
        "The Emergency Lawyers group accused the RSF of deliberately targeting "
        "civilians, and the UN called for a halt to attacks on the displaced. The "
        "RSF did not respond to the accusations. Aid agencies say no convoy has "
        "reached El Fasher since the rainy season began.",
        "B E V D H",
        "shelling of displacement camp",
    ),
    (
        "RSF fighters kill dozens, loot homes in attacks on villages east of the Gezira",
        "Rapid Support Forces fighters stormed at least seven villages in eastern El "
        "Gezira state over the weekend, killing dozens of residents and looting "
        "homes, shops and livestock, local resistance committees and survivors told "
        "Radio Dabanga. In one village, fighters on motorcycles and pick-up trucks "
        "surrounded the houses at dawn and opened fire on men who tried to stop them "
        "from taking cars and grain stores, a survivor said. The Wad Madani "
        "resistance committees said 42 people had been killed in two villages alone, "
        'and that several women had been abducted. "They searched every house for '
        'gold and phones, and they shot whoever refused," a farmer who fled to El '
        "Managil said. Thousands of villagers walked for two days to reach areas "
        "controlled by the army in the west of the state and in Gedaref. The attacks "
        "came after an RSF commander in the area defected to the Sudanese army, "
        "which residents say triggered a wave of reprisals against villages seen as "
        'supporting him. The RSF said in a statement that its forces were "pursuing '
        'remnants" of the army and denied targeting civilians. The UN humanitarian '
        "coordinator said she was appalled by the reports and called for the "
        "protection of civilians. Mobile networks in most of the state have been cut "
        "since last year, which makes it difficult to verify the toll. In El "
        "Managil, the displaced are sleeping in schools and mosques, and local "
        "volunteers have set up communal kitchens. A doctor at the town's hospital "
        "said it had received 17 people with gunshot wounds over two days.",
        "V D",
        "village raid",
    ),
    (
        "Drones hit Port Sudan fuel depots and airport for third straight day",
        "Drones struck fuel depots at the southern port of Port Sudan and the city's "
        "civilian airport on Tuesday, the third consecutive day of attacks on the "
        "city that has served as the seat of government since the war broke out, the "
        "army spokesman said. Massive fires broke out at the fuel storage facility, "
        "sending thick black smoke over the Red Sea coast, and Civil Defense teams "
        "struggled to contain them until the afternoon. The army accused the Rapid "
        "Support Forces of launching the strategic drones, and said air defences had "
        "downed several of them. The RSF did not claim the attacks. All flights were "
        "suspended at Port Sudan airport, the country's main gateway since Khartoum "
        "airport was put out of action, and several airlines announced they were "
        "cancelling their Sudan services until further notice. Petrol stations in "
        "the city closed within hours, and long queues formed at the few that "
        "remained open, with black market prices for a gallon of fuel doubling, "
        "traders told Sudan Tribune. The Port Sudan Chamber of Commerce warned of "
        "shortages of fuel for power stations and bakeries. Saudi Arabia and Egypt "
        "condemned the attacks. Until this week, Port Sudan had been spared most of "
        "the fighting that has devastated the capital and Darfur.",
        "E",
        "drone strike",
    ),
    (
        "Children dying of hunger in Zamzam camp as aid trucks stay blocked",
        "Children are dying of malnutrition every day in Zamzam camp south of El "
        "Fasher, where famine conditions have been confirmed, the camp's medical "
        "staff and relief workers told Radio Dabanga this week. A nurse at the "
        "camp's last functioning clinic said it had recorded 23 deaths of children "
        "under five in the past 10 days, most of them linked to severe acute "
        "malnutrition and diarrhoea. The famine review committee of the Integrated "
        "Food Security Phase Classification (IPC) concluded that famine was "
        "occurring in the camp, which shelters an estimated half a million people "
        "who fled earlier violence in North Darfur. Trucks carrying food from the "
        "World Food Programme have been waiting in Tawila and on the Chad border for "
        "weeks because the warring parties have not provided safe passage, aid "
        "agencies say. The price of a malwa of millet in the camp's market has "
        "tripled since June, and many families eat a single meal a day of boiled "
        'leaves. "Mothers come to us when it is already too late," the nurse said. '
        "The Sudanese government's Humanitarian Aid Commission disputed the famine "
        "classification, saying it had been issued without its participation. The UN "
        "Security Council is due to discuss the situation in El Fasher on Monday. "
        "New arrivals continue to reach the camp from villages around Kutum, camp "
        "leaders said. Médecins Sans Frontières, which ran a hospital in the camp, "
        "said its stocks of therapeutic food would run out within weeks. Water "
        "points are crowded from before dawn, and women say they queue for hours for "
        "a single jerrycan. Camp leaders said several communal kitchens run by "
        "volunteers had closed after their funds ran out.",
        "H D",
        "famine in war zone",
    ),
    (
        "Fighting between army and White Army in Nasir displaces thousands toward Ethiopia",
        "Heavy fighting broke out on Tuesday between the South Sudan People's "
        "Defence Forces (SSPDF) and armed youths known as the White Army around the "
        "army's barracks in Nasir County, Upper Nile State, local officials told "
        "Sudan Tribune. The county commissioner said the youths had surrounded the "
        "garrison and that soldiers were fighting to keep control of the town, while "
        "government aircraft later bombed positions on the outskirts of Nasir and "
        "Ulang. A UN helicopter sent to evacuate soldiers came under fire on Friday, "
        "and a crew member was killed, the UN mission said. Thousands of civilians "
        "have crossed into Ethiopia's Gambella region since the weekend, according "
        "to Ethiopian local officials, and others fled along the Sobat River toward "
        "Malakal. The government accused the Sudan People's Liberation "
        "Movement-in-Opposition (SPLM-IO) of backing the White Army, a charge the "
        "party denied. Several SPLM-IO officials, including the petroleum minister, "
        "were detained in Juba in the days after the clashes began. The UN Mission "
        "in South Sudan called on all sides to exercise restraint and to avoid a "
        "return to full-scale war. Aid groups said they had withdrawn staff from "
        "Nasir and that a clinic in the town had been looted.",
        "B E D",
        "clashes",
    ),
    (
        "Fighting near Sake: thousands of displaced reach Goma as M23 advances",
        "Fighting continued on Thursday between the FARDC, supported by Wazalendo "
        "fighters, and the M23 rebels backed by Rwanda on the hills overlooking "
        "Sake, about 25 kilometres west of Goma, according to local sources. Bombs "
        "fell on several neighbourhoods of the town and on the nearby displacement "
        "sites, forcing thousands of people to flee toward Goma in the morning, "
        "civil society in Masisi territory told Radio Okapi. The M23 had taken "
        "control of Minova on Tuesday, cutting the main supply road between Goma and "
        "the South Kivu. Along the road between Sake and Goma, long columns of "
        "women, children and elderly people were seen carrying mattresses, pots and "
        "jerrycans. The displaced are settling in the already overcrowded sites of "
        "Lushagala, Bulengo and Kanyaruchinya, as well as in schools and churches in "
        "the city. The military governor of North Kivu urged the population to "
        "remain calm, saying the army was holding its positions. MONUSCO said its "
        "peacekeepers had supported the FARDC with artillery fire to protect the "
        "civilian population. Prices of beans and charcoal rose sharply in Goma "
        "markets, as trucks from Masisi and Kalehe could no longer reach the city. "
        "Schools in several districts of the city remained closed on Thursday.",
        "B E D",
        "battle",
    ),
]

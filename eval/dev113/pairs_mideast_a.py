"""dev113 contrast pairs 25-33, the Middle East: Gaza, Israel, the West Bank, Lebanon, Syria, Iraq,
Yemen.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        25,
        (
            "Strike on Gaza City school sheltering displaced families kills dozens",
            "An Israeli strike hit a school in Gaza City where displaced families were "
            "sheltering during dawn prayers on Saturday, killing at least 90 people, the Gaza "
            "civil defence agency said. The Israeli military said it had struck a Hamas command "
            "centre inside the Al-Tabi'in school. Survivors said the strike came without warning "
            "as people prayed in a hall used as a mosque. Rescuers carried bodies wrapped in "
            "blankets to Al-Ahli hospital, where staff said there was no more space in the "
            "morgue. UN agencies said more than a dozen schools sheltering displaced people had "
            "been hit in a month.",
            "E V D H",
            "strike on school shelter",
        ),
        (
            "Gaza pupils celebrate tawjihi results in the streets",
            "Tens of thousands of secondary school students in Gaza received their tawjihi "
            "results on Wednesday, with celebrations spilling into the streets of Gaza City and "
            "Khan Younis. Families handed out sweets and set off fireworks as the education "
            "ministry read out the names of the top-ranked pupils. The pass rate in the Gaza "
            "Strip was 71 percent, the ministry said. Girls took eight of the ten top places.",
            "other",
        ),
    ),
    (
        26,
        (
            "Iran fires about 180 ballistic missiles at Israel",
            "Iran fired around 180 ballistic missiles at Israel on Tuesday evening, sending "
            "millions of people into shelters, the Israeli military said. Most were intercepted, "
            "but some struck near the Nevatim air base and in central Israel, and a Palestinian "
            "man in Jericho was killed by falling debris.",
            "E",
            "missile attack",
        ),
        (
            "Arrow 3 intercepts target above the atmosphere in Israeli test",
            "Israel's defence ministry said on Monday it had completed a successful test of the "
            "Arrow 3 missile-defence system, which intercepted a target missile above the "
            "atmosphere over the Mediterranean Sea. The test, carried out with the US Missile "
            "Defense Agency, was launched from a base in central Israel and simulated a "
            "ballistic threat.",
            "military",
        ),
    ),
    (
        27,
        (
            "Hezbollah rockets hit Kiryat Shmona as evacuation widens",
            "Rockets fired from Lebanon hit homes in Kiryat Shmona on Friday, lightly wounding "
            "three people, as Israel ordered the evacuation of the town's 22,000 residents, the "
            "municipality said. Hezbollah said it had fired at army positions in response to "
            "Israeli shelling that killed two of its fighters in southern Lebanon. Buses took "
            "families to hotels in Tiberias and on the Dead Sea, where the government said it "
            "would pay for their stay. Schools in the town had already been closed since Sunday. "
            "Sirens sounded across the Galilee panhandle through the night.",
            "E D",
            "rocket fire and evacuation",
        ),
        (
            "Thousands evacuated as wildfires spread in Jerusalem hills",
            "Israeli police evacuated several communities west of Jerusalem on Wednesday as "
            "wildfires driven by strong winds spread through the forests near Latrun and Neve "
            "Shalom, the fire and rescue service said. The main Tel Aviv-Jerusalem highway was "
            "closed, and motorists abandoned their cars as flames reached the road. Firefighting "
            "aircraft from Italy, Croatia and Cyprus were on their way, the foreign ministry "
            "said. No injuries were reported, but several homes burned in Mesilat Zion.",
            "disaster",
        ),
    ),
    (
        28,
        (
            "Israeli forces launch major raid on Jenin refugee camp with drone strikes",
            "Israel launched one of its largest military operations in the occupied West Bank in "
            "years on Monday, sending hundreds of troops and armoured bulldozers into the Jenin "
            "refugee camp, backed by drone strikes. The Palestinian health ministry said eight "
            "Palestinians were killed and dozens wounded as gunmen fought the soldiers in the "
            "narrow alleys of the camp. Thousands of residents left their homes, the Palestine "
            "Red Crescent said.",
            "M B E D",
            "military raid",
        ),
        (
            "Palestinian police raid cannabis greenhouse near Jenin",
            "Palestinian police seized more than 4,000 cannabis plants in a raid on a greenhouse "
            "in a village south of Jenin on Tuesday and arrested three suspects, the police "
            "spokesman said. The drug control department said it was the largest seizure in the "
            "northern West Bank this year.",
            "crime",
        ),
    ),
    (
        29,
        (
            "Israeli strikes pound Beirut's southern suburbs after evacuation warnings",
            "Israeli warplanes carried out more than a dozen strikes on Beirut's southern "
            "suburbs overnight, flattening several buildings after the army issued evacuation "
            "warnings for residents of Haret Hreik and Burj al-Barajneh, Lebanon's state news "
            "agency said. Thousands of people fled towards the city centre and the mountains, "
            "many sleeping in cars and on the seafront. The Israeli military said it had hit "
            "Hezbollah weapons depots and command sites. Lebanon's health ministry said at least "
            "six people had been killed.",
            "E D",
            "airstrikes",
        ),
        (
            "Huge explosion at Beirut port kills dozens, injures thousands",
            "A huge explosion at Beirut's port on Tuesday evening killed at least 78 people and "
            "injured nearly 4,000, flattening warehouses and shattering windows across the city, "
            "Lebanon's health minister said. The blast was caused by about 2,750 tonnes of "
            "ammonium nitrate that had been stored in a warehouse for six years, the prime "
            "minister said. Hospitals were overwhelmed, and the Red Cross set up field clinics.",
            "accident",
        ),
    ),
    (
        30,
        (
            "Airstrikes hit crowded Maarat al-Numan market, killing 31",
            "Warplanes struck a vegetable market in the town of Maarat al-Numan in Syria's Idlib "
            "province on Monday morning, when it was crowded with shoppers, killing at least 31 "
            "people, rescue workers said. The White Helmets said the strikes were carried out by "
            "Russian and Syrian government aircraft. Footage showed rescuers pulling bodies from "
            "the rubble of shops beside the market.",
            "E V",
            "airstrike on market",
        ),
        (
            "Rescuers dig through rubble across Idlib after earthquake",
            "Rescuers in Syria's Idlib province dug through the rubble of collapsed apartment "
            "blocks with their hands on Tuesday, a day after a 7.8-magnitude earthquake struck "
            "southern Turkey and northern Syria. The White Helmets said more than 1,000 people "
            "had died in the opposition-held north-west, and hundreds of families were still "
            "trapped.",
            "disaster",
        ),
    ),
    (
        31,
        (
            "Protesters killed as Iraqi forces open fire in Basra",
            "Iraqi security forces opened fire on protesters who set fire to government "
            "buildings and the offices of political parties in Basra on Thursday, killing at "
            "least three people, medics said. Crowds also stormed the Iranian consulate and set "
            "it ablaze. The protests over contaminated water and power cuts, which began in "
            "July, have turned increasingly violent, and a curfew was imposed across the city. "
            "The city's hospitals appealed for blood donors.",
            "U",
            "riots and crackdown",
        ),
        (
            "Iraq cuts internet for two hours a day during school exams",
            "Iraq cut internet access across most of the country for two hours on Saturday "
            "morning as pupils sat their ministerial exams, the communications ministry said, "
            "the first of several planned shutdowns during the exam season. The ministry said "
            "the measure was needed to stop questions leaking on Telegram channels. Shop owners "
            "in Basra and Baghdad complained of lost sales. The Kurdistan region applies its own "
            "schedule.",
            "other",
        ),
    ),
    (
        32,
        (
            "Iraqi forces push into Mosul's Old City as civilians flee",
            "Iraqi counter-terrorism troops pushed into the narrow streets of Mosul's Old City "
            "on Sunday, fighting Islamic State militants house by house in what commanders "
            "called the final phase of the battle for the city. Thousands of civilians fled "
            "through the front lines, many of them hungry and some wounded, and aid agencies "
            "said up to 100,000 remained trapped. Commanders said the militants were using "
            "snipers and suicide bombers to slow the advance. Coalition aircraft carried out "
            "strikes in support of the troops.",
            "B M D E",
            "offensive",
        ),
        (
            "Battle for Mosul's votes: candidates woo a city still in ruins",
            "Candidates in Iraq's parliamentary election are fighting hard for votes in Mosul, "
            "where posters have gone up on the rubble of the Old City and on blast walls along "
            "the Tigris. Prime Minister Haider al-Abadi's Victory Alliance is campaigning on "
            "reconstruction, while local lists promise jobs and compensation for destroyed "
            "homes. Election officials said more than a million people in Nineveh province had "
            "registered to vote. Nearly 7,000 candidates are running for 329 seats nationwide.",
            "politics",
        ),
    ),
    (
        33,
        (
            "Coalition airstrike hits school bus in Saada, killing dozens of children",
            "An airstrike by the Saudi-led coalition hit a bus carrying schoolchildren at a "
            "market in Dahyan, in northern Yemen's Saada province, on Thursday, killing at least "
            "29 children, the International Committee of the Red Cross said. The children were "
            "returning from a summer-camp trip when the bus was struck. The coalition said it "
            "had targeted Houthi missile launchers and that the strike was 'legitimate'. "
            "Hospital officials in Saada said dozens more people were wounded.",
            "E V",
            "airstrike on bus",
        ),
        (
            "Bus crash on Sanaa-Hodeidah road kills 17",
            "Seventeen people were killed and 12 injured when a passenger bus overturned on a "
            "mountain section of the road between Sanaa and Hodeidah on Tuesday, Yemen's traffic "
            "police said. The bus, which was carrying travellers to the coast for the Eid "
            "holiday, lost its brakes on a steep bend near Manakhah, survivors said. Local "
            "residents helped pull passengers from the wreckage.",
            "accident",
        ),
    ),
]

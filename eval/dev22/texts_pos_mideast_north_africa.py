"""dev22 texts: positives, batch 1 (Middle East and North Africa).

POSITIVES = [(title, text, tag codes, kind), ...]
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives, batch 1 (Middle East and North Africa)
    (
        "Israeli strike on Gaza school sheltering displaced families kills 14",
        "The school in Gaza City's Tuffah district was housing hundreds of displaced people, civil defence officials said. Israel's military said it had targeted a Hamas command room inside.",
        "E V D",
        "airstrike",
    ),
    (
        "UN: no aid has entered Gaza for a month",
        "No food, fuel or medicine has crossed into the Gaza Strip for four weeks, the UN humanitarian office says, and bakeries supported by the World Food Programme have closed for lack of flour.",
        "H",
        "humanitarian",
    ),
    (
        "Dozens shot dead on the road to a Rafah food point, health officials say",
        "At least 27 Palestinians were killed as crowds walked towards a distribution site before dawn, the Gaza health ministry said. Israel's military said troops had fired at people who approached its forces.",
        "V H",
        "attack_on_aid_seekers",
    ),
    (
        "Israel orders evacuation of eastern Khan Younis ahead of new offensive",
        "Residents were told to move west to al-Mawasi before what the army called forceful operations. UN officials said tens of thousands of people were on the move within hours.",
        "D M",
        "displacement",
    ),
    (
        "Drone strike kills three as Israeli forces raid Tulkarm camp",
        "The army said the three were militants; UNRWA says thousands of residents have left the camp since the operation began.",
        "E M D",
        "raid",
    ),
    (
        "Settlers set fire to homes in West Bank village, man shot dead",
        "Palestinian officials said dozens of masked settlers torched houses and cars in Turmus Ayya on Tuesday evening. The Israeli army said it was looking into the incident.",
        "V",
        "settler_attack",
    ),
    (
        "Families flee Beirut's southern suburbs after Israeli warning",
        "Residents left the Dahiyeh in the middle of the night after the army posted maps of buildings it said Hezbollah used, and several of them were flattened by air strikes within the hour.",
        "E D",
        "airstrike",
    ),
    (
        "Israeli troops begin ground raids into southern Lebanon",
        "The army said 'limited, localised and targeted' raids had begun against Hezbollah positions near the border. Lebanon's government says more than a million people have left their homes.",
        "M B D",
        "ground_incursion",
    ),
    (
        "UNIFIL says two peacekeepers hurt as Israeli tank fires on watchtower",
        "The UN mission said the tank fired at an observation tower at its headquarters in Naqoura, and called it a serious violation of international law.",
        "E",
        "attack_on_peacekeepers",
    ),
    (
        "Pagers used by Hezbollah members explode across Lebanon",
        "Hand-held pagers blew up almost at the same moment in Beirut and the south, killing at least nine people, among them a girl, and wounding about 2,800. Hezbollah blamed Israel.",
        "E",
        "bombing",
    ),
    (
        "Hundreds killed in Syria's coastal provinces as clashes turn to revenge killings",
        "Fighting between the new government's security forces and gunmen loyal to the former regime spread through Latakia and Tartus, and a war monitor said many Alawite civilians were killed in their homes.",
        "B V",
        "battle",
    ),
    (
        "Army units sent to Sweida after days of Druze-Bedouin fighting",
        "More than 30 people have been killed in southern Syria, the interior ministry said. Troops were deployed to separate the two sides and came under fire on the way in.",
        "B M",
        "communal_violence",
    ),
    (
        "Barrel bombs fall on eastern Aleppo as food runs short",
        "Rescue workers said government helicopters dropped barrel bombs on rebel-held districts through the night. The UN warned that food rations in the besieged east would run out within weeks.",
        "E H",
        "siege",
    ),
    (
        "Thousands leave Eastern Ghouta on foot as offensive advances",
        "Civilians streamed out of Hamouriyeh through a corridor opened by the army, a monitoring group said, as government forces pressed their offensive on the rebel enclave.",
        "B M D",
        "offensive",
    ),
    (
        "Street fighting in the alleys of Mosul as troops close in on IS",
        "Iraqi forces are advancing house by house through the Old City. Families who got out on Sunday described days without food or water.",
        "B M D",
        "battle",
    ),
    (
        "Twin suicide bombings hit Baghdad clothes market",
        "At least 32 people were killed when two bombers blew themselves up among shoppers in Tayaran Square. Islamic State said it carried out the attack.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Fighting near Marib uproots families already displaced by war",
        "Houthi attacks south of the city have forced thousands of families to move camps for a second or third time, the UN migration agency said on Monday.",
        "B D",
        "displacement",
    ),
    (
        "Cholera spreads in Hodeidah as war cuts water supplies",
        "MSF says its treatment centre is full, with the city's water network damaged by fighting and fuel for pumps blocked at the port.",
        "H",
        "humanitarian",
    ),
    (
        "Hamas gunmen cross into southern Israel under cover of rocket barrage",
        "Fighters attacked border communities and a music festival and took dozens of people back into Gaza as hostages, Israeli officials said. Hundreds of people are feared dead.",
        "V E",
        "massacre",
    ),
    (
        "Gunmen open fire at Jerusalem bus stop during morning rush hour",
        "Six people were killed at the entrance to the city, police said, calling it a terrorist attack.",
        "V T",
        "shooting_attack",
    ),
    (
        "Security forces fire tear gas as protests over Mahsa Amini's death spread",
        "Protesters in Tehran and several Kurdish cities burned police motorbikes and chanted against the authorities. Rights groups said several people had been shot dead.",
        "U",
        "crackdown",
    ),
    (
        "Israel strikes Iranian nuclear sites and military commanders",
        "Explosions were heard across Tehran before dawn as Israel launched what it called a pre-emptive operation against Iran's nuclear programme.",
        "E M",
        "airstrike",
    ),
    (
        "Car bomb kills 37 near bus stops in central Ankara",
        "The government said Kurdish militants were behind the bombing in Kizilay square on Sunday evening and called it a terrorist attack.",
        "E T V",
        "bombing",
    ),
    (
        "Coup attempt in Turkey: soldiers fire on crowds, jets bomb parliament",
        "Troops blocked the Bosphorus bridges in Istanbul and fought police overnight before forces loyal to the government regained control. More than 200 people were killed.",
        "B E V",
        "coup_attempt",
    ),
    (
        "Families flee Ain Zara as shells fall on Tripoli's southern suburbs",
        "Forces loyal to Khalifa Haftar are pushing towards the Libyan capital, and the UN says more than 3,000 people have been displaced in a week.",
        "E B D",
        "offensive",
    ),
    (
        "Attack on Sinai mosque during Friday prayers kills more than 300",
        "Gunmen set off a bomb and fired on worshippers as they ran from al-Rawda mosque in North Sinai, in the deadliest terrorist attack in Egypt's modern history.",
        "E V T",
        "mosque_attack",
    ),
    (
        "Iranian missiles hit Erbil; Revolutionary Guards claim 'spy headquarters'",
        "Kurdish officials in northern Iraq said a businessman and members of his family were killed when the missiles struck a house on the edge of the city.",
        "E",
        "missile_attack",
    ),
    (
        "Al-Shifa hospital 'a ruin' after two-week Israeli raid, WHO says",
        "Gaza's largest hospital is out of service, and bodies were found in its courtyard after troops withdrew.",
        "M H",
        "raid",
    ),
    (
        "Famine confirmed in Gaza City, hunger monitor says",
        "The IPC says famine could spread to Deir al-Balah and Khan Younis by the end of September without a ceasefire and unhindered aid.",
        "H",
        "humanitarian",
    ),
    (
        "Jordanian and Emirati planes airdrop food into northern Gaza",
        "Pallets of flour and canned food fell over the north, where convoys have been unable to get through the fighting for weeks.",
        "H",
        "airdrop",
    ),
    (
        "Rebels take most of Aleppo in lightning offensive",
        "Fighters led by Hayat Tahrir al-Sham reached the citadel as government troops pulled out, a war monitor said. Russian jets struck the city's outskirts overnight.",
        "B E",
        "offensive",
    ),
    (
        "Turkish drones strike Kurdish-led fighters near Manbij dam",
        "Clashes between Turkish-backed factions and the SDF around the Tishreen dam have killed dozens in a week, a monitoring group said.",
        "E B",
        "battle",
    ),
    (
        "Polio vaccination begins in Gaza during limited pauses in fighting",
        "Health teams aim to reach 640,000 children in the war-battered territory after the first polio case in 25 years was confirmed, UNICEF said.",
        "H",
        "humanitarian",
    ),
    (
        "Syrians flee Lebanon for home as Israeli strikes intensify",
        "More than 100,000 people, most of them Syrian refugees, have crossed at Masnaa in a week to escape the bombardment of southern Lebanon, UNHCR said.",
        "D E",
        "displacement",
    ),
]

"""dev15 positives: Israel and Palestine; Sudan; Yemen; Syria.

POSITIVES = [(title, text, tag codes, kind), ...].
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Israel and Palestine
    (
        "Crowds waiting for flour fired on in Gaza City",
        "Israeli troops opened fire as thousands of people rushed towards aid trucks at the Nabulsi roundabout in Gaza City before dawn, Palestinian health officials said, and more than 100 people were killed. Israel said most died in a stampede and that soldiers fired at people who approached them.",
        "V H",
        "mass_casualty",
    ),
    (
        "Charity cars struck after delivering food in Deir al-Balah",
        "Seven workers of World Central Kitchen were killed when their convoy was hit by Israeli strikes after unloading food at a warehouse in Deir al-Balah, the charity said. The cars were marked with the charity's logo. The charity paused its operations in Gaza.",
        "E V H",
        "attack_on_aid",
    ),
    (
        "Famine confirmed in Gaza governorate",
        "The Integrated Food Security Phase Classification said famine was occurring in Gaza governorate, the first such finding in the Middle East. More than half a million people face starvation, the report said. Israel rejected the finding.",
        "H",
        "humanitarian",
    ),
    (
        "Settlers burn homes in Turmus Ayya",
        "Dozens of Israeli settlers stormed the Palestinian village of Turmus Ayya, setting fire to houses and cars, Palestinian officials said. A 27-year-old man was shot dead. Residents fought to put out the fires.",
        "V",
        "settler_attack",
    ),
    (
        "Gunmen attack Nova festival crowd at dawn",
        "Hamas gunmen who crossed from Gaza opened fire on thousands of young people at a music festival near Kibbutz Re'im at dawn, killing about 360, Israeli officials said. Others were taken into Gaza as hostages.",
        "V T",
        "massacre",
    ),
    (
        "Rocket hits football pitch in Majdal Shams",
        "A rocket struck a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights, killing 12 children and teenagers who were playing there. Israel blamed Hezbollah, which denied responsibility.",
        "E V",
        "rocket_attack",
    ),
    (
        "Khan Younis families move again after evacuation order",
        "Tens of thousands of Palestinians left eastern Khan Younis after the Israeli military ordered them to move to the coastal area of al-Mawasi ahead of an operation. Families loaded mattresses onto donkey carts. UN officials said the humanitarian zone was already overcrowded.",
        "D M H",
        "displacement",
    ),
    (
        "Shooting at Jaffa light rail stop",
        "Two attackers opened fire at people waiting at a light rail stop in Jaffa on Tuesday evening, killing seven, Israeli police said. Police called it a terrorist attack. Hamas's armed wing said it was behind it.",
        "V T",
        "terrorist_attack",
    ),
    (
        "Tulkarm camp emptied in weeks-long operation",
        "About 40,000 Palestinians have left the Jenin, Tulkarm and Nur Shams refugee camps since Israel began a military operation in the northern West Bank, UNRWA said. Bulldozers have torn up roads and troops have taken over houses.",
        "M D",
        "raid",
    ),
    # ---------------------------------------------------------------- positives: Sudan
    (
        "RSF overruns Zamzam camp",
        "The Rapid Support Forces stormed Zamzam displacement camp near El Fasher after days of shelling, killing hundreds of people, including health workers of a medical charity, the UN said. About 400,000 people fled the camp, most walking to Tawila.",
        "B E V D H",
        "massacre",
    ),
    (
        "Army retakes presidential palace in Khartoum",
        "Sudan's army said it had recaptured the Republican Palace in central Khartoum after heavy fighting with the RSF. Soldiers posted videos of themselves inside the damaged building. An RSF drone strike on the palace killed several journalists hours later.",
        "B E",
        "battle",
    ),
    (
        "Masalit families tell of killings as they reach Adré",
        "Masalit families arriving in Adré, Chad, described Arab militias and RSF fighters killing men in El Geneina and shooting people as they tried to flee towards the border. Rights groups said thousands had been killed. MSF said it treated hundreds of wounded in a single week.",
        "V D",
        "massacre",
    ),
    (
        "Drones strike Port Sudan fuel depots",
        "Drones struck fuel depots and the area near the airport in Port Sudan for a third day, the army said, setting off fires. The city, the seat of the army-backed government, had been spared the fighting until this month.",
        "E",
        "drone_strike",
    ),
    (
        "Cholera spreads in Tawila among people who fled El Fasher",
        "Cholera has spread among people who fled El Fasher and Zamzam to Tawila, where hundreds of thousands live under plastic sheets, MSF said. Its clinic treated 300 cases in a week. Clean water is scarce.",
        "H D",
        "humanitarian",
    ),
    (
        "Kadugli residents eat leaves as siege tightens",
        "Residents of Kadugli in South Kordofan said they were eating leaves and animal feed after months of siege by armed groups that have cut roads into the town. Aid convoys have not reached it since the spring. The UN said famine conditions were likely.",
        "H",
        "siege",
    ),
    # ---------------------------------------------------------------- positives: Yemen
    (
        "Houthis detain UN and NGO staff in Sanaa",
        "Houthi authorities detained at least 13 UN staff and several employees of aid groups in raids on their homes in Sanaa and other cities, the UN said. The UN demanded their release. The Houthis accused them of spying.",
        "V H",
        "detention",
    ),
    (
        "Sniper kills boy in Taiz",
        "A sniper shot dead a 10-year-old boy as he walked home from school in the besieged city of Taiz, a local rights group said. The group blamed Houthi forces positioned on hills above the city.",
        "V",
        "sniper",
    ),
    (
        "Missile hits displacement camp in Marib",
        "A missile fired by Houthi forces struck a displacement camp west of Marib city, killing four people and burning tents, the Yemeni government said. The camp is home to families who had fled earlier fighting.",
        "E V D",
        "missile_attack",
    ),
    (
        "US strikes on Ras Isa fuel port",
        "US strikes on Yemen's Ras Isa fuel port killed at least 80 people, Houthi media said, in the deadliest attack of the US campaign against the group. The US military said the strikes aimed to cut the Houthis' fuel supply.",
        "E M",
        "airstrike",
    ),
    (
        "Strike hits migrant detention centre in Saada",
        "An air strike hit a detention centre holding African migrants in Saada, killing 68 people, Houthi officials said. Rescuers pulled bodies from the rubble. The US military said it was reviewing the reports.",
        "E V",
        "airstrike",
    ),
    (
        "Separatists and government forces fight in Aden",
        "Southern separatists fought government forces for control of Aden for a fourth day, with tanks in the streets around the presidential palace, residents said. The Red Cross said at least 40 people had been killed.",
        "B",
        "battle",
    ),
    # ---------------------------------------------------------------- positives: Syria
    (
        "Families killed in their homes in Baniyas",
        "Gunmen went from house to house in Alawite neighbourhoods of Baniyas, shooting residents, after attacks on security forces by loyalists of the former government, monitors said. Hundreds of civilians were killed across the coast. Many families fled to a Russian air base.",
        "V D",
        "massacre",
    ),
    (
        "Sweida clashes draw Israeli strikes",
        "Clashes between Druze fighters and Bedouin tribes in Sweida spread for a fourth day as government forces moved in, and Israel struck army tanks and the defence ministry in Damascus. Hundreds have been killed, a monitor said.",
        "B E",
        "battle",
    ),
    (
        "Air strike on Jisr al-Shughour vegetable market",
        "An air strike hit a busy vegetable market in Jisr al-Shughour in Idlib province, killing nine people, rescuers said. The market had just opened for the morning.",
        "E V",
        "airstrike",
    ),
    (
        "Car bomb kills farm workers near Manbij",
        "A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij, killing 20 people, most of them women, the civil defence said. It was the deadliest blast in the area since the fall of Assad.",
        "E V",
        "bombing",
    ),
    (
        "Suicide bomber attacks Damascus church during Sunday liturgy",
        "A suicide bomber opened fire and then blew himself up inside the Mar Elias church in Damascus during Sunday liturgy, killing 25 worshippers, the health ministry said. The government blamed the Islamic State.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Rukban camp runs out of flour",
        "The Rukban camp on Syria's border with Jordan has run out of flour, residents said, as government forces block smuggling routes into the desert enclave. About 8,000 people live in the camp. No UN convoy has reached it in four years.",
        "H D",
        "siege",
    ),
]

"""dev26 texts: positives: the local words for other settings; positives: militias, goons and
mobs in street violence.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: the local words for other settings
    (
        "Katcha dacoits attack police camp with rocket launchers",
        "Dacoits of the riverine katcha area in northern Sindh attacked a police camp with rocket launchers and machine guns, killing 12 policemen, officials said. The Sindh government then launched a grand operation with Rangers support.",
        "B M",
        "attack_on_police",
    ),
    (
        "Kerio Valley bandits ambush police reservists",
        "Armed bandits ambushed National Police Reservists escorting travellers in the Kerio Valley, killing three, Kenya's interior ministry said, and a security operation was extended in Baringo and Elgeyo Marakwet.",
        "B M",
        "ambush",
    ),
    (
        "Bandits shoot motorists on Abuja-Kaduna highway",
        "Bandits blocked the Abuja-Kaduna highway near Katari, opened fire on cars and kidnapped dozens of travellers, police said. Travellers said the road had been deserted since.",
        "V",
        "abduction",
    ),
    (
        "Gunmen behead Christian villagers in Ituri, ADF blamed",
        "Local leaders said rebels of the ADF, which is allied to Islamic State, beheaded villagers on their way to fields in Irumu territory, and that the survivors had no road to safety.",
        "V T",
        "massacre",
    ),
    (
        "Darfur: RSF fighters loot aid warehouses in Tawila",
        "Fighters of the Rapid Support Forces looted warehouses of the World Food Programme in North Darfur, the agency said, taking food meant for families who fled El Fasher.",
        "H V",
        "attack_on_aid",
    ),
    (
        "Sudanese refugees from Darfur pour into eastern Chad",
        "More than 20,000 Sudanese fled the RSF's assault on El Fasher into eastern Chad in a week, UNHCR said, many with gunshot wounds, and camps near Tine have no more space.",
        "D H",
        "displacement",
    ),
    (
        "Fano fighters and army clash in Bahir Dar outskirts",
        "Residents of Bahir Dar reported heavy exchanges of fire between the Fano militia and the Ethiopian army on the city outskirts, and a drone strike hit a minibus station, killing civilians.",
        "B E V",
        "battle",
    ),
    (
        "TPLF splinter fighters clash with Tigray interim forces",
        "Fighters loyal to a splinter faction of the TPLF clashed with forces of Tigray's interim administration in Adigrat, residents said, and gunfire closed the road to Mekelle.",
        "B",
        "battle",
    ),
    (
        "Hamas rockets fired at Ashkelon, sirens sound",
        "Hamas's armed wing said it fired a barrage of rockets at Ashkelon and the Israeli military said most were intercepted. Residents ran to shelters.",
        "E",
        "rocket_attack",
    ),
    (
        "Houthi missile targeting Tel Aviv intercepted",
        "Yemen's Houthis fired a ballistic missile at central Israel, the Israeli military said, and sirens sounded in Tel Aviv before it was intercepted. Fragments fell on a house.",
        "E",
        "missile_attack",
    ),
    (
        "Kashmir: Pahalgam meadow attack kills tourists",
        "Gunmen opened fire on tourists in the Baisaran meadow near Pahalgam, killing 26 men, police said, in the deadliest attack on civilians in Kashmir in years. The Resistance Front, which India calls a front for Lashkar-e-Taiba, was blamed.",
        "V T",
        "shooting_attack",
    ),
    (
        "TTP attack on checkpost in Lakki Marwat",
        "TTP militants attacked a police checkpost in Lakki Marwat with heavy weapons and hand grenades late on Monday, killing four policemen, district police said. A search operation began in the area.",
        "B E T",
        "attack_on_police",
    ),
    (
        "Arakan Army and junta fight in Sittwe outskirts as residents flee",
        "Fighting between the Arakan Army and Myanmar's military on the outskirts of Sittwe sent residents fleeing by boat, and navy ships shelled villages along the coast, locals said.",
        "B E D",
        "battle",
    ),
    (
        "South Sudan: displaced flood Malakal UN site after Nasir fighting",
        "Families fleeing fighting between the army and the White Army in Upper Nile arrived at the UN protection site in Malakal, aid groups said, and cholera cases were rising there.",
        "D H",
        "displacement",
    ),
    # ---------------------------------------------------------------- positives: militias, goons and mobs in street violence
    (
        "Imbonerakure beat opposition supporters in Burundi's Ngozi",
        "Members of the Imbonerakure, the youth league of Burundi's ruling party, beat and detained supporters of an opposition party in Ngozi province ahead of the vote, a human rights group said. Two men died of their injuries.",
        "V U",
        "political_violence",
    ),
    (
        "Colectivos on motorbikes fire at protesters in Caracas",
        "Armed pro-government groups known as colectivos fired at people protesting against the election result in a Caracas neighbourhood, killing a young man, witnesses said, as the National Guard fired tear gas.",
        "U V",
        "crackdown",
    ),
    (
        "Chhatra League activists and students clash at Dhaka University",
        "Activists of the ruling party's student wing, the Chhatra League, attacked students demanding quota reform with sticks and iron rods at Dhaka University, leaving more than 100 injured, and police fired tear gas.",
        "U V",
        "riot",
    ),
    (
        "Basij militia beat mourners at Zahedan protest",
        "Members of the Basij militia and riot police fired live rounds and beat mourners who marched after Friday prayers in Zahedan, Baloch activists said, reporting several dead.",
        "U V",
        "crackdown",
    ),
    (
        "Mob storms Manipur police armoury, loots rifles",
        "A mob of several thousand stormed a police armoury in Imphal East and made off with hundreds of rifles, officials said, as security forces fired tear gas and rubber bullets. A curfew was imposed.",
        "U",
        "riot",
    ),
    (
        "Hired goons attack Nairobi protesters as police look on",
        "Masked men described by witnesses as hired goons attacked protesters with whips and machetes in central Nairobi while police fired tear gas at the marchers, rights groups said. One man was shot dead.",
        "U V",
        "crackdown",
    ),
    (
        "Hartal clashes leave buses burned in Chattogram",
        "Supporters of the opposition enforcing a hartal clashed with police and ruling party activists in Chattogram, and buses were set on fire, police said. Dozens were arrested.",
        "U",
        "riot",
    ),
    (
        "Maputo police fire live rounds at post-election protesters",
        "Mozambican police fired live ammunition and tear gas at supporters of an opposition candidate protesting against the election result in Maputo, killing several, Plataforma Decide said. Tyres and shops were burned.",
        "U",
        "crackdown",
    ),
    (
        "Sectarian riot in Kohat bazaar after Kurram killings",
        "Shops were set on fire and rival groups threw stones in the Kohat bazaar after the funerals of victims of the Kurram violence, police said, and the army was called in to enforce a curfew.",
        "U",
        "communal_riot",
    ),
]

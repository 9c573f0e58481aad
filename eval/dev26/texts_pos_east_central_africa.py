"""dev26 texts: positives: Horn of Africa and Sudan; positives: Great Lakes, Central and
Southern Africa.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Horn of Africa and Sudan
    (
        "Al-Shabaab retakes Moqokori after government troops withdraw",
        "Al-Shabaab fighters recaptured the town of Moqokori in Somalia's Hiraan region after a fierce battle with government forces and clan militia known as Macawisley, residents said. Families fled towards Beledweyne.",
        "B T D",
        "battle",
    ),
    (
        "Al-Shabaab shells land near Halane, UN staff take cover",
        "Al-Shabaab fighters lobbed mortar shells towards the Halane compound by Mogadishu's airport, where the UN and embassies have offices, and staff were ordered into bunkers, a security memo said. Police said two guards were hurt.",
        "E T",
        "shelling",
    ),
    (
        "Puntland forces push into Cal Miskaad mountains against IS fighters",
        "Puntland security forces said they had captured several Islamic State bases in the Cal Miskaad mountains after days of fighting, with US airstrikes in support. Dozens of militants were killed, according to the regional government.",
        "B E M",
        "offensive",
    ),
    (
        "US Africa Command strike targets al-Shabaab near Jilib",
        "US Africa Command said it carried out an airstrike against al-Shabaab fighters near Jilib in coordination with the Somali government, and that no civilians were believed hurt.",
        "E",
        "airstrike",
    ),
    (
        "Mandera: explosive device hits police vehicle near Somali border",
        "Five police reservists were killed when their vehicle struck a roadside bomb near Elwak in Kenya's Mandera county, officials said, blaming al-Shabaab militants who cross from Somalia.",
        "E T",
        "ied",
    ),
    (
        "Fano claims capture of district town in Amhara",
        "Fano militiamen said they took control of a district town in North Gondar after overnight fighting with federal troops, and residents reported dead soldiers in the streets. Ethiopia's government did not comment.",
        "B",
        "battle",
    ),
    (
        "Drone strike on Amhara health centre kills patients, doctors say",
        "A drone strike hit a health centre in the Amhara region where fighters of the Fano militia had been treated, killing patients and a nurse, medical staff told the BBC. The government says it targets only armed groups.",
        "E V H",
        "drone_strike",
    ),
    (
        "OLA gunmen abduct bus passengers in Oromia",
        "Gunmen the government blames on the Oromo Liberation Army, which it calls 'Shene', stopped a bus near Gerba Guracha and abducted more than 20 passengers, relatives said, demanding ransom.",
        "V",
        "abduction",
    ),
    (
        "RSF shells El Fasher's last working hospital",
        "Artillery fired by the Rapid Support Forces struck the Saudi hospital in El Fasher, North Darfur, killing patients and relatives in the emergency ward, the World Health Organization said. The city has been under RSF siege for more than a year.",
        "E V H",
        "attack_on_hospital",
    ),
    (
        "Zamzam camp overrun, tens of thousands flee to Tawila",
        "Paramilitary RSF fighters stormed the Zamzam displacement camp near El Fasher, killing residents and aid workers of a clinic, the UN said, and hundreds of thousands of people fled on foot towards Tawila.",
        "V D H",
        "attack_on_camp",
    ),
    (
        "Drones hit Port Sudan fuel depots for a third day",
        "Drones launched by the Rapid Support Forces struck fuel depots and the port of Port Sudan, the seat of Sudan's army-backed government, setting off huge fires, the army said. Flights were suspended.",
        "E",
        "drone_attack",
    ),
    (
        "SAF airstrike on Nyala market kills traders",
        "An air raid by the Sudanese Armed Forces on a market in Nyala, the RSF-held capital of South Darfur, killed at least 30 people, most of them traders and shoppers, a local emergency response room said.",
        "E V",
        "airstrike",
    ),
    (
        "Sudanese army enters Wad Madani after RSF retreat",
        "The Sudanese Armed Forces and allied fighters entered Wad Madani, the capital of Gezira state, after the RSF withdrew following weeks of fighting, the army said. Residents reported reprisal killings of people accused of collaborating.",
        "B V",
        "battle",
    ),
    (
        "Masalit refugees recount killings in El Geneina",
        "Refugees arriving in Adre, Chad, told MSF that Arab militias allied to the RSF went house to house in El Geneina's Ardamata district, shooting Masalit men. Some 7,000 people crossed the border in a week.",
        "V D",
        "massacre",
    ),
    (
        "Hunger deepens in besieged Kadugli and Dilling",
        "The UN said famine conditions had been confirmed in Kadugli and Dilling, two towns in South Kordofan cut off by the RSF and the SPLM-N al-Hilu faction, and called for safe passage for food convoys.",
        "H",
        "siege",
    ),
    (
        "Cattle raiders kill 30 in Warrap county",
        "Armed youth from a neighbouring community raided cattle camps in Tonj East county, killing 30 people and driving off thousands of cattle, the Warrap state information minister said. Women and children fled to Tonj town.",
        "V D",
        "cattle_raid",
    ),
    (
        "Jonglei: Murle and Lou Nuer youth clash over abducted children",
        "Fighting between armed youth of the Murle and Lou Nuer communities in Jonglei state left dozens dead, officials said, after a raid in which children and cattle were taken.",
        "B V",
        "communal_violence",
    ),
    (
        "White Army overruns SSPDF garrison in Nasir",
        "The armed Nuer youth known as the White Army overran an army garrison in Nasir, Upper Nile state, killing soldiers including a general, South Sudan's information minister said. The government accused the SPLM-IO of backing the attack.",
        "B",
        "attack_on_base",
    ),
    (
        "Barrel bombs dropped on Upper Nile villages, UN says",
        "The UN Mission in South Sudan said government aircraft dropped improvised incendiary bombs on villages in Upper Nile, killing civilians and setting houses on fire, amid fighting with the White Army.",
        "E V",
        "air_campaign",
    ),
    (
        "Abyei: gunmen kill UN peacekeeper and villagers",
        "Armed men attacked a village in the disputed Abyei area, killing 19 people including a Ghanaian peacekeeper, the UN interim force UNISFA said. Survivors fled to the UNISFA base.",
        "V D",
        "village_raid",
    ),
    (
        "Lamu: al-Shabaab fighters behead villagers in Kenyan coast raid",
        "Suspected al-Shabaab militants raided a village in Lamu county at night and killed several men, some of them beheaded, Kenyan police said. Families left for Mpeketoni.",
        "V T D",
        "village_raid",
    ),
    # ---------------------------------------------------------------- positives: Great Lakes, Central and Southern Africa
    (
        "Worshippers slain in Komanda church as Islamic State-linked ADF strikes Ituri",
        "Parishioners praying through the night at a Catholic church in Komanda were attacked by ADF fighters, a group allied with Islamic State, and dozens were killed, the UN mission and church officials said. Nearby shops and houses were set alight.",
        "V T",
        "attack_on_worshippers",
    ),
    (
        "Lubero villages emptied after ADF raids",
        "Tens of thousands of people have fled villages in Lubero territory for Butembo after a series of raids by the Islamic State-linked ADF in which farmers were hacked to death in their fields, local civil society groups said.",
        "V T D",
        "displacement",
    ),
    (
        "M23 fighters enter Goma as residents flee to Rwanda",
        "Rebels of the Rwanda-backed M23 entered Goma after days of fighting with the Congolese army, the FARDC, and its allied militias, and gunfire was heard near the airport. Thousands crossed into Gisenyi, and camps around the city emptied.",
        "B D",
        "battle",
    ),
    (
        "Wazalendo militias clash with M23 north of Bukavu",
        "Congolese militias known as Wazalendo ('patriots') clashed with M23 and AFC fighters in Kabare territory, South Kivu, local sources said. Mortar fire hit a market and wounded civilians.",
        "B E",
        "battle",
    ),
    (
        "CODECO militiamen attack Djugu displacement site",
        "Militiamen of CODECO attacked the Plaine Savo site for displaced people in Djugu territory at night, killing people with machetes and guns, the UN humanitarian office said, and the survivors fled to the UN peacekeeping base nearby.",
        "V D",
        "attack_on_camp",
    ),
    (
        "Zaire militia and CODECO fighting cuts Bunia road",
        "Clashes between the Zaire self-defence militia and CODECO fighters near Fataki have cut the road north of Bunia, aid agencies said, halting food deliveries to displacement camps in Djugu.",
        "B H",
        "battle",
    ),
    (
        "Mpox and cholera spread in camps around Goma",
        "Health workers said cholera and mpox cases were rising in the overcrowded camps for people displaced by the M23 war around Goma, where hundreds of thousands live in makeshift shelters with few latrines.",
        "D H",
        "humanitarian",
    ),
    (
        "3R rebels attack Central African army post near Cameroon border",
        "Fighters of the 3R rebel group attacked a military post in the north-west of the Central African Republic, killing soldiers, the army said, before Russian instructors and troops counter-attacked.",
        "B",
        "attack_on_base",
    ),
    (
        "Twirwaneho and Burundian troops clash in Minembwe highlands",
        "The Twirwaneho militia, which says it defends the Banyamulenge community, clashed with Burundian and Congolese troops in the Minembwe highlands, South Kivu, local officials said. Villages were shelled.",
        "B E",
        "battle",
    ),
    (
        "Macomia raided by insurgents known locally as 'al-Shabaab'",
        "Hundreds of insurgents stormed the district town of Macomia in Cabo Delgado, looting shops and fighting troops for two days, Mozambican officials said. Locals call the Islamic State-linked group 'al-Shabaab', though it has no tie to Somalia's.",
        "B T",
        "battle",
    ),
    (
        "Chiure district: insurgent attacks drive 100,000 from homes",
        "The International Organization for Migration said more than 100,000 people had fled villages in Chiure district, Cabo Delgado, after Islamic State-linked insurgents beheaded residents and burned a church and a school.",
        "V T D",
        "displacement",
    ),
    (
        "Rwandan troops and Mozambican army pursue jihadists in Mocimboa",
        "Rwandan troops deployed in Cabo Delgado launched an offensive with Mozambican forces against insurgents near Mocimboa da Praia, a Rwandan defence spokesman said, after attacks on fishermen.",
        "M B",
        "offensive",
    ),
]

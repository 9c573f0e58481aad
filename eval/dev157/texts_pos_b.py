"""dev157 positives (2 of 4): current strikes, raids, shootings, displacement and clashes in
Israel, the West Bank, Gaza, Lebanon and Syria (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Rocket from Lebanon slams into Golan football pitch, killing 10 children and teens",
        "A rocket fired from Lebanon struck a football pitch in the Druze town of "
        "Majdal Shams on the Golan Heights on Saturday evening, killing 10 children "
        "and teenagers who had gathered for a weekend game, the Magen David Adom "
        "ambulance service said. More than 30 people were wounded, several of them "
        "critically, and were flown by helicopter to hospitals in Safed and Haifa. "
        "Paramedics described a scene of chaos, with parents running onto the "
        "artificial turf and pulling children from the smoke. The IDF said the "
        "projectile was an Iranian-made Falaq rocket launched by Hezbollah, and that "
        "sirens had sounded seconds before impact. Hezbollah denied responsibility "
        "in a brief statement, an unusual step for the group. The town's sheikhs "
        "declared three days of mourning, and thousands attended the funerals on "
        "Sunday afternoon. Prime Minister Benjamin Netanyahu, who cut short a visit "
        'to the United States, said Hezbollah would "pay a heavy price." Residents '
        "said the pitch had been the only place where children could play since the "
        "community's summer camp was cancelled. Military officials said the army was "
        "preparing a response and that the security cabinet would meet on Sunday "
        "night.",
        "E V",
        "rocket strike",
    ),
    (
        "Settlers torch homes and cars in West Bank village of Sinjil, residents say",
        "Dozens of masked settlers stormed the West Bank village of Sinjil on Friday "
        "afternoon, setting fire to two houses, a carpentry workshop and at least "
        "eight cars, residents and the Palestinian Red Crescent said. Five "
        "Palestinians were treated for injuries from stones and clubs, and a "
        "70-year-old man was hospitalized in Ramallah after being beaten in his "
        "olive grove, the village council head said. Footage filmed by residents and "
        "shared with Haaretz shows young men in white shirts throwing firebombs at a "
        "parked car while a family screams from a balcony. The IDF said forces "
        'arrived "within minutes" and dispersed what it called a violent '
        "confrontation between Israelis and Palestinians, adding that no arrests had "
        "been made. An Israeli officer in the area said privately that soldiers had "
        "been ordered to hold back until reinforcements arrived. The attack came "
        "hours after a young settler was reported missing near a nearby outpost; he "
        "was later found unharmed. Rights group Yesh Din said it had documented more "
        "than a dozen settler raids on villages in the Ramallah area in the past "
        'month alone. "The army watches, and then the army leaves," said a '
        "resident whose car was burned. Police said an investigation had been "
        "opened.",
        "V",
        "settler attack",
    ),
    (
        "Occupation forces press on with aggression on Tulkarem camp for 40th day, "
        "families displaced",
        "Israeli occupation forces continued their aggression on Tulkarem city and "
        "its camp for the fortieth consecutive day on Sunday, demolishing homes and "
        "forcing more families out, WAFA correspondent reported. Bulldozers razed a "
        "residential building at the entrance of the camp and widened several "
        "alleys, while soldiers stormed houses in the Nablus street area and turned "
        "two of them into military posts. The Popular Services Committee in the camp "
        "said that more than 3,000 families, some 12,000 people, had been forcibly "
        "displaced from Tulkarem and Nur Shams camps since the start of the "
        "operation. Displaced families are staying in schools, mosques and with "
        "relatives in Tulkarem city and surrounding villages. Occupation forces also "
        "set up a checkpoint at the western entrance of the city and detained four "
        "young men from Shweika neighbourhood, the correspondent added. The Governor "
        "of Tulkarem called on international organisations to intervene to stop the "
        "destruction of the camps and secure the return of their residents. UNRWA "
        "said its clinics and schools in the camp had been shut since the operation "
        "began. Similar raids continued in Jenin and its camp for a sixth week.",
        "M D",
        "military raid",
    ),
    (
        "Occupation forces open fire on aid seekers near Rafah distribution point, killing 21",
        "Twenty-one citizens were killed and more than 150 injured on Sunday morning "
        "when Israeli occupation forces opened fire on crowds of aid seekers waiting "
        "near a food distribution point west of Rafah, in the southern Gaza Strip, "
        "medical sources told WAFA. The wounded were taken to the Red Cross field "
        "hospital in al-Mawasi, which said it had declared a mass casualty event and "
        "was treating most patients for gunshot wounds. Witnesses said thousands had "
        "walked for hours through the night to reach the distribution site before it "
        "opened, and that tanks and drones fired toward them as they approached the "
        'gate. The Israeli army said soldiers had fired "warning shots" at '
        "suspects who approached troops and that it was examining the reports. The "
        "Ministry of Health in Gaza said the number of those killed near aid "
        "distribution points had risen to more than 500 since the new mechanism "
        "began operating at the end of May. Aid agencies have warned that "
        "malnutrition is spreading, with flour and cooking gas unavailable in most "
        'of the Strip. "We go to die so our children can eat," a father of five '
        "said at Nasser Medical Complex. The UN human rights office called for an "
        "independent investigation into the shootings.",
        "V H",
        "shooting of aid seekers",
    ),
    (
        "Displaced from the South fill Beirut schools as strikes spread",
        "Tens of thousands of people fleeing Israeli strikes on the South and the "
        "Bekaa poured into Beirut and Mount Lebanon on Monday night and Tuesday, "
        "filling public schools that the government hastily turned into shelters. "
        "The caretaker Minister of Education said 300 schools had been opened to the "
        "displaced and that the start of the school year, planned for next week, was "
        "postponed. The coastal highway from Saida northward was jammed for more "
        "than 12 hours, with cars carrying mattresses on their roofs. Israeli "
        "warplanes carried out hundreds of strikes across southern Lebanon on Monday "
        "in the heaviest day of bombardment since 2006, and the Health Ministry said "
        "more than 490 people had been killed, including 35 children. In a school in "
        "Beirut's Hamra district, families slept on classroom floors on Tuesday "
        "without mattresses or blankets, and volunteers cooked in the courtyard. "
        '"We left with the clothes we were wearing," said a woman from Nabatieh '
        "who arrived with her mother and three children. Municipalities in the Chouf "
        "and Metn appealed for food, water and hygiene kits. The UN refugee agency "
        "said many Syrians displaced by the strikes were heading toward the border "
        "with Syria. Hospitals in the South said they were struggling to cope with "
        "the number of wounded. Some families spent the night in their cars along "
        "the Corniche after finding the schools full.",
        "E D H",
        "displacement",
    ),
    (
        "Israeli drone strike on car near Nabatieh kills one despite ceasefire",
        "A man was killed on Tuesday afternoon when an Israeli drone struck his car "
        "on the road between Kfar Roummane and Nabatieh, the Health Ministry's "
        "Emergency Operations Center said. The Israeli army said it had "
        '"eliminated" a Hezbollah member who was working to rebuild the group\'s '
        "weapons infrastructure in the area. It was the third deadly strike in South "
        "Lebanon this week, despite the ceasefire that took effect last November. "
        "The Lebanese army, which has deployed thousands of soldiers south of the "
        "Litani under the truce, did not comment on the strike. President Joseph "
        'Aoun said in a statement that the repeated attacks were "a flagrant '
        'violation" of the agreement and called on the countries overseeing it to '
        "act. Israel has kept troops at five hilltop positions inside Lebanese "
        "territory and says it will continue to strike what it describes as threats.",
        "E",
        "drone strike",
    ),
    (
        "Sweida clashes spread as government forces enter the city, thousands flee",
        "Clashes between local Druze factions and Bedouin tribal fighters spread "
        "across Sweida governorate on Monday and Tuesday, drawing in government "
        "forces who entered the city after two days of fighting, Enab Baladi's "
        "correspondent reported. The violence began with a series of kidnappings on "
        "the Damascus-Sweida highway over the weekend and quickly escalated into gun "
        "battles in the city's eastern neighbourhoods and in the village of "
        "al-Mazraa. The Syrian Interior Ministry said dozens of its personnel had "
        "been killed, while local networks reported the deaths of scores of "
        "civilians, some of them in what residents described as field executions in "
        "homes. Israel carried out strikes on army tanks moving toward the city, "
        "saying it was acting to protect the Druze. Thousands of Bedouin families "
        "left their neighbourhoods toward Daraa countryside, and Druze residents "
        "fled villages on the western edge of the governorate. Hospitals in Sweida "
        "said they had run out of blood and anaesthetics, and electricity and water "
        "were cut in most of the city. Sheikh Hikmat al-Hijri, one of the Druze "
        "spiritual leaders, rejected an agreement announced by the government on "
        "Tuesday. The Ministry of Defense announced a ceasefire on Tuesday evening, "
        "but shooting was still heard in the city late at night. Residents of the "
        "Maqwas neighbourhood, where many Bedouin families live, said armed men had "
        "searched houses and set fire to shops. Families trapped in their homes "
        "appealed for help through voice messages on WhatsApp groups, saying they "
        "had no bread or water. Syrian Red Crescent teams said they had been unable "
        "to enter several neighbourhoods because of sniper fire. The UN envoy for "
        "Syria called for the protection of civilians and for an independent "
        "investigation into the killings.",
        "B E V D H",
        "communal clashes",
    ),
    (
        "Shelling on Jisr al-Shughur vegetable market kills five, Civil Defense says",
        "Five civilians, including a child, were killed and 11 others injured when "
        "regime forces shelled the vegetable market in the city of Jisr al-Shughur "
        "in western Idlib on Saturday morning, the Syrian Civil Defense (White "
        "Helmets) said. The shells landed as the market was crowded with shoppers "
        "and farmers selling produce ahead of the Eid holiday, according to a local "
        "journalist who spoke to Enab Baladi. Civil Defense teams said they had "
        "retrieved the bodies from among burned stalls and taken the wounded to the "
        "national hospital in the city. The shelling came from regime positions in "
        "the Sahl al-Ghab plain, to the south, the team added. Local councils in the "
        "area announced the suspension of the market for three days and called on "
        "residents to avoid gatherings. The Response Coordinators group said it had "
        "documented more than 40 violations of the ceasefire by regime and Russian "
        "forces in northwestern Syria in the first week of the month. Idlib and "
        "parts of the countryside of Aleppo and Latakia have been under a "
        "Russian-Turkish ceasefire since March 2020, which is frequently breached. "
        "Traders in the market said this was the second time it had been hit this "
        "year.",
        "E V",
        "shelling",
    ),
]

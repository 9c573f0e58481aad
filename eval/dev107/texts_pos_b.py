"""dev107 positives (2): Syria, Yemen, Sudan, Ethiopia and Myanmar."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Opposition factions enter Aleppo as regime forces withdraw from western districts",
        "Fighters of the 'Deterrence of Aggression' operation room, led by Hayat Tahrir "
        "al-Sham, entered the western neighbourhoods of Aleppo on Friday evening, two days "
        "after launching a surprise offensive from the Idlib countryside, Enab Baladi's "
        "correspondent reported. Regime forces and allied militias withdrew from al-Hamdaniya, "
        "New Aleppo and the Aleppo University area after fighting on the city's western edge, "
        "and factions later announced they had reached the Saadallah al-Jabiri square in the "
        "centre. The offensive has taken more than 50 towns and villages in the western "
        "countryside of Aleppo and the eastern countryside of Idlib since Wednesday, including "
        "Khan al-Asal and the strategic M5 highway near Saraqib. Russian and regime warplanes "
        "carried out dozens of strikes on Idlib city and Atarib in response, the Syrian Civil "
        "Defence said. Thousands of residents of western Aleppo left towards the eastern "
        "districts and the road to al-Safira, while others stayed indoors as electricity and "
        "mobile networks cut out. The operation room said in a statement that it guaranteed "
        "the safety of all civilians and state employees who stayed at their posts. The Syrian "
        "army's General Command acknowledged that 'terrorist organisations' had entered 'large "
        "parts' of Aleppo and said it was preparing a counterattack.",
        "B E D",
        "offensive",
    ),
    (
        "Families flee to Hmeimim base as killings spread through villages on the Syrian coast",
        "Several thousand residents of Alawite villages in the countryside of Jableh and "
        "Baniyas sought refuge at the Russian air base of Hmeimim on Saturday, after two days "
        "of fighting between government forces and gunmen loyal to the former regime spiralled "
        "into killings of civilians. The Syrian Observatory for Human Rights said that at "
        "least 745 civilians, most of them Alawites, had been killed since Thursday by "
        "security forces and allied armed groups in what it called 'field executions', in "
        "addition to about 125 members of the security forces and 148 fighters of the "
        "insurgent groups. Witnesses in the town of al-Mukhtariya told Reuters that armed men "
        "went from house to house asking residents whether they were Alawite before shooting "
        "them. Bodies were left in the streets of Baniyas for more than a day, a resident "
        "said. The clashes began on Thursday when former army officers ambushed security "
        "patrols near Jableh and took control of several checkpoints. President Ahmed "
        "al-Sharaa said in a speech in a Damascus mosque that those who had harmed civilians "
        "would be held accountable, and the presidency later announced a committee to "
        "investigate. The United Nations human rights chief called for the killings to stop "
        "immediately.",
        "V B D",
        "massacre",
    ),
    (
        "American aggression targets migrant shelter in Saada, killing 68 Africans",
        "Sixty-eight African migrants were martyred and 47 others injured when the American "
        "aggression targeted a shelter for illegal migrants in Saada governorate at dawn on "
        "Monday, the Ministry of Health said. The Civil Defence said its teams were continuing "
        "to retrieve bodies from under the rubble of the centre, which held 115 migrants, most "
        "of them Ethiopian nationals. The International Committee of the Red Cross had visited "
        "the centre previously and it was known to international organisations, the Ministry "
        "of Interior said in a statement. The Ministry described the crime as 'a full-fledged "
        "war crime' and called on the United Nations and human rights organisations to condemn "
        "it. Raids by American aircraft also targeted the capital Sana'a overnight, with "
        "several strikes on the Bani al-Harith district and on Ras Kanatib in Hodeidah "
        "governorate, Saba correspondents said. The Yemeni Armed Forces spokesman said that "
        "air defences had shot down an American MQ-9 drone over Hajjah. The US Central Command "
        "said it had struck more than 800 targets since the start of its operation in March "
        "and did not comment on the Saada report.",
        "E V M",
        "air strike",
    ),
    (
        "War-risk premiums for Red Sea voyages jump after three crew killed on bulk carrier",
        "Insurers raised war-risk premiums for ships transiting the southern Red Sea to as "
        "much as 1% of a vessel's value on Thursday, brokers said, a day after the first "
        "deadly attack on merchant shipping since Yemen's Houthis began targeting vessels in "
        "November. A missile struck the Barbados-flagged bulk carrier True Confidence about 50 "
        "nautical miles south-west of Aden on Wednesday, killing three crew members and "
        "injuring at least four, U.S. Central Command said. The crew abandoned the burning "
        "ship, and an Indian navy warship rescued 21 people using a helicopter and small "
        "boats. The Houthis claimed the attack, saying the vessel was American-owned, which "
        "the Greek manager denied. Several large container lines said they would continue to "
        "route ships around the Cape of Good Hope, adding 10 to 14 days to voyages between "
        "Asia and Europe. 'The loss of life changes the calculation for every owner still "
        "sending ships through Bab al-Mandab,' said a London-based marine underwriter. Freight "
        "rates on the Shanghai-Rotterdam route have more than doubled since December. The "
        "Houthis say they will continue attacks until Israel ends its war in Gaza.",
        "E",
        "missile attack on ship",
    ),
    (
        "RSF storm Zamzam camp, sending tens of thousands fleeing towards Tawila",
        "The Rapid Support Forces stormed Zamzam displacement camp south of El Fasher on "
        "Friday after two days of shelling, killing at least 100 people, including nine staff "
        "members of the aid group Relief International who were running one of the last "
        "functioning clinics, local sources told Radio Dabanga. Witnesses said fighters went "
        "through the camp's markets and blocks, shooting residents and setting fire to homes "
        "and shelters. The Emergency Lawyers group said people were executed in the streets "
        "and that women were abducted. The International Organization for Migration said "
        "between 60,000 and 80,000 households had fled Zamzam over the weekend, most of them "
        "on foot to Tawila, 60 kilometres to the west, where water and food were running out. "
        "Satellite images analysed by Yale's Humanitarian Research Lab showed fires burning "
        "across large parts of the camp on Saturday. Médecins Sans Frontières said its teams "
        "in Tawila had received dozens of people with gunshot wounds, many of them children, "
        "and that several arrived dead. 'We walked for two days with the children, some did "
        "not arrive,' a woman reached by phone in Tawila said. The RSF said it had 'liberated' "
        "the camp from army-allied forces using it as a base. Famine was confirmed in Zamzam "
        "last August, and the camp had sheltered around half a million people before the "
        "attack. The UN's humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said "
        "she was 'horrified' by the reports. The World Food Programme said it had food stocks "
        "in Tawila for only a few weeks. In Port Sudan, the army-aligned government accused "
        "the RSF of 'genocide' and called on other countries to designate it a terrorist "
        "organisation.",
        "V D H E",
        "attack on displacement camp",
    ),
    (
        "Sudanese pound slides past 2,700 to the dollar as drones hit Port Sudan fuel depots",
        "The Sudanese pound fell to a record low of about 2,750 against the US dollar on the "
        "parallel market in Port Sudan on Tuesday, currency traders said, as drones struck the "
        "city's main fuel depots for a third consecutive day. The army said drones launched by "
        "the Rapid Support Forces hit the fuel storage facility at the southern port and an "
        "area near the international airport, setting off fires that burned for hours and sent "
        "black smoke over the city, the seat of the army-aligned government since 2023. There "
        "was no immediate report of casualties. Petrol stations in Port Sudan closed or "
        "rationed sales, and the price of a gallon of petrol doubled in some neighbourhoods "
        "within hours, residents told Sudan Tribune. Airlines suspended flights to and from "
        "the city's airport. The Central Bank of Sudan said it would inject foreign currency "
        "into banks to calm the market, without giving an amount. Economists said the attacks "
        "on the last relatively safe hub for imports and the government's finances threatened "
        "to push prices of food and medicine even higher. Port Sudan had been largely spared "
        "the fighting since the war began in April 2023.",
        "E",
        "drone strike",
    ),
    (
        "West Darfur governor killed as El Geneina violence sends thousands into Chad",
        "The governor of West Darfur, Khamis Abakar, was killed in El Geneina on Wednesday, "
        "hours after accusing the Rapid Support Forces and allied Arab militias of 'genocide' "
        "against the Masalit in a television interview, witnesses and officials said. Videos "
        "circulating on social media showed him being taken from his residence by armed men in "
        "RSF uniforms; his body was later found near the RSF command in the city. The army "
        "blamed the RSF, which denied the accusation and said it had tried to protect him. "
        "Residents told Radio Dabanga that fighters on motorbikes and camels had been "
        "attacking neighbourhoods for weeks, looting homes and killing men in the streets, and "
        "that bodies lay unburied around the main market. Some 15,000 refugees crossed into "
        "Chad in the past week, most of them to the border town of Adré, according to the UN "
        "refugee agency, which said many arrived with gunshot wounds. Médecins Sans Frontières "
        "said its teams at the Adré hospital had treated hundreds of wounded people in a few "
        "days. The UN special envoy Volker Perthes said the attacks 'could amount to crimes "
        "against humanity'.",
        "V D B",
        "massacre",
    ),
    (
        "First UN convoy crosses at Adré into Darfur after six-month closure",
        "Fifteen trucks carrying sorghum, lentils, oil and nutrition supplies for some 13,000 "
        "people crossed from Chad into West Darfur through the Adré border crossing on "
        "Wednesday, the first UN convoy to use the route since Sudan's army-aligned "
        "authorities closed it in February, the World Food Programme said. The convoy was "
        "heading for Kereinik, Geneina and the Zalingei area, and further trucks were being "
        "loaded in eastern Chad. Famine has been confirmed in Zamzam camp near El Fasher, and "
        "the Integrated Food Security Phase Classification says 13 other areas of Sudan are at "
        "risk of famine. Aid agencies have long said Adré is the only practical route for "
        "moving large volumes of food into Darfur, much of which is controlled by the Rapid "
        "Support Forces. The authorities in Port Sudan agreed last week to reopen the crossing "
        "for three months after heavy international pressure. Heavy rain has washed out "
        "several roads and bridges on the Chad side, and UN officials said some trucks had "
        "taken days to cover the last 30 kilometres. More than 10 million people have been "
        "driven from their homes in Sudan since the war began in April 2023, according to the "
        "International Organization for Migration.",
        "H D",
        "aid convoy",
    ),
    (
        "Drone strike on Finote Selam square kills at least 26, doctors say",
        "At least 26 people were killed and 55 injured when a drone strike hit a crowded "
        "square in Finote Selam, a town in the West Gojjam zone of the Amhara region, on "
        "Sunday, two doctors at the town's hospital told Addis Standard. The strike hit the "
        "area near the main bus station at around noon, when it was busy with travellers and "
        "traders, one of the doctors said, adding that most of the dead were civilians. "
        "Residents said a vehicle belonging to Fano militiamen had been parked nearby shortly "
        "before the strike. There was no comment from the Ethiopian National Defense Force or "
        "from the government's Communication Service. Fighting between the federal army and "
        "Fano militias has spread across the Amhara region since late July, and the Council of "
        "Ministers declared a six-month state of emergency on August 4. Internet access has "
        "been cut in the region since then, making it hard to verify reports. The Ethiopian "
        "Human Rights Commission said in a statement last week that it had received credible "
        "reports of civilian casualties from heavy weapons in Bahir Dar, Gondar and other "
        "towns, and called on all sides to spare civilians.",
        "E V",
        "drone strike",
    ),
    (
        "Ethiopian jets bomb targets near Mekelle as Tigray refugees cross into Sudan",
        "Ethiopian federal warplanes carried out air strikes around Mekelle, the capital of "
        "the Tigray region, on Monday, Prime Minister Abiy Ahmed said, as fighting between "
        "federal troops and forces loyal to the Tigray People's Liberation Front entered its "
        "second week. Abiy said the strikes had destroyed rockets and fuel depots held by the "
        "TPLF and denied that civilians had been hit. Federal forces said they had taken the "
        "town of Humera near the Sudanese border after heavy fighting. More than 11,000 "
        "Ethiopians, many of them women and children, have crossed into Sudan's Kassala and "
        "Gedaref states since the fighting began, Sudan's refugee commission said, and "
        "officials there were preparing for up to 200,000. Communications with Tigray remain "
        "cut, and Reuters could not independently verify the claims of either side. The TPLF "
        "said in a statement read on regional television that it would fight 'to the end'. "
        "Abiy sacked his army chief, intelligence chief and foreign minister on Sunday. The "
        "United Nations has warned of a humanitarian crisis, with about 600,000 people in "
        "Tigray already dependent on food aid before the conflict.",
        "M E B D",
        "military offensive",
    ),
    (
        "Junta jets bomb opening ceremony in Pazigyi village, killing scores",
        "Military aircraft bombed a crowd gathered for the opening of a local administration "
        "office in Pazigyi village in Sagaing Region's Kanbalu Township on Tuesday morning, "
        "killing at least 100 people, among them around 20 children, residents and resistance "
        "officials told The Irrawaddy. A fighter jet dropped bombs on the crowd of about 300 "
        "at around 8 am, and a Mi-35 helicopter then fired on people trying to help the "
        "wounded, witnesses said. 'There are body parts everywhere, we cannot count the dead "
        "properly,' said a member of the local People's Defense Force who helped collect the "
        "bodies. The junta's spokesman Major General Zaw Min Tun confirmed the strike, saying "
        "the regime had targeted a ceremony of the 'terrorist' PDF and that some deaths may "
        "have been caused by mines stored in the building. The UN human rights chief Volker "
        "Türk said he was 'horrified'. Kanbalu is part of a swathe of Sagaing where resistance "
        "groups have set up their own administration since the 2021 coup.",
        "E V",
        "air strike",
    ),
    (
        "Rescue work after the quake goes on in Sagaing, and so do the regime's air strikes",
        "Volunteers in Sagaing were still pulling bodies from collapsed buildings with their "
        "hands on Sunday, two days after a 7.7-magnitude earthquake struck central Myanmar, as "
        "the junta raised the national death toll to 1,644. In Mandalay, rescuers from China "
        "and Russia worked on the wreck of a condominium, while residents slept in the streets "
        "for a second night, afraid of aftershocks. Hospitals in the city were overwhelmed and "
        "patients were treated in car parks. Despite the disaster, the regime continued air "
        "strikes on resistance-held areas. A military aircraft bombed a village in Naungcho "
        "Township in northern Shan State about three hours after the quake on Friday, killing "
        "seven people, a local resistance group said, and air strikes on Chang-U Township in "
        "Sagaing were reported on Saturday. The National Unity Government announced a two-week "
        "pause in offensive operations in quake-affected areas, apart from self-defence. UN "
        "special rapporteur Tom Andrews called on the junta to stop its military operations. "
        "The junta did not respond to requests for comment.",
        "E",
        "air strike",
    ),
    (
        "Brotherhood Alliance seizes Lashio and northeastern military command",
        "The Myanmar National Democratic Alliance Army (MNDAA) said on Saturday that it had "
        "captured the junta's Northeastern Regional Military Command in Lashio, the largest "
        "town in northern Shan State, after nearly a month of fighting, the first regional "
        "command to fall to an armed group since the 2021 coup. Photos released by the group "
        "showed its fighters raising their flag in front of the command headquarters. The "
        "regime had sent reinforcements by air and carried out air strikes on parts of the "
        "town in recent weeks, residents said. Tens of thousands of Lashio's residents fled "
        "the fighting, many of them towards Mandalay and Hsipaw, while others hid in "
        "monasteries and basements as shells fell on residential wards. The MNDAA, part of the "
        "Three Brotherhood Alliance that launched Operation 1027 last October, said several "
        "senior officers had been captured. The junta has not confirmed the loss of the "
        "command, though pro-military Telegram channels called it 'a disgrace'. China, which "
        "borders northern Shan, had brokered a ceasefire in January that collapsed in June.",
        "B D E",
        "battle",
    ),
]

"""dev365 positives, part B: Sudan, Yemen, Libya, Iraq, Egypt and beyond (texts with labels)."""

POSITIVES = [
    (
        "Sudan: Rapid Support Forces storm Zamzam camp near El Fasher",
        "The Rapid Support Forces stormed the Zamzam camp for displaced people south of El "
        "Fasher on Friday after two days of shelling, local volunteers and the army told Al "
        "Jazeera. The Emergency Response Rooms said more than 100 people were killed, among them "
        "nine workers of the medical charity Relief International who were staffing a clinic "
        "in the camp. Residents said fighters on pickup trucks burned the market and shelters "
        "and shot people who tried to flee. The RSF said it had taken control of the camp and "
        "accused the army of using it as a barracks. The International Organization for "
        "Migration said between 60,000 and 80,000 households had fled the camp within days, "
        "mostly on foot toward Tawila, some 60 kilometres away. Aid groups warned of thirst "
        "and hunger on the road, where families walked for two or three days. The camp had "
        "been declared in famine months earlier. "
        "Doctors Without Borders said its teams in Tawila received dozens of wounded people "
        "in a single day, many with gunshot wounds, and children who had not eaten for days. "
        "Women told the charity that fighters stopped them at checkpoints on the road, "
        "searched them and took their phones and money. The camp had held around half a "
        "million people before the attack, according to the UN, most of them displaced in "
        "earlier waves of violence in Darfur. Local volunteers said water sources in Tawila "
        "were overwhelmed and that families slept under trees without plastic sheeting.",
        "B V D H",
        "attack_on_camp",
    ),
    (
        "Drones hit Port Sudan fuel depots and airport for third day",
        "Drones struck fuel storage depots in Port Sudan and the city's international airport "
        "for a third consecutive day on Tuesday, the Sudanese army said, accusing the Rapid "
        "Support Forces of the attacks. Asharq Al-Awsat said huge fires burned at the depots "
        "near the southern port, and columns of black smoke could be seen across the city. The "
        "army spokesman said air defences shot down several drones, but others hit their "
        "targets, among them a hotel near the presidential residence. Flights were suspended "
        "and the UN said it had paused its humanitarian flights into the country. Port Sudan "
        "had been considered the safest city in the country and hosts the government, "
        "embassies and UN agencies, as well as tens of thousands of people displaced from "
        "Khartoum. Residents told the newspaper that fuel prices doubled within hours.",
        "E H",
        "drone_strike",
    ),
    (
        "Sudanese army enters Wad Madani after year under RSF control",
        "The Sudanese army and allied forces entered Wad Madani, the capital of Gezira state, on "
        "Saturday, more than a year after the Rapid Support Forces seized it, military sources "
        "told Al-Quds Al-Arabi. Videos showed soldiers in the streets of the city centre and "
        "crowds cheering near the army's first infantry division headquarters. The army said it "
        "had killed hundreds of RSF fighters in battles on the eastern and southern approaches "
        "to the city. The RSF commander admitted the loss of the city in an audio message but "
        "said his forces would return. Days later, rights groups accused army-allied fighters of "
        "killing civilians they suspected of collaborating with the RSF in villages around the "
        "city. The army said it would investigate what it called individual violations. "
        "Thousands of displaced families from Gezira, many of them in Kassala and Gedaref, said "
        "they were waiting for services to return before going home.",
        "B M V",
        "offensive",
    ),
    (
        "Villagers bury dozens after RSF attack on Wad al-Noura",
        "Residents of the village of Wad al-Noura in Gezira state buried at least 104 people on "
        "Wednesday, a day after the Rapid Support Forces attacked the village, the Madani "
        "Resistance Committee said. Al Jazeera aired footage of a mass grave dug in the "
        "village square, with rows of bodies wrapped in shrouds. Survivors said fighters arrived "
        "in dozens of vehicles and shelled the village with heavy weapons before moving in. "
        "Among the dead were 35 children, the committee said. The RSF said it had attacked "
        "army and militia camps in the area and clashed with armed men. UNICEF said it was "
        "horrified by the reports. Survivors said most of the village's residents fled to "
        "nearby Managil, and that the RSF looted homes and livestock after the attack. "
        "The village's imam, who survived by hiding in a storeroom, told the channel that he "
        "had washed and buried more bodies in one day than in his whole life. Activists said "
        "telephone networks in the area had been cut for weeks, and that news of the "
        "killings reached the outside world only through satellite internet devices. The "
        "Sudanese foreign ministry called on the international community to designate the "
        "RSF a terrorist organisation.",
        "V E D",
        "massacre",
    ),
    (
        "Protesters shot as security forces break up Khartoum marches",
        "Security forces fired live ammunition and tear gas at protesters in Khartoum and Omdurman "
        "on Thursday, killing at least seven people, the Central Committee of Sudan Doctors said. "
        "Tens of thousands marched toward the presidential palace to demand civilian rule and "
        "the end of the military takeover, Al-Quds Al-Arabi reported. Mobile internet was cut "
        "from the early morning, and the bridges over the Nile were closed with shipping "
        "containers. The doctors' committee said several of the dead were hit in the head and "
        "chest, and that security forces raided a hospital in Khartoum North to arrest "
        "wounded protesters. The police said dozens of officers were wounded by stones and "
        'that they had used "minimum force". The UN envoy to Sudan condemned the killings and '
        "called for an investigation.",
        "U",
        "crackdown",
    ),
    (
        "US strikes pound Houthi targets around Sanaa and Hodeidah",
        "US aircraft carried out dozens of strikes on Houthi positions in Sanaa, Hodeidah and "
        "Saada overnight, the group's media said, in the most intense night of raids in weeks. "
        "The Houthi-run health ministry said 38 people were killed when strikes hit the Ras "
        "Isa fuel port north of Hodeidah, among them port workers and paramedics. Al Jazeera's "
        "correspondent in Sanaa said explosions shook the northern districts of the capital and "
        "that smoke rose from the area of Jabal Nuqum. US Central Command said the strikes aimed "
        "to cut the group's fuel supplies and its ability to attack shipping. The Houthis said "
        "they had fired missiles and drones at an American aircraft carrier in the Red Sea in "
        "response. Yemeni government officials in Aden welcomed the strikes, while the "
        "Houthis called them a crime against the Yemeni people.",
        "E M",
        "airstrike",
    ),
    (
        "Marib: heavy fighting as Houthis push on southern fronts",
        "Fierce fighting raged on Saturday on the southern and western fronts of Marib as "
        "Houthi forces tried to advance on the city, government military sources told Asharq "
        "Al-Awsat. The sources said dozens of Houthi fighters were killed in clashes in the "
        "districts of al-Juba and Jabal Murad, and that the coalition carried out 14 air "
        "strikes on their reinforcements. The Houthis said they had taken several positions and "
        "fired a ballistic missile at a military camp near the city. Government forces said 11 "
        "of their soldiers were killed. The Executive Unit for displaced people said nearly "
        "2,000 families had fled camps south of the city in the past week as shells fell near "
        "them. Marib, the last government stronghold in the north, shelters more than a million "
        "displaced people, according to local authorities.",
        "B E D",
        "battle",
    ),
    (
        "Wedding tent hit in air strike in Hajjah",
        "An air strike hit a wedding tent in the Bani Qais district of Hajjah province in "
        "northwest Yemen on Sunday night, killing at least 20 people, among them the bride, "
        "local health officials told Al-Quds Al-Arabi. Dozens were wounded and taken to the "
        "hospital in Hajjah city, where a doctor said many had burns and shrapnel wounds. "
        "Survivors said aircraft circled over the area before the first strike, and a second "
        "strike hit people who came to help. The Saudi-led coalition said it had referred the "
        "incident to its Joint Incidents Assessment Team. The UN humanitarian coordinator said "
        "she was shocked and reminded all parties that they must protect civilians. A relative "
        "of the groom said women and children had gathered in the tent for the celebration. "
        "Medical workers in Hajjah said the hospital lacked blood and anaesthetics and that "
        "some of the wounded had to be taken by road to Sanaa, a journey of several hours. "
        "The UN children's agency said at least five of the dead were children. It was the "
        "second strike on a wedding in the province in less than a year, local officials "
        "said.",
        "E V H",
        "airstrike",
    ),
    (
        "Houthi missile strikes bulk carrier in Gulf of Aden, killing crew",
        "A Houthi missile struck the Barbados-flagged bulk carrier True Confidence in the Gulf "
        "of Aden on Wednesday, killing three crew members and setting the ship on fire, US "
        "Central Command said. It was the first deadly attack on commercial shipping since the "
        "group began targeting vessels it links to Israel, Annahar noted. Four other crew were "
        "injured, three of them critically, and the crew abandoned the ship, which was left "
        "adrift some 50 nautical miles off Aden. An Indian navy warship rescued the sailors, "
        "who included Filipino, Vietnamese and Indian nationals. Houthi military spokesman "
        "Yahya Saree said in a televised statement that the ship was targeted with naval "
        "missiles after its crew ignored warnings. The Greek-owned vessel was carrying steel "
        "and trucks to Jeddah, its managers said.",
        "E",
        "missile_attack",
    ),
    (
        "Armed clashes shake Tripoli after killing of militia leader",
        "Heavy clashes erupted in the Libyan capital on Monday night after the killing of "
        "Abdulghani al-Kikli, known as Ghneiwa, the head of the Stability Support Apparatus, "
        "in what witnesses described as an ambush at a military camp. Asharq Al-Awsat said "
        "gunfire and explosions were heard in Abu Salim, Salah al-Din and along the airport "
        "road until dawn. The Government of National Unity said its forces had taken control "
        "of the Abu Salim area after the apparatus was dismantled. The health ministry said at "
        "least six people were killed, and the emergency medicine centre said its teams were "
        "unable to reach some districts. The University of Tripoli suspended classes and "
        "flights at Mitiga airport were diverted to Misrata. Residents of the southern "
        "neighbourhoods told the newspaper they spent the night in corridors away from windows.",
        "B",
        "clashes",
    ),
    (
        "Haftar forces shell Tripoli suburbs as assault enters third week",
        "Forces loyal to Khalifa Haftar shelled residential districts in southern Tripoli on "
        "Tuesday as their offensive on the capital entered its third week, the UN-backed "
        "government said. Al-Quds Al-Arabi reported that rockets hit homes in Abu Salim, "
        "killing at least four civilians and wounding more than 20. Fighting continued around "
        "the former international airport and in Ain Zara, where government forces said they "
        "had repelled an attack. The World Health Organization said 174 people had been killed "
        "since the offensive began, and the UN said more than 18,000 people had fled their "
        "homes. Migrants held in detention centres near the front line were trapped, according "
        "to aid agencies. Haftar's Libyan National Army said it was fighting terrorist militias "
        "and denied hitting civilians.",
        "B E M D",
        "offensive",
    ),
    (
        "Libyan activist abducted by armed men in Tripoli",
        "A prominent Libyan civil society activist was abducted by armed men in the Tripoli "
        "district of Souq al-Jumaa on Saturday evening, his family told Al Jazeera. Relatives "
        "said the gunmen, some of them masked, forced him into an unmarked car outside his home "
        "in front of his children. The activist had criticised armed groups and corruption in "
        "posts on social media in recent weeks. The UN Support Mission in Libya said it was "
        "deeply concerned and called for his immediate release. Rights groups said dozens of "
        "journalists, activists and officials had been abducted in western Libya in the past "
        "year, most by armed groups affiliated with state institutions. The interior ministry "
        "said it was searching for him. His family said they had received no demand and did "
        "not know where he was being held. "
        "Two colleagues of the activist told the channel that he had received threats by "
        "telephone after a television interview. Colleagues and friends gathered outside the "
        "family home on Sunday and called on the Presidential Council to intervene. Human "
        "Rights Watch said such abductions were rarely investigated and that those freed "
        "often said they had been beaten in detention.",
        "V",
        "abduction",
    ),
    (
        "Baghdad: two suicide bombers kill dozens in Tayaran Square clothing market",
        "Two suicide bombers blew themselves up in a crowded clothing market in Baghdad's "
        "Tayaran Square on Thursday morning, killing at least 32 people and wounding 110, the "
        "Iraqi health ministry said. The military's Joint Operations Command said the first "
        "bomber claimed to feel ill to draw a crowd before detonating his belt, and the second "
        "blew himself up when people gathered to help. The Islamic State group claimed the "
        "attack, Asharq Al-Awsat reported. It was the first suicide bombing in the capital in "
        "three years. Prime Minister Mustafa al-Kadhimi dismissed several security commanders "
        "hours after the attack. Vendors told the newspaper they had returned to the market "
        "only weeks earlier as coronavirus restrictions eased. "
        "Funerals were held in the Sadr City district and in Najaf for many of the victims, "
        "most of them day labourers and street vendors. Security experts told the newspaper "
        "that the attack showed that cells of the group could still move inside the capital "
        "despite years of raids. The interior ministry ordered new checkpoints on the roads "
        "into Baghdad from the north and west.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Baghdad protesters killed as security forces fire on Tahrir Square",
        "Iraqi security forces fired live rounds and tear gas canisters at protesters near "
        "Baghdad's Tahrir Square and on the Jumhuriya bridge on Monday, killing at least 11 "
        "people, the Iraqi High Commission for Human Rights said. Doctors told Al-Quds "
        "Al-Arabi that several protesters died after military-grade tear gas canisters struck "
        "their heads. Young demonstrators burned tyres and threw stones at the concrete "
        "barriers blocking the bridges to the Green Zone. In Nasiriyah and Karbala, protesters "
        "set fire to the offices of political parties, the newspaper said. The commission said "
        "more than 300 people had been killed since the protests began at the start of "
        "October. The government announced a curfew in several southern provinces.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen kill worshippers in attack on Sinai mosque",
        "Gunmen attacked the al-Rawda mosque in the village of Bir al-Abd in North Sinai during "
        "Friday prayers, detonating a bomb and then opening fire on worshippers as they fled, "
        "Egyptian officials said. The public prosecutor said 305 people were killed, among them "
        "27 children, and 128 wounded. Al-Ahram said the attackers arrived in several off-road "
        "vehicles and also fired on ambulances coming to help. The mosque was frequented by "
        "followers of a Sufi order, which jihadists regard as heretical. No group immediately "
        "claimed the attack, but witnesses said some attackers carried the black flag of the "
        "Islamic State. President Abdel Fattah al-Sisi declared three days of mourning and "
        "vowed to respond with brute force. The air force struck vehicles used in the attack, "
        "the army said.",
        "T E V",
        "massacre",
    ),
    (
        "Soldiers killed in attack on checkpoint west of Rafah in Sinai",
        "Militants attacked a military checkpoint west of Rafah in North Sinai at dawn on "
        "Saturday, killing 11 soldiers including an officer, the Egyptian army spokesman said. "
        "Five militants were killed in the exchange of fire that followed, the spokesman added. "
        "Al-Ahram said the army launched a combing operation in the surrounding area and that "
        "troops chased the attackers into the desert. The Islamic State's Sinai Province "
        "claimed the attack through its Amaq news agency, saying it had used heavy machine guns "
        "and a car bomb. Sources in the town told the newspaper that residents were ordered to "
        "stay indoors as helicopters flew over the area. The army said its operations in the "
        "north of the peninsula would continue until the terrorist elements were eliminated.",
        "T B M",
        "attack",
    ),
]

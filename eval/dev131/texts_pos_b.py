"""dev131 positives (2 of 3): Jordan, Egypt, Cyprus, Kenya, Chad, Uganda.

Whole articles that report current organised violence or its direct consequences (eval/README.md,
section 1), wherever it happens, as the national press of the countries next to the wars writes it.
"""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Jordan intercepts 'flying objects' as Iran launches drones and missiles at Israel",
        "Jordan's air defences and Royal Jordanian Air Force jets intercepted a number of flying "
        "objects that entered the Kingdom's airspace late on Saturday and early on Sunday, the "
        "Cabinet said in a statement, as Iran launched hundreds of drones and missiles at Israel in "
        "its first direct attack on Israeli territory. Debris fell in several areas, including a "
        "residential neighbourhood in the south of the capital and farmland near Madaba, without "
        "causing serious injuries, the Public Security Directorate said, urging citizens to stay "
        "away from fragments and report them to the nearest police station. Residents of Amman "
        "filmed streaks of light and heard loud bangs over the city for more than two hours, and "
        "the Civil Aviation Regulatory Commission closed the airspace to all flights until the "
        "morning. 'Jordan will not be a battlefield for anyone, and we will confront anything that "
        "endangers the safety of our citizens, wherever it comes from,' Government Spokesperson "
        "Muhannad Mubaideen said. The Israeli army said that almost all of the more than 300 drones "
        "and missiles had been intercepted with the help of allies, and that a girl had been "
        "seriously injured by shrapnel in a Bedouin village in the Negev. Iran's mission to the UN "
        "said the strikes were a response to the bombing of its consulate in Damascus and that "
        "'the matter can be deemed concluded'. Flights at Queen Alia International Airport resumed "
        "on Sunday morning, with some delays.",
        "E M",
        "interception of drones and missiles",
    ),
    (
        "Thousands of Sudanese cross into Egypt at Argeen as fighting rages in Khartoum",
        "More than 40,000 people have crossed into Egypt from Sudan through the Argeen and Qustul "
        "land ports since fighting broke out between the Sudanese army and the Rapid Support "
        "Forces on 15 April, the Foreign Ministry said on Wednesday, as clashes continued in "
        "Khartoum despite a declared truce. Long lines of buses, many of them carrying families "
        "who had paid several hundred dollars a seat, waited for up to three days in the desert "
        "heat on the Sudanese side of the border before being processed. The Egyptian Red Crescent "
        "said its teams at the crossings were distributing water, meals and baby formula and had "
        "treated hundreds of people for exhaustion, dehydration and chronic illnesses whose "
        "medication had run out. 'We heard planes over our street in Bahri every morning, and when "
        "a shell fell on the house next door we left with what we could carry,' said Amna, a "
        "teacher travelling with her four children and her elderly mother. Residents of Khartoum "
        "and Omdurman reported air strikes and heavy artillery fire on Tuesday night, and the "
        "Sudanese doctors' union said most hospitals in the capital were out of service. Egypt "
        "admits Sudanese women, children and men over 50 without visas, but men aged between 16 "
        "and 49 must obtain a visa from the consulate in Wadi Halfa, where hundreds were queuing. "
        "The Ministry of Health has sent ambulances and mobile clinics to Aswan governorate.",
        "D H B E",
        "refugee arrivals",
    ),
    (
        "Six injured as drone crashes into building in Taba, military spokesman says",
        "Six people were slightly injured when a drone crashed into a building next to a hospital "
        "in the Red Sea resort town of Taba early on Friday, Egyptian Armed Forces spokesman Gharib "
        "Abdel Hafez said in a statement. A second drone fell in an uninhabited area near a power "
        "station outside Nuweiba, about 70 kilometres to the south, without causing casualties, he "
        "added. The spokesman said both aircraft had come 'from the south of the Red Sea' and that "
        "the air defences were monitoring the situation, without saying who had launched them. The "
        "injured, among them hospital staff, were taken to Taba Central Hospital with cuts from "
        "flying glass and were discharged later in the day, the South Sinai health directorate "
        "said. The Israeli army said it had detected an 'aerial threat' in the Red Sea area and "
        "pointed the finger at Yemen's Houthis, who have said they are firing missiles and drones "
        "at Israel over its war in Gaza. 'We heard an enormous bang and then the windows of the "
        "whole street fell in,' a shop owner near the hospital told Ahram Online. Egypt holds the "
        "party that launched the drones responsible for the breach of its airspace, the Foreign "
        "Ministry said, without naming it. Hotels in Taba, already emptied of many Israeli "
        "visitors since the start of the war, reported further cancellations on Friday.",
        "E",
        "drone strike",
    ),
    (
        "Hundreds more evacuees from Lebanon land in Larnaca as Israeli strikes pound Beirut "
        "suburbs",
        "More than 600 people evacuated from Lebanon arrived at Larnaca airport and port on "
        "Thursday, the foreign ministry said, as Israeli air strikes hit the southern suburbs of "
        "Beirut for a fifth consecutive night and the Lebanese health ministry reported dozens "
        "more deaths across the country. Among the arrivals were Cypriots, Canadians, Australians "
        "and Filipinos, many of them carrying only a backpack, who had waited for days for a seat "
        "on chartered flights or a place on the ferry from Beirut port. 'We slept in the corridor "
        "because the building shook every night, and when they hit the street behind us my "
        "daughter stopped speaking for two days,' said Rania, a Lebanese-Canadian who landed with "
        "her two children. The government activated the Estia plan, under which Cyprus serves as "
        "a temporary hub for foreign nationals leaving the region, and set up a reception area at "
        "the old Larnaca terminal with doctors, psychologists and consular staff. Government "
        "spokesman Konstantinos Letymbiotis said the republic was ready to receive thousands more "
        "in transit but stressed that Cyprus was 'part of the solution, not part of any war'. The "
        "Israeli military said it had struck Hezbollah command centres and weapons depots, while "
        "residents of Dahieh described whole blocks reduced to rubble. Two more ships chartered by "
        "European governments are expected on Saturday.",
        "D E",
        "evacuation from war",
    ),
    (
        "Four police officers killed as IED hits patrol vehicle on Elwak-Mandera road",
        "Four police officers were killed and two others seriously injured on Tuesday morning when "
        "their vehicle ran over an improvised explosive device on the Elwak-Mandera road, in an "
        "attack that security officials blamed on al-Shabaab militants operating from across the "
        "Somali border. The officers, from the Rural Border Patrol Unit, were escorting a convoy of "
        "lorries carrying foodstuffs and building materials when the blast tore through their "
        "Land Cruiser near Omar Jillo, North Eastern regional police commander George Seda said. "
        "'The terrorists planted the device overnight on a stretch of road that had been cleared "
        "only two days earlier, which tells you they are watching our movements closely,' he said. "
        "The injured officers were airlifted to Nairobi for treatment, while a multi-agency team "
        "combed the area and recovered a second device that had not gone off. Interior Cabinet "
        "Secretary Kipchumba Murkomen condemned what he called a cowardly act and said the "
        "government would not be intimidated by 'criminals hiding in the bushes'. Residents said "
        "traffic on the road, the main supply route for Mandera town, had been suspended for the "
        "rest of the day and that some teachers posted to the area were asking to be transferred. "
        "The militants have stepped up attacks in Mandera, Wajir, Garissa and Lamu counties this "
        "year, mostly targeting security patrols, communication masts and public vehicles.",
        "E T",
        "roadside bombing",
    ),
    (
        "Parliament set ablaze as police open fire on Finance Bill protesters",
        "Parts of the Parliament buildings in Nairobi were set on fire on Tuesday afternoon after "
        "thousands of protesters overwhelmed police lines and stormed the complex minutes after MPs "
        "voted to pass the Finance Bill 2024. Police fired tear gas, water cannon and live "
        "bullets at the crowds on Parliament Road and City Hall Way, and at least five people were "
        "shot dead outside Parliament, according to the Kenya National Commission on Human Rights, "
        "which said its monitors had witnessed the shooting. MPs were evacuated through an "
        "underground tunnel to the nearby offices, while part of City Hall was also set alight and "
        "the mace was reported missing for several hours. 'We came with nothing in our hands but "
        "our phones and our flags, and they shot at us like we were criminals,' said a 24-year-old "
        "graduate who had carried an injured friend to St John Ambulance volunteers. Kenyatta "
        "National Hospital said it had received dozens of people with gunshot wounds, and similar "
        "clashes were reported in Nakuru, Eldoret, Kisumu and Mombasa. "
        "In Githurai, on the outskirts of Nairobi, residents said police had fired at young "
        "people through the night, and several bodies were taken to the City Mortuary by "
        "Wednesday morning. The Kenya Medical Association said doctors and volunteers at a "
        "medical camp in the Jamia Mosque had been tear-gassed while treating the injured. The "
        "protests, organised largely on TikTok and X by young people with no party "
        "affiliation, began last week against new taxes on bread, cooking oil, mobile money "
        "and sanitary pads, some of which the government had already dropped. Amnesty "
        "International Kenya said plain-clothes officers had abducted several organisers in "
        "the days before the march. "
        "In a televised address, "
        "President William Ruto described the events as 'treasonous' and said the Kenya Defence "
        "Forces had been deployed to support the police. The Law Society of Kenya said it would go "
        "to court to challenge the deployment.",
        "U",
        "riot and crackdown",
    ),
    (
        "Kenyan officer killed in gang ambush in Haiti's Artibonite, mission says",
        "A Kenyan police officer serving with the Multinational Security Support mission in Haiti "
        "was killed on Sunday when gang members ambushed his unit during an operation in the "
        "Artibonite department, the mission said in a statement on Monday. The constable was shot "
        "as a joint team of Kenyan and Haitian officers advanced on foot towards a gang stronghold "
        "near Pont-Sondé, and another Kenyan officer was wounded in the exchange of fire, which "
        "lasted nearly two hours. The gunmen, believed to belong to the Gran Grif gang that "
        "controls much of the lower Artibonite valley, fired from rice paddies and abandoned houses "
        "along the road, according to a Haitian police source. 'Our officers responded with "
        "professionalism and courage, and the operation continued until the area was secured,' "
        "National Police Service spokesperson Muchiri Nyaga said in Nairobi. The officer is the "
        "second Kenyan to be killed since the first contingent landed in Port-au-Prince in June "
        "2024, and his death renewed calls by some MPs for the troops to be brought home. His "
        "family in Nyandarua said they had last spoken to him on Friday, when he told them he was "
        "tired but proud of the work. The mission said the wounded officer was in stable condition "
        "at a hospital in the capital.",
        "B M",
        "ambush",
    ),
    (
        "Thousands of Sudanese reach Tiné after fleeing attacks on Zamzam camp and El Fasher",
        "More than 10,000 Sudanese refugees, most of them women and children, have crossed into "
        "eastern Chad at Tiné in Wadi Fira province over the past ten days after fleeing renewed "
        "attacks by the Rapid Support Forces on the Zamzam displacement camp and the city of El "
        "Fasher, the provincial governor said on Monday. New arrivals described fighters on pick-up "
        "trucks entering Zamzam from several sides, setting shelters on fire and shooting at "
        "people as they ran, while shells continued to fall on El Fasher's southern districts. "
        "'They killed my husband in front of the clinic, and I walked for six days with the "
        "children, eating only the dates we had carried,' said Hawa, 31, sitting under a tarpaulin "
        "near the border post. Aid agencies said many arrived dehydrated, and that doctors at the "
        "transit site were treating gunshot wounds, severe malnutrition in young children and "
        "cases of acute watery diarrhoea. Chad already hosts more than 1.2 million Sudanese "
        "refugees, most of them in Ouaddaï, Sila and Wadi Fira, where water points and schools are "
        "overwhelmed. "
        "In Tiné, a border town split by a dry riverbed with one half in Chad and the other in "
        "Sudan, families are sleeping under trees and in the courtyards of local residents, "
        "many of whom are themselves short of food after a poor harvest. The provincial health "
        "delegate said two children had died of dehydration on arrival and that the only "
        "hospital had run out of intravenous fluids. 'There are women who gave birth on the "
        "road and walked on with their babies the next day,' said a midwife working with a "
        "Chadian organisation. Some of the new arrivals said relatives had been stopped by "
        "fighters at checkpoints near Kornoi and that they did not know what had happened to "
        "them. "
        "The government appealed to international partners for more tents, water "
        "trucks and food, warning that the rainy season would soon cut the roads to the camps. "
        "UNHCR said it had begun moving families from the border to the Iriba area.",
        "D H V E",
        "refugee arrivals",
    ),
    (
        "Déby launches operation after Boko Haram attack kills about 40 soldiers on Lake Chad "
        "island",
        "President Mahamat Idriss Déby Itno on Monday ordered a military operation to hunt down the "
        "Boko Haram fighters who stormed an army base on the island of Barkaram in the Lake Chad "
        "region late on Sunday, killing about 40 soldiers, the presidency said. The assailants "
        "arrived in motorised canoes shortly before midnight and attacked the garrison from "
        "several directions, setting fire to vehicles and carrying off weapons and ammunition "
        "before withdrawing into the islands, according to a military source in Bol. Déby flew to "
        "the area on Monday morning, visited the wounded, who were then evacuated to N'Djamena, "
        "and announced the launch of the Haskanite operation to 'pursue the terrorists wherever "
        "they hide'. 'This cowardly attack will not go unpunished, and our army will not rest "
        "until the threat is eliminated from the shores of the lake,' he said in a message "
        "broadcast on national television. Three days of national mourning were declared. The "
        "president also questioned the value of the Multinational Joint Task Force, in which Chad "
        "serves alongside Nigeria, Niger and Cameroon, and said his country might withdraw if it "
        "continued to fight alone. Families of soldiers gathered outside the military hospital in "
        "the capital to wait for news.",
        "B T M",
        "attack on army base",
    ),
    (
        "Mpondwe school attack: 42 killed as ADF rebels torch dormitory, abduct students",
        "At least 42 people, 37 of them students, were killed when suspected ADF rebels attacked "
        "Lhubiriha Secondary School in Mpondwe, Kasese District, on Friday night, shooting and "
        "hacking students and setting a boys' dormitory on fire, police said on Saturday. "
        "Seventeen of the victims were burnt beyond recognition and will have to be identified "
        "through DNA tests, while six students were abducted and taken across the border into the "
        "Democratic Republic of Congo, according to the Minister of State for Defence. Witnesses "
        "said about five attackers entered the compound shortly after 10 o'clock, locked the "
        "dormitory from outside and threw a petrol bomb inside, while girls who ran from their "
        "dormitory were cut down with machetes. "
        "The attackers also looted the school's food store and forced some of the abducted "
        "students to carry sacks of beans and flour as they fled towards the border, about two "
        "kilometres away, police said. The Resident District Commissioner said security "
        "agencies had received intelligence about rebels in the area two days earlier and that "
        "investigations would establish why the school had not been protected. The school, a "
        "private institution with about 60 students, had day and boarding sections, and most "
        "of the boarders came from families of traders and farmers along the border. "
        "'I heard the children screaming, but the gunmen "
        "were shooting at anything that moved, so we could only hide in the banana plantation,' "
        "said a neighbour who lives a few metres from the school fence. The UPDF said its troops "
        "were pursuing the attackers towards Virunga National Park and had deployed helicopters "
        "along the border. President Museveni called the killers terrorists and said they would "
        "be hunted down. Parents spent Saturday at Bwera hospital, where the bodies were taken, "
        "trying to find out whether their children were among the dead, injured or missing.",
        "V T M",
        "school massacre",
    ),
]

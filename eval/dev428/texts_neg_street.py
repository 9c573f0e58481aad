"""dev428 negatives, the street and the weather: kidnapping for ransom, cultists, robbers and
one-chance gangs told as crime, building collapses, tanker explosions and boat mishaps,
floods and the health desk."""

NEGATIVES = [
    (
        "Police rescue kidnapped Ibadan businessman, arrest four after N50m ransom demand",
        "Operatives of the Oyo State Police Command have rescued a businessman kidnapped "
        "from his home in the Akobo area of Ibadan and arrested four members of the gang. "
        "The police spokesperson, SP Adewale Osifeso, said the victim, a 52-year-old "
        "building materials dealer, was taken by armed men at about 9pm on Tuesday as he "
        "drove into his compound. The kidnappers later called his wife and demanded N50m, "
        "which was negotiated down to N5m, Osifeso said. Detectives tracked the calls to a "
        "farm settlement near Lanlate, where the suspects were holding the victim in an "
        'uncompleted building. "The victim was rescued unhurt, and no ransom was paid," the '
        "police said in a statement. Two locally made pistols, cartridges and four mobile "
        "phones were recovered. The suspects confessed to three other kidnappings in Oyo and "
        "Ogun states, according to the police. Residents of Akobo said kidnappings in the "
        "area had made them install security gates and hire vigilantes. The Commissioner of "
        "Police urged residents to report suspicious movements around their homes.",
        "crime",
    ),
    (
        "Cult clash: Two UNIBEN students shot dead, police arrest nine suspects",
        "Two students of the University of Benin were shot dead on Sunday night in a clash "
        "between rival cult groups in the Ekosodin community, near the Ugbowo campus. The "
        "Edo State Police Command spokesperson, SP Chidi Nwabuzor, said the victims, a "
        "300-level Engineering student and a 200-level student of Accountancy, were attacked "
        "at a drinking joint by members of a confraternity. Nine suspects have been arrested "
        "and a pump-action gun recovered, he said. Students told our correspondent that the "
        "clash was a supremacy battle between the Black Axe and Eiye confraternities that "
        "had gone on since the start of the semester. The university management said in a "
        "circular that the campus was calm and lectures would continue. It urged students to "
        "stay away from Ekosodin at night and warned that any student found to be a cult "
        'member would be expelled. "We are tired of burying our colleagues," the president '
        "of the Students' Union said. Parents of one of the victims said he was not a member "
        "of any cult and had only gone to buy food. The police said the suspects would be "
        "charged to court after investigations.",
        "crime",
    ),
    (
        "One-chance: Police bust gang robbing Abuja commuters, recover five cars",
        "The Federal Capital Territory Police Command has arrested seven members of a "
        '"one-chance" gang that robbed commuters who boarded their cars at bus stops in '
        "Abuja. The command's spokesperson, SP Josephine Adeh, said the suspects, who posed "
        "as commercial drivers on the Kubwa Expressway and in Lugbe, robbed their victims at "
        "knifepoint and forced them to transfer money from their bank accounts. One victim, "
        "a civil servant, was stabbed and thrown out of a moving car near Dutse in March, "
        "she said. Five cars used for the operations, eight mobile phones and N1.2m in cash "
        'were recovered. "Residents should avoid boarding unpainted vehicles, especially at '
        'night," Adeh said. The police have also set up a hotline for victims. Commuters who '
        "spoke to Punch said the rising cost of transport since the removal of petrol "
        "subsidy had forced many to take private cars, exposing them to such gangs. "
        "Investigations showed that the gang sold the phones to dealers in Wuse Market, the "
        "police said. The suspects will be charged to court at the end of investigations.",
        "crime",
    ),
    (
        "Offa robbery: Court sentences five to death by hanging for killing 33",
        "A Kwara State High Court sitting in Ilorin has sentenced five men to death by "
        "hanging for their roles in the 2018 Offa bank robbery, in which 33 people, "
        "including nine police officers, were killed. Justice Haleemah Salman held that the "
        "prosecution had proved beyond reasonable doubt the charges of conspiracy, armed "
        "robbery and murder. The robbers, armed with assault rifles and explosives, attacked "
        "five banks and the Offa police division on the evening of April 5, 2018, carting "
        "away millions of naira. The trial lasted nearly five years and heard 24 witnesses. "
        "A sixth defendant was discharged for lack of evidence. Relatives of the victims, "
        'some of whom wept in court, welcomed the judgment. "It has been a long wait, but '
        'justice has been done," said the widow of one of the police officers killed. '
        "Defence counsel said they would appeal. The robbery was one of the deadliest in the "
        "country's history and led to a shake-up of police deployments in Kwara State. Two "
        "of the suspected gang leaders were killed in a shootout with police in 2018, before "
        "the trial began. The Offa Descendants Union said it would build a memorial to the "
        "victims in the town.",
        "crime",
    ),
    (
        "Evans: Kidnap kingpin, associates jailed for life by Lagos court",
        "A Lagos State High Court in Ikeja has sentenced the billionaire kidnapper "
        "Chukwudumeme Onwuamadike, popularly known as Evans, to life imprisonment for the "
        "kidnapping of the founder of Maydon Pharmaceutical Limited, Donatus Dunu. Justice "
        "Hakeem Oshodi also jailed two of his associates for life, while another was "
        "sentenced to 15 years. The court found that the gang abducted Dunu from his Isolo "
        "home in 2017 and held him in a den in Igando, where they demanded a ransom of one "
        "million euros. Evans, who has been in detention since his arrest in 2017 at his "
        "mansion in Magodo, had pleaded guilty before changing his plea. Police "
        "investigators told the court that the gang kidnapped wealthy businessmen in Lagos "
        "and the South-East for more than a decade. The judgment was delivered on Monday "
        "after more than six years of trial. Evans still faces other kidnapping charges "
        "before another court. Dunu, who testified during the trial, said he was chained to "
        "a wall for weeks while the gang negotiated with his family. The court also ordered "
        "that the gang's property be forfeited to the state.",
        "crime",
    ),
    (
        "Kidnappers used POS operators to collect N28m ransom, police say",
        "The Ogun State Police Command says it has arrested a gang that kidnapped travellers "
        "on the Lagos-Ibadan Expressway and collected ransom through point-of-sale (POS) "
        "operators. The command's spokesperson, Omolola Odutola, said nine suspects, "
        "including two POS operators in Mowe and Ibafo, were arrested after the kidnapping "
        "of a pastor and his driver in May. Investigations showed that the gang had "
        "collected about N28m from the families of at least six victims since January, she "
        "said. The suspects, who hid their victims in a forest near Ogere, were armed with "
        'AK-47 rifles and locally made guns. "The POS operators were part of the syndicate, '
        'they were not innocent," Odutola said. The pastor and his driver were released '
        "after their families paid N4m. The police urged families of kidnap victims to "
        "report to them before paying any ransom. The Central Bank of Nigeria has asked "
        "banks and fintech firms to monitor accounts used to collect ransom. Detectives said "
        "the gang's leader, who is still at large, ran the operation from a hideout in Oyo "
        "State.",
        "crime",
    ),
    (
        "Lekki: Police kill three suspected robbers in shootout, officer injured",
        "Three suspected armed robbers were killed on Wednesday night in a shootout with "
        "policemen in the Lekki area of Lagos, the Lagos State Police Command said. The "
        "command's spokesperson, SP Benjamin Hundeyin, said officers of the Rapid Response "
        "Squad responded to a distress call that a gang was robbing motorists trapped in "
        "traffic near the Chevron roundabout. The robbers opened fire on the officers, who "
        "returned fire, he said. One police inspector was injured and is receiving "
        "treatment. Two pistols, a machete and several phones were recovered from the "
        "suspects. A fourth suspect escaped with bullet wounds, and a manhunt has begun, "
        "Hundeyin said. Motorists said robberies in traffic had become common on the "
        'Lekki-Epe Expressway in recent weeks. "They come on bikes, break your window and '
        'take your phone before you know what is happening," a motorist said. The police '
        "said the suspects had been linked to at least four robberies in Ajah and Sangotedo. "
        "Hundeyin urged anyone treating a patient with gunshot wounds to alert the nearest "
        "station.",
        "crime",
    ),
    (
        "Ikoyi collapse: Death toll rises to 45 as rescuers end search",
        "Rescuers on Saturday ended the search for survivors at the site of the 21-storey "
        "building that collapsed on Gerrard Road in Ikoyi, Lagos, with the death toll at 45. "
        "The Lagos State Emergency Management Agency (LASEMA) said 15 people were rescued "
        "alive from the rubble over six days. Among the dead was the developer of the "
        "building, Femi Osibona, managing director of Fourscore Homes. Witnesses said the "
        "high-rise, which was still under construction, caved in on Monday afternoon while "
        "dozens of workers were on site. Governor Babajide Sanwo-Olu set up an independent "
        "panel to investigate the cause, and the general manager of the Lagos State Building "
        'Control Agency resigned. "It was like a bomb went off, there was dust everywhere," '
        "said a security guard who escaped. Engineers have blamed poor supervision and the "
        "addition of floors beyond what was approved. The panel is expected to report within "
        "30 days. Relatives of missing workers gathered at the site throughout the week, "
        "some of them holding photographs. The state government said the other two buildings "
        "in the complex would be tested for integrity.",
        "accident",
    ),
    (
        "Jos: 22 pupils killed as school building collapses during exams",
        "Twenty-two students were killed on Friday when a two-storey building of Saint "
        "Academy, a private school in Busa Buji, Jos North Local Government Area of Plateau "
        "State, collapsed while they were writing examinations. The National Emergency "
        "Management Agency said 154 people were trapped in the rubble, and 132 of them were "
        "rescued and taken to hospitals in Jos. Rescue workers, soldiers and residents dug "
        "through the debris with their hands and with excavators until late evening. The "
        "state government said the school, located near a river bank, had structural "
        'weaknesses and ordered the closure of schools considered unsafe. "I heard a loud '
        'noise and the whole building came down," said a pupil who escaped with injuries to '
        "his legs. Governor Caleb Mutfwang directed hospitals to treat the injured free of "
        "charge. Parents gathered at the site until night, waiting for news of their "
        "children. The Nigerian Institute of Building said many private schools in the city "
        "operated in buildings never approved for classrooms. A committee has been set up to "
        "audit school buildings across the state.",
        "accident",
    ),
    (
        "Majiya tanker explosion: Death toll hits 170 as Jigawa buries victims",
        "The death toll from the tanker explosion in Majiya, Taura Local Government Area of "
        "Jigawa State, has risen to 170, the state police command said on Thursday. The "
        "tanker, carrying petrol from Kano to Yobe, overturned on Tuesday night after the "
        "driver lost control near the Khadija University. Residents rushed to scoop the "
        "spilling fuel, and the tanker exploded about 30 minutes later, the police "
        "spokesperson, SP Lawan Adam, said. Many of the victims were young men and boys who "
        "had brought jerrycans. More than 100 injured people were taken to hospitals in "
        "Ringim and Hadejia, many with severe burns. Victims were buried in a mass grave in "
        "Majiya on Wednesday. Governor Umar Namadi declared three days of mourning. The "
        "Federal Road Safety Corps said rising fuel prices since the removal of subsidy had "
        "made residents more willing to take the risk of scooping fuel. The Emir of Gumel "
        "visited the scene and consoled families. Doctors at the Rasheed Shekoni Federal "
        "University Teaching Hospital in Dutse said many of the injured needed skin grafts.",
        "accident",
    ),
    (
        "Pategi: Over 100 wedding guests feared dead as boat capsizes on Niger River",
        "More than 100 people returning from a wedding were feared dead after their boat "
        "capsized on the River Niger in Pategi Local Government Area of Kwara State in the "
        "early hours of Monday. The Kwara State Police Command said 144 people had been "
        "rescued, while the search continued for others. The boat, carrying more than 250 "
        "passengers, hit a submerged tree trunk and broke into two, residents said. Most of "
        "the passengers were from Ebu, Dzakan, Kpada and Kuchalu villages, and had been "
        "attending the wedding in Niger State. The emir of Pategi said the passengers had "
        'used the boat because roads in the area were in poor condition. "We have lost '
        'almost a whole generation in some families," a community leader said. The National '
        "Inland Waterways Authority said it would enforce the use of life jackets and a "
        "limit on passengers. Local divers recovered more than 100 bodies by Tuesday, "
        "according to the police. The Kwara State Governor, AbdulRahman AbdulRazaq, "
        "described the accident as a tragedy and promised better roads for the riverine "
        "communities. Boat mishaps are common on Nigeria's rivers, where vessels are often "
        "overloaded and passengers rarely wear life jackets.",
        "accident",
    ),
    (
        "Dikko: 98 dead as residents scoop fuel from crashed tanker in Niger",
        "At least 98 people died on Saturday when a petrol tanker exploded near Dikko "
        "junction in Gurara Local Government Area of Niger State, as residents scooped fuel "
        "from it. The Niger State Emergency Management Agency said the tanker had overturned "
        "while its driver was transferring fuel to another truck, and that a generator used "
        "for the transfer sparked the fire. Dozens of those injured were taken to hospitals "
        "in Suleja and Minna. Videos posted online showed charred motorcycles and thick "
        "smoke rising over the Abuja-Kaduna highway. The Federal Road Safety Corps Commander "
        "in the state, Kumar Tsukwam, said traffic was diverted for several hours. Governor "
        "Umaru Bago said the victims were buried on Sunday. Safety campaigners say more than "
        "500 people have died in similar incidents across the country over the past year. "
        "The Federal Road Safety Corps warned residents never to go near fallen tankers. The "
        "Niger State Government said it would pay for the treatment of the injured.",
        "accident",
    ),
    (
        "Maiduguri floods: Alau Dam collapse submerges half of city, 30 dead",
        "At least 30 people were killed and hundreds of thousands forced from their homes "
        "after the Alau Dam, about 20 kilometres from Maiduguri, collapsed after heavy rains "
        "on Monday night. The Borno State Government said about half of the city was under "
        "water, including the Shehu's palace, the state secretariat and parts of the "
        "University of Maiduguri Teaching Hospital. Residents waded through chest-deep water "
        "carrying children and belongings, while soldiers used trucks and canoes to move "
        "people to higher ground. The zoo was flooded and some of its animals escaped, "
        "officials said. More than 400,000 people were sheltering in schools and camps, "
        'according to the State Emergency Management Agency. "We have never seen anything '
        'like this in our lives," said a resident of Fori. Governor Babagana Zulum said a '
        "lack of maintenance of the dam since the 1994 flood was to blame. The National "
        "Emergency Management Agency said it was sending relief materials. The Federal "
        "Government said it would rebuild the dam, which was completed in 1986 to supply "
        "water to Maiduguri and irrigate farms. Rescue workers from the army, the police and "
        "the Red Cross used boats to reach people trapped on rooftops in Gwange, Bulabulin "
        "and Shehuri North. Many of those affected had already lost homes to previous "
        "floods. Residents complained that relief materials were slow to reach them, and "
        "some waited for days on rooftops. Traders at the Monday Market, the largest in the "
        "city, said goods worth billions of naira had been destroyed. The state government "
        "said schools would stay closed for two weeks to allow displaced families to use "
        "them as shelters.",
        "disaster",
    ),
    (
        "Bayelsa under water: Flood cuts off Yenagoa, 1.3m displaced",
        "Floods have submerged communities in all eight local government areas of Bayelsa "
        "State, cutting off Yenagoa, the state capital, from the rest of the country. The "
        "East-West Road at Mbiama was under water, leaving hundreds of trucks and buses "
        "stranded for days. Governor Douye Diri said about 1.3m people had been displaced "
        "and that the state needed federal help. Schools, churches and an abandoned stadium "
        "in Yenagoa were being used as relief camps, he said. The Nigeria Hydrological "
        "Services Agency had warned that water released from the Lagdo Dam in Cameroon would "
        "worsen the floods along the Benue and Niger rivers. Prices of food doubled in "
        'Yenagoa markets as supplies could not get in. "This is the worst since 2012," said '
        "an Ijaw leader. Health officials warned of the risk of cholera in the camps. "
        "Residents of Opolo and Kpansia moved about in canoes, while those whose houses were "
        "submerged moved to relatives on higher ground. The Minister of Humanitarian Affairs "
        "visited the state and promised relief materials. The state government urged the "
        "federal government to build the Dasin Hausa dam to hold back floodwater in future.",
        "disaster",
    ),
    (
        "Mokwa: Flood kills over 200 as rescuers search for 500 missing",
        "More than 200 people have been killed after flash floods swept through Mokwa, a "
        "market town in Niger State, following torrential rain overnight. The Niger State "
        "Emergency Management Agency said about 500 people were still missing, and that "
        "hundreds of houses in Tiffin Maza and Anguwan Hausawa had been washed away. "
        "Rescuers, soldiers and volunteers searched for bodies in the mud and along the "
        'river banks. Residents said a dam upstream gave way after the heavy downpour. "The '
        'water came in the night and took everything," said a trader who lost her mother and '
        "two children. The Federal Government sent a delegation led by the Vice-President, "
        "Kashim Shettima. The Nigerian Meteorological Agency (NiMet) had warned of heavy "
        "rains in the area in its seasonal outlook. Survivors are sheltering in schools and "
        "with relatives in neighbouring villages. The National Emergency Management Agency "
        "said it had distributed food, blankets and mattresses to more than 3,000 displaced "
        "people. Engineers have been sent to inspect other small dams in the state. The "
        "state government declared three days of mourning and closed the town's market for a "
        "week.",
        "disaster",
    ),
    (
        "Windstorm wrecks 1,200 houses in Gombe, hundreds homeless",
        "A rainstorm accompanied by strong winds has destroyed about 1,200 houses in "
        "communities of Akko and Yamaltu-Deba local government areas of Gombe State, leaving "
        "hundreds of families homeless. The Executive Secretary of the Gombe State Emergency "
        "Management Agency said on Sunday that roofs were blown off, walls collapsed and "
        "electricity poles were uprooted during the storm, which lasted about two hours on "
        "Friday evening. Four people were killed and more than 30 injured, he said. Schools "
        'and a primary health centre in Kumo were also damaged. "We are sleeping in the open '
        'with our children," a resident of Kumo told Daily Trust. The agency said it had '
        "begun an assessment and would distribute roofing sheets, mats and food. NiMet had "
        "forecast thunderstorms across the North-East this week. Farmers said the storm also "
        "flattened maize and millet fields, weeks before harvest.",
        "disaster",
    ),
    (
        "Lassa fever: Deaths hit 145 as NCDC activates emergency centre",
        "The Nigeria Centre for Disease Control and Prevention (NCDC) says 145 people have "
        "died of Lassa fever since January, as cases continue to rise in Ondo, Edo and "
        "Bauchi states. In its latest situation report, the agency said 812 cases had been "
        "confirmed in 25 states, with a case fatality rate of 17.9 per cent, higher than in "
        "the same period last year. It has activated a national emergency operations centre "
        "to coordinate the response. Seven health workers have been infected, the NCDC said. "
        'The disease is spread by rats and through contact with infected people. "We urge '
        "Nigerians to keep food in rodent-proof containers and to report to a health "
        'facility early," the Director-General said. The Federal Medical Centre in Owo, Ondo '
        "State, said its isolation ward was full. Experts say poor housing and bush burning, "
        "which drives rats into homes, help spread the virus during the dry season.",
        "health",
    ),
    (
        "Diphtheria: Kano records 70 deaths as vaccine doses arrive",
        "Kano State has recorded about 70 deaths from diphtheria since the outbreak began, "
        "the state Ministry of Health said, as the country received a new consignment of "
        "vaccines from UNICEF. The Commissioner for Health said most of the dead were "
        "children under 14 who had not been vaccinated. Across the country, the NCDC said it "
        "had recorded more than 4,000 suspected cases in 11 states, most of them in Kano, "
        "Katsina, Yobe and Bauchi. Health workers began a vaccination campaign in the "
        'worst-hit local governments on Monday, going from house to house. "Many parents '
        'still have doubts about vaccines, and we are working with religious leaders," a '
        "health official said. The Aminu Kano Teaching Hospital said it had opened an "
        "isolation centre. Experts have blamed low routine immunisation coverage for the "
        "spread of the disease. A pharmacist in Kano said antitoxin, the main treatment for "
        "severe cases, was hard to find.",
        "health",
    ),
    (
        "Cholera outbreak kills 21 in Lagos, 400 hospitalised",
        "At least 21 people have died and more than 400 have been admitted to hospitals in "
        "Lagos in an outbreak of cholera, the Lagos State Commissioner for Health, Prof Akin "
        "Abayomi, said on Tuesday. He said Eti-Osa, Lagos Island, Ikorodu and Kosofe were "
        "the worst-hit local government areas. Samples from some street vendors and water "
        "sources were being tested, he said. The state government urged residents to boil "
        'their water, wash their hands and avoid food sold in the open. "We are at war with '
        'cholera, and every resident must play their part," the commissioner said. The Lagos '
        "State Ministry of the Environment said it had shut some beverage stalls at a beach "
        "in Lekki. The NCDC said other states had also reported cases and that it had "
        "deployed rapid response teams. Health officials said many of the patients had drunk "
        "water from shallow wells and sachets sold on the street. Cholera cases in Nigeria "
        "usually rise during the rainy season, when floods contaminate water sources.",
        "health",
    ),
]

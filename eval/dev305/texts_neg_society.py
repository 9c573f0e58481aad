"""dev305 negatives: floods and landslides, road and industrial accidents, crime and the courts,
epidemics (title, text, kind code)."""

NEGATIVES = [
    (
        "Akosombo dam spillage floods Volta communities, thousands displaced",
        "Thousands of people have been forced from their homes in communities along the Volta river after the Volta River Authority began releasing excess water from the Akosombo and Kpong dams, Ghana's disaster agency said on Tuesday. The National Disaster Management Organisation (NADMO) said more than 26,000 people had been affected in the districts of North Tongu, South Tongu and Central Tongu, where whole villages were under water. Residents of Mepe and Battor were evacuated by canoe, and schools and churches were turned into relief centres. The VRA said the spillage was necessary to protect the dams after heavy rains raised the level of the lake above its maximum. “We were told to move, but not that the water would come so fast,” said a farmer in Mepe who lost his cassava fields. The government sent relief items, including mattresses and bags of rice, and the military deployed boats to help with evacuations. NADMO said no deaths had been recorded.",
        "disaster",
    ),
    (
        "Freetown mudslide: death toll passes 400 as search continues",
        "The death toll from a mudslide and flooding that swept through the outskirts of Freetown on Monday has risen to more than 400, Sierra Leone's chief coroner said on Wednesday, as rescue workers searched for hundreds of people still missing. Part of Sugar Loaf mountain collapsed after days of torrential rain, burying homes in the Regent area under tonnes of mud and rocks. Soldiers and volunteers dug with shovels and bare hands, while the Red Cross said 600 people were still unaccounted for. Connaught Hospital's mortuary was overwhelmed, and the government began mass burials at the Waterloo cemetery. President Ernest Bai Koroma, visibly moved, described the devastation as “overwhelming” and appealed for international help. Some 3,000 people lost their homes, according to the Office of National Security. Experts blamed deforestation and unplanned construction on the hillsides above the capital.",
        "disaster",
    ),
    (
        "Senegal River floods cut off villages in Matam and Bakel",
        "Floods from the Senegal River have cut off dozens of villages in the regions of Matam and Bakel in eastern Senegal and forced more than 55,000 people from their homes, the government said on Monday. The river rose to levels not seen since 1999 after heavy rains upstream in Guinea and Mali, submerging rice paddies and fields of maize and millet on the eve of the harvest. Prime Minister Ousmane Sonko visited Matam by helicopter and announced an emergency plan of 8 billion CFA francs. Soldiers distributed food and mosquito nets to families sheltering on high ground and in schools. “Everything we planted is under water,” a village chief told the Senegalese Press Agency. The floods also damaged the national road between Ourossogui and Bakel, isolating towns that depend on it for supplies. Authorities in Mauritania reported similar damage on the other bank of the river.",
        "disaster",
    ),
    (
        "Accra flood and petrol station fire kill more than 150",
        "More than 150 people were killed in Accra on Wednesday night when a fire broke out at a petrol station where people had taken shelter from torrential rain and flooding, Ghana's government said. The fire started at the GOIL filling station at Kwame Nkrumah Circle as floodwater mixed with fuel, witnesses said, and spread quickly among the crowd. Many of the victims were traders and commuters trapped by the rising water in the city centre. Firefighters struggled to reach the site because of the flooding, according to the Ghana National Fire Service. President John Mahama declared three days of national mourning and promised to tackle the blocked drains and illegal structures that make Accra prone to floods. Rain of more than 100 millimetres fell on the capital in a few hours. Hospital officials said dozens of people were being treated for burns.",
        "disaster",
    ),
    (
        "Abidjan rains leave 24 dead in landslides and floods",
        "At least 24 people were killed in Abidjan overnight as torrential rain caused landslides and floods in several districts of Côte d'Ivoire's economic capital, the government said on Friday. Most of the victims died when earth and rocks buried houses built on hillsides in Attécoubé and Anyama, firefighters said. In Cocody, cars were swept away in the Riviera Palmeraie area, and residents waded through waist-deep water. The Groupement des sapeurs-pompiers militaires said rescuers had recovered bodies through the night and that several people were still missing. The government announced the demolition of houses in high-risk zones and promised help for families who lost their homes. Meteorologists said more than 200 millimetres of rain had fallen in less than 24 hours. The rainy season has caused similar disasters in Abidjan almost every year, and critics blame uncontrolled urbanisation and poor drainage.",
        "disaster",
    ),
    (
        "Kaffrine bus collision kills 40, Senegal declares national mourning",
        "Forty people were killed and 87 injured when two buses collided head-on near the town of Kaffrine in central Senegal early on Sunday, officials said, in one of the country's worst road accidents. One of the buses burst a tyre and swerved into the oncoming vehicle on the national road at around 3:30 a.m., the public prosecutor said. President Macky Sall declared three days of national mourning and convened an interministerial council on road safety. Firefighters worked for hours to free passengers trapped in the wreckage. Many of the passengers were on their way to or from a religious gathering in Médina Gounass, local media reported. The government announced a ban on night travel for intercity buses, a limit on the age of vehicles and checks on imported tyres. Road accidents kill several hundred people every year in Senegal.",
        "accident",
    ),
    (
        "Apiate blast: explosives truck kills 13 near Bogoso",
        "Thirteen people were killed and dozens injured on Thursday when a truck carrying explosives to a gold mine collided with a motorcycle and blew up in Apiate, near Bogoso in Ghana's Western region, police said. The blast flattened most of the buildings in the small mining community and left a large crater in the road. Police said the truck was taking explosives to the Chirano gold mine operated by Kinross when it hit the motorbike, which caught fire. The driver had tried to warn residents to move away, witnesses said. Injured people were taken to hospitals in Bogoso and Tarkwa. President Nana Akufo-Addo called it a “truly sad, unfortunate tragedy” and promised that the community would be rebuilt. The Minerals Commission suspended the licence of the explosives company pending an inquiry. About 500 homes were destroyed or damaged, according to NADMO.",
        "accident",
    ),
    (
        "Freetown fuel tanker explosion kills at least 99",
        "At least 99 people were killed when a fuel tanker exploded after a collision with a lorry in Wellington, a densely populated suburb of Freetown, on Friday night, officials said. The tanker was hit at a busy junction and began leaking fuel, and people rushed to collect it in buckets and jerrycans before it caught fire, according to witnesses. The fire engulfed motorcycle taxis and shops near the junction. The National Disaster Management Agency said dozens of people were being treated for severe burns at Connaught Hospital and other facilities. Mayor Yvonne Aki-Sawyerr posted images of charred bodies on social media and appealed for blood donations. President Julius Maada Bio, who was in Scotland for the COP26 climate summit, said he was “deeply distraught”. The government announced three days of mourning.",
        "accident",
    ),
    (
        "Explosion at Conakry fuel depot kills 24",
        "An explosion and fire at Guinea's main fuel depot in Kaloum, the administrative centre of Conakry, killed at least 24 people and injured more than 450 early on Monday, the government said. The blast at the depot of the Société guinéenne des pétroles shattered windows across the peninsula and was heard several kilometres away, residents said. Thousands of people fled their homes as thick smoke covered the district, and firefighters from the army and private companies fought the blaze for hours. The presidency said the cause of the explosion was not yet known and announced an investigation. Schools and businesses in Kaloum were closed, and the government asked residents within a radius of several hundred metres to stay away. The damage to the depot, which supplies most of the country's fuel, led to long queues at filling stations and rationing in the following weeks.",
        "accident",
    ),
    (
        "Takoradi kidnapping: four convicted over murder of three girls",
        "A High Court in Sekondi on Friday convicted four people, including a Nigerian national, of the kidnapping and murder of three teenage girls in Takoradi, in a case that shocked Ghana. The girls, Priscilla Blessing Bentum, Ruth Abekah and Priscilla Koranchie, disappeared separately in 2018 and 2019, and their remains were found in a septic tank at a house in Kansaworado. The prosecution said the main accused had lured victims with promises of help before killing them. Justice Richmond Osei-Hwere sentenced him to death, while two accomplices received prison terms. Relatives of the victims welcomed the verdict but criticised the police for the slow handling of the case. The families said they had been told for months that the girls were alive. Ghana has not carried out an execution since 1993, and death sentences are usually commuted to life imprisonment.",
        "crime",
    ),
    (
        "Côte d'Ivoire seizes two tonnes of cocaine in Abidjan warehouse",
        "Ivorian police seized more than two tonnes of cocaine in a warehouse in the port area of Abidjan and arrested nine people, including foreign nationals, in one of the largest drug hauls in West Africa, the interior ministry said on Thursday. The drugs, worth an estimated 80 billion CFA francs, were hidden in crates of fruit that had arrived by sea from Latin America, investigators said. The operation followed months of surveillance carried out with the support of foreign partners. Interior minister Vagondo Diomandé said the seizure dealt a major blow to criminal networks using West Africa as a transit route to Europe. Police said the gang was also planning to ship part of the cargo to Mali and Burkina Faso. The UN Office on Drugs and Crime says the volume of cocaine seized along the West African coast has risen sharply in recent years. The suspects appeared before an investigating judge on Friday.",
        "crime",
    ),
    (
        "Sierra Leone declares emergency over kush drug epidemic",
        "Sierra Leone's President Julius Maada Bio declared a national emergency on Thursday over the spread of kush, a cheap synthetic drug that has devastated young people in Freetown and other towns. Kush, a mixture of cannabis and other substances whose composition varies, is blamed for dozens of deaths and has swamped the psychiatric hospital in Kissy. Bio announced the creation of a task force and rehabilitation centres in every district, and called on communities to “wage war on drugs” without stigmatising users. Police have stepped up raids on dealers and arrested dozens of suspects in the past month. Doctors said admissions for drug-related problems at the psychiatric hospital had quadrupled in four years. Many users spend their days in the streets, and families say they can no longer help them. Civil society groups welcomed the emergency but warned against mass arrests of users.",
        "crime",
    ),
    (
        "Police kill four suspected robbers in shootout on Tamale highway",
        "Police in Ghana's Northern region said on Monday they had shot dead four suspected armed robbers in an exchange of fire on the Tamale-Bolgatanga highway. The suspects had set up a roadblock on Sunday night and were robbing passengers of a bus near Savelugu when a police patrol arrived, the regional police command said in a statement. The men opened fire on the officers, who returned fire, killing four of them, it said. A police officer was wounded and is being treated at Tamale Teaching Hospital. Two AK-47 rifles, a pump-action gun and ammunition were recovered. Drivers' unions have complained for months about robberies on highways in the north, especially at night. The regional police commander said patrols would be increased and urged passengers to report suspicious movements. Police said they were searching for two more gang members who fled into the bush.",
        "crime",
    ),
    (
        "Benin: armed robbers attack exchange bureau in Cotonou's Dantokpa market",
        "Armed robbers attacked a currency exchange bureau near Dantokpa market in Cotonou on Tuesday afternoon, wounding two people and escaping with several million CFA francs, police said. The three men, who arrived on motorcycles, fired shots into the air before entering the premises and forcing employees to hand over cash, witnesses said. A security guard and a passer-by were wounded by gunfire and taken to the CNHU hospital. Police said they had identified one of the suspects from surveillance footage and that an investigation was under way. The attack sowed panic in the market, Benin's largest, where traders closed their stalls for the rest of the day. The Republican Police has stepped up patrols in Cotonou after a series of armed robberies this year. Traders' associations called for more cameras and lighting in the area.",
        "crime",
    ),
    (
        "Liberia jails former drug agency officials over missing cocaine",
        "A court in Monrovia on Monday sentenced three former officials of the Liberia Drug Enforcement Agency to prison terms for their role in the disappearance of cocaine seized from a container in the Freeport of Monrovia. The cocaine, worth more than $100 million, had been seized in 2022 in what the government called its biggest victory in the war on drugs. Prosecutors told Criminal Court C that part of the haul had been replaced with other substances while in the agency's custody. The judge found the defendants guilty of economic sabotage and criminal conspiracy. Four other defendants, including businessmen, were acquitted for lack of evidence. The defence said it would appeal. The case has embarrassed Liberian authorities, who are under pressure from the United States to tackle corruption in the security services. The current LDEA director said the agency had strengthened its evidence storage procedures.",
        "crime",
    ),
    (
        "Sierra Leone declared Ebola-free after 42 days without new cases",
        "Sierra Leone was declared free of Ebola transmission on Saturday, after 42 days without new cases, in a ceremony in Freetown marked by dancing and tears. The World Health Organization said the outbreak, which began in Guinea in 2014, had killed nearly 4,000 people in Sierra Leone out of more than 14,000 infected. President Ernest Bai Koroma thanked health workers, hundreds of whom were infected while caring for patients. “We have won the battle against this terrible disease,” he said. The WHO representative warned that the country must remain on alert, as neighbouring Guinea was still reporting cases. The epidemic closed schools for months, shut borders and halted mining investment, causing the economy to shrink. Survivors, many of whom suffer from long-term health problems, called for support. Liberia was declared Ebola-free in May.",
        "health",
    ),
    (
        "Guinea confirms Ebola outbreak in Gouécké, first since 2016",
        "Guinea declared an Ebola epidemic on Sunday after seven people fell ill and three died in the rural commune of Gouécké, near Nzérékoré in the forest region, the health ministry said. The patients showed symptoms of diarrhoea, vomiting and bleeding after attending the funeral of a nurse, and tests carried out in a laboratory in Guéckédou confirmed the virus. Health minister Rémy Lamah said teams were tracing contacts and that an isolation centre had been set up. The World Health Organization said it was sending experts and vaccines, drawing on the stocks built up after the 2014-2016 epidemic, which killed more than 11,000 people in Guinea, Liberia and Sierra Leone. Neighbouring countries stepped up screening at border crossings. The government asked people to avoid touching the bodies of the dead and to report any suspected case.",
        "health",
    ),
    (
        "Lassa fever cases rise in Liberia's Bong and Nimba counties",
        "Liberia's National Public Health Institute said on Wednesday that it had recorded 36 confirmed cases of Lassa fever since the start of the year, including nine deaths, most of them in Bong and Nimba counties. The disease, an acute viral fever spread by rats, is endemic in the region, but health officials said the number of cases was higher than usual for this time of year. Health workers were among those infected at a hospital in Gbarnga, where the disease was not identified in time. The institute urged people to store food in closed containers and to keep rodents out of their homes. Infection prevention teams have been deployed to health facilities in the affected counties. The World Health Organization said it was supporting the response with test kits and training. Neighbouring Guinea and Sierra Leone have also reported cases this year.",
        "health",
    ),
]

"""dev96 negatives, part a: floods, drought, quake, accidents and disease (eval/README.md, 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Shabelle floods force Beledweyne residents to higher ground",
        "Tens of thousands of residents of Beledweyne, the capital of Somalia's Hiiraan region, "
        "have left their homes after the Shabelle river burst its banks following heavy Gu rains "
        "in the Ethiopian highlands, local officials said on Sunday. Water covered most "
        "neighbourhoods of the town within two days, submerging the main market, schools and the "
        "district hospital, and people moved with their belongings to hills on the outskirts. The "
        "Somali Disaster Management Agency (SoDMA) said about 245,000 people had been displaced in "
        "Hiiraan, and that at least 22 people had died across the country, most of them children "
        "who drowned. Boats supplied by the federal government and African Union troops were "
        "ferrying stranded families to dry ground, and Hirshabelle state officials appealed for "
        "tents, food and clean water. Farmers along the river said they had lost their crops "
        "weeks before the harvest. Beledweyne has flooded repeatedly in recent years, and "
        "residents blame the collapse of river embankments and the lack of any warning system. "
        "Prime Minister Hamza Abdi Barre, who visited the town on Saturday, promised to build a "
        "permanent dyke.",
        "disaster",
    ),
    (
        "Alau Dam collapse: Maiduguri residents count losses as floodwaters recede",
        "Residents of Maiduguri began returning to flooded neighbourhoods on Sunday to assess the "
        "damage, a week after the collapse of the Alau Dam sent water through large parts of the "
        "Borno State capital. The state government said at least 37 people died and more than "
        "400,000 were displaced, while humanitarian agencies put the number of people affected "
        "at close to one million. Schools and public buildings across the city were turned into "
        "camps, where families slept on classroom floors and queued for cooked food distributed "
        "by the state and by volunteers. Many of those affected had already lived through years of "
        "the Boko Haram insurgency, which drove hundreds of thousands of people from rural Borno "
        "into the city, and some said it was the second time they had lost everything. Soldiers "
        "of the Nigerian Army used trucks and boats to move stranded residents, and the "
        "Sanda Kyarimi Park zoo said most of its animals had drowned. Governor Babagana Zulum "
        "said an investigation would establish why the dam, which had not been maintained for "
        "years, gave way after heavy rains. Health officials warned of cholera as sewage mixed "
        "with floodwater in low-lying areas.",
        "disaster",
    ),
    (
        "Borena pastoralists lose herds as fifth failed rainy season deepens drought",
        "Pastoralists in Borena zone of the Oromia region say they have lost most of their cattle "
        "after a fifth consecutive rainy season failed, leaving grazing land bare and water "
        "points dry. Zone officials told Addis Standard that more than 3.3 million livestock had "
        "died across the zone since late 2020, and that about 800,000 people needed food "
        "assistance. In Dubluk, carcasses of cattle lay along the road to Moyale, and families who "
        "had moved to the edges of towns said they now depended on relief rations and on water "
        "delivered by truck. 'I had 70 cows. Now I have four,' said a herder in his sixties "
        "outside a feeding centre in Yabelo. Health workers reported rising rates of acute "
        "malnutrition among children under five, and some schools had closed as families moved "
        "in search of water. The federal disaster risk management commission said it was "
        "scaling up distributions of wheat and supplementary food, but aid agencies warned that "
        "funding covered only part of the needs. Elders said they had never seen a drought so "
        "long in the Borena rangelands.",
        "disaster",
    ),
    (
        "In Mandalay, survivors sleep in streets as aftershocks rattle quake-hit city",
        "Thousands of Mandalay residents spent a third night sleeping on roads, in football "
        "grounds and in monastery compounds on Sunday, too afraid to go back indoors as "
        "aftershocks shook the city after Friday's 7.7-magnitude earthquake. The military "
        "government said the death toll had risen above 1,700, with more than 3,400 injured, and "
        "warned that the figures would rise as rescuers reached collapsed buildings. At the Sky "
        "Villa condominium, where several residential blocks pancaked, volunteers and teams from "
        "China and Russia worked through the night with heavy machinery. Hospitals treated "
        "patients in car parks because of cracks in their walls, and temperatures approaching "
        "40C added to the misery of those without shelter. The regime, which seized power in a "
        "2021 coup and rarely asks for outside help, made an unusual appeal for international "
        "assistance. The National Unity Government and several armed groups announced temporary "
        "pauses in their operations to allow relief to reach affected areas. 'We do not know "
        "where to go,' said a schoolteacher sitting with her family under a tarpaulin near the "
        "palace moat.",
        "disaster",
    ),
    (
        "Derna buries its dead as Libya's rival authorities struggle to coordinate flood relief",
        "Volunteers in Derna buried hundreds of flood victims in mass graves on Wednesday, as "
        "bodies continued to wash up on the shore of the eastern Libyan city three days after "
        "two dams burst under the force of Storm Daniel. Officials of the eastern-based "
        "administration gave death tolls ranging from 3,000 to more than 5,000, with at least "
        "10,000 people missing, and the International Organization for Migration said more than "
        "30,000 people had been displaced. Entire neighbourhoods along the Wadi Derna were swept "
        "into the sea. Aid from the Tripoli-based Government of National Unity, Turkey, Egypt and "
        "the United Arab Emirates began to arrive, but relief workers said the division of the "
        "country between rival governments was slowing coordination. Units of Khalifa Haftar's "
        "Libyan National Army, which controls the east, sealed off parts of the city to "
        "search for bodies. Engineers had warned for years that the dams, built in the 1970s, "
        "needed urgent maintenance, but work stalled after 2011 as Libya slid into conflict. "
        "Residents said they had been told to stay at home on the night of the storm.",
        "disaster",
    ),
    (
        "Kwara boat mishap: Over 100 wedding guests feared dead on River Niger",
        "More than 100 people are feared dead after a boat carrying wedding guests capsized on the "
        "River Niger in Pategi Local Government Area of Kwara State in the early hours of Monday, "
        "the police and local officials said. The boat, which had more than 250 passengers on "
        "board, was returning from a wedding ceremony in Egbu, Niger State, when it hit a "
        "submerged tree trunk and broke into two, a survivor told PREMIUM TIMES. Most of the "
        "passengers were women and children, and many of them were asleep. Local divers and "
        "fishermen rescued about 144 people, and the search for bodies continued on Tuesday. The "
        "Emir of Pategi, who visited the riverbank, said the boat had been overloaded and that "
        "many passengers wore no life jackets. Boat accidents are common on the Niger and its "
        "tributaries during the rainy season, and more villagers have taken to the river in "
        "recent years because the roads are poor and travellers fear kidnappers on some "
        "routes. The state government declared three days of mourning and promised to enforce "
        "a ban on night travel by boat.",
        "accident",
    ),
    (
        "At least 94 dead as overcrowded boat sinks off Ilha de Mocambique",
        "At least 94 people died when an overcrowded fishing boat converted to carry passengers "
        "sank off the coast of Nampula province on Sunday evening, the provincial authorities "
        "said. The boat, carrying about 130 people, was travelling from Lunga in Mossuril district "
        "to Ilha de Mocambique when it ran into rough seas, the Secretary of State for Nampula "
        "told reporters. Rescuers found five survivors, and the search for others was continuing "
        "on Monday. Many of the passengers were fleeing the mainland because of false rumours "
        "that a cholera outbreak was spreading there, officials said, and several children were "
        "among the dead. The boat had no licence to carry passengers and was far beyond its "
        "capacity, according to the maritime administration. Nampula has recorded hundreds of "
        "cholera cases this year, and officials have struggled to counter rumours that health "
        "workers are spreading the disease, the provincial government said. "
        "President Filipe Nyusi expressed his condolences and ordered an inquiry.",
        "accident",
    ),
    (
        "Dozens killed in collapse at artisanal gold mine in western Mali",
        "At least 48 people, most of them women, were killed when an artisanal gold mine "
        "collapsed near Bilalikoto, in the Kenieba district of Mali's western Kayes region, on "
        "Saturday, local officials and a miners' association said. The site had been operated by "
        "a Chinese company before it was abandoned, and hundreds of informal miners had moved in "
        "to dig through the old pits, the association said. The wall of a flooded pit gave way "
        "while many of the women were washing ore at its edge. Rescuers and other miners dug with "
        "shovels and their hands to recover bodies, and the injured were taken to the health "
        "centre in Kenieba. The accident was the second deadly collapse in the region in a "
        "month. Mali is one of Africa's biggest gold producers, and the military government has "
        "been pushing for a larger share of the revenue from industrial mines while promising to "
        "regulate the informal sector. The ministry of mines said it would suspend activity at "
        "unregistered sites in the area.",
        "accident",
    ),
    (
        "31 dead as fire engulfs ferry off Basilan; some victims were children",
        "At least 31 people, including three children and a baby, died when fire broke out on a "
        "passenger ferry sailing from Zamboanga City to Jolo, Sulu, late on Wednesday, the "
        "Philippine Coast Guard said. The fire started in the air-conditioned cabin of the MV "
        "Lady Mary Joy 3 while most passengers were asleep, and many jumped into the sea off "
        "Baluk-Baluk Island in Basilan. The Coast Guard, navy, fishermen and a passing ship "
        "rescued 195 passengers and 35 crew members. Basilan's governor said some of the victims "
        "were found in the burned cabin, and others were pulled from the water. Survivors told "
        "the Inquirer that several passengers were not listed on the manifest, and the Coast "
        "Guard said it would check whether the vessel had been overloaded. The Maritime Industry "
        "Authority suspended the operator's other vessels pending an investigation. Inter-island "
        "ferries remain the main means of travel between Zamboanga and the island provinces of "
        "Basilan, Sulu and Tawi-Tawi.",
        "accident",
    ),
    (
        "Lake Kivu boat disaster: dozens dead as overloaded vessel capsizes near Goma",
        "At least 78 people drowned when an overloaded boat capsized on Lake Kivu a few hundred "
        "metres from the port of Kituku in Goma on Thursday morning, the governor of South Kivu "
        "said. The vessel had left Minova with about 280 passengers and cargo, far more than it "
        "was licensed to carry, according to survivors and port officials. Videos shared on "
        "social media showed the boat listing and rolling over as people on the shore screamed. "
        "Rescuers pulled about 10 survivors from the water. Traffic on the lake has grown sharply "
        "since the road between Minova and Goma was cut by the M23 rebellion, and traders and "
        "families now depend on boats to reach the city. The government announced an "
        "investigation and said boat owners who ignored passenger limits would be prosecuted. "
        "Relatives gathered at the port on Friday to identify the bodies as they were brought "
        "ashore.",
        "accident",
    ),
    (
        "Cholera cases climb in Zambezia after Cyclone Freddy floods Quelimane",
        "Health authorities in Zambezia province have recorded more than 1,800 cholera cases in "
        "the three weeks since Cyclone Freddy flooded Quelimane and surrounding districts, the "
        "provincial health director told Club of Mozambique. Most of the cases were in "
        "neighbourhoods where latrines overflowed and families drew water from shallow wells "
        "contaminated by floodwater. Treatment centres were set up in tents next to the central "
        "hospital and in Namacurra and Nicoadala, where nurses said they were seeing dozens of "
        "new patients a day. Mozambique received about 1.5 million doses of oral cholera vaccine, "
        "and a vaccination campaign targeting residents of the worst-hit areas began on Monday. "
        "The health ministry said the outbreak had been contained in Niassa and Tete provinces "
        "but warned that the rainy season was not over. Aid agencies distributed water "
        "purification tablets and hygiene kits in accommodation centres set up for families "
        "whose homes were destroyed by the cyclone.",
        "health",
    ),
    (
        "Polio drive begins in Khyber Pakhtunkhwa's southern districts amid low trust",
        "A five-day polio vaccination campaign began on Monday in Khyber Pakhtunkhwa, with health "
        "officials aiming to reach more than 6.5 million children under the age of five, "
        "including in the southern districts of Bannu, Lakki Marwat and Dera Ismail Khan, where "
        "most of the province's cases have been reported this year. The provincial Emergency "
        "Operations Centre said about 30,000 teams had been deployed, accompanied by police in "
        "areas considered sensitive. Officials said refusals by parents remained a major obstacle, "
        "fuelled by rumours that the vaccine causes infertility and by distrust of the "
        "government. Militants have attacked vaccination teams in the province in past years, and "
        "some teams still work only in the morning. 'We go to every door three times,' said a "
        "female vaccinator in Bannu. Pakistan and Afghanistan are the only countries where wild "
        "poliovirus is still endemic. Dawn has learnt that environmental samples from Peshawar "
        "and Bannu tested positive for the virus last month.",
        "health",
    ),
    (
        "Chad rolls out malaria vaccine for children in 23 districts",
        "Chad began vaccinating children against malaria on Tuesday, becoming one of the first "
        "countries in the Sahel to introduce the R21 vaccine into its routine immunisation "
        "programme, the health ministry said. The first doses were given at a health centre in "
        "N'Djamena's Chagoua district in a ceremony attended by the minister of public health and "
        "representatives of Gavi and UNICEF. The vaccine will be offered in four doses to children "
        "aged five months to two years in 23 health districts with the highest malaria burden, "
        "the ministry said. Malaria is the leading cause of death among children under five in "
        "Chad, and health workers say cases peak during the rainy season from July to October. "
        "Mothers queued with their babies from early morning, some of them having walked for "
        "hours. The government said it hoped to extend the vaccine to the whole country within "
        "three years, depending on supplies.",
        "health",
    ),
]

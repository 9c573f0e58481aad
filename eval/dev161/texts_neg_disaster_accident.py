"""dev161 hard negatives: heat, floods, a cyclone, locusts, drought and smoke
(hard_negative_disaster); a lab explosion, a mine spill and a derailment
(hard_negative_accident)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Karachi hospitals flooded with heatstroke patients as temperatures top 42C",
        "Hospitals in Karachi said they had admitted hundreds of patients with heatstroke "
        "over the weekend as a heatwave gripped southern Pakistan, and a welfare "
        "organisation said its morgues had received more than 500 bodies in four days. The "
        "Edhi Foundation said many of the dead were homeless people, labourers and drug "
        "users found on the streets, though it could not say how many had died because of "
        "the heat. Temperatures reached 42C, with high humidity making it feel much hotter, "
        "the Pakistan Meteorological Department said. Long power cuts, known as "
        'load-shedding, left many residents without fans or running water for hours. "Most '
        'of the patients are elderly or people who work outside in the sun," said the head '
        "of the emergency department at a government hospital. The provincial government set "
        "up heatstroke centres and asked employers to give workers breaks. Scientists say "
        "heatwaves in South Asia are becoming hotter and more frequent because of climate "
        "change. In 2015, a heatwave killed about 1,200 people in Karachi.",
        "disaster",
    ),
    (
        "Floods force evacuation of hospitals in southern Brazil as death toll passes 100",
        "Floods in the southern Brazilian state of Rio Grande do Sul have killed at least "
        "107 people and forced more than 160,000 from their homes, the state civil defence "
        "agency said on Wednesday, as rising waters cut off hospitals and water treatment "
        "plants in the state capital, Porto Alegre. Patients at two hospitals in the city "
        "were moved by boat and helicopter to other facilities after ground floors were "
        "flooded and generators failed. The army, navy and air force deployed thousands of "
        "troops with boats and aircraft to rescue people stranded on rooftops. Much of Porto "
        "Alegre was without running water, and health officials warned of an increase in "
        "leptospirosis, a bacterial disease spread by water contaminated with rat urine. "
        "Scientists linked the extreme rainfall to a combination of El Niño and global "
        'warming, which makes heavier downpours more likely. "It is a war scenario," the '
        "state governor told reporters, standing in front of a flooded avenue. Farmers said "
        "the floods had destroyed part of the soybean harvest and drowned livestock. More "
        "than 400 of the state's 497 municipalities were affected, and rescuers in small "
        "boats were still searching flooded neighbourhoods in Canoas and Eldorado do Sul. "
        "Hospitals that remained open in Porto Alegre set up field wards in their car parks "
        "to take patients transferred from the flooded ones. President Luiz Inácio Lula da "
        "Silva visited the region for the second time in a week and promised federal money "
        "for reconstruction.",
        "disaster",
    ),
    (
        "Cyclone Chido tears through northern Mozambique, hitting camps already crowded with "
        "displaced people",
        "Cyclone Chido made landfall in Mozambique's Cabo Delgado province on Sunday with "
        "winds of up to 260 km/h, killing at least 34 people and destroying or damaging tens "
        "of thousands of homes, according to the national disaster management institute. The "
        "storm hit the coastal district of Mecúfi first before moving inland into Nampula "
        "and Niassa provinces, flattening schools, health centres and fields of cassava and "
        "maize weeks before the harvest. In Cabo Delgado, many of those affected were "
        "already living in resettlement sites and with host communities after fleeing an "
        'Islamist insurgency that began in 2017, aid agencies said. "People who lost '
        'everything once have now lost their shelters again," said a coordinator for a '
        "Mozambican aid group in Pemba. The storm had earlier devastated the French "
        "territory of Mayotte. The World Food Programme said it was distributing emergency "
        "rations, but that roads were blocked by fallen trees and power lines. Humanitarian "
        "funding for Mozambique this year covered less than half of what was needed, "
        "according to UN figures. The disaster agency said more than 90,000 children had "
        "been affected and that at least 250 schools had lost roofs or classrooms. "
        "Meteorologists said Chido was unusually strong for a storm tracking so far north, "
        "and climate scientists noted that warmer seas in the Indian Ocean give cyclones "
        "more energy. Mozambique is still recovering from Cyclone Freddy, which struck twice "
        "in 2023.",
        "disaster",
    ),
    (
        "Locust invasion sweeps across East Africa, threatening crops and pasture",
        "Swarms of desert locusts, some covering an area the size of a city, have invaded "
        "Kenya, Ethiopia and Somalia in the worst outbreak the region has seen in decades, "
        "the UN Food and Agriculture Organization said on Friday. In Kenya, where the last "
        "comparable infestation was in the 1950s, one swarm in the northeast was estimated "
        "to contain up to 200 billion insects, and the pests have now been spotted in Uganda "
        "and Tanzania. A swarm covering a single square kilometre can eat as much food in a "
        "day as 35,000 people. The FAO appealed for $76 million to pay for aerial spraying, "
        "warning that the swarms could grow 500 times by June if the rains help a new "
        "generation to breed. Kenya's government has deployed the National Youth Service and "
        "some military aircraft to help with spraying, but officials admit that there are "
        'too few planes and too little pesticide. "They came like a dark cloud, and in an '
        'hour the sorghum was gone," said a farmer in Samburu county. Scientists say '
        "unusually heavy rains, linked to a strong Indian Ocean Dipole and cyclones off the "
        "Arabian Peninsula, created ideal breeding conditions.",
        "disaster",
    ),
    (
        "Drought declared a national disaster in Zimbabwe as maize harvest fails",
        "Zimbabwe declared a state of disaster on Wednesday after a drought linked to the El "
        "Niño weather pattern destroyed much of the country's maize crop, leaving an "
        "estimated 2.7 million people in need of food assistance. President Emmerson "
        "Mnangagwa said the country needed $2 billion to respond, and appealed to donors and "
        "the private sector for help. Neighbouring Zambia and Malawi declared similar "
        "emergencies earlier this year. February was the driest in decades across much of "
        "southern Africa, and crops wilted at the stage when maize plants most need water, "
        "according to the Southern African Development Community. Scientists at the World "
        "Weather Attribution group found that El Niño, rather than climate change, was the "
        "main driver of the low rainfall, but said rising temperatures had made the "
        'drought\'s effects on crops worse. "We planted three times and harvested nothing," '
        "said a farmer in Masvingo province. Water levels at the Kariba dam, which supplies "
        "electricity to both Zambia and Zimbabwe, have fallen so low that power cuts now "
        "last up to 12 hours a day.",
        "disaster",
    ),
    (
        "Canadian wildfire smoke sends New Yorkers to emergency rooms with breathing problems",
        "Emergency departments in New York City saw a sharp rise in visits for asthma and "
        "other breathing problems on Wednesday as smoke from hundreds of wildfires in Quebec "
        "and Ontario turned the sky orange and pushed the air quality index to levels never "
        "before recorded in the city. The health department urged older people, children and "
        "people with heart and lung conditions to stay indoors, and the mayor recommended "
        "that everyone wear a high-quality mask outdoors. Fine particles known as PM2.5, "
        "which can penetrate deep into the lungs and enter the bloodstream, reached more "
        "than 10 times the level the World Health Organization considers safe. Schools "
        'cancelled outdoor activities and baseball games were postponed. "We have never '
        'seen anything like this on the East Coast," said an environmental health '
        "researcher at Columbia University. More than 400 fires were burning across Canada, "
        "about half of them out of control, and the country was on course for its worst fire "
        "season on record. Studies have linked wildfire smoke to increased hospital "
        "admissions and deaths, particularly among older adults.",
        "disaster",
    ),
    (
        "Five students injured in explosion at university chemistry laboratory in Hyderabad",
        "Five postgraduate students were injured, two of them seriously, when a reactor "
        "vessel exploded in a chemistry laboratory at a university in Hyderabad on Tuesday "
        "afternoon, police said. The students were carrying out a high-pressure "
        "hydrogenation reaction when the vessel burst, shattering windows and starting a "
        "small fire that staff put out with extinguishers, according to the university's "
        "registrar. The two seriously injured students suffered burns and cuts to the face "
        "and were taken to a private hospital, where doctors said they were stable. Fire "
        "department officials said they were investigating whether the equipment had been "
        "properly maintained. Students said the laboratory had been overcrowded since the "
        "department expanded its doctoral programme, and that safety training was limited to "
        "a single session at the start of the year. The university has suspended all "
        "high-pressure experiments pending a safety audit. Academic safety experts say "
        "laboratory accidents in Indian institutions are rarely reported publicly, making it "
        "hard to learn from them.",
        "accident",
    ),
    (
        "Acid spill from Zambian copper mine kills fish along the Kafue river",
        "A dam holding acidic waste at a Chinese-owned copper processing plant in northern "
        "Zambia burst last month, sending millions of litres of toxic effluent into a stream "
        "that feeds the Kafue river and killing fish for dozens of kilometres downstream, "
        "according to environmental officials and residents. The Zambia Environmental "
        "Management Agency said the tailings dam at the plant near Kitwe had collapsed, and "
        "that the spill contained concentrated acid, dissolved solids and heavy metals such "
        "as copper, zinc and arsenic. Farmers along the river said crops on the banks had "
        "withered and that they had stopped watering livestock from the river. The city of "
        "Kitwe briefly shut off its water supply to hundreds of thousands of residents while "
        "tests were carried out. The government deployed the air force to drop lime into the "
        'water to neutralise the acid. "The river is our life here: we fish from it, we '
        'drink from it, we farm with it," said a fisherman from Chambishi. The company has '
        "apologised and said it would pay for the clean-up. The Kafue supplies water to more "
        "than half of Zambia's population.",
        "accident",
    ),
    (
        "Residents report headaches and rashes weeks after toxic train derailment in Ohio",
        "Weeks after a freight train carrying vinyl chloride and other hazardous chemicals "
        "derailed and burned in East Palestine, Ohio, residents are still reporting "
        "headaches, rashes and burning eyes, and many say they do not trust official "
        "assurances that the air and water are safe. About 2,000 people were evacuated after "
        "the derailment, and crews carried out a controlled release and burn of five tank "
        "cars of vinyl chloride to prevent an explosion, sending a tall black plume over the "
        "town. The Environmental Protection Agency said monitoring had not detected "
        "dangerous levels of contaminants in the air or in the municipal water supply. But "
        "environmental health scientists said testing for dioxins, which can form when vinyl "
        "chloride burns, began only weeks later. Thousands of fish died in local streams "
        'after the accident, state wildlife officials said. "People want long-term health '
        'monitoring, not just a week of air samples," said an epidemiologist at a '
        "university in Pittsburgh. The federal health department has sent a team to survey "
        "residents' symptoms. The rail operator has said it will pay for the clean-up and "
        "has set up a fund for residents.",
        "accident",
    ),
]

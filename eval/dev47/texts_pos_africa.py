"""dev47 positives: Africa, from the Niger Delta and the Sahel to Sudan, Congo, Mozambique and
Libya (business, markets, energy and mining desk). POSITIVES = [(title, text, tag codes, kind),
...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Shell declares force majeure on Bonny Light after militants bomb Trans Niger line",
        "Shell's Nigerian unit declared force majeure on Bonny Light crude exports on Thursday after an explosion on the Trans Niger Pipeline in Rivers State, which the Niger Delta Avengers claimed in a post online. The line carries about 180,000 barrels a day. The militant group said it would keep attacking oil installations until the region receives a larger share of oil revenue.",
        "E",
        "pipeline_bombing",
    ),
    (
        "Militants kill two navy guards, abduct four foreign workers from supply barge",
        "Gunmen in speedboats attacked a supply barge near Bonny Island on Monday, killing two navy guards and abducting four foreign workers, the military's Joint Task Force said. A militant group that says it fights for the Ijaw people claimed the attack and posted photos of the hostages. Oil service firms pulled staff from two swamp rigs nearby.",
        "B V",
        "kidnapping",
    ),
    (
        "TotalEnergies pulls staff from Afungi as insurgents overrun Palma",
        "Islamic State-linked insurgents attacked the town of Palma, next to TotalEnergies' $20 billion LNG project in Cabo Delgado, killing dozens of residents and contract workers over three days, Mozambique's defence ministry said. TotalEnergies evacuated its remaining staff from the Afungi site and declared force majeure. Thousands of people fled by boat to Pemba. Analysts said the project could be delayed by years.",
        "B V T D",
        "attack_on_town",
    ),
    (
        "Ambush on Boungou mine convoy kills 37; operator suspends output",
        "Gunmen ambushed a convoy taking workers to the Boungou gold mine in eastern Burkina Faso on Wednesday, killing 37 people and wounding 60, the regional governor said. The convoy had an army escort, and a soldier was among the dead. The Canadian operator suspended operations and its shares fell 12% in Toronto.",
        "B V",
        "ambush",
    ),
    (
        "JNIM gunmen abduct three Chinese workers at Kayes gold site",
        "Gunmen from the al-Qaeda-linked JNIM abducted three Chinese nationals from a gold mining site in Mali's Kayes region on Tuesday, local officials said, the latest in a string of kidnappings of foreign workers there. China's embassy urged its citizens to leave the mining zone.",
        "V T",
        "abduction",
    ),
    (
        "RSF drones knock out Merowe dam substation, blacking out northern Sudan",
        "Drones launched by the paramilitary Rapid Support Forces struck the transformer station at the Merowe dam in northern Sudan on Monday, causing blackouts across several states including Port Sudan, the national electricity company said. It was the third attack on the plant this year. Water pumping stations in Omdurman stopped working.",
        "E",
        "drone_strike",
    ),
    (
        "Heglig processing halted as army and RSF fight around oil field",
        "Clashes between the Sudanese army and the RSF around the Heglig oil field in West Kordofan forced the shutdown of its central processing facility on Sunday, an oil ministry official said, halting crude that feeds the pipeline to Port Sudan. Workers were flown out to Juba. Sudan's crude output has halved since the war began.",
        "B D",
        "clashes",
    ),
    (
        "M23 rebels seize Rubaya, source of a sixth of world's coltan",
        "M23 rebels took control of Rubaya in eastern Congo's North Kivu province after fighting with pro-government militias, residents said, seizing mines that produce about 15% of the world's tantalum. A UN expert panel estimates the group earns $800,000 a month from a tax on coltan. Thousands of miners and their families fled towards Goma.",
        "B D",
        "territory_taken",
    ),
    (
        "CODECO militia kills 12 artisanal miners near Mongbwalu",
        "Fighters of the CODECO militia shot or hacked to death at least 12 artisanal miners as they slept in their camp at a gold site near Mongbwalu in Congo's Ituri province on Saturday, local civil society leaders said.",
        "V",
        "attack_on_mine",
    ),
    (
        "Al-Shabaab mortars land inside Mogadishu airport perimeter",
        "Mortar shells fired by al-Shabaab fighters landed inside the perimeter of Mogadishu's Aden Adde International Airport on Tuesday, wounding three airport staff, police said. Turkish Airlines and flydubai delayed departures by several hours.",
        "E T",
        "mortar_attack",
    ),
    (
        "Zawiya refinery shut after shells hit storage tank in militia fighting",
        "Heavy fighting between rival armed groups in Zawiya, west of Tripoli, forced Libya's National Oil Corporation to shut the country's largest working refinery on Monday after shells hit a storage tank, the NOC said. At least five people were killed in the clashes, the local ambulance service said. The refinery supplies much of western Libya's fuel.",
        "B E",
        "clashes",
    ),
    (
        "Separatists torch CDC palm oil mill, maim plantation workers",
        "Armed separatists set fire to a palm oil mill of the state-owned Cameroon Development Corporation near Kumba and cut off the fingers of two plantation workers accused of defying their order to stay home, the company said. CDC, once the country's second-largest employer, has closed most of its estates in the Anglophone regions.",
        "V",
        "attack_on_plantation",
    ),
    (
        "Tear gas in Kano as fuel price protesters burn petrol station",
        "Police fired tear gas at protesters who set fire to a petrol station and looted shops in Kano on Thursday, the first day of nationwide demonstrations against the cost of fuel and food, witnesses said. At least three people were killed in the northern city, Amnesty International said. The naira weakened 1% on the parallel market. Shops and banks in the city centre stayed closed on Friday.",
        "U",
        "riot",
    ),
    (
        "Kenyan bonds slide as police open fire on crowds storming parliament",
        "Police opened fire on protesters who stormed Kenya's parliament on Tuesday over proposed tax increases, killing at least five people, and part of the building was set ablaze. Kenya's dollar bonds fell as much as 2 cents. The Nairobi bourse's main index closed 1.5% lower.",
        "U",
        "riot",
    ),
    (
        "Lebombo border shut as Mozambican protesters burn trucks",
        "South Africa closed the Lebombo border post on Wednesday after Mozambican protesters set trucks on fire on the other side, stranding hundreds of cargo vehicles, the Border Management Authority said. Police in Mozambique fired tear gas and live rounds at demonstrators disputing the election results. Chrome and coal exporters said shipments through Maputo had been delayed.",
        "U",
        "riot",
    ),
    (
        "JNIM torches 40 fuel tankers as blockade of Bamako tightens",
        "Militants of the al-Qaeda-linked JNIM set fire to about 40 fuel tankers on the road between Kayes and Bamako over the weekend and abducted several drivers, Malian transport unions said, as the group tightened its blockade on fuel imports. Queues of several kilometres formed at Bamako's petrol stations. Schools in the capital were closed for two weeks.",
        "V T H",
        "blockade",
    ),
    (
        "Rebels blow up section of Niger-Benin crude export pipeline",
        "Gunmen blew up a section of the pipeline carrying Niger's crude to the port of Seme in Benin, in the Dosso region, the Nigerien army said, the second attack since exports started. A rebel group, the Patriotic Liberation Front, claimed it and demanded the release of former president Mohamed Bazoum.",
        "E",
        "pipeline_bombing",
    ),
    (
        "Armed gangs kill 20 at Zamfara gold site, abduct dozens",
        "Gunmen on motorcycles killed 20 miners and abducted dozens more at a gold mining site in Nigeria's Zamfara state, residents said, in the latest raid by the armed groups that control much of the state's countryside and have fought the army for years. The state government had suspended mining in the area in 2019, citing the violence.",
        "V",
        "village_raid",
    ),
    (
        "Nine Chinese nationals killed in attack on Chimbolo gold mine",
        "Gunmen killed nine Chinese nationals in an attack on a Chinese-run gold mine at Chimbolo in the Central African Republic on Sunday, the local mayor said, and the government blamed the CPC rebel coalition, which denied it.",
        "V",
        "attack_on_mine",
    ),
    (
        "Syrah suspends Balama graphite as insurgents burn nearby villages",
        "Syrah Resources suspended work at its Balama graphite mine in northern Mozambique after Islamist insurgents raided nearby villages and burned houses, and moved non-essential staff out of the area. Thousands of residents fled towards Montepuez, aid agencies said.",
        "V T D",
        "village_raid",
    ),
    (
        "WFP sorghum cargo lands at Port Sudan for famine areas",
        "A WFP-chartered vessel unloaded 25,000 tonnes of sorghum at Port Sudan on Friday for parts of Darfur and Kordofan where the UN says famine has taken hold after two years of war. Aid trucks need up to three weeks to reach El Fasher, and convoys have been looted and shelled on the way.",
        "H",
        "aid_shipment",
    ),
    (
        "Kidnappers from Ansaru cell seize Chinese quarry workers in Niger State",
        "Gunmen from an Ansaru jihadist cell attacked a granite quarry in Niger State on Tuesday, killing two police officers guarding it and abducting three Chinese workers, police said. The company halted work and moved its remaining staff to Abuja.",
        "B V T",
        "kidnapping",
    ),
]

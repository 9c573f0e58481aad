"""dev181 hard negatives (1 of 4): wildfires, droughts, floods, locusts, mine and dam disasters and
the diseases of farms and livestock, with troops, war words and nearby wars in some of them
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Chile's Valparaíso fires kill at least 112 as army enforces curfew",
        "Wildfires that raced down forested hills into the outskirts of Viña del Mar over "
        "the weekend have killed at least 112 people, Chilean officials said on Monday, and "
        "hundreds are still missing. Entire neighbourhoods of Villa Independencia and El "
        "Olivar were reduced to ash, with the charred shells of cars lining streets where "
        "residents had tried to escape. The president declared two days of national mourning "
        "and said the toll would rise as forensic teams searched burned houses. Soldiers "
        "were deployed to enforce a curfew in the worst-hit areas and to stop looting, and "
        "the army helped firefighters dig breaks on the ridges. Investigators are looking "
        "into whether some of the fires were started deliberately. Strong winds, "
        "temperatures above 40C and a long drought helped the flames spread through "
        'eucalyptus and pine plantations that border the city. "It looked like a war zone," '
        "said a volunteer firefighter in El Olivar. About 15,000 homes were damaged or "
        "destroyed, according to the interior ministry.",
        "disaster",
    ),
    (
        "In Marsabit, herders watch their cattle die as fifth failed rainy season bites",
        "The carcasses of cows and goats line the track from North Horr to Kalacha, where "
        "the last functioning borehole draws herders from as far as 80 kilometres away. "
        "Halake Boru, 56, had 120 cattle at the start of last year; he now has nine, and "
        "they are too weak to walk to the next well. In Kalacha, the borehole runs for six "
        'hours a day, and queues of donkeys, camels and jerrycans form before dawn. "I have '
        'never seen this, not even in 1984," said an elderly woman who had come with her '
        "grandchildren. Aid agencies say malnutrition among children under five in the "
        "county has reached emergency levels. At a feeding centre in North Horr, mothers "
        "wait with children whose arms are no thicker than a broomstick. The National "
        "Drought Management Authority says 4.3 million Kenyans in 23 arid and semi-arid "
        "counties need food aid after the fifth consecutive failed rainy season, the worst "
        "drought in four decades. Some 2.5 million livestock have died across the north, and "
        "the price of a goat at the Marsabit market has fallen by half as herders sell "
        "before the animals die. Women walk for hours to fetch water, and school enrolment "
        "has dropped as children are sent with the herds. County officials say tensions over "
        "the few remaining water points have risen, and police escort water bowsers in some "
        "areas. The government has launched a livestock off-take programme, buying weakened "
        "animals for slaughter, but herders say it pays too little. Meteorologists forecast "
        "that the short rains due in October will again be below normal.",
        "disaster",
    ),
    (
        "Record drought strands riverside communities as Rio Negro falls to lowest level in "
        "121 years",
        "The Rio Negro at the port of Manaus fell to 13.59 metres on Monday, its lowest "
        "level since records began in 1902, leaving dozens of riverside communities in "
        "Amazonas without access to drinking water, food or medical care, the state civil "
        "defence agency said. Across the state, 55 of 62 municipalities have declared an "
        "emergency. Boats that normally carry supplies along the Solimões and its "
        "tributaries can no longer pass sandbanks that have emerged in the channels, and "
        "residents of Lago do Puraquequara now walk several kilometres across cracked mud to "
        "reach the water. In Tefé, more than 150 river dolphins have died as the lake's "
        "water warmed above 39C. In Manaus, smoke from fires in the south of the state has "
        "covered the city for weeks. Health officials fear outbreaks of diarrhoea as people "
        "drink water from stagnant pools. The federal government said it would send drinking "
        "water, food baskets and fuel by air and small boats, and would dredge stretches of "
        "the Madeira river. Scientists attribute the drought to El Niño, aggravated by warm "
        "waters in the North Atlantic and by deforestation. Fishermen say fish are dying in "
        "the shrinking lakes, and that they have lost their income for the season.",
        "disaster",
    ),
    (
        "'Like a war zone': Mallacoota residents wait for navy evacuation as fires rage",
        "About 4,000 residents and holidaymakers who sheltered on the beach at Mallacoota as "
        "a bushfire swept through the town on New Year's Eve are waiting to be evacuated by "
        "navy ships, with the only road out cut by fire. HMAS Choules, a landing ship, "
        "anchored off the coast on Thursday and began ferrying people out in landing craft, "
        "the Australian Defence Force said. Residents described a blood-red sky, ember "
        'attacks that lit up gardens and a roar like a jet engine as the front passed. "It '
        "was like a war zone, we just didn't know if we'd make it,\" said a dairy farmer who "
        "spent the night in his boat. At least eight people have died in fires in New South "
        "Wales and Victoria this week, and hundreds of homes have been destroyed. "
        "Firefighters say the battle to contain the East Gippsland blazes will go on for "
        "weeks, with temperatures forecast to climb again on Saturday. The prime minister "
        "has been criticised for taking a holiday in Hawaii as the fires grew in December.",
        "disaster",
    ),
    (
        "Glacial lake flood washes away Hassanabad bridge on Karakoram Highway",
        "A flood from a glacial lake above Hassanabad in Pakistan's Hunza valley swept away "
        "a bridge on the Karakoram Highway on Saturday, cutting the main road link with "
        "China and destroying two small hydropower plants, officials in Gilgit-Baltistan "
        "said. The flood came from a lake formed behind the surging Shisper glacier, which "
        "has grown rapidly since 2018 and blocked the Mochowar stream. Residents had been "
        "warned by an early warning system installed under a UN-backed project and moved to "
        "higher ground, and no one was killed, the district administration said. Several "
        "houses, orchards and a water channel that irrigates terraced fields were washed "
        "away, and 22 families were shifted to a temporary camp. Pakistan has more than "
        "7,000 glaciers, and the government says more than 3,000 glacial lakes have formed "
        "in the north as temperatures rise. A heatwave in March and April pushed "
        "temperatures in the Hunza valley well above normal. Engineers of the Frontier Works "
        "Organisation said a temporary steel bridge could be installed within weeks.",
        "disaster",
    ),
    (
        "Locust swarms invade Kenya's farms in worst outbreak in 70 years",
        "Swarms of desert locusts the size of a small city have invaded northeastern Kenya, "
        "devouring pasture and crops in what the UN's Food and Agriculture Organization "
        "calls the worst outbreak in the country in 70 years. One swarm sighted near Garissa "
        "measured about 60 kilometres by 40, the FAO said, and could contain up to 200 "
        "billion insects, each eating its own weight in vegetation every day. Farmers in "
        "Isiolo banged pots and blew whistles in an attempt to drive the insects away from "
        'their sorghum fields. "They attacked everything, even the thorn trees," said one '
        "herder in Wajir. In some villages, children were sent home from school to help "
        "chase the insects. Herders said their goats refused to eat grass covered in locust "
        "droppings. The government has sent five aircraft to spray pesticides, but officials "
        "admit they are losing the battle as new swarms arrive from Ethiopia and Somalia, "
        "where insecurity has hampered control efforts. The FAO has appealed for $76 million "
        "to fight the infestation across East Africa, warning of a threat to food security "
        "for millions of people. Heavy rains brought by a cyclone in late 2019 created ideal "
        "breeding conditions in the deserts of the Arabian peninsula.",
        "disaster",
    ),
    (
        "Bolivia declares national emergency as fires burn through Chiquitano forest",
        "Bolivia's government declared a national disaster on Monday as fires that have "
        "burned more than 4 million hectares this year continued to spread through the "
        "Chiquitano dry forest in the eastern department of Santa Cruz. Thick smoke closed "
        "schools and airports in the city of Santa Cruz de la Sierra, and health officials "
        "reported a surge in respiratory illness among children. Indigenous communities in "
        "San Ignacio de Velasco and Concepción said their water sources had dried up and "
        "that fires had reached the edges of their villages. Firefighters, soldiers and "
        "volunteers have been sent to the worst-hit areas, and the government accepted help "
        "from Brazil, Chile and Venezuela. Environmental groups blame the scale of the fires "
        "on the chaqueo, the traditional burning to clear land for farming and cattle, and "
        "on laws passed since 2019 that allowed more clearing. Ranchers' associations say "
        "the fires were caused by drought and by illegal settlers who occupy private land. "
        "The forest, one of the largest remaining tropical dry forests in the world, has "
        "lost about a fifth of its cover in two decades, according to a study by a local "
        "conservation group.",
        "disaster",
    ),
    (
        "Landslide at Myanmar jade mine buries scores of miners in Hpakant",
        "At least 162 people were killed when a landslide of mining waste buried workers at "
        "a jade mine in Hpakant in Myanmar's northern Kachin state on Thursday, the fire "
        "services department said. The victims were mostly freelance miners who scavenge for "
        "jade in the mountains of tailings dumped by large mining companies, and were swept "
        "into a lake when a heap of earth collapsed after heavy rain. A video posted on "
        "Facebook showed a wall of mud and rock sliding down a slope as people ran. Rescuers "
        "recovered bodies from the muddy water through the day, and about 54 injured were "
        "taken to hospital. The government had warned people not to work at the sites during "
        "the monsoon. Local activists said the companies had dumped waste on unstable slopes "
        "without any controls. Rescue workers said many of the missing were migrants from "
        "other parts of the country who were not registered anywhere. Hpakant's jade trade, "
        "worth billions of dollars a year, is largely controlled by companies linked to the "
        "military and to armed groups, and fighting between the army and the Kachin "
        "Independence Army in the wider region has made regulation difficult. Hundreds of "
        "miners have died in accidents in recent years.",
        "accident",
    ),
    (
        "Dam collapse at Vale iron ore mine buries Brumadinho in mud, hundreds missing",
        "A dam holding back mining waste at an iron ore mine owned by Vale collapsed on "
        "Friday near the town of Brumadinho in Brazil's Minas Gerais state, unleashing a "
        "torrent of reddish-brown mud that buried the company's cafeteria and offices and "
        "swept through farms and homes downstream. At least 34 people have been confirmed "
        "dead and about 300 are missing, state officials said on Saturday. Helicopters "
        "plucked survivors covered in mud from rooftops and fields. Firefighters said the "
        "chances of finding more people alive were slim. The mud reached the Paraopeba "
        "river, which supplies water to farms and towns, and officials warned residents not "
        "to use it. The collapse came just over three years after another dam disaster at "
        "Mariana, in the same state, killed 19 people and polluted hundreds of kilometres of "
        "the Rio Doce. Vale's chief executive said the company would do everything to help "
        "the victims, and a court froze 1 billion reais of its assets for damages.",
        "accident",
    ),
    (
        "Solai dam burst: death toll rises to 47 as search continues in Nakuru",
        "The number of people killed when a dam on a private farm in Solai, Nakuru County, "
        "burst its walls on Wednesday night has risen to 47, police said on Friday, with at "
        "least 40 others still missing. Water from the dam swept away homes, a primary "
        "school and power lines in two villages, leaving a trail of mud and uprooted trees "
        "several kilometres long. Most of the victims were farm workers and their families "
        "who lived in small houses below the reservoir. Kenya Red Cross volunteers and "
        "soldiers searched through the debris on Friday, and more than 500 families have "
        "been moved to a camp at a school. Survivors said they had heard a loud bang before "
        "the water came. The Water Resources Authority said the dam, one of several built on "
        "the farm to irrigate coffee and flowers, had not been approved. The Director of "
        "Public Prosecutions has ordered an investigation into whether the owners should "
        "face manslaughter charges.",
        "accident",
    ),
    (
        "Pesticide poisoning kills 18 cotton farmers in Yavatmal, hundreds hospitalised",
        "At least 18 farmers and farm labourers have died and more than 600 have been "
        "admitted to hospitals in Maharashtra's Yavatmal district since July after inhaling "
        "pesticides while spraying cotton fields, district health officials said. Doctors at "
        "the government medical college said patients arrived with blurred vision, vomiting "
        "and breathlessness, symptoms of organophosphate poisoning, and that some had been "
        "sprayed while working without masks or gloves in fields where cotton plants had "
        "grown taller than a man. Farmers said pink bollworm attacks on genetically modified "
        "cotton had led them to spray more often and to mix several chemicals. The state "
        "government announced compensation of ₹2 lakh for the families of the dead and set "
        "up a special investigation team. Activists blamed pesticide companies and dealers "
        "who sell highly toxic products without instructions. Many of the products found in "
        "the farmers' homes were not registered for use on cotton. The agriculture "
        "department has banned the sale of some formulations in the district for 60 days.",
        "health",
    ),
    (
        "Zambia battles anthrax outbreak linked to meat from dead animals",
        "Health officials in Zambia have recorded more than 680 suspected human cases of "
        "anthrax and four deaths in nine of the country's ten provinces, in an outbreak "
        "linked to eating meat from infected cattle and wild animals, the World Health "
        "Organization said. Most cases are of the skin form of the disease, which causes "
        "painful black sores, and were reported in Sinazongwe and other districts along Lake "
        "Kariba, where hippos died in large numbers earlier this year. Veterinary teams have "
        "vaccinated cattle and buried carcasses, and the government has banned the movement "
        "of livestock out of affected areas. Officials say poverty and drought have led "
        'families to eat animals found dead rather than waste the meat. "We have asked '
        'people to report any sudden death of animals, not to skin them," a district '
        "veterinary officer said. The outbreak has spread to neighbouring countries along "
        "shared rivers, and the WHO said the risk at the regional level was high. Anthrax "
        "spores can survive in the soil for decades and are brought to the surface by floods "
        "and droughts.",
        "health",
    ),
    (
        "US suspends Mexican cattle imports again as screwworm spreads north",
        "The United States suspended imports of live cattle, bison and horses from Mexico on "
        "Wednesday after a new case of New World screwworm was detected in the state of "
        "Veracruz, about 600 kilometres from the US border, the Department of Agriculture "
        "said. The flesh-eating parasite, whose larvae burrow into the wounds of living "
        "animals, has spread north through Central America since 2023 after decades in which "
        "it was kept at bay by releasing sterile flies. Mexico's agriculture ministry called "
        "the decision excessive and said it had strengthened inspections and treatments at "
        "the border. Ranchers in Sonora and Chihuahua, who sell about a million calves a "
        "year to feedlots in Texas and elsewhere, said the closure would cost them millions "
        "of dollars. The two governments are building a plant in southern Mexico to breed "
        "sterile flies, which are dropped from aircraft to break the parasite's life cycle. "
        "A human case was confirmed in Maryland in August in a traveller returning from El "
        "Salvador.",
        "health",
    ),
]

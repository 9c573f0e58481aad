"""dev229 negatives, climate science and policy and the rest of the desk: the war on emissions, battles
over climate bills, climate conflict warnings, security councils and armies planning for warming,
peaceful climate protests, films, sport in the heat and the science pages.
NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Ministers declare ‘war on emissions’ as net zero bill clears Commons",
        "The government's flagship climate bill cleared the House of Commons on Tuesday after a "
        "bruising battle with backbenchers over heat pumps and the phase-out of petrol cars. The "
        "energy secretary told MPs that Britain was waging a war on emissions and would not "
        "retreat. Opposition parties accused ministers of a sustained assault on household budgets "
        "and promised to fight the bill in the Lords. The legislation sets binding carbon budgets "
        "to 2037 and creates a new public body to oversee the grid. Environmental groups welcomed "
        "the vote but said the targets still lacked a delivery plan. The Climate Change Committee "
        "will report on progress in June. "
        "Twenty-three government MPs abstained on the final vote. Business groups said they welcomed "
        "the certainty but warned that the planning system was too slow to build the grid in time. "
        "A group of Conservative MPs described the bill as a war on motorists. Ministers replied that"
        " heating homes with cleaner energy would cut bills in the long run.",
        "politics",
    ),
    (
        "COP29 talks drag into overtime as battle lines harden over climate finance",
        "Negotiators at the UN climate summit in Baku worked through the night into Saturday as rich "
        "and poor countries fought over how much money should flow to developing nations. A draft "
        "text proposing $250bn a year by 2035 was rejected by a bloc of small island states, whose "
        "delegates briefly walked out of a meeting with the Azerbaijani presidency. “This is a "
        "betrayal,” said the chair of the Least Developed Countries group. The European Union and "
        "the United States said the offer was as far as they could go. Saudi Arabia was accused of "
        "blocking language on moving away from fossil fuels. Observers said the fight could leave "
        "lasting scars on the Paris process. "
        "Many delegates had already left Baku to catch flights home. Campaigners staged a silent "
        "protest in the corridors of the stadium where the talks were being held. "
        "The deal that finally passed early on Sunday tripled the previous target to $300bn a year by"
        " 2035, with a wider aim of $1.3tn from all sources. India's delegate called the sum "
        "abysmally poor and said the gavel had come down before her country could speak. The host "
        "country's president had used his opening speech to call oil and gas a gift of God.",
        "politics",
    ),
    (
        "UN Security Council split over climate and security resolution",
        "Russia vetoed a draft UN Security Council resolution on Monday that would have called climate "
        "change a threat to international peace and security, while India voted against and China "
        "abstained. The draft, sponsored by Ireland and Niger, asked the secretary-general to "
        "include climate-related security risks in reports on peacekeeping missions. Supporters "
        "said droughts and floods were fuelling tensions in places such as the Sahel and Lake Chad. "
        "Russia's envoy said the council was the wrong forum and that the text would politicise a "
        "scientific issue. It was the first vote of its kind. Twelve of the 15 members voted in "
        "favour. "
        "The Irish ambassador said the result was a missed opportunity to prevent future crises. "
        "Diplomats said the issue would return in the General Assembly.",
        "politics",
    ),
    (
        "Climate change could drive more conflict in Africa, study warns",
        "Rising temperatures and erratic rainfall could sharply increase the risk of armed conflict "
        "in parts of sub-Saharan Africa by the middle of the century, according to a study published "
        "in the journal Nature Climate Change. Researchers at the Peace Research Institute Oslo "
        "combined rainfall records, crop yields and data on past violence from 1990 to 2020. They "
        "found that years of severe drought were followed by a higher chance of clashes between "
        "farmers and herders in areas already marked by weak governance. The authors stressed that "
        "climate was rarely the main cause and that politics mattered more. Other scholars said the "
        "link remained contested. The study did not look at current conflicts. "
        "The study was funded by the Norwegian Research Council. "
        "Policy researchers said the findings should guide development spending rather than security "
        "planning. Governments in the Sahel have pointed to climate change as a driver of "
        "instability, while critics say that this can shift attention from corruption and abuses by "
        "security forces. The authors said better water management and crop insurance could weaken "
        "the link between drought and violence.",
        "other",
    ),
    (
        "Insurers retreat from California as wildfire losses mount",
        "State Farm and Allstate have stopped writing new home insurance policies in California, "
        "citing wildfire risk, building costs and rules that limit how much they can raise premiums. "
        "Hundreds of thousands of homeowners have been pushed on to the FAIR Plan, the state's "
        "insurer of last resort. Industry lobbyists have been fighting a running battle with the "
        "insurance commissioner over the use of catastrophe models. Analysts said losses from the "
        "Los Angeles fires could exceed $40bn. Reinsurers raised prices for the coming year after a "
        "string of costly storms. The commissioner said new rules would let insurers price in "
        "climate risk if they cover more homes in fire-prone areas. "
        "Homeowners in the Sierra foothills said their premiums had tripled in two years. Some are "
        "going without cover altogether. "
        "In Florida, where hurricanes have driven several insurers out of business, the state-backed "
        "Citizens Property Insurance has become the largest home insurer. Economists warn that when "
        "insurance disappears, mortgages become harder to get and property values can fall. Consumer "
        "groups accused insurers of using climate change to raise prices.",
        "economy",
    ),
    (
        "Oil majors and solar firms locked in price war as power prices turn negative",
        "Solar developers in Spain and Germany are fighting a price war with gas-fired generators as "
        "electricity prices fall below zero on sunny afternoons, analysts said. Wholesale power "
        "prices in Spain were negative for more than 300 hours in April alone. Utilities are "
        "rushing to build batteries to store cheap midday power for the evening peak. Shares in "
        "several renewable developers have fallen by a third this year. The European Commission is "
        "preparing rules on grid access and storage. One trader described the market as a "
        "battlefield in which only the cheapest and most flexible plants would survive. Weather "
        "forecasters expect a sunny, windy May. "
        "Grid operators say they are having to switch off solar farms at times to keep the system "
        "stable. Some households with dynamic tariffs were paid to use electricity.",
        "economy",
    ),
    (
        "Tens of thousands join Glasgow climate march in driving rain",
        "Tens of thousands of people marched through Glasgow on Saturday despite driving rain and "
        "wind, demanding faster action from the leaders gathered for the COP26 summit. Indigenous "
        "groups from the Amazon led the procession from Kelvingrove Park, followed by trade "
        "unionists, students and nurses. Greta Thunberg addressed the crowd and called the summit "
        "a failure. Police Scotland said the day passed peacefully, with a handful of arrests for "
        "minor offences. Similar marches took place in London, Paris and Nairobi. Organisers said "
        "about 100,000 people took part in Glasgow. The Met Office had warned of heavy showers. "
        "Some marchers carried banners made from old sails and fishing nets. Climate activists from "
        "the Philippines and Bangladesh spoke of typhoons and floods in their home villages. The "
        "march ended with speeches at Glasgow Green. "
        "Students who had skipped school for the Fridays for Future march the day before joined "
        "again. Police kept a small group dressed in black apart from the main march, but officers "
        "said there was no trouble.",
        "protest",
    ),
    (
        "Just Stop Oil activists arrested after gluing themselves to M25 gantry",
        "Police arrested 11 Just Stop Oil supporters on Wednesday after they climbed gantries over the "
        "M25 and glued themselves to the structures during the morning rush hour. Traffic was "
        "stopped in both directions near junction 30 for several hours. The group said it was "
        "protesting against new oil and gas licences during the hottest year on record. Essex Police "
        "said officers used specialist teams to bring the activists down safely. Drivers expressed "
        "anger at the delays. The activists were held on suspicion of causing a public nuisance. "
        "Just Stop Oil said more actions would follow. "
        "A High Court injunction bans protests on the motorway, and those arrested could face prison."
        " The group has staged similar actions at petrol terminals and at sporting events. The prime "
        "minister called the protests reckless and selfish.",
        "protest",
    ),
    (
        "Farmers block Paris ring road with tractors in protest over water rules",
        "Hundreds of farmers drove their tractors onto the Paris ring road on Monday to protest "
        "against new limits on irrigation during droughts and the cost of environmental rules. The "
        "convoys came from Beauce and the Île-de-France, and farmers dumped straw bales at the Porte "
        "de Saint-Cloud. Police escorted the tractors and said the protest passed off without "
        "incident. The farmers' union FNSEA said growers could not plan their crops if water use "
        "was restricted at short notice. The agriculture minister offered to meet union leaders on "
        "Tuesday. The protest comes after a second summer in which Météo-France declared drought in "
        "much of the country. "
        "Many farmers in the west of France have invested in reservoirs to irrigate maize and "
        "vegetables. Environmental groups say the rules are needed to protect rivers and groundwater.",
        "protest",
    ),
    (
        "Kyrgyzstan and Tajikistan sign border treaty sharing key reservoir",
        "Kyrgyzstan and Tajikistan signed a treaty on Thursday settling the last disputed sections of "
        "their border, including shared use of a reservoir that has long been a source of tension "
        "between farming villages. The presidents of the two countries signed the document in "
        "Bishkek, and Uzbekistan's leader joined them for a trilateral meeting on water in the "
        "Ferghana valley. Under the agreement, roads and canals near the Golovnoi water intake "
        "will be jointly managed. Officials said a drought last summer had made a deal on water "
        "urgent. The treaty still needs ratification by both parliaments. Border crossings that "
        "had been closed for years will reopen. "
        "Residents of Batken said they hoped trade with Tajik villages would resume. Diplomats from "
        "the European Union and Russia welcomed the signing.",
        "peace",
    ),
    (
        "Egypt, Ethiopia and Sudan agree to resume talks on Nile dam filling",
        "Egypt, Ethiopia and Sudan agreed on Sunday to resume negotiations on the filling and "
        "operation of the Grand Ethiopian Renaissance Dam, after more than a year of deadlock. The "
        "announcement followed a meeting of water ministers in Cairo. Egypt, which relies on the "
        "Nile for almost all of its fresh water, fears that filling the reservoir during a drought "
        "could cut its supply. Ethiopia says the dam is vital to lift millions out of poverty. The "
        "African Union will host the next round. Hydrologists said this year's heavy rains in the "
        "Ethiopian highlands had eased pressure on downstream countries. "
        "The three countries have held many rounds of talks since construction began in 2011, without"
        " a binding deal. Egypt has taken the dispute to the UN Security Council twice. Analysts said"
        " a new dry spell could test the agreement.",
        "peace",
    ),
    (
        "Pentagon climate plan warns bases face floods and heat",
        "The US Department of Defense published a climate adaptation plan on Thursday warning that "
        "rising seas, floods, wildfires and extreme heat threaten dozens of military installations. "
        "Naval Station Norfolk, the largest navy base in the world, floods regularly during high "
        "tides. The plan calls for new heat safety rules for training and for hardening airfields "
        "against storms. Tyndall Air Force Base in Florida is being rebuilt at a cost of several "
        "billion dollars after Hurricane Michael. Some Republican lawmakers called the plan a "
        "distraction from readiness. The Pentagon said it would spend more on solar power and "
        "microgrids at bases. "
        "Camp Lejeune in North Carolina suffered about $3.6bn of damage from Hurricane Florence. "
        "Defense officials said extreme heat had also forced the cancellation of training days at "
        "bases in Texas and Georgia.",
        "military",
    ),
    (
        "Nato troops train in Arctic blizzards for Nordic Response exercise",
        "More than 20,000 troops from 13 Nato countries took part in the Nordic Response exercise in "
        "northern Norway, Sweden and Finland this week, training in temperatures as low as minus "
        "30C. British Royal Marines practised landings on snow-covered beaches near Alta, while "
        "Finnish and Swedish artillery units fired live rounds on ranges in Lapland. Blizzards "
        "grounded some helicopter flights. It is the first such exercise since Finland and Sweden "
        "joined the alliance. Commanders said the harsh weather was part of the point. Norway's "
        "Meteorological Institute supplied forecasters to the exercise headquarters. "
        "Soldiers slept in tents heated with small stoves and travelled on skis and tracked vehicles."
        " Finnish officers said they had much to teach allies about fighting the cold. Local "
        "residents were warned of heavy military traffic on the E6 road.",
        "military",
    ),
    (
        "Royal Navy ship delivers aid to Caribbean islands after hurricane",
        "The Royal Navy's RFA Wave Knight arrived in the British Virgin Islands on Saturday carrying "
        "water, food and shelter kits after a hurricane ripped through the territory. Royal "
        "Marines and engineers on board began clearing roads in Road Town and helped restore power "
        "to the main hospital. The Ministry of Defence said a further 500 troops were on standby. "
        "The ship had been pre-positioned in the region for the hurricane season. Islanders said "
        "most houses had lost roofs. The National Hurricane Center said another storm was forming "
        "in the Atlantic. "
        "Sailors and marines from the ship also helped the local government distribute food and water"
        " to residents in Tortola. The governor thanked the crew and said the island would take "
        "months to recover. Flights to the main airport resumed on Monday for relief cargo only.",
        "military",
    ),
    (
        "‘Twisters’ storms the box office as storm chasers return to the big screen",
        "Twisters, the sequel to the 1996 disaster film Twister, took $80m in North American cinemas "
        "on its opening weekend, beating expectations. Daisy Edgar-Jones plays a former storm "
        "chaser lured back to Oklahoma to test a new tornado-taming system, while Glen Powell is a "
        "swaggering YouTuber who races into the heart of the storms. Critics praised the film's "
        "effects but noted that it avoids mentioning climate change. Real meteorologists at the "
        "National Severe Storms Laboratory in Norman said they enjoyed the film. The studio said "
        "the battle with the weather was shot largely on location in Oklahoma. "
        "Director Lee Isaac Chung said he wanted the tornadoes to feel like characters. The film's "
        "$155m budget made it one of the most expensive of the summer. Storm chasing tours in the "
        "Great Plains said bookings had surged.",
        "entertainment",
    ),
    (
        "Documentary follows Pakistani family through year after the floods",
        "A new documentary screening at the Sheffield DocFest follows a farming family in Sindh "
        "through the year after Pakistan's 2022 floods, from a roadside tent to a half-rebuilt mud "
        "house. The director spent months with the family, filming as they waited for the water to "
        "drain from their fields. The film weaves in footage of climate negotiations in Egypt, where "
        "Pakistan pushed for a loss and damage fund. Critics called it quiet but devastating. The "
        "family's eldest son, now a teenager, travelled to Britain for the premiere. The film will "
        "be broadcast later this year. "
        "The film's title comes from a lullaby the mother sings to her youngest child. Its director "
        "said she wanted viewers to see what happens after the cameras leave. A charity partner is "
        "using screenings to raise money for rebuilding schools in Sindh.",
        "entertainment",
    ),
    (
        "Heat turns Club World Cup matches into a battle of endurance",
        "Players at the Club World Cup in the United States have complained of extreme heat after a "
        "string of afternoon kick-offs in temperatures above 32C. Chelsea's Enzo Fernández said he "
        "felt dizzy during a match in Philadelphia, and Borussia Dortmund's substitutes watched the "
        "first half from the dressing room. Fifa has introduced cooling breaks in each half. The "
        "players' union Fifpro called for kick-off times to be moved. “It was a war out there "
        "against the sun,” one coach said. The National Weather Service issued heat advisories "
        "for several host cities. Organisers said the schedule was set by broadcasters. "
        "Scientists warned that conditions at next year's World Cup in North America could be even "
        "worse, with some matches scheduled in the midday sun. Fifa said it would review the timing "
        "of games.",
        "sport",
    ),
    (
        "Australian Open: extreme heat policy invoked as players battle 40C",
        "The Australian Open invoked its extreme heat policy on Thursday, suspending play on outside "
        "courts and closing roofs over the main arenas as the temperature in Melbourne reached "
        "40C. Several players needed treatment for heat illness, and one ball boy collapsed. The "
        "world number one won a three-set battle before the roofs closed. The tournament uses a "
        "heat stress scale that combines air temperature, humidity, wind and radiant heat. "
        "Players' groups have long asked for clearer rules. The Bureau of Meteorology forecast "
        "a cooler change on Friday evening. "
        "A qualifier who retired in the second set said she had felt her vision blur. Spectators "
        "queued for free water and sunscreen at the gates. Organisers said play on outside courts "
        "would resume in the evening once the temperature dropped. "
        "Tennis Australia said it had spent millions on cooling technology for the courts and "
        "players' areas since a heatwave in 2014, when several players fainted and one said she had "
        "hallucinated. Climate researchers warned that more days above 40C were likely in Melbourne's"
        " summer in the coming decades.",
        "sport",
    ),
    (
        "Copernicus: 2024 was the first year above 1.5C of warming",
        "Last year was the hottest on record and the first calendar year in which the global average "
        "temperature was more than 1.5C above pre-industrial levels, the EU's Copernicus Climate "
        "Change Service said on Friday. The average was 1.6C above the 1850-1900 baseline. Scientists "
        "stressed that a single year above the threshold does not mean the Paris Agreement goal has "
        "been breached, since it refers to long-term averages. The El Niño pattern added heat in "
        "the first half of the year. Sea surface temperatures also reached record levels. The Met "
        "Office said 2025 was likely to be slightly cooler but still among the three warmest years. "
        "Copernicus said each of the last ten years was among the ten warmest on record. The agency "
        "said the amount of water vapour in the atmosphere also reached a record, fuelling heavy rain"
        " in many regions.",
        "other",
    ),
    (
        "Iraq rebuilds weather station network destroyed in war with Islamic State",
        "Iraq's meteorological authority has reopened 40 automatic weather stations in Nineveh, "
        "Anbar and Salahuddin provinces with help from the World Meteorological Organization, "
        "nearly eight years after the stations were wrecked during the war against the Islamic "
        "State group. Forecasters said the gap had left them blind to sand storms and flash floods "
        "in the west of the country. The new stations send data every ten minutes by satellite. "
        "Iraq is one of the countries most exposed to rising temperatures, with summer highs "
        "above 50C now common. The authority plans to train 60 observers this year. Farmers in "
        "the Nineveh plains said better forecasts would help them time planting. "
        "The WMO said the project was part of a wider drive to close gaps in observations across "
        "Africa and the Middle East.",
        "other",
    ),
    (
        "El Niño declared as forecasters warn of record heat in 2024",
        "The US National Oceanic and Atmospheric Administration declared on Thursday that El Niño "
        "conditions had arrived in the tropical Pacific, raising the chance that next year will set "
        "a new global temperature record. Forecasters said there was a strong chance the event "
        "would become moderate or strong by winter. El Niño tends to bring drought to Australia, "
        "Indonesia and southern Africa and heavy rain to Peru and the southern United States. The "
        "Australian Bureau of Meteorology has not yet made the same call. Rice and sugar traders "
        "said prices could rise if monsoon rains in India are weak. "
        "In Peru, fishermen are already reporting unusually warm water along the coast. The World "
        "Meteorological Organization said governments should start preparing now. The last strong El "
        "Niño, in 2015 and 2016, helped make 2016 the hottest year then on record.",
        "other",
    ),
    (
        "Storm Babet assault on eastern Scotland leaves Brechin under water",
        "Residents of Brechin were told to leave their homes immediately as the River South Esk "
        "breached new flood defences during Storm Babet, which brought a rare Met Office red "
        "warning for rain to Angus and Aberdeenshire. Three people were killed across Scotland and "
        "England in the storm. The Scottish Environment Protection Agency said river levels were "
        "the highest ever recorded. Hundreds of people spent the night in rest centres. Some "
        "households in Brechin were rescued by boat. Farmers in Angus said fields of potatoes and "
        "carrots were lost. “It was an assault from the sky and the river at once,” a councillor "
        "said. The rain eased on Saturday, but flood warnings remained. "
        "Network Rail closed the line between Dundee and Aberdeen after a landslip.",
        "disaster",
    ),
]

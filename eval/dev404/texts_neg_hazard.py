"""dev404 negatives, hazards: earthquakes, floods, wildfires and storms that destroy homes,
tower fires, collapses and construction accidents, damp and disease in housing."""

NEGATIVES = [
    (
        "Antakya rises again: first quake survivors get keys to new flats",
        "Turkey handed over the first 1,500 homes built in Antakya for survivors of the February "
        "2023 earthquakes on Saturday, as the government races to rehouse people still living "
        "in container cities. The twin quakes, of magnitude 7.8 and 7.5, killed more than 53,000 "
        "people in Turkey and destroyed or badly damaged about 300,000 buildings. In Hatay "
        "province, entire neighbourhoods were flattened and whole streets of the old city have "
        "since been cleared. President Recep Tayyip Erdogan promised 319,000 new homes within "
        "a year of the disaster. Engineers say the new blocks are built to stricter codes, but "
        'residents complain that they are far from the city centre. "It looks like a war zone '
        'still, but at least I have a door to lock," said a retired teacher. Around 600,000 '
        "people in the region still live in containers, according to the Turkish Medical "
        "Association."
        " New homes are being allocated by lottery, and families must repay part of the cost "
        "over 20 years.",
        "disaster",
    ),
    (
        "Valencia flood victims still waiting for repairs a year after the DANA",
        "A year after floods tore through towns south of Valencia, killing 229 people, "
        "thousands of families are still living with relatives or in rented rooms while they "
        "wait for their ground-floor homes to be repaired. The October 2024 storm, known as a "
        "DANA, dumped a year's worth of rain in a few hours, sending a wall of water through "
        "Paiporta, Catarroja and Alfafar. About 30,000 homes were damaged, according to the "
        "regional government. Spain's insurance compensation consortium has paid more than "
        "EUR4bn in claims. Residents say builders are booked for months and prices of "
        "materials have risen. Developers have also started buying damaged ground-floor flats "
        'at low prices. "We battled the mud for weeks; now we battle the paperwork," said a '
        "Paiporta resident whose home was flooded to the ceiling."
        " The regional government faces criticism for sending the flood alert to mobile phones "
        "only after the water had reached several towns.",
        "disaster",
    ),
    (
        "Palisades rebuild: LA homeowners weigh selling lots as insurers retreat",
        "Six months after wildfires destroyed more than 6,800 buildings in Los Angeles' Pacific "
        "Palisades, hundreds of homeowners have put their empty lots up for sale rather than "
        "rebuild, according to data from the listings site Redfin. The January fires, driven "
        "by Santa Ana winds of up to 100mph, also burned thousands of homes in Altadena. About "
        "30 people died. Many owners say insurance payouts fall far short of rebuilding costs, "
        "which builders estimate at more than $1,000 per square foot. State Farm and other "
        "insurers had stopped writing new policies in much of California before the fires. "
        "Developers and investors have been buying lots, raising fears that the neighbourhoods "
        "will lose their character. The city has waived some permit rules to speed up "
        "rebuilding."
        " California's insurer of last resort, the FAIR Plan, has asked insurers to contribute "
        "$1bn to cover its claims. Realtors said the first lots sold at prices above $2m.",
        "disaster",
    ),
    (
        "Morocco's Atlas villagers face second winter in tents after quake",
        "Thousands of families in Morocco's High Atlas mountains are preparing for a second "
        "winter in tents and prefabricated units after the September 2023 earthquake destroyed "
        "their homes. The magnitude 6.8 quake killed nearly 3,000 people and damaged about "
        "60,000 houses in the Al Haouz province and surrounding areas. The government pledged "
        "140,000 dirhams per destroyed home and monthly payments of 2,500 dirhams to affected "
        "families. Officials say more than 50,000 families have started rebuilding, but "
        "villagers complain of delays in inspections and high prices for cement. Many "
        "traditional houses were built of rammed earth and stone, and engineers now require "
        'reinforced concrete frames. "The tent leaks, and the children are cold," said a '
        "mother in the village of Tinmel."
        " The government also promised new schools and health centres in the affected valleys. "
        "Aid groups say the mountain roads, cut by landslides during the quake, are still "
        "difficult for lorries carrying building materials.",
        "disaster",
    ),
    (
        "Storm-battered Jamaica counts the cost as Hurricane Melissa tears roofs from homes",
        "Hurricane Melissa tore the roofs off tens of thousands of homes in western Jamaica, "
        "the government said on Thursday, as crews began to clear roads in the worst-hit "
        "parishes of St Elizabeth and Westmoreland. The storm made landfall as a Category 5 "
        "hurricane with winds of about 185mph, one of the strongest ever recorded in the "
        "Atlantic. At least 28 people were killed in Jamaica. Prime Minister Andrew Holness "
        "said the country faced a massive rebuilding task and appealed for help with roofing "
        "materials. Black River, a historic coastal town, was described by officials as "
        '"ground zero". About 25,000 people were in shelters at the peak of the storm. '
        "Insurers estimate insured losses in the billions of dollars."
        " Electricity was cut to more than three-quarters of homes on the island. Builders in "
        "Kingston said the price of zinc roofing sheets had doubled within days. The "
        "government said it would pay grants of up to 150,000 Jamaican dollars to families "
        "rebuilding roofs. Cuba and Haiti were also hit by the storm.",
        "disaster",
    ),
    (
        "Sindh's flood homes: a million houses later, families still living on embankments",
        "Three years after floods submerged a third of Pakistan, families in Sindh province are "
        "still living in tents on canal embankments while they wait for new houses under a "
        "World Bank-funded programme. The 2022 floods, caused by record monsoon rains and "
        "melting glaciers, damaged or destroyed about 2 million homes and killed more than "
        "1,700 people. The Sindh People's Housing for Flood Affectees programme aims to build 2.1 "
        "million homes and has handed over about 500,000. Beneficiaries receive cash in "
        "instalments and build their own houses with technical help. Officials say rising "
        "costs of bricks and steel have slowed the work. Climate scientists warn that similar "
        "floods will become more frequent."
        " The programme uses digital payments and geotagged photographs to check that houses "
        "are being built. Women are named as co-owners of the new homes, a first for a "
        "government scheme in the province. Critics say the houses are too small for large "
        "rural families.",
        "disaster",
    ),
    (
        "Grenfell inquiry: deaths were 'all avoidable', final report finds",
        "All 72 deaths in the Grenfell Tower fire were avoidable, the public inquiry into the "
        "2017 disaster concluded on Wednesday, blaming decades of failure by government, "
        "regulators and the construction industry. The inquiry's chairman, Sir Martin Moore-Bick, "
        'said companies that made and sold the cladding had engaged in "systematic '
        'dishonesty". The aluminium composite panels fitted to the west London tower during a '
        "refurbishment helped the fire spread up the building within minutes. The report "
        "criticised the Royal Borough of Kensington and Chelsea and its tenant management "
        "organisation for ignoring residents' warnings. Police said criminal charges were "
        "unlikely before 2026. Bereaved families said the findings must lead to prosecutions. "
        "Thousands of buildings across England still have unsafe cladding."
        " The government said it would ban the companies criticised from public contracts. The "
        "tower still stands, wrapped in white sheeting, and its future remains undecided.",
        "accident",
    ),
    (
        "Valencia tower fire: cladding blamed as blaze engulfs 14-storey block in minutes",
        "Fire engulfed a 14-storey residential block in Valencia's Campanar district on Thursday, "
        "killing at least four people and leaving 14 missing, authorities said. Flames spread "
        "from one of the middle floors across the whole facade within about half an hour, "
        "carried by strong winds. Firefighters rescued residents from balconies with cranes. "
        "Experts said the building, completed in 2008, had been clad in panels containing "
        "polyurethane, a highly flammable material. The regional government found temporary "
        "flats in a nearby development for the 450 residents of the building's 138 homes. "
        "Spain declared three days of mourning in Valencia. Comparisons with Grenfell were "
        "drawn immediately in Spanish and British media."
        " Investigators from the Guardia Civil were examining the origin of the fire, which "
        "began in a flat on the eighth floor. Insurers said the building's homes had been "
        "valued at about EUR300,000 each. The regional government promised to buy flats for "
        "residents who wanted them.",
        "accident",
    ),
    (
        "Hong Kong's Wang Fuk Court fire: bamboo scaffolding and netting under scrutiny",
        "Investigators in Hong Kong are examining the bamboo scaffolding and protective netting "
        "wrapped around the Wang Fuk Court housing estate in Tai Po after a fire spread across "
        "seven of its eight towers, killing more than 150 people. The blaze started on the "
        "lower floors of one tower on Wednesday afternoon and jumped between buildings as "
        "burning netting and foam boards fell. The estate, built in the 1980s, was undergoing "
        "major renovation. Police arrested several people from the construction firm on "
        "suspicion of manslaughter. About 1,900 households lived on the estate, and the "
        "government opened shelters in community halls. The government has ordered "
        "inspections of every building under renovation in the city and said it would phase "
        "out bamboo scaffolding on public works."
        " Residents had complained for months about smoking on the scaffolding and the "
        "netting's fire rating. Donations to a relief fund for the families passed HK$1bn "
        "within days. The government said it would rehouse residents in transitional flats.",
        "accident",
    ),
    (
        "Ikoyi tower collapse: Lagos panel blames developer for adding floors without approval",
        "A panel set up by the Lagos state government has blamed the developer of a 21-storey "
        "luxury tower that collapsed in Ikoyi for building well beyond the 15 floors approved "
        "and for using weak concrete and steel. At least 45 people, most of them construction "
        "workers, died when the tower came down in November 2021. The developer, who died in "
        "the collapse, had been warned by state inspectors. The report recommended charges "
        "against officials who failed to enforce a stop-work order. Building collapses are "
        "common in Lagos, where rapid growth has outpaced enforcement. Engineers say many "
        "developers cut costs on materials and hire unqualified contractors. The state "
        "governor said the recommendations would be implemented in full."
        " The developer's firm had planned to sell flats in the towers for up to $1.5m each, "
        "mostly to Nigerians living abroad. The Lagos State Building Control Agency has since "
        "sealed dozens of sites across the city.",
        "accident",
    ),
    (
        "Crane collapse kills two workers on east London housing site",
        "Two construction workers were killed when a tower crane collapsed on a housing "
        "development in Bow, east London, on Wednesday, the London Fire Brigade said. The "
        "crane fell across the site and onto a neighbouring block of flats, damaging the roof "
        "and forcing the evacuation of 20 residents. A woman in one of the flats was also "
        "killed. Police said there was nothing to suggest foul play. The Health and Safety "
        "Executive opened an investigation, and the contractor suspended work on all its "
        "sites. Construction accounts for more worker deaths than any other industry in "
        "Britain, with about 45 fatal injuries a year. Unions called for more inspections of "
        "cranes, many of which are hired from specialist firms. The development was due to "
        "deliver 180 flats next year."
        " A crane collapse in Stoke Newington in 2006 led to calls for a national register of "
        "cranes, which was later scrapped.",
        "accident",
    ),
    (
        "Gas explosion tears through Magnitogorsk apartment block",
        "A gas explosion brought down part of a ten-storey apartment block in the Russian "
        "city of Magnitogorsk on Monday morning, killing at least 39 people, emergency officials "
        "said. Rescuers worked in temperatures of minus 20 degrees to reach residents trapped "
        "under the rubble, and a baby was found alive after more than 30 hours. The blast "
        "destroyed 48 flats in one of the building's entrances. Investigators said they were "
        "treating the explosion as an accident caused by a gas leak. Gas explosions in ageing "
        "Soviet-era housing blocks are frequent in Russia, where many buildings have not been "
        "renovated in decades. President Vladimir Putin visited the site and met survivors. "
        "The regional government said it would rehouse families whose flats were destroyed."
        " The city's mayor announced three days of mourning. Engineers said the remaining "
        "entrances of the building would be demolished. Residents said gas workers had checked"
        " the building's pipes shortly before the blast.",
        "accident",
    ),
    (
        "Awaab's Law: social landlords must fix dangerous damp within days",
        "Social landlords in England must investigate reports of dangerous damp and mould "
        "within 10 working days and fix emergency hazards within 24 hours under rules that took "
        "effect on Monday. The rules are named after Awaab Ishak, a two-year-old who died in "
        "2020 from a respiratory condition caused by prolonged exposure to mould in his family's "
        "flat in Rochdale. A coroner found that the housing association had failed to act on "
        "repeated complaints. Doctors say mould can trigger asthma attacks and serious "
        "infections, especially in young children. Housing associations say they support the "
        "law but warn that many homes need major work on insulation and ventilation. The "
        "rules will be extended to private landlords under the Renters' Rights Act. Awaab's "
        "father said the family hoped no other parents would go through the same."
        " The Housing Ombudsman says complaints about damp and mould have more than doubled "
        "since 2020. Tenants' groups say enforcement will decide whether the rules make a "
        "difference. A national survey estimates that more than 200,000 social homes in "
        "England are affected by damp.",
        "health",
    ),
    (
        "Legionnaires' outbreak traced to tower block water tanks in Barcelona suburb",
        "Health officials in Catalonia have traced an outbreak of Legionnaires' disease that "
        "killed three people and sent 22 to hospital to the water tanks of two residential "
        "tower blocks in Sabadell. Inspectors found high levels of Legionella bacteria in the "
        "rooftop tanks, which had not been cleaned in years, the regional health department "
        "said. Residents were told not to use the showers until the system had been "
        "disinfected. Most of those affected were older people with existing health problems. "
        "The building's owners' association faces fines for failing to carry out mandatory "
        "checks. Doctors say the disease is caught by breathing in contaminated water droplets, "
        "not by drinking water. The city has started inspections of other tower blocks."
        " Regional health officials said this was the largest outbreak in the province since "
        "2015. Tenants said the building managers had ignored complaints about brown water for"
        " months. The regional health ministry said it would publish the results of all "
        "inspections.",
        "health",
    ),
]

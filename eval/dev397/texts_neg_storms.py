"""Negatives of dev397: hurricanes, the volcano and the earthquake, accidents and epidemics,
as the Caribbean press wrote them. (title, text, kind code)."""

NEGATIVES = [
    (
        "'It looks like a war zone': Maria leaves Dominica without power, roads or roofs",
        "Prime Minister Roosevelt Skerrit said on Wednesday that Hurricane Maria had left "
        'Dominica looking "like a war zone", as the first relief flights reached the island '
        "two days after the Category 5 storm tore across it. At least 15 people are confirmed "
        "dead and about 20 are missing, the government said, and officials expect the toll to "
        "rise as rescuers reach villages on the east coast cut off by landslides. Skerrit, "
        "whose own roof was blown off during the storm, said almost every building on the "
        "island had been damaged. Roseau's hospital is running on generators and the water "
        "supply has failed in most communities. A Barbados Coast Guard vessel landed food, "
        "water and tarpaulins at the Woodbridge Bay port, and the Regional Security System "
        "sent soldiers and police to help keep order and clear roads. Thousands of people are "
        "sleeping in schools and churches. The Caribbean Disaster Emergency Management Agency "
        "said it was setting up a logistics hub in Antigua. Airlines said Douglas-Charles "
        "Airport would reopen only to relief flights.",
        "disaster",
    ),
    (
        "Abaco after Dorian: hundreds missing, thousands evacuated to Nassau",
        "The official death toll from Hurricane Dorian rose to 50 on Wednesday and the "
        "government said about 1,300 people remained on its list of the missing, most of "
        "them from Marsh Harbour and the shanty towns known as The Mudd and Pigeon Peas. "
        "Police and defence force officers were searching the flattened communities with "
        "cadaver dogs, and a temporary morgue was set up in a refrigerated truck outside the "
        "Marsh Harbour clinic. More than 5,000 people have been evacuated to New Providence "
        "by ferry, cruise ship and aircraft, and the government has opened shelters at "
        "Kendal GL Isaacs Gymnasium and several churches. Prime Minister Hubert Minnis said it "
        "would take years to rebuild the island. Aid workers described scenes of total "
        "destruction, with boats thrown into the second storeys of houses. Many of the "
        "Haitian residents of the shanty towns are afraid to come forward to shelters for "
        "fear of deportation, advocates told the Tribune. The World Food Programme said it "
        "was delivering meals to 14,500 people.",
        "disaster",
    ),
    (
        "Beryl flattens Carriacou: 'In half an hour, Union Island and Carriacou were flattened'",
        "Hurricane Beryl has destroyed or damaged 98 per cent of buildings on Carriacou and "
        "Petite Martinique, Prime Minister Dickon Mitchell said on Tuesday, describing the "
        'islands as unrecognisable. "In half an hour, Union Island and Carriacou were '
        "flattened,\" he told a press conference in St George's. At least three people died "
        "in Grenada's sister islands, and across the Grenadines the toll stood at six. "
        "Communication with Carriacou was cut for most of Monday, and the health centre, "
        "the airport and the main jetty were badly damaged. The Grenada Defence Force, "
        "supported by the Regional Security System, was ferrying water and food by boat from "
        "the main island. Beryl was the earliest Category 5 hurricane on record in the "
        "Atlantic. Caricom leaders pledged support and the World Bank said it would release "
        "emergency financing. Residents who spent the night in shelters said there was "
        "nothing left to go back to.",
        "disaster",
    ),
    (
        "Black River 'ground zero' as Melissa kills dozens and leaves 25,000 in shelters",
        "Prime Minister Andrew Holness declared Jamaica a disaster area on Wednesday after "
        "Hurricane Melissa, the strongest storm ever to hit the island, slammed into the "
        "southwest with winds of 185 miles per hour. The parish capital of Black River was "
        'described by officials as "ground zero", with the hospital, the police station '
        "and most homes badly damaged. At least 19 deaths had been confirmed by Thursday, and "
        "the Office of Disaster Preparedness and Emergency Management said more than 25,000 "
        "people were in shelters across the island. The Jamaica Defence Force deployed "
        "soldiers and helicopters to reach communities in St Elizabeth and Westmoreland cut "
        "off by flooding and landslides. About three-quarters of electricity customers were "
        "without power, according to JPS. The Gleaner's reporters in Black River saw "
        "residents salvaging zinc sheets from the rubble. International airports in "
        "Kingston and Montego Bay reopened to relief flights on Thursday.",
        "disaster",
    ),
    (
        "A month after Melissa, families in Westmoreland still living under tarpaulins",
        "A month after Hurricane Melissa, hundreds of families in Westmoreland are still "
        "living under tarpaulins or with relatives, and some shelters have yet to close, the "
        "parish municipal corporation said on Monday. The government says more than 120,000 "
        "homes were damaged or destroyed across the island. Workers from JPS and crews "
        "lent by utilities in Barbados, Trinidad and the Cayman Islands are still fighting "
        'to restore power to rural districts. "It is a battle every day to get materials," '
        "a hardware merchant in Savanna-la-Mar said, as shoppers lined up for zinc and "
        "nails. The Ministry of Labour and Social Security said it had paid emergency grants "
        "to 38,000 households. Farmers in St Elizabeth, the island's breadbasket, lost most "
        "of their crops. The Prime Minister has promised a rebuilding agency to coordinate "
        "reconstruction. Hotels on the north coast are reopening in stages.",
        "disaster",
    ),
    (
        "La Soufrière erupts; 16,000 evacuated from the north of St Vincent",
        "La Soufrière volcano erupted explosively on Friday morning, sending an ash column "
        "eight kilometres into the sky and blanketing much of St Vincent in grey dust, the "
        "National Emergency Management Organisation said. About 16,000 residents of the red "
        "zone in the north of the island had been ordered to leave on Thursday evening, and "
        "by Friday most were in public shelters, private homes or on cruise ships sent to "
        "take them to neighbouring islands. Prime Minister Ralph Gonsalves said no deaths "
        "had been reported. Water supplies were cut in several districts because of ash, "
        "and the Argyle International Airport closed. Barbados, Antigua, Grenada and St Lucia "
        "offered to take evacuees. Scientists at the UWI Seismic Research Centre warned "
        "that explosive activity could continue for days or weeks. The army and coast guard "
        "helped move people from villages with no road access.",
        "disaster",
    ),
    (
        "Earthquake toll in Haiti's south passes 2,000 as aid convoys wait on gang road",
        "The death toll from Saturday's magnitude 7.2 earthquake in Haiti's southern "
        "peninsula rose to 2,189 on Wednesday, the Civil Protection said, with more than "
        "12,000 people injured and about 53,000 homes destroyed. Hospitals in Les Cayes and "
        "Jérémie are overwhelmed and some patients are being treated in the open. Tropical "
        "Storm Grace brought heavy rain to the region on Monday night, soaking families who "
        "had been sleeping outdoors. The main road from Port-au-Prince to the south passes "
        "through Martissant, an area controlled by gangs, and aid agencies said trucks had "
        "been held up waiting for safe passage. A coalition of gangs announced in a video "
        "that it would not stop relief convoys. The Dominican Republic and Jamaica sent "
        "search teams and supplies. Acting Prime Minister Ariel Henry said the government "
        "would lead the response and asked for donations to go through official channels.",
        "disaster",
    ),
    (
        "Miragoâne fuel tanker explosion kills 24 as crowd collected petrol",
        "At least 24 people were killed and 40 others burned when a tanker truck exploded "
        "near Miragoâne on Saturday as residents gathered to scoop up fuel leaking from the "
        "overturned vehicle, Haiti's Civil Protection said. The truck had swerved and "
        "crashed while trying to avoid a motorcycle on the national road, witnesses told Le "
        "Nouvelliste. Dozens of people rushed to the scene with buckets and jerrycans before "
        "the fuel caught fire. Several of the injured were taken to the hospital in "
        "Miragoâne, which appealed for blood donors and burn dressings. The Prime Minister "
        "declared three days of national mourning. A similar explosion in Cap-Haïtien in "
        "December 2021 killed more than 90 people. Fuel has become scarce and expensive in "
        "the south, which residents said explained why so many people ran towards the truck.",
        "accident",
    ),
    (
        "Seventeen Haitians dead after migrant boat capsizes off New Providence",
        "Seventeen Haitian migrants, among them a baby, drowned when their boat capsized about "
        "seven miles off New Providence early on Sunday, Prime Minister Philip Davis said. "
        "Twenty-five people were rescued by the Royal Bahamas Defence Force and taken to "
        "hospital. Police believe the twin-engine speedboat was heading to Florida and had "
        "left Nassau with about 60 people on board in the middle of the night. Two Bahamian "
        "men have been arrested in connection with the smuggling operation. Davis said the "
        "tragedy showed the danger of human smuggling and that those responsible would face "
        "the full weight of the law. Haiti's ambassador in Nassau visited the "
        "survivors. Search and rescue teams were still looking for others who may have been "
        "on board.",
        "accident",
    ),
    (
        "Paria enquiry: divers could have been saved, commission finds",
        "The Commission of Enquiry into the deaths of four divers sucked into a pipeline at "
        "Pointe-à-Pierre has found that Paria Fuel Trading Company and its contractor failed "
        "to carry out a proper rescue, and that at least some of the men could have been "
        "saved. The report, laid in Parliament on Friday, says the company blocked relatives "
        "and other divers from entering the 30-inch pipe while the men were still alive. "
        "Fyzal Kurban, Kazim Ali Jr, Yusuf Henry and Rishi Nagassar died in February 2022 "
        "during maintenance work on a sealine. The commission recommended that the Director "
        "of Public Prosecutions consider charges of corporate manslaughter. A lawyer for the "
        "families said they had waited more than two years to hear those words. "
        "Paria said it would study the report.",
        "accident",
    ),
    (
        "Ministry declares dengue outbreak as cases climb in Kingston and St Andrew",
        "The Ministry of Health and Wellness declared a dengue outbreak on Friday after "
        "recording more than 1,200 suspected and confirmed cases since January, most of them "
        "in Kingston, St Andrew and St Catherine. Health Minister Christopher Tufton said "
        "vector control teams would step up fogging and inspections of homes and schools, "
        'and called on residents to destroy mosquito breeding sites. "This is a war we win '
        'in our own backyards," he said. The ministry confirmed four deaths and said others '
        "were under investigation. Hospitals were asked to set up fever clinics to relieve "
        "emergency rooms. The dominant strain is DEN-3, to which many young Jamaicans have no "
        "immunity. The Pan American Health Organization said outbreaks were under way in "
        "several Caribbean countries. Tufton said the ministry had hired 200 temporary "
        "vector control workers.",
        "health",
    ),
    (
        "Chikungunya spreads to all provinces, Public Health ministry says",
        "The Dominican Ministry of Public Health said on Thursday that chikungunya had now "
        "been detected in all 31 provinces and the National District, with more than 135,000 "
        "people treated for the virus since the first cases in February, Listín Diario "
        "reported. Hospitals in Santo Domingo and Santiago said emergency rooms were full of "
        "patients with high fever and painful joints. Schools and businesses reported large "
        "absences. The minister said brigades were fumigating neighbourhoods and asked "
        "people to cover water tanks. There is no vaccine or specific treatment for the "
        "disease, which is carried by the Aedes aegypti mosquito. Pharmacies reported "
        "shortages of paracetamol. The virus first reached the Caribbean in December on "
        "the French island of Saint-Martin. Doctors warned that older people and those with "
        "chronic illness could suffer joint pain for months.",
        "health",
    ),
]

"""dev332 negatives: the weather desk beside protest, history, sport, health, accidents, crime and
culture (title, text, kind code)."""

NEGATIVES = [
    (
        "Montevideo marches for water as reservoir runs almost dry",
        "Thousands of people marched through Montevideo on Wednesday to protest the government's "
        "handling of a drought that has left the Uruguayan capital's tap water salty, with "
        "banners reading “It is not drought, it is looting”. The march, called by unions and "
        "environmental groups, ended peacefully outside the legislative palace. The main "
        "reservoir, Paso Severino, holds less than 3% of its capacity, and the state water "
        "company has mixed in water from the River Plate estuary. Shops have run out of bottled "
        "water. The meteorological institute said rainfall had been the lowest in more than "
        "70 years."
        " Uruguay's president Luis Lacalle Pou announced plans for a new reservoir and exemptions"
        " from tax on bottled water. Doctors advised pregnant women and people with high blood "
        "pressure not to drink tap water. Rain is forecast later in the month, but officials say "
        "it will not be enough to refill the reservoir.",
        "protest",
    ),
    (
        "Millions join global climate strike led by students",
        "Millions of people in more than 150 countries joined a global climate strike on Friday, "
        "with the largest crowds in Berlin, Melbourne, London and New York, organisers said. "
        "Students left classrooms to march with placards, and in some cities workers joined them "
        "at lunchtime. Greta Thunberg addressed a rally in Manhattan ahead of the UN climate "
        "summit. Police in several cities described the marches as good-natured, and no "
        "arrests were reported in Berlin. Organisers called for an end to new fossil fuel "
        "projects."
        " In Sydney, thousands gathered in the Domain, while in Kampala and Nairobi students "
        "marched with signs made from recycled cardboard. Several companies allowed employees to "
        "take time off to join. Scientists say the protests have pushed climate change up the "
        "political agenda in many countries. Another day of strikes is planned for next week.",
        "protest",
    ),
    (
        "Two arrested after Just Stop Oil sprays Stonehenge orange",
        "Two Just Stop Oil activists were arrested on Wednesday after spraying orange powder on "
        "several of the stones at Stonehenge, the day before the summer solstice, Wiltshire Police "
        "said. A video showed visitors trying to stop the pair. English Heritage said the powder "
        "had been removed and that there was no visible damage. The group said it wanted the "
        "next government to end the use of fossil fuels by 2030. Politicians from all major "
        "parties condemned the stunt. The protest came during a week of high pollen and "
        "warm weather that brought large crowds to the site."
        " The group has carried out a series of protests, including throwing soup at paintings "
        "and blocking roads. It said the powder was made of cornflour and would wash away in the "
        "rain. Hundreds of visitors are expected for the solstice sunrise."
        " Wiltshire Police said the two, a student and a retired man, were later released on bail"
        " pending further inquiries.",
        "protest",
    ),
    (
        "Ten years after Haiyan, Tacloban remembers and rebuilds",
        "Residents of Tacloban lit candles and laid flowers at mass graves on Wednesday to mark ten "
        "years since Typhoon Haiyan, one of the strongest storms ever to make landfall, killed more "
        "than 6,300 people in the central Philippines. A storm surge as high as a two-storey "
        "building swept through the city. Survivors say many families moved to resettlement "
        "sites far from the sea and from their jobs. The national weather agency has since "
        "changed its warnings to say “storm surge” in plain words. Officials said new seawalls "
        "would protect the coast."
        " Many bodies were never identified and lie in a mass grave at Holy Cross cemetery. A "
        "museum at the city hall tells the story of the storm. Scientists say warmer seas are "
        "making strong typhoons more common in the western Pacific. Survivors also say they have "
        "learned to leave early when warnings come.",
        "history",
    ),
    (
        "Aceh marks tsunami anniversary that helped bring an end to its war",
        "Thousands of people gathered at mosques and mass graves across Aceh on Monday to remember "
        "the Indian Ocean tsunami of 26 December 2004, which killed some 170,000 people in the "
        "Indonesian province. Speakers recalled that the disaster pushed the government and the "
        "Free Aceh Movement back to talks that ended three decades of separatist conflict the "
        "following year. The tsunami museum in Banda Aceh held an exhibition of photographs. "
        "Seismologists said early warning sirens along the coast were tested on the same day. "
        "Many survivors still live in houses built with foreign aid."
        " The province gained special autonomy under the 2005 Helsinki agreement, including the "
        "right to apply Islamic law. Former rebels now hold political office. Visitors to the "
        "museum can still see a fishing boat that was carried onto the roof of a house by the "
        "waves."
        " Meteorologists from Indonesia's geophysics agency gave talks in schools on what to do "
        "when the ground shakes near the coast.",
        "history",
    ),
    (
        "Low Po exposes wartime bomb, forcing evacuation of 3,000",
        "About 3,000 people were evacuated from their homes near Mantua on Sunday so army experts "
        "could defuse a 450-kilogram bomb from the Second World War found on the dried-up bed of the "
        "river Po. Fishermen spotted the device after the worst drought in 70 years left the "
        "river at record lows. Military engineers carried it to a quarry and destroyed it in a "
        "controlled explosion. Air and rail traffic in the area was suspended for several "
        "hours. Other relics have surfaced along the river this summer, including a sunken "
        "barge."
        " The river has shrunk so much that its level in some places is several metres below "
        "normal. Farmers in the Po Valley, which produces much of Italy's food, say crops are "
        "suffering. The government has declared a state of emergency in five northern regions."
        " Bomb disposal teams said the device was an American bomb dropped during raids on "
        "bridges in 1944 or 1945, and that its fuse was still intact. Residents were allowed home"
        " in the early afternoon.",
        "history",
    ),
    (
        "Review: Twisters chases the storm and finds the fun",
        "Twisters, the follow-up to the 1996 disaster film, sends a new team of storm chasers "
        "into Oklahoma's tornado alley, and it is at its best when the weather is the villain. "
        "Daisy Edgar-Jones plays a meteorologist haunted by a failed experiment, and Glen Powell a "
        "cowboy who films the funnels for his online audience. The battle scenes, as the "
        "characters call them, are superb: a twister that tears through a cinema is the "
        "highlight. The script waves at climate change without saying much. Real forecasters "
        "will wince at the science. Still, it is a rousing summer ride."
        " The director, Lee Isaac Chung, is best known for the quiet family drama Minari. The "
        "effects are grand, especially the final storm."
        " Anthony Ramos is good value as a rival chaser with a sponsor's logo on every truck. The"
        " film opens in cinemas on Friday, and it deserves the biggest screen you can find.",
        "entertainment",
    ),
    (
        "A novel of floods and fires that reads like a forecast",
        "The new novel by the Australian writer, set in a drowned Melbourne of the 2060s, follows "
        "a family that moves ever higher as the sea invades their suburb. Critics have called "
        "it cli-fi, but the author says she wrote a domestic story about love and memory. There "
        "are no heroes battling the elements, only people making do. The most powerful chapter "
        "describes a week of heat in which a grandmother decides not to leave her flat. The book "
        "is on the shortlist for the Stella Prize. It is published in Britain next month."
        " Its author grew up in Gippsland and lived through the fires of 2019 and 2020. She said "
        "she wanted to write about the weather as a character that no one can escape. Reviewers "
        "have compared the novel to the work of Margaret Atwood and Cormac McCarthy."
        " The prose is spare, and the dialogue is often funny. It is the best book I have read "
        "this year about how ordinary people will live with the weather to come.",
        "entertainment",
    ),
    (
        "Open heat policy invoked as players battle 43C in Melbourne",
        "Organisers of the Australian Open invoked the extreme heat policy on Thursday, closing "
        "roofs and suspending play on outside courts as the temperature in Melbourne reached 43C. "
        "Several players complained of dizziness, and a ball boy collapsed during a match on "
        "Court 6. The world number one called it “a battle just to stay on the court” after "
        "coming back from a set down. Officials said they would review the rules. The Bureau of "
        "Meteorology forecast a cooler change for the weekend."
        " Several players have called for longer breaks between sets on hot days. Tournament "
        "referee Wayne McKewen said the policy was applied correctly. The temperature on court "
        "was much higher than the official reading. Fans were offered free water and sunscreen at"
        " the gates."
        " Last year a qualifier retired in tears after collapsing on court, and the episode "
        "prompted a review of the rules for junior events.",
        "sport",
    ),
    (
        "Typhoon Hagibis forces Rugby World Cup to cancel matches",
        "Two Rugby World Cup matches in Yokohama and Toyota were cancelled because of Typhoon "
        "Hagibis, organisers said on Thursday, the first time games have been called off in the "
        "tournament's history. England's game against France will be recorded as a draw, sending "
        "both to the quarter-finals. Scotland's coach attacked the decision and said his side "
        "would not be “collateral damage”. The Japan Meteorological Agency warned of record rain "
        "and winds over the Tokyo area. Railway companies planned to halt services on Saturday."
        " Japan's final pool match against Scotland is still scheduled for Sunday, but could be "
        "called off if the stadium is damaged. Fans were warned to stay in their hotels. "
        "Authorities advised more than a million people to evacuate their homes as rivers rose. "
        "Meteorologists said the storm was one of the strongest to threaten Tokyo in decades.",
        "sport",
    ),
    (
        "Cholera cases climb in Beira after Cyclone Idai",
        "Mozambique has confirmed more than 1,000 cases of cholera in Beira, the port city hit by "
        "Cyclone Idai two weeks ago, health officials said on Tuesday. The World Health "
        "Organization shipped 900,000 doses of oral vaccine, and a vaccination campaign begins "
        "next week. Floodwater mixed with sewage, and many wells were contaminated. Treatment "
        "centres have been set up in tents. The cyclone killed more than 600 people across "
        "Mozambique, Zimbabwe and Malawi. Aid workers said malaria cases were also rising as "
        "standing water bred mosquitoes."
        " The WHO said the vaccine could help stop the spread of the disease among displaced "
        "families. The government and aid agencies also delivered water purification tablets. "
        "Several hospitals in the city were damaged by the storm. Officials said a large part of "
        "the city had been without power for two weeks.",
        "health",
    ),
    (
        "Dengue deaths hit record in Bangladesh as monsoon lingers",
        "Bangladesh recorded its deadliest dengue season this year, with more than 1,000 deaths "
        "and over 200,000 people admitted to hospital, the health directorate said. Doctors "
        "blamed a long, hot monsoon and erratic rains that left water standing in construction "
        "sites and drains. Hospitals in Dhaka ran short of beds and intravenous fluids. "
        "Entomologists said the Aedes mosquito was now found across the country. City "
        "corporations launched fogging drives, and schools taught children to empty containers. "
        "Experts said warmer winters were lengthening the season."
        " The previous record was in 2019, when fewer than 200 people died. Health officials said"
        " most of the patients this year were young adults. Scientists are testing a strain of "
        "Wolbachia bacteria that stops mosquitoes from passing on the virus. Doctors warned that "
        "the outbreak could last until November.",
        "health",
    ),
    (
        "Superyacht sinks in storm off Sicily; tech tycoon among missing",
        "A British-flagged superyacht sank off the coast of Sicily early on Monday after being "
        "hit by a violent storm, and six people, including the British tech entrepreneur Mike "
        "Lynch, are missing, the Italian coastguard said. Fifteen people were rescued, among "
        "them a woman and her one-year-old daughter. The 56-metre sailing boat was anchored off "
        "Porticello when a waterspout or downburst struck. Divers are searching the wreck at a "
        "depth of about 50 metres. Prosecutors have opened an investigation into the sinking. "
        "Meteorologists said unusually warm sea temperatures had fuelled the storms."
        " The boat was carrying guests and crew. The captain survived. Lynch had been acquitted "
        "in a US fraud trial earlier in the summer. Experts questioned how such a large vessel "
        "could sink so quickly."
        " Local fishermen said the storm had arrived suddenly before dawn, with winds strong "
        "enough to snap masts in the harbour. The Italian weather service had issued a yellow "
        "warning for thunderstorms.",
        "accident",
    ),
    (
        "Crane collapses onto Grand Mosque during Mecca storm",
        "A construction crane toppled onto the Grand Mosque in Mecca during a violent storm on "
        "Friday, killing at least 107 people and injuring 238, Saudi civil defence said. The "
        "crane was part of a huge expansion project around the mosque, and strong winds and "
        "heavy rain struck the city in the afternoon. Pilgrims had gathered for prayers ahead "
        "of the Hajj. Videos showed the crane's arm crashing through the roof. The contractor "
        "was suspended while an inquiry was carried out. Saudi authorities said the Hajj would "
        "go ahead as planned."
        " Some of the victims were from Indonesia, Iran, India and Egypt, according to their "
        "governments. The civil defence said the wind speed was about 80 km/h. King Salman "
        "visited the site and promised a full investigation. Construction at the site was halted."
        " Witnesses said pilgrims helped carry the injured to ambulances.",
        "accident",
    ),
    (
        "Man with rifle arrested after threats halt FEMA visits in North Carolina",
        "A man armed with a rifle was arrested near Lake Lure after reports of threats against "
        "federal workers helping victims of Hurricane Helene, the Rutherford County sheriff's "
        "office said. FEMA briefly paused door-to-door visits in the area while the reports were "
        "checked. The sheriff said the man acted alone, and that talk online of “militia” "
        "trucks hunting FEMA staff was false. He was charged with going armed to the terror of the "
        "public. Aid workers resumed their rounds the next day. Helene killed more than 200 people "
        "across six states."
        " Local officials also said that false claims about the response had spread on social "
        "media. FEMA said it had hired more staff to help the victims of Helene in North "
        "Carolina. Weather forecasters said another storm, Milton, was heading towards Florida. "
        "Volunteers in Lake Lure are still clearing debris from the town centre.",
        "crime",
    ),
    (
        "Chilean volunteer firefighter charged with starting Viña del Mar blaze",
        "Chilean prosecutors on Friday charged a volunteer firefighter and a forestry official with "
        "starting the wildfires that killed 137 people around Viña del Mar in February, one of "
        "the deadliest disasters in the country's history. Investigators said the men set "
        "several fires using incendiary devices on a hot, windy afternoon. A judge ordered "
        "them held in custody. Police said the motive was still unclear. The fires destroyed "
        "thousands of homes in the hills above the city. Survivors said they felt betrayed."
        " The fires broke out during a heatwave, with temperatures above 35C and strong winds. "
        "Many residents lived in informal settlements on steep hillsides. The government declared"
        " a state of emergency and sent soldiers to help. Scientists have linked the fire "
        "conditions to El Niño and a long-term drying of central Chile.",
        "crime",
    ),
]

"""dev37 excerpts: Eastern Europe, Russia and the Caucasus; Latin America and the Caribbean."""

from figset import F

F(
    "Overnight attack on Kyiv",
    "KYIV - A Russian missile and drone attack on Kyiv overnight killed [[at least 23 people|killed;a=Kyiv Mayor Vitali Klitschko;alt=Vitali Klitschko]], [[four|killed;a=Kyiv Mayor Vitali Klitschko;alt=Vitali Klitschko]] of them children, and injured [[over 100|injured;a=Kyiv Mayor Vitali Klitschko;alt=Vitali Klitschko]], Kyiv Mayor Vitali Klitschko said. "
    "Russia launched [[598 drones|other;a=the Air Force]] and [[31 missiles|other;a=the Air Force]] at Ukraine, the Air Force said.",
)

F(
    "Evacuations from Pokrovsk",
    "DONETSK OBLAST - [[Between 200 and 300 people|displaced;a=regional governor Vadym Filashkin;alt=Vadym Filashkin]] are being evacuated from the Pokrovsk area every day, regional governor Vadym Filashkin said, as Russian forces advance to within {{8 kilometers}} of the town. "
    "[[Some 26,000 residents|civilians;a=Filashkin]] remain in the town, Filashkin said, among them [[1,100 children|civilians;a=Filashkin]].",
)

F(
    "Prisoner swap brings Ukrainians home",
    "[[Eighty-four Ukrainians|other;a=President Volodymyr Zelensky;alt=Volodymyr Zelensky]] returned home on Thursday in a prisoner exchange with Russia, President Volodymyr Zelensky said, among them [[22 civilians|other;a=President Volodymyr Zelensky;alt=Volodymyr Zelensky]]. "
    "The Coordination Headquarters for the Treatment of Prisoners of War said [[more than 4,500|other;a=The Coordination Headquarters for the Treatment of Prisoners of War]] have been freed in swaps since {{2022}}.",
)

F(
    "Children taken to Russia",
    "Ukraine says Russia has deported or forcibly transferred [[more than 19,000 Ukrainian children|displaced;a=Ukraine]] since the full-scale invasion, and only [[1,300|returned;a=Ukraine]] have been brought back. "
    "Kyiv has identified [[about 40 camps|capacity]] in Russia and occupied Crimea where some of the children were held.",
)

F(
    "Glide bombs hit Kharkiv",
    "KHARKIV - Russian glide bombs struck a residential district of Kharkiv on Sunday, killing [[three people|killed;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] and injuring [[32|injured;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]], regional governor Oleh Syniehubov said. "
    "[[Twelve apartment buildings|housing]] and a kindergarten were damaged, and [[about 70 residents|displaced]] were moved to a temporary shelter.",
)

F(
    "Kursk region evacuation",
    "MOSCOW - [[About 112,000 people|displaced;a=the acting governor]] have been evacuated from border districts of the Kursk region since Ukrainian troops crossed the border, the acting governor said on Monday. "
    "He said [[as many as 1,400 residents|missing;a=the acting governor]] of the occupied districts were unaccounted for, and that the region would pay {{10,000 roubles}} to each evacuee.",
)

F(
    "Detentions at memorials",
    "Police detained [[at least 366 people|arrested;a=OVD-Info]] at spontaneous memorials in [[39 cities|other;u=other;a=OVD-Info]] across Russia over the weekend, the rights group OVD-Info said. "
    "Courts in Moscow jailed [[more than 150|arrested]] of them for up to {{15 days}}.",
)

F(
    "Belarus frees political prisoners",
    "VILNIUS - Belarus released [[52 political prisoners|arrested;a=the Viasna human rights centre]], who were driven to the Lithuanian border on Thursday, the Viasna human rights centre said. "
    "[[About 1,130 people|arrested;a=Viasna]] are still recognised as political prisoners, Viasna said.",
)

F(
    "Tbilisi protest crackdown",
    "TBILISI - Police detained [[more than 400 protesters|arrested;a=the Interior Ministry]] during a week of nightly demonstrations on Rustaveli Avenue, the Interior Ministry said on Friday. "
    "The Public Defender said [[about 300 people|injured;a=The Public Defender]] had sought medical help, including [[80 journalists|injured;a=The Public Defender]].",
)

F(
    "Crowd in Belgrade",
    "BELGRADE - [[About 140,000 people|other;a=the Archive of Public Gatherings]] took part in Saturday's anti-government rally in Belgrade, the Archive of Public Gatherings estimated, while police put the figure at [[55,000|other;a=police]]. "
    "[[Twenty-two people|arrested]] were detained after clashes near parliament.",
)

F(
    "Ukrainian refugees in Moldova",
    "CHISINAU - Moldova hosts [[about 130,000 Ukrainian refugees|displaced;a=UNHCR]], UNHCR said, and [[more than 1.1 million|displaced;a=UNHCR]] have passed through the country since {{February 2022}}. "
    "[[Some 90,000 refugees|aid;a=the agency;alt=UNHCR]] received cash assistance this winter, the agency said.",
)

F(
    "Resettlement in Karabakh",
    "BAKU - [[About 3,000 people|returned;a=the State Committee for Affairs of Refugees and IDPs]] have resettled in Lachin, Fuzuli and Aghdam under the Great Return programme, the State Committee for Affairs of Refugees and IDPs said. "
    "Azerbaijan plans to resettle [[140,000 former IDPs|returned;p;a=Azerbaijan]] in the region by {{2026}}.",
)

F(
    "Pushbacks on the Belarus border",
    "WARSAW - The Polish Border Guard pushed back [[some 1,900 migrants|returned;a=data from the Polish Border Guard]] to Belarus in the {{first six months}} of the year, according to data from the Polish Border Guard. "
    "Rights groups say [[at least 89 people|killed;a=Rights groups]] have died in the border forest since {{2021}}.",
)

F(
    "Migrants found in truck",
    "SARAJEVO - Bosnian police found [[43 migrants|other;a=police]], [[11|other;a=police]] of them children, hidden in a truck near the border crossing at Izacic on Tuesday, police said. "
    "The driver, a {{34-year-old}} Croatian citizen, was arrested.",
)

F(
    "Strike on Zaporizhzhia suburbs",
    "ZAPORIZHZHIA - A Russian strike on suburbs of Zaporizhzhia damaged [[18 private houses|housing;a=regional governor Ivan Fedorov;alt=Ivan Fedorov]] and a gas pipeline, regional governor Ivan Fedorov said, and [[five people|injured;a=regional governor Ivan Fedorov;alt=Ivan Fedorov]] were hospitalised. "
    "[[About 1,200 households|civilians]] were left without power.",
)

F(
    "North Korean troops in Kursk",
    "SEOUL - [[About 10,500 North Korean soldiers|combatants;a=South Korea's spy agency]] have been deployed to Russia's Kursk region, South Korea's spy agency said, and [[about 300|killed;a=South Korea's spy agency]] have been killed. "
    "It said Pyongyang could send [[up to 6,000 more|combatants;p;a=South Korea's spy agency;n=-]] engineers and builders.",
)

F(
    "Catatumbo crisis",
    "CUCUTA (El Tiempo) - [[More than 47,000 people|displaced;a=the Ombudsman's Office]] have fled the Catatumbo region since fighting broke out between the ELN and FARC dissidents, the Ombudsman's Office said. "
    "The violence has left [[at least 63 people|killed]] dead, and the government has sent [[some 4,200 troops|combatants]] to the region.",
)

F(
    "Soldiers held by residents in Guaviare",
    "BOGOTA - [[Thirty-four soldiers|kidnapped;a=the Army]] were held by residents in a rural area of El Retorno, Guaviare, for {{two days}} after a clash with FARC dissidents, the Army said on Monday. "
    "The Army accused the dissidents of forcing [[about 200 civilians|civilians;a=The Army]] to surround the troops, and [[two soldiers|injured;a=The Army]] were wounded in the clash.",
)

F(
    "Venezuelans fly home",
    "BOGOTA - [[About 500 Venezuelans|returned;a=Migración Colombia]] flew home from Bogotá and Medellín this week on flights of the Vuelta a la Patria programme, Migración Colombia said. "
    "Colombia hosts [[about 2.8 million Venezuelan migrants|displaced]].",
)

F(
    "Deportation flight lands in Maiquetía",
    "CARACAS - A flight carrying [[about 180 Venezuelan migrants|returned;a=the Interior Ministry]] deported from the United States landed at Maiquetía airport on Friday, the Interior Ministry said, the {{12th}} such flight this year. "
    "[[More than 230 Venezuelans|arrested]] remain held in a prison in El Salvador.",
)

F(
    "Mexico's disappeared",
    "MEXICO CITY - [[More than 128,000 people|missing;a=the National Search Commission]] are listed as missing in Mexico, according to the National Search Commission. "
    "In Jalisco, search collectives found [[31 bodies|killed;a=state prosecutors]] in a clandestine grave near Tlajomulco last week, state prosecutors said.",
)

F(
    "Cartel war in Sinaloa",
    "CULIACAN - [[More than 1,050 people|killed;a=state prosecutors]] have been killed and [[1,310|missing;a=state prosecutors]] reported missing in Sinaloa since the war between factions of the Sinaloa Cartel broke out in {{September 2024}}, state prosecutors said. "
    "[[About 1,100 soldiers|combatants;a=the Defence Ministry]] arrived in Culiacán on Tuesday, the Defence Ministry said.",
)

F(
    "Migrants detained in Mexico",
    "Mexico's National Migration Institute detained [[some 712,000 migrants|arrested;a=government figures]] last year, according to government figures, and deported [[about 48,000|returned;a=government figures]] to their countries. "
    "[[Some 90,000 asylum seekers|displaced]] are waiting in Tapachula for their papers.",
)

F(
    "Displacement in Port-au-Prince",
    "PORT-AU-PRINCE (Le Nouvelliste) - [[About 840,000 people|displaced;a=the International Organization for Migration]] have been displaced by gang violence in Haiti, the International Organization for Migration said, [[about 210,000|displaced;a=the International Organization for Migration]] of them in [[96 sites|capacity;a=the International Organization for Migration]] in the capital. "
    "[[At least 1,520 people|killed;a=the UN]] were killed by gangs between January and March, according to the UN.",
)

F(
    "Gangs seize Mirebalais",
    "MIREBALAIS - Gangs of the Viv Ansanm coalition stormed Mirebalais on Monday and freed [[about 480 inmates|other;a=local officials]] from the town's prison, local officials said. "
    "[[More than 5,000 residents|displaced;a=the mayor]] fled towards Saut-d'Eau and Lascahobas, the mayor said. "
    "Gang members set fire to [[dozens of homes|housing]] and the police station.",
)

F(
    "Riot at Esmeraldas prison",
    "QUITO - [[Thirty-one inmates|killed;a=the prisons agency SNAI;alt=SNAI]] were killed in a riot between rival gangs at the prison in Esmeraldas, the prisons agency SNAI said on Sunday. "
    "[[Some 2,700 soldiers and police|combatants;n=soldiers and police]] took back control of the prison, which holds [[about 1,900 inmates|arrested]] in space for [[1,200|capacity]].",
)

F(
    "Floods in Bolivia",
    "LA PAZ - Heavy rains have affected [[more than 40,000 families|civilians;a=the Vice Ministry of Civil Defence]] across Bolivia since November and destroyed [[over 7,000 homes|housing;a=the Vice Ministry of Civil Defence]], the Vice Ministry of Civil Defence said. "
    "[[Twenty-two people|killed]] have died, most of them swept away by rivers, and [[about 3,500 families|displaced]] are staying in shelters.",
)

F(
    "Rains in Pernambuco",
    "RECIFE (Folha) - Heavy rains in the metropolitan region of Recife killed [[at least 38 people|killed;a=the state civil defence]] and left [[over 4,000 homeless|displaced;a=the state civil defence]], the state civil defence said on Monday. "
    "[[About 120 people|missing]] are still missing after landslides in Jaboatão dos Guararapes.",
)

F(
    "Political prisoners in Venezuela",
    "CARACAS - Venezuela holds [[1,793 political prisoners|arrested;a=the rights group Foro Penal;alt=Foro Penal]], [[68|arrested;a=the rights group Foro Penal;alt=Foro Penal]] of them teenagers, the rights group Foro Penal said. "
    "[[More than 2,000 people|arrested;a=the group;alt=Foro Penal]] were detained after the disputed election in {{July 2024}}, the group says.",
)

F(
    "Migrants heading south through Darién",
    "PANAMA CITY - [[About 11,600 migrants|returned;a=Panama's National Migration Service]] heading back south to their home countries have passed through Panama since January, Panama's National Migration Service said. "
    "Most take boats from the Guna Yala coast to Necoclí, a trip of about {{eight hours}}, and [[21 people|missing]] have gone missing at sea.",
)


F(
    "Kidnappings in Haiti",
    "PORT-AU-PRINCE - Gangs kidnapped [[at least 175 people|kidnapped;a=the UN office in Haiti]] for ransom between January and March, [[17|kidnapped;a=the UN office in Haiti]] of them foreigners, the UN office in Haiti said in its quarterly report. "
    "[[Some 50|kidnapped]] were still being held at the end of the quarter.",
)

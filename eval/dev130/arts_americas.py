"""Venezuelans across the Andes and at the Darién, and Haitians in Port-au-Prince's sites, fleeing
Mirebalais and deported from the Dominican Republic, and Venezuelans in Lima (11 articles
with figures, 1 without)."""

from _wrap import item

item(
    "Darién crossings hit a record as Venezuelans head north",
    """[[More than 520,000 people|displaced;a=Panama's National Migration Service]] crossed the
    Darién Gap between Colombia and Panama in {{2023}}, according to Panama's National
    Migration Service, more than double the previous year's record of [[248,000|displaced]].
    Venezuelans made up {{63 percent}} of those crossing, followed by Ecuadorians, Haitians and
    Chinese. UNICEF said [[about 113,000 children|displaced;a=UNICEF]] made the journey, which
    takes {{three to six days}} on foot through mud, rivers and mountains controlled by armed
    groups. In {{August}}, officials at the Lajas Blancas reception station registered [[an
    average of 1,500 people a day|displaced;q=approx;a=officials]], in a camp built for [[about
    500|capacity]]. Doctors Without Borders said it had treated [[more than 3,000
    people|injured;a=Doctors Without Borders]] at its clinics in Panama for injuries,
    dehydration and infections, and that it had recorded a sharp rise in sexual violence. The
    bodies of [[at least 36 migrants|killed;a=officials]] were recovered from the jungle last
    year, officials said, but many more are believed to have died unseen. On the Colombian
    side, in the beach town of Necoclí, [[thousands of migrants|displaced]] wait each week for
    boats to Acandí, paying around {{$40}} a ticket. "I sold my motorbike in Maracaibo to pay
    for this," said Yohandry Salas, {{26}}, holding her son's hand on the jetty. "There is no
    going back.\"""",
)

item(
    "Migrants who never reached the US head south by boat",
    """NECOCLÍ, Colombia (AP) — [[More than 14,000 migrants|returned;a=Panamanian authorities]],
    most of them Venezuelans, have travelled south through Panama and Colombia since
    {{January}}, Panamanian authorities said Friday, in a reversal of one of the world's
    busiest migration routes. Boats organised by Panama now leave the Caribbean village of
    Miramar carrying [[about 200 people a day|returned]] towards the Colombian border. In
    January, only [[2,200 people|displaced]] crossed the Darién northbound, compared with
    [[more than 36,000|displaced]] in the same month a year earlier. Many of those heading
    south had waited for months in Mexico for an asylum appointment in the United States that
    was cancelled. A {{9-year-old}} Venezuelan girl drowned last month when a boat carrying
    [[21 migrants|returned]] south capsized in rough seas off Panama's Guna Yala coast. The
    United States has paid for [[about 40 deportation flights|other]] from Panama since {{July
    2024}}, carrying [[more than 1,800 people|returned]] home. In Necoclí, María Alejandra
    Pérez, {{27}}, sat with [[her two children|returned]] on a bench at the port. "We are going
    back with less than we left with," she said. Migración Colombia said [[some 9,000
    Venezuelans|returned;a=Migración Colombia]] had re-entered Colombia from Panama this year,
    most of them on their way to Venezuela.""",
)

item(
    "Colombia grants protection status to 1.9 million Venezuelans",
    """BOGOTÁ — Colombia has granted temporary protection status to [[more than 1.9 million
    Venezuelans|displaced;a=Migración Colombia]], according to Migración Colombia, the
    migration agency, giving them the right to work, study and use public health services for
    {{ten years}}. [[Another 500,000|displaced;a=the agency;alt=Migración Colombia]] have
    applied and are waiting for their cards, the agency said. Colombia hosts [[about 2.9
    million Venezuelan migrants and refugees|displaced;n=migrants and refugees]], more than any
    other country. At the Simón Bolívar International Bridge in Cúcuta, [[about 35,000 people a
    day|other]] cross between the two countries, most of them to work, study or shop, and go
    back the same evening. Last week, the migration post on the bridge registered [[2,400 new
    arrivals|displaced]] who said they intended to stay. A shelter run by Scalabrinian
    missionaries near the bridge has [[120 beds|capacity;u=other]] and serves [[about 500 meals
    a day|aid]]. "Many people arrive with nothing but the permit's photocopy," said its
    director, who asked not to be named. The UN says [[7.7 million Venezuelans|displaced;a=The
    UN]] have left their country since {{2015}}, the largest exodus in Latin America's recent
    history.""",
)

item(
    "Migrants stranded at Peru-Chile border as both countries tighten controls",
    """TACNA, Peru, {{April 27}} (Reuters) - [[Hundreds of migrants|displaced]], most of them
    Venezuelans, were stranded on Thursday at the border between Chile and Peru, unable to
    leave Chile as Peru refused to let them cross without documents. Peru declared a state of
    emergency in its border regions and deployed [[about 200 soldiers|combatants]] to back up
    the police. Chilean officials said [[about 100 people a day|returned;a=Chilean officials]]
    had been trying to leave the country to go back to Venezuela since Chile began expelling
    undocumented migrants. Families slept on cardboard at the Chacalluta crossing, {{18 km}}
    north of Arica. The Peruvian Red Cross handed out [[800 food kits|aid]] and [[300
    blankets|aid]] on the Peruvian side. Peru's migration agency said it had let [[310
    people|returned;a=Peru's migration agency]] through on humanitarian grounds so that they
    could travel on to Venezuela, and Caracas sent a plane that took [[120
    Venezuelans|returned]] home from Lima under its Vuelta a la Patria programme. Chile's
    government says [[about 532,000 Venezuelans|displaced;a=Chile's government]] live in the
    country. "We came to Chile to work, and now neither country wants us," said Luis Rondón,
    {{34}}, a construction worker from Valencia.""",
)

item(
    "Port-au-Prince's displacement sites swell as gangs push into new neighborhoods",
    """[[More than 700,000 Haitians|displaced;a=the International Organization for Migration]] are
    now displaced, according to the International Organization for Migration. In the capital,
    [[nearly 200,000|displaced]] live in [[110 makeshift sites|capacity]], most of them
    schools, churches and public buildings taken over as families fled. Last week's attacks on
    Solino alone forced [[about 5,000 people|displaced;a=local officials]] from their homes,
    local officials said. At the Lycée Marie-Jeanne, a public school downtown, [[about 3,000
    people|displaced;a=Jean-Robert Pierre;alt=the site's committee head]] sleep in classrooms
    and the courtyard, said the site's committee head, Jean-Robert Pierre. There are [[eight
    toilets|aid;u=other;a=Jean-Robert Pierre]] for all of them, he said. The school's [[1,200
    students|civilians]] have had no classes since {{March}}. Gangs control about {{85
    percent}} of Port-au-Prince, according to the UN. The IOM said it had moved [[about 500
    families|displaced;a=The IOM]] from the most crowded sites to a new one in Tabarre, but
    space is scarce. The UN says gang violence killed [[more than 4,000 people|killed;a=The
    UN]] in Haiti in {{2024}}. "Every time they attack a new neighborhood, we get more people.
    We have nothing to give them," Pierre said.""",
)

item(
    "Dominican Republic says it will deport 10,000 Haitians a week",
    """SANTO DOMINGO, Dominican Republic (AP) — The Dominican Republic will deport [[up to 10,000
    Haitians a week|returned;p;a=the presidency]] who are in the country illegally, the
    presidency said Wednesday, citing the crisis in neighboring Haiti. The migration agency
    said it had deported [[more than 250,000 people|returned;a=The migration agency]] in
    {{2023}}. Since {{October 2}}, when the new policy took effect, [[more than 27,000
    Haitians|returned;a=the International Organization for Migration]] have been sent back, the
    International Organization for Migration said, including [[at least 120 pregnant
    women|returned;a=the International Organization for Migration]] and [[dozens of
    unaccompanied children|returned;a=the International Organization for Migration]]. Haitian
    officials said [[about 1,000 deportees a day|returned;a=Haitian officials]] were arriving
    at the Ouanaminthe crossing, where there is no shelter for them. Dominican police and
    soldiers have detained [[about 2,000 people|arrested]] in raids in Santo Domingo and
    Santiago this week, human rights groups said. The army has sent [[1,500 more
    soldiers|combatants]] to the {{390-kilometer}} border. Haiti's foreign ministry called the
    expulsions "inhumane." "They took me from the bus stop on my way to work. I didn't see my
    children," said Wilner Joseph, {{32}}, after he was dropped in Ouanaminthe.""",
)

item(
    "Haiti: displacement reaches 1.3 million, highest ever",
    """The number of people displaced by violence in Haiti has reached [[nearly 1.3
    million|displaced;a=the International Organization for Migration (IOM)]], the highest ever
    recorded, the International Organization for Migration (IOM) said on Wednesday. That is a
    rise of {{24 percent}} since {{December}}. In the Centre department, [[more than 147,000
    people|displaced]] fled Mirebalais, Saut-d'Eau and nearby towns in {{March}} and {{April}},
    the first large displacement outside the capital. In Port-au-Prince, [[more than 40,000
    people|displaced]] fled their homes in {{February}} when gangs attacked Kenscoff and
    Carrefour. {{83 percent}} of the displaced are hosted by families, the agency said, but the
    number of displacement sites in the capital has risen to [[246|capacity;u=other;a=the
    agency;alt=the International Organization for Migration (IOM)]]. [[More than 1,600
    schools|other]] are closed because of insecurity. The UN human rights office said [[at
    least 1,600 people|killed;a=The UN human rights office]] were killed in the first quarter
    of the year. Since {{January}}, IOM and its partners have given clean water to [[140,000
    people|aid]] and distributed [[22,000 shelter kits|aid]]. The humanitarian appeal for Haiti
    is {{8 percent}} funded.""",
)

item(
    "Evicted from a school, Haiti's displaced try a new site",
    """For {{14 months}}, [[the 2,400 people|displaced]] sheltering at the Lycée of Delmas had
    turned its classrooms into bedrooms. When the education ministry asked them to leave so
    that lessons could resume, the IOM moved [[about 480 families|displaced]] to a new site on
    a former sports ground in Tabarre on Saturday. The site has [[200 tents|capacity;a=the
    agency;alt=the IOM]] and [[40 latrines|aid;a=the agency;alt=the IOM]], the agency said, and
    [[1,000 more families|displaced;p;a=the agency;alt=the IOM]] are expected to move there
    from other schools before the end of the month. Each family received a cash grant of
    {{$300}}. [[Some 120 families|displaced]] refused to go and moved in with relatives in
    Pétion-Ville instead. "A tent in Tabarre is not a home. Gangs are {{2 km}} from there,"
    said Marie-Ange Louis, {{45}}, who sells charcoal. Gunmen killed [[at least 10
    people|killed]] near the new site last month, according to residents. The Lycée's [[1,100
    pupils|civilians]] are due to return to class in {{September}}. Aid workers say the
    evictions will be repeated across the capital, where [[dozens of schools|capacity;a=Aid
    workers]] still serve as shelters.""",
)

item(
    "Venezuela receives deportation flight from Texas",
    """CARACAS, {{Feb 10}} (Reuters) - A plane carrying [[190 Venezuelan migrants|returned]]
    deported from the United States landed at Maiquetía airport late on Monday, the first such
    flight under an agreement between Caracas and Washington. Venezuela's government said it
    had brought home [[more than 1,000 people|returned;a=Venezuela's government]] on [[eight
    flights|other;a=Venezuela's government]] from Mexico, Chile and the United States since
    {{January}} under its Vuelta a la Patria programme. A second flight, with [[about 180
    migrants|returned;p]], is expected on Thursday. The interior minister said [[13 of the
    returnees|arrested;a=The interior minister]] had been detained on arrival on suspicion of
    belonging to the Tren de Aragua gang. Washington has also sent [[238 Venezuelan
    men|arrested]] to a maximum-security prison in El Salvador. [[About 600,000
    Venezuelans|displaced]] in the United States hold Temporary Protected Status, which the
    administration has moved to end. The UN says [[more than 7.9 million
    Venezuelans|displaced;a=The UN]] have left their country.""",
)

item(
    "Mirebalais falls to gangs as residents flee toward the border",
    """Gunmen from the Viv Ansanm gang coalition took over Mirebalais on Monday, freeing [[more
    than 500 inmates|other]] from the town's prison and setting fire to the police station. The
    International Organization for Migration said [[over 51,000 people|displaced;a=The
    International Organization for Migration]] had fled Mirebalais and nearby Saut-d'Eau. Many
    walked east toward Lascahobas and Belladère, near the Dominican border, where [[about 6,000
    people|displaced;a=a parish priest]] are sleeping in churches and in [[three
    schools|capacity;a=a parish priest]], a parish priest said. Residents said the gangs burned
    [[about 80 homes|housing;a=Residents]] on the road to Saut-d'Eau. The University Hospital
    of Mirebalais, run by Partners In Health, evacuated [[about 200 patients|displaced]] and
    closed its doors. Haiti's National Police said [[two officers|killed;a=Haiti's National
    Police]] were killed. Families who reached Port-au-Prince moved into [[two new displacement
    sites|capacity]] in Croix-des-Bouquets. "I left with my children and the clothes we had on.
    I don't know if my mother is alive," said Roselène Dorvil, {{38}}. Mirebalais lies on the
    road between the capital and the Central Plateau, about {{60 km}} from Port-au-Prince.""",
)

item(
    "Panama closes Darién migrant stations as crossings dry up",
    """Panama's government said on Tuesday that it had closed the Lajas Blancas and San Vicente
    reception stations, after northbound crossings through the Darién jungle fell by {{99
    percent}} in the first months of {{2025}}. The stations, opened in {{2019}}, were at the
    centre of the route at its peak in {{2023}}. The government said that the buildings would
    be handed over to the Health Ministry and that its border service, Senafront, would keep
    patrolling the {{266-km}} frontier with Colombia. The United States paid {{$6 million}} for
    deportation flights from Panama under a {{July 2024}} agreement. Aid groups warned that
    migrants were now taking more dangerous routes by sea along the Caribbean coast. The
    president said the jungle was "closed" and thanked the security forces. Local boatmen in
    Bajo Chiquito said their income had fallen by {{90 percent}} since the start of the year.""",
)

item(
    "In Lima, Venezuelans weigh staying, moving on or going home",
    """LIMA — Every morning at six, Yelitza Rojas, {{41}}, pushes her arepa cart up a dirt road in
    San Juan de Lurigancho, the most populous district of the Peruvian capital. She arrived in
    {{2018}} with [[her three children|displaced]], after a journey by bus and on foot from
    Cúcuta that took {{nine days}}. Peru is home to [[about 1.5 million Venezuelans|displaced;
    a=the UN's regional platform R4V]], the largest community after Colombia's, according to
    the UN's regional platform {{R4V}}. Only [[about 600,000 of them|displaced;n=-]] hold a
    temporary residence permit; the rest work in markets, on building sites and as motorcycle
    taxi drivers without papers. Last year Peru's migration authority said it had expelled
    [[more than 1,300 foreigners|returned;a=Peru's migration authority]], most of them
    Venezuelans accused of crimes. A survey by the IOM found that {{42 percent}} of Venezuelans
    in Lima said they had faced discrimination. Since the disputed Venezuelan election of
    {{July 2024}}, talk of going home has faded. The Venezuelan consulate says [[about 12,000
    people|returned;p;a=The Venezuelan consulate]] have signed up for free Vuelta a la Patria
    flights from Lima, but only [[2,400|returned]] have flown so far, on [[15 flights|other]].
    "My children speak like Limeños now. Going back would be a second migration," Rojas said.
    Her neighbour, Jhonny Pérez, {{29}}, plans to leave for Santiago next month with [[five
    relatives|displaced;p;a=Jhonny Pérez]], hoping for better wages in Chile. At the Ecuadorian
    border in Tumbes, officials counted [[about 3,000 people a day|displaced;a=officials]]
    entering Peru at the height of the exodus in {{2018}}. Now the number is [[fewer than
    100|displaced]]. Peru requires Venezuelans to show a passport and a humanitarian visa to
    enter, rules that rights groups say push people onto smugglers' paths through the desert.
    "The road is the same, it just costs more," said a volunteer at a church shelter in Tumbes.""",
)

"""The exodus: refugees and migrants, the routes, the shelters, the returns."""

from _wrap import item

item(
    "Venezuelans abroad pass 7.7 million, R4V says",
    """
[[More than 7.7 million Venezuelans|displaced;a=R4V]] now live outside their country, {{R4V}}, the platform led by UNHCR and the IOM,
said on {{June 14, 2024}}, [[about 6.5 million|displaced;a=R4V]] of them in Latin America and the Caribbean. Colombia hosts
[[2.8 million|displaced;a=the platform;alt=R4V]], Peru [[1.5 million|displaced;a=the platform;alt=R4V]] and Brazil
[[about 570,000|displaced;a=the platform;alt=R4V]], the platform said. Its regional plan for {{2024}} seeks {{$1.59 billion}}
to reach [[2.9 million people|aid;p;a=Its regional plan]], including host communities. Only {{17%}} of the money had been received by
{{June}}.
The platform said [[1.2 million people|aid;a=The platform;alt=R4V]] had received food, cash or shelter by {{June}}.
""",
)

item(
    "Thousands cross Simón Bolívar bridge each day into Cúcuta",
    """
[[About 35,000 people|displaced;a=Migración Colombia]] crossed the Simón Bolívar bridge into Cúcuta every day in {{February 2018}},
Migración Colombia said, most to buy food and medicine before going home. The agency said [[some 3,000 a day|displaced;a=The agency;alt=Migración Colombia;n=-]] did not return.
Colombia deployed [[2,120 soldiers and police|combatants;n=soldiers and police;a=Colombia]], it said, to tighten the border. At the Divina
Providencia soup kitchen run by the Catholic Church, volunteers served [[5,000 meals a day|aid;a=volunteers]], volunteers said.
The church said it was feeding [[400 children|aid;a=The church]] at a school across the road.
Cúcuta's mayor said [[about 500 people|displaced;a=Cúcuta's mayor]] slept rough in the city's bus terminal, and that a new shelter would take in [[up to 300 people|capacity;a=Cúcuta's mayor;p]].
""",
)

item(
    "Roraima shelters full as Brazil speeds up relocations",
    """
Brazil's Operation Welcome ran [[13 shelters|capacity;a=the army]] in Boa Vista and Pacaraima in {{2019}}, housing
[[about 6,500 people|displaced;a=the army]], the army said. Another [[3,000 Venezuelans|displaced;a=UNHCR]] slept in the
streets and squares of Boa Vista, UNHCR said. The agency said [[more than 2,000 people|displaced;a=The agency;alt=UNHCR]] had been
flown to other Brazilian states that year under a relocation programme. A new shelter under construction would
have room for [[up to 800 people|capacity;a=the army;p]], the army said. Pacaraima's population, [[about 12,000|civilians]] before the crisis, nearly
doubled.
Soldiers handed out [[3,000 meals a day|aid;a=Soldiers]] at the Pacaraima border post, they said.
""",
)

item(
    "At least 28 bodies recovered after Güiria boat sinking",
    """
Venezuelan authorities said they had recovered [[28 bodies|killed;a=Venezuelan authorities]] from the waters of the Gulf of Paria after
a boat carrying migrants to Trinidad sank in {{December 2020}}. The vessel left Güiria with [[at least 41 people|other;a=survivors]] on
board, survivors said. [[Four children|killed]] were among the dead. Relatives said [[about a dozen|missing;a=Relatives]] were
still missing. Attorney General Tarek William Saab said [[six people|arrested;a=Attorney General Tarek William Saab]] linked to a trafficking
network had been detained. Trinidad had sent [[16 Venezuelans|returned;a=Trinidad]] back by boat before the sinking, it said.
Fishermen said [[two boats|other;a=Fishermen]] were still searching off the Paria peninsula, and that [[dozens of families|civilians]] in Güiria had relatives on board.
""",
)

item(
    "Darién crossings by Venezuelans hit record",
    """
[[More than 328,000 Venezuelans|displaced;a=Panama's National Migration Service]] crossed the Darién Gap in {{2023}}, Panama's National Migration
Service said, out of [[520,085 migrants|displaced;a=Panama's National Migration Service]] who made the journey. Médecins Sans Frontières said its teams at the
reception stations had treated [[676 survivors of sexual violence|other;a=Médecins Sans Frontières]] that year. The Lajas Blancas station
has space for [[about 1,200 people|capacity;a=Panamanian officials]] but often held [[3,000|displaced;a=Panamanian officials]],
Panamanian officials said. The IOM said [[at least 55 migrants|missing;a=The IOM]] went missing or died in the jungle.
Panama's government said it had deported [[about 1,300 people|returned;a=Panama's government]] to Colombia by air, and that [[two buses a day|other;u=other;n=buses;a=Panama's government]] carried migrants to the border with Costa Rica.
""",
)

item(
    "Peru expels hundreds after Tren de Aragua crackdown",
    """
Peru's immigration authority said it had expelled [[more than 700 Venezuelans|returned;a=Peru's immigration authority]] in {{2023}} for entering
irregularly or for criminal records. A police operation in the Lima district of San Juan de Lurigancho led to
[[38 arrests|arrested;a=police]], police said. [[Hundreds of Venezuelan families|displaced]] moved out of the district after the raids. The
government sent [[about 1,000 soldiers|combatants;a=The government]] to patrol Lima, it said, under a {{60-day}} state of emergency.
Peru's ombudsman said [[1.5 million Venezuelans|displaced;a=Peru's ombudsman]] were living in the country, most of them without papers.
The prefecture said [[20 to 30 households|displaced;a=The prefecture]] were evicted from a single building, and [[14 houses|housing;a=The prefecture]] were searched.
""",
)

item(
    "Vuelta a la Patria flight brings 104 home from Lima",
    """
A Conviasa flight carried [[104 Venezuelans|returned;a=Foreign Minister Yván Gil]] home from Lima on {{March 12, 2024}}, Foreign
Minister Yván Gil said, under the Vuelta a la Patria programme. The government says
[[more than 35,000 people|returned;a=The government]] have returned on such flights since {{2018}}. Those who landed were given
[[104 food boxes|aid]] from the CLAP programme. {{R4V}} said [[some 250,000 migrants|returned;a=R4V]] had gone back
by their own means during the {{2020}} pandemic, when [[thousands of Venezuelans|displaced]] lost jobs in Colombia and Peru.
The foreign ministry said [[two more flights|other;n=flights;a=The foreign ministry;p]] were planned, and that [[3,400 Venezuelans|returned;a=The foreign ministry;p]] in Peru had asked to go home.
""",
)

item(
    "Deportation flights from Texas resume under Trump",
    """
A Conviasa plane landed at Maiquetía on {{February 10, 2025}} with [[190 Venezuelans|returned;a=the government]] deported from
El Paso, the government said, the first such flight in {{2025}}. Interior Minister Diosdado Cabello said
[[as many as 600 more|returned;p;a=Interior Minister Diosdado Cabello]] would arrive that month. US officials said
[[about 350|returned;a=US officials]] had been sent earlier to the naval base at Guantánamo Bay, and that the base could hold
[[up to 30,000 migrants|capacity;a=US officials]]. The Department of Homeland Security said
[[more than 600,000 Venezuelans|civilians;a=The Department of Homeland Security]] would lose temporary protected status, with
[[some 350,000|civilians;a=The Department of Homeland Security]] affected first.
Venezuela's government said [[13 children|returned;a=Venezuela's government]] were among those on the flight, and [[one man|arrested;a=Venezuela's government]] was detained on landing.
""",
)

item(
    "Chile's north strains under Venezuelan arrivals at Colchane",
    """
[[About 1,800 migrants|displaced;a=the mayor of Colchane, Javier García]] crossed into Colchane on foot in a single week of {{February 2021}}, the mayor of Colchane,
Javier García, said, in a village of [[1,700 residents|civilians;a=the mayor of Colchane, Javier García]]. [[Two migrants|killed;a=Chile's Interior Ministry]]
died of cold and altitude sickness on the trail, Chile's Interior Ministry said. The government set up a shelter in Colchane with
[[400 beds|capacity;a=The government]] and flew [[138 Venezuelans|returned;a=The government]] back to Caracas, it said. In Iquique,
residents burned the tents and belongings of migrants camped on a beach in {{September 2021}}.
Soldiers sent to the border numbered [[about 400|combatants;a=the Defence Ministry]], the Defence Ministry said, and [[dozens of tents|other]] lined the plaza.
""",
)

item(
    "Colombia grants protection status to 1.8m Venezuelans",
    """
Colombia's Migration agency said on {{May 3, 2023}} that [[1.8 million Venezuelans|displaced;a=Colombia's Migration agency]] had received the
Temporary Protection Permit, which lets holders live and work legally for {{10 years}}. The agency said
[[about 2.5 million|displaced;a=The agency;alt=Colombia's Migration agency]] had registered. UNHCR said [[more than 200,000 children|displaced;a=UNHCR]]
had been enrolled in Colombian schools. In La Guajira, [[some 4,000 people|displaced]] lived in informal settlements, where
[[22 latrines|aid;a=aid workers]] served the whole site, aid workers said.
The agency said [[up to 500,000 more|displaced;a=The agency;alt=Colombia's Migration agency;p]] could apply by the end of the year.
""",
)

item(
    "Aid trucks set alight at Colombian border, Guaidó says",
    """
Juan Guaidó said [[14 trucks|aid;a=Juan Guaidó]] carrying food and medicine from the US set off from Cúcuta on {{February 23, 2019}}, but
were stopped on the bridges by National Guard troops. Colombian officials said [[285 people|injured;a=Colombian officials]] were hurt on the
Colombian side, [[37|injured;a=Colombian officials]] of them taken to hospital. [[Two trucks|other;a=the officials;alt=Colombian officials]] were burned on the
Francisco de Paula Santander bridge, the officials said. Migración Colombia said [[60 Venezuelan soldiers|other;a=Migración Colombia]] deserted
and crossed that weekend. In Santa Elena de Uairén, on the Brazilian border, [[four people|killed;a=Foro Penal]] were shot dead, Foro Penal said.
The US said it had sent [[more than 600 tonnes|aid;a=The US]] of aid.
Brazil said [[two trucks|aid;a=Brazil]] waiting at Pacaraima turned back.
""",
)

item(
    "UN plan aims to reach 2.4m inside Venezuela",
    """
The UN's humanitarian response plan for Venezuela said [[7 million people|civilians;a=The UN's humanitarian response plan for Venezuela]] were in
need in {{2021}}, and aimed to reach [[4.5 million|aid;p;a=The UN's humanitarian response plan for Venezuela]] of them. By {{December}} the agencies had
reached [[2.4 million people|aid;a=OCHA]], OCHA said. UNICEF said it had distributed [[1,650 tonnes|aid;a=UNICEF]] of medical supplies and
water kits, and supported [[264 schools|aid;a=UNICEF]] with meals. The World Food Programme began school meals in {{July 2021}} aiming to reach
[[185,000 children|aid;p;a=The World Food Programme]] in the first phase.
OCHA said [[some 170 aid organisations|other;n=organisations;a=OCHA]] took part, and that [[between 1 and 1.5 million people|civilians;a=OCHA]] lacked regular access to water.
""",
)

item(
    "Guárico village empties as young people leave",
    """
The mayor of El Sombrero says [[around 3,000 of its young people|displaced;n=people;a=The mayor of El Sombrero]] have left for Colombia, Peru or
Chile in {{seven years}}. [[At least 40 houses|housing;a=neighbours]] on the main street stand empty and stripped of doors and roofing, neighbours
said. The local school, which had [[620 pupils|civilians;a=its director]] in {{2015}}, now has [[210|civilians;a=its director]], its director said. The
parish priest said he had buried [[11 elderly residents|killed;a=The parish priest]] who died alone this year.
Neighbours said [[15 families|displaced;a=Neighbours]] left in a single month this year, and that [[four houses|housing;a=Neighbours]] had collapsed.
""",
)

item(
    "IOM search for missing after boat capsizes off Curaçao",
    """
The Curaçao coast guard said [[four Venezuelans|killed;a=The Curaçao coast guard]] drowned and [[at least eight|missing;a=The Curaçao coast guard]] were missing after a
boat from Falcón state capsized off the island in {{January 2024}}. [[Nine people|other]] were rescued. The IOM said
[[more than 100 Venezuelans|missing;a=The IOM]] had gone missing at sea on routes to the Caribbean islands since {{2018}}.
Aruba and Curaçao sent [[about 7,000 Venezuelans|returned;a=the Dutch government]] back in {{2019}}, the Dutch government said.
The coast guard said [[two vessels|other;u=other;a=The coast guard;alt=The Curaçao coast guard]] and a helicopter were searching, and that [[three survivors|arrested;a=The coast guard;alt=The Curaçao coast guard]] were held at the Barber detention centre.
""",
)

item(
    "A migrant's ledger: wages, rents and remittances",
    """
A Venezuelan nurse in Bogotá earns about {{1.3 million pesos}} a month, {{30%}} less than her Colombian colleagues. She sends
{{$100}} home every {{two weeks}}. Remittances to Venezuela reached an estimated {{$4.2 billion}} in {{2023}}, the consultancy
Ecoanalítica said. She is {{41}}, arrived in {{2017}} and has not been back in {{six years}}.
""",
)

item(
    "Exodus in charts: what the numbers measure",
    """
The {{R4V}} platform publishes its figures on the {{first}} working day of each quarter. Its data draw on national
governments' records, a method revised in {{2022}}. Around {{one in five}} Venezuelans now lives abroad. The
regional appeal for {{2025}} was {{$1.4 billion}}, funded at {{12%}} by {{September}}.
""",
)

"""dev54 items: migration statistics (IOM's Missing Migrants Project and DTM rounds, Frontex,
Eurostat and EUAA asylum figures, national asylum offices, US CBP and ICE, deportations and
voluntary returns, interceptions at sea, resettlement plans, IDMC's disaster and conflict
displacement) and one item with rates only.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Central Mediterranean: at least 1,410 migrants died in 2024",
    "[[At least 1,410 migrants|killed;a=IOM's Missing Migrants Project]] died and [[about 790 more|missing;a=IOM's Missing Migrants Project;n=-]] went missing on the Central Mediterranean route in {{2024}}, according to IOM's Missing Migrants Project. "
    "The project has recorded [[more than 24,500 deaths|killed;a=The project;alt=IOM's Missing Migrants Project]] on the route since {{2014}}.",
)

F(
    "Record arrivals on the Atlantic route to the Canaries",
    "[[45,990 migrants|displaced;a=the Spanish interior ministry]] reached the Canary Islands by sea in {{2024}}, up {{17%}} on the year before, according to the Spanish interior ministry. "
    "Caminando Fronteras, a Spanish NGO, counted [[more than 9,300 deaths|killed;a=Caminando Fronteras]] on the route, or [[about 25 a day|killed;a=Caminando Fronteras]]. "
    "[[More than 5,800 unaccompanied children|displaced]] are in the islands' reception centres, which have space for [[about 2,000|capacity]].",
)

F(
    "Frontex: irregular entries to the EU at lowest since 2021",
    "Frontex said [[about 232,000 people|displaced;a=Frontex]] entered the EU irregularly in {{2024}}, down {{38%}} from the year before and the lowest number since {{2021}}. "
    "The Central Mediterranean route saw [[67,300 arrivals|displaced]], down {{59%}}, while [[about 17,000 people|displaced]] crossed on the Eastern Land Border route, {{almost double}} the previous year's number.",
)

F(
    "Channel small-boat crossings rise by a quarter",
    "[[37,104 people|displaced;a=the Home Office]] crossed the Channel in [[708 small boats|other;a=the Home Office]] in {{2024}}, the Home Office said, up {{25%}} on {{2023}}. "
    "[[At least 78 people|killed;a=the IOM]] died trying to make the crossing, according to the IOM, the highest toll since it began counting in {{2014}}.",
)

F(
    "EU asylum applications fall by 11%",
    "[[About 1 million people|displaced;a=the EU Agency for Asylum (EUAA)]] applied for asylum in EU+ countries in {{2024}}, down {{11%}} on {{2023}}, the EU Agency for Asylum (EUAA) said. "
    "Syrians ([[about 151,000|displaced]]), Afghans ([[87,000|displaced]]) and Venezuelans ([[73,000|displaced]]) lodged the most claims.",
)

F(
    "Germany: first-time asylum seekers down by nearly a third",
    "The Federal Office for Migration and Refugees (BAMF) registered [[about 230,000 first-time asylum-seekers|displaced;a=The Federal Office for Migration and Refugees (BAMF)]] in {{2024}}, nearly {{a third}} fewer than in {{2023}}. "
    "[[20,310 people|returned;a=the interior ministry]] were deported from Germany in the same year, the interior ministry said, up from [[16,430|returned;a=the interior ministry]] in {{2023}}.",
)

F(
    "Greece suspends asylum claims as Crete arrivals surge",
    "[[More than 7,300 migrants|displaced;a=the coast guard]] reached Crete from eastern Libya in the {{first six months}} of {{2025}}, the coast guard said, {{three times}} as many as in all of {{2024}}. "
    "The government suspended asylum claims by people arriving by sea from North Africa for {{three months}} and said [[about 1,400 people|arrested;a=The government;p]] who had landed since early July would be held for deportation. "
    "Reception space in Chania is limited to [[no more than 300 places|capacity;n=places]].",
)

F(
    "Lampedusa overwhelmed by 5,100 arrivals in two days",
    "[[About 5,100 migrants|displaced;a=the Italian Red Cross]] landed on Lampedusa aboard [[112 boats|other;a=the Italian Red Cross]] over {{two days}}, the Italian Red Cross said. "
    "The island's reception centre, which has room for [[about 400 people|capacity]], was holding [[more than 6,000|displaced]] on Wednesday. "
    "A {{five-month-old}} baby drowned when a boat capsized off the island.",
)

F(
    "Darién crossings collapse",
    "Panama's migration service counted [[2,976 people|displaced;a=Panama's migration service]] crossing the Darién Gap in the {{first four months}} of {{2025}}, down from [[more than 139,000|displaced;a=Panama's migration service]] in the same period of {{2024}}. "
    "[[About 2,200 migrants|returned;a=the authorities]] travelled south by boat from Panama towards Colombia and Venezuela in February alone, the authorities said.",
)

F(
    "Border Patrol apprehensions at a record low",
    "Border Patrol agents apprehended [[8,725 migrants|arrested;a=US Customs and Border Protection (CBP)]] between ports of entry on the southwest border in March, US Customs and Border Protection (CBP) said, the lowest monthly total on record and down from [[139,120|arrested;a=US Customs and Border Protection (CBP)]] in {{March 2024}}. "
    "That was an average of [[about 280 a day|arrested]].",
)

F(
    "ICE removals highest in a decade",
    "Immigration and Customs Enforcement (ICE) removed [[268,900 people|returned;a=the agency;alt=Immigration and Customs Enforcement (ICE)]] in fiscal year {{2024}}, the agency said, the most since {{2014}}. "
    "It was holding [[about 59,000 people|arrested]] in detention in June, well above its funded capacity of [[41,500 beds|capacity]].",
)

F(
    "Mexico's asylum claims: Haitians lead",
    "Mexico's refugee agency COMAR said [[about 79,000 people|displaced;a=Mexico's refugee agency COMAR;alt=COMAR]] applied for asylum in {{2024}}, {{a third}} of them from Haiti. "
    "In Tapachula, [[more than 1,900 migrants|displaced]] were staying in [[14 shelters|capacity]] run by churches and charities in January.",
)

F(
    "Libyan coast guard intercepted 21,490 migrants in 2024",
    "[[21,490 migrants|other;a=IOM]] were intercepted at sea and returned to Libya in {{2024}}, IOM said, [[about 1,100|other;a=IOM]] of them children. "
    "At the end of December, [[about 3,900 migrants|arrested;a=IOM]] were held in official detention centres, IOM said, and [[at least 560 people|missing;a=IOM]] had gone missing off Libya during the year.",
)

F(
    "Voluntary returns from Tunisia nearly triple",
    "[[About 7,250 migrants|returned;a=the agency;alt=IOM]] went home from Tunisia on IOM's assisted voluntary return flights in {{2024}}, the agency said, up from [[2,557|returned;a=the agency;alt=IOM]] in {{2023}}. "
    "The Tunisian National Guard said it had stopped [[about 81,000 migrants|other;a=The Tunisian National Guard]] trying to leave for Italy in the same period.",
)

F(
    "Andaman Sea deadliest for Rohingya boats",
    "[[About 7,800 Rohingya|displaced;a=UNHCR]] set off on boat journeys across the Andaman Sea and the Bay of Bengal in {{2024}}, UNHCR said, and [[at least 430|killed;a=UNHCR]] died at sea. "
    "[[About 220 more|missing;n=-]] are missing, presumed drowned.",
)

F(
    "Internal displacement reaches 81.7 million people",
    "There were [[61.3 million internal displacements|displaced;a=the Internal Displacement Monitoring Centre (IDMC)]] worldwide in {{2024}}, [[43.9 million|displaced;a=the Internal Displacement Monitoring Centre (IDMC)]] of them triggered by disasters, the Internal Displacement Monitoring Centre (IDMC) said. "
    "The number of people living in internal displacement reached [[81.7 million|displaced;a=the centre;alt=the Internal Displacement Monitoring Centre (IDMC)]] at the end of the year, the centre said, [[11.6 million|displaced;a=the centre;alt=the Internal Displacement Monitoring Centre (IDMC)]] of them in Sudan.",
)

F(
    "Hurricanes drove record US evacuations",
    "Hurricanes Helene and Milton alone prompted [[about 10.4 million evacuations|displaced;a=IDMC]] in the United States, IDMC said, the most for any country. "
    "In Bangladesh, monsoon floods and Cyclone Remal displaced [[more than 2.4 million people|displaced]] and destroyed [[over 40,000 homes|housing]].",
)

F(
    "Sudan's displaced fall below nine million as returns begin",
    "IOM's Displacement Tracking Matrix (DTM) estimated that [[8.6 million people|displaced;a=IOM's Displacement Tracking Matrix (DTM)]] were internally displaced in Sudan in mid-June, down from a peak of [[11.3 million|displaced;a=IOM's Displacement Tracking Matrix (DTM)]] in January. "
    "[[About 1.4 million|returned;a=DTM]] have returned to areas of Khartoum, Gezira and Sennar since {{November 2024}}, DTM said, {{68%}} of them to Gezira.",
)

F(
    "Yemen: new displacement slows in the first half",
    "IOM's DTM tracked [[2,874 households|displaced;a=IOM's DTM]], or [[about 17,200 people|displaced;a=IOM's DTM]], newly displaced across Yemen between {{1 January}} and {{30 June}}, most of them in Marib, Taiz and Al Hodeidah. "
    "Marib alone has [[nearly 200 displacement sites|capacity]].",
)

F(
    "EU return orders: only one in four enforced",
    "[[About 471,000 non-EU citizens|returned;a=Eurostat;p;n=citizens]] were ordered to leave the EU in {{2024}}, according to Eurostat, but only [[119,800|returned;a=Eurostat]] were effectively returned to a country outside the bloc. "
    "[[Just over 4.26 million people|displaced;a=Eurostat]] from Ukraine held temporary protection in the EU at the end of May, Eurostat said.",
)

F(
    "UK returns rise as asylum hotels close",
    "[[About 24,100 people|returned;a=the Home Office]] left the UK through enforced or voluntary returns in the year to June, the Home Office said, [[8,600|returned;a=the Home Office]] of them by force. "
    "[[About 32,000 asylum-seekers|displaced;a=the department;alt=the Home Office]] were being housed in [[210 hotels|capacity;a=the department;alt=the Home Office;u=structure]], down from a peak of [[more than 400|capacity;a=the department;alt=the Home Office;u=structure]], the department said.",
)

F(
    "Poland detains 2,100 after crossings from Belarus",
    "The Polish Border Guard said it had detained [[about 2,100 people|arrested;a=The Polish Border Guard]] who crossed from Belarus in {{2024}}, and that [[more than 5,000 soldiers|combatants;a=The Polish Border Guard]] were deployed along the {{418-km}} frontier. "
    "Aid groups say [[at least 96 people|killed;a=Aid groups]] have died on both sides of the border since {{2021}}.",
)

F(
    "Ethiopian migrants deported from Saudi Arabia",
    "[[More than 70,000 Ethiopian migrants|returned;a=IOM]] have been deported from Saudi Arabia since {{April 2022}}, IOM said, many of them after months in crowded detention centres. "
    "Returnees arrive at Addis Ababa's Bole airport on [[two to three flights a week|other]], each carrying [[about 400 people|returned]].",
)

F(
    "Italy's Albania centres largely empty",
    "Italy's migrant centres in Albania, meant to process [[up to 3,000 people a month|capacity]], had held [[fewer than 100 people|arrested]] by March, a year after they were due to open. "
    "The deal is expected to cost {{€670 million}} over {{five years}}.",
)

F(
    "Spain to regularise 300,000 migrants a year",
    "Spain's government expects [[about 300,000 undocumented migrants a year|other;a=Spain's government;p;n=migrants]] to gain legal status under reformed immigration rules over the next {{three years}}. "
    "The migration ministry said [[about 210,000 people|other;a=The migration ministry]] were granted residence permits under the previous rules in {{2024}}.",
)

F(
    "Sudanese begin returning from Egypt",
    "[[About 380,000 Sudanese|returned;a=UNHCR]] have gone back from Egypt since January, UNHCR estimates. "
    "Egypt still hosts [[about 1.5 million Sudanese|displaced;a=the Egyptian government]], according to the Egyptian government. "
    "[[About 670,000|displaced]] of them are registered with UNHCR, and [[tens of thousands more|returned;n=-;p]] are expected to go home after the school year ends.",
)

F(
    "Japan grants refugee status to 176",
    "Japan granted refugee status to [[176 people|displaced;a=the Immigration Services Agency]] in {{2024}}, the Immigration Services Agency said, out of [[about 11,900 applicants|displaced;a=the Immigration Services Agency]]. "
    "[[Another 1,660|displaced]] were allowed to stay on humanitarian grounds.",
)

F(
    "Canada lowers its resettlement target",
    "Canada has welcomed [[about 56,000 Afghan refugees|displaced;a=Immigration, Refugees and Citizenship Canada]] since {{August 2021}}, Immigration, Refugees and Citizenship Canada said. "
    "The department plans to resettle [[about 15,000 refugees|displaced;a=The department;alt=Immigration, Refugees and Citizenship Canada;p]] in {{2026}}, down from [[about 21,000|displaced;a=The department;alt=Immigration, Refugees and Citizenship Canada;p]] planned for {{2025}}.",
)

F(
    "Algeria expels migrants into the desert",
    "Algeria expelled [[more than 29,000 migrants|returned;a=Alarme Phone Sahara]] across the border near Assamaka in {{2024}}, according to Alarme Phone Sahara, a monitoring group. "
    "The IOM transit centre in Assamaka, which can hold [[about 1,000 people|capacity]], was sheltering [[more than 4,600|displaced]] in April.",
)

F(
    "Children among the dead on migration routes",
    "IOM's Missing Migrants Project has recorded the deaths of [[more than 5,400 children|killed;a=IOM's Missing Migrants Project]] on migration routes since {{2014}}, [[at least 1,100|killed;a=IOM's Missing Migrants Project]] of them in the Mediterranean. "
    "The true number is likely far higher, the project said, as {{one in three}} migrant deaths recorded involves a victim who could not be identified.",
)

F(
    "EU asylum recognition rates diverge",
    "The EU recognition rate at {{first instance}} was {{42%}} in {{2024}}, down from {{45%}} a year earlier, according to Eurostat. "
    "Syrians were granted protection in {{89%}} of decisions, Afghans in {{61%}} and Bangladeshis in {{4%}}.",
)

"""dev21 texts: more displacement reporting.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- more displacement reporting

F(
    "Karenni fighting uproots most of the state's population",
    "Fighting between resistance forces and the army in Myanmar's Karenni state has uprooted [[more than 200,000 people|displaced;a=local relief groups]], about {{80 percent}} of the state's population, local relief groups said. "
    "[[Between 30,000 and 40,000|displaced;a=local relief groups]] have sought refuge in forest camps near the Thai border, they said.",
)

F(
    "Idlib camps brace for winter",
    "[[About 1.1 million people|displaced;a=the Syria Response Coordinators group]] live in camps in northern Idlib and Aleppo, the Syria Response Coordinators group said, spread across [[more than 1,500 camps|capacity;a=the Syria Response Coordinators group]]. "
    "Storms last week damaged [[about 800 tents|housing]] and flooded [[dozens of camps|capacity]].",
)

F(
    "IOM revises Tigray displacement estimate",
    "IOM revised its estimate of the number of internally displaced people in Tigray to [[1.8 million|displaced;a=IOM]] from [[2.1 million|displaced;a=IOM]] after a new round of site assessments. "
    "Tigray's interim administration puts the figure at [[about 1 million|displaced;a=Tigray's interim administration]], counting only those in formal sites.",
)

F(
    "UNHCR expects 100,000 more Sudanese to reach South Sudan",
    "UNHCR expects [[at least 100,000 more refugees and returnees|displaced;p;n=refugees and returnees;a=UNHCR]] to arrive in South Sudan from Sudan by the end of the year, and its response plan is built on [[up to 250,000 arrivals|displaced;p;a=UNHCR]], the agency's representative said. "
    "[[More than 800,000 people|displaced]] have crossed since the war began.",
)

F(
    "UN warns Rafah offensive could displace up to 1.4 million",
    "A full-scale Israeli ground offensive in Rafah could displace [[up to 1.4 million people|displaced;p;a=the UN's humanitarian chief]] who are sheltering there, the UN's humanitarian chief warned on Tuesday. "
    "Most of them had already been displaced several times. "
    "Before the war, Rafah had a population of [[about 275,000|civilians]].",
)

F(
    "Adré crossings reach thousands a day",
    "[[Between 5,000 and 7,000 people a day|displaced;a=Médecins Sans Frontières]] were crossing from West Darfur into Chad at Adré in the worst weeks of {{June}}, Médecins Sans Frontières said. "
    "MSF teams in Adré said the town's transit site now held [[more than 150,000 people|displaced;a=MSF teams in Adré]].",
)

F(
    "Brussels: asylum seekers sleep rough as reception network full",
    "[[About 2,500 single men|displaced;a=the federal asylum agency Fedasil;alt=Fedasil]] seeking asylum are on a waiting list for a reception place in Belgium, the federal asylum agency Fedasil said, because its network of [[35,000 places|capacity;a=the federal asylum agency Fedasil;alt=Fedasil]] is full. "
    "[[Several hundred|displaced]] are sleeping in tents along the canal in central Brussels.",
)

F(
    "UK asylum hotels: numbers fall but costs remain high",
    "[[About 32,000 asylum seekers|displaced;n=asylum seekers;a=Home Office figures]] were housed in hotels at the end of {{June}}, according to Home Office figures, down from a peak of [[more than 56,000|displaced;a=Home Office figures]]. "
    "The government has promised to close all [[210 asylum hotels|capacity;u=structure;a=The government]] by {{2029}}.",
)

F(
    "Bokkos attacks: Plateau villages deserted",
    "Attacks by gunmen on [[17 villages|other;a=the Plateau state government]] in Bokkos local government area killed [[at least 160 people|killed;a=the Plateau state government]] and forced [[more than 10,000|displaced;a=the Plateau state government]] from their homes, the Plateau state government said. "
    "[[221 houses|housing]] were burned.",
)

F(
    "Nigerian refugees flee into Niger's Diffa region",
    "[[About 4,000 Nigerian refugees|displaced;a=the regional governor]] have arrived in Diffa since Boko Haram attacks on villages along the Komadougou river, the regional governor said, joining the [[more than 120,000|displaced;a=the regional governor]] already in the region.",
)

F(
    "Mobondo militia violence drives 150,000 from Kwamouth",
    "Violence by the Mobondo militia in Congo's Kwamouth territory has driven [[more than 150,000 people|displaced;a=Human Rights Watch]] from their homes since {{2022}}, Human Rights Watch said, and killed [[at least 300|killed;a=Human Rights Watch]]. "
    "[[Some 3,000|displaced]] have crossed the river into the Republic of Congo.",
)

F(
    "Israel orders evacuation of border communities",
    "The Israeli government ordered the evacuation of [[28 communities|other;u=other;a=the Defence Ministry]] within {{5 km}} of the Lebanese border on Monday, the Defence Ministry said, covering [[about 60,000 residents|displaced;p;a=the Defence Ministry]]. "
    "The state will pay for hotels for the evacuees.",
)

F(
    "Kurds flee Tal Rifaat as Turkish-backed factions advance",
    "[[About 120,000 Kurds|displaced;a=the Kurdish-led administration]] have fled the Tal Rifaat area and Aleppo's Shahba region since Turkish-backed factions advanced, the Kurdish-led administration said. "
    "[[Some 30,000|displaced]] reached Tabqa, where they are sleeping in [[about 140 schools|capacity]].",
)

F(
    "Kharkiv modular towns house thousands of displaced",
    "Kharkiv hosts [[about 180,000 internally displaced people|displaced;a=the city council]], the city council said, and [[1,200 modular homes|capacity;a=the city council]] have been set up on the city's edge for families whose homes were destroyed.",
)

F(
    "Central Sahel displacement could reach 3 million",
    "The number of people displaced in Burkina Faso, Mali and Niger could reach [[3 million|displaced;p;a=OCHA]] by the end of the year, up from [[about 2.6 million|displaced;a=OCHA]] now, OCHA said in its mid-year review.",
)

F(
    "Mogadishu evictions push displaced families further out",
    "Forced evictions drove [[about 200,000 displaced people|displaced;a=the Norwegian Refugee Council]] out of settlements in Mogadishu last year, the Norwegian Refugee Council said, and [[more than 600 displacement sites|capacity;a=the Norwegian Refugee Council]] were demolished. "
    "Most families moved to the Garasbaley area on the city's outskirts.",
)

F(
    "Uganda refugee numbers near 2 million",
    "Uganda hosts [[1.9 million refugees and asylum seekers|displaced;n=refugees and asylum seekers;a=the Office of the Prime Minister]], the Office of the Prime Minister said, and [[about 600 new arrivals a day|displaced;a=the Office of the Prime Minister]] are registering, from South Sudan, Congo and Sudan. "
    "Food rations for [[about 1 million refugees|aid]] have been cut because of funding shortfalls.",
)

F(
    "UN experts: thousands of Rwandan troops in eastern Congo",
    "Rwanda has [[between 3,000 and 4,000 troops|combatants;a=UN experts]] fighting alongside the rebels in eastern Congo, UN experts said in a report, and the rebels now have [[about 6,500 fighters|combatants;a=UN experts]]. "
    "The fighting has displaced [[more than 7 million people|displaced]] across the country.",
)

F(
    "RSF massing fighters near El Fasher, residents flee",
    "The RSF has massed [[thousands of fighters|combatants;a=residents]] and [[hundreds of vehicles|other;a=residents]] around El Fasher, residents said, and [[about 7,000 people|displaced;a=residents]] fled toward Tawila on Sunday.",
)

F(
    "Chad hosts 1.3 million refugees, UNHCR says",
    "Chad now hosts [[about 1.3 million refugees|displaced;a=UNHCR]], UNHCR said, the highest number in its history, and the agency is building [[14 new camps|capacity;p;a=UNHCR]] in the east to relieve overcrowding at the border.",
)

F(
    "Hurricane could force 2 million to evacuate, Florida says",
    "Florida officials said the storm surge could force [[as many as 2 million people|displaced;p;a=Florida officials]] to evacuate along the Gulf coast, and opened [[more than 150 shelters|capacity;a=Florida officials]]. "
    "[[About 5,000 National Guard troops|combatants]] were deployed.",
)

F(
    "Sudan: Sennar flash update",
    "Since the RSF entered Sinja on {{29 June}}, [[about 136,000 people|displaced;a=IOM's Displacement Tracking Matrix]] have fled Sennar state, according to IOM's Displacement Tracking Matrix. "
    "[[An estimated 55,000|displaced;a=partners in Gedaref]] have arrived in Gedaref state, partners in Gedaref report, and [[10,000 to 15,000 people|displaced;a=partners in Gedaref]] are moving toward Blue Nile. "
    "Authorities in Gedaref have opened [[about 30 gathering sites|capacity]] in schools.",
)

F(
    "Haiti: displacement passes one million, DTM says",
    "[[More than 1,041,000 people|displaced;a=IOM's Displacement Tracking Matrix]] are now internally displaced in Haiti, IOM's Displacement Tracking Matrix said, {{three times}} as many as a year earlier. "
    "In the Port-au-Prince area, [[about 200,000|displaced;a=the DTM;alt=IOM's Displacement Tracking Matrix]] live in [[246 sites|capacity;a=the DTM;alt=IOM's Displacement Tracking Matrix]], the DTM said, while [[83,000|displaced;a=the DTM;alt=IOM's Displacement Tracking Matrix]] have left the capital for the provinces since {{March}}.",
)

F(
    "Mizoram shelters 32,000 from Myanmar's Chin state",
    "[[About 32,000 people|displaced;a=the Mizoram government]] from Myanmar's Chin state have sought refuge in India's Mizoram since the coup, the Mizoram government said, along with [[about 5,000|displaced;a=the Mizoram government]] who fled ethnic violence in neighbouring Manipur. "
    "They live in [[about 160 relief camps|capacity]] and with relatives.",
)

F(
    "Donetsk evacuations: 1,100 leave in a week",
    "[[More than 1,100 people|displaced;a=regional governor Vadym Filashkin]], including [[175 children|displaced;a=regional governor Vadym Filashkin]], were evacuated from front-line towns in Donetsk region in the {{past week}}, regional governor Vadym Filashkin said. "
    "[[About 320,000 people|civilians;a=regional governor Vadym Filashkin]] still live in the government-controlled part of the region, he said.",
)

F(
    "Somalia: 3.9 million internally displaced in 3,600 sites",
    "The Somalia camp coordination cluster counts [[3.9 million IDPs|displaced;a=The Somalia camp coordination cluster]] in [[more than 3,600 sites|capacity;a=The Somalia camp coordination cluster]] across the country. "
    "[[About 300,000 people|displaced]] have been newly displaced since {{January}}, most by conflict in Hiraan and Galmudug.",
)

F(
    "Lebanon: Syrian refugees begin to go home",
    "Lebanon hosts [[about 1.5 million Syrians|displaced;a=government estimates]], according to government estimates, [[about 755,000|displaced;a=government estimates]] of them registered with UNHCR. "
    "UNHCR said [[some 400,000 Syrians|returned;a=UNHCR]] had crossed back from Lebanon since {{December}}.",
)

F(
    "Chiúre: tens of thousands flee insurgent raids",
    "[[Between 60,000 and 70,000 people|displaced;a=the district administrator]] have fled insurgent raids in Chiúre district, the district administrator said, most of them to Chiúre town and Mecúfi. "
    "[[Nine schools|capacity]] are being used as shelters.",
)

F(
    "Chaman border closure strands Afghans",
    "[[Thousands of Afghans|displaced;a=traders]] are stranded at the Chaman border crossing after Pakistan closed it on Friday, and [[about 1,500 trucks|other;a=traders]] are stuck on both sides, traders said. "
    "Pakistani officials said [[about 3,000|returned;a=Pakistani officials]] had been allowed to cross into Afghanistan on Sunday.",
)

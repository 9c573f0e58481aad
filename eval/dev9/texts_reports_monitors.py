"""dev9 texts: rights reports, monitors and explainers (batch 1).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- batch 1: rights reports, monitors, explainers

F(
    "Rights group report details expulsions from Western Tigray",
    "A {{240-page}} report published by Human Rights Watch and Amnesty International on {{6 April 2022}} accuses officials and militias from the neighbouring Amhara region of a campaign of ethnic cleansing against Tigrayans in Western Tigray. "
    "The two groups interviewed [[more than 400 people|other]] for the report, including refugees in Sudan and people still living in the zone. "
    "The report concludes that [[hundreds of thousands of Tigrayans|displaced;a=The report;alt=Human Rights Watch;alt=Amnesty International]] were forced from their homes in the zone between {{November 2020}} and {{March 2022}}. "
    "Human Rights Watch said [[at least 60 Tigrayans|killed;a=Human Rights Watch]] were killed in a single massacre at the Tekeze river bridge in {{January 2021}}. "
    "That figure is lower than the [[more than 200 bodies|killed;a=local residents]] that local residents say they pulled from the river that month. "
    "Amnesty International documented detention sites in the towns of Humera, Rawyan and Adebai, where [[thousands of Tigrayans|arrested]] were held in overcrowded conditions. "
    "In one of them, a warehouse in Humera, [[about 1,000 detainees|arrested;a=former detainees]] shared a single room, former detainees said. "
    "The report says detainees were starved, and that [[dozens|killed;a=The report;alt=Human Rights Watch;alt=Amnesty International]] died from hunger, disease or beatings. "
    "The United Nations refugee agency had counted [[about 60,000 Ethiopian refugees|displaced;a=The United Nations refugee agency]] in eastern Sudan by early {{2021}}, most of them from Western Tigray. "
    "Inside Tigray, the interim administration says [[1.2 million people|displaced;a=the interim administration]] from the zone are still waiting to go home. "
    "Amhara regional officials reject the findings, and say [[tens of thousands of Amhara farmers|returned;a=Amhara regional officials]] have returned to land they lost in the {{1990s}}. "
    "The authors of the report warn that any return of Tigrayans without security guarantees could put [[hundreds of thousands of people|civilians;a=The authors of the report]] at risk.",
)

F(
    "Monthly overview: political violence in the central Sahel in May",
    "The central Sahel remained the deadliest region of the continent in {{May 2023}}, according to the monthly overview published by the Armed Conflict Location and Event Data Project (ACLED). "
    "ACLED recorded [[512 political violence events|other;a=ACLED]] in Burkina Faso, Mali and western Niger during the month, up from [[431|other;a=ACLED;u=other]] in April. "
    "Those events resulted in [[1,874 reported fatalities|killed]], the highest monthly total since the project began covering the region in {{2012}}. "
    "Burkina Faso accounted for more than half of the deaths ({{58%}}), with the army and its civilian auxiliaries, the Volunteers for the Defence of the Homeland (VDP), fighting on several fronts. "
    "The government launched a recruitment drive in late {{2022}} and says it has enlisted [[90,000 volunteers|combatants;a=The government]], far more than the [[50,000|combatants;p;a=The government]] it had originally planned to recruit. "
    "In the north, the blockade of Djibo by the Group for the Support of Islam and Muslims (JNIM) continued, with [[about 300,000 residents|civilians;a=local humanitarian sources]] cut off from regular supplies, according to local humanitarian sources. "
    "ACLED counted [[at least 47 attacks|other;a=ACLED]] on convoys trying to reach the town since the start of the year. "
    "In Mali, the overview notes that state forces and their Russian allies were responsible for {{one in four}} events targeting civilians in the centre of the country. "
    "One such operation, in the village of Tiena, left [[29 civilians|killed;a=residents]] dead, residents told the monitor. "
    "Western Niger saw fewer events but a sharp rise in abductions, with [[63 people|kidnapped]] reported kidnapped in Tillabéri, compared with [[22|kidnapped]] in April. "
    "ACLED expects the onset of the rainy season to reduce the tempo of operations in June, as it did in {{2021}} and {{2022}}.",
)

F(
    "Airwars assessment of civilian harm in the battle for Raqqa",
    "Four months of air and artillery strikes by the US-led coalition against the Islamic State group in Raqqa, between {{June}} and {{October 2017}}, left much of the Syrian city in ruins. "
    "The monitoring group Airwars, which tracks civilian harm from international military actions, has now published its most detailed assessment of the battle. "
    "Airwars estimates that [[between 1,400 and 1,600 civilians|killed;a=Airwars]] were killed by coalition actions during the campaign. "
    "The coalition itself has acknowledged [[159 civilian deaths|killed;a=The coalition itself]] in Raqqa, roughly a tenth of the monitor's estimate. "
    "Amnesty International, which carried out field research in the city, said it had identified the names of [[more than 1,600 civilians|killed;a=Amnesty International]] who died there, most of them in coalition strikes. "
    "Of those, Amnesty said, [[641|killed;a=Amnesty]] were named individually in its database. "
    "The destruction of housing was on a scale rarely seen: the UN satellite centre UNOSAT counted [[12,781 damaged buildings|housing;a=the UN satellite centre UNOSAT]] in the city, including [[3,326|housing;u=structure;a=the UN satellite centre UNOSAT]] that were destroyed outright. "
    "Before the battle, [[an estimated 300,000 people|civilians]] lived in Raqqa. "
    "By the time the Syrian Democratic Forces (SDF) declared victory, [[fewer than 25,000|civilians;a=UN officials]] were still inside, according to UN officials. "
    "The SDF said [[about 3,000 fighters|combatants;a=The SDF]] of its own took part in the final assault, backed by [[several hundred US special forces|combatants;a=The SDF]]. "
    "Since {{2018}}, [[more than 150,000 residents|returned;a=the Raqqa Civil Council]] have gone back to the city, the Raqqa Civil Council says, many of them to damaged homes. "
    "Teams clearing the rubble have recovered [[over 6,000 bodies|killed;a=the first responders]] from mass graves and collapsed buildings, say the first responders, and only a fraction have been identified.",
)

F(
    "Year-end toll: Syrian Observatory counts lowest annual deaths since the war began",
    "The Syrian Observatory for Human Rights (SOHR), a Britain-based war monitor that relies on a network of sources inside Syria, published its annual toll on {{31 December 2019}}. "
    "The Observatory said [[11,215 people|killed;a=The Observatory;alt=The Syrian Observatory for Human Rights (SOHR)]] were killed in Syria during the year, the lowest annual toll since the war began in {{2011}}. "
    "That compares with [[more than 20,000|killed;a=SOHR]] in {{2018}} and [[about 33,000|killed;a=SOHR]] in {{2017}}, SOHR said. "
    "Civilians made up [[3,473|killed]] of the dead, among them [[1,021 children|killed]]. "
    "The rest were fighters: the monitor counted [[2,736 members|killed;a=the monitor;alt=The Syrian Observatory for Human Rights (SOHR)]] of the government forces and allied militias and [[4,992 rebels and jihadists|killed;n=rebels and jihadists;a=the monitor;alt=The Syrian Observatory for Human Rights (SOHR)]]. "
    "Most of the deaths were recorded in Idlib and the surrounding countryside, where a government offensive began at the end of April. "
    "The United Nations said that offensive displaced [[more than 400,000 people|displaced;a=The United Nations]] between May and August alone. "
    "A second wave followed in December, when [[about 235,000|displaced;a=the UN humanitarian office]] fled in less than {{two weeks}}, according to the UN humanitarian office. "
    "The Observatory's overall toll for the war now stands at [[more than 384,000 people|killed;a=The Observatory;alt=The Syrian Observatory for Human Rights (SOHR)]], including [[over 116,000 civilians|killed;a=The Observatory;alt=The Syrian Observatory for Human Rights (SOHR)]]. "
    "It does not include [[about 88,000 people|killed;a=The Syrian Observatory for Human Rights (SOHR)]] it believes died under torture in government prisons, nor the [[tens of thousands|missing]] who remain unaccounted for.",
)

F(
    "Explainer: what we know about the siege of El Fasher",
    "El Fasher, the capital of North Darfur, is the last major city in Sudan's western region not held by the Rapid Support Forces (RSF). "
    "The paramilitary force has besieged it since {{May 2024}}, and the fighting has turned the city into one of the worst humanitarian crises of the war. "
    "Here is what we know. "
    "Before the war the city had [[about 1.5 million residents|civilians]], including people displaced by earlier fighting in Darfur. "
    "The UN estimates that [[more than 800,000 civilians|civilians;a=The UN]] remain trapped inside, with food, water and medicine running out. "
    "The Zamzam camp just south of the city, once home to [[some 500,000 displaced people|displaced]], was overrun by the RSF in {{April 2025}}. "
    "Aid groups said [[at least 400 people|killed;a=Aid groups]] were killed in the assault on the camp, among them [[nine staff|killed;a=Aid groups]] of the medical charity Relief International. "
    "The International Organization for Migration (IOM) said [[up to 400,000 people|displaced;a=The International Organization for Migration (IOM)]] fled the camp in the days that followed, most of them to Tawila, some {{60 km}} to the west. "
    "Tawila itself now hosts [[about 380,000 displaced people|displaced;a=local authorities]], according to local authorities, compared with [[fewer than 100,000|displaced;a=local authorities]] before the fall of Zamzam. "
    "Inside El Fasher, the Saudi Hospital is the last public hospital still partly working, and it has been hit by [[more than 10 strikes|other]]. "
    "The World Health Organization said [[70 patients and companions|killed;n=patients and companions;a=The World Health Organization]] were killed in a drone strike on the hospital in {{January 2025}}. "
    "A famine was confirmed in the area by the Integrated Food Security Phase Classification in {{August 2024}}. "
    "The World Food Programme says it plans to reach [[250,000 people|aid;p;a=The World Food Programme]] in North Darfur if the RSF allows convoys through, but only a handful of trucks have entered since the siege began.",
)

F(
    "Amnesty report on the crackdown after Iran's 2022 protests",
    "The nationwide protests that followed the death in custody of Mahsa Amini in {{September 2022}} were met with the most violent crackdown in Iran in more than a decade, according to a new report by Amnesty International. "
    "Amnesty said security forces killed [[at least 323 protesters and bystanders|killed;n=protesters and bystanders;a=Amnesty]] between {{September}} and {{December}}, including [[44 children|killed;a=Amnesty]]. "
    "The Oslo-based group Iran Human Rights gives a higher toll, of [[at least 551 people|killed;a=The Oslo-based group Iran Human Rights]], and says [[68|killed;a=The Oslo-based group Iran Human Rights]] of them were minors. "
    "Arrests were on a far larger scale. "
    "The head of the judiciary said in {{March 2023}} that [[22,000 people|arrested;a=The head of the judiciary]] detained in connection with the protests had been pardoned, a figure that implied the total number of arrests was higher still. "
    "The rights news agency HRANA estimated that [[more than 19,600 people|arrested;a=The rights news agency HRANA]] had been arrested by the end of {{2022}}, among them [[about 700 students|arrested;a=The rights news agency HRANA]]. "
    "Amnesty documented the cases of [[45 detainees|arrested;a=Amnesty]] who described torture, including beatings, electric shocks and sexual violence, in detention centres run by the Revolutionary Guards and the police. "
    "The report also details the trials: [[at least 25 people|other;a=Amnesty]] were sentenced to death in connection with the protests by {{April 2023}}, Amnesty said, and [[seven|killed;a=Amnesty]] of them have since been executed. "
    "Many of those who were wounded did not go to hospitals for fear of arrest. "
    "Doctors told Amnesty they treated [[hundreds of protesters|injured;a=Doctors]] in private homes for injuries caused by metal pellets, many of them to the eyes. "
    "An eye hospital in Tehran received [[more than 500 patients|injured;a=medical sources]] with such injuries in the first {{two months}}, medical sources said. "
    "The authorities have not published their own figures, but officials say [[more than 60 members|killed;a=officials]] of the security forces were killed during the unrest.",
)

F(
    "UN fact-finding mission on detentions in Venezuela after the 2024 election",
    "In its latest report, the UN Independent International Fact-Finding Mission on Venezuela describes a wave of repression that began within hours of the disputed presidential election of {{28 July 2024}}. "
    "The mission said [[25 people|killed;a=The mission;alt=the UN Independent International Fact-Finding Mission on Venezuela]] were killed during protests in the first days, [[23|killed;a=The mission;alt=the UN Independent International Fact-Finding Mission on Venezuela]] of them by gunshot wounds. "
    "President Nicolas Maduro announced on television that [[more than 2,000 people|arrested;a=President Nicolas Maduro]] had been detained, and promised maximum penalties. "
    "The Venezuelan rights group Foro Penal counted [[1,916 political prisoners|arrested;a=The Venezuelan rights group Foro Penal]] by {{mid-October}}, up from [[about 300|arrested;a=The Venezuelan rights group Foro Penal]] before the election. "
    "Among them were [[69 teenagers|arrested;a=Foro Penal]], according to Foro Penal, some of whom were charged with terrorism. "
    "The mission documented [[at least 158 cases|arrested;u=other;a=The mission;alt=the UN Independent International Fact-Finding Mission on Venezuela]] of arbitrary detention in detail, in which families were not told for days or weeks where their relatives were held. "
    "It classified [[at least 40|missing;a=the UN Independent International Fact-Finding Mission on Venezuela]] of those cases as short-term enforced disappearances. "
    "Prisoners were taken to the Tocorón and Tocuyito prisons, which the government reopened for the purpose and which it said could hold [[up to 4,000 inmates|capacity;a=the government]] between them. "
    "The authorities later released [[about 1,300 detainees|arrested;a=the attorney general]], the attorney general said in {{December}}, though many remain under court restrictions. "
    "The crisis has also added to the exodus: the regional platform R4V estimates that [[7.9 million Venezuelans|displaced;a=the regional platform R4V]] now live abroad, compared with [[6.1 million|displaced;a=the regional platform R4V]] in {{2021}}.",
    ["R4V"],
)

F(
    "Haiti year in review: gangs tighten their grip",
    "{{2024}} was the year Haiti's armed gangs stopped being a law-and-order problem and became, in the words of one UN official, an existential threat to the state. "
    "The UN Integrated Office in Haiti (BINUH) recorded [[5,601 people|killed;a=The UN Integrated Office in Haiti (BINUH)]] killed in gang-related violence during the year, [[more than 1,000|killed;a=The UN Integrated Office in Haiti (BINUH)]] more than in {{2023}}. "
    "Another [[2,212 people|injured]] were injured and [[1,494|kidnapped]] were kidnapped, most of them for ransom. "
    "The gangs' Viv Ansanm coalition is thought to have [[some 12,000 members|combatants;a=UN experts]], UN experts say, up to a third of them children. "
    "Against them, the Kenyan-led Multinational Security Support mission had deployed [[about 400 police officers|combatants]] by the end of {{June}}, far from the [[2,500|combatants;p;a=its backers]] its backers had promised. "
    "By December the mission counted [[just over 800 personnel|combatants;q=at_least;a=the mission]], the mission said. "
    "Displacement more than doubled. "
    "The International Organization for Migration counted [[more than 1 million internally displaced people|displaced;a=The International Organization for Migration]] in December, up from [[315,000|displaced;a=The International Organization for Migration]] a year earlier. "
    "In Port-au-Prince alone, [[about 107 displacement sites|capacity;a=IOM]] were open at year's end, IOM said, most of them in schools and churches. "
    "The worst single massacre took place in the Wharf Jérémie neighbourhood of Cité Soleil in early December, when gang members killed [[at least 207 people|killed;a=the UN]], mostly elderly residents accused of witchcraft, according to the UN. "
    "Neighbouring countries kept sending Haitians back: the Dominican Republic deported [[more than 276,000 Haitians|returned;a=IOM]] during the year, IOM said. "
    "Aid agencies say [[5.4 million people|civilians;a=Aid agencies]], nearly half the population, face acute hunger.",
)

F(
    "Feature: the slow return to Cabo Delgado",
    "Three years after Rwandan troops helped Mozambique retake the port town of Mocímboa da Praia, life is creeping back to the coast of Cabo Delgado. "
    "The International Organization for Migration says [[more than 570,000 people|returned;a=The International Organization for Migration]] have returned to their districts of origin since {{2021}}, most of them to Mocímboa, Palma and Muidumbe. "
    "That is more than half of the [[roughly 1 million people|displaced]] who fled the insurgency at its peak in {{2022}}. "
    "But [[about 580,000|displaced;a=the agency;alt=The International Organization for Migration]] are still displaced, the agency says, many of them in host communities around Pemba and Montepuez. "
    "Rwanda has kept [[about 4,000 soldiers and police|combatants;n=soldiers and police]] in the province, while a mission of the Southern African Development Community withdrew its [[roughly 2,000 troops|combatants]] in {{July 2024}}. "
    "In Mocímboa, the district administrator said [[1,200 houses|housing;a=the district administrator]] had been rebuilt with donor money, out of [[some 3,000|housing;u=structure;a=the district administrator]] destroyed or damaged in the fighting. "
    "Insurgents have not disappeared. "
    "ACLED counted [[more than 100 attacks|other;a=ACLED]] by the Islamic State's local branch in the first half of {{2024}}, and new raids in Macomia in May forced [[about 10,000 people|displaced;a=local officials]] to flee again, local officials said. "
    "The insurgents also abduct children: a report by Human Rights Watch documented the cases of [[at least 51 children|kidnapped;a=a report by Human Rights Watch]] taken from villages in {{2023}} and {{2024}}. "
    "Aid agencies distributed [[about 45,000 food kits|aid]] to returning families in the first quarter, but the World Food Programme warned it will have to cut rations for [[up to 250,000 people|aid;p;a=the World Food Programme]] unless new funding arrives.",
)

F(
    "Inside the camps: Cox's Bazar at seven years",
    "Seven years after the Myanmar army's clearance operations drove them across the border in {{August 2017}}, the Rohingya refugees of Cox's Bazar live in the largest refugee settlement in the world. "
    "The UN refugee agency says the camps now hold [[more than 1 million Rohingya refugees|displaced;a=The UN refugee agency]], among them [[about 740,000|displaced;a=The UN refugee agency]] who arrived in {{2017}} and [[tens of thousands|displaced]] who fled earlier waves of violence. "
    "The population keeps growing: some [[30,000 babies|other]] are born in the camps each year. "
    "They are spread across [[33 camps|capacity]] on about {{24 square kilometres}} of hillside near the town of Ukhiya, where shelters of bamboo and tarpaulin sit a few feet apart. "
    "A fire in {{March 2023}} destroyed [[more than 2,800 shelters|housing;a=the Bangladeshi authorities]] in Camp 11 and left [[about 12,000 refugees|displaced;a=the Bangladeshi authorities]] homeless, the Bangladeshi authorities said. "
    "Bangladesh has moved [[about 36,000 refugees|displaced;a=the government]] to the island of Bhasan Char, where the government says facilities can house [[up to 100,000 people|capacity;a=the government]]. "
    "Armed groups operate in the camps, and [[more than 60 refugees|killed;a=the police]] were killed in violence between them in {{2023}}, according to the police. "
    "Since the fighting in Rakhine State between the Arakan Army and the junta intensified in {{2024}}, [[about 70,000 new arrivals|displaced;a=Bangladeshi officials]] have entered the camps, Bangladeshi officials say. "
    "Food aid has been cut twice: WFP reduced the monthly ration to {{$8}} per person in {{2023}}, before restoring it to {{$12}}. "
    "A pilot scheme to repatriate [[1,176 refugees|returned;p;a=Myanmar]] to Rakhine, proposed by Myanmar, never went ahead. "
    "The World Food Programme says it needs funding to feed [[all 1 million refugees|aid;p;a=The World Food Programme;v=1000000]] next year.",
    ["Camp 11"],
)

F(
    "Explainer: the Chibok girls, ten years on",
    "On the night of {{14 April 2014}}, fighters of Boko Haram stormed the Government Girls Secondary School in Chibok, in Borno State, and drove off with [[276 schoolgirls|kidnapped]]. "
    "[[Fifty-seven|kidnapped;n=-]] of them escaped within hours by jumping from the trucks. "
    "The abduction prompted the Bring Back Our Girls campaign and years of negotiations, brokered by Switzerland and the International Committee of the Red Cross. "
    "In {{October 2016}}, [[21 girls|kidnapped]] were released, followed by [[82|kidnapped]] in {{May 2017}} in exchange for [[five Boko Haram commanders|other]]. "
    "Others escaped or were found by the army over the following years, often with children born in captivity. "
    "According to the Nigerian government, [[about 82|kidnapped;a=the Nigerian government]] of the girls are still unaccounted for. "
    "Amnesty International says the Chibok case is one of many: it estimates that [[more than 1,500 students|kidnapped;a=Amnesty International]] have been abducted from Nigerian schools since {{2014}}. "
    "In the northwest, criminal gangs known as bandits have copied the tactic, seizing [[279 girls|kidnapped]] from a school in Jangebe in {{February 2021}} and [[more than 130 pupils|kidnapped]] from Kuriga in {{March 2024}}. "
    "The government responded by closing [[about 11,500 schools|other;a=UNICEF]], UNICEF says, which left [[about 1 million children|civilians;a=UNICEF]] out of school. "
    "The Safe Schools Initiative, set up after Chibok, pledged to protect [[500 schools|other;p;a=The Safe Schools Initiative]] in the northeast, but only a fraction received walls or guards.",
)

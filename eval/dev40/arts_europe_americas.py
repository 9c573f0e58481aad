"""dev40 excerpts: Europe and the Americas."""

from figset import F

F(
    "Missile strike on Kyiv apartment block",
    "A Russian missile hit a {{nine-storey}} apartment block in Kyiv's Sviatoshynskyi district overnight, killing [[at least 23 people|killed;a=the city's military administration]], including [[four children|killed;a=the city's military administration]], the city's military administration said. "
    "[[More than 50 people|injured]] were wounded and rescuers were still searching for [[about 10|missing]] under the rubble.",
)

F(
    "Evacuations from Pokrovsk",
    "Ukrainian authorities ordered the evacuation of [[about 53,000 people|displaced;p;a=the regional governor]] from Pokrovsk and surrounding villages as Russian troops advanced, the regional governor said. "
    "[[Fewer than 7,000|civilians;a=the regional governor]] remained in the town itself, he said, including [[about 1,000 children|civilians;a=the regional governor]].",
)

F(
    "Ukrainian refugees in Europe",
    "[[About 4.3 million Ukrainians|displaced;a=Eurostat]] held temporary protection in the European Union at the end of June, Eurostat said, [[more than 1.2 million|displaced;a=Eurostat]] of them in Germany and [[about 980,000|displaced;a=Eurostat]] in Poland.",
)

F(
    "Prisoner exchange",
    "Russia and Ukraine each released [[390 prisoners|other;a=the defence ministries]] on Friday in the largest swap of the war, the defence ministries said, and were expected to exchange [[about 600 more|other;p;a=the defence ministries;n=-]] over the weekend. "
    "Ukraine says [[about 8,000|arrested;a=Ukraine]] of its citizens are still held in Russia.",
)

F(
    "Kursk incursion evacuations",
    "Russian officials said [[more than 120,000 people|displaced;a=Russian officials]] had been evacuated from the Kursk region after Ukrainian troops crossed the border, and that [[12 civilians|killed;a=Russian officials]] had been killed. "
    "Moscow sent [[several thousand troops|combatants]] to the region.",
)

F(
    "Belgorod shelling",
    "Ukrainian shelling of Belgorod killed [[25 people|killed;a=regional governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] and wounded [[109|injured;a=regional governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] on Saturday, regional governor Vyacheslav Gladkov said, the deadliest attack on the city since the war began in {{February 2022}}.",
)

F(
    "Kharkiv shelter",
    "Kharkiv has opened [[a dozen underground schools|other;u=structure;a=the mayor]] so that [[about 6,000 children|civilians;a=the mayor]] can attend classes in person, the mayor said. "
    "Russian strikes have damaged [[more than 180 schools|housing;a=the city council]] in the city, according to the city council.",
)

F(
    "Shipwreck off Pylos",
    "[[At least 78 people|killed;a=the Greek coast guard]] died when a fishing boat crowded with migrants capsized off Pylos, the Greek coast guard said, and [[104|other;a=the Greek coast guard]] were rescued. "
    "Survivors said [[as many as 750 people|displaced;a=Survivors]] had been on board, [[about 100|displaced;a=Survivors]] of them children in the hold.",
)

F(
    "Canary Islands arrivals",
    "[[More than 46,000 migrants|displaced;a=the interior ministry]] reached the Canary Islands in {{2024}}, the interior ministry said, most of them in wooden boats from Senegal and Mauritania. "
    "Spanish rescuers brought [[180 people|other]] ashore at El Hierro on Sunday, among them [[22 minors|other]].",
)

F(
    "Channel crossings",
    "[[More than 800 people|displaced;a=the Home Office]] crossed the Channel in small boats on Saturday, the Home Office said, the highest daily figure this year, bringing the total since {{January 1}} to [[more than 14,000|displaced;a=the Home Office]]. "
    "[[Five people|killed]] died trying to board a boat near Wimereux.",
)

F(
    "Lampedusa hotspot crowded",
    "The reception centre on Lampedusa, built for [[about 400 people|capacity;a=the Italian Red Cross]], held [[more than 6,000|displaced;a=the Italian Red Cross]] on Wednesday after [[about 120 boats|other;a=the Italian Red Cross]] arrived in {{24 hours}}, the Italian Red Cross said. "
    "Authorities began moving [[1,500 migrants|displaced]] to Sicily by ferry.",
)

F(
    "Valencia floods",
    "Flash floods in the Valencia region killed [[at least 222 people|killed;a=the regional government]], the regional government said, and [[dozens|missing;a=the regional government]] were still missing a week later. "
    "The army deployed [[about 7,500 soldiers|combatants;a=the defence ministry]] for the clean-up, the defence ministry said.",
)

F(
    "Georgia protest arrests",
    "Georgian police have detained [[more than 400 people|arrested;a=the interior ministry]] in a week of protests in Tbilisi against the government's decision to pause EU talks, the interior ministry said, and [[about 150 protesters|injured;a=the public defender]] were treated for injuries, according to the public defender. "
    "The ministry said [[113 police officers|injured;a=The ministry;alt=the interior ministry]] had also been hurt.",
)

F(
    "Serbia protest",
    "Serbian police detained [[more than 50 people|arrested;a=the interior minister]] after clashes in Belgrade on Saturday night, the interior minister said, and [[48 officers|injured;a=the interior minister]] were hurt. "
    "Doctors at the emergency centre treated [[about 30 protesters|injured]], most for the effects of tear gas.",
)

F(
    "Deportation flights from Germany",
    "Germany deported [[more than 20,000 people|returned;a=the interior ministry]] in {{2024}}, the interior ministry said, up {{about 20%}} on the previous year. "
    "[[Twenty-eight Afghan men|returned;a=the ministry;alt=the interior ministry]] convicted of crimes were flown to Kabul on a charter flight in August, the ministry said.",
)

F(
    "Polish border",
    "Polish border guards said they had pushed [[more than 13,000 migrants|returned;a=Polish border guards]] back into Belarus this year, compared with [[about 8,000|returned;a=Polish border guards]] last year. "
    "Poland has deployed [[about 17,000 soldiers|combatants]] along the frontier.",
)

F(
    "Haiti gang violence toll",
    "[[More than 4,800 people|killed;a=the UN]] were killed in gang violence in Haiti between {{October 2023}} and {{June 2024}}, the UN said, and [[more than 700,000|displaced;a=the IOM]] have been displaced, according to the IOM. "
    "[[Around 5,600 people|displaced]] fled the Solino neighbourhood of Port-au-Prince last week alone.",
)

F(
    "Gang attack on Pont-Sonde",
    "Members of the Gran Grif gang killed [[at least 115 people|killed;a=the UN]], including [[10 women|killed;a=the UN]] and [[three babies|killed;a=the UN]], in an attack on the town of Pont-Sonde, the UN said. "
    "[[More than 6,000 residents|displaced]] fled to nearby Saint-Marc.",
)

F(
    "Kenyan police in Haiti",
    "A second contingent of [[200 Kenyan police officers|combatants;a=officials]] landed in Port-au-Prince on Tuesday, officials said, bringing the multinational force to [[about 400|combatants;a=officials]]. "
    "Kenya has pledged [[1,000 officers|combatants;p]] in all.",
)

F(
    "Kidnappings in Haiti",
    "[[At least 1,490 people|kidnapped;a=the UN]] were kidnapped for ransom in Haiti last year, the UN said, among them [[17 missionaries|kidnapped;a=the UN]] and their relatives seized near Croix-des-Bouquets.",
)

F(
    "Sinaloa cartel war",
    "Fighting between factions of the Sinaloa cartel has killed [[more than 1,200 people|killed;a=state prosecutors]] since {{September 9}}, state prosecutors said, and [[about 1,400 people|missing;a=state prosecutors]] have been reported missing. "
    "[[Hundreds of families|displaced]] have fled mountain villages near Culiacan.",
)

F(
    "Catatumbo displacement",
    "Clashes between the ELN and FARC dissidents in Colombia's Catatumbo region have killed [[at least 80 people|killed;a=the regional governor]] and displaced [[more than 36,000|displaced;a=the regional governor]], the regional governor said. "
    "[[About 18,000|displaced]] are sheltering in the city of Cucuta, and [[hundreds|displaced]] crossed into Venezuela.",
)

F(
    "Ecuador prison riot",
    "[[At least 31 inmates|killed;a=the prison authority]] were killed in a riot at the Litoral penitentiary in Guayaquil, the prison authority said, and [[14|injured;a=the prison authority]] were wounded. "
    "The prison, built for [[about 5,000 inmates|capacity]], holds [[more than 8,000|arrested]].",
)

F(
    "Venezuela post-election detentions",
    "Venezuelan authorities have arrested [[more than 2,000 people|arrested;a=President Nicolas Maduro;alt=Nicolas Maduro]] since the disputed election, President Nicolas Maduro said. "
    "Rights group Foro Penal said [[24 people|killed;a=Rights group Foro Penal;alt=Foro Penal]] had been killed in protests, most of them shot.",
)

F(
    "Darien crossings",
    "[[About 520,000 migrants|displaced;a=Panamanian authorities]] crossed the Darien jungle in {{2023}}, Panamanian authorities said, [[more than 113,000|displaced;a=Panamanian authorities]] of them children. "
    "Panama flew [[about 1,900 migrants|returned]] back to Colombia, Ecuador and India on US-funded flights the following year.",
)

F(
    "US deportation flights",
    "The United States deported [[about 271,000 people|returned;a=Immigration and Customs Enforcement]] in the fiscal year to {{September 30}}, Immigration and Customs Enforcement said, the highest number in a decade. "
    "[[About 39,000 people|arrested;a=the agency;alt=Immigration and Customs Enforcement]] were in immigration detention at the end of the period, the agency said.",
)

F(
    "Hurricane Helene",
    "Hurricane Helene killed [[at least 227 people|killed;a=officials]] across the southeast, officials said, [[more than 100|killed;a=officials]] of them in North Carolina. "
    "[[About 1,500 people|displaced]] were still in shelters in Asheville a week after the storm.",
)

F(
    "Los Angeles wildfires",
    "The Palisades and Eaton fires destroyed [[more than 16,000 structures|housing;a=Cal Fire]], Cal Fire said, and killed [[at least 29 people|killed;a=Cal Fire]]. "
    "At the height of the fires, [[about 180,000 people|displaced]] were under evacuation orders.",
)

F(
    "Canada wildfire evacuations",
    "[[About 25,000 people|displaced;a=provincial officials]] were ordered out of Jasper and the surrounding park as a wildfire approached, provincial officials said, and [[more than 350 buildings|housing;a=the town's mayor]] were later found destroyed, the town's mayor said.",
)

F(
    "Rio Grande do Sul floods",
    "Floods in the Brazilian state of Rio Grande do Sul have killed [[at least 169 people|killed;a=the civil defence agency]] and driven [[more than 580,000|displaced;a=the civil defence agency]] from their homes, the civil defence agency said. "
    "[[About 77,000 people|displaced]] are staying in shelters, and [[44|missing]] are still missing.",
)

F(
    "Chile wildfires",
    "Wildfires around Vina del Mar killed [[at least 131 people|killed;a=President Gabriel Boric;alt=Gabriel Boric]] and destroyed [[about 14,000 homes|housing;a=President Gabriel Boric;alt=Gabriel Boric]], President Gabriel Boric said, calling it the country's worst disaster since the {{2010}} earthquake. "
    "Officials said [[more than 300 people|missing;a=Officials]] were still unaccounted for.",
)

F(
    "Peru protest deaths",
    "[[Seventeen people|killed;a=the ombudsman's office]] were killed in clashes between protesters and security forces in Juliaca, the ombudsman's office said, and [[more than 60|injured;a=the ombudsman's office]] were injured. "
    "Police said [[about 190 people|arrested;a=Police]] had been detained in Lima.",
)

F(
    "Nicaragua frees prisoners",
    "Nicaragua released [[222 political prisoners|arrested;a=a judge]] and put them on a flight to Washington, a judge said, stripping them of their citizenship. "
    "Rights groups say [[about 70 more|arrested;a=Rights groups;n=-]] remain in prison.",
)

F(
    "Euro area inflation",
    "Euro area inflation eased to {{2.2%}} in August, the lowest since {{July 2021}}, Eurostat said, and the European Central Bank is expected to cut rates by {{25 basis points}} next week.",
)

F(
    "Champions League final",
    "Real Madrid beat Borussia Dortmund {{2-0}} at Wembley on Saturday to win a {{15th}} European Cup, with goals in the {{74th}} and {{83rd}} minutes, in front of a sell-out crowd.",
)

F(
    "Venezuelans in Colombia",
    "[[Almost 2.9 million Venezuelans|displaced;a=Colombia's migration agency]] live in Colombia, Colombia's migration agency said, more than in any other country. "
    "[[About 7.7 million|displaced;a=the UN]] have left Venezuela in all, according to the UN.",
)

F(
    "Sudanese refugees in Libya",
    "Libya has received [[about 240,000 Sudanese refugees|displaced;a=UNHCR]] since the start of the war, UNHCR said, and [[about 1,000 people a week|displaced;a=UNHCR]] are still arriving in Kufra.",
)

F(
    "Storm Daniel in Greece",
    "Storm Daniel killed [[15 people|killed;a=the fire service]] in central Greece, the fire service said, and rescuers evacuated [[more than 2,800 people|displaced;a=the fire service]] from villages in Thessaly by helicopter and boat. "
    "{{About 720 square kilometres}} of farmland were flooded.",
)

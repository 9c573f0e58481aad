"""dev42 excerpts: Europe and the Americas (Ukraine, Russia, Armenia, Greece, Italy, Spain, the
United Kingdom, Haiti, the Dominican Republic, Colombia, Venezuela, Panama, Honduras, Mexico,
Brazil, Chile, Cuba, Canada).

Marks: [[SPAN|CATEGORY;a=source;alt=...;u=unit;n=noun;p;q=...;v=...]] is a figure, {{SPAN}} a
negative (eval/figset/marks.py)."""

from figset import F

F(
    "Ukraine: evacuations from Pokrovsk speed up",
    "Regional authorities said [[about 1,200 people|displaced;a=Regional authorities]] were evacuated from Pokrovsk and nearby villages in the past week, including [[140 children|displaced;a=Regional authorities]]. [[Some 7,000 residents|civilians;a=the city military administration]] remain in the town, according to the city military administration.",
)
F(
    "Ukraine: 3.7 million internally displaced, IOM estimates",
    "IOM estimates that [[3.7 million people|displaced;a=IOM]] are internally displaced in Ukraine, and UNHCR has recorded [[6.9 million refugees|displaced;a=UNHCR]] from Ukraine worldwide. [[About 4.4 million|returned;a=IOM]] have returned to their homes after being displaced, IOM said. According to OCHA, [[12.7 million people|civilians;a=OCHA]] need humanitarian assistance this year.",
)
F(
    "Ukraine: glide bomb on Kharkiv hypermarket kills 19",
    "A Russian glide bomb struck a hypermarket in Kharkiv, killing [[at least 19 people|killed;a=the regional governor]] and injuring [[more than 50|injured;a=the regional governor]], the regional governor said. Rescuers were still searching for [[16 people|missing]] on Sunday morning.",
)
F(
    "Ukraine: WHO has verified 2,100 attacks on health care",
    "WHO has verified [[more than 2,100 attacks|other;u=other;a=WHO]] on health care in Ukraine since {{February 2022}}, which killed [[over 200 people|killed;a=WHO]], among them health workers and patients.",
)
F(
    "Ukraine: UNHCR plans winter repairs in frontline areas",
    "UNHCR said it had provided [[more than 250,000 people|aid;a=UNHCR]] with winter clothing, heaters and cash in frontline areas, and plans to repair [[12,000 homes|housing;p;a=UNHCR]] damaged by shelling before winter.",
)
F(
    "Russia: 121,000 evacuated from Kursk border districts",
    "Acting governor Alexei Smirnov said [[about 121,000 people|displaced;a=Acting governor Alexei Smirnov;alt=Alexei Smirnov]] had been evacuated from border districts of the Kursk region, and [[some 20,000|civilians;a=Acting governor Alexei Smirnov;alt=Alexei Smirnov]] were still in the evacuation zone.",
)
F(
    "Greece: hundreds feared dead after Pylos shipwreck",
    "The Greek coast guard said [[104 people|other;a=The Greek coast guard]] had been rescued and [[82 bodies|killed;a=The Greek coast guard]] recovered after the fishing boat sank off Pylos. Survivors told UNHCR that [[up to 750 people|displaced;a=Survivors]] had been on board. [[Nine Egyptian men|arrested]] accused of smuggling were arrested in Kalamata.",
)
F(
    "Italy: 7,000 arrive on Lampedusa in two days",
    "[[More than 7,000 migrants|displaced;a=the Italian Red Cross]] arrived on Lampedusa in {{48 hours}}, the Italian Red Cross said, overwhelming the island's reception centre, which has space for [[350 to 400 people|capacity;a=the Italian Red Cross]].",
)
F(
    "Spain: record arrivals in the Canary Islands",
    "[[Almost 47,000 migrants|displaced;a=the interior ministry]] reached the Canary Islands by boat last year, the interior ministry said, and the NGO Caminando Fronteras estimated that [[more than 9,700|killed;a=the NGO Caminando Fronteras;alt=Caminando Fronteras]] died trying.",
)
F(
    "Haiti: displacement passes one million",
    "IOM's Displacement Tracking Matrix counted [[more than 1 million people|displaced;a=IOM's Displacement Tracking Matrix]] displaced in Haiti, {{three times}} as many as a year earlier. [[Some 200,000|displaced]] live in [[246 sites|capacity]] in Port-au-Prince, many of them schools.",
)
F(
    "Haiti: nearly 5,000 killed in gang violence last year",
    "The UN human rights office said [[at least 4,864 people|killed;a=The UN human rights office]] were killed in gang violence in Haiti last year, [[1,600|injured;a=The UN human rights office]] were injured and [[more than 1,400|kidnapped;a=The UN human rights office]] were kidnapped.",
)
F(
    "Haiti: gang kills at least 184 in Cité Soleil",
    "Gang members killed [[at least 184 people|killed;a=the UN]], most of them elderly, in the Wharf Jérémie area of Cité Soleil over {{two days}}, the UN said. [[Dozens of families|displaced]] fled to a church in the neighbourhood.",
)
F(
    "Colombia: Catatumbo fighting displaces over 52,000",
    "Fighting between the ELN and FARC dissidents in Catatumbo has killed [[at least 80 people|killed;a=the Ombudsman's office]] and displaced [[more than 52,000|displaced;a=the Ombudsman's office]], the Ombudsman's office said. The army has sent [[5,000 troops|combatants]] to the region.",
)
F(
    "Colombia: 20,000 confined in Chocó",
    "[[Some 20,000 people|civilians;a=OCHA]] in rural Chocó are confined to their communities by fighting between armed groups, OCHA said, unable to reach their crops or health centres. [[Two community leaders|killed]] were shot dead in the area last week.",
)
F(
    "Panama: Darién crossings at a record",
    "Panama's migration service recorded [[more than 520,000 people|displaced;a=Panama's migration service]] crossing the Darién Gap last year, [[about 113,000|displaced;a=Panama's migration service]] of them children. Border police said they had recovered [[55 bodies|killed;a=Border police]] from the jungle during the year.",
)
F(
    "Honduras: 24,000 deported since January",
    "Honduras received [[more than 24,000 deportees|returned;a=the National Migration Institute]] from the United States and Mexico in the {{first}} {{five months}} of the year, including [[about 2,400 children|returned;a=the National Migration Institute]], according to the National Migration Institute.",
)
F(
    "Mexico: Hurricane Otis kills 48 in Acapulco",
    "Hurricane Otis killed [[at least 48 people|killed;a=the Guerrero state government]] in Acapulco and left [[58|missing;a=the Guerrero state government]] missing, the Guerrero state government said. The storm damaged [[about 220,000 homes|housing]], and [[some 10,000 soldiers|combatants]] were deployed to distribute aid and prevent looting.",
)
F(
    "Brazil: Rio Grande do Sul floods displace over half a million",
    "Floods in Rio Grande do Sul have killed [[at least 147 people|killed;a=the state civil defence]] and displaced [[more than 538,000|displaced;a=the state civil defence]], the state civil defence said. [[About 81,000 people|displaced]] are in public shelters, and [[127|missing]] are missing.",
)
F(
    "Chile: wildfires kill 131 around Viña del Mar",
    "The wildfires around Viña del Mar killed [[at least 131 people|killed;a=the Legal Medical Service]], according to the Legal Medical Service. [[Some 7,000 homes|housing;a=the housing ministry]] were destroyed, the housing ministry estimated. [[About 370 people|missing]] were still unaccounted for.",
)
F(
    "Canada: Yellowknife empties as wildfire approaches",
    "Authorities in the Northwest Territories ordered all [[20,000 residents|displaced;p]] of Yellowknife to leave by Friday noon as a wildfire approached. [[More than 19,000|displaced;a=the territorial government]] had left by road and air by Friday night, the territorial government said.",
)
F(
    "Venezuela: 1,800 detained after election, Foro Penal says",
    "Foro Penal said [[more than 1,800 people|arrested;a=Foro Penal]] were detained in the crackdown on protests after the election, including [[about 100 teenagers|arrested;a=Foro Penal]]. Rights groups said [[at least 24 people|killed;a=Rights groups]] were killed during the protests.",
)
F(
    "Ukraine and Russia swap prisoners of war",
    "Ukraine and Russia each freed [[300 prisoners|other]] of war on Sunday. Ukraine's coordination headquarters said [[more than 5,000 Ukrainians|other;a=Ukraine's coordination headquarters]] had been freed from captivity since {{2022}}.",
)
F(
    "Ukraine: Kakhovka dam flood forces evacuations",
    "The destruction of the Kakhovka dam flooded [[about 80 settlements|other;u=other;a=the regional administration]] and forced [[more than 3,600 people|displaced;a=the regional administration]] to be evacuated from the right bank of the Dnipro, the regional administration said.",
)
F(
    "Haiti: Dominican Republic deported 276,000 last year",
    "IOM said the Dominican Republic had deported [[more than 276,000 Haitians|returned;a=IOM]] last year, including [[about 10,000|returned;a=IOM]] in the {{first}} week of October alone.",
)
F(
    "Haiti: WFP serves hot meals in Port-au-Prince sites",
    "WFP said it provided hot meals to [[more than 100,000 displaced people|aid;a=WFP]] in Port-au-Prince last month, and that [[20,000 households|aid;p;a=WFP]] would receive cash transfers in the coming weeks.",
)
F(
    "Mexico: cartel violence uproots families in Sinaloa",
    "Clashes between rival factions of the Sinaloa cartel have displaced [[hundreds of families|displaced;a=state authorities]] from mountain villages in Concordia, state authorities said. The army has sent [[another 600 soldiers|combatants]] to the state, bringing its deployment there to [[about 11,000|combatants]].",
)
F(
    "Haiti: food insecurity remains high",
    "The latest IPC analysis found that {{45 per cent}} of Haiti's population faces high levels of acute food insecurity ({{IPC Phase 3}} or above) between {{March and June 2025}}, up from {{41 per cent}} in {{2024}}.",
)
F(
    "Haiti: Kenya-led mission still short of troops",
    "The Kenya-led security mission in Haiti has [[about 1,000 police and soldiers|combatants;n=police and soldiers;a=the mission's commander]] on the ground, well short of the [[2,500|combatants;p;a=the mission's commander]] planned, the mission's commander said. Gangs control {{about 85 per cent}} of Port-au-Prince, according to the UN.",
)
F(
    "Ukraine: Russia holds thousands of civilians, ombudsman says",
    "Ukraine's human rights commissioner said Russia was holding [[about 16,000 Ukrainian civilians|arrested;a=Ukraine's human rights commissioner]] in prisons and detention centres, and that [[146|other;a=Ukraine's human rights commissioner]] had been freed in exchanges this year.",
)

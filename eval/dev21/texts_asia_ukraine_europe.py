"""dev21 texts: Myanmar, Bangladesh, Thailand, India; Afghanistan, Pakistan, Iran; Ukraine, Russia, Europe, Caucasus.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- Myanmar, Bangladesh, Thailand, India

F(
    "Myanmar's displaced top 3.5 million, UN says",
    "[[More than 3.5 million people|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]] are now displaced inside Myanmar, the UN Office for the Coordination of Humanitarian Affairs said on Thursday, [[about 3.2 million|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]] of them since the army seized power in {{February 2021}}. "
    "Sagaing region alone accounts for [[more than 1.2 million|displaced]].",
)

F(
    "Bangladesh says it cannot take more Rohingya as Rakhine fighting rages",
    "[[About 60,000 Rohingya|displaced;a=Mizanur Rahman]] have slipped into Bangladesh in the {{past two months}} as fighting between the Arakan Army and the military spread across northern Rakhine, Mizanur Rahman, the country's refugee relief commissioner, told Reuters. "
    "The camps in Cox's Bazar already hold [[more than 1 million Rohingya refugees|displaced]], most of whom fled a military crackdown in {{2017}}.",
)

F(
    "Mandalay quake survivors sleep in the streets",
    "The {{7.7-magnitude}} earthquake that struck central Myanmar on {{March 28}} killed [[more than 3,600 people|killed;a=the military government]] and injured [[about 5,000|injured;a=the military government]], the military government said on Sunday. "
    "[[Tens of thousands of people|displaced]] in Mandalay and Sagaing are sleeping in the open, fearing aftershocks. "
    "The Red Cross said [[more than 2,000 buildings|housing;a=The Red Cross]] had collapsed in Mandalay alone.",
)

F(
    "Bangladesh moves 750,000 to shelters ahead of Cyclone Mocha",
    "Authorities moved [[about 750,000 people|displaced;a=the disaster management ministry]] to [[more than 1,500 cyclone shelters|capacity;a=the disaster management ministry]] along Bangladesh's south-eastern coast on Saturday, the disaster management ministry said, as the storm approached with winds of up to {{210 km/h}}. "
    "[[Another 4,000|displaced]] were evacuated from St Martin's Island by boat.",
)

F(
    "Thousands cross into Thailand as fighting rages near Myawaddy",
    "[[About 3,000 people|displaced;a=Thai officials]] crossed the Moei river into Mae Sot on Saturday to escape fighting between Karen rebels and Myanmar troops, Thai officials said. "
    "The Thai army said it could shelter [[up to 100,000 people|capacity;p;a=The Thai army]] in temporary sites along the border if needed.",
)

F(
    "Manipur relief camps still full a year on",
    "[[More than 60,000 people|displaced;a=Chief Minister Biren Singh]] are still living in [[about 350 relief camps|capacity;a=Chief Minister Biren Singh]] across Manipur, Chief Minister Biren Singh told the state assembly. "
    "Ethnic clashes since {{May 2023}} have killed [[at least 219 people|killed;a=Chief Minister Biren Singh]], he said, and [[4,786 houses|housing;a=Chief Minister Biren Singh]] were torched.",
)

F(
    "Rakhine fighting empties Sittwe neighbourhoods",
    "[[Tens of thousands of residents|displaced;a=local aid groups]] have left Sittwe, the Rakhine state capital, as the Arakan Army closed in, local aid groups said, many of them by boat to Yangon. "
    "[[About 1,200 families|displaced]] from surrounding villages are sheltering in [[nine monasteries|capacity;u=structure]] in the town.",
)

F(
    "Fire in Cox's Bazar camp leaves thousands homeless",
    "A fire swept through Camp 11 in the Rohingya settlements of Cox's Bazar on Sunday afternoon, leaving [[about 7,000 refugees|displaced;a=the Refugee Relief and Repatriation Commissioner's office]] homeless, the Refugee Relief and Repatriation Commissioner's office said. "
    "[[Two learning centres|housing]] and a health post were destroyed. No one was killed.",
    ["Camp 11"],
)

# ---------------------------------------------------------------- Afghanistan, Pakistan, Iran

F(
    "Half a million Afghans return from Pakistan as deportation drive continues",
    "[[More than 500,000 Afghans|returned;a=IOM]] have gone back from Pakistan since the government ordered undocumented foreigners to leave by {{November 1}}, IOM said. "
    "At the Torkham crossing, [[about 4,000 people a day|returned]] were arriving during the {{first week}} of December. "
    "[[Around 1.4 million Afghans|displaced;a=UNHCR]] with registration cards may stay in Pakistan for now, UNHCR said.",
)

F(
    "Iran sends back record numbers of Afghans",
    "Iran deported [[more than 30,000 Afghans|returned;a=the Taliban's refugee ministry]] on Tuesday alone, the Taliban's refugee ministry said, the highest daily figure so far. "
    "[[Nearly 1.2 million people|returned;a=the International Organization for Migration]] have returned or been sent back from Iran this year, the International Organization for Migration said, about {{70 percent}} of them forcibly.",
)

F(
    "Herat earthquakes: families spend winter in tents",
    "The earthquakes that hit Herat province in October killed [[about 1,500 people|killed;a=the United Nations]] and destroyed or damaged [[more than 20,000 homes|housing;a=the United Nations]], according to the United Nations. "
    "[[Some 10,000 families|displaced]] are still living in tents. "
    "UNICEF said it had delivered [[1,000 winterised tents|aid;a=UNICEF]] and [[8,000 blankets|aid;a=UNICEF]] to Zindajan district.",
)

F(
    "Kurram clashes force families to flee to Hangu",
    "Clashes between Sunni and Shia tribes in Pakistan's Kurram district have killed [[at least 130 people|killed;a=district officials]] since {{November 21}}, district officials said, and [[hundreds of families|displaced;a=district officials]] have fled to Hangu and Peshawar. "
    "The only road out of the district, to Parachinar, has been closed for {{weeks}}.",
)

F(
    "Pakistan floods: 7.9 million displaced, nearly 600,000 in relief sites",
    "The monsoon floods have displaced [[an estimated 7.9 million people|displaced;a=Pakistan's National Disaster Management Authority]], Pakistan's National Disaster Management Authority said, and [[nearly 600,000|displaced;a=Pakistan's National Disaster Management Authority]] are living in relief sites. "
    "[[More than 1,700 people|killed;a=the authority;alt=Pakistan's National Disaster Management Authority]] have died since {{mid-June}}, including [[about 640 children|killed;a=the authority;alt=Pakistan's National Disaster Management Authority]], the authority said.",
)

F(
    "Residents leave Bajaur ahead of operation against militants",
    "[[About 20,000 families|displaced;a=the district administration]] left Loi Mamund tehsil in Bajaur on Saturday after the army announced a {{three-day}} curfew for an operation against Pakistani Taliban fighters, the district administration said. "
    "Officials have set up [[107 relief camps|capacity]] in schools. "
    "They expect [[as many as 400,000 people|displaced;p;a=Officials]] to leave the area.",
)

# ---------------------------------------------------------------- Ukraine, Russia, Europe, Caucasus

F(
    "Evacuations from Kharkiv border villages pass 11,000",
    "[[More than 11,000 people|displaced;a=Kharkiv regional governor Oleh Syniehubov]] have been evacuated from border areas of the Kharkiv region since Russia launched its offensive on {{May 10}}, Kharkiv regional governor Oleh Syniehubov said on Thursday. "
    "He said [[about 200 residents|civilians;a=Kharkiv regional governor Oleh Syniehubov]] were refusing to leave Vovchansk, where fighting is now street by street.",
)

F(
    "Families with children ordered out of Pokrovsk",
    "Ukrainian authorities ordered the compulsory evacuation of [[1,100 children|displaced;p;a=regional governor Vadym Filashkin]] and their parents from Pokrovsk and nearby villages on Monday as Russian forces came within {{10 km}} of the city, regional governor Vadym Filashkin said. "
    "[[About 53,000 people|civilians;a=regional governor Vadym Filashkin]] still live in Pokrovsk, he said.",
)

F(
    "UNHCR: 6.7 million refugees from Ukraine recorded in Europe",
    "[[About 6.7 million refugees|displaced;a=UNHCR]] from Ukraine are recorded across Europe, and [[3.7 million people|displaced;a=UNHCR]] remain internally displaced inside the country, UNHCR said in its latest update. "
    "Poland and Germany host [[more than 2 million|displaced]] between them.",
)

F(
    "Ukraine refugee crisis live: record crossings into Poland",
    "{{09:12}} – Poland's border guard says [[about 100,000 people|displaced;a=Poland's border guard]] crossed from Ukraine on Saturday, the highest daily number since the invasion began. "
    "{{09:40}} – Moldova's interior ministry says [[more than 40,000|displaced;a=Moldova's interior ministry]] have entered the country so far, and [[another 1,000|displaced;a=Moldova's interior ministry]] are waiting at the Palanca crossing.",
)

F(
    "Kakhovka dam breach: thousands evacuated as water rises",
    "[[About 2,700 people|displaced;a=Interior Minister Ihor Klymenko]] had been evacuated from flooded parts of the Kherson region by Wednesday evening, Interior Minister Ihor Klymenko said, and [[about 42,000|civilians;a=Interior Minister Ihor Klymenko]] were at risk from rising water. "
    "[[At least 80 settlements|other;u=other]] on both banks of the Dnipro were flooded.",
)

F(
    "Russia says 121,000 have left Kursk border districts",
    "[[About 121,000 people|displaced;a=acting Kursk governor Alexei Smirnov]] have left or been evacuated from border districts of Russia's Kursk region since Ukrainian troops crossed the border, acting Kursk governor Alexei Smirnov said. "
    "He said [[about 20,000|civilians;a=acting Kursk governor Alexei Smirnov]] were still in the affected area.",
)

F(
    "Glide bomb strike damages 40 Kharkiv apartment blocks",
    "A Russian glide-bomb attack on Kharkiv killed [[six people|killed;a=Mayor Ihor Terekhov]] and wounded [[47|injured;a=Mayor Ihor Terekhov]], Mayor Ihor Terekhov said, and damaged [[about 40 apartment blocks|housing;u=structure;a=Mayor Ihor Terekhov]]. "
    "[[More than 300 residents|displaced]] spent the night in a temporary shelter set up in a school gym.",
)

F(
    "Armenia says 100,000 have arrived from Karabakh",
    "[[More than 100,000 people|displaced;a=the Armenian government]] have crossed into Armenia from Nagorno-Karabakh, the Armenian government said on Saturday, out of a population of [[about 120,000|civilians;a=the Armenian government]]. "
    "Officials said [[about 15,000|displaced;a=Officials]] of the new arrivals were staying in state-provided accommodation, the rest with relatives.",
)

F(
    "Moldova reduces refugee accommodation centres",
    "[[About 3,000 refugees|displaced;a=the government]] from Ukraine still live in [[38 placement centres|capacity;a=the government]] in Moldova, down from [[more than 100|capacity;u=structure;a=the government]] at the start of the war, the government said on Tuesday. "
    "[[Roughly 120,000 Ukrainians|displaced]] are now in the country.",
)

F(
    "UNHCR winter aid reaches front-line communities",
    "UNHCR said it had given [[about 120,000 people|aid;a=UNHCR]] in front-line areas of Ukraine cash to buy fuel for the winter, and repaired [[3,400 homes|housing;a=UNHCR]] damaged by shelling. "
    "[[Nearly 1.5 million people|civilians]] live within {{30 km}} of the front line.",
)

F(
    "Kyiv says 388 children brought back from Russia",
    "Ukraine has brought home [[388 children|returned;a=Ukraine's ombudsman, Dmytro Lubinets;alt=Dmytro Lubinets]] who had been taken to Russia or Russian-occupied areas, Ukraine's ombudsman, Dmytro Lubinets, said. "
    "Kyiv says [[19,546 children|kidnapped;a=Kyiv]] have been deported or forcibly transferred since {{February 2022}}.",
)

F(
    "Azerbaijan resettles first families in Fuzuli",
    "[[About 150 families|returned;a=the state committee for refugees and IDPs]] moved into newly built houses in Fuzuli on Tuesday, the state committee for refugees and IDPs said, among the {{first}} former IDPs to go back since the {{1990s}}. "
    "The government plans to resettle [[140,000 people|returned;p;a=The government]] in the region by {{2026}}.",
)

F(
    "Asylum applications in Germany fall sharply",
    "[[229,751 people|displaced;a=the federal migration office]] applied for asylum in Germany for the {{first}} time last year, the federal migration office said, about {{30 percent}} fewer than the year before. "
    "Syrians, Afghans and Turks made up the largest groups.",
)

"""Build eval/dev21/figures.jsonl from the hand-written texts below.

A twenty-first tuning set for the figure extractor: displacement reporting in every voice (wire
copy, UN agency and NGO releases and situation reports, government and local officials, regional
outlets, live blogs, one-line headline items), about half of the figures displacement figures and
the rest what such stories also report (returns, deaths, injuries, aid, capacity, housing...),
set in many countries, for displacement by conflict and by disasters.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 21) with ids
"a0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev21/build.py            # write figures.jsonl and validate it
    python eval/dev21/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev21", Path(__file__).resolve().parent, "a", 21)

# ====================================================================== texts

# ====================================================================== texts


# ---------------------------------------------------------------- Sudan, Chad, South Sudan

F(
    "Thousands flee El Fasher fighting toward Tawila, IOM says",
    "Renewed fighting around El Fasher, the capital of Sudan's North Darfur state, forced [[more than 25,000 people|displaced;a=the International Organization for Migration]] from their homes over the weekend, the International Organization for Migration said on Monday. "
    "Most headed for Tawila, about {{60 km}} to the west, where [[some 400 families|displaced;a=aid workers]] were sleeping in the open, aid workers said.",
)

F(
    "Chad's border camps strain as Sudanese arrivals top 600,000",
    "Chad has taken in [[more than 600,000 Sudanese refugees|displaced;a=UNHCR]] since war broke out in Sudan in {{April 2023}}, UNHCR said on Tuesday, alongside [[about 180,000 Chadian returnees|returned;a=UNHCR]]. "
    "[[About 14,000 new arrivals|displaced;a=the agency;alt=UNHCR]] crossed into Ouaddai province in the {{past two weeks}} alone, the agency said. "
    "The transit site at Adré was set up for [[20,000 people|capacity]] but now shelters [[more than 200,000|displaced]].",
)

F(
    "Sudan: Gezira displacement flash update",
    "Clashes in and around Wad Medani have displaced [[an estimated 300,000 people|displaced;a=IOM's Displacement Tracking Matrix]] since {{15 December}}, according to IOM's Displacement Tracking Matrix. "
    "Many had already fled Khartoum once; [[about 86,000|displaced;n=-]] of them were IDPs who had sought refuge in Gezira earlier in the war. "
    "Partners report that [[at least 1,700 households|displaced;a=Partners]] have arrived in Sennar town and are staying in [[24 schools|capacity;a=Partners]] and other public buildings.",
)

F(
    "Sudan war live: Zamzam camp attack",
    "{{11:05 GMT}} – The RSF assault on Zamzam camp has killed [[at least 100 people|killed;a=the UN's humanitarian coordinator for Sudan]], including [[20 children|killed;a=the UN's humanitarian coordinator for Sudan]], the UN's humanitarian coordinator for Sudan says. "
    "{{11:40 GMT}} – IOM says [[between 60,000 and 80,000 households|displaced;a=IOM]] have fled the camp, which was home to [[an estimated 500,000 people|displaced;a=IOM]] before the attack.",
)

F(
    "IOM: Sudan's internally displaced exceed 11.5 million",
    "[[More than 11.5 million people|displaced;a=the International Organization for Migration]] are now internally displaced in Sudan, among them [[2.8 million|displaced;a=the International Organization for Migration]] uprooted by earlier conflicts in Darfur, the International Organization for Migration said on Friday.",
)

F(
    "Renk transit centre overwhelmed as crossings from Sudan surge",
    "[[Nearly 2,000 people a day|displaced;a=UNHCR]] are crossing from Sudan into South Sudan at the Joda border point, UNHCR said, most of them South Sudanese who had lived in Khartoum for years. "
    "The transit centre in Renk, built for [[3,000 people|capacity]], was hosting [[more than 12,000|displaced]] on Sunday. "
    "The World Food Programme said it had given hot meals to [[9,400 people|aid;a=The World Food Programme]] at the border in the {{past week}}.",
)

F(
    "White Nile hosts 1.4 million displaced, governor says",
    "White Nile state is hosting [[about 1.4 million displaced people|displaced;a=Governor Omar al-Khalifa]] in [[172 gathering sites|capacity;a=Governor Omar al-Khalifa]] and with host families, Governor Omar al-Khalifa told reporters in Kosti on Wednesday. "
    "He said the state could receive [[another 40,000|displaced;p;a=Governor Omar al-Khalifa]] before the rains begin in {{June}}.",
)

F(
    "Dam collapse in eastern Sudan sweeps away villages",
    "The collapse of the Arbaat dam after torrential rain killed [[at least 30 people|killed;a=officials in Red Sea state]] and left [[dozens|missing;a=officials in Red Sea state]] missing, officials in Red Sea state said on Monday. "
    "The UN said [[about 20 villages|other;a=The UN]] had been swept away and [[some 50,000 people|displaced;a=The UN]] forced from their homes.",
)

F(
    "Nasir fighting drives South Sudanese into Ethiopia",
    "Clashes between government troops and the White Army in Nasir county have driven [[about 10,000 people|displaced;a=the UN Mission in South Sudan]] across the border into Ethiopia's Gambella region, the UN Mission in South Sudan said. "
    "Local officials said [[tens of thousands|displaced;a=Local officials]] more were hiding in swamps along the Sobat river.",
)

F(
    "Sudanese flee to Egypt in greater numbers",
    "Egypt has received [[about 1.2 million Sudanese|displaced;a=the Egyptian foreign ministry]] since the war began, the Egyptian foreign ministry said, though only [[around 600,000|displaced;a=the Egyptian foreign ministry]] are registered with UNHCR. "
    "At the Arqin crossing, [[about 5,000 people|displaced]] waited on the Sudanese side on Thursday for permits to enter.",
)

F(
    "MSF: Sudanese women arriving in Chad report attacks",
    "Médecins Sans Frontières teams in Adré treated [[143 patients|injured;a=Médecins Sans Frontières]] with gunshot wounds in a single week in {{June}}, the charity said. "
    "Most had fled El Geneina after militias attacked the city's Ardamata district, where [[at least 1,300 people|killed;a=survivors]] were killed, survivors told MSF staff.",
)

F(
    "Kordofan clashes uproot thousands near El Obeid",
    "Fighting on the outskirts of El Obeid has uprooted [[more than 7,000 families|displaced;a=state authorities in North Kordofan]], state authorities in North Kordofan said, and [[at least 11 civilians|killed;a=state authorities in North Kordofan]] were killed by shelling. "
    "The displaced are sheltering in [[18 schools|capacity]] and mosques in the city.",
)

F(
    "WFP reaches Sudan's hungry in Darfur for first time in months",
    "A World Food Programme convoy of [[15 trucks|aid]] carrying [[about 700 tonnes|aid;n=tonnes]] of food reached Kreinik in West Darfur on Saturday. "
    "The agency said the food would feed [[60,000 displaced people|aid;p;a=The agency;alt=World Food Programme]] for {{a month}}, but warned that [[1.7 million people|civilians;a=The agency;alt=World Food Programme]] in Darfur face famine conditions.",
)

F(
    "South Sudan camps absorb flood and war displaced",
    "Flooding along the White Nile has displaced [[more than 379,000 people|displaced;a=OCHA]] across [[22 counties|other;a=OCHA]] in South Sudan, OCHA said, many of them already uprooted by conflict. "
    "In Bentiu, [[about 112,000 people|displaced]] live behind dykes in the former Protection of Civilians site, and [[nearly 40,000 homes|housing]] have been flooded across Unity state.",
)

F(
    "Chad relocates refugees from border to new camps",
    "Chadian authorities and UNHCR relocated [[2,300 refugees|displaced;a=the agency;alt=UNHCR]] from the border at Adré to the new Dougui camp on Monday, the agency said, the largest convoy so far. "
    "The camp has [[6,500 shelters|capacity]] and will eventually host [[up to 50,000 people|capacity;p]].",
)

F(
    "Sudan: returns to Khartoum pick up after army advance",
    "[[More than 400,000 people|returned;a=IOM]] have returned to parts of Khartoum state since the army retook the capital, IOM said on Tuesday, most of them from Gezira and River Nile states. "
    "[[About 12,000|returned;a=IOM]] came back from Egypt by bus through the Argeen crossing, it said.",
)

# ---------------------------------------------------------------- DRC, Great Lakes, CAR, Mozambique

F(
    "Rebel push toward Goma displaces 400,000 since January",
    "The {{M23}} rebels' push toward Goma has forced [[more than 400,000 people|displaced;a=UNHCR]] from their homes and camps since the start of the year, UNHCR said on Tuesday. "
    "[[Some 178,000|displaced;a=the agency;alt=UNHCR]] fled in the {{past two weeks}} alone, the agency said, many of them from sites around Sake that were already sheltering people uprooted by earlier fighting.",
)

F(
    "Goma live: bodies collected, Congolese cross into Rwanda",
    "{{14:20 GMT}} – The Congolese Red Cross says its volunteers have collected [[more than 700 bodies|killed;a=The Congolese Red Cross]] from the streets of Goma since Sunday. "
    "{{15:05 GMT}} – Rwandan authorities say [[1,800 Congolese|displaced;a=Rwandan authorities]] have crossed into Gisenyi since the fighting began and are being housed at [[three transit centres|capacity;a=Rwandan authorities]].",
)

F(
    "Militia attack on Ituri displacement site kills dozens",
    "Militiamen armed with machetes and guns killed [[at least 51 people|killed;a=local officials]] and wounded [[36 others|injured;a=local officials]] in an overnight attack on the Plaine Savo displacement site in Djugu territory, local officials said on Friday. "
    "The site had sheltered [[about 24,000 displaced people|displaced]], most of whom fled toward Bunia after the attack. "
    "The attackers also burned [[dozens of homes|housing]] in a nearby village.",
)

F(
    "NRC names Congo the world's most neglected displacement crisis",
    "Congo now counts [[6.9 million internally displaced people|displaced;a=the Norwegian Refugee Council]], the Norwegian Refugee Council said on Wednesday, naming it the most neglected displacement crisis for the {{second year}} running. "
    "The group said it had handed out [[4,200 shelter kits|aid;a=The group;alt=the Norwegian Refugee Council]] around Goma this year, but that the camps there had only {{one latrine for every 90 people}}.",
)

F(
    "Mambasa: households flee ADF raids",
    "[[More than 3,000 households|displaced;a=civil society leaders in Ituri]] have fled villages in Mambasa territory after a series of ADF raids that killed [[at least 40 civilians|killed;a=civil society leaders in Ituri]] since last Tuesday, civil society leaders in Ituri told Radio Okapi. "
    "The displaced are staying with host families in Biakato and in [[two churches|capacity]].",
)

F(
    "Congolese cross into Burundi after fall of Bukavu",
    "[[About 40,000 Congolese|displaced;a=UNHCR]] have crossed into Burundi since mid-February, UNHCR said, including [[9,000|displaced;a=UNHCR]] in a single day at the Gatumba border post. "
    "Many were ferried across the Rusizi river in canoes, and [[at least five people|killed;a=local officials]] drowned during the crossing, local officials said.",
)

F(
    "Uganda transit centre far over capacity",
    "Uganda's Nyakabande transit centre, designed for [[1,000 people|capacity;a=the Office of the Prime Minister]], housed [[more than 5,600 refugees|displaced;a=the Office of the Prime Minister]] on Friday, according to the Office of the Prime Minister. "
    "[[About 2,500|displaced]] were moved by bus to Nakivale settlement over the weekend.",
)

F(
    "Displaced families head back to Rutshuru as fighting eases",
    "[[About 90,000 displaced people|returned;a=OCHA]] have returned to their villages in Rutshuru territory since a lull in fighting began, OCHA said, but [[more than 300,000|displaced;a=OCHA]] remain in sites around Goma. "
    "Returnees told aid workers that many homes had been looted.",
)

F(
    "Cholera spreads in Goma's crowded camps",
    "Health authorities in North Kivu have recorded [[more than 1,000 cholera cases|other;a=Health authorities in North Kivu]] in the displacement camps around Goma since {{early March}}, and [[14 deaths|killed;a=Health authorities in North Kivu]]. "
    "The camps host [[about 650,000 people|displaced;a=aid agencies]], aid agencies say, many in makeshift shelters of sticks and plastic sheeting.",
)

F(
    "Haut-Mbomou violence sends thousands into Congo",
    "[[About 14,000 people|displaced;a=UNHCR]] from the Central African town of Zemio have crossed the Mbomou river into Congo's Bas-Uele province since {{June}}, UNHCR said on Friday. "
    "[[Another 20,000|displaced;a=UNHCR]] are sheltering near the UN peacekeeping base in Zemio, it said.",
)

F(
    "Central African refugees return from Cameroon under tripartite deal",
    "A convoy carrying [[480 Central African refugees|returned]] left Cameroon's Garoua-Boulaï on Tuesday for Bangui, the {{sixth}} such convoy under the agreement between Cameroon, the Central African Republic and UNHCR. "
    "UNHCR said [[a further 2,000|returned;p;a=UNHCR]] had registered to go home before the end of the year.",
)

F(
    "Cabo Delgado attacks displace 100,000 in two weeks",
    "[[More than 100,000 people|displaced;a=IOM's Displacement Tracking Matrix]] fled their homes in southern Cabo Delgado in the {{two weeks}} to {{June 16}}, including [[61,000 children|displaced;a=IOM's Displacement Tracking Matrix]], according to IOM's Displacement Tracking Matrix. "
    "Most moved toward Ancuabe and Chiúre districts, where [[14 sites|capacity]] were set up in schools and church grounds.",
)

F(
    "Mozambique: 600,000 have returned to Cabo Delgado districts",
    "[[About 600,000 people|returned;a=the provincial government]] have returned to their home districts in Cabo Delgado since the army and Rwandan troops retook Mocímboa da Praia, the provincial government said. "
    "[[Roughly 580,000|displaced;a=the provincial government]] are still displaced, it said, and [[more than 1,500 houses|housing;a=the provincial government]] in Mocímboa are being rebuilt.",
)

F(
    "Cyclone Freddy: tens of thousands in accommodation centres in Zambezia",
    "[[More than 22,000 people|displaced;a=the disaster management agency INGD;alt=INGD]] are sheltering in [[44 accommodation centres|capacity;a=the disaster management agency INGD;alt=INGD]] in Mozambique's Zambezia province after Cyclone Freddy's {{second}} landfall, the disaster management agency INGD said. "
    "[[About 28,000 houses|housing]] were destroyed or damaged and [[at least 10 people|killed]] died in Quelimane.",
)

F(
    "Burundi and Tanzania plan to repatriate 10,000 refugees by December",
    "Burundi, Tanzania and UNHCR plan to repatriate [[about 10,000 Burundian refugees|returned;p;a=Burundi, Tanzania and UNHCR]] from Nduta camp by {{December}} under a deal signed in Dar es Salaam on Thursday. "
    "[[Some 63,000|displaced]] remain in the camp, many of whom say they fear going back.",
)

F(
    "Floods in Uvira kill at least 17",
    "Torrential rain in the eastern Congolese city of Uvira killed [[at least 17 people|killed;a=the mayor]] and left [[about 3,000 homes|housing;a=the mayor]] under water, the mayor said on Monday. "
    "[[Some 12,000 residents|displaced]] are staying in schools and churches, and [[four people|missing]] are still missing.",
)

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

# ---------------------------------------------------------------- Gaza, West Bank, Israel

F(
    "Khan Younis evacuation orders uproot 250,000 in four days",
    "Israeli military evacuation orders covering eastern Khan Younis have displaced [[about 250,000 people|displaced;a=UNRWA]] in {{four days}}, UNRWA said on Thursday. "
    "About {{86 percent}} of the Gaza Strip is now under evacuation orders, the agency said. "
    "Families are crowding into the Mawasi area, where [[more than 1.5 million people|displaced;a=aid groups]] are now sheltering, according to aid groups.",
)

F(
    "Gaza live: bodies recovered in Jabalia, thousands flee north Gaza",
    "{{16:30}} – Gaza's civil defence says its crews have recovered [[12 bodies|killed;a=Gaza's civil defence]] from the rubble of a house in Jabalia, and [[at least 20 people|missing;a=Gaza's civil defence]] are still under the debris. "
    "{{16:55}} – The UN says [[about 100,000 people|displaced;a=The UN]] have fled northern Gaza for Gaza City since the Israeli operation there began {{three weeks ago}}.",
)

F(
    "Half a million cross back to northern Gaza as ceasefire holds",
    "[[More than 500,000 people|returned;a=the UN]] have crossed from southern to northern Gaza since the Netzarim corridor reopened on {{January 27}}, the UN said on Sunday. "
    "[[About 4,200 aid trucks|aid]] entered the Strip in the {{first week}} of the truce. "
    "Many returnees found their homes destroyed and have pitched tents on the rubble.",
)

F(
    "Gaza City schools shelter 160,000",
    "[[About 160,000 people|displaced;a=the UN agency for Palestinian refugees]] are sheltering in [[about 100 schools|capacity;a=the UN agency for Palestinian refugees]] and other buildings in Gaza City, the UN agency for Palestinian refugees said, many of them with no running water. "
    "An Israeli strike on the Salah al-Din school on Saturday killed [[at least 17 people|killed;a=the civil defence]], the civil defence said.",
)

F(
    "Israeli raids empty West Bank refugee camps",
    "[[About 40,000 Palestinians|displaced;a=UNRWA]] have been forced from the Jenin, Tulkarm and Nur Shams refugee camps since the Israeli operation began in {{January}}, UNRWA said, the largest displacement in the West Bank since {{1967}}. "
    "The Palestinian health ministry said [[at least 26 people|killed;a=The Palestinian health ministry]] had been killed in Jenin. "
    "The Israeli military said it had arrested [[more than 200 wanted suspects|arrested;a=The Israeli military]].",
)

F(
    "Tens of thousands of northern Israelis still out of their homes",
    "[[About 60,000 Israelis|displaced;a=the government]] evacuated from communities near the Lebanese border in {{October 2023}} had not gone home a year later, the government said. "
    "[[Some 15,000|displaced;a=the Tourism Ministry]] are still living in hotels paid for by the state, according to the Tourism Ministry. "
    "[[More than 1,000 buildings|housing;a=local councils]] in the area have been damaged by Hezbollah fire, local councils say.",
)

# ---------------------------------------------------------------- Lebanon

F(
    "Lebanon: up to a million may be displaced, prime minister says",
    "[[Up to 1 million people|displaced;a=Prime Minister Najib Mikati]] may have been displaced by Israeli strikes across southern and eastern Lebanon, Prime Minister Najib Mikati said on Sunday, possibly the largest displacement in the country's history. "
    "The government has opened [[more than 900 collective shelters|capacity;a=The government]] in schools and public buildings, and most are already full, it said.",
)

F(
    "Hundreds of thousands cross from Lebanon into Syria",
    "Syrian authorities say [[about 310,000 people|displaced;a=Syrian authorities]] have crossed from Lebanon since {{September 23}}, roughly {{70 percent}} of them Syrians. "
    "An Israeli strike near the Masnaa crossing on Friday cut the main road, and [[hundreds of families|displaced]] were seen carrying their belongings across on foot.",
)

F(
    "Displaced Lebanese stream south after truce, but many villages off limits",
    "[[Hundreds of thousands of people|returned]] drove back toward southern Lebanon on Wednesday morning as the ceasefire took effect, their cars piled with mattresses. "
    "The Lebanese army warned residents not to return yet to [[more than 60 villages|other;a=The Lebanese army]] along the border. "
    "IOM said [[about 100,000 people|displaced;a=IOM]] were still displaced {{two weeks}} later.",
)

F(
    "Lebanon health ministry: 3,123 killed since October 2023",
    "Israeli attacks have killed [[3,123 people|killed;a=the health ministry]] in Lebanon since {{October 2023}} and wounded [[13,817|injured;a=the health ministry]], the health ministry said on Thursday. "
    "[[About 1.2 million people|displaced;a=the government's emergency committee]] have been displaced, according to the government's emergency committee.",
)

# ---------------------------------------------------------------- Syria, Iraq, Turkey

F(
    "Northwest Syria: 280,000 displaced in a week of fighting",
    "Since {{26 November}}, [[more than 280,000 people|displaced;a=OCHA]] have been displaced across Idlib and northern Aleppo governorates, OCHA said in its latest flash update, [[about 96,000|displaced;a=OCHA]] of them children. "
    "Partners have opened [[62 new reception centres|capacity]] in schools and mosques. "
    "[[At least 11 camps|capacity]] for displaced people near the Turkish border are reported to be over capacity.",
)

F(
    "Alawite families flee Syrian coast into northern Lebanon",
    "[[About 10,000 Syrians|displaced;a=Lebanese officials in Akkar]] have crossed into northern Lebanon since violence erupted on Syria's coast, Lebanese officials in Akkar said, many of them Alawites sheltering in mosques and with relatives. "
    "The Syrian Observatory for Human Rights, a Britain-based war monitor, said [[more than 1,000 civilians|killed;a=The Syrian Observatory for Human Rights]] had been killed in the coastal provinces.",
)

F(
    "UNHCR: half a million Syrians have returned since Assad fell",
    "[[More than 500,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries since {{December 8}}, UNHCR said, and [[about 1.2 million internally displaced people|returned;a=UNHCR]] have gone back to their areas of origin. "
    "The agency said [[about 6 million Syrian refugees|displaced;a=The agency;alt=UNHCR]] remain abroad, most of them in Turkey, Lebanon and Jordan.",
)

F(
    "Quake in Syria may have left 5.3 million homeless, UN says",
    "[[As many as 5.3 million people|displaced;a=Sivanka Dhanapala]] in Syria may have been left homeless by the earthquake, Sivanka Dhanapala, UNHCR's representative in the country, told reporters on Friday. "
    "In neighbouring Turkey, [[more than 1.5 million people|displaced;a=officials]] are living in tents and container cities, officials said, and [[about 160,000 buildings|housing;a=officials]] collapsed or were severely damaged.",
)

F(
    "Iraq's last camps in Kurdistan region to close",
    "[[About 4,800 families|returned;a=Iraq's migration ministry]] left camps in the Kurdistan region for their home areas last year, Iraq's migration ministry said, and [[the remaining 24,000 households|displaced;a=Iraq's migration ministry]] in [[21 camps|capacity;a=Iraq's migration ministry]] will be helped to return with a grant of {{4 million dinars}} each. "
    "Many of the camp residents are Yazidis from Sinjar.",
)

F(
    "Iraq brings home 600 more from Syria's al-Hol camp",
    "[[About 600 Iraqis|returned;a=Iraq's migration ministry]], most of them women and children, were brought back from al-Hol camp in north-east Syria on Tuesday, Iraq's migration ministry said, in the {{14th}} such transfer. "
    "[[Roughly 40,000 people|displaced]] still live in the camp, which is guarded by the Kurdish-led Syrian Democratic Forces.",
)

# ---------------------------------------------------------------- Yemen

F(
    "Yemen: DTM tracks new displacement in Marib and Taiz",
    "Between {{1 January}} and {{30 June}}, IOM's Displacement Tracking Matrix tracked [[2,106 households|displaced;a=IOM's Displacement Tracking Matrix]] ([[12,636 individuals|displaced;a=IOM's Displacement Tracking Matrix]]) newly displaced at least once across Yemen. "
    "Most moved within Marib governorate, where [[about 200 displacement sites|capacity]] host people who have fled repeatedly since {{2015}}.",
)

F(
    "Floods tear through displacement sites in Hajjah and Hodeidah",
    "Flash floods killed [[at least 40 people|killed;a=the Houthi-run health ministry]] in Hajjah and Hodeidah governorates, the Houthi-run health ministry said, and [[four people|missing;a=the Houthi-run health ministry]] are missing. "
    "The UN said [[more than 300,000 people|civilians;a=The UN]] had been affected and [[about 4,600 tents|housing;a=The UN]] in displacement sites damaged or washed away.",
)

F(
    "Houthis detain UN staff in Sanaa",
    "Houthi authorities have detained [[13 UN staff members|arrested;n=staff members;a=the UN]] in Sanaa in raids on homes and offices since Monday, the UN said, in addition to [[dozens of staff|arrested;a=the UN]] of aid groups and civil society organisations. "
    "The WFP said it had paused food distributions that reached [[about 3 million people|aid;a=The WFP]] a month in the north.",
)

# ---------------------------------------------------------------- Sahel, Nigeria, Cameroon

F(
    "Burkina Faso's displaced: no new figures since 2023",
    "Burkina Faso's government last published a count of [[2,062,534 internally displaced people|displaced;a=Burkina Faso's government]] in {{March 2023}} and has released none since. "
    "In Djibo, [[about 270,000 people|civilians;a=aid groups]] are living under a blockade by JNIM fighters, aid groups say, with supplies arriving only by helicopter.",
)

F(
    "Barsalogho attack: residents flee to Kaya",
    "[[Thousands of residents|displaced;a=local sources]] of Barsalogho have fled to Kaya since Saturday's attack, in which jihadists killed [[at least 133 people|killed;a=local sources]] digging trenches around the town, local sources said. "
    "The UN said [[more than 200 people|injured;a=The UN]] were being treated in Kaya's regional hospital.",
)

F(
    "Mbera camp in Mauritania receives more Malians",
    "[[About 1,500 new arrivals a week|displaced;a=UNHCR]] are reaching the Mbera refugee camp in south-eastern Mauritania from Mali, UNHCR said, as fighting spreads in the Timbuktu and Ségou regions. "
    "The camp and surrounding villages now host [[more than 250,000 Malian refugees|displaced;a=UNHCR]], it said, well beyond the [[90,000|capacity;a=UNHCR]] the camp was designed for.",
)

F(
    "Niger: attack near Tillabéri drives villagers to the capital",
    "Gunmen killed [[at least 20 soldiers|killed;a=the defence ministry]] in an ambush near Tillabéri on Tuesday, the defence ministry said, adding that [[dozens of terrorists|killed;a=the defence ministry]] were neutralised. "
    "[[Some 3,000 villagers|displaced;a=residents]] have since fled to the outskirts of Niamey, residents said.",
)

F(
    "Borno closes Maiduguri camps, moves displaced back to home towns",
    "The Borno state government has closed [[10 camps|capacity;a=Governor Babagana Zulum]] in Maiduguri and resettled [[about 140,000 displaced people|returned;a=Governor Babagana Zulum]] in their home communities since {{2021}}, Governor Babagana Zulum said. "
    "Aid groups say some returnees have been attacked again.",
)

F(
    "Alau dam collapse floods Maiduguri",
    "Floodwater from the collapsed Alau dam has displaced [[more than 414,000 people|displaced;a=the Borno State Emergency Management Agency]] in and around Maiduguri, the Borno State Emergency Management Agency said on Thursday, and [[at least 37 people|killed;a=the Borno State Emergency Management Agency]] have died. "
    "About {{40 percent}} of the city is under water, and the agency has opened [[30 camps|capacity;a=the agency;alt=the Borno State Emergency Management Agency]] in schools, it said.",
)

F(
    "Benue attack: survivors pour into Makurdi",
    "[[More than 100 people|killed;a=Amnesty International]] were killed in an overnight attack on Yelwata in Nigeria's Benue state, Amnesty International said. "
    "[[About 3,000 residents|displaced;a=the Benue State Emergency Management Agency]] fled to Makurdi and nearby towns, according to the Benue State Emergency Management Agency, and [[about 6,000 more|displaced;p;n=-;a=the Benue State Emergency Management Agency]] are expected to arrive.",
)

F(
    "Zamfara bandit raids empty villages",
    "Bandits abducted [[at least 50 people|kidnapped;a=residents]] and burned [[dozens of houses|housing;a=residents]] in raids on [[four villages|other;a=residents]] in Zamfara state's Maru area, residents told Reuters. "
    "[[Hundreds of families|displaced;a=a local official]] have moved to Maru town, a local official said.",
)

F(
    "Boko Haram raid on Cameroon displacement camp kills nine",
    "Boko Haram fighters killed [[nine people|killed;a=local authorities]] and abducted [[three women|kidnapped;a=local authorities]] in a night raid on a camp for displaced people in Mozogo, in Cameroon's Far North region, local authorities said. "
    "The camp shelters [[about 2,500 IDPs|displaced]] who fled earlier attacks.",
)

# ---------------------------------------------------------------- Ethiopia, Somalia, Kenya

F(
    "Tigray: displaced begin returning to western zone",
    "[[About 50,000 displaced people|returned;a=Tigray's interim administration]] have returned to Tselemti district in the {{first}} phase of a government-backed return programme, Tigray's interim administration said. "
    "[[Roughly 1 million people|displaced]] remain displaced in Tigray, many in crowded school compounds in Shire and Mekelle.",
)

F(
    "Drought uproots pastoralists in Ethiopia's Somali region",
    "Drought has displaced [[more than 200,000 pastoralists|displaced;a=regional officials]] in Ethiopia's Somali region this year, regional officials said, and [[about 2 million livestock|other;a=regional officials]] have died. "
    "[[Up to 100,000 more|displaced;p;n=-;a=the officials;alt=regional officials]] could be forced to move if the next rains fail, the officials said.",
)

F(
    "Gofa landslides: thousands to be evacuated",
    "Landslides in Ethiopia's Gofa zone killed [[at least 257 people|killed;a=OCHA]], OCHA said, and [[more than 15,000 people|displaced;p;a=OCHA]] need to be evacuated because of the risk of further slides. "
    "Rescuers are still digging for [[dozens of people|missing]] buried in mud.",
)

F(
    "Las Anod fighting: up to 200,000 flee",
    "Fighting in and around Las Anod has displaced [[between 154,000 and 203,000 people|displaced;a=the UN]], the UN said, [[about 100,000|displaced;a=the UN]] of whom have crossed into Ethiopia's Somali region. "
    "The town's main hospital said it had treated [[more than 600 wounded|injured;a=The town's main hospital]] since {{February}}.",
)

F(
    "Somalia: Deyr floods displace 1.2 million",
    "Floods along the Juba and Shabelle rivers have displaced [[more than 1.2 million people|displaced;a=the National Disaster Management Agency]] and killed [[101|killed;a=the National Disaster Management Agency]], the National Disaster Management Agency said. "
    "[[About 2.4 million|civilians;a=the agency;alt=the National Disaster Management Agency]] are affected, the agency added, and Beledweyne is almost entirely under water.",
)

F(
    "Baidoa camps swell with drought arrivals",
    "[[Some 2,000 people a day|displaced;a=the Norwegian Refugee Council]] arrived in displacement sites around Baidoa during the worst weeks of the drought, the Norwegian Refugee Council said. "
    "Each new site holds [[500 to 700 families|displaced]], who build shelters from branches and cloth. "
    "The town now hosts [[more than 500 sites|capacity]].",
)

F(
    "Dadaab refugee population passes 380,000",
    "Kenya's Dadaab camps host [[more than 380,000 refugees|displaced;a=UNHCR]], UNHCR said, most of them Somalis, although the complex was built for [[about 90,000 people|capacity;a=UNHCR]]. "
    "[[About 1,000 new arrivals a month|displaced]] are registering at the Hagadera reception centre.",
)

F(
    "Kenya floods: 281,000 displaced, interior ministry says",
    "Floods have displaced [[281,835 people|displaced;a=the interior ministry]] across Kenya since {{March}}, the interior ministry said on Sunday, and killed [[more than 270|killed;a=the interior ministry]]. "
    "[[75 people|missing]] are still missing, and the displaced are housed in [[115 camps|capacity]] set up by the government and the Kenya Red Cross.",
)

# ---------------------------------------------------------------- Haiti, Dominican Republic

F(
    "Haiti's displaced top 700,000, IOM says",
    "Gang violence has displaced [[more than 700,000 people|displaced;a=the International Organization for Migration]] in Haiti, the International Organization for Migration said, about half of them children. "
    "[[About 16,000|displaced;a=the agency;alt=the International Organization for Migration]] fled the central town of Mirebalais in a single week after gangs overran it, the agency said.",
    ["about half"],
)

F(
    "Displaced families take over Port-au-Prince schools",
    "[[About 4,000 people|displaced;a=the Civil Protection directorate]] have taken refuge in the Lycée Marie-Jeanne and [[two other schools|capacity;a=the Civil Protection directorate]] in downtown Port-au-Prince after gangs attacked Solino, the Civil Protection directorate said. "
    "The capital now has [[108 sites|capacity]] for displaced people, most of them schools and churches.",
)

F(
    "Dominican Republic stepping up deportations to Haiti",
    "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the migration directorate]] last year, the migration directorate said. "
    "The government said in October it would deport [[up to 10,000 people a week|returned;p;a=The government]].",
)

F(
    "Pont-Sondé massacre: more than 6,000 flee to Saint-Marc",
    "Gang members killed [[at least 115 people|killed;a=the UN]] in an attack on Pont-Sondé in Haiti's Artibonite region, the UN said, and [[more than 6,000|displaced;a=the UN]] fled, most of them to Saint-Marc. "
    "[[Sixteen people|injured]] were treated for gunshot wounds at the local hospital.",
)

F(
    "Kenyan police mission to Haiti grows",
    "[[About 400 Kenyan police officers|combatants;a=the mission]] are now in Haiti, the mission said, of the [[2,500|combatants;p;a=the mission]] planned for the multinational force. "
    "Gangs control most of Port-au-Prince, where [[more than 60,000 people|displaced]] live in makeshift sites.",
)

# ---------------------------------------------------------------- Colombia, Venezuela, Mexico

F(
    "Catatumbo violence displaces more than 52,000",
    "Fighting between the ELN and FARC dissidents in Colombia's Catatumbo region has displaced [[more than 52,000 people|displaced;a=the Ombudsman's Office]] since {{January 16}}, the Ombudsman's Office said, the largest mass displacement recorded in the country in decades. "
    "[[About 1,000|displaced;a=Venezuelan authorities]] crossed into Venezuela, according to Venezuelan authorities. "
    "The Ombudsman's Office said [[some 20,000 people|civilians;a=The Ombudsman's Office]] are confined to their villages.",
)

F(
    "Chocó: indigenous families flee armed clashes to Bojayá",
    "[[320 families|displaced;a=the municipal ombudsman]] from [[five Emberá communities|other;u=other;a=the municipal ombudsman]] arrived in Bellavista, the seat of Bojayá municipality, over the weekend after clashes between the Gulf Clan and the ELN on the Opogadó river, the municipal ombudsman said. "
    "They are sheltering in the municipal coliseum and [[two schools|capacity]].",
)

F(
    "R4V: 7.9 million Venezuelans have left their country",
    "[[About 7.9 million Venezuelan refugees and migrants|displaced;n=refugees and migrants;a=the R4V platform]] are living abroad, the R4V platform run by UNHCR and IOM said, [[6.7 million|displaced;a=the R4V platform]] of them in Latin America and the Caribbean. "
    "Colombia hosts the largest number, [[about 2.8 million|displaced]].",
    ["R4V"],
)

F(
    "Mexicans flee cartel fighting into Guatemala",
    "[[About 580 Mexicans|displaced;a=Guatemala's government]], including [[about 200 children|displaced;a=Guatemala's government]], crossed into Guatemala's Cuilco municipality after fighting between rival cartels in Chiapas, Guatemala's government said. "
    "They are staying in [[three shelters|capacity]] run by the municipality.",
)

F(
    "Culiacán families leave homes as cartel war drags on",
    "[[More than 1,000 people|displaced;a=the Sinaloa state government]] have left their homes in rural areas around Culiacán since the war between factions of the Sinaloa Cartel began in {{September}}, the Sinaloa state government said. "
    "[[At least 600 people|killed;a=state prosecutors]] have been killed in the state in that time, according to state prosecutors.",
)

# ---------------------------------------------------------------- Libya and disasters

F(
    "Derna floods: tens of thousands displaced, thousands missing",
    "[[More than 43,000 people|displaced;a=the International Organization for Migration]] have been displaced in north-east Libya by the floods that swept through Derna, the International Organization for Migration said. "
    "The WHO said [[3,958 bodies|killed;a=The WHO]] had been recovered and identified, and [[more than 9,000 people|missing;a=The WHO]] were still missing.",
)

F(
    "Typhoon Kristine: 300,000 in evacuation centres",
    "[[More than 300,000 people|displaced;a=the National Disaster Risk Reduction and Management Council]] are staying in [[about 2,400 evacuation centres|capacity;a=the National Disaster Risk Reduction and Management Council]] in the Bicol region and neighbouring provinces, the National Disaster Risk Reduction and Management Council said on Friday. "
    "The storm has killed [[at least 81 people|killed;a=the council;alt=the National Disaster Risk Reduction and Management Council]] and [[34|missing;a=the council;alt=the National Disaster Risk Reduction and Management Council]] are missing, the council said.",
)

F(
    "Rio Grande do Sul floods force 580,000 from their homes",
    "Floods in Brazil's Rio Grande do Sul state have forced [[more than 580,000 people|displaced;a=the state civil defence]] from their homes, the state civil defence said on Wednesday, with [[about 80,000|displaced;a=the state civil defence]] in public shelters. "
    "The death toll rose to [[169|killed]], and [[44 people|missing]] are still missing.",
)

F(
    "Morocco quake: survivors in tents as winter nears",
    "The earthquake in Morocco's High Atlas killed [[2,946 people|killed;a=the interior ministry]] and injured [[5,674|injured;a=the interior ministry]], the interior ministry said, and damaged [[about 60,000 homes|housing;a=the interior ministry]]. "
    "The government will pay families {{30,000 dirhams}} each for emergency repairs, and [[tens of thousands of villagers|displaced]] are living in tents.",
)

F(
    "Bangladesh floods: half a million in shelters in Feni and Noakhali",
    "[[About 500,000 people|displaced;a=the disaster management ministry]] are staying in [[more than 3,400 shelters|capacity;a=the disaster management ministry]] in eastern Bangladesh, the disaster management ministry said, after the worst floods in the region in {{three decades}}. "
    "[[At least 52 people|killed]] have died.",
)

F(
    "Gujarat evacuates 100,000 ahead of Cyclone Biparjoy",
    "Authorities in India's Gujarat state moved [[more than 100,000 people|displaced;a=the state relief commissioner]] from coastal districts to shelters before Cyclone Biparjoy made landfall with winds of up to {{150 km/h}}, the state relief commissioner said. "
    "In Pakistan's Sindh province, [[about 80,000|displaced;a=officials]] were evacuated, officials said.",
)

F(
    "Cuba evacuates 735,000 as Hurricane Melissa approaches",
    "Cuban authorities evacuated [[735,000 people|displaced;a=President Miguel Díaz-Canel]] from eastern provinces ahead of Hurricane Melissa, President Miguel Díaz-Canel said. "
    "In Jamaica, [[more than 25,000|displaced;a=the government]] were in shelters, the government said, and about {{77 percent}} of the island was without power.",
)

F(
    "Los Angeles fires: 180,000 ordered to leave",
    "[[About 180,000 people|displaced;p;a=Los Angeles County Sheriff Robert Luna]] were under orders to leave their homes on Friday as the Palisades and Eaton fires burned, Los Angeles County Sheriff Robert Luna said. "
    "The fires have destroyed [[more than 12,000 structures|housing]] and killed [[at least 24 people|killed]].",
)

# ---------------------------------------------------------------- global reports

F(
    "UNHCR: forced displacement reaches 122.6 million",
    "Forced displacement worldwide reached [[122.6 million people|displaced;a=UNHCR]] by the end of April, UNHCR said in its annual Global Trends report, up from [[117.3 million|displaced;a=UNHCR]] a year earlier. "
    "Sudan is now the largest displacement crisis, with [[14.3 million Sudanese|displaced]] displaced inside and outside the country.",
)

F(
    "IDMC: 83.4 million internally displaced at end of 2024",
    "A record [[83.4 million people|displaced;a=the Internal Displacement Monitoring Centre]] were living in internal displacement at the end of {{2024}}, the Internal Displacement Monitoring Centre said, [[73.5 million|displaced;a=the Internal Displacement Monitoring Centre]] of them because of conflict and violence and [[9.8 million|displaced;a=the Internal Displacement Monitoring Centre]] because of disasters.",
)

F(
    "UNICEF: 47 million children displaced by conflict and disasters",
    "[[About 47.2 million children|displaced;a=UNICEF]] were living in displacement at the end of last year, UNICEF said, more than ever recorded. "
    "The agency said [[about 12.5 million|displaced;a=The agency;alt=UNICEF]] of them were refugees or asylum seekers.",
)

# ---------------------------------------------------------------- headline items (one sentence)

F(
    "Sudan: 30,000 flee Um Kadada in 48 hours",
    "[[About 30,000 people|displaced;a=IOM]] fled Um Kadada in North Darfur within {{48 hours}} after RSF fighters entered the town, IOM said.",
)

F(
    "Chad: another 1,000 waiting at Adré crossing",
    "[[More than 3,000 refugees|displaced;a=UNHCR]] crossed into Chad on Monday and [[another 1,000|displaced;a=UNHCR]] were waiting at the border near Adré, UNHCR said.",
)

F(
    "South Sudan: Malakal protection site at three times capacity",
    "The Malakal protection site, built for [[12,000 people|capacity;a=the UN mission]], now holds [[more than 37,000|displaced;a=the UN mission]], the UN mission said.",
)

F(
    "Myanmar: villagers flee air strikes in Kani township",
    "[[Some 15,000 villagers|displaced;a=local resistance groups]] have fled air strikes and an advancing army column in Sagaing's Kani township, local resistance groups said.",
)

F(
    "Uganda: 8,000 Congolese cross at Bunagana in one day",
    "[[About 8,000 Congolese|displaced;a=Ugandan officials]] crossed into Uganda at Bunagana on Wednesday, fleeing clashes just across the border, Ugandan officials said.",
)

F(
    "Lebanon: 400,000 children displaced in three weeks, UNICEF says",
    "[[More than 400,000 children|displaced;a=UNICEF]] have been displaced in Lebanon in {{three weeks}}, UNICEF said on Friday.",
)

F(
    "Gaza: 90,000 flee Rafah in one day",
    "[[Some 90,000 people|displaced;a=UNRWA]] fled Rafah on Thursday alone, UNRWA said, bringing the total since Monday to [[about 450,000|displaced;a=UNRWA]].",
)

F(
    "Ethiopia: Amhara clashes send villagers into Gondar",
    "[[Several thousand residents|displaced;a=witnesses]] of villages around Gondar have fled into the city after clashes between Fano militias and the army, witnesses said.",
)

F(
    "Mozambique: 1,200 flee Macomia attack",
    "[[More than 1,200 people|displaced;a=IOM]] fled Macomia town after insurgents stormed it on Friday, IOM said.",
)

F(
    "Somalia: families flee Hiraan fighting",
    "[[About 3,500 families|displaced;a=the regional administration]] have fled villages in Hiraan as government forces and clan militias fight al-Shabaab, the regional administration said.",
)

F(
    "Colombia: 700 displaced by dissident clashes in Cauca",
    "[[About 700 people|displaced;a=the mayor's office]] have been displaced by clashes between rival FARC dissident factions in Argelia, Cauca, the mayor's office said.",
)

F(
    "Afghanistan: 2,000 families return from Iran in a day",
    "[[More than 2,000 families|returned;a=the Taliban's refugee ministry]] came back from Iran through the Islam Qala crossing on Sunday, the Taliban's refugee ministry said.",
)

F(
    "Ghana: Burkinabè refugees in Upper East reach 7,000",
    "[[About 7,000 Burkinabè|displaced;a=Ghana's National Disaster Management Organisation]] have sought refuge in Ghana's Upper East region, Ghana's National Disaster Management Organisation said.",
)

F(
    "Haiti: thousands flee Kenscoff gang attacks",
    "[[More than 5,000 people|displaced;a=IOM]] fled Kenscoff, in the hills above Port-au-Prince, after {{a week}} of gang attacks, IOM said.",
)

F(
    "Syria: Sweida clashes displace 80,000",
    "[[Close to 80,000 people|displaced;a=IOM]] have been displaced by clashes between Druze fighters, Bedouin tribes and government forces in Sweida province, IOM said.",
)

F(
    "Ukraine: 1,200 evacuated from Kupiansk district this week",
    "[[About 1,200 people|displaced;a=regional authorities]], among them [[200 children|displaced;a=regional authorities]], were evacuated from the Kupiansk district this week, regional authorities said.",
)

F(
    "Niger: Malians flee Ménaka attacks",
    "[[More than 2,000 Malians|displaced;a=UNHCR]] have sought refuge in Niger's Tillabéri region after attacks around Ménaka, UNHCR said.",
)

F(
    "Philippines: 20,000 moved as Mayon volcano erupts",
    "[[More than 20,000 residents|displaced;a=provincial officials]] of the {{6 km}} danger zone around Mayon volcano have been moved to [[28 evacuation centres|capacity;a=provincial officials]], provincial officials said.",
)

F(
    "Nepal: floods kill 170, thousands of families in shelters",
    "Floods and landslides in Nepal have killed [[at least 170 people|killed;a=the home ministry]] and forced [[about 4,000 families|displaced;a=the home ministry]] into temporary shelters, the home ministry said.",
)

F(
    "Assam floods: 1.6 million affected, 200,000 in relief camps",
    "Floods in India's Assam state have affected [[more than 1.6 million people|civilians;a=the state disaster management authority]], and [[about 200,000|displaced;a=the state disaster management authority]] are living in [[612 relief camps|capacity;a=the state disaster management authority]], the state disaster management authority said.",
)

F(
    "Burundi: 9,000 Congolese moved from border to Musenyi",
    "Burundian authorities moved [[about 9,000 Congolese refugees|displaced;a=the interior ministry]] from the Rugombo stadium near the border to the Musenyi site on Saturday, the interior ministry said.",
)

F(
    "Yemen: families flee Hodeidah strikes",
    "[[Around 500 families|displaced;a=local officials]] have fled neighbourhoods near Hodeidah port since air strikes began on Sunday, local officials said.",
)

F(
    "Gaza: 1.7 million displaced as winter storms flood tents",
    "[[Tens of thousands of tents|housing;a=OCHA]] were flooded or blown away by winter storms across Gaza, where [[about 1.7 million people|displaced;a=OCHA]] are displaced, OCHA said.",
)

F(
    "Rohingya boat arrivals in Aceh top 1,500",
    "[[More than 1,500 Rohingya|displaced;a=UNHCR]] have landed in Aceh by boat since {{mid-November}}, UNHCR said, after {{weeks}} at sea from Bangladesh's camps.",
)

# ---------------------------------------------------------------- live blogs

F(
    "Lebanon live: strikes across the south, shelters fill",
    "{{07:15}} – Lebanon's disaster response unit says [[more than 26,000 people|displaced;a=Lebanon's disaster response unit]] are now in [[about 190 shelters|capacity;a=Lebanon's disaster response unit]] set up in schools. "
    "{{08:02}} – The Israeli military has issued evacuation warnings for [[25 villages|other;a=The Israeli military]] in south Lebanon, telling residents to move north of the Awali river. "
    "{{09:30}} – The health ministry says [[558 people|killed;a=The health ministry]] have been killed since Monday, including [[50 children|killed;a=The health ministry]].",
)

F(
    "Sudan live: army retakes Wad Madani",
    "{{10:20}} – Residents in Sennar tell us [[hundreds of families|returned;a=Residents in Sennar]] have already set off for Wad Madani by truck and donkey cart. "
    "{{11:45}} – The Sudanese Doctors Network says [[at least 13 people|killed;a=The Sudanese Doctors Network]] were killed in reprisals in villages east of the city. "
    "{{12:10}} – OCHA says it is preparing to move aid for [[up to 500,000 returnees|aid;p;a=OCHA]] into Gezira.",
)

F(
    "Goma live: camps emptied as rebels advance",
    "{{08:30}} – Aid workers in Goma say the Lushagala and Bulengo camps, which held [[about 150,000 people|displaced;a=Aid workers in Goma]], are almost empty this morning. "
    "{{09:10}} – The rebels have told displaced people to leave the camps within {{72 hours}} and go home. "
    "{{10:05}} – UNHCR says it has lost contact with [[several thousand|displaced;a=UNHCR]] who walked west toward Sake.",
)

# ---------------------------------------------------------------- agency and NGO releases, officials, regional outlets

F(
    "OCHA: aid reaches 15.6 million in Sudan, but access shrinking",
    "Humanitarian partners have reached [[15.6 million people|aid;a=OCHA]] in Sudan with some form of assistance this year, OCHA said in its latest situation report, and [[about 1,200 trucks|aid;a=OCHA]] have crossed from Chad through Adré since the crossing reopened. "
    "WFP aims to reach [[between 2 million and 3 million people|aid;p;a=WFP]] a month in famine-risk areas by the end of the year. "
    "[[At least 14 aid workers|killed]] have been killed in Sudan since January.",
)

F(
    "Gaza aid deliveries fall to lowest level of the war",
    "[[Fewer than 100 trucks a day|aid;a=the UN]] entered Gaza on average in October, the UN said, compared with [[about 500 a day|aid;u=other;a=the UN]] before the war. "
    "The World Food Programme said its stocks in the north had run out and that [[about 1 million people|civilians;a=The World Food Programme]] there had received no food rations for {{three weeks}}.",
)

F(
    "UNICEF: Sudan is the world's largest child displacement crisis",
    "[[More than 5 million children|displaced;a=UNICEF]] have been forced from their homes in Sudan, UNICEF said on Tuesday, and [[about 730,000|civilians;a=UNICEF]] are expected to suffer severe acute malnutrition this year. "
    "The agency said it had screened [[2.3 million children|aid;a=The agency;alt=UNICEF]] for malnutrition and treated [[more than 230,000|aid;a=The agency;alt=UNICEF]].",
)

F(
    "IFRC appeals for Bangladesh flood response",
    "The International Federation of Red Cross and Red Crescent Societies launched an emergency appeal for {{12 million Swiss francs}} on Tuesday to help [[300,000 people|aid;p]] affected by floods in eastern Bangladesh over the next {{nine months}}. "
    "Bangladesh Red Crescent volunteers have so far evacuated [[about 12,000 people|displaced]] by boat.",
)

F(
    "Burkina Faso: school closures leave a million children out of class",
    "[[More than 5,300 schools|other;a=the Norwegian Refugee Council]] are closed in Burkina Faso because of insecurity, the Norwegian Refugee Council said, leaving [[about 1 million children|civilians;a=the Norwegian Refugee Council]] out of school. "
    "Many of the closed schools are now used as shelters by some of the country's [[2 million displaced people|displaced]].",
)

F(
    "Eritrean refugees flee attacks on camps in Ethiopia's Amhara",
    "[[About 20,000 Eritrean refugees|displaced;a=UNHCR]] have fled the Alemwach and Dabat camps in Ethiopia's Amhara region after armed groups looted them, UNHCR said. "
    "[[Several hundred|displaced;a=aid workers]] were walking toward Gondar, aid workers said. "
    "[[Three refugees|killed]] were shot dead on the road.",
)

F(
    "Chad floods: 1.9 million affected, 341 dead",
    "Floods in Chad have affected [[more than 1.9 million people|civilians;a=the government]], killed [[341|killed;a=the government]] and destroyed or damaged [[about 217,000 homes|housing;a=the government]], the government said on Friday. "
    "In N'Djamena, [[a few thousand families|displaced]] have settled on higher ground along the road to the airport.",
)

F(
    "Sudanese refugees outnumber residents in Libya's Kufra",
    "[[More than 210,000 Sudanese|displaced;a=UNHCR]] have arrived in Libya since the war began, UNHCR said, [[about 40,000|displaced;a=UNHCR]] of them in the desert town of Kufra. "
    "Before the war, Kufra had [[about 60,000 inhabitants|civilians]].",
)

F(
    "Rights group: Egypt deporting Sudanese refugees",
    "Egyptian authorities deported [[about 800 Sudanese|returned;a=the Refugees Platform in Egypt]] in {{January}} alone, the Refugees Platform in Egypt said, after police raids in Cairo and Aswan in which [[hundreds of people|arrested;a=the Refugees Platform in Egypt]] were detained. "
    "The interior ministry did not respond to a request for comment.",
)

F(
    "Greek coastguard recovers bodies after migrant boat sinks",
    "The Greek coastguard rescued [[83 migrants|other;a=the coastguard]] after their boat sank off Pylos, the coastguard said, and recovered [[at least 15 bodies|killed;a=the coastguard]]. "
    "Survivors told UNHCR that [[between 400 and 750 people|other;a=Survivors]] had been on board, many of them from Syria, Pakistan and Egypt, and [[hundreds|missing;a=Survivors]] are feared missing.",
)

F(
    "Rukban camp empties as residents go home",
    "[[The last 300 families|returned;a=the Syrian Arab Red Crescent]] left Rukban camp near the Jordanian border for Homs and Palmyra this week, the Syrian Arab Red Crescent said. "
    "At its peak the camp held [[about 50,000 people|displaced]], who lived for {{years}} under siege with little food or medical care.",
)

F(
    "Yazidis trickle back to Sinjar a decade after genocide",
    "[[More than 2,000 Yazidis|returned;a=the Iraqi migration ministry]] returned to Sinjar from camps in Duhok in {{March}}, the Iraqi migration ministry said, and [[another 5,000 families|returned;p;a=the Iraqi migration ministry]] have registered to go home. "
    "[[About 200,000|displaced]] remain in the Kurdistan region, many in [[15 camps|capacity]] that have housed them since {{2014}}.",
)

F(
    "Pakistan to expel 800,000 Afghan card holders",
    "Pakistan will expel [[about 800,000 Afghans|returned;p;a=the interior ministry]] holding Afghan Citizen Cards after a {{March 31}} deadline passes, the interior ministry said on Friday. "
    "The cards were issued in {{2017}} to undocumented Afghans, and holders are not registered as refugees, it said.",
)

F(
    "Drone strikes on Rohingya fleeing Maungdaw kill dozens",
    "Drone strikes on people waiting to cross the Naf river from Maungdaw into Bangladesh killed [[dozens of Rohingya|killed;a=witnesses]], including families with children, witnesses said. "
    "Médecins Sans Frontières said [[39 wounded people|injured;a=Médecins Sans Frontières]] had reached its clinics in Cox's Bazar after crossing. "
    "[[Several dozen bodies|killed]] were seen on the riverbank.",
)

F(
    "Jihadist blockade drives thousands out of Timbuktu",
    "[[About 33,000 people|displaced;a=local authorities]] have left the Timbuktu region since JNIM declared a blockade in {{August}}, local authorities said, most of them to Mauritania. "
    "[[At least 49 civilians|killed;a=the transitional government]] and [[15 soldiers|killed;a=the transitional government]] were killed in an attack on a passenger boat on the Niger river, the transitional government said.",
)

F(
    "Ouahigouya: displaced now outnumber residents",
    "[[More than 180,000 IDPs|displaced;a=the mayor]] are living in Ouahigouya, the mayor said, in a town that had [[about 125,000 inhabitants|civilians;a=the mayor]] before the crisis. "
    "The municipality has set up [[four new sites|capacity]], but [[2,000-3,000 households|displaced]] are still sleeping in the open.",
)

F(
    "Cameroon's Anglophone crisis: 638,000 internally displaced",
    "[[About 638,000 people|displaced;a=OCHA]] are displaced inside Cameroon by the conflict in the North-West and South-West regions, OCHA said, and [[nearly 87,000|displaced;a=OCHA]] have fled to Nigeria. "
    "Separatist fighters kidnapped [[12 teachers|kidnapped]] in Bamenda last week.",
)

F(
    "Jonglei cattle raid: dozens dead, children abducted",
    "Armed youths from Pibor killed [[at least 30 people|killed;a=the Jonglei state information minister]], abducted [[17 children|kidnapped;a=the Jonglei state information minister]] and drove off [[several thousand head of cattle|other;n=cattle;a=the Jonglei state information minister]] in a raid on villages in Duk county, the Jonglei state information minister said. "
    "[[About 2,000 women and children|displaced;n=women and children]] fled to Bor town.",
)

F(
    "South Kordofan: airdrops resume for besieged Kadugli",
    "[[Some 40,000 people|displaced;a=the WFP]] have fled Kadugli since RSF and SPLM-N fighters encircled the town, the WFP said, and the agency has carried out [[10 airdrops|aid;a=the WFP]] of sorghum and lentils. "
    "[[Up to 150,000 people|civilians]] remain inside the town.",
)

F(
    "Oromia attacks: thousands of households displaced",
    "Attacks on villages in western Oromia have displaced [[at least 2,000 households|displaced;a=the Ethiopian Human Rights Commission]], the Ethiopian Human Rights Commission said, and killed [[more than 40 people|killed;a=the Ethiopian Human Rights Commission]]. "
    "Regional police said they had arrested [[46 suspects|arrested;a=Regional police]].",
)

F(
    "Cyclone Chido: 90,000 displaced in northern Mozambique",
    "Cyclone Chido killed [[at least 94 people|killed;a=the disaster management agency]] in Mozambique's Cabo Delgado and Nampula provinces and injured [[768|injured;a=the disaster management agency]], the disaster management agency said. "
    "[[About 90,000 people|displaced;a=UNICEF]] have lost their homes, UNICEF said. "
    "[[More than 250 classrooms|housing]] were destroyed.",
)

F(
    "Madagascar cyclone: 50,000 in evacuation sites",
    "[[More than 50,000 people|displaced;a=the national disaster office]] are in [[97 evacuation sites|capacity;a=the national disaster office]] after Cyclone Gamane hit northern Madagascar, the national disaster office said. "
    "[[At least 18 people|killed]] died, and [[about 3,000 houses|housing]] were flooded.",
)

F(
    "Displaced families return to El Tarra under army escort",
    "[[About 600 displaced people|returned;a=the Ombudsman's Office]] went back to El Tarra, in Catatumbo, on Tuesday under army escort, the Ombudsman's Office said. "
    "[[Another 2,000|returned;p;a=the mayor]] are expected to follow next week, the mayor said.",
)

F(
    "Armenia hands housing certificates to Karabakh refugees",
    "[[About 8,000 refugee families|aid;a=the social affairs ministry]] from Nagorno-Karabakh have received housing certificates worth up to {{10 million drams}} under the government programme, the social affairs ministry said. "
    "[[Some 101,000 refugees|displaced;a=the ministry;alt=the social affairs ministry]] are registered in Armenia, the ministry said, and {{about 1 in 5}} has left for Russia or elsewhere.",
)

F(
    "Sumy region orders evacuation of 200 settlements",
    "Ukrainian authorities ordered the mandatory evacuation of [[213 settlements|other;u=other;a=the regional military administration]] in the Sumy region, the regional military administration said on Wednesday, covering [[about 56,000 people|displaced;p;a=the regional military administration]]. "
    "[[More than 20,000|displaced]] have already left.",
)

F(
    "Belgorod sends 9,000 children to camps away from the border",
    "Russian authorities have sent [[about 9,000 children|displaced;a=Belgorod governor Vyacheslav Gladkov]] from Belgorod and nearby towns to summer camps in other regions because of Ukrainian shelling, Belgorod governor Vyacheslav Gladkov said. "
    "Shelling of the city on Saturday killed [[five people|killed]] and wounded [[18|injured]].",
)

F(
    "West Bank herding communities emptied by settler attacks",
    "[[About 1,200 Palestinians|displaced;a=OCHA]] from [[20 herding communities|other;u=other;a=OCHA]] in Area C have been forced out by settler violence and access restrictions since {{October 2023}}, OCHA said. "
    "Settlers injured [[at least 15 Palestinians|injured]] in attacks on villages near Ramallah this week.",
)

F(
    "Tribal fighting in Papua New Guinea's Enga leaves dozens dead",
    "[[At least 64 men|killed;a=police]] were killed in an ambush between rival clans near Wabag in Papua New Guinea's Enga province, police said. "
    "[[Hundreds of villagers|displaced]] have fled into the bush, and [[dozens of houses|housing]] were burned.",
)

F(
    "Papua villagers flee military operation in Intan Jaya",
    "[[About 7,000 villagers|displaced;a=church leaders]] have fled their homes in Intan Jaya regency since the Indonesian military began an operation against separatist rebels, church leaders said. "
    "The military said [[five soldiers|killed;a=The military]] had been killed in clashes.",
)

F(
    "IOM: 4.5 million Ukrainians have returned home",
    "[[About 4.5 million people|returned;a=IOM]] have returned to their homes in Ukraine after being displaced, IOM said in its latest general population survey, [[1.2 million|returned;a=IOM]] of them from abroad. "
    "[[About 3.7 million|displaced]] remain internally displaced.",
)

F(
    "Tehran residents leave city as strikes intensify",
    "[[Tens of thousands of residents|displaced;a=state media]] have left Tehran for northern provinces, state media said, with queues at petrol stations stretching for {{hours}}. "
    "The health ministry said [[224 people|killed;a=The health ministry]] had been killed in Iran since the strikes began.",
)

F(
    "Tripoli clashes force families from homes",
    "[[About 2,000 families|displaced;a=the Libyan Red Crescent]] have fled the Abu Salim and Salah al-Din districts of Tripoli since armed groups began fighting on Monday, the Libyan Red Crescent said. "
    "[[At least 55 people|killed;a=the health ministry]] have been killed, according to the health ministry.",
)

F(
    "Marawi: thousands still in transitory shelters",
    "[[About 17,000 people|displaced;a=the Task Force Bangon Marawi]] are still living in transitory shelters around Marawi, the Task Force Bangon Marawi said, {{seven years}} after the siege of the city ended. "
    "The government has built [[about 2,500 permanent houses|housing;a=The government]] and plans [[1,000 more|housing;p;n=-;u=structure;a=The government]].",
)

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

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "UNHCR appeal for next year only a quarter funded",
    "UNHCR has appealed for {{$10.2 billion}} for {{2025}}, but by the end of {{September}} the appeal was only {{23 percent}} funded, the agency said on Tuesday. "
    "Its budget for {{2024}} was {{$10.9 billion}}.",
)

F(
    "World Refugee Day marked with vigils and concerts",
    "Events were held around the world on {{June 20}} to mark World Refugee Day, which the UN General Assembly {{first}} observed in {{2001}}, the {{50th}} anniversary of the {{1951}} Refugee Convention. "
    "In Geneva, the Palais des Nations was lit in blue from {{8 p.m.}}",
)

F(
    "Sudan's war enters its third year",
    "The war between Sudan's army and the Rapid Support Forces entered its {{third year}} on {{April 15}}, with no sign of talks resuming. "
    "Mediators in Jeddah last met in {{December 2023}}, and the African Union suspended Sudan's membership in {{2021}}.",
)

F(
    "Hurricane strengthens to Category 4 ahead of landfall",
    "The storm strengthened to a {{Category 4}} hurricane on Tuesday with maximum sustained winds of {{215 km/h}}, the National Hurricane Center said in its {{11 p.m.}} advisory. "
    "Landfall is expected at about {{2 a.m.}} on Thursday, with a storm surge of up to {{4 metres}}.",
)

F(
    "Quake of magnitude 6.3 strikes near Herat",
    "An earthquake of magnitude {{6.3}} struck {{35 km}} north-west of Herat at {{11:47 a.m.}} local time on Saturday, at a depth of {{10 km}}, the US Geological Survey said. "
    "It was followed by aftershocks of magnitude {{5.9}} and {{5.5}}.",
)

F(
    "Refugee runner sets personal best in Paris",
    "Jean-Claude Niyonkuru, a {{24-year-old}} who fled Burundi as a child, finished {{fourth}} in his {{1,500 metres}} heat for the Refugee Olympic Team, running {{3:38.17}}. "
    "He has lived in Belgium since {{2005}}.",
)

F(
    "Germany halves humanitarian aid budget",
    "Germany's draft budget for {{2025}} cuts humanitarian aid to {{€1.05 billion}} from {{€2.2 billion}} this year, a cut of more than {{50 percent}}, aid groups said on Wednesday. "
    "Parliament will vote on the budget in {{November}}.",
)

F(
    "Rafah crossing to open five days a week",
    "The Rafah crossing will open from {{9 a.m.}} to {{4 p.m.}} {{five days a week}}, starting on {{February 1}}, Egyptian officials said, with EU monitors present under the {{2005}} agreement on movement and access.",
)

F(
    "EU extends temporary protection for Ukrainians to 2027",
    "EU interior ministers agreed on Friday to extend temporary protection for people fleeing Ukraine by {{a further year}}, to {{March 4, 2027}}. "
    "The directive, adopted in {{2001}}, was activated for the {{first}} time in {{March 2022}}.",
)

F(
    "Kenyan court suspends Dadaab closure order",
    "Kenya's High Court on {{February 8}} suspended the government's order to close the Dadaab and Kakuma camps within {{14 days}}, in a ruling that gave the interior ministry {{30 days}} to respond. "
    "The case will be heard again on {{March 21}}.",
)

F(
    "Lebanon truce to take effect at dawn",
    "The ceasefire between Israel and Hezbollah takes effect at {{4 a.m.}} on {{November 27}} and will last for {{60 days}}, during which Israeli forces are to withdraw from southern Lebanon in stages, the White House said.",
)

F(
    "Yemen response plan 28 percent funded",
    "The {{2024}} humanitarian response plan for Yemen, which asks for {{$2.7 billion}}, was {{28 percent}} funded by {{mid-year}}, OCHA said, the lowest level since the plan was {{first}} launched in {{2015}}.",
)

F(
    "Gaza winter: rain and cold hit tent camps",
    "Temperatures along the Gaza coast fell to {{8C}} overnight on Sunday, and {{45 mm}} of rain fell in {{12 hours}}, the Palestinian Meteorological Department said. "
    "More storms are forecast for the {{second half}} of the week.",
)

F(
    "Syria's M5 highway reopens to civilian traffic",
    "Traffic resumed on the {{M5}} highway between Aleppo and Damascus on Monday for the {{first}} time since {{2012}}, the transport ministry said. "
    "Buses leave Aleppo every {{two hours}} from {{6 a.m.}}, and the trip takes about {{five hours}}.",
)

F(
    "Cash aid for displaced Ukrainians reduced",
    "Ukraine's government cut the monthly allowance for internally displaced people to {{2,000 hryvnias}} for adults and {{3,000 hryvnias}} for children and people with disabilities, effective {{March 1}}. "
    "Payments are made on the {{15th}} of each month.",
)

F(
    "Somalia drought: rains fail for fifth season",
    "The {{October-December}} rains failed in southern Somalia for the {{fifth}} consecutive season, the FAO's Somalia Water and Land Information Management unit said, with rainfall {{60 percent}} below average. "
    "Prices of sorghum in Baidoa have risen {{40 percent}} in {{three months}}.",
)

F(
    "UN Security Council renews Sudan sanctions panel",
    "The Security Council on Monday renewed the mandate of the panel of experts on Sudan until {{March 12, 2026}}, under {{Resolution 2772}}, which extends the {{2005}} arms embargo on Darfur. "
    "The vote was unanimous.",
)

F(
    "Afghan returnee family rebuilds in Nangarhar",
    "Gul Ahmad, {{52}}, returned from Peshawar in {{November}} after {{38 years}} in Pakistan with his wife and children, the youngest of them {{four}}. "
    "The family lives in a {{two-room}} mud house on {{half an acre}} of land his father left him.",
)

F(
    "Mozambique insurgency: eighth anniversary of Mocímboa attack",
    "Thursday marked {{eight years}} since the {{first}} insurgent attack on Mocímboa da Praia on {{October 5, 2017}}. "
    "A memorial service was held at {{10 a.m.}} in the town's main square.",
)

F(
    "Rohingya camps: food ration rises to $12",
    "The World Food Programme will raise the monthly food voucher for Rohingya refugees in Cox's Bazar to {{$12}} a person from {{$10}} from {{April 1}}, after it was cut to {{$8}} in {{2023}}.",
)

# ---- end of texts (batches are inserted above this line)


if __name__ == "__main__":
    sys.exit(run(CONFIG))

"""dev44 items set in Asia: live-blog entries, breaking lines and "what we know" boxes.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). Lines are separated by "\\n"; each bullet or timestamped entry is read
as its own sentence (see README.md).
"""

from figset import F

F(
    "Live: Myanmar earthquake",
    "{{07:20 GMT}} - Myanmar's military government says the death toll from Friday's {{magnitude 7.7}} earthquake has risen to [[1,644|killed;a=Myanmar's military government]], with [[3,408|injured;a=Myanmar's military government]] injured and [[139|missing;a=Myanmar's military government]] missing.\n"
    "{{09:45 GMT}} - Rescuers in Mandalay have pulled [[29 people|other;a=state media]] alive from the rubble of a collapsed apartment block, state media says.",
)

F(
    "Rakhine state: key figures",
    "Key figures, Rakhine state:\n"
    "- [[More than 600,000 people|displaced;a=OCHA]] displaced since the Arakan Army offensive began (OCHA)\n"
    "- [[About 150,000 Rohingya|displaced;a=UNHCR]] have arrived in Bangladesh since the start of last year (UNHCR)\n"
    "- [[At least 40 civilians|killed;a=residents]] killed in a drone strike near Maungdaw, residents say",
)

F(
    "Live: Afghans pushed out of Iran",
    "{{10:15 GMT}} - IOM says [[more than 500,000 Afghans|returned;a=IOM]] have returned or been deported from Iran since June.\n"
    "{{11:30 GMT}} - At the Islam Qala crossing, [[up to 30,000 people a day|returned;a=the Taliban's refugee ministry]] are arriving, the Taliban's refugee ministry says.\n"
    "{{12:05 GMT}} - WFP says it has given hot meals to [[about 70,000 returnees|aid;a=WFP]] at the border.",
)

F(
    "Pakistan floods: latest figures",
    "Latest figures:\n"
    "- [[1,739 people|killed;a=NDMA]] killed, [[647|killed;a=NDMA]] of them children (NDMA)\n"
    "- [[More than 2 million homes|housing;a=NDMA]] damaged or destroyed (NDMA)\n"
    "- [[About 8 million people|displaced;a=the UN]] displaced, according to the UN\n"
    "- [[Around 33 million people|civilians]] affected",
)

F(
    "BREAKING: Strong quake hits Noto peninsula",
    "BREAKING: A {{magnitude 7.6}} earthquake struck the Noto peninsula on {{January 1}}; officials in Ishikawa prefecture say [[at least 48 people|killed;a=officials in Ishikawa prefecture]] have died and [[more than 57,000|displaced;a=officials in Ishikawa prefecture]] are in evacuation centres. "
    "Tsunami waves of {{up to 1.2 metres}} were recorded.",
)

F(
    "Live: Storm Kristine floods the Philippines",
    "{{05:30 GMT}} - The NDRRMC says [[at least 116 people|killed;a=The NDRRMC]] have died in floods and landslides, with [[39|missing;a=The NDRRMC]] still missing.\n"
    "{{08:10 GMT}} - [[More than 300,000 people|displaced;a=the agency;alt=NDRRMC]] are in [[about 6,400 evacuation centres|capacity;a=the agency;alt=NDRRMC]], according to the agency.",
)

F(
    "Fire sweeps Rohingya camp",
    "A fire swept through {{Camp 16}} of the Rohingya settlements in Cox's Bazar on Sunday, destroying [[about 2,000 shelters|housing;a=a UNHCR spokesperson]] and leaving [[some 12,000 refugees|displaced;a=a UNHCR spokesperson]] homeless, a UNHCR spokesperson said. "
    "No deaths were reported.",
)

F(
    "UPDATE 1-Herat earthquake toll rises",
    "The Taliban government said the death toll from Saturday's earthquakes in Herat province had risen to [[2,445|killed;a=The Taliban government]] from [[2,053|killed;a=The Taliban government]]. "
    "The UN said [[more than 1,300 homes|housing;a=The UN]] were destroyed in [[20 villages|other;a=The UN]], and [[about 1,700 people|injured;a=The UN]] were hurt.",
)

F(
    "Manipur: what we know",
    "What we know:\n"
    "- Ethnic clashes between Meitei and Kuki-Zo groups in Manipur have killed [[at least 260 people|killed;a=the state government]] since {{May 2023}}, the state government says\n"
    "- [[About 60,000 people|displaced]] are still living in [[more than 300 relief camps|capacity]]\n"
    "- The federal government has sent [[another 10,000 paramilitary troops|combatants]]",
)

F(
    "BREAKING: Jaffar Express siege ends",
    "BREAKING: Pakistani security forces say they have freed [[346 passengers|kidnapped;a=Pakistani security forces]] held by separatist militants on the Jaffar Express and killed [[all 33 attackers|killed;a=Pakistani security forces]]. "
    "[[Twenty-one hostages|killed;a=the army]] were killed by the militants before the rescue, the army said.",
)

F(
    "Live: Nepal floods",
    "{{08:30 NPT}} - Nepal's home ministry says [[at least 192 people|killed;a=Nepal's home ministry]] have died in floods and landslides since Friday, with [[30|missing;a=Nepal's home ministry]] still missing.\n"
    "{{10:00 NPT}} - Police say they have rescued [[more than 4,000 people|other;a=Police]] from flooded parts of Kathmandu.",
)

F(
    "Gansu earthquake: key figures",
    "Key figures:\n"
    "- [[149 people|killed;a=CCTV]] dead in Gansu and Qinghai provinces (CCTV)\n"
    "- [[Nearly 1,000|injured]] injured\n"
    "- [[More than 207,000 buildings|housing]] damaged\n"
    "- Temperatures fell to {{minus 14C}} overnight",
)

F(
    "Semeru erupts, villages evacuated",
    "Authorities have evacuated [[nearly 2,000 people|displaced;a=the disaster agency]] from villages on the slopes of Mount Semeru after the volcano erupted on Sunday, sending ash {{1.5 km}} into the sky, the disaster agency said. "
    "[[Two climbers|missing]] are missing.",
)

F(
    "Thailand-Cambodia border clashes: what we know",
    "What we know:\n"
    "- [[At least 32 people|killed;a=officials]] killed in {{three days}} of fighting on both sides of the border, officials say\n"
    "- Thailand says [[more than 138,000 people|displaced;a=Thailand]] evacuated from border provinces\n"
    "- Cambodia says [[about 35,000 people|displaced;a=Cambodia]] fled their homes\n"
    "- Both sides accuse the other of opening fire",
)

F(
    "Magway: air strike hits monastery",
    "A military air strike hit a monastery in Magway region where [[about 150 displaced people|displaced;a=residents]] were sheltering, killing [[at least 23|killed;a=residents]], residents told the BBC. "
    "[[More than 30|injured;a=a rescue worker]] were wounded, a rescue worker said.",
)

F(
    "Pahalgam attack",
    "Gunmen opened fire on tourists at a meadow near Pahalgam on Tuesday, killing [[26 men|killed;a=police]], police said. "
    "[[At least 17 others|injured]] were wounded. "
    "Security forces have detained [[more than 1,500 people|arrested;a=officials]] for questioning across the valley, officials said.",
)

F(
    "Live: Bicol braces for Man-yi",
    "{{14:00 PHT}} - Authorities in Bicol have ordered [[more than 400,000 people|displaced;p]] to leave coastal and landslide-prone areas before Man-yi makes landfall.\n"
    "{{17:30 PHT}} - The disaster agency says [[about 250,000 people|displaced;a=The disaster agency]] are already in evacuation centres, and winds of {{up to 195 km/h}} are expected.\n"
    "{{18:10 PHT}} - [[More than 300 flights|other;a=the airport authority]] have been cancelled, the airport authority says.",
)

F(
    "Kabul mosque bombing",
    "An explosion at a mosque in Kabul during evening prayers killed [[at least 21 people|killed;a=police]], including the imam, and wounded [[33|injured;a=police]], police said. "
    "Islamic State claimed the attack.",
)

F(
    "Cyclone Ditwah: key figures",
    "Key figures:\n"
    "- [[At least 334 people|killed;a=Disaster Management Centre]] killed and [[370|missing;a=Disaster Management Centre]] missing (Disaster Management Centre)\n"
    "- [[More than 1 million people|civilians]] affected across the island\n"
    "- [[About 200,000 people|displaced;a=Disaster Management Centre]] in [[more than 1,200 relief camps|capacity;a=Disaster Management Centre]] (Disaster Management Centre)",
)

F(
    "Police post attacked in Dera Ismail Khan",
    "Militants attacked a police post in Dera Ismail Khan overnight, killing [[10 policemen|killed;a=a senior police officer]] and wounding [[four|injured;a=a senior police officer]], a senior police officer told AFP. "
    "The Pakistani Taliban claimed responsibility.",
)

F(
    "New Rohingya arrivals in Bangladesh",
    "Bangladesh says [[about 113,000 Rohingya|displaced;a=Bangladesh]] have arrived from Myanmar since {{2024}}, on top of [[nearly 1 million|displaced;a=Bangladesh]] already living in the camps. "
    "UNHCR said it had registered [[about 60,000|displaced;a=UNHCR]] of the new arrivals.",
)

F(
    "Myanmar conscription drive",
    "Myanmar's military said it would draft [[5,000 people a month|combatants;a=Myanmar's military;p]] under the conscription law that took effect in April. "
    "Rights groups say [[thousands of young men|displaced;a=Rights groups]] have fled to Thailand to avoid the draft.",
)

F(
    "Live: Typhoon Gaemi nears Taiwan",
    "{{11:00 CST}} - Typhoon Gaemi is {{about 150 km}} off Taiwan's east coast, moving at {{18 km/h}}, the weather bureau says.\n"
    "{{13:30 CST}} - Rainfall in Yilan has passed {{1,000 mm}} since Tuesday.\n"
    "{{15:45 CST}} - Offices and schools are closed for a {{second}} day; the stock exchange will reopen at {{9 a.m.}} on Friday.",
)

F(
    "UPDATE: Papua New Guinea landslide toll estimate raised",
    "The UN's migration agency now estimates that [[more than 670 people|killed;a=The UN's migration agency]] died in the landslide in Enga province, up from its earlier estimate of [[about 100|killed;a=The UN's migration agency]]. "
    "Local authorities say [[more than 1,250 people|displaced;a=Local authorities]] have been displaced and [[about 150 houses|housing;a=Local authorities]] buried.",
)

F(
    "Live: Typhoon Yagi aftermath",
    "{{09:00 ICT}} - Vietnam's disaster agency says the toll from Typhoon Yagi has risen to [[197|killed;a=Vietnam's disaster agency]], with [[128|missing;a=Vietnam's disaster agency]] missing.\n"
    "{{10:20 ICT}} - In Lao Cai province, a flash flood swept away the hamlet of Lang Nu, leaving [[more than 50 people|missing;a=state media]] missing, state media report.",
)

F(
    "Pakistan's expulsions of Afghans",
    "Pakistan has sent back [[more than 800,000 Afghans|returned;a=the UN]] since it began expelling undocumented migrants in {{October 2023}}, the UN said. "
    "[[About 80,000 people|returned;a=Taliban officials]] crossed at Torkham in {{a single week}}, Taliban officials said.",
)

F(
    "Sagaing: air strike on school",
    "An air strike on a school in Sagaing region's Depayin township killed [[at least 20 students|killed;a=the shadow government's education ministry]] and [[two teachers|killed;a=the shadow government's education ministry]], the shadow government's education ministry said. "
    "[[About 50 children|injured]] were injured.",
)

F(
    "Wayanad landslides: latest",
    "Latest:\n"
    "- Death toll rises to [[308|killed;a=state government]] (state government)\n"
    "- [[206 people|missing;a=the state revenue minister]] still missing, according to the state revenue minister\n"
    "- [[More than 9,000 people|displaced]] in [[91 relief camps|capacity]]\n"
    "- The army has built a {{190-foot}} bridge to reach Mundakkai",
)

F(
    "BREAKING: Convoy attacked in Kurram",
    "BREAKING: Gunmen opened fire on a convoy of passenger vehicles in Kurram district, killing [[at least 42 people|killed;a=officials]], among them [[six women|killed;a=officials]], officials said. "
    "Clashes that followed have killed [[more than 80|killed;a=a local elder]] and forced [[about 300 families|displaced;a=a local elder]] to flee, a local elder told Reuters.",
)

F(
    "Ofunato wildfire",
    "Japan's largest wildfire in {{more than 30 years}} has burned {{2,900 hectares}} around Ofunato and destroyed [[84 buildings|housing;a=the fire agency]], the fire agency said. "
    "[[More than 4,600 residents|displaced]] have left their homes, and [[one man|killed]] was found dead.",
)

F(
    "Kunar earthquake: what we know",
    "What we know:\n"
    "- A {{magnitude 6.0}} quake struck near Jalalabad just before midnight at a depth of {{8 km}}\n"
    "- The Taliban government says [[more than 2,200 people|killed;a=The Taliban government]] have died and [[3,600|injured;a=The Taliban government]] were injured\n"
    "- [[Over 5,000 houses|housing;a=the UN]] destroyed in Kunar province, according to the UN\n"
    "- Rescuers are still searching for [[dozens of people|missing]] under collapsed mud-brick homes",
)

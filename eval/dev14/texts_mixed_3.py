"""dev14 texts: mixed regions, part 3.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- mixed regions, part 3
    (
        "Nigeria: Plateau villages attacked on Christmas Eve",
        "Gunmen attacked villages in the Bokkos and Barkin Ladi areas of Plateau State on the night of {{December 24}}, {{2023}}, going from house to house. "
        "The local council chairman said [[between 160 and 200 people|killed;a=The local council chairman]] were killed, and the Red Cross later put the toll at [[198|killed;a=the Red Cross]]. "
        "[[More than 220 houses|housing;a=Amnesty International]] were torched in [[17 communities|other;u=other;a=Amnesty International]], according to Amnesty International. "
        "[[About 10,000 survivors|displaced]] fled to Bokkos town, where [[six primary schools|capacity]] were turned into camps. "
        "Relatives said [[at least 30 people|missing;a=Relatives]] were still missing a week after the attacks.",
    ),
    (
        "Mali: survivors of boat attack on Niger river still searching for relatives",
        "Jihadists fired rockets at the Tombouctou passenger boat on the Niger river near Bamba in {{September 2023}}, setting it ablaze. "
        "The government said [[49 civilians|killed;a=The government]] and [[15 soldiers|killed;a=The government]] died, but passengers who survived say the boat carried [[more than 300 people|other;a=passengers who survived]]. "
        "[[Dozens|missing]] jumped into the river and were never found, a survivor told the newspaper. "
        "The boat company, COMANAV, has suspended [[two of its three boats|other;n=boats]] on the route.",
    ),
    (
        "Burkina Faso: Solhan massacre survivors recount night attack",
        "Gunmen raided the gold-mining village of Solhan in northern Burkina Faso on the night of {{June 4}}, {{2021}}, shooting residents and burning the market. "
        "The government said [[132 people|killed;a=The government]] were killed; local sources put the toll at [[about 160|killed;a=local sources]]. "
        "[[More than 7,000 families|displaced;a=the national emergency relief council]] fled to Sebba, the national emergency relief council said. "
        "Investigators said most of the attackers were aged {{12 to 14}}.",
    ),
    (
        "Colombia: families of social leaders demand answers as killings rise",
        "The Indepaz institute said on {{Monday}} that [[173 social leaders|killed;a=The Indepaz institute]] and human rights defenders were killed in Colombia in {{2024}}, most of them in Cauca, Antioquia and Valle del Cauca. "
        "It also recorded [[76 massacres|other;u=other;a=The Indepaz institute]] in which [[267 people|killed;a=The Indepaz institute]] died. "
        "In the village of El Tambo, the widow of a murdered land-restitution leader said she and her [[five children|displaced;a=the widow of a murdered land-restitution leader]] had to leave their farm after receiving threats. "
        "The government says it has placed [[about 4,000 people|other;a=The government]] under the protection of the National Protection Unit.",
    ),
    (
        "Pakistan: Afghans deported from Karachi as deadline passes",
        "Police in Karachi began rounding up undocumented Afghans after the government's deadline for them to leave passed on {{November 1}}. "
        "The provincial home department said [[more than 1,100 Afghans|arrested;a=The provincial home department]] had been detained in the first week and taken to holding centres. "
        "The holding centre at Keamari has room for [[about 800|capacity]]. "
        "Across Pakistan, [[more than 400,000 Afghans|returned;a=the UN refugee agency]] have gone back to Afghanistan since {{September}}, the UN refugee agency said, many after living in Pakistan for {{40 years}}. "
        "At the Torkham crossing, the Afghan authorities said they were receiving [[up to 10,000 returnees a day|returned;a=the Afghan authorities]].",
    ),
    (
        "Honduras: mass arrests as government suspends rights in gang crackdown",
        "Honduras declared a partial state of emergency in {{December 2022}}, suspending some constitutional rights in [[162 neighbourhoods|other;u=other]] of Tegucigalpa and San Pedro Sula. "
        "Police said they had arrested [[more than 1,000 suspected gang members|arrested;a=Police]] in the first month. "
        "After a riot at the women's prison in Tamara in {{June 2023}} left [[46 inmates|killed]] dead, the government handed control of the prisons to the military police. "
        "The national human rights commissioner said the women's prison held [[about 900 inmates|arrested;a=The national human rights commissioner]] in space meant for [[400|capacity;a=The national human rights commissioner]].",
    ),
    (
        "Cameroon: Anglophone separatists free abducted students",
        "Separatist fighters released [[11 students|kidnapped;a=the governor of the North-West region]] they had seized from a secondary school in Bamenda, the governor of the North-West region said on {{Saturday}}. "
        "The students, aged {{13 to 17}}, had been held for {{four days}} in a forest camp. "
        "The separatists abducted [[another nine students|kidnapped]] and [[two teachers|kidnapped]] in Kumbo the week before; their fate is unknown. "
        "UNICEF says [[more than 700,000 children|civilians;a=UNICEF]] have been kept out of school in the English-speaking regions by the separatists' boycott.",
    ),
    (
        "India: villages in Manipur's foothills emptied after drone attacks",
        "Residents of Koutruk and Kadangband, in Manipur's Imphal West district, left their homes after suspected militants dropped bombs from drones in {{September 2024}}. "
        "[[Two people|killed;a=the state police]], including a woman, were killed and [[nine|injured;a=the state police]] were wounded, the state police said. "
        "[[Some 300 families|displaced;a=the district administration]] moved to relief camps in Imphal, according to the district administration. "
        "The state government said it would deploy [[an extra 2,000 police commandos|combatants;p;a=The state government]] in the foothills and set up [[eight new security posts|other;p;u=structure;a=The state government]].",
    ),
    (
        "Ukraine: residents of Pokrovsk told to leave as front line nears",
        "The head of the Pokrovsk military administration urged remaining residents to leave on {{Monday}} as Russian forces advanced to within {{10 km}} of the town. "
        "[[About 53,000 people|civilians;a=the regional administration]] were still in the town in mid-August, the regional administration said, out of [[60,000|civilians]] before the war. "
        "Families with children were ordered to evacuate: [[more than 2,000 children|displaced;a=officials]] were taken out in {{two weeks}}, officials said. "
        "By December [[fewer than 7,000|civilians;a=the head of the administration]] remained, the head of the administration said.",
    ),
    (
        "Sudan: RSF attack on Al-Fashir mosque kills worshippers during dawn prayer",
        "A drone struck a mosque in the Daraja Oula neighbourhood of El Fasher during dawn prayers on a Friday in {{September 2025}}. "
        "The local resistance committee said [[at least 75 people|killed;a=The local resistance committee]] were killed, among them [[11 displaced people|killed;a=The local resistance committee]] who had been sleeping in the mosque courtyard. "
        "The mosque had been used as a shelter since the fighting reached the neighbourhood in {{May}}. "
        "The UN says [[about 260,000 civilians|civilians;a=The UN]], half of them children, are trapped in the besieged city.",
    ),
    (
        "Venezuela: Tren de Aragua leaders held after Tocoron prison raid",
        "The Venezuelan government sent [[11,000 soldiers and police|combatants;n=soldiers and police;a=the interior minister]] to retake Tocoron prison from the Tren de Aragua gang in {{September 2023}}, the interior minister said. "
        "Inside they found a swimming pool, a zoo and a nightclub. "
        "The prison held [[about 1,600 inmates|arrested;a=officials]], officials said; all were transferred to other prisons. "
        "The gang's leader, Hector 'Niño' Guerrero, escaped before the raid, and the government said [[88 suspected accomplices|arrested;a=the government]] had been arrested.",
    ),
    (
        "Ethiopia: Oromia land-mine blasts kill cattle herders",
        "A land mine exploded under a cart carrying herders near Dembi Dolo in western Oromia, local officials said, the {{third}} such blast this month. "
        "[[Four herders|killed]] died and [[three|injured]] were injured. "
        "The area has seen fighting between government forces and the Oromo Liberation Army for more than {{four years}}. "
        "A demining team from the Ethiopian Mine Action Office is expected to clear [[about 30 sites|other;p;a=the office;alt=the Ethiopian Mine Action Office]] in the zone, the office said.",
    ),
    (
        "Mexico: mothers' collective finds clandestine graves in Sonora",
        "Volunteers of the Madres Buscadoras de Sonora found [[11 clandestine graves|other;a=the collective's founder]] on the outskirts of Hermosillo over the weekend, the collective's founder said. "
        "The remains of [[at least 14 people|killed]] were recovered and handed to the state prosecutor. "
        "Mexico's national registry lists [[more than 115,000 people|missing;a=Mexico's national registry]] as disappeared, the great majority since {{2006}}. "
        "[[Six|killed]] of the collective's own members have been murdered since it was founded in {{2019}}.",
    ),
    (
        "Myanmar: aid reaches Sagaing villages by boat after months of blockade",
        "Local aid groups delivered rice and medicines by boat to villages in Myanmar's Sagaing region that troops have cut off since {{March}}. "
        "A volunteer said the boats carried [[about 20 tonnes|aid;a=A volunteer]] of rice, enough for [[some 3,000 people|aid;p;a=A volunteer]] for a month. "
        "In the villages, [[about 12,000 people|civilians;a=the Sagaing Forum]] have been living without a clinic since the army burned the township hospital, the Sagaing Forum said. "
        "The junta has blocked fuel and medicine from entering [[at least eight townships|other;u=other;a=UN officials]], UN officials say.",
    ),
    (
        "Nigeria: Kaduna train attack hostages freed after months in captivity",
        "Gunmen bombed the track and attacked the Abuja-Kaduna train on {{March 28, 2022}}, killing [[eight passengers|killed;a=the Nigerian Railway Corporation]] and abducting [[62|kidnapped;a=the Nigerian Railway Corporation]], the Nigerian Railway Corporation said. "
        "The train had [[362 passengers|other;a=the corporation;alt=the Nigerian Railway Corporation]] on board, according to the corporation. "
        "Over the following months the kidnappers released hostages in small groups, [[11|kidnapped;a=the army]] of them in June, the army said. "
        "The last [[23 hostages|kidnapped;a=the chief of defence staff]] were freed in {{October}}, more than {{six months}} after the attack, the chief of defence staff said.",
    ),
    (
        "Syria: returnees to Homs countryside killed by unexploded bombs",
        "Since families began returning to villages in the Homs countryside in early {{2025}}, leftover munitions have become a daily danger. "
        "The White Helmets said [[at least 60 people|killed;a=The White Helmets]] had been killed by explosive remnants in the province since December, [[14 of them|killed;n=-;a=The White Helmets]] children. "
        "Its teams have destroyed [[more than 1,100 munitions|other;a=The White Helmets]] and plan to survey [[up to 100 villages|other;p;a=The White Helmets]] before the planting season, it said. "
        "[[Nearly 30,000 people|returned;a=the local authorities]] have come back to the area, the local authorities said.",
    ),
    (
        "Chad: Sudanese refugees moved from border to new camps",
        "Chad's refugee agency and UNHCR began moving Sudanese refugees from the border town of Adre to new camps further inland this week. "
        "[[About 1,500 people|displaced;a=officials]] left on the first convoy of [[25 trucks|other]], officials said. "
        "The new camp at Aboutengue was built to hold [[50,000|capacity]], but [[more than 60,000|displaced;a=UNHCR]] are already there, UNHCR said. "
        "The agency needs [[another 4,000 family shelters|capacity;p;n=shelters;a=The agency;alt=UNHCR]] before the rains begin in {{June}}.",
    ),
    (
        "Peru: protesters killed in Juliaca clashes with police",
        "Protesters demanding the resignation of President Dina Boluarte tried to take over the airport in Juliaca on {{January 9, 2023}}, and police opened fire. "
        "[[Seventeen people|killed;a=the ombudsman's office]] died, the ombudsman's office said, and [[one police officer|killed]] was burned to death in his car that night. "
        "Hospitals in the city treated [[more than 100 people|injured;a=the regional health directorate]] for gunshot and pellet wounds, according to the regional health directorate. "
        "A report by Amnesty International later found that [[49 people|killed;a=A report by Amnesty International]] had died in the protests nationwide between {{December}} and {{February}}.",
    ),
    (
        "Mozambique: insurgents behead villagers in Macomia as families flee again",
        "Insurgents raided villages along the Messalo river in Macomia district in {{February 2024}}, beheading men they accused of working with the army, residents said. "
        "[[At least 11 people|killed;a=residents]] were killed in [[three villages|other;a=residents]], residents said. "
        "The International Organization for Migration said [[more than 67,000 people|displaced;a=The International Organization for Migration]] had fled in {{two weeks}}, many for the {{second}} or {{third}} time. "
        "In Chiure, [[about 18,000|displaced;a=the district administrator]] are staying in [[four accommodation centres|capacity;a=the district administrator]], the district administrator said.",
    ),
    (
        "Central African Republic: returnees find homes looted in Bangassou",
        "Residents who fled Bangassou when rebels of the Coalition of Patriots for Change attacked in {{January 2021}} have been coming back since UN peacekeepers retook the town. "
        "The town's mayor said [[about 9,000|returned;a=The town's mayor]] had returned by mid-year, but [[nearly 4,000 others|displaced;a=The town's mayor]] remained across the river in the DRC. "
        "[[More than 1,000 houses|housing;a=the Norwegian Refugee Council]] were looted or partly burned, and [[only 250|housing;a=the Norwegian Refugee Council]] have been repaired, the Norwegian Refugee Council said. "
        "Each returning household receives a kit of [[12 roofing sheets|aid]] and tools.",
    ),
    (
        "Iraq: Mosul families still searching for sons taken by IS",
        "Eight years after Iraqi forces recaptured Mosul from the Islamic State, families gather each week outside the city's forensic department. "
        "The International Commission on Missing Persons estimates that [[between 250,000 and 1 million people|missing;a=The International Commission on Missing Persons]] have gone missing in Iraq since the {{1980s}}. "
        "In Nineveh province, the forensic department has exhumed [[about 1,800 bodies|killed;a=the forensic department]] from mass graves but identified [[fewer than 300|killed;a=the forensic department]]. "
        "A mother in the Zanjili district said her [[three sons|missing;a=A mother in the Zanjili district]] were taken from their home in {{2015}}.",
        ["Eight years"],
    ),
    (
        "Niger: Tillaberi villagers killed at market as attacks on civilians rise",
        "Gunmen on motorcycles opened fire at a weekly market in the village of Fambita, in Niger's Tillaberi region, during Friday prayers. "
        "The government declared {{three days}} of national mourning and said [[44 civilians|killed;a=The government]] had been killed and [[13|injured;a=The government]] wounded. "
        "Survivors said the attackers burned [[about 50 market stalls|other;u=structure;a=Survivors]]. "
        "ACLED, which monitors political violence, says attacks on civilians in the region have risen by {{60%}} since the {{2023}} coup, and [[about 1,200 civilians|killed;a=ACLED]] were killed there last year.",
    ),
    (
        "Guinea: families seek answers over Conakry protest deaths",
        "Security forces fired on protesters on the Hamdallaye-Bambeto axis of Conakry during demonstrations against the junta on {{July 28}}. "
        "The opposition coalition FNDC said [[five protesters|killed;a=The opposition coalition FNDC]] were shot dead, among them a {{17-year-old}} student, and [[about 40|injured;a=The opposition coalition FNDC]] were wounded. "
        "The government spoke of [[two deaths|killed;a=The government]] and [[85 arrests|arrested;a=The government;n=arrests]]. "
        "[[Three FNDC leaders|arrested]] detained the next day are still held at the central prison, their lawyers say.",
    ),
    (
        "Afghanistan: Pakistani strikes kill civilians in Paktika",
        "Pakistani aircraft struck villages in the Barmal district of Afghanistan's Paktika province late on {{December 24}}, the Taliban government said. "
        "A Taliban government spokesman said [[46 people|killed;a=A Taliban government spokesman]], most of them women and children, had been killed and [[six|injured;a=A Taliban government spokesman]] were wounded. "
        "Pakistan said the strikes targeted hideouts of the Pakistani Taliban. "
        "Local elders said the dead included refugees from Pakistan's Waziristan region, [[some 200 families|displaced;a=Local elders]] of whom had been living in the area since a military operation in {{2014}}.",
    ),
    (
        "Bolivia: standoff on highway ends with police freed",
        "Supporters of former president Evo Morales who had blocked highways for {{three weeks}} seized a military barracks in the Chapare region and held soldiers there in {{November 2024}}. "
        "The armed forces said [[about 200 soldiers|kidnapped;a=The armed forces]] were held at [[three units|other;u=structure;a=The armed forces]] by groups armed with firearms and sticks. "
        "The soldiers were released {{two days}} later after talks. "
        "Police cleared the blockades on {{Route 4}} and said they had arrested [[66 people|arrested;a=Police]]; [[about 30 officers|injured;a=Police]] were hurt.",
    ),
    (
        "South Sudan: Nasir clashes send families into Ethiopia",
        "Fighting between the army and the White Army militia around Nasir in Upper Nile State in {{March 2025}} drove villagers across the border into Ethiopia's Gambella region. "
        "Ethiopian officials said [[about 10,000 people|displaced;a=Ethiopian officials]] had crossed by mid-April. "
        "Air strikes using barrels filled with flammable liquid hit several villages; the UN said [[at least 21 civilians|killed;a=the UN]] died in one strike at Longechuk. "
        "The UN has moved its [[23 staff|displaced]] out of Nasir after a helicopter it operated came under fire and [[one crew member|killed]] was killed.",
    ),
    (
        "Philippines: families displaced by Lanao clashes return after army operation",
        "Families who fled fighting between the army and the Dawlah Islamiyah group in Lanao del Sur in {{February}} began going back to their villages this week. "
        "The provincial disaster office said [[about 1,900 families|returned;a=The provincial disaster office]] had gone home, while [[some 600|displaced;a=The provincial disaster office]] remained in evacuation centres. "
        "Each family received [[two food packs|aid]] and {{5,000 pesos}} in cash. "
        "The army said [[14 members|killed;a=The army]] of the group had been killed in the {{three-week}} operation and [[nine|combatants;a=The army]] had surrendered.",
    ),
]

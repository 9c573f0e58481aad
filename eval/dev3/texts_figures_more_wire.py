"""dev3 figures items: more wire copy, displacement in many words. Marks: eval/figset/marks.py; see build.py."""

from items import F

# ====================================================================== figures: more wire copy

F(
    "Iran: rights groups count thousands of arrests after protests",
    "Iranian security forces have detained [[an estimated 19,000 people|arrested;a=the Oslo-based group Iran Human Rights]] since the protests over the death of Mahsa Amini began in {{September}}, the Oslo-based group Iran Human Rights said, and [[at least two protesters|killed;a=the Oslo-based group Iran Human Rights]] have been executed. "
    "The judiciary said [[more than 1,000 people|arrested;a=The judiciary]] had been charged in Tehran province alone.",
)

F(
    "Georgia: police detain hundreds in Tbilisi protests",
    "Riot police used water cannon and tear gas to disperse [[tens of thousands of demonstrators|other;n=demonstrators]] outside parliament in Tbilisi overnight and detained [[more than 400 people|arrested;a=the interior ministry]], the interior ministry said, adding that [[27 police officers|injured;a=the interior ministry]] had been hurt. "
    "The Public Defender's office said [[about 80 detainees|injured;a=The Public Defender's office]] showed signs of beatings.",
)

F(
    "Bangladesh: curfew after deadly clashes, thousands arrested",
    "Police in Bangladesh have arrested [[nearly 10,000 people|arrested;a=police officials]] in a nationwide crackdown after violent protests over job quotas, police officials told AFP on {{Sunday}}, as the death toll from the unrest rose to [[at least 174|killed;a=police officials]]. "
    "In Dhaka, [[about 2,500|arrested;a=Dhaka Metropolitan Police]] were detained, most of them students, according to Dhaka Metropolitan Police.",
)

F(
    "Venezuela: NGO says post-election detentions pass 1,500",
    "The rights group Foro Penal said on {{Tuesday}} that [[1,581 political prisoners|arrested;a=The rights group Foro Penal]] were being held in Venezuela after the disputed presidential election, including [[114 teenagers|arrested;a=The rights group Foro Penal]], the highest number it has recorded. "
    "The attorney general had said earlier that [[2,229 people|arrested;a=The attorney general]] were detained in the protests that followed the vote, in which [[25 people|killed;a=The attorney general]] died.",
)

F(
    "Sri Lanka: families of the missing mark 3,000 days of protest",
    "Mothers of people who disappeared during Sri Lanka's civil war marked their {{3,000th day}} of protest in Kilinochchi on {{Sunday}}. "
    "The Office on Missing Persons says it has received [[more than 14,900 complaints|missing;u=person;n=complaints;a=The Office on Missing Persons]] of disappearances, most from the Northern and Eastern provinces, but has traced [[only 16 people|missing;a=The Office on Missing Persons]].",
    [],
)

F(
    "Mexico: search collectives find remains at Jalisco ranch",
    "A collective of mothers searching for missing relatives found [[more than 200 pairs of shoes|other;n=pairs;u=other]] and human remains at a ranch in Teuchitlán that prosecutors believe was a cartel training camp. "
    "Jalisco has [[over 15,000 missing persons|missing;a=the national registry]] on the national registry, the most of any state, according to the national registry.",
    [],
)

F(
    "Ukraine: families of missing soldiers press for answers",
    "Ukraine's commissioner for missing persons said on {{Thursday}} that [[more than 63,000 people|missing;a=Ukraine's commissioner for missing persons]], soldiers and civilians, are officially listed as missing in connection with the war, and that [[about 2,000|missing;a=Ukraine's commissioner for missing persons]] of them are children. "
    "Under the latest exchange, Russia handed over [[757 bodies|killed]] and Ukraine returned [[34|killed]].",
    [],
)

F(
    "Nigeria: gunmen kidnap schoolchildren in Kaduna",
    "Gunmen on motorcycles stormed a school in Kuriga, Kaduna state, on {{Thursday}} morning and abducted [[287 pupils|kidnapped;a=a teacher at the school]], a teacher at the school said, in the largest mass kidnapping in Nigeria in years. "
    "The state governor put the number at [[about 280|kidnapped;a=The state governor]] and said [[one teacher|kidnapped;a=The state governor]] was also taken. "
    "Police said [[25 pupils|kidnapped;a=Police]] escaped on the way into the forest.",
    [],
)

F(
    "Haiti: gang frees kidnapped missionaries",
    "A gang that abducted [[17 missionaries|kidnapped;a=the Christian Aid Ministries group]], including [[16 Americans|kidnapped;a=the Christian Aid Ministries group]], in {{October}} has released [[the last 12|kidnapped;a=the Christian Aid Ministries group]], the Christian Aid Ministries group said. "
    "[[Two other hostages|kidnapped]] were freed in {{November}} and [[three|kidnapped]] in {{December}}.",
    [],
)

F(
    "Kenya-led force in Haiti gets more troops",
    "A further [[200 Kenyan police officers|combatants]] landed in Port-au-Prince on {{Saturday}}, bringing the Kenyan contingent of the Multinational Security Support mission to [[about 600|combatants]]. "
    "The mission, authorised for [[2,500 personnel|combatants;p;a=a spokesman]], is expected to receive [[150 Guatemalan soldiers|combatants;p;a=a spokesman]] next month, a spokesman said. "
    "Haitian police estimate the gangs have [[as many as 12,000 members|combatants;a=Haitian police]].",
    [],
)

F(
    "Sahel: Russian mercenaries and army reinforce Kidal",
    "Mali's army and [[some 1,000 Wagner fighters|combatants;a=diplomatic sources]] are massed around Kidal, diplomatic sources said, facing [[an estimated 3,000 to 5,000 Tuareg rebels|combatants;a=diplomatic sources]] of the Strategic Framework. "
    "The UN mission, which had [[more than 12,000 peacekeepers|combatants]] in Mali at its peak, withdrew from its last base in the region in {{October}}.",
    [],
)

F(
    "DR Congo: Burundi sends more soldiers to South Kivu",
    "Burundi has deployed [[between 8,000 and 10,000 soldiers|combatants;a=a UN experts' report]] in South Kivu to fight alongside the Congolese army against the {{M23}}, according to a UN experts' report, which also estimated that [[3,000 to 4,000 Rwandan troops|combatants;a=a UN experts' report]] were operating with the rebels in North Kivu. "
    "The report said the {{M23}} had recruited [[hundreds of children|combatants;a=The report]], {{some as young as 12}}.",
    [],
)

F(
    "Ukraine: North Korean troops at the front, Kyiv says",
    "Ukraine's military intelligence said on {{Wednesday}} that [[around 11,000 North Korean soldiers|combatants;a=Ukraine's military intelligence]] were deployed in Russia's Kursk region and that [[several hundred|killed;a=Ukraine's military intelligence]] had been killed in their first clashes with Ukrainian forces. "
    "Seoul's spy agency put the number of North Korean dead at [[about 300|killed;a=Seoul's spy agency]] and the wounded at [[2,700|injured;a=Seoul's spy agency]].",
    [],
)
F(
    "WFP reaches besieged Sudanese city with first food in months",
    "A World Food Programme convoy of [[28 trucks|aid;a=the agency;alt=World Food Programme]] carrying food and nutrition supplies for [[about 70,000 people|aid;a=the agency;alt=World Food Programme]] reached Kadugli in South Kordofan on {{Monday}}, the agency said, the first to get through since the city was encircled by the SPLM-N and the RSF. "
    "WFP plans to reach [[1.5 million people|aid;p;a=WFP]] in Kordofan by the end of the year, but says {{only 40 per cent}} of its appeal is funded.",
)

F(
    "Yemen: aid agencies scale back in Houthi areas",
    "The UN has suspended food distributions to [[some 9.5 million people|aid;a=the organisation;alt=The UN]] in Houthi-held northern Yemen after the detention of [[at least 13 UN staff members|arrested;a=the organisation;alt=The UN]], the organisation said. "
    "Before the suspension, WFP had been delivering rations to [[about 1.4 million households|aid]] a month.",
)

F(
    "Gaza: airdrops and sea corridor",
    "Jordanian and US planes dropped [[38,000 meals|aid;a=the UN]] over northern Gaza on {{Saturday}}, where [[about 300,000 people|civilians;a=the UN]] remain and famine is imminent, according to the UN. "
    "A ship carrying [[200 tonnes|aid;u=other]] of food left Cyprus on {{Tuesday}}; a second ship with enough food for [[2 million meals|aid;p]] is being loaded.",
)

F(
    "Ukraine: winter aid for front-line communities",
    "UNHCR said it would distribute solid fuel to [[40,000 households|aid;p;a=UNHCR]] in front-line areas of Kharkiv, Donetsk and Zaporizhzhia before the winter. "
    "Last winter, the agency provided cash for heating to [[more than 300,000 people|aid;a=the agency;alt=UNHCR]] and repaired [[12,000 homes|housing;a=the agency;alt=UNHCR]], the agency said.",
)

# ====================================================================== figures: displacement in many words

F(
    "Sudan: one in three residents has left Sennar",
    "{{One in three}} residents of Sennar has left the city since the RSF reached its outskirts, local officials estimate, and [[roughly 60,000|displaced;a=local officials]] have sought refuge in Gedaref. "
    "The displacement of [[a further 20,000 residents|displaced;a=IOM teams]] from Singa was recorded by IOM teams in {{the first week of July}}.",
    [],
)

F(
    "Armenia registers refugees from Nagorno-Karabakh",
    "Armenia's government said [[100,617 people|displaced;a=Armenia's government]] had arrived from Nagorno-Karabakh by {{Saturday}} evening, out of a population it put at [[about 120,000|civilians;a=Armenia's government]] before Azerbaijan's offensive. "
    "[[More than 21,000 vehicles|other;a=officials]] crossed the Hakari bridge, officials said, and [[some 2,800 evacuees|displaced;a=officials]] were being housed in hotels in Goris.",
    [],
)

F(
    "Syria: thousands uprooted as fighting flares in Tishreen dam area",
    "Fighting between Turkish-backed factions and the SDF near the Tishreen dam has uprooted [[some 25,000 people|displaced;a=local authorities]] from villages along the Euphrates, local authorities said, many of whom are now living in [[three informal camps|capacity]] near Raqqa. "
    "The Kurdish-led administration said it had evacuated [[the remaining 1,100 residents|displaced;a=The Kurdish-led administration]] of Deir Hafer.",
    [],
)

F(
    "Lebanon: Syrians cross back as Israeli strikes pound the south",
    "Syrian refugees who had lived in Lebanon for a decade are among [[the tens of thousands|displaced;n=-]] crossing the Masnaa border post each day. "
    "Lebanon's disaster risk management unit said [[1.2 million people|displaced;a=Lebanon's disaster risk management unit]] had been forced from their homes by the escalation, and that [[over 1,000 shelters|capacity;a=Lebanon's disaster risk management unit]] had been opened, [[877|capacity;u=structure;a=Lebanon's disaster risk management unit]] of them already at capacity.",
    ["a decade"],
)

F(
    "Ethiopia: Amhara clashes drive families into Debre Birhan camps",
    "[[An estimated 6,500 households|displaced;a=the local administration]] have been forced from their homes by clashes between the army and Fano fighters in North Shewa, and {{about half}} are living in makeshift camps in Debre Birhan, the local administration said.",
    [],
)

F(
    "Chad: new arrivals stranded at Adré crossing",
    "At the Adré crossing, [[some 7,000 refugees|displaced;a=aid workers]] were stranded at the border on {{Sunday}} waiting to be registered, and aid workers said [[fewer than 500|displaced;a=aid workers]] had been moved to camps. "
    "The Farchana camp, designed for [[35,000|capacity;n=-]], now shelters [[more than 80,000|displaced]].",
    [],
)

F(
    "Poland: new asylum claims from Belarus border",
    "Poland's border guard said [[1,450 asylum seekers|displaced;n=asylum seekers;a=Poland's border guard]] had applied for protection in {{October}}, most of them people from Afghanistan, Syria and Eritrea fleeing war, and that [[about 200|other;n=-;a=Poland's border guard]] had been pushed back to Belarus. "
    "Rights groups say [[at least 130 people|killed;a=Rights groups]] have died along the border since {{2021}}.",
    [],
)

F(
    "Moldova: Ukrainian refugees staying on",
    "Moldova, a country of [[2.5 million people|civilians]], hosts [[about 120,000 Ukrainian refugees|displaced;a=UNHCR]], according to UNHCR, and [[more than 1 million|displaced;a=UNHCR]] have transited through the country since {{February 2022}}. "
    "[[Only 3,400|displaced]] still live in refugee accommodation centres; the government has closed [[42|capacity;u=structure]] of the [[55 centres|capacity]] it opened in the first weeks of the war.",
    [],
)

F(
    "Mozambique: displaced families go home to Mocimboa da Praia",
    "Returnees to Mocimboa da Praia now number [[about 98,000|returned;a=the district administrator]], the district administrator said, as [[2,500 Rwandan troops|combatants;a=the district administrator]] secure the town. "
    "But the district still counts [[11,400 displaced families|displaced]] in [[19 resettlement sites|capacity;u=other;n=sites]], and [[over 3,000 houses|housing]] need to be rebuilt.",
    [],
)

F(
    "Ukraine: evacuees from Kupiansk arrive in Kharkiv",
    "[[Some 30 evacuees|displaced]] arrive every day at the transit centre in Kharkiv, many elderly. "
    "The authorities ordered the mandatory evacuation of [[12,000 people|displaced;p;a=officials]], including [[2,000 children|displaced;p;a=officials]], from Kupiansk district in {{August}}; [[about 1,800|civilians;a=officials]] refused to leave and [[roughly 40 families|civilians;a=officials]] with children remain, officials told Reuters.",
    [],
)

F(
    "Egypt: Sudanese arrivals pass a million, ministry says",
    "Egypt has received [[more than 1.2 million Sudanese|displaced;a=the Egyptian foreign ministry]] since {{April 2023}}, the Egyptian foreign ministry said, though UNHCR has registered [[only about 600,000 refugees and asylum seekers|displaced;n=refugees and asylum seekers;a=UNHCR]] from Sudan. "
    "Since January, [[about 150,000 Sudanese|returned]] have gone back to Khartoum and Gezira.",
    [],
)

F(
    "Burkina Faso: Djibo residents walk to Ouahigouya",
    "[[About 200 families|displaced]] walked for {{four days}} from Djibo to reach Ouahigouya, where they were registered by social services. "
    "Burkina Faso stopped publishing displacement figures in {{March 2023}}, when [[2.06 million IDPs|displaced]] were registered.",
    [],
)

F(
    "Colombia: Venezuelans and Colombians flee Tibú",
    "In Tibú, [[about 4,700 people|displaced]] crammed into the sports stadium and [[12 schools|capacity]] after the ELN offensive, and the army flew [[some 300 people|displaced]] to Cúcuta in military helicopters. "
    "The Colombian Institute of Family Welfare said [[at least 60 children|other;a=The Colombian Institute of Family Welfare]] were separated from their families.",
    [],
)

F(
    "Somalia: Baidoa camps swell",
    "Baidoa hosts [[more than 800,000 internally displaced people|displaced;a=the Camp Coordination cluster]] in [[over 600 sites|capacity;u=other;n=sites;a=the Camp Coordination cluster]], according to the Camp Coordination cluster, many of whom fled fighting between al-Shabaab and government forces as well as drought. "
    "New arrivals in {{May}}: [[2,340 households|displaced]].",
    [],
)

F(
    "DR Congo: displaced camps around Goma emptied",
    "The {{M23}} ordered the closure of displacement camps around Goma, and [[at least 110,000 people|displaced;a=the UN refugee agency]] who had lived in them were forced to leave within {{72 hours}}, the UN refugee agency said, calling the move a violation of international law. "
    "[[Several thousand|returned]] have gone back to villages in Masisi and Rutshuru, where many found their houses occupied or destroyed.",
    [],
)

F(
    "Ecuador: Colombians seek asylum after border fighting",
    "Ecuador's foreign ministry registered [[1,320 Colombians|displaced;a=Ecuador's foreign ministry]] seeking asylum in Sucumbíos in {{January}}, almost triple the monthly average, as armed groups fought over coca routes on the Colombian side. "
    "[[Between 200 and 300 people|displaced]] are sleeping in the municipal coliseum of Lago Agrio.",
    ["almost triple"],
)

F(
    "Gaza: displaced families move to al-Mawasi",
    "Families carrying mattresses on donkey carts streamed into al-Mawasi on {{Monday}}. "
    "[[Up to 1.9 million people|displaced;a=UNRWA]], or {{nine in ten}} Gazans, have been displaced at least once, UNRWA estimates, and [[as many as 1 million|displaced;a=the UN]] are now crowded into the coastal strip, according to the UN, with {{one toilet for every 850 people}}.",
    [],
)

F(
    "Feature: the long road from Jenin camp",
    "Umm Ahmad has moved four times since the army bulldozers came. She first went to her sister's flat in Jenin city, then to a mosque, then to a school run by UNRWA, and finally to a rented room in Burqin that she shares with her three sons and their wives. "
    "Her story is repeated across the northern West Bank. "
    '"We thought it would be a few days," she said. "It has been five months." '
    "The UN says [[some 40,000 Palestinians|displaced;a=The UN]] have been forced out of the Jenin, Tulkarm and Nur Shams camps since {{January}}, the largest displacement in the territory in decades, and that Israeli forces have demolished [[more than 460 buildings|housing;a=The UN]] inside them. "
    "[[Fewer than 100 families|civilians]] are thought to remain in Jenin camp.",
    ["four times", "three sons", "a few days", "five months"],
)

F(
    "Feature: a Sudanese doctor counts the dead in El Fasher",
    "Dr. Adam Ibrahim keeps a notebook in the pocket of his scrubs. In it, in neat blue columns, are the names he can remember. "
    "He began writing them down in {{May 2024}}, when the siege began, and he stopped trying to keep up some time in the autumn. "
    "The Saudi hospital where he works has been shelled {{more than 10 times}}. "
    "By the time the RSF took the city, the Sudan Doctors Network estimated that [[at least 1,500 people|killed;a=the Sudan Doctors Network]] had been killed in the final assault alone, and [[some 260,000 civilians|civilians;a=the Sudan Doctors Network]] had been trapped inside. "
    "He estimates that he has treated [[about 4,000 wounded|injured;a=Dr. Adam Ibrahim]].",
    ["May 2024"],
)

F(
    "Feature: back in Bucha's streets, rebuilding block by block",
    "The builders start at seven, before the heat. On Vokzalna street, where the Russian armoured column was destroyed in {{2022}}, new roofs shine between the lime trees. "
    "The town council says [[more than 1,700 residential buildings|housing;a=The town council]] were damaged during the occupation, and [[about 1,100|housing;u=structure;a=The town council]] have since been repaired. "
    "[[Some 31,000 residents|returned;a=the mayor]] have come back, out of [[37,000|civilians;n=-;a=the mayor]] before the invasion, the mayor says.",
    ["seven"],
)

F(
    "Feature: Rohingya camp life after the fire",
    "The fire tore through {{Camp 11}} in an afternoon. Mohammed Salim, {{42}}, carried his mother out on his back. "
    "Bangladesh's refugee commissioner said [[about 2,000 shelters|housing;a=Bangladesh's refugee commissioner]] were destroyed and [[12,000 people|displaced;a=Bangladesh's refugee commissioner]] left homeless, but that no one was killed.",
    [],
)

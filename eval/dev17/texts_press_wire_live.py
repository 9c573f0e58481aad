"""dev17 texts: press releases, headlines, mixed; more wire leads and live entries."""

from figset import F

# ---------------------------------------------------------------- press releases, headlines, mixed

F(
    "WFP: aid reaches 1.2 million in Sudan's Darfur",
    "The World Food Programme said it had delivered food to [[more than 1.2 million people|aid;a=The World Food Programme]] in Darfur in {{March}}, using [[340 trucks|aid;a=The World Food Programme]] that crossed from Chad at Adre. "
    "It plans to reach [[2 million|aid;p;a=The World Food Programme]] by the end of {{May}}.",
)

F(
    "UNICEF: hundreds of children killed in Sudan in three months",
    "[[At least 522 children|killed;a=UNICEF]] have been killed and [[more than 4,000|injured;a=UNICEF]] injured in Sudan in the {{first three months}} of the year, UNICEF said in a statement on Monday. "
    "The agency said [[some 14 million children|civilians;a=The agency;alt=UNICEF]] in the country need humanitarian support.",
)

F(
    "ICRC distributes seed and tools to 30,000 families in Burkina Faso",
    "The International Committee of the Red Cross said it had given seed and tools to [[30,000 families|aid;a=The International Committee of the Red Cross]] in Burkina Faso's Centre-Nord and Sahel regions, and repaired [[14 boreholes|aid;a=The International Committee of the Red Cross]] in areas hosting displaced people. "
    "[[Some 12,000 people|aid;a=the ICRC;alt=The International Committee of the Red Cross]] received cash grants, the ICRC added.",
)

F(
    "MSF: 3,200 patients treated for war wounds in Gaza hospital",
    "Doctors Without Borders said its teams at Nasser Hospital had treated [[more than 3,200 patients|aid;a=Doctors Without Borders]] for war wounds since {{October}}, most of them for burns and blast injuries.",
)

F(
    "UNHCR: 120 million people forcibly displaced worldwide",
    "The number of people forcibly displaced by war, violence and persecution worldwide has reached [[120 million|displaced;a=UNHCR]], UNHCR said in a report on Thursday, the {{12th}} annual increase in a row. "
    "[[Some 43.4 million of them|displaced;n=-;a=UNHCR]] are refugees.",
)

F(
    "Save the Children: 6,000 shelters needed in Idlib camps",
    "Save the Children said [[more than 6,000 tents|housing;a=Save the Children]] in camps in Idlib were destroyed or damaged by storms and shelling this winter, and that [[around 6,000 new shelters|capacity;p;a=Save the Children]] are needed. "
    "[[About 2 million people|displaced]] live in camps across northwest Syria.",
)

F(
    "OCHA: airdrops reach 20,000 people in Upper Nile",
    "The World Food Programme carried out [[37 airdrops|aid;a=the UN humanitarian office]] of food to Nasir and Ulang counties in Upper Nile state in two weeks, reaching [[about 20,000 people|aid;a=the UN humanitarian office]], the UN humanitarian office said. "
    "[[At least 50,000|displaced;a=The office;alt=the UN humanitarian office]] have fled fighting between the army and the White Army, The office said.",
)

F(
    "NRC: 600 homes rebuilt for returnees in Sinjar",
    "The Norwegian Refugee Council said it had rebuilt [[600 homes|housing;a=The Norwegian Refugee Council]] in Sinjar for returning Yazidi families, and plans to repair [[400 more|housing;p;n=-;u=structure;a=The Norwegian Refugee Council]] this year. "
    "[[Some 90,000 people|returned]] have gone back to Sinjar since {{2020}}.",
)

F(
    "IOM: 1,500 migrants intercepted off Libya in a week",
    "[[About 1,500 migrants|other;a=the IOM]] were intercepted at sea and returned to Libya in a week, the IOM said, and [[at least 60|missing;a=the IOM]] are missing after two shipwrecks. "
    "The agency said [[between 4,000 and 5,000 people|arrested;a=The agency;alt=the IOM]] are held in official detention centres.",
)

F(
    "Amnesty: 70 villages burned in Rakhine in a month",
    "Satellite images show [[at least 70 villages|other;a=Amnesty International]] were burned in northern Rakhine in a month, Amnesty International said, destroying [[more than 4,000 homes|housing;a=Amnesty International]].",
)

F(
    "HRW: Ethiopian forces detained 1,000 Tigrayans in Addis Ababa",
    "Human Rights Watch said Ethiopian police detained [[more than 1,000 ethnic Tigrayans|arrested;a=Human Rights Watch]] in Addis Ababa under a state of emergency, and that [[at least 9|missing;a=Human Rights Watch]] had disappeared after arrest.",
)

F(
    "Headline: Gunmen abduct 80 in Zamfara village",
    "Gunmen abducted [[about 80 people|kidnapped;a=residents]], most of them women and children, in a night raid on Kaya village in Zamfara state, residents said.",
)

F(
    "Headline: Suicide bomber kills 11 at Somali restaurant",
    "A suicide bomber killed [[11 people|killed;a=police]] and wounded [[16|injured;a=police]] at a restaurant near the Mogadishu police academy on Friday night, police said.",
)

F(
    "Headline: Israel says 200 rockets fired from Lebanon",
    "Hezbollah fired [[about 200 rockets|other;a=the Israeli military]] and [[20 drones|other;a=the Israeli military]] at northern Israel on Thursday, the Israeli military said, after an Israeli strike killed a senior commander in Tyre.",
)

F(
    "Headline: Clashes in Tripoli's Bab al-Tabbaneh wound 23",
    "Clashes between gunmen in the Lebanese city of Tripoli wounded [[23 people|injured;a=the Lebanese army]], including [[four soldiers|injured;a=the Lebanese army]], the Lebanese army said.",
)

F(
    "Headline: 12 Malian soldiers missing after convoy ambush",
    "[[Twelve soldiers|missing;a=the Malian army]] are missing after jihadists ambushed a supply convoy near Boulkessi, the Malian army said, adding that [[five soldiers|killed;a=the Malian army]] were killed and [[ten vehicles|other;a=the Malian army]] destroyed.",
)

F(
    "Headline: Rwandan peacekeepers repel attack in Bangui",
    "Peacekeepers repelled an attack by rebels on the outskirts of Bangui, killing [[about 30 attackers|killed;a=the UN mission]], the UN mission said. "
    "[[One peacekeeper|killed]] from Rwanda was killed.",
)


# ---------------------------------------------------------------- more wire leads and live entries

F(
    "Sudan: RSF kills villagers in Wad al-Nourah",
    "RSF fighters attacked the village of Wad al-Nourah in Gezira state on Wednesday, killing [[more than 100 people|killed;a=the Madani Resistance Committee]], the Madani Resistance Committee said, [[35 of whom|killed;n=-;a=the Madani Resistance Committee]] were children. "
    "[[Hundreds more|injured;n=-;a=The committee;alt=the Madani Resistance Committee]] were wounded, The committee said.",
)

F(
    "South Sudan: Upper Nile fighting forces thousands into Ethiopia",
    "[[Between 40,000 and 50,000 people|displaced;a=aid agencies]] have fled Nasir county, [[about 10,000 of them|displaced;n=-;a=aid agencies]] into Ethiopia's Gambella region, after clashes between the army and the White Army militia, aid agencies said.",
)

F(
    "Somalia: drought and conflict displace 1 million in five months",
    "[[More than 1 million people|displaced;a=the Norwegian Refugee Council]] have been displaced in Somalia since {{January}} by drought and fighting with al-Shabaab, the Norwegian Refugee Council said. "
    "[[As many as 300,000 children|civilians;p;a=the Norwegian Refugee Council]] could face severe malnutrition by the end of the year, it said.",
)

F(
    "Ethiopia: Tigray returnees go back to Raya",
    "[[Some 12,000 displaced people|returned;a=the Tigray interim administration]] went back to their homes in Raya Alamata this week under an agreement with the federal government, the Tigray interim administration said. "
    "It expects [[up to 50,000|returned;p;a=the Tigray interim administration]] to return by the end of the month.",
)

F(
    "Nigeria: army says 6,900 Boko Haram fighters surrendered",
    "[[More than 6,900 Boko Haram fighters|combatants;a=The Nigerian military]] and their families have surrendered to troops in the northeast in two months, The Nigerian military said, along with [[about 1,900 weapons|other;a=The Nigerian military]]. "
    "[[About 130,000 former fighters and relatives|other;n=fighters and relatives]] have passed through the Operation Safe Corridor programme.",
)

F(
    "Mali: peacekeepers leave Kidal base as UN mission winds down",
    "[[About 200 peacekeepers|combatants;a=the UN mission]], the last of the force, left the UN base in Kidal on Tuesday, the UN mission said. "
    "MINUSMA had [[more than 12,000 troops|combatants;a=MINUSMA]] at its peak and lost [[over 300|killed;a=MINUSMA]] of them to attacks, the deadliest toll of any UN mission.",
)

F(
    "Burkina Faso: 50 women abducted near Arbinda",
    "Suspected jihadists abducted [[around 50 women|kidnapped;a=the regional governor]] who were gathering wild fruit near Arbinda, the regional governor said. "
    "[[Four of the women|kidnapped;n=women]] escaped and walked back to their village.",
)

F(
    "Chad: army says 200 Boko Haram fighters killed after Lake Chad raid",
    "Chadian troops killed [[96 Boko Haram militants|killed;a=the army]] in an operation around Lake Chad, the army said, after an attack on a military base killed [[about 40 soldiers|killed;a=the army]]. "
    "[[Six civilians|missing]] are unaccounted for.",
)

F(
    "DRC: Red Cross buries 1,200 bodies in Goma",
    "The Congolese Red Cross has buried [[more than 1,200 bodies|killed;a=the ICRC]] collected from the streets of Goma after the rebel takeover, the ICRC said. "
    "[[About 2,000 wounded|injured;n=wounded;a=the ICRC]] have been treated at the city's hospitals, which are operating far beyond capacity, the ICRC said.",
)

F(
    "Gaza live: 37 killed waiting for aid in Rafah",
    "09:05 GMT – [[At least 37 Palestinians|killed;a=the Gaza Health Ministry]] were killed and [[more than 170|injured;a=the Gaza Health Ministry]] wounded near an aid distribution point in Rafah, the Gaza Health Ministry says. "
    "09:40 GMT – The Israeli army says troops fired warning shots at suspects who approached them.",
    ["09:05 GMT", "09:40 GMT"],
)

F(
    "Israel: rocket barrage on Tel Aviv wounds 16",
    "A barrage of [[about 30 rockets|other;a=the military]] was fired from Gaza towards central Israel on Saturday evening, the military said. "
    "[[Sixteen people|injured;a=Magen David Adom]] were lightly hurt, most of them while running to shelters, Magen David Adom said.",
)

F(
    "Lebanon: Israeli strike on Beirut suburb kills 22",
    "An Israeli air strike on a residential building in Beirut's southern suburbs killed [[22 people|killed;a=the Lebanese Health Ministry]] and wounded [[117|injured;a=the Lebanese Health Ministry]], the Lebanese Health Ministry said, in a toll it described as preliminary. "
    "An earlier count had put the dead at [[18|killed;a=An earlier count]].",
)

F(
    "Syria: Turkish drone strikes hit Kurdish-held towns",
    "Turkish drone strikes on Kurdish-held towns in northeast Syria killed [[at least 12 people|killed;a=the SDF]], [[eight of them|killed;n=-;a=the SDF]] fighters, the SDF said, and knocked out [[two power stations|housing;u=structure;n=stations;a=the SDF]], leaving [[nearly 1 million people|civilians;a=the SDF]] without electricity.",
)

F(
    "Yemen: missile strike on al-Rawda camp in Marib kills four",
    "A Houthi missile struck the al-Rawda displacement camp in Marib, killing [[four people|killed;a=the camps administration]], including a child, and wounding [[11|injured;a=the camps administration]], the camps administration said. "
    "[[About 60 tents|housing]] were burned.",
)

F(
    "Iraq: 2,000 Yazidi families leave camps for Sinjar in a month",
    "[[More than 2,000 Yazidi families|returned;a=the Ministry of Migration]] have left camps in Duhok for Sinjar in a month, the Ministry of Migration said, after the government offered each family a return grant. "
    "[[Twenty-three camps|capacity;a=the ministry;alt=the Ministry of Migration]] are still open in the Kurdistan region, the ministry said.",
)

F(
    "Afghanistan: earthquake-hit Herat also hosts returnees from Iran",
    "[[More than 450,000 Afghans|returned;a=the IOM]] have returned or been deported from Iran since {{January}}, the IOM said, many of them to Herat province. "
    "[[Up to 1,800 people a day|returned;a=The agency;alt=the IOM]] are crossing at Islam Qala, The agency said.",
)

F(
    "Pakistan: 30 soldiers killed in Waziristan attacks",
    "Militants attacked [[two army posts|other;u=structure;n=posts;a=the military's media wing]] in North Waziristan, killing [[16 soldiers|killed;a=the military's media wing]], the military's media wing said. "
    "[[Eight militants|killed;a=the military's media wing]] were killed in the exchange of fire, it said.",
)

F(
    "Myanmar: junta conscripts 5,000 in first batch",
    "Myanmar's military began training [[5,000 conscripts|combatants;a=state media]] in the first batch of its new draft, state media reported, and plans to call up [[60,000 people|combatants;p;a=state media]] a year. "
    "Thousands of young men have fled to Thailand to avoid service.",
)

F(
    "Philippines: troops and rebels clash in Lanao del Sur",
    "[[Eleven soldiers|killed;a=the army]] were killed and [[seven|injured;a=the army]] wounded in a firefight with Dawlah Islamiyah militants in Lanao del Sur, the army said. "
    "[[Some 600 families|displaced]] fled to evacuation centres.",
)

F(
    "Ukraine: Kharkiv strike on hardware store kills 19",
    "Two Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing [[19 people|killed;a=Kharkiv governor Oleh Syniehubov]] and wounding [[over 40|injured;a=Kharkiv governor Oleh Syniehubov]], Kharkiv governor Oleh Syniehubov said. "
    "[[About 200 people|civilians;a=officials]] may have been inside at the time, officials said, and [[16|missing;a=officials]] were still unaccounted for.",
)

F(
    "Ukraine: children returned from Russia",
    "[[Eleven Ukrainian children|returned;a=the Ukrainian ombudsman]] taken to Russia or Russian-occupied territory have been brought home with Qatari mediation, the Ukrainian ombudsman said. "
    "Kyiv says [[more than 19,500 children|kidnapped;a=Kyiv]] have been deported or forcibly transferred since the start of the war, and that [[only about 1,000|returned;a=Kyiv]] have returned.",
)

F(
    "Colombia: ELN frees 7 hostages after talks",
    "The ELN guerrilla released [[seven hostages|kidnapped;a=the Ombudsman's Office]], among them [[two soldiers|kidnapped;a=the Ombudsman's Office]], in Arauca on Sunday, the Ombudsman's Office said. "
    "The group is believed to hold [[about 30 more people|kidnapped]].",
)

F(
    "Haiti: gang attack on Cite Soleil leaves dozens dead",
    "Fighting between rival gangs in Cite Soleil killed [[at least 89 people|killed;a=Doctors Without Borders]] in ten days, Doctors Without Borders said, and its clinic treated [[more than 120 patients|aid;a=Doctors Without Borders]] for gunshot wounds. "
    "[[About 3,000 residents|displaced]] fled to other neighbourhoods.",
)

F(
    "Mozambique: post-election unrest leaves 250 dead",
    "[[At least 250 people|killed;a=the electoral watchdog Plataforma Decide;alt=Plataforma Decide]] have been killed in unrest since disputed elections, the electoral watchdog Plataforma Decide said, and [[more than 4,000|arrested;a=the electoral watchdog Plataforma Decide;alt=Plataforma Decide]] have been arrested. "
    "[[About 1,500 inmates|other;a=the police chief]] escaped from a Maputo prison during a riot on {{Christmas Day}}, the police chief said, and [[33|killed;a=the police chief]] were killed in clashes with guards.",
)

F(
    "Cameroon: Boko Haram attack on Mozogo camp",
    "A suicide attack on a camp for displaced people in Nguetechewe, Far North region, killed [[at least 17 people|killed;a=a local official]], a local official told AFP. "
    "The camp hosts [[between 3,000 and 4,000 people|displaced]] who fled earlier raids.",
)

F(
    "Kenya: police deployed after Marsabit clashes",
    "[[At least 300 police officers|combatants;a=Interior Minister Kithure Kindiki]] were deployed to Marsabit after clan clashes killed [[about 20 people|killed;a=Interior Minister Kithure Kindiki]] in a month, Interior Minister Kithure Kindiki said. "
    "[[Between 500 and 600 families|displaced]] have left their homes and [[some 40 houses|housing]] were burned.",
)

"""dev46 items: ministers, army and police spokespeople, governors and mayors at press
conferences and in televised addresses, mostly after attacks, disasters and outbreaks, and wire
reports of them ("told a news conference", "said in a statement read on state television").

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). A value that a correction withdraws is a negative (see README.md).
"""

from figset import F

F(
    "Turkey quake: interior minister gives Hatay toll",
    "The interior minister told a news conference in Hatay that [[4,312 people|killed;a=The interior minister]] had been killed in the province and [[21,460|injured;a=The interior minister]] injured. "
    "“[[More than 11,000 buildings|housing;a=The interior minister]] have collapsed or must be demolished,” he said, adding that rescuers had pulled [[about 8,000 people|other;a=The interior minister]] alive from the rubble.",
)

F(
    "Pakistan army says militants killed in North Waziristan",
    "The army's media wing, ISPR, said security forces had killed [[13 militants|killed;a=The army's media wing;alt=ISPR]] in an operation in North Waziristan on Sunday. "
    "[[Three soldiers|killed;a=The army's media wing;alt=ISPR]], among them a {{24-year-old}} captain, died in the exchange of fire, it said, and [[four|injured;a=The army's media wing;alt=ISPR]] were wounded.",
)

F(
    "Zamfara: police and residents differ on number abducted",
    "Police spokesman Yazid Bello told reporters in Gusau that gunmen had abducted [[at least 30 passengers|kidnapped;a=Police spokesman Yazid Bello;alt=Yazid Bello]] on the Sokoto road on Tuesday. "
    "[[Eight|kidnapped;a=Police spokesman Yazid Bello;alt=Yazid Bello]] had been rescued by soldiers and vigilantes, he said. "
    "Residents said [[as many as 50|kidnapped;a=Residents]] were taken and [[two drivers|killed;a=Residents]] shot dead.",
)

F(
    "Typhoon: governor says evacuation centres full",
    "Catanduanes governor Ramon Villaflor told DZMM radio that [[about 120,000 residents|displaced;a=Catanduanes governor Ramon Villaflor;alt=Ramon Villaflor]] were staying in [[312 evacuation centres|capacity;a=Catanduanes governor Ramon Villaflor;alt=Ramon Villaflor]] across the province. "
    "He said [[14 people|killed;a=Catanduanes governor Ramon Villaflor;alt=Ramon Villaflor]] had died, most of them in landslides, and that [[six fishermen|missing;a=Catanduanes governor Ramon Villaflor;alt=Ramon Villaflor]] were still missing. "
    "[[About 9,000 houses|housing;a=the provincial disaster office]] were destroyed, according to the provincial disaster office.",
)

F(
    "Flash floods: mayor describes devastation in Paiporta",
    "The mayor of Paiporta, a town of [[about 27,000 people|civilians]] south of Valencia, told reporters that [[62 residents|killed;a=The mayor of Paiporta]] had died in the floods. "
    "“We still have [[dozens|missing;a=The mayor of Paiporta]] unaccounted for, and [[more than 2,000 cars|other;a=The mayor of Paiporta]] are piled up in the streets,” she said.",
)

F(
    "Israeli military says rockets fired from Lebanon",
    "The military said [[between 200 and 250 rockets|other;a=The military]] had been fired from Lebanon on Sunday and that [[two soldiers|killed;a=The military]] were killed in fighting in southern Lebanon. "
    "A military spokesman told reporters [[14 soldiers|injured;a=A military spokesman]] were wounded, [[three|injured;a=A military spokesman]] of them seriously.",
)

F(
    "Odesa: drones and missiles overnight",
    "Ukraine's air force said Russia had launched [[145 drones|other;a=Ukraine's air force]] and [[three ballistic missiles|other;a=Ukraine's air force]] overnight, and that [[107 of the drones|other;a=Ukraine's air force]] were shot down. "
    "In Odesa, the regional governor said [[two people|killed;a=the regional governor]] were killed and [[11|injured;a=the regional governor]] wounded when a drone hit a {{nine-storey}} building.",
)

F(
    "Russia and Ukraine give battlefield figures",
    "The Russian defence ministry said its forces had killed [[about 1,400 Ukrainian servicemen|killed;a=The Russian defence ministry]] in {{24 hours}} along the front. "
    "Ukraine's general staff did not comment on the claim, but said its troops had captured [[48 Russian soldiers|arrested;a=Ukraine's general staff]] in the Kursk region over the same period.",
)

F(
    "Manipur: chief minister updates assembly on violence",
    "The chief minister told the state assembly that [[at least 219 people|killed;a=The chief minister]] had been killed since ethnic violence broke out in {{May 2023}}, and that [[about 60,000|displaced;a=The chief minister]] were still living in [[some 300 relief camps|capacity;a=The chief minister]]. "
    "“[[Thirty-two people|missing]] are still missing. "
    "[[More than 4,700 houses|housing;a=The chief minister]] have been burned,” he said.",
)

F(
    "Sudan: army and RSF give rival tolls for refinery battle",
    "In a televised address, army spokesman Brigadier Nabil Abdallah said troops had killed [[more than 500 RSF fighters|killed;a=army spokesman Brigadier Nabil Abdallah;alt=Nabil Abdallah]] in the battle for the Jaili refinery and seized [[70 combat vehicles|other;a=army spokesman Brigadier Nabil Abdallah;alt=Nabil Abdallah]]. "
    "The RSF said in a statement that [[only 40|killed;a=The RSF]] of its men had died and that it had captured [[about 200 soldiers|arrested;a=The RSF]].",
)

F(
    "Sinaloa: governor says cartel war has killed hundreds",
    "Sinaloa's governor told a news conference that [[more than 800 people|killed;a=Sinaloa's governor]] had been killed since the war between the cartel's factions began in {{September 2024}}, and that prosecutors had registered [[about 900|missing;a=prosecutors]] as missing. "
    "Security forces had arrested [[1,100 suspects|arrested;a=Sinaloa's governor]] and seized [[some 1,400 firearms|other;a=Sinaloa's governor]], he said.",
)

F(
    "Ecuador: prisons agency corrects riot toll",
    "The prisons agency said [[31 inmates|killed;a=The prisons agency]] were killed in a riot at the Litoral penitentiary in Guayaquil and [[14|injured;a=The prisons agency]] injured, correcting an earlier toll of {{32}} that it said had counted a body twice. "
    "Police said [[about 900 officers|combatants;a=Police]] had been sent in to retake the prison.",
)

F(
    "Derna: officials differ on death toll",
    "The health minister of the eastern administration told Al Arabiya that [[5,300 bodies|killed;a=The health minister of the eastern administration]] had been counted in Derna. "
    "The city's mayor said the toll could reach [[18,000 to 20,000|killed;a=The city's mayor;p]], given the number of districts washed away. "
    "[[As many as 10,000 people|missing;a=the Red Crescent]] were missing, the Red Crescent said.",
)

F(
    "Noto quake: prime minister says toll passes 200",
    "The prime minister told reporters that the toll had risen to [[202|killed;a=The prime minister]], with [[102 people|missing;a=The prime minister]] still unaccounted for. "
    "[[About 28,000 evacuees|displaced;a=The prime minister]] were in [[some 400 shelters|capacity;a=The prime minister]], he said. "
    "[[Another 1,000 troops|combatants]] are being sent to the peninsula.",
)

F(
    "Morocco quake: interior ministry raises toll",
    "The interior ministry raised the death toll on Tuesday to [[2,946|killed;a=The interior ministry]] from [[2,901|killed;a=The interior ministry]] and said [[5,674 people|injured;a=The interior ministry]] had been injured. "
    "In the Al Haouz province alone, [[about 1,600|killed;a=state television]] died, state television reported, and [[hundreds of villages|other;a=state television]] were cut off.",
)

F(
    "Israel: prime minister presents hostage deal",
    "In a televised address, the prime minister said [[33 hostages|kidnapped;a=the prime minister;p]] would be released in the {{first phase}} of the deal, over {{six weeks}}, in exchange for [[about 1,900 Palestinian prisoners|other;a=the prime minister;p]]. "
    "“We will bring them all home,” he said.",
)

F(
    "Bangladesh rules out taking in more Rohingya",
    "Bangladesh's foreign affairs adviser told reporters that [[about 1.2 million Rohingya|displaced;a=Bangladesh's foreign affairs adviser]] were now sheltering in the country, including [[some 113,000|displaced;a=Bangladesh's foreign affairs adviser]] who had arrived since last year. "
    "He said [[180,000|returned;a=Bangladesh's foreign affairs adviser;p]] of them had been cleared by Myanmar for return, but that none had gone back.",
)

F(
    "Afghan quake: Taliban spokesman gives toll",
    "The Taliban government's spokesman said on X that [[more than 2,200 people|killed;a=The Taliban government's spokesman]] had been killed in the earthquake in Kunar and [[3,640|injured;a=The Taliban government's spokesman]] injured, and that [[between 6,000 and 7,000 houses|housing;a=The Taliban government's spokesman]] were destroyed. "
    "The quake, of {{magnitude 6}}, struck at {{11:47 p.m.}} local time at a depth of {{8 km}}.",
)

F(
    "Nepal floods: home ministry update",
    "A home ministry spokesperson told a news conference in Kathmandu that [[at least 192 people|killed;a=A home ministry spokesperson]] had died in floods and landslides and [[31|missing;a=A home ministry spokesperson]] were missing. "
    "Security forces had rescued [[some 4,500 people|other;a=A home ministry spokesperson]], he said, and [[20,000 police and soldiers|combatants;a=A home ministry spokesperson;n=police and soldiers]] had been deployed.",
)

F(
    "Rio Grande do Sul: governor says half a million displaced",
    "Rio Grande do Sul's governor told reporters that [[more than 580,000 people|displaced;a=Rio Grande do Sul's governor]] had been forced from their homes, [[about 70,000|displaced;a=Rio Grande do Sul's governor]] of them in [[some 800 public shelters|capacity;a=Rio Grande do Sul's governor]]. "
    "The state civil defence confirmed [[172 deaths|killed;a=The state civil defence]], with [[42 people|missing;a=The state civil defence]] still missing.",
)

F(
    "Colombia: soldiers held by residents in Guaviare",
    "The army said [[28 soldiers|kidnapped;a=The army]] were being held by residents in Guaviare after a clash with FARC dissidents in which [[seven dissidents|killed;a=The army]] died. "
    "The defence minister said the dissident group had [[about 600 fighters|combatants;a=The defence minister]] in the region.",
)

F(
    "Kenya floods: minister reports to parliament",
    "The interior minister told parliament that [[more than 210 people|killed;a=The interior minister]] had died in the floods since {{March}} and that [[about 33,000 households|displaced;a=The interior minister]] had been displaced. "
    "[[Some 90 people|missing]] remain missing, and the government has given food to [[about 38,000 households|aid]].",
)

F(
    "Niger: worshippers killed in mosque attack",
    "Gunmen killed [[at least 44 worshippers|killed;a=Niger's interior ministry]] and wounded [[13|injured;a=Niger's interior ministry]] during Friday prayers at a mosque in Fambita, Niger's interior ministry said in a statement read on state television. "
    "It blamed the Islamic State in the Greater Sahara and declared {{three days}} of national mourning.",
)

F(
    "Iraq: suspects arrested, fighters killed in Hamrin mountains",
    "The Joint Operations Command spokesman told a news conference that [[five IS suspects|arrested;a=The Joint Operations Command spokesman]] had been arrested in Anbar and [[two|killed;a=The Joint Operations Command spokesman]] killed in an air strike on a hideout in the Hamrin mountains. "
    "[[About 400 IS fighters|combatants;a=Iraqi intelligence]] still operate in the area, according to Iraqi intelligence.",
)

F(
    "Greek wildfire: villages evacuated, mayor says",
    "The mayor of Marathon told ERT that [[about a dozen villages|other;a=The mayor of Marathon]] had been evacuated overnight and that [[as many as 200 homes|housing;a=The mayor of Marathon]] had burned. "
    "[[More than 700 firefighters|other;a=the fire service]] were fighting the blaze, the fire service said, and a woman was found dead in a factory in Patima.",
)

F(
    "Hurricane Helene: FEMA chief and governor speak",
    "The FEMA administrator told reporters that [[more than 1,500 federal staff|other;a=The FEMA administrator]] had been deployed to North Carolina and that [[about 230 deaths|killed;a=The FEMA administrator]] had been confirmed across the south-east. "
    "The governor said [[about 100 people|missing;a=The governor]] were still unaccounted for in Buncombe County, down from [[several hundred|missing;a=The governor]] earlier in the week.",
)

F(
    "Kenya protests: minister and rights groups differ",
    "The interior minister said police had arrested [[485 people|arrested;a=The interior minister]] during Tuesday's protests and that [[more than 300 police officers|injured;a=The interior minister]] were injured, while [[about 20 police vehicles|other;a=The interior minister]] were burned. "
    "He put the death toll at [[19|killed;a=The interior minister]]. "
    "Rights groups said [[at least 39 protesters|killed;a=Rights groups]] were killed by police.",
)

F(
    "Somalia: drought minister says families still arriving in Baidoa",
    "The minister for humanitarian affairs told a news conference in Baidoa that [[more than 1,000 families a week|displaced;a=The minister for humanitarian affairs]] were arriving from rural areas, and that the town's [[about 500 displacement sites|capacity;a=The minister for humanitarian affairs]] were full. "
    "[[Between 40 and 50 children|killed;a=The minister for humanitarian affairs]] had died of hunger in the sites since {{January}}, he said.",
)

F(
    "Kharkiv: strike on residential area",
    "Kharkiv's mayor said on Telegram that [[at least seven people|killed;a=Kharkiv's mayor]] were killed, including a teenage girl, and [[35|injured;a=Kharkiv's mayor]] wounded when glide bombs hit a residential district. "
    "[[Dozens of apartment buildings|housing]] were damaged.",
)

F(
    "Maputo prison break: police chief gives figures",
    "The police commander general told reporters that [[1,534 prisoners|other;a=The police commander general]] had escaped from Maputo's central prison on Christmas Day, and that [[33|killed;a=The police commander general]] were killed and [[15|injured;a=The police commander general]] injured in clashes with guards. "
    "[[About 150|arrested]] have since been recaptured.",
)

F(
    "West Bank raids: army and prisoners' group give different counts",
    "The army said it had detained [[more than 60 wanted suspects|arrested;a=The army]] in overnight raids across the West Bank, most of them in Hebron. "
    "The Palestinian Prisoners' Society put the number at [[75|arrested;a=The Palestinian Prisoners' Society]], including [[12 children|arrested;a=The Palestinian Prisoners' Society]].",
)

F(
    "Nairobi: curfew announced",
    "The interior minister announced a curfew from {{7 p.m.}} to {{5 a.m.}} for {{30 days}} in the capital's eastern districts, under {{Section 8}} of the Public Order Act. "
    "He said the {{2025}} budget would add {{KSh 2 billion}} for police and that the order would lapse on {{30 June}}.",
)

F(
    "Bangladesh: dengue deaths pass 1,000",
    "Health ministry officials told a briefing in Dhaka that [[more than 1,000 people|killed;a=Health ministry officials]] had died of dengue this year, the most since records began in {{2000}}. "
    "[[About 210,000 patients|other;a=Health ministry officials]] had been admitted to hospital, they said, [[some 2,500|other;a=Health ministry officials]] of them in the past {{24 hours}}.",
)

"""dev46 items: the UN spokesperson's noon briefing in New York and the agencies' press
briefings in Geneva (OCHA, UNHCR, WFP, WHO, IOM, UNICEF, the human rights office), and wire
reports of them ("told reporters in Geneva", "said by video link from Port Sudan").

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). Direct quotes use typographic quotation marks; a quoted sentence with
no reporting clause of its own is read as its own sentence (see README.md).
"""

from figset import F

F(
    "Noon briefing: floods in Borno",
    "At the noon briefing, the Secretary-General's spokesman, Pablo Ferreira, said our humanitarian colleagues estimated that [[more than 400,000 people|civilians;a=our humanitarian colleagues]] had been affected by the floods in Maiduguri. "
    "He said [[at least 37 people|killed;a=the Secretary-General's spokesman;alt=Pablo Ferreira]] had died and that the authorities had opened [[about 30 camps|capacity;a=the Secretary-General's spokesman;alt=Pablo Ferreira]] for those who fled.",
)

F(
    "UNHCR: South Sudanese refugees keep arriving in Uganda",
    "Speaking to reporters in Geneva, UNHCR spokesperson Olga Ferris said [[some 25,000 refugees|displaced;a=UNHCR spokesperson Olga Ferris;alt=Olga Ferris]] had crossed from South Sudan into Uganda in {{two weeks}}, bringing the total there to [[more than 1.8 million|displaced;a=UNHCR spokesperson Olga Ferris;alt=Olga Ferris]]. "
    "“We are seeing [[up to 800 arrivals a day|displaced;a=UNHCR spokesperson Olga Ferris;alt=Olga Ferris]] at Elegu, where the transit centre was built for [[1,000|capacity;a=UNHCR spokesperson Olga Ferris;alt=Olga Ferris]],” she said.",
)

F(
    "WFP: reaching millions in Sudan, but not enough",
    "Laurent Bisset, WFP's country director for Sudan, told the Geneva briefing by video link from Port Sudan that the agency had reached [[about 4 million people|aid;a=Laurent Bisset]] in {{April}}. "
    "He said WFP planned to scale up to [[7 million people a month|aid;a=WFP;p]] by the lean season, if funding allowed.",
)

F(
    "OCHA: trucks wait at Rafah crossing",
    "OCHA spokesperson Clara Hoffmann told reporters in Geneva that [[more than 500 aid trucks|aid;a=OCHA spokesperson Clara Hoffmann;alt=Clara Hoffmann]] were waiting on the Egyptian side of the border. "
    "“Yesterday [[only 41|aid;a=OCHA spokesperson Clara Hoffmann;alt=Clara Hoffmann;u=other;n=-]] got through,” she said, adding that [[some 2.1 million people|civilians;a=OCHA spokesperson Clara Hoffmann;alt=Clara Hoffmann]] in Gaza depended on aid.",
)

F(
    "WHO: mpox cases climb in Congo",
    "WHO's regional emergency director said [[more than 14,000 suspected mpox cases|other;a=WHO's regional emergency director]] and [[524 deaths|killed;a=WHO's regional emergency director]] had been reported in Congo this year. "
    "[[About 265,000 vaccine doses|aid;a=WHO's regional emergency director]] had arrived in Kinshasa, he said, and [[up to 3 million more doses|aid;a=WHO's regional emergency director;p]] were expected from Japan.",
)

F(
    "UNICEF: children killed in Sudan's Kordofan",
    "UNICEF spokesman Tobias Renner told reporters in Geneva that [[more than 50 children|killed;a=UNICEF spokesman Tobias Renner;alt=Tobias Renner]] had been killed in attacks in North Kordofan in {{five days}}. "
    "He said armed groups had recruited [[1,500 to 2,000 children|combatants;a=UNICEF spokesman Tobias Renner;alt=Tobias Renner]] across Sudan since the war began.",
)

F(
    "IOM: migrants missing after boat capsizes off Djibouti",
    "IOM spokesperson Amina Dirie said [[at least 72 migrants|missing;a=IOM spokesperson Amina Dirie;alt=Amina Dirie]] were missing after their boat capsized off Djibouti on Monday night. "
    "[[Thirty-seven survivors|other;a=IOM spokesperson Amina Dirie;alt=Amina Dirie]] were rescued and [[16 bodies|killed;a=IOM spokesperson Amina Dirie;alt=Amina Dirie]] recovered, she told the Geneva briefing.",
)

F(
    "UN rights office: protest crackdown in Mozambique",
    "A spokesperson for the UN human rights office told reporters that [[at least 50 protesters|killed;a=A spokesperson for the UN human rights office]] had been killed by security forces in Mozambique since the October election, and that [[more than 3,000 people|arrested;a=A spokesperson for the UN human rights office]] had been detained, including [[hundreds of minors|arrested;a=A spokesperson for the UN human rights office]].",
)

F(
    "Chad: UN and government give different counts of new arrivals",
    "UNHCR said [[about 20,000 refugees|displaced;a=UNHCR]] had crossed from Darfur into eastern Chad over the past week. "
    "Chad's government puts the figure at [[35,000|displaced;a=Chad's government]], a spokesperson for the prefecture of Ouaddai told reporters by phone.",
)

F(
    "Noon briefing: peacekeepers shelter civilians in Bunia",
    "The spokesman said the UN mission in the Democratic Republic of the Congo was sheltering [[about 2,000 civilians|displaced;a=The spokesman]] at its base in Bunia after militia attacks on nearby villages. "
    "[[Eleven|killed]] were killed in one of them, Drodro, on Sunday night.",
)

F(
    "Noon briefing: fighting empties Mirebalais",
    "“IOM tells us that [[some 6,000 people|displaced;a=IOM]] fled Mirebalais after gangs stormed the town,” the deputy spokesperson said at the noon briefing. "
    "She added that [[more than 500 inmates|other;a=the deputy spokesperson]] had escaped from the local prison.",
)

F(
    "Sudan: cholera spreads in camps, WHO says",
    "WHO spokesperson Christian Lund told the Geneva briefing that the number of suspected cholera cases in Tawila had risen to [[more than 1,100|other;a=WHO spokesperson Christian Lund;alt=Christian Lund;u=other]], with [[about 60 new cases a day|other;a=WHO spokesperson Christian Lund;alt=Christian Lund]]. "
    "He said the health ministry had reported [[23 deaths|killed;a=the health ministry]].",
)

F(
    "WFP: Gaza trucks fall far short",
    "“We need [[at least 500 trucks a day|aid;a=WFP's deputy executive director;p]] to turn this around,” WFP's deputy executive director said, speaking from Amman. "
    "She said [[about 470,000 people|civilians;a=WFP's deputy executive director]] in Gaza faced catastrophic hunger and that WFP bakeries were producing [[some 100,000 bundles of bread|aid;a=WFP's deputy executive director;n=bundles]] a day.",
)

F(
    "Myanmar quake: OCHA gives latest toll",
    "OCHA said [[more than 3,700 people|killed;a=the military authorities]] had been killed and [[about 5,100|injured;a=the military authorities]] injured in the earthquake, citing the military authorities. "
    "An OCHA spokesperson told reporters that [[up to 200,000 people|displaced;a=An OCHA spokesperson]] were sleeping outside because of aftershocks, one of them of {{magnitude 6.7}}.",
)

F(
    "WHO: hospitals out of service in Gaza",
    "The WHO representative for the occupied Palestinian territory said by video link that [[19 hospitals|other;a=The WHO representative for the occupied Palestinian territory]] were out of service and the rest only partly working. "
    "WHO had evacuated [[about 5,000 patients|displaced;a=The WHO representative for the occupied Palestinian territory]] abroad since the war began, he said, but [[some 12,000|displaced;a=The WHO representative for the occupied Palestinian territory;p]] still needed to be evacuated.",
)

F(
    "UNHCR: hundreds of thousands cross from Lebanon to Syria",
    "UNHCR's representative in Syria told reporters in Geneva that [[more than 400,000 people|displaced;a=UNHCR's representative in Syria]] had crossed from Lebanon into Syria in {{three weeks}}, {{about 60 per cent}} of them Syrians. "
    "Syrian authorities had counted [[at least 80,000 Lebanese|displaced;a=Syrian authorities]] among them, she said.",
)

F(
    "IOM: record deportations from Dominican Republic",
    "IOM's chief of mission in Haiti said [[more than 200,000 Haitians|returned;a=IOM's chief of mission in Haiti]] had been deported from the Dominican Republic this year, [[about 9,000|returned;a=IOM's chief of mission in Haiti]] of them unaccompanied children. "
    "The agency expects [[as many as 300,000|returned;a=The agency;alt=IOM;p]] by the end of the year.",
)

F(
    "Cyclone Chido: OCHA lists damage in northern Mozambique",
    "Briefing reporters, an OCHA spokesperson said Cyclone Chido had killed [[at least 120 people|killed;a=an OCHA spokesperson]] in Mozambique and injured [[about 870|injured;a=an OCHA spokesperson]], with winds of up to {{260 km/h}}. "
    "[[More than 150,000 homes|housing;a=the national disaster institute]] were damaged or destroyed, according to the national disaster institute.",
)

F(
    "Noon briefing: convoy reaches Kadugli",
    "The spokesman told reporters that a convoy of [[28 trucks|aid;a=The spokesman]] carrying [[about 700 tonnes|aid;a=The spokesman]] of food had reached Kadugli in South Kordofan, the {{first}} in {{more than a year}}. "
    "It is enough to feed [[some 60,000 people|aid;p]] for {{a month}}.",
)

F(
    "UNHCR: Rohingya sea crossings deadliest in years",
    "UNHCR spokesperson Babar Khan told the Geneva briefing that [[more than 4,500 Rohingya|displaced;a=UNHCR spokesperson Babar Khan;alt=Babar Khan]] had attempted the crossing of the Andaman Sea and the Bay of Bengal last year. "
    "[[At least 380|killed;a=UNHCR spokesperson Babar Khan;alt=Babar Khan]] died and [[some 190 others|missing;a=UNHCR spokesperson Babar Khan;alt=Babar Khan]] went missing, he said.",
)

F(
    "WFP: Afghanistan cuts leave millions without food",
    "WFP's country director in Afghanistan said [[about 9.5 million people|civilians;a=WFP's country director in Afghanistan]] faced acute hunger but that funding cuts meant the agency could help [[only 1 million a month|aid;a=WFP's country director in Afghanistan;p]] from {{April}}. "
    "Last winter it had reached [[5.6 million|aid]].",
)

F(
    "Noon briefing: drought displaces Somalis",
    "Our humanitarian colleagues say [[some 1.2 million people|displaced;a=Our humanitarian colleagues]] have been displaced by drought in Somalia since {{January}}, the spokeswoman said. "
    "She said the UN had released {{$15 million}} from its emergency fund to help [[about 450,000 people|aid;a=the spokeswoman;p]] in the hardest-hit districts.",
)

F(
    "UN rights office on killings on Syria's coast",
    "The UN human rights office said it had documented the killing of [[at least 111 civilians|killed;a=The UN human rights office]] in coastal Syria. "
    "The office's spokesperson, Lena Haddad, told reporters the real toll was likely much higher and that [[at least 20 children|killed;a=Lena Haddad;alt=The office's spokesperson]] were among the dead.",
)

F(
    "UNICEF: schoolchildren abducted in Nigeria since Chibok",
    "UNICEF's representative in Nigeria said [[more than 1,680 children|kidnapped;a=UNICEF's representative in Nigeria]] had been abducted from schools since the Chibok kidnapping in {{2014}}. "
    "He said [[about 10,000 schools|other;a=UNICEF's representative in Nigeria]] had closed because of insecurity.",
)

F(
    "Venezuelans abroad: UNHCR and IOM update",
    "The joint special representative of UNHCR and IOM told reporters that [[7.9 million Venezuelan refugees and migrants|displaced;a=The joint special representative of UNHCR and IOM;n=refugees and migrants]] were now living abroad, [[6.7 million|displaced;a=The joint special representative of UNHCR and IOM]] of them in Latin America and the Caribbean. "
    "Colombia alone hosts [[about 2.8 million|displaced]].",
)

F(
    "IOM: returns in Ukraine outpace new displacement",
    "IOM said [[about 3.7 million people|displaced;a=IOM]] remained internally displaced in Ukraine, down from [[5.1 million|displaced;a=IOM]] at the end of {{2023}}. "
    "[[Some 4.6 million|returned;a=an IOM official]] had returned to their home areas, an IOM official told the briefing.",
)

F(
    "Noon briefing: peacekeeper killed in CAR",
    "The spokesman said [[one peacekeeper|killed;a=The spokesman]] from Zambia was killed and [[two others|injured;a=The spokesman]] injured when their patrol was ambushed near Sam Ouandja on Tuesday. "
    "He said the attack was the {{third}} on peacekeepers in the area in {{a month}}.",
)

F(
    "Noon briefing: the week ahead",
    "The Secretary-General will travel to Addis Ababa on {{14 February}} for the {{38th}} African Union summit, the spokesman said. "
    "The {{2025}} global humanitarian appeal of {{$47.4 billion}} is only {{6 per cent}} funded, and he will meet donors at {{10 a.m.}} on {{17 February}}.",
)

F(
    "UNHCR: thousands cross from Congo into Burundi",
    "UNHCR said [[up to 9,000 people|displaced;a=UNHCR]] crossed the Rusizi river from Congo into Burundi in {{a single day}} last week, many of them wading across. "
    "[[Some 40,000|displaced;a=a UNHCR official]] were now at a stadium in Rugombo that was meant for [[about 5,000|capacity;a=a UNHCR official]], a UNHCR official said.",
)

F(
    "UNFPA: pregnant women in Gaza",
    "UNFPA's regional director told reporters that [[about 50,000 pregnant women|civilians;a=UNFPA's regional director]] were in Gaza, and that [[some 180 women|other;a=UNFPA's regional director]] gave birth each day without proper care. "
    "[[About 1.9 million people|displaced]] are displaced in the enclave.",
)

F(
    "OCHA: Burkina Faso displacement figures no longer updated",
    "OCHA's head of office in Ouagadougou said the government had last counted [[more than 2 million displaced people|displaced;a=the government]], in {{March 2023}}. "
    "[[Some 40 towns|other;a=OCHA's head of office in Ouagadougou]] were under blockade and supplied only by air, he said, with [[about 1 million people|civilians;a=OCHA's head of office in Ouagadougou]] living in them.",
)

F(
    "UN rights chief on detentions in Belarus",
    "The UN human rights chief told the Human Rights Council that [[about 1,300 political prisoners|arrested;a=the rights group Viasna;alt=Viasna]] were held in Belarus, according to the rights group Viasna. "
    "He said [[at least seven|killed;a=The UN human rights chief]] had died in custody since {{2021}}.",
)

F(
    "WHO: Ebola outbreak in Kasai",
    "WHO said Congo had confirmed [[28 Ebola cases|other;a=WHO]] and [[15 deaths|killed;a=WHO]] in Kasai province, [[four|killed;a=WHO]] of them health workers. "
    "A WHO spokesperson said [[about 900 contacts|other;a=A WHO spokesperson]] were being followed and that [[2,000 vaccine doses|aid;a=A WHO spokesperson]] had been flown to Tshikapa.",
)

"""dev34 articles: the Middle East and Afghanistan."""

from figset import F

F(
    "Strike on tents in Mawasi kills 25, Gaza officials say",
    "GAZA (Reuters) - An Israeli air strike on tents housing displaced families in the Mawasi area west of Khan Younis killed [[at least 19 people|killed;a=the civil defence agency]] before dawn on Tuesday, the civil defence agency said. "
    "[[Eleven|killed;a=agency spokesman Mahmoud Basal;alt=Mahmoud Basal]] of the dead were children, agency spokesman Mahmoud Basal said.\n\n"
    "Later in the day, the Gaza Health Ministry raised the toll to [[25|killed;a=the Gaza Health Ministry]] and said [[more than 60 people|injured;a=the Gaza Health Ministry]] had been wounded.\n\n"
    "The Israeli military said it had struck a Hamas commander and that it took steps to reduce harm to civilians. "
    "It did not give a name.\n\n"
    "“They told us this was the safe zone, so we came here,” said Umm Mohammed al-Najjar, whose tent stood a few metres from the crater. "
    "“Now there is nowhere left to go.”\n\n"
    "The UN estimates that [[about 1.9 million people|displaced;a=The UN]], or {{90 percent}} of Gaza's population, have been displaced, many of them several times. "
    "[[More than 1 million|displaced]] are now crowded into the Mawasi area.\n\n"
    "The war began when Hamas-led gunmen attacked southern Israel on {{October 7, 2023}}, killing [[about 1,200 people|killed;a=Israeli tallies]] and taking [[251 hostages|kidnapped;a=Israeli tallies]], according to Israeli tallies. "
    "Israel's offensive has since killed [[more than 40,000 Palestinians|killed;a=the Gaza Health Ministry]], according to the Gaza Health Ministry.",
)

F(
    "Aid trucks trickle into Gaza as UN warns of famine",
    "GENEVA/CAIRO - Only [[87 aid trucks|aid;a=the UN Office for the Coordination of Humanitarian Affairs]] entered Gaza through the Kerem Shalom crossing on Sunday, the UN Office for the Coordination of Humanitarian Affairs said, far below the [[500 trucks a day|aid;p;a=the UN Office for the Coordination of Humanitarian Affairs]] it says are needed.\n\n"
    "A report by the Integrated Food Security Phase Classification said [[about 500,000 people|civilians;a=A report by the Integrated Food Security Phase Classification]] faced catastrophic hunger and that famine was under way in Gaza City. "
    "The Health Ministry said [[27 children|killed;a=The Health Ministry]] had died of malnutrition in {{two weeks}}.\n\n"
    "The World Food Programme said it had delivered [[1.2 million meals|aid;a=The World Food Programme]] last week through community kitchens, but that [[17 of its bakeries|other;u=structure;n=bakeries;a=The World Food Programme]] had shut for lack of flour. "
    "Jordan and the United Arab Emirates carried out [[six airdrops|aid]] over the north.\n\n"
    "Near the Zikim crossing, Israeli fire killed [[at least 31 people|killed;a=the civil defence agency]] waiting for aid trucks on Saturday, the civil defence agency said. "
    "The Israeli army said soldiers had fired warning shots at a crowd that approached them.\n\n"
    "“We wait {{eight hours}} for one bag of flour, and often we go home with nothing,” said Rami Abu Taha, {{41}}, a {{father of five}} in Deir al-Balah.\n\n"
    "Israel says it does not limit aid and blames the UN for failing to distribute what is waiting at the crossings, where it says [[about 900 truckloads|aid;u=other;a=Israel]] are ready for collection.",
    ["one bag"],
)

F(
    "Israeli raid on Jenin camp kills 12",
    "JENIN, West Bank (AFP) - Israeli forces killed [[12 Palestinians|killed;a=the Palestinian Health Ministry]] in a raid on the Jenin refugee camp that began on Monday with drone strikes and bulldozers, the Palestinian Health Ministry said on Wednesday. "
    "It said [[more than 100 people|injured;a=the Palestinian Health Ministry]] were wounded, [[20|injured;a=the Palestinian Health Ministry]] of them seriously.\n\n"
    "The Israeli military said it had killed [[nine militants|killed;a=The Israeli military]] and arrested [[30 suspects|arrested;a=The Israeli military]]. "
    "[[One|killed;a=The Israeli military]] of its soldiers was killed by a roadside bomb, it said.\n\n"
    "The UN agency for Palestinian refugees, UNRWA, said [[about 3,000 people|displaced;a=The UN agency for Palestinian refugees, UNRWA;alt=UNRWA]] had left the camp, which is home to [[about 14,000 refugees|displaced;a=The UN agency for Palestinian refugees, UNRWA;alt=UNRWA]]. "
    "Bulldozers tore up roads and water pipes, and [[at least 40 homes|housing]] were damaged or destroyed, residents and local officials said.\n\n"
    "“We left with the clothes we had on,” said Samah Abu Srour, who spent the night with her children in a mosque in Jenin town.\n\n"
    "Since {{October 2023}}, Israeli troops and settlers have killed [[more than 700 Palestinians|killed;a=the UN]] in the West Bank, according to the UN. "
    "Attacks by Palestinians have killed [[about 30 Israelis|killed]] there over the same period.",
)

F(
    "Displaced Lebanese head south as ceasefire holds",
    "BEIRUT - Cars piled with mattresses jammed the coastal highway south of Beirut on Wednesday as [[tens of thousands of people|returned]] headed back to their villages, hours after a ceasefire between Israel and Hezbollah took effect at {{4 a.m.}}\n\n"
    "The government said [[more than 1.2 million people|displaced;a=The government]] had fled their homes during {{two months}} of Israeli bombardment. "
    "[[About 190,000|displaced;a=the disaster management unit]] were still staying in [[1,100 collective shelters|capacity;a=the disaster management unit]], most of them schools, according to the disaster management unit.\n\n"
    "The Lebanese army said it would deploy [[5,000 soldiers|combatants;p;a=The Lebanese army]] in the south. "
    "It urged residents not to approach villages near the border, where Israeli troops remain.\n\n"
    "In Nabatieh, Hussein Fakih found his building flattened. "
    "“There are [[eight apartments|housing;a=Hussein Fakih]] here and not one is standing,” he said.\n\n"
    "The National Council for Scientific Research estimates that [[more than 40,000 housing units|housing;a=The National Council for Scientific Research]] were destroyed or damaged. "
    "[[About 500,000 people|displaced;a=Lebanon's General Security]], most of them Syrians, crossed into Syria during the war, according to Lebanon's General Security.\n\n"
    "The Health Ministry says [[more than 3,800 people|killed;a=The Health Ministry]] have been killed in Lebanon since {{October 2023}}. "
    "The Israeli military says it killed [[more than 2,500 Hezbollah fighters|killed;a=The Israeli military]].",
)

F(
    "More than a million Syrians go home, UNHCR says",
    "DAMASCUS - [[More than 1 million Syrian refugees|returned;a=the UN refugee agency]] have gone home from neighbouring countries since the fall of Bashar al-Assad in {{December 2024}}, the UN refugee agency said on Tuesday. "
    "[[About 1.8 million people|returned;a=the UN refugee agency]] displaced inside Syria have also returned to their areas of origin, it said.\n\n"
    "Most returnees came from Lebanon and Turkey; Turkish officials say [[about 300,000|returned;a=Turkish officials]] crossed back from Turkey alone. "
    "At the Jdeidet Yabous crossing from Lebanon, officials counted [[about 2,000 people a day|returned;a=officials]] in recent weeks.\n\n"
    "“Our house in Homs has no windows and no doors, but it is ours,” said Abu Khaled, {{63}}, who came back from Tripoli with his wife and [[four grandchildren|returned;a=Abu Khaled]].\n\n"
    "The agency warned that many returnees find their homes destroyed. "
    "The World Bank estimates that [[about 328,000 homes|housing;a=The World Bank]] were destroyed or badly damaged during the war, and the new government says it plans to rebuild [[50,000 housing units|housing;p;a=the new government]] by the end of {{2026}}.\n\n"
    "[[About 1.5 million people|displaced]] still live in camps in the north-west, and [[more than 4.5 million Syrians|displaced;a=UNHCR]] remain refugees abroad, UNHCR says. "
    "Each returning family gets {{$100}} per person from the agency.",
)

F(
    "Floods tear through camps in Marib",
    "MARIB, Yemen - Flash floods after a night of heavy rain swept through displacement camps around Marib city, killing [[eight people|killed;a=the International Organization for Migration]], [[three|killed;a=the International Organization for Migration]] of them children, the International Organization for Migration said on Monday.\n\n"
    "The agency said [[about 12,000 households|civilians;a=The agency;alt=the International Organization for Migration]] had been affected in [[120 displacement sites|capacity;a=The agency;alt=the International Organization for Migration]], and that [[more than 3,400 shelters|housing;a=The agency;alt=the International Organization for Migration]] were destroyed or damaged.\n\n"
    "“The water came into the tent up to my knees, and we carried the children onto the roof of the school,” said Amat al-Rahman, who fled to Marib from Sanaa {{six years}} ago.\n\n"
    "The Executive Unit for Displaced Persons, a government body, said it had distributed [[5,000 emergency kits|aid;a=The Executive Unit for Displaced Persons]] of blankets, tarpaulins and cooking sets, and that [[1,900 families|displaced;a=The Executive Unit for Displaced Persons]] had been moved to higher ground.\n\n"
    "Marib hosts [[more than 1 million displaced people|displaced;a=local authorities]], according to local authorities, most of whom fled fighting between the government and the Houthis. "
    "Across Yemen, [[about 4.5 million people|displaced;a=UN figures]] are displaced, according to UN figures, and the UN's appeal for this year is {{less than a quarter}} funded.",
)

F(
    "Yazidi families leave Duhok camps for Sinjar",
    "DUHOK, Iraq - [[About 350 Yazidi families|returned;a=the Iraqi migration ministry]] left camps in the Kurdistan region this week to return to Sinjar, the Iraqi migration ministry said, as Baghdad pushes to close the camps before the end of the year.\n\n"
    "The ministry said [[more than 9,000 families|returned;a=The ministry;alt=the Iraqi migration ministry]] had gone back to Sinjar since {{January}}, each receiving a grant of {{4 million dinars}}. "
    "It plans to close [[all 15 remaining camps|capacity;a=the Iraqi migration ministry]] in Duhok, which house [[about 110,000 people|displaced;a=the Iraqi migration ministry]].\n\n"
    "Many families say Sinjar is not ready. "
    "“Our village has no school, no clinic and the water comes {{once a week}},” said Khalil Murad, {{45}}, packing a truck outside Sharya camp.\n\n"
    "Islamic State fighters overran Sinjar in {{August 2014}}, killing [[thousands of Yazidi men|killed]] and taking [[more than 6,400 women and children|kidnapped;n=women and children;a=the Kurdistan regional government's office for rescued Yazidis]] captive, according to the Kurdistan regional government's office for rescued Yazidis. "
    "[[About 3,600|kidnapped;a=the office;alt=the Kurdistan regional government's office for rescued Yazidis]] have been freed or escaped, and [[about 2,600|missing;a=the office;alt=the Kurdistan regional government's office for rescued Yazidis]] are still missing, the office says.",
)

F(
    "Quake in western Turkey kills one, topples 16 buildings",
    "ISTANBUL - A magnitude {{6.1}} earthquake struck Sındırgı in Balıkesir province on Sunday evening, killing [[one person|killed;a=the disaster agency AFAD;alt=AFAD]] and injuring [[29|injured;a=the disaster agency AFAD;alt=AFAD]], the disaster agency AFAD said.\n\n"
    "Interior Minister Ali Yerlikaya said [[16 buildings|housing;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] had collapsed, most of them already empty after an earlier quake in {{August}}. "
    "Rescuers pulled [[four people|other]] alive from a collapsed three-storey building in the town centre; an {{81-year-old}} woman died in hospital.\n\n"
    "AFAD said it had sent [[more than 2,000 personnel|other;a=AFAD]] to the area and set up [[1,200 tents|aid;a=AFAD]] in parks and school yards. "
    "[[Thousands of residents|displaced]] spent the night outside, afraid to go back indoors as aftershocks shook the region.\n\n"
    "The quake was felt in Istanbul, {{about 200 km}} to the north, and in Izmir.\n\n"
    "In {{February 2023}}, two earthquakes in south-eastern Turkey killed [[more than 53,000 people|killed]] in the country and destroyed or badly damaged [[about 300,000 buildings|housing]].",
    ["three-storey"],
)

F(
    "Afghans pour across the border from Iran",
    "ISLAM QALA, Afghanistan - [[More than 30,000 people a day|returned;a=the International Organization for Migration]] are crossing from Iran into Afghanistan at Islam Qala, the International Organization for Migration said on Friday, as Tehran presses ahead with mass deportations.\n\n"
    "The agency said [[about 1.4 million Afghans|returned;a=The agency;alt=the International Organization for Migration]] had returned or been sent back from Iran since {{January}}, and [[more than 500,000|returned;a=The agency;alt=the International Organization for Migration]] from Pakistan. "
    "Among those crossing at Islam Qala in June were [[6,000 unaccompanied children|returned;a=the UN children's agency]], according to the UN children's agency.\n\n"
    "“The police took me from my work at night and put me on a bus,” said Sayed Rahimi, {{27}}, who had worked on building sites in Isfahan for {{eight years}}. "
    "“I could not even call my wife.”\n\n"
    "Rights groups say Iranian police have detained [[tens of thousands of Afghans|arrested;a=Rights groups]] in recent weeks. "
    "The reception centre at Islam Qala was built for [[7,000 people|capacity]], aid workers said, and families now sleep in the open in temperatures above {{40 C}}.\n\n"
    "The Taliban administration said it had sent [[120 buses|other;a=The Taliban administration]] to take returnees to their home provinces.",
)

F(
    "Herat earthquake toll climbs as villages are dug out",
    "HERAT, Afghanistan - The death toll from Saturday's earthquakes in western Afghanistan has risen to [[1,480|killed;a=Mullah Janan Sayeq, a spokesman for the disaster ministry;alt=Mullah Janan Sayeq]], Mullah Janan Sayeq, a spokesman for the disaster ministry, said on Monday. "
    "On Sunday the Taliban administration had given a toll of [[more than 2,000|killed;a=the Taliban administration]], a figure it later revised.\n\n"
    "Sayeq said [[about 1,950 people|injured;a=Sayeq;alt=Mullah Janan Sayeq]] were hurt and [[more than 2,000 houses|housing;a=Sayeq;alt=Mullah Janan Sayeq]] destroyed in [[20 villages|other;a=Sayeq;alt=Mullah Janan Sayeq]] of Zinda Jan district.\n\n"
    "The quakes, of magnitude {{6.3}}, struck {{30 km}} north-west of Herat city in the late morning, when many men were out in the fields and women and children were at home. "
    "The UN children's agency said {{more than 90 percent}} of the dead were women and children.\n\n"
    "“In my village of [[300 houses|housing;a=Abdul Ghafoor]], none is left,” said Abdul Ghafoor, digging with his hands beside a mound of mud brick.\n\n"
    "Aid groups handed out [[600 tents|aid]] on Sunday, and the World Food Programme said it had delivered food for [[4,000 people|aid;a=the World Food Programme]]. "
    "[[Hundreds of families|displaced]] spent the night in the open near Herat's hospital, afraid of aftershocks.",
)

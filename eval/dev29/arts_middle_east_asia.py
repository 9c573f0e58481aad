"""dev29 articles: the Middle East and Asia.

Marks: [[span|category;a=source;...]] is a figure, {{span}} a negative (eval/figset/marks.py).
"""

from figset import F

# ---------------------------------------------------------------- Middle East

F(
    "Khan Younis: new evacuation order uproots families again",
    "GAZA (Reuters) - The Israeli military ordered residents of several eastern neighbourhoods of Khan Younis to leave on Monday, the latest in a series of evacuation orders that the UN says have uprooted most of Gaza's population at least once.\n\n"
    "The UN agency for Palestinian refugees, UNRWA, said [[about 150,000 people|civilians;a=The UN agency for Palestinian refugees, UNRWA;alt=UNRWA]] lived in the area covered by the order, and that [[at least 30,000|displaced;a=UNRWA]] had already left by nightfall, heading west toward the coastal strip of al-Mawasi. "
    "“People are moving for the fifth or sixth time,” said Louise Wateridge, an UNRWA spokesperson.\n\n"
    "The military said the order was needed because militants had fired [[20 rockets|other;a=The military;alt=The Israeli military]] from the area in the previous {{24 hours}}. "
    "It said it had struck [[more than 40 targets|other;u=other;a=The military;alt=The Israeli military]] in Khan Younis overnight.\n\n"
    "Gaza's health ministry said [[at least 17 people|killed;a=Gaza's health ministry]] were killed in Khan Younis on Monday, including [[five children|killed;a=Gaza's health ministry]], and that [[more than 60|injured;a=Gaza's health ministry]] were wounded. "
    "Later in the day the ministry raised the toll to [[24|killed;a=the ministry;alt=Gaza's health ministry]].\n\n"
    "Al-Mawasi, designated by Israel as a humanitarian zone, was already hosting [[more than 1 million displaced people|displaced;a=aid groups]] in tents and makeshift shelters, aid groups said. "
    "UNRWA said only [[11|other;u=structure;a=UNRWA]] of its [[24 health centres|other;a=UNRWA]] in Gaza were still working, and that its [[38 shelters|capacity;a=UNRWA]] in the south were full.\n\n"
    "Across the Gaza Strip, the UN estimates [[about 1.9 million people|displaced;a=the UN]], or {{90 percent}} of the population, have been displaced since {{October 2023}}.",
    ["fifth or sixth time", "24 hours"],
)

F(
    "Jenin camp operation leaves thousands unable to return",
    "JENIN, West Bank - {{Three weeks}} after Israeli forces began an operation in the Jenin refugee camp, most of its [[roughly 20,000 residents|civilians;a=the camp's services committee]] remain unable to return, the camp's services committee said on Wednesday.\n\n"
    "The Palestinian Authority's governor of Jenin said [[about 3,200 families|displaced;a=The Palestinian Authority's governor of Jenin]] from the camp were now staying with relatives, in rented flats or in [[six public buildings|capacity;a=The Palestinian Authority's governor of Jenin]] in the city and surrounding villages, including the Arab American University's dormitories.\n\n"
    "The Israeli military said the operation, which it calls Iron Wall, had killed [[about 50 militants|killed;a=The Israeli military]] and led to the arrest of [[more than 120 wanted suspects|arrested;a=The Israeli military]]. "
    "It said troops had demolished [[23 buildings|housing;a=The Israeli military]] used by armed groups.\n\n"
    "The Palestinian health ministry said [[27 Palestinians|killed;a=The Palestinian health ministry]] had been killed in Jenin and its camp since the operation began, among them a {{16-year-old}} boy.\n\n"
    "The UN said bulldozers had destroyed roads and water networks inside the camp, and that [[at least 100 homes|housing;a=The UN]] had been demolished or made uninhabitable.\n\n"
    "In nearby Tulkarem, where a similar operation began a week later, UNRWA said [[about 9,000 people|displaced;a=UNRWA]] had fled the Nur Shams and Tulkarem camps. "
    "Ahmad Zubeidi, a resident of the Jenin camp, said soldiers had allowed him back for {{15 minutes}} to collect clothes. "
    "“Our street no longer exists,” he said. "
    "The Palestinian Red Crescent said its teams had delivered [[2,400 food parcels|aid;a=The Palestinian Red Crescent]] to displaced families in the city since the start of the operation.",
)

F(
    "Lebanon: displaced stream south as ceasefire takes hold",
    "BEIRUT (AP) - Cars piled with mattresses jammed the coastal highway south of Beirut on Wednesday as displaced families headed home hours after a ceasefire between Israel and Hezbollah took effect at {{4 a.m.}}\n\n"
    "Lebanon's disaster risk management unit said [[more than 1.2 million people|displaced;a=Lebanon's disaster risk management unit]] had been forced from their homes during the {{two months}} of full-scale war. "
    "By the evening, [[tens of thousands|returned;a=the Lebanese army]] had crossed the Litani river heading south, according to the Lebanese army, although the army urged people not to approach villages along the border.\n\n"
    "The Israeli military warned residents of [[more than 60 villages|other;a=The Israeli military]] in southern Lebanon not to return yet, saying its troops remained in the area.\n\n"
    "Collective shelters in Beirut, Mount Lebanon and the north were emptying fast. "
    "The government had opened [[1,170 shelters|capacity;a=the social affairs ministry]] in schools and public buildings, which at their peak housed [[about 190,000 people|displaced;a=the social affairs ministry]], according to the social affairs ministry. "
    "On Wednesday afternoon only [[400|capacity;u=structure;a=the social affairs ministry]] were still in use, it said.\n\n"
    "Across the border in Syria, Syrian authorities said [[about 5,000 people|returned;a=Syrian authorities]] crossed back into Lebanon at the Jdeidet Yabous and Masnaa crossings on Wednesday. "
    "[[More than 550,000 people|displaced;a=the UN refugee agency]], most of them Syrians, had fled Lebanon into Syria since late September, the UN refugee agency said.\n\n"
    "Lebanon's health ministry said [[3,823 people|killed;a=Lebanon's health ministry]] had been killed and [[15,859|injured;a=Lebanon's health ministry]] wounded in Israeli strikes since {{October 2023}}. "
    "Israel says [[more than 70 soldiers and civilians|killed;n=soldiers and civilians;a=Israel]] were killed on its side in the same period.",
)

F(
    "Syria: UNHCR counts returns from Turkey after Assad's fall",
    "GENEVA - [[About 125,000 Syrian refugees|returned;a=the UN refugee agency UNHCR;alt=UNHCR]] have gone back to Syria from neighbouring countries in the {{three months}} since the fall of Bashar al-Assad in {{December 2024}}, the UN refugee agency UNHCR said on Tuesday.\n\n"
    "Most came from Turkey and Lebanon. "
    "Turkey's interior minister said [[81,576 Syrians|returned;a=Turkey's interior minister]] had crossed back through its border gates by the end of February, and that the government was preparing to open a {{fourth}} crossing to cope with the numbers.\n\n"
    "UNHCR said [[more than 1 million|returned;p;a=UNHCR]] could return this year if conditions allowed, and an intention survey it published in January found that {{27 percent}} of refugees in the region hoped to go back within {{12 months}}.\n\n"
    "Inside Syria, the agency said [[about 880,000 internally displaced people|returned;a=the agency;alt=UNHCR]] had gone back to their areas of origin since December, many from camps in the northwest. "
    "But it warned that [[some 7 million Syrians|displaced;a=UNHCR]] were still displaced within the country.\n\n"
    "“The houses are gone, but the land is ours,” said Abu Khaled, {{62}}, who returned from Gaziantep to his village near Maarat al-Numan, where he said only [[three houses|housing;a=Abu Khaled]] out of [[about 400|housing;u=structure;a=Abu Khaled]] were still standing.\n\n"
    "Aid agencies say they can give returnees little help. "
    "The World Food Programme said it had cut the number of people it feeds in Syria to [[about 1.5 million|aid;a=The World Food Programme]] from [[5.5 million|aid;a=The World Food Programme]] last year because of lack of funds.",
)

F(
    "Yemen: Marib sites brace for winter after new fighting",
    "MARIB, Yemen - Renewed clashes between government forces and the Houthis on the southern front of Marib have displaced [[about 1,800 families|displaced;a=the Executive Unit for IDP Camps]] since the start of the month, the Executive Unit for IDP Camps, a government body, said on Sunday.\n\n"
    "The unit said the families had moved to sites in al-Jufainah and al-Sowaida, which already host [[more than 11,000 households|displaced;a=The unit;alt=the Executive Unit for IDP Camps]]. "
    "Marib province, a city of [[about 40,000 people|civilians;a=the International Organization for Migration]] before the war, now has [[197 displacement sites|capacity;a=the International Organization for Migration]], the International Organization for Migration says, more than any other province in Yemen.\n\n"
    "“The tents were built for one summer, not for {{five winters}},” said Saleh al-Qadi, who manages a site in al-Jufainah. "
    "He said [[around 300 tents|housing;u=other;a=Saleh al-Qadi]] had been torn by storms in {{July}} and never replaced.\n\n"
    "The Houthis said on their al-Masirah television that government forces had shelled villages in Harib, killing [[four civilians|killed;a=The Houthis]]. "
    "A government military spokesman said [[12 Houthi fighters|killed;a=A government military spokesman]] had been killed in an attempted advance.\n\n"
    "The Norwegian Refugee Council said it had distributed winter kits, with {{two blankets}} and a mattress per person, to [[1,400 households|aid;a=The Norwegian Refugee Council]], but that funding for shelter was {{less than a third}} of what was needed.\n\n"
    "Yemen's conflict, now in its {{11th year}}, has displaced [[about 4.5 million people|displaced;a=the UN]], according to the UN.",
)

F(
    "Iraq to close last camps in Kurdistan; families fear return to Sinjar",
    "ERBIL, Iraq (Rudaw) - Iraq's migration ministry said on Monday it would close the remaining camps for displaced people in the Kurdistan Region by the end of the year, and that [[about 3,000 families|returned;p;a=Iraq's migration ministry]] had registered to return to Sinjar in the coming weeks.\n\n"
    "There are [[22 camps|capacity;a=the ministry;alt=Iraq's migration ministry]] left in the Kurdistan Region, housing [[about 110,000 people|displaced;a=the ministry;alt=Iraq's migration ministry]], most of them Yazidis who fled the Islamic State group's assault on Sinjar in {{August 2014}}, according to the ministry.\n\n"
    "Each family that returns receives a grant of {{4 million dinars}}, about {{$3,000}}, the ministry said. "
    "Since January, [[2,716 families|returned;a=the ministry;alt=Iraq's migration ministry]] have gone back from the camps, it said.\n\n"
    "Many Yazidis say Sinjar is not ready. "
    "“My house was destroyed and there is no school for my children,” said Khalil Hasan, {{48}}, who has lived in the Sharya camp near Duhok for {{ten years}}. "
    "The Norwegian Refugee Council said {{about 80 percent}} of houses in the old town of Sinjar were still damaged, and that [[more than 6,000 homes|housing;a=The Norwegian Refugee Council]] across the district needed rebuilding.\n\n"
    "The Yazidi organisation Yazda said [[2,600 Yazidi women and children|kidnapped;n=women and children;a=The Yazidi organisation Yazda;alt=Yazda]] abducted by Islamic State were still missing a decade later. "
    "Mass graves are still being opened: the government said in May that the remains of [[43 people|killed;a=the government]] had been exhumed in Kocho.\n\n"
    "Some families have already come back from Sinjar to the camps. "
    "The International Organization for Migration said [[about 350 families|displaced;a=The International Organization for Migration]] who returned in {{2023}} had left again within {{six months}}, citing a lack of jobs, water and services.",
)


# ---------------------------------------------------------------- Asia

F(
    "Pakistan deports Afghans as deadline passes; Torkham queues grow",
    "TORKHAM, Pakistan - Long lines of trucks loaded with furniture, livestock and children stretched back from the Torkham border crossing on Thursday, a day after a government deadline for Afghans without valid papers to leave Pakistan expired.\n\n"
    "Pakistan's interior ministry said [[more than 19,000 Afghans|returned;a=Pakistan's interior ministry]] crossed at Torkham and Chaman on Wednesday alone. "
    "The Taliban administration's refugee ministry said it had received [[about 8,500 returnees|returned;a=The Taliban administration's refugee ministry]] at Torkham by midday Thursday.\n\n"
    "Police in Karachi and Islamabad said they had detained [[more than 1,100 Afghans|arrested;a=Police in Karachi and Islamabad]] in raids since the deadline, and that they would be held in [[17 holding centres|capacity;a=Police in Karachi and Islamabad]] until they could be deported.\n\n"
    "“I was born in Peshawar. I have never seen Afghanistan,” said Gul Rahman, {{26}}, waiting with his wife and parents near the gate.\n\n"
    "Pakistan hosts [[about 3 million Afghans|displaced;a=the UN]], according to the UN, of whom [[about 1.3 million|displaced;a=the UN]] hold Proof of Registration cards that are still valid until {{June 30}}. "
    "Since the deportation drive began in {{late 2023}}, [[more than 800,000|returned;a=the International Organization for Migration]] have gone back, the International Organization for Migration says.\n\n"
    "On the Afghan side, aid agencies have set up a reception camp near the border with space for [[5,000 people a night|capacity]]. "
    "The UN said each returning family would receive {{about $150}} in cash.",
)

F(
    "Myanmar: Arakan Army advance in Rakhine sends Rohingya toward border",
    "BANGKOK (Reuters) - Fighting between the Arakan Army and Myanmar's military around the town of Maungdaw has trapped [[thousands of Rohingya|civilians;a=rights groups and residents]] against the border with Bangladesh, rights groups and residents said on Friday.\n\n"
    "Fortify Rights said [[at least 150 Rohingya|killed;a=Fortify Rights]] were killed by drones and artillery on {{August 5}} as they gathered on the riverbank to find boats across the Naf river. "
    "It said it had interviewed [[eight survivors|other;a=Fortify Rights]] who described seeing [[dozens of bodies|killed;a=Fortify Rights]].\n\n"
    "The Arakan Army, an ethnic Rakhine armed group, denied responsibility and said the military had used Rohingya men as human shields. "
    "Rights groups say the military has forcibly recruited [[several thousand Rohingya men|combatants;a=Rights groups]] since {{February}}.\n\n"
    "Bangladesh, which already hosts [[about 1 million Rohingya refugees|displaced;a=Bangladesh]] in camps in Cox's Bazar, has said it cannot take more. "
    "Bangladesh's foreign ministry said on Thursday that [[about 8,000|displaced;a=Bangladesh's foreign ministry]] had nonetheless crossed in the previous {{two months}}, and that border guards had pushed back [[more than 60 boats|other;a=Bangladesh's foreign ministry]].\n\n"
    "“The border guards told us to go back. My brother drowned when our boat turned over,” said Mohammed Salim, who reached the Kutupalong camp on Wednesday.\n\n"
    "The UN says [[more than 3 million people|displaced;a=The UN]] are displaced across Myanmar since the military seized power in {{February 2021}}. "
    "In Rakhine state, the Arakan Army now controls [[14|other;u=other;a=analysts]] of the [[17 townships|other;u=other;a=analysts]], analysts say.",
)

F(
    "Fire tears through Rohingya camp in Cox's Bazar",
    "COX'S BAZAR, Bangladesh - A fire swept through a Rohingya refugee camp in southern Bangladesh on Sunday afternoon, destroying [[about 2,000 shelters|housing;a=officials]] and leaving [[more than 12,000 people|displaced;a=officials]] homeless, officials said.\n\n"
    "The blaze started at about {{2:30 p.m.}} in {{Camp 11}} in Balukhali and spread quickly through bamboo and tarpaulin shelters, fanned by dry winds. "
    "[[About 200 firefighters|other;a=Mohammad Mizanur Rahman, Bangladesh's refugee relief and repatriation commissioner;alt=Mohammad Mizanur Rahman]] brought it under control after {{three hours}}, said Mohammad Mizanur Rahman, Bangladesh's refugee relief and repatriation commissioner.\n\n"
    "He said no deaths had been reported but that [[about 40 people|injured;a=Mohammad Mizanur Rahman]] were treated for burns and smoke inhalation. "
    "[[Two mosques|housing;a=Mohammad Mizanur Rahman]], a health centre and [[15 learning centres|housing;a=Mohammad Mizanur Rahman]] were also destroyed, he said.\n\n"
    "The UN refugee agency said its partners had set up [[four temporary shelters|capacity;a=The UN refugee agency]] in schools and community halls, and had handed out [[3,500 hot meals|aid;a=The UN refugee agency]] by the evening.\n\n"
    "“We ran with only our children. Everything else burned — our rations card, our clothes, our rice,” said Rashida Begum, {{32}}.\n\n"
    "Fires are common in the crowded camps, which house [[about 1 million refugees|displaced]] who fled Myanmar, most of them after a military crackdown in {{2017}}. "
    "A fire in the same area in {{March 2023}} destroyed [[more than 2,800 shelters|housing]]. "
    "Camp officials said the cause of Sunday's fire was being investigated.",
)

"""dev318 items: returns and deportations from Iran, 2021-2026 (Islam Qala and Milak, the 2025
expulsions, arrests, border shootings, smugglers and the people still in Iran)."""

from _wrap import item

item(
    "Iran deports thousands a day as Afghans flee Taliban rule",
    """ISLAM QALA, Afghanistan - Iran is deporting [[between 3,000 and 4,000 Afghans a
    day|returned;a=aid agencies]] through the Islam Qala crossing in Herat province, aid agencies
    say, even as [[thousands more|displaced;n=-;a=aid agencies]] try to cross the other way. IOM
    said [[28,115 people|returned;a=IOM]] came back from Iran in the first week of November, of
    whom [[21,300|returned;a=IOM]] had been deported. The Norwegian Refugee Council said [[about
    5,000 Afghans a day|displaced;a=The Norwegian Refugee Council]] were crossing into Iran through
    smuggling routes in Nimroz. Iranian officials say the country hosts [[3.4 million
    Afghans|displaced;a=Iranian officials]], with [[about 500,000|displaced;a=Iranian officials]]
    more arriving since the Taliban took Kabul in {{August}}. Many of those sent back said they had
    paid smugglers {{$250}} or more for the journey only {{weeks}} earlier.""",
)

item(
    "Iran sets July 6 deadline for undocumented Afghans",
    """TEHRAN - Iran's interior ministry has set {{July 6}} as the deadline for Afghans without
    valid residence papers to leave the country. The announcement came {{10 days}} after the end of
    the {{12-day}} war with Israel. Employers who hire undocumented workers face fines of up to
    {{1 billion rials}}, and landlords who rent to them risk losing their property licences. Iran's
    currency has lost about {{40 percent}} of its value against the dollar since {{January}},
    squeezing the wages of foreign workers. The ministry said the measure was part of a plan
    announced in {{March 2025}} and was not linked to the war.""",
)

item(
    "Record numbers cross at Islam Qala as Iran's deadline passes",
    """ISLAM QALA - [[More than 50,000 people|returned;a=UNHCR]] crossed from Iran on {{July 4}}
    alone, UNHCR said, the highest daily number it has recorded. The agency said [[about 1.2
    million Afghans|returned;a=The agency;alt=UNHCR]] had returned or been deported from Iran since
    {{January 1}}, [[more than 500,000|returned;a=The agency;alt=UNHCR]] of them in the {{four
    weeks}} since the war with Israel began. At the reception centre, staff were registering [[about
    1,500 people every hour|returned]]. The Taliban's refugee ministry said it had put [[600
    buses|aid;a=The Taliban's refugee ministry]] on the Herat road to take returnees on to their
    provinces. WFP said it had served [[45,000 hot meals|aid;a=WFP]] in {{two days}} and briefly
    ran out of food. [[Several hundred people|displaced]] slept on the ground outside the centre in
    temperatures of {{41C}}.""",
)

item(
    "Tehran police round up Afghans after war with Israel",
    """TEHRAN - Iranian police said on Sunday they had arrested [[more than 2,000 undocumented
    Afghans|arrested;a=Iranian police]] in Tehran province in {{three days}}, as the authorities
    pressed ahead with expulsions after the war with Israel. Abbasali Mohammadian, Tehran's police
    chief, said those detained were taken to [[two camps|capacity;a=Abbasali Mohammadian]] outside
    the capital before being sent to the border. Iran's state broadcaster IRIB said [[18
    Afghans|arrested;a=IRIB;alt=Iran's state broadcaster IRIB]] had been held on suspicion of
    spying for Israel. Afghan residents said police had raided construction sites in western Tehran
    and taken away [[hundreds of workers|arrested;a=Afghan residents]]. [[Dozens of Afghan-owned bakeries|other;u=structure]] were sealed. The Human Rights Activists
    News Agency said [[at least 30 Afghan children|arrested;a=The Human Rights Activists News
    Agency]] were among those held. Iran's interior ministry has said [[about 2 million undocumented
    Afghans|civilians;a=Iran's interior ministry]] must leave the country.""",
)

item(
    "Afghan migrants shot at Iranian border, survivors say",
    """KABUL - Survivors say Iranian border guards opened fire on a group of Afghan migrants trying
    to cross into Iran's Sistan-Baluchestan province, killing [[dozens|killed;a=Survivors]]. Iran's
    foreign ministry rejected the reports as fabricated. Rawadari, an Afghan human rights group,
    said it had confirmed [[at least 11 deaths|killed;a=Rawadari]] and that [[about 40
    people|missing;a=Rawadari]] from the group were still missing. Border officials at Islam Qala
    said [[seven bodies|killed;a=Border officials at Islam Qala]] had been handed over on Thursday.
    Doctors at Herat's regional hospital said they had treated [[14 Afghans|injured;a=Doctors at
    Herat's regional hospital]] with gunshot wounds who said they had been shot near the border.
    The group had each paid smugglers about {{$300}}, survivors said. Iran has sent [[thousands of
    extra border guards|combatants;a=state media]] to its eastern frontier this year, according to
    state media.""",
)

item(
    "Iran aims to send home 2 million undocumented Afghans by March",
    """TEHRAN - Nader Yarahmadi, head of the interior ministry's National Organisation for
    Migration, said on Wednesday that Iran planned to send [[about 2 million undocumented
    Afghans|returned;a=Nader Yarahmadi;p]] home by the end of the Iranian year in {{March}}. He said
    [[1.3 million|returned;a=Nader Yarahmadi]] had already left "voluntarily" since the start of the
    year and [[about 400,000|returned;a=Nader Yarahmadi]] had been deported. Yarahmadi said Iran had
    been hosting [[more than 6 million Afghans|displaced;a=Yarahmadi]], of whom [[about 2.6
    million|civilians;a=Yarahmadi]] had no valid papers. He said [[eight new departure
    centres|capacity;a=Nader Yarahmadi;p]] would open in the border provinces of Khorasan Razavi,
    South Khorasan and Sistan-Baluchestan. Afghans with valid visas and refugee cards would not be
    affected, he said.""",
)

item(
    "Thousands of children sent back from Iran alone, charity says",
    """Save the Children said [[more than 6,000 unaccompanied children|returned;a=Save the
    Children]] had been sent back from Iran in {{June and July}}, many of them boys aged {{12 to
    17}} who had worked on building sites. The charity said [[some 250 children a day|returned;a=The
    charity;alt=Save the Children]] were arriving alone at Islam Qala at the peak. [[About
    1,100|other;a=The charity;alt=Save the Children]] had been separated from their parents during
    deportation, it said, and [[nine|injured;a=Save the Children]] showed signs of beatings. UNICEF
    said it had reunited [[740 children|other;a=UNICEF]] with their families by mid-August. The
    interim care centre at the crossing has room for [[300 children|capacity]]. "Some of them have
    not seen Afghanistan since they were {{five}}," one caseworker said.""",
)

item(
    "Iranian police free 27 Afghan hostages in Zahedan",
    """ZAHEDAN, Iran - Police in Sistan-Baluchestan province freed [[27 Afghan
    nationals|kidnapped;a=the provincial police command]] held by a smuggling gang, the provincial
    police command said on Saturday, according to IRNA. The hostages, among them [[six
    teenagers|kidnapped]], had been beaten and their families in Afghanistan were sent videos
    demanding {{500 million rials}} each. [[Five gang members|arrested;a=the agency;alt=IRNA]] were
    arrested and [[one|killed;a=the agency;alt=IRNA]] was killed in an exchange of fire, the agency
    said. Police said [[all 27|returned;a=Police;p]] would be deported to Afghanistan after
    questioning. [[Three of the hostages|injured]] were treated in hospital for gunshot wounds. Rights groups say [[hundreds of Afghans|kidnapped;a=Rights groups]] are held for
    ransom each year on the smuggling route through Balochistan into Iran.""",
)

item(
    "Heat kills returnees at crowded Islam Qala centre",
    """HERAT - [[Three returnees|killed;a=Farid Ahmad Sultani;alt=Dr Farid Ahmad Sultani]], one of
    them a baby, died of heat exhaustion at the Islam Qala reception centre over the weekend, said
    Dr Farid Ahmad Sultani, a doctor there, as temperatures reached {{44C}}. He said the clinic had
    treated [[more than 1,200 people|injured;a=Farid Ahmad Sultani;alt=Dr Farid Ahmad Sultani]] for
    heatstroke and dehydration in {{a week}}. IOM said [[more than 30,000 people a day|returned;a=IOM]]
    were arriving from Iran. The centre was designed for [[5,000 people a day|capacity]].
    [[Dozens of families|displaced]] slept in the open beside the road. The Afghan Red Crescent
    said it had put up [[40 tents|aid;a=The Afghan Red Crescent]] and [[12 water tanks|aid;a=The
    Afghan Red Crescent]] at the site.""",
)

item(
    "Iran bars undocumented Afghan children from school",
    """Iran's education ministry said on {{September 22}} that Afghan children without valid
    residence documents could no longer enrol for the school year that began in {{Mehr 1404}}.
    Fees for foreign pupils with papers were raised to {{12 million rials}} a year. A {{2015}}
    decree by Supreme Leader Ali Khamenei had opened state schools to all Afghan children
    regardless of status. The new rule applies to children aged {{six to 18}}. Teachers in Mashhad
    said about {{20 percent}} of their pupils had stopped coming by the {{second week}} of term.""",
)

item(
    "Iran steps up deportations again after winter lull",
    """Iran has stepped up deportations of Afghans again after a winter lull, with [[about 9,000
    people a day|returned;a=IOM]] crossing at Islam Qala and Milak in {{late February}}, IOM said.
    [[Fewer than 10,000 people|returned]] crossed in the whole of {{January}}, the lowest monthly
    total since {{2021}}. The agency said [[1.8 million Afghans|returned;a=The agency;alt=IOM]] had
    returned from Iran in {{2025}}, {{70 percent}} of them deported. It expects [[up to 1.5 million
    more|returned;n=-;a=IOM;p]] this year. Eskandar Momeni, Iran's interior minister, said last
    month that [[about 1 million undocumented Afghans|civilians;a=Eskandar Momeni]] were still in
    the country. The Taliban said they had sent [[about 300 border police|combatants;a=The Taliban]] to Milak to manage the crowds. Taliban officials in Nimroz said [[about 200 people|displaced;a=Taliban officials in
    Nimroz]] were sleeping in a mosque at Milak because the reception centre was full.""",
)

item(
    "Deported from Iran, many try again within weeks",
    """ZARANJ, Afghanistan - Many of those deported from Iran try to go back within {{weeks}}.
    Smugglers in Zaranj said they were taking [[about 150 people a night|other;a=Smugglers in
    Zaranj]] across the desert into Iran, at {{$200}} to {{$400}} a head. Iran's border guard
    commander said [[more than 110,000 people|returned;a=Iran's border guard commander]] had been
    turned back at the frontier since {{March}}. Families in Herat told the Norwegian Refugee
    Council that [[at least 70 relatives|missing;a=Families in Herat]] had gone missing on the
    route this year. Nimroz police said [[six bodies|killed;a=Nimroz police]] were found in the
    desert near the border in {{August}}, and [[two survivors|injured;a=Nimroz police]] were treated
    for dehydration. Police in Nimroz said they had freed [[23 migrants|kidnapped;a=Police in Nimroz]] held for ransom by smugglers in {{September}}. Iranian border police said they had arrested [[1,320 smugglers|arrested;a=Iranian border police]] since {{March}}. IOM estimates that {{one in five}} deportees has crossed before.""",
)

item(
    "Women-headed households among the returns from Iran",
    """UN Women said [[some 28,000 female-headed households|returned;a=UN Women]] had returned from
    Iran since {{June}}, many of them widows with no male relative to work under Taliban rules. IOM
    said [[3,900 women and girls|returned;a=IOM;n=women and girls]] had crossed at Islam Qala
    without a male guardian in one week of July. The agency said [[about 1,600 women|aid;a=The
    agency;alt=UN Women]] had been given cash to start home-based work. Aid groups run [[four
    women-only transit areas|capacity;u=structure]] in Herat city, which can take [[up to 600 women and children|capacity;n=women and children]] at a time. UNICEF estimates that [[tens of
    thousands of girls|civilians;a=UNICEF]] who were at school in Iran cannot continue in
    Afghanistan, where girls are barred from class beyond {{sixth grade}}. "In Iran my daughter was
    in {{ninth grade}}," said a mother waiting at the Islam Qala centre.""",
)

item(
    "Iran police chief says 800,000 foreigners removed in 100 days",
    """TEHRAN - Ahmadreza Radan, Iran's national police chief, said on Tuesday that [[about 800,000
    foreign nationals|returned;a=Ahmadreza Radan]] had been removed
    in the {{100 days}} since {{March 21}}, most of them Afghans. He said [[around
    260,000|arrested;a=Ahmadreza Radan]] had been detained at their workplaces before removal.
    Police had set up [[52 checkpoints|other;a=Ahmadreza Radan]] on roads out of the border
    provinces, he said, and fined [[some 11,000 employers|other;a=Ahmadreza Radan]] for hiring
    undocumented workers. He said [[up to 5,000 people a day|returned;a=Ahmadreza Radan]] were being taken to the border. Fines start at {{200 million rials}}. Amnesty International said [[at
    least 40 Afghans|returned;a=Amnesty International]] with valid visas had been deported in the
    same period.""",
)

item(
    "Herat protesters rally at Iranian consulate over beating videos",
    """HERAT - [[Several hundred people|other]] protested outside Iran's consulate in Herat on
    Sunday after videos circulated appearing to show Afghan migrants being beaten in Iran. Taliban
    security forces fired into the air and detained [[12 protesters|arrested;a=witnesses]], and
    [[four people|injured;a=witnesses]] were hurt in the crush, witnesses said. Witnesses said [[two consulate vehicles|other;u=other;a=Witnesses]] were set on fire. Iran said the videos
    were fake and temporarily closed the consulate. IOM said [[more than 300,000
    Afghans|returned;a=IOM]] had been sent back from Iran in the {{first three months of 2022}}. The
    Taliban-appointed consul general in Mashhad said [[about 1,000 Afghans|arrested;a=The
    Taliban-appointed consul general in Mashhad]] were being held in deportation camps in the city
    alone.""",
)

item(
    "Iran to send extra troops to Afghan frontier and extend wall",
    """TEHRAN - Iran's army said on Monday it would deploy [[an extra 10,000 troops|combatants;a=Iran's
    army;p]] along its {{921km}} border with Afghanistan. Officials said {{74km}} of concrete wall
    had been completed and [[some 300 watchtowers|other;u=structure;a=Officials;p]] would be built by
    {{2027}}. Ahmad Ali Goudarzi, the border guard commander, said his forces had turned back [[more
    than 600,000 people|returned;a=Ahmad Ali Goudarzi]] since {{March}}. In {{2024}}, [[14 border
    guards|killed;a=Iranian media]] were killed in clashes with smugglers on the eastern frontier,
    according to Iranian media. A clash over water rights in {{May 2023}} killed [[two Iranian
    guards|killed]] and [[one Taliban fighter|killed]].""",
)

item(
    "Who is left: Iran's Afghans after a year of expulsions",
    """Before the latest expulsions, Iran said it hosted [[about 6.1 million Afghans|displaced;a=Iran]].
    Of them, [[750,000|displaced;a=the interior ministry]] were registered refugees with Amayesh
    cards, [[about 2.6 million|civilians;a=the interior ministry]] held {{2022}} headcount slips and
    [[roughly 2 million|civilians;a=the interior ministry]] had no papers at all, according to the
    interior ministry. UNHCR said [[more than 500,000 Afghan children|civilians;a=UNHCR]] were
    enrolled in Iranian schools in {{2024}}. [[Almost 1.6 million|returned;a=the ministry;alt=the
    interior ministry]] had left by {{December}}, the ministry said. It said it expected [[another
    800,000|returned;a=the ministry;alt=the interior ministry;p]] to leave by {{March 2026}}.""",
)

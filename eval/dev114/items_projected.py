"""Projected pairs: a count that is expected, planned, pledged, needed or ordered in one twin,
and the same kind of count reported as done in the other (10 pairs, P01-P10)."""

from _wrap import item, pair

pair("P01", "projected / reported: Sudanese refugees expected in Chad, and arrived there")
item(
    "UNHCR expects up to 600,000 Sudanese refugees in Chad by year's end",
    """UNHCR expects [[as many as 600,000 refugees|displaced;p;a=UNHCR]] to have crossed from
    Sudan into eastern Chad by the end of the year, a spokeswoman said in Geneva on Friday.
    [[More than 410,000|displaced;a=the agency;alt=UNHCR]] have already arrived since
    {{April}}, the agency said. Most are women and children from West Darfur who walked to the
    border at Adré.""",
)
item(
    "Sudanese refugees in Chad pass 600,000 as Adré camps overflow",
    """[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad
    since the war began, UNHCR said on Tuesday, and [[about 1,000 a day|displaced;a=UNHCR]] are
    still crossing at Adré. The border town, which had [[about 40,000 inhabitants|civilians]]
    before the war, now hosts [[more than 200,000 people|displaced]] in makeshift shelters.""",
)

pair("P02", "reported / projected: migrants landing on Lampedusa, and the year's expected arrivals")
item(
    "Lampedusa overwhelmed as 7,000 migrants arrive in two days",
    """[[About 7,000 migrants|displaced;a=the Red Cross]] landed on Lampedusa in {{48 hours}},
    on [[more than 120 boats|other;a=the Red Cross]] that set out from Sfax, the Red Cross said
    on Wednesday. The island's reception centre, built for [[400 people|capacity]], held [[more
    than 6,000|displaced]] by the evening. The mayor declared a state of emergency.""",
)
item(
    "Italy expects sea arrivals to top 130,000 this year",
    """[[More than 130,000 migrants|displaced;p;a=the interior ministry]] are expected to reach
    Italy by sea this year, the interior ministry said, the highest number since {{2016}}. The
    government plans to open [[one new repatriation centre|capacity;p;u=structure;a=The
    government]] in each region and to hold people for up to {{18 months}}. Prime Minister
    Giorgia Meloni called on the EU to act.""",
)

pair("P03", "pledged / deployed: Kenya's police for Haiti, offered and then landed")
item(
    "Kenya offers to lead Haiti force with 1,000 police officers",
    """Kenya has offered to lead a multinational force in Haiti and to send [[1,000 police
    officers|combatants;p;a=Foreign Affairs Cabinet Secretary Alfred Mutua]] to help train and
    assist the Haitian police, Foreign Affairs Cabinet Secretary Alfred Mutua said on Saturday.
    Haiti's gangs control {{about 80%}} of Port-au-Prince. The plan still needs a UN Security
    Council mandate.""",
)
item(
    "First 400 Kenyan police land in Port-au-Prince",
    """[[About 400 Kenyan police officers|combatants]] landed at Toussaint Louverture airport
    in Port-au-Prince on Tuesday, the first contingent of a mission that is meant to number
    [[2,500|combatants;p]]. They will work alongside Haiti's police force of [[about 10,000
    officers|combatants;a=UN officials]], UN officials say. Gangs have killed [[more than 2,500
    people|killed;a=the UN]] since January, according to the UN.""",
)

pair("P04", "ordered to leave / evacuated: Pokrovsk's families told to go, and those who went")
item(
    "Pokrovsk orders families with children to evacuate as Russian troops close in",
    """Authorities in Pokrovsk have ordered the evacuation of [[about 1,200
    children|displaced;p;a=the head of the Donetsk regional administration;alt=Vadym
    Filashkin]] and their families as Russian forces advance to within {{10 kilometres}} of the
    city, the head of the Donetsk regional administration, Vadym Filashkin, said. [[About
    53,000 people|civilians]] still live in the city, down from [[60,000|civilians]] before the
    war.""",
)
item(
    "More than 10,000 evacuated from Pokrovsk district in a week",
    """[[More than 10,000 people|displaced;a=regional officials]], [[about
    1,500|displaced;a=regional officials]] of them children, have left the Pokrovsk district by
    evacuation train and bus in the past {{seven days}}, regional officials said on Monday.
    [[About 26,000 residents|civilians]] remain in Pokrovsk itself. The city's last supermarket
    closed on Sunday.""",
)

pair("P05", "planned / completed: Turkey's post-quake homes promised, and handed over")
item(
    "Erdoğan pledges 319,000 new homes in quake zone within a year",
    """President Recep Tayyip Erdoğan said on Thursday the government would build [[319,000
    homes|housing;p;a=President Recep Tayyip Erdoğan]] in the provinces hit by the February
    earthquakes within a year. [[About 1.5 million people|displaced;a=the UN]] are living in
    tents and container settlements, according to the UN. The first foundation stones were laid
    in Hatay's Defne district.""",
)
item(
    "Turkey hands over 201,580 homes two years after earthquakes",
    """The Environment and Urbanisation Ministry said it had handed over [[201,580
    homes|housing;a=The Environment and Urbanisation Ministry]] in the quake zone by the second
    anniversary of the disaster, short of the target set in {{2023}}. [[Around 600,000
    people|displaced]] still live in container cities in Hatay, Kahramanmaraş and Adıyaman.
    Many say the new blocks are too far from their old neighbourhoods.""",
)

pair("P06", "needed / delivered: Gaza's aid trucks as a daily requirement, and as a day's count")
item(
    "UN says 500 trucks a day needed to meet Gaza's basic needs",
    """Gaza needs [[at least 500 trucks a day|aid;p;a=the UN]] of food, medicine and fuel to
    meet basic needs, the UN said on Monday, the number that entered each day before the war.
    The World Food Programme said [[about 1.1 million people|civilians;a=The World Food
    Programme]] face catastrophic hunger. Israel says it does not limit the number of trucks.""",
)
item(
    "Only 87 aid trucks entered Gaza on Sunday, UNRWA says",
    """Only [[87 aid trucks|aid;a=UNRWA]] crossed into Gaza on Sunday through the Kerem Shalom
    and Rafah crossings, UNRWA said, a fraction of the volume before the war. [[About 1.9
    million people|displaced;a=the agency;alt=UNRWA]], nearly {{nine in ten}} residents, have
    been displaced, the agency said. Aid convoys to the north have been turned back at
    checkpoints.""",
)

pair("P07", "projected / reported: Sudan's hunger forecast, and the hungry counted")
item(
    "IPC: 25.6 million people in Sudan face acute hunger",
    """[[About 25.6 million people|civilians;a=the Integrated Food Security Phase
    Classification]], {{more than half}} of Sudan's population, face acute hunger, the
    Integrated Food Security Phase Classification said on Thursday. [[About
    755,000|civilians;a=the report;alt=the Integrated Food Security Phase Classification]] are
    in catastrophe, the worst level, the report said, most of them in Darfur and Kordofan.""",
)
item(
    "Famine could spread to five more areas of Sudan by May, monitors warn",
    """Famine is likely to spread to [[five more areas|other;p;u=other;a=the famine review
    committee]] of North Darfur and South Kordofan by May, the famine review committee warned
    on Tuesday, and [[up to 1.2 million more people|civilians;p;a=the famine review committee]]
    could fall into catastrophic hunger. Famine has already been confirmed in [[five
    areas|other;u=other]], including Zamzam camp.""",
)

pair("P08", "planned / done: Burundian refugees to be repatriated from Tanzania, and repatriated")
item(
    "UNHCR aims to help 50,000 Burundian refugees return from Tanzania this year",
    """UNHCR and the governments of Burundi and Tanzania plan to help [[50,000 Burundian
    refugees|returned;p;a=UNHCR and the governments of Burundi and Tanzania]] go home this
    year, UNHCR said after a tripartite meeting in Dar es Salaam. [[About
    130,000|displaced;a=the agency;alt=UNHCR]] still live in the Nduta and Nyarugusu camps, the
    agency said. Many fled the violence around the {{2015}} elections.""",
)
item(
    "33,000 Burundian refugees repatriated from Tanzania so far this year",
    """[[More than 33,000 Burundian refugees|returned;a=UNHCR]] have been repatriated from
    camps in western Tanzania since January, UNHCR said on Friday, most of them by bus through
    the Mabamba border post. Each returning family receives a cash grant and food for {{three
    months}}. Returnees in Ruyigi province said [[dozens of families|returned;a=Returnees in
    Ruyigi province]] had found their land occupied.""",
)

pair("P09", "to be freed / freed: the Myanmar junta's Union Day amnesty, announced and carried out")
item(
    "Junta to free nearly 6,000 prisoners in Union Day amnesty",
    """Myanmar's junta said on Wednesday it would free [[5,864 prisoners|arrested;p;a=Myanmar's
    junta]] to mark Union Day, and deport [[180 foreigners|returned;p;a=Myanmar's junta]] held
    in its jails. It did not say whether political detainees would be among them. Prisoners'
    families began gathering outside Insein prison in Yangon before dawn.""",
)
item(
    "Few political prisoners among thousands freed in junta amnesty",
    """Of the [[roughly 6,000 prisoners|arrested;a=the Assistance Association for Political
    Prisoners]] released on Wednesday, only [[30|arrested;a=the Assistance Association for
    Political Prisoners]] were political detainees, the Assistance Association for Political
    Prisoners said. The group says the junta still holds [[more than 21,000 political
    prisoners|arrested;a=The group;alt=the Assistance Association for Political Prisoners]].
    Those freed included [[a dozen journalists|arrested]].""",
)

pair("P10", "to be called up / called up: Russia's partial mobilisation, announced and completed")
item(
    "Russia to call up 300,000 reservists, Shoigu says",
    """Defence Minister Sergei Shoigu said [[300,000 reservists|combatants;p;a=Defence Minister
    Sergei Shoigu]] would be called up under the partial mobilisation announced by President
    Vladimir Putin on Wednesday. Shoigu also said [[5,937 Russian soldiers|killed;a=Shoigu]]
    had been killed in Ukraine since {{February 24}}, his first update in {{six months}}.
    Flights out of Moscow to Istanbul and Yerevan sold out within hours.""",
)
item(
    "Partial mobilisation complete with 300,000 called up, Shoigu tells Putin",
    """Defence Minister Sergei Shoigu told President Vladimir Putin on Friday that [[300,000
    men|combatants;a=Defence Minister Sergei Shoigu]] had been called up and that no further
    call-ups were planned. [[About 82,000|combatants;a=Defence Minister Sergei Shoigu]] are
    already in the war zone, he said. Kazakhstan says [[more than 200,000
    Russians|displaced;a=Kazakhstan]] have entered the country since the mobilisation began.""",
)

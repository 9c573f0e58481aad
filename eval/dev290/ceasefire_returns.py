"""Items: the ceasefire of November 27, 2024 and the months after it: returns, the shelters
emptying, the dead recovered and the missing, the damage counted, the army's deployment."""

from _wrap import item

item(
    "Cars jam roads south within hours of ceasefire",
    """Cars piled with mattresses streamed south from Beirut and Sidon on Wednesday morning, hours
    after a ceasefire between Israel and Hezbollah took effect at {{4 am}}. The disaster risk
    management unit said [[about 120,000 people|returned;a=The disaster risk management unit]]
    had headed back to the south and the Bekaa by noon, and that
    [[more than 300 collective shelters|capacity;a=The disaster risk management unit]] had
    already emptied. The Israeli military warned residents not to return to
    [[more than 60 villages|other;a=The Israeli military]] near the border, where its troops remain.
    The Lebanese army said it would deploy [[at least 5,000 soldiers|combatants;p;a=The Lebanese army]]
    south of the Litani. In Tyre, [[several hundred families|returned;a=the city's disaster unit]]
    were back in their flats by afternoon, the city's disaster unit said. Not everyone can go
    home: the IOM estimates [[about 40,000 homes|housing;a=the IOM]] in the south are
    uninhabitable.""",
)

item(
    "IOM: more than 800,000 have returned, 160,000 still displaced",
    """[[More than 800,000 people|returned;a=the International Organization for Migration]] have
    returned to their areas of origin since the ceasefire, the International Organization for
    Migration said on Friday, while [[about 160,000|displaced;a=the International Organization for Migration]]
    remain displaced inside Lebanon. The agency's tracking found that
    {{72 percent}} of returnees went back to Nabatieh and south Lebanon
    governorates. [[Nearly 12,000 people|displaced;a=the IOM]] are still in
    [[80 collective shelters|capacity;a=the IOM]], most of them from border villages that remain
    under Israeli control, according to the IOM. Some [[8,000 households|displaced;a=aid workers]] that went back
    found their homes destroyed and are displaced again, aid workers said. The agency plans to
    provide cash for rent to [[15,000 families|aid;p;a=The agency]] over the winter.""",
)

item(
    "The last shelters: a few hundred families left in Sidon and Beirut schools",
    """Most of the schools that housed displaced families have reopened for classes, but
    [[about 470 families|displaced;a=the education ministry]] are still living in
    [[17 schools|capacity;a=the education ministry]] in Sidon, Beirut and Aley, the education
    ministry said on Monday. At the peak in {{October}}, the ministry had handed over
    [[more than 500 public schools|capacity;a=the ministry;alt=the education ministry]] to
    shelter [[nearly 190,000 people|displaced;a=the ministry;alt=the education ministry]]. Those
    who remain are from Kfarkela, Odaisseh, Houla and other frontline villages, where the army says
    {{between 70 and 80 percent}} of buildings are destroyed. The government plans to move them to
    [[two prefabricated sites|capacity;p;a=The government]] near Tyre that can take
    [[up to 2,000 people|capacity;p;a=The government]].""",
)

item(
    "Civil defence recovers bodies from rubble in frontline villages",
    """Lebanese civil defence teams recovered [[14 bodies|killed;a=the directorate]] from the rubble
    of homes in Khiam, Mais al-Jabal and Aitaroun on Sunday, the directorate said, as the army
    allowed rescuers into areas Israeli troops had left. The directorate has now recovered
    [[more than 150 bodies|killed;a=The directorate]] since the ceasefire, among them
    [[about 40 Hezbollah fighters|killed;a=The directorate]]. The health ministry raised the toll
    of the war to [[4,047 killed|killed;a=The health ministry;n=-]] and
    [[16,638 wounded|injured;a=The health ministry;n=-]]. Families have reported
    [[at least 60 people|missing;a=the ministry]] missing, the ministry said; DNA samples are
    being taken from [[about 120 relatives|other;a=the ministry]]. Teams worked with
    [[two excavators|other;u=other]] lent by the Qatari government.""",
)

item(
    "Syrian refugees head home from Lebanon after Assad's fall",
    """[[About 55,000 Syrian refugees|returned;a=UNHCR]] have gone back from Lebanon to Syria in the
    {{three weeks}} since Bashar al-Assad fell, UNHCR said on Tuesday, adding to the
    [[roughly 560,000 people|displaced;a=UNHCR]] who crossed into Syria during the escalation.
    The agency said [[nearly 1.5 million Syrians|displaced;a=The agency;alt=UNHCR]] were still in
    Lebanon, [[about 755,000|displaced;a=The agency;alt=UNHCR]] of them registered. At Masnaa,
    Lebanese General Security said [[2,500 people a day|returned;a=Lebanese General Security]] were
    crossing, double the rate of early {{December}}. UNHCR plans to help
    [[up to 200,000 refugees|returned;p;a=UNHCR]] return in the {{first half of 2025}}, with
    {{$100}} per person for transport. [[Thousands of others|displaced;n=-]] entered Lebanon the other way,
    most of them Alawites fleeing reprisals.""",
)

item(
    "Lebanese return from Syria as crossings reopen",
    """Lebanese families who spent the war in Syria were queuing at the Masnaa and Jdeidet Yabous
    crossings on Thursday, and General Security said [[more than 4,000 Lebanese|returned;a=General Security]]
    had come back in a single day. Officials estimate [[some 180,000|returned;a=Officials]] of the
    [[around 210,000 Lebanese|displaced;a=Officials]] who fled to Syria have now returned. In
    Hermel, the municipality said [[about 900 families|returned;a=the municipality]] had come home
    through the Qusayr crossings. [[Roughly 30,000 Lebanese|displaced;a=the Lebanese Red Cross]] are
    believed to remain in Syria, the Lebanese Red Cross said, many without papers. The Red Cross
    runs [[three reception points|capacity;a=The Red Cross]] at the border, where volunteers
    handed out [[1,100 hygiene kits|aid]] this week.""",
)

item(
    "Army moves into Khiam as Israeli troops pull back",
    """Lebanese troops entered the town of Khiam on Wednesday as Israeli forces withdrew, the army
    said, the {{first}} handover under the ceasefire. The army said it had deployed
    [[about 3,000 soldiers|combatants;a=the army]] to the area and would send
    [[another 1,500|combatants;p;a=the army]] by the end of the month. Israeli forces still hold
    [[five hilltop positions|other;a=officials]] along the border, officials said. A UNIFIL
    spokesman said the peacekeepers were patrolling with the army. [[About 60 families|displaced;a=the army]] who had come back found nothing left and
    were sent to a school in Marjayoun, the army said. Residents said they had found [[dozens of homes|housing;a=Residents]] blown up
    after the ceasefire began. The municipality estimates [[about 1,200 homes|housing;a=The municipality]] are destroyed, more
    than {{a third}} of the town. [[About 250 residents|returned;a=the municipality]] went back on the
    first day, the municipality said.""",
)

item(
    "World Bank puts damage at $6.8 billion, housing hardest hit",
    """The war caused {{$6.8 billion}} in physical damage in Lebanon and {{$7.2 billion}} in economic
    losses, the World Bank said in its rapid assessment. Housing took the heaviest blow, with
    [[99,209 housing units|housing;a=the World Bank]] damaged, [[about 18,000|housing;a=the World Bank;u=structure]]
    of them destroyed. The bank said [[at least 166,000 people|displaced;a=The bank;alt=the World Bank]]
    could be left homeless for a year or more. It estimates reconstruction needs at
    {{$11 billion}}, about {{half}} of it for housing. [[Some 240 schools|housing;a=the bank;alt=the World Bank]] and
    [[37 hospitals|housing;a=the bank;alt=the World Bank]] were damaged, the bank said. It also counted
    [[more than 1,000 shops and workshops|housing;a=the World Bank;n=shops and workshops;u=structure]] destroyed. Lebanon's {{2025}}
    budget sets aside no money for rebuilding.""",
)

item(
    "Israeli fire kills 22 as residents try to return on deadline day",
    """Israeli troops opened fire on residents trying to return to border villages on Sunday, the day
    Israel was due to withdraw under the ceasefire, killing [[22 people|killed;a=the health ministry]]
    and wounding [[124|injured;a=the health ministry]], the health ministry said. Among the dead
    was a Lebanese soldier, the army said. [[Thousands of people|returned]]
    walked towards Aitaroun, Kfar Kila and Houla, some carrying Hezbollah flags and pictures of
    relatives killed in the war. The Israeli military said its troops had fired to remove threats
    and had arrested [[three suspects|arrested;a=The Israeli military]]. UNIFIL said [[about 100 people|injured;a=UNIFIL]] were treated at its hospital in Naqoura.
    Washington said the deadline had been extended to {{February 18}}. By evening, the army said
    [[more than 20,000 people|returned;a=the army]] had reached their villages.""",
)

item(
    "Families of Lebanese held in Israel press for their release",
    """Families of Lebanese held in Israel protested outside the UN building in Beirut on Tuesday,
    demanding their release. Lebanese officials say [[at least 13 Lebanese|arrested;a=Lebanese officials]]
    captured during the war are in Israeli prisons, [[10 of them|arrested;a=Lebanese officials;n=-]]
    Hezbollah members. Israel has acknowledged holding [[seven|arrested;a=Israel]]. The families
    say [[five others|kidnapped;a=The families;n=-]] were abducted from their homes or fishing boats
    after the ceasefire. [[Two shepherds|kidnapped;a=the army]] seized near Shebaa in {{January}}
    were freed through UNIFIL last week, the army said. The International Committee of the Red
    Cross said it had visited [[four detainees|arrested;a=The International Committee of the Red Cross]]
    so far.""",
)

item(
    "Winter in rented rooms: families who cannot go home",
    """In a cold flat in Tyre, a family of [[eight|displaced;n=-]] from Aita al-Shaab shares a
    single room. Their house is one of [[about 1,100 homes|housing;a=the village council]] in the
    village that were destroyed, the village council says. Across Lebanon,
    [[some 100,000 people|displaced;a=aid agencies]] remain displaced {{three months}} after
    the ceasefire, aid agencies estimate. Most of the [[30,000 households|displaced]] still away come from
    villages along the border. Rents in Tyre have doubled. The UN refugee agency and its
    partners gave winter cash to [[23,000 families|aid]] in {{December}} and
    {{January}}, and the Norwegian Refugee Council repaired [[about 600 apartments|housing]] in
    Nabatieh. Hezbollah says it has paid rent allowances to [[more than 230,000 families|aid;a=Hezbollah]]
    whose homes were damaged.""",
)

item(
    "Rubble clearing begins in Beirut's southern suburbs",
    """Bulldozers began clearing rubble in Beirut's southern suburbs on Monday under a plan run
    by the public works ministry. The ministry said [[about 350 buildings|housing;a=The ministry]]
    had been destroyed in the suburbs and [[more than 6,000 apartments|housing;a=The ministry]]
    damaged. Contractors have [[120 trucks|other;a=the minister]] on site and plan to add
    [[80 more|other;p;a=the minister;u=other;n=-]], the minister said, and the rubble will go to a
    landfill south of the airport. [[About 1,000 workers|other;p;a=the minister]] will be employed, he said. Municipal engineers have
    inspected [[nearly 2,300 buildings|housing;a=Municipal engineers]] and declared
    [[180|housing;a=Municipal engineers;u=structure]] unsafe. The work is expected to take
    {{18 months}}.""",
)

item(
    "Army says it has taken over hundreds of Hezbollah sites south of Litani",
    """The Lebanese army said on Saturday it had taken over [[more than 500 military positions|other;a=The Lebanese army]]
    and weapons depots south of the Litani river since the ceasefire, and had
    [[about 6,000 troops|combatants;a=The Lebanese army]] deployed there. The army said
    [[five soldiers|killed;a=The army;alt=The Lebanese army]] had been killed and
    [[three|injured;a=The army;alt=The Lebanese army]] hurt when munitions exploded at a depot near
    Zibqin. It plans to recruit [[4,500 soldiers|combatants;p;a=The Lebanese army]] this
    year. UNIFIL said its troops had found [[over 100 rocket launchers|other;a=UNIFIL]] and handed
    them to the army. Israel says Hezbollah still has [[several thousand fighters|combatants;a=Israel]]
    in the south.""",
)

item(
    "Missing: the soldiers and fighters still unaccounted for",
    """Hezbollah says [[dozens of its fighters|missing;a=Hezbollah]] are still missing, their bodies
    thought to lie in areas held by Israeli troops. The Lebanese army lists
    [[two soldiers|missing;a=The Lebanese army]] as missing since {{October}}. The Red Cross said
    it had received [[about 250 requests|other;a=The Red Cross;u=other]] from families looking for
    relatives. Of the [[112 people|missing;a=the health ministry]] reported missing by the health
    ministry in {{December}}, [[64|killed;a=the health ministry]] have since been found
    dead, it said. Israel has handed back [[six bodies|killed;a=the peacekeepers;alt=UNIFIL]] through UNIFIL,
    the peacekeepers said.""",
)

item(
    "The ceasefire deal, clause by clause",
    """The agreement that took effect on {{November 27}} gives Israel {{60 days}} to withdraw its
    forces from southern Lebanon. Hezbollah must pull back north of the Litani, about {{30 km}}
    from the border, as set out in Resolution {{1701}} of {{2006}}. A committee chaired by the
    United States and including France will monitor it. The text refers to the {{1949}}
    armistice line. A {{13-point}} annex has not been published.""",
)

item(
    "Beirut rents climb as the displaced look for flats",
    """Rents in Beirut's Achrafieh and Hamra districts rose by up to {{30%}} in {{November}}, estate
    agents said, with a {{two-bedroom}} flat listed at about {{$900}} a month. Prices per square metre
    averaged {{$2,100}}, against {{$1,800}} a year earlier. Landlords now ask for {{six months}} in
    advance. Mortgage lending, frozen since {{2019}}, has not resumed.""",
)

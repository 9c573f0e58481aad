"""Israeli strikes and incursions in the south (Quneitra, Daraa, the Damascus countryside), and
the SDF and the Kurdish north-east (the Tishreen dam, Aleppo's Kurdish districts, al-Hol, the
Islamic State's prisoners, the offensive of January 2026), December 2024-2026."""

from _wrap import item

item(
    "Israel says it carried out 480 strikes in Syria in two days",
    """The Israeli military said on {{December 10}} it had carried out
    [[about 480 strikes|other;u=other;a=The Israeli military]] on Syrian military sites in
    {{48 hours}}, destroying what it called {{70 to 80 percent}} of the former government's
    strategic weapons. The strikes hit [[15 naval vessels|other;u=other;a=The Israeli military]]
    at the ports of Latakia and Minet el-Beida, it said, along with air defence batteries and
    weapons factories. Israeli troops also moved into the demilitarised buffer zone on the Golan
    Heights and took the Syrian side of Mount Hermon. The Syrian Observatory for Human Rights said
    [[at least 12 people|killed;a=The Syrian Observatory for Human Rights]] had been killed and
    [[about 40|injured;a=The Syrian Observatory for Human Rights]] wounded in the strikes. Israel's
    defence minister said [[between 1,000 and 2,000 troops|combatants;p;a=Israel's defence minister]]
    would stay in the zone through the winter. The UN peacekeeping force, UNDOF, said [[about 1,100 troops|combatants;a=UNDOF;alt=The UN peacekeeping force]] from its
    contributing countries remained in their positions. Residents of Hadar and Jubata al-Khashab
    said [[dozens of families|displaced;a=Residents of Hadar and Jubata al-Khashab]] had left
    their homes as Israeli tanks approached.""",
)

item(
    "Villagers in Quneitra say Israeli bulldozers razed homes and orchards",
    """Israeli troops have demolished
    [[at least 18 homes|housing;a=the local council]] in the village of Hamidiyah in Quneitra
    province since {{December}}, the local council said, and bulldozed orchards to build an
    outpost. [[About 350 residents|displaced;a=the council;alt=the local council]] have been told
    they cannot return to houses within {{500 metres}} of the new position, the council said.
    The Israeli army has set up
    [[nine military positions|other;u=structure;a=BBC Verify]] inside
    the buffer zone and beyond it, BBC Verify found from satellite images. [[Two more houses|housing;p;a=the council;alt=the local council]]
    near the fence have been marked for demolition, the council said. Syrian
    state media said Israeli soldiers had detained [[seven shepherds|arrested;a=Syrian state media]]
    near Jubata al-Khashab on {{Monday}} and released [[five|arrested;a=Syrian state media]] of
    them the same day. An estimated [[40,000 people|civilians]] live in villages near the
    ceasefire line. "They took the land where my father is buried," said Abu Yasser, a farmer
    whose family has worked the land for {{four generations}}.""",
)

item(
    "Israeli raid on Beit Jinn kills 13 Syrians, wounds six soldiers",
    """An Israeli raid on the village of Beit Jinn, south-west of Damascus, killed
    [[13 people|killed;a=Syrian state media]], including [[two children|killed;a=Syrian state media]],
    Syrian state media said on {{Friday}}. The Israeli military said
    [[six soldiers|injured;a=The Israeli military]], [[three|injured;a=The Israeli military]] of
    them seriously, were wounded in an exchange of fire when troops went into the village to
    detain [[three suspects|arrested;p;a=The Israeli military]] it said belonged to the
    al-Jamaa al-Islamiya group. The Syrian foreign ministry called the raid a war crime. Local
    officials said [[about 25 people|injured;a=Local officials]] were wounded and that
    [[at least 200 families|displaced;a=Local officials]] had fled towards Kanaker. The Syrian
    government has said Israel has carried out [[more than 1,000 strikes|other;u=other;a=The Syrian government]]
    on Syria since {{December 2024}}.""",
)

item(
    "Israeli strikes hit defence ministry in Damascus during Suwayda fighting",
    """Israeli jets struck the defence ministry headquarters and the area around the presidential
    palace in Damascus on {{Wednesday}}, killing [[three people|killed;a=the health ministry]]
    and wounding [[34|injured;a=the health ministry]], the health ministry said. Israel said it was
    acting to protect the Druze of Suwayda, where government forces had been fighting for
    {{three days}}. The Israeli military said it had also struck
    [[dozens of tanks and rocket launchers|other;n=tanks and rocket launchers;a=The Israeli military]]
    heading for Suwayda. Hospitals in Damascus said [[no more than 10|injured;a=Hospitals in Damascus]] of the wounded
    were in serious condition. In Damascus, [[hundreds of people|other]] gathered outside the
    damaged building. The Syrian government said [[about 1,500 soldiers|combatants;a=The Syrian government]]
    would be withdrawn from Suwayda city under a ceasefire mediated by the United States, Turkey
    and Arab states.""",
)

item(
    "Israeli strike kills six in Daraa village after clash with troops",
    """An Israeli drone strike killed [[six people|killed;a=Daraa's governorate]] in the village of
    Kuya, in the Yarmouk valley, on {{Tuesday}}, Daraa's governorate said, after residents fired
    on Israeli troops who had entered the area. [[At least 10|injured;a=a local official]] were wounded, and
    [[about 100 families|displaced;a=a local official]] left for nearby Nafaa, a local official
    said. The Israeli army said gunmen had fired on its soldiers and that it had struck a "terrorist" position. [[Three homes|housing]] in Kuya were destroyed. Israeli troops have also carried out
    [[more than 40 raids|other;u=other;a=the Syrian Network for Human Rights]] into villages in
    western Daraa and Quneitra since {{January}}, detaining
    [[at least 26 people|arrested;a=the Syrian Network for Human Rights]], according to the
    Syrian Network for Human Rights.
    [[Nine|arrested]] of them remain in Israeli custody.""",
)

item(
    "Civilians killed as drone hits convoy near Tishreen dam",
    """A Turkish drone strike on a convoy of civilians heading to the Tishreen dam killed
    [[at least 5 people|killed;a=the Kurdish Red Crescent]] and wounded
    [[more than 15|injured;a=the Kurdish Red Crescent]], the Kurdish Red Crescent said on
    {{Wednesday}}. The convoy was carrying protesters to the dam on the Euphrates, where the
    Syrian Democratic Forces have fought Turkish-backed factions of the Syrian National Army since
    {{December}}. The Syrian Observatory for Human Rights said
    [[more than 400 fighters|killed;a=The Syrian Observatory for Human Rights]] from both sides
    and [[about 30 civilians|killed;a=The Syrian Observatory for Human Rights]] had been killed
    around the dam and the Qara Qozak bridge in {{a month}}. The fighting has displaced
    [[some 20,000 people|displaced]] from villages around Manbij. The SDF said it had deployed
    [[about 3,000 fighters|combatants;a=The SDF]] to defend the dam. The dam supplies electricity to
    [[hundreds of thousands of people|civilians]] in the north.""",
)

item(
    "SDF commander says 100,000 fighters to join army under Damascus deal",
    """Mazloum Abdi, the commander of the Syrian Democratic Forces, said on {{March 12}} that
    [[about 100,000 fighters|combatants;a=Mazloum Abdi]] and members of the internal security
    forces would be folded into the Syrian army under the agreement he signed with President Ahmed
    al-Sharaa {{two days}} earlier. The deal, which gives the sides until the end of {{2025}} to
    complete the merger, covers the oil fields, border crossings and prisons of the north-east, and provides for the
    return of [[some 300,000 displaced Kurds|returned;p]] to Afrin and Ras al-Ain.
    The SDF holds [[about 9,000 Islamic State fighters|arrested;a=US officials]] in
    [[more than two dozen prisons|other;u=structure;a=US officials]], US officials said.
    [[Some 2,000 US troops|combatants]] were deployed in Syria at the start of the year.
    Kurdish officials said [[thousands of Arab fighters|combatants;a=Kurdish officials]] had
    already left the SDF in Deir ez-Zor.""",
)

item(
    "Al-Hol's population falls as Iraq takes back thousands",
    """Iraq repatriated [[2,150 people|returned;a=Iraq's migration ministry]] from al-Hol camp in
    north-east Syria on {{Tuesday}}, Iraq's migration ministry said, the largest group so far this
    year. The camp, run by the Kurdish-led administration, now holds
    [[about 34,000 people|displaced;a=camp officials]], down from
    [[more than 60,000|displaced;a=camp officials]] in {{2021}}, camp officials said.
    {{Nearly two-thirds}} are children. [[About 6,000 foreign women and children|displaced;n=women and children]]
    from around the world live in a guarded annex. The UN said
    [[up to 6,500 Iraqis|returned;p;a=The UN]] could be repatriated by the end of {{2025}}. In
    {{January}}, [[14 women|other]] escaped from the annex with the help of smugglers.""",
)

item(
    "Fighting in Aleppo's Kurdish districts kills 22, displaces thousands",
    """Clashes between government forces and the Kurdish-led Asayish in Aleppo's Sheikh Maqsoud and
    Ashrafieh districts killed [[at least 22 people|killed;a=the health directorate]], among them
    [[nine civilians|killed;a=the health directorate]], the health directorate said on
    {{Thursday}}, and wounded [[more than 80|injured;a=the health directorate]].
    [[Tens of thousands of residents|displaced;a=the Kurdish Red Crescent]] fled to other parts of the city and to Afrin,
    and [[some 150,000 people|civilians;a=the Kurdish Red Crescent]] remained in Sheikh Maqsoud and Ashrafieh under a siege that cut off bread and fuel, according to the Kurdish Red Crescent.
    The army said it had arrested [[46 Asayish members|arrested;a=The army]] and that
    [[seven soldiers|killed;a=The army]] had been killed. The governorate opened
    [[12 shelters|capacity;a=The governorate]] in schools and mosques, it said.""",
)

item(
    "SDF pulls out of Raqqa and Tabqa as government forces advance",
    """The Syrian Democratic Forces withdrew from Raqqa and Tabqa on {{January 18}} after
    government forces, backed by Arab tribal fighters, crossed the Euphrates. Tribal leaders said
    [[more than 5,000 Arab fighters|combatants;a=Tribal leaders]] had left the SDF and joined the
    advance. The interior ministry said its forces had taken over al-Hol camp and
    [[four prisons|other;u=structure;a=The interior ministry]] holding Islamic State suspects.
    [[At least 120 IS detainees|other;a=US officials]] escaped from the al-Shaddadi prison during
    the handover, US officials said, and [[81|arrested;a=US officials]] had been recaptured.
    [[About 40,000 people|displaced;a=OCHA]] fled towards Hasakah and Kobani, OCHA said. The SDF said [[213 of its fighters|killed;a=The SDF]] had been killed in {{ten days}}. The US
    military said it was moving [[up to 7,000 IS detainees|arrested;p;a=The US military]] from
    the north-east's prisons to Iraq.""",
)

item(
    "Two US soldiers and interpreter killed in attack near Palmyra",
    """[[Two US soldiers|killed;a=US Central Command]] and a civilian interpreter were killed and
    [[three|injured;a=US Central Command]] wounded when a gunman opened fire on a joint patrol near
    Palmyra on {{Saturday}}, US Central Command said. The attacker, a member of the Syrian
    security forces suspected of links to the Islamic State, was shot dead. The interior ministry
    said it had detained [[11 members|arrested;a=The interior ministry]] of the security forces
    for questioning. The Islamic State has carried out
    [[at least 90 attacks|other;u=other;a=the Syrian Observatory for Human Rights]] in Syria this
    year, killing [[about 140 people|killed;a=the Syrian Observatory for Human Rights]], according
    to the Syrian Observatory for Human Rights. [[Some 1,000 US troops|combatants]] remain in
    the country after a drawdown ordered in {{April}}.""",
)

item(
    "UN peacekeepers report Israeli troops deep inside Syria",
    """UNDOF, the UN force that monitors the {{1974}} disengagement line, said Israeli troops had
    operated in [[more than 30 villages|other;a=UNDOF]] inside Syria since {{December 2024}}. In a
    report to the Security Council, the Secretary-General said Israeli forces had detained
    [[at least 60 Syrian civilians|arrested;a=the Secretary-General]], including
    [[eight children|arrested;a=the Secretary-General]], and that
    [[21|arrested;a=the Secretary-General]] had since been released through the Quneitra
    crossing.
    Families in Quneitra say [[at least 14 men|missing;a=Families in Quneitra]] taken across the
    line have not been heard from. The force has [[1,140 peacekeepers|combatants]] from
    Nepal, India, Uruguay, Fiji and Ghana. Syria's foreign ministry said [[about 9,000 people|civilians;a=Syria's foreign ministry]]
    in the area now live under Israeli military checkpoints.""",
)

item(
    "Families say Kurdish youth group took their children to fight",
    """Kurdish families in Qamishli and Hasakah say the Revolutionary Youth, a group linked to the
    PKK, abducted [[at least 17 minors|kidnapped;a=Kurdish families in Qamishli and Hasakah]] for
    recruitment in the {{first}} half of the year. The UN's annual report on children and armed
    conflict verified the recruitment of [[283 children|combatants;a=The UN's annual report]] by
    the SDF and affiliated groups in {{2024}}. The SDF said it had returned
    [[54 children|returned;a=The SDF]] to their families since signing an action plan with the UN
    in {{2019}}. Amnesty International said [[at least six|kidnapped;a=Amnesty International]] of the abducted
    children were girls, and a Kurdish rights group put the real number of those taken at
    [[between 30 and 40|kidnapped;a=a Kurdish rights group]]. [[Two teenagers|missing;a=relatives]] taken from a school in Amuda in
    {{May}} are still missing, relatives said.""",
)

item(
    "Turkish drone strikes kill 11 in Kobani countryside",
    """Turkish drone strikes on villages around Kobani killed
    [[11 people|killed;a=the local administration]], among them [[four members|killed;a=the local administration]] of {{one family}}, the local administration
    said on {{Sunday}}. [[Twenty-three|injured;a=the local administration]] were wounded, it
    said. Turkey's defence ministry said it had "neutralised"
    [[26 PKK/YPG terrorists|killed;a=Turkey's defence ministry]] in northern Syria in the past
    week. [[Thousands of residents|displaced]] of Kobani's eastern villages have moved into the
    town. The Kurdish Red Crescent said it was supplying [[about 2,500 families|aid;a=The Kurdish Red Crescent]]
    with bread and fuel, and that [[three ambulances|other;a=The Kurdish Red Crescent]] had been
    hit.""",
)

item(
    "Kobani's people trapped as roads are cut",
    """[[About 200,000 people|civilians;a=the Kurdish administration]] are trapped in and around
    Kobani after the roads to Hasakah and Raqqa were cut, the Kurdish administration said on
    {{Wednesday}}. [[Some 70,000|displaced]] of them fled there from
    Raqqa and Tabqa this month. The World Food Programme said a convoy of
    [[24 trucks|aid;a=The World Food Programme]] had reached the town on {{Monday}} under a
    ceasefire, with food for [[about 50,000 people|aid;a=The World Food Programme]] for
    {{a month}}. Doctors at the town's main hospital said they had run out of insulin and that
    [[at least four patients|killed;a=Doctors]] had died. [[Eight schools|capacity]] are being used as shelters, and
    [[about 1,500 families|displaced]] sleep in their classrooms and corridors.""",
)

item(
    "Israel and Syria resume talks on security arrangement",
    """Israeli and Syrian officials met in Paris on {{January 6}} for the {{fifth}} round of talks
    on a security arrangement, mediated by the US envoy Tom Barrack. Israel wants a demilitarised
    zone stretching {{about 60 km}} south of Damascus, while Damascus wants a return to the lines
    of the {{1974}} agreement. A deal could be signed by {{March}}, officials said. Israel has
    kept troops on Mount Hermon, at {{2,814 metres}}, since {{December 2024}}. The talks were
    suspended for {{three months}} after the strikes of {{July 16}}.""",
)

item(
    "Deadline for SDF merger passes with army ranks still unfilled",
    """The {{31 December}} deadline to merge the Syrian Democratic Forces into the state passed on
    {{Wednesday}} without a final deal. Under the agreement of {{March 10}}, the SDF was to form divisions of its own within the new army. Officials said the oil fields, which produced about
    {{90,000 barrels a day}} before the war, would come under the energy ministry in the
    {{first quarter}} of {{2026}}. Men aged {{18 to 25}} in the north-east had been called
    up for {{one year}} of service by the SDF, a rule now suspended.""",
)

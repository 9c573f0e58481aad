"""dev216 items: the Rohingya crossing into Bangladesh and the camps of Cox's Bazar, Afghans
crossing into Iran and sent back from Iran, Pakistan and Turkey, Myanmar's borders with India and
Thailand, the Iran-Turkey mountains (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Rohingya exodus into Bangladesh tops 400,000, UN says",
    """COX'S BAZAR, Bangladesh - [[About 409,000 Rohingya|displaced;a=the UN refugee agency]]
    have crossed from Myanmar's Rakhine State into Bangladesh since {{Aug 25}}, the UN refugee
    agency said on Sunday. Aid workers said [[thousands of new arrivals|displaced;a=Aid
    workers]] were still reaching the Kutupalong camp each day, many after walking for a week
    through the hills. Human Rights Watch said satellite images showed that [[214
    villages|housing;a=Human Rights Watch]] in Rakhine had been almost completely destroyed by
    fire. UNICEF estimates [[some 240,000 children|displaced;a=UNICEF]] are among the new
    arrivals. The IOM said [[at least 88 people|killed;a=The IOM]] had drowned when overloaded
    boats capsized on the Naf river, and [[dozens more|missing;n=-;a=The IOM]] were missing.
    Bangladesh border guards said [[three people|injured;a=Bangladesh border guards]] had been
    wounded by landmines near the frontier. Bangladesh's government said it would build
    shelters for [[400,000 people|capacity;p;a=Bangladesh's government]] on forest land near
    Kutupalong.""",
)

item(
    "Fire razes thousands of shelters in Rohingya camp",
    """A fire ripped through {{Camp 11}} of the Kutupalong-Balukhali complex in Cox's Bazar on
    Sunday afternoon, destroying [[about 2,800 shelters|housing;a=the UN refugee agency]] and
    leaving [[some 12,000 Rohingya|displaced;a=the UN refugee agency]] homeless, the UN refugee
    agency said. Bangladeshi officials said [[35 mosques and learning
    centres|housing;a=Bangladeshi officials;n=mosques and learning centres]] had also burned.
    No deaths were reported. The camp is one of [[33 camps|capacity]] in the district that
    house [[nearly 1 million refugees|displaced]]. Aid agencies handed out emergency kits to
    [[2,000 families|aid]] on Monday. In {{January}}, a fire in {{Camp 5}} destroyed [[more
    than 700 shelters|housing]]. Fire officials said the blaze took nearly {{three hours}} to
    bring under control.""",
)

item(
    "Bangladesh says 60,000 Rohingya crossed in two months despite closed border",
    """[[About 60,000 Rohingya|displaced;a=Bangladesh's foreign adviser]] have entered
    Bangladesh in the past {{two months}}, fleeing fighting between Myanmar's army and the
    Arakan Army in Rakhine State, Bangladesh's foreign adviser said on Friday. The Border Guard
    Bangladesh (BGB) said it had pushed back [[more than 8,000 people|other;a=The Border Guard
    Bangladesh (BGB)]] trying to cross the Naf river since {{August}}. Satellite images
    analysed by Human Rights Watch show [[more than 3,000 buildings|housing;a=Human Rights
    Watch]] burned in Buthidaung town in {{May}}. Police in Teknaf arrested [[22
    brokers|arrested]] who charged families up to {{400,000 taka}} for a place on a boat.
    Médecins Sans Frontières said it had treated [[39 people|injured;a=Médecins Sans
    Frontières]] for wounds from drones and mortar fire at its clinics in a single week.
    Witnesses said [[dozens of bodies|killed;a=Witnesses]] lay on the Myanmar bank of the Naf
    after a drone strike on people waiting for boats near Maungdaw. Bangladesh already hosts
    [[more than 1 million Rohingya|displaced]], including [[about 36,000|displaced]] moved to
    the island of Bhasan Char.""",
)

item(
    "Kidnappings for ransom surge in Teknaf's Rohingya camps",
    """Armed gangs abducted [[at least 118 people|kidnapped;a=police]] in and around the
    Rohingya camps of Teknaf between January and June, police said, more than in the whole of
    {{2022}}. Police said [[63|kidnapped;a=Police]] of the victims were local Bangladeshis and
    the rest Rohingya refugees. Families have paid ransoms of up to {{500,000 taka}}, about
    {{$4,500}}. The Armed Police Battalion said it had rescued [[97 hostages|kidnapped;a=The
    Armed Police Battalion]] and arrested [[more than 40 suspects|arrested;a=The Armed Police
    Battalion]] in raids in the hills behind the camps. [[Two victims|killed;a=a police officer
    in Teknaf]] were killed when their families could not pay, a police officer in Teknaf said.
    A UN official said [[more than 60 Rohingya|killed;a=A UN official]] had died in clashes
    between armed groups inside the camps since January. The camps around Teknaf are home to
    [[about 150,000 refugees|displaced]] and sit beside [[some 300,000 Bangladeshi
    villagers|civilians]].""",
)

item(
    "Torkham crossing jammed as Pakistan deadline for undocumented Afghans passes",
    """TORKHAM, Afghanistan - [[More than 165,000 Afghans|returned;a=Taliban officials]] have
    crossed back into Afghanistan through Torkham since Pakistan ordered undocumented
    foreigners to leave by {{Nov 1}}, Taliban officials said on Thursday. UNHCR said [[some
    24,000 people|returned;a=UNHCR]] crossed on Tuesday alone, a record for a single day.
    Rights groups said Pakistani police had detained [[more than 2,000
    Afghans|arrested;a=Rights groups]] in Karachi and Islamabad in the past week. Pakistan has
    opened [[49 transit centres|capacity]] where people are held before being taken to the
    border. On the Afghan side, aid agencies have set up a tent camp with room for [[about
    10,000 people|capacity]]. Pakistan's interior minister said [[up to 800,000
    more|returned;p;a=Pakistan's interior minister]] would be sent back in a second phase.
    Pakistan's caretaker government says [[about 1.7 million Afghans|displaced;a=Pakistan's
    caretaker government]] in the country have no papers. The World Food Programme said it had
    given hot meals to [[30,000 people|aid;a=The World Food Programme]] at Torkham since the
    deadline passed.""",
)

item(
    "Islam Qala receives record returnees as Iran steps up deportations",
    """HERAT, Afghanistan - Iran is deporting [[more than 1,400 Afghans a day|returned;a=the
    International Organization for Migration]] through the Islam Qala crossing, the
    International Organization for Migration said on Tuesday. [[Some 1.1 million
    Afghans|returned;a=the agency;alt=the International Organization for Migration]] have
    returned or been deported from Iran since January, the agency said. UNICEF said [[more than
    12,000 unaccompanied children|returned;a=UNICEF]] were among them. The IOM reception centre
    at Islam Qala, with beds for [[3,000 people|capacity]], received [[more than
    7,000|returned]] on some days in {{June}}. The Haalvsh rights group said Iranian border
    guards had shot dead [[at least 18 Afghans|killed;a=The Haalvsh rights group]] trying to
    cross near Saravan in {{October}}. Iran says it hosts [[about 6 million
    Afghans|displaced;a=Iran]].""",
)

item(
    "Mizoram shelters 31,000 from Myanmar as Chin fighting spreads",
    """AIZAWL, India - Mizoram's home department said [[more than 31,000
    people|displaced;a=Mizoram's home department]] from Myanmar were living in the state, in
    [[about 160 relief camps|capacity;a=Mizoram's home department]] and with host families.
    Village councils said [[about 5,000|displaced;a=Village councils]] had crossed the Tiau
    river in the past week after fighting near Rihkhawdar. The Assam Rifles said they had sent
    back [[about 40 Myanmar soldiers|returned;a=The Assam Rifles]] who fled across the border.
    The Young Mizo Association handed out [[20 tonnes|aid]] of rice in Zokhawthar, where church
    groups said [[150-200 families|displaced;a=church groups]] were arriving each week. Doctors
    in Champhai said they had treated [[42 people|injured;a=Doctors in Champhai]] wounded in
    air strikes on the Myanmar side. New Delhi plans to fence the entire {{1,643-kilometre}}
    border.""",
)

item(
    "Thailand prepares for up to 100,000 as fighting nears Myawaddy",
    """MAE SOT, Thailand - Thailand's foreign ministry said it was ready to receive [[up to
    100,000 people|displaced;p;a=Thailand's foreign ministry]] fleeing fighting in the Myanmar
    border town of Myawaddy. [[About 3,000 people|displaced;a=Tak provincial officials]]
    crossed the Moei river into Mae Sot on Saturday, Tak provincial officials said. Officials
    said temporary shelters had been prepared for [[12,000 people|capacity;a=Officials]]. The
    Thai army said it had moved [[about 1,000 soldiers|combatants;a=The Thai army]] to the
    border. By Sunday evening [[about 1,200|returned]] had gone back across the river as the
    shooting died down. The Border Consortium said [[some 90,000 refugees|displaced;a=The
    Border Consortium]] already live in [[nine camps|capacity;a=The Border Consortium]] on the
    Thai side, some of them since the {{1980s}}.""",
)

item(
    "Bodies of Afghans recovered from snow on Van mountains",
    """Gendarmerie teams recovered the bodies of [[11 migrants|killed;a=the governor's office]]
    from snow-covered slopes in Van's Çaldıran district on Monday, the governor's office said.
    [[Six survivors|injured]] found nearby were taken to hospital with frostbite, and [[at
    least four others|missing]] were still being searched for. The group of [[about 20
    people|displaced]] had crossed from Iran on foot two nights earlier. Police detained [[two
    suspected smugglers|arrested]] in Çaldıran. Rights groups recorded [[at least 45
    deaths|killed;a=Rights groups]] in the Van border area in {{2022}}, most from cold.
    Temperatures in the mountains fall below {{minus 25C}} at night. Turkey says it prevented
    [[more than 100,000 crossings|other;a=Turkey]] from Iran that year.""",
)

item(
    "WFP avoids halving Rohingya rations after last-minute funding",
    """The World Food Programme said on Thursday it would keep food vouchers at {{$12}} a
    person a month for [[about 1 million Rohingya refugees|aid;p;a=The World Food Programme]]
    in Cox's Bazar after receiving new pledges. The agency said [[about 36,000
    people|aid;p;a=The agency;alt=The World Food Programme]] on Bhasan Char would also keep
    their vouchers. The agency had warned in {{March}} that rations would be cut to {{$6}}.
    UNHCR said [[about 118,000 new arrivals|displaced;a=UNHCR]] had been registered since
    {{2024}}. UNICEF said [[about 4,000 learning centres|other;a=UNICEF]] had closed because of
    funding cuts, leaving [[about 230,000 children|civilians;a=UNICEF]] without classes. In
    {{2023}}, when rations were cut to {{$8}}, acute malnutrition in the camps rose above
    {{15%}}.""",
)

item(
    "Iran begins building a wall on its Afghan border",
    """Iran has started building a concrete wall along its border with Afghanistan, the
    commander of its border guard said on Sunday. The first phase will cover {{74 kilometres}}
    in Razavi Khorasan province, and the plan covers about {{300 km}} of the {{921-kilometre}}
    frontier. The wall will be {{4 metres}} high and topped with razor wire. Officials put the
    cost at about {{$1.2 billion}} and said it should be finished by {{2027}}. Parts of the
    border in Sistan and Baluchestan already have trenches {{3 metres}} deep.""",
)

item(
    "What Afghans pay for the road to Turkey",
    """The journey from Nimroz in southwestern Afghanistan to the Turkish city of Van costs
    between {{$3,000}} and {{$4,000}}, Afghans who made it say. The route runs about {{2,500
    km}} through Iran and takes {{three to four weeks}}. The last stretch is a night walk of
    {{10 to 12 hours}} over mountains that reach {{3,000 metres}}. Smugglers add {{$500}} for a
    second attempt if the first fails. Payments are held by a broker in Kabul until the
    traveller calls from Istanbul, a system known as hawala that charges about {{3%}}.""",
)

item(
    "Afghans pour across Nimroz border into Iran after Taliban takeover",
    """ZARANJ, Afghanistan - The Norwegian Refugee Council said on Wednesday that [[up to 5,000
    Afghans a day|displaced;a=The Norwegian Refugee Council]] were crossing into Iran, most of
    them through Nimroz province. NRC estimated [[about 300,000|displaced;a=NRC]] had entered
    since {{August}}. Iran's interior ministry said it was deporting [[more than 1,000 people a
    day|returned;a=Iran's interior ministry]] who had no documents. In Zaranj, [[hundreds of
    families|displaced]] were sleeping in a bus terminal while they waited for smugglers, who
    charge about {{$400}} a person. Iranian border guards fired on a group crossing near
    Saravan in {{October}}, killing [[five|killed;a=Taliban officials]] and injuring
    [[eight|injured;a=Taliban officials]], according to Taliban officials. [[Between 15 and 20
    bodies|killed]] have been brought back through the Milak crossing since {{September}}.""",
)

item(
    "Bangladesh moves another 1,800 Rohingya to Bhasan Char",
    """CHITTAGONG, Bangladesh - Bangladesh's navy ferried [[about 1,800 Rohingya
    refugees|displaced;a=a navy commander]] to the island of Bhasan Char on Tuesday, a navy
    commander said, bringing the number moved there to [[more than 18,000|displaced;a=a navy
    commander]]. The island, {{60 km}} off the coast, was built to house [[100,000
    people|capacity]]. The government says it has [[120 housing
    clusters|capacity;u=structure;a=The government]] there. Police said [[27
    refugees|arrested;a=Police]] had been detained in {{March}} while trying to leave the
    island by fishing boat. Under a pilot plan agreed with Myanmar, [[about 1,100
    refugees|returned;p;a=Bangladeshi officials]] are due to go back to Rakhine, Bangladeshi
    officials said. Rights groups say [[at least 11 people|missing;a=Rights groups]] have
    vanished at sea after fleeing the island since {{2021}}.""",
)

item(
    "Iran deports Pakistanis through Taftan as Balochistan camp fills",
    """QUETTA, Pakistan - Iran has handed over [[more than 2,600
    Pakistanis|returned;a=Balochistan's Levies force]] at the Taftan border crossing since
    January, Balochistan's Levies force said on Monday. The force said its camp at Taftan, with
    space for [[500 people|capacity;a=The force;alt=Balochistan's Levies force]], was holding
    [[nearly 1,400|displaced;a=The force;alt=Balochistan's Levies force]]. The Federal
    Investigation Agency (FIA) said it had arrested [[34 human smugglers|arrested;a=The Federal
    Investigation Agency (FIA)]] in Quetta and Taftan this year. Officials in Quetta said [[six
    Pakistanis|killed;a=Officials in Quetta]] were shot dead by Iranian border guards near Mand
    in {{April}}. [[About 12,000 Pakistanis|arrested;a=a Senate committee]] are being held in
    Iranian jails, according to a Senate committee. Most of those sent back had paid smugglers
    about {{300,000 rupees}} to reach Iran on the way to Turkey.""",
)

item(
    "Afghan teenagers alone on the road west, Save the Children warns",
    """Save the Children said on Monday that [[about 14,000 unaccompanied
    children|returned;a=Save the Children]] had been deported or sent back alone from Iran
    through Islam Qala in the {{first six months}} of the year. The charity said [[at least 60
    children a week|returned;a=The charity;alt=Save the Children]] arrive alone at its centre
    in Herat. The centre has room for [[50 children|capacity]] but has taken in [[more than
    120|displaced]] on some nights. Turkish authorities said they had found [[about 1,800
    unaccompanied Afghan minors|arrested;a=Turkish authorities]] among migrants detained in Van
    in {{2022}}. Aid workers say boys {{as young as 12}} make the crossing. UNICEF said it had
    reunited [[about 3,000 children|other;a=UNICEF]] with their families in Afghanistan this
    year.""",
)

"""dev358 items: military operations in North and South Waziristan, Khyber, Bajaur and Tirah, and
the families who fled them and went back."""

from _wrap import item

item(
    "Zarb-e-Azb: hundreds of thousands flee North Waziristan",
    """The number of people who have fled North Waziristan since the army launched Operation
    Zarb-e-Azb has passed [[450,000|displaced;a=the FATA Disaster Management Authority]], the
    FATA Disaster Management Authority said on {{Sunday}}. The authority said it had registered
    [[43,875 families|displaced;a=The authority;alt=the FATA Disaster Management Authority]] at
    the Saidgi checkpoint, where [[up to 8,000 people a day|displaced;a=officials]] were
    crossing, officials said. Most have gone to relatives in Bannu, where the government has
    opened a camp at Baka Khel with space for
    [[around 3,000 tents|capacity;u=other]]; [[fewer than 100 families|displaced]] had moved into
    it by the weekend. Officials also said [[tens of thousands|displaced;a=Officials]] had crossed
    into Afghanistan's Khost province. The ISPR said [[more than 300 militants|killed;a=The
    ISPR]] had been killed since the start of the operation, mostly in air strikes on Mir Ali
    and Miranshah, and that [[19 soldiers|killed;a=The ISPR]] had died. The army gave families
    {{three days}} to leave before ground troops moved in.""",
)

item(
    "Bannu struggles with influx from North Waziristan",
    """The district administration in Bannu said on {{Thursday}} that
    [[about 70,000 displaced children|displaced;a=The district administration in Bannu]] were
    living in the town and its villages, many of them in rented rooms shared by
    several families. The World Food Programme said it
    was distributing rations to [[36,000 families|aid;a=The World Food Programme]] a month at
    [[five hubs|capacity;u=structure;a=The World Food Programme;n=hubs]] and that
    [[as many as 20,000 more|aid;p;a=The World Food Programme;n=-]] could be added as registration continued.
    [[Some 400 schools|capacity;a=officials]] in Bannu and Lakki Marwat have been turned over to
    displaced families, officials said, delaying the start of the school year for
    [[about 120,000 local pupils|other;a=officials]]. Residents complain that rents have tripled.
    [[Two men|killed;a=police]] were killed in a scuffle at a food distribution point on
    {{Tuesday}}, police said.""",
)

item(
    "Families begin returning to North Waziristan after two years",
    """The first convoy of [[about 1,800 families|returned;a=officials]] returned to Mir Ali on
    {{Monday}}, officials said, {{nearly two years}} after they were driven out by Operation
    Zarb-e-Azb. The FATA Disaster Management Authority said it planned to send back
    [[62,000 families|returned;p;a=The FATA Disaster Management Authority]] by the end of the year.
    Each returning household receives a cash grant of {{Rs 35,000}} and
    a food ration for {{six months}}. A survey by the authority found that
    [[11,214 houses|housing;a=A survey by the authority;alt=The FATA Disaster Management Authority]] had been fully destroyed and
    [[about 6,000|housing;a=A survey by the authority;alt=The FATA Disaster Management Authority;u=structure]] partly damaged in the agency. Mir Ali's
    main bazaar, with [[some 3,000 shops|housing;a=residents]], was razed during the operation,
    residents said. [[Around 9,000 families|displaced]] are still living in Afghanistan's Khost
    province.""",
)

item(
    "Khyber-I offensive drives families from Bara to Jalozai camp",
    """[[Thousands of families|displaced;a=the FATA Disaster Management Authority]] have fled the Bara area of Khyber agency since the army launched
    Operation Khyber-I against Lashkar-e-Islam, the FATA Disaster Management Authority said.
    It put the number registered at Jalozai camp near Nowshera at
    [[8,600 families|displaced;a=the FATA Disaster Management Authority]], or
    [[about 52,000 people|displaced;a=the FATA Disaster Management Authority]]. The camp,
    built in the {{1980s}} for Afghan refugees, now holds [[some 4,500 tents|capacity]]. The UN refugee agency said it had flown in
    [[2,000 more tents|aid;a=The UN refugee agency]] and [[10,000 blankets|aid;a=The UN refugee
    agency]] ahead of winter. The military said [[91 militants|killed;a=The military]] and
    [[seven soldiers|killed;a=The military]] had been killed in the first {{two weeks}} of the
    offensive, and that [[37 suspects|arrested;a=The military]] had been detained in Bara
    bazaar.""",
)

item(
    "Army chief says Tirah cleared as displaced families wait",
    """The army said on {{Friday}} it had cleared the Tirah valley of militants after an operation
    lasting {{four months}} in which [[about 190 militants|killed;a=The army]] and
    [[23 soldiers|killed;a=The army]] were killed. [[More than 100 militant
    hideouts|other;u=structure;a=The army]] and [[four bomb-making factories|other;u=structure;a=The army]]
    were destroyed, it said. Officials in Khyber district said
    [[around 26,000 families|displaced;a=Officials in Khyber district]] who fled the valley to
    Bara, Peshawar and Orakzai had not yet been told when they could go back. A tribal elder
    from the Kukikhel said [[at least 400 homes|housing;a=A tribal elder from the Kukikhel]] in
    his tribe's area alone had been destroyed or damaged by shelling. The provincial relief
    department said it was paying a monthly allowance of {{Rs 10,000}} to
    [[15,200 registered families|aid;a=The provincial relief department]].""",
)

item(
    "Bajaur operation: families flee Loi Mamund as curfew imposed",
    """The Khyber Pakhtunkhwa government said on {{Tuesday}} that
    [[more than 20,000 families|displaced;a=The Khyber Pakhtunkhwa government]] had fled the Loi
    Mamund and Wara Mamund areas of Bajaur since the army began a targeted operation against
    militants there. The district administration imposed a curfew on
    [[16 villages|other]] for {{72 hours}} and opened
    [[107 relief camps|capacity;a=The district administration]], most of them in government
    schools and colleges in Khar. Only [[about 1,500 families|displaced;a=officials]] were living
    in the camps, officials said; the rest had gone to relatives. The provincial disaster
    authority said it had sent [[2,600 tents|aid;a=The provincial disaster authority]] and
    [[5,000 food packages|aid;a=The provincial disaster authority]]. The ISPR said
    [[17 militants|killed;a=The ISPR]] had been killed on the first day. Residents said a mortar
    round had killed [[three children|killed;a=Residents]] in a house in Lagharai.""",
)

item(
    "Bajaur families start going home after jirga deal",
    """Displaced families began returning to Loi Mamund on {{Sunday}} after a jirga of elders
    reached an agreement with the administration under which militants are to leave the area.
    By the evening, [[some 4,000 families|returned;a=the deputy commissioner of Bajaur]] had
    gone back, the deputy commissioner of Bajaur said, and
    [[another 6,000 to 8,000|returned;p;a=the deputy commissioner of Bajaur]] were expected within the week. The relief camps
    in Khar will close by the end of the month. Elders said the operation had damaged
    [[roughly 350 houses|housing;a=Elders]] and [[45 shops|housing;a=Elders]], and that
    [[eight civilians|killed;a=Elders]] had been killed. The army said that
    [[as many as 40 militants|combatants;a=The army]] were still believed to be hiding in
    the hills along the Afghan border. The provincial government announced compensation of
    {{Rs 1 million}} for each destroyed house.""",
)

item(
    "ISPR: 925 militants killed in 2024, the most in nine years",
    """Security forces carried out [[59,775 intelligence-based operations|other;a=the director
    general of the ISPR;u=other]] across the country in {{2024}}, the director general of the
    ISPR told a news conference in Rawalpindi on {{Friday}}. He said [[925 terrorists|killed;a=the
    director general of the ISPR]] had been killed, the highest number in {{nine years}}, among
    them [[73 high-value targets|killed;a=the director general of the ISPR;n=targets]].
    [[383 officers and soldiers|killed;a=the director general of the ISPR;n=officers and
    soldiers]] had been killed in the same period, he said. [[Around 14 suicide
    bombers|arrested;a=the director general of the ISPR]] were also caught before they could strike, according to him. The
    military says operations are now carried out on average at a rate of
    [[179 a day|other;a=The military;u=other]]. The spokesman said more than {{60 per cent}} of
    the attacks had been planned in Afghanistan.""",
)

item(
    "South Waziristan: residents of Makeen told to leave ahead of operation",
    """Authorities in South Waziristan told residents of [[21 villages|other;a=Authorities in
    South Waziristan]] in the Makeen and Ladha areas to leave by {{Sunday}} ahead of an operation
    against the TTP, local officials said. [[Some 3,000 families|displaced;a=local officials]]
    had already set off towards Tank and Dera Ismail Khan, local officials said, many of them
    in trucks loaded with their belongings and livestock. The tribal elders' council said the
    order would affect [[about 60,000 people|civilians;a=The tribal elders' council]]. The
    provincial government said it would set up [[three camps|capacity;p;a=The provincial
    government]] in Tank for [[up to 5,000 families|capacity;p;a=The provincial government]].
    The area was also emptied during Operation Rah-e-Nijat in {{2009}}, and many families only
    returned in {{2017}}. [[At least 12 soldiers|killed]] have been killed in the area in the past
    {{month}}.""",
)

item(
    "Drone strike in Mir Ali kills children, residents stage sit-in",
    """Residents of Mir Ali in North Waziristan blocked the Bannu-Miranshah road on {{Tuesday}} with
    the bodies of [[four children|killed;a=relatives]] they said were killed when a quadcopter
    dropped explosives on a house in Hurmaz village, relatives said. [[Five others|injured;a=Doctors
    at the Mir Ali hospital]], among them [[two women|injured;a=Doctors at the Mir Ali
    hospital]], were wounded, Doctors at the Mir Ali hospital said. The military said it had
    not carried out any strike in the area and blamed militants. The sit-in, joined by
    [[about 3,000 people|other;a=organisers]] according to organisers, ended on {{Thursday}} after
    the provincial government promised an inquiry and compensation of {{Rs 5 million}} for each
    family. The Human Rights Commission of Pakistan said [[at least 20 civilians|killed;a=The
    Human Rights Commission of Pakistan]] had been killed by drones in North Waziristan since
    {{January}}, and that [[dozens of families|displaced;a=The
    Human Rights Commission of Pakistan]] had left villages near Mir Ali for
    Bannu.""",
)

item(
    "Tirah families flee again as army moves against militants",
    """Long lines of pick-ups and tractor-trolleys carried families down from the Tirah valley to
    Bara and Jamrud on {{Saturday}} after the army told residents of the Bagh area to leave.
    Khyber's deputy commissioner said [[about 2,500 families|displaced;a=Khyber's deputy
    commissioner]] had been registered at [[four reception points|capacity;a=Khyber's deputy
    commissioner]] in {{48 hours}}, and that [[up to 10,000 families|displaced;p;a=Khyber's deputy commissioner]] could
    eventually leave. Elders of the Kukikhel and Zakhakhel said
    [[hundreds of families|displaced;a=Elders of the Kukikhel and Zakhakhel]] had been stranded
    on the road overnight by snow. Residents said [[five people|killed;a=Residents]], among them
    [[two sisters|killed;a=Residents]], were killed
    when a mortar round hit their home last week. The provincial government said it would pay
    each family {{Rs 50,000}} and provide [[40,000 ration bags|aid;p;a=The provincial
    government]] over the winter.""",
)

item(
    "Police fire on Bannu peace march, one killed",
    """[[One protester|killed;a=hospital officials]] was killed and
    [[at least 22 people|injured;a=hospital officials]] were wounded when shots were fired at a
    peace march in Bannu on {{Friday}}, hospital officials said. The march, which drew
    [[tens of thousands|other;a=its organisers]] according to its organisers, was called to
    oppose a new military operation, Azm-e-Istehkam, which residents fear will uproot them as
    Zarb-e-Azb did. Police said [[between 8 and 10 armed men|other;a=Police]] had fired from
    near the cantonment wall, and that [[six suspects|arrested;a=Police]] had been detained.
    Protesters set fire to [[two police vehicles|other]] and a checkpost.
    The federal government said the operation would not require any families to leave their
    homes. Traders kept [[more than 5,000 shops|other;a=Traders]] in the city shut the next day,
    Traders said.""",
)

item(
    "South Waziristan returns completed, authority says",
    """The FATA Disaster Management Authority said on {{Wednesday}} that the return of families
    displaced from South Waziristan was complete, with [[71,124 families|returned;a=The FATA
    Disaster Management Authority]] back in the Mehsud areas since returns began in {{2015}}.
    [[About 1,300 families|displaced;a=officials]] who do not want to go back remain in Dera
    Ismail Khan and Tank, officials said. A damage survey counted
    [[over 15,000 houses|housing;a=A damage survey]] destroyed or damaged during Operation
    Rah-e-Nijat. The authority said [[9,800 houses|housing;a=The authority;alt=The FATA Disaster
    Management Authority]] had been rebuilt with government grants and
    [[a further 2,000|housing;u=structure;p;a=The authority;alt=The FATA Disaster Management Authority]] would
    be finished by {{June}}. Returning families received {{Rs 400,000}} for a destroyed house and
    {{Rs 160,000}} for a damaged one. [[Sixty-eight schools|other]] have reopened, most of them
    in rebuilt buildings.""",
)

item(
    "Jalozai camp to close as last Orakzai families go home",
    """The last displaced families from Orakzai will leave Jalozai camp by the end of {{March}},
    the provincial relief department said on {{Monday}}, after which the camp will close. At its
    height in {{2015}} the camp held [[about 23,000 families|displaced;a=the department;alt=the provincial relief department]],
    the department said; [[612 families|displaced;a=the department;alt=the provincial relief department]] remain, together with
    [[fewer than 300 families|displaced;a=the department;alt=the provincial relief department]] from Kurram. Each family going back
    will get a transport grant and [[one food package|aid;u=other]] a month for
    {{six months}}. The World Food Programme said it had served
    [[1.1m people|aid;a=The World Food Programme]] displaced from the tribal districts since
    {{2014}}. Aid workers said [[hundreds of tents|other;a=Aid workers]] would be handed to
    families whose homes in Orakzai are still being rebuilt, and that
    [[up to 40 camp staff|other;p;a=Aid workers]] would be laid off.""",
)

item(
    "Merged districts' development fund falls short again",
    """The federal government released only {{Rs 38 billion}} of the {{Rs 100 billion}} a year it
    promised for the former tribal districts when they merged with Khyber Pakhtunkhwa in
    {{2018}}, the provincial finance department said on {{Tuesday}}. The shortfall means that
    {{62 per cent}} of the promised money has not arrived. The districts were also meant to receive
    {{3 per cent}} of the divisible pool under the National Finance Commission award, which has
    not been revised since {{2010}}. Provincial officials said the {{10-year}} plan would have to
    be extended to {{2030}}. Work on the road from Bannu to Miranshah, {{66 km}} long, has stalled
    for {{eight months}}.""",
)

item(
    "Curfew relaxed in Miranshah for Eid",
    """The administration in North Waziristan relaxed the curfew in Miranshah and Mir Ali from
    {{6am}} to {{6pm}} on {{Wednesday}} and {{Thursday}} so that residents could shop for Eid, a
    notification said. The curfew, in force since {{June 15}}, will be reimposed at {{6pm}} on
    {{Thursday}}. Mobile internet remains suspended for a {{third week}}. Temperatures in the
    valley have passed {{44C}}, and residents complained of power cuts of up to {{18 hours}} a
    day. The notification, issued under {{Section 144}}, also bans pillion riding on motorcycles
    until {{July 31}}.""",
)

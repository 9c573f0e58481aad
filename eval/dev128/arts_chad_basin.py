"""The Lake Chad basin and northern Nigeria (Borno, the north-west, the Middle Belt, Cameroon's
Far North, Chad's Lac, Niger's Diffa): ISWAP and Boko Haram, bandits, herders, abductions,
surrenders, camps and resettlement, malnutrition (12 articles with figures, 1 without)."""

from _wrap import item

item(
    "ISWAP overruns army base in Marte, thousands flee to Dikwa",
    """Fighters of the Islamic State West Africa Province (ISWAP) on Saturday overran a military
    base in Marte, Borno State, killing [[at least five soldiers|killed;a=military sources]],
    military sources told Daily Trust. The insurgents, who arrived in [[up to 20 gun
    trucks|other;a=a soldier]] at around {{6pm}}, dislodged the troops after a gun battle that
    lasted {{over two hours}}, a soldier said by telephone from Dikwa. He said they also carted
    away [[three armoured vehicles|other;a=a soldier]] and set ablaze [[dozens of
    houses|housing;a=a soldier]] in the town before withdrawing towards the Lake Chad islands.
    The Borno State Emergency Management Agency (SEMA) said [[over 12,000 people|displaced;a=The
    Borno State Emergency Management Agency]] had fled Marte and surrounding communities to
    Dikwa
    and Ngala, where [[two camps|capacity;a=The Borno State Emergency Management Agency]] were
    already overcrowded. Marte had been resettled by Governor Babagana Zulum in {{2018}}, with
    [[about 8,000 returnees|returned]] living in [[1,000 houses|housing]] rebuilt by the state
    government. The army said the troops had made a "tactical withdrawal" and that [[scores of
    terrorists|killed;a=The army]] had been neutralised in the counter-attack that followed on
    Sunday morning. It was the {{third}} time in {{two years}} that the town had changed hands.
    The attack of {{April 2021}} came {{a week}} after insurgents burned the UN humanitarian hub
    in Dikwa, forcing aid workers to withdraw.""",
)

item(
    "Jere farmers' massacre: 43 bodies buried as search continues",
    """The bodies of [[43 farmers|killed]] killed by Boko Haram insurgents in rice fields at
    Koshebe, in Jere Local Government Area of Borno State, were buried on Sunday at Zabarmari.
    The farmers, most of them labourers from Sokoto State who had come to harvest rice, were
    rounded up, tied and slaughtered on Saturday. A member of the Civilian Joint Task Force who
    took part in the search said [[six other bodies|killed;a=A member of the Civilian Joint Task
    Force]] were found on Sunday evening, raising the toll to [[49|killed;a=A member of the
    Civilian Joint Task Force]], and that [[at least eight|missing;a=A member of the Civilian
    Joint Task Force]] were still unaccounted for. The UN's humanitarian coordinator in Nigeria
    said [[at least 110 civilians|killed;a=The UN's humanitarian coordinator in Nigeria]] had
    been killed, a figure the state government disputed. Governor Babagana Zulum, who attended
    the
    burial, said [[three farmers|injured;a=Governor Babagana Zulum]] who escaped with wounds
    were
    receiving treatment in Maiduguri. Residents said [[as many as 60
    women|kidnapped;a=Residents]]
    were believed to have been abducted from nearby farms, but the police said they had no such
    report. The insurgents had accused the farmers of handing over a fighter to soldiers
    {{a week}} earlier. Rice farming around Zabarmari employs [[thousands of seasonal
    workers|other]] every harvest, many of them from the north-west, and the governor urged the
    army to recruit more members of the Civilian JTF to protect the fields. It was the deadliest
    attack on civilians in Nigeria in {{2020}}.""",
)

item(
    "Kuriga: 137 abducted pupils and teachers regain freedom after 16 days",
    """[[One hundred and thirty-seven pupils and teachers|kidnapped;n=pupils and teachers;a=the
    Kaduna State Government]] abducted from LEA Primary and Secondary School, Kuriga, in Chikun
    Local Government Area of Kaduna State, have regained freedom, the Kaduna State Government
    announced on Sunday. Governor Uba Sani said in a statement that the victims, who spent {{16
    days}} in captivity, were rescued by the military and would be reunited with their families
    after medical checks. The Defence Headquarters said [[76 females|kidnapped;a=The Defence
    Headquarters]] and [[61 males|kidnapped;a=The Defence Headquarters]] were among those freed.
    The abduction on {{7 March 2024}} had sparked confusion over numbers. The school's
    headmaster had said [[287 pupils|kidnapped;a=The school's headmaster]] were taken, but the
    state government later put the number at [[137|kidnapped;a=the state government;alt=the
    Kaduna State Government]] after a headcount, saying some children had escaped or returned
    home. Parents who gathered at the palace of the district head on Sunday evening wept as the
    names of the freed children were read out, but some said their wards were not on the list
    and accused officials of hiding the truth. A teacher, Abubakar Isah, {{aged 50}}, died in
    captivity, his family said. Residents
    said the gunmen, who arrived on [[about 60 motorcycles|other;a=Residents]], had demanded a
    ransom of {{N1 billion}}, which the federal government said was not paid. [[More than 1,000
    people|kidnapped;a=the state's Ministry of Internal Security]] were kidnapped in Kaduna
    State in {{2023}}, according to the state's Ministry of Internal Security. It was the
    largest school abduction since [[the 279 schoolgirls|kidnapped]] taken from Jangebe, in
    Zamfara State, in {{February 2021}}.""",
)

item(
    "Bandits kill 17 in Sabon Birni villages over unpaid levy",
    """Bandits on Tuesday killed [[17 persons|killed;a=residents]] in [[three
    villages|other;a=residents]] of Sabon Birni Local Government Area of Sokoto State after the
    communities failed to pay a levy imposed on them, residents told PREMIUM TIMES. The gunmen,
    numbering [[between 100 and 150|combatants;a=Malam Sani Garba;alt=a resident]], stormed the
    villages on
    motorcycles shortly after Asr prayers, a resident, Malam Sani Garba, said. He said the
    bandits had demanded {{N5 million}} from each village as "protection money" {{two weeks}}
    ago and threatened to attack if it was not paid by Sunday. "They were shooting everybody
    they saw. Among the dead are [[five women|killed;a=Malam Sani Garba]], we buried them this
    morning," he said. Another resident said [[about 200 cattle|other;a=Another resident]] and
    [[scores of sheep and goats|other;n=sheep and goats;a=Another resident]] were rustled. The
    police spokesman in Sokoto, ASP Ahmed Rufai, confirmed the attack but put the death toll at
    [[11|killed;a=ASP Ahmed Rufai;alt=The police spokesman in Sokoto]], adding that [[two
    suspects|arrested;a=ASP Ahmed Rufai;alt=The police spokesman in Sokoto]] had been arrested.
    Residents said [[more than 40 persons|kidnapped;a=Residents]] from the area were still being
    held by the bandits, some of them for {{over three months}}. Sabon Birni, which borders the
    Niger Republic, has been under the sway of bandit kingpins since {{2019}}, and [[thousands
    of residents|displaced]] have fled to Sokoto, the state capital, {{about 200km}} away.""",
)

item(
    "Benue: 'over 100 souls' lost in Yelwata attack, says council chairman",
    """The Chairman of Guma Local Government Area of Benue State, Mr Mike Ubwa, has said [[more
    than 100 souls|killed;a=Mr Mike Ubwa;alt=The Chairman of Guma Local Government Area of Benue
    State]] were lost in Friday night's attack on Yelwata community by suspected herdsmen.
    Speaking to The PUNCH on Saturday, Ubwa said the attackers came from several directions at
    about {{10pm}}, shooting sporadically and setting [[dozens of houses|housing;a=Ubwa]]
    ablaze, with some families locked inside. The police, however, put the toll at
    [[42|killed;a=The police]], saying [[18 persons|injured;a=The police]] were receiving
    treatment at the Federal Medical Centre, Makurdi. Residents said [[about 3,000
    persons|displaced;a=Residents]] had fled to Daudu and Makurdi, where the state already runs
    [[17 official IDP camps|capacity]]. The Benue State Emergency Management Agency (SEMA) said
    the state was hosting [[over 500,000 IDPs|displaced;a=The Benue State Emergency Management
    Agency]] in camps and host communities before the attack. Governor Hyacinth Alia, who
    visited Yelwata on Sunday, announced that [[500 more security
    personnel|combatants;p;a=Governor Hyacinth Alia]] would be deployed to Guma and Gwer West.
    Eyewitnesses who spoke to our correspondent said the assailants, some of them in military
    camouflage, blocked the exits of the community before opening fire, while others went from
    house to house with jerrycans of petrol. The Tor Tiv, the paramount ruler of the Tiv nation,
    called the attack a "genocide" and urged the federal government to declare a state of
    emergency on security in the state. He described the killings as "a calculated attempt to
    wipe out our people from their
    ancestral land". Since {{2017}}, when the state's anti-open grazing law was passed, attacks
    blamed on herders have spread from Agatu to Guma, Logo and Kwande. The Nigerian Medical
    Association appealed for blood donors as the hospital ran short, {{two days}} after the
    attack of {{June 2025}}.""",
)

item(
    "Cameroon: suicide bomber kills worshippers at Kolofata mosque",
    """A suicide bomber blew herself up at a mosque in Kolofata, in Cameroon's Far North region,
    during evening prayers on Friday, killing [[at least nine people|killed;a=a local
    official]] and wounding [[15 others|injured;a=a local official]], a local official told AFP.
    Witnesses said the attacker appeared to be a teenage girl of {{about 15 years old}}. A
    {{second}} bomber was shot dead by members of a vigilance committee before she could
    detonate
    her explosives, the official said. According to the International Crisis Group, Boko Haram
    and its splinter faction have carried out [[more than 200 suicide
    attacks|other;u=other;a=the
    International Crisis Group]] in the region since {{2014}}, many of them by women and girls.
    The UN says the violence has displaced [[some 240,000 people|displaced;a=The UN]] in the Far
    North, while [[about 90,000 Nigerian refugees|displaced;a=The UN]] live in the Minawao camp
    and nearby villages. In the Mayo-Sava and Mayo-Tsanaga departments, [[more than 100
    schools|other]] remain closed. In August, [[four soldiers|killed]] were killed when their
    vehicle hit a landmine near Tolkomari. Cameroon has deployed [[some 2,000
    troops|combatants]] with the Multinational Joint Task Force, which groups the armies of the
    Lake Chad basin, and a further contingent of the elite Rapid Intervention Battalion patrols
    the border. Kolofata lies {{about 10 km}} from Nigeria, and Friday's bombing was
    the {{fourth}} in the town since the start of {{2017}}.""",
)

item(
    "Chad: Boko Haram attack on Lake Chad base kills around 40 soldiers",
    """Boko Haram fighters attacked a military base on the island of Barkaram in Chad's Lac
    province late on Sunday, killing [[around 40 soldiers|killed;a=the presidency]], the
    presidency said. President Mahamat Idriss Deby, who travelled to the area on Monday,
    announced an operation to track down the attackers. A military source told AFP that
    [[about 20 soldiers|injured;a=A military source]] were wounded and that the attackers made
    off with weapons and ammunition. He said the assailants, [[several hundred|combatants;a=A
    military source]] in number, arrived in [[dozens of canoes|other;a=A military source]] from
    the islands on the Nigerian side of the lake. The army later said [[96
    terrorists|killed;a=The army]] had been neutralised during the operation, which it named
    Haskanite. In {{March 2020}}, an assault on the Boma peninsula killed [[98
    soldiers|killed]],
    prompting Deby's late father, Idriss Deby Itno, to lead an offensive against the group in
    person. Chad has threatened to withdraw its [[1,000 troops|combatants]] from the
    Multinational Joint Task Force, saying the burden is not shared. The Lac province hosts
    [[about 220,000 internally displaced persons|displaced;a=the UN]], according to the UN, and
    [[nearly 30,000 refugees|displaced]] from Nigeria and Niger live in camps around Baga Sola.
    The attack of {{27 October 2024}} was the deadliest on the army in {{four years}}.""",
)

item(
    "Niger's Diffa region struggles with 240,000 displaced after Bosso attack",
    """[[About 50,000 people|displaced;a=the United Nations]] have fled the town of Bosso and
    surrounding villages in south-eastern Niger since Boko Haram fighters attacked an army post
    there on {{3 June}}, the United Nations said on Wednesday. Many walked {{30 kilometres}} to
    reach the Kinjandi area along the national road, where they have set up makeshift shelters
    with little water. The attack killed [[26 Nigerien soldiers|killed;a=the Defence Ministry]]
    and [[two Nigerian soldiers|killed;a=the Defence Ministry]], the Defence Ministry said.
    Niger
    said [[55 assailants|killed;a=Niger]] were killed when troops retook the town {{two days}}
    later. The Diffa region now hosts [[more than 240,000 people|displaced;a=UNHCR]] who have
    fled
    violence, according to UNHCR. By its count, they include [[88,000 Nigerian
    refugees|displaced;a=UNHCR]], [[some 127,000 internally displaced|displaced;a=UNHCR]] and
    [[about 29,000 returning Nigeriens|returned;a=UNHCR]] who had lived in Nigeria. The World
    Food Programme said it planned to distribute food to [[75,000 people|aid;p;a=The World Food
    Programme]] in the coming weeks, but that access along the road was difficult. Diffa has
    been attacked repeatedly since {{February 2015}}, when Boko Haram first struck inside Niger,
    and the state of emergency was extended again in {{May 2016}} for {{three months}}.""",
)

item(
    "Borno shuts Maiduguri camps; IDPs say home towns are not ready",
    """The Borno State Government has closed [[eight official camps|capacity]] for internally
    displaced persons in Maiduguri since {{October 2021}}, relocating [[about 140,000
    people|displaced]] to their home towns or to new housing estates. Officials of the state's
    resettlement ministry told HumAngle that [[more than 21,000 households|returned;a=Officials
    of the state's resettlement ministry]] had been resettled in towns such as Bama, Dikwa and
    Gwoza. Each household received {{N100,000}} and a bag of rice, while women heads of
    household
    got an extra {{N50,000}}. In Bama alone, [[3,600 houses|housing;a=the ministry;alt=the
    state's resettlement ministry]] have been rebuilt, the ministry said. But many returnees
    interviewed by HumAngle said they could not farm beyond the trenches dug around the towns.
    Falmata Bukar, {{aged 38}}, who lived in the Bakassi camp for {{six years}}, said she now
    sells firewood collected within a {{2km}} radius guarded by soldiers. The Norwegian Refugee
    Council said [[at least 15 returnees|killed;a=The Norwegian Refugee Council]] had been
    killed by insurgents while fetching firewood outside Bama and Gwoza since January. Around
    [[1.8 million people|displaced;v=1800000;a=the International Organization for Migration]]
    remain displaced in north-east Nigeria, according to the International Organization for
    Migration. The governor, Babagana Zulum, has said he plans to resettle [[the remaining
    50,000 camp residents|returned;p;a=Babagana Zulum]] by {{2026}}. [[Some 2,000
    IDPs|displaced;a=the ministry;alt=the state's resettlement ministry]] moved to the new Muna
    estate on the outskirts of Maiduguri in {{2022}}, the ministry said.""",
)

item(
    "Over 1,200 insurgents surrender in two weeks, says Defence Headquarters",
    """Troops of Operation Hadin Kai received [[1,237 Boko Haram and ISWAP
    fighters|arrested;a=the Defence Headquarters]] who surrendered with [[2,466 family
    members|arrested;a=the Defence Headquarters]] across the north-east in the past {{two
    weeks}}, the Defence Headquarters said on Thursday. The Director of Defence Media
    Operations, Major General Musa Danmadami, told a briefing in Abuja that troops had also
    neutralised [[61 terrorists|killed;a=Major General Musa Danmadami;alt=The Director of
    Defence Media Operations]] and arrested [[34 suspected logistics suppliers|arrested;a=Major
    General Musa Danmadami;alt=The Director of Defence Media Operations]]. He said [[46 assault
    rifles|other;a=Major General Musa Danmadami]], [[2,150 rounds|other;a=Major General Musa
    Danmadami]] of ammunition and [[12 motorcycles|other;a=Major General Musa Danmadami]] were
    recovered. He put the total number of insurgents and family members who had surrendered
    since {{July 2021}} at [[over 83,000|arrested;a=Major General Musa Danmadami]]. The Borno
    State Government, which runs the Hajj camp where the surrendered persons are profiled, says
    only {{about 30 per cent}} of them are combatants, the rest being women, children and
    elderly relatives. HumAngle reporters who visited the camp counted [[more than 3,000
    people|arrested;a=HumAngle reporters]] crammed into its halls. Victims' groups in Bama and
    Konduga have protested against the programme, arguing that former fighters are being
    released into communities they attacked. The military says the surrenders in {{2022}} show
    that the insurgency is collapsing.""",
)

item(
    "Shiroro: bandits kill soldiers, police at mining site, abduct Chinese workers",
    """Bandits stormed a mining site at Ajata-Aboki in Shiroro Local Government Area of Niger
    State on Wednesday, killing [[at least 30 security personnel|killed;a=security sources]]
    and abducting [[four Chinese workers|kidnapped;a=security sources]], security sources told
    Daily Trust. The dead included [[22 soldiers|killed]] and [[seven mobile
    policemen|killed]], as well as officers of the civil defence corps guarding the site. A
    source at the divisional headquarters said the attackers arrived on [[over 200
    motorcycles|other;a=A source at the divisional headquarters]] from the forests along the
    border with Kaduna State. The Niger State Commissioner for Internal Security, Emmanuel
    Umar, confirmed the
    attack and said [[11 workers|missing;a=Emmanuel Umar;alt=The Niger State Commissioner for
    Internal Security]] were still missing. Residents of Erena and Kuchi said [[thousands of
    people|displaced;a=Residents of Erena and Kuchi]] had fled to Minna, {{about 90km}} away,
    fearing reprisals. The state government said in {{2021}} that bandits had killed [[over
    2,000 persons|killed;a=The state government]] in the state and sacked [[more than 400
    villages|other;a=The state government]] since {{2019}}. Mining in Shiroro has expanded
    despite a ban announced by the federal government in {{April 2019}}, and residents say the
    sites pay bandits for protection. The attack of {{June 2022}} was the deadliest on security
    forces in the state in {{five years}}.""",
)

item(
    "Army chief: insurgency in 'final phase', 16 years on",
    """The Chief of Army Staff said on Tuesday that the war against Boko Haram and ISWAP had
    entered its "final phase", {{16 years}} after the insurgency began in Maiduguri in {{July
    2009}}. Speaking at the {{2025}} Nigerian Army Day Celebration in Maiduguri, marking the
    {{162nd}} anniversary of the army, he said troops now controlled "{{over 90 per cent}}" of
    the territory once held by the insurgents in the north-east. He said operational spending
    had risen to {{N1.2 trillion}} in {{2024}}, and that a {{1,200 km}} network of roads linking
    Maiduguri to Damboa, Bama and Monguno had been reopened to civilian traffic. The general,
    {{aged 55}}, who was commissioned in {{1992}} as a member of the {{39th}} Regular Course,
    took office in {{October 2024}}. Analysts note that similar claims were made in {{December
    2015}}, when President Muhammadu Buhari declared the group "technically defeated". Attacks
    in
    Borno rose by {{a third}} in the {{first six months}} of the year compared with the same
    period of {{2024}}, according to a security consultancy based in Lagos. The celebration,
    which ran from {{1 to 6 July}}, ended with a parade at the Maimalari Barracks.""",
)

item(
    "MSF raises alarm as malnourished children flood Katsina clinics",
    """Medecins Sans Frontieres (MSF) said on Tuesday it had admitted [[more than 10,000
    children|injured;a=Medecins Sans Frontieres]] with severe acute malnutrition and
    complications to its inpatient centres in Katsina State since {{January 2025}}, nearly
    {{twice}} as many as in the same period last year. [[At least 650 of the
    children|killed;a=the organisation;alt=Medecins Sans Frontieres]] died, the organisation
    said. "The hospital has [[300 beds|capacity;a=Dr Aminu Garba]] and this morning we had
    [[more
    than 520 children|injured;a=Dr Aminu Garba]] admitted, two or three to a bed," said Dr Aminu
    Garba, MSF's medical coordinator in the state. Banditry has driven [[hundreds of thousands
    of
    people|displaced]] from farms across the north-west, and those who stay often pay levies to
    armed gangs to be allowed to harvest. A {{50kg}} bag of maize now sells for {{N75,000}} in
    Katsina market, against {{N25,000}} in {{2023}}. The Katsina State government said it had
    distributed [[20,000 bags|aid;a=The Katsina State government]] of grain and enrolled [[over
    60,000 households|aid;a=The Katsina State government]] in a cash-transfer scheme. UNICEF
    estimates that [[about 1.5 million children|civilians;v=1500000;a=UNICEF]] {{under five}} in
    the north-west suffer from acute malnutrition, with the lean season expected to peak in
    August. MSF called on donors to fund therapeutic food before stocks run out in {{six
    weeks}}.""",
    ["two or three"],
)

"""Beyond the war desks: disasters, stampedes, epidemics, strikes and street protests whose
numbers also come from several mouths (interior ministries against unions, civil defence
against the UN, organisers against police), with background figures nobody is said to give
(20 items with figures, 3 without)."""

from _wrap import item

item(
    "Morocco quake toll climbs, homes flattened in the Atlas",
    """MARRAKECH (Reuters) - Morocco's interior ministry said on Monday that [[2,946
    people|killed;a=Morocco's interior ministry]] had died and [[5,674|injured;a=Morocco's interior
    ministry]] were injured in Friday's earthquake, the country's deadliest since {{1960}}. [[More
    than 50,000 homes|housing]] were damaged in the High Atlas, many of them mud-brick villages that
    rescuers could reach only on foot. The quake had a magnitude of {{6.8}}.""",
)

item(
    "Hathras stampede: police say crowd was three times permitted size",
    """LUCKNOW, India (PTI) - Police said [[121 people|killed;a=Police]], most of them women, died
    in a crush at a religious gathering in Hathras district. A police report said organisers had
    permission for [[80,000 people|capacity;a=A police report]] but that [[more than
    250,000|other;a=A police report]] attended. The preacher's lawyer said "anti-social elements"
    had sprayed a poisonous substance into the crowd.""",
)

item(
    "Pakistan floods: NDMA counts damaged homes; UN relays agency figures",
    """ISLAMABAD (AFP) - Pakistan's National Disaster Management Authority said [[1,739
    people|killed;a=Pakistan's National Disaster Management Authority]] had died in the floods and
    [[more than 2 million homes|housing;a=Pakistan's National Disaster Management Authority]] had
    been damaged or destroyed. The government says [[33 million people|civilians;a=The government]]
    have been affected. The UN humanitarian office, citing the NDMA, said [[about 8
    million|displaced;a=The UN humanitarian office;alt=the NDMA]] had been displaced.""",
)

item(
    "London march: police and organisers give very different crowd sizes",
    """LONDON (Reuters) - The Metropolitan Police estimated [[about 300,000 people|other;a=The
    Metropolitan Police]] took part in Saturday's pro-Palestinian march, while organisers put the
    figure at [[800,000|other;a=organisers]]. Police said [[126 people|arrested;a=Police]] were
    arrested, [[82 of them|arrested;n=-;a=Police]] counter-protesters.""",
)

item(
    "France pension protests: ministry and CGT count",
    """PARIS (AFP) - France's interior ministry counted [[1.28 million
    protesters|other;v=1280000;a=France's interior ministry]] nationwide on Thursday, including
    [[119,000|other;a=France's interior ministry]] in Paris. The CGT union said [[more than 3.5
    million|other;a=The CGT union]] marched. Interior Minister Gerald Darmanin said [[457
    people|arrested;a=Gerald Darmanin;alt=Interior Minister Gerald Darmanin]] had been detained and
    [[441 police officers|injured;a=Gerald Darmanin;alt=Interior Minister Gerald Darmanin]] hurt in
    clashes.""",
)

item(
    "Yemen cholera: WHO count passes 1 million suspected cases",
    """GENEVA (Reuters) - The World Health Organization said [[more than 1 million suspected cholera
    cases|other;a=The World Health Organization]] had been recorded in Yemen since {{April 2017}},
    and [[about 2,200 deaths|killed;a=The World Health Organization]]. The health ministry in Sanaa
    says its own count is higher. Fewer than half of the country's health facilities are fully
    working.""",
)

item(
    "Hajj heat deaths: Saudi minister gives first toll",
    """RIYADH (Reuters) - Saudi Arabia's health minister, Fahd Al-Jalajel, said [[1,301
    pilgrims|killed;a=Fahd Al-Jalajel;alt=Saudi Arabia's health minister]] had died during the hajj,
    which took place in temperatures of up to {{51.8 C}}, and that {{83%}} of them were not
    registered. Egypt's government said [[more than 600|killed;a=Egypt's government]] of the dead
    were Egyptian. [[About 1.8 million pilgrims|other]] took part this year.""",
)

item(
    "Rio Grande do Sul floods: civil defence counts displaced and shelters",
    """PORTO ALEGRE, Brazil (Reuters) - Rio Grande do Sul's civil defence said [[more than 580,000
    people|displaced;a=Rio Grande do Sul's civil defence]] had been forced from their homes by the
    floods, [[about 77,000|displaced;a=Rio Grande do Sul's civil defence]] of them in public
    shelters. The state has opened [[more than 800 shelters|capacity]] in schools, gyms and
    churches. [[Dozens of people|missing]] are still missing.""",
)

item(
    "Malawi's government and UN count cyclone camps",
    """BLANTYRE, Malawi (AP) - Malawi's disaster management department said [[more than 500,000
    people|displaced;a=Malawi's disaster management department]] were living in [[534
    camps|capacity;a=Malawi's disaster management department]] after Cyclone Freddy. The UN said
    cholera was spreading in the camps, where [[up to 2,000 people|displaced;a=The UN]] share a
    single water point. The cyclone lasted more than {{five weeks}}, a record.""",
)

item(
    "Maui fires: list of missing shrinks as county confirms deaths",
    """LAHAINA, Hawaii (AP) - Maui County said [[102 people|killed;a=Maui County]] had been
    confirmed dead in the Lahaina fire. The FBI said the list of people unaccounted for, which had
    held [[about 1,100 names|missing;a=The FBI]], had shrunk to [[66|missing;a=The FBI]] after
    relatives came forward. [[More than 2,200 structures|housing]] were damaged or destroyed, almost
    all of them homes.""",
)

item(
    "Gold mine collapse: miners' association and company differ",
    """KHARTOUM (Reuters) - Sudan's state-owned mining company said [[11 miners|killed;a=Sudan's
    state-owned mining company]] died when a shaft collapsed at a traditional gold mine in the
    Howeid desert. A local miners' association said on Facebook that [[38 bodies|killed;a=A local
    miners' association]] had been recovered and [[eight people|other;a=A local miners'
    association]] pulled out alive.""",
)

item(
    "Gaza famine: IPC counts people in catastrophe, COGAT disputes",
    """The Integrated Food Security Phase Classification said [[more than half a million
    people|civilians;v=500000;q=at_least;a=The Integrated Food Security Phase Classification]] in
    Gaza faced catastrophic hunger, and confirmed famine in Gaza City. Israel's COGAT rejected the
    finding, saying [[more than 100,000 aid trucks|aid;a=COGAT;alt=Israel's COGAT]] had entered
    since the start of the war. [[Hundreds of children|injured]] are being treated for acute
    malnutrition.""",
)

item(
    "Indonesia riots: rights commission and police count",
    """JAKARTA (AFP) - Indonesia's National Commission on Human Rights said [[10
    people|killed;a=Indonesia's National Commission on Human Rights]] had died in a week of riots
    over lawmakers' allowances. National police said [[3,195 people|arrested;a=National police]] had
    been detained, [[more than 1,000|arrested;a=National police]] of them minors. Jakarta's governor
    said [[22 police posts|housing;u=structure;a=Jakarta's governor]] had been set on fire.""",
)

item(
    "Tanzania opposition says hundreds killed after election; government denies",
    """DAR ES SALAAM (Reuters) - The opposition party Chadema said [[about 700
    people|killed;a=Chadema;alt=The opposition party Chadema]] had been killed in protests after the
    election, a figure the government called "hugely exaggerated". The UN human rights office said
    it had credible reports of [[at least 10 deaths|killed;a=The UN human rights office]] in Dar es
    Salaam, Shinyanga and Morogoro. Internet access was cut for {{five days}}.""",
)

item(
    "Togo: civil society says seven dead after protests",
    """LOME (AFP) - A coalition of Togolese civil society groups said [[seven people|killed;a=A
    coalition of Togolese civil society groups]] were killed during {{three days}} of protests
    against President Faure Gnassingbe, and that some of the bodies were pulled from a lagoon. The
    government said the deaths were drownings, and that [[more than 60 people|arrested;a=The
    government]] had been arrested for "acts of violence".""",
)

item(
    "Lagos building collapse: emergency agency counts survivors",
    """LAGOS (Reuters) - Lagos State Emergency Management Agency said [[38 people|killed;a=Lagos
    State Emergency Management Agency]] died when a {{21-storey}} building under construction
    collapsed in Ikoyi, and that [[nine people|other;a=Lagos State Emergency Management Agency]] had
    been rescued alive. Relatives said [[more than 100 workers|other;a=Relatives]] were on site when
    it fell.""",
)

item(
    "Ukraine winter: UN and government count heating aid",
    """The UN humanitarian coordinator for Ukraine said [[about 1.8 million people|aid;a=The UN
    humanitarian coordinator for Ukraine]] had received heating support this winter. Ukraine's
    energy ministry said [[4,200 generators|aid;a=Ukraine's energy ministry]] had been delivered by
    partners since {{October}}, and that [[about 500|aid;p;u=other;a=Ukraine's energy ministry]]
    more were expected before {{January}}.""",
)

item(
    "Ebola in Uganda: ministry tracing contacts",
    """KAMPALA (Reuters) - Uganda's health ministry said it was following [[44
    contacts|other;a=Uganda's health ministry]] of a nurse who died of Sudan Ebola in Kampala, and
    that [[two of them|injured;n=-;a=Uganda's health ministry]] had been admitted with symptoms.
    [[Eight people|killed]] died in the country's last outbreak, in {{2022}}, out of [[142 confirmed
    cases|other]].""",
)

item(
    "Crowd counts: Mexico City women's march",
    """MEXICO CITY (AP) - Mexico City's government said [[about 180,000 people|other;a=Mexico City's
    government]] joined the {{March 8}} march for International Women's Day, while organisers said
    [[more than half a million|other;v=500000;q=at_least;a=organisers]] took part. The city's
    security secretary said [[81 police officers|injured;a=The city's security secretary]] and [[19
    women|injured;a=The city's security secretary]] were hurt.""",
)

item(
    "Uttar Pradesh to deploy 50,000 police for Kumbh Mela",
    """PRAYAGRAJ, India (PTI) - Uttar Pradesh will deploy [[about 50,000
    police|combatants;p;a=officials]] and paramilitary personnel for the Kumbh Mela, officials said
    on Sunday, and [[2,700 cameras|other;u=other;p;a=officials]] will watch the crowds. The state
    expects [[400 million visitors|other;p;a=The state]] over the festival's {{45 days}}.""",
)

item(
    "Argentina's inflation slows to lowest in four years",
    """BUENOS AIRES (Reuters) - Argentina's monthly inflation slowed to {{2.2%}} in {{February}},
    the statistics agency INDEC said on {{March 14}}, bringing the annual rate to {{66.9%}}. The
    peso traded at {{1,070}} per dollar. Economists polled by the central bank expect the rate to
    fall below {{2%}} by {{June}}.""",
)

item(
    "Nepal to hold early election in March",
    """KATHMANDU (AFP) - Nepal's interim prime minister, Sushila Karki, {{73}}, said the next
    general election would be held on {{March 5, 2026}}, about {{six months}} after protests toppled
    the government. The {{2015}} constitution requires elections every {{five years}}.""",
)

item(
    "Philippine peso hits record low",
    """MANILA (Reuters) - The Philippine peso weakened past {{59}} per dollar on {{October 3}} for
    the first time, down {{2.1%}} this year, as the central bank cut its key rate by {{25 basis
    points}} to {{5.25%}}. The bank has cut rates {{five times}} since {{August 2024}}.""",
)

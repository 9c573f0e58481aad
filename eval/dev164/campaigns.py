"""Vaccination campaigns, heatwaves and poisonings: children vaccinated, doses and teams, heat
deaths and admissions, toxic alcohol, syrups and lead (14 items with figures, 1 without)."""

from _wrap import item

item(
    "Measles-rubella campaign: 90m children to be vaccinated",
    """ISLAMABAD: The country's largest-ever vaccination campaign against measles and rubella
    began on Monday, with the government aiming to vaccinate [[90 million children|aid;p;a=the
    government]] aged {{nine months to 15 years}} in {{12 days}}. According to the Federal
    Directorate of Immunisation, [[over 300,000 health workers|other;a=the Federal Directorate
    of Immunisation]] are taking part at [[40,000 vaccination sites|other;a=the Federal
    Directorate of Immunisation]] in schools, health centres and mosques. Health officials said
    [[2,700 confirmed measles cases|other;a=Health officials]] had been recorded in {{2020}},
    and that the disease had killed [[hundreds of children|killed;a=Health officials]] in
    {{2018}} and {{2019}}. [[More than 100 million doses|aid]] of the vaccine were procured
    with {{$30 million}} from Gavi and UNICEF. In Karachi alone, [[7,000 teams|other;u=other]]
    have been formed. Each child gets {{a single dose}} regardless of earlier vaccination.""",
)

item(
    "Cameroon begins world's first routine malaria vaccine programme",
    """Cameroon on Monday became the first country to add a malaria vaccine to its routine
    childhood immunisation schedule, after [[331,200 doses|aid]] of the RTS,S vaccine arrived
    in November. The government plans to vaccinate [[about 250,000 children|aid;p;a=The
    government]] in {{2024}} and {{2025}} in the regions where malaria is most deadly. Children
    receive {{four doses}}, starting at {{five months}} of age. Malaria kills [[about 13,000
    people|killed]] a year in Cameroon. Health Minister Manaouda Malachie said [[over 9,000
    health workers|other;a=Health Minister Manaouda Malachie]] had been trained. Gavi said it
    had allocated [[more than 18 million doses|aid;a=Gavi]] of RTS,S and the newer
    {{R21/Matrix-M}} vaccine to African countries for {{2023-2025}}. Africa accounts for {{95
    percent}} of the [[608,000 malaria deaths|killed;a=the World Health Organization]] recorded
    worldwide in {{2022}}, according to the World Health Organization.""",
)

item(
    "Pulse Polio: 1.6 lakh children to be given drops in Madurai on Sunday",
    """MADURAI: [[Over 1.6 lakh children|aid;p;a=Collector Sangeetha;v=160000]] {{below five
    years}} of age will be given polio drops in the district on Sunday, Collector Sangeetha
    said on Friday. A total of [[1,524 booths|other;p;u=structure]] will function at primary
    health centres, anganwadi centres, schools, bus stands and the railway station, and [[6,248
    workers|other;p]], including nutrition staff and volunteers, will be deployed. [[Forty
    transit teams|other;p;u=other]] will cover temples, toll plazas and the airport. Children
    who miss the drops will be covered by house-to-house visits over the {{next two days}}.
    Last year, [[1.58 lakh children|aid;v=158000]] were covered in the district. India was
    certified polio-free in {{2014}}; its last case was reported in Howrah in {{January 2011}}.""",
)

item(
    "WHO launches mass yellow fever vaccination in Kinshasa",
    """WHO and partners on Wednesday began a campaign to vaccinate [[more than 10 million
    people|aid;p]] in Kinshasa against yellow fever ahead of the rainy season. Because global
    stocks stand at [[only 6 million doses|aid]], the campaign will use {{one fifth}} of the
    standard dose, which protects for {{at least 12 months}}. The outbreak, which began in
    Luanda in {{December 2015}}, has caused [[more than 7,300 suspected cases|other;a=WHO]] and
    [[nearly 500 deaths|killed;a=WHO]] in Angola, WHO said. In the Democratic Republic of the
    Congo, [[2,200 suspected cases|other]] have been reported, most of them linked to travel
    from Angola. [[About 41,000 volunteers and health workers|other;n=volunteers and health
    workers]] have been trained for the {{10-day}} campaign, which will later reach [[3 million
    people|aid;p]] along the border with Angola.""",
)

item(
    "More than 1,300 died during hajj in extreme heat, Saudi says",
    """Saudi Arabia said on Sunday that [[1,301 people|killed;a=Saudi Arabia]] died during this
    year's hajj, {{83 percent}} of them unauthorised pilgrims who walked long distances in
    temperatures that reached {{51.8C}} at the Grand Mosque in Mecca. Health Minister Fahd
    al-Jalajel told state television that [[95 pilgrims|injured;a=Health Minister Fahd
    al-Jalajel]] were still being treated in hospital, some in intensive care. On the day of
    the stoning ritual, authorities treated [[more than 2,700 pilgrims|injured]] for heat
    exhaustion. Egypt said [[658 of its citizens|killed;a=Egypt]] had died,
    [[630|killed;n=-;a=Egypt]] of them unregistered. [[About 1.8 million pilgrims|other;a=Saudi
    authorities]] took part this year, [[1.6 million|other;n=-;a=Saudi authorities]] of them
    from abroad, according to Saudi authorities. Egypt's prime minister ordered the licences of
    [[16 travel agencies|other;u=other]] revoked for sending pilgrims without permits.""",
)

item(
    "Ballia heat deaths: 54 die in four days, team rushed from Lucknow",
    """LUCKNOW: [[At least 54 people|killed;a=officials]] have died and [[around
    400|injured;n=-;a=officials]] have been admitted to the district hospital in Ballia over
    the past {{four days}} as temperatures touched {{43.5 degrees Celsius}}, officials said on
    Sunday. [[Over 120 patients|injured]] were admitted on Friday alone. A team of [[two senior
    doctors|other]] from Lucknow was sent to find out the cause. Most of the dead were {{over
    60}} and had existing illnesses, a member of the team said. The hospital has opened a
    heatstroke ward with [[40 beds|capacity]], and power cuts of {{up to eight hours}} a day
    have made matters worse. In neighbouring Bihar, [[44 people|killed;a=the State government]]
    died of suspected heatstroke, the State government said.""",
)

item(
    "Europe's 2022 summer heat killed more than 61,000, study finds",
    """Heat killed [[more than 61,600 people|killed;a=a study]] in Europe during the record
    summer of {{2022}}, according to a study published on Monday in Nature Medicine.
    Researchers at the Barcelona Institute for Global Health estimated [[18,010
    deaths|killed;a=Researchers]] in Italy, [[11,324|killed;n=-;a=Researchers]] in Spain and
    [[8,173|killed;n=-;a=Researchers]] in Germany. Italy had the highest rate, {{295 deaths per
    million}} people. Women were {{63 percent}} more likely than men to die of the heat, and
    deaths were highest among people aged {{80 and over}}. Santé publique France, the public
    health agency, counted [[2,816 excess deaths|killed;a=Santé publique France]] during the
    summer's heatwaves, and Britain's Office for National Statistics recorded [[3,271 excess
    deaths|killed;a=Britain's Office for National Statistics]]. Temperatures reached {{47C}} in
    Portugal in July.""",
)

item(
    "Kallakurichi hooch tragedy: toll rises to 57",
    """KALLAKURICHI: The toll in the Kallakurichi illicit liquor tragedy rose to
    [[57|killed;n=-;a=officials]] on Sunday with the death of [[three more
    people|killed;a=officials]] at hospitals in Salem and Puducherry, officials said. A total
    of [[229 people|injured;a=the district administration]] have been admitted since Wednesday,
    according to the district administration, and [[over 150|injured;n=-;a=the district
    administration]] are still being treated at government hospitals in Kallakurichi, Salem,
    Villupuram and Puducherry, [[eight|injured;n=-;a=the district administration]] of them in a
    critical condition. Police said [[21 persons|arrested;a=Police]] had been arrested,
    including the main accused, a seller known as Kannukutty. Tests showed the arrack had been
    laced with methanol. Chief Minister Stalin announced a solatium of {{₹10 lakh}} for the
    family of each of the dead and {{₹50,000}} for those under treatment.""",
)

item(
    "Six tourists dead after suspected methanol poisoning in Laos",
    """[[Six foreign tourists|killed;a=officials in their home countries]] have died after
    drinking what is suspected to be methanol-laced alcohol in the Lao backpacker town of Vang
    Vieng, officials in their home countries said. The dead include [[two Australian
    women|killed]], both {{aged 19}}, [[two Danish women|killed]], a British lawyer and an
    American man. Lao state media said police had detained [[eight people|arrested;a=Lao state
    media]], all of them staff at a backpacker hostel that served free shots. [[At least a
    dozen other guests|injured]] were treated in hospitals in Vientiane and in Thailand.
    Methanol, added to stretch bootleg spirits, can cause blindness and death in amounts as
    small as {{30 millilitres}}. Doctors said Vang Vieng has [[fewer than 20 hospital
    beds|capacity;a=Doctors]].""",
)

item(
    "WHO links Indian cough syrups to deaths of 66 children in Gambia",
    """The World Health Organization on Wednesday issued an alert over [[four cough and cold
    syrups|other;u=other]] made by India's Maiden Pharmaceuticals, which it said may be linked
    to the deaths of [[66 children|killed;a=The World Health Organization]] in Gambia. Most of
    the children were aged {{between five months and four years}} and died of acute kidney
    injury. At Edward Francis Small Teaching Hospital in Banjul, [[dozens|injured]] were
    treated for kidney failure, and the hospital has [[only three dialysis
    machines|other;u=other]] for children. The Gambian government said it had recalled [[more
    than 40,000 bottles|other;u=other;a=The Gambian government]]. A parliamentary committee
    later put the toll at [[70|killed;n=-;a=A parliamentary committee]]. In {{2023}}, WHO
    linked syrups made by another Indian company to the deaths of [[18 children|killed]] in
    Uzbekistan.""",
)

item(
    "Hundreds dead in Iran after drinking methanol to ward off coronavirus",
    """[[Nearly 700 people|killed;a=Hossein Hassanian]] have died in Iran after drinking toxic
    methanol in the false belief that it protects against the coronavirus, Hossein Hassanian,
    an adviser to the health ministry, said. He said [[a further 90|killed;n=-;a=Hossein
    Hassanian]] had died before reaching hospital. Between {{February 20}} and {{April 7}},
    [[5,011 people|injured;a=a ministry spokesman]] were treated for methanol poisoning,
    according to a ministry spokesman, and [[about 60 people|injured;a=a ministry spokesman]]
    have lost their sight. In Khuzestan province alone, [[more than 100 people|killed]] have
    died. Iran, which bans alcohol for Muslims, has reported [[4,958 deaths|killed;a=Iran]]
    from {{COVID-19}}, the worst toll in the Middle East.""",
)

item(
    "Oral cholera vaccine stockpile runs dry as outbreaks multiply",
    """The global stockpile of oral cholera vaccine fell to zero in October, the International
    Coordinating Group on Vaccine Provision (ICG) said, as [[14 countries|other;u=other;a=the
    International Coordinating Group on Vaccine Provision (ICG)]] asked for [[76 million
    doses|aid;p;a=the International Coordinating Group on Vaccine Provision (ICG)]]. Only [[38
    million doses|aid]] were produced in {{2023}}, all by a single South Korean manufacturer,
    EuBiologics. Since {{October 2022}}, the ICG has replaced the {{two-dose}} course with {{a
    single dose}} to stretch supplies. WHO says [[more than 700,000 cases|other;a=WHO]] and
    [[over 4,000 deaths|killed;a=WHO]] were reported in [[30 countries|other;u=other;a=WHO]]
    last year. Output should rise to [[about 70 million doses|aid;p]] in {{2025}}, and a South
    African producer, Biovac, expects its first doses by {{2027}}.""",
)

item(
    "Taliban halt house-to-house polio vaccination",
    """The Taliban have stopped house-to-house polio vaccination, UN officials told The New
    Humanitarian, forcing teams to work from mosques and other fixed sites. Afghanistan had
    [[25 cases|other;a=the Global Polio Eradication Initiative]] of wild poliovirus in
    {{2024}}, according to the Global Polio Eradication Initiative. In {{November 2021}}, the
    first nationwide campaign in {{three years}} reached [[8.5 million children|aid]]. A UN
    official said the ban would leave [[about 1 million children|civilians;p;a=A UN official]]
    out of reach. [[More than 60,000 vaccinators|other]] took part in the last campaign in
    October, which aimed at [[11 million children|aid;p]] {{under five}}. Site-to-site
    campaigns reach {{about 70 percent}} of children, against {{more than 90 percent}} door to
    door. Pakistan, which shares a {{2,600 km}} border with Afghanistan, still vaccinates house
    to house.""",
)

item(
    "Lead poisoning kills 28 children in Niger State mining village",
    """Lead poisoning from artisanal gold mining has killed [[28 children|killed;a=the state
    government]] in Shikira, a village in Niger State, the state government said on Tuesday.
    Tests on [[185 children|other]] in the village found dangerous blood lead levels in all of
    them, some above {{100 micrograms per decilitre}}. Médecins Sans Frontières said it had
    treated [[more than 4,000 children|injured;a=Médecins Sans Frontières]] for lead poisoning
    in neighbouring Zamfara State since {{2010}}, when [[at least 400
    children|killed;a=Médecins Sans Frontières]] died there in {{six months}}. Federal
    authorities have sealed [[14 mining sites|other]], and [[about 600 households|displaced;p]]
    in Shikira must be moved while [[40 compounds|other;u=structure]] are cleaned.""",
)

item(
    "Met Office warns of severe heatwave in Sindh",
    """KARACHI: The Pakistan Meteorological Department has warned of a severe heatwave in Sindh
    from {{May 20}} to {{May 24}}, with temperatures of {{45C to 47C}} expected in Karachi and
    up to {{50C}} in Jacobabad. Citizens were advised to stay indoors between {{11am}} and
    {{4pm}} and to drink {{at least three litres}} of water a day. In {{June 2015}}, a heatwave
    in the city lasted {{more than a week}}, with humidity above {{80pc}}. Schools will close
    {{a week}} early for the summer break.""",
)

"""Outbreaks: cholera in Malawi, Yemen and Lebanon, measles in Romania, Ebola in Uganda and
Kasai, mpox in Congo, meningitis in Nigeria, Marburg in Rwanda (9 articles)."""

from _wrap import item

item(
    "Malawi cholera deaths pass 1,200 in country's worst outbreak",
    """Malawi's cholera outbreak has killed [[1,210 people|killed;a=the health ministry]] since it
    began in March last year, the health ministry said on Thursday, making it the deadliest in
    the country's history. The ministry has recorded [[36,943 cases|other;a=The
    ministry;alt=the health ministry]], and the case fatality rate of {{3.3%}} is well above
    the {{1%}} that the World Health Organization considers acceptable. President Lazarus
    Chakwera delayed the reopening of primary schools in Blantyre and Lilongwe by {{two weeks}}
    to slow the spread. The WHO said [[2.9 million doses|aid;v=2900000;a=The WHO]] of oral
    vaccine had been delivered since November and [[more than 1.8 million
    people|aid;v=1800000;a=The WHO]] vaccinated. Health Minister Khumbize Kandodo Chiponda said
    [[320 patients|injured;a=Health Minister Khumbize Kandodo Chiponda]] were being treated in
    cholera treatment centres on Wednesday, most of them in Lilongwe. The country is still
    recovering from tropical storm Ana, which displaced [[more than 190,000 people|displaced]]
    in {{2022}}.""",
)

item(
    "Yemen cholera cases pass 500,000 as health system collapses",
    """The number of suspected cholera cases in Yemen has risen to [[more than
    500,000|other;n=-;u=other;a=the World Health Organization]], the World Health Organization
    said on Monday, with [[1,975 deaths|killed;a=the World Health Organization]] since the
    outbreak began in late April. The agency said [[about 5,000 new cases a day|other;a=The
    agency;alt=the World Health Organization]] were being reported, though the pace had slowed
    in some governorates. [[Some 30,000 health workers|other;a=UNICEF]] have not been paid for
    {{nearly a year}}, according to UNICEF, and many have stopped going to work. Yemen's war,
    which escalated in March {{2015}} when a Saudi-led coalition intervened, has left {{less
    than half}} of the country's health facilities working. In Sanaa's Al-Sabeen hospital,
    patients lay on mattresses in corridors and in tents in the yard. The WHO and UNICEF said
    they had delivered [[more than 1,000 tonnes|aid;a=The WHO and UNICEF]] of medical supplies
    and set up [[about 1,000 rehydration points|capacity;a=The WHO and UNICEF]]. UNICEF said
    children accounted for {{a quarter}} of the deaths.""",
)

item(
    "Lebanon's cholera outbreak spreads beyond refugee settlements",
    """Lebanon has recorded [[18 deaths|killed;a=the Ministry of Public Health]] and [[more than
    390 confirmed cases|other;a=the Ministry of Public Health]] of cholera since the first case
    was detected on {{October 6}}, the Ministry of Public Health said on Sunday. Most of the
    cases have been among Syrian refugees in informal settlements in Akkar and the Bekaa; the
    government says the country hosts [[about 1.5 million Syrian
    refugees|displaced;v=1500000;a=the government]]. Health Minister Firass Abiad said
    [[600,000 doses|aid;p;a=Health Minister Firass Abiad]] of oral cholera vaccine were
    expected in the coming weeks. Hospitals in Akkar were treating [[more than 40
    patients|injured]] on Saturday, and doctors said beds were running short. It is Lebanon's
    first outbreak since {{1993}}, and it comes as the economic collapse has pushed {{80
    percent}} of the population into poverty. UNICEF said it had sent [[25 water
    trucks|aid;a=UNICEF]] to settlements in the north, where wells are contaminated.""",
)

item(
    "Romania's measles epidemic claims more child lives as vaccination lags",
    """Romania has recorded [[more than 22,000 measles cases|other;a=the National Institute of
    Public Health]] and [[21 deaths|killed;a=the National Institute of Public Health]], most of
    them babies {{under one}}, since the epidemic was declared in December {{2023}}, the
    National Institute of Public Health said. Coverage with the first dose of the MMR vaccine
    has fallen to {{62 percent}}, far below the {{95 percent}} needed to stop the virus
    spreading. In Bucharest alone, [[about 6,000 cases|other]] have been confirmed, and the
    institute said it was still recording [[between 300 and 400 new cases a week|other;a=the
    institute;alt=the National Institute of Public Health]]. The health ministry said [[300,000
    doses|aid;a=The health ministry]] had been distributed to family doctors since January.
    Doctors at the Victor Babes hospital said [[17 children|injured;a=Doctors at the Victor
    Babes hospital]] were being treated in intensive care. Across Europe, the WHO counted
    [[more than 58,000 cases|other;a=the WHO]] last year, {{45 times}} as many as the year
    before.""",
)

item(
    "Uganda's Ebola outbreak spreads as cases rise to 43",
    """Uganda has confirmed [[43 cases|other;a=the health ministry]] of Ebola, including [[10
    deaths|killed;a=the health ministry]], since the outbreak of the Sudan strain was declared
    on {{September 20}}, the health ministry said Monday. [[Four health workers|killed]] are
    among the dead. President Yoweri Museveni ordered a {{21-day}} lockdown of Mubende and
    Kassanda districts, the centre of the outbreak, closing markets, bars and churches. Health
    officials said they were tracing [[more than 1,100 contacts|other;a=Health officials]], and
    [[19 patients|injured;a=Health officials]] were receiving treatment in isolation units in
    Mubende and Entebbe. There is no approved vaccine for the Sudan strain; the WHO said
    [[three candidate vaccines|other;u=other;a=the WHO]] could be tested within weeks. The
    virus has reached Kampala, a city of [[about 4 million people|civilians]], where [[five
    cases|other]] have been found in one family.""",
)

item(
    "WHO ships Ebola vaccines to Congo's Kasai as deaths rise",
    """An Ebola outbreak in Congo's Kasai province has killed [[15 people|killed;a=the World
    Health Organization]], among them [[four health workers|killed;a=the World Health
    Organization]], the World Health Organization said on Thursday, with [[28 suspected
    cases|other;a=the World Health Organization]] recorded so far in the Bulape health zone.
    The agency said it had shipped [[2,000 doses|aid;a=The agency;alt=the World Health
    Organization]] of the Ervebo vaccine from Kinshasa, and that [[a further 45,000
    doses|aid;p;a=The agency;alt=the World Health Organization]] would follow. Vaccination
    teams will first reach [[about 500 contacts|aid;p]] of confirmed cases and frontline health
    workers. It is Congo's {{16th}} Ebola outbreak since the disease was identified in
    {{1976}}. Bulape lies about {{1,000 km}} from Kinshasa, and roads in the area are barely
    passable in the rainy season. Roger Kamba, the health minister, said the first known
    patient was a {{34-year-old}} pregnant woman who died in late August.""",
)

item(
    "Mpox: DR Congo records more than 15,600 cases this year",
    """The Democratic Republic of Congo has recorded [[15,664 suspected mpox cases|other;a=Health
    Minister Roger Kamba]] and [[548 deaths|killed;a=Health Minister Roger Kamba]] since the
    start of the year, Health Minister Roger Kamba said on Monday. Kamba said the country
    expected to receive [[about 3 million doses|aid;p;a=Kamba]] of vaccine from Japan, and
    [[50,000|aid;n=-;u=other;p;a=Kamba]] from the United States. In North Kivu, [[hundreds of
    cases|other]] have been recorded in displacement camps around Goma, which shelter [[more
    than 600,000 people|displaced]] who fled fighting between the army and {{M23}} rebels.
    Children account for {{over 70%}} of cases and {{85%}} of deaths, according to UNICEF. The
    country is now recording [[between 2,000 and 2,500 new cases a week|other;a=Kamba]], Kamba
    said. The new clade Ib strain has also been detected in Burundi, Kenya, Rwanda and Uganda.""",
)

item(
    "Meningitis: NCDC confirms 153 deaths as cases rise in Yobe",
    """The Nigeria Centre for Disease Control and Prevention says [[153 people|killed;a=The
    Nigeria Centre for Disease Control and Prevention]] have died of cerebrospinal meningitis
    since October, out of [[1,742 suspected cases|other;a=The Nigeria Centre for Disease
    Control and Prevention]] reported across the northern states. In Yobe, the state
    commissioner for health, Muhammad Lawan Gana, told Punch that [[71 deaths|killed;a=Muhammad
    Lawan Gana]] and [[558 cases|other;a=Muhammad Lawan Gana]] had been recorded, most of them
    in Potiskum, Fika and Nangere. He said [[about 350,000 people|aid;p;a=Muhammad Lawan Gana]]
    {{aged 2 to 29}} would be vaccinated once vaccines arrived from the International
    Coordinating Group. The NCDC said [[more than 470 patients|injured;a=The NCDC]] were
    receiving treatment. Meningitis outbreaks are common in the "meningitis belt" during the
    dry season, when dust and cold nights help the bacteria spread. In {{2017}}, [[more than
    1,100 people|killed]] died in Nigeria's worst outbreak in a decade.""",
)

item(
    "Rwanda begins Marburg vaccinations as toll reaches 13",
    """Rwanda on Sunday began vaccinating health workers against the Marburg virus, after the
    outbreak killed [[13 people|killed;a=Health Minister Sabin Nsanzimana]] and infected
    [[58|other;n=-;a=Health Minister Sabin Nsanzimana]], Health Minister Sabin Nsanzimana said.
    The country received [[700 doses|aid]] of an experimental vaccine from the Sabin Vaccine
    Institute in the United States, and [[a further 1,000 doses|aid;p]] are expected this week.
    {{About 70 percent}} of those infected are health workers in intensive care units in
    Kigali. [[Twelve patients|injured;a=Nsanzimana]] remain in isolation and treatment,
    Nsanzimana said, and [[about 300 contacts|other;a=Nsanzimana]] are being monitored.
    Marburg, a relative of Ebola, has a fatality rate of up to {{88 percent}}.""",
)

"""Outbreaks, part two: dengue, diphtheria, polio, Lassa fever, Marburg, Nipah, and cholera and
measles away from the front lines (13 items with figures)."""

from _wrap import item

item(
    "Bangladesh dengue deaths hit record as Dhaka hospitals overflow",
    """Dengue has killed [[more than 1,000 people|killed;a=the Directorate General of Health
    Services]] in Bangladesh this year, the Directorate General of Health Services said on
    Sunday, the worst toll since the first recorded epidemic in {{2000}}. [[More than 200,000
    people|injured]] have been admitted to hospital, and children accounted for
    [[112|killed;n=-]] of the deaths. Hospitals across the country admitted [[2,293
    patients|injured]] in the {{24 hours}} to Sunday morning. At Mugda Medical College
    Hospital, which has [[500 beds|capacity;a=Mohammad Niatuzzaman]], [[nearly 900 dengue
    patients|injured;a=Mohammad Niatuzzaman]] were being treated on mats in corridors and
    stairwells, its director Mohammad Niatuzzaman told AFP. The dominant serotype this year is
    {{DENV-2}}, and people infected a {{second time}} with a different serotype run a higher
    risk of severe illness. Entomologists blame an unusually long monsoon and temperatures
    above {{35C}}.""",
)

item(
    "Dengue cases climb in twin cities; hospitals add beds",
    """RAWALPINDI: The twin cities recorded [[312 new dengue cases|other;a=officials of the
    district health authority]] on Monday, taking the season's tally in Rawalpindi and
    Islamabad to [[8,960|other;n=-;u=other;a=officials of the district health authority]],
    officials of the district health authority said. According to the Punjab health department,
    [[four patients|killed;a=the Punjab health department]] died at Holy Family Hospital over
    the weekend, taking the city's death toll this year to [[17|killed;n=-;a=the Punjab health
    department]]. Holy Family Hospital has set up a dedicated ward of [[120 beds|capacity]],
    while Benazir Bhutto Hospital has added [[60|capacity;n=-;u=other]]. Anti-dengue teams
    inspected [[14,200 houses|other]] last week and found larvae in [[1,120 of
    them|other;n=-;u=structure]]. The district administration sealed [[23 tyre shops|other]]
    and arrested [[nine shopkeepers|arrested]] for keeping stagnant water, and residents face a
    fine of {{Rs5,000}}.""",
)

item(
    "Diphtheria tears through Rohingya camps",
    """COX'S BAZAR, Bangladesh — A disease that had all but vanished from Bangladesh is
    spreading through the Rohingya camps. MSF said its diphtheria treatment centres had
    admitted [[more than 2,000 patients|injured;a=MSF]] since {{December 10}}, most of them
    aged {{five to 14}}, and suspected cases have now passed [[4,000|other;n=-;u=other]].
    [[Twenty-one people|killed;a=the World Health Organization]] have died, according to the
    World Health Organization. [[Some 655,000 Rohingya|displaced]] have crossed from Myanmar
    since {{August 25}}, when the military launched what it called clearance operations, into
    camps where few children had ever been vaccinated. A campaign by UNICEF and WHO has reached
    [[315,000 children|aid]] aged {{six weeks to 15 years}}; a {{second round}} begins on
    {{January 27}}. WHO delivered [[2,000 vials|aid;u=other]] of antitoxin, {{nearly half}} of
    the world's available stock.""",
)

item(
    "Diphtheria: NCDC confirms 453 deaths as Kano outbreak spreads",
    """The Nigeria Centre for Disease Control and Prevention (NCDC) says [[453
    people|killed;a=The Nigeria Centre for Disease Control and Prevention (NCDC)]] have died of
    diphtheria since the outbreak began in {{May 2022}}. In its latest situation report, the
    agency said [[8,353 suspected cases|other;a=the agency;alt=The Nigeria Centre for Disease
    Control and Prevention]] had been reported, with [[4,717|other;n=-;u=other;a=the
    agency;alt=The Nigeria Centre for Disease Control and Prevention]] of them confirmed. Kano
    accounts for {{about 80 per cent}} of confirmed cases, and children aged {{two to 14}} are
    the worst affected. Only {{19.8 per cent}} of confirmed cases had been fully vaccinated. At
    Murtala Muhammad Specialist Hospital, a doctor told PREMIUM TIMES that the isolation ward,
    with [[30 beds|capacity;a=a doctor]], had admitted [[more than 70 children|injured;a=a
    doctor]] in {{one week}}. The hospital has [[only 50 vials|aid;u=other]] of antitoxin left.
    The federal government said it had trained [[over 1,200 health workers|other;a=The federal
    government]] in the state.""",
)

item(
    "Polio vaccination begins in Gaza during daily pauses",
    """Health workers began vaccinating children against polio in central Gaza on Sunday, weeks
    after a {{10-month-old}} boy in Deir el-Balah was paralysed by {{type 2}} poliovirus, the
    first case in the territory in {{25 years}}. The World Health Organization and UNICEF aim
    to reach [[about 640,000 children|aid;p;a=The World Health Organization and UNICEF]]
    {{under 10}} with {{two drops}} of the {{nOPV2}} vaccine. [[More than 1.2 million
    doses|aid]] were brought in through the Kerem Shalom crossing and stored in a refrigerated
    warehouse in Deir el-Balah. Israel agreed to pause fighting for {{eight hours}} a day, from
    {{6am}} to {{2pm}}. [[About 2,180 health workers|other;a=Gaza's health ministry]], in [[513
    teams|other;u=other;a=Gaza's health ministry]], are taking part, Gaza's health ministry
    said. By the end of the first day, the ministry said, [[72,611 children|aid;a=the
    ministry;alt=Gaza's health ministry]] had received the vaccine. A {{second round}} is due
    {{four weeks}} later. Before the war, coverage in Gaza was {{99%}}.""",
)

item(
    "Policeman guarding polio team shot dead in Bajaur",
    """BAJAUR: A policeman deployed to protect a polio vaccination team was shot dead in
    Bajaur's Mamund tehsil on Tuesday, the {{second}} such attack in the district this month.
    The Emergency Operations Centre said the week-long drive aims to vaccinate [[over 10.3
    million children|aid;p;a=The Emergency Operations Centre;v=10300000]] {{under five}}, with
    [[more than 225,000 frontline workers|other;a=The Emergency Operations Centre]] going door
    to door. Pakistan has reported [[39 cases|other;a=Pakistan]] of wild poliovirus {{type 1}}
    this year, up from [[six|other;n=-;u=other;a=Pakistan]] in {{2023}}. Since {{2012}}, [[more
    than 100 polio workers and police officers|killed;n=polio workers and police
    officers;a=officials]] have been killed in attacks on vaccination teams, according to
    officials. Khyber Pakhtunkhwa police said [[3,500 personnel|combatants;a=Khyber Pakhtunkhwa
    police]] had been deployed to guard teams in Bajaur alone.""",
)

item(
    "Lassa fever: 156 deaths so far this year, health workers infected",
    """Nigeria has recorded [[156 deaths|killed;a=the NCDC]] from Lassa fever since the start
    of the year, the NCDC said in its latest weekly report. The agency said [[873 confirmed
    cases|other;a=The agency;alt=the NCDC]] had been found among [[4,789 suspected
    cases|other;a=The agency;alt=the NCDC]]. The case fatality rate, {{17.9 per cent}}, is
    higher than the {{16.5 per cent}} recorded in the same period of {{2023}}. [[Fourteen
    health workers|other]] have been infected this year, [[three|killed;n=-]] of whom died. In
    Owo, the Federal Medical Centre's isolation centre was treating [[38 patients|injured;a=Dr
    Liasu Ahmed]], its chief medical director, Dr Liasu Ahmed, told PREMIUM TIMES. The NCDC has
    deployed [[nine rapid response teams|other;u=other]] to the worst-hit states. Lassa is
    carried by multimammate rats and has an incubation period of {{six to 21 days}}.""",
)

item(
    "Rwanda's Marburg outbreak falls hardest on health workers",
    """Rwanda has confirmed [[46 cases|other;a=Health Minister Sabin Nsanzimana]] of Marburg
    virus disease and [[12 deaths|killed;a=Health Minister Sabin Nsanzimana]] since the
    outbreak was declared on {{September 27}}, Health Minister Sabin Nsanzimana said on
    Tuesday. {{About 80%}} of the cases are health workers in Kigali hospitals. Authorities
    said they were monitoring [[more than 400 contacts|other;a=Authorities]]. The Sabin Vaccine
    Institute shipped [[700 doses|aid]] of an experimental vaccine, and vaccination of health
    workers began on {{October 6}}. The health ministry said it planned to vaccinate [[another
    1,300 people|aid;p;a=The health ministry]] in the coming weeks. Marburg has killed
    {{between 24% and 88%}} of those infected in past outbreaks. Hospitals have limited visits
    to {{one visitor per patient}}.""",
)

item(
    "Malawi's cholera outbreak becomes the deadliest in its history",
    """Malawi's cholera outbreak has killed [[more than 1,200 people|killed;a=the health
    ministry]] since {{March 2022}}, the health ministry said Monday, making it the deadliest
    in the country's history. Health Minister Khumbize Chiponda said [[36,943
    cases|other;a=Health Minister Khumbize Chiponda]] had been recorded and that hospitals in
    Blantyre were taking in [[about 300 new patients a day|injured;a=Health Minister Khumbize
    Chiponda]]. Schools in Blantyre and Lilongwe reopened after being closed for {{two weeks}}.
    The World Health Organization said Malawi's case fatality rate of {{3.3%}} was far above
    the {{1%}} threshold for a well-managed outbreak. Malawi received [[2.9 million doses|aid]]
    of oral cholera vaccine in November, and UNICEF said [[about 2 million
    children|civilians;a=UNICEF]] were at risk.""",
)

item(
    "In Afghanistan's measles wards, children die for want of a vaccine",
    """At Herat regional hospital's measles ward, children lie {{three to a bed}}. The ward has
    [[40 beds|capacity]] and was caring for [[113 children|injured]] on the day The New
    Humanitarian visited. According to the World Health Organization, Afghanistan recorded
    [[more than 75,000 suspected measles cases|other;a=the World Health Organization]] and
    [[nearly 400 deaths|killed;a=the World Health Organization]] in {{2022}}. Routine
    immunisation faltered when the Taliban took power in {{August 2021}} and donors froze
    {{$9.5 billion}} in central bank reserves and suspended funding for the health system. The
    Sehatmandi project, which pays staff at [[2,300 health facilities|other]], survived only
    after the World Bank let UN agencies run it. A nurse who gave her name as Fatima said
    [[nine children|killed;a=Fatima]] had died on the ward in September alone. "Most of them
    were {{under two}}," she said.""",
)

item(
    "Nipah: Kozhikode contact list crosses 1,000",
    """KOZHIKODE: Health Minister Veena George said on Thursday that [[1,080
    people|other;a=Health Minister Veena George]] had been identified as contacts of the Nipah
    cases in Kozhikode, [[130|other;n=-;a=Health Minister Veena George]] of them health
    workers. [[Two people|killed]] have died and [[four others|other]] have tested positive.
    Samples of [[42 people|other]] were sent to the National Institute of Virology in Pune. A
    {{nine-year-old}} boy who tested positive is on ventilator support at a private hospital.
    Containment zones have been declared in [[seven grama panchayats|other;u=other]], and
    schools in the district will stay shut for {{a week}}. This is the {{fourth}} Nipah
    outbreak in Kerala since {{2018}}, when [[17 people|killed]] died.""",
)

item(
    "Brazil dengue cases top 1 million as Rio declares emergency",
    """Brazil has recorded [[more than 1 million probable dengue cases|other;a=the Health
    Ministry]] so far this year, the Health Ministry said on Monday, {{four times}} as many as
    in the same period of {{2023}}. The ministry confirmed [[214 deaths|killed;a=The
    ministry;alt=the Health Ministry]], and [[687 more|killed;n=-;a=The ministry;alt=the Health
    Ministry]] are under investigation. It expects [[between 4.2 million and 5 million
    cases|other;p;a=the Health Ministry;v=4200000;lo=4200000;hi=5000000]] by the end of the
    year. The Federal District has the highest incidence, {{2,200 cases per 100,000}}
    residents, and the army has set up [[two field hospitals|other]] in Ceilândia. Rio de
    Janeiro declared a health emergency on {{February 5}} and opened [[10 dengue care
    centres|other]]. Vaccination of children aged {{10 to 14}} with Takeda's Qdenga, given in
    {{two doses}} {{three months}} apart, began in [[521 municipalities|other;u=other]]. The
    government has bought [[5.2 million doses|aid]], the entire supply Takeda could offer this
    year.""",
)

item(
    "Romania declares national measles epidemic",
    """Romania declared a national measles epidemic on Thursday after [[more than 2,000
    cases|other;a=the health ministry]] and [[four deaths|killed;a=the health ministry]] this
    year, the health ministry said. Only {{62 percent}} of children have had the {{second
    dose}} of the vaccine, far below the {{95 percent}} needed to stop the virus spreading. In
    the previous epidemic, between {{2016}} and {{2020}}, [[more than 20,000 people|other]]
    were infected and [[64|killed;n=-]] died, most of them babies. The Matei Balș institute in
    Bucharest is treating [[about 40 children|injured;a=doctors there]], doctors there said.
    Babies will now be vaccinated from {{nine months}}, {{three months}} earlier than usual,
    and the ministry said [[30,000 extra doses|aid;p;a=the ministry;alt=the health ministry]]
    would go to family doctors.""",
)

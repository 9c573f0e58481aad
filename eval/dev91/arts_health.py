"""Health: measles, cholera, a heatwave, a polio drive, a new hospital, food poisoning at a
wedding, a nurses' strike, dengue, and one item on drug prices without a figure."""

from _wrap import item

item(
    "Romania declares national measles epidemic",
    """
    Romania declared a national measles epidemic on Friday, with
    [[more than 2,800 cases|other;a=the National Institute of Public Health]] and
    [[three deaths|killed;a=the National Institute of Public Health]] confirmed since January,
    according to the National Institute of Public Health. All of those who died were babies
    under {{12 months}} old, too young to be vaccinated. Coverage with the first dose has fallen
    to {{71%}}, far below the {{95%}} needed to stop outbreaks, the health minister said. The
    ministry will send [[200,000 extra doses|other;p]] to family doctors and set up
    [[40 mobile vaccination teams|other;u=other;p]] in the worst-hit counties. The previous
    outbreak, which began in {{2016}}, sickened [[more than 15,000 people|other]] and killed
    [[64|killed]], most of them children.
    """,
)

item(
    "Zambia turns national stadium into cholera centre as cases pass 10,000",
    """
    Zambia's health ministry said on Tuesday it had recorded
    [[10,413 cholera cases|other;a=Zambia's health ministry]] and
    [[412 deaths|killed;a=Zambia's health ministry]] since October, most of them in Lusaka, in
    the country's worst outbreak in {{two decades}}. The {{60,000-seat}} Heroes Stadium has been
    turned into a treatment centre with room for
    [[up to 1,000 patients|capacity]]. The government put off
    the reopening of schools by {{three weeks}}, keeping
    [[about 4.3 million pupils|other]] at home, and ordered markets in the capital closed for
    cleaning. [[About 1,200 soldiers and police|combatants;n=soldiers and police]] were deployed
    to clear drains and deliver chlorinated water in townships such as Kanyama, where the water
    utility has put up [[about 350 water tanks|aid]]. The disease has spread to
    [[nine|other;u=other]] of the country's [[10 provinces|other;u=other]]. "We are fighting
    this on every front," the health minister told parliament, adding that
    [[more than 700 patients|other;a=the health minister]] were being treated at the stadium on
    Monday. Zambia has received [[1.7 million doses|other]] of oral cholera vaccine from the
    global stockpile. An outbreak in {{2017}} and {{2018}} killed
    [[about 100 people|killed]], most of them in the same crowded townships.
    """,
)

item(
    "Karachi heatwave fills hospitals as temperatures hit 42C",
    """
    [[At least 1,200 people|injured;a=the Sindh health department]] were treated for heatstroke
    in Karachi's public hospitals over {{four days}}, the Sindh health department said on
    Wednesday, as temperatures touched {{42C}} with humidity above {{60%}}.
    [[Twenty-two of them|killed;n=-;a=officials]] died, officials said. The Edhi Foundation,
    which runs the city's largest morgue, said it had received
    [[568 bodies|killed;a=The Edhi Foundation]] in {{six days}}, many of them of homeless people
    and drug users. Power cuts of up to {{10 hours}} a day left fans and water pumps idle in
    poorer districts. The city government opened
    [[about 50 heatstroke relief centres|other]], and Karachi, a city of
    [[more than 20 million people|civilians]], has asked offices to let staff work from home.
    """,
)

item(
    "Nigeria starts polio drive for 9 million children in the north",
    """
    Nigeria began a {{five-day}} polio vaccination campaign on Saturday that aims to reach
    [[about 9.2 million children|other;p;a=the National Primary Health Care Development Agency]]
    {{under the age of five}} in [[six northern states|other;u=other;p;a=the National Primary Health Care Development Agency]],
    the National Primary Health Care Development Agency said.
    [[More than 46,000 vaccinators|other;p]] will go from house to house, and
    [[about 12,000 traditional and religious leaders|other;n=traditional and religious leaders]]
    have been enlisted to persuade parents who refuse. There were
    [[28 cases|other]] of circulating vaccine-derived poliovirus {{type 2}} in Nigeria last year, down from
    [[415|other;u=other]] in {{2021}}. The campaign uses the {{nOPV2}} vaccine, which is less likely to
    seed new outbreaks.
    """,
)

item(
    "New teaching hospital opens in Kumasi",
    """
    Ghana opened a teaching hospital in Kumasi on Monday with [[600 beds|capacity]],
    [[14 operating theatres|other;u=structure]] and the Ashanti region's first dedicated cancer
    unit. The hospital will employ [[about 1,800 staff|other;p;a=the health ministry]],
    including [[240 doctors|other;p;a=the health ministry]], and expects to see
    [[1,500 outpatients a day|other;p;a=the health ministry]] within a year, the health
    ministry said. The region's main referral centre, Komfo Anokye, has
    [[about 1,000 beds|capacity]] and takes patients from
    [[12|other;u=other]] of Ghana's [[16 regions|other;u=other]], and some surgical patients there have
    waited up to {{six months}} for an operation. The new facility cost {{$150 million}} and
    took {{four years}} to build.
    """,
)

item(
    "More than 100 wedding guests taken ill after feast in Maharashtra",
    """
    [[More than 110 guests|injured;a=district health officials]] at a wedding in Nanded
    district were taken to hospital with vomiting and stomach pains on Sunday night after
    eating at the reception feast, district health officials said.
    [[Eighteen of them|injured;n=-]], including [[seven children|injured]], were still being
    treated on Tuesday. [[About 700 people|other]] had attended the reception in the town of
    Loha. Food safety officers collected [[11 samples|other;u=other]] of rice, curd and sweets
    for testing, and police arrested [[three catering staff|arrested]] on charges of negligence.
    It was the {{second}} case of mass food poisoning in the district this month.
    """,
)

item(
    "Nurses strike across New Zealand over pay and staffing",
    """
    [[Some 36,000 nurses, midwives and healthcare assistants|other;n=nurses, midwives and healthcare assistants;a=the New Zealand Nurses Organisation]]
    walked off the job across New Zealand on Tuesday in an {{eight-hour}} strike, the New
    Zealand Nurses Organisation said. Health New Zealand said
    [[about 4,500 planned operations|other;u=other;a=Health New Zealand]] and
    [[more than 20,000 outpatient appointments|other;u=other;a=Health New Zealand]] had been
    postponed. The union says the public system is short of
    [[between 3,000 and 4,000 nurses|other;a=The union;alt=the New Zealand Nurses Organisation]] and is seeking a {{15%}} pay rise over
    {{two years}}. The government has offered {{4.5%}} and a lump sum of {{NZ$1,000}}.
    [[About 3,100 registered nurses|other;a=Statistics New Zealand]] moved to Australia in
    {{2023}}, according to Statistics New Zealand.
    """,
)

item(
    "Brazil's dengue cases pass 1 million as states declare emergencies",
    """
    Brazil has recorded [[more than 1 million probable dengue cases|other;a=the health ministry]]
    since January, the health ministry said on Thursday, with
    [[214 deaths|killed;a=the health ministry]] confirmed, a pace that could make {{2024}} the
    worst year on record. [[Five states|other;u=other]] and the Federal District have declared
    emergencies. In Brasília, the air force set up [[eight field hospitals|other]], and
    [[about 1,000 soldiers|combatants]] are going from door to door with health agents to empty
    standing water where mosquitoes breed. The Japanese-made Qdenga vaccine is being offered to
    children aged {{10 to 14}} in [[521 municipalities|other;u=other]] with high transmission.
    The ministry has bought [[5.2 million doses|other]] for this year.
    """,
)

item(
    "Insulin maker cuts list prices by up to 70%",
    """
    One of the {{three biggest}} insulin makers said on Wednesday it would cut the list prices of
    its most widely prescribed insulins by up to {{70%}} from {{January 1}}, {{2024}}. The list
    price of a {{10ml}} vial of its fast-acting insulin will fall to {{$72}} from {{$274.70}}.
    The company will also cap out-of-pocket costs at {{$35}} a month for people with commercial
    insurance. Medicare already caps insulin at {{$35}} for those aged {{65 and older}}.
    Shares rose {{1.8%}} in early trading.
    """,
)

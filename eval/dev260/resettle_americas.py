"""dev260 items, part 2: the US refugee ceiling and its suspension, Afghans evacuated to the
United States, Canada's government-assisted and privately sponsored refugees, the Americas."""

from _wrap import item

item(
    "Biden sets refugee ceiling at 125,000 for fiscal 2022",
    """WASHINGTON (AP) - President Joe Biden on Friday set the cap on refugee admissions at
    [[125,000|capacity;n=-;a=President Joe Biden;p]] for the {{2022}} fiscal year, which begins
    {{Oct. 1}}, double this year's ceiling of [[62,500|capacity;n=-]]. The United States admitted
    [[just 11,411 refugees|displaced]] in fiscal {{2021}}, the lowest number since the programme
    began in {{1980}}, according to State Department data. The allocation sets aside [[up to 40,000
    places|capacity;u=other;p]] for Africa and [[15,000|capacity;n=-;u=other;p]] for the Near East and South
    Asia. Resettlement agencies, which laid off [[hundreds of caseworkers|other]] under the previous
    administration, say they will need to reopen [[more than 100 local offices|other;u=structure;a=Resettlement
    agencies;p]]. Refugee advocates welcomed the decision but said [[some 35,000 people|displaced;a=Refugee
    advocates]] already approved were stuck in the pipeline.""",
)

item(
    "Trump suspends refugee programme; thousands with flights cancelled",
    """WASHINGTON, {{Jan 20}} (Reuters) - President Donald Trump suspended the US Refugee Admissions
    Program by executive order on his first day in office, halting the travel of [[about 10,000
    refugees|displaced;a=resettlement agencies]] who had been booked on flights, resettlement
    agencies said. The order took effect on {{Jan 27}}. [[Some 1,660 Afghans|displaced;a=an official]]
    cleared for resettlement, including family members of US service members, had their flights
    cancelled, an official said. Church World Service said [[at least 200 people|displaced;a=Church
    World Service]] were stranded at transit hotels in Doha, Nairobi and Istanbul. The State
    Department later cut funding to the ten national resettlement agencies, which
    then laid off [[more than 1,000 staff|other]]. A federal judge in Seattle ordered the government
    to process [[roughly 160 refugees|displaced;a=A federal judge in Seattle;p]] who had been
    conditionally approved.""",
)

item(
    "White House caps refugees at 7,500, most places for Afrikaners",
    """WASHINGTON - The administration set the refugee ceiling for fiscal {{2026}} at
    [[7,500|capacity;n=-;p]], the lowest since the programme was created, according to a notice
    published on {{Oct. 31}}. The notice said the bulk of the places
    would go to white South Africans. The first group of [[59 Afrikaners|displaced]] arrived at
    Dulles airport on a chartered flight in {{May 2025}}. Officials said [[about 400 more|displaced;n=-;a=Officials]]
    had arrived by {{September}}. The ceiling for fiscal {{2025}} had been [[125,000|capacity;n=-]],
    though only [[some 27,000 refugees|displaced]] were admitted before the suspension, according
    to the Refugee Processing Center. [[Around 23,000 refugees|displaced;a=the International Rescue
    Committee]] who had cleared all checks remained in limbo abroad, the International Rescue
    Committee said.""",
)

item(
    "Kabul airport bombing kills scores as evacuation races deadline",
    """KABUL, {{Aug 26}} - A suicide bomber struck crowds at the Abbey Gate of Kabul airport on
    Thursday, killing [[at least 170 Afghans|killed;a=health officials]] and [[13 US service
    members|killed;a=the Pentagon]], health officials and the Pentagon said. [[More than 150 people|injured;a=the
    Emergency hospital]] were wounded, according to the Emergency hospital in Kabul. The Islamic State's
    Khorasan branch claimed the attack. [[About 5,800 US troops|combatants;a=the Pentagon]] were
    guarding the airport, the Pentagon said, along with [[around 1,000 British soldiers|combatants]].
    Flights continued through the night; [[12,500 people|displaced;a=the White House]] were flown
    out in the {{24 hours}} to {{3 a.m.}} on Friday, the White House said, bringing the total since
    {{Aug 14}} to [[some 105,000|displaced;n=-;a=the White House]].""",
)

item(
    "Fort McCoy houses 12,600 Afghan evacuees as processing slows",
    """SPARTA, Wis. - Fort McCoy in Wisconsin is housing [[about 12,600 Afghan evacuees|displaced;a=the
    Army]], the Army said on Wednesday, roughly {{half}} of them children. The base has set up
    [[more than 400 barracks buildings|capacity;a=The base]] for the families and says it can take
    in [[up to 13,000 people|capacity;a=it;alt=The base]]. [[About 1,000 soldiers|combatants]] from
    the {{89th}} Military Police Brigade and other units are deployed there. Officials said [[roughly 2,600
    evacuees|displaced;a=Officials]] had left the base for new homes since {{September}}, while
    [[another 9,000|displaced;n=-;a=Officials]] were waiting for vaccinations and work permits.
    Volunteers have handed out [[18,000 winter coats|aid;u=other]].""",
)

item(
    "Operation Allies Welcome closes with 76,000 resettled",
    """The Department of Homeland Security said on Thursday it had resettled [[more than 76,000
    Afghans|displaced;a=The Department of Homeland Security]] under Operation Allies Welcome, closing
    the last of the [[eight military bases|capacity;u=structure;a=it;alt=The Department of Homeland Security]] that
    had housed evacuees. [[About 88,500 Afghans|displaced]] reached the United States between
    {{August 2021}} and {{September 2022}}, figures show. Of those, [[around 36,000|displaced;n=-]] had
    applied for Special Immigrant Visas. Resettlement agencies were paid {{$1,225}} a person in
    reception funds. The Congressional Research Service estimated that [[at least 78,000 Afghans|civilians;a=The
    Congressional Research Service]] who had worked with US forces remained in Afghanistan. [[Several
    hundred evacuees|returned;a=officials]] have since gone back to Afghanistan, officials said.""",
)

item(
    "Canada welcomes its 25,000th Syrian refugee",
    """TORONTO - A Canadian Forces Airbus carrying [[about 270 Syrian refugees|displaced]] from Amman
    landed in Montreal late on Saturday, bringing to [[25,000|displaced;n=-;a=Immigration Minister
    John McCallum]] the number resettled since {{November 4}}, Immigration Minister John McCallum
    said. Of those, [[roughly 15,000|displaced;n=-]] were government-assisted refugees and [[more than
    8,000|displaced;n=-]] were sponsored by private groups. [[Several thousand applications|displaced;u=other;a=sponsorship
    groups]] are still being processed, sponsorship groups said. Ottawa has promised to resettle
    [[another 10,000 Syrians|capacity;a=Ottawa;p]] by the end of {{2016}}. The military set aside
    [[6,000 beds|capacity]] at bases in Quebec and Ontario, but none were needed, officials said.""",
)

item(
    "Private sponsors in Canada wait years for refugee families",
    """WINNIPEG - [[More than 400 sponsorship groups|other;u=other;a=Refugee Sponsorship Training
    Program]] in Manitoba alone are waiting for families they applied to bring over, according to
    the Refugee Sponsorship Training Program. Nationally, the backlog of privately sponsored
    refugee applications stood at [[about 70,000 people|displaced;a=Immigration, Refugees and
    Citizenship Canada]] in {{March 2024}}, Immigration, Refugees and Citizenship Canada said. Ottawa
    has capped new private sponsorship applications at [[15,000 a year|capacity;n=-]] and paused
    applications from groups of {{five}} or community sponsors until {{2026}}. Sponsors must show
    they can support a family for {{12 months}}, roughly {{C$30,000}} for a household of {{four}}.
    The Manitoba group that sponsored [[14 Eritrean families|displaced]] since {{2017}} said [[three
    families|displaced]] it applied for in {{2020}} were still in Kampala.""",
)

item(
    "Canada to resettle 40,000 Afghans, Ottawa says",
    """OTTAWA - Canada will resettle [[40,000 Afghans|capacity;a=Immigration Minister Marco
    Mendicino;p]] who are at risk from the Taliban, Immigration Minister Marco Mendicino said on
    {{Sept 21}}, doubling an earlier pledge of [[20,000|capacity;n=-;p]]. [[About 3,700 Afghans|displaced]]
    had reached Canada by then, most of them interpreters and their families. Veterans' groups say
    [[as many as 1,000 former interpreters|civilians;a=Veterans' groups]] are still hiding in Kabul.
    By {{October 2023}}, Ottawa said [[more than 40,000|displaced;n=-;a=Ottawa]] had arrived. [[Some
    2,000 Sikhs and Hindus|displaced]] were brought in through a separate stream run with private
    sponsors. The government has said {{six in 10}} arrivals are under {{18}}.""",
)

item(
    "Refugees detained by ICE weeks after arrival, lawyers say",
    """MINNEAPOLIS - Immigration agents have detained [[at least 130 refugees|arrested;a=lawyers]]
    in Minnesota who were admitted legally but have not yet received green cards, lawyers said on
    Tuesday. [[Dozens of them|arrested;n=-]] were flown to a detention centre in Texas, the Advocates
    for Human Rights said. The Department of Homeland Security said in a memo that [[some 5,600
    refugees|civilians;a=The Department of Homeland Security]] admitted since {{2021}} in the state
    would be "re-vetted". A judge ordered the release of [[29 detainees|arrested;p]] on Friday. The
    International Institute of Minnesota said [[about 80 of its clients|arrested;a=The International
    Institute of Minnesota;n=clients]] had stopped going to work for fear of arrest. [[Two Somali
    refugees|returned]] were deported within {{a week}}, their families said.""",
)

item(
    "Central American Minors programme reunites 4,000 children with parents",
    """SAN SALVADOR - The Central American Minors programme has brought [[more than 4,000 children|displaced;a=the
    State Department]] from El Salvador, Guatemala and Honduras to join parents in the United States
    since it was revived in {{2021}}, the State Department said. [[About 2,800 applications|displaced;u=other]]
    were pending when the programme was shut in {{January 2025}}, and advocates said [[about 1,000
    approved children|civilians;a=advocates]] were left waiting in Guatemala and Honduras. Children must be under {{21}} and
    have a parent lawfully in the US. The Safe Mobility offices in Colombia, Costa Rica, Ecuador and
    Guatemala referred [[roughly 30,000 people|displaced;a=UNHCR and the IOM]] for refugee
    processing, UNHCR and the IOM said. In El Salvador, [[at least 1,500 children|kidnapped;a=rights groups]] were
    forcibly recruited or abducted by gangs in the years before the programme, rights groups estimate.""",
)

item(
    "Canada brings in 1,200 Yazidi survivors of Islamic State captivity",
    """OTTAWA - Canada has resettled [[about 1,200 Yazidis and other survivors of Daesh|displaced;n=Yazidis
    and other survivors;a=the immigration department]], the immigration department said, meeting the
    target Parliament set in {{2016}}. [[More than 800 of them|kidnapped;n=-]] were women and girls
    who had been held by the Islamic State group in Iraq and Syria. Yazda, a Yazidi rights
    organisation, says [[some 2,700 Yazidis|missing;a=Yazda]] are still missing, {{eleven years}}
    after the assault on Sinjar in which [[thousands of men|killed]] were executed. [[About 6,400
    women and children|kidnapped;n=women and children;a=the Kurdistan Regional Government]] were
    abducted in {{August 2014}}, according to the Kurdistan Regional Government, and [[roughly 3,500|kidnapped;n=-;a=the
    Kurdistan Regional Government]] have been freed or rescued. Calgary took [[nearly 300 of the
    survivors|displaced;n=survivors]], the largest group.""",
)

item(
    "Travel ban strands refugees at airports; 109 held on arrival",
    """NEW YORK, {{Jan 29}} (Reuters) - [[109 travellers|arrested;a=the White House]] were held at US
    airports on Saturday after President Donald Trump's order suspending refugee admissions for
    {{120 days}} and barring citizens of {{seven}} Muslim-majority countries, the White House said.
    [[Two Iraqis|arrested]] detained at John F. Kennedy airport, one of whom had worked as an
    interpreter for the US Army for {{10 years}}, were released after lawyers filed suit. [[Thousands|other;n=-]]
    protested at airports across the country. The order also cut the refugee ceiling for fiscal
    {{2017}} to [[50,000|capacity;n=-]] from the [[110,000|capacity;n=-]] set by the previous
    administration. Resettlement agencies said [[about 20,000 refugees|displaced;a=Resettlement
    agencies]] who had been approved were now stuck. The International Rescue Committee said [[872
    refugees|displaced;a=The International Rescue Committee]] already in transit would be allowed in.""",
)

item(
    "Darien crossings surge as Venezuelans lose hope of resettlement",
    """PANAMA CITY - [[More than 520,000 people|displaced;a=Panama's migration service]] crossed the
    Darien jungle in {{2023}}, Panama's migration service said, nearly {{two-thirds}} of them
    Venezuelans. Doctors Without Borders treated [[about 680 survivors of sexual violence|injured;n=survivors]]
    at its posts in Bajo Chiquito and Lajas Blancas. The IOM recorded [[at least 50 deaths|killed;a=The IOM]]
    and [[dozens of people|missing;a=The IOM]] missing on the route. Only [[about 2,300
    Venezuelans|displaced]] were resettled to the United States from Colombia and Ecuador through
    Safe Mobility offices that year. Panama's border police said they had arrested [[46 smugglers|arrested;a=Panama's
    border police]]. [[Some 3,000 migrants|displaced;a=officials]] were sleeping at reception
    stations in San Vicente on any given night, officials said.""",
)

item(
    "Record 84,995 refugees admitted in Obama's final full year",
    """WASHINGTON - The United States admitted [[84,995 refugees|displaced;a=the State Department]]
    in the {{2016}} fiscal year, the State Department said, meeting the ceiling of
    [[85,000|capacity;n=-]] set by President Barack Obama. They included [[12,587 Syrians|displaced]],
    up from [[1,682|displaced;n=-]] the year before, and [[16,370 people|displaced]] from the
    Democratic Republic of Congo. {{Nearly 72 percent}} of the Syrians were women and children. The
    administration plans to admit [[110,000 refugees|capacity;a=The administration;p]] in fiscal
    {{2017}}. [[About 180 cities and towns|other]] received refugees during the year,
    with Texas, California and New York taking [[more than 21,000|displaced;n=-]] between them.""",
)

item(
    "Afghans in Mexico and Brazil await onward resettlement",
    """BRASILIA - Brazil has issued [[about 11,500 humanitarian visas|other;u=other;a=the Foreign
    Ministry]] to Afghans since {{September 2021}}, the Foreign Ministry said, and [[nearly 7,000
    Afghans|displaced]] have arrived. Until shelters were expanded, [[more than 150 people|displaced;a=the
    city of Guarulhos]] slept in a terminal at Sao Paulo's Guarulhos airport, the city of Guarulhos
    said. The city has since opened [[three reception centres|capacity]] with room for [[some 450
    people|capacity]]. In Mexico City, [[around 400 Afghans|displaced;a=the Mexican government]], many of them journalists
    and women's rights activists, are waiting for US or Canadian visas, the Mexican government said.
    [[Two dozen families|displaced;a=Caritas]] left for Canada last month, Caritas said.""",
)

item(
    "Ceiling, allocation and admission: how the US refugee numbers are set",
    """Each year before {{October 1}} the president, after consulting Congress, sets a ceiling for
    the fiscal year that starts that day. Fiscal {{2024}} ran from {{October 1, 2023}} to {{September
    30, 2024}}. Admissions in a given year rarely match the ceiling; the gap has reached {{more than
    70 percent}}. Refugees are eligible for a green card after {{one year}}, and for citizenship after
    {{five}}. Reception and placement money covers their first {{90 days}}, and was set at {{$2,375}}
    a person in {{2023}}.""",
)

item(
    "Canadian MPs question delays in Afghan processing",
    """OTTAWA - A House of Commons committee heard on {{Tuesday, February 7}}, that Afghan
    applications were taking {{14 months}} on average, against a target of {{six}}. Officials said
    the department had spent {{C$60 million}} on the programme in {{2022-23}}, about {{12 percent}}
    more than budgeted. The minister, who appeared for {{two hours}}, said the {{2021}} pledge would
    be met by the end of {{2023}}, and that {{one in three}} files was delayed by security screening.""",
)

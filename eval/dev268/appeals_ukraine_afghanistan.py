"""Ukraine and Afghanistan: appeals, needs overviews and the counts around them."""

from _wrap import item

item(
    "Ukraine plan seeks $3.1bn to help millions through another year of war",
    """The United Nations and humanitarian partners on {{15 January}} appealed for {{$3.1 billion}}
    for Ukraine, saying [[14.6 million people|civilians;p;a=The United Nations and humanitarian
    partners]] would need assistance in {{2024}}. The plan aims to reach [[8.5 million|aid;p]] of
    them, most in the east and south near the front line. Agencies reached [[11 million
    people|aid;a=OCHA]] with some form of aid last year, OCHA said. [[About 3.7 million
    people|displaced;a=IOM]] remain displaced inside the country, IOM estimates, while [[nearly 6.5
    million refugees|displaced;a=UNHCR]] are recorded across Europe, according to UNHCR. [[More than
    10,000 civilians|killed;a=the UN Human Rights Monitoring Mission in Ukraine]] have been killed
    since {{February 2022}}, the UN Human Rights Monitoring Mission in Ukraine has verified.""",
)

item(
    "Evacuations from Pokrovsk area strain transit centres",
    """Authorities in Donetsk region say [[more than 25,000 people|displaced;a=Authorities in Donetsk
    region]] were evacuated in {{August}}, including [[about 2,500 children|displaced;a=Authorities
    in Donetsk region]]. [[Roughly 12,000 residents|civilians;a=the head of the city's military
    administration]] remain in Pokrovsk, the head of the city's military administration said. The
    transit centre in Pavlohrad has room for [[300 people|capacity]] but volunteers say it is
    processing [[up to 1,000 arrivals a day|displaced;a=volunteers]]. The government has set up
    [[more than 1,600 collective sites|capacity;a=the Ministry of Social Policy]] for displaced people
    nationwide, according to the Ministry of Social Policy. Evacuation buses leave the city {{twice a
    day}}, at {{08:00}} and {{15:00}}.""",
)

item(
    "Winter plan targets home repairs and heating across Ukraine",
    """Russian attacks have damaged or destroyed [[about 2 million homes|housing;a=the Kyiv School
    of Economics]], the Kyiv School of Economics estimates, about {{10 per cent}} of the housing
    stock. The Shelter Cluster plans to repair [[96,000 homes|housing;p;a=The Shelter Cluster]] and
    distribute [[120,000 heaters|aid;p;u=other;a=The Shelter Cluster]] before temperatures drop below
    {{minus 10C}}. Last winter partners reached [[1.4 million people|aid;a=the cluster;alt=The
    Shelter Cluster]] with winter support, the cluster said. The UN Development Programme says [[more
    than 800 energy facilities|other;a=The UN Development Programme]] have been hit since the start
    of the full-scale invasion. [[About 40,000 households|aid]] received cash for fuel. In Kharkiv, [[about 150 collective centres|capacity;a=city
    officials]] house [[some 8,000 displaced people|displaced;a=city officials]], city officials
    said.""",
)

item(
    "Ukraine's schoolchildren learn underground as attacks continue",
    """[[More than 3,700 educational facilities|housing;a=the Ministry of Education]] have been
    damaged and [[about 400|housing;u=structure;a=the Ministry of Education]] destroyed, the Ministry
    of Education says. UNICEF said [[about 1.7 million children|civilians;a=UNICEF]] are unable to
    attend school in person full time. [[At least 659 children|killed;a=the UN]] have been killed and
    [[more than 1,700|injured;a=the UN]] injured since the full-scale invasion, according to the UN.
    Education partners plan to equip [[1,000 school bomb shelters|other;p;a=Education partners]] this
    year so that classes can resume in person. [[More than 1,000 children|returned;a=Ukrainian
    officials]] have been brought back from Russia or occupied areas, Ukrainian officials say.""",
)

item(
    "Families of Ukraine's missing seek answers as needs plan adds protection",
    """The ICRC's Central Tracing Agency said it had registered [[more than 50,000
    people|missing;a=The ICRC's Central Tracing Agency]] as missing in connection with the
    international armed conflict. Ukraine's ombudsman says Russia holds [[at least 16,000 Ukrainian
    civilians|arrested;a=Ukraine's ombudsman]] in detention. Among those held are [[at least 30
    local mayors and officials|kidnapped;n=mayors and officials]] seized in the first weeks of the
    invasion. In {{2024}} alone, [[1,358 Ukrainian prisoners|other;a=the Coordination Headquarters
    for the Treatment of Prisoners of War]] were freed in exchanges, according to the Coordination
    Headquarters for the Treatment of Prisoners of War. In occupied areas, [[about 1.5 million
    people|civilians]] need assistance that agencies cannot deliver. Protection partners plan to
    support [[150,000 families|aid;p;a=Protection partners]] of the missing and detained.""",
)

item(
    "Flash appeal follows Kakhovka dam breach",
    """The UN launched a flash appeal on {{8 June}}, {{two days}} after the breach of the Kakhovka dam
    flooded towns along the lower Dnipro. Officials expected [[as many as 40,000 people|displaced;p;a=Officials]] to
    need evacuation on both banks. Ukrainian authorities said [[more than 3,600
    people|displaced;a=Ukrainian authorities]] had been evacuated from flooded areas on the right
    bank. UN relief chief Martin Griffiths said [[some 700,000 people|civilians;a=UN relief chief
    Martin Griffiths]] depended on drinking water from the reservoir. [[At least 32
    people|killed;a=officials on both sides]] died in areas under Ukrainian control and [[at least
    41|killed;a=officials on both sides]] in Russian-occupied areas, officials on both sides said
    later. [[About 3,700 homes|housing]] were flooded in Kherson region. [[More than 80 aid
    trucks|aid]] reached Kherson in the first week.""",
)

item(
    "Vovchansk evacuation leaves border town almost empty",
    """[[More than 11,000 people|displaced;a=regional governor Oleh Syniehubov]] have been evacuated
    from Vovchansk and nearby villages since {{10 May}}, regional governor Oleh Syniehubov said.
    [[Fewer than 200 residents|civilians;a=police]] remain in the town, police said. A strike on a
    hardware store in Kharkiv on {{25 May}} killed [[19 people|killed;a=the regional prosecutor's
    office]] and injured [[more than 50|injured;a=the regional prosecutor's office]], the regional
    prosecutor's office said. [[Two people|missing]] are still missing under the rubble. Humanitarian partners run
    [[four transit points|capacity]] in Kharkiv
    for evacuees. [[About 180 volunteers|other]] work in shifts at the main centre, which is open
    {{24 hours}} a day.""",
)

item(
    "Afghanistan plan trimmed as returnees add to needs",
    """[[23.7 million people|civilians;p;a=OCHA]], {{more than half}} the population, will need
    humanitarian assistance in Afghanistan in {{2024}}, OCHA said as it launched a {{$3.06 billion}}
    plan. The plan targets [[17.3 million|aid;p]]. Since Pakistan began deporting undocumented
    Afghans in {{September 2023}}, [[more than 500,000 people|returned;a=IOM]] have crossed back,
    according to IOM. Iran deported or pushed back [[over 1.2 million Afghans|returned;a=UNHCR]] in
    the same period, UNHCR says. [[About 2,000 meals a day|aid;a=the World Food Programme]] are
    served at the Torkham crossing, the World Food Programme said. [[1.4 million girls|civilians;a=UNESCO]]
    are barred from secondary school, UNESCO says.""",
)

item(
    "Herat quake appeal seeks $93.6m for winter shelter",
    """The earthquakes that struck Herat province in {{October}} killed [[about 1,480
    people|killed;a=the World Health Organization]] and injured [[more than 1,950|injured;a=the
    World Health Organization]], the World Health Organization said. [[More than 10,000
    homes|housing;a=OCHA]] were destroyed or damaged, OCHA said, most of them mud-brick houses in
    Zindajan district. The flash appeal seeks {{$93.6 million}} to help [[114,000 people|aid;p]] over
    {{six months}}. UNHCR plans to build [[2,000 winterised shelters|capacity;p;a=UNHCR]] before the
    snow. Until then, [[roughly 21,000 people|displaced]] are living in tents near the rubble of
    their villages, where night temperatures already fall below {{zero}}.""",
)

item(
    "Detentions and funding cuts hobble Afghan aid operation",
    """[[At least 40 aid workers|arrested;a=the UN]] were detained by the de facto authorities in the
    first half of the year, the UN said in its quarterly report. The ban on women working for NGOs
    affects [[some 4,000 Afghan women|other;a=aid groups]] who worked for UN agencies and charities,
    aid groups estimate. WFP said it could now reach only [[1 million people a month|aid;a=WFP]] with
    food, down from [[5 million|aid;a=WFP]] a year earlier. [[Nearly 3.5 million children|civilians;a=UNICEF]]
    are acutely malnourished, UNICEF says. An attack on a polio vaccination team in Kunar killed
    [[four vaccinators|killed;a=police]], police said. The campaign had aimed to reach children
    under {{five}} across the east of the country.""",
)

item(
    "Flash floods in northern Afghanistan kill hundreds, destroy homes",
    """Flash floods in Baghlan province killed [[more than 300 people|killed;a=the World Food
    Programme]] and destroyed [[over 1,000 houses|housing;a=the World Food Programme]], the World Food
    Programme said on {{Saturday}}. Taliban officials put the death toll at [[315|killed;a=Taliban
    officials]] and said [[more than 1,600|injured;a=Taliban officials]] were injured. [[Dozens of
    people|missing;a=local officials]] remain missing, local officials said. [[More than 2,000
    livestock|other]] were swept away in the Burka and Nahrin districts. [[Between 600 and 700 families|displaced;a=IOM]] are living in tents, IOM
    says. IOM plans to distribute [[3,500 emergency shelter kits|aid;p;a=IOM]] in the coming days.""",
)

item(
    "Record returns from Iran overwhelm Islam Qala crossing",
    """[[More than 1.5 million Afghans|returned;a=the International Organization for Migration]] have
    returned or been deported from Iran since {{January}}, the International Organization for
    Migration said, [[over 500,000|returned;a=the International Organization for Migration]] of them
    in {{June}} alone. At the peak, [[up to 40,000 people a day|returned]] crossed at Islam Qala. The
    reception centre there was built for [[7,000 people|capacity]]. UNHCR said it had given cash to
    [[some 60,000 families|aid;a=UNHCR]] at the border. The appeal for returnees seeks to help [[1.4
    million people|aid;p]] until the end of the year.""",
)

item(
    "Convoys reach frontline communities in Donetsk and Kharkiv",
    """Inter-agency convoys delivered aid to [[about 90,000 people|aid;a=OCHA]] in front-line
    communities in the first quarter, OCHA said, on [[more than 60 convoys|aid;a=OCHA]]. [[Three aid
    workers|killed;a=OCHA]] were killed and [[11|injured;a=OCHA]] injured in the same period, OCHA
    reported. In Kherson city, [[fewer than 60,000 residents|civilians]] remain, out of a pre-war
    population of [[about 280,000|civilians]]. Drone attacks on people in the streets of Kherson,
    which a UN commission has called crimes against humanity, have injured [[more than 1,000
    people|injured;a=the regional administration]] since {{July 2024}}, according to the regional
    administration.""",
)

item(
    "More Ukrainians go home but displacement persists, IOM says",
    """[[About 4.6 million people|returned;a=IOM]] have returned to their homes in Ukraine after
    being displaced, IOM estimates, while [[3.6 million|displaced;a=IOM]] remain displaced inside the
    country. UNHCR expects [[about 500,000 refugees|returned;p;a=UNHCR]] to come back in {{2025}} if
    the fighting eases. In Poland, [[close to 1 million Ukrainians|displaced;a=Eurostat]] hold
    temporary protection status, according to Eurostat. Municipalities in Kyiv region have rebuilt
    [[more than 2,000 homes|housing]] in Bucha, Irpin and Borodianka. [[About 90,000
    families|aid;a=the government]] have received repair grants under the eRecovery programme, the
    government said.""",
)

item(
    "Ukraine appeal a third funded as winter approaches",
    """The {{2025}} humanitarian needs and response plan for Ukraine, which asks for {{$2.63
    billion}}, was {{38 per cent}} funded at the end of {{August}}, according to OCHA. This is the
    {{fourth}} year of the full-scale war, and donor fatigue is showing, officials said. The
    European Union contributed {{€180 million}}, and Germany {{€95 million}}. The winter response
    alone needs {{$278 million}} before {{1 November}}. Aid agencies have asked donors to release
    funds by {{mid-September}} to procure fuel and heaters in time.""",
)

item(
    "Afghanistan response plan cut by a third after donor shortfall",
    """The UN's {{2025}} plan for Afghanistan, launched in {{January}} at {{$2.42 billion}}, was
    reprioritised in {{June}} to {{$1.62 billion}} after the largest donor withdrew funding. It was
    {{28 per cent}} funded by {{30 September}}. Girls have been barred from school beyond grade
    {{six}} since {{March 2022}}, and from universities since {{December 2022}}. The ban on Afghan
    women working for the UN, announced on {{4 April 2023}}, remains in place. OCHA said the
    country's humanitarian fund disbursed {{$94 million}} in the {{first}} half of the year.""",
)

"""Poland: the border, PESEL registrations, collective centres, schools, jobs and aid."""

from _wrap import item

item(
    "Border Guard logs record day as Ukrainians pour into Poland",
    """Poland's Border Guard said [[142,300 people|displaced;a=Poland's Border Guard]] crossed
    into the country from Ukraine on {{6 March}}, the highest daily total since the Russian
    invasion began. [[Nearly 1.2 million refugees|displaced;a=the Border Guard;alt=Poland's
    Border Guard]] have entered Poland since {{24 February}}, the Border Guard said on Twitter.
    Over the same period [[about 170,000 people|returned;a=the Border Guard;alt=Poland's Border
    Guard]] crossed in the other direction, it said, many of them Ukrainian men going home to
    fight. Queues at Medyka stretched for {{15 km}} and some families waited {{40 hours}} in
    freezing rain. The defence ministry said [[around 1,500 soldiers|combatants;a=The defence
    ministry]] from the Territorial Defence Forces had been sent to help at the crossings. The
    city of Przemyśl has opened [[eight reception points|capacity]] with [[2,400 beds|capacity]],
    and volunteers handed out [[30,000 hot meals|aid]] at the railway station over the weekend.""",
)

item(
    "PESEL register shows who has stayed",
    """[[More than 1.3 million Ukrainians|displaced;a=the Ministry of Digital Affairs]] had
    obtained a Polish PESEL identification number by the end of {{May 2022}}, according to the
    Ministry of Digital Affairs. Women account for {{48%}} of the registrations and children for
    {{46%}}. The number opens the way to schooling, health care and the {{500+}} child benefit.
    Border counts overstate the population because they include [[hundreds of thousands of
    people|returned;a=demographers]] who have since gone home, demographers note. In Warsaw,
    [[some 180,000 Ukrainians|displaced;a=city hall]] have registered, city hall said, while
    Kraków counted [[about 95,000|displaced;a=Kraków]]. Labour agencies place [[3,000 to 4,000 Ukrainians|other;a=Labour agencies]] a month in warehouses,
    Labour agencies say. ZUS, the social insurer, said [[76,000
    Ukrainians|other;a=ZUS]] had found jobs and begun paying contributions. The ministry expects
    [[another 200,000 people|displaced;p;a=The ministry;alt=the Ministry of Digital Affairs]] to
    register before the summer.""",
)

item(
    "Nadarzyn expo hall to close its refugee centre",
    """The Ptak Warsaw Expo hall in Nadarzyn, which at its peak housed [[about 5,000
    refugees|displaced;a=the Mazowieckie governor's office]], will stop taking in new arrivals at
    the end of {{June}}, the Mazowieckie governor's office said. [[Some 1,100 people|displaced;a=the
    office;alt=the Mazowieckie governor's office]] still sleep on camp beds in its halls, the
    office said. The province has rented [[14 smaller collective centres|capacity]] in towns around
    the capital, with [[1,600 places|capacity;u=other]] between them. Officials said [[up to 300
    residents|civilians;p;a=Officials]], most of them elderly or disabled, could need long-term
    care that the new centres cannot give. "Some of these people have nowhere to go back to," said
    Olena Marchuk, a volunteer from Kharkiv, whose own flat was destroyed in {{2022}}. A survey by
    the Polish Red Cross found [[212 residents|civilians;a=the Polish Red Cross]] who needed help
    with daily tasks.""",
)

item(
    "Bus carrying refugees crashes near Rzeszów",
    """[[Four people|killed;a=police]] were killed and [[23|injured;a=police]] injured when a bus
    carrying Ukrainian refugees left the road near Rzeszów early on {{Thursday}}, police said. The
    coach, run by a private carrier, was taking [[49 passengers|displaced]] from Lviv to Kraków and
    Prague. [[Seven of the injured|injured;a=the regional hospital]] were in serious condition, the
    regional hospital said, among them [[two children|injured;a=the regional hospital]]. [[About 20 passengers|displaced]] who were unhurt spent the night in a sports hall. The driver,
    a {{52-year-old}} Ukrainian, was detained, and prosecutors said he had been at the wheel for more
    than {{14 hours}}. A second driver was among the dead.""",
)

item(
    "Teachers stretched as Ukrainian pupils fill Polish classrooms",
    """[[About 190,000 Ukrainian children|other;a=the Education Ministry]] were enrolled in Polish
    schools in {{September 2022}}, the Education Ministry said, while [[another 300,000 or
    so|other;n=-;q=approx;a=the Education Ministry]] were following Ukrainian lessons online, it
    estimated. Schools opened [[1,200 preparatory classes|other;u=other]] for pupils with little
    Polish, taught by [[roughly 2,000 Ukrainian teaching assistants|other]]. In Wrocław, a primary
    school on Grabiszyńska Street took in [[86 pupils|other;a=its head teacher]] from Ukraine in a
    fortnight, its head teacher said. From {{2024}}, attendance became compulsory for children who
    receive the {{800+}} benefit, and the ministry expected [[up to 40,000 more pupils|other;p;a=the
    ministry;alt=the Education Ministry]] to join. Classes of {{32}} are now common in some
    districts.""",
)

item(
    "Lublin volunteers run a warehouse the size of a football pitch",
    """A warehouse on the edge of Lublin has shipped [[1,450 trucks|aid]] of food, medicine and
    generators into Ukraine since {{March 2022}}, the charity that runs it said. Its volunteers
    packed [[some 640,000 food parcels|aid;a=the charity]] in the first year, the charity said, and
    sent [[12,000 hygiene kits|aid;a=the charity]] to collective centres in Poland. At its busiest the site had
    [[more than 400 volunteers a day|other;a=organisers]], organisers said, but only [[about 40|other;a=organisers]] remain. "Donations fell by {{two-thirds}} after the first summer," said
    Tomasz Wójcik, {{41}}, who runs the loading bay. The city council said [[about 26,000
    refugees|civilians;a=The city council]] still living in Lublin rely on some form of aid.""",
)

item(
    "Smugglers of Ukrainian men held near the Slovak border",
    """Polish police have arrested [[nine people|arrested;a=Polish police]] suspected of
    smuggling Ukrainian men of fighting age across the Carpathians, the police said on
    {{Tuesday}}. The gang charged up to {{$8,000}} a person and had moved [[at least 140
    men|other;a=prosecutors]] through Slovakia to Poland since {{late 2023}}, prosecutors said.
    Ukraine's State Border Guard Service says it has detained [[more than 31,000 men|arrested;a=Ukraine's
    State Border Guard Service]] trying to leave illegally since martial law barred men aged {{18
    to 60}} from travelling. It also says [[at least 45 men|killed;a=Ukraine's State Border
    Guard Service]] have died trying, most of them drowned in the Tisza river. [[Two of the
    suspects|arrested]] are Ukrainian citizens. Slovak police found [[22 men|other;a=Slovak police]] hiding
    in a forest near Ulič in {{March}}, they said.""",
)

item(
    "Women lured with job offers freed from a flat in Łódź",
    """Police in Łódź freed [[five Ukrainian women|kidnapped;a=Police in Łódź]] who had been held
    in a flat and forced into sex work, the force said. The women, aged {{19 to 34}}, had been
    recruited at the border in {{spring 2022}} with offers of hotel jobs. [[Three
    suspects|arrested;a=the force;alt=Police in Łódź]] were detained, the force said. La Strada,
    an anti-trafficking group, said its hotline took [[about 3,500 calls|other;u=other;a=La
    Strada]] from Ukrainians in the first {{six months}} of the war and flagged [[63
    cases|other;a=La Strada]] to police. The government's trafficking centre said it had identified [[148 victims|kidnapped;a=The
    government's trafficking centre]] among refugees since {{2022}}. The group believes [[dozens more women|kidnapped;a=The
    group;alt=La Strada]] remain under traffickers' control.""",
)

item(
    "Poland ends free housing for most refugees",
    """Ukrainians who have been in Poland for more than {{120 days}} must pay half the cost of
    state-funded accommodation from {{1 March 2023}}, and {{75%}} from May, under an amended
    special act. The voivodes say [[about 70,000 people|displaced;a=The voivodes]] still live in
    collective housing paid for by the state. Pensioners, people with disabilities and pregnant
    women are exempt, which the Interior Ministry says covers [[around 25,000
    residents|civilians;a=the Interior Ministry]]. The voivodes have also closed [[about 600 smaller shelters|capacity;a=The voivodes]] since
    {{2022}}. Charities fear [[thousands|displaced;n=-;a=Charities]]
    could leave the centres for overcrowded private rooms. A provincial official in Podkarpackie
    said [[11 of its 49 centres|capacity;a=A provincial official in Podkarpackie]] were already half
    empty. Polish Humanitarian Action says [[between 1,500 and 2,000 residents|civilians;a=Polish
    Humanitarian Action]] have no income at all.""",
)

item(
    "Workers from Ukraine fill gaps in Polish factories",
    """Poland's labour ministry said employers had notified the authorities of [[more than 1.1
    million jobs|other;u=other;a=Poland's labour ministry]] taken up by Ukrainian refugees since
    {{2022}}, although many people appear in the register more than once. The National Bank of
    Poland estimates that [[about 225,000 refugees|other;a=The National Bank of Poland]] were
    working at any one time in {{2024}}, adding {{0.5%}} to {{2.4%}} to GDP. A poultry plant in
    A poultry plant in
    Wielkopolska employs [[460 Ukrainians|other;a=its manager]], its manager said, most of them women
    from Kharkiv and Zaporizhzhia. The plant plans to hire [[up to 150 more|other;p;n=-;a=The plant]] by the autumn. [[About 40 Ukrainian families|displaced]] live in flats it rents nearby. Statistics Poland counted [[about 31,000 firms|other;u=other;a=Statistics
    Poland]] set up by Ukrainians since {{2022}}, and the Polish Economic Institute said [[some 1,800
    Ukrainian doctors|other;a=the Polish Economic Institute]] had been licensed to practise.""",
)

item(
    "Grandmother's flat becomes a home for three families",
    """When Barbara Nowicka, {{78}}, opened her three-room flat in Zamość in {{March 2022}}, she
    expected to host a family for a few weeks. She ended up taking in [[three families|displaced]]
    over {{two years}}, [[11 people|displaced]] in all. Under Poland's "{{40 plus}}" scheme, hosts
    were paid {{40 zloty}} a day per guest for the first {{120 days}}. Zamość took in [[some 6,000 refugees|displaced;a=the town hall]] in {{spring 2022}}, the town hall
    said. The government says
    [[about 900,000 refugees|displaced;a=The government]] were housed by private hosts in the first
    {{three months}}. "We cooked together, we cried together," Nowicka said. The Polish Red Cross estimates that [[some 60,000
    hosts|other;a=The Polish Red Cross]] were still taking in refugees a year later, and [[fewer than
    8,000|other;a=The Polish Red Cross]] by {{2024}}.""",
)

item(
    "Przemyśl station reception point winds down",
    """The reception point at Przemyśl Główny station, which greeted [[up to 18,000 people a
    day|displaced;a=the city]] in {{spring 2022}}, will close on {{31 December}}, the city said. It
    now sees [[fewer than 300 arrivals a day|displaced;a=its coordinator]], its coordinator said,
    most of them from Kharkiv and Sumy after renewed shelling. [[About 40 volunteers|other]] from
    the Polish Humanitarian Action will move to a smaller point in the station hall with [[60
    beds|capacity]]. Since {{2022}}, the point has registered [[about 2.1 million people|displaced;a=the
    city]], the city says. The Kyiv-Przemyśl Intercity service, train {{706}}, still
    brings [[about 150 refugees|displaced]] on each run.""",
)

item(
    "Attack on Ukrainian teenagers in Wrocław brings charges",
    """Prosecutors in Wrocław have charged [[four men|arrested;a=Prosecutors in Wrocław]] over an
    assault on a group of Ukrainian teenagers at a tram stop, in which [[two boys|injured]] were
    taken to hospital with head injuries. The men, aged {{21 to 29}}, are in custody. Police said
    [[about 30 officers|combatants;a=Police]] had been sent to patrol the Nadodrze district after
    the attack. The city's Ukrainian community numbers [[about 140,000 people|displaced;a=the
    voivode's office]], according to the voivode's office. [[Hundreds of residents|other]] joined a
    march against violence on {{Sunday}}. Local Ukrainian groups said they had recorded [[17 assaults|other;u=other;a=Local
    Ukrainian groups]] on refugees in the city since {{January}}.""",
)

item(
    "Ukrainians leaving Poland for Germany and Canada, study finds",
    """The number of Ukrainian refugees in Poland has fallen to [[about 950,000|displaced;a=UNHCR]],
    UNHCR said in {{July 2024}}, down from [[1.6 million|displaced;a=UNHCR]] registered at the peak.
    A Deloitte study for the agency found [[roughly 150,000 people|displaced;a=A Deloitte study]] had
    moved on to Germany, Canada and elsewhere, and [[around 400,000|returned;a=A Deloitte study]] had gone back to Ukraine. Of those
    who stayed, {{61%}} were working. The agency said [[about 160,000 refugees|aid;a=The agency;alt=UNHCR]] received its cash help in
    {{2023}}. The agency expects [[a further 50,000 to 80,000
    refugees|displaced;p;a=The agency;alt=UNHCR]] to leave Poland over the next year.""",
)

item(
    "Przemyśl, two years after the first trains",
    """Two years after the first trains from Lviv pulled into Przemyśl, the city on the San river
    has returned to something like normal. The school on Mickiewicza Street that served
    as a shelter in {{February 2022}} reopened as a school on {{1 September 2022}}. The municipal
    budget spent {{12 million zloty}} on the crisis, {{40%}} of it repaid by Warsaw. The mayor,
    who was {{34}} when the war started, says the {{48 hours}} after {{24 February}} were the hardest
    of his life.""",
)

item(
    "Sejm extends the special act for Ukrainians again",
    """Poland's parliament voted {{412-28}} on {{Friday}} to extend the special act on aid to
    Ukrainian citizens until {{30 September 2025}}, and later until {{4 March 2026}}, in line with
    the EU's Temporary Protection Directive {{2001/55/EC}}. The {{800+}} child benefit will be tied
    to school attendance from {{June 2024}}. Refugees will lose free medical care after
    {{12 months}} without a job, and the daily hosting payment of {{40 zloty}} ends. The cost of
    the programme fell to {{0.3%}} of GDP in {{2024}}, the finance ministry said.""",
)

item(
    "Chełm reception centre readies beds for winter",
    """The regional authorities in Lublin province are preparing [[4,500 beds|capacity;p]] in [[nine centres|capacity;p]] for a possible new wave
    of refugees this winter, after Russian strikes knocked out power across Ukraine. Poland's Border Guard recorded [[about 24,000 people|displaced;a=Poland's Border Guard]] entering from
    Ukraine on {{Sunday}}, [[roughly 4,000 more|displaced;n=-;a=Poland's Border Guard]] than a week
    earlier. The centre in
    Chełm, near the Dorohusk crossing, already houses [[210 people|displaced]]. UNHCR said it had
    delivered [[5,000 blankets|aid;a=UNHCR]] and [[800 heaters|aid;u=other]] to the province. "Nobody
    knows how many will come," said the provincial crisis chief.""",
)

"""Europe and its edges: the Aegean islands, Calais, the Polish and Belarusian borders, Evros,
Karabakh, and Ukraine's evacuations and collective centres (10 articles with figures, 1
without)."""

from _wrap import item

item(
    "Island camps stay full as Aegean arrivals slow",
    """Arrivals on the eastern Aegean islands have fallen sharply since the agreement between
    the European Union and Turkey took effect on {{20 March}}, but the island camps remain
    overcrowded, with [[more than 8,400 people|displaced;a=the Coordination Body for the
    Refugee Crisis]] stranded on Lesvos, Chios, Samos, Leros and Kos, according to the
    Coordination Body for the Refugee Crisis. [[About 150 people|displaced;a=the coast guard]]
    reached the islands over the weekend, the coast guard said, compared with [[as many as
    2,000 a day|displaced;a=the coast guard]] in February. The Moria hotspot on Lesvos, which
    has room for [[about 2,000|capacity;a=police]], was holding [[3,150 people|displaced;a=police]]
    on Monday, police said. Under the deal, those who arrived after {{20 March}} and do not
    qualify for asylum are to be sent back to Turkey. Frontex said
    [[202 people|returned;a=Frontex]] were returned to Dikili on the Turkish coast on
    {{4 April}}, most of them Pakistanis. [[Another 124|returned]] followed on Friday. On the
    mainland, [[some 11,000 people|displaced]] remain at the makeshift camp at Idomeni on the
    border with FYROM, which has been closed to them since early March. Yiannis Mouzalas, the
    migration minister, said [[1,700 people|displaced;a=Yiannis Mouzalas]] had been moved from
    Idomeni to army-run sites near Thessaloniki in the past week, and that the rest would
    follow "within {{ten days}}". Greece is hosting [[more than 53,000 refugees and
    migrants|displaced;n=refugees and migrants;a=the coordination body;alt=the Coordination
    Body for the Refugee Crisis]] in total, the coordination body said.""",
)

item(
    "Calais 'Jungle' clearance begins as buses head south",
    """French authorities began clearing the Calais migrant camp known as the Jungle on Monday,
    sending [[2,318 people|displaced;a=the interior ministry]] by bus to reception centres across
    France on the first day, the interior ministry said. They left on [[45 buses|aid]] from a
    hangar at the edge of the camp, where [[1,250 police|combatants]] had been deployed to keep
    order. Officials estimate that [[between 6,000 and 8,000 people|displaced;a=Officials]] had
    been living in the camp, most of them from Sudan, Afghanistan and Eritrea, hoping to reach
    Britain across the {{33-kilometre}} Strait of Dover. The government has prepared
    [[7,500 places|capacity]] in [[more than 160 reception and orientation centres|capacity]],
    from Brittany to the Alps, where people can apply for asylum. France Terre d'Asile said
    [[about 1,300 unaccompanied minors|displaced;a=France Terre d'Asile]] were in the camp.
    Britain has taken in [[194 of them|displaced;n=-]] in the past {{eight days}}, under family
    reunification rules and an amendment to its immigration law. Prefecture officials said
    [[a further 1,600|displaced;p;a=Prefecture officials]] were expected to leave on Tuesday.
    [[Several hundred migrants|displaced]] who refused to board spent the night in the camp's
    church and in tents along the dunes. "I don't want Toulouse, I want London," said Ahmad,
    {{17}}, from Jalalabad, who has tried to hide in lorries {{more than 20 times}}.""",
)

item(
    "Poland counts 1.5 million arrivals from Ukraine",
    """[[More than 1.5 million people|displaced;v=1500000;a=the Polish Border Guard]] have
    crossed from Ukraine into Poland since {{24 February}}, the Polish Border Guard said on
    Sunday, including [[about 129,000|displaced;a=the Polish Border Guard]] on Saturday alone.
    In Przemysl, a former supermarket has become a reception point with
    [[2,000 camp beds|capacity]], where volunteers serve soup and hand out SIM cards around the
    clock. The regional governor's office said [[some 30 reception points|capacity;a=The
    regional governor's office]] were open along the {{535-kilometre}} border. Women and
    children make up {{90 percent}} of arrivals, as men aged {{18 to 60}} are barred from
    leaving Ukraine. Polish State Railways said it had run [[more than 400 special trains|aid;u=other;a=Polish
    State Railways]] from the border to Warsaw, Krakow and other cities, carrying
    [[around 350,000 refugees|displaced;a=Polish State Railways]] free of charge. Rafal
    Trzaskowski, the mayor of Warsaw, said the capital had taken in [[about 300,000|displaced;a=Rafal
    Trzaskowski]], increasing its population by {{17 percent}}. UNHCR said
    [[2.8 million|displaced;v=2800000;a=UNHCR]] had now left Ukraine in total. Since Wednesday,
    Ukrainians can register for a Polish national identification number, and the digital
    affairs ministry said [[about 95,000|displaced;a=the digital affairs ministry]] had done so
    in the first {{four days}}. The government will pay households that host refugees
    {{40 zloty}} a day per person for up to {{60 days}}. Poland had received few refugees before the
    war, and its welcome contrasts with its treatment of
    Iraqis, Syrians and Afghans who crossed from Belarus in {{2021}}, many of whom were pushed
    back into the forest. In Warsaw's central station, volunteers in yellow vests meet each
    train from Lviv and Chelm, guiding arrivals to a hall where they can sleep for a night or
    {{two}} before moving on. "Everyone asks where they can go next," said Kasia, a
    {{21-year-old}} student who has spent {{ten days}} there. Many travel on to Germany,
    the Czech Republic and beyond, but most say they want to stay close to home.""",
)

item(
    "Pokrovsk orders families with children to leave as front nears",
    """Authorities in Donetsk Oblast on Monday ordered the mandatory evacuation of families with
    children from Pokrovsk and [[more than a dozen villages|other]] around it as Russian troops
    pushed to within {{eight kilometres}} of the city's eastern outskirts. Vadym Filashkin, the
    governor of the oblast, said [[about 53,000 people|civilians;a=Vadym Filashkin]] still live in
    Pokrovsk, including [[4,000 children|civilians;a=Vadym Filashkin]]. Since the start of
    August, [[more than 23,000 people|displaced;a=the regional administration]] have been
    evacuated from the district, according to the regional administration. Evacuation trains
    leave Pokrovsk station for Dnipro and Lviv, but shelling of the railway has forced
    passengers to board further west, in Pavlohrad. There, a transit centre run by the
    charity Proliska receives [[up to 500 people a day|displaced;a=the
    charity;alt=Proliska]], the charity said. Vostok SOS said its
    [[12 evacuation buses|aid;a=Vostok SOS]] were collecting elderly and disabled residents
    who cannot reach the station. The Social Policy Ministry said it had prepared
    [[650 places|capacity;a=The Social Policy Ministry]] in dormitories and shelters in
    Dnipropetrovsk Oblast and pays each evacuee {{2,000 hryvnias}} a month. In neighbouring
    Myrnohrad, [[around 27,000|civilians]] remain. "We have been packed for {{a week}},"
    said Olena, {{36}}, as she waited with her twin daughters outside the station.""",
)

item(
    "Karabakh exodus passes 100,000 as last buses reach Goris",
    """[[Another 1,400 people|displaced;a=Nazeli Baghdasaryan]] crossed into Armenia from
    Nagorno-Karabakh overnight, bringing the total to [[100,417|displaced;a=Nazeli
    Baghdasaryan]], Nazeli Baghdasaryan, a government spokeswoman, said on Saturday. That is
    more than {{four-fifths}} of the enclave's population, which Armenian officials put at
    [[about 120,000|civilians;a=Armenian officials]] before Azerbaijan's lightning offensive
    {{ten days}} ago. The only road out winds for {{about 90 kilometres}} from Stepanakert to
    the border village of Kornidzor, and some families spent {{30 hours}} in their cars on it.
    Many were already grieving: [[at least 170 people|killed;a=Karabakh's health
    ministry]] died and [[more than 290|injured;a=Karabakh's health ministry]] were hurt when a
    fuel depot exploded as residents queued for petrol on Monday, Karabakh's health ministry
    said. At the registration centre in Goris, the World Food Programme is serving hot meals
    to [[about 12,000 people a day|aid;a=the agency;alt=the World Food Programme]], the agency
    said. UNHCR said it had sent [[14 trucks|aid;a=UNHCR]] of blankets, mattresses and hygiene
    items from its warehouse in Yerevan. The government said it had found accommodation for
    [[about 40,000|displaced;a=The government]] in hotels, schools and state-owned
    buildings, and would pay every arrival {{100,000 drams}}, about {{$250}}. "There is nobody
    left in my street," said Arshak, a {{70-year-old}} retired teacher from Martakert.""",
)

item(
    "Stranded migrants spend another night in Belarus warehouse",
    """[[About 2,000 people|displaced;a=Belarusian authorities]], many of them Iraqi Kurds, spent
    another freezing night in a logistics warehouse near the Bruzgi border crossing, Belarusian
    authorities said on Thursday, after being moved from a makeshift camp on the frontier with
    Poland. Iraq's foreign ministry said a repatriation flight carrying
    [[431 Iraqis|returned;a=Iraq's foreign ministry]] had landed in Erbil and Baghdad, and that
    [[another 1,000|returned;p;a=Iraq's foreign ministry]] had signed up to go home. Belarus's
    leader, Alexander Lukashenko, said [[some 7,000 migrants|displaced;a=Alexander Lukashenko]]
    were in the country and that Minsk would try to persuade them to leave. Poland has
    stationed [[15,000 soldiers|combatants]] along the border. It says it has recorded
    [[more than 33,000 attempts|other;u=other;a=Poland]] to cross illegally this year. The
    Polish Border Guard said it had turned back [[about 100 people|returned;a=The Polish Border
    Guard]] who tried to break through the fence near Dubicze Cerkiewne overnight and detained
    [[nine|arrested;a=The Polish Border Guard]]. [[At least 11 people|killed;a=aid groups]] have
    died on both sides of the border since the crisis began in the summer, according to aid
    groups. Inside the warehouse, families sleep on pallets and on the concrete floor, and the
    Belarusian Red Cross said it was handing out [[2,500 hot meals|aid;a=the Belarusian Red
    Cross]] twice a day. Temperatures at night fall to {{minus 7C}}.""",
)

item(
    "Thousands wait at Evros as Greece seals border",
    """[[Thousands of migrants|displaced]] remained camped on the Turkish side of the Kastanies
    crossing on Monday, {{four days}} after Ankara said on {{28 February}} that it would no
    longer stop refugees from leaving for Europe. Turkish officials say
    [[more than 130,000|displaced;a=Turkish officials]] have headed for the border since then, a
    figure Athens dismisses as propaganda. The Greek government said it had thwarted
    [[more than 24,000 attempts|other;u=other;a=The Greek government]] to cross since Saturday
    and arrested [[183 people|arrested;a=The Greek government]], most of them from
    Afghanistan, Pakistan and Morocco. Greece has sent [[about 1,000 extra police and
    soldiers|combatants;n=police and soldiers]] to the {{212-kilometre}} land border and
    suspended asylum applications for {{a month}}. In the detention centre at Fylakio,
    [[350 people|arrested;a=a police source]] are being held in a facility designed for
    [[240|capacity;a=a police source]], a police source told Kathimerini. At sea, the pressure
    is on Lesvos, where [[more than 1,000 people|displaced;a=the coast guard]] arrived over
    the weekend, according to the coast guard.
    Islanders blocked the road to the Moria camp, which holds [[more than 19,000|displaced]]
    in a site built for [[2,840|capacity]], and turned back a dinghy at the port of Thermi.""",
)

item(
    "Ukraine's collective centres: the displaced who have nowhere else to go",
    """Ukraine has [[about 4.9 million registered internally displaced people|displaced;v=4900000;a=the
    Ministry of Social Policy]], according to the Ministry of Social Policy, and for the
    poorest of them the war has meant years in a dormitory bed. [[More than 110,000|displaced;a=the
    International Organization for Migration]] still live in [[about 2,900 collective
    centres|capacity;a=the International Organization for Migration]], the International
    Organization for Migration said in its latest count: student hostels, sanatoriums,
    schools, former offices. In Zakarpattia Oblast, which took in more displaced people per
    head than any other region in {{2022}}, [[340 centres|capacity]] house
    [[around 19,000 people|displaced]]. In Uzhhorod, a former hostel designed for
    [[120 students|capacity]] now holds [[207 people|displaced]], most of them elderly
    women from Kharkiv and Donetsk oblasts. The government plans to move
    [[some 8,000 residents|displaced;p;a=The government]] out of school buildings before
    {{1 September}} so classes can resume. Since {{March 2024}}, the monthly allowance has
    been cut to {{2,000 hryvnias}} for adults who can work. Owners of private
    sanatoriums in the west want their buildings back for the summer season, and
    municipalities say the {{$500}} a year they receive per resident from a state programme
    barely covers heating. The Norwegian Refugee Council
    says {{40 percent}} of collective centre residents are over {{60}}, and that many have
    lived in them for {{more than two years}}. The government says it has built
    [[1,500 modular houses|capacity;a=The government]] for displaced families since the
    full-scale invasion, a fraction of what is needed. "This is my {{third}} room since
    Kupiansk," said Valentyna, {{71}}. "I no longer unpack." """,
)

item(
    "What changes for asylum seekers when the EU pact applies",
    """The European Union's Pact on Migration and Asylum, adopted in {{May 2024}} after
    {{eight years}} of negotiations, applies from {{12 June 2026}}, and member states have
    spent {{two years}} preparing for it. The core of the reform is a screening at the
    external border, to be completed within {{seven days}}, in which identity, health and
    security checks are run and fingerprints are taken from children as young as {{six}}.
    Applicants from countries whose citizens have an EU-wide recognition rate below
    {{20 percent}} will go through a border procedure lasting up to {{12 weeks}}. The
    solidarity mechanism lets governments choose between taking in asylum seekers from
    frontline states and paying {{20,000 euros}} for each person they do not take. Critics
    say the rules will mean detention at the border for families, and rights groups have
    asked the European Court of Justice to review Regulation {{2024/1351}}. The European
    Commission says the reform will be reviewed in {{2028}}. InfoMigrants' guide to the
    new rules is available in {{seven}} languages.""",
)

item(
    "Coast guard rescues 73 irregular migrants off Cesme",
    """Turkish coast guard teams rescued [[73 irregular migrants|other;a=security sources]] off
    Izmir's Cesme district early on Sunday, security sources said. The migrants, including
    [[29 children|other]], were found on [[two rubber boats|other]] that had been pushed back
    into Turkish waters by Greek coast guard vessels, the sources said. They were taken to the
    provincial migration office after medical checks. Migrants often try to reach the Greek
    island of Chios, about {{8 kilometres}} from Cesme at its closest point. Separately, gendarmerie teams in Edirne
    held [[146 irregular migrants|arrested]] trying to cross the Meric river into Greece and
    detained [[two suspected smugglers|arrested]]. Türkiye hosts
    [[nearly 4 million refugees|displaced;v=4000000;a=UNHCR]], more than any other country,
    according to UNHCR.""",
)

item(
    "Sumy Oblast orders evacuation of 11 more settlements",
    """Authorities in Sumy Oblast have ordered the mandatory evacuation of
    [[11 more settlements|displaced;p;u=other;a=Oleh Hryhorov]] near the Russian border, Oleh
    Hryhorov, the head of the regional military administration, said on {{June 2}}. The order
    covers [[about 1,200 residents|displaced;p;a=Oleh Hryhorov;alt=Hryhorov]], including
    [[97 children|displaced;p;a=Oleh Hryhorov;alt=Hryhorov]], Hryhorov said. Since the start of the year,
    [[more than 57,000 people|displaced;a=the regional administration]] have been evacuated
    from the oblast's border areas, according to the regional administration. Evacuees are
    taken to a transit center in Sumy, about {{30 kilometers}} from the border. Residents who
    need help leaving can call the regional evacuation hotline, {{0 800 330 187}}. Russian forces
    carried out [[114 attacks|other;u=other;a=the administration;alt=the regional
    administration]] on the oblast over the past day, killing [[two people|killed;a=the
    administration;alt=the regional administration]], the administration reported.""",
)

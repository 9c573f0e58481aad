"""The Americas: Chile, Colombia, Peru, Brazil, the US, Venezuela, Cuba, Argentina, Panama,
and the hunger strike at Guantanamo Bay."""

from _wrap import item

item(
    "Chile rights institute counts 2,381 injured, 217 with eye wounds",
    """Chile's National Human Rights Institute (INDH) said on Monday that [[2,381
    people|injured;a=Chile's National Human Rights Institute (INDH)]] had been injured in the
    protests since {{October 18}}, [[more than 1,400|injured;a=Chile's National Human Rights
    Institute (INDH)]] of them by gunfire, and that [[217|injured;a=Chile's National Human Rights
    Institute (INDH)]] had suffered eye injuries, most from pellets fired by police. The
    institute said [[more than 15,000 people|arrested;a=The institute;alt=Chile's National Human
    Rights Institute (INDH)]] had been detained. The government says [[23 people|killed;a=The
    government]] have died, [[five|killed;a=The government]] of them at the hands of police or
    soldiers. The Santiago metro operator said [[79 stations|housing;u=structure;a=The Santiago
    metro operator]] had been damaged, [[seven|housing;u=structure;a=The Santiago metro
    operator]] of them burned out. President Sebastián Piñera had declared a state of emergency and sent [[some 10,000
    soldiers|combatants]] into Santiago, the first time troops had patrolled the capital since
    the end of military rule in {{1990}}. Prosecutors said they had opened [[more than 1,000
    investigations|other;u=other;a=Prosecutors]] into abuses by police and soldiers. The unrest
    began over a {{30-peso}} rise in metro fares.""",
)

item(
    "Colombia's protest toll disputed as national strike enters third week",
    """The NGO Temblores said on Wednesday that [[43 people|killed;a=The NGO Temblores]] had been
    killed by police during {{two weeks}} of anti-government protests, while the ombudsman's
    office has confirmed [[26 deaths|killed;a=the ombudsman's office]] linked to the unrest. The
    defence ministry said [[849 police officers|injured;a=The defence ministry]] had been hurt
    and [[more than 100 police posts|housing;u=structure;a=The defence ministry]] damaged,
    [[25|housing;u=structure;a=The defence ministry]] of them burned. The ombudsman's office said
    it was searching for [[168 people|missing;a=The ombudsman's office]] reported missing. The
    protests began on {{April 28}} against a tax reform meant to raise {{$6.3 billion}}, which
    the government has since withdrawn. Roadblocks have left [[hundreds of trucks|other]]
    stranded, and the port of Buenaventura, which handles about {{40%}} of Colombia's imports,
    has been cut off.""",
)

item(
    "Peru: 17 killed in Juliaca in deadliest day of protests",
    """[[Seventeen people|killed;a=Peru's ombudsman's office]] were killed in clashes with
    security forces near the airport in Juliaca on Monday, Peru's ombudsman's office said, the
    deadliest day since protests against President Dina Boluarte began in December. A police
    officer was burned to death in his patrol car overnight. The ombudsman said the overall
    toll had risen to [[46|killed;a=The ombudsman;alt=Peru's ombudsman's office]],
    [[39|killed;a=The ombudsman;alt=Peru's ombudsman's office]] of them in clashes with police
    and soldiers, and that [[more than 600 people|injured;a=The ombudsman;alt=Peru's ombudsman's
    office]] had been injured. The interior ministry said [[75 officers|injured;a=The interior
    ministry]] had been hurt. The transport authority counted [[more than 100 road
    blockades|other;u=other;a=The transport authority]] in the south of the country. In Cusco,
    the authorities evacuated [[about 400 tourists|displaced]] stranded at Machu Picchu by
    train. The government has declared a {{30-day}} state of emergency in Lima, Cusco and
    Puno.""",
)

item(
    "Brazil detains 1,500 after storming of Congress, court and palace",
    """Brazil's justice ministry said on Monday that [[about 1,500 people|arrested;a=Brazil's
    justice ministry]] had been detained after supporters of former president Jair Bolsonaro
    stormed Congress, the Supreme Court and the presidential palace in Brasília on Sunday.
    Officials estimated that [[about 4,000 people|other;a=Officials]] had taken part in the
    assault. Federal police said [[about 1,200|arrested;a=Federal police]] of those detained
    were taken from a protest camp outside army headquarters, where officers also seized [[more
    than 40 buses|other;a=Federal police]] that had brought protesters to the capital. Justice
    minister Flávio Dino said on Tuesday that [[about 600|arrested;a=Justice minister Flávio
    Dino]] had been released on humanitarian grounds, most of them elderly people or mothers
    with young children. President Luiz Inácio Lula da Silva, who took office on {{January 1}},
    ordered a federal takeover of security in the capital. By the end of {{2023}}, prosecutors
    had charged [[more than 1,300 people|arrested]] over the riot.""",
)

item(
    "US protest arrests top 10,000 as National Guard deploys",
    """[[More than 10,000 people|arrested;a=a tally by The Associated Press]] have been arrested in
    protests across the United States since George Floyd died in police custody in Minneapolis
    on {{May 25}}, according to a tally by The Associated Press. The National Guard said [[about
    17,000 troops|combatants;a=The National Guard]] had been activated in [[23 states|other;u=other;a=The
    National Guard]] and the District of Columbia. The Pentagon ordered [[about 1,600
    active-duty soldiers|combatants;p]] to bases near Washington. [[At least 40
    cities|other;u=other]] imposed curfews over the weekend, some starting as early as {{6pm}}.
    In Minneapolis, city officials said [[more than 200 buildings|housing;a=city officials]] had
    been damaged or burned. [[At least 12 people|killed]] have died in violence linked to the
    protests. Floyd, who was {{46}}, died after a white officer knelt on his neck for {{more than
    nine minutes}}.""",
)

item(
    "US campus arrests pass 2,000 as police clear UCLA camp",
    """Police have arrested [[more than 2,100 people|arrested;a=figures compiled by The Washington
    Post]] at pro-Palestinian protests on [[at least 40 US campuses|other;u=other;a=figures
    compiled by The Washington Post]] since {{April 18}}, according to figures compiled by The
    Washington Post. At the University of California, Los Angeles, officers detained [[more than
    200 people|arrested;a=the university;alt=the University of California, Los Angeles]] as they
    dismantled an encampment of [[about 100 tents|other;a=the university;alt=the University of
    California, Los Angeles]] early on Thursday, the university said. At Columbia, where the
    encampment movement began, [[108 students|arrested]] were arrested on {{April 18}} and
    [[109|arrested]] more when police cleared an occupied building on {{April 30}}. President Joe
    Biden said on Thursday that 'order must prevail'.""",
)

item(
    "'No Kings' organisers say 5 million joined US protests",
    """Organisers said [[more than 5 million people|other;a=Organisers]] attended Saturday's 'No
    Kings' protests at [[about 2,100 events|other;u=other;a=Organisers]] across the United
    States, on the day of a military parade in Washington for the army's {{250th}} anniversary
    and President Donald Trump's {{79th}} birthday. Researchers at the Crowd Counting Consortium
    put the total at [[between 2 million and 4.8 million|other;a=Researchers at the Crowd
    Counting Consortium]]. In Los Angeles, where [[about 4,000 National Guard
    troops|combatants]] and [[700 Marines|combatants]] had been deployed after protests against
    immigration raids, police fired less-lethal rounds to clear downtown before an {{8pm}}
    curfew. In Salt Lake City, a volunteer safety marshal fired at a man carrying a rifle and
    killed a bystander.""",
)

item(
    "Maduro says more than 2,000 detained after disputed vote",
    """President Nicolás Maduro said on Saturday that [[more than 2,000 people|arrested;a=President
    Nicolás Maduro]] had been arrested in the protests that followed the {{July 28}} election,
    and promised 'maximum punishment'. The rights group Foro Penal said it had documented [[1,229
    detentions|arrested;a=The rights group Foro Penal]], including [[114 teenagers|arrested;a=The
    rights group Foro Penal]]. The national press workers' union said [[eight
    journalists|arrested;a=The national press workers' union]] were among those held. Human
    Rights Watch said [[24 people|killed;a=Human Rights Watch]] had been killed, most of them by
    gunfire. The National Electoral Council declared Maduro the winner with {{51.2%}} of the vote
    but has not published results by polling station; the opposition says tally sheets it
    collected from {{more than 80%}} of voting machines show its candidate, Edmundo González,
    won {{67%}}.""",
)

item(
    "Cuban rights groups count nearly 1,500 detained after July protests",
    """The rights groups Cubalex and {{Justicia 11J}} said on Wednesday that [[1,484
    people|arrested;a=The rights groups Cubalex and Justicia 11J]] had been detained over the
    protests of {{July 11}}, the largest since the {{1959}} revolution, and that [[about
    700|arrested;a=The rights groups Cubalex and Justicia 11J]] were still in custody. The government said [[one person|killed;a=The
    government]] died in clashes on the outskirts of Havana. The protests broke out in San
    Antonio de los Baños and spread to [[more than 40 towns|other]]
    within hours. Cuba's attorney general's office said in January that [[790
    people|arrested;a=Cuba's attorney general's office]] had been charged, [[55|arrested;a=Cuba's
    attorney general's office]] of them aged {{16 or 17}}. Some have been given sentences of up
    to {{25 years}} for sedition.""",
)

item(
    "Argentina's unions stage second general strike against Milei",
    """The CGT union confederation said [[more than 6 million workers|other;a=The CGT union
    confederation]] joined its {{24-hour}} general strike on Thursday, the second since President
    Javier Milei took office in December. Buses and trains stopped in Buenos Aires, and
    Aerolíneas Argentinas said it had cancelled [[more than 250 flights|other;a=Aerolíneas
    Argentinas]]. The transport unions, which represent [[about 100,000 workers|other]], backed
    the stoppage. Government spokesman Manuel Adorni said the strike would cost the economy
    {{$500 million}} and that {{60%}} of public employees had turned up for work. In the
    afternoon, [[about 200,000 people|other;a=the CGT]] marched to Congress, according to the
    CGT; the city police put the number at [[fewer than
    40,000|other;a=the city police]]. Inflation ran at
    {{288%}} a year in March.""",
)

item(
    "Panama court strikes down copper mine contract after weeks of protests",
    """Panama's Supreme Court on Tuesday declared {{Law 406}}, which granted Canada's First Quantum
    a {{20-year}} concession to run the Cobre Panamá mine, unconstitutional after {{more than a
    month}} of protests. At the height of the protests, the transport ministry said, protesters
    were holding [[more than 100 roadblocks|other;u=other;a=the transport ministry]] on the
    Pan-American Highway and other roads. [[Four people|killed]] died during the protests,
    [[two|killed]] of them shot by a man at a roadblock west of the capital. Police said [[more
    than 1,000 people|arrested;a=Police]] had been arrested. The mine, {{about 120 km}} west of
    the capital, employs [[about 7,000 workers|other]] directly and accounts for about {{5%}} of
    Panama's economic output. President Laurentino Cortizo said it would be closed in an orderly
    way.""",
)

item(
    "Guantanamo hunger strike spreads to 100 detainees, military says",
    """The US military said on Friday that [[100|other;a=The US military]] of the [[166
    detainees|arrested;a=The US military]] held at Guantanamo Bay were on hunger strike, and that
    [[21|other;a=The US military]] of them were being fed through tubes in their noses. Lawyers
    for the prisoners say [[as many as 130|other;a=Lawyers for the prisoners]] are refusing food.
    [[Eighty-six|arrested]] of the men have been cleared for transfer, some of them as long ago
    as {{2009}}, but remain held because of restrictions imposed by Congress. The military has
    flown in [[about 40 extra nurses and medics|other;n=nurses and medics]]. The strike began in
    February over what detainees said was the mishandling of their Korans during cell
    searches.""",
)

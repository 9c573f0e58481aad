"""The national picture: the displaced registered by CONASUR, the humanitarian response (OCHA,
WFP, UNHAS, UNICEF, MSF), the displaced of Ouagadougou, schools and health centres closed, and the
year-end tallies."""

from _wrap import item

item(
    "More than two million displaced, CONASUR says",
    """Burkina Faso had [[2,062,534 internally displaced people|displaced;a=CONASUR]] on
    {{March 31}}, CONASUR, the government's emergency relief council, said in what would be its
    last public update. Children made up [[about 1.2 million|displaced;a=CONASUR]] of the total and
    women [[roughly 480,000|displaced;a=CONASUR]], it said. The council said the displaced belonged
    to [[some 330,000 households|displaced;a=The council;alt=CONASUR]] and were spread across
    [[268 municipalities|other;a=The council;alt=CONASUR;u=other]]. The Centre-Nord region alone
    hosted [[more than 560,000|displaced]]. Aid groups said the true number was higher, since
    [[tens of thousands of people|displaced;a=Aid groups]] had fled without registering. The
    government stopped publishing the figures after that update, saying they were being used for
    propaganda.""",
)

item(
    "OCHA: a million people live in towns under blockade",
    """[[Nearly one million people|civilians;a=OCHA;v=1000000]] live in [[36 localities|other;a=OCHA;u=other]]
    under blockade by non-state armed groups, OCHA said in its latest humanitarian update. The
    office said [[at least 600,000|civilians;a=The office;alt=OCHA]] of them, in towns such as
    Djibo, Arbinda, Diapaga and Titao, could be reached only by air. The {{2024}} humanitarian
    response plan sought {{$935 million}} to help [[3.1 million people|aid;a=OCHA;p]]
    out of [[6.3 million|civilians;a=OCHA]] in need, it said, and was {{38%}}
    funded by {{October}}. UNHAS, the UN air service, flew
    [[more than 26,000 passengers|other;a=UNHAS]] and [[about 1,900 tonnes|aid;a=UNHAS]] of cargo
    during the year, it said. [[Eleven helicopters|other]] were in service.""",
)

item(
    "Ouagadougou's unseen displaced",
    """No camps are allowed in Ouagadougou, but the capital's outlying districts have absorbed
    [[an estimated 150,000 displaced people|displaced;a=the International Organization for Migration]],
    according to the International Organization for Migration. Many rent single rooms in Polesgo,
    Bissighin and Zongo; others build mud-brick huts on land they do not own. In {{May}}, the
    municipality demolished [[about 700 huts|housing;a=residents]] in an unplanned settlement near
    the ring road, residents said, leaving [[some 450 families|displaced;a=residents]] without
    shelter. Police detained [[16 people|arrested;a=a community leader]] who protested, a
    community leader said, and released [[11 of them|arrested;a=a community leader;n=-]] the next
    day. A Catholic charity says it now feeds [[1,300 displaced children a day|aid;a=A Catholic charity]]
    in the capital, up from [[about 400|aid;a=A Catholic charity]] a year ago. The city
    council plans to relocate [[2,000 households|displaced;a=The city council;p]] to a serviced
    site at Yagma.""",
)

item(
    "Schools closed across Burkina Faso fall below 5,000, ministry says",
    """The number of schools closed by insecurity fell to
    [[4,884|other;a=the education ministry;u=structure]] in {{June}}, the education ministry said,
    down from a peak of [[6,549|other;a=the education ministry;u=structure]] in {{October 2023}}.
    The ministry said [[1,665 schools|other;a=The ministry]] had reopened in areas retaken by the
    army, allowing [[about 260,000 pupils|other;a=The ministry]] to return to class. Still,
    [[more than 800,000 children|civilians;a=UNICEF]] remain out of school, UNICEF said, and
    [[between 30,000 and 35,000 teachers|other;a=UNICEF]] cannot work in their posts. The Global
    Coalition to Protect Education from Attack said schools had been burned, looted or occupied in
    every region that borders Mali or Niger.""",
)

item(
    "UNHAS helicopters: the lifeline to the blockaded north",
    """The UN Humanitarian Air Service operates [[five helicopters|other;a=WFP]] and
    [[two fixed-wing aircraft|other;a=WFP]] in Burkina Faso, WFP said, serving
    [[19 towns|other;a=WFP]] that cannot be reached by road. In the first half of the year the
    service carried [[about 870 tonnes|aid;a=WFP]] of food, medicine and nutrition supplies and
    [[some 9,500 aid workers|other;a=WFP]], WFP said in a report. A helicopter hour costs roughly
    {{$4,000}}. In {{August}}, an UNHAS helicopter was hit by gunfire on approach to Djibo; none of
    the [[14 people|other]] on board was hurt. WFP warned that without new funding by {{September}}
    the service would cut flights to [[six towns|other;a=WFP;p]], stranding
    [[up to 400,000 people|civilians;a=WFP;p]].""",
)

item(
    "MSF suspends work in two towns after staff killed",
    """Medecins Sans Frontieres suspended its activities around Djibo and Dedougou after
    [[two of its staff|killed;a=the charity;alt=Medecins Sans Frontieres]] were shot dead when
    their clearly marked vehicle came under fire on {{February 8}}, the charity said. The driver,
    {{31}}, survived with injuries. MSF said its teams had carried out
    [[more than 150,000 consultations|other;a=MSF;u=other]] in the Boucle du Mouhoun region the
    previous year and supported [[14 health centres|other;a=MSF]]. [[About
    200,000 people|civilians;a=local health officials]] would lose access to free care, local
    health officials said. The Aid Worker Security Database recorded
    [[at least nine aid workers|killed;a=The Aid Worker Security Database]] killed in Burkina Faso
    that year and [[17|kidnapped;a=The Aid Worker Security Database]] abducted.""",
)

item(
    "Burkinabe refugees return from Cote d'Ivoire under tripartite deal",
    """A first group of [[318 refugees|returned;a=UNHCR]] crossed back into Burkina Faso
    from northern Cote d'Ivoire on {{Tuesday}} under a tripartite agreement with UNHCR, the agency
    said. Each family received a return package and {{100,000 CFA francs}}, and
    [[11 buses|aid]] took them on to a transit centre in Ouagadougou. UNHCR said
    [[about 2,400 refugees|returned;a=UNHCR]] had signed up for voluntary return so far, out of
    [[more than 68,000|displaced;a=UNHCR]] Burkinabe living in Ivorian reception sites and host
    villages. The Ivorian government said it would close
    [[two reception sites|capacity;a=The Ivorian government;p]] by {{December}}. [[A further 450|returned;a=officials;p]] are
    expected to travel next month, officials said. Rights groups
    warned that Djibo and other home towns of the refugees were still under blockade.""",
)

item(
    "ACLED: 2024 was the deadliest year of Burkina Faso's war",
    """Political violence killed [[more than 9,000 people|killed;a=ACLED]] in Burkina Faso in
    {{2024}}, according to ACLED, the highest annual toll since the insurgency spread from Mali in
    {{2015}}. The monitor attributed [[about 4,100|killed;a=The monitor;alt=ACLED]] of the deaths to
    JNIM and the Islamic State Sahel Province, and [[roughly 2,700|killed;a=The monitor;alt=ACLED]]
    to the army and volunteers, many of them civilians. It counted
    [[at least 680 soldiers and VDP|killed;a=ACLED;n=soldiers and VDP]] killed in attacks on
    convoys alone. The government disputes such figures and says the army and volunteers
    neutralised [[several thousand terrorists|killed;a=The government]] during the year. Since
    {{2015}}, [[over 26,000 people|killed;a=ACLED]] have been killed, ACLED estimates. The monitor
    also recorded [[more than 1,100 people|kidnapped;a=The monitor;alt=ACLED]] abducted in
    {{2024}}, a {{30%}} rise.""",
)

item(
    "WHO: one in five health facilities closed",
    """[[More than 400 health facilities|other;a=the World Health Organization]] in Burkina Faso
    were closed by insecurity in {{September}}, the World Health Organization said, and
    [[some 300 more|other;a=the World Health Organization;u=structure;n=-]] were only partly working.
    The closures leave [[about 3.6 million people|civilians;a=the agency;alt=the World Health Organization]]
    without adequate care, the agency said. In blockaded towns, doctors rely on drugs flown in by
    helicopter. The ministry of health has set up [[62 advanced medical posts|other;u=structure]] in
    displacement sites and deployed [[about 1,100 community health workers|other]] to areas where
    clinics are shut. [[Seven health workers|killed;a=the WHO]] were killed and
    [[11|kidnapped;a=the WHO]] abducted during the year, the WHO said.""",
)

item(
    "UNICEF: severe malnutrition doubles in blockaded towns",
    """UNICEF said [[nearly 18,000 children|civilians;a=UNICEF]] under five were suffering from
    severe acute malnutrition in Burkina Faso's blockaded towns, twice as many as a year earlier.
    In Djibo, the nutrition centre run by the health ministry and the medical charity Alima admitted
    [[between 300 and 350 children a month|aid;a=Alima]] this spring, Alima said.
    [[At least 37 children|killed;a=the charity;alt=Alima]] died at the centre between {{January}}
    and {{April}}, the charity said. UNICEF has flown in
    [[12,000 cartons|aid;a=UNICEF]] of ready-to-use therapeutic food since {{January}}, it said,
    but needs [[another 25,000|aid;a=UNICEF;p;u=other]] to last the year. Each carton costs about
    {{$55}}. The agency estimates that
    [[up to 60,000 children|civilians;a=The agency;alt=UNICEF;p]] could become severely
    malnourished in the lean season if the roads stay closed. Mothers in Arbinda told Reuters that
    [[dozens of families|displaced;a=Mothers in Arbinda]] had left on foot for Dori in search of
    food.""",
)

item(
    "Inside the convoys: long days on the road to Djibo",
    """Each convoy to Djibo now travels with
    [[between 300 and 400 soldiers and volunteers|combatants;a=a senior officer;n=soldiers and volunteers]],
    a senior officer told AFP, and can take up to {{10 days}} to cover the {{210 km}} from Kaya.
    The officer said the army had run [[27 convoys|aid;a=The officer]] to blockaded towns in the
    first half of the year, carrying [[more than 15,000 tonnes|aid;a=The officer]] of goods.
    [[Nine of them|other;a=The officer;n=-;u=other]] were attacked on the way, he said. Drivers are
    paid a danger bonus of {{150,000 CFA francs}} per trip. The transporters' federation says
    [[at least 140 drivers|killed;a=The transporters' federation]] have been killed and
    [[some 60|kidnapped;a=The transporters' federation]] abducted since {{2019}}, and that
    [[about 400 trucks|other;a=The transporters' federation]] have been burned or destroyed. The
    army plans to add [[up to 2,000 recruits|combatants;a=The army;p]] to its convoy escort
    battalions this year.""",
)

item(
    "Junta detains NGO staff and suspends aid groups",
    """Security services in Ouagadougou detained
    [[eight employees|arrested;a=the organisation;alt=the International NGO Safety Organisation]] of
    the International NGO Safety Organisation in {{July}}, accusing them of spying, the
    organisation said. [[Three of them|arrested;a=lawyers;n=-]] were foreign nationals, lawyers
    said. The government also suspended
    [[more than 20 national and international NGOs|other;a=The government;u=other]], saying they
    had failed to file their accounts. In the Est region,
    [[two Red Cross volunteers|kidnapped;a=the Burkinabe Red Cross]] were abducted while
    distributing food, the Burkinabe Red Cross said, and [[one|killed;a=the Burkinabe Red Cross]]
    was later found dead. Humanitarian groups say their
    [[roughly 5,000 staff|other;a=Humanitarian groups]] in the country work under growing
    suspicion from the authorities.""",
)

item(
    "Cash for Kaya's displaced: 4,200 households reached",
    """WFP and the Danish Refugee Council began handing out cash to
    [[4,200 displaced households|aid;a=WFP]] in Kaya on {{Monday}}, WFP said, each receiving
    {{35,000 CFA francs}}. [[A further 2,800 households|aid;a=WFP;p]] will be reached in
    {{April}}, it said. Community leaders said
    [[more than 9,000 families|civilians;a=Community leaders]] had asked to be registered, and
    that [[hundreds of households|civilians;a=Community leaders]] headed by women had been left
    out. Last year the agencies reached [[some 60,000 people|aid;a=the agencies]] in Kaya with
    cash, they said. New arrivals keep coming from Barsalogho and Namissiguima, at a rate of
    [[between 150 and 200 families a week|displaced;a=CONASUR]], according to CONASUR.""",
)

item(
    "JNIM frees five hostages held in the Est region",
    """JNIM has freed [[five hostages|kidnapped;a=security sources]] it had held in the Est region
    for up to {{14 months}}, security sources told AFP on {{Friday}}, among them
    [[two Indian engineers|kidnapped;a=security sources]] seized at a gold mine near Kantchari.
    The others were [[three Burkinabe truck drivers|kidnapped]]. A mediator said a ransom of about
    {{1.5 million euros}} had been paid, which the government denied. The group is believed to hold
    [[at least 30 other captives|kidnapped;a=Jeune Afrique]] in the region, according to Jeune
    Afrique. The army said [[12 soldiers|killed;a=The army]] guarding the mine had been killed in
    the raid, and the mine, which employed [[about 1,400 workers|other]], has not reopened.""",
)

item(
    "Government stops publishing displacement data",
    """Burkina Faso's government has not published displacement figures since {{March 2023}}, when
    CONASUR's last report was released, aid officials said on {{Wednesday}}. The council had issued
    monthly updates since {{2019}}. Humanitarian agencies say the gap, now more than {{18 months}}
    long, makes it hard to plan: the {{2025}} response plan was drawn up using estimates, and is only
    {{22%}} funded by {{mid-year}}. The government says the data were being "exploited" by foreign
    media. A spokesman said a new national survey would be carried out "before the end of
    {{2025}}", at a cost of about {{CFA 900 million}}. OCHA's last needs overview described the
    crisis as the world's most neglected for the {{second}} year running.""",
)

item(
    "Djibo singer's album carries the sound of a besieged town",
    """Born in Djibo in {{1991}}, the singer recorded her new album in Ouagadougou over {{eight
    weeks}} in {{2024}}, having left her home town at {{29}}. The record runs to {{52 minutes}} and
    mixes Fulfulde lullabies with Mossi percussion. Its {{fourth}} track, a {{nine-minute}} lament
    for the town, has been streamed widely since its release on {{June 20}}. Tickets for her
    concert at the Institut Francais on {{December 7}} cost {{5,000 CFA francs}}. "Djibo is
    still my home," she said, {{five years}} after she last saw it.""",
)

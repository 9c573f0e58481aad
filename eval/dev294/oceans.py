"""dev294 items: the Atlantic route to the Canaries, the Bay of Bengal and Andaman Sea, the Gulf
of Aden and the Indian Ocean (15 with figures, 2 without)."""

from _wrap import item

item(
    "Caminando Fronteras counts more than 10,000 dead on routes to Spain",
    """
    [[At least 10,457 people|killed;a=the Spanish rights group Caminando Fronteras]] died or
    disappeared trying to reach Spain by sea in {{2024}}, the Spanish rights group Caminando
    Fronteras said on Thursday, or [[about 30 a day|killed;a=the Spanish rights group Caminando Fronteras]]. The group said [[9,757|killed;a=The group;
    alt=Caminando Fronteras]] of them were lost on the Atlantic route to the Canary Islands,
    which it called the deadliest migration route in the world. Among the victims were
    [[1,538 children|killed;a=The group;alt=Caminando Fronteras]] and [[421 women|killed;a=The
    group;alt=Caminando Fronteras]], it said. Its figures, built from calls by relatives and
    survivors, are far higher than the [[1,100 or so deaths|killed;q=approx;a=the
    International Organization for Migration]] recorded on the same route by the International
    Organization for Migration, which counts only cases it can verify. Spain's interior ministry
    said [[46,843 migrants|displaced;a=Spain's interior ministry]] reached the islands last year,
    a record. The group said it had tracked [[131 boats|missing;u=other;a=The group;alt=Caminando
    Fronteras]] that vanished with everyone on board.
    """,
)

item(
    "Cayuco reaches El Hierro with 207 aboard and four dead",
    """
    A wooden cayuco carrying [[207 people|displaced;a=Spain's maritime rescue service]], among
    them [[31 women|displaced]] and [[about 40 minors|displaced]], reached the port of La
    Restinga on El Hierro on Sunday after {{nine days}} at sea from Nouadhibou, Spain's maritime
    rescue service said. Rescuers found [[four bodies|killed]] on board. Survivors told the Red
    Cross that [[another 11 passengers|killed;a=Survivors]] had died during the crossing and were
    thrown into the sea. [[Seven people|injured;a=the regional health service]] were flown to
    hospital in Tenerife with dehydration and hypothermia, the regional health service said,
    one of them a {{16-year-old}} in a serious condition. Red Cross volunteers handed out
    [[300 blankets|aid]] and hot meals on the quay.
    """,
)

item(
    "Senegal's navy pulls 39 bodies from the sea off Mbour",
    """
    Senegal's navy said it had recovered [[39 bodies|killed;a=Senegal's navy]] after a pirogue
    carrying [[more than 150 people|displaced;a=fishermen]] capsized {{a few hundred metres}} off
    Mbour on Sunday evening; fishermen said the boat was heading for the Canaries. The navy
    rescued [[27 survivors|other;a=The navy;alt=Senegal's navy]], it said, and searched for
    [[dozens more|missing;n=-]] through the night. President Bassirou Diomaye Faye declared
    {{three days}} of national mourning. The interior ministry said [[five suspected
    organisers|arrested;a=The interior ministry]] had been arrested in Mbour and Joal and that
    the navy had intercepted [[some 3,200 would-be migrants|other;a=The interior ministry]] since
    January. In the fishing quarter of Mbour, [[at least 60 families|other;a=residents]] have
    lost a son at sea since {{2023}}, residents say.
    """,
)

item(
    "Drifting pirogue found off Cape Verde with 38 survivors",
    """
    Fishermen found a Senegalese pirogue drifting about {{150 nautical miles}} off the island of
    Sal on Monday with [[38 survivors|other;a=the International Organization for Migration]] and
    [[seven bodies|killed;a=the International Organization for Migration]] on board, the
    International Organization for Migration said. The boat had left Fass Boye in Senegal on
    {{July 10}} with [[101 passengers|displaced;a=relatives]], relatives said, which would mean
    [[some 56 people|missing;a=relatives]] were lost during more than {{a month}} adrift.
    [[Four of the survivors|injured]], among them a {{12-year-old}} boy, were in intensive care
    in Espargos. Cape Verde's civil protection agency said it would repatriate [[the 38 survivors|returned;p;a=Cape Verde's civil
    protection agency]] to Senegal within {{days}}, and Dakar sent a plane.
    """,
)

item(
    "Mauritania: 89 dead after pirogue sinks off Ndiago",
    """
    Mauritania's coast guard said on Thursday that it had recovered [[89 bodies|killed;a=Mauritania's coast guard]] from a large fishing pirogue that sank
    about {{4 km}} off Ndiago, near the border with Senegal. [[Nine people|other]], including a
    {{five-year-old}} girl, were pulled alive from the water. Survivors said the boat had left
    The Gambia {{six days}} earlier with [[170 passengers|displaced;a=Survivors]], leaving
    [[72|missing;a=Survivors]] unaccounted for. Mauritania's interior ministry said police had
    dismantled [[three smuggling networks|other;u=other]] in Nouadhibou this year and detained
    [[more than 90 alleged smugglers|arrested;a=Mauritania's interior ministry]]. [[About
    100 Spanish Guardia Civil officers|combatants]] are deployed in Mauritania and
    Senegal to patrol beaches and ports under agreements with Madrid, which signed a
    {{€210 million}} migration partnership with Nouakchott with the EU in {{February 2024}}.
    """,
)

item(
    "UNHCR: 2023 deadliest year for Rohingya at sea in almost a decade",
    """
    [[At least 569 Rohingya|killed;a=the UN refugee agency]] died or went missing in the Andaman
    Sea and the Bay of Bengal in {{2023}}, the UN refugee agency said on Tuesday, the highest
    number since {{2014}}. [[Nearly 4,500 Rohingya|displaced;a=UNHCR]] set off on dangerous
    journeys by sea during the year, UNHCR said, {{two-thirds}} of them women
    and children. The agency said {{one in eight}} people who attempted the
    crossing did not survive. Most left the camps at Cox's Bazar in Bangladesh, home to
    [[nearly 1 million refugees|displaced]], where
    rations were cut to {{$8}} a month per person. In December alone
    [[about 1,500 Rohingya|displaced]] landed in Indonesia's Aceh province in
    [[seven boats|other]].
    """,
)

item(
    "Dozens missing after Rohingya boat capsizes off Aceh",
    """
    Indonesian rescuers said on Thursday they had pulled [[75 Rohingya refugees|other;a=Indonesian
    rescuers]] from the hull of a capsized wooden boat off the coast of West Aceh, and that
    [[more than 70|missing;a=Indonesian rescuers]] others were feared drowned. The survivors had
    spent {{a night}} standing on the overturned hull. UNHCR said the boat had
    left Cox's Bazar with [[about 150 people|displaced;a=UNHCR]] on board, mostly women and
    children. [[Eleven bodies|killed]] were later recovered. Local fishermen
    said they had been told by officials not to help, after [[hundreds of residents|other;a=Local
    fishermen]] protested against new arrivals in December. The province now shelters
    [[some 1,600 Rohingya|displaced;a=the International Organization for Migration]] in
    [[four temporary shelters|capacity;a=the International Organization for Migration]], according
    to the International Organization for Migration.
    """,
)

item(
    "Trafficking camps, mass graves and a crisis at sea in the Andaman",
    """
    Thai police said on Friday they had found [[26 bodies|killed;a=Thai police]] in shallow graves
    at an abandoned jungle camp in Songkhla province, near the Malaysian border, where traffickers
    held Rohingya and Bangladeshi migrants until relatives paid ransoms of about {{$2,000}}. Police
    rescued [[one survivor|kidnapped]], a Bangladeshi man who was too weak to walk. Malaysian
    police later found [[139 graves|other;u=other;a=Malaysian police]] in [[28 camps|capacity;
    a=Malaysian police]] on their side of the border. The crackdown led smugglers to abandon their
    boats at sea, and [[as many as 8,000 people|civilians;a=the International Organization for
    Migration]] were stranded in the Andaman Sea without food or water, according to the
    International Organization for Migration. Thailand charged [[more than 150 people|arrested]],
    among them an army general, over the trade. [[About 3,000 migrants|displaced]] were eventually
    brought ashore in Indonesia, Malaysia and Thailand.
    """,
)

item(
    "Ethiopians drown after smugglers force them off boat near Yemen",
    """
    [[At least 49 migrants|killed;a=the UN migration agency]] died and [[140|missing;a=the UN
    migration agency]] were missing after a boat capsized off the coast of Shabwa in southern
    Yemen, the UN migration agency said on Tuesday. The boat, which left Djibouti, was carrying
    [[about 260 Somalis and Ethiopians|displaced;n=Somalis and Ethiopians;a=the agency;alt=the UN migration agency]], the agency said.
    Local fishermen and IOM teams rescued [[71 people|other;a=the UN migration agency]], it said. [[Thirty-one women|killed;a=IOM]] and [[six children|killed;a=IOM]] were
    among the dead, IOM said. Despite the war, [[more than 97,000 migrants|displaced;a=IOM]]
    arrived in Yemen on the so-called Eastern Route last year, IOM says, most of them hoping to
    reach work in Saudi Arabia. Many are held for ransom by smugglers on arrival:
    [[hundreds of Ethiopians|kidnapped;a=Human Rights Watch]] were being held in compounds near
    Ras al-Ara, Human Rights Watch said in {{2024}}.
    """,
)

item(
    "Kwassa-kwassa capsizes off Mayotte: four dead, eight missing",
    """
    [[Four people|killed;a=the prefecture of Mayotte]] died and [[eight|missing;a=the prefecture
    of Mayotte]] were missing after a small boat from the Comorian island of Anjouan overturned
    on a reef off Bouéni, the prefecture of Mayotte said. The boat, a kwassa-kwassa of barely
    {{9 metres}}, had set off at night with [[about 25 passengers|displaced;a=survivors]],
    survivors said. French gendarmes rescued [[13 people|other]]. The prefecture says its
    [[four interceptor boats|other;a=The prefecture;alt=the prefecture of Mayotte]] stop
    [[more than 500 kwassas|other;u=other;a=The prefecture;alt=the prefecture of Mayotte]] a year
    in the {{70 km}} strait. Mayotte, France's poorest department, is home to
    [[about 320,000 people|civilians;a=the national statistics office]], according to the national statistics
    office. France expelled [[about 25,000 people|returned;a=official figures]]
    from Mayotte to the Comoros in {{2023}}, according to official figures.
    """,
)

item(
    "Canary Islands cannot house more children arriving by sea, says regional chief",
    """
    The Canary Islands are looking after [[more than 5,800 unaccompanied minors|displaced;a=Fernando Clavijo;alt=the regional president]] in centres built for [[about 2,000|capacity;a=Fernando Clavijo;alt=the regional president]], the regional president, Fernando Clavijo, said on
    Monday. He called on Madrid to move [[at least 4,000 children|displaced;p;a=Fernando Clavijo;alt=the regional president]] to the mainland. The central government has approved a
    plan to relocate [[up to 4,400 minors|displaced;p;a=The central government]] to other regions
    over {{a year}}. Clavijo said [[17 children|killed;a=Clavijo]] had died on boats that reached
    the islands in {{2024}}. The islands run [[81 emergency centres|capacity]] for minors,
    [[three of them|capacity;u=structure;n=-;a=prosecutors]] under investigation for overcrowding,
    prosecutors say. Staff at a centre in Gran Canaria said [[hundreds of teenagers|displaced;
    a=Staff at a centre in Gran Canaria]] sleep on mats in a former barracks.
    """,
)

item(
    "Morocco says it foiled 78,000 departures and broke up smuggling rings",
    """
    Morocco's interior ministry said it had thwarted [[78,685 attempts|other;u=other;a=Morocco's
    interior ministry]] at irregular migration in {{2024}} and dismantled [[334 trafficking
    networks|other;u=other;a=Morocco's interior ministry]]. The royal navy rescued [[more than
    13,000 migrants|other;a=the ministry;alt=Morocco's interior ministry]] at sea in the Atlantic
    and the Mediterranean, the ministry said. The figures were published a week after
    [[four bodies|killed]] washed up near Tarfaya, where
    [[141 people|other;a=a navy spokesman]] had been rescued from a rubber boat, a navy spokesman
    said. Rights groups say [[thousands of sub-Saharan migrants|displaced;a=Rights groups]] were
    bussed from the north to southern cities far from the coast, and that [[dozens|arrested;
    a=Rights groups]] were held at police stations in Nador.
    """,
)

item(
    "Bangladesh coast guard intercepts trawler bound for Malaysia",
    """
    Bangladesh's coast guard said on Saturday it had intercepted a fishing trawler off Teknaf
    carrying [[58 people|displaced;a=Bangladesh's coast guard]] bound for Malaysia, among them
    [[eight Rohingya families|displaced]] and [[nine children|displaced]]. [[Three suspected
    traffickers|arrested;a=a coast guard officer]] were arrested, a coast guard officer told AFP.
    Those rescued said they had paid brokers {{120,000 taka}} each and had been held in a house
    near the beach for {{four days}} before boarding. [[Two women|kidnapped]] who said
    they had been taken from the camps by force were handed to police, who said they were
    investigating. The coast guard said it had stopped [[more than 1,200 people|other;a=The coast
    guard;alt=Bangladesh's coast guard]] from boarding boats this year and returned them to the
    camps.
    """,
)

item(
    "Rohingya boat adrift for weeks as UN urges a search",
    """
    The UN refugee agency said on Sunday it feared [[as many as 180 Rohingya|missing;a=The UN
    refugee agency]] had died after a boat that left Bangladesh in late November stopped
    transmitting, and urged countries in the region to search for it. A {{second}} boat, drifting
    with [[about 160 people|civilians;a=the agency;alt=The UN refugee agency]] on board without
    food or water, was reported off India's Andaman and Nicobar islands, the agency said.
    "[[Twenty people|killed;a=Chris Lewa]] have already died on that boat," said Chris Lewa of the
    Arakan Project, which is in touch with relatives. Sri Lanka's navy said it had rescued
    [[104 Rohingya|other;a=Sri Lanka's navy]] from a trawler off Jaffna and taken them to a
    detention centre, where they were given [[200 food packs|aid]].
    """,
)

item(
    "Algerian families search Spanish morgues for sons lost at sea",
    """
    Relatives of [[17 young men|missing]] who left the coast of Oran in a small
    motorboat on {{October 3}} travelled to Almería this week to look for them in morgues and
    hospitals. The Spanish maritime rescue service said it had recovered [[two bodies|killed;a=The
    Spanish maritime rescue service]] off Cabo de Gata and rescued [[nine Algerians|other;a=The
    Spanish maritime rescue service]] from another boat. An Algerian association, which helps
    families of missing harraga, said it had records of [[more than 400 people|missing;a=An
    Algerian association]] who left Algeria since {{2021}} and never arrived. Spain received
    [[about 11,000 Algerians|displaced;a=the interior ministry]] by sea last year, according to
    the interior ministry, most on the Balearic route. Algerian courts jailed
    [[26 smugglers|arrested]] in Oran province in {{2024}}, local press reported.
    """,
)

item(
    "Frontex budget tops €900m as agency grows its standing corps",
    """
    The European Border and Coast Guard Agency's budget reached about {{€922 million}} in
    {{2024}}, up from {{€6 million}} when it was created in {{2004}}. The agency plans to complete its
    standing corps by {{2027}}, a target that auditors said in a report published
    on {{May 3}} was unlikely to be met. The report found that only {{4%}} of the agency's
    spending went on search and rescue. Its director said the {{second}} phase of the expansion
    would start within {{18 months}}. Frontex has had its headquarters in Warsaw since
    {{2005}}.
    """,
)

item(
    "Why the Atlantic crossing to the Canaries is so deadly",
    """
    From Mbour in Senegal to El Hierro, the westernmost of the Canary Islands, is about
    {{1,500 kilometres}} of open ocean. A crossing takes {{seven to ten days}} in good weather,
    but boats that miss the islands can drift for {{weeks}} towards the Caribbean. The trade
    winds blow at {{20 to 30 knots}} in summer, and waves reach {{4 metres}}. Passengers pay
    between {{€1,000}} and {{€2,500}} a seat. In {{2006}} and again in {{2020}} the route
    reopened after years of little use, and since {{2023}} departures from Mauritania have
    overtaken those from Senegal, rising by about {{80%}}.
    """,
)

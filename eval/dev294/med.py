"""dev294 items: the Mediterranean, its three routes, and the Channel (15 with figures, 2 without)."""

from _wrap import item

item(
    "Dozens missing after boat from Sfax capsizes off Lampedusa",
    """
    At least [[41 people|missing;a=the International Organization for Migration]] are missing
    after a metal boat that left Sfax capsized in heavy seas, the International Organization for
    Migration said on Wednesday. [[Four survivors|other;a=the agency;alt=the International
    Organization for Migration]], among them a {{13-year-old}} boy, were picked up by a cargo ship
    and brought to Lampedusa, the agency said. Survivors told aid workers the boat had carried
    [[45 passengers|displaced;a=Survivors]], including [[three children|displaced;a=Survivors]],
    and overturned about {{six hours}} after leaving on {{August 3}}. Italy's coast guard said its
    patrol boats and a plane were searching an area some {{40 nautical miles}} south-west of the
    island. It was the {{second}} deadly wreck off Lampedusa in {{a week}}. More than
    [[1,900 migrants|displaced;a=Italy's interior ministry]] landed on the island in the
    {{48 hours}} to Wednesday morning, according to Italy's interior ministry, and the hotspot
    built for [[about 400 people|capacity]] was holding [[2,100|displaced]].
    """,
)

item(
    "Pylos wreck: toll climbs as hopes fade for hundreds still missing",
    """
    Greek authorities said on {{June 16}} that [[78 bodies|killed;a=Greek authorities]] had been
    recovered off Pylos, {{two days}} after an overloaded fishing trawler sank over one of the
    deepest points of the Mediterranean, more than {{5,000 metres}} down. [[A hundred and four
    survivors|other]] were taken to Kalamata, most of them men from Syria, Egypt and Pakistan. Survivors
    and rights groups say the trawler was carrying [[between 400 and 750 people|displaced;a=Survivors
    and rights groups]], which would leave [[hundreds|missing;a=Survivors and rights groups]]
    unaccounted for. The Hellenic coast guard said [[nine Egyptian men|arrested;a=The Hellenic
    coast guard]] had been arrested on suspicion of people smuggling and causing the wreck.
    Pakistan's interior ministry put the number of its nationals on board at
    [[at least 350|missing;a=Pakistan's interior ministry]], and relatives queued outside a
    Kalamata warehouse to give DNA samples. "We have [[twelve families|other;a=Mahmoud]]
    from our village alone who are waiting," said Mahmoud, a {{52-year-old}} Syrian who flew in
    from Germany.
    """,
)

item(
    "Rescue ship ordered to distant port with 261 aboard",
    """
    The rescue ship Ocean Viking took [[261 people|other;a=SOS Mediterranee]] aboard in
    [[four operations|other;u=other]] off Libya over the weekend, SOS Mediterranee said, and was
    assigned the port of Ancona, {{1,450 kilometres}} and some {{four days}} of sailing away. The
    charity said [[57 of those rescued|other;n=rescued;a=The charity;alt=SOS Mediterranee]] were
    unaccompanied minors and [[11|injured;a=The charity;alt=SOS Mediterranee]] needed treatment
    for fuel burns. In one of the rescues its crew recovered [[two bodies|killed]] from the
    floor of a rubber boat. Under a decree adopted in {{January 2023}}, ships that carry out
    several rescues without authorisation risk fines of up to {{€50,000}} and detention. A
    spokeswoman for the Italian interior ministry said the port assignment followed a plan to
    spread the [[more than 150,000 arrivals|displaced;p;a=A spokeswoman for the Italian interior
    ministry]] expected this year across regions. The ministry has [[about 40 centres|capacity;a=A spokeswoman for the Italian interior
    ministry]] in the Marche region, she said.
    """,
)

item(
    "IOM: deadliest year on the central Mediterranean since 2017",
    """
    [[At least 3,155 migrants|killed;a=the International Organization for Migration's Missing
    Migrants Project]] died or went missing in the Mediterranean in {{2023}}, according to the
    International Organization for Migration's Missing Migrants Project, the highest toll since
    {{2017}}. Of those, [[2,498|killed;a=the project]] were recorded on the central route from
    Libya and Tunisia to Italy and Malta, the project said. The real number is almost certainly
    higher, researchers caution, because many boats vanish without trace and
    [[dozens of bodies|killed;a=researchers]] wash up on the Libyan coast every month without
    being linked to a wreck. The project has counted [[more than 28,000 deaths and
    disappearances|killed;n=deaths and disappearances;a=The project]] in the Mediterranean since
    it began in {{2014}}. Children made up about {{one in ten}} of the dead whose age was known.
    The IOM also said [[some 17,000 people|returned;a=The IOM]] had been intercepted at sea and
    returned to Libya in the same period, a rise of {{12%}}.
    """,
)

item(
    "Libya pullbacks pass 20,000 as UN warns of abuse in detention",
    """
    Libya's coast guard intercepted [[21,700 people|returned;a=the UN migration agency]] at sea
    last year and took them back to Libyan ports, the UN migration agency said, up from
    [[17,190|returned;a=the UN migration agency]] the year before. Most were sent to detention
    centres run by the Directorate for Combating Illegal Migration, where
    [[about 4,500 migrants|arrested;a=UN officials]] are currently held, UN officials told
    reporters in Geneva. A UN fact-finding mission reported that [[hundreds of migrants|kidnapped;a=A
    UN fact-finding mission]] had been sold to traffickers who demanded ransoms of {{$2,000}} to
    {{$5,000}} from their families. Aid groups were allowed into only [[three|capacity;u=structure]] of the [[11 official
    centres|capacity]] in the last quarter. "We saw cells meant for
    [[50 people|capacity;a=an aid worker]] holding [[more than 200|arrested;a=an aid worker]],"
    an aid worker who visited a centre in Zawiya said, asking not to be named.
    """,
)

item(
    "Five die in crush on overcrowded dinghy off northern France",
    """
    [[Five people|killed;a=the prefect of the Pas-de-Calais]], including a {{seven-year-old}} girl, died early on Tuesday in a crush aboard an
    overcrowded dinghy off Wimereux, the prefect of the Pas-de-Calais said. The boat had left the
    beach at about {{5am}} carrying [[more than 110 people|displaced;a=the prefect of the
    Pas-de-Calais]], he said. [[Forty-nine passengers|displaced]] refused help and continued
    towards England, while [[four|injured;a=officials]] were taken to hospital in Boulogne,
    officials said. Police arrested [[two men|arrested]] suspected of steering the boat. The
    deaths bring to [[at least 78|killed;a=the French coast guard]] the number of people who died
    trying to cross the Channel this year, according to the French coast guard, already the
    worst year on record. Britain's Home Office said [[36,816 people|displaced;a=Britain's Home
    Office]] had crossed in small boats in {{2024}}. Some [[1,200 police and
    gendarmes|combatants;n=police and gendarmes;a=the French interior ministry]] patrol the
    coast, the French interior ministry says. At Loon-Plage, near Dunkirk, police cleared a camp
    and slashed [[about 60 tents|housing;u=other]] on Wednesday.
    """,
)

item(
    "Turkish coast guard finds migrants set adrift in life rafts",
    """
    Turkey's coast guard said it rescued [[28 migrants|other;a=Turkey's coast guard]] found
    drifting in [[two orange life rafts|other;u=other]] off the coast of Izmir on Sunday and
    recovered [[three bodies|killed;a=Turkey's coast guard]].
    Survivors, most of them Afghans, said masked men on a Greek vessel had
    taken their engine and pushed them back, a claim Athens rejects. Greece's migration ministry
    said its coast guard had prevented [[more than 30,000 people|other;a=Greece's migration
    ministry]] from entering Greek waters in {{2023}} and denied any illegal pushbacks. A
    monitoring group, Aegean Boat Report, said it had logged [[about 1,000 boats|other;a=Aegean
    Boat Report]] returned to Turkish waters since {{March 2020}}. The coast guard said
    [[six suspected smugglers|arrested;a=The coast guard;alt=Turkey's coast guard]] had been
    detained in the same operation.
    """,
)

item(
    "Ten years after Catania wreck, forensic team names its dead",
    """
    Forensic scientists in Milan said they had identified [[more than 60 of the victims|killed;
    a=Forensic scientists in Milan]] of the wreck of {{April 18, 2015}}, when a fishing boat
    collided with a freighter trying to rescue it and sank north of Libya. The Italian navy raised
    the hull from a depth of {{370 metres}} in {{2016}} and recovered [[528 bodies|killed]] from
    inside it, most of them crammed into the hold. Researchers estimate the boat carried
    [[as many as 1,100 people|displaced;a=Researchers]]; only [[28 people|other]] survived. The Labanof
    laboratory has collected samples from [[some 300 relatives|other]] in
    Senegal, Mali and Eritrea. "Every name is a family that can
    stop waiting," said its director, Cristina Cattaneo, a {{61-year-old}} pathologist. The
    Italian commissioner for missing persons said [[about 1,000 unidentified migrants|killed;a=The
    Italian commissioner for missing persons]] lie in Sicilian cemeteries.
    """,
)

item(
    "Cutro shipwreck: toll reaches 94, four alleged smugglers in custody",
    """
    The body of a {{five-year-old}} boy recovered on Saturday brought the toll from the
    shipwreck off Steccato di Cutro to [[94|killed;a=Italian authorities]], Italian authorities
    said, [[35|killed;a=Italian authorities]] of them minors. The wooden caique, which left
    Izmir {{four days}} earlier, broke apart on a sandbank in rough seas before dawn on
    {{February 26}}. [[Eighty people|other]] survived, many of them by swimming ashore.
    [[About a dozen people|missing;a=survivors]] are still missing, survivors say. Police in
    Crotone arrested [[three men|arrested;a=Police in Crotone]], Turkish and Pakistani
    nationals, and issued a warrant for another man, who was detained in Austria days later. Relatives from Afghanistan, Pakistan and Iran gathered at
    a sports hall in Crotone where the coffins were laid out. Prosecutors are
    examining why the coast guard did not launch a rescue after a Frontex aircraft spotted the
    boat some {{40 nautical miles}} offshore.
    """,
)

item(
    "Air strike on Tajoura detention centre kills dozens of migrants",
    """
    An air strike hit a migrant detention centre in Tajoura, east of Tripoli, late on Tuesday,
    killing [[at least 53 people|killed;a=the UN]] and wounding [[130|injured;a=the UN]], the UN
    said. The centre was holding [[about 600 migrants and refugees|arrested;n=migrants and
    refugees;a=the UN refugee agency]], mostly from Sudan, Eritrea and Somalia, according to the
    UN refugee agency. [[Two hangars|housing;u=structure]] were destroyed. The Government of
    National Accord blamed forces loyal to Khalifa Haftar, which denied responsibility. Survivors
    said guards had shot at [[at least six people|killed;a=Survivors]] who tried to flee
    the compound. The International Rescue Committee said its teams had treated
    [[dozens of the wounded|injured;a=The International Rescue Committee]] in Tripoli hospitals.
    UNHCR said it would move [[hundreds of survivors|displaced;p;a=UNHCR]] to its gathering and
    departure facility in the capital, designed for [[about 1,000 people|capacity]].
    """,
)

item(
    "Malta rescues 112 but two boats still unaccounted for",
    """
    The Armed Forces of Malta said on Friday its patrol boat {{P61}} had rescued [[112 people|other;
    a=The Armed Forces of Malta]] from a fibreglass boat in the Maltese search and rescue zone and
    recovered [[five bodies|killed;a=The Armed Forces of Malta]]. The army said [[six of the
    survivors|injured;a=The army;alt=The Armed Forces of Malta]] were taken to Mater Dei hospital
    with hypothermia. Alarm Phone, a hotline run by volunteers, said it had been in contact with
    [[two other boats|other;a=Alarm Phone]] carrying [[about 100 people|displaced;a=Alarm Phone]]
    that had been in distress since {{Wednesday}} and were no longer reachable. Malta has taken in
    [[fewer than 400 people|displaced;a=government figures]] by sea this year, according to
    government figures, down from [[3,405|displaced;a=government figures]] in {{2019}}.
    """,
)

item(
    "Crete route: arrivals from eastern Libya surge past 7,000",
    """
    [[More than 7,300 migrants|displaced;a=the Greek coast guard]] have reached Crete and the small
    island of Gavdos from eastern Libya since January, according to the Greek coast guard, more
    than in the whole of {{2024}}. On Sunday alone [[about 520 people|displaced;a=officials]] in
    [[five fishing boats|other;u=other]] were brought to the port of Agia Galini, officials said.
    Greece sent [[two navy frigates|other;u=other]] to patrol off the Libyan coast and suspended
    asylum applications for arrivals from North Africa for {{three months}}. The government said
    the frigates could take [[up to 300 people|capacity;p;a=The government]] each on board before
    handing them to the Libyan side. Police arrested [[14 suspected smugglers|arrested]], most of
    them Egyptian and Sudanese, among the passengers. The migration ministry said it planned to
    open a reception centre for [[1,000 people|capacity;p;a=The migration ministry]] near
    Chania.
    """,
)

item(
    "Bodies wash up as Tunisia's coast becomes the main departure point",
    """
    Tunisia's national guard recovered [[21 bodies|killed;a=Tunisia's
    national guard]] off Sfax on Monday and rescued [[13|other;a=Tunisia's national guard]], a
    spokesman said. The national guard says it stopped [[more than 75,000 people|other;a=The
    national guard;alt=Tunisia's national guard]] from leaving by sea last year and dismantled
    [[about 300 smuggling networks|other;u=other;a=The national guard;alt=Tunisia's national
    guard]]. Rights groups said [[at least 1,200 black African migrants|returned;a=Rights
    groups]] had been rounded up in Sfax and driven to the borders with Libya and Algeria in the
    summer. Libyan border guards found [[27|killed;a=the guards;alt=Libyan border guards]] of them dead in the
    desert near Al-Assah and rescued [[hundreds more|other;n=-;a=the guards;alt=Libyan border guards]], the guards said. In the olive groves
    outside El Amra, police burned [[dozens of makeshift shelters|housing]] where
    [[thousands of migrants|displaced;a=witnesses]] had been living, witnesses said.
    """,
)

item(
    "Rescuers pull survivors from Aegean after night-time wreck off Lesbos",
    """
    [[Seven people|killed;a=Greek coast guard officials]], [[four of them children|killed;n=children;
    a=Greek coast guard officials]], drowned when a boat carrying [[about 40 migrants|displaced;
    a=Greek coast guard officials]] from Turkey overturned off the north coast of Lesbos, Greek
    coast guard officials said on Thursday. [[Twenty-two people|other]] were pulled from the water
    by a coast guard vessel and a fishing boat, and a search continued for [[up to 11|missing;
    a=survivors]] others, survivors said. Temperatures
    had fallen to {{4C}} overnight. [[Nine of the survivors|injured]] were treated for hypothermia
    at the hospital in Mytilene. The coast guard said [[two Syrians|arrested;a=The coast guard;
    alt=Greek coast guard officials]] aged {{23}} and {{27}} were arrested as the boat's pilots.
    """,
)

item(
    "Sicily buries the unnamed dead of a summer at sea",
    """
    In a cemetery on the edge of Agrigento, municipal workers have dug [[40 new graves|other;u=other;
    a=the mayor]] since June, the mayor said, for migrants whose bodies were recovered at sea and
    never claimed. [[Only nine|killed;a=the prefecture]] of the dead buried there this year have
    been identified, the prefecture says. Red Cross volunteers keep a register with the place,
    date and photographs of [[all 112 bodies|killed;a=the volunteers;alt=Red Cross volunteers]] that passed through the port's morgue, which has room for
    [[only 20|capacity;a=the volunteers;alt=Red Cross volunteers]], the volunteers said.
    Refrigerated containers were brought in during {{July}}, when [[dozens of bodies|killed]]
    arrived within {{days}}. "Every grave has a number, never a name," said Don Carmelo, a priest
    who has blessed [[more than 200 coffins|killed;a=Don Carmelo]] in {{eight years}}.
    """,
)

item(
    "EU asylum pact clears final vote after years of deadlock",
    """
    The European Parliament approved the Pact on Migration and Asylum on {{April 10, 2024}},
    closing nearly {{nine years}} of deadlock that began with the arrivals of {{2015}}. The
    rules, which take effect in {{June 2026}}, oblige member states that refuse to host
    asylum-seekers to pay {{€20,000}} per person into a common fund. Screening at the border must
    be completed within {{seven days}}, and the border procedure can last up to
    {{12 weeks}}. Supporters said the pact would cut the {{60%}} of decisions that are never
    enforced. Critics said it would do nothing to prevent deaths at sea, and Amnesty
    International called the vote a {{decade}}-long setback. The Commission will publish its
    {{first}} annual report on the system in {{October 2025}}.
    """,
)

item(
    "Sea-Watch 5 detained for the third time under Italian decree",
    """
    Italian authorities detained the German rescue ship {{Sea-Watch 5}} in Ravenna on Monday for
    {{20 days}} and fined its operator {{€3,300}}, the {{third}} such order in {{14 months}}.
    Police said the ship had disobeyed an order issued under decree law {{1/2023}} by carrying
    out a {{second}} rescue on the way to port. Sea-Watch, founded in {{2015}}, said it would
    appeal at the court in Ravenna, as it did successfully in {{September 2024}}. The ship,
    {{56 metres}} long, had sailed {{1,200 kilometres}} to reach the assigned port. The crew was
    allowed ashore at {{3pm}} after a medical check lasting {{nine hours}}.
    """,
)

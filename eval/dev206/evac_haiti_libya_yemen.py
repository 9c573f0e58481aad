"""dev206 items, part 4: foreign nationals and diplomats leaving Haiti (the missionaries of 2021,
the gang offensive of 2024), Libya in 2014-2015 and Yemen from 2015 on (13 texts with figures,
2 without)."""

from _wrap import item

item(
    "US flies embassy staff out of Port-au-Prince by helicopter",
    """PORT-AU-PRINCE - US military helicopters flew non-essential staff out of the American
    embassy in Port-au-Prince overnight and brought in
    [[about 30 Marines|combatants;a=US Southern Command]] to reinforce its security, US
    Southern Command said on {{Sunday}}. The State Department later said
    [[more than 230 US citizens|displaced;a=The State Department]] had been flown from
    Cap-Haïtien to Miami on [[five charter flights|other;a=The State Department]], and that
    [[about 1,600 Americans|civilians;a=The State Department]] in Haiti had filled in its crisis
    intake form. Gangs that control most of the capital set fire to
    [[about 30 homes|housing]] in Tabarre, the district where the embassy stands, residents
    said. [[Fewer than 20 diplomats|civilians]] are staying on at the compound. The flight from
    Cap-Haïtien to Miami takes about {{two hours}}, and the State Department charged passengers
    {{$1,000}} a seat, to be repaid later.""",
)

item(
    "Florida flights bring more than 1,000 home from Haiti",
    """ORLANDO - Florida's Division of Emergency Management said on {{Friday}} it had brought
    [[1,042 people|returned;a=Florida's Division of Emergency Management]] home from Haiti on
    [[14 flights|other;a=Florida's Division of Emergency Management]] since {{mid-March}},
    most of them Florida residents. [[Another 1,000 to 1,500|returned;p;a=the division;alt=Florida's Division of Emergency Management]] could
    follow if the airport in Port-au-Prince stays shut, the division said. The state's
    Operation Safe Passage uses chartered planes with
    [[about 60 seats|capacity;u=other]] each, flying from Cap-Haïtien and Santo Domingo to
    Orlando Sanford. [[About 40 dogs and cats|other;u=other;n=dogs and cats]] have also been
    flown out with their owners. Governor Ron DeSantis said he had deployed
    [[more than 250 National Guard troops|combatants;a=Governor Ron DeSantis]] and state police
    to the Keys to deal with any rise in boat arrivals from Haiti.""",
)

item(
    "Kidnapped missionaries' ordeal in Haiti ends with escape",
    """PORT-AU-PRINCE - The [[12 missionaries|kidnapped;a=the Ohio-based group Christian Aid Ministries;alt=Christian Aid Ministries]] still held
    by the {{400 Mawozo}} gang escaped on {{Wednesday}} night, walking for hours through the brush to
    freedom, the Ohio-based group Christian Aid Ministries said. The gang had seized
    [[17 people|kidnapped]] in {{October}} as they returned from visiting an orphanage east of
    Port-au-Prince: [[16 Americans|kidnapped;n=Americans]] and a Canadian, among them
    [[five children|kidnapped]], the youngest aged {{eight months}}.
    [[Two hostages|kidnapped]] were released in {{November}} and
    [[three more|kidnapped;n=-]] in {{early December}}. The gang's leader had demanded {{$1m}} for
    each captive. The escaped missionaries were flown to Florida on a US Coast Guard plane.""",
)

item(
    "First Kenyan police land in Haiti as airport reopens",
    """PORT-AU-PRINCE - [[The first 400 Kenyan police officers|combatants]] of a
    multinational security mission landed at Toussaint Louverture airport on {{Tuesday}}, {{20
    months}} after Haiti asked for help. Kenya has pledged
    [[1,000 officers|combatants;p;a=Kenya]], and the mission is expected to reach
    [[2,500 personnel|combatants;p]] once Jamaica, Belize, Benin, Chad and Bangladesh send their
    contingents. Haiti's national police said it had arrested
    [[27 suspected gang members|arrested;a=Haiti's national police]] after an attack on the
    airport's perimeter last week in which [[four officers|killed]] were killed. The UN says
    [[more than 580,000 people|displaced;a=The UN]] have been driven from their homes by gang
    violence, [[about 160,000|displaced;a=The UN]] of them in the capital. The airport had been
    closed to commercial flights for {{almost three months}}.""",
)

item(
    "Indians, Mexicans and EU diplomats evacuated from Haiti",
    """SANTO DOMINGO - India evacuated [[12 Indian nationals|displaced;a=India]] from Haiti to
    the Dominican Republic on {{Thursday}} in an operation it called Indravati, and said
    [[about 90 more|civilians;a=India;n=-]] were in the country. Mexico's foreign ministry said
    [[between 40 and 50 Mexicans|displaced;a=Mexico's foreign ministry]] would be flown out by
    helicopter in the coming days, and the European Union withdrew its ambassador and
    [[20 international staff|displaced]] to Santo
    Domingo. The Dominican Republic has sent [[about 11,000 soldiers|combatants]] to its border
    with Haiti and says it will not allow refugee camps on its soil. Dominican soldiers detained
    [[more than 300 Haitians|arrested;a=the army]] trying to cross near Dajabón at the weekend,
    the army said. The helicopter flight from Port-au-Prince to Santo Domingo takes about
    {{an hour}}.""",
)

item(
    "Haiti's main airport shut after planes hit by gunfire",
    """The US Federal Aviation Administration banned American airlines from flying to Haiti for
    {{30 days}} on {{12 November 2024}}, after gunfire hit a Spirit Airlines {{Airbus A321}} as
    it came in to land at Port-au-Prince. Toussaint Louverture airport had reopened only on
    {{20 May}}, having been closed since {{4 March}}. JetBlue and American Airlines suspended
    their flights until at least {{mid-December}}. A one-way ticket from Cap-Haïtien to Miami
    cost more than {{$900}}, travel agents said. The flight takes about {{two hours}} and
    covers roughly {{1,100 km}}.""",
)

item(
    "US embassy in Tripoli evacuated by road to Tunisia",
    """WASHINGTON - The United States evacuated its embassy in Tripoli on {{Saturday}}, driving
    [[158 people|displaced;a=the Pentagon]], including [[80 Marines|combatants;a=the Pentagon]],
    to the Tunisian border under the cover of {{F-16}} fighters and {{MV-22}} Ospreys, the
    Pentagon said. The convoy made the {{five-hour}} journey without incident. Rival militias
    have been fighting for Tripoli's airport since {{13 July}}, and rocket fire has damaged
    [[at least three diplomatic residences|housing;u=structure]] in the nearby Siraj district. Britain said
    it was cutting its embassy staff to [[about a dozen|civilians;a=Britain]] and had
    chartered a ship to take out [[about 100 Britons|displaced;p;a=Britain]]. [[More than 20 foreign
    missions|other;u=structure;a=the Libyan foreign ministry]] have suspended work in the city, according to the Libyan
    foreign ministry.""",
)

item(
    "Egyptians stranded at Ras Jedir as thousands flee Libya",
    """RAS JEDIR, Tunisia - [[About 6,000 Egyptians|displaced;a=Tunisian officials]] were stranded on the Libyan side
    of the Ras Jedir border crossing on {{Friday}}, Tunisian officials said, after Tunisia
    closed the crossing to all but those with onward air tickets.
    [[Two people|killed;a=witnesses]] were killed when Libyan border guards fired to disperse the
    crowd, witnesses said. Tunisia said it could take
    [[5,000 to 6,000 people a day|displaced;p;a=Tunisia]] in transit if Egypt sent enough planes.
    EgyptAir and Tunisair have flown [[more than 11,000 Egyptians|returned]] home from Djerba
    since the start of the week, and Cairo has laid on [[25 extra flights|other]]. Egypt
    estimates that [[about 1.5 million of its citizens|civilians;a=Egypt]] work in Libya. At
    Djerba airport, the Red Crescent handed out [[4,000 meals|aid]] on {{Thursday}}.""",
)

item(
    "Philippines orders its workers home from Libya",
    """MANILA - The Philippines raised its alert level for Libya to the highest on {{Saturday}},
    ordering [[about 13,000 Filipinos|returned;p;a=the foreign affairs department]] working
    there to come home, the foreign affairs department said. The order came after a Filipino
    construction worker was beheaded in Benghazi. Many of the workers
    are nurses, and hospital managers in Tripoli warned that
    [[hundreds of nurses|civilians;a=hospital managers in Tripoli]] had refused to leave their
    posts. The government chartered a Greek ferry with room for
    [[up to 1,200 passengers|capacity]] to carry workers from Misrata to Malta.
    [[About 800 Filipinos|displaced]] sailed on its first trip. A labour attaché said
    [[three Filipino oil workers|kidnapped;a=A labour attaché]] abducted at an oilfield near
    Ghadames had still not been found.""",
)

item(
    "Egypt evacuates workers after beheading of 21 Copts in Libya",
    """CAIRO - Egypt has evacuated [[more than 3,000 of its citizens|displaced;a=the foreign
    ministry]] from Libya through Tunisia since Islamic State militants released a video of the
    killing of [[21 Egyptian Christians|killed]] on a beach near Sirte, the foreign ministry said.
    The men, most of them from villages in Minya province, had been kidnapped in
    raids on workers' housing in {{December}} and {{January}}. Egyptian warplanes struck IS
    targets in Derna the next day. The ministry said it had set up
    [[three reception camps|capacity]] at the Salloum crossing, each able to hold
    [[about 1,000 people|capacity]]. Rights groups said
    [[35 Egyptian workers|kidnapped;a=Rights groups]] had been seized by militiamen in
    retaliation for the strikes, and [[dozens of others|missing;a=Rights groups]] were
    unaccounted for.""",
)

item(
    "Libya's airports and the road to Tunisia",
    """Tripoli International Airport has been closed since {{13 July 2014}}, when fighting between
    rival militias broke out around it, and {{90%}} of the planes parked there were damaged,
    the transport ministry said. Repairs could cost up to {{$1.5bn}}. Mitiga, a military airbase
    on the other side of the city, handles the few flights still running. The drive to the
    Tunisian border at Ras Jedir is about {{170 km}} and takes {{three hours}} or more. Flights
    from Djerba to Cairo take about {{two and a half hours}}. The fighting is the worst since
    the uprising of {{2011}}.""",
)

item(
    "India's Operation Raahat ends after 5,600 flown out of Yemen",
    """NEW DELHI - India ended its evacuation from Yemen on {{Thursday}} after bringing out
    [[4,640 Indians|displaced;a=the Ministry of External Affairs]] and
    [[960 foreign nationals|displaced;a=the Ministry of External Affairs]] from
    [[41 countries|other;u=other;a=the Ministry of External Affairs]], the Ministry of External
    Affairs said. Air India flights from Sanaa each carried
    [[between 300 and 400 people|displaced]] to Djibouti, while
    [[three navy ships|other]] took evacuees from Aden and Al Hudaydah across the
    Gulf of Aden to Djibouti, about {{250 km}} away. The government said [[about 1,000 Indians|civilians;a=The
    government]] had chosen to stay on, many of them nurses. Air strikes by the Saudi-led
    coalition had destroyed [[12 houses|housing]] near the port of Aden where the evacuees
    waited for boats. [[Two Indian sailors|injured]] were hurt by shrapnel during the final
    sailing.""",
)

item(
    "Djibouti's Markazi camp fills as Yemenis and foreigners cross",
    """OBOCK, Djibouti - [[More than 27,000 people|displaced;a=UNHCR]] have arrived in Djibouti
    from Yemen since the air strikes began, UNHCR said, among them
    [[about 8,900 Yemenis|displaced;a=UNHCR]] and [[thousands of third-country
    nationals|displaced;a=UNHCR]] waiting for flights home. The Markazi camp near Obock was laid
    out for [[200-250 families|capacity]], but [[about 1,300 people|displaced]] now live there.
    Aid agencies have put up [[300 tents|aid]] and [[40 latrines|aid]], and the World Food
    Programme is feeding [[about 2,000 people|aid;a=the World Food Programme]] a month there, it
    said. Temperatures at Obock reach {{45C}} in summer.""",
)

item(
    "Yemeni Americans left behind as Washington declines evacuation",
    """SANAA - The State Department said it had no plans to evacuate the
    [[several hundred US citizens|civilians;a=The State Department]] believed to be in Yemen,
    telling them to "shelter in place" or leave on ships organised by other countries. Lawyers
    for [[41 Yemeni Americans|civilians;a=Lawyers]] trapped in the country filed a suit in
    federal court. [[About 60 Americans|displaced]] left Aden last week on an Indian navy ship.
    The Houthis have detained [[four Americans|arrested;a=relatives]] in Sanaa, relatives said;
    [[one|arrested;a=relatives]] was released on {{Tuesday}}. [[At least three US citizens|killed;a=the
    Council on American-Islamic Relations]] have been killed in the fighting since {{March}},
    according to the Council on American-Islamic Relations. The ferry from Aden to Djibouti
    takes about {{18 hours}}.""",
)

item(
    "Houthis detain UN staff as agencies pull foreigners out of Sanaa",
    """ADEN - Houthi authorities have detained [[13 UN staff|arrested;a=the UN]] and
    [[more than 50 employees|arrested;a=the UN]] of aid groups and embassies since {{June}},
    the UN said, most of them Yemenis. The UN has moved its resident coordinator's office from
    Sanaa to Aden and withdrawn [[dozens of international staff|displaced]] from areas the
    Houthis control. [[One World Food Programme staff member|killed]] died in detention in
    {{February}}. The Houthis said they had uncovered a spy ring and stormed the compound of the
    UN human rights office, seizing [[five vehicles|other]]. The Houthis are also holding
    [[about 20 local staff|arrested;a=the State Department]] of the US embassy in Sanaa, which
    has been closed since {{2015}}, the State Department said.""",
)

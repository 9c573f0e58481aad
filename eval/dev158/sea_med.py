"""The Mediterranean, the Aegean and the Channel: migrant boats landed, capsized, intercepted
and returned, and the rescue ships (15 texts with figures, 1 without)."""

from _wrap import item

item(
    "Lampedusa hotspot overwhelmed after 1,800 arrivals in a day",
    """LAMPEDUSA (ANSA) - [[More than 1,800 migrants|displaced;a=the prefecture of Agrigento]]
    landed on Lampedusa in the {{24 hours}} to Friday morning aboard
    [[42 small boats|other;a=the prefecture of Agrigento]], most of them metal-hulled craft
    launched from beaches near Sfax, the prefecture of Agrigento said. The island's hotspot at
    Contrada Imbriacola, built for [[about 400 people|capacity;a=the Red Cross]], was holding
    [[2,340 people|displaced;a=the Red Cross]] at midday, the Red Cross said. Coast guard
    launches took [[614 people|other]] off boats that were shipping water south of the island,
    among them [[a dozen unaccompanied minors|other]]. The body of a {{five-month-old}} baby who
    slipped into the sea during a transfer was recovered overnight. Mayor Salvatore Gallo said
    [[at least 1,000 people|displaced;p;a=Mayor Salvatore Gallo]] would have to be moved to
    Sicily by Sunday to make room. Interior ministry data show
    [[more than 127,000 people|displaced;a=Interior ministry data]] have reached Italy by sea
    since {{January 1}}, almost twice as many as in the same period of {{2022}}.""",
)

item(
    "Death toll from Calabria shipwreck rises to 71 as sea gives up more bodies",
    """Rescuers recovered [[four more bodies|killed]] from the sea off Calabria on Wednesday,
    bringing the death toll from Sunday's shipwreck to [[71|killed]], among them
    [[at least 16 children|killed]]. The wooden caique, which had left Izmir in Turkey
    {{four days}} earlier, broke up on a sandbar about {{100 metres}} from the beach in waves of
    up to {{three metres}}. [[Eighty people|other;a=prosecutors in Crotone]] survived,
    prosecutors in Crotone said, and [[between 20 and 30 others|missing;a=prosecutors in
    Crotone]] are believed to be missing. Survivors told investigators there had been
    [[about 180 people|other;a=Survivors]] on board, most of them from Afghanistan, Pakistan,
    Iran and Syria. [[Three men|arrested]], a Turkish national and
    [[two Pakistanis|arrested]], have been arrested on suspicion of people smuggling. A Frontex
    aircraft had spotted the boat
    {{40 nautical miles}} off the coast late on Saturday, but
    [[two customs patrol boats|other]] sent to intercept it turned back in heavy seas.""",
)

item(
    "Rescue ship told to sail 1,100 km to Ravenna with 261 survivors",
    """The charity rescue ship {{Humanity 1}} was heading on Tuesday for Ravenna, more than
    {{1,100 kilometres}} away, with [[261 people|other;a=SOS Humanity]] it had pulled from
    [[three overcrowded boats|other;a=SOS Humanity]] in the central Mediterranean, the German
    NGO SOS Humanity said. Among the survivors are [[41 unaccompanied minors|other]]. The port
    was assigned under a {{2023}} decree that requires NGO vessels to sail to their designated
    port immediately after a rescue, in this case a voyage of {{four days}} against forecast
    winds of {{30 knots}}. "People are exhausted, and [[some 60|injured;a=Mirka Schäfer]] have
    chemical burns from the mix of fuel and seawater," said Mirka Schäfer, the group's advocacy
    officer. Off Lampedusa, the coast guard said it had rescued
    [[37 people|other;a=the coast guard]] from a capsized boat overnight and that
    [[three|missing;a=the coast guard]], including a child, were missing. The boat had left
    Zuwara in Libya with [[about 40 people|other;a=survivors]] on board, survivors said.""",
)

item(
    "Libyan coastguard returned 32,000 migrants this year, IOM says",
    """Libya's coastguard intercepted and returned
    [[more than 32,000 refugees and migrants|returned;n=refugees and migrants;a=the
    International Organization for Migration]] to the country this year, nearly triple the
    number in {{2020}}, according to the International Organization for Migration.
    [[At least 1,553 people|killed;a=the IOM]] have died or gone missing on the central
    Mediterranean route over the same period, the IOM said. Those returned are taken to
    detention centres such as Ain Zara and Al-Mabani in Tripoli, where
    [[about 5,000 people|arrested;a=UN agencies]] are currently held, UN agencies estimate. On
    Sunday alone, [[three boats|other;a=the IOM]] carrying [[412 people|returned;a=the IOM]]
    were stopped off Zuwara and Sabratha and brought back to shore, the IOM said. Separately,
    [[17 bodies|killed;a=the Libyan Red Crescent]] washed up on beaches west of Tripoli, the
    Libyan Red Crescent said, [[five of them|killed;n=-;a=the Libyan Red Crescent]] women.""",
)

item(
    "Five die in Channel crossing attempt as numbers hit 2024 daily high",
    """[[Five people|killed;a=the French authorities]], among them a {{seven-year-old}} girl,
    died early on Tuesday when an overloaded dinghy got into difficulty off Wimereux, the
    French authorities said. The dinghy had been carrying
    [[112 people|other;a=the maritime prefecture]], the maritime prefecture said.
    [[Forty-seven|other]] were taken aboard a French navy patrol vessel, while the rest refused
    help and carried on towards England. Despite the deaths,
    [[882 people|displaced;a=Home Office figures]] crossed the Channel in
    [[14 boats|other;a=Home Office figures]] on the same day, Home Office figures show, the
    highest daily total so far in {{2024}}. That brings crossings this year to
    [[more than 25,000|displaced]], {{3%}} fewer than at the same point last year.
    [[At least 52 people|killed;a=the IOM]] have died trying to reach Britain by small boat this
    year, according to the IOM, making {{2024}} the deadliest year on the route since the
    crossings began in {{2018}}.""",
)

item(
    "Crete receives over 500 migrants from Libya in a single day",
    """Coast guard and Frontex vessels picked up
    [[more than 520 migrants|other;a=the Hellenic Coast Guard]] south of Gavdos and Crete on
    Sunday in [[five separate operations|other;u=other;a=the Hellenic Coast Guard]], the
    Hellenic Coast Guard said. The largest group, [[442 people|other]] packed onto a fishing
    boat, was found about {{28 nautical miles}} south of Gavdos and escorted to the port of
    Agia Galini. A municipal hall in Chania, where new arrivals are held pending transfer to
    the mainland, has space for [[about 200|capacity;a=local officials]] but housed
    [[640|displaced;a=local officials]] overnight, local officials told Kathimerini. Arrivals
    in Crete have reached [[7,300|displaced;a=ministry figures]] since January, against
    [[4,900|displaced;a=ministry figures]] in the whole of {{2024}}, according to ministry
    figures. In July, Athens suspended asylum applications for {{three months}} for people
    arriving by sea from North Africa.""",
)

item(
    "Tunisia recovers 27 bodies after migrant boats sink off Sfax",
    """Tunisia's coastguard recovered [[27 bodies|killed;a=a court official]] and rescued
    [[83 people|other;a=a court official]] after [[two boats|other;a=a court official]] sank
    off the coast of Sfax overnight, a court official told AFP on Thursday. Hichem Trabelsi, a
    spokesman for the Sfax courts, said [[about 20 people|missing;a=Hichem Trabelsi]] were
    still unaccounted for and that [[four of the survivors|injured;a=Hichem Trabelsi]] were in
    hospital. Most of those on board were from Guinea, Mali and Ivory Coast. The National
    Guard said it had stopped [[about 1,240 people|other;a=The National Guard]] from leaving
    by sea since {{June 1}} and arrested [[31 suspected smugglers|arrested;a=The National
    Guard]]. Sfax lies about {{130 km}} from Lampedusa and has overtaken Libya as the main
    departure point for Italy, accounting for {{59%}} of arrivals this year.""",
)

item(
    "Sea-Watch takes 156 aboard after spotter plane finds sinking dinghy",
    """Sea-Watch said its ship {{Sea-Watch 5}} took [[156 people|other;a=Sea-Watch]] aboard
    from a half-deflated rubber boat at {{33°14′N 12°41′E}}, about {{35 nautical miles}} north
    of Sabratha early on
    Saturday, after its spotter plane {{Seabird 2}} sighted the dinghy at {{6:40}} local time.
    Among those rescued were [[23 women|other]], [[seven of them|other;n=-]] pregnant, and
    [[48 children|other]], most of them travelling alone. [[Two people|killed;a=survivors]] had
    died in the bottom of the boat and [[at least five others|missing;a=survivors]] had fallen
    into the sea during the night, survivors told the crew. A Libyan coastguard patrol boat,
    {{hull number 658}}, circled the dinghy during the rescue and fired warning shots into the
    air, the crew said. Italy assigned the port of Civitavecchia, {{four days}}' sailing
    away.""",
)

item(
    "Bodies of Lebanese boat victims handed over at border crossing",
    """Syrian authorities handed over the bodies of
    [[24 Lebanese citizens|killed;a=the state-run National News Agency]] at the Arida border
    crossing on Saturday, the state-run National News Agency reported, {{five days}} after
    their boat sank off the Syrian port of Tartus. The overcrowded boat had left the Minyeh
    area north of Tripoli with [[between 120 and 150 people|other;a=relatives]] aboard,
    relatives said, most of them Lebanese, Syrians and Palestinians fleeing Lebanon's
    economic collapse. Syria's health ministry put the death toll at
    [[94|killed;a=Syria's health ministry]] on Friday and the number of survivors at
    [[20|other;a=Syria's health ministry]]. Nabil Haddad, Lebanon's caretaker transport minister,
    said [[dozens|missing;a=Nabil Haddad]] were still missing. According to UNHCR,
    [[more than 3,400 people|displaced;a=UNHCR]] tried to leave Lebanon by sea for Cyprus or
    Italy in the first {{nine months}} of the year, up from [[1,570|displaced;a=UNHCR]] in all
    of {{2021}}.""",
)

item(
    "First migrants returned to France under 'one in, one out' pilot",
    """[[Three men|returned;a=the Home Office]] who arrived in Kent by small boat in August were
    flown to Paris on Thursday, the first returns under the UK-France pilot scheme, the Home
    Office said. Under the agreement, Britain can send back
    [[up to 50 people a week|returned;p]] who have no right to remain, in exchange for taking
    in the same number of asylum seekers with family ties in the UK.
    [[More than 28,000 people|displaced;a=government figures]] have crossed the Channel so far
    this year, government figures show, about {{50%}} more than at the same point in
    {{2024}}. The Home Office said [[1,057|displaced;a=The Home Office]] made the crossing on
    Wednesday alone in [[16 boats|other;a=The Home Office]], an average of
    {{66 people per boat}}, the highest on record. French police said they had prevented
    [[more than 400 people|other;a=French police]] from boarding boats on beaches near
    Gravelines over the weekend, and arrested [[two suspected smugglers|arrested;a=French
    police]].""",
)

item(
    "Malta takes in 91 after days-long standoff over rescue zone",
    """The Armed Forces of Malta patrol boat {{P61}} brought
    [[91 migrants|other;a=a government spokesman]] to Hay Wharf on Monday after picking them
    up from a drifting wooden boat inside Malta's search and rescue zone, a government
    spokesman said. The boat had been reported in distress by the Alarm Phone hotline
    {{three days}} earlier, when it was about {{70 nautical miles}} south of the island with
    [[about 95 people|other;a=Alarm Phone]] aboard, Alarm Phone said. The hotline said
    [[four people|killed;a=The hotline;alt=Alarm Phone]] had died of dehydration before help
    arrived; the army said it had no record of any deaths. Maltese forces have rescued
    [[fewer than 400 people|other;a=UNHCR figures]] so far this year, compared with
    [[more than 3,000|other;a=UNHCR figures]] in {{2019}}, UNHCR figures show.""",
)

item(
    "EU court ruling complicates Italy's offshore asylum plan",
    """The European Court of Justice ruled on {{August 1}} that a country of origin can be
    designated as safe only if it is safe for its whole population, a decision that hit
    Italy's plan to process asylum claims in Albania. Rome has budgeted about
    {{€670 million}} over {{five years}} for the centres at Shengjin and Gjader, which opened
    in {{October 2024}}. Under the {{2023}} protocol, claims were meant to be decided within
    {{28 days}}. Opposition lawmakers say the scheme has cost more than {{€100,000}} for each
    person transferred, while officials say the accelerated procedure has cut processing times
    by {{40%}}.""",
)

item(
    "Two bodies wash up near Calais after night of Channel rescues",
    """The bodies of [[two men|killed;a=the Pas-de-Calais prefecture]], one of them a
    {{24-year-old}} Sudanese, were found on the beach
    at Sangatte early on Sunday, the Pas-de-Calais prefecture said, after a night in which
    French rescue services picked up [[more than 60 people|other;a=the Pas-de-Calais
    prefecture]] from boats in difficulty. A Dauphin helicopter and
    [[three lifeboats|other;u=other]] took part in the operations, which began shortly after
    {{1am}} when a dinghy carrying [[about 70 people|other]] deflated off Cap Blanc-Nez.
    [[Eighteen people|injured;a=the prefecture;alt=the Pas-de-Calais prefecture]] suffering
    from hypothermia were taken to hospital in Calais, the prefecture added,
    [[four of them|injured;n=-;a=the prefecture;alt=the Pas-de-Calais prefecture]] in a serious
    condition. Charities in Calais say [[the two deaths|killed;a=Charities in Calais]] bring to
    [[at least 30|killed;a=Charities in Calais]] the number of people who have died at the
    border this year.""",
)

item(
    "Balearic arrivals from Algeria hit record as 19 boats land in a day",
    """[[Nineteen small boats|other;a=the government delegation]] carrying
    [[312 people|displaced;a=the government delegation]] reached the Balearic Islands from
    Algeria on Tuesday, most of them landing on the south coasts of Formentera and Cabrera,
    the government delegation said. That takes arrivals on the islands this year to
    [[5,882|displaced;a=the interior ministry]], up {{154%}} on the same period of {{2023}},
    according to the interior ministry. The Red Cross said the temporary centre at Palma's
    port, designed for [[about 40 people|capacity;a=The Red Cross]], had held
    [[186|displaced;a=The Red Cross]] overnight. Salvamento Marítimo recovered
    [[one body|killed]] off Cabrera and was searching for [[three people|missing]] who had
    left Dellys, east of Algiers, on the same night in a {{six-metre}} boat.""",
)

item(
    "Report accuses Greek coastguard of abandoning migrants in life rafts",
    """The Greek coastguard put [[at least 2,100 asylum seekers|returned;a=the Legal Centre
    Lesvos]] into inflatable life rafts and left them to drift back towards Turkish waters
    between {{2020}} and {{2023}}, according to the Legal Centre Lesvos, which documented
    [[155 such incidents|other;u=other;a=the Legal Centre Lesvos]]. The group said
    [[at least 17 people|killed;a=The group;alt=the Legal Centre Lesvos]] had died in the
    incidents, [[nine of them|killed;n=-;a=The group;alt=the Legal Centre Lesvos]] children.
    Turkey's coast guard says it rescued [[more than 6,400 people|other;a=Turkey's coast
    guard]] last year whom it described as pushed back by Greece. The Greek shipping ministry
    rejected the findings, saying its officers had saved
    [[more than 250,000 lives|other;a=The Greek shipping ministry]] since {{2015}}.""",
)

item(
    "Italian navy ship lands first 16 migrants in Albania",
    """The Italian navy patrol ship Libra docked at Shengjin on Wednesday with
    [[16 men|displaced]] picked up in international waters south of Lampedusa, the first
    migrants to be taken to Albania under Rome's deal with Tirana. [[Ten|displaced;a=the
    interior ministry]] are from Bangladesh and [[six|displaced;a=the interior ministry]] from
    Egypt, the interior ministry said. [[Four of the men|displaced]] were sent back to Italy
    within {{48 hours}} after doctors found [[two|displaced]] of them to be minors and [[two
    others|displaced]] to be vulnerable. [[The two centres|capacity]] at Shengjin and Gjader can
    hold [[up to 3,000 people|capacity]] at any one time, and the government has said Italy
    expects to send [[36,000 people a year|displaced;p;n=people;a=the government]] there. Rights
    groups say the men were given {{seven days}} to appeal any rejection of their asylum claims.""",
)

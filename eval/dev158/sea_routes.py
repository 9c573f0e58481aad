"""The other sea routes: the Atlantic to the Canaries, the Andaman Sea and the Bay of Bengal,
the Gulf of Aden, the Caribbean, the Indian Ocean, the Aegean of 2015 and the fishermen held at
sea (14 texts with figures, 1 without)."""

from _wrap import item

item(
    "El Hierro receives record cayuco with 280 aboard",
    """A wooden cayuco carrying [[280 people|displaced;a=Spain's maritime rescue service]]
    reached the port of La Restinga on El Hierro on Saturday, the largest single boat ever to
    arrive in the Canary Islands, Spain's maritime rescue service said.
    [[Four of them|injured;n=-;a=the island's health service]] were taken to hospital with
    dehydration and hypothermia, the island's health service said. The passengers told Red
    Cross workers they had spent {{nine days}} at sea after leaving Nouadhibou in Mauritania.
    [[More than 46,800 migrants|displaced;a=interior ministry data]] reached the archipelago
    in {{2024}}, according to interior ministry data, an all-time high, while the rights group
    Caminando Fronteras estimated that [[10,457 people|killed;a=the rights group Caminando
    Fronteras]] died trying to reach Spain by sea that year, most of them on the Atlantic
    route. El Hierro, an island of [[11,000 inhabitants|civilians]], has taken in
    [[more than 19,000 people|displaced]] since January.""",
)

item(
    "Senegalese navy tows pirogue with 30 decomposed bodies into Dakar",
    """Senegal's navy said it had towed a pirogue carrying [[about 30 bodies|killed;a=Senegal's
    navy]] into the port of Dakar on Monday after it was spotted drifting some {{70 km}} off the
    coast. The boat appeared to have been adrift for at least {{11 days}}, and the bodies were
    so badly decomposed that it was not yet possible to say how many people had been on board,
    the navy said in a statement. Fishermen in Mbour said the boat had left the town in July
    with [[more than 100 young men|other;a=Fishermen in Mbour]] on board, and that their
    families had heard nothing since. Captain Ibrahima Sow, a navy spokesman, said patrols had
    intercepted [[46 pirogues|other;u=other;a=Captain Ibrahima Sow]] and brought back [[more
    than 8,000 would-be migrants|returned;a=Captain Ibrahima Sow]] to Senegal's beaches since
    January. The Atlantic route from West Africa to the Canaries is among the deadliest in the
    world; the IOM recorded [[1,154 deaths|killed;a=the IOM]] on it in {{2024}}.""",
)

item(
    "Rohingya boat lands in Aceh after weeks adrift; 20 died at sea, survivors say",
    """A wooden boat carrying [[174 Rohingya refugees|displaced;a=police]] landed on a beach in
    Indonesia's Aceh province on Monday, police said, more than {{a month}} after leaving the
    camps of Cox's Bazar in Bangladesh. Survivors told UNHCR staff that
    [[about 20 people|killed;a=Survivors]] had died during the voyage after the engine failed
    and the boat drifted for {{three weeks}} in the Andaman Sea. Among those who landed were
    [[58 women|displaced;a=UNHCR]] and [[91 children|displaced;a=UNHCR]], UNHCR said. Local
    fishermen said villagers had at first tried to push the boat back out to sea. UNHCR said
    [[more than 3,500 Rohingya|displaced;a=UNHCR]] had attempted the sea journey in {{2022}},
    and that [[at least 348|killed;a=UNHCR]] had died or gone missing, the highest toll since
    {{2014}}.""",
)

item(
    "Satun police detain 59 Rohingya found on Koh Adang",
    """Police detained [[59 Rohingya|arrested;a=Pol Maj Gen Somchai Rakthai]] who came ashore
    on Koh Adang in the Tarutao National Marine Park on Wednesday, among them
    [[22 children|arrested;a=Pol Maj Gen Somchai Rakthai]], said Pol Maj Gen Somchai Rakthai,
    the Satun provincial police chief. The Rohingya told officials they had left Sittwe in
    Myanmar's Rakhine State {{12 days}} earlier on a boat with
    [[about 150 people|other;a=The Rohingya]] aboard, and that the others had been moved onto
    [[two smaller boats|other;a=The Rohingya]] bound for Malaysia. The Royal Thai Navy said it
    was tracking [[three more boats|other;a=The Royal Thai Navy]] near the maritime border with
    Malaysia carrying [[an estimated 400 people|other;a=The Royal Thai Navy]]. Those detained
    face charges of illegal entry, punishable by up to {{two years}} in prison and a fine of
    {{4,000 baht}}. The discovery of mass graves at jungle camps in Songkhla in {{May 2015}}
    led to the conviction of [[62 people|arrested]] for human trafficking, among them a Thai
    army general.""",
)

item(
    "Dozens dead after smugglers force migrants into sea off Djibouti",
    """[[At least 45 migrants|killed;a=the International Organization for Migration]] died and
    [[more than 100|missing;a=the International Organization for Migration]] were missing
    after [[two boats|other;a=the International Organization for Migration]] capsized off the
    coast of Djibouti, the International Organization for Migration said on Tuesday. The
    boats, which had set off from Yemen, were carrying [[310 people|other;a=IOM]], most of
    them Ethiopians returning to the Horn of Africa, IOM said. Survivors said the smugglers had
    forced passengers overboard about {{150 metres}} from shore in rough seas.
    [[Thirty-two survivors|other]] were pulled from the water by the coastguard and local
    fishermen. The so-called Eastern Route through Yemen to Saudi Arabia is used by
    [[tens of thousands of Ethiopians|displaced]] each year; IOM counted
    [[more than 97,000 arrivals|displaced;a=IOM]] in Yemen in {{2023}}.""",
)

item(
    "Haitian migrant boat catches fire off north coast, killing 40",
    """[[At least 40 Haitian migrants|killed;a=the IOM]] died when the sailboat taking them to
    the Turks and Caicos Islands caught fire off Port-de-Paix on Wednesday, the IOM said.
    Haitian coast guard officials said [[41 people|other;a=Haitian coast guard officials]] had
    been rescued and taken to Port-de-Paix, where [[11|injured;a=Haitian coast guard
    officials]] were treated for burns. The vessel had left Labadie with
    [[more than 80 passengers|other]] {{two days}} earlier. Turks and Caicos authorities said
    they had repatriated [[more than 2,300 Haitians|returned;a=Turks and Caicos authorities]]
    this year, and the US Coast Guard said it had intercepted and repatriated
    [[more than 1,400 Haitians|returned;a=the US Coast Guard]] since October. The Dominican
    Republic is deporting [[about 10,000 Haitians a week|returned;a=the IOM]], according to
    the IOM.""",
)

item(
    "Kwassa-kwassa capsizes off Mayotte; 11 dead including children",
    """[[Eleven people|killed;a=the Mayotte prefecture]], [[four of them|killed;n=-;a=the Mayotte
    prefecture]] children, died when a kwassa-kwassa speedboat from the Comoros capsized on a
    reef off Mayotte overnight, the Mayotte prefecture said on Sunday. Gendarmes and
    firefighters rescued [[16 people|other]], while [[two|missing]] were still being sought at
    dawn. The boat had left Anjouan, about {{70 km}} away, with
    [[about 30 passengers|other;a=survivors]] aboard, survivors told investigators. French
    authorities intercepted [[627 kwassas|other;u=other;a=the prefecture;alt=the Mayotte
    prefecture]] and sent [[over 22,000 people|returned;a=the prefecture;alt=the Mayotte
    prefecture]] back to the Comoros last year, according to the prefecture.""",
)

item(
    "Hundreds feared dead after two Rohingya boats sink in Bay of Bengal",
    """[[Some 427 Rohingya|missing;a=the UN refugee agency]] are feared to have drowned after
    [[two boats|other;a=the UN refugee agency]] sank in the Bay of Bengal this month, the UN
    refugee agency said on Friday, in what would be the deadliest disaster at sea involving
    Rohingya this year. One boat, carrying [[267 people|other]], sank on {{May 9}}; only
    [[66|other]] survived. A second boat with [[247 people|other]] on board capsized a day
    later, leaving [[21 survivors|other]]. [[More than a million Rohingya|displaced;q=at_least;
    v=1000000]] live in camps in Cox's Bazar, where aid cuts and gang violence have pushed
    more of them to the sea. UNHCR said [[more than 7,800 Rohingya|displaced;a=UNHCR]] tried to
    cross the Andaman Sea and the Bay of Bengal in {{2024}}, and that
    [[657 of them|killed;n=-;a=UNHCR]] died or went missing.""",
)

item(
    "Coast Guard suspends search for missing Dominicans in Mona Passage",
    """The US Coast Guard said on Thursday it had suspended its search for
    [[11 people|missing;a=The US Coast Guard]] after a makeshift yola capsized in the Mona
    Passage, {{58 hours}} after the first alert. The cutter Joseph Napier and an {{HC-144}}
    aircraft searched about {{3,600 square nautical miles}}. The boat, about {{30 feet}} long,
    had left Miches with [[38 people|other;a=survivors]] aboard, survivors told Coast Guard
    crews. [[Twenty-four survivors|other;a=the Coast Guard;alt=The US Coast Guard]] were pulled
    from the water and [[three bodies|killed;a=the Coast Guard;alt=The US Coast Guard]]
    recovered, the Coast Guard said. [[All 24|returned]] were repatriated to the Dominican
    Republic on Friday. Coast Guard crews in the Caribbean stopped and repatriated [[more than
    1,900 Dominicans|returned]] in the {{2025}} fiscal year.""",
)

item(
    "Girl drowns as boat carrying migrants south capsizes off Panama",
    """A boat carrying [[21 migrants|other;a=Panama's National Migration Service]] on the
    reverse journey from Panama to Colombia capsized in rough seas off the Guna Yala coast,
    killing an {{eight-year-old}} Venezuelan girl, Panama's National Migration Service said.
    [[The other 20 passengers|other]] reached the shore and were taken to a reception centre
    in Necoclí. [[More than 2,200 migrants|returned;a=Panamanian authorities]] have headed
    back south by boat from the port of Miramar since January, most of them Venezuelans going
    home, Panamanian authorities say. The flow reversed after Washington shut off asylum
    routes, with [[fewer than 3,000 people|displaced]] crossing the Darién jungle northbound in
    the first {{four months}} of {{2025}}, against [[more than 520,000|displaced]] in all of
    {{2023}}. The boats, run by local cooperatives, charge about {{$260}} a seat.""",
)

item(
    "Australia turns back boat carrying Sri Lankans, minister confirms",
    """Australian authorities intercepted a fishing boat carrying
    [[46 Sri Lankan nationals|returned;a=the home affairs minister]] north-west of the Cocos
    Islands and flew them back to Colombo on charter flight {{UL 1906}}, the home affairs minister
    confirmed on Tuesday. Since Operation Sovereign Borders began in {{2013}}, Australia has
    turned back [[more than 40 boats|other;a=Senate estimates hearings]] carrying
    [[about 1,000 people|returned;a=Senate estimates hearings]], according to Senate estimates
    hearings. [[Thirteen men|arrested]] who came ashore near Beagle Bay in Western Australia
    last month were detained and flown to Nauru, and a crew of
    [[three Indonesians|arrested]] was charged with people smuggling.
    [[About 100 asylum seekers|arrested]] remain in detention on Nauru, where Canberra has
    spent more than {{A$4.8 billion}} on offshore processing since {{2012}}.""",
)

item(
    "Record numbers swim into Ceuta as fog covers the border",
    """[[More than 1,000 people|displaced;a=the government delegation in Ceuta]], most of them
    young Moroccans, swam into the Spanish enclave of Ceuta around the El Tarajal breakwater
    over the weekend under cover of thick fog, the government delegation in Ceuta said on
    Monday. Guardia Civil officers pulled [[54 swimmers|other]] from the water,
    [[nine of whom|injured;n=-]] needed hospital treatment for hypothermia. Spain returned
    [[about 700|returned;a=the delegation;alt=the government delegation in Ceuta]] of them to
    Morocco within {{48 hours}}, the delegation said, while
    [[around 260 minors|displaced;a=the delegation;alt=the government delegation in Ceuta]]
    were placed in shelters in the enclave, which have room for
    [[130|capacity;a=the delegation;alt=the government delegation in Ceuta]]. Morocco's
    interior ministry said it had foiled [[more than 4,500 attempts|other;u=other;a=Morocco's
    interior ministry]] to reach Ceuta since January.""",
)

item(
    "Frontex extends Atlantic patrols as budget rises",
    """The EU border agency Frontex will extend its Canaries operation, known as Hera, until
    {{December 2026}}, the agency said on Wednesday. Its budget for {{2025}} is
    {{€922 million}}, up from {{€6 million}} when it was founded in {{2005}}. Surveillance
    flights will cover about {{500,000 square kilometres}} off Mauritania and Senegal, and
    patrol vessels will operate up to {{200 nautical miles}} from the coast. Officials said
    irregular arrivals on the route had fallen {{59%}} in the first half of the year, while
    warning that departures usually rise from {{September}}.""",
)

item(
    "Hundreds of trapped fishermen leave Benjina island",
    """[[More than 320 foreign fishermen|displaced;a=officials]], most of them from Myanmar,
    were evacuated from the remote island of Benjina on Saturday aboard
    [[eight fishing boats|other;a=officials]], officials said. Many said they had been kept on
    trawlers for years, beaten and paid little or nothing; some had not been home for
    {{more than 10 years}}. The fisheries ministry said
    [[about 1,000 more foreign crew|civilians;a=The fisheries ministry]] were believed to be
    stranded on nearby islands. Investigators found the graves of
    [[at least 60 foreign fishermen|killed]] in the island's cemetery. Myanmar's embassy said
    [[all 322|returned;p;a=Myanmar's embassy]] would be flown home from Jakarta within
    {{two weeks}}.""",
)

item(
    "Lesbos overwhelmed as 7,000 arrive in one day",
    """[[About 7,000 refugees and migrants|displaced;n=refugees and migrants;a=the coast
    guard]] landed on Lesbos on Monday in [[more than 150 boats|other;a=the coast guard]], the
    coast guard said, as the flow of people from the Turkish coast showed no sign of slowing
    before winter. The government chartered [[two additional ferries|other;u=other]] to carry
    [[4,500 people|displaced;p]] to Piraeus this week. The registration centre at Moria, built
    for [[2,000 people|capacity;a=aid workers]], was holding
    [[more than 6,000|displaced;a=aid workers]], aid workers said.
    [[Five bodies|killed;a=the coast guard]] were recovered north of the island after a wooden
    boat sank in {{4-metre}} waves, the coast guard said, and
    [[11 people|missing;a=the coast guard]] were unaccounted for. UNHCR says
    [[more than 500,000 people|displaced;a=UNHCR]] have crossed to the Greek islands since
    January.""",
)

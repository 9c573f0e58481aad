"""dev311 items: the Black Sea, the Mediterranean, the Atlantic route and the Channel."""

from _wrap import item

item(
    "Missile hits civilian ship in Odesa port",
    """A Russian ballistic missile struck a container ship being loaded in the port of Odesa on
    Monday night, killing [[four people|killed;a=Governor Oleh Kiper]] and injuring
    [[six|injured;a=Governor Oleh Kiper]], Governor Oleh Kiper said. All the dead were Ukrainian
    port workers; the wounded included [[two Syrian crew members|injured]]. The blast damaged
    [[12 residential buildings|housing;a=city authorities]] and a school near the harbour, city
    authorities said, and [[35 families|displaced;a=city authorities]] were moved to temporary
    housing. Ukraine's navy said Russia had fired [[three Iskander missiles|other;a=Ukraine's
    navy]] at the port district. It was the {{fourth}} attack on Odesa's ports in {{10 days}}.
    The Antigua and Barbuda-flagged ship, of {{23,000 tonnes}}, was carrying grain for Egypt. Fire also destroyed [[two grain warehouses|housing;u=structure]] at the terminal. Emergency services said [[about 80 rescuers|other;a=Emergency services]] worked through the night.""",
)

item(
    "Grain corridor ships run the gauntlet",
    """Ukraine's maritime corridor has handled [[more than 2,000 ships|other;a=the deputy
    prime minister]] since it opened in {{August 2023}}, carrying about {{60 million tonnes}} of
    cargo, the deputy prime minister said on Thursday. Russian strikes on port infrastructure in
    Odesa region have damaged or destroyed [[more than 300 port facilities|housing;a=the
    Ukrainian navy]] and [[22 civilian vessels|other;u=other;a=the Ukrainian navy]] in the same period,
    according to the Ukrainian navy. [[At least 18 seafarers|killed]] have died in the strikes.
    Ukrainian officials said [[a further 40 ships|other;p;a=Ukrainian officials]] were expected
    to load at Pivdennyi this month. The World Food Programme said grain shipped through the corridor on its
    charters had fed [[about 1.2m people|aid;a=The World Food Programme]] in Somalia, Sudan and
    Yemen. Drone debris damaged [[14 houses|housing;a=the regional governor]] in a village near Reni this week, the regional governor said.""",
)

item(
    "Sea mine damages bulk carrier off Odesa",
    """A Panama-flagged bulk carrier hit a drifting sea mine off Odesa region on Wednesday,
    injuring [[two crew members|injured;a=Ukraine's navy]], Ukraine's navy said. [[The 11 other
    crew|displaced]] were evacuated by a pilot boat as the ship listed. The vessel was heading to
    the Danube port of Izmail to load grain. Ukraine's navy says [[hundreds of mines|other;a=Ukraine's
    navy]] laid since {{2022}} are still adrift in the north-western Black Sea. Turkey,
    Romania and Bulgaria have pooled [[six minehunters|other;u=other]] to clear them. The Turkish
    navy said it had destroyed [[15 mines|other;a=The Turkish navy]] this year. A mine
    killed [[three sailors|killed]] on a Turkish-owned cargo ship in {{December 2023}}. [[Dozens of ships|other]] waited off the Danube mouth while minehunters swept the channel.""",
)

item(
    "Naval drones sink Russian landing ship off Crimea",
    """Ukraine's military intelligence agency said on Wednesday that its naval drones had sunk the
    Russian landing ship Caesar Kunikov off Crimea's southern coast. The agency said
    [[six Magura sea drones|other;a=The agency;alt=Ukraine's military intelligence agency]] took
    part. The ship normally carries [[a crew of 87|combatants;n=crew;v=87]] and can transport
    [[up to 300 marines|combatants]]. Russia's defence ministry said its forces had destroyed
    [[five Ukrainian sea drones|other;a=Russia's defence ministry]] in the area that night. A
    Ukrainian navy spokesman said [[at least 20 sailors|killed;a=A Ukrainian navy spokesman]] may
    have died, and that Ukraine had now sunk or damaged about {{a third}} of Russia's Black Sea
    Fleet. The attack came {{two weeks}} after the sinking of the missile boat Ivanovets;
    [[about 40 sailors|missing]] aboard are believed lost.""",
)

item(
    "Oil spill from broken tankers fouls Black Sea beaches",
    """[[One crew member|killed;a=Russia's emergencies ministry]] died when the ageing tanker
    {{Volgoneft-212}} broke apart in a storm in the Kerch Strait, Russia's emergencies ministry
    said. Rescuers lifted [[all 13 crew|other]] off the {{second}} tanker, {{Volgoneft-239}}, and
    [[12 sailors|other]] from the {{first}}. The tankers were carrying about {{9,200 tonnes}} of
    fuel oil, much of which has washed up along {{50 km}} of coast near Anapa. Officials said
    [[more than 10,000 volunteers|other;a=Officials]] had joined the clean-up, and
    [[about 150 birds|other;u=other;a=Officials]] had been taken to a rehabilitation centre. Regional
    authorities declared an emergency that remains in force. Authorities in Anapa evacuated [[about 1,500 children|displaced;a=Authorities in Anapa]] from summer camps on the coast.""",
)

item(
    "Hundreds feared drowned after trawler sinks off Pylos",
    """Greek coastguard vessels and a navy frigate searched for survivors on Thursday after a
    fishing trawler packed with migrants capsized and sank {{47 nautical miles}} off Pylos. The
    coastguard said [[104 people|other;a=The coastguard]] had been rescued and
    [[78 bodies|killed;a=The coastguard]] recovered. Survivors told the UN refugee agency that
    [[as many as 750 people|civilians;a=Survivors]] had been on board, among them
    [[about 100 children|civilians;a=Survivors]] held below deck. [[Hundreds|missing]] are
    feared drowned. Police arrested [[nine Egyptian men|arrested]] suspected of being the
    smugglers. The boat had left Tobruk in Libya {{five days}} earlier, bound for Italy. Pakistan's interior minister said [[between 300 and 350 Pakistanis|missing;a=Pakistan's interior minister]] may have been aboard.""",
)

item(
    "Lampedusa overwhelmed as boats arrive",
    """[[More than 7,000 people|displaced;a=the Italian Red Cross]] arrived on Lampedusa in
    {{two days}} on [[112 boats|other;a=the Italian Red Cross]], the Italian Red Cross said on Wednesday, more than the
    island's population. The reception centre in Contrada Imbriacola, built for
    [[about 400 people|capacity]], held [[6,800|displaced]] at its peak. The Red Cross served
    [[20,000 meals|aid]] in {{24 hours}}. The interior ministry said [[a further 1,200|displaced;
    p;a=The interior ministry]] would be moved to Sicily by ferry on Thursday. A {{five-month-old}}
    baby was found dead on one of the boats. Italy recorded [[127,000 arrivals|displaced;a=Italy]] by
    sea up to mid-September. Coast guard officers said [[20 to 30 boats a day|other;a=Coast guard officers]] were still reaching the island. [[Thousands|displaced]] slept on the quay.""",
)

item(
    "Record day of Channel crossings as five die off Wimereux",
    """[[More than 1,000 people|displaced;a=the Home Office]] crossed the Channel in
    [[18 small boats|other;a=the Home Office]] on Saturday, the Home Office said, a record for a
    single day this year. On the French side, [[five people|killed;a=the maritime
    prefecture]], among them a {{seven-year-old}} girl, died in a crush aboard an overcrowded dinghy
    off Wimereux, the maritime prefecture said. French rescuers took
    [[about 60 people|other]] off the boat; the rest continued towards England. The
    Manston processing centre in Kent, with [[space for 1,600|capacity;a=the Independent Chief Inspector of Borders]], was holding
    [[about 2,400|displaced;a=the Independent Chief Inspector of Borders]], the Independent
    Chief Inspector of Borders said. [[More than 150,000 people|displaced]] have crossed since
    small boats first appeared in {{2018}}. Boats now carry [[60 to 70 people|civilians;a=officials]] each, officials say. [[Hundreds of French police officers|combatants]] patrol the beaches each night.""",
)

item(
    "Three missing after dinghy sinks off Calais",
    """French rescuers saved [[65 people|other;a=the Channel and North Sea maritime prefecture]]
    and were searching for [[three|missing;a=the Channel and North Sea maritime prefecture]]
    others after an inflatable boat sank off Calais before dawn on Sunday, the Channel and North
    Sea maritime prefecture said. [[Two of the survivors|injured]] were flown to hospital in
    Boulogne with hypothermia. Police later arrested [[two suspected smugglers|arrested;a=the
    Pas-de-Calais prosecutor]], the Pas-de-Calais prosecutor said. The boat was designed for
    [[about 20 people|capacity;a=the prefecture;alt=the Channel and North Sea maritime prefecture]] but had [[more than 70|civilians;a=the prefecture;alt=the Channel and North Sea maritime prefecture]] on board, the prefecture
    added. [[At least 78 people|killed]] died trying to cross the Channel last year. The charity {{Utopia 56}} said it had handed out [[about 200 blankets|aid;a=The charity Utopia 56]] on the beaches that night.""",
)

item(
    "Ocean Viking sent north with 234 rescued migrants",
    """The charity ship Ocean Viking rescued [[234 people|other;a=SOS Mediterranee]] in
    [[three operations|other;u=other;a=SOS Mediterranee]] off Libya on Saturday, SOS
    Mediterranee said, among them [[47 unaccompanied minors|other;a=SOS Mediterranee]]. Italy
    assigned it the port of La Spezia, {{1,300 km}} and {{four days}} away, a practice the charity
    says keeps rescue ships out of the central Mediterranean. The ship can take
    [[up to 400 survivors|capacity]]. Its medical team treated [[12 people|injured]] for fuel
    burns. Italy's interior ministry counted [[66,317 arrivals|displaced;a=Italy's interior
    ministry]] by sea last year, down from {{2023}}.""",
)

item(
    "Libyan coast guard returned 21,000 migrants",
    """[[More than 21,700 migrants|returned;a=the International Organization for Migration]]
    were intercepted at sea and returned to Libya last year, the International Organization for
    Migration said on Tuesday. [[About 1,300|killed;a=the agency;alt=the International
    Organization for Migration]] died on the central Mediterranean route and
    [[1,100|missing;a=the agency;alt=the International Organization for Migration]] are listed as
    missing, the agency said. Returned migrants are taken to detention centres run by the
    interior ministry, where [[some 5,000|arrested;a=rights groups]] are now held, rights groups
    estimate. The EU has supplied Libya's coast guard with [[14 patrol boats|other]] since
    {{2017}}. The IOM expects [[up to 25,000 people|returned;p;a=The IOM]] to be returned this year if departures keep rising.""",
)

item(
    "Hellenic Coast Guard finds four bodies off Lesbos",
    """The Hellenic Coast Guard said it had rescued [[41 migrants|other;a=The Hellenic Coast
    Guard]] and recovered [[four bodies|killed;a=The Hellenic Coast Guard]] after a dinghy
    sank north of Lesbos on Monday. [[Two children|killed]] were among the dead.
    [[Two Turkish nationals|arrested;a=coast guard officials]] were arrested as suspected
    smugglers, coast guard officials said. The survivors were taken to the Mavrovouni camp, which
    houses [[about 1,400 asylum seekers|displaced]]. Greece received [[more than 40,000 sea arrivals|displaced;
    a=UNHCR]] last year, UNHCR said. The camp was built for [[about 3,000 people|capacity]].""",
)

item(
    "Bodies of 27 migrants recovered off Sfax",
    """Tunisia's national guard recovered [[27 bodies|killed;a=a court spokesman]] after [[two boats|other;a=a court spokesman]]
    sank off Sfax overnight, a court spokesman said on Thursday. [[Another 83 people|other]] were rescued. The boats had left a beach near El Amra with
    [[about 110 passengers|civilians]], most of them from Guinea, Mali and Ivory Coast.
    Tunisian forces have intercepted [[tens of thousands of people|returned]] at sea this year and
    brought them back to shore. The Tunisian Forum for Social and Economic Rights said
    [[at least 600|missing;a=The Tunisian Forum for Social and Economic Rights]] were missing off
    the coast since {{January}}. Among the dead were [[five children|killed]]. The national guard said it had arrested [[14 Tunisian smugglers|arrested;a=The national guard]] this month. Police this month cleared [[about 20 makeshift camps|housing]] in olive groves near El Amra.""",
)

item(
    "Drone strike on Izmail port wounds 17",
    """Russian drones struck the Danube port of Izmail overnight, wounding
    [[17 port workers|injured;a=Ukraine's infrastructure ministry]], Ukraine's infrastructure
    ministry said on Wednesday. The strikes set fire to a grain silo and
    [[two warehouses|housing;u=structure]] and damaged [[40 homes|housing]] nearby.
    [[About 300 residents|displaced]] were evacuated overnight. Romanian officials said debris from
    [[one drone|other;u=other;a=Romanian officials]] had fallen on their side of the river. The Air Force
    said it had shot down [[23 of the 27 drones|other;a=The Air Force]] launched. Izmail, {{300 km}}
    from the front, has become a major route for grain since {{2023}}.""",
)

item(
    "Salvamento Marítimo rescues 189 off El Hierro",
    """Spain's maritime rescue service said it had rescued [[189 people|other;a=Spain's maritime
    rescue service]] from a wooden cayuco south of El Hierro on Sunday, among them
    [[34 women|other;a=Spain's maritime rescue service]] and [[12 children|other;a=Spain's maritime rescue service]]. [[Three people|killed]] were found dead on
    board. The boat had been at sea for {{nine days}} since leaving Mauritania. [[Almost
    47,000 people|displaced;a=Spain's interior ministry]] reached the Canary Islands by sea last
    year, Spain's interior ministry said. The islands' child protection centres, with room for
    [[about 2,000 children|capacity;a=regional authorities]], are full, regional authorities said.""",
)

item(
    "Black Sea war-risk cover gets cheaper",
    """Insurers have cut war-risk premiums for voyages to Ukraine's Black Sea ports to about
    {{1%}} of hull value, brokers said on Monday, from {{3%}} at the start of {{2024}}. A
    government-backed scheme launched with Lloyd's in {{2023}} covers up to {{$50m}} a ship. The
    Black Sea corridor stretches about {{120 nautical miles}} from Odesa to the Bosphorus along the
    Romanian and Bulgarian coasts. Shipowners said freight rates had fallen {{18%}} since the
    spring. The scheme has been extended until the end of {{June 2026}}.""",
)

item(
    "Bosphorus transit waits grow after tanker rule",
    """Tankers waited up to {{five days}} to pass through the Bosphorus this week after Turkey
    began demanding new insurance letters, shipping agents said. Delays in the strait, which is
    about {{30 km}} long and {{700 metres}} wide at its narrowest, cost owners about
    {{$40,000}} a day. Ships over {{200 metres}} must pass in daylight and at speeds below
    {{10 knots}}. The rule took effect on {{1 December}}, under the Montreux Convention of
    {{1936}}.""",
)

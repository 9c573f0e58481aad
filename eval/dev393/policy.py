"""Policy and its numbers: Italy's centres in Albania, NGO ships kept in port, Frontex and
the EU's operations, Malta, repatriations, relocation and the year's statistics (14 texts with
figures, 2 without)."""

from _wrap import item

item(
    "First migrants reach Italy's centres in Albania",
    """An Italian navy ship landed [[16 men|displaced;a=the interior ministry]] from
    Bangladesh and Egypt at the port of Shengjin in Albania on Wednesday, the {{first}}
    transfer under Rome's deal with Tirana, the interior ministry said. [[Four of them|
    displaced;n=-;a=officials]] were sent straight back to Italy, [[two|displaced;
    a=officials]] because they were minors, officials said. The remaining
    [[12 men|arrested]] were detained at the centre at Gjader, which has
    [[880 places|capacity;a=the government]] for asylum seekers and
    [[144|capacity;a=the government]] for people awaiting removal, according to the
    government. About [[295 Italian police officers|combatants]] and
    staff are stationed at the two sites. Prime Minister Giorgia Meloni has said the centres
    will eventually process [[up to 36,000 people|other;p;a=Giorgia Meloni]] a year.""",
)

item(
    "Rome court orders release of migrants held in Albania",
    """A Rome court on Friday refused to validate the detention of [[the 12 men|arrested;
    a=their lawyers]] held at Gjader, their lawyers said, ruling that Egypt and Bangladesh could
    not be considered safe countries. The men will be brought back to Italy by coastguard
    ship, officials said. The government, which has budgeted {{about 670 million euros}} over
    {{five years}} for the project, called the ruling political. By {{April 2025}}, the
    centres had held [[fewer than 100 asylum seekers|arrested;a=Action Aid]] in all, according
    to an analysis by Action Aid, while [[some 1,000 staff|other;a=Action Aid]] had been
    assigned there. The interior ministry said [[40 migrants|displaced;p;a=The interior ministry]]
    would be moved from Italian repatriation centres to Gjader the following week. Italy has
    [[ten such repatriation centres|capacity;u=structure;n=centres]], with
    [[about 1,100 places|capacity]]. Rights lawyers said [[more than 20 of the men|other;n=men;a=Rights lawyers]] later applied for asylum again in Italy.""",
)

item(
    "Ocean Viking detained for 20 days under rescue decree",
    """Italian authorities detained the Ocean Viking in the port of Ravenna for {{20 days}}
    and fined SOS Mediterranee {{3,300 euros}}, the charity said, after the ship carried out a
    {{second}} rescue without waiting for instructions. The crew had picked up
    [[41 people|other]] from a sinking boat after landing [[81 others|displaced;n=-]] in
    Ravenna. Since the decree
    came into force in {{January 2023}}, Italian authorities have carried out
    {{at least 29 detentions}} of NGO ships, NGO monitors
    said, keeping [[nine vessels|other;u=other;a=NGO monitors]] off the sea for a total of
    {{more than 600 days}}. The ship has room for [[about 200 survivors|capacity]] and a crew of
    [[32|other]]. The charity said it had rescued [[over 40,000 people|other;
    a=The charity;alt=SOS Mediterranee]] since {{2016}}.""",
)


item(
    "NGO rescue fleet shrinks as ports move north",
    """Only [[six NGO ships|other;a=Sea-Watch]] were operating in the central Mediterranean in
    October, down from [[14|other;a=Sea-Watch;u=other]] a year earlier, Sea-Watch said in a report
    on Thursday. NGO vessels rescued [[about 8,900 people|other;a=the report]] in the first
    {{nine months}} of the year, the report said, against [[more than 30,000|other;
    a=the Italian coastguard]] brought ashore by the Italian coastguard and Guardia di Finanza,
    according to the coastguard's figures. Because Italy now assigns ports as far away as
    Genoa and Marina di Carrara, the charity said, [[its three largest ships|other;
    a=the charity;alt=Sea-Watch;n=ships]] spent an average of {{nine days}} per rescue mission
    sailing to and from port. Volunteers make up most of the crews: Sea-Watch alone trained
    [[some 400 volunteers|other;a=Sea-Watch]] last year, it said. Private donors and
    churches fund the fleet, which has rescued [[more than 175,000 people|other]] since
    {{2015}}.""",
)

item(
    "Frontex: irregular crossings on central Mediterranean down by half",
    """Frontex recorded [[about 64,000 irregular crossings|displaced;a=Frontex;
    n=crossings;u=person]] on the central Mediterranean route in the first {{11 months}} of the year,
    down {{58%}} from a year earlier, the EU border agency said on Tuesday. [[Nearly 19,000|displaced]] of them were detected in September and
    October alone. The agency has deployed [[about 350 officers|combatants;
    a=The agency;alt=Frontex]] to Italy under its Operation Themis, along with
    [[four aircraft|other;a=The agency;alt=Frontex]] and [[three patrol vessels|other;
    a=The agency;alt=Frontex;u=other;n=vessels]], it said. It plans to send
    [[50 more officers|combatants;p;a=Frontex]] to Lampedusa and Pantelleria before
    the summer. Frontex said its planes had spotted [[more than 2,300 boats|other;
    a=Frontex]] this year.""",
)

item(
    "Malta's army brings 154 migrants to Valletta after rare rescue",
    """The Armed Forces of Malta rescued [[154 migrants|other;a=The Armed Forces of Malta]]
    from a wooden boat {{80 nautical miles}} south of the island on Sunday, the army said, its
    largest operation in months. [[Two of the migrants|injured;n=migrants]] were taken to Mater
    Dei hospital. Malta received [[fewer than 500 asylum seekers|displaced;a=the government]]
    by sea last year, compared with [[3,400|displaced;a=the government]] in {{2019}}, the
    government said. The survivors will be held at the Safi barracks detention centre, which
    can hold [[up to 800 people|capacity;a=the Maltese Refugee Commission]], according to the
    Maltese Refugee Commission. Alarm Phone said Malta had ignored [[at least 12 boats|other;
    a=Alarm Phone]] in distress in its search and rescue zone this year. [[About 70 soldiers|combatants;a=the army]] now guard the centre, the army said.""",
)

item(
    "Italy steps up charter flights to send Tunisians home",
    """Italy has increased deportation flights to Tunisia to [[three a week|other;v=3;n=-;u=other;a=the interior ministry]], each carrying [[up to 40 people|returned;a=the interior ministry]], the interior
    ministry said. [[About 2,900 Tunisians|returned;a=the ministry;alt=the interior ministry]]
    were repatriated last year, the ministry said, out of [[some 4,300 foreigners|returned;
    a=the ministry;alt=the interior ministry]] sent back from Italy to all countries. Under a
    deal signed in {{2011}}, Tunis accepts returns of its own citizens only. The government
    plans to open [[eight new repatriation centres|capacity;p;a=The government]] and raise the total to [[about 2,000 places|capacity;p;
    a=The government]]. Lawyers said [[more than 60 Tunisians|arrested;a=Lawyers]] were held
    in the Milan centre last month, half of them for {{more than 90 days}}.""",
)


item(
    "EU relocation pledges fall far short, Italy says",
    """EU countries pledged to take in [[about 8,000 asylum seekers|displaced;p;
    a=the European Commission]] from Italy, Malta, Greece and Cyprus under a voluntary
    solidarity scheme, the European Commission said, but only [[around 600|displaced]] had been
    relocated a year later. Germany accepted [[about 350|displaced;a=Italy's interior
    ministry]] and France [[fewer than 100|displaced;a=Italy's interior ministry]], according
    to Italy's interior ministry. Berlin suspended the scheme after Italy stopped accepting transfers under the Dublin
    rules; [[some 12,000 asylum seekers|displaced;a=German officials]] had moved on from Italy
    to Germany the year before, German officials said. Under the EU's new migration pact, member states must each year
    relocate [[30,000 people|displaced;p]] or pay {{20,000 euros}} for each person they refuse.
    Italy wants [[at least 10,000|displaced;p;a=a diplomat]] of those places for itself, a diplomat
    said.""",
)

item(
    "Humanitarian corridor brings 150 refugees from Libya to Rome",
    """A charter flight landed at Rome's Fiumicino airport on Tuesday with
    [[150 refugees|displaced;a=the Community of Sant'Egidio]] from Libya, among them
    [[37 families|displaced;a=the Community of Sant'Egidio]] and [[46 children|displaced;
    a=the Community of Sant'Egidio]], the Community of Sant'Egidio said. The Catholic
    charity and Protestant churches run the humanitarian corridors with the Italian government,
    which has agreed to admit [[1,500 more people|displaced;p;a=the charity;
    alt=the Community of Sant'Egidio]] by {{2026}}, the charity said. Since {{2016}} the
    corridors have brought [[more than 8,000 refugees|displaced]] to Italy from Lebanon,
    Ethiopia, Libya and Greece. Parishes and families across Italy host the new arrivals in
    [[about 120 flats|capacity;a=Sant'Egidio]], Sant'Egidio said, and
    [[some 300 volunteers|other;a=Sant'Egidio]] help them learn Italian.""",
)

item(
    "Fire sweeps San Ferdinando shanty town, killing farmworker",
    """A fire tore through the shanty town at San Ferdinando in Calabria overnight, killing
    [[one man|killed;a=firefighters]], a {{29-year-old}} Gambian farmworker, and destroying
    [[about 200 shacks|housing;a=firefighters;u=structure]], firefighters said.
    [[Six people|injured;a=the prefecture of Reggio Calabria]] were treated for burns, the
    prefecture of Reggio Calabria said. The camp housed [[some 1,500 migrants|displaced;
    a=the prefecture of Reggio Calabria]], most of whom arrived by boat from Libya and now pick
    oranges in the Gioia Tauro plain, it said. [[More than 400 people|displaced]] spent the
    night in the open. The nearby tent city run by the state has
    [[room for 500|capacity;n=-]] but was already full. Caritas handed out
    [[800 hot meals|aid;a=Caritas]] and [[300 blankets|aid;a=Caritas]], the charity said.""",
)


item(
    "Hundreds of migrant workers among Derna flood victims",
    """[[At least 400 foreign workers|killed;a=the International Organization for Migration]],
    many of them Egyptians and Sudanese, were among the dead in Derna after storm Daniel burst
    the dams above the city, the International Organization for Migration said.
    [[Thousands of migrants|missing]] remain unaccounted for, and the agency said
    [[about 30,000 people|displaced;a=the agency;alt=the International Organization for
    Migration]] in the city had been forced from their homes. Libyan authorities said
    [[more than 1,500 buildings|housing;a=Libyan authorities]] were destroyed or washed away.
    Egypt flew [[87 bodies|killed;a=Egypt's foreign ministry]] home for burial, Egypt's foreign
    ministry said, and sent [[15 aid trucks|aid;a=Egypt's foreign ministry]] across the border
    at Salloum. Aid workers said [[some 900 migrants|civilians;a=Aid workers]] in the city had
    no papers and feared arrest if they sought help.""",
)

item(
    "Returned by sea, then sold: migrants vanish after interception",
    """[[Hundreds of migrants|missing;a=Amnesty International]] intercepted by the Libyan
    coastguard this year have disappeared after being handed to detention centres, Amnesty
    International said. Of [[some 9,000 people|returned;a=IOM]] returned to Tripoli in the
    first half of the year, IOM said, only [[about 2,600|arrested;a=IOM]] were registered in
    official centres. Former detainees told Amnesty that guards sold them to traffickers, who
    then held them for ransom. Researchers interviewed [[53 survivors|kidnapped]] of such abductions, among them [[11 women|kidnapped]] who
    reported sexual violence. [[At least 14 people|killed;a=Amnesty]] died in captivity,
    Amnesty said. The Libyan authorities run [[more than 20 official detention centres|
    capacity]], and militias hold [[dozens of unofficial ones|
    capacity;n=-;u=structure]]. The Tripoli government did not comment.""",
)

item(
    "Operation Sophia ends after five years; Irini takes over",
    """The EU's naval Operation Sophia formally ended on {{March 31}}, having rescued
    [[almost 45,000 people|other;a=the EU's External Action Service]] off Libya since
    {{2015}}, according to the EU's External Action Service. Its ships also helped arrest
    [[151 suspected smugglers|arrested;a=the service;alt=the EU's External Action Service]]
    and destroyed [[551 boats|other;a=the service;alt=the EU's External Action Service]], the
    service said. At its peak the mission had [[some 1,800 personnel|combatants]] and
    [[nine warships|other;u=other;n=warships]]. Its successor, Irini, will enforce the UN arms
    embargo on Libya with [[three ships|other;p;a=EU officials]] and
    [[around 500 personnel|combatants;p;a=EU officials]], EU officials said, and will not
    patrol the main migrant routes. Italy and Austria had insisted the ships stay away from
    areas where they might have to pick up migrants.""",
)

item(
    "UNHCR: Sudanese now largest refugee group in Libya",
    """[[More than 240,000 Sudanese|displaced;a=UNHCR]] have crossed into Libya since war
    broke out in Sudan in {{April 2023}}, UNHCR said on Monday, most of them through the
    southeastern town of Kufra. [[About 40,000|displaced;a=the agency;alt=UNHCR]] live in
    informal sites around the town, the agency said, where [[12,000 families|aid;
    a=the agency;alt=UNHCR]] received cash assistance in the past {{six months}}. The agency
    said [[some 600 Sudanese refugees|kidnapped;a=The agency;alt=UNHCR]] had been abducted on
    the road north this year, often for ransom. Libyan authorities have detained [[about 3,000 Sudanese|arrested;a=UNHCR]]
    for irregular entry this year, UNHCR said, and deported [[more than 700|returned;
    a=UNHCR]] back to Sudan. The agency's appeal for Libya, {{$98 million}}, is {{18%}}
    funded.""",
)

item(
    "EU court limits Italy's list of safe countries",
    """The Court of Justice of the European Union ruled on {{August 1, 2025}} that a member
    state may not designate a country of origin as safe unless it is safe for its whole
    population. The judgment, in cases {{C-758/24}} and {{C-759/24}}, was referred by the
    Rome tribunal in {{2024}}. Italy had used its safe-country list to fast-track claims at
    the Albanian centres within {{28 days}}. Premier Giorgia Meloni said the ruling weakened
    Europe's borders; the new EU pact, which takes effect in {{June 2026}}, will allow such
    lists with exceptions. The decree of {{October 23, 2024}} had written the list into
    law.""",
)

item(
    "Auditors question the cost of the Albania centres",
    """Italy's Court of Auditors said on Thursday that the centres in Albania had cost
    {{about 74 million euros}} to build, {{more than twice}} the original estimate. Running
    them costs {{about 250,000 euros}} a day, opposition lawmakers say. The protocol signed by
    Giorgia Meloni and Edi Rama on {{November 6, 2023}} runs for {{five years}} and can be
    renewed. Parliament approved it in {{February 2024}} under Law {{14/2024}}. The auditors
    found that the sites had stood largely empty for {{eight months}} after opening on
    {{October 11, 2024}}.""",
)

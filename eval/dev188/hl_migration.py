"""Headlines and standfirsts of migration and displacement: boats, borders, camps, deportations
and returns (26 cards with figures, 1 without)."""

from _wrap import card

card(
    "Migrant boat sinks off Libya's Zuwara; [[61|missing;a=IOM]] feared drowned - IOM",
    """The boat had left with [[86 people|other;a=the International Organization for Migration]] on
    board, including women and children, the International Organization for Migration said.
    [[Twenty-five survivors|other]] were brought back to Libya by the coastguard.""",
)

card(
    "Sudan war: [[11m|displaced;a=UN]] now uprooted, [[3m|displaced;a=UN]] abroad – UN",
    """The UN refugee agency says [[more than 3 million people|displaced;a=The UN refugee agency]]
    have crossed into Chad, Egypt, South Sudan and other neighbours since {{April 2023}}. Inside
    Sudan, [[8.6 million|displaced;v=8600000]] are displaced, many of them {{twice}} or more.""",
    stop=False,
)

card(
    "Channel crossings: [[882 migrants|displaced;a=Home Office]] in a day, highest of year - "
    "Home Office",
    """The Home Office said [[882 people|displaced;a=The Home Office]] crossed in [[14 small
    boats|other;a=The Home Office]] on Saturday, an average of {{63 per boat}}. [[More than
    25,000|displaced]] have made the journey so far this year.""",
)

card(
    "Lampedusa: [[7,000|displaced]] arrive in {{48 hours}}, overwhelming hotspot",
    """The island's reception centre, built for [[400 people|capacity;a=the Italian Red Cross]],
    was holding [[more than 6,000|displaced;a=the Italian Red Cross]], the Italian Red Cross
    said. Mayor Filippo Mannino asked Rome to move [[at least 4,000|displaced;p;a=Mayor Filippo
    Mannino]] to the mainland.""",
)

card(
    "US border arrests fall to [[7,181|arrested;a=CBP]] in March, lowest on record – CBP",
    """Border Patrol agents apprehended [[7,181 migrants|arrested;a=Customs and Border Protection]]
    between ports of entry, Customs and Border Protection said, down from
    [[137,473|arrested;a=Customs and Border Protection]] in {{March 2024}}. The White House
    credited new asylum curbs.""",
    stop=False,
)

card(
    "Pakistan deports [[1,500 Afghans a day|returned]] as deadline passes",
    """Officials at the Torkham crossing said [[about 1,500 people a day|returned;a=Officials at
    the Torkham crossing]] were being sent back. The UN says [[more than 800,000
    Afghans|returned;a=The UN]] have left Pakistan since the campaign began in {{October 2023}}.""",
)

card(
    "[[Half a million Syrians|returned;v=500000;a=UNHCR]] back home since Assad's fall - UNHCR",
    """The UN refugee agency says [[about 500,000 Syrians|returned;a=The UN refugee
    agency;alt=UNHCR]] have returned from abroad since {{December 8}}, and [[1.2
    million|returned;v=1200000;a=The UN refugee agency;alt=UNHCR]] displaced inside the country
    have gone back to their villages. Many found their homes destroyed.""",
    stop=False,
)

card(
    "Germany: asylum applications down {{30%}} to [[229,751|other;u=other]]",
    """Applications fell for a second year, the Federal Office for Migration and Refugees said,
    with Syrians, Afghans and Turks the largest groups. Berlin deported [[20,084
    people|returned]] in {{2024}}, up {{22%}}.""",
)

card(
    "Darien Gap crossings top [[500,000|displaced;q=at_least]] in record year",
    """Panama's migration service said [[520,085 people|displaced;a=Panama's migration service]]
    crossed the jungle between Colombia and Panama in {{2023}}, among them [[113,180
    children|displaced;a=Panama's migration service]]. Venezuelans made up more than {{half}}.""",
)

card(
    "[[6.7m Ukrainians|displaced;a=UNHCR]] now refugees abroad, UNHCR says",
    """The UN refugee agency says [[about 6.7 million Ukrainians|displaced;v=6700000;a=The UN
    refugee agency;alt=UNHCR]] are recorded as refugees worldwide, [[6.2
    million|displaced;v=6200000;a=The UN refugee agency;alt=UNHCR]] of them in Europe. [[Another
    3.7 million|displaced;v=3700000]] are displaced inside Ukraine.""",
)

card(
    "Congo: [[400,000|displaced]] flee fighting near Goma in {{a month}}",
    """Aid agencies say the camps around the city, already home to [[some 650,000
    people|displaced;a=Aid agencies]], cannot take more. UNHCR said it had handed out [[2,000
    shelter kits|aid;a=UNHCR]] in Bulengo.""",
)

card(
    "Dominican Republic to deport [[10,000 Haitians a week|returned;p;a=government]], government "
    "says",
    """The government said it would send back [[up to 10,000 undocumented migrants a
    week|returned;p;a=The government]], citing crowded hospitals. Migration officials said
    [[276,000|returned;a=Migration officials]] were deported last year.""",
)

card(
    "Gaza: [[1.9m people|displaced;a=UNRWA]] displaced, nearly {{9 in 10}} - UNRWA",
    """UNRWA says [[up to 1.9 million people|displaced;v=1900000;a=UNRWA]] across the Strip have
    been forced from their homes, many of them {{several times}}. [[About 1.4
    million|displaced;v=1400000]] are crammed into Rafah.""",
    stop=False,
)

card(
    "UK asylum hotels: [[32,000|displaced]] housed at {{£6m}} a day",
    """The Home Office said [[about 32,000 asylum seekers|displaced;a=The Home Office]] were living
    in [[210 hotels|capacity;u=structure;a=The Home Office]] in June. It plans to move
    [[2,000|displaced;p;a=The Home Office]] to barges and former military bases.""",
)

card(
    "Aceh: [[152 Rohingya|displaced]] land after weeks adrift; villagers refuse them",
    """The wooden boat carried [[152 Rohingya|displaced;a=UNHCR]], [[about 70|displaced;a=UNHCR]]
    of them children, UNHCR said. Local fishermen towed it back out to sea after residents
    protested.""",
)

card(
    "Kakuma: WFP cuts rations for [[700,000 refugees|aid]]",
    """The World Food Programme said it could now give [[700,000 refugees|aid;a=The World Food
    Programme]] in Kenya only {{40%}} of a full ration, citing a {{$22m}} shortfall. Refugees in
    Dadaab are also affected.""",
)

card(
    "Lebanon: [[over 300,000|displaced]] cross into Syria as Israel widens strikes",
    """Lebanese authorities said [[310,000 people|displaced;a=Lebanese authorities]] had crossed
    the Masnaa border point in {{two weeks}}, more than {{two thirds}} of them Syrians returning
    to the country they fled.""",
)

card(
    "Med crossings: [[2,500|missing;a=IOM]] dead or missing this year - IOM",
    """The International Organization for Migration says [[2,498 people|missing;a=The International
    Organization for Migration]] have died or disappeared on Mediterranean routes, against
    [[1,553|missing;a=The International Organization for Migration]] in the same period of
    {{2022}}.""",
)

card(
    "Canary Islands: [[1,000 migrant children|displaced;p]] to be moved to mainland",
    """Madrid agreed to relocate [[1,000 unaccompanied minors|displaced;p]] after regional leaders
    said centres built for [[2,000|capacity;a=regional leaders]] were holding [[nearly
    6,000|displaced;a=regional leaders]]. Arrivals by sea reached [[46,843|displaced]] last
    year.""",
)

card(
    "Bangladesh: [[60,000|displaced;a=UNHCR]] more Rohingya arrived in {{18 months}}, UNHCR says",
    """The new arrivals have joined [[more than a million refugees|displaced;v=1000000;q=at_least]]
    in the camps of Cox's Bazar, where rations were cut to {{$6}} a month. The agency says
    [[40,000 of them|displaced;n=-;a=The agency;alt=UNHCR]] are not yet registered.""",
)

card(
    "Italy-Albania deal: first [[16 migrants|displaced]] sent to Shengjin centre",
    """An Italian navy ship brought [[16 men|displaced]] from Bangladesh and Egypt to the new
    centre, which can hold [[up to 880 people|capacity]]. Rome hopes to process [[36,000 a
    year|displaced;p;n=-;a=Rome]] there.""",
)

card(
    "EU pact: states must take [[30,000 asylum seekers a year|displaced;p;n=seekers]] or pay",
    """Under the deal, countries that refuse to take in [[at least 30,000 people|displaced;p]]
    relocated from frontline states would pay {{€20,000}} for each person not taken. Hungary and
    Poland voted against.""",
    stop=False,
)

card(
    "Chad: [[600,000 Sudanese refugees|displaced]] in Ouaddaï camps; [[200,000|displaced;p]] "
    "more expected",
    """UNHCR says [[more than 600,000 refugees|displaced;a=UNHCR]] have arrived from Darfur, and it
    expects [[another 200,000|displaced;p;a=UNHCR]] by the end of the year. Adré camp alone
    shelters [[some 230,000|displaced]].""",
)

card(
    "Cabo Delgado: insurgent raids displace [[100k|displaced;a=IOM]] in {{a week}} - IOM",
    """The IOM said [[over 99,000 people|displaced;a=The IOM]], including [[61,000
    children|displaced;a=The IOM]], had fled attacks on villages in Chiúre district. Many are
    sheltering in [[15 schools|capacity]] in Mecúfi.""",
    stop=False,
)

card(
    "Myanmar: IDPs top [[3.5m|displaced;q=at_least;a=UN]] as fighting spreads - UN",
    """The UN's humanitarian office says [[3.5 million people|displaced;v=3500000;a=The UN's
    humanitarian office]] are now displaced inside the country, [[more than 1
    million|displaced;a=The UN's humanitarian office]] of them since the {{Operation 1027}}
    offensive began. Aid has reached only [[1.2 million people|aid;v=1200000]] this year.""",
)

card(
    "Nigeria: Borno shuts Maiduguri camps housing [[2.3m IDPs|displaced]]",
    """The state government has closed [[all 10 camps|capacity;a=officials]] in the city and
    resettled [[more than 150,000 people|returned;a=officials]] in their home towns, officials
    said. Aid groups warn that many areas remain unsafe.""",
)

card(
    "UK Rwanda policy: cost hits {{£700m}} before first flight",
    """The National Audit Office said the scheme would cost {{£1.8m}} per person removed, over
    {{five years}}. Ministers had promised flights by {{spring 2024}}.""",
)

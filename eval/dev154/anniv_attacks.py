"""Anniversaries of attacks, disasters and accidents as today's news recalls them: the toll
then, the survivors and families now, the trials, the compensation and the rebuilding (14
texts, all with figures)."""

from _wrap import item

item(
    "France remembers November 13 attacks, 10 years on",
    """PARIS - France on Thursday marked {{10 years}} since the jihadist attacks of {{November
    13, 2015}}, when gunmen and suicide bombers killed [[130 people|killed]] at the Bataclan
    concert hall, on cafe terraces in the {{10th}} and {{11th}} arrondissements and outside the
    Stade de France, and wounded [[more than 350|injured;n=-]]. [[Ninety people|killed]] died
    in the Bataclan alone, where [[three gunmen|combatants]] opened fire on the crowd during an
    Eagles of Death Metal concert. President Emmanuel Macron inaugurated a memorial garden
    behind the city hall, where the names of the dead are engraved in stone. [[Hundreds of
    people|other]] later gathered outside the concert hall, which reopened a year after the
    attack. The state victims' compensation fund says it has compensated [[more than 2,600
    people|other;a=The state victims' compensation fund]]. In {{2022}}, after a trial lasting
    {{10 months}}, a special court convicted [[20 men|arrested]], among them Salah Abdeslam,
    the only surviving member of the commandos, who was sentenced to life without parole. "I
    was {{26}}, I had gone to see a band," said Arthur Denouveaux, who heads a survivors'
    association. "Now I have a daughter who asks about my scar." """,
)

item(
    "Christchurch marks five years since mosque attacks",
    """WELLINGTON - Christchurch marked {{five years}} on Friday since a white supremacist
    gunman killed [[51 worshippers|killed]] at the Al Noor mosque and the Linwood Islamic
    Centre during Friday prayers, and wounded [[40 others|injured]]. [[Hundreds of
    people|other]] attended a remembrance service in the city's botanic gardens. The attacker,
    an Australian, was sentenced in {{2020}} to life in prison without parole, the first such
    sentence in New Zealand's history. Within months of the attack the government banned
    military-style semi-automatic weapons and bought back [[more than 56,000
    firearms|other;a=police]], police said. A royal commission of inquiry made [[44
    recommendations|other;u=other]], most of which have been implemented. Victim Support said
    donations of {{NZ$10.9 million}} had been shared among [[about 160 families|aid;a=Victim
    Support]]. "I was shot {{nine times}} and I am still here," said Temel Atacocugu.""",
)

item(
    "Garissa marks a decade since university massacre",
    """GARISSA - Survivors and relatives gathered at Garissa University on Wednesday to
    remember the [[148 people|killed]], [[142 of them|killed;n=-]] students, killed when
    al-Shabaab gunmen stormed the campus at dawn on {{April 2, 2015}}. [[Seventy-nine
    people|injured]] were wounded during the {{15-hour}} siege, in which the attackers
    separated Christian students from Muslims. Kenyan commandos killed [[the four
    gunmen|killed;a=the government]] and rescued [[more than 650 students|other;a=the
    government]], the government said at the time. In {{2019}}, a Nairobi court convicted
    [[three men|arrested]] of aiding the attack, including a Tanzanian. The university reopened
    in {{January 2016}} and now has [[about 800 students|other;a=the university]] on its roll,
    the university says. "We were {{19}}, {{20}}. We should be {{29}} now," said Cynthia
    Cheroitich, who hid in a wardrobe for {{two days}}.""",
)

item(
    "Kenya, Tanzania remember embassy bombings 25 years later",
    """NAIROBI, Kenya (AP) - Survivors and families laid wreaths on Monday at the {{August
    7th}} Memorial Park in downtown Nairobi, {{25 years}} after al-Qaida truck bombs tore
    through the U.S. embassies in Kenya and Tanzania. The near-simultaneous blasts of {{August
    7, 1998}} killed [[224 people|killed]], [[213|killed;n=-]] of them in Nairobi and
    [[11|killed;n=-]] in Dar es Salaam, and wounded [[more than 4,000 people|injured]]; [[more
    than 150|injured;n=-]] were blinded by flying glass. [[Twelve Americans|killed]] were among
    the dead. [[About 300 survivors and relatives|other;n=survivors and relatives]] attended
    the ceremony. Sudan paid {{$335 million}} to victims in {{2020}} as part of a deal to be
    removed from a U.S. list of state sponsors of terrorism, but most Kenyan survivors, who
    were not American citizens, received nothing. "I lost my eye and my job," said Douglas
    Sidialo, {{60}}.""",
)

item(
    "Ten years after the quake, thousands still live in temporary shelters",
    """KATHMANDU, {{Baisakh 12}} - {{Ten years}} after the magnitude {{7.8}} Gorkha earthquake,
    the country's worst disaster in {{eight decades}}, reconstruction is largely complete but
    far from finished for everyone. The quake and its aftershocks killed [[nearly 9,000
    people|killed]], injured [[about 22,000|injured;n=-]] and destroyed or damaged [[more than
    800,000 houses|housing]] across central and western Nepal. According to the National
    Reconstruction Authority, which was dissolved in {{2021}}, [[more than 700,000
    houses|housing;a=the National Reconstruction Authority]] were rebuilt with a government
    grant of {{Rs 300,000}} per household. But [[about 3,000 families|displaced;a=the Ministry
    of Home Affairs]] still live in temporary shelters of tin and bamboo, according to the
    Ministry of Home Affairs, most of them landless or living on slopes declared unsafe. [[More
    than 7,500 school buildings|housing]] were damaged; [[over 7,000|housing;n=-;u=structure]]
    have been rebuilt. In the Kathmandu valley, [[more than 700 heritage
    monuments|housing;u=structure]] were damaged, among them the temples of the Durbar Squares
    of Kathmandu, Patan and Bhaktapur; the Department of Archaeology says [[about
    150|housing;n=-;u=structure;a=the Department of Archaeology]] are still being restored. The
    new Dharahara tower, whose collapse killed [[more than 60 people|killed]], was reopened in
    {{2021}} at a cost of {{Rs 3.5 billion}}. Donors pledged {{$4.1 billion}} in {{2015}}, of
    which {{around 90%}} has been spent. "My house was rebuilt in {{2019}}, but my son now
    works in Qatar to pay the loan," said Sete Gurung, {{58}}, of Barpak.""",
)

item(
    "Japan marks 15 years since earthquake and tsunami",
    """Japan on Wednesday marked {{15 years}} since the magnitude-{{9.0}} earthquake and
    tsunami that devastated the northeastern coast. People across the country observed a minute
    of silence at {{2:46 p.m.}}, the time the quake struck on {{March 11, 2011}}. The disaster
    killed [[15,900 people|killed]], and [[about 2,520|missing;n=-]] are still missing. [[More
    than 3,800 people|killed;a=the Reconstruction Agency]] have died of causes linked to the
    disaster, such as illness and stress in evacuation, the Reconstruction Agency says. At its
    peak, [[about 470,000 people|displaced]] were living in evacuation centres or with
    relatives. [[About 26,000 people|displaced;a=the agency;alt=the Reconstruction Agency]]
    remain evacuees, most of them from Fukushima Prefecture, where the meltdowns at the
    Fukushima Daiichi nuclear power plant forced entire towns to empty, the agency says. The
    government aims to allow [[about 2,000 more residents|returned;p;a=The government]] to go
    home to parts of Futaba and Okuma by {{2030}}. In Futaba, the town that hosts part of the
    plant, [[about 7,100 people|civilians]] lived before the disaster; [[fewer than
    200|returned;n=-;a=the town;alt=Futaba]] have come back since the evacuation order was
    partly lifted in {{2022}}, the town says. [[About 30,000 public housing units|housing]]
    have been built for survivors in Iwate, Miyagi and Fukushima. In Ishinomaki, where the
    tsunami reached {{7 meters}}, [[around 300 people|other]] gathered at a memorial park built
    on the site of a wiped-out neighborhood. Spending on reconstruction has reached about {{32
    trillion yen}}, much of it on seawalls up to {{14.7 meters}} high. At the plant itself,
    decommissioning is expected to take {{30 to 40 years}}; the first sample of melted fuel,
    weighing {{0.7 grams}}, was retrieved in {{2024}}. "I come to the sea every month," said
    Kazuko Sato, {{74}}, whose husband was never found.""",
)

item(
    "A decade after Yolanda, survivors remember and rebuild",
    """TACLOBAN CITY, Philippines - Survivors lit candles along the seawall here on Wednesday,
    {{10 years}} after Super Typhoon Yolanda (Haiyan) made landfall with winds of {{315
    kilometers}} per hour and storm surges higher than {{5 meters}}. The storm killed [[more
    than 6,300 people|killed]] in Eastern Visayas and beyond, and [[over 1,000|missing;n=-]]
    were never found. It damaged or destroyed [[over 1.1 million houses|housing;v=1100000]] and
    displaced [[more than 4 million people|displaced]]. At the Holy Cross memorial garden in
    Basper, where [[more than 2,000 victims|killed]] were buried in a mass grave, [[hundreds of
    families|other]] offered flowers and prayers. The National Housing Authority says it has
    built [[about 200,000 housing units|housing;a=The National Housing Authority]] in
    resettlement sites, but [[nearly 40,000|housing;n=-;u=structure;a=the Commission on Audit]]
    have yet to be handed over, according to the Commission on Audit, many because they lack
    water and electricity. "We lost our home, but we are still here," said fisherman Romeo
    Lagunzad, {{52}}. Yolanda was the {{25th}} storm to hit the country in {{2013}}.""",
)

item(
    "Haiti marks 15 years since earthquake as gangs drive new exodus",
    """PORT-AU-PRINCE, Haiti (AP) - Haitians marked {{15 years}} on Sunday since the magnitude
    {{7.0}} earthquake that flattened much of the capital, with few ceremonies amid the gang
    violence now gripping the city. The government put the death toll at [[more than
    300,000|killed;n=-;a=The government]], a figure some researchers have questioned, and [[1.5
    million people|displaced;v=1500000]] were left homeless on {{January 12, 2010}}. [[About
    105,000 homes|housing]] were destroyed. At the peak, survivors crowded into [[more than
    1,500 camps|capacity]] in and around the capital. The World Food Programme says it fed
    [[about 4 million people|aid;a=The World Food Programme]] in the first months. Donors
    pledged {{$13 billion}}, but a new National Palace was never built. Today gang violence has
    displaced [[more than 1 million people|displaced;a=the International Organization for
    Migration]], according to the International Organization for Migration. Some [[5,000
    people|displaced]] are sheltering in the ruins of a school in Delmas that was itself
    rebuilt after the quake.""",
)

item(
    "Beirut port blast victims' families march five years on",
    """BEIRUT - [[Thousands of people|other]] marched to Beirut's port on Monday to mark {{five
    years}} since the explosion that killed [[more than 220 people|killed]], wounded [[about
    6,500|injured;n=-]] and left [[300,000 people|displaced]] homeless. Church bells rang and
    the crowd fell silent at {{6.07pm}}, the minute a stockpile of ammonium nitrate stored at
    the port for {{six years}} blew up on {{August 4, 2020}}. The blast damaged [[about 77,000
    apartments|housing;a=the World Bank]] across the city, the World Bank has estimated. The
    culture ministry says [[640 heritage buildings|housing;a=The culture ministry]] were
    damaged, and that [[about 60|housing;n=-;u=structure;a=The culture ministry]] are still at
    risk of collapse. Judge Tarek Bitar resumed his investigation in January after a
    {{two-year}} freeze. "We will not stop until we know who killed our children," said Rima
    Zahed, whose brother was one of the [[10 firefighters|killed]] who died fighting the blaze.""",
)

item(
    "Three years after quakes, Turkey says it has rebuilt 453,000 homes",
    """ANTAKYA, Turkey, {{Feb 6}} (Reuters) - [[Thousands of people|other]] gathered in the
    city of Antakya at {{4.17am}} on Friday, the moment a magnitude {{7.8}} earthquake struck
    southern Turkey {{three years}} ago, followed hours later by a second, killing [[more than
    53,000 people|killed]] in the country and [[about 6,000|killed;n=-]] in neighbouring Syria.
    President Tayyip Erdogan said the government had delivered [[453,000
    homes|housing;a=President Tayyip Erdogan]] to survivors, fulfilling a pledge made in the
    weeks after the disaster, and that [[another 50,000|housing;p;n=-;u=structure;a=President
    Tayyip Erdogan]] would be handed over by the end of the year. But [[tens of thousands of
    people|displaced]] still live in container cities across a region home to [[some 14 million
    people|civilians]]. [[About 260 people|arrested;a=the justice ministry]], most of them
    contractors and building inspectors, have been detained pending trial over collapsed
    buildings, according to the justice ministry.""",
)

item(
    "Grenfell survivors walk in silence eight years after fire",
    """[[Hundreds of people|other]] walked in silence through north Kensington on Saturday
    evening to mark {{eight years}} since the Grenfell Tower fire, which killed [[72
    people|killed]] in the early hours of {{14 June 2017}}. The {{24-storey}} tower, still
    standing under a white wrap with a green heart at its crown, is to be taken down. The
    public inquiry's final report, published last September, found that the deaths had been
    entirely avoidable. The Metropolitan police said [[58 individuals|other;a=The Metropolitan
    police]] and [[19 organisations|other;u=other;a=The Metropolitan police]] were under
    investigation, but prosecutors have said charging decisions will not come before the end of
    {{2026}}. Kensington and Chelsea council says all [[201 households|displaced;a=Kensington
    and Chelsea council]] that lost their homes in the tower and the low-rise walkways around
    it have been offered permanent homes. It bought [[more than 300 homes|capacity]] to house
    them. Across England, [[more than 4,000 residential buildings|other;a=the housing
    ministry]] still have unsafe cladding, according to the housing ministry. "{{Eight years}},
    and not a single person charged," said Natasha Elcock, who survived the fire on the
    {{11th}} floor. The inquiry sat for {{seven years}} and cost more than {{£170m}}.""",
)

item(
    "Rana Plaza survivors still struggle a decade after collapse",
    """SAVAR, Bangladesh - [[About 1,000 garment workers|other]] marched to the site of the
    Rana Plaza building on Monday, {{10 years}} after its collapse killed [[1,134
    people|killed]] and injured [[more than 2,500|injured;n=-]] in the worst disaster in the
    history of the garment industry. The {{eight-storey}} block housed [[five garment
    factories|other;u=structure]] making clothes for Western brands. Over {{17 days}}, rescuers
    pulled [[hundreds of workers|other]] alive from the rubble, the last of them, Reshma Begum,
    {{19}}, on the {{17th}} day. [[291 victims|killed]] who could not be identified were buried
    at Jurain graveyard in Dhaka. A {{$30 million}} fund set up under the International Labour
    Organization paid compensation to [[about 5,000 claimants|other]]. But a survey by
    ActionAid found that {{54%}} of survivors are still unemployed, many unable to stand for
    long.""",
)

item(
    "Lampedusa remembers shipwreck that killed 368, ten years on",
    """LAMPEDUSA - The Italian island on Tuesday remembered the shipwreck of {{3 October
    2013}}, when a fishing boat carrying Eritrean and Somali refugees caught fire and capsized
    {{half a mile}} from the shore, killing [[368 people|killed]]. [[Only 155 people|other]]
    survived, pulled from the water by fishermen and the coastguard. {{Ten years}} on, [[about
    40 survivors|other]] came back to the island for the ceremony, some with their children.
    [[More than 28,000 people|killed;a=the International Organization for Migration]] have died
    or gone missing in the central Mediterranean since then, according to the International
    Organization for Migration. Italy has recorded [[more than 130,000 people|displaced;a=the
    interior ministry]] arriving by sea so far this year, the interior ministry says. As the
    wreath was laid, the coastguard was bringing in [[about 300 migrants|other]] rescued from
    [[six boats|other]] south of the island.""",
)

item(
    "Two years after Kakhovka dam destruction, Kherson still counts the cost",
    """{{Two years}} ago, on {{June 6, 2023}}, Russian forces blew up the Kakhovka dam on the
    Dnipro river, unleashing a flood that swept away houses on both banks. On the
    Ukrainian-controlled bank, the flooding killed [[at least 32 people|killed]], while
    [[dozens|killed]] more are believed to have died in occupied areas. [[About 80 towns and
    villages|housing;u=other;n=towns and villages]] were inundated and [[more than 11,000
    people|displaced]] were evacuated. Volunteers in boats rescued [[more than 3,000
    people|other]] from rooftops in the first days, and the UN said it had sent [[more than 30
    trucks|aid;a=the UN]] of drinking water and food. In the Kherson region alone, [[3,700
    homes|housing;a=the regional administration]] were flooded, the regional administration
    said. The reservoir that once held {{18 cubic kilometres}} of water has become a forest of
    young willows. Its loss left [[hundreds of thousands of people|civilians]] in the south
    without running water.""",
)

"""Refugees returning from Turkey, Lebanon, Jordan and Europe, IDPs leaving the north-west camps,
the homes they find, the aid they get, and the mines and unexploded ordnance that kill them
(December 2024-2026)."""

from _wrap import item

item(
    "UNHCR: 600,000 refugees and 1.2m displaced have gone home since Assad's fall",
    """UNHCR said on {{Friday}} that
    [[more than 600,000 Syrian refugees|returned;a=UNHCR]] had returned from neighbouring
    countries since {{December 8}}, along with
    [[1.2 million internally displaced people|returned;a=UNHCR]] who had gone back to their areas
    of origin. The agency expects
    [[up to 1.5 million refugees|returned;p;a=The agency;alt=UNHCR]] and
    [[2 million IDPs|returned;p;a=The agency;alt=UNHCR]] to return by the end of {{2025}} if
    funding allows. Turkey's interior ministry said
    [[about 273,000 Syrians|returned;a=Turkey's interior ministry]] had crossed back from Turkey
    over the same period. [[Some 6.2 million Syrians|displaced;a=UNHCR]] remain refugees abroad
    and [[7.4 million|displaced;a=UNHCR]] are still displaced inside the country, according to
    UNHCR. "People are voting with their feet, but many find their homes in ruins," said Gonzalo
    Vargas Llosa, the agency's representative in Syria.""",
)

item(
    "Thousands queue at Masnaa as Lebanon's return plan starts",
    """Long lines of cars and pickups loaded with mattresses and gas cylinders formed at the
    Masnaa border crossing on {{Tuesday}}, as [[thousands of Syrians|returned]] left Lebanon
    under a government-backed return plan. Lebanon's General Security said
    [[4,870 people|returned;a=Lebanon's General Security]] crossed at Masnaa and
    [[about 1,100|returned;a=Lebanon's General Security]] at the northern Arida crossing by
    nightfall. Under the plan, launched on {{July 1}}, UNHCR pays each returnee {{$100}}, and the
    International Organization for Migration says it is running
    [[up to 30 buses a day|aid;a=the International Organization for Migration]] for families
    without transport. Lebanese officials say
    [[some 1.5 million Syrians|displaced;a=Lebanese officials]] live in the country,
    [[about 750,000|displaced;a=Lebanese officials]] of them registered with UNHCR. The
    government hopes [[at least 400,000|returned;p;a=The government]] will go home before the
    end of the year. Many of those crossing said Israeli strikes on the Bekaa and rising rents
    had pushed them out more than the news from home.""",
)

item(
    "Zaatari shrinks as refugees head home to Daraa",
    """Jordan's interior ministry said
    [[about 147,000 Syrian refugees|returned;a=Jordan's interior ministry]] had gone home
    through the Jaber crossing since {{December 8, 2024}}. At Zaatari, the largest camp, the
    population has fallen to [[about 66,000|displaced;a=UNHCR]] from
    [[nearly 80,000|displaced;a=UNHCR]] {{a year}} earlier, UNHCR said.
    [[More than 12,000|returned;a=the agency;alt=UNHCR]] of the camp's residents have left for
    Syria, most of them for villages in Daraa province, the agency said. Camp managers said they
    had closed [[two schools|other;a=Camp managers]] for lack of pupils. Jordan still hosts
    [[about 540,000 registered Syrian refugees|displaced;a=UNHCR]], according to UNHCR. In
    Busra al-Harir, where many of the returnees come from, [[hundreds of homes|housing]] still have
    no roofs.""",
)

item(
    "420,000 leave north-west camps, but 1.6 million remain",
    """[[More than 420,000 people|returned;a=the UN Office for the Coordination of Humanitarian Affairs (OCHA)]]
    have left camps in north-west Syria since {{December 2024}}, the UN Office for the
    Coordination of Humanitarian Affairs (OCHA) said on {{Thursday}}. Yet
    [[about 1.6 million people|displaced;a=the office;alt=UN Office for the Coordination of Humanitarian Affairs]]
    remain in [[some 1,450 camps|capacity;a=the office;alt=UN Office for the Coordination of Humanitarian Affairs]]
    across Idlib and northern Aleppo, the office said, many because their villages in southern
    Idlib and rural Hama were flattened. Response Coordinators Syria, a local monitoring group,
    said {{62 percent}} of families still in the camps had no home to go back to. In Kafr Nabl,
    [[fewer than 100 families|returned]] have come back and
    [[an estimated 3,000 homes|housing]] were destroyed. Aid groups have handed out
    [[11,000 return kits|aid;a=the Syria Cross-border Humanitarian Fund]] with tools and plastic
    sheeting, according to the Syria Cross-border Humanitarian Fund. The camps around Atmeh, once
    home to [[more than 200,000 people|displaced]], have lost {{about a third}} of their
    residents.""",
)

item(
    "Explosive remnants have killed 249 since Assad's fall, HALO says",
    """Explosive remnants of war have killed
    [[at least 249 people|killed;a=The HALO Trust]], including
    [[60 children|killed;a=The HALO Trust]], in Syria since the fall of the Assad government, The
    HALO Trust said on {{Wednesday}}, and wounded [[379 others|injured;a=The HALO Trust]]. Many
    of the victims were farmers and families going back to villages on the former front lines in
    Idlib, Hama and Aleppo. The charity estimates that
    [[up to 300,000 mines|other;a=The charity;alt=The HALO Trust]] may still be buried across the
    country. Syria's civil defence said its teams had destroyed
    [[more than 1,800 items of unexploded ordnance|other;n=items;a=Syria's civil defence]] since
    {{January}}. HALO plans to train [[150 Syrian deminers|other;p;a=HALO]] by the end of the
    year. On {{Monday}}, [[three members|killed;a=local medics]] of {{one family}} were killed when
    their tractor hit an anti-tank mine near Kafr Zita, local medics said.""",
)

item(
    "World Bank puts Syria's rebuilding bill at $216bn",
    """The war destroyed or damaged
    [[some 328,000 housing units|housing;a=the World Bank]] across Syria, the World Bank said in
    a report on {{Tuesday}}, putting the cost of rebuilding the country at {{$216 billion}}.
    Housing accounts for {{about a third}} of the physical damage, it said. In Homs alone,
    UN-Habitat has counted [[13,800 buildings|housing;a=UN-Habitat]] damaged beyond repair. The
    agency plans to repair [[5,000 homes|housing;p;a=The agency;alt=UN-Habitat]] in {{2026}},
    mostly in Homs, Aleppo and rural Damascus.
    [[Some 1,900 schools|housing;a=the Education Cluster]] were also damaged or destroyed,
    according to the Education Cluster. In the Damascus suburb of Jobar, which was
    fought over for {{five years}}, [[fewer than 40 families|returned]] have come back.
    [[About 80 families|displaced;a=a local council member]] live in tents pitched on the rubble
    of their homes, a local council member said, and [[a dozen|displaced;u=household;a=a local council member]]
    more sleep in the basement of a mosque with no running water.""",
)

item(
    "Turkey says 411,000 Syrians have gone home",
    """[[More than 411,000 Syrians|returned;a=Ali Yerlikaya]] have gone home from Turkey since
    the fall of the Assad government, Interior Minister Ali Yerlikaya said on {{Thursday}}. Turkey
    still hosts [[2.5 million Syrians|displaced]] under temporary protection, down from
    a peak of [[3.7 million|displaced]] in {{2021}}. At the Cilvegozu gate opposite Bab
    al-Hawa, officials said [[1,500 to 2,000 people a day|returned;a=officials]] were crossing.
    Under a scheme that lets {{one member of each family}} visit Syria {{three times}} before
    deciding, [[more than 64,000 people|other;a=the interior ministry]] have made such visits,
    according to the interior ministry. Human Rights Watch said
    [[several thousand Syrians|returned;a=Human Rights Watch]] had been deported from Turkey in
    the same period, some after signing "voluntary return" forms under pressure.""",
)

item(
    "WFP halves food aid as returnees crowd Idlib's towns",
    """The World Food Programme said it had reached
    [[1.3 million people|aid;a=The World Food Programme]] with food assistance in Syria in
    {{June}}, down from [[2.8 million|aid;a=The World Food Programme]] {{a year}} earlier,
    because of funding cuts. [[About 3 million people|civilians;a=the agency;alt=The World Food Programme]]
    face severe hunger, the agency warned. In Maarat al-Numan, a town emptied by fighting in
    {{2019}}, the local council said
    [[4,500 families|returned;a=the local council]] had come back since {{December}}. A bakery
    reopened with WFP flour now turns out [[20,000 loaves a day|aid]] for
    [[about 8,000 returnees|aid]]. "We had bread before the war, then nothing, now bread again,"
    said Khaled Haj Ali, who runs it.""",
)

item(
    "UNICEF: unexploded bombs now the main killer of Syria's children",
    """UNICEF said on {{Monday}} that explosive ordnance had killed
    [[at least 116 children|killed;a=UNICEF]] and injured [[243|injured;a=UNICEF]] in Syria
    since {{December 2024}}, making unexploded bombs the leading cause of violent death among
    children in the country. [[An estimated 5 million children|civilians;a=the agency;alt=UNICEF]]
    live in areas contaminated by mines and unexploded ordnance, the agency said. Its teams have
    given risk-education sessions to [[some 800,000 children|aid]] this year. In
    Saraqib, [[four boys|killed]] {{aged between 10 and 14}} were killed on {{Saturday}} when a
    cluster bomblet they were playing with exploded. [[Two other children|injured]] were
    wounded. The Syrian Mine Action Centre, set up in {{2025}}, has marked
    [[more than 900 hazardous areas|other;u=other;a=The Syrian Mine Action Centre]], it
    said.""",
)

item(
    "Germany has paid 1,300 Syrians to go home",
    """Germany has paid [[some 1,300 Syrians|returned;a=the Federal Office for Migration and Refugees (BAMF)]]
    to go home under its assisted-return programme since the start of {{2025}}, the Federal
    Office for Migration and Refugees (BAMF) said, out of
    [[nearly 975,000 Syrians|displaced;a=the Federal Office for Migration and Refugees (BAMF)]]
    living in the country. [[About 47,000 Syrian asylum seekers|displaced]] are still waiting
    for a decision after the office froze rulings on Syrian cases in {{December 2024}}. Sweden
    said [[fewer than 200 Syrians|returned;a=Sweden]] had taken up its return grant, which rose
    to {{350,000 kronor}} in {{January}}. Austria's interior ministry said [[fewer than 50 Syrians|returned;a=Austria's interior ministry]]
    had been deported there. Interior Minister Alexander Dobrindt has said he wants
    [[tens of thousands|returned;p;a=Alexander Dobrindt]] to go back. Separately, [[about 6,700 Syrians|other]] became German citizens last year, more than any other
    nationality.""",
)

item(
    "Palestinians trickle back to a ruined Yarmouk",
    """UNRWA said on {{Wednesday}} that
    [[about 3,000 Palestine refugee families|returned;a=UNRWA]] had moved back to Yarmouk camp
    in southern Damascus, where [[160,000 Palestinians|civilians;a=UNRWA]] lived before {{2012}}. The
    agency has reopened [[four schools|other;a=The agency;alt=UNRWA]] and a clinic that now sees
    [[150 patients a day|aid;a=The agency;alt=UNRWA]], it said. [[Between 8,000 and 10,000 people|civilians]] now live in the camp. Residents have repaired
    [[nearly 1,000 homes|housing]] at their own expense, but {{40 percent}} of buildings are
    beyond repair. [[Some 438,000 Palestine refugees|civilians;a=UNRWA]] remain in Syria,
    according to UNRWA. "We came back because rent in Qudsaya costs more than our whole salary,"
    said Umm Mahmoud, {{55}}.""",
)

item(
    "Last families leave Rukban as desert camp closes",
    """The last residents of Rukban left the desert camp near the Jordanian border on
    {{Saturday}}, with [[about 120 families|returned;a=the Syrian Arab Red Crescent]] taken to
    Homs and Palmyra, the Syrian Arab Red Crescent said. At its height in {{2016}}, Rukban held
    [[more than 70,000 people|displaced]], cut off by the former government's siege. In
    {{December 2024}}, [[about 8,000|displaced]] were still there. The Red Crescent sent
    [[40 trucks|aid]] to carry families and their belongings. It said it had moved
    [[1,430 people|returned;a=the Syrian Arab Red Crescent;alt=The Red Crescent]] over {{three weeks}}.
    [[About 200 US soldiers|combatants]] remain at the nearby al-Tanf garrison, which guarded
    the area around the camp for {{nine years}}.""",
)

item(
    "Survey finds more refugees intend to return within a year",
    """A UNHCR survey published on {{4 March 2025}} found that {{27 percent}} of Syrian refugees in
    Lebanon, Jordan, Iraq and Egypt intend to return within {{12 months}}, up from {{1.7 percent}}
    in {{2024}}. In Turkey the share was {{19 percent}}. Those planning to go back cited
    security, {{80 percent}}, and family ties, {{64 percent}}, while {{one in three}} said they had
    no home left. The survey was carried out in {{January}} and {{February}}. The agency said a
    return package costs about {{$350}} per person in transport, documents and cash.""",
)

item(
    "Syria drops exchange rule at borders, Jordan extends crossing hours",
    """Syria's interior ministry said on {{January 5}} that returning citizens would no longer have
    to exchange {{$100}} at the official rate on entry, a rule in force since {{2020}}. Jordan said
    the Jaber crossing would stay open from {{8am to 10pm}}, {{seven days a week}}, from
    {{January 10}}. Lebanon cut its exit fee for Syrians to {{$20}}. Officials said queues at peak
    times had stretched for {{3 km}}. Fuel at the border costs {{13,000 pounds}} a litre.""",
)

item(
    "1,500 Afrin families go home as Tabqa shelters empty",
    """[[About 1,500 families|returned;a=the Kurdish Red Crescent]] displaced from Afrin in
    {{2018}} returned home in a convoy of [[some 400 vehicles|other;a=the Kurdish Red Crescent]]
    on {{Sunday}}, the Kurdish Red Crescent said. In {{December 2024}},
    [[more than 120,000 people|displaced;a=the organisation;alt=the Kurdish Red Crescent]] fled
    Tal Rifaat and the Shahba area as Turkish-backed factions advanced, the organisation said.
    [[About 30,000|displaced]] of them are still living in
    [[14 collective shelters|capacity]] in Tabqa and Raqqa. Returnees said
    [[hundreds of houses|housing;a=Returnees]] in Afrin's villages had been looted or damaged.
    The convoy was escorted by
    [[200 General Security personnel|combatants]] under the agreement between Damascus and the
    Syrian Democratic Forces.""",
)

item(
    "Returnees face first winter in damaged homes",
    """The Norwegian Refugee Council said it had distributed
    [[12,000 winter kits|aid;a=The Norwegian Refugee Council]] to returnees in Idlib, Hama and
    rural Damascus, reaching [[about 60,000 people|aid;a=The Norwegian Refugee Council]].
    Temperatures fell to {{minus 5C}} in parts of the Qalamoun on {{Monday}}. Many returning
    families live in homes with no windows or doors, the group said. It estimates that
    [[250,000 blankets|aid;p;a=The Norwegian Refugee Council]] are still needed. In
    Khan Shaykhun, [[between 2,000 and 2,500 families|returned]] have returned to a town where
    [[nearly 600 buildings|housing]] were flattened in {{2019}}. [[Two children|killed;a=a doctor]] died of
    carbon monoxide poisoning from a coal stove there last week, a doctor at the town's clinic
    said.""",
)

item(
    "Briquette houses stand empty as families leave the north-west",
    """Turkey's disaster agency AFAD built
    [[more than 100,000 briquette houses|capacity;a=Turkey's disaster agency AFAD]] in
    north-west Syria to replace tents, it said. Local councils say
    [[about 18,000|capacity;u=structure;a=Local councils]] of them now stand empty as families go back to
    their villages. In Kafr Lusin, [[about 7,000 families|displaced]] still live in
    [[23 camps|capacity]] along the border wall. The councils plan to turn
    [[some 2,000 units|capacity;p;a=The councils]] into housing for widows and orphans who cannot return. [[About 40 families|displaced]] from other camps have already moved into
    empty units.
    [[An estimated 160,000 people|returned;a=the Assistance Coordination Unit]] left the Kafr
    Lusin and Atmeh area in {{2025}}, the Assistance Coordination Unit said.""",
)

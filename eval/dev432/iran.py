"""Iran's deportations of Afghans, 2024-2026: Islam Qala and Milak, arrests and detention,
smugglers, the border shootings, the surge after the June 2025 war (eval/dev432)."""

from _wrap import item

item(
    "Over 500,000 Afghans forced out of Iran in weeks after war with Israel",
    """
    [[More than 508,000 Afghans|returned;a=UNHCR]] left Iran in the {{16 days}} after Tehran's
    {{July 6}} deadline for undocumented migrants, UNHCR said on Tuesday, many of them deported
    after arrest. On the busiest day, {{July 4}},
    [[about 51,000 people|returned;a=the agency;alt=UNHCR]] crossed at Islam Qala, the agency
    said. Iranian officials have said they want to remove
    [[as many as 4 million undocumented Afghans|returned;p;a=Iranian officials]] by the end of
    the Iranian year. IOM said the returnees included large numbers of families and that
    [[at least 3,400 unaccompanied children|returned;a=IOM]] had been registered at the border
    since June. The Taliban's deputy refugee minister said
    [[1,200 buses|other;a=Taliban's deputy refugee minister]] had been sent to Islam Qala to carry
    people home. [[Several thousand people|displaced]] slept in the open at the crossing each
    night. Afghan officials said
    [[22 returnees|killed;a=Afghan officials]] had died of heat exhaustion at the crossing since
    late June.
    """,
)

item(
    "Iran arrests Afghans accused of spying for Israel",
    """
    Iranian police have arrested [[hundreds of Afghan migrants|arrested;a=state media]] accused
    of working for Israel since the ceasefire of {{June 24}}, state media reported, as officials
    linked undocumented foreigners to the country's security failures. The Fars news agency said
    [[150 Afghans|arrested;a=Fars news agency]] had been detained in Tehran province alone on
    suspicion of making drones. Iran's police chief said
    [[2,000 officers|combatants;a=Iran's police chief]] had been assigned to patrol migrant
    neighbourhoods in the capital. Iran Human Rights said Iran had executed
    [[at least 80 Afghans|killed;a=Iran Human Rights]] in {{2024}}. Afghans deported from Iran
    told IOM staff at Islam Qala that they had been held for up to {{two weeks}} in detention
    camps near Mashhad, where
    [[some 5,000 people|arrested;a=Afghans deported from Iran]] were kept in tents. The Taliban's
    consulate in Mashhad said it was seeking the release of
    [[340 Afghan prisoners|arrested;a=Taliban's consulate in Mashhad]] held without charge.
    """,
)

item(
    "At Islam Qala, a reception centre built for 7,000 takes in 30,000 a day",
    """
    The reception centre at Islam Qala was designed to receive
    [[7,000 people a day|capacity;a=Herat provincial refugees directorate]], but on Thursday staff
    processed [[more than 30,000|returned;a=Herat provincial refugees directorate]], according to
    the Herat provincial refugees directorate. Aid workers said families waited for up to
    {{12 hours}} in temperatures of {{45C}} to register. WFP said it was serving
    [[40,000 hot meals a day|aid;a=WFP]] at the crossing, and UNICEF said it had trucked in water
    and built [[14 latrines|aid;a=UNICEF]]. Of the arrivals, about one in four was a deportee,
    IOM said, while the rest said they had been pushed out by arrests and evictions. Taliban
    officials said [[600 security personnel|combatants;a=Taliban officials]] had been deployed to
    keep order at the centre.
    [[Hundreds of people|displaced]] slept in the centre's yard on Thursday night. Since January,
    [[1.1 million people|returned;a=the directorate;alt=Herat provincial refugees directorate]]
    have passed through Islam Qala, the directorate said.
    """,
)

item(
    "Rights groups accuse Iranian border guards of firing on Afghan migrants",
    """
    Iranian border guards opened fire on a group of Afghan migrants crossing from Pakistan near
    Saravan in Sistan-Baluchestan province, killing
    [[at least 18 people|killed;a=Haalvsh]], according to Haalvsh, a Baluch rights group. The
    group said the migrants were part of a party of
    [[about 300 people|other;a=The group;alt=Haalvsh]] trying to enter Iran through the
    mountains at night. [[At least 40 others|missing;a=the group;alt=Haalvsh]] were unaccounted
    for, the group said. Iranian officials denied the account, saying guards had fired warning
    shots at smugglers and that no migrants were hurt. The Taliban's consulate in Zahedan said it
    had recovered [[11 bodies|killed;a=Taliban's consulate in Zahedan]] and that
    [[24 wounded Afghans|injured;a=Taliban's consulate in Zahedan]] were being treated in
    hospitals in Zahedan and Saravan. UN experts called for an investigation.
    [[Dozens of the survivors|returned;a=relatives]] were arrested and deported through Milak
    within days, relatives said.
    """,
)

item(
    "Iran says it deported 1.3 million Afghans in a year",
    """
    Iran deported [[about 1.3 million undocumented Afghans|returned;a=BAFIA]] in the Iranian year
    that ended in March, BAFIA, the interior ministry's bureau for foreign nationals, said on
    Sunday. It said Iran still hosted [[around 6 million Afghans|civilians;a=BAFIA]], of whom
    [[750,000|displaced;n=-;a=BAFIA]] held valid Amayesh refugee cards.
    [[Another 2.6 million|civilians;a=BAFIA]] had been counted in a {{2022}} headcount and given
    temporary slips, it said. [[Some 45,000 Afghans|arrested;a=the bureau;alt=BAFIA]] were arrested in Tehran in
    the last month of the year alone, according to the bureau's figures. The bureau said the
    government planned to expel
    [[2 million more|returned;p;n=-;a=The bureau;alt=BAFIA]] in the current year. UNHCR said
    returns from Iran had risen by {{60 percent}} on the previous year.
    """,
)

item(
    "Bus carrying returnees from Iran crashes in Herat, killing 79",
    """
    A bus carrying Afghans deported from Iran collided with a truck and a motorcycle in Herat's
    Guzara district on Tuesday night, killing
    [[79 people|killed;a=provincial officials]], including
    [[19 children|killed;a=provincial officials]], provincial officials said. The bus was
    travelling from Islam Qala to Kabul with
    [[about 90 passengers|returned;a=a spokesman for the provincial governor]], all of whom had
    been deported from Iran earlier in the day, a spokesman for the provincial governor said.
    [[Two people|killed]] on the motorcycle were among the dead.
    [[Three survivors|injured;a=a spokesman for the provincial governor]] were in hospital with
    serious burns, he said. The Taliban's refugee ministry said it had ordered checks on the
    [[300 buses|other;a=Taliban's refugee ministry]] it had hired for returnees.
    [[Two passengers|missing;a=officials]] were still unaccounted for late on Wednesday, officials
    said.
    """,
)

item(
    "Iran raises fees for Afghan residency slips, sets new deadline",
    """
    Iran's interior ministry said on Saturday that Afghans holding census slips issued in
    {{2022}} must leave the country by {{20 March}}, the start of the Persian new year
    {{1404}}. Those who stay after the deadline face fines of up to {{10 million rials}} a day
    and a ban on re-entry for {{five years}}, the ministry said. The fee for renewing an Amayesh
    card has risen to {{2.5 million tomans}}, about {{$40}}, officials said. Landlords and
    employers who take in undocumented Afghans face fines equal to {{six months}} of rent or
    wages. In Mashhad, {{70 percent}} of construction workers are Afghans, according to a local
    builders' association.
    """,
)

item(
    "Children make up a third of Afghans pushed out of Iran, agencies say",
    """
    Children make up about a third of the
    [[nearly 1.5 million Afghans|returned;a=Save the Children]] who have returned from Iran this
    year, Save the Children said on Wednesday. The charity said it had found
    [[6,700 unaccompanied children|returned;a=The charity;alt=Save the Children]] at Islam Qala
    and Milak since January, some {{as young as eight}}. Many had been working in Iranian cities
    to send money home, it said. UNICEF said [[1,850|displaced;a=UNICEF]] of the unaccompanied
    children were still in interim care centres in Herat, waiting to be reunited with their
    families. In Nimroz, the provincial authorities said they had taken in
    [[420 children|displaced;a=provincial authorities]] whose parents were still in detention in
    Iran, and that [[95|returned;a=provincial authorities]] of the parents had since been
    deported and reunited with them. The charity said it was giving cash to
    [[2,300 families|aid;a=The charity;alt=Save the Children]] who had taken in returnee children.
    """,
)

item(
    "Iranian police free Afghan migrants held by smugglers in Zahedan",
    """
    Police in Iran's Sistan-Baluchestan province said on Monday they had freed
    [[43 Afghan migrants|kidnapped;a=Police in Iran's Sistan-Baluchestan province]], among them
    [[seven women|kidnapped;a=Police in Iran's Sistan-Baluchestan province]] and
    [[nine children|kidnapped;a=Police in Iran's Sistan-Baluchestan province]], who had been held
    by a smuggling gang in a house in Zahedan and beaten to extract money from their families.
    [[Five members|arrested;a=the provincial police chief]] of the gang were arrested and
    [[two others|killed;a=the provincial police chief]] were killed in a shootout, the provincial
    police chief said. The migrants were handed to the immigration office for deportation to
    Afghanistan. Relatives in Herat told the BBC the smugglers had demanded {{$1,500}} a person.
    The police chief said
    [[260 migrants|kidnapped;a=The police chief]] had been freed from smugglers in the province
    since March.
    """,
)

item(
    "Mashhad municipality razes Afghan homes in Golshahr",
    """
    Municipal workers backed by police demolished [[around 150 homes|housing;a=residents]] built
    by Afghan families on the outskirts of Mashhad this week, residents said, part of a drive
    against unlicensed construction in neighbourhoods where many Afghans live. Iranian media
    quoted Mashhad's municipality as saying
    [[420 structures|housing;p;a=Mashhad's municipality]] had been marked for removal.
    [[About 900 people|displaced;a=an Afghan community leader in Golshahr]] lived in the
    demolished homes, an Afghan community leader in Golshahr said. Police detained
    [[64 men|arrested;a=relatives]] during the demolitions, and [[40|returned;a=relatives]] of
    them were deported within {{a week}}, relatives said. The Taliban's consulate in Mashhad said
    it had received complaints from
    [[hundreds of families|other;a=Taliban's consulate in Mashhad]].
    [[Dozens of women and children|displaced;n=women and children]] spent the night in a nearby
    park.
    """,
)

item(
    "Milak crossing sees record deportations as Nimroz runs short of water",
    """
    Iran deported [[11,400 Afghans|returned;a=Nimroz's refugee department]] through the Milak
    crossing into Nimroz in a single day on Saturday, Nimroz's refugee department said, a record
    for the crossing. Most of them were single men who had been arrested at work in Tehran,
    Isfahan and Shiraz. The department said the transit camp in Zaranj had space for
    [[2,500 people|capacity;a=The department;alt=Nimroz's refugee department]] and that
    [[at least 6,000|displaced;a=The department;alt=Nimroz's refugee department]] were sleeping
    outside. WFP said it had given high-energy biscuits to [[18,000 people|aid;a=WFP]] at the
    crossing over {{three days}}, and IOM said it had sent [[35 buses|other;a=IOM]] to move
    people on to Herat and Kandahar. The temperature in Zaranj reached {{47C}} on Saturday, and
    Nimroz health officials said
    [[31 people|injured;a=Nimroz health officials]] had been treated for heatstroke.
    """,
)

item(
    "Rial's slide cuts Afghan workers' remittances from Iran",
    """
    Remittances sent home by Afghan workers in Iran fell by about {{30 percent}} in the first
    half of {{2025}}, according to estimates by money changers in Herat. The Iranian rial lost
    more than {{40 percent}} of its value against the dollar over {{12 months}}, trading at about
    {{1,050,000 rials}} to the dollar in October. A construction worker in Tehran earned about
    {{$180}} a month this year, down from {{$260}} {{three years}} earlier, the World Bank said in
    a report. Hawala dealers in Islam Qala said transfers now took up to {{five days}}.
    """,
)

item(
    "Iran bars Afghans from more provinces as deportations rise",
    """
    Iran has barred Afghan nationals from living or working in
    [[16 provinces|other;u=other;a=an Iranian official]], an Iranian official said on Tuesday, as
    authorities stepped up deportations. Iran's police said
    [[27,000 Afghans|arrested;a=Iran's police]] had been arrested in Kerman and Yazd provinces in
    October, and that [[more than 20,000|returned;a=Iran's police]] of them had been deported. IOM
    recorded [[132,000 returns|returned;a=IOM]] from Iran in October, {{46 percent}} of them
    forced. Rights groups said
    [[about 600 Afghan students|other;a=Rights groups]] had been expelled from Iranian
    universities since the start of the academic year. The Taliban's refugee minister, on a
    visit to Tehran, asked Iranian officials to halt deportations during the winter and said
    [[5,000 Afghan prisoners|arrested;a=Taliban's refugee minister]] in Iranian jails should be
    transferred to Afghanistan. An Iranian border official said guards were stopping
    [[up to 2,500 people a day|other;a=An Iranian border official]] trying to cross back into Iran,
    and that [[4,000 more guards|combatants;p;a=An Iranian border official]] would be sent to the
    eastern frontier.
    """,
)

item(
    "More than 1.8 million Afghans returned from Iran in 2025, IOM says",
    """
    [[More than 1.8 million Afghans|returned;a=International Organization for Migration]]
    returned from Iran in {{2025}},
    [[about 1.1 million|returned;a=International Organization for Migration]] of them deported,
    the International Organization for Migration said in its year-end figures. The agency said
    women and girls made up {{28 percent}} of returnees from Iran, up from {{9 percent}} in
    {{2024}}, as whole families were expelled. It counted
    [[148,000 returnee households|returned;a=International Organization for Migration]] in Herat
    province alone. The Taliban's Ministry of Refugees and Repatriation said it had given cash to
    [[410,000 families|aid;a=Taliban's Ministry of Refugees and Repatriation]] and allocated land
    to [[26,000 returnee households|aid;a=Taliban's Ministry of Refugees and Repatriation]] in new
    townships. Iran's interior minister said in December that
    [[about 2 million more|returned;p;n=-;a=Iran's interior minister]] would be sent back by the
    end of the Iranian year. Aid agencies said they had received only {{31 percent}} of the money
    they sought for the returnee response.
    """,
)

item(
    "Snow and queues at Islam Qala as Iran keeps up winter deportations",
    """
    [[About 4,000 Afghans|displaced;a=Herat refugee directorate]] were stranded on the Iranian
    side of the Islam Qala crossing on Sunday after heavy snow closed the road to Herat, the
    Herat refugee directorate said. Iranian border police had deported
    [[2,300 people|returned;a=the directorate;alt=Herat refugee directorate]] through the
    crossing the previous day, the directorate said. An Afghan Red Crescent official said
    [[two elderly men|killed;a=An Afghan Red Crescent official]] had died of cold and that
    [[40 people|injured;a=An Afghan Red Crescent official]] had been treated for hypothermia.
    UNHCR said it had given [[9,000 blankets|aid;a=UNHCR]] and
    [[1,500 winter kits|aid;a=UNHCR]] to returnees since December. Snow trapped
    [[some 600 vehicles|other]] on the Herat road overnight.
    """,
)

item(
    "Afghan embassy says workers killed in Israeli strikes on Iran",
    """
    [[At least 12 Afghan nationals|killed;a=Afghan embassy in Tehran]] were killed and
    [[30|injured;a=Afghan embassy in Tehran]] wounded in Israeli strikes on Iran during the
    {{12-day}} war in June, the Afghan embassy in Tehran said on Wednesday.
    [[Three others|missing;a=the embassy;alt=Afghan embassy in Tehran]] are still missing after a
    strike on a construction site in Tehran's Shahran district, the embassy said. Since the
    ceasefire, Iranian security forces had detained
    [[more than 2,000 Afghans|arrested;a=Afghan embassy in Tehran]] on suspicion of spying, it
    said, and [[about 70|arrested;a=Afghan embassy in Tehran]] of them were still held. The
    International Rescue Committee said
    [[half a million people|returned;v=500000;a=International Rescue Committee]] had crossed back
    into Afghanistan since mid-June.
    """,
)

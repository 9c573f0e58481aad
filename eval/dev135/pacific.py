"""The Pacific: cyclones in Fiji and Vanuatu, a volcanic tsunami in Tonga, a landslide in Papua
New Guinea, an earthquake in Port Vila and a season outlook, in the idiom of the Fiji Times,
Reuters and AFP (5 texts with figures, 1 without)."""

from _wrap import item

NDMO = "the National Disaster Management Office (NDMO)"
DIRECTOR = "NDMO director Sakiusa Waqa"

item(
    "TC Winston: Death toll rises to 42, NDMO says",
    f"""The death toll from Severe Tropical Cyclone Winston has risen to [[42|killed;a={NDMO}]],
    {NDMO} confirmed yesterday. {DIRECTOR} said
    [[62,000 people|displaced;a={DIRECTOR}]] were staying in
    [[more than 700 evacuation centres|capacity;a={DIRECTOR}]] around the country, with Ba,
    Tavua, Rakiraki and Koro Island among the worst affected. On Koro,
    [[at least 350 homes|housing]] were completely destroyed, and
    [[an estimated 40,000 homes|housing]] were damaged or destroyed nationwide. In Rakiraki,
    the turaga ni koro of Nalawa said [[all 300 souls|displaced;a=the turaga ni koro of Nalawa]]
    of his village had spent the night in the church. The Government
    has distributed [[more than 21,000 ration packs|aid]] and plans to send
    [[another 15,000|aid;u=other;p]] to the outer islands this week.
    [[Over 1,000 soldiers|combatants]] of the Republic of Fiji Military Forces are helping
    clear roads and rebuild schools. Winston, a {{{{Category 5}}}} system with gusts of up to
    {{{{325km/h}}}}, made landfall on Viti Levu on Saturday night, and the Prime Minister has
    declared a {{{{30-day}}}} state of natural disaster. "Everything is gone, the church, the
    school, our homes," a villager from Nasau on Koro told this newspaper. The Fiji
    Meteorological Service said Winston was the strongest cyclone on record in the Southern
    Hemisphere. Schools in the affected areas will stay closed for {{{{two weeks}}}}, the
    Ministry of Education said.""",
)

item(
    "Vanuatu revises Cyclone Pam toll down to 11, warns of food shortages",
    """Vanuatu's National Disaster Management Office revised the death toll from Cyclone Pam down
    to [[11|killed;a=Vanuatu's National Disaster Management Office]] on Tuesday, from
    [[24|killed;a=Vanuatu's National Disaster Management Office]] reported earlier, saying some
    deaths had been counted twice.
    [[About 3,300 people|displaced;a=the office;alt=Vanuatu's National Disaster Management Office]]
    are sheltering in
    [[37 evacuation centres|capacity;a=the office;alt=Vanuatu's National Disaster Management
    Office]]
    in Port Vila, the office said. UNICEF said [[132,000 people|civilians;a=UNICEF]],
    {{more than half}} of the population, had been affected. Aid workers who reached Tanna
    island said {{80 per cent}} of homes there had been flattened. The Australian air force has
    delivered [[10 tonnes|aid]] of supplies, and the World Food Programme plans to feed
    [[up to 60,000 people|aid;p;a=the World Food Programme]] for {{two weeks}}. Pam struck on
    Friday night with winds of {{250 km/h}}.""",
)

item(
    "Tonga confirms three dead after volcano tsunami, homes wiped out on outer islands",
    """[[Three people|killed;a=Tonga's government]] were killed by the tsunami triggered by
    Saturday's eruption of the Hunga Tonga-Hunga Ha'apai volcano, Tonga's government said on
    Tuesday in its first statement since the disaster. All houses on Mango island were
    destroyed, along with [[56 houses|housing;a=the government;alt=Tonga's government]] on
    Fonoifua and Nomuka, the government said. Waves of up to {{15 metres}} hit the west coast
    of Tongatapu, where [[dozens of homes|housing]] were badly damaged.
    [[The 62 residents|displaced]] of Mango have been moved to the main island. The UN said
    [[about 84,000 people|civilians;a=The UN]], or {{84%}} of the population, had been affected
    by ash and waves. New Zealand and Australia have sent [[two navy ships|aid]] carrying water
    and relief supplies, and communications remain limited after the undersea cable was cut
    {{37 km}} offshore.""",
)

item(
    "PNG landslide: UN agency estimates 670 dead; government tells UN 2,000 buried",
    """[[More than 670 people|killed;a=the International Organization for Migration]] are
    estimated to have died in a landslide that buried Yambali village in Papua New Guinea's Enga
    province, the International Organization for Migration said on Sunday, raising its earlier
    estimate of [[100|killed;a=the International Organization for Migration]]. PNG's National
    Disaster Centre told the United Nations in a letter that
    [[more than 2,000 people|killed;a=PNG's National Disaster Centre]] had been buried alive. So
    far [[five bodies|killed]] have been recovered, as villagers dig with spades, sticks and bare
    hands through debris up to {{eight metres}} deep. The IOM said
    [[more than 150 houses|housing;a=The IOM]] had been buried and
    [[about 1,250 people|displaced;a=The IOM]] displaced. Officials said
    [[about 7,800 people|displaced;p;a=Officials]] living below the unstable slope may need to
    be evacuated. The landslide struck at around {{3 a.m.}} on Friday, when most residents were
    asleep.""",
)

item(
    "Port Vila quake: 14 dead as rescuers search collapsed buildings",
    """[[At least 14 people|killed;a=the National Disaster Management Office]] were killed and
    [[more than 200|injured;a=the National Disaster Management Office]] injured when a
    {{magnitude 7.3}} earthquake struck near Port Vila on Tuesday, the National Disaster
    Management Office said. [[Two buildings|housing]] in the city's business district
    collapsed, trapping [[at least 10 people|civilians]], and rescuers pulled
    [[two people|other]] out alive overnight. The quake hit at {{12.47pm}} at a depth of
    {{57 kilometres}}, and the government declared a {{seven-day}} state of emergency with a
    curfew from {{6pm}}.""",
)

item(
    "Fiji Met Service warns of above-average cyclone season",
    """The Fiji Meteorological Service says the {{2025-2026}} tropical cyclone season, which runs
    from {{November 1}} to {{April 30}}, is likely to be more active than normal, with La Niña
    conditions expected to persist into the new year. Sea surface temperatures around the group
    are {{0.5 to 1 degree Celsius}} above average, and rainfall is expected to be
    {{20 to 30 per cent}} above normal in the Western Division, the service said. The director
    said the anniversary of Winston, which struck on {{February 20, 2016}}, was a reminder that
    a severe system could cross the group at any time. Members of the public can call the NDMO
    toll-free line on {{913}} for updates.""",
)

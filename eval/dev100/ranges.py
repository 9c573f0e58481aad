"""Tolls given as ranges, upper bounds and revisions across the set's places, 2016-2025: "between
A and B", "A-B", "A to B", "up to", "as many as", "no more than", "fewer than", a toll raised."""

from _wrap import item

item(
    "Up to 25 gunmen in Gashish attack, police say",
    """Police in Plateau State said [[between 20 and 25 gunmen|combatants;a=Police in Plateau
    State]] took part in the attack on Gashish district on Sunday night, arriving on
    motorcycles. Residents said [[as many as 40 houses|housing;a=Residents]] were burned. The
    death toll rose from [[36|killed;a=the police]] to [[51|killed;a=the police]] on Tuesday as
    more bodies were found, the police said.""",
)

item(
    "Officials struggle to count Jonglei cattle losses",
    """Officials in Jonglei estimate that [[15,000-20,000 cattle|other;a=Officials in Jonglei]]
    were taken in raids on Duk and Twic East counties this month. The state information minister
    said [[up to 60 people|killed;a=The state information minister]] may have been killed,
    though only [[23 bodies|killed;a=The state information minister]] had been recovered.""",
)

item(
    "Few guns handed in as Kerio Valley amnesty ends",
    """[[Fewer than 100 guns|other;a=the regional police commander]] have been surrendered in
    the Kerio Valley since a {{30-day}} amnesty began, against a target of
    [[5,000|other;p;u=other;a=the regional police commander]], the regional police commander
    said. Forcible disarmament will begin on {{Monday}}.""",
)

item(
    "Gedeo returnees go back to burned villages",
    """[[Between 300 and 400 households|returned;a=zone officials]] went back to villages in
    Kochere woreda last week, zone officials said, though many found their homes burned. The
    officials said [[no more than 30 police officers|combatants;a=The officials;alt=zone
    officials]] were available to protect the returnees.""",
)

item(
    "Arrivals at Ituri sites climb",
    """[[200 to 300 new arrivals a day|displaced;a=aid workers]] are reaching displacement sites
    around Bunia, aid workers said, after attacks on villages in Djugu. The Rhoe site, meant for
    [[up to 25,000 people|capacity;a=the Norwegian Refugee Council]], now holds [[more than
    40,000|displaced;a=the Norwegian Refugee Council]], according to the Norwegian Refugee
    Council.""",
)

item(
    "Manipur houses burned: estimates vary",
    """[[Between 4,000 and 5,000 houses|housing;a=civil society groups]] were burned in the
    first {{two months}} of the violence in Manipur, civil society groups estimated. The state
    government put the figure at [[4,786|housing;u=structure;a=The state government]] and said
    [[386 religious buildings|housing;a=The state government]] had been damaged.""",
)

item(
    "Kurram toll could pass 130, elders say",
    """Tribal elders in Kurram said on Sunday that [[as many as 130 people|killed;a=Tribal
    elders in Kurram]] had been killed in {{10 days}} of fighting, far above the official toll
    of [[at least 82|killed]]. Hospitals in Parachinar and Sadda reported treating [[about 190
    wounded|injured;a=Hospitals in Parachinar and Sadda]].""",
)

item(
    "Enga toll estimates range widely",
    """Estimates of the number killed in the Enga ambush range from [[26 to 64|killed]],
    depending on whether deaths in the surrounding bush are counted. Police said [[17
    men|arrested;a=Police]] had been detained and [[three guns|other;a=Police]] seized.""",
)

item(
    "Para land occupation: hundreds of families camp on estate",
    """[[Between 400 and 500 landless families|other;a=the Landless Workers' Movement]] have set
    up camp on a cattle estate in southern Para, the Landless Workers' Movement said, demanding
    that the land be used for agrarian reform. A court gave them {{15 days}} to leave.""",
)

item(
    "Few families left in Chiapas hamlet",
    """[[No more than 15 families|civilians;a=the parish priest]] remain in the Chiapas hamlet
    of Santa Martha, the parish priest said, after [[more than 90 families|displaced;a=the
    parish priest]] left over the past year because of gunfire from a neighbouring community.
    The diocese has asked for a permanent police post.""",
)

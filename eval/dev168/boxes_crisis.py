"""Disasters, evacuations and journeys "in numbers", 2019-2025 (6 texts with figures, 1
without)."""

from _wrap import item

item(
    "Cyclone Idai in numbers",
    """Cyclone Idai made landfall near Beira, Mozambique, on the night of {{14 March}} with winds
    of {{up to 177 km/h}}, then stalled over the region for days.

    Dead: [[603|killed;a=official tallies]] in Mozambique, [[344|killed;a=official tallies]] in
    Zimbabwe and [[60|killed;a=official tallies]] in Malawi, official tallies show.

    Affected: [[1.85 million people|civilians;a=the UN]] in Mozambique, the UN says.

    Homes: [[More than 240,000 houses|housing]] damaged or destroyed.

    Shelter: [[About 146,000 people|displaced]] were living in
    [[155 accommodation sites|capacity]] a month after the storm.

    Crops: {{715,000 hectares}} flooded, most of them just before the harvest.

    Cholera: [[6,700 cases|other]] and [[eight deaths|killed]] in Beira by mid-April, before a
    vaccination campaign reached [[900,000 people|aid]].""",
)

item(
    "Venezuela's exodus, in maps and charts",
    """[[7.9 million Venezuelans|displaced;a=R4V]] have left their country since {{2014}},
    according to {{R4V}}, the UN-backed platform that tracks them, making it the
    {{second-largest}} displacement crisis abroad in the world, after Syria's. Colombia hosts
    [[2.8 million|displaced]], Peru
    [[1.6 million|displaced]] and Brazil [[about 600,000|displaced]]. Panama's migration service
    says [[some 520,000 people|displaced;a=Panama's migration service]] crossed the Darién jungle
    in {{2023}}, [[328,000|displaced;a=Panama's migration service]] of them Venezuelans. The IOM
    has recorded [[at least 229 migrants|killed;a=The IOM]] dead or missing on the Darién route
    since {{2018}}, a figure it says is far below the real toll. Caracas says its Vuelta a la
    Patria programme has flown [[about 30,000 migrants|returned;a=Caracas]] home. Those who left
    sent home an estimated {{$4 billion}} in remittances last year.""",
)

item(
    "Ten years of counting the Mediterranean's dead, in numbers",
    """The International Organization for Migration has recorded
    [[more than 31,000 people|killed;a=The International Organization for Migration]] dead or
    missing in the Mediterranean since it began counting in {{2014}}. The deadliest year was
    {{2016}}, with [[5,136|killed]]; in {{2023}}, [[about 3,100|killed]] died or went missing.
    The central route from Libya and Tunisia to Italy accounts
    for {{about three-quarters}} of the deaths. The single worst shipwreck of the decade came off
    Pylos, Greece, in {{June 2023}}: [[82 bodies|killed]] were recovered, but survivors said
    [[up to 750 people|other;a=survivors]] had been on board. Only [[104|other]] survived.
    Arrivals rose again that year: [[more than 157,000 people|displaced;a=Italy's interior
    ministry]] reached Italy by sea in {{2023}}, the most since {{2016}}, Italy's interior
    ministry says.""",
)

item(
    "Hurricane Melissa in numbers",
    """Melissa made landfall in south-western Jamaica on {{October 28}} as a {{Category 5}}
    hurricane with sustained winds of {{185 mph}}, tying the strongest Atlantic landfall on
    record.

    Dead: [[At least 45 people|killed;a=officials]] in Jamaica and [[43|killed;a=officials]] in
    Haiti, where flooding from the storm's outer bands swept away homes, officials said.

    Shelters: [[More than 25,000 people|displaced]] were in [[about 880 shelters|capacity]]
    across Jamaica at the storm's peak.

    Power: {{77%}} of Jamaica Public Service customers lost electricity.

    Damage: Prime Minister Andrew Holness said [[about 120,000 homes|housing;a=Prime Minister
    Andrew Holness]] had lost their roofs or been destroyed.

    Evacuations: Cuba moved [[more than 735,000 people|displaced]] out of the storm's path.

    Cost: {{$8.8 billion}}, or {{41%}} of Jamaica's GDP, by one estimate.""",
)

item(
    "The Kabul airlift in numbers",
    """The US-led airlift from Kabul ended on {{August 30}}, a day ahead of the deadline.
    [[More than 123,000 people|displaced;a=the Pentagon]] were flown out in {{17 days}}, the
    Pentagon says, [[about 6,000 Americans|displaced;a=the Pentagon]] among them. At the peak,
    on {{August 23}}, [[about 21,600 people|displaced]] left in a {{24-hour}} period aboard
    [[about 90 flights|other]]. A suicide bombing at the airport's Abbey Gate on {{August 26}}
    killed [[13 US service members|killed]] and [[about 170 Afghans|killed]]. The US had
    [[about 5,800 troops|combatants]] at the airport at the height of the operation. Washington
    says [[fewer than 200 Americans|civilians;a=Washington]] who wanted to leave were left
    behind.""",
)

item(
    "Los Angeles fires in numbers",
    """The Palisades and Eaton fires broke out on {{7 January}}, driven by Santa Ana winds
    gusting to {{100mph}}.

    Dead: [[29 people|killed;a=the county medical examiner]], [[17|killed;a=the county medical
    examiner]] in the Eaton fire and [[12|killed;a=the county medical examiner]] in the
    Palisades, the county medical examiner says.

    Buildings: [[More than 16,000 structures|housing;a=Cal Fire]] destroyed, most of them homes,
    according to Cal Fire.

    Evacuations: At the height of the fires, [[more than 200,000 people|displaced;p]] were
    ordered to leave their homes.

    Firefighters: [[More than 14,000 personnel|other]], some of them from Mexico and Canada.

    Area burned: {{more than 150 square kilometres}}.

    Cost: estimates of insured losses run from {{$28bn to $45bn}}.""",
)

item(
    "Ukraine's reconstruction bill, in numbers",
    """Rebuilding Ukraine over the next decade will cost an estimated {{$524 billion}},
    according to the {{fourth}} Rapid Damage and Needs Assessment, published in
    {{February 2025}} by the World Bank, the European Commission, the UN and the Ukrainian
    government. That is {{2.8 times}} the country's expected economic output for {{2024}}.
    Housing is the largest single need, at {{$84 billion}}, followed by transport at
    {{$78 billion}} and energy at {{$68 billion}}. {{13%}} of the housing stock has been damaged
    or destroyed. Direct damage alone has reached {{$176 billion}}. The assessment covers the
    period from {{24 February 2022}} to {{31 December 2024}}.""",
)

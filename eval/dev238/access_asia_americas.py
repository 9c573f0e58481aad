"""dev238 items: Myanmar, Haiti, eastern DR Congo and Tigray, 2014-2026."""

from _wrap import item

item(
    "Junta blocks aid to Rakhine as WFP warns of famine",
    """
    The World Food Programme said on Monday that [[more than 2 million people|civilians;a=The World Food Programme]]
    in Rakhine state were at risk of starvation after the military blocked road and river
    routes from Yangon. [[Only two of its 20 trucks|aid;a=the agency;alt=The World Food Programme]] were allowed through
    the Ann checkpoint last month, the agency said. The Arakan Army said it had detained
    [[about 150 soldiers|arrested;a=The Arakan Army]] who surrendered at Ann, and that
    [[some 40,000 residents|displaced;a=The Arakan Army]] had fled fighting around Sittwe.
    """,
)

item(
    "Earthquake aid convoys held at checkpoints in Sagaing",
    """
    Relief convoys carrying tents and medicine to quake-hit Sagaing were stopped at military
    checkpoints for up to {{two days}}, aid workers said, as the death toll passed
    [[3,600|killed;a=the junta;n=-]] according to the junta. The UN said
    [[at least 5,000 people|injured;a=The UN]] had been hurt and
    [[more than 17,000 buildings|housing;a=The UN]] damaged. [[About 50 trucks|aid]] from China
    crossed at Muse. Resistance groups said soldiers had arrested
    [[three volunteers|arrested;a=Resistance groups]] delivering rice to Mandalay. The junta
    said [[hundreds|missing;a=The junta;n=-]] were still missing.
    """,
)

item(
    "Haiti: gangs hijack WFP trucks on Route Nationale 2",
    """
    Armed gangs hijacked [[eight WFP trucks|aid;a=the World Food Programme]] on the road south
    of Port-au-Prince on Thursday, the World Food Programme said, and held
    [[four drivers|kidnapped;a=the World Food Programme]] for {{two days}}. The IOM said
    [[more than 1 million people|displaced;a=The IOM]] were now displaced in Haiti, about
    [[200,000|displaced;a=The IOM;n=-]] of them in [[more than 100 sites|capacity;a=The IOM]] in the capital.
    Kenyan-led police said [[about 1,000 officers|combatants;a=Kenyan-led police]] were now
    deployed. WFP has flown food to Jérémie by helicopter since the road was cut.
    """,
)

item(
    "Goma: aid warehouses looted as M23 takes the city",
    """
    Warehouses of the World Food Programme and UNICEF in Goma were looted after {{M23}} fighters
    entered the city in {{January 2025}}, the UN said, with
    [[about 7,000 tonnes|aid;a=the UN]] of food lost. The Congolese health ministry said
    [[more than 2,900 people|killed;a=The Congolese health ministry]] had been killed, and hospitals
    treated [[about 2,800 wounded|injured]]. [[Some 700,000 people|displaced;a=OCHA]] fled camps
    around the city, OCHA said, and [[thousands|returned;n=-]] headed back to Masisi and Rutshuru.
    The rebels said they had captured [[about 1,200 Congolese soldiers|arrested;a=The rebels]].
    Goma airport, closed since the offensive, remains shut to aid flights.
    """,
)

item(
    "Tigray convoy reaches Mekelle after months of blockade",
    """
    A convoy of [[more than 150 trucks|aid;a=the World Food Programme]] reached Mekelle on
    Friday, the World Food Programme said, the first since {{June}}. The agency said
    {{only 10 percent}} of needed supplies had entered the region in {{2021}}, and that
    [[more than 500 trucks|aid;a=The agency;alt=the World Food Programme]] had gone in and not come out.
    Ethiopian police detained [[at least 70 truck drivers|arrested;a=the UN]] in Semera, the UN
    said, most of them ethnic Tigrayans. [[About 5.2 million people|civilians;a=OCHA]] in Tigray
    need food aid, OCHA said, and [[some 400,000|civilians;a=OCHA;n=-]] are living in famine
    conditions. [[Three aid workers|killed]] were killed in Tigray the same week.
    """,
)

item(
    "Tigray aid suspended over diversion, UN says",
    """
    USAID and WFP suspended food aid to Tigray in {{May 2023}} after finding that supplies were being
    diverted, including sales worth about {{$10 million}} in local markets. The pause lasted
    {{five months}}. Officials said about {{90 percent}} of the population relied on aid, and
    prices for a {{50 kg}} sack of wheat doubled in {{June}}.
    """,
)

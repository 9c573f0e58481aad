"""dev238 items: Sudan (Adre, Darfur, El Fasher, Tawila, Kordofan, Khartoum, Port Sudan) and
eastern Chad, 2023-2026."""

from _wrap import item

item(
    "First UN convoy in months crosses at Adre into West Darfur",
    """
    A convoy of [[15 trucks|aid;a=the World Food Programme]] carrying sorghum, pulses and
    nutrition supplies crossed from Chad into West Darfur through Adre on Tuesday, the World
    Food Programme said, a day after Sudan's army-backed government reopened the crossing for
    {{three months}}. The cargo, [[about 400 tonnes|aid]] in all, is enough for
    [[roughly 13,000 people|aid;p]] for a month. WFP said it planned to send
    [[up to 130 trucks|aid;a=WFP;p]] through Adre in the coming weeks. The agency estimates
    that [[more than 750,000 people|civilians;a=The agency;alt=WFP]] in Darfur face
    catastrophic hunger. The Adre route, a distance of about {{300 km}} to El Geneina and
    Zalingei, had been closed since {{February}}.
    """,
)

item(
    "Drivers abducted as RSF fighters stop convoy on road to El Fasher",
    """
    Gunmen from the Rapid Support Forces stopped a convoy of
    [[16 trucks|aid;a=UNICEF]] bound for El Fasher near Kutum on Saturday and abducted
    [[five drivers|kidnapped;a=UNICEF]], UNICEF said. [[Two others|injured]] were wounded when the
    fighters fired at the lead vehicle. [[Three of the trucks|aid;n=trucks]] were burned and the rest were driven
    away with their cargo of therapeutic food, enough to treat
    [[about 4,000 children|aid;p]]. The RSF denied its men were involved and said it had
    deployed [[a force of 300 fighters|combatants;a=The RSF;n=fighters]] to secure the
    road. The drivers, all Sudanese, were released on Wednesday, the trucking company said.
    """,
)

item(
    "WFP convoy struck near Mellit as El Fasher siege tightens",
    """
    [[Five members|killed;a=the agency;alt=World Food Programme;n=members]] of a World Food Programme convoy, all of them
    drivers and loaders, were killed when a drone struck the trucks near Mellit in North Darfur on
    Monday night, the agency said. The convoy of [[15 vehicles|aid]] was
    heading to the besieged city of El Fasher, where [[an estimated 260,000 civilians|civilians;a=UNICEF]],
    half of them children, remain trapped, according to UNICEF. A
    further [[five trucks|aid]] were damaged. WFP has not reached the city by road since
    {{April}}. The Sudanese Armed Forces said [[about 2,000 RSF fighters|combatants;a=The Sudanese Armed Forces]]
    were massing to the west of the city, and local monitors reported
    [[more than 40 civilians|killed;a=local monitors]] killed in shelling of the Abu Shouk camp
    over the weekend.
    """,
)

item(
    "Tawila swells as families flee Zamzam camp after RSF assault",
    """
    [[More than 400,000 people|displaced;a=the International Organization for Migration]] fled
    the Zamzam camp after the Rapid Support Forces overran it in {{April 2025}}, the
    International Organization for Migration said, most of them walking the {{60 km}} to Tawila.
    Médecins Sans Frontières said its teams in Tawila had treated
    [[about 180 people|injured;a=Médecins Sans Frontières]] for gunshot wounds in {{three days}}.
    Local officials counted [[at least 40,000 families|displaced;a=Local officials]] living in the
    open, with [[only 11 reception points|capacity;a=Local officials]] set up to register them.
    The Sudan Doctors Network said [[more than 300 people|killed;a=The Sudan Doctors Network]]
    had been killed in the assault, among them [[nine aid workers|killed]] from Relief International.
    A convoy of [[22 trucks|aid;a=UNHCR]] with shelter kits left Adre for Tawila on Sunday,
    UNHCR said.
    """,
)

item(
    "Chad's Adre camps overflow as arrivals top 600,000",
    """
    [[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into eastern Chad
    since the war began, UNHCR said on Friday, [[nearly 200,000 of them|displaced;a=UNHCR;n=-]] at
    the Adre transit site, built for [[20,000 people|capacity]]. The agency has opened
    [[six new camps|capacity;a=The agency;alt=UNHCR]] and plans
    [[three more|capacity;a=The agency;alt=UNHCR;p;n=-;u=structure]] before the rains. About {{90
    percent}} of the arrivals are women and children. [[12,000-14,000 Chadian returnees|returned]],
    families who had lived in Darfur for decades, were also sheltering at Adre, Chad's government
    said. WFP said it had cut rations to {{half}} for [[1.2 million refugees|aid;a=WFP]] in Chad
    because of a {{$180 million}} funding gap.
    """,
)

item(
    "Refugees head home from Egypt as Khartoum reopens",
    """
    [[About 180,000 Sudanese|returned;a=the Egyptian government]] have gone back from Egypt
    since the army retook Khartoum in {{March}}, the Egyptian government said, many of them on
    [[dozens of buses|other]] leaving Aswan each week. The IOM said
    [[more than 1.3 million people|returned;a=The IOM]] had returned to their areas of origin
    in Sudan in {{2025}}, mostly to Gezira, Sennar and Khartoum states. Aid groups warned that {{about 70 percent}}
    of hospitals in the capital were still out of service. In Omdurman, the Norwegian
    Refugee Council said it had repaired [[14 water points|other;a=the Norwegian Refugee Council]]
    and handed cash to [[about 3,500 returning households|aid;a=the Norwegian Refugee Council]].
    The army said it had arrested [[around 250 people|arrested;a=The army]] it accused of
    collaborating with the RSF during the occupation.
    """,
)

item(
    "Aid workers detained in Port Sudan, others missing in Kordofan",
    """
    Sudan's military intelligence detained [[four Sudanese staff|arrested;a=the UN]] of an
    international NGO in Port Sudan on Thursday, the UN said, accusing them of passing
    information to the RSF. In South Kordofan, [[two WFP drivers|missing;a=WFP]] have been
    missing since their trucks were stopped near Dilling, WFP said. The Aid Worker Security
    Database recorded [[more than 120 aid workers|killed;a=The Aid Worker Security Database]]
    killed in Sudan since {{April 2023}}, nearly all of them Sudanese nationals. The siege of
    Kadugli has left [[about 200,000 residents|civilians;a=OCHA]] without road access, OCHA
    said, and [[only three convoys|aid;a=OCHA]] have reached the town this year.
    """,
)

item(
    "Warehouses looted in Wad Madani as fighting spreads",
    """
    The World Food Programme said on Tuesday that [[two of its warehouses|housing;a=The World Food Programme;u=structure]]
    in Wad Madani had been looted and set on fire after RSF fighters entered the city, destroying
    [[some 2,500 tonnes|aid;a=The World Food Programme]] of food. The stock would have fed
    [[nearly 1.5 million people|aid;p]] for a month. [[At least 300,000 people|displaced;a=the IOM]]
    fled Gezira state in the following week, according to the IOM, many of whom had already fled
    Khartoum. Residents said [[dozens of young men|kidnapped;a=Residents]] were seized by the
    fighters and held for ransom of up to {{1 million}} Sudanese pounds each.
    """,
)

item(
    "Airdrops over El Fasher as road access fails",
    """
    Sudan's air force said it had dropped [[more than 80 tonnes|aid;a=Sudan's air force]] of food
    and medicine over El Fasher in {{three weeks}} of night flights, the only supplies to reach the
    besieged city since {{May}}. The army's {{6th}} Infantry Division, with
    [[an estimated 5,000 soldiers|combatants]] and allied Joint Force fighters, relies on the
    drops. Residents said
    [[at least six pallets|aid;a=Residents]] fell into RSF-held districts. The Resistance
    Committees said [[two children|killed;a=The Resistance Committees]] were killed by a falling
    crate in Abu Shouk. [[About 78,000 people|civilians]] are still inside the city, by UN count,
    and [[hundreds|displaced;a=the IOM;n=-]] leave each day for Tawila, the IOM said.
    """,
)

item(
    "Kordofan convoy attacked, trucks turned back at Kosti",
    """
    A UN convoy of [[26 trucks|aid;a=OCHA]] bound for Kadugli was turned back at Kosti on
    Sunday after [[an escort of about 60 soldiers|combatants;n=soldiers]] came under fire near
    Um Sumeima, OCHA said. [[Three soldiers|killed;a=the army]] and
    [[a driver|killed;v=1;n=driver]] were killed, according to the army. The convoy carried
    [[some 700 tonnes|aid]] of food and fuel for [[roughly 100,000 people|aid;p]]. OCHA said
    [[about 1.1 million people|civilians;a=OCHA]] in South Kordofan were facing emergency levels of
    hunger, with fuel prices up {{400 percent}} since {{January}}.
    """,
)

item(
    "Tawila shelters stretched, abductions reported on the road",
    """
    The Norwegian Refugee Council said on Wednesday that [[only 40 shelters|capacity;a=The Norwegian Refugee Council]]
    had been built in Tawila for [[more than 650,000 displaced people|displaced;a=The Norwegian Refugee Council]],
    and that [[some 170 families|displaced]] were sharing a single school compound. Each shelter holds
    [[about 25 people|capacity]]. Women arriving from El Fasher told the group that
    [[at least 30 women and girls|kidnapped;a=Women arriving from El Fasher;n=women and girls]] had been taken at RSF checkpoints on the
    {{70 km}} road, and that [[dozens of men|missing;a=Women arriving from El Fasher]]
    had been separated from their families and not seen again.
    """,
)

item(
    "Sudan extends Adre opening; UN counts trucks through",
    """
    Sudan's Sovereign Council agreed on Thursday to keep the Adre crossing open for
    {{another three months}}. Since it reopened in {{August 2024}}, [[more than 2,100 trucks|aid;a=OCHA]]
    have crossed, carrying [[about 48,000 tonnes|aid;a=OCHA]] of supplies for
    [[2.3 million people|aid;a=OCHA]], OCHA said. The council said
    [[25 of its inspectors|other;a=The council;n=inspectors]] were posted at the border. Aid agencies say
    [[around 5 million people|civilians;a=Aid agencies]] in Darfur remain out of reach of regular aid.
    """,
)

item(
    "Khartoum soup kitchens close as volunteers arrested",
    """
    [[More than 200 of the emergency kitchens|other;a=the Emergency Response Rooms;n=kitchens;u=structure]] that fed
    Khartoum's besieged districts closed in {{February}} after US funding was frozen, the Emergency Response
    Rooms said. The volunteer network said [[more than 40 of its members|arrested;a=The volunteer network;n=members]]
    had been detained by one side or the other and [[at least 12|killed;a=The volunteer network;n=-]]
    killed since the war began. The kitchens had been serving [[about 800,000 people|aid]] a day. In
    Omdurman, residents said [[hundreds of families|returned]] had come back to neighbourhoods retaken
    by the army.
    """,
)

item(
    "Donors pledge at London conference as Sudan appeal stays unfunded",
    """
    Donors meeting in London on {{15 April 2025}} pledged more than {{£800 million}} for Sudan,
    two years to the day after the war began. The UN's {{2025}} appeal of {{$4.2 billion}} was
    less than {{10 percent}} funded by the end of {{March}}. Britain's share was {{£120 million}},
    and the European Union promised {{€522 million}}. Ministers failed to agree a joint statement
    after {{two days}} of talks, and neither warring party attended.
    """,
)

item(
    "Rainy season cuts the Adre road for weeks at a time",
    """
    From {{June to September}}, the wadis between Adre and El Geneina flood, and trucks can take
    {{five days}} to cover a distance of {{30 km}}. WFP pre-positions food before {{mid-June}}, the
    agency said in its {{2024}} logistics plan. Rainfall in West Darfur can exceed {{600 mm}} a year,
    and fuel costs on the route rose by {{a third}} in {{2024}}. Road repair is budgeted at {{$14
    million}}.
    """,
)

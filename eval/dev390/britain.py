"""Britain and the Afghans, 2021-2026: ARAP and the Afghan Citizens Resettlement Scheme, the
bridging hotels, the Triples, the data leak of February 2022 and the Afghan Response Route, and
the flights from Islamabad (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "More than 21,000 Afghans relocated to UK since the fall of Kabul",
    """The Ministry of Defence said on {{1 May 2024}} that [[more than 21,000 Afghans|displaced;a=The
    Ministry of Defence]] had been brought to Britain under its schemes since {{2021}}, including
    those flown out during Operation Pitting. [[About 16,000 of them|displaced;n=-;a=Home Office
    figures]] came under the Afghan Relocations and Assistance Policy (ARAP), for people who worked
    for or alongside British forces, and [[some 5,500|displaced;n=-;a=Home Office figures]] under
    the Afghan Citizens Resettlement Scheme (ACRS), according to Home Office figures. The ministry
    said [[about 3,000 people|displaced;a=The ministry;alt=The Ministry of Defence]] found eligible
    were still waiting in Pakistan for flights. It said it had received [[over 150,000
    applications|other;u=other;a=The Ministry of Defence]] to ARAP, most of them from people who
    did not qualify, and had granted [[about 9,600|other;u=other;n=-;a=The Ministry of Defence]].""",
)

item(
    "Leaked spreadsheet exposed 18,714 Afghans, government admits",
    """A defence official emailed a spreadsheet holding the names of [[18,714 Afghans|civilians;a=the government]] who
    had applied to come to Britain to people outside government in {{February 2022}}, the
    government admitted on {{15 July 2025}} after a court lifted a super-injunction. Defence
    Secretary John Healey told MPs that a secret scheme set up in response, the Afghan Response
    Route, had already brought [[about 900 applicants|displaced;a=Defence Secretary John Healey]]
    and [[3,600 family members|displaced;a=Defence Secretary John Healey]] to Britain. He said
    [[another 600 people|displaced;p;a=Defence Secretary John Healey]] with [[some 1,800
    relatives|displaced;p;a=Defence Secretary John Healey]] would follow. Counting families, the
    leak put [[as many as 100,000 people|civilians;a=officials]] at risk, officials estimated. The
    scheme is expected to cost about {{£850 million}}. The injunction had been in force for
    {{nearly two years}}.""",
)

item(
    "Afghans on leaked list were killed, families tell researchers",
    """Refugee Legal Support and Lighthouse Reports said in a joint report that [[at least 49 people|killed;a=Refugee Legal Support and Lighthouse Reports]] named in the Ministry of Defence data leak, or close to those named, have been killed since it was exposed. The researchers said [[more than 200|arrested;n=-;a=The researchers;alt=Refugee Legal Support and Lighthouse Reports]] had been detained by the Taliban and [[about 30|kidnapped;n=-;a=The researchers;alt=Refugee Legal Support and Lighthouse Reports]] had been taken from their homes and not seen again. Taliban intelligence ransacked or burned [[dozens of homes|housing;a=Refugee Legal Support and Lighthouse Reports]] in Kabul and Kandahar in {{2023}}, they said. [[Four of those detained|killed;n=-]] died in custody. [[Some 1,200 of those named|displaced;n=-;a=the researchers;alt=Refugee Legal Support and Lighthouse Reports]] are now in Pakistan, the researchers said. The ministry said it could not verify the claims. An internal review found the risk
    to any individual was low, and the government ended the scheme in {{July 2025}}.""",
)

item(
    "Bridging hotels: 9,000 Afghans still waiting for homes",
    """[[Around 9,000 Afghans|displaced;a=the Home Office]] evacuated in {{2021}} were still living in
    [[more than 70 hotels|capacity;u=structure;a=the Home Office]] across Britain in {{January
    2023}}, the Home Office said, [[roughly 4,000 of them children|displaced;n=children]].
    Ministers gave them {{three months}} to leave. In London alone, [[between 300 and 400 families|displaced]] were in hotels. The Local Government Association said councils
    had found [[about 4,300 homes|capacity;a=The Local Government Association]] for Afghan families
    so far and needed [[at least 2,500 more|capacity;p;u=structure;n=-;a=The Local Government Association]].
    By the autumn [[about 1,100 Afghan households|displaced;a=councils in England]] had been
    recorded as homeless, councils in England said. The hotels cost the taxpayer about {{£1.2
    million}} a day.""",
)

item(
    "MoD refurbishes service homes for Afghan families",
    """The Ministry of Defence (MoD) has refurbished [[about 800 empty service family
    homes|housing;a=The Ministry of Defence (MoD)]] on bases from Wiltshire to Yorkshire and moved
    [[more than 2,600 Afghans|displaced;a=The Ministry of Defence (MoD)]] into them, the department
    said. A further [[500 homes|housing;p]] are to be brought back into use by the end of {{2024}}.
    The MoD said [[some 350 families|displaced;a=The MoD]] were still in temporary hotel rooms.
    [[Seventy families|displaced]] were placed at the former RAF base at St Athan in Wales, where
    the last military units left in the {{1990s}}. Each family gets {{nine months}} of support. Local schools have enrolled [[more than 900 Afghan pupils|other;a=the department]], the department said, and [[between 100 and 150 homes|housing]] still need repairs before anyone can move in.""",
)

item(
    "Triples were wrongly refused, defence ministers admit",
    """Defence ministers admitted on {{8 February 2024}} that [[about 2,000 applications|other;u=other;a=Defence
    ministers]] from members of the Afghan special forces units known as the Triples, {{CF333}} and
    {{ATF444}}, had been wrongly refused and would be reviewed. The units were trained and paid by
    British forces and fought alongside the SAS for more than {{a decade}}. A former commander said
    [[at least 25 former Triples soldiers|killed;a=A former commander]] had been killed since the
    Taliban takeover and [[14|kidnapped;n=-;a=A former commander]] abducted by Taliban
    intelligence. [[About 1,300 of the men|civilians;a=campaigners]] are still in Afghanistan, and
    [[several hundred|displaced;a=campaigners]] in Pakistan or Iran, campaigners said. The units had [[about 2,500 soldiers|combatants]] at their height. By the end of the review
    the MoD had reversed [[more than 1,000 refusals|other;u=other;a=the MoD]], it said.""",
)

item(
    "Charter flight from Islamabad brings 250 more Afghans to Birmingham",
    """A charter flight landed at Birmingham airport on Tuesday with [[about 250 Afghans|displaced;a=the
    Ministry of Defence]] eligible under ARAP, the Ministry of Defence said. They had spent up to
    {{two years}} in guesthouses in Islamabad run by the International Organization for
    Migration. The IOM said [[about 1,600 Afghans|displaced;a=The IOM]] awaiting flights to Britain
    remained in Pakistan, [[some 400 of them|displaced;n=-;a=The IOM]] children. British officials
    said [[at least 40 people|arrested;a=British officials]] on the relocation lists had been
    detained by Pakistani police in recent raids, and that [[a dozen|returned;n=-;a=British
    officials]] had been deported to Afghanistan before they could be flown out. The passengers included [[about 70 children|displaced]]. Ministers plan to
    fly [[the remaining 1,600|displaced;p;n=-;a=Ministers]] out by the summer.""",
)

item(
    "Afghan resettlement scheme to reach 20,000 places",
    """The Afghan Citizens Resettlement Scheme will resettle [[up to 20,000 people|capacity;p;a=the Home Office]] over {{five years}}, the Home Office said when it opened in {{January 2022}}, with
    [[5,000|capacity;p;n=-;a=the Home Office]] in the first year. Under its {{Pathway 1}}, [[about
    6,300 people|displaced]] evacuated during the airlift were counted against the target. UNHCR
    has referred [[more than 1,000 refugees|displaced;a=government figures]] from neighbouring countries under
    {{Pathway 2}}, according to government figures. Through {{Pathway 3}}, [[1,500
    places|capacity;u=other]] were offered to British Council and GardaWorld contractors and
    Chevening scholars. Charities said [[only about 2,300|displaced;n=-;a=Charities]] had arrived
    through routes other than the evacuation.""",
)

item(
    "Afghan children missing after leaving Home Office hotels",
    """[[At least 46 Afghan children|missing;a=the Home Office]] placed in hotels after arriving
    alone in Britain went missing in {{2022}}, the Home Office told the Observer, and [[about 20 of
    them|missing;n=-;a=the Home Office]] had still not been found. The department said it had housed
    [[more than 4,600 unaccompanied children|displaced;a=The department;alt=the Home Office]] in
    [[six hotels|capacity;u=structure;a=The department;alt=the Home Office]] in Kent and Sussex
    since {{July 2021}}. Kent Police said [[two men|arrested;a=Kent Police]] had been arrested on
    suspicion of trafficking after [[three boys|other;a=Kent Police]] were found working in a car
    wash. Charities said [[hundreds of children|displaced;a=Charities]] who were evacuated with
    relatives in {{2021}} had since been separated from them in care.""",
)

item(
    "Relatives of interpreters abducted in Kabul, veterans' group says",
    """The Sulha Alliance, which campaigns for Afghan interpreters who worked for British forces,
    said on Monday that [[at least 11 relatives of ARAP applicants|kidnapped;n=relatives;a=The Sulha Alliance]]
    had been abducted in Kabul and Nangarhar since {{January}}. [[Three brothers of a former interpreter|kidnapped;n=brothers;a=their family]] were taken from their home in Jalalabad in {{March}}, their
    family said, and [[one|killed;n=-;a=their family]] was later found dead. [[Six of the 11|kidnapped;n=-;v=6;a=the group;alt=The Sulha Alliance]] had been released after their families paid ransoms, the group
    said. It said [[about 60 families|civilians;a=The Sulha Alliance]] linked to its members were
    in hiding and moved house every few weeks. [[Four others|missing;a=The Sulha Alliance]] taken this year are still missing, it said. The Taliban say they declared a general amnesty in
    {{2021}} and deny targeting former employees of foreign forces.""",
)

item(
    "Afghans make up largest group crossing Channel in small boats",
    """[[About 8,600 Afghans|displaced;a=Home Office data]] crossed the Channel in small boats in
    {{2022}}, more than any other nationality, according to Home Office data. Among them were
    [[between 20 and 30 former Afghan soldiers|displaced;a=veterans' groups]] who had fought
    alongside British troops, veterans' groups said. [[Twenty-seven people|killed]] drowned when a
    dinghy sank off Calais in {{November 2021}}; [[at least four of them|killed;n=-;a=French
    prosecutors]] were Afghans, French prosecutors said, and [[four more|missing;n=-]] were never
    found. French police said they had arrested [[15 suspected smugglers|arrested;a=French police]]
    over the sinking. [[Only two people|other]] survived.""",
)

item(
    "Second MoD email blunder exposed Afghan interpreters",
    """The Ministry of Defence sent an email to [[265 Afghan interpreters|civilians;a=the BBC]] in
    {{September 2021}} with every address visible to every recipient, the BBC reported. A second
    email days later exposed [[55 more|civilians;n=-]]. The ministry said [[about 250 of those
    affected|civilians;n=-;a=The ministry;alt=The Ministry of Defence]] were still in Afghanistan at the
    time. [[One official|other]] was suspended. Interpreters told the BBC that [[between 10 and 15 of them|civilians;n=-;a=Interpreters]] received threatening messages afterwards, and the ministry relocated [[about 40 of those affected|displaced;n=-]] to Britain within weeks. The Information Commissioner fined the ministry
    {{£350,000}} in {{December 2023}}, saying the breach could have put lives at risk.""",
)

item(
    "Afghan Response Route closes with thousands still to be flown",
    """The government closed the Afghan Response Route on {{15 July 2025}}, saying it would still
    honour [[about 6,000 offers|other;u=other;a=The government]] already made. The Ministry of
    Defence said [[6,900 people|displaced;a=The Ministry of Defence]] had been relocated under the
    route so far and that [[up to 16,000|displaced;p;n=-;a=The Ministry of Defence]] could arrive
    in total. Of those still waiting, [[roughly 1,000|displaced;n=-;a=officials]] were in Pakistan,
    officials said. Pakistani police detained [[about 150 people|arrested]] holding British
    relocation letters in Islamabad in {{April}}, and [[dozens|returned;n=-;a=lawyers]] were deported
    before they could be flown, lawyers said. [[Three of them|displaced;n=-]] have since been brought back to Islamabad.""",
)

item(
    "Scotland settles 1,400 Afghans across 29 council areas",
    """Scotland has resettled [[about 1,400 Afghans|displaced;a=the Scottish government]] from
    [[roughly 350 families|displaced;a=the Scottish government]] since {{2021}}, the Scottish
    government said, in [[29 of its 32 council areas|other;u=other;n=areas;a=the Scottish government]]. Glasgow took in the largest share, [[420 people|displaced]]. A charity in Edinburgh said it had
    handed out [[more than 2,000 winter coats|aid;u=other;a=A charity in Edinburgh]] and [[600
    bicycles|aid;a=A charity in Edinburgh]]. The Scottish Refugee Council said [[about 90
    households|displaced;a=The Scottish Refugee Council]] were still in temporary accommodation,
    and that [[12 families|displaced;a=The Scottish Refugee Council]] had moved back to England to be
    nearer relatives.""",
)

item(
    "Court of Appeal lifts super-injunction over Afghan data breach",
    """The Court of Appeal ruled on {{15 July 2025}} that the super-injunction granted in {{September
    2023}} should be lifted, ending {{22 months}} of secrecy. Mr Justice Chamberlain had said in
    {{May 2024}} that the order was unprecedented. The government had argued that disclosure would
    raise the risk to those named many times over. The hearing lasted {{two days}}, and the judgment was published the same afternoon.""",
)

item(
    "Afghan schemes cost the taxpayer billions, watchdog says",
    """The National Audit Office said on {{9 June 2025}} that Britain's Afghan relocation schemes had
    cost about {{£2.5 billion}} since {{2021}}, and that the final bill could reach {{£7 billion}}
    by {{2029}}. Hotel costs alone peaked at {{£1.3 million}} a day in {{2022}}. About {{60%}} of
    spending went on housing, the watchdog said, and processing times averaged {{14 months}}, up
    from {{four months}} in {{2021}}.""",
)

"""Going back: deportations, organised returns, and the returns after December 2024."""

from _wrap import item

item(
    "Half a million Syrians have gone home since Assad fell, UNHCR says",
    """GENEVA (Reuters) - [[More than 500,000 Syrian refugees|returned;a=UNHCR]] have returned
    from neighbouring countries since {{December 8}}, UNHCR said on {{Tuesday}}, among them
    [[about 190,000|returned;n=-]] from Lebanon and [[nearly 140,000|returned;n=-]] from Jordan.
    [[A further 1.2m internally displaced people|returned;a=the agency;alt=UNHCR]] have gone back to their home areas
    inside Syria, the agency said. The agency estimates that [[roughly 1.5 million
    refugees|returned;p;a=The agency;alt=UNHCR]] in the region intend to go back within
    {{12 months}}. "People are voting with their feet, but they are going home to ruins," said
    the agency's chief, Filippo Grandi. UNHCR pays each returnee a transport grant of up to
    {{$100}}. Lebanon still hosts [[about 1.4 million Syrians|displaced;a=the government]], the
    government says. Jordan has [[over 500,000 registered refugees|displaced]].""",
)

item(
    "Alawites flee Syrian coast into north Lebanon after killings",
    """AKKAR, Lebanon (AFP) - [[More than 21,000 Syrians|displaced;a=UNHCR]], most of them
    Alawites, have crossed into northern Lebanon since violence on the Syrian coast in early
    {{March}}, UNHCR said, fording the Nahr al-Kabir river on foot. They are sheltering in
    [[some 25 villages|capacity]] of Akkar, many with host families, and [[about 700
    people|displaced]] are staying in a mosque and a school in Hakour. A monitoring group has
    said [[more than 1,500 civilians|killed;a=A monitoring group]] were killed in the coastal violence, most of them
    Alawites. Lebanese soldiers have set up [[four reception points|capacity]] along the river.
    The newcomers cannot register with UNHCR under the government's {{2015}} ban, so the agency
    counts them as "individuals in need". [[Around 3,000 families|aid;a=the agency;alt=UNHCR]]
    have received mattresses and food parcels, the agency said.""",
)

item(
    "Lebanon unveils plan to return 400,000 Syrians a year",
    """BEIRUT - Lebanon's government approved a plan on {{Thursday}} to send home
    [[400,000 Syrians a year|returned;p;n=Syrians;a=Social Affairs Minister Haneen Sayed]], Social Affairs
    Minister Haneen Sayed said, with UNHCR paying each returnee {{$100}} and each family
    {{$400}} on arrival in Syria. In the initial phase, [[about 17,000 people|returned;p]] who
    registered with General Security will travel in organised convoys. Officials said
    [[the first 3,000 families|returned;p;a=Officials]] would leave in {{July}}. Refugees who
    return will lose their status, and the UN agency has deregistered
    [[some 100,000 people|returned;a=the UN agency;alt=UNHCR]] it says have moved back. Lebanon says
    it hosts [[1.5 million Syrians|displaced;a=Lebanon]], the largest refugee population per
    capita in the world. Aid groups expect [[between 150,000 and 200,000 people|returned;p;a=Aid groups]] to sign up in the
    first year. Rights groups warned that the plan must not become forced return.""",
)

item(
    "General Security convoy takes 1,000 Syrians home from Arsal",
    """ARSAL, Lebanon - [[About 1,000 Syrians|returned;a=General Security]] left Arsal on
    {{Monday}} in a convoy organised by General Security, the agency said, heading for villages
    in the Qalamoun mountains that they fled in {{2014}}. [[Some 30 buses|other]] and
    [[a dozen trucks|other]] carried families and their belongings through the Zamrani crossing.
    It was the {{third}} convoy from Arsal this year, and General Security said it had helped
    [[172,046 Syrians|returned;a=General Security]] go home since {{2017}}. Another [[3,000 refugees|returned;p]] have
    signed up to leave before winter. UNHCR, which did not organise the trip, interviewed
    [[about 150 families|other]] to make sure the returns were voluntary. Around {{a quarter}} of
    the town's refugees have now left.""",
)

item(
    "Lebanon deported nearly 2,800 Syrians in four months, rights groups say",
    """BEIRUT (AP) - Lebanon deported [[2,731 Syrians|returned;a=General Security]] between
    {{May 21}} and {{August 28}} under a decision to send back anyone who entered the country
    illegally after {{April 24, 2019}}, General Security said in figures obtained by the
    Associated Press. Human Rights Watch said [[at least three of the deportees|arrested;a=Human
    Rights Watch]] had been detained on arrival by Syrian security forces. The Supreme Defence
    Council's decision also led to the demolition of shelters in Arsal. Lawyers said
    [[dozens of men|arrested]] were held at the General Security detention centre under a Beirut
    bridge before being driven to the border. "They took my son at a checkpoint at {{2am}},"
    said a mother, {{57}}. Lebanese officials said [[200 to 300 people|returned;a=Lebanese
    officials]] were being deported each week. The UN refugee agency said it knew of [[about 60 registered
    refugees|returned;a=The UN refugee agency]] among those removed.""",
)

item(
    "Families search Syria's prisons for relatives deported from Lebanon",
    """DAMASCUS - When the gates of Saydnaya prison were opened in {{December 2024}}, Syrian
    families from Lebanon's Bekaa joined the crowds looking for relatives who had been deported
    and then vanished. The Syrian Network for Human Rights says [[at least 2,100
    refugees|arrested;a=The Syrian Network for Human Rights]] who returned or were sent back
    from neighbouring countries were arrested by the former government between {{2014}} and
    {{2024}}, [[more than 400 of them|arrested;n=-]] after deportation from Lebanon. Of those,
    [[at least 160|missing;n=-;a=the group;alt=The Syrian Network for Human Rights]] remain
    missing and [[24|killed;n=-;a=the group;alt=The Syrian Network for Human Rights]] are known to have died in custody, the group said. Lebanese
    lawyers say they have files on [[about 90 deportees|missing;a=Lebanese lawyers]] whose
    families have no news. "My brother was {{23}} when they took him at Masnaa," said Walid,
    {{31}}. The new authorities have opened a hotline for families of the [[tens of thousands of
    people|missing]] who disappeared under Assad.""",
)

item(
    "Syrians stream home from Lebanon under Israeli bombardment",
    """MASNAA, Lebanon - [[More than 310,000 Syrians|returned;a=Lebanese authorities]] have
    crossed from Lebanon back into Syria since Israel escalated its bombardment on
    {{September 23}}, Lebanese authorities said, along with [[about 120,000 Lebanese|displaced]]
    who are seeking refuge there. An Israeli strike near the Masnaa crossing on {{Friday}} left a
    crater {{4 metres}} wide in the road, forcing [[thousands of people|displaced]] to climb across
    on foot with their bags. UNHCR said {{60%}} of those crossing were children. In Lebanon,
    [[more than 1 million people|displaced;a=the government]] have fled their homes, the
    government says, and [[about 900 collective shelters|capacity]] have opened in schools and
    public buildings. Shelters have turned away [[hundreds of Syrian families|displaced;a=aid
    groups]], aid groups said, saying places were reserved for Lebanese.""",
)

item(
    "Returnees to Qusayr find homes in ruins",
    """QUSAYR, Syria - [[Some 3,500 families|returned;a=the town council]] have returned to
    Qusayr since the start of the year, the town council says, most of them from camps in Arsal
    and the Bekaa, {{35 km}} away. They have found [[about 1,800 homes|housing]] destroyed and
    [[another 2,600|housing;n=-;u=structure]] damaged in the fighting of {{2013}}. The Norwegian
    Refugee Council plans to repair [[400 houses|housing;p;a=The Norwegian Refugee Council]] by
    the end of {{2025}}. [[Two schools|other]] have reopened, teaching [[about 900
    pupils|other]]. "I came back to a house without a roof," said Umm Ali, {{61}}. Unexploded
    shells have killed [[at least four returnees|killed;a=local medics]] in the area, local
    medics said.""",
)

item(
    "Nasib crossing reopens; first Syrians head home from Jordan",
    """JABER, Jordan - Jordan reopened the Jaber-Nasib border crossing on {{October 15}} after
    {{three years}}, and [[about 9,000 Syrians|returned;a=Jordanian officials]] have crossed home
    since, Jordanian officials said on {{November 14}}. Of those, [[only about 2,800|returned;n=-;a=UNHCR]]
    were registered refugees, UNHCR said; the rest were workers and traders. [[More than 150
    trucks a day|other]] now pass through the crossing. Many refugees say they fear that men
    {{under 42}} will be called up for military service. Syrian officials said
    [[up to 50,000 people|returned;p;a=Syrian officials]] could return from Jordan by the end of
    the year. In Zaatari, [[fewer than 100 families|returned;a=camp officials]] have asked to
    leave, camp officials said, and [[about 78,000 residents|displaced]] remain.""",
)

item(
    "Mines and shells kill returnees in Daraa's countryside",
    """DARAA, Syria - Unexploded ordnance has killed [[at least 37 people|killed;a=the Syrian Civil
    Defence]] in Daraa province since {{January}}, many of them refugees who had just come back
    from Jordan, the Syrian Civil Defence said on {{Sunday}}. [[Another 58|injured;n=-]] were
    wounded, [[11 of them children|injured;n=children]]. The group, known as the White Helmets, said its
    teams had cleared [[some 2,300 items|other]] of ordnance from farmland and homes. In the
    village of Nahta, [[two brothers|killed]] aged {{nine and 12}} died when a cluster bomblet
    exploded as they played. The Mines Advisory Group plans to deploy [[12 survey
    teams|other;p;u=other;a=The Mines Advisory Group]] in the south. [[About 90,000 refugees|returned]]
    have gone back to Daraa from Jordan since {{December 2024}}.""",
)

item(
    "Lebanon resumes return convoys as hundreds head to Qalamoun",
    """[[About 500 Syrian refugees|returned;a=General Security]] left Lebanon on {{Wednesday}} in
    the first "voluntary return" convoy since {{2019}}, General Security said, travelling in
    [[20 buses|other]] from Arsal and the Bekaa town of Qaa. Caretaker displacement minister
    Issam Charafeddine has said Lebanon wants to send back [[15,000 refugees a
    month|returned;p;a=Issam Charafeddine]]. UNHCR said it was not involved in organising the
    convoy and that [[about 830,000 refugees|displaced;a=UNHCR]] remained registered in the
    country. Lebanon has turned back [[hundreds of people|returned]] caught crossing from Syria
    since the start of the year. Officials said [[between 1,500 and 2,000 refugees|returned;p;a=Officials]] had registered for
    the next convoy. Lebanese troops at the Zamrani crossing checked the papers of
    each passenger before the buses left at {{10am}}.""",
)

item(
    "Lebanese army pushed back thousands of Syrians at border this year",
    """The Lebanese army said on {{Monday}} it had stopped [[more than 8,000 Syrians|returned;a=The
    Lebanese army]] trying to cross into Lebanon illegally since {{January}} and sent them back,
    and had arrested [[62 smugglers|arrested]]. The figures came as the army deployed
    [[about 1,000 additional troops|combatants;a=a military source]] along the northern and
    eastern border, a military source said. Rights groups said [[at least 30 of those pushed
    back|returned;n=-;a=Rights groups]] had been registered refugees already living in Lebanon.
    In {{2023}}, the army said, it had turned back [[about 13,000 people|returned;a=the army;alt=The
    Lebanese army]] and seized [[240 vehicles|other]] used by smugglers. Lebanon says its border
    with Syria is {{375 km}} long and has [[more than 130 illegal crossings|other;u=other]].""",
)

item(
    "Back in Homs, a family counts what is left",
    """HOMS, Syria - The Hamoud family spent {{11 years}} in a tent in the Bekaa before packing up
    in {{January}}, when [[some 40 families|returned]] from their settlement in Bar Elias went
    back together. Of the [[120 houses|housing]] on their street in Bab Amr, [[105|housing;n=-;u=structure;a=neighbours]]
    were destroyed, neighbours say. The family of [[nine people|returned]] now lives in
    [[two rooms|other;u=other]] with plastic sheeting for windows. UNHCR gave them {{$400}} on
    arrival, blankets and a stove. [[Around 20 children|other]]
    from the street walk {{2 km}} to the nearest working school, which has [[about 1,100
    pupils|other]] in morning and afternoon shifts. "It is ours, even broken," said Mohammad Hamoud, {{47}}.""",
)

item(
    "Lebanon's 'organised returns' leave Bekaa settlements half empty",
    """BAR ELIAS, Lebanon - [[More than 45,000 Syrians|returned;a=UNHCR]] have left Lebanon under the
    government-backed return programme since {{July 1}}, UNHCR said on {{Friday}}, and
    [[another 120,000|returned;n=-;a=UNHCR]] have gone on their own. In the Bekaa, where
    [[about 1,900 informal settlements|capacity]] once held [[some 300,000 people|displaced]],
    whole rows of tents now stand empty. The agency said [[roughly 9,000 tents|other]] had been
    dismantled by families who left, the timber and plastic sold to neighbours. Those who remain
    are mostly families that fear arrest or conscription. Municipalities have closed
    [[at least 80 settlements|other]], saying the land must be returned to its owners. UNHCR
    expects [[up to 200,000 more people|returned;p;a=UNHCR]] to leave by the end of {{2026}}.""",
)

item(
    "What refugees face if they go back: the rules explained",
    """Syrian men aged {{18}} to {{42}} who left the country before {{December 2024}} were liable
    for military service, a rule the new authorities abolished in {{January 2025}}, ending
    conscription for all but volunteers. Returnees must pay a {{$25}} fee for a new identity
    card, and property claims can take up to {{six months}} to be heard. The Syrian pound, which
    traded at {{15,000}} to the dollar in {{late 2024}}, had recovered to about {{10,000}} by
    {{mid-2025}}. UNHCR's surveys found that {{27%}} of refugees in Lebanon and {{32%}} in Jordan
    planned to return within {{12 months}}, up from less than {{2%}} a year earlier.""",
)

item(
    "Returnees' homes: deeds, debts and deadlines",
    """A {{2018}} law, known as {{Law 10}}, gave property owners {{30 days}} to prove ownership
    in areas designated for redevelopment, later extended to {{one year}}. Rights groups said it
    threatened refugees abroad. The new government suspended it in {{February 2025}}. Lawyers in
    Damascus say fees for a title search run from {{$50}} to {{$200}}, and that in some districts
    of Homs up to {{70%}} of land registry records were burned in {{2013}}. Returnees over
    {{the age of 60}} can apply for a waiver.""",
)

"""dev329 items: the offensives against al-Shabaab and IS in Somalia, AMISOM, ATMIS and AUSSOM,
air strikes, arrests and defectors, 2014-2026."""

from _wrap import item

item(
    "AU and Somali troops enter Barawe as al-Shabaab pulls out",
    """Somali and African Union troops entered Barawe, al-Shabaab's last major port, on
    {{Monday}} without a fight, AMISOM said, after the militants withdrew overnight. The town is
    the {{ninth}} taken since Operation Indian Ocean began in {{August}}. AMISOM said its
    [[22,000 troops|combatants;a=AMISOM]] and the Somali army had killed
    [[more than 700 militants|killed;a=AMISOM]] in the campaign so far and recovered
    [[dozens of weapons|other;a=AMISOM]]. Residents said
    [[hundreds of families|displaced;a=Residents]] had fled to Merca and Mogadishu ahead of the
    assault. Colonel Ali Hussein, a Somali army commander, said
    [[about 60 fighters|combatants;a=Colonel Ali Hussein]] who stayed behind had surrendered.
    [[Two soldiers|killed]] died when a roadside bomb hit their convoy outside the town. The UN
    said [[a further 1,500 people|displaced;a=The UN]] had reached camps in Afgooye during the
    offensive.""",
)

item(
    "Clan militias and army retake villages in Middle Shabelle",
    """Government forces fighting alongside clan militias known as ma'awisley have retaken
    [[more than 40 villages|other;a=the information ministry]] in Middle Shabelle and Hiraan
    since {{August}}, the information ministry said on {{Sunday}}. It said
    [[about 100 al-Shabaab fighters|killed;a=the information ministry]] had died in the battle for
    Adan Yabaal alone. The militants burned [[dozens of homes|housing;a=Elders in Moqokori]] and
    destroyed [[nine water wells|other;a=Elders in Moqokori]] as they withdrew, elders in Moqokori
    said, and killed [[some 20 civilians|killed;a=Elders in Moqokori]] they accused of helping the
    army. Elders in Moqokori said [[between 400 and 500 clan militiamen|combatants;a=Elders in Moqokori]]
    from the Hawadle clan had joined the fight. OCHA said
    [[roughly 4,000 people|displaced;a=OCHA]] had fled the fighting to Jowhar.""",
)

item(
    "Army and US drones push into Galmudug's coast",
    """Somali troops captured the coastal towns of Harardhere and El Dher on {{Thursday}}, ending
    more than {{a decade}} of al-Shabaab rule there, the defence ministry said. The ministry said
    [[more than 150 militants|killed;a=The ministry]] had been killed in the {{three-week}} push
    and that [[45 fighters|combatants;a=The ministry]] had handed themselves in at Galcad. US
    Africa Command said it had carried out [[four airstrikes|other;u=other;a=US Africa Command]]
    in support of the advance, killing [[an estimated 30 al-Shabaab fighters|killed;a=US Africa Command]].
    [[Seven soldiers|killed]] died in a counterattack on the Galcad base in {{January}}. Local
    officials said [[about 2,000 families|returned;a=Local officials]] had gone back to El Dher,
    and [[a dozen schools|other]] that the militants had shut reopened in {{March}}.""",
)

item(
    "AFRICOM says strike near Jilib killed 13 militants",
    """US Africa Command said on {{Wednesday}} that an airstrike near Jilib, in Middle Jubba, had
    killed [[13 al-Shabaab militants|killed;a=US Africa Command]]. The command said its initial
    assessment was that no civilians had been hurt, but residents of Jilib told the Somali service
    of the VOA that [[three farmers|killed;a=residents of Jilib]] had died in their fields. It was
    the {{11th}} US strike in Somalia this year. The strike followed an attack on an army base at
    Bar Sanguni in which [[at least nine soldiers|killed]] were killed. The UN estimates that
    al-Shabaab has [[between 7,000 and 12,000 fighters|combatants;a=The UN]].
    [[About 450 US troops|combatants]] are based in Somalia, most at Baledogle, after Washington
    reversed a withdrawal order in {{May 2022}}.""",
)

item(
    "Puntland says 500 IS fighters killed in Cal Miskaad campaign",
    """Puntland forces have killed [[more than 500 Islamic State fighters|killed;a=Puntland's security minister]]
    in the Cal Miskaad mountains since launching Operation Hilaac in {{December}}, Puntland's
    security minister said on {{Tuesday}}. He said [[at least 190 foreigners|arrested;a=Puntland's security minister]],
    from Ethiopia, Morocco, Tanzania, Sudan and Yemen, were among
    [[the 260 suspects|arrested;a=Puntland's security minister]] detained. Puntland has deployed
    [[about 1,000 troops|combatants]] to the mountains, backed by US and Emirati air strikes.
    [[Seventy-six soldiers|killed;a=a military officer in Bosaso]] have been killed, most by
    roadside bombs and landmines, a military officer in Bosaso told AFP. The group held
    [[as many as 1,600 fighters|combatants;a=analysts]] at its peak, analysts estimate, and the
    army has cleared [[23 caves|other;u=other]] used as bases and arms stores. IS in Somalia is
    led by Abdulqadir Mumin, {{70}}.""",
)

item(
    "Former al-Shabaab fighters graduate from Baidoa rehabilitation centre",
    """[[A hundred and twelve former al-Shabaab fighters|combatants;v=112]] graduated on
    {{Monday}} from the rehabilitation centre in Baidoa after {{nine months}} of vocational
    training and religious counselling. The government runs [[three such centres|other]] with UN
    support, and the one in Baidoa has room for [[150 residents|capacity]] at a time. The interior
    ministry said [[more than 2,500 defectors|combatants;a=The interior ministry]] had passed
    through the programme since {{2012}}. Ahmed Nur, {{27}}, who left the group {{last year}},
    said [[dozens of fighters|combatants;a=Ahmed Nur]] in his unit wanted to leave but feared
    reprisals. The ministry said [[about 300|combatants;a=The ministry;alt=The interior ministry]]
    had defected in the past {{12 months}} alone, many after the offensive in Hiraan, and that
    [[up to 600 more|combatants;p;n=-;a=The ministry;alt=The interior ministry]] were expected to come
    forward this year.""",
)

item(
    "ATMIS hands over bases as first troop drawdown completes",
    """The African Union Transition Mission in Somalia completed the {{first}} phase of its
    drawdown on {{June 30}}, withdrawing [[2,000 soldiers|combatants;a=ATMIS]] and handing
    [[six forward operating bases|other;u=structure;a=ATMIS]] to the Somali army, ATMIS said.
    Another [[3,000 troops|combatants;p;a=the mission;alt=ATMIS]] are to leave by the end of {{September}}, the
    mission said, under a timetable set by the Security Council in {{Resolution 2687}}. That would
    leave [[about 14,600 personnel|combatants;p]] in the country. Somali officials have asked for
    a pause of {{three months}}, saying the army cannot yet fill the gap. The Somali army has
    trained [[some 7,000|combatants;a=Somali officials]] of the [[24,000 soldiers|combatants;p;a=Somali officials]]
    needed to take over security, Somali officials told Reuters.""",
)

item(
    "AUSSOM troops start deploying as mission replaces ATMIS",
    """The African Union Support and Stabilisation Mission in Somalia (AUSSOM) took over from
    ATMIS on {{January 1}} with an authorised strength of
    [[11,911 uniformed personnel|combatants;a=the AU Peace and Security Council]], according to
    the AU Peace and Security Council. Egypt has pledged
    [[1,091 troops|combatants;p;a=Egyptian officials]], Egyptian officials said, with
    [[the first 300|combatants;p;a=Egyptian officials]] due in Mogadishu in {{June}}. Ethiopia
    will keep [[about 2,500 soldiers|combatants;p]] under the mission and several thousand more
    under a bilateral deal. The mission's funding gap for the year is about {{$96 million}}.
    Uganda's contingent shrinks to [[4,500|combatants;p]], its military said.""",
)

item(
    "NISA raids across Mogadishu net over 300 suspects",
    """The National Intelligence and Security Agency said on {{Saturday}} it had arrested
    [[more than 300 suspects|arrested;a=The National Intelligence and Security Agency]] in
    raids across Mogadishu over {{10 days}}, seizing [[52 rifles|other;a=The National Intelligence and Security Agency]]
    and [[four vehicles|other;a=The National Intelligence and Security Agency]] rigged with
    explosives. The agency said [[about 40|arrested;a=The agency;alt=The National Intelligence and Security Agency]]
    were suspected members of al-Shabaab's Amniyat intelligence wing and
    [[seven|arrested;a=The agency;alt=The National Intelligence and Security Agency]] were
    foreigners. Rights groups said [[dozens of young men|arrested;a=Rights groups]] had been
    detained without charge for more than {{48 hours}}. [[Eighty|arrested]] of those held were
    released on {{Thursday}} after clan elders vouched for them.""",
)

item(
    "Al-Shabaab retakes Moqokori as army withdraws from Hiraan towns",
    """Al-Shabaab fighters retook Moqokori on {{Monday}}, the latest of
    [[at least six towns|other;a=local elders]] that government forces have abandoned in Hiraan
    and Middle Shabelle since {{February}}, local elders said. A soldier who fled the town told
    the BBC that [[dozens of soldiers|killed;a=A soldier who fled the town]] had been killed in the
    {{two-day}} assault. The militants executed [[three men|killed;a=residents]] they accused of
    spying, residents said. [[Thousands of people|displaced;a=OCHA]] have fled toward Beledweyne
    and Jowhar, OCHA said, many of them families who had only returned home {{two years}} ago
    after the army drove the group out. [[About 1,200 households|displaced;a=the agency;alt=OCHA]] have
    arrived in Jowhar alone, the agency said.""",
)

item(
    "Las Anod fighting: hospital says over 200 dead as displaced cross into Ethiopia",
    """Fighting between Somaliland forces and SSC-Khatumo militias around Las Anod has killed
    [[more than 200 people|killed;a=Las Anod general hospital]] since {{February}}, Las Anod general
    hospital said, and wounded [[at least 600|injured;a=Las Anod general hospital]]. Shelling
    damaged [[14 buildings|housing]] in the town centre,
    including the hospital.
    UNHCR said [[up to 100,000 people|displaced;a=UNHCR]] had crossed into Ethiopia's Somali
    region, and the UN said [[another 185,000|displaced;a=the UN]] were displaced inside Sool. An
    SSC-Khatumo commander said his forces had captured
    [[more than 300 Somaliland soldiers|kidnapped;a=An SSC-Khatumo commander]] at the Goojacade
    base in {{August}}. Somaliland's government called the figure exaggerated.""",
)

item(
    "Amnesty says US strikes killed 21 civilians in Somalia",
    """US air strikes in Somalia killed [[21 civilians|killed;a=Amnesty International]] and wounded
    [[11 others|injured;a=Amnesty International]] in [[five strikes|other;u=other]] it
    investigated between {{2017}} and {{2019}}, Amnesty International said in a report. Among the
    dead were [[three children|killed]] killed in a strike on a farm near Jilib. US Africa Command
    acknowledged [[two|killed;a=US Africa Command]] civilian deaths in a separate strike in
    {{2018}}, it said in a statement. The United States has carried out
    [[more than 100 strikes|other;u=other;a=New America]] in Somalia since {{2017}}, according to
    New America, a Washington research group.""",
)

item(
    "Families of recruits sent to Eritrea demand answers",
    """Relatives of young Somalis sent to Eritrea for military training say
    [[about 370 recruits|missing;a=Relatives of young Somalis]] have not been heard from since
    {{2020}}. Abdisalan Guled, a former deputy intelligence chief, said
    [[up to 5,000 recruits|combatants;a=Abdisalan Guled]] had been trained in Eritrea and that
    [[hundreds|combatants;a=Abdisalan Guled]] had been sent to fight in Tigray, a claim both
    governments deny. The government said [[more than 3,000 soldiers|returned;a=The government]]
    had come home by {{January}}, with [[a further 2,000|returned;p;a=The government]] expected in
    the coming weeks. When mothers protested outside parliament in {{June}}, police detained
    [[15 of them|arrested;n=-]] for several hours. "My son was {{19}}. I only want to know if he is
    alive," said Fadumo Ali, {{52}}.""",
)

item(
    "Al-Shabaab court executes five men in Jilib square",
    """Al-Shabaab executed [[five men|killed;a=residents]] by firing squad in Jilib on
    {{Saturday}} after its court convicted them of spying for the government and foreign forces,
    residents said. [[Hundreds of residents|civilians;a=one resident]] were ordered to watch, one
    resident told Reuters by phone. The group has executed
    [[at least 37 people|killed;a=the Somali Human Rights Association]] so far this year, according
    to the Somali Human Rights Association. [[Three women|kidnapped;a=residents]] accused of
    contacting relatives in Kismayo were still being held by the group's police, residents said,
    and [[two|killed]] of the executed men were aged under {{18}}. The group also flogged
    [[11 young men|other]] for smoking and watching football.""",
)

item(
    "Federal and Jubaland forces clash in Beled Hawo; troops cross into Kenya",
    """Fighting between federal troops and Jubaland forces in the border town of Beled Hawo killed
    [[at least 12 soldiers|killed;a=officials on both sides]], officials on both sides said on
    {{Thursday}}. Jubaland said it had captured [[about 300 federal soldiers|arrested;a=Jubaland]]
    and seized [[17 military vehicles|other;a=Jubaland]]. [[More than 100 federal soldiers|other;a=Kenyan police]]
    crossed into Mandera and were disarmed, Kenyan police said.
    [[Thousands of residents|displaced;a=Mandera county officials]] fled across the border into
    Kenya, Mandera county officials said, and Kenyan Red Cross teams treated
    [[23 wounded|injured;a=the Kenyan Red Cross]], according to the Kenyan Red Cross.""",
)

item(
    "Somalia's security forces: the timeline of the handover",
    """The African Union's first mission, AMISOM, deployed in {{March 2007}} and was replaced by
    ATMIS on {{April 1, 2022}}. The Security Council set the end of {{December 2024}} for ATMIS to
    leave, and a {{third}} phase of the drawdown was delayed by {{three months}} at Mogadishu's
    request. AUSSOM began on {{January 1, 2025}} under {{Resolution 2767}}, for an initial period
    of {{12 months}}. Under {{Resolution 2719}}, up to {{75%}} of its costs could be met from UN
    assessed contributions. The army's Danab brigade was formed in {{2014}}.""",
)

item(
    "AU mission's budget hole grows as donors balk",
    """The African Union mission in Somalia faces a shortfall of about {{$96 million}} for
    {{2025}}, its officials said, after the European Union cut its support by {{40%}}. The
    mission's annual budget is about {{$190 million}}, and troop-contributing countries were last
    paid in {{August}}, {{seven months}} late. Burundi's allowances are {{$828}} per soldier per
    month before deductions. The Peace and Security Council will meet on {{March 14}}, its
    {{third}} session on the issue since {{December}}.""",
)

"""Items: cyclones, floods and the 2025 earthquake in Myanmar's conflict areas, quakes, floods,
cold and mass returns in Afghanistan, and fires, landslides and storms in the Rohingya camps of
Bangladesh."""

from _wrap import item

item(
    "Rohingya leaders dispute junta's Cyclone Mocha toll",
    """Myanmar's military government said on {{May 18}} that [[145 people|killed;a=Myanmar's
    military government]] had died in Cyclone Mocha, [[117 of them|killed;a=Myanmar's military
    government;n=-]] from Rohingya displacement camps near Sittwe. Rohingya community leaders
    said the real toll in the camps was [[between 400 and 450|killed;a=Rohingya community
    leaders]], and that [[about 100|missing;a=Rohingya community leaders]] were still missing.
    The camps have held [[some 130,000 Rohingya|displaced]] since communal violence drove them
    from their homes in {{2012}}. The UN said [[about 1,200 shelters|housing;a=The UN]] in the
    camps had been destroyed and that [[1.6 million people|civilians;a=The UN]] in Rakhine and
    the north-west were in need. The junta later suspended travel permits for aid groups in
    Rakhine, where it has fought the Arakan Army since {{2019}}.""",
)

item(
    "Junta keeps bombing as Typhoon Yagi floods Myanmar",
    """Myanmar's junta said on {{September 17}} that [[433 people|killed;a=Myanmar's junta]] had
    died in floods and landslides caused by Typhoon Yagi and that [[79|missing;a=Myanmar's
    junta]] were missing. It said [[more than 320,000 people|displaced;a=Myanmar's junta]] had
    sought shelter in [[about 400 relief camps|capacity;a=Myanmar's junta]], and that [[some
    260,000 homes|housing;a=Myanmar's junta]] had been damaged. In a rare move the military
    leader, Min Aung Hlaing, asked for foreign help. Resistance groups said the air force had
    kept up its strikes during the floods, killing [[at least 12 civilians|killed;a=Resistance
    groups]] in Sagaing and Shan. The UN estimates that [[631,000 people|civilians;a=The UN]]
    across [[nine regions and states|other;a=The UN;u=other;n=regions
    and states]] were affected. The war since the coup of {{February
    2021}} has displaced [[more than 3 million|displaced]].""",
)

item(
    "Myanmar quake toll tops 3,700 amid rubble in Mandalay",
    """Myanmar's military government said on {{April 6}} that [[3,564 people|killed;a=Myanmar's
    military government]] had died in the earthquake centred near Mandalay, with [[more than
    5,000|injured;a=Myanmar's military government]] hurt and [[about 200|missing;a=Myanmar's
    military government]] unaccounted for. At one monastery in Mandalay, [[around 270
    monks|killed;a=monks at the monastery]] died when an exam hall collapsed, monks at the
    monastery said. [[Seventeen foreign rescue teams|other;u=other]], from China, Russia, India,
    Thailand and elsewhere, reached Mandalay and Naypyitaw in the first week. The military said
    it had deployed [[some 2,000 soldiers|combatants;a=The military]] to help. Police detained
    [[at least 20 people|arrested;a=state media]] for posting "false news" about the quake
    online, state media reported. The UN said [[more than 65,000 buildings|housing;a=The UN]]
    were damaged.""",
)

item(
    "Air strikes continue after Myanmar quake despite ceasefire",
    """The UN human rights office said the military had carried out [[more than 60 air
    strikes|other;a=The UN human rights office;u=other]] in the {{two weeks}} after the quake,
    killing [[at least 68 people|killed;a=The UN human rights office]]. The junta announced a
    ceasefire on {{April 2}}, days after the exiled National Unity Government paused its
    offensives. In Sagaing, [[as many as 3,000 families|displaced;a=resistance fighters]] whose
    homes were damaged were afraid to gather in camps for fear of being bombed, resistance
    fighters said. A drone strike on a school in Tabayin killed [[12 people|killed]], [[10 of
    them children|killed;n=children]], and wounded [[dozens|injured]]. Ethnic armed groups and
    resistance forces hold the roads into [[five of the worst-hit townships|other;a=the UN
    office;u=other]], the UN office said. Before the quake, Sagaing region already counted [[about 1.2
    million people|displaced;a=OCHA]] uprooted by the war, according to OCHA.""",
)

item(
    "Junta arrests volunteers carrying flood aid in Sagaing",
    """Soldiers detained [[14 volunteers|arrested;a=a local relief group]] taking rice and
    drinking water to flooded villages in Sagaing region's Kale township, a local relief group
    said on {{Thursday}}. The group said [[two of its trucks|aid;a=The group]] and [[about 300
    sacks|aid;a=The group]] of rice were seized. Floods along the Chindwin have displaced
    [[roughly 25,000 people|displaced;a=the National Unity Government]] in the township, the
    National Unity Government said. Resistance forces, the People's Defence Forces, claim to
    control [[more than 30 townships|other;a=Resistance forces;u=other]] in the region. The group
    said soldiers had also burned [[about 40 homes|housing;a=The group]] in a village they
    accused of sheltering fighters.
    [[Two of the volunteers|arrested;a=relatives]] were later freed after paying a bribe,
    relatives said. The junta's information team did not respond to questions.""",
)

item(
    "Taliban say Herat quakes flattened whole villages",
    """A spokesman for the Taliban's disaster ministry said on {{October 9}} that [[2,445
    people|killed;a=A spokesman for the Taliban's disaster ministry]] had been killed and
    [[more than 2,000|injured;a=A spokesman for the Taliban's disaster ministry]] injured in
    the earthquakes in Herat province. He said [[1,983 houses|housing;a=A spokesman for the
    Taliban's disaster ministry]] were destroyed in [[20 villages|other;a=A spokesman for the
    Taliban's disaster ministry]] of Zindajan district. The ministry later revised the toll down
    to [[about 1,480|killed;a=The ministry]]. The World Health Organization said more than
    {{90 percent}} of the dead were women and children. Herat also receives [[more than 1,000
    returnees a day|returned;a=the International Organization for Migration]] from Iran at the
    Islam Qala crossing, according to the International Organization for Migration, and aid
    groups said [[hundreds of returnee families|displaced;a=aid groups]] were sleeping in tents
    near the quake zone.""",
)

item(
    "Kunar quake kills hundreds as deportees stream in from Pakistan",
    """The Taliban government said on {{September 2}} that [[more than 1,400 people|killed;a=The
    Taliban government]] had been killed and [[about 3,100|injured;a=The Taliban government]]
    injured by the earthquake in Kunar and Nangarhar. It said [[more than 5,400 homes|housing;
    a=The Taliban government]] were destroyed. The defence ministry said its helicopters had
    made [[between 40 and 50 flights|other;a=The defence ministry]] to carry the wounded out of
    mountain valleys and had flown in [[about 1,000 troops|combatants;a=The defence
    ministry]] to help with rescues. Aid groups said female survivors struggled to get help
    because male rescuers were reluctant to touch them. The quake struck as Pakistan was
    deporting Afghans, and [[more than 2,000 people|returned;a=the UN]] a day were crossing at
    Torkham, the UN said. The World Food Programme said it would need to feed [[up to 120,000
    people|aid;a=The World Food Programme;p]] in the area.""",
)

item(
    "Flash floods sweep through Baghlan villages",
    """Flash floods in Afghanistan's northern Baghlan province killed [[315 people|killed;a=the
    Taliban's refugee ministry]] and injured [[more than 1,600|injured;a=the Taliban's refugee
    ministry]], the Taliban's refugee ministry said. The World Food Programme said [[at least
    2,000 houses|housing;a=The World Food Programme]] were destroyed and [[some 1,500
    livestock|other;a=The World Food Programme]] died. A provincial official said [[dozens of
    people|missing;a=A provincial official]] were still missing in Burka district. The UN said it
    had sent [[21 trucks|aid;a=The UN]] of food and [[about 2,400 emergency kits|aid;a=The
    UN]]. Afghanistan has been under Taliban rule since {{August 2021}}, and donors have cut aid
    sharply since.""",
)

item(
    "Afghans pushed out of Pakistan crowd into Torkham camps",
    """[[More than 327,000 Afghans|returned;a=the International Organization for Migration]] have
    returned from Pakistan since Islamabad ordered undocumented foreigners to leave by {{November
    1}}, the International Organization for Migration said. Pakistani police detained [[about
    2,000 Afghans|arrested;a=Pakistani police]] in raids in Karachi and Islamabad in the past
    week, police said. At Torkham, the Taliban built [[three camps|capacity]] for returnees, each
    meant for [[no more than 10,000 people|capacity]], but [[about 25,000|displaced;a=aid
    workers]] were waiting there on some nights, aid workers said. Pakistan plans to expel
    [[an estimated 1.1 million|returned;a=Pakistan;p]] more Afghans it says have no papers.
    Rain and a cold snap last week killed [[seven people|killed]] in the camps.""",
)

item(
    "Afghanistan cold wave kills more than 160",
    """[[At least 166 people|killed;a=the Taliban's disaster ministry]] have died in a cold wave
    across Afghanistan since {{January 10}}, the Taliban's disaster ministry said, as
    temperatures fell to {{minus 33C}} in the central highlands. It said [[more than 77,000
    livestock|other;a=the Taliban's disaster ministry]] had died. Several aid groups suspended
    work after the Taliban banned women from working for NGOs, and the UN said [[about 28
    million people|civilians;a=the UN]] needed aid this year. The International Rescue Committee
    said it had stopped helping [[some 18,000 households|aid;a=The International Rescue
    Committee]] in Ghor and Badghis. Taliban authorities said they had handed out [[about 3,000
    tonnes|aid;a=Taliban authorities]] of coal and food. In Ghor, [[200-250 families|displaced;a=a provincial
    official]] who fled to the provincial capital were living in tents, a provincial official
    said. WFP had planned to reach [[up to 15 million people|aid;a=WFP;p]] over the winter.""",
)

item(
    "Fire leaves 12,000 Rohingya homeless in Balukhali camp",
    """A fire swept through {{Camp 11}} in Balukhali on {{Sunday}}, destroying [[about 2,000
    shelters|housing;a=Bangladesh's refugee relief commissioner]] and leaving [[some 12,000
    Rohingya|displaced;a=Bangladesh's refugee relief commissioner]] homeless, Bangladesh's
    refugee relief commissioner said. [[Thirty-five mosques and learning centres|housing;
    a=Bangladesh's refugee relief commissioner;u=structure;n=mosques and learning centres]] also burned, he said. No one
    was killed. Police said they had arrested [[two men|arrested;a=Police]] suspected of setting
    the fire. Armed groups in the camps, including ARSA and the RSO, have killed [[at least 60
    Rohingya|killed;a=police]] in feuds this year, according to police. The camps around Cox's
    Bazar hold [[nearly 1 million refugees|displaced]], most of whom fled a Myanmar army
    crackdown in {{2017}}. UNHCR said it had distributed [[6,500 tarpaulins|aid;a=UNHCR]] by
    {{Tuesday}}.""",
)

item(
    "Landslides hit camps as Rohingya flee new fighting in Rakhine",
    """Landslides after heavy monsoon rain killed [[10 people|killed;a=UNHCR]] in the Rohingya
    camps of Ukhiya, [[five of them children|killed;a=UNHCR;n=children]], UNHCR said on {{June 19}}.
    [[More than 1,600 shelters|housing]] were damaged or washed away. The camps are
    taking in new arrivals fleeing fighting between the Arakan Army and Myanmar's military, and
    Bangladeshi officials said [[about 60,000 Rohingya|displaced;a=Bangladeshi officials]] had
    crossed in recent months. Refugees said armed groups in the camps had abducted [[dozens of
    people|kidnapped;a=Refugees]] for ransom this year. Police said they had rescued [[14
    captives|kidnapped;a=Police]] from a hideout in the hills near Teknaf and arrested [[six
    suspects|arrested;a=Police]].""",
)

item(
    "Cyclone Remal tears roofs off Bhasan Char shelters",
    """Cyclone Remal damaged [[about 1,000 shelters|housing;a=officials]] on Bhasan Char, the
    island in the Bay of Bengal where Bangladesh has moved Rohingya refugees, officials said.
    The island's housing clusters were built for [[100,000 people|capacity;a=officials]] and hold
    [[about 36,000|displaced;a=officials]], officials said, and the government plans to move
    [[a further 30,000|displaced;a=the government;p]] there this year. In the mainland camps,
    [[roughly 4,000 refugees|displaced;a=UNHCR]] were moved to [[72 cyclone shelters|capacity;
    a=UNHCR]] before landfall, UNHCR said. [[Two people|injured]] were hurt by falling trees. The
    Arakan Army, which now controls most of northern Rakhine across the border, said [[some
    500 of its fighters|combatants;a=The Arakan Army]] had joined relief work in Maungdaw.""",
)

item(
    "Floods swamp displacement camps in war-torn Karenni",
    """Floods from Typhoon Yagi swamped [[more than 100 displacement camps|capacity;a=the
    Karenni Interim Executive Council]] in Karenni state, the Karenni Interim Executive Council,
    which runs resistance-held areas, said on {{September 14}}. It said [[nine people|killed;
    a=the Karenni Interim Executive Council]] had drowned and [[about 3,000 shelters|housing;a=the
    Karenni Interim Executive Council]] were destroyed. About {{80 percent}} of the state's
    population has been displaced by the war, it said. The Karenni Nationalities Defence Force
    said it had sent [[hundreds of fighters|combatants;a=The Karenni Nationalities Defence
    Force]] to evacuate camps near Demoso. Military jets bombed a camp near Loikaw the same
    week, killing [[four people|killed;a=the council;alt=the Karenni Interim Executive Council]]
    and wounding [[11|injured;a=the council;alt=the Karenni Interim Executive Council]],
    according to the council. The council said [[about 12,000 people|displaced;a=The council;
    alt=the Karenni Interim Executive Council]] had moved to higher ground.""",
)

item(
    "Cyclone Mocha's winds among the strongest on record in the Bay of Bengal",
    """Cyclone Mocha made landfall near Sittwe on {{14 May 2023}} with sustained winds of about
    {{210 km/h}}, equal to a {{category 4}} hurricane, according to the India Meteorological
    Department. Storm surge of up to {{3.6 metres}} was forecast for Rakhine's coast, and
    Sittwe recorded {{more than 200 millimetres}} of rain in {{12 hours}}. The cyclone was the
    strongest to hit Myanmar since Nargis in {{2008}}. The UN's flash appeal for Mocha sought
    {{$333 million}} and was about {{a third}} funded by the end of {{June}}. Forecasters gave
    {{five days}} of warning.""",
)

item(
    "Afghanistan appeal shrinks as aid cuts bite",
    """The UN's humanitarian plan for Afghanistan for {{2025}} sought {{$2.4 billion}}, down from
    {{$4.6 billion}} in {{2023}}, and was {{26 percent}} funded by {{September}}. The United
    States, once the largest donor, ended most of its funding in {{early 2025}}. Winter
    temperatures in Bamiyan and Ghor often fall below {{minus 20C}}, and the lean season runs
    from {{January}} to {{May}}. The afghani has held at about {{70}} to the dollar, while wheat
    flour prices rose {{12 percent}} in a year. A World Bank survey found that {{one in two}}
    households cut meals in {{2024}}.""",
)

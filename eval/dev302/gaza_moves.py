"""Moves: evacuation orders, people sent south and back north, shelters, tents, the population."""

from _wrap import item

item(
    "Israel tells 1.1 million in northern Gaza to move south within 24 hours",
    """The Israeli military on Friday ordered [[about 1.1 million people|displaced;a=the United Nations;p]]
    living north of Wadi Gaza to move to the south of the territory within {{24 hours}}, the United
    Nations said, warning that such a movement was impossible without "devastating humanitarian
    consequences". By the evening, [[tens of thousands of residents|displaced]] were heading south on
    foot, in cars and on donkey carts along Salah al-Din Road. UNRWA said [[more than 423,000
    people|displaced;a=UNRWA]] had already been displaced inside Gaza before the order, [[some
    270,000|displaced;a=UNRWA;n=-]] of them in its [[64 schools|capacity;a=UNRWA]]. The agency said it
    was relocating [[its 150 international staff|other;a=The agency;alt=UNRWA;n=staff]] to Rafah as
    well. Hamas told residents to stay in their homes. The order covered Gaza City, home to [[around
    700,000 people|civilians]].""",
)

item(
    "OCHA: nine in ten Gazans displaced at least once",
    """An estimated [[1.9 million people|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]]
    across the Gaza Strip, or about {{90%}} of the population, have been displaced, many of them
    repeatedly, the UN Office for the Coordination of Humanitarian Affairs said in its weekly update.
    [[Nearly 1 million|displaced;a=OCHA;n=-]] are sheltering in and around Rafah, a town that had
    [[about 275,000 residents|civilians;a=OCHA]] before the war, OCHA said. According to UNRWA, its [[155 shelters|capacity;a=UNRWA]]
    hold [[1.4 million people|displaced;a=UNRWA]], with one toilet for every {{486}} people in
    some of them. The office said [[at least 60,000 homes|housing;a=The office;alt=OCHA]] had been
    destroyed and [[290,000 more|housing;a=The office;alt=OCHA;n=-;u=structure]] damaged. "People are
    running out of places to go," OCHA spokesman Jens Laerke told reporters in Geneva.""",
)

item(
    "Hundreds of thousands flee Rafah as tanks push into the east of the city",
    """[[Around 450,000 people|displaced;a=UNRWA]] have fled Rafah since Israel ordered the evacuation of
    its eastern districts a week ago, UNRWA said on Tuesday, as tanks pushed towards the Egyptian
    border. The agency said in a post on X that [[a further 100,000|displaced;a=The agency;alt=UNRWA]]
    had been displaced in the north by new fighting in Jabalia. Before the offensive, the city was
    sheltering [[more than 1.3 million people|displaced;a=aid agencies]], aid agencies said. The Rafah
    crossing has been shut since Israeli forces took its Palestinian side on {{7 May}}, stranding
    [[about 1,500 patients|displaced;a=the World Health Organization]] who had been cleared for
    evacuation, according to the World Health Organization. Families arriving in al-Mawasi said they
    had paid {{$1,000}} or more for a truck to carry their belongings. The UN said [[40,000 tents|aid;a=The UN;p]]
    were needed at once. The Israeli military said troops had found [[dozens of tunnel shafts|other;a=The Israeli military;u=other]]
    near the border.""",
)

item(
    "Crowds surge north as Netzarim corridor opens",
    """[[More than 300,000 people|returned;a=Gaza's government media office]] crossed into northern Gaza
    on Monday, the first day Israel allowed them through the Netzarim corridor, Gaza's government
    media office said. Most walked the coastal Rashid Road, a trek of about {{seven kilometres}} from
    the checkpoint to Gaza City, carrying mattresses and bags. By Wednesday the UN put the number of
    returnees at [[376,000|returned;a=the UN]], while Hamas officials said [[more than half a million|returned;a=Hamas officials;v=500000;q=at_least]]
    had gone back. Cars and carts were routed along Salah al-Din Road, where Egyptian and Qatari
    contractors inspected [[about 15,000 vehicles|other;a=the contractors;alt=Egyptian and Qatari contractors]],
    the contractors said. Many found nothing left of their homes. Gaza City's municipality said it
    needed [[135,000 tents and caravans|aid;a=Gaza City's municipality;p;n=tents and caravans;u=other]] to
    shelter returnees. The crossings opened on {{27 January 2025}}, {{eight days}} into the ceasefire. [[Two people|killed;a=medics]] were shot near the corridor
    on the first morning, medics said.""",
)

item(
    "Training centre built for 1,500 students now shelters 30,000",
    """The UNRWA vocational training centre in Khan Younis, built for [[about 1,500 students|capacity;a=the agency;alt=UNRWA]],
    is now sheltering [[more than 30,000 displaced people|displaced;a=the agency;alt=UNRWA]], the agency
    said. Its classrooms hold [[up to 70 people|displaced]] each; families who arrived later have put up [[some
    800 makeshift shelters|capacity;a=staff]] in the courtyard, staff said. There are [[22 working
    latrines|aid]] for the whole compound. Across the south, [[more than 80 UNRWA installations|capacity;a=UNRWA;u=structure]]
    are now hosting displaced people, according to UNRWA, and [[another 40,000|displaced;a=UNRWA;n=-]]
    are camped around them. "We had space for families at the start, not for a whole town," said the centre's manager,
    {{52}}, who asked that his name not be used.""",
)

item(
    "Deir al-Balah's population triples as camps spread to the beach",
    """Deir al-Balah, a town of [[about 90,000 people|civilians;a=the municipality]] before the war, now
    hosts [[more than 700,000 displaced|displaced;a=the municipality]], the municipality said on
    Sunday. It counts [[over 120 makeshift camps|capacity;a=the municipality]] along the
    coast and on farmland to the east, up from [[a dozen|capacity;n=-;u=structure]] at the start of
    {{2024}}. Residents receive about {{three litres}} of water a day each, below the emergency
    minimum of {{15 litres}}, according to the Norwegian Refugee Council. The council said it had
    installed [[46 water points|aid;a=The council;alt=the Norwegian Refugee Council;u=other]] in the
    camps. Mayor Diab al-Jaru said his staff of [[fewer than 200 workers|other;a=Mayor Diab al-Jaru]]
    could not keep up with the waste. Sewage, he said, was running between tents.""",
)

item(
    "New evacuation orders cover eastern Khan Younis, Bani Suheila",
    """The Israeli military issued new evacuation orders for eastern Khan Younis and Bani Suheila on
    Monday, an area that OCHA said was home to [[about 250,000 people|civilians;a=OCHA]]. Within {{three
    days}}, [[at least 150,000 people|displaced;a=the UN]] had moved west, the UN said. The orders, posted
    by army spokesman Avichay Adraee on social media and dropped as [[thousands of leaflets|other;u=other]],
    cover {{blocks 45 to 52}} on the military's numbered map. With the latest order, some {{83%}} of
    Gaza is under evacuation orders or inside militarised zones, OCHA said. Aid groups said [[16
    clinics|other;a=Aid groups]] and [[three field hospitals|other;a=Aid groups;u=structure]] in the area had stopped working.
    OCHA said [[some 30,000 families|displaced;a=OCHA]] had
    registered as newly displaced. The army said rockets had been fired from the area.""",
)

item(
    "Israel calls up 60,000 reservists for Gaza City assault",
    """Israel will call up [[60,000 reservists|combatants;a=Israel;p]] and extend the service of [[20,000
    others|combatants;a=Israel]] for an offensive to take Gaza City, the defence ministry said, as the
    army told residents to leave for the south. The UN estimates that [[about 1 million people|civilians;a=The UN]]
    were in the city when the operation began. By late September, the military said [[more than
    480,000|displaced;a=the military;n=-]] had left, while the civil defence agency put the number
    at [[about 400,000|displaced;a=the civil defence agency]]. Families said trucks to carry tents and
    belongings south cost up to {{$3,000}}. [[Hundreds of thousands|civilians]] were still in the city
    on {{1 October}}, when the army closed the coastal road to southbound traffic. The army said it had
    struck [[more than 50 high-rise buildings|housing;a=The army]] it said Hamas used.""",
)

item(
    "Gazans stream north after ceasefire takes hold",
    """[[Hundreds of thousands of people|returned]] walked north along the coastal road on Friday after a
    ceasefire between Israel and Hamas took effect at noon ({{0900 GMT}}). Gaza's civil defence said
    [[more than 500,000|returned;a=Gaza's civil defence;n=-]] had entered Gaza City within {{48
    hours}}, and that its crews had recovered [[the bodies of 63 people|killed;a=Gaza's civil defence;n=people]]
    from the streets. Israeli troops pulled back to an agreed line, leaving the army in control of
    about {{53%}} of the strip. Gaza City's municipality said [[some 90,000 housing units|housing;a=Gaza City's municipality]]
    in the city had been destroyed or made uninhabitable. "We came back to sit on the stones," said
    Umm Mohammed, {{61}}, whose family had spent {{two years}}
    in tents in Deir al-Balah. The UN said [[about 4,000 people|returned;a=The UN]] were also moving
    from Gaza City back towards homes in Jabalia and Beit Lahia each day. It said [[600 aid trucks a day|aid;a=The UN;p]]
    would enter under the deal.""",
)

item(
    "Humanitarian zone shrinks as more arrive, UN says",
    """The area Israel designates as a humanitarian zone in southern Gaza has shrunk to about {{11%}} of
    the territory while it holds [[some 1.7 million people|displaced;a=OCHA]], OCHA said on Thursday. In
    parts of al-Mawasi, it estimated, density has reached {{34,000 people per square kilometre}}. The
    office counted [[about 5,000 new arrivals a day|displaced;a=The office;alt=OCHA]] from Rafah and
    eastern Khan Younis in the past week. [[Some 1,200 displacement sites|capacity;a=The office;alt=OCHA]]
    are now registered across the south, it said, [[more than 300|capacity;a=OCHA;u=other;n=-]] of them
    set up since {{May}}. Aid workers said they had been unable to reach [[around 80 of the sites|capacity;a=Aid workers;n=sites]]
    because of fighting. In one school in al-Mawasi, [[2,000 to 3,000 people|displaced;a=staff]] share
    a single water tap, staff said.""",
)

item(
    "Winter storm floods tents along Gaza coast",
    """Heavy rain and high seas flooded [[more than 10,000 tents|housing;a=the civil defence agency]] along
    Gaza's coast overnight, the civil defence agency said, leaving [[tens of thousands of people|civilians]]
    soaked and without shelter. Wind gusts reached {{60 km/h}} and about {{40 mm}} of rain fell in
    {{12 hours}}, Palestinian meteorologists said. The health ministry said [[three infants|killed;a=The health ministry]]
    had died of cold in the past week, the youngest {{three weeks}} old. The Shelter Cluster, a group of
    aid agencies led by the Norwegian Refugee Council, estimates that [[1.3 million people|civilians;a=The Shelter Cluster]]
    need emergency shelter, and that [[up to 300,000 tents|aid;a=The Shelter Cluster;p]] will be needed
    this winter. Only [[about 60,000|aid;a=the group;alt=The Shelter Cluster;u=other;n=-]] have entered since
    the ceasefire, the group said. [[Some 2,500 families|displaced;a=UNRWA]] whose tents were
    swept away have moved into schools, according to UNRWA.""",
)

item(
    "Israeli border communities slowly refill two years after attack",
    """Israel evacuated [[about 120,000 residents|displaced;a=the government]] of communities near Gaza
    and along the Lebanese border in {{October 2023}}, according to the government, housing [[tens of
    thousands|displaced;n=-]] in hotels for months. In Kibbutz Be'eri, where [[101 residents|killed;a=the kibbutz]]
    were killed and [[30|kidnapped;a=the kibbutz;n=-]] taken hostage on {{7 October}}, according to the
    kibbutz, [[fewer than 300 members|returned;a=the kibbutz]] had moved back by the summer of {{2025}}.
    [[Nearly 120 homes|housing]] there were burned or destroyed. The Tkuma reconstruction authority said {{about
    70%}} of residents of the Gaza border area had returned. The Eshkol regional council said [[more than 1,000
    families|returned;a=The Eshkol regional council]] were back in its communities.""",
)

item(
    "Siege of Jabalia: UN says 400,000 trapped in northern Gaza",
    """[[About 400,000 people|civilians;a=the UN]] are trapped in northern Gaza as Israeli forces press a
    siege of the Jabalia camp, the UN said on Monday, {{three weeks}} into the operation. The health
    ministry said [[at least 770 people|killed;a=The health ministry]] had been killed in the north in
    that time. The Israeli military said its troops had killed [[more than 800 militants|killed;a=The Israeli military]]
    and detained [[over 700 suspects|arrested;a=The Israeli military]] in the area. [[Around 100,000|displaced;a=UNRWA;n=-]]
    have fled to Gaza City, UNRWA said, many of them through an army checkpoint where men were separated
    from their families. The World Health Organization said [[only three hospitals|other;a=The World Health Organization]]
    in the north were still partly working, with [[fewer than 20 doctors|other;a=The World Health Organization]]
    between them. No food has entered the north since {{1 October}}, the UN said.""",
)

item(
    "Residents return to ruined Khan Younis after Israeli pull-out",
    """[[Thousands of families|returned]] made their way back to Khan Younis on Sunday and Monday after
    Israel withdrew its ground troops from the southern city following a {{four-month}} offensive. The
    municipality said [[about 55,000 housing units|housing;a=The municipality]] had been destroyed and
    that [[some 200,000 residents|returned;a=The municipality]] had returned by the end of the week,
    though many went back to Rafah after finding their homes in ruins. "There is no house, no street,
    nothing," said Ahmad al-Najjar, {{45}}. UNRWA said [[about 1,000 families|displaced;a=UNRWA]] had moved back into its damaged training
    centre. The army said it had withdrawn the {{98th}} Division after killing [[thousands of
    militants|killed;a=The army]] in the city. Medics said [[at least 10 bodies|killed;a=Medics]] were found in the ruins on the first
    day.""",
)

item(
    "Tens of thousands left Gaza through Egypt before Rafah crossing closed",
    """[[About 110,000 Palestinians|displaced;a=Palestinian ambassador Diab al-Louh]] left Gaza for Egypt
    through the Rafah crossing before it closed in {{May 2024}}, Palestinian ambassador Diab al-Louh
    told Egyptian media. Many paid Egyptian travel firms {{$5,000}} or more per adult to be put on a
    list. Egypt said it had admitted [[more than 4,000 wounded and sick|injured;a=Egypt;n=wounded and sick]]
    for treatment, and that [[about 2,500 foreign nationals|displaced;a=Egypt]] had left in the first
    weeks of the war. Since then, medical evacuations have gone through Kerem Shalom and Jordan's King
    Hussein bridge; the WHO says [[over 7,300 patients|displaced;a=the WHO]] have been evacuated, while
    [[some 15,000|civilians;a=the WHO;n=-]] still need treatment abroad. In {{2025}}, Israel said it had
    let [[about 1,000 Gazans|displaced;a=Israel]] leave on flights arranged by foreign governments.""",
)

item(
    "Mapping the yellow line: where Israeli troops stand in Gaza",
    """Under the ceasefire that began on {{10 October 2025}}, Israeli forces withdrew to a boundary
    marked on maps in yellow. The line runs between {{1.5}} and {{6.5 kilometres}} from the border fence
    and leaves about {{53%}} of the Gaza Strip on the Israeli side. In the {{second phase}}, troops are to
    pull back further, to about {{40%}} and then to a buffer zone of roughly {{15%}}. The army marked the
    line with concrete blocks painted yellow, placed every {{200 metres}}. Residents of Beit Lahia and
    eastern Gaza City say the markers have moved westward by up to {{300 metres}} in places.""",
)

item(
    "Heat in the tents: a summer in al-Mawasi",
    """Daytime temperatures inside the plastic tents of al-Mawasi rose above {{45C}} last week, while
    the air outside stood at {{34C}}, according to readings taken by a Gaza university team. The
    heatwave, the {{third}} of the summer, lasted {{five days}}. Water trucks arrive at some blocks every
    {{two days}}, and the nearest shaded clinic is a {{20-minute}} walk from the beach. "From {{11 a.m.}}
    to {{4 p.m.}} nobody can stay inside," said Samira Awad, {{38}}. The World Meteorological Organization
    said {{2024}} was the hottest year on record for the eastern Mediterranean.""",
)

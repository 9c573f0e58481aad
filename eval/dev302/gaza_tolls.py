"""Tolls: the health ministry's counts, strikes on homes, schools and tents, the missing."""

from _wrap import item

item(
    "Gaza death toll passes 40,000, health ministry says",
    """Gaza's health ministry said on Thursday that [[40,005 people|killed;a=Gaza's health ministry]]
    had been killed in the territory since the war began on {{7 October 2023}}, the first time its
    count has crossed that line. The ministry, which does not distinguish between civilians and
    combatants, said [[92,401 others|injured;a=The ministry;alt=Gaza's health ministry]] had been
    wounded and that [[more than 16,000 children|killed;a=The ministry;alt=Gaza's health ministry]] were among the
    dead. It said [[40 bodies|killed;a=Gaza's health ministry]] had been brought to hospitals in
    the previous {{24 hours}}, along with [[107 injured|injured;a=Gaza's health ministry]]. The
    Israeli military says it has killed [[more than 17,000 militants|killed;a=The Israeli military]],
    a figure it has not backed with evidence. Officials at the ministry estimate that [[about 10,000
    people|missing;a=Officials at the ministry]] remain under the rubble of destroyed buildings. The
    UN human rights office said in May that women and children made up close to {{70%}} of the
    victims it had verified.""",
)

item(
    "Strike on family home in Jabalia kills dozens, civil defence says",
    """An Israeli air strike on a four-storey house in the Jabalia refugee camp killed [[at least 33
    people|killed;a=Gaza's civil defence agency]] overnight, Gaza's civil defence agency said on
    Saturday, most of them from one extended family. Spokesman Mahmoud Basal said rescuers had pulled
    [[21 bodies|killed;a=Spokesman Mahmoud Basal]] from the ruins by dawn and that [[a dozen more|missing;a=Spokesman Mahmoud Basal;n=-]]
    were believed to be trapped beneath the concrete. Among the dead were [[nine children|killed;a=a relative]], the
    youngest a {{three-month-old}} girl, according to a relative who spoke to AFP. Staff at the Kamal
    Adwan hospital said they had received [[dozens of wounded|injured;a=Staff at the Kamal Adwan hospital]],
    some with severe burns. The blast also damaged [[four neighbouring homes|housing]]. The Israeli
    military said it had targeted a Hamas commander and was reviewing the report.""",
)

item(
    "School turned shelter hit in Gaza City",
    """A strike on the al-Tabi'in school in Gaza City, where displaced families were sheltering, killed
    [[more than 90 people|killed;a=the Gaza civil defence]] as they gathered for dawn prayers, the Gaza
    civil defence said. The Israeli military disputed the figure and said it had killed [[19 Hamas and
    Islamic Jihad militants|killed;a=The Israeli military]] operating from a command room in the
    compound. The school had been housing [[around 250 families|displaced;a=local officials]], local
    officials said, most of them from the eastern neighbourhood of Shujaiya. Medics at al-Ahli hospital
    said [[47 wounded people|injured;a=Medics at al-Ahli hospital]] had been brought in, [[11 of them|injured;a=Medics at al-Ahli hospital;n=-]]
    in critical condition. UNRWA said [[at least 190 of its schools|capacity;a=UNRWA]] had been used as
    shelters since {{October 2023}} and that about {{70%}} had been hit at least once. The strike came
    on the {{310th}} day of the war.""",
)

item(
    "Tent camp in al-Mawasi struck; medics report mass casualties",
    """Israeli strikes on a tent camp in the al-Mawasi area west of Khan Younis, which the army had
    designated a humanitarian zone, killed [[between 19 and 40 people|killed;a=Palestinian officials]],
    according to differing figures given by Palestinian officials on Tuesday. The Palestinian Red
    Crescent said its teams had treated [[about 60 injured|injured;a=The Palestinian Red Crescent]].
    Witnesses said the blasts left craters roughly {{nine metres}} deep and buried [[dozens of tents|housing;a=Witnesses;u=other]].
    "We dug with our hands for hours," said Ahmed Abu Taha, {{34}}. The area, a strip of dunes about
    {{14 kilometres}} long, was sheltering [[an estimated 1.7 million people|displaced;a=OCHA]] at the
    time, according to OCHA. The army said it had struck senior Hamas operatives. The health ministry said [[16 of the dead|killed;a=The health ministry;n=dead]]
    were women and children. [[Hundreds of families|displaced]] left the area overnight for Deir
    al-Balah.""",
)

item(
    "Ministry revises toll to include 'incomplete data' bodies",
    """Gaza's health ministry has revised the way it reports its toll, splitting the [[35,091
    dead|killed;a=Gaza's health ministry]] it counted by {{mid-May}} into [[24,686 identified bodies|killed;a=Gaza's health ministry]]
    and [[10,405|killed;a=Gaza's health ministry]] whose details remain incomplete. The change, the
    ministry said, reflected the collapse of hospital record-keeping in the north. The identified dead
    included [[7,797 children|killed;a=the ministry;alt=Gaza's health ministry]] and [[4,959
    women|killed;a=the ministry;alt=Gaza's health ministry]], the ministry said. The UN
    office for the coordination of humanitarian affairs, which had briefly cited a higher figure for
    women and children from the government media office, said it would now quote both sets of numbers.
    Israel's military says [[about 14,000 fighters|killed;a=Israel's military]] are among the dead.
    Researchers writing in The Lancet in {{January 2025}} estimated that deaths from traumatic injury
    alone had been underreported by about {{41%}}.""",
)

item(
    "Nuseirat strikes leave residential blocks in ruins",
    """[[At least seven residential buildings|housing;a=the government media office]] in the Nuseirat camp were flattened in a wave of strikes on Friday, the government media office
    said. It put the toll at [[27 dead|killed;a=the government media office]] and [[more than 100
    wounded|injured;a=the government media office]]. Residents said warplanes struck for about {{40
    minutes}} after an evacuation order for {{blocks 2 and 2A}} was dropped from the air shortly
    after {{10 p.m.}} Civil defence crews said they had no fuel for their bulldozers and were working
    with [[two vehicles|other]]. [[Five rescuers|injured;a=the civil defence agency]] were themselves hurt when a second strike
    hit the same street, the civil defence agency said. The UN said [[between 300 and 400 families|displaced;a=The UN]]
    had lived in the destroyed blocks. [[Nine people|missing;a=relatives]] were still missing under the
    rubble, relatives said.""",
)

item(
    "UN satellite survey finds most Gaza structures damaged",
    """A total of [[163,778 structures|housing;a=the UN Satellite Centre]] across the Gaza Strip, or
    roughly {{66%}} of the total, had been damaged by early {{September 2024}}, according to a new assessment
    by the UN Satellite Centre, UNOSAT. Of those, [[52,564|housing;a=the UN Satellite Centre;u=structure]]
    had been destroyed outright and [[18,913|housing;a=the UN Satellite Centre;u=structure]] severely
    damaged, it said. The agency estimated that [[some 227,591 housing units|housing;a=The agency;alt=the UN Satellite Centre]]
    had been affected. Gaza City governorate was the hardest hit. The World Bank has put the cost of
    physical damage at {{$18.5 billion}}, equal to {{97%}} of the combined output of the West Bank and
    Gaza in {{2022}}. UNOSAT counted [[about 9,000 damaged buildings|housing;a=UNOSAT]] in Rafah alone, and
    said [[496 of 564 school buildings|housing;a=UNOSAT;n=buildings]] had been hit. Clearing the estimated {{42 million tonnes}} of debris could take {{14 years}},
    the UN Environment Programme said.""",
)

item(
    "Rubble recovery teams find bodies in Khan Younis after withdrawal",
    """Teams from Gaza's Civil Defence recovered [[at least 60 bodies|killed;a=the agency;alt=Gaza's Civil Defence]] from the ruins of Khan
    Younis in the {{48 hours}} after Israeli troops pulled out, the agency said on Monday, raising
    fears for the [[thousands of missing|missing;n=missing]] in the city. Most of the remains were found
    in the neighbourhoods around the Nasser medical complex, where a mass grave holding [[more than
    280 bodies|killed;a=Gaza civil defence official Yamen Abu Suleiman]] had earlier been uncovered,
    according to Gaza civil defence official Yamen Abu Suleiman. The Israeli military said its forces
    had examined bodies there in an effort to locate hostages and had reburied them. The agency said
    it had only [[three working excavators|other;a=The agency;alt=Gaza's Civil Defence;u=other]] for the whole south of the
    territory. "Families come to us every day with names," said one volunteer, {{29}}, who asked not
    to be named. Volunteers said they were finding [[between 15 and 20 bodies a day|killed;a=Volunteers]].
    [[More than 400 families|returned;a=the municipality]] had gone back to the eastern districts by
    Wednesday, the municipality said.""",
)

item(
    "Journalists' deaths in Gaza highest of any modern conflict, press group says",
    """The Committee to Protect Journalists said on Wednesday that [[at least 128 journalists and
    media workers|killed;a=The Committee to Protect Journalists;n=journalists and media workers]] had
    been killed in Gaza, Israel and Lebanon since the start of the war, [[123 of them|killed;a=The Committee to Protect Journalists;n=-]]
    Palestinian. The group said it was also investigating [[some 130 cases|other;a=The group;alt=The Committee to Protect Journalists]]
    of journalists arrested, injured or missing. [[More than 50 journalists|arrested;a=the group;alt=The Committee to Protect Journalists]]
    have been detained by Israeli forces, the group said, and [[two|missing;a=the group;alt=The Committee to Protect Journalists;n=-]]
    remain missing. Gaza's government media office gives a higher count of the dead, [[more than
    170|killed;a=Gaza's government media office]]. Reporters Without Borders ranked Israel {{101st}} of
    {{180}} countries in its annual index. Foreign reporters remain barred from entering the strip
    independently, more than {{12 months}} into the war.""",
)

item(
    "Hospital's last generator fails as wounded arrive, doctors say",
    """Doctors at the Indonesian Hospital in Beit Lahia said on Sunday that its last generator had
    failed, leaving [[around 45 patients|civilians;a=Doctors at the Indonesian Hospital]], [[eight of
    them|civilians;a=Doctors at the Indonesian Hospital;n=-]] in intensive care, without power. The
    hospital received [[17 wounded|injured;a=the hospital's director]] from a strike on a nearby house
    during the night, the hospital's director said, and [[two more|killed;n=-]] died on arrival. The
    World Health Organization said only [[16 of Gaza's 36 hospitals|other;a=The World Health Organization;u=structure;n=hospitals]]
    were even partially functional. It said it had delivered fuel on a mission that
    was delayed for {{11 hours}} at an Israeli checkpoint. Staff said [[five babies|civilians;a=Staff]] in
    incubators and [[more than 200 displaced people|displaced;a=Staff]] sheltering in the corridors were at risk.""",
)

item(
    "Aid workers killed in Gaza exceed any conflict on record, UN says",
    """The number of aid workers killed in Gaza since {{October 2023}} has reached [[at least 280|killed;a=the UN Office for the Coordination of Humanitarian Affairs]],
    the UN Office for the Coordination of Humanitarian Affairs said on Friday, more than in any
    conflict it has recorded. [[More than 200|killed;a=UNRWA]] of them were UNRWA staff, according to
    the agency. [[Seven employees|killed]] of World Central Kitchen were among those killed, in a strike on their
    convoy in Deir al-Balah on {{1 April 2024}}; Israel later dismissed [[two officers|other]] over the
    attack. The Palestinian Red Crescent said [[19 of its paramedics|killed;a=The Palestinian Red Crescent]]
    had been killed on duty, and that [[one|missing;a=The Palestinian Red Crescent;n=-]] remained unaccounted for. OCHA said it had
    recorded [[more than 150 incidents|other;a=OCHA;u=other]] in which convoys were shot at or
    obstructed.""",
)

item(
    "Palestinian Civil Defence says 14 of its crews killed in March offensive",
    """Israeli strikes since the collapse of the ceasefire on {{18 March}} have killed [[more than 1,400
    people|killed;a=the health ministry]] in Gaza, the health ministry said on Sunday, among them
    [[at least 500 children|killed;a=the health ministry]]. The Palestinian Civil Defence said
    [[14 of its crew members|killed;a=The Palestinian Civil Defence;n=members]] had been killed in the same
    period. In Rafah, [[15 medics and rescuers|killed;n=medics and rescuers]] were killed on {{23 March}}
    and buried in a shallow grave. The Red Crescent said it was still searching for [[one
    paramedic|missing;a=The Red Crescent]]. The Israeli military has said [[six of the dead|killed;a=The Israeli military;n=dead]]
    were Hamas members, a claim the Red Crescent rejects. The ministry said [[3,400 people|injured;a=The ministry;alt=the health ministry]]
    had been wounded since the truce ended.""",
)

item(
    "Strike near Gaza water point kills children queueing with jerrycans",
    """An Israeli missile struck near a water distribution point in Nuseirat on Sunday, killing [[10
    people|killed;a=officials at al-Awda hospital]], [[six of them|killed;a=officials at al-Awda hospital;n=-]]
    children, officials at al-Awda hospital said. The hospital said it had treated [[16 people|injured;a=The hospital;alt=al-Awda hospital]]
    wounded in the strike. Residents said [[about 40 people|civilians;a=Residents]] had been standing in
    line with plastic containers when the missile hit. The Israeli military said a technical error had
    caused the munition to fall "{{dozens of metres}}" from its intended target, an Islamic Jihad operative.
    Children {{under 10}} made up most of those waiting, witnesses said. [[About 1,200 displaced people|displaced;a=local officials]]
    live in the tents around the point, local officials said, and it serves [[some 600 families|aid]] a
    day.""",
)

item(
    "Overnight strikes after truce breach kill more than 100",
    """Israeli air strikes across Gaza killed [[104 people|killed;a=the health ministry]] overnight,
    [[46 of them children|killed;a=the health ministry;n=children]], the health ministry said on
    Wednesday, the deadliest night since the October ceasefire took hold. Israel said the strikes were a
    response to the killing of a soldier in Rafah and that it had hit [[dozens of targets|other;a=Israel;u=other]]
    and killed [[30 commanders|killed;a=Israel]] of armed groups. Hamas said it remained committed to the truce
    and accused Israel of "a massacre". Hospitals in Gaza City said they had received [[more than 250
    wounded|injured;a=Hospitals in Gaza City]]. The army later said it was resuming enforcement of the
    agreement. [[Around 300 families|displaced]] fled eastern Khan Younis after leaflets were dropped.
    Under the deal, Israeli troops remain behind a line covering roughly {{53%}} of the
    territory.""",
)

item(
    "Ministry's monthly report: how the Gaza toll is counted",
    """Gaza's health ministry publishes its lists of the dead in batches, with each person's name, sex,
    age and identity number. Its latest file was released on {{31 August}}. Names
    are added only when a hospital morgue or a relative's report, checked by a judicial committee, has
    confirmed the death. Independent researchers at Airwars and the London School of Hygiene and Tropical
    Medicine have compared the lists with past wars and found them broadly reliable. In {{2014}}, the
    ministry's final count of that {{51-day}} war differed from the UN's by less than {{5%}}. Critics in
    Israel say the ministry, which reports to the Hamas-run government, inflates the share of women and
    children; the ministry rejects this.""",
)

item(
    "Explainer: what the numbers of the Gaza war can and cannot tell",
    """Tallies from the Gaza war are rarely simple. The health ministry's count rose each day from
    {{October 2023}}, while the Israeli military's count of fighters killed is updated only
    occasionally. Rates matter too: deaths per {{100,000}} residents in Gaza's north exceeded those of
    any governorate of Syria or Iraq during their worst years, demographers wrote in {{2025}}. Analysts
    caution that percentages given for children and women differ depending on whether unidentified
    bodies are included. A {{2026}} survey by a Palestinian statistics bureau put the fall in life
    expectancy at more than {{30 years}}. Each figure, in short, comes with caveats.""",
)

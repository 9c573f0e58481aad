"""dev334 items: Iraq after the caliphate: Mosul, the camps of Kurdistan, returns, raids."""

from _wrap import item

item(
    "Mosul's Old City: seven years on, rebuilding reaches the riverbank",
    """Nearly {{seven years}} after the battle that drove Islamic State from Mosul, workers have
    rebuilt [[about 2,400 houses|housing;a=the Nineveh governorate]] in the Old City, the Nineveh
    governorate said, out of [[roughly 5,000|housing;u=structure]] destroyed or badly damaged in the
    {{nine-month}} fight. The UN estimates that [[more than 8,000 buildings|housing;a=The UN]]
    across west Mosul were hit. [[Some 1,600 families|returned;a=local officials]] have moved
    back into the Old City, local officials said, though [[hundreds of houses|housing]] along the
    Tigris still lie in rubble. UNESCO's "Revive the Spirit of Mosul" project employed
    [[around 1,300 local workers|other;a=UNESCO]], the agency said, and restored
    [[124 heritage houses|housing;a=the agency;alt=UNESCO]]. The battle killed
    [[at least 9,000 civilians|killed;a=an Associated Press investigation]], according to an
    Associated Press investigation.""",
)

item(
    "Khasfa sinkhole: families still wait for the dead",
    """The Khasfa sinkhole south of Mosul, where Islamic State is believed to have dumped its
    victims, may hold [[as many as 4,000 bodies|killed;a=Iraqi officials]], Iraqi officials say,
    but excavation has not begun. The Martyrs Foundation has registered
    [[more than 5,100 people|missing;a=The Martyrs Foundation]] as missing in Nineveh province
    since {{2014}}. In Mosul alone, [[about 2,800 families|other;a=the International Committee of
    the Red Cross]] have reported a relative missing to the International Committee of the Red
    Cross, the organisation said. [[Between 250,000 and 1 million people|missing;a=the
    International Commission on Missing Persons]] may be missing across Iraq from decades of
    conflict, according to the International Commission on Missing Persons. Forensic teams have
    opened [[more than 110 graves|other;u=other;n=graves]] in Nineveh since {{2017}} and recovered [[some 3,900 bodies|killed]]. Human Rights Watch said [[at least 25 other mass graves|other;u=other;a=Human Rights Watch]] around Mosul had not been touched.""",
)

item(
    "Kurdistan camp closures: 5,000 families leave in a month",
    """[[About 5,000 families|returned;a=Iraq's Ministry of Migration and Displacement]] have left
    camps in the Kurdistan Region since the federal government began closing them in
    {{mid-July}}, Iraq's Ministry of Migration and Displacement said on {{Sunday}}. Each family
    that goes home receives {{4 million Iraqi dinars}}, or about {{$3,000}}. The ministry said
    [[more than 22,000 families|displaced;a=The ministry]] were still in the
    [[23 camps|capacity;a=The ministry]] of Duhok and Erbil, and that
    [[about 3,700 families|displaced;a=The ministry]] had chosen to resettle in the region rather
    than go home. The Kurdistan Regional Government said [[1.5m displaced Iraqis|displaced;a=The
    Kurdistan Regional Government]] had lived in the region at the height of the crisis in
    {{2016}}. UN agencies warned that [[up to 30,000 people|civilians;a=UN agencies]] could be
    left without services if the camps shut before houses in Sinjar are rebuilt. In Erbil's Harshm camp, [[1,200 families|returned;a=camp officials]] left in the first week alone, camp officials said.""",
)

item(
    "Jeddah-1 centre receives its largest convoy from al-Hol",
    """A convoy carrying [[720 Iraqis|returned;a=Iraq's Ministry of Migration]], most of them women and children, arrived at
    the {{Jeddah-1}} rehabilitation centre south of Mosul from al-Hol camp on {{Tuesday}},
    Iraq's Ministry of Migration said, the largest group so far. The centre, which has room for
    [[about 1,500 families|capacity;a=the National Security Adviser's office]], now houses
    [[around 2,100 people|displaced;a=the National Security Adviser's office]], according to the
    National Security Adviser's office. Since {{2021}}, [[more than 13,500 Iraqis|returned;a=the
    office;alt=the National Security Adviser's office]] have passed through the centre and
    [[about 9,000 of them|returned;a=the office;alt=the National Security Adviser's office;n=-]]
    have gone on to their home areas, the office said. [[Around 200 families|returned;p]] are
    expected to leave for Anbar and Salahuddin next week. IOM runs psychosocial sessions for
    [[some 300 children|aid]] at the centre.""",
)

item(
    "Iraqi forces kill nine IS militants in Hamrin mountains raid",
    """Iraqi counter-terrorism forces killed [[nine Islamic State militants|killed;a=the Joint
    Operations Command]] in a raid on hideouts in the Hamrin mountains on {{Thursday}}, the Joint
    Operations Command said. [[Two soldiers|injured]] were wounded.
    The forces, backed by [[four air strikes|other;u=other]] from {{F-16}} jets, destroyed
    [[11 caves|other;u=other;n=caves]] and seized [[dozens of explosive devices|other]], the
    command said. Iraqi intelligence estimates that [[between 400 and 500 IS fighters|combatants;
    a=Iraqi intelligence]] remain in Iraq, mostly in remote areas of Kirkuk, Diyala and
    Salahuddin. In the past {{12 months}}, security forces say they have arrested
    [[more than 700 suspects|arrested;a=security forces]].""",
)

item(
    "US and Iraqi forces kill 15 in joint raid in western desert",
    """A joint raid by US and Iraqi forces in Iraq's western desert on {{Thursday}} killed
    [[15 Islamic State operatives|killed;a=US Central Command]], US Central Command said, and
    [[seven US personnel|injured;a=US Central Command]] were hurt, [[five of them|injured;a=US
    Central Command;n=-]] during the operation and [[two|injured;a=US Central Command]] in falls.
    The raid in Anbar province involved [[more than 100 Iraqi and US troops|combatants;n=troops]]
    and lasted {{several hours}}. Iraqi officials said [[four senior commanders|killed;a=Iraqi
    officials]] were among the dead and that [[three suspects|arrested;a=Iraqi officials]] had been
    detained. Soldiers found [[a dozen suicide belts|other;u=other]] and a cache of rifles at the site.""",
)

item(
    "Iraqi air strikes hit IS hideout in Wadi al-Shay",
    """Iraqi {{F-16}} jets struck an Islamic State hideout in Wadi al-Shay, south-west of Kirkuk, on
    {{Saturday}}, killing [[at least 12 militants|killed;a=Iraq's Security Media Cell]], Iraq's
    Security Media Cell said. The cell said the jets carried out [[six strikes|other;u=other;
    n=strikes;a=The cell;alt=Iraq's Security Media Cell]] on [[three caves|other;u=other;n=caves;
    a=The cell;alt=Iraq's Security Media Cell]] used to store weapons. Ground troops later
    recovered [[nine bodies|killed]], a local commander said, adding that
    [[two wounded fighters|arrested;a=a local commander]] had been captured. In {{March}}, a
    similar raid in the valley killed [[eight|killed]]. Wadi al-Shay has been a refuge for
    [[no more than 60 fighters|combatants;a=Kurdish Peshmerga officials]], Kurdish Peshmerga
    officials estimate.""",
)

item(
    "IOM: 1.1 million Iraqis still displaced, 4.9 million have returned",
    """[[About 1.1 million Iraqis|displaced;a=the International Organization for Migration]] remain
    displaced inside the country, the International Organization for Migration said in its latest
    Displacement Tracking Matrix, while [[almost 4.9 million|returned;a=the International
    Organization for Migration]] have gone home since the end of {{2017}}. Of those still
    displaced, [[roughly 120,000|displaced;a=IOM]] live in camps, IOM said, and the rest in rented
    homes, with relatives or in unfinished buildings. [[Some 700,000 returnees|civilians;a=the
    agency;alt=the International Organization for Migration]] live in areas of severe need, the
    agency added, and [[about 200,000|returned]] have returned to homes that are damaged. At the
    peak, in {{2015}}, [[6 million people|displaced]] were displaced. Nineveh has the largest
    number of returns, [[1.9 million|returned]], followed by Anbar with
    [[about 1.5 million|returned]].""",
)

item(
    "Jurf al-Sakhar's displaced still barred from going home",
    """[[More than 25,000 people|displaced;a=rights groups]] from Jurf al-Sakhar, south of Baghdad,
    remain barred from returning to their homes, rights groups say, {{ten years}} after the town
    was retaken from Islamic State by Shia militias. The militia Kataib Hezbollah, which controls
    the area with [[several thousand fighters|combatants]], has never allowed civilians back. [[About 120,000 people|civilians]] lived in the district before {{2014}}.
    Residents living in camps in Amiriyat al-Fallujah told reporters that
    [[about 4,000 families|displaced;a=Residents]] from the district were scattered across Anbar
    and Babylon. A parliamentary committee said in {{2023}} that [[at least 1,700 men|missing;a=A
    parliamentary committee]] from the area had disappeared after being detained at checkpoints,
    and that [[around 600 houses|housing;a=A parliamentary committee]] had been demolished.""",
)

item(
    "IS attack on army post in Kirkuk kills four soldiers",
    """Islamic State militants attacked an army outpost near Daquq in Kirkuk province overnight,
    killing [[four soldiers|killed;a=security sources]], including an officer, and wounding
    [[three|injured;a=security sources]], security sources said on {{Sunday}}.
    [[One soldier|missing;a=the sources;alt=security sources]] was missing after the attack, the sources said. The
    militants, [[about 15 gunmen|combatants]] according to a local official, used the cover of
    a sandstorm. The army said it had sent [[reinforcements of 300 troops|combatants;n=troops;
    a=The army]] and launched a sweep of [[nine villages|other]] in the area. It was the
    {{second}} deadly attack in the province in {{a month}}; in {{December}},
    [[13 members|killed]] of the Popular Mobilisation Forces were killed in an ambush.""",
)

item(
    "ICMP: Mosul families register 4,300 missing relatives",
    """The International Commission on Missing Persons said on {{Wednesday}} that families in
    Mosul had registered [[4,312 missing relatives|missing;a=The International Commission on
    Missing Persons]] with its office since {{2019}}, [[about 60 of them|missing;a=The International
    Commission on Missing Persons;n=-]] in the past month. The commission has taken DNA reference
    samples from [[some 9,600 family members|other]] and matched [[around 450 sets of remains|killed;
    n=remains]] to names, it said. A separate register kept by Nineveh's human rights office lists
    [[more than 1,000 people|missing;a=Nineveh's human rights office]] detained by Iraqi forces
    during the battle for the city whose whereabouts are unknown. Among them are
    [[at least 76 teenage boys|missing]], the office said.""",
)

item(
    "Makhmour camp residents given new identity papers",
    """Iraqi officials have issued civil identity cards to [[2,640 residents|aid;a=the camp's
    council]] of Makhmour camp south of Erbil, the camp's council said on {{Monday}}, the first
    time documents have been handed out since the Turkish Kurdish refugees arrived in the
    {{1990s}}. The camp is home to [[about 12,000 refugees|displaced;a=UNHCR]], according to
    UNHCR, in [[roughly 2,500 households|displaced]]. A Turkish drone strike on the camp in
    {{June 2021}} killed [[three people|killed]] and wounded [[two children|injured]]. Baghdad has
    sent [[about 500 federal police|combatants;a=Baghdad]] to guard the camp's perimeter since
    {{2023}}, and says it will build [[two checkpoints|other;p;a=it;alt=Baghdad]].""",
)

item(
    "US to cut troops in Iraq to about 2,000 by September",
    """The United States will reduce its forces in Iraq from [[about 2,500 troops|combatants;a=the
    Pentagon]] to [[fewer than 2,000|combatants;a=the Pentagon;p]] by {{September}}, the Pentagon
    said on {{Friday}}, as the US-led coalition ends its mission in federal Iraq. The remaining
    troops will be based in Erbil, and [[about 1,000|combatants;p]] will stay into {{2026}} to
    support operations in Syria, officials said. The coalition carried out
    [[about 35,000 air strikes|other;u=other;n=strikes]] in Iraq and Syria between {{2014}} and {{2019}}. Officials said [[some 400 US troops|combatants;a=Officials;p]] would also leave Syria. Airwars, a monitoring group, says those strikes killed
    [[between 8,200 and 13,200 civilians|killed;a=Airwars]].""",
)

item(
    "Mosul's hospitals and schools back in service, governor says",
    """Nineveh's governor said on {{Tuesday}} that [[13 hospitals|housing;a=Nineveh's governor]] and
    [[more than 450 schools|housing;a=Nineveh's governor]] in Mosul had been rebuilt or repaired
    since {{2017}}, out of [[some 600 schools|housing]] damaged in the war. The al-Shifa medical
    complex, which had [[1,200 beds|capacity;u=other]] before the war, reopened {{this year}} with
    [[400|capacity;u=other]]. The governor said [[about 1.8 million people|civilians;a=The
    governor]] now live in the city, close to its pre-war population, and that
    [[tens of thousands of families|returned;a=The governor]] had come back to the west bank. The
    World Bank has funded {{$750 million}} of reconstruction in Nineveh.""",
)

item(
    "Tal Afar families still wait for compensation for destroyed homes",
    """[[More than 11,000 claims|other;u=other;n=claims;a=the Nineveh compensation committee]] for
    homes destroyed in Tal Afar have been filed, the Nineveh compensation committee said, but
    [[only 3,100|other;u=other]] have been paid. The town lost [[about 4,700 houses|housing]] in
    the fighting of {{August 2017}}, according to a UN-Habitat survey, and
    [[2,300 others|housing;u=structure;n=-]] were damaged. [[Roughly 60,000 people|returned;a=IOM]] have returned
    to Tal Afar district since then, IOM says, while [[some 8,000 families|displaced]] from the
    town are still displaced, many in Duhok and Erbil. Compensation averages {{$7,000}} per house,
    {{about a third}} of the cost of rebuilding. Before {{2014}}, the town had [[about 200,000 residents|civilians]].""",
)

item(
    "Iraq's reconstruction fund gets a bigger share of the budget",
    """Iraq's parliament approved a budget on {{Monday}} that sets aside {{1.2 trillion dinars}} for
    the Reconstruction Fund for Areas Affected by Terrorist Operations, up {{15 percent}} on
    {{2023}}. The fund, created in {{2015}}, has spent {{$1.4 billion}} so far. Lawmakers from
    Nineveh said the money was {{a fraction}} of the {{$88 billion}} that a World Bank assessment
    in {{2018}} estimated was needed over {{ten years}}. The budget also covers the {{2024}} and
    {{2025}} fiscal years.""",
)

item(
    "Al-Nouri mosque and its leaning minaret restored",
    """The al-Nouri mosque in Mosul, where Abu Bakr al-Baghdadi declared his caliphate on
    {{July 4, 2014}}, reopened on {{Thursday}} after a restoration that took {{five years}}. The
    al-Hadba minaret, blown up by the militants in {{June 2017}}, has been rebuilt to its original
    height of {{45 metres}} with its famous tilt of {{about 1.8 degrees}}. The {{12th-century}}
    landmark was rebuilt with {{$50.4 million}} from the United Arab Emirates. UNESCO said {{45
    percent}} of the original bricks were reused.""",
)

"""Returns to Syria, Iraq and Afghanistan: 15 texts with figures, 2 without."""

from _wrap import item

item(
    "Syrians stream home through the northern gates",
    """[[More than 125,000 Syrians|returned;a=Ali Yerlikaya]] have gone back from Turkey since
    the fall of Bashar al-Assad's government on {{December 8}}, Interior Minister Ali Yerlikaya
    said on {{January 14}}. At the Cilvegozu gate opposite Bab al-Hawa, officials said [[about
    1,800 people a day|returned;a=officials]] were now crossing, against [[fewer than
    400|returned;a=officials]] in the first week. Many travel with everything they own: customs
    officers counted [[312 minibuses|other;a=customs officers]] and [[more than 90
    trucks|other;a=customs officers]] loaded with furniture on a single Saturday. Turkey still
    hosts [[some 2.8 million Syrians|displaced;a=the Interior Ministry]] under temporary
    protection, the Interior Ministry said. UNHCR said it expected [[up to 1 million
    refugees|returned;a=UNHCR;p]] to go back from neighbouring countries in the first
    {{six months of 2025}}.""",
)

item(
    "Returning farmers meet the mines of Idlib's southern countryside",
    """Unexploded ordnance has killed [[at least 138 people|killed;a=the HALO Trust]] in
    north-western Syria since {{December 2024}}, most of them returnees working their land, the
    HALO Trust said on {{March 20, 2025}}. A further [[214 people|injured;a=the group;alt=the
    HALO Trust]] were wounded, including [[49 children|injured;a=the group;alt=the HALO Trust]],
    the group said. Maarat al-Numan had [[about 80,000 residents|civilians]] before the town was
    emptied in {{2019}}. By spring the local council had counted [[fewer than 6,000
    people|returned;a=the local council]] back. Council engineers found [[2,340
    houses|housing;a=Council engineers]] destroyed and [[another 4,100|housing;a=Council
    engineers;u=structure]] too damaged to live in. "We came back to stones," said Abu Khaled,
    {{52}}, who returned with [[nine relatives|returned]] from the Atmeh camps in
    {{January}}.""",
)

item(
    "Lebanon: the road back over the mountains",
    """Lebanon's General Security said [[roughly 210,000 Syrians|returned;a=Lebanon's General
    Security]] had crossed home through official posts between {{December 2024}} and
    {{April 2025}}, with more using unofficial paths near Hermel. UNHCR puts the total at
    [[about 270,000|returned;a=UNHCR]], including those who fled Israeli strikes on Lebanon in
    {{autumn 2024}} and went back before the government fell. [[Nearly 1.5 million
    Syrians|displaced;a=the government]] remain in Lebanon, the government estimates. At the
    Masnaa crossing, volunteers handed out [[4,000 hygiene kits|aid]] in a week, and the
    agency registered [[2,650 families|aid;a=the agency;alt=UNHCR]] for a one-off cash grant of
    {{$100}} per person, the agency said. Syrian security officers detained [[at least 41
    returnees|arrested;a=the Syrian Network for Human Rights]] at the crossing over old
    conscription files, the Syrian Network for Human Rights said.""",
)

item(
    "From Rukban to Homs: the last desert camp empties",
    """The last convoy left the Rukban camp on the Jordanian border on {{Sunday}}, carrying
    [[187 people|returned;a=the Syrian Arab Red Crescent]] to Homs and Palmyra, the Syrian Arab
    Red Crescent said. At its peak in {{2016}} the camp held [[an estimated 75,000
    people|displaced]]. Since {{January}}, [[23 convoys|other;a=the Red Crescent]] of buses and
    trucks have brought [[some 7,900 residents|returned;a=the Red Crescent]] out, the Red
    Crescent said, leaving [[fewer than 100|displaced;a=the Red Crescent]] who say they have no
    house to go to. Aid workers handed out [[1,150 tents|aid]] and food baskets meant to last
    {{30 days}}. [[About 40 families|displaced]] from al-Qaryatayn who found their homes
    flattened are sheltering in a school.""",
)

item(
    "Damascus suburbs: returning to Jobar is returning to rubble",
    """Residents returning to the eastern Damascus suburb of Jobar have found almost nothing
    standing: UN-Habitat estimates that {{93%}} of its buildings were destroyed or badly damaged
    by {{2018}}. In nearby Qaboun, the district committee said [[about 3,200
    families|returned;a=the district committee]] had come back since {{December}}, most renting
    rooms in Barzeh because [[some 11,000 homes|housing;a=the district committee]] in Qaboun are
    beyond repair. [[Hundreds of returnees|displaced]] have already left again as rents doubled.
    Municipal crews have cleared rubble from [[14 streets|other;u=other]] and reopened [[two
    schools|other]] for the spring term. Rent for a single room now runs to {{1.5 million Syrian
    pounds}} a month, or about {{$115}}. A UN-Habitat survey found [[fewer than 800
    buildings|housing;a=A UN-Habitat survey]] in the two districts fit to live in.""",
)

item(
    "Syria's new authorities open a returns office in Aleppo",
    """The Aleppo governorate opened its first returns office on {{Monday}} in the old
    Hanano barracks, where staff will issue replacement ID papers and register property claims.
    Officials said the office would process claims on weekdays from {{9am}} to {{3pm}} and hoped
    to clear its first backlog by the end of {{2025}}. About {{40%}} of the city's
    pre-war housing stock is thought to have been damaged, according to a {{2017}} World Bank
    assessment. A {{10-year}} reconstruction plan, costed at {{$4 billion}}, has yet to find
    donors.""",
)

item(
    "Sinjar: a decade on, Yazidis go back to empty villages",
    """[[More than 4,000 Yazidis|returned;a=the International Organization for Migration]] left
    the camps of Duhok for Sinjar in the first {{three months of 2024}}, the International
    Organization for Migration said, after Baghdad set a deadline to close the camps. Yet
    [[about 180,000 people|displaced;a=the agency;alt=the International Organization for
    Migration]] from the district still live in displacement, the agency estimates, in
    [[15 camps|capacity]] and in unfinished buildings. Returnees receive a grant of {{4 million
    Iraqi dinars}}, about {{$3,000}}, from the migration ministry. In the village of Kocho,
    where Islamic State fighters killed [[hundreds of men|killed]] in {{August 2014}}, only
    [[a dozen families|returned]] have rebuilt. [[About 2,700 Yazidis|missing;a=the Kurdistan
    Region's office for abducted Yazidis]] remain missing, according to the Kurdistan Region's
    office for abducted Yazidis. Armed factions still keep [[several thousand
    fighters|combatants]] in the district, and many families say that is why they stay away.""",
)

item(
    "Iraq closes Jeddah 5 camp, sending families to Anbar and Nineveh",
    """Iraqi authorities closed the {{Jeddah 5}} camp south of Mosul on {{Thursday}}, moving
    [[the last 312 families|returned;a=the Ministry of Migration and Displacement]] to their
    districts of origin, the Ministry of Migration and Displacement said. The camp, near Qayyarah,
    once held [[more than 9,000 people|displaced]]. Many had been screened for links to the
    Islamic State group, and aid workers say [[at least 60 men|arrested;a=aid workers]] were held
    by security forces on arrival in Anbar last year. Norwegian Refugee Council staff said
    [[between 40 and 50 families|displaced;a=Norwegian Refugee Council staff]] were turned away
    by their own tribes and ended up in informal settlements near Qayyarah. Each family was
    promised a return grant of {{1.5 million dinars}}; camp managers said [[as many as 90 families|aid;a=camp
    managers]] had been paid so far. The ministry says [[fewer than 20 camps|capacity;a=The ministry;alt=the Ministry of
    Migration and Displacement]] remain open in Iraq, nearly all of them in the Kurdistan
    Region.""",
)

item(
    "Mosul's Old City fills again, slowly",
    """{{Eight years}} after the battle that destroyed it, Mosul's Old City is home again to
    [[about 28,000 people|returned;a=UN-Habitat]], according to UN-Habitat, against [[some
    63,000|civilians;a=UN-Habitat]] before {{2014}}. The agency says [[5,000 houses|housing;a=The
    agency;alt=UN-Habitat]] were destroyed in the fighting of {{2017}}, and that [[2,200|housing;a=The
    agency;alt=UN-Habitat;u=structure]] have since been rebuilt with donor money. Demining teams
    have removed [[more than 1,300 explosive devices|other]] from the district. Returnees still
    die: [[three children|killed]] were killed in {{June}} when a shell buried in a courtyard
    exploded, and [[two others|injured]] lost limbs. Engineers say [[1,800 families|displaced;a=Engineers]]
    registered to the Old City are still renting elsewhere in the city.""",
)

item(
    "Torkham crossing: Afghans deported from Pakistan in their thousands",
    """[[More than 24,000 Afghans|returned;a=the Taliban's refugees ministry]] crossed back from
    Pakistan through Torkham in the {{48 hours}} before the deadline of {{November 1, 2023}}, the
    Taliban's refugees ministry said. Pakistani police had by then detained [[about 1,100
    undocumented Afghans|arrested;a=Pakistani police]] in Karachi and Islamabad, police said. At
    the border, the International Organization for Migration said it was registering [[2,000 to
    3,000 returnees a day|returned;a=the International Organization for Migration]] at a transit
    centre built to hold [[600 people|capacity;a=the International Organization for
    Migration]]. The agency counted [[1,400 trucks|other;a=The agency;alt=the International
    Organization for Migration]] queued on the Pakistani side with families and their livestock.
    Pakistan's interior ministry said [[1.7 million Afghans|displaced;a=Pakistan's interior
    ministry]] were living in the country without papers and would be made to leave.""",
)

item(
    "Islam Qala: Iran's deportations swell a desert crossing",
    """Iran sent back [[more than 500,000 Afghans|returned;a=the UN refugee agency]] in {{June
    2025}} alone, the UN refugee agency said, as Tehran enforced a deadline of {{July 6}} for
    undocumented migrants to leave. On a single day at the Islam Qala crossing in Herat province,
    UNHCR staff counted [[nearly 36,000 people|returned;a=UNHCR staff]] coming through. Most
    were young men deported after raids, but the agency said [[about 8,000 unaccompanied
    children|returned;a=the agency;alt=the UN refugee agency]] had crossed since {{January}}.
    Iranian officials have said [[up to 4 million Afghans|returned;a=Iranian officials;p]] will
    have to leave by the end of the year. At the reception centre, which aid groups built for
    [[5,000 people|capacity]], families slept in the open in heat above {{45C}}. The World Food
    Programme said it could feed only {{one in 10}} new arrivals because of funding cuts, and
    that cooked meals had gone to [[some 210,000 returnees|aid;a=The World Food Programme]] since
    {{May}}.""",
)

item(
    "Al-Hol: another flight of Iraqi families leaves for Jeddah 1",
    """A convoy of [[42 buses|other]] carried [[681 Iraqis|returned;a=Iraq's National Security
    Adviser]] from the al-Hol camp in north-eastern Syria to the {{Jeddah 1}} rehabilitation
    centre near Mosul on {{Tuesday}}, Iraq's National Security Adviser said. It was the
    {{17th}} such transfer since {{2021}}. Baghdad says it has brought back [[more than 19,000
    citizens|returned;a=Baghdad]] from the camp so far and plans to repatriate [[the remaining
    8,500|returned;a=Baghdad;p]] by the end of {{2026}}. The Kurdish-led administration that runs
    al-Hol said [[about 24,000 people|displaced;a=The Kurdish-led administration]] were still in
    the camp, most of them Syrians. Families spend {{three to six months}} at Jeddah 1 before they may go home. Human
    Rights Watch said [[at least 27 men|arrested;a=Human Rights Watch]] had been detained after
    leaving the centre, and that the families of [[about a dozen|missing;a=Human Rights
    Watch;v=12;q=approx]] did not know where they were held.""",
)

item(
    "Zaatari thins out as Jordan's Syrians weigh the trip north",
    """Jordan's Zaatari camp, once the second-largest refugee camp in the world, now houses
    [[about 64,000 Syrians|displaced;a=UNHCR Jordan]], UNHCR Jordan said on {{Wednesday}}, down
    from [[roughly 80,000|displaced;a=UNHCR Jordan]] a year ago. Through the Jaber-Nassib
    crossing, [[49,310 refugees|returned;a=the agency;alt=UNHCR Jordan]] registered with the
    agency have gone home since {{December 8, 2024}}, it said. "Some of my neighbours went back
    and came again," said Umm Yazan, {{38}}, from Daraa. "Their houses were burned." In Daraa
    province, the Syrian Arab Red Crescent estimated that [[17,500 homes|housing;a=the Syrian Arab
    Red Crescent]] were uninhabitable. Jordan's government said it expected [[at least 200,000
    more|returned;a=Jordan's government;p;n=-]] to leave in {{2026}} once schools finish their year.
    Refugees who register receive a travel allowance of {{$100}} and a phone card. Jordanian
    police said they had turned back [[43 people|arrested;a=Jordanian police]] who tried to cross
    without exit papers and held them for questioning.""",
)

item(
    "Idlib's tent camps begin to empty, one truck at a time",
    """Humanitarian coordinators in north-west Syria counted [[about 310,000
    people|returned;a=Humanitarian coordinators]] who left camps for their towns in the {{three
    months}} after the offensive that toppled the government. The Response Coordination Group, a
    local monitor, said [[1.4 million people|displaced;a=The Response Coordination Group]] were
    still living in [[1,150 camps|capacity;a=The Response Coordination Group]] along the Turkish
    border. Returnees are taking their tents with them: in Kafranbel alone, the group said,
    [[more than 700 tents|other;a=the group;alt=The Response Coordination Group]] had been
    pitched beside destroyed houses. Ahmad al-Hussein, {{41}}, spent {{six years}} in a camp
    near Sarmada with his [[eight children|displaced]]. "We went home because the camp has no
    more bread," he said. [[Two returnees|killed]] died and [[five|injured;u=person]] were hurt
    when a mine exploded under a tractor near Khan Sheikhoun on {{Friday}}.""",
)

item(
    "Afrin: Kurds return after years, and some are held",
    """[[Hundreds of Kurdish families|returned]] have gone back to Afrin from Tal Rifaat and the
    Shahba camps since {{February 2025}}, under an agreement between Damascus and the Syrian
    Democratic Forces. Local rights groups said [[at least 93 returnees|arrested;a=Local rights
    groups]] were detained by factions of the Syrian National Army on their way in, and that
    [[11 of them|kidnapped;a=Local rights groups;n=-]] were still held for ransom. The Kurdish Red
    Crescent said [[some 2,000 houses|housing;a=The Kurdish Red Crescent]] belonging to
    displaced Kurds had been taken over by fighters' families. Government security forces
    deployed [[about 1,500 personnel|combatants;a=the Interior Ministry]] to secure the road from
    Aleppo, the Interior Ministry said. [[Another 3,000 families|returned;a=the Afrin returns
    committee;p]] are expected to go back before winter, according to the Afrin returns
    committee. A Qatari charity is offering returning families {{$250}} each toward repairs.""",
)

item(
    "Kabul hands out land to deportees, but few plots have water",
    """The Taliban administration said on {{Saturday}} it had allotted [[12,400 plots|aid;a=The
    Taliban administration;u=other]] of land to returnee families across the country since
    {{2023}}, a tiny share of the [[more than 2.6 million Afghans|returned;a=the International
    Organization for Migration]] who came back from Iran and Pakistan in {{2024}} and {{2025}},
    according to the International Organization for Migration. The townships, such as the one at
    Sheikh Mesri near Jalalabad, have [[no more than 40 wells|other]] between them. The
    Norwegian Refugee Council said [[about 1,300 returnee households|aid;a=The Norwegian Refugee
    Council]] in Nangarhar had received a {{$375}} cash grant in {{March}}. Aid agencies estimate
    [[as many as 1.3 million returnees|civilians;a=Aid agencies]] need shelter before the
    winter. The agency warned that [[another 1 million people|returned;a=The agency;alt=the
    International Organization for Migration;p]] could be pushed back from Pakistan in
    {{2026}}.""",
)

item(
    "Sinjar agreement at five: deadlines, grants and promises",
    """When Baghdad and Erbil signed the Sinjar agreement on {{October 9, 2020}}, they promised
    to restore services and security within {{months}}. {{Five years}} later, the district's mayor
    still works from Duhok. The migration ministry raised the return grant to {{4 million
    dinars}} in {{2024}}, and the federal budget for {{2025}} set aside {{50 billion dinars}} for
    Sinjar's reconstruction. Less than {{a third}} of that has been spent, the parliament's
    finance committee said. The UN mission's mandate ended on {{December 31, 2025}}, after
    {{21 years}} in Iraq.""",
)

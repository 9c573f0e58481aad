"""Items: the February 2023 earthquake in north-west Syria and its crossings, and floods and
storms in Gaza's tent camps."""

from _wrap import item

item(
    "White Helmets say hope fading in Jindires as toll climbs",
    """Rescue workers in the north-west Syrian town of Jindires said on {{February 9}} they were
    still pulling survivors from collapsed apartment blocks, {{three days}} after the {{7.8}}
    magnitude earthquake struck before dawn. The Syria Civil Defence, the volunteer group better
    known as the White Helmets, said [[1,930 people|killed;a=The Syria Civil Defence;alt=the White Helmets]] had died
    in opposition-held areas and [[more than 2,950|injured;a=The Syria Civil Defence;alt=the White Helmets]] had been
    injured. It said its volunteers had brought [[about 480 people|other;a=The Syria Civil
    Defence;alt=the White Helmets]] out alive and that [[hundreds|missing;a=The Syria Civil Defence;alt=the White Helmets]] were believed to
    remain under the rubble. In Jindires alone, [[some 250 buildings|housing;a=the local
    council]] were flattened, according to the local council. The quake hit a region where
    [[4.1 million people|civilians;a=OCHA;v=4100000]] already relied on aid after {{12 years}} of war,
    [[some 2.9 million|displaced;a=OCHA]] of them uprooted from elsewhere in Syria, according to
    OCHA.""",
)

item(
    "First UN convoy since quake crosses at Bab al-Hawa",
    """The first United Nations aid convoy to reach north-west Syria since the earthquake crossed
    at Bab al-Hawa on {{Thursday}}, carrying tents, blankets and hygiene kits on [[six
    trucks|aid;a=the UN]], the UN said. The crossing is the only one authorised under Security
    Council resolution {{2672}}, and its approach road from Turkey was damaged in the quake. OCHA
    said [[a further 14 trucks|aid;a=OCHA;p]] were due on {{Friday}}. Before the disaster,
    [[roughly 600 trucks a month|aid]] went through Bab al-Hawa, carrying food for [[2.7 million
    people|aid]]. On {{February 13}} the UN said Damascus had agreed to open [[two more
    crossings|other;a=the UN;p]], Bab al-Salameh and al-Rai, for an initial {{three months}}.
    Hay'at Tahrir al-Sham, which controls much of Idlib, said it had sent [[500 of its
    fighters|combatants;a=Hay'at Tahrir al-Sham]] to help dig through the rubble.""",
)

item(
    "Tens of thousands of Syrians cross home from Turkey's quake zone",
    """Turkey's migration authority said on {{March 2}} that [[more than 40,000
    Syrians|returned;a=Turkey's migration authority]] had crossed back into north-west Syria
    since it began letting refugees from the quake provinces spend up to {{six months}} with
    relatives. A border official at Bab al-Hawa said [[about 1,800 people a day|returned;a=A
    border official at Bab al-Hawa]] were leaving, most of them women and children whose homes in Antakya or
    Kahramanmaras had been destroyed. The same gate had carried [[1,522 bodies|killed;a=the
    official]] of Syrians killed in southern Turkey back for burial, the official said. Turkey
    hosts [[about 3.5 million Syrian refugees|displaced;a=UNHCR]], [[some 1.7 million|civilians;
    a=UNHCR]] of whom lived in the provinces hit by the quake, UNHCR said. Rights groups
    said [[at least 12 Syrians|returned;a=Rights groups]] had been sent back against their will
    in the weeks after the disaster.""",
)

item(
    "Aleppo opens mosques and schools to the homeless",
    """Syria's health ministry said on {{February 10}} that [[1,387 people|killed;a=Syria's
    health ministry]] had died and [[2,326|injured;a=Syria's health ministry]] were hurt in
    government-held areas, most of them in Aleppo, Latakia and Hama. Aleppo's governor said the
    city had opened [[180 shelters|capacity;a=Aleppo's governor]] in schools, mosques and church
    halls, housing [[nearly 47,000 people|displaced;a=Aleppo's governor]]. Engineers had
    inspected [[3,200 buildings|other;a=the provincial council]] in the city and ordered the
    demolition of [[about 210|housing;a=the provincial council;u=structure]], the provincial
    council said.
    The city, whose eastern districts were largely destroyed in the battle of {{2016}}, still
    had [[hundreds of hollowed-out blocks|housing;u=structure]] before the quake.""",
)

item(
    "Contractors held over collapsed blocks in Jableh",
    """Syria's justice ministry said on {{February 14}} that it had ordered the arrest of [[17
    contractors and engineers|arrested;a=Syria's justice ministry;n=contractors and engineers]]
    whose buildings collapsed in Jableh and Latakia. In Jableh, a coastal town of [[about
    80,000|civilians;a=municipal officials]], [[at least 104 buildings|housing;a=municipal officials]] came down, municipal
    officials said. Search teams from Russia, Algeria and the United Arab Emirates have worked
    alongside [[some 400 Syrian rescuers|other]] in the town. The Syrian Arab Red Crescent said
    it had delivered [[12,000 food parcels|aid;a=The Syrian Arab Red Crescent]] and [[4,500
    mattresses|aid;a=The Syrian Arab Red Crescent]] in Latakia province, where [[about 13,000
    families|displaced;a=The Syrian Arab Red Crescent]] were sleeping in public buildings or
    cars.""",
)

item(
    "Prisoners flee Rajo jail after quake damages walls",
    """[[At least 20 prisoners|other;a=a source at the prison]] escaped from a military prison
    in Rajo, near the Turkish border in north-west Syria, after the earthquake cracked its walls,
    a source at the prison told Reuters. The prison, run by the Turkish-backed Syrian National
    Army, holds [[about 2,000 inmates|arrested;a=the source]], including [[around 1,300 suspected
    members|arrested;a=the source]] of Islamic State, the source said. Inmates rioted after the
    tremor and took control of parts of the building, the source added. A commander said
    [[nine of the escapees|arrested;a=A commander]] had been caught by nightfall. The quake
    killed [[at least 11 people|killed;a=the White Helmets]] in Rajo itself, according to the
    White Helmets.""",
)

item(
    "Quake survivors in Idlib camps face cholera and mud",
    """Heavy rain has flooded [[at least 30 displacement camps|capacity;a=the Response
    Coordination Group]] in northern Idlib where quake survivors were moved, the Response
    Coordination Group, a local monitoring body, said on {{March 14}}. It said [[1,870
    tents|housing;a=the Response Coordination Group]] were damaged or swept away. Many of the
    [[more than 86,000 people|displaced;a=OCHA]] made homeless by the quake in the north-west
    are living in such sites, according to OCHA. WHO said [[about 530 suspected cholera
    cases|other;a=WHO]] had been reported in the camps in the past {{two weeks}}, and [[eight
    deaths|killed;a=WHO]]. It shipped [[1.7 million doses|aid;a=WHO]] of oral cholera vaccine to
    the area in {{February}}.""",
)

item(
    "A year after the quake, north-west Syria still in tents",
    """One year on from the earthquake of {{6 February 2023}}, [[more than 40,000
    families|displaced;a=OCHA]] in north-west Syria still live in tents or reception centres,
    OCHA said in a statement. The agency said [[about 10,600 buildings|housing;a=The
    agency;alt=OCHA]] in the region were destroyed or damaged beyond repair, and that only [[1,400
    new housing units|housing;a=The agency;alt=OCHA]] had been completed. In all, the quake killed
    [[more than 4,500 people|killed]] in opposition-held areas and [[about 1,400|killed]] in
    government territory. Funding for the response reached {{58 percent}} of the {{$397
    million}} sought for the region. Shelling along the front line in Idlib and western Aleppo
    killed [[at least 60 civilians|killed;a=the White Helmets]] over the same {{12 months}},
    the White Helmets said.""",
)

item(
    "Seismologists map the fault that broke under Syria and Turkey",
    """The rupture of {{6 February 2023}} ran for about {{350 kilometres}} along the East
    Anatolian Fault, from near Gaziantep to Hatay and into Syria, according to a study published
    in {{2024}}. The main shock, of magnitude {{7.8}}, struck at {{4:17 a.m.}} local time at a
    depth of about {{10 kilometres}}; a second quake of {{7.5}} followed some {{nine hours}}
    later. Ground acceleration in Harem and Salqin reached about {{0.6 g}}, the authors wrote,
    well above what buildings there were designed for. Reconstruction estimates for Syria range
    from {{$5 billion}} to more than {{$8 billion}}, and donors pledged {{€7 billion}} at a
    conference in Brussels in {{March 2023}}.""",
)

item(
    "Rain floods tents in al-Mawasi as winter begins",
    """Heavy rain flooded tents across al-Mawasi and Deir al-Balah overnight, the Gaza civil
    defence said on {{November 25}}, adding that [[about 10,000 tents|housing;a=the Gaza civil
    defence]] had been swept away or soaked through. UNRWA said [[nearly 500,000
    people|civilians;a=UNRWA]] were at risk of flooding in the coastal strip, where [[about 1.9
    million|displaced;a=UNRWA]] have been displaced by the war. Families used sand and plastic
    sheeting to hold back water that reached {{30 centimetres}} inside some shelters. The
    Palestinian Red Crescent said it had evacuated [[dozens of families|displaced;a=The
    Palestinian Red Crescent]] from the shoreline. OCHA said only {{about 20 percent}} of the
    tents needed had arrived. Gaza's civil defence said its crews had moved [[about 120
    families|displaced;a=Gaza's civil defence]] into schools in Khan Younis, and UNRWA estimates
    that [[some 945,000 people|civilians;a=UNRWA]] need winter supplies.""",
)

item(
    "Storm Byron leaves Gaza camps under water",
    """Storm Byron brought {{two days}} of heavy rain and gales to Gaza, and the civil defence
    said on {{December 11}} that [[four people|killed;a=the civil defence]], among them a
    baby, had died, [[three|killed;a=the civil defence]] of them when a damaged building
    collapsed on a tent in Gaza City. It said [[more than 27,000 tents|housing;a=the civil
    defence]] were flooded and [[13 homes|housing;a=the civil defence]] already hit in the war
    had collapsed. Gaza's health ministry said [[two infants|killed;a=Gaza's health ministry]] had
    died of hypothermia. The UN said [[about 1,900 trucks|aid;a=The UN]] had entered the strip in the
    past week under the ceasefire that began in {{October}}, fewer than the [[600 a
    day|aid;a=The UN;p;u=other]] the deal provides for. The war has killed [[more than 70,000
    Palestinians|killed;a=the ministry;alt=Gaza's health ministry]] since {{October 2023}}, according to the ministry.""",
)

item(
    "UNRWA schools in Gaza City take in flooded families",
    """UNRWA said on {{January 4}} that [[86 of its schools|capacity;a=UNRWA]] in Gaza were
    being used as shelters, housing [[some 78,000 people|displaced;a=UNRWA]], after a week of
    storms flooded camps near the shore. Many are in buildings damaged by air strikes, and the
    agency said [[at least 17|housing;a=the agency;alt=UNRWA;u=structure]] should not be
    occupied at all. The sites were built for [[up to 1,000 pupils|capacity]]
    each. "We have people sleeping in stairwells," an UNRWA spokeswoman said. Before the war,
    UNRWA taught [[nearly 300,000 children|other]] in Gaza. It says [[more than 370 of its
    staff|killed;a=UNRWA]] have since been killed.""",
)


item(
    "Sewage lagoon overflows onto tents in Sheikh Radwan",
    """A sewage lagoon in Gaza City's Sheikh Radwan district overflowed after {{three days}} of
    rain, flooding streets where [[around 2,500 families|displaced;a=municipal officials]] had
    pitched tents among the ruins, municipal officials said. Residents said the water rose to
    knee height within an hour. Civil defence crews pulled [[37 people|other;a=a civil defence
    spokesman]] from flooded shelters, [[11 of them children|other;a=a civil defence
    spokesman;n=children]], a civil defence spokesman said. The municipality said [[12 of its
    sewage pumping stations|housing;a=The municipality;u=structure]] had been destroyed in the
    war and that fuel for the rest ran out in {{November}}. It estimates that [[some 700,000
    residents|civilians;a=The municipality]] remain in Gaza City. Aid groups handed out [[3,000
    tarpaulins|aid]] on {{Sunday}}.""",
)

item(
    "Syrian rebels hold up Kurdish fuel convoy bound for quake zone",
    """A convoy of [[about 100 fuel tankers|aid;a=the administration;alt=the Autonomous
    Administration of North and East Syria]] sent by the Autonomous Administration of North and
    East Syria to quake victims in Afrin and Aleppo was held up for {{five days}} at a crossing
    controlled by Turkish-backed factions, the administration said. Factions of the Syrian
    National Army said the fuel would end up with the Kurdish-led forces. In Afrin district,
    [[at least 300 people|killed;a=the local council]] died in the earthquake, according to the
    local council, which is run by the opposition. [[Tens of thousands of Kurds|displaced]] fled
    Afrin when Turkey and its allies seized it in {{2018}}. [[About 75,000 of them|displaced;
    a=the administration;alt=the Autonomous Administration of North and East Syria;n=-]] still
    live in camps in the nearby Shahba area, the administration says. The Kurdish-led Syrian
    Democratic Forces said they had sent [[150 fighters|combatants;a=The Kurdish-led Syrian Democratic Forces]] with bulldozers to Aleppo's Sheikh Maqsoud district. [[Dozens of
    buildings|housing;u=structure]] collapsed there.""",
)

item(
    "Rain turns Rafah's camps to mud as hostage talks stall",
    """Winter rain flooded tents across Rafah on {{Wednesday}}, where [[more than 1.3 million
    people|displaced;a=OCHA]] are now crowded into an area that held [[about 275,000|civilians;
    a=OCHA]] before the war, OCHA said. [[Hundreds of tents|housing]] on the sandy ground near
    the Egyptian border were flooded. Gaza's health ministry says [[more than 24,000
    Palestinians|killed;a=Gaza's health ministry]] have been killed and [[over 61,000|injured;
    a=Gaza's health ministry]] wounded since {{October 7}}. Israel says [[about 1,200
    people|killed;a=Israel]] were killed in the Hamas-led attack that day and [[253|kidnapped;
    a=Israel]] taken hostage, of whom [[132|kidnapped;a=Israel]] remain in Gaza. Talks in Cairo
    on a pause in the fighting and the release of hostages broke up on {{Tuesday}} without a
    deal.""",
)

item(
    "Foreign rescue teams and Russian troops dig in Latakia",
    """Syria's foreign ministry said on {{February 11}} that [[27 foreign rescue teams|other;
    a=Syria's foreign ministry;u=other]] had arrived in government-held areas, from Algeria, the
    United Arab Emirates, Russia, Armenia and elsewhere. Russia's defence ministry said [[more
    than 300 servicemen|combatants;a=Russia's defence ministry]] from its Hmeimim air base were
    clearing rubble in Latakia and Jableh, and that they had pulled [[42 people|other;
    a=Russia's defence ministry]] out alive. [[Sixty-two aid flights|aid;a=airport authorities]]
    had landed at Damascus, Aleppo and Latakia airports by {{Saturday}}, airport authorities
    said. Western sanctions on Damascus, which the United States eased for {{180 days}} on
    {{February 9}}, did not cover humanitarian aid, officials in Washington said. The Syrian Arab Red Crescent said it had
    registered [[about 298,000 people|displaced;a=The Syrian Arab Red Crescent]] in government
    areas whose homes were unsafe to return to.""",
)

item(
    "Harem families still search for relatives missing since the quake",
    """The White Helmets ended search and rescue work in north-west Syria on {{February 13}},
    saying no one was likely to be found alive, but families in Harem and Salqin are still
    looking for relatives. A register kept by volunteers in Idlib lists [[about 180
    people|missing;a=A register kept by volunteers in Idlib]] as unaccounted for, among them [[at least
    40|missing;a=A register kept by volunteers in Idlib]] in Harem. Some were taken to hospitals in
    Turkey and lost track of, relatives said. In Jindires, [[62 unidentified bodies|killed]] were
    buried together after {{two weeks}} in a hospital morgue. The White Helmets said they had
    collected DNA samples from [[more than 120 relatives|other;a=The White Helmets]] to help
    identify them. The Syrian Network for Human Rights says [[more than 112,000
    people|missing;a=The Syrian Network for Human Rights]] are still missing from the war itself,
    most of them last seen in government detention.""",
)

item(
    "Gaza braces for more rain as tent appeal falls short",
    """Forecasters at the Palestinian Meteorological Department expect {{60 to 80
    millimetres}} of rain over Gaza between {{Thursday}} and {{Saturday}}, with winds gusting to
    {{50 km/h}} and night temperatures near {{8C}}. The UN's flash appeal for the Palestinian
    territories, of {{$4 billion}} for {{2025}}, was {{38 percent}} funded at the end of
    {{November}}, and the shelter cluster had received less than {{a fifth}} of the {{$230
    million}} it asked for winter items. Satellite analysis by UNOSAT in {{October}} found that
    {{81 percent}} of structures in the strip had been damaged or destroyed. The coastal road
    between Deir al-Balah and al-Mawasi, less than {{1 metre}} above the sea in places, flooded
    in the storms of {{2024}}.""",
)

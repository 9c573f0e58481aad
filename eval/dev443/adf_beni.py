"""ADF (ISCAP) massacres, bombings, kidnappings and a prison break in Beni and Lubero, North
Kivu, 2019-2026: wires, Radio Okapi, civil society of Beni, the Kivu Security Tracker."""

from _wrap import item

item(
    "Overnight raid near Mamove leaves farmers dead",
    """
BENI, Democratic Republic of Congo, {{March 9}} (Reuters) - Suspected Allied Democratic Forces
rebels killed [[at least 22 civilians|killed;a=local officials]] in an overnight raid on farms
near Mamove, in Beni territory, local officials said on Sunday. The attackers, armed with machetes
and a few rifles, struck at about {{11pm}} and set fire to [[14 houses|housing;a=Kinos Mumbere]]
before heading back into the forest, said Kinos Mumbere, who leads a civil society group in the
area. Soldiers recovered [[nine bodies|killed;a=Kinos Mumbere]] in a maize field on Monday
morning, [[six of them women|killed;a=Kinos Mumbere]], he added. The army's spokesman for the
operations sector, Captain Serge Ndjike, put the toll at [[18|killed;a=Captain Serge Ndjike]] and
said troops had killed [[two of the attackers|killed;a=Captain Serge Ndjike]] in a clash the next
day. [[About 300 families|displaced]] fled to Oicha, {{12 km}} to the north, after the raid, the
{{second}} on the area this month.
""",
)

item(
    "Bomb tears through Pentecostal service in Kasindi",
    """
KASINDI, DR Congo (AP) - A bomb hidden in a bag exploded during a Sunday service at a Pentecostal
church in Kasindi, on the border with Uganda, killing [[at least 12 worshippers|killed;a=the army]]
and wounding [[more than 50|injured;a=the army]], the army said. The Islamic State group claimed
the blast through its Amaq news agency, its {{third}} claimed attack on a church in North Kivu in
{{18 months}}. By evening the government spokesman said the toll had risen to
[[16 dead|killed;a=the government spokesman]] and [[62 wounded|injured;a=the government spokesman]],
among them [[11 children|injured;a=the government spokesman]]. Doctors at the Kasindi referral
hospital said they had transferred
[[19 of the badly wounded|injured;a=Doctors at the Kasindi referral hospital]] to Beni, {{80 km}}
away, in [[four ambulances|other;a=Doctors at the Kasindi referral hospital]] and a borrowed
truck. Police said they had arrested [[four suspects|arrested;a=Police]], including a Kenyan
national, within hours of the blast.
""",
)

item(
    "Hospital at Byambwe stormed at night",
    """
Assailants whom the army identified as ADF fighters stormed the general hospital at Byambwe, in
Lubero territory, late on {{October 18}}, killing [[nine people|killed]],
[[eight of them patients|killed]] lying in their beds, and setting fire to
[[two wards|housing;u=structure]] and the pharmacy. "In the morning [[13 patients|missing;a=Dr Jacques Kakule]]
were missing; we still don't know whether they were taken or fled into the bush," the
hospital's director, Dr Jacques Kakule, told Radio Okapi. Médecins Sans Frontières, which supports
the facility, said it had evacuated [[27 staff|displaced;a=Médecins Sans Frontières]] to Butembo
and suspended care for [[roughly 1,100 patients a month|civilians;a=Médecins Sans Frontières]].
The health zone, home to [[an estimated 350,000 people|civilians]], is now left with
[[two functioning hospitals|other]], both of them more than {{60 km}} from Byambwe. It was the
{{fourth}} attack on a health facility in the territory this year.
""",
)

item(
    "Washington's sanctions on the ADF, explained",
    """
The United States designated the Allied Democratic Forces a foreign terrorist organisation in
{{March 2021}}, {{two years}} after the Ugandan-rooted group pledged allegiance to the Islamic
State. The State Department has since offered up to {{$5 million}} for information on its leader,
who took command in {{2015}} and is believed to be in his {{late 40s}}. The group was founded in
western Uganda in {{1995}} and moved into the Rwenzori foothills of North Kivu soon after, where it
has operated for {{more than 25 years}}. Researchers at the Congo Research Group estimate that
{{about 60 percent}} of its income now comes from taxing timber, cocoa and gold along the
{{600-kilometre}} arc between Beni and Mambasa.
""",
)

item(
    "A girl's five months with the ADF",
    """
BENI, DR Congo - Kavira Masika, {{aged 17}}, spent {{five months}} with the ADF after fighters
seized her and [[11 other villagers|kidnapped]] from a cocoa field outside Eringeti in {{2023}}.
"They made us carry what they looted, and [[two of the boys|killed;a=Kavira Masika]] who could not
keep up were killed in front of us," she said at a Caritas-run centre in Beni. She escaped during
an army assault on the camp, together with [[four other girls|kidnapped]]. The centre has taken
in [[63 former captives|kidnapped;a=Sister Jeanne Kahambu]] since January, said Sister Jeanne
Kahambu, who runs it. Caritas says [[at least 430 people|kidnapped;a=Caritas]] were abducted by the
group in Beni and Lubero between January and September, {{nearly a third}} of them children, of
whom [[fewer than 150|kidnapped;a=Caritas]] are known to have escaped or been freed.
""",
)

item(
    "Lubero death toll passes 140 as bodies found near Mayikengo",
    """
BUTEMBO, DR Congo, {{June 14}} (AFP) - The bodies of
[[another 19 civilians|killed;a=civil society leaders in Lubero]] were found on Thursday in fields
around Mayikengo, civil society leaders in Lubero said. That brings to
[[at least 146|killed;a=the Kivu Security Tracker]] the number of people killed by ADF rebels in the
territory since early June, according to the Kivu Security Tracker. The provincial government had
first put the toll from last week's attack on Mayikengo at
[[42|killed;a=The provincial government]] but revised it to
[[31|killed;a=The provincial government]] on Wednesday, after
[[11 people|injured;a=The provincial government]] listed among the dead turned up wounded at a hospital in Butembo; [[at least 25|missing;a=The provincial government]] are still missing. The attackers also burned [[dozens of homes|housing;a=witnesses]] and
[[at least 30 motorcycles|other;a=witnesses]], witnesses said. The violence has displaced
[[more than 70,000 people|displaced;a=OCHA]] in {{10 days}}, OCHA said, many of them towards
Butembo, {{50 km}} to the south.
""",
)

item(
    "Ambush on the Beni-Komanda road",
    """
OICHA, DR Congo - Gunmen believed to belong to the ADF ambushed [[three lorries|other]] and a line
of motorcycle taxis on the {{RN4}} highway, about {{8 km}} north of Oicha, on Saturday afternoon,
killing [[seven people|killed;a=the mayor of Oicha]], the mayor of Oicha told reporters.
[[Five of the dead|killed;a=the mayor of Oicha]] were motorcycle taxi drivers, he said, and
[[the other two|killed]] traders travelling to Komanda. The attackers torched
[[all three lorries|other]] and [[11 motorcycles|other]] and led away
[[at least five passengers|kidnapped]]. A {{45-year-old}} trader who hid in a ditch said the
fighters had spent {{nearly an hour}} on the road. The highway had reopened to traffic only
{{three weeks}} earlier, after the army began escorting convoys.
""",
)

item(
    "Beni civil society tallies a year of killings",
    """
The civil society coordination of Beni territory counted
[[1,046 civilians|killed;a=The civil society coordination of Beni territory]] killed in Beni and
Lubero in {{2024}}, in a report released on {{January 6}}, up {{23 percent}} on the year before.
By territory, it counted [[612|killed;a=The civil society coordination of Beni territory]] in Beni
and [[434|killed;a=The civil society coordination of Beni territory]] in Lubero. The report lists
the rest by kind of harm: abductions,
[[389|kidnapped;a=The report;alt=The civil society coordination of Beni territory]]; houses
burned, [[1,230|housing;a=The report;alt=The civil society coordination of Beni territory;u=structure]];
health centres looted or burned,
[[17|housing;a=The report;alt=The civil society coordination of Beni territory;u=structure]];
schools closed, [[58|other;a=The report;alt=The civil society coordination of Beni territory;u=structure]].
"These are a floor, not a ceiling," said its president, Gilbert Muhindo, who added that
[[at least 200 people|missing;a=Gilbert Muhindo]] were still unaccounted for.
""",
)

item(
    "Red Cross exhumes remains from graves near Kalau",
    """
Volunteers of the Congolese Red Cross have exhumed the remains of
[[at least 34 people|killed;a=Dieudonné Kasereka]] from [[three mass graves|other;u=other;a=Dieudonné Kasereka]]
near Kalau, in Beni territory, the organisation's provincial coordinator, Dieudonné Kasereka,
said. [[Seven of the bodies|killed]] were those of children. Villagers had told the army that
[[between 40 and 50 people|missing;a=Villagers]] disappeared after ADF fighters passed through
Kalau in late April. The graves lay about {{300 metres}} from a former army position, and the
team of [[22 volunteers|other]] worked for {{four days}} in heavy rain. The remains will be
reburied in Beni once families have been able to identify them.
""",
)

item(
    "Military court jails former ADF logistician",
    """
BENI - A military court sitting in Beni on Tuesday sentenced a former ADF logistics officer to
{{20 years}} in prison for his role in the {{2014}} Oicha massacres and ordered him to pay
{{$50,000}} in damages to the victims' families. The trial, which opened on {{4 February}},
heard testimony over {{11 days}}, some of it behind closed doors. The defendant, now
{{aged 41}}, was arrested in Kampala in {{2021}} and handed over by the Ugandan authorities, the
prosecutor said. His lawyers said they would appeal within the {{15-day}} deadline set by the
{{2002}} military justice code.
""",
)

item(
    "Gunmen fire on mourners in Mangurujipa",
    """
MANGURUJIPA, DR Congo, {{Aug 3}} (Reuters) - ADF fighters opened fire on mourners at a funeral wake
in Mangurujipa, in Lubero territory, killing [[at least 27 people|killed;a=the territory's administrator]],
the territory's administrator said on Sunday. [[At least 15|injured]] were taken to the local
health centre, [[four of them|injured;n=-]] with gunshot wounds. Among the dead was the
{{70-year-old}} widow of the man being mourned. The attackers also burned [[six shops|housing;a=Colonel Eric Mbusa]] and
took [[about a dozen young men|kidnapped;a=Colonel Eric Mbusa]] with them, said the administrator, Colonel Eric Mbusa. Residents said [[no fewer than 30 people|killed;a=Residents]] had died. MONUSCO said a quick reaction force of
[[about 60 peacekeepers|combatants;a=MONUSCO]] had been sent to the town, which lies some
{{40 km}} west of the main road.
""",
)

item(
    "Hundreds of inmates at large after Kangbayi jailbreak",
    """
BENI, DR Congo - [[More than 1,300 inmates|other;a=the mayor of Beni]] escaped from Kangbayi
central prison overnight after an attack claimed by the Islamic State, the mayor of Beni said on
Tuesday. Only [[110|arrested;a=the mayor of Beni]] had been recaptured by evening, he said. The prison, built in
{{1948}} to hold [[220 inmates|capacity]], held [[1,455|arrested;a=the justice minister]] at the
time of the attack, [[236 of them|arrested;n=-;a=the justice minister]] ADF suspects awaiting trial, the
justice minister told reporters. The attackers, who blew open the main gate, killed
[[three guards|killed]]. [[Hundreds of residents|displaced]] of the Kangbayi neighbourhood fled into the town centre during the night. It was the {{second}} mass escape from Kangbayi in {{three years}}.
""",
)

item(
    "Kivu Security Tracker logs its worst month",
    """
In May, its worst month since it began counting in {{2017}}, the Kivu Security Tracker recorded [[318 civilians|killed;a=the Kivu Security Tracker]] killed in Beni, Lubero and Irumu territories, of whom [[241|killed;a=the Kivu Security Tracker]] were attributed to the ADF; [[77|killed;a=the Kivu Security Tracker]] of the deaths were in Irumu. The tracker, a project of the Congo Research Group and the
Ebuteli institute, also logged
[[97 people|kidnapped;a=The tracker;alt=Kivu Security Tracker]] abducted over the month, bringing its count for the {{first five months}} of the year to [[close to 1,000 civilians|killed;a=The tracker;alt=Kivu Security Tracker]] killed. The ADF
alone accounted for {{76%}} of civilian deaths across North Kivu and Ituri, it said. Ebuteli's
researchers say [[several hundred deaths|killed;a=Ebuteli's researchers]] probably go unrecorded
every year in the forests west of the {{RN4}}, where no phone network reaches.
""",
)

item(
    "Police fire on protesters in Beni after killings",
    """
Police in Beni fired tear gas and live rounds on Monday to disperse demonstrators who had blocked
roads with burning tyres to protest against a wave of ADF killings, leaving
[[two protesters|killed;a=the Beni youth council]] dead, the Beni youth council said.
[[Eleven people|injured;a=the council;alt=the Beni youth council]] were wounded, [[three of them|injured;n=-;a=the council;alt=the Beni youth council]] by
bullets, the council said; police put the number of wounded at [[four|injured;a=police]].
Demonstrators set fire to [[two police vehicles|other]] and stoned a MONUSCO convoy. The police
commander, Colonel Patrick Lwamba, said [[27 people|arrested;a=Colonel Patrick Lwamba]] had been
arrested for looting and [[eight officers|injured;a=Colonel Patrick Lwamba]] hurt. [[Upwards of 2,000 people|other;a=organisers]] had joined the march, organisers said. The city's traders kept their shops closed for a {{third}} day on Tuesday, and the town hall banned all
gatherings for {{72 hours}}.
""",
)

"""dev260 items, part 1: UNHCR submissions and departures, Syrians resettled from Lebanon and
Jordan, evacuation flights from Libya to Rwanda and Niger."""

from _wrap import item

item(
    "UNHCR: resettlement needs to top 2.9 million next year",
    """GENEVA, {{24 June 2024}} (Reuters) - [[More than 2.9 million refugees|civilians;a=UNHCR;p]]
    will need resettlement in {{2025}}, UNHCR said on Monday, up {{20 percent}} on this year's
    estimate. Afghans top the list of projected needs with [[about 487,000 people|civilians;a=the
    agency;alt=UNHCR;p]], followed by Syrians, the agency said. Last year [[158,700 refugees|displaced]]
    were submitted to resettlement countries and [[96,300|displaced;n=-]] departed, the highest in
    {{seven years}}. "Every place matters," said Ruvendrini Menikdiwela, the agency's protection
    chief, who told reporters that [[fewer than 100,000 places|capacity;u=other;a=Ruvendrini
    Menikdiwela]] had been offered for next year. The report counts [[some 3,000 urgent cases|displaced;a=The
    report;alt=UNHCR]] that have waited more than {{12 months}} for a decision.""",
)

item(
    "Departures from Lebanon resume after pandemic pause",
    """BEIRUT - Resettlement flights out of Lebanon resumed this week after a {{seven-month}} halt,
    with [[124 Syrian refugees|displaced]] leaving for Canada on Tuesday and [[another 86|displaced;n=-]]
    due to fly to Norway on Friday. UNHCR's office in Beirut said [[about 4,000 refugees|displaced;a=UNHCR's
    office in Beirut]] whose cases had been accepted before {{March 2020}} were still waiting to travel.
    The [[eight charter flights|other;p;a=a spokeswoman]] planned before the end of the year could carry [[up to 1,100
    people|displaced;p;a=a spokeswoman]], a spokeswoman said. Lebanon hosts [[some 880,000 registered Syrian
    refugees|displaced]], and the government puts the real number at [[1.5 million|displaced;a=the
    government;n=-]]. Refugees who missed their flights during the lockdown had to repeat medical
    checks, which cost up to {{$400}} a family.""",
)

item(
    "Jordan: record year for resettlement departures from Zaatari and Azraq",
    """AMMAN, {{Jan 9}} - [[More than 11,000 refugees|displaced;a=UNHCR]] left Jordan for
    resettlement countries in {{2016}}, UNHCR said, nearly all of them Syrians from the Zaatari and
    Azraq camps or from host communities in Irbid and Mafraq. The United States took [[about
    12,500 Syrians|displaced;a=officials in Washington]] from the whole region that year, officials in Washington said.
    The agency said it had interviewed [[roughly 30,000 people|other;a=The agency;alt=UNHCR]] for
    possible referral, using [[six mobile registration teams|other;u=other]] that travelled between
    camps. Zaatari still houses [[close to 80,000 people|displaced]] in [[some 26,000
    prefabricated caravans|capacity]]. A spokesman said [[2,400 families|displaced;a=A spokesman]] were
    now waiting for a departure date.""",
)

item(
    "First evacuation flight lands in Kigali from Tripoli",
    """KIGALI - A chartered plane carrying [[66 refugees and asylum seekers|displaced;n=refugees and asylum seekers]] from Libya
    landed in Kigali late on Tuesday, the first under a deal signed between Rwanda, UNHCR and the
    African Union on {{10 September 2019}}. The group, mostly from Eritrea, Sudan and Somalia, included
    [[26 unaccompanied children|displaced]], UNHCR said. They will stay at the Gashora transit
    centre, which Rwanda says can take in [[up to 500 people|capacity;a=Rwanda]] at a time. Rwanda
    has offered to host [[as many as 30,000 people|capacity;a=Rwanda;p]] evacuated from Libyan
    detention under the arrangement. Many of the group had been held in Libyan detention for more than
    a year, a doctor at the centre said. A second flight, carrying [[123 people|displaced;p]], is
    expected within {{two weeks}}.""",
)

item(
    "Niamey transit mechanism reopens to Libya evacuees",
    """NIAMEY - UNHCR flew [[132 refugees|displaced]] out of Tripoli to Niger's capital on Thursday,
    the first evacuation to Niamey in {{nine months}} after the government agreed to lift a cap on
    arrivals. The Emergency Transit Mechanism, set up in {{2017}}, has received [[more than 3,300
    people|displaced;a=the agency;alt=UNHCR]] from Libya, the agency said, and [[about 2,700|displaced;n=-;a=the
    agency;alt=UNHCR]] of them have since been resettled to Europe and North America. Niger had
    insisted that no more than [[1,500 evacuees|capacity;a=Niger]] be in the country at any one time.
    The guesthouses rented for the scheme in Niamey hold [[roughly 1,000 beds|capacity;a=aid
    workers]], aid
    workers said. France has pledged [[another 300 places|capacity;u=other;a=France;p]] for
    Niger-based evacuees in {{2018}}, and Switzerland [[80|capacity;n=-;u=other;a=Switzerland;p]].""",
)

item(
    "Airstrike on Tajoura detention centre kills dozens of migrants",
    """TRIPOLI, {{July 3}} (AP) - An airstrike hit a detention centre for migrants in the Tajoura
    suburb of Tripoli late on Tuesday, killing [[at least 44 people|killed;a=the UN-backed
    government]] and wounding [[more than 130|injured;n=-;a=the UN-backed government]], the UN-backed
    government said. The hangar struck held [[about 120 migrants|arrested;a=the IOM]], most from Sudan,
    Eritrea and Somalia, and [[some 600 people|arrested;a=the IOM]] were inside the compound at the time,
    according to the IOM. UNHCR said [[around 50 of the detainees|displaced;a=UNHCR]] had been
    registered for evacuation to Niger or Rwanda before the strike. The death toll later rose to
    [[53|killed;n=-;a=the UN]], the UN said. Rescuers pulled [[six children|killed]] from the rubble, among
    the dead.""",
)

item(
    "Freed from Bani Walid traffickers, Eritreans reach Kigali",
    """[[Nineteen|kidnapped;n=-;a=UNHCR]] of the [[37 refugees|displaced]] on Wednesday's flight from Tripoli to Kigali had
    been held for ransom in warehouses near Bani Walid, UNHCR said. Libyan security forces freed
    [[about 150 hostages|kidnapped;a=the Interior Ministry]] from the town in {{May}}, the Interior
    Ministry said at the time, and [[17 captors|arrested;a=the Interior Ministry]] were detained.
    The agency estimates that [[dozens of Eritreans|kidnapped;a=The agency;alt=UNHCR]] remain in the
    hands of smuggling gangs in the region. "Some were held for {{two years}} and tortured until their
    families paid," said a UNHCR protection officer. Since {{2019}}, [[more than 2,100 people|displaced;a=the
    agency;alt=UNHCR]] have been evacuated to Rwanda, according to the agency, and [[about
    1,500|displaced;n=-]] have gone on to third countries.""",
)

item(
    "Shipwreck off Zuwara: survivors had been on evacuation list",
    """GENEVA - [[At least 61 migrants|missing;a=the IOM]] are missing after a rubber boat sank off
    Zuwara in western Libya, the IOM said on Saturday, and [[25 survivors|other;a=the IOM]] were
    brought back to shore. Survivors told IOM staff that [[86 people|other;a=Survivors]] had boarded the boat,
    including [[about 20 women and children|other;n=women and children;a=Survivors]]. UNHCR said [[three of the
    survivors|displaced;a=UNHCR]] had been registered for evacuation to Rwanda but gave up waiting
    after {{14 months}} in the Zintan detention centre. Bodies of [[nine people|killed;a=the Libyan Red Crescent]] washed ashore
    on Sunday, the Libyan Red Crescent said. The IOM counts [[more than 2,450 deaths|killed]] on the
    central Mediterranean route in {{2023}}.""",
)

item(
    "Resettlement departures hit two-decade low as borders shut",
    """Only [[22,800 refugees|displaced;a=UNHCR]] were resettled through UNHCR in {{2020}}, the
    agency said, the lowest figure in almost {{two decades}}, as coronavirus closures grounded
    flights and governments suspended intake. That compared with [[63,696|displaced;n=-]] in
    {{2019}}. Some [[1.44 million refugees|civilians;a=the agency;alt=UNHCR]] had been in need of
    resettlement that year, the agency estimated. [[About 9,600 refugees|displaced]] whose
    departures were approved could not travel, and [[at least 400 of them|displaced;n=-]] lost their
    places because medical or security checks expired. "We had families sleeping at the airport
    gate with their bags packed," a resettlement officer in Nairobi said.""",
)

item(
    "Syrians in Lebanon weigh going home as resettlement slots dwindle",
    """BEIRUT - [[Some 1,950 Syrian refugees|displaced;a=UNHCR]] left Lebanon for resettlement
    countries in the first half of {{2024}}, UNHCR said, against [[more than 60,000|returned;n=-;a=Lebanon's
    General Security]] who went back to Syria over the same period, according to Lebanon's General
    Security. The directorate said it had organised [[11 convoys|returned;u=other;a=The directorate;alt=Lebanon's
    General Security]] of "voluntary returns" from Arsal and Qusayr crossing points since {{2022}}.
    Rights groups say [[at least 13,700 Syrians|returned;a=Rights groups]] were deported outright in
    {{2023}}, many after raids on informal settlements. [[Hundreds of families|displaced;a=aid workers]] in the
    Bekaa valley have received notices to leave their tents, aid workers said. "Resettlement is
    now a lottery," said a refugee from Homs, aged {{52}}.""",
)

item(
    "Record intake from Jordan's camps as Syria quota filled",
    """AMMAN - Britain's Vulnerable Persons Resettlement Scheme brought [[4,369 Syrians|displaced]] to
    the UK in the year to {{June 2016}}, most of them from Jordan and Lebanon, Home Office figures
    showed. Prime Minister David Cameron had promised in {{September 2015}} to take [[20,000 Syrian
    refugees|capacity;a=Prime Minister David Cameron;p]] by {{2020}}. [[About 1,100 of the
    arrivals|displaced;n=arrivals]] were children under ten, according to the Home Office. Local
    councils have offered [[more than 2,000 homes|capacity;a=the Local Government
    Association]] for the scheme, the Local Government
    Association said. IOM staff in Amman ran [[42 charter and scheduled flights|other]] for the
    programme and gave pre-departure orientation to [[3,800 people|aid]].""",
)

item(
    "Core group pledges 12,000 places for Central Mediterranean refugees",
    """GENEVA - {{Fourteen}} governments pledged [[12,000 resettlement places|capacity;u=other;p]] for
    refugees along the central Mediterranean route in {{2018}} and {{2019}}, UNHCR said after a
    meeting of the so-called core group. The agency had appealed for [[40,000 places|capacity;u=other;a=The
    agency;alt=UNHCR;p]] for people stranded in Libya, Niger, Chad, Egypt, Ethiopia and Sudan. It
    says [[some 50,800 refugees|displaced;a=It;alt=UNHCR]] in the {{15}} countries along the route
    are in urgent need. France alone committed to taking [[3,000 people|capacity;a=France;p]] from
    Niger and Chad. Vincent Cochetel, the agency's special envoy, said [[about 2,000 people|displaced;a=Vincent
    Cochetel]] had already been evacuated from Libya.""",
)

item(
    "IOM charter brings Sudanese and Eritreans out of Libya to Rome",
    """ROME - A humanitarian corridor flight landed at Rome Fiumicino on Monday with [[147 refugees|displaced;a=the Italian Interior Ministry]]
    from Libya, the Italian Interior Ministry said, the latest such flight since {{2017}}. The
    group included [[51 children|displaced]] and [[nine people with disabilities|displaced]]. The
    Community of Sant'Egidio and the Waldensian churches, which run the corridors, said they had
    brought [[more than 6,000 people|displaced;a=The Community of Sant'Egidio and the Waldensian
    churches]] to Italy on such flights since {{February 2016}}. Parishes and families across the
    country are hosting the arrivals in [[about 300 flats|capacity]] for the first year.
    Italy's government has authorised [[1,500 more places|capacity;u=other;p]] under the latest
    protocol.""",
)

item(
    "Amid Sudan war, Ethiopia and Egypt flag resettlement backlog",
    """ADDIS ABABA - [[Nearly 9,000 Eritrean and Sudanese refugees|displaced;a=UNHCR]] in Ethiopia
    have been interviewed and accepted for resettlement but are still awaiting departure, UNHCR said
    on Wednesday. In Egypt, where [[more than 1.2m Sudanese|displaced;a=the government]] have arrived
    since fighting began in {{April 2023}}, according to the government, the agency submitted [[just
    3,400 cases|displaced]] last year. The cases cover [[about 10,000 people|displaced]]. The
    United States had accepted [[1,200 of the Ethiopia files|displaced;n=files;u=other;a=a State Department official]] before
    admissions were halted, a State Department official said. [[Eleven staff|other]] have been
    added to the Cairo processing team, but waiting times exceed {{18 months}}.""",
)

item(
    "Explainer: how a resettlement case moves from camp to airport",
    """A refugee cannot apply for resettlement; UNHCR identifies candidates, and fewer than {{1
    percent}} of refugees worldwide are ever resettled. A case is first registered, then
    interviewed, often {{two or three times}} over {{six to 18 months}}. The file goes to a state,
    whose officers interview again; the US process alone took an average of {{18 to 24 months}}
    before {{2025}}. Health checks by the IOM are valid for {{six months}}, and security checks for
    {{15 months}}, so a delay can send a family back to the start. Departure is usually set {{four to
    eight weeks}} after approval, and an orientation course lasts {{three to five days}}.""",
)

item(
    "Funding gap threatens UNHCR resettlement staff in 2026",
    """UNHCR said on {{November 14, 2025}} that cuts to its {{2026}} budget of {{$8.5 billion}} would
    force it to scale back resettlement work in {{30}} operations. Its budget for the year had
    already been reduced by {{$1.4 billion}}, or about {{19 percent}}, after the largest donor
    withdrew much of its funding in {{January 2025}}. Resettlement processing in Kenya, Uganda and
    Jordan would be cut by {{half}}, a spokesman said on the {{third}} day of the Executive Committee
    session in Geneva.""",
)

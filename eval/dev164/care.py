"""Hospitals and health workers: facilities overwhelmed, closed, attacked or evacuated;
patients treated, referred and evacuated; health workers killed, detained or on strike (14
items with figures, 2 without)."""

from _wrap import item

item(
    "Premature babies die as al-Shifa runs out of fuel",
    """[[Three premature babies|killed;a=the health ministry in Gaza]] have died at Gaza's
    al-Shifa Hospital since its generators ran out of fuel on Saturday, the health ministry in
    Gaza said. The hospital's director, Mohammad Abu Salmiya, said [[39 other
    babies|injured;a=Mohammad Abu Salmiya]] were being kept warm by hand after their incubators
    stopped. He said [[about 600 patients|injured;a=Mohammad Abu Salmiya]] and [[1,500 medical
    staff|other;a=Mohammad Abu Salmiya]] remained inside, along with [[up to 7,000 displaced
    people|displaced;a=Mohammad Abu Salmiya]] sheltering in the compound. Israeli tanks were
    parked outside the gates and snipers fired at anyone in the courtyard, staff said. The
    health ministry says [[more than 11,000 people|killed;a=The health ministry;alt=the health
    ministry in Gaza]] have been killed in Gaza since {{October 7}}. Only
    [[nine|other;n=-;u=structure;a=the UN]] of Gaza's [[36 hospitals|other;a=the UN]] are still
    functioning, according to the UN.""",
)

item(
    "WHO: more than 12,000 patients still need evacuation from Gaza",
    """[[More than 12,000 patients|displaced;p;a=the World Health Organization]] in Gaza still
    need to be evacuated for specialised care abroad, among them [[about 2,500
    children|displaced;p;a=the World Health Organization]], the World Health Organization said
    on Wednesday. The agency said it had helped evacuate [[7,400 patients|displaced;a=The
    agency;alt=the World Health Organization]] since {{October 2023}}, but since the Rafah
    crossing closed in {{May 2024}} the pace has slowed to [[about 30 patients a
    week|displaced]]. Rik Peeperkorn, WHO's representative in the occupied Palestinian
    territory, said [[at least 560 patients|killed;a=Rik Peeperkorn]] had died while waiting.
    [[Only 17|other;n=-;u=structure]] of Gaza's [[36 hospitals|other]] are partially
    functional, with a combined [[1,800 beds|capacity]] for a population of [[2.1
    million|civilians;n=-]]. Patients with cancer, kidney failure and severe burns wait
    longest, and {{one in four}} of those waiting is a child.""",
)

item(
    "MSF says El Fasher hospital shelled, surgery halted",
    """Shelling hit the Saudi Hospital in El Fasher, the capital of Sudan's North Darfur state,
    on Saturday, killing [[two patients|killed;a=Doctors Without Borders]] and wounding [[eight
    people|injured;a=Doctors Without Borders]], Doctors Without Borders (MSF) said. The
    hospital had received [[more than 160 wounded|injured]] in the previous {{10 days}} as the
    Rapid Support Forces pressed their siege of the city. MSF said its teams had treated
    [[1,000 war-wounded patients|injured;a=MSF]] in El Fasher since {{May 10}}, and that [[at
    least 85|killed;n=-;a=MSF]] had died of their injuries. The Saudi Hospital, with [[150
    beds|capacity;a=the group;alt=Doctors Without Borders]], is the last in the city able to
    carry out surgery, the group said. [[About 1.8 million people|civilians]] are trapped in
    and around El Fasher, including in Zamzam camp.""",
)

item(
    "Missile hits Kyiv children's hospital as Russia pounds Ukraine",
    """A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, in Kyiv on
    Monday, killing [[two adults|killed;a=officials]] there, one of them a doctor, and wounding
    [[16 people|injured;a=officials]], among them [[seven children|injured;a=officials]],
    officials said. The toxicology building, where children undergo dialysis, was destroyed,
    and [[two other buildings|housing]] were damaged. Health Minister Viktor Liashko said
    [[more than 600 patients|displaced;a=Health Minister Viktor Liashko]] had been moved to
    other hospitals. Across Ukraine, the morning barrage killed [[at least 41 people|killed]].
    [[Hundreds of volunteers|other]] formed chains to clear the rubble by hand. The World
    Health Organization has verified [[more than 1,900 attacks|other;u=other;a=The World Health
    Organization]] on health care in Ukraine since Russia's full-scale invasion in {{February
    2022}}.""",
)

item(
    "Air strikes knock out hospitals in Syria's Idlib",
    """Air strikes by Syrian and Russian warplanes have hit [[at least 24 health
    facilities|housing;a=the United Nations]] in northwest Syria since {{April 29}}, the United
    Nations said on Tuesday. The Syrian American Medical Society said [[three of its medical
    workers|killed;a=The Syrian American Medical Society]] were killed when a hospital in Kafr
    Nabl was struck. [[More than 300,000 people|displaced;a=the UN]] have fled the bombardment,
    according to the UN, many of them to olive groves near the Turkish border. [[Some 3 million
    people|civilians]] live in the Idlib region, {{about half}} of them already displaced by
    earlier fighting. Doctors say hospitals are no longer sharing their coordinates with the UN
    deconfliction system after [[at least 14|housing;n=-;u=structure;a=Doctors]] of those that
    had shared them were bombed.""",
)

item(
    "Junta air strike on Rakhine hospital kills dozens: rescuers",
    """A Myanmar military air strike on a hospital in Rakhine state killed [[at least 30
    people|killed;a=a rescue worker]] and wounded [[dozens more|injured;n=-;a=a rescue
    worker]], a rescue worker told AFP on Thursday. The strike hit the general hospital in
    Mrauk-U late Wednesday, destroying [[two wards|housing;u=structure]]. The hospital had been
    treating [[about 200 patients a day|injured;a=a doctor]], a doctor there said, and had
    [[fewer than 10 ambulances|other]] for the whole township. Since the {{2021}} coup, the
    military has carried out [[more than 100 attacks|other;u=other;a=Insecurity Insight]] on
    health facilities, according to Insecurity Insight. [[Thousands of doctors and
    nurses|other;n=doctors and nurses]] left state hospitals after the coup to join a civil
    disobedience movement.""",
)

item(
    "NARD strike: patients stranded as resident doctors down tools",
    """Patients were stranded at teaching hospitals and federal medical centres across Nigeria
    on Monday as resident doctors began an indefinite strike over unpaid salaries and hazard
    allowances. The Nigerian Association of Resident Doctors (NARD) says it has [[about 16,000
    members|other;a=The Nigerian Association of Resident Doctors (NARD)]], {{more than half}}
    of the doctors in public hospitals. Its president, Uyilawa Okhuaihesuyi, told PREMIUM TIMES
    that [[over 2,000 members|other;a=Uyilawa Okhuaihesuyi]] had not been paid for {{four
    months}}. The association says [[19 doctors|killed;a=The association;alt=The Nigerian
    Association of Resident Doctors]] have died of {{COVID-19}} since {{March 2020}}, and that
    the government's hazard allowance of {{N5,000}} a month is an insult. At the University of
    Abuja Teaching Hospital, Gwagwalada, [[dozens of patients|injured]] waited outside the
    emergency unit, where [[only two consultants|other]] were on duty.""",
)

item(
    "Junior doctors in England begin four-day walkout",
    """[[Tens of thousands of junior doctors|other]] in England began a {{96-hour}} strike at
    {{7am}} on Tuesday, the longest walkout in the history of the National Health Service. NHS
    England said [[196,000 appointments and operations|other;u=other;n=appointments and
    operations;a=NHS England]] had been rescheduled during the last strike. The British Medical
    Association, which represents [[about 47,600 junior doctors|other]], wants a {{35%}} pay
    rise to reverse what it calls a {{26%}} real-terms cut since {{2008}}. Picket lines formed
    outside [[more than 100 hospitals|other]]. Waiting lists stood at [[7.4 million
    cases|other;v=7400000]] in {{April}}, and consultants were covering emergency departments.""",
)

item(
    "Kenyan doctors end 56-day strike",
    """Kenyan doctors returned to work in public hospitals on Thursday after a {{56-day}}
    strike that left patients without care in all but private and mission hospitals. The Kenya
    Medical Practitioners, Pharmacists and Dentists Union (KMPDU), which says it has [[about
    7,000 members|other;a=The Kenya Medical Practitioners, Pharmacists and Dentists Union
    (KMPDU)]], signed a return-to-work deal with the government late on Wednesday. Under the
    deal, the government said it would post [[1,210 medical interns|other;p;a=the government]]
    to hospitals within {{30 days}}. The union's secretary general, Davji Atellah, was wounded
    in the head by a tear gas canister during a march in Nairobi in March, and [[at least 15
    doctors|arrested]] were briefly detained during the strike. The ministry said [[4,000
    patients|injured;a=The ministry]] had been referred to private hospitals at public expense
    during the dispute.""",
)

item(
    "Junior doctors' cease-work hits OPDs in West Bengal",
    """KOLKATA: Outpatient departments at State-run hospitals across West Bengal saw {{barely a
    third}} of their usual footfall on Tuesday as junior doctors continued their cease-work for
    the {{35th day}}. At Calcutta Medical College and Hospital, [[1,834
    patients|injured;a=officials]] were seen at the OPD against a daily average of [[about
    5,000|injured;n=-;a=officials]], officials said. Chief Minister Mamata Banerjee said [[23
    people|killed;a=Chief Minister Mamata Banerjee]] had died for want of treatment during the
    protest. The agitation began after a {{31-year-old}} postgraduate trainee was raped and
    murdered at R.G. Kar Medical College. The West Bengal Junior Doctors' Front says it
    represents [[about 7,500 doctors|other;a=The West Bengal Junior Doctors' Front]]. The State
    has posted [[400 senior doctors|other]] from district hospitals to cover emergency wards.""",
)

item(
    "Gang attacks shut Haiti's hospitals, leaving patients without care",
    """PORT-AU-PRINCE, Haiti (AP) — Gangs looted and set fire to the State University Hospital
    this week, the latest in a string of attacks that have emptied the capital's hospitals. Of
    Port-au-Prince's [[22 main hospitals|other;a=PAHO]], [[only
    six|other;n=-;u=structure;a=PAHO]] are fully working, PAHO said. Doctors Without Borders
    said it had suspended work at its emergency center in Turgeau, which treated [[about 1,100
    patients a month|injured;a=Doctors Without Borders]], after police stopped one of its
    ambulances and killed [[at least two patients|killed;a=Doctors Without Borders]].
    [[Hundreds of patients|displaced]] were moved out of Bernard Mevs hospital before gangs
    overran the area. Gang violence has displaced [[more than 700,000 people|displaced;a=the
    International Organization for Migration]] across Haiti, according to the International
    Organization for Migration.""",
)

item(
    "Israeli strikes kill paramedics as Lebanon's hospitals evacuate",
    """Israeli strikes have killed [[at least 163 health workers|killed;a=Lebanon's health
    ministry]] and wounded [[272|injured;n=-;a=Lebanon's health ministry]] in Lebanon since
    {{October 2023}}, Lebanon's health ministry said on Wednesday. The ministry said [[13
    hospitals|other;a=The ministry;alt=Lebanon's health ministry]] had been forced to close and
    [[38|housing;n=-;u=structure;a=The ministry;alt=Lebanon's health ministry]] had been
    damaged, along with [[158 ambulances|other;a=The ministry;alt=Lebanon's health ministry]].
    At Marjayoun government hospital, staff evacuated [[all 20 patients|displaced]] to Nabatieh
    after a strike on the hospital gate. The World Health Organization says [[more than 1.2
    million people|displaced;a=The World Health Organization]] have been displaced in Lebanon,
    many sleeping in schools turned into shelters.""",
)

item(
    "Looted, burned, occupied: Tigray's health system in ruins",
    """MSF teams visited [[106 health facilities|other;a=MSF]] in Tigray between mid-December
    and early March and found that [[73|housing;n=-;u=structure;a=MSF]] had been looted and
    [[only 13|other;n=-;u=structure;a=MSF]] were working normally, MSF said in a report
    released on Monday. In some towns, soldiers had used clinics as bases. Ambulances had been
    stolen or destroyed, forcing women in labour to walk or be carried on stretchers for hours.
    A nurse in Abiy Addi said [[about 1,000 patients|injured;a=A nurse]] had come to the
    hospital in the past month, many with untreated gunshot wounds. The UN says [[more than 5
    million people|civilians;a=The UN]] in Tigray need food aid, and health staff have not been
    paid since November.""",
)

item(
    "Health workers detained in Sudan's Kordofan, doctors' union says",
    """The Sudan Doctors Network said on Friday that [[14 doctors and nurses|arrested;n=doctors
    and nurses;a=The Sudan Doctors Network]] had been detained by the Rapid Support Forces in
    El Obeid and Kadugli {{this month}}, and that [[two|killed;n=-;a=The Sudan Doctors
    Network]] had been killed in detention. The network says [[more than 230 health
    workers|killed;a=The network;alt=The Sudan Doctors Network]] have been killed since the war
    began in {{April 2023}}. In Kadugli, [[between 40 and 50 patients|injured]] a day now reach
    the only working hospital, where [[three surgeons|other]] remain. The World Health
    Organization has recorded [[156 attacks|other;u=other;a=The World Health Organization]] on
    health care in Sudan.""",
)

item(
    "Ukraine's health ministry sets new rules for front-line hospitals",
    """Ukraine's health ministry on {{March 3}} told hospitals within {{30 km}} of the front
    line to move operating theatres underground by the end of {{2025}}. The order, signed by
    Health Minister Viktor Liashko, comes {{three years}} into Russia's full-scale invasion and
    sets aside {{1.2 billion hryvnias}} for the work. Hospitals must keep {{72 hours}} of fuel
    for generators and water for {{at least three days}}. About {{40%}} of the cost is to come
    from European Union grants.""",
)

item(
    "WHO trims its budget as the US exit bites",
    """The World Health Assembly on {{May 20}} approved a WHO budget of {{$4.2 billion}} for
    {{2026-2027}}, {{21%}} less than first proposed, after the United States began its
    withdrawal from the organisation. Member states also agreed to raise assessed contributions
    by {{20%}}. The US had provided {{about 18%}} of WHO's funding in {{2022-2023}}. Tedros
    Adhanom Ghebreyesus said the agency would cut its senior management team by {{half}} and
    that the shortfall for the {{two years}} stood at {{$1.7 billion}}.""",
)

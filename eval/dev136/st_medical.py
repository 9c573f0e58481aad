"""Medical organisations' statements as news: MSF, the ICRC, WHO and the Red Cross and Red
Crescent societies (patients, wounded, attacks on health care, missing, detainees; 14 texts)."""

from _wrap import item

item(
    "Airstrike hits MSF cholera centre in Yemen days before opening",
    """An airstrike hit a cholera treatment centre run by Doctors Without Borders in
    northwestern Yemen on Monday, days before it was due to open, the medical charity said. No
    one was hurt, but the strike destroyed the main ward and [[two water tanks|other;a=the
    group;alt=Doctors Without Borders]], the group said in a statement. The centre in Mustaba,
    in Hajjah province, had [[40 beds|capacity]] and was meant to serve a district of [[about
    120,000 people|civilians]]. [[About 30 local staff|other]] had already been hired to run it.
    MSF said it had shared the facility's coordinates with the Saudi-led coalition {{11 times}},
    most recently on {{April 2}}. Its teams in Hajjah have treated [[more than 6,000
    patients|injured;a=the charity;alt=Doctors Without Borders;alt=MSF]] for suspected cholera
    since January, the charity said. The World Health Organization says [[more than 1.2 million
    suspected cholera cases|other;a=The World Health Organization]] have been recorded in Yemen
    since the outbreak began in {{2016}}. A coalition airstrike on an MSF-supported hospital in
    the same province that year killed [[19 people|killed]]. A coalition spokesman said the
    incident would be referred to its joint assessment team.""",
)

item(
    "Red Cross says more than 23,000 reported missing in Russia-Ukraine war",
    """The International Committee of the Red Cross said on Thursday it had received reports of
    [[more than 23,000 people|missing;a=The International Committee of the Red Cross]] missing
    in connection with the international armed conflict between Russia and Ukraine, soldiers and
    civilians alike. The ICRC's Central Tracing Agency, which opened a dedicated bureau in
    {{March 2022}}, said it had so far been able to tell [[about 4,000 families|other;a=The
    ICRC's Central Tracing Agency]] what had happened to their relatives. The organisation said
    its delegates had visited [[more than 1,500 prisoners of war|arrested;n=prisoners of
    war;a=The organisation;alt=The International Committee of the Red Cross]] held by both sides
    and carried [[some 600 handwritten messages|other;u=other;a=The organisation;alt=The
    International Committee of the Red Cross]] between them and their families, but that access
    remained partial. "Behind every one of these names is a family that does not know whether to
    hope or to grieve," said Ariane Baumgartner, who heads the agency. Ukraine's human rights
    ombudsman has said [[about 8,000 Ukrainian civilians|arrested;a=Ukraine's human rights
    ombudsman]] are believed to be held in Russia. Moscow has not published a figure. Russia and
    Ukraine have exchanged [[more than 2,500 prisoners|other;a=Ukrainian officials]] in [[48
    swaps|other;u=other;a=Ukrainian officials]] since the full-scale invasion began, according
    to Ukrainian officials.""",
)

item(
    "MSF says Rafah field hospital overwhelmed after strike on tent camp",
    """Doctors Without Borders (MSF) says its field hospital in Rafah received [[more than 120
    wounded people|injured;a=Doctors Without Borders (MSF)]] within {{two hours}} on Sunday
    night, after Israeli strikes set fire to tents in a camp for displaced families in the Tal
    as-Sultan area. The organisation said [[at least 28 people|killed;a=The
    organisation;alt=Doctors Without Borders (MSF)]] were dead on arrival or died shortly
    afterwards. "We ran out of body bags before we ran out of patients," said Bashir Awad, an
    MSF nurse who was on shift. The hospital, which has [[60 beds|capacity;a=MSF]], had already
    been running above capacity, MSF said. Gaza's health ministry said on Monday that [[45
    people|killed;a=Gaza's health ministry]] had been killed in the strike and [[249
    others|injured;a=Gaza's health ministry]] wounded, many of them women and children. The
    Israeli military said it had killed [[two senior Hamas commanders|killed;a=The Israeli
    military]] and that it was reviewing reports of civilian casualties. According to the World
    Health Organization, [[more than 500 health workers|killed;a=the World Health Organization]]
    have been killed in Gaza since {{October 2023}}. The WHO says [[12 hospitals|other;a=The
    WHO]] in the territory are still even partially functional. MSF said it had moved its
    remaining international staff out of a second clinic in the city.""",
)

item(
    "WHO verifies more than 150 attacks on health care in Sudan",
    """The World Health Organization (WHO) has verified [[more than 150
    attacks|other;u=other;a=The World Health Organization (WHO)]] on health care in Sudan since
    the war began in {{April 2023}}, killing [[over 1,000 patients and health
    workers|killed;n=patients and health workers;a=The World Health Organization (WHO)]].
    Speaking in Geneva on Friday, the agency's representative in Sudan, Amara Diallo, said that
    {{between 70 and 80 per cent}} of hospitals in the worst-affected states were no longer
    working. In El Fasher, which the paramilitary Rapid Support Forces besieged for more than
    {{500 days}}, the last functioning hospital was shelled repeatedly. WHO said [[at least 35
    patients and companions|killed;n=patients and companions;a=WHO]] died in a single drone
    strike on a maternity hospital there in January. "Every attack on a hospital takes care away
    from the people who need it most," Diallo said. The agency said it had delivered [[more than
    2,000 tonnes|aid;a=The agency;alt=The World Health Organization (WHO)]] of medical supplies
    since the start of the conflict, but that [[nearly 65 trucks|aid;a=The agency;alt=The World
    Health Organization (WHO)]] were waiting for travel permits in Port Sudan. Sudan is also
    fighting a cholera outbreak that has caused [[more than 100,000 suspected cases|other;a=the
    health ministry]] and [[2,400 deaths|killed;a=the health ministry]] since {{July 2024}},
    according to the health ministry. [[Some 30.4 million people|civilians;a=the UN;v=30400000]]
    in Sudan need humanitarian assistance this year, the UN says.""",
)

item(
    "Turkish Red Crescent sends 45 aid trucks to displaced Syrians in Idlib",
    """The Turkish Red Crescent (Kizilay) has sent [[45 trucks|aid;a=the organisation;alt=The
    Turkish Red Crescent (Kizilay)]] of humanitarian aid to northwestern Syria's Idlib region
    for civilians fleeing attacks by the Assad regime and its allies, the organisation said on
    Wednesday. The trucks, which crossed at the Cilvegozu border gate in Hatay province, carried
    [[2,000 tents|aid;a=Kizilay]], [[10,000 blankets|aid;a=Kizilay]] and food parcels, Kizilay
    said. Its president, Fatih Ozer, said [[nearly 1 million people|displaced;a=Fatih Ozer]] had
    fled toward the Turkish border since December, in the coldest weeks of the winter. "We are
    building a tent city near Sarmada that can house [[25,000 people|capacity;a=Ozer;alt=Fatih
    Ozer]]," Ozer said.""",
)

item(
    "Kurram: first aid convoy in weeks reaches Parachinar",
    """A convoy of [[35 vehicles|aid;a=officials]] carrying food and medicines reached
    Parachinar on Saturday, the first to enter upper Kurram since the main road was closed in
    October, officials said. The Pakistan Red Crescent Society (PRCS) said the consignment
    included [[1,200 food packs|aid;a=The Pakistan Red Crescent Society (PRCS)]] and [[20
    tonnes|aid;a=The Pakistan Red Crescent Society (PRCS)]] of medicines, flour and baby
    formula. According to the district health officer, [[at least 50 children|killed;a=the
    district health officer]] have died in Parachinar since the closure for want of medicines
    and treatment. Deputy Commissioner Javedullah Mehsud said [[over 130
    people|killed;a=Javedullah Mehsud]] had been killed in sectarian clashes since gunmen
    ambushed a passenger convoy near Bagan on {{November 21}}, an attack that left [[52
    people|killed;a=Javedullah Mehsud]] dead. The International Committee of the Red Cross
    (ICRC), which supports the District Headquarters Hospital, said it had flown in [[four
    tonnes|aid;a=The International Committee of the Red Cross (ICRC)]] of surgical supplies and
    that the hospital had treated [[about 180 wounded patients|injured;a=The International
    Committee of the Red Cross (ICRC)]] since late November. Elders from both sides signed a
    {{14-point}} peace agreement in Kohat on {{January 1}}, but traders say the road remains
    unsafe.""",
)

item(
    "Kenya Red Cross says it attended to over 300 injured in Finance Bill protests",
    """The Kenya Red Cross Society says its teams attended to [[more than 300
    people|injured;a=The Kenya Red Cross Society]] injured during Tuesday's protests against the
    Finance Bill in Nairobi and other towns. In a statement, the society said [[160 of
    them|injured;n=-;a=the society;alt=The Kenya Red Cross Society]] were treated on site, while
    [[83 others|injured;a=the society;alt=The Kenya Red Cross Society]] were taken to hospital,
    some with gunshot wounds. It said [[four of its volunteers|injured;a=The Kenya Red Cross
    Society]] were hurt when police fired tear gas at a first-aid tent near Parliament Road. The
    Kenya National Commission on Human Rights (KNCHR) said [[at least 22 people|killed;a=The
    Kenya National Commission on Human Rights (KNCHR)]] had been killed across the country and
    [[more than 50|arrested;a=The Kenya National Commission on Human Rights (KNCHR)]] arrested,
    adding that it had received reports of [[32 people|missing;a=The Kenya National Commission
    on Human Rights (KNCHR)]] missing. The Red Cross urged families looking for relatives to
    call its toll-free line, {{1199}}, which it said would run {{24 hours}} a day until further
    notice. Police spokesperson Moses Kiprono said officers had acted with restraint.""",
)

item(
    "In Ituri's displacement sites, MSF warns of measles, malaria and violence",
    """Medical teams from Medecins Sans Frontieres (MSF) carried out [[more than 14,000
    consultations|other;u=other;a=the charity;alt=Medecins Sans Frontieres (MSF)]] in
    displacement sites in Djugu territory in September alone, {{almost half}} of them for
    malaria, the charity said this week. Ituri province is home to [[about 1.5 million
    internally displaced people|displaced;a=OCHA]], according to OCHA, the UN's humanitarian
    coordination office. Many live in [[some 70 sites|capacity]] that were meant to be
    temporary. On the night of {{1 February}}, fighters stormed a site near Bule and killed [[62
    people|killed]] with machetes and guns, in one of the deadliest attacks of the conflict.
    "People fled with nothing, and in one site we found {{one latrine for 300 people}}," said
    Pierre-Yves Konan, MSF's emergency coordinator. MSF said its teams had vaccinated [[31,000
    children|aid;a=MSF]] against measles since July and treated [[2,300 children|injured;a=MSF]]
    for severe malnutrition. Its hospital in Drodro admitted [[412 patients|injured;a=the
    charity;alt=MSF]] with violence-related wounds between January and August, {{a quarter}} of
    them children, the charity said. The organisation, which has [[about 600 staff|other;a=The
    organisation;alt=Medecins Sans Frontieres (MSF)]] in the province, said it planned to open
    [[three more mobile clinics|aid;p;a=The organisation;alt=Medecins Sans Frontieres (MSF)]]
    before the rainy season. Bunia, the provincial capital, is about {{60 kilometres}} away, and
    the road is often closed by fighting. The province has been torn since {{2017}} by violence
    between CODECO, a militia drawn largely from the Lendu community, and groups claiming to
    defend the Hema. UN peacekeepers have a base beside the largest site but cannot patrol the
    others, residents say. "The rains start in {{three weeks}}, and with them comes cholera,"
    Konan said.""",
)

item(
    "Ethiopia: MSF says three staff members killed in Tigray",
    """Medecins Sans Frontieres (MSF), the medical charity, says [[three of its
    staff|killed;a=Medecins Sans Frontieres (MSF)]] have been killed in Ethiopia's Tigray
    region. The bodies of a coordinator, an assistant and a driver were found next to their
    vehicle a day after the team lost contact, the charity said. MSF, which has [[about 140
    staff|other;a=MSF]] in the region, said it was "horrified" and demanded an investigation.
    The UN says [[at least 11 aid workers|killed;a=The UN]] have been killed in Tigray since
    fighting broke out in {{November 2020}}, and [[more than 2 million people|displaced;a=The
    UN]] have fled their homes.""",
)

item(
    "WHO records over 1,000 attacks on Ukraine's health care since full-scale invasion",
    """The World Health Organization (WHO) said on {{May 30}} that it had recorded [[1,004
    attacks|other;u=other;a=The World Health Organization (WHO)]] on health care in Ukraine
    since Russia launched its full-scale invasion in {{February 2022}}. The attacks killed [[101
    health workers and patients|killed;n=health workers and patients;a=the WHO]] and injured
    [[139|injured;a=the WHO]], the WHO said. According to Ukraine's Health Ministry, [[more than
    1,200 medical facilities|housing;a=Ukraine's Health Ministry]] have been damaged and
    [[195|housing;u=structure;a=Ukraine's Health Ministry]] completely destroyed. Kharkiv,
    Donetsk and Kherson oblasts account for {{over 60%}} of the attacks. The WHO has delivered
    [[more than 4,000 tonnes|aid;a=the agency;alt=The World Health Organization (WHO)]] of
    medical supplies since the start of the war, including [[40 generators|aid;a=the
    agency;alt=The World Health Organization (WHO)]] for hospitals hit by power cuts, the agency
    said. "Attacks on health care are a violation of international humanitarian law," said Karin
    Lindqvist, the WHO's representative in Ukraine, speaking from Kyiv.""",
)

item(
    "ICRC flights carry freed detainees across Yemen's front lines",
    """The International Committee of the Red Cross said on Sunday it had completed a
    {{two-day}} operation to fly home [[more than 1,050 former detainees|other;a=The
    International Committee of the Red Cross]] released by Yemen's warring parties, using [[11
    aircraft|other;a=The International Committee of the Red Cross]] between Sanaa, Aden, Marib,
    Seiyun and Abha in Saudi Arabia. The Houthis freed [[about 380 prisoners|other;a=the UN
    envoy's office]], including [[15 Saudis|other;a=the UN envoy's office]] and [[four
    Sudanese|other;a=the UN envoy's office]], while the Saudi-backed government released [[about
    680|other;a=the UN envoy's office]], according to the UN envoy's office. "The families who
    waited at the airports have waited for years," said Fabrizio Moretti, head of the ICRC
    delegation in Yemen, adding that [[more than 100 ICRC staff|other;a=Fabrizio Moretti]] had
    taken part.""",
)

item(
    "MSF halts Port-au-Prince emergency centre after ambulance attacked",
    """Doctors Without Borders said Thursday it was suspending activities at its emergency
    centre in Port-au-Prince after armed men in police uniforms stopped an ambulance and
    threatened to kill its staff. The group said the vehicle was carrying [[three young
    men|injured;a=The group;alt=Doctors Without Borders]] with gunshot wounds, and that [[two of
    them|missing;n=-;a=The group;alt=Doctors Without Borders]] had been taken away and not seen
    since. The centre had treated [[more than 1,100 people|injured;a=MSF]] for violent injuries
    since January, {{about 40 percent}} of them for gunshot wounds, according to MSF. "We cannot
    ask our teams to work with guns pointed at them," said Christophe Garnier, the group's head
    of mission in Haiti. Gang violence has displaced [[more than 700,000 people|displaced;a=the
    International Organization for Migration]] across Haiti, according to the International
    Organization for Migration, and the United Nations says [[over 4,500 people|killed;a=the
    United Nations]] were killed in {{2024}}. Its burns hospital in Tabarre, with [[50
    beds|capacity]], remains open.""",
)

item(
    "MSF rescue ship docks in Italy with survivors and bodies",
    """A rescue ship operated by Medecins Sans Frontieres has docked in the Sicilian port of
    Augusta with [[242 survivors|other;a=the charity;alt=Medecins Sans Frontieres]] and the
    bodies of [[10 people|killed;a=the charity;alt=Medecins Sans Frontieres]] who died in the
    hold of an overcrowded wooden boat, the charity said. Survivors told MSF staff that [[at
    least 20 others|missing;a=Survivors]] had gone missing when a second boat began to sink off
    the Libyan coast on Wednesday. The ship had carried out [[four rescues|other;u=other]] in
    {{36 hours}}. "Many of those we pulled from the water had chemical burns from fuel mixed
    with seawater," said Riccardo Lenzi, who leads MSF's search and rescue operations. According
    to the International Organization for Migration, [[more than 3,000 people|killed;a=the
    International Organization for Migration]] died or went missing in the central Mediterranean
    last year, the deadliest year on record. Italy has recorded [[about 105,000 sea
    arrivals|displaced;a=the interior ministry]] so far in {{2016}}, according to the interior
    ministry.""",
)

item(
    "Palestine Red Crescent says two paramedics killed as ambulance hit",
    """The Palestine Red Crescent Society (PRCS) says [[two of its paramedics|killed;a=The
    Palestine Red Crescent Society (PRCS)]] were killed on Tuesday when an Israeli strike hit
    their ambulance in Jabalia, in northern Gaza. Their deaths bring to [[19|killed;a=the
    society;alt=The Palestine Red Crescent Society (PRCS)]] the number of PRCS staff and
    volunteers killed in the Gaza Strip since {{October 7}}, the society said. It said [[more
    than 40 of its ambulances|other;a=The Palestine Red Crescent Society (PRCS)]] had been
    destroyed or put out of service. [[More than 24,000 Palestinians|killed;a=Gaza's health
    ministry]] have been killed in the war, according to Gaza's health ministry.""",
)

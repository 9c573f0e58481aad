"""Reconstruction: damaged homes and their compensation, schools and clinics, rubble and
demining, after wars and disasters (20 texts with figures, 2 without)."""

from _wrap import item

item(
    "eRecovery: 80,000 families compensated for damaged homes",
    """Ukraine's eRecovery programme has paid compensation to [[more than 80,000
    families|aid;a=the Ministry for Restoration]] whose homes were damaged or destroyed by
    Russian attacks, the Ministry for Restoration said on Monday. [[Some 64,000
    families|aid;a=the ministry;alt=the Ministry for Restoration]] received up to {{200,000
    hryvnias}} ({{$5,200}}) to repair their homes, while [[more than 17,000 families|aid;a=the
    ministry;alt=the Ministry for Restoration]] whose homes were destroyed were given housing
    certificates, according to the ministry. Owners have filed [[over 160,000
    applications|other;u=other]] since the programme started in {{May 2023}}, and [[about
    9,000|other;n=-;u=other]] have been rejected. In Kharkiv Oblast alone, [[4,300 housing
    certificates|aid;u=other]] have been issued. Russian attacks have damaged or destroyed
    [[more than 250,000 residential buildings|housing;a=the Kyiv School of Economics]], among
    them [[about 26,000 apartment blocks|housing;u=structure;a=the Kyiv School of Economics]],
    according to the Kyiv School of Economics.""",
)

item(
    "Register of Damage for Ukraine passes 35,000 claims",
    """THE HAGUE, {{May 14}} (Reuters) - The Register of Damage for Ukraine has received [[more
    than 35,000 claims|other;u=other;a=the register's executive director]] since it opened for
    filing last year, the register's executive director told Reuters on Wednesday. The register,
    set up by the Council of Europe in {{2023}} and backed by [[44 countries|other;u=other]] and
    the European Union, now accepts claims for the death of a relative, for injuries and for
    damaged or destroyed homes. Officials expect [[up to 6 million
    claims|other;u=other;p;a=Officials]] in the end. [[Some 12,000 claims|other;u=other]] came
    from Kyiv and the surrounding region. Russia's invasion has killed [[more than 13,000
    civilians|killed;a=the UN human rights monitoring mission]] and injured [[over
    32,000|injured;n=-;a=the UN human rights monitoring mission]], according to the UN human
    rights monitoring mission, while [[about 3.7 million people|displaced;a=the International
    Organization for Migration]] remain displaced inside Ukraine, the International Organization
    for Migration says.""",
)

item(
    "Deminers race to return farmland as mine victims mount",
    """KYIV (The Kyiv Independent) - Ukrainian deminers have cleared {{more than 35,000 square
    kilometres}} since {{2022}}, destroying [[more than 700,000 explosive items|other;a=the
    Economy Ministry]] along the way, the Economy Ministry said. Around {{a fifth}} of the
    country may still be contaminated. [[About 4,500 certified deminers|other]] now work in the
    field, supported by [[some 250 demining machines|other;u=other]]. Mines and unexploded
    ordnance have killed [[at least 370 civilians|killed;a=the State Emergency Service]] and
    injured [[more than 900|injured;n=-;a=the State Emergency Service]] since the full-scale
    invasion, according to the State Emergency Service. [[Six farmers|killed]] were killed this
    spring when their tractors hit anti-tank mines in Kharkiv Oblast. The state reimburses
    farmers for {{up to 80%}} of the cost of demining their fields, and [[some 260
    farms|aid;u=other]] have been paid so far.""",
)

item(
    "In Irpin, three years of rebuilding and a few unfilled gaps",
    """IRPIN, Ukraine (AFP) - Of the [[more than 1,000 buildings|housing;a=the town's mayor]]
    damaged in Irpin during the Russian occupation in {{March 2022}}, [[about
    780|housing;n=-;u=structure;a=the town's mayor]] have been repaired, the town's mayor said.
    [[Some 115 residential buildings|housing]] were destroyed beyond repair and will be
    replaced. [[Hundreds of civilians|killed]] were killed in Irpin and neighbouring Bucha
    during the month-long occupation. [[Thirteen schools|other]] have reopened, and [[more than
    60,000 residents|returned]] have come back, {{roughly 80%}} of the pre-war population. But
    [[some 1,500 families|displaced]] still live in [[three modular towns|capacity;u=structure]]
    built with Polish funds. "My flat will be ready in {{2026}}, they say," said Nadiya,
    {{67}}.""",
)

item(
    "Al-Nouri mosque reopens as Mosul's Old City rises from ruins",
    """MOSUL, Iraq (Rudaw) - The al-Nouri mosque and its leaning minaret reopened on Monday,
    {{eight years}} after Islamic State militants blew them up in {{June 2017}}. Under UNESCO's
    "Revive the Spirit of Mosul" project, [[124 heritage houses|housing;a=UNESCO]] in the Old
    City were rehabilitated, along with [[two churches|housing;a=UNESCO]], UNESCO said. The
    project employed [[some 1,300 young Moslawis|other]] and cost {{more than $115 million}}.
    The battle to retake the city in {{2016-17}} destroyed or damaged [[about 5,000
    buildings|housing]] in the Old City alone, and [[thousands of civilians|killed]] died.
    Across the west bank of the city, [[more than 8,000 homes|housing;a=the Nineveh provincial
    government]] are still in ruins, according to the Nineveh provincial government. [[About
    5,000 families|displaced]] from the Old City still rent homes elsewhere.""",
)

item(
    "Nineveh compensation committee approves 42,000 files",
    """MOSUL, Kurdistan Region (Rudaw) - Nineveh's central compensation committee has approved
    [[more than 42,000 files|other;u=other;a=the committee's head]] from people whose homes,
    cars or relatives were lost in the war against ISIS, the committee's head said on Tuesday,
    but only [[about 9,000 families|aid;a=the committee's head]] have been paid. Residents have
    submitted [[some 130,000 applications|other;u=other]] in the province under {{Law 20 of
    2009}} on compensating victims of military operations and terrorism. The files include
    [[5,600 people|killed]] killed by ISIS or in the fighting, and [[3,200 vehicles|other]]
    destroyed. "Without money from Baghdad, we cannot pay," the head of the committee said,
    adding that the {{2019}} budget allocated {{only 100 billion dinars}}.""",
)

item(
    "UNICEF: Syria needs to rebuild thousands of schools",
    """[[More than 7,000 schools|housing;a=UNICEF]] across Syria are damaged or destroyed,
    UNICEF said on Tuesday, and [[about 2.4 million children|civilians;a=UNICEF]] are out of
    school. Since {{January}}, the agency has rehabilitated [[240 schools|housing;a=the
    agency;alt=UNICEF]], allowing [[some 95,000 children|aid;a=the agency;alt=UNICEF]] to return
    to class, it said. [[A further 600 schools|housing;p;a=UNICEF]] will be repaired by the end
    of {{2026}}, UNICEF said, if funding allows. [[About 300 schools|capacity]] are still used
    as shelters by [[some 1,400 displaced families|displaced]], many of them returnees from
    Lebanon whose homes are uninhabitable. [[More than 1.2 million people|returned;a=UNHCR]]
    have returned to their areas of origin from inside Syria and abroad since {{December}},
    according to UNHCR.""",
)

item(
    "UN: Gaza debris could take two decades to clear",
    """Satellite imagery shows [[about 193,000 structures|housing;a=the UN Satellite Centre]] in
    Gaza have been damaged or destroyed, {{78%}} of all structures in the Strip, the UN
    Satellite Centre said. Clearing [[an estimated 61 million tonnes|other;a=the UN Environment
    Programme]] of debris could take {{more than 20 years}}, the UN Environment Programme
    warned. Only [[18|other;n=-;u=structure;a=the World Health Organization]] of Gaza's [[36
    hospitals|other;a=the World Health Organization]] are partially functioning, according to
    the World Health Organization. [[Some 1.9 million people|displaced]], {{90%}} of the
    population, have been displaced, most of them several times. [[More than 650,000
    children|civilians]] have had no formal schooling for {{two years}}. The war has killed
    [[more than 67,000 Palestinians|killed;a=the territory's health ministry]], according to the
    territory's health ministry.""",
)

item(
    "Arab states back $53 billion Egyptian plan to rebuild Gaza",
    """CAIRO, {{March 4}} (Reuters) - Arab leaders on Tuesday adopted Egypt's {{$53 billion}}
    reconstruction plan for Gaza, an alternative to US President Donald Trump's proposal to take
    over the enclave. The plan would be carried out over {{five years}}, starting with an
    early-recovery phase of {{six months}} costing {{$3 billion}}. Its first stage would be
    funded by a trust fund under World Bank supervision. The final statement cited UN Security
    Council {{Resolution 2334}} of {{2016}} and called for a Palestinian state on the lines of
    {{June 4, 1967}}. Israel rejected the plan.""",
)

item(
    "Lebanon faces $11 billion bill to rebuild after war",
    """BEIRUT (Reuters) - The war between Israel and Hezbollah damaged or destroyed [[about
    99,000 housing units|housing;a=the World Bank]] in Lebanon, the World Bank said on Friday,
    putting the cost of reconstruction and recovery at {{$11 billion}}. Hezbollah's construction
    arm, Jihad al-Binaa, said it had paid rent and furniture allowances to [[more than 230,000
    families|aid;a=Hezbollah's construction arm, Jihad al-Binaa]]. In [[37 villages|other;a=the
    bank;alt=the World Bank]] along the border, {{more than half}} of buildings were flattened,
    the bank said. Israeli strikes killed [[more than 4,000 people|killed;a=the health
    ministry]] in Lebanon, the health ministry says. [[About 100,000 people|displaced;a=the
    International Organization for Migration]] remain displaced, according to the International
    Organization for Migration, most of them unable to go back to frontline villages.""",
)

item(
    "Türkiye delivers 200,000th new home in quake zone",
    """ISTANBUL (Daily Sabah) - Türkiye has handed over [[more than 200,000 homes|housing;a=the
    Environment Ministry]] to survivors of the {{February 6, 2023}} earthquakes, the Environment
    Ministry said on Saturday. At a ceremony in Hatay, [[4,200 village houses|housing]] were
    delivered. The government aims to complete [[453,000 housing units|housing;p;a=The
    government]] by the end of {{2025}}, the largest reconstruction drive in the country's
    history. The twin quakes killed [[more than 53,000 people|killed]] in Türkiye and destroyed
    or damaged [[some 680,000 buildings|housing]] across [[11 provinces|other;u=other]]. [[About
    14 million people|civilians]] were affected. Owners receive the new homes with a
    {{20-year}}, interest-free repayment plan covering {{half}} the cost.""",
)

item(
    "Two years on, quake survivors still live in container cities",
    """ANTAKYA, Turkey (AFP) - [[Nearly 700,000 people|displaced;a=the disaster agency AFAD]]
    still live in container cities across southern Turkey, according to the disaster agency
    AFAD, [[about 240,000 of them|displaced;n=-;a=the disaster agency AFAD]] in Hatay province.
    Each container measures {{21 square metres}}. Ayşe Yılmaz, {{54}}, shares one with [[five
    relatives|displaced]] in one of [[more than 400 container cities|capacity;u=structure]]. Her
    building in Antakya was among [[thousands|housing;u=structure]] torn down after the quake.
    "They gave us the key to a new flat in Defne, but the school is far," she said. [[Some
    12,000 families|returned]] have moved back into repaired homes in the city centre this
    year.""",
)

item(
    "SPHF completes 500,000 flood-resistant houses in Sindh",
    """KARACHI: The Sindh People's Housing for Flood Affectees (SPHF) has completed [[more than
    500,000 houses|housing;a=the SPHF's chief executive]] for families whose homes were
    destroyed in the {{2022}} floods, the SPHF's chief executive said on Monday, against a
    target of [[2.1 million|housing;n=-;u=structure;p;a=the SPHF's chief executive]]. The floods
    killed [[1,739 people|killed]] across Pakistan and damaged or destroyed [[more than 2
    million homes|housing]], [[about 1.8 million|housing;v=1800000;n=-;u=structure]] of them in
    Sindh. Each beneficiary receives {{Rs300,000}} in tranches, and [[about 1.2 million
    beneficiaries|aid]] have received the first. The programme has trained [[more than 3,000
    women|other]] as masons, and [[1,500 to 2,000 houses a day|housing]] are now being
    completed. Funding includes {{$500 million}} from the World Bank.""",
)

item(
    "KP pays Rs2m each to families of Buner flood victims",
    """PESHAWAR: The Khyber Pakhtunkhwa government has paid compensation of {{Rs2 million}} each
    to the families of [[241 people|killed;a=officials]] killed in the flash floods that hit
    Buner on {{August 15}}, officials said. The floods killed [[more than 300
    people|killed;a=the Provincial Disaster Management Authority]] in the province, the
    Provincial Disaster Management Authority said, destroying [[about 600 houses|housing;a=the
    Provincial Disaster Management Authority]] and damaging [[1,100
    others|housing;n=-;u=structure;a=the Provincial Disaster Management Authority]]. Owners of
    destroyed houses will receive {{Rs1 million}}. [[About 2,000 people|displaced]] are still in
    [[14 relief camps|capacity]]. {{Rescue 1122}} deployed [[more than 3,500 personnel|other]]
    in the first week.""",
)

item(
    "Marawi compensation board has paid only 2,300 claimants",
    """MANILA (Rappler) - The Marawi Compensation Board has received [[more than 17,000
    claims|other;u=other;a=The Marawi Compensation Board]] for homes and property lost in the
    {{2017}} siege, but has paid [[only 2,300 claimants|aid;a=The Marawi Compensation Board]],
    it said in a report to Congress. It has approved [[about 4,600|other;n=-;u=other;a=the
    board;alt=The Marawi Compensation Board]], the board said. The {{five-month}} battle between
    government forces and Islamic State-inspired militants displaced [[more than 350,000
    people|displaced]] and killed [[more than 1,100|killed;n=-]], among them [[165 soldiers and
    police|killed;n=soldiers and police]]. [[Some 17,000 families|displaced]] from the "most
    affected area" still cannot return, and [[several hundred families|displaced]] still live in
    [[eight transitory sites|capacity]]. {{Republic Act 11696}} set the board's initial fund at
    {{P5 billion}}.""",
)

item(
    "Six years after Yolanda, half of promised houses still unfinished",
    """TACLOBAN (Rappler) - {{Six years}} after Super Typhoon Yolanda (Haiyan), the National
    Housing Authority has completed [[only 107,000|housing;n=-;u=structure]] of the [[205,128
    permanent houses|housing;p]] promised to survivors. [[About 60,000 families|displaced]] have
    moved into the new resettlement sites, but [[14,500 units|housing]] still lack water
    connections. The typhoon killed [[6,300 people|killed]] in {{November 2013}}, left [[more
    than 1,000|missing;n=-]] missing, and destroyed or damaged [[over 1 million homes|housing]].
    "Nobody wants to live in a place with no water," said a resident of a site in Tacloban's
    north. [[More than 10,000 families|displaced]] were relocated there.""",
)

item(
    "Quake reconstruction: 620,000 houses rebuilt in five years",
    """KATHMANDU (The Kathmandu Post) - [[More than 620,000 houses|housing;a=the National
    Reconstruction Authority]] have been rebuilt since the {{April 2015}} earthquake, according
    to the National Reconstruction Authority, out of [[about
    800,000|housing;n=-;u=structure;a=the National Reconstruction Authority]] damaged or
    destroyed. The quake and its aftershocks killed [[nearly 9,000 people|killed]] and injured
    [[about 22,000|injured;n=-]]. [[Tens of thousands of families|displaced]] spent two winters
    in tents. Each beneficiary received a grant of {{Rs300,000}}. [[About 7,500
    schools|housing]] were damaged; [[6,800|housing;n=-;u=structure]] have been rebuilt. [[753
    heritage monuments|housing;u=structure]] were damaged, and work on {{a third}} of them has
    not started. [[Some 2,500 landless households|aid;a=the authority;alt=the National
    Reconstruction Authority]] were given land to resettle, the authority said.""",
)

item(
    "Bosnia's 2027 mine-free target slips away",
    """SARAJEVO (Balkan Insight) - Nearly {{30 years}} after the war, minefields still cover
    {{about 2%}} of Bosnia and Herzegovina, some {{900 square kilometres}}, the Bosnia and
    Herzegovina Mine Action Centre, BHMAC, said, making its {{2027}} target unreachable. It
    believes [[between 30,000 and 40,000 landmines|other;u=other;a=the Bosnia and Herzegovina
    Mine Action Centre]] remain. Since {{1996}}, mines have killed [[623 people|killed]] and
    injured [[more than 1,100|injured;n=-]]. [[Three deminers|killed]] were killed in {{2023}}
    alone. [[Some 80,000 people|civilians]] live near suspected hazardous areas. The country has
    [[about 1,200 deminers|other]], but funding has fallen to {{€6 million}} a year.""",
)

item(
    "Northern demining: 12,000 families back on their land",
    """COLOMBO (Daily Mirror) - Clearance of landmines in the Northern and Eastern Provinces has
    allowed [[about 12,000 families|returned;a=the National Mine Action Centre]] to return to
    their land since {{2010}}, the National Mine Action Centre said yesterday. Deminers have
    removed [[more than 450,000 anti-personnel mines|other;a=the centre;alt=the National Mine
    Action Centre]] in that time, the centre said. [[Over 850 deminers|other]], many of them
    women from war-affected families, are still at work, and {{23 square kilometres}} remain to
    be cleared. Officials said the island could be declared mine-free by {{2028}}. [[More than
    290,000 people|returned]] have gone back to their villages in the north since {{2009}}.
    [[Two deminers|injured]] were injured in Muhamalai last month.""",
)

item(
    "Peru rebuilding after coastal El Niño slowed by red tape",
    """LIMA (Reuters) - {{Two years}} after the coastal El Niño floods, Peru's Authority for
    Reconstruction with Changes has finished [[only 1,700|other;n=-;u=other;a=the comptroller]]
    of the [[11,000 projects|other;u=other;p;a=the comptroller]] in its plan, the comptroller
    said. The {{2017}} floods and mudslides killed [[at least 162 people|killed]], affected
    [[more than 1 million|civilians;n=-]] and destroyed [[about 44,000 homes|housing]]. [[Some
    30,000 families|displaced]] still live in temporary modules in Piura, Lambayeque and La
    Libertad. [[About 1,300 schools|housing]] were damaged. The reconstruction budget is {{25.6
    billion soles}} ({{$7.7 billion}}).""",
)

item(
    "A year after Mocoa avalanche, families wait for homes",
    """MOCOA, Colombia (El País) - {{A year}} after an avalanche of mud and rocks buried much of
    Mocoa, killing [[336 people|killed]], the government has handed over
    [[300|housing;n=-;u=structure]] of the [[1,209 homes|housing;p]] it promised to survivors.
    [[More than 70 people|missing]] are still missing. [[About 4,500 people|displaced]] rent
    rooms or live with relatives, and [[17 neighbourhoods|other;u=other]] were declared
    uninhabitable. The national government has spent {{$40 million}} on reconstruction so far,
    including a new water treatment plant.""",
)

item(
    "States sign convention creating claims commission for Ukraine",
    """THE HAGUE (The Kyiv Independent) - Foreign ministers meeting in The Hague on {{December
    16}} signed a convention establishing an International Claims Commission for Ukraine, which
    will rule on compensation for damage caused by Russia since {{February 24, 2022}}. The World
    Bank estimates Ukraine's reconstruction needs at {{$524 billion}} over the {{next decade}}.
    The commission builds on the Register of Damage, set up in {{2023}}, and on UN General
    Assembly {{resolution ES-11/5}} of {{November 2022}}. It may be funded from Russian central
    bank assets, about {{€210 billion}} of which are frozen in the EU.""",
)

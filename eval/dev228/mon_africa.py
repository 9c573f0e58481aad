"""Sudan, the Sahel, the Lake Chad basin, DR Congo, Ethiopia, Somalia, Mozambique and Cameroon:
ACLED's and IOM's counts, OCHA's and UNICEF's tallies and the UN missions' reports, 2014-2026."""

from _wrap import item

item(
    "ACLED: Sudan war has killed nearly 29,000 people in its first 20 months",
    """The war between Sudan's army and the paramilitary Rapid Support Forces killed
    [[nearly 29,000 people|killed;a=the Armed Conflict Location and Event Data project]]
    between {{April 2023}} and {{December 2024}}, according to the Armed Conflict Location and
    Event Data project, which counts deaths reported in the media and by local monitors.
    [[More than 7,500|killed;a=ACLED;n=-]] of them were civilians deliberately targeted, ACLED
    said. Other estimates are far higher: a study by the London School of Hygiene and Tropical
    Medicine put the number of deaths in Khartoum state alone at
    [[about 61,000|killed;a=a study by the London School of Hygiene and Tropical Medicine]] in
    the first {{14 months}}. ACLED recorded [[over 1,100 drone strikes|other;a=ACLED;u=other]]
    in {{2024}}, up from [[fewer than 100|other;u=other;n=-;a=ACLED]] the year before. Analysts at the
    group estimate that the RSF fields [[between 70,000 and 100,000 fighters|combatants;a=Analysts at the group;alt=ACLED]]. In North Darfur, the paramilitaries have launched [[more than 200 attacks|other;a=ACLED;u=other]] on El Fasher since {{May 2024}}, ACLED said.""",
)

item(
    "IOM: 11.5 million internally displaced in Sudan as some begin to return",
    """Sudan now has [[about 11.5 million internally displaced people|displaced;a=the
    International Organization for Migration]], the International Organization for
    Migration said on Thursday, in [[2.3 million households|displaced;a=the International
    Organization for Migration]] spread across every state. [[Another 3.9 million|displaced;a=the agency;alt=the International Organization for Migration]] have fled to
    neighbouring countries since {{April 2023}}, the agency said, [[1.5 million|displaced;a=the agency;alt=the International Organization for Migration]] of them to Egypt. IOM's Displacement Tracking Matrix recorded [[some 1.3 million returnees|returned;a=IOM's Displacement Tracking Matrix]] in areas retaken by the army, mainly Gezira, Sennar and
    Khartoum states. In Khartoum, [[around 190,000 families|returned;a=local authorities]]
    had come back by {{September}}, local authorities said. The displaced live in
    [[more than 11,000 locations|capacity;a=IOM;u=other]], IOM said, including
    [[about 1,700 schools|capacity;a=IOM]] and other public buildings.""",
)

item(
    "El Fasher: hundreds killed in hospital, tens of thousands flee as RSF takes city",
    """The World Health Organization said on Wednesday that
    [[more than 460 patients and companions|killed;a=The World Health Organization;n=patients
    and companions]] were killed at the Saudi maternity hospital in El Fasher after the Rapid
    Support Forces overran the city on {{26 October 2025}}. [[Over 82,000 people|displaced;a=the International Organization for Migration]] fled El Fasher and nearby villages in the
    following {{five days}}, the International Organization for Migration said, most of them
    to Tawila, {{about 60 kilometres}} to the west. Tawila already hosted
    [[roughly 650,000 displaced people|displaced;a=aid groups]], aid groups said, many of them
    survivors of the RSF assault on Zamzam camp in {{April}}, which killed
    [[at least 400 people|killed;a=the UN]], according to the UN. Médecins Sans Frontières
    said its teams in Tawila had treated [[hundreds of wounded|injured;a=Médecins Sans
    Frontières]] and that [[several thousand people|missing;a=families]] were unaccounted for,
    according to families who reached the town. Local monitors said the RSF had abducted
    [[dozens of men|kidnapped;a=Local monitors]] for ransom at checkpoints on the road. Before
    the siege, El Fasher held [[an estimated 1.5 million people|civilians]].""",
)

item(
    "UNICEF: grave violations against children in Sudan up fivefold",
    """The UN verified [[more than 2,100 grave violations|other;a=The UN;u=other]] against
    children in Sudan in {{2024}}, UNICEF said on Monday, roughly {{five times}} the number
    recorded in {{2022}}. They included the killing of [[752 children|killed;a=UNICEF]] and the
    maiming of [[987|injured;a=UNICEF]], the agency said. The recruitment and use of
    [[209 children|combatants;a=UNICEF]] by the warring parties was verified, mostly by the
    RSF and allied militias, according to UNICEF. [[At least 221 children|other]]
    were raped, some as young as {{one}}. Across the country [[more than 17 million
    children|civilians;a=the agency;alt=UNICEF]] are out of school, the agency said, and
    [[about 10,400 schools|capacity;a=education officials]] in states far from the fighting
    are being used as shelters for displaced families, education officials said. UNICEF said it
    planned to treat [[770,000 children|aid;a=UNICEF;p]] for severe acute malnutrition in
    {{2025}}.""",
)

item(
    "ACLED: Burkina Faso now the deadliest country in the Sahel",
    """Political violence in Burkina Faso killed [[more than 8,400 people|killed;a=the Armed
    Conflict Location and Event Data project]] in {{2023}}, according to the Armed Conflict
    Location and Event Data project, more than in Mali and Niger combined. ACLED attributed
    [[about 2,300|killed;a=ACLED;n=-]] of those deaths to attacks on civilians by jihadist
    groups and by the army and its volunteer auxiliaries. The government says it has
    recruited [[90,000 Volunteers for the Defence of the Homeland|combatants;a=The
    government;n=Volunteers]], a civilian militia. In the deadliest single attack, JNIM
    fighters killed [[between 200 and 600 people|killed;a=local and UN estimates]] digging trenches around Barsalogho in {{August 2024}}, according to local and UN estimates. [[More than 2 million people|displaced;a=the
    government]] are displaced, the government said before it stopped publishing figures in
    {{2023}}. The Education Ministry reported [[5,319 schools|other;a=The Education
    Ministry]] closed, affecting [[some 1 million pupils|civilians;a=The Education
    Ministry]].""",
)

item(
    "Moura killings: UN report says 500 executed by Malian troops and foreign fighters",
    """Malian troops and foreign military personnel executed
    [[at least 500 people|killed;a=the UN human rights office]] during a {{five-day}}
    operation in the central town of Moura in {{March 2022}}, the UN human rights office said
    in a report. Investigators found that [[58 women and girls|other;a=Investigators;n=women and
    girls]] were raped or sexually assaulted. [[Dozens of men|kidnapped]] were taken away by
    helicopter and have not been seen since. The army said it had killed
    [[203 "terrorists"|killed;a=The army;n=terrorists]] and arrested [[51|arrested;a=The
    army]]. Western governments estimated at the time that Russia's Wagner Group had deployed
    [[about 1,000 fighters|combatants;a=Western governments]] to Mali. The UN mission,
    MINUSMA, which had [[more than 13,000 peacekeepers|combatants]] in the
    country, said its investigators had been denied access to Moura for months.""",
)

item(
    "Niger: Tillaberi violence displaces thousands of families, OCHA says",
    """Attacks by armed groups in Niger's Tillaberi region displaced
    [[3,412 households|displaced;a=OCHA]], or [[about 21,000 people|displaced;a=OCHA]], in
    {{January}} alone, OCHA said in its monthly snapshot. The region recorded
    [[67 security incidents|other;u=other]] affecting civilians in the month,
    which killed [[at least 112 civilians|killed]]. Gunmen kidnapped
    [[27 people|kidnapped;a=humanitarian partners]], including [[four village chiefs|kidnapped;a=humanitarian partners]], humanitarian partners said. [[Nearly 900 schools|other;a=the education
    cluster]] in Tillaberi remain closed because of insecurity, the education cluster said.
    Aid agencies distributed food to [[4,800 households|aid]] in the Ouallam and Ayorou
    areas. In the previous month, OCHA had counted [[1,975 displaced households|displaced;a=OCHA]].""",
)

item(
    "Ten years on, 82 Chibok girls still missing, as Nigeria's school abductions go on",
    """Of the [[276 schoolgirls|kidnapped;a=the authorities]] abducted by Boko Haram from
    their dormitory in Chibok in {{April 2014}}, [[82|missing;a=the authorities;n=-]] are still
    missing, according to the authorities, most of them feared dead or married to fighters.
    [[Fifty-seven|kidnapped;n=-]] escaped within hours. Since then, UNICEF says,
    [[more than 1,680 students|kidnapped;a=UNICEF]] have been abducted from schools in
    Nigeria. In the most recent mass kidnapping, in Kuriga, Kaduna state, gunmen seized
    [[287 pupils and staff|kidnapped;a=local officials;n=pupils and staff]], local officials
    said, [[137|kidnapped;a=the army;n=-]] of whom were freed after {{16 days}}, according to
    the army. Amnesty International says [[at least 1,500 civilians|killed;a=Amnesty
    International]] were killed by bandits and jihadist groups in the north-west in the first
    {{half}} of the year. The military says it has deployed
    [[some 2,000 additional troops|combatants;a=The military]] to Kaduna and Zamfara states.""",
)

item(
    "UN: M23 offensive on Goma killed about 3,000, displaced 700,000",
    """[[About 3,000 people|killed;a=the UN]] were killed in the fighting for Goma in late
    {{January 2025}}, the UN said, while the Congolese government put the toll at
    [[more than 7,000|killed;a=the Congolese government]]. The offensive by the Rwandan-backed
    {{M23}} rebels displaced [[about 700,000 people|displaced;a=OCHA]] in North and South Kivu
    provinces in the first {{two months}} of the year, OCHA said. The rebels ordered the
    closure of displacement camps around Goma, and [[tens of thousands|returned;a=aid
    agencies]] walked back to villages they had fled, in many cases to find their houses
    looted, aid agencies said. [[More than 4,000 inmates|other;a=UN officials]] escaped from Munzenze prison as the city fell, and [[at least 165 women|other;a=UN officials]] were raped there, UN officials said. The UN peacekeeping mission, MONUSCO, said it was sheltering
    [[about 2,000 Congolese soldiers|combatants;a=MONUSCO]] who had surrendered their weapons.
    Officials said [[more than 2,000 bodies|killed;a=Officials]] had been buried in mass
    graves in Goma by {{mid-February}}.""",
)

item(
    "Ituri: CODECO attacks on displacement camps leave dozens dead",
    """Militiamen from the CODECO armed group attacked the Lala displacement site in Ituri
    province overnight, killing [[at least 46 people|killed;a=local officials]], among them
    [[17 children|killed;a=local officials]], local officials said. The UN Office for the
    Coordination of Humanitarian Affairs said the site had sheltered
    [[about 3,000 displaced people|displaced;a=The UN Office for the Coordination of
    Humanitarian Affairs]] in [[more than 600 shelters|capacity;a=The UN Office for the
    Coordination of Humanitarian Affairs]], [[roughly 400|housing;a=OCHA;u=structure;n=-]]
    of which were burned, OCHA said. Ituri has [[158 displacement sites|capacity;a=the
    agency;alt=The UN Office for the Coordination of Humanitarian Affairs]] hosting
    [[1.7 million people|displaced;a=the agency;alt=The UN Office for the Coordination of
    Humanitarian Affairs]] in all, the agency said. In neighbouring North Kivu, the
    Islamic State-linked ADF abducted [[at least 35 people|kidnapped;a=the Kivu Security
    Tracker]] in {{September}}, according to the Kivu Security Tracker. [[Up to 20
    people|missing]] are still missing after the Lala attack.""",
)

item(
    "Tigray: UN says aid reaching only a fraction of those in need",
    """[[Some 5.2 million people|civilians;a=the UN]] in Ethiopia's Tigray region need food
    aid, the UN said on {{3 June 2021}}, {{seven months}} after fighting broke out between
    federal forces and the region's former rulers. Only [[about 1.1 million|aid]] had been reached in the previous round of distributions. The UN refugee agency said
    [[more than 63,000 Ethiopians|displaced;a=The UN refugee agency]] had crossed into
    Sudan. Aid groups said [[no more than 50 trucks a week|aid;a=Aid groups]] were getting
    through checkpoints, against the [[100 a day|aid;a=aid groups;p;n=-;u=other]] aid groups say are
    needed.""",
)

item(
    "Somalia: al-Shabaab bombs drove civilian casualties up in 2022, UN says",
    """Civilian casualties in Somalia rose to their highest level since {{2017}} last year,
    the UN mission in Somalia said, with [[613 people|killed;a=the UN mission in Somalia]]
    killed and [[948|injured;a=the UN mission in Somalia]] injured. Improvised explosive
    devices caused {{55 per cent}} of the casualties, most of them in attacks claimed by
    al-Shabaab. The deadliest was a double car bombing at the education ministry in Mogadishu
    on {{29 October}}, which killed [[at least 121 people|killed;a=the government]] and
    wounded [[more than 300|injured;a=the government]], the government said. Security forces
    detained [[several hundred suspects|arrested;a=police]] after the attack, police said.
    The toll was still below that of {{2017}}, the year of the country's deadliest bombing.""",
)

item(
    "Cabo Delgado: families begin returning as attacks ebb, IOM says",
    """[[More than 600,000 people|returned;a=the International Organization for Migration]]
    have returned to their districts in Mozambique's Cabo Delgado province since
    {{2022}}, the International Organization for Migration said, [[nearly 140,000
    households|returned;a=the agency;alt=the International Organization for Migration]] in
    all. Many found their homes destroyed: in Mocimboa da Praia alone, local officials
    counted [[some 4,500 houses|housing;a=local officials]] burned during the insurgency.
    Insurgents linked to Islamic State still carried out [[about 90 attacks|other;a=ACLED;u=other]] in the first {{three months}} of the year, according to ACLED, killing
    [[at least 60 civilians|killed;a=ACLED]]. [[About 580,000 people|displaced;a=IOM]] remain
    displaced, IOM said, and the agency expects [[another 100,000|returned;a=the agency;alt=IOM;p;n=-]] to go home by {{December}} if the security situation holds.""",
)

item(
    "Cameroon's Anglophone regions: villages burned, hundreds detained",
    """Security forces and separatist fighters in Cameroon's North-West and South-West regions
    burned [[at least 47 villages|other;a=Human Rights Watch]] and
    [[around 1,000 homes|housing;a=Human Rights Watch]] between {{2018}} and {{2020}},
    according to Human Rights Watch. [[Hundreds of people|arrested;a=the group;alt=Human Rights Watch]] were detained on suspicion of backing the separatists, and [[67 of them|arrested;a=the group;alt=Human Rights Watch;n=-]] were held incommunicado for weeks, the group said.
    OCHA estimates that [[about 628,000 people|displaced;a=OCHA]] have been displaced inside
    the two regions and that [[some 87,000|displaced;a=OCHA;n=-]] have fled to Nigeria. In one
    attack on the village of Ngarbuh in {{February 2020}}, soldiers and allied militiamen
    killed [[21 civilians|killed]], most of them women and children.""",
)

item(
    "ACLED updates its conflict index for 2025",
    """The Armed Conflict Location and Event Data project said on {{12 December 2025}} that
    political violence worldwide had risen by {{12 per cent}} over the previous {{12 months}},
    with Palestine, Myanmar, Syria and Mexico ranked as the most extreme conflicts. Its index
    weighs deadliness, danger to civilians, diffusion and fragmentation, each scored from
    {{0}} to {{1}}. Sudan rose {{three}} places to {{fifth}}. The Sahel accounted for
    {{about a fifth}} of all fatalities recorded in Africa. ACLED's dataset, which goes back
    to {{1997}} for Africa, is updated every {{week}} and is free for non-commercial users.""",
)

item(
    "Donors pledge $1.5bn for Sudan at London conference",
    """Donors meeting in London on {{15 April 2025}}, the second anniversary of Sudan's war,
    pledged more than {{£800 million}}, or about {{$1.5 billion}}, in humanitarian aid, the
    British government said. The UN's appeal for Sudan and neighbouring countries for
    {{2025}} seeks {{$6 billion}} and was {{13 per cent}} funded by {{mid-April}}. A
    communique calling for an immediate ceasefire was not agreed. The previous conference, in
    Paris in {{April 2024}}, raised {{€2 billion}}. A follow-up meeting is planned in Brussels
    in {{the autumn}}.""",
)

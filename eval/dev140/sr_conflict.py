"""Situation reports on conflict and the displacement it causes, as feeds syndicate them:
flash updates, DTM flash alerts, UNHCR operational updates and OCHA situation reports (16
texts, all with figures)."""

from _wrap import item

item(
    "Sudan: DTM Flash Alert – displacement from Abu Shouk camp, El Fasher",
    """Between {{11 and 13 April 2025}}, DTM field teams estimated that
    [[7,330 households|displaced;a=DTM field teams]]
    ([[36,650 individuals|displaced;a=DTM field teams]]) were displaced from Abu Shouk camp to
    other neighbourhoods of El Fasher town and to Tawila, following attacks on the camp by armed
    men. Sources on the ground reported
    [[at least 46 people|killed;a=Sources on the ground]] killed, among them
    [[nine aid workers|killed;a=Sources on the ground]], and
    [[some 180|injured;a=Sources on the ground]] wounded. Women and children make up approx.
    {{61 per cent}} of those displaced. In Tawila, [[4,115 households|displaced]] were sheltering
    in [[three gathering sites|capacity]] or with host families by {{13 April}}, while
    [[about 900 individuals|displaced]] remained stranded at checkpoints south of El Fasher. Abu
    Shouk hosted [[an estimated 450,000 people|displaced;a=DTM]] before the attacks, according
    to DTM's {{Round 14}} baseline. The situation remains fluid, and figures will be updated as
    verification continues. For further information, contact DTM Sudan at dtmsudan@iom.int or
    {{+249 912 303 118}}.""",
)

item(
    "DR Congo: Flash Update – Sake and Masisi displacement (North Kivu)",
    """Fighting between the Congolese armed forces (FARDC) and the {{M23}} armed group around
    Sake, {{27 km}} west of Goma, has displaced
    [[more than 135,000 people|displaced;a=local authorities]] since {{7 February 2024}},
    according to local authorities. Most have moved east towards Goma and into the Mugunga,
    Lushagala and Bulengo sites, which already hosted [[an estimated 300,000 IDPs|displaced]]
    before the latest escalation. Key figures as of {{12 February}}:
    [[135,400 new IDPs|displaced]]; [[11 displacement sites|capacity]] receiving new arrivals;
    [[at least 18 civilians|killed]] killed and [[64|injured]] injured by shells falling on Sake
    and Mugunga; [[four health facilities|other]] non-functional. Bombs fell near the Zaina site
    on {{10 February}}, and humanitarian partners temporarily withdrew staff from the area.
    Partners have distributed hot meals to [[12,000 people|aid]] in Lushagala. MSF said its teams
    at Kyeshero hospital had treated [[more than 70 people|injured;a=MSF]] for blast and gunshot
    wounds since {{8 February}}. The Sake–Minova road has been cut since {{2 February}}, and
    [[about 40 trucks|aid;a=OCHA]] of relief supplies are waiting in Goma, OCHA said. The only
    route into Goma that remains open is by lake, from Bukavu. Prices of maize flour and beans
    in Goma's markets have risen sharply since the road closed, traders told partners. Many of
    the new arrivals are sleeping in churches and schools or in the open at the edges of the
    existing sites, where latrines and water points are already overstretched. Cases of
    cholera and measles continue to be reported in the sites west of the city. Protection
    partners report cases of gender-based violence against women collecting firewood outside
    the sites. The {{2024}} Humanitarian Response Plan for the DRC seeks
    {{US$ 2.6 billion}}.""",
)

item(
    "Ukraine situation: UNHCR Regional Operational Update",
    """[[More than 5.6 million refugees|displaced;a=UNHCR;v=5600000]] had fled Ukraine to
    neighbouring countries as of {{3 May 2022}}, UNHCR said. Poland alone has received
    [[over 3 million arrivals|displaced]], followed by Romania and Hungary. Inside the country,
    IOM estimates that [[7.7 million people|displaced;a=IOM;v=7700000]] are internally
    displaced. UNHCR and partners have reached [[over 600,000 people|aid]] with assistance in
    Ukraine, including [[182,000 people|aid]] who received multipurpose cash and
    [[more than 75,000|aid]] who received core relief items such as blankets, mattresses and
    hygiene kits. [[Some 1,500 collective centres|capacity;a=the authorities]] have been set up
    in western Ukraine, hosting [[about 160,000 IDPs|displaced;a=the authorities]], according to
    the authorities. The Regional Refugee Response Plan seeks {{US$ 1.85 billion}} and was
    {{33 per cent}} funded as of {{29 April}}.""",
)

item(
    "Hostilities in the Gaza Strip and Israel: OCHA humanitarian situation update",
    """Between the afternoons of {{4 and 6 June 2024}},
    [[77 Palestinians|killed;a=the Ministry of Health (MoH) in Gaza]] were killed and
    [[221|injured;a=the Ministry of Health (MoH) in Gaza]] injured, according to the Ministry of
    Health (MoH) in Gaza. Between {{7 October 2023}} and {{6 June 2024}},
    [[at least 36,654 Palestinians|killed;a=MoH]] were killed and [[83,309|injured;a=MoH]]
    injured, according to MoH. On {{6 June}}, a strike hit an UNRWA school sheltering displaced
    people in Nuseirat, killing [[at least 35 people|killed;a=the Government Media Office]], the
    Government Media Office said. UNRWA estimates that
    [[about 1 million people|displaced;a=UNRWA]] have fled Rafah since {{6 May}}, most of them to
    Khan Younis and Deir al Balah, where shelters and latrines are overwhelmed. UN agencies
    report that [[96 aid trucks|aid;a=UN agencies]] entered through Kerem Shalom between
    {{1 and 5 June}}, compared with an average of [[500 trucks a day|aid;a=UN agencies]] before
    the hostilities.""",
)

item(
    "Burkina Faso: CONASUR registers over two million IDPs",
    """The National Council for Emergency Relief and Rehabilitation (CONASUR) registered
    [[2,062,534 internally displaced persons|displaced;a=The National Council for Emergency
    Relief and Rehabilitation (CONASUR)]] as of {{31 March 2023}}, an increase of
    [[179,000|displaced;a=The National Council for Emergency Relief and Rehabilitation
    (CONASUR)]] since {{December 2022}}. Children account for {{58.6 per cent}} of the
    displaced and women for {{23.7 per cent}}. The Sahel and Centre-Nord regions host
    [[more than 1.2 million IDPs|displaced;v=1200000]] between them. In Djibo, under blockade
    since {{February 2022}}, the population has swollen to [[some 270,000 people|civilians]],
    and food reaches the town only by air or in escorted convoys. Humanitarian partners say
    [[4.7 million people|civilians;a=Humanitarian partners;v=4700000]] need assistance this
    year. [[3.1 million people|aid;p;v=3100000]] are targeted under the {{2023}} Humanitarian
    Response Plan. [[Over 6,100 schools|other]] remained closed because of insecurity, affecting
    [[more than 1 million students|civilians]].""",
)

item(
    "Mozambique: DTM Baseline Assessment – Cabo Delgado, Nampula and Niassa",
    """In {{Round 12}}, conducted between {{2 and 28 April 2021}}, IOM's DTM identified
    [[732,227 IDPs|displaced;a=IOM's DTM]] across Cabo Delgado, Nampula, Niassa, Sofala and
    Zambezia, up from [[669,256|displaced;a=IOM's DTM]] in {{Round 11}} ({{February 2021}}).
    The attack on Palma on {{24 March}} alone displaced [[more than 43,000 people|displaced]],
    most of whom reached Mueda, Montepuez, Nangade and Pemba by road, by boat or on foot.
    Children make up {{52 per cent}} of the IDPs assessed, and [[1,200 children|displaced]] were
    reported as unaccompanied or separated from their families.
    [[Some 141,350 households|displaced]] live with host families, while
    [[37,500 individuals|displaced]] are in [[95 relocation and resettlement sites|capacity]].
    The top needs reported by key informants were food, shelter and access to water.""",
)

item(
    "Myanmar emergency update: internal displacement passes 3 million",
    """[[More than 3 million people|displaced;a=UNHCR]] are now displaced inside Myanmar, UNHCR
    said in its latest emergency update, [[over 2.7 million|displaced;a=UNHCR;v=2700000]] of them
    since the military takeover of {{1 February 2021}}. In Sagaing Region, the worst-affected
    area, [[1.18 million people|displaced;v=1180000]] remain displaced, while fighting in
    Rakhine State since {{November 2023}} has uprooted [[an estimated 325,000|displaced]].
    [[Over 98,000 civilian properties|housing;u=structure;a=partners]], mostly homes, have been
    burned or destroyed since {{February 2021}}, according to partners. Across the border,
    [[some 1,900 people|displaced;a=state officials]] crossed into India's Mizoram state from
    Chin State in early June, bringing the number of refugees from Myanmar there to
    [[about 31,000|displaced;a=state officials]], state officials said. In Bangladesh, Cox's
    Bazar hosts [[nearly 1 million Rohingya refugees|displaced]] in [[33 camps|capacity]].""",
)

item(
    "Haiti: displacement tops 700,000, IOM says",
    """The number of people displaced inside Haiti has reached [[703,000|displaced;a=IOM]], IOM
    said on Tuesday, up from [[578,074|displaced;a=IOM]] in June, as gang violence spread from
    Port-au-Prince into the Centre and Artibonite departments. More than half are children,
    the agency said. In the metropolitan area, [[about 110,000 people|displaced]] are crowded
    into [[96 displacement sites|capacity]], [[37 of them|capacity;n=-;u=other]] schools. The
    attack on Pont-Sondé on {{3 October}} killed [[at least 115 people|killed]] and forced
    [[over 6,270 people|displaced]] to flee to Saint-Marc, where most are staying with
    relatives. A further [[2,300 households|displaced]] were registered in Mirebalais and
    Lascahobas after armed groups attacked both towns.
    [[Dozens of houses|housing;a=local officials]] were set on fire in Pont-Sondé, local
    officials said. Most of the newly displaced are staying with host families, who are
    themselves struggling to feed their own households. Partners have scaled up water trucking
    and mobile clinics in Saint-Marc, but access along {{National Road 1}} remains dangerous, and
    boats are being used to move supplies along the coast. Humanitarian flights between
    Port-au-Prince and Cap-Haïtien resumed on {{14 October}} after a suspension of
    {{nine days}}. Haiti's humanitarian response plan, which seeks {{US$ 674 million}}, is
    {{42 per cent}} funded.""",
)

item(
    "Northern Ethiopia: Humanitarian Update",
    """Key figures: [[5.2 million people|civilians;v=5200000]] in need of food assistance in
    Tigray; [[2.1 million IDPs|displaced;v=2100000]]; [[est. 400,000 people|civilians;q=approx]]
    in famine-like conditions ({{IPC Phase 5}}). Between {{12 and 29 July 2021}},
    [[153 trucks|aid;a=OCHA]] carrying food and other supplies entered Tigray through the
    Semera–Abala–Mekelle corridor, OCHA said, against [[about 100 trucks a day|aid;p;a=OCHA]]
    needed to meet needs. In Afar, fighting since mid-July has displaced
    [[an estimated 76,000 people|displaced;a=regional authorities]], according to regional
    authorities, and in the North Wollo zone of Amhara [[over 200,000 people|displaced]] have
    fled ahead of the fighting. Partners reached [[728,000 people|aid]] with food in Tigray in
    the week to {{21 July}}, a fraction of the [[5.2 million|aid;p;v=5200000]] targeted. Fuel
    for distributions has run out in several areas. Telecommunications, electricity and banking
    services remain cut across Tigray, and partners cannot bring in enough cash to pay staff and
    local transporters. The Semera route is the only road into the region, and convoys must pass
    through several checkpoints. Partners said trucks that entered in July had not been able to
    return to Semera, which reduces the fleet available for the next convoys. Malnutrition
    screening in accessible woredas found admission rates well above emergency thresholds. The
    next update will be issued on {{5 August}}.""",
)

item(
    "Yemen: Al Hudaydah Flash Update",
    """Fighting on the southern and eastern edges of Al Hudaydah city has intensified since
    {{1 November 2018}}, with [[more than 150 air strikes|other;u=other]] reported across the
    governorate in the past {{72 hours}}. Humanitarian partners estimate that
    [[approx. 445,000 people|displaced;q=approx;a=Humanitarian partners]] have fled their homes
    in the governorate since June. Since then, the Rapid Response Mechanism has provided
    emergency kits to [[over 61,000 displaced families|aid]]. Al Thawra hospital, the city's
    main referral facility, remains open and received [[43 wounded people|injured;a=WHO]] on
    {{4 November}}, WHO said. [[Some 59 civilians|killed;a=the Civilian Impact Monitoring
    Project]] were killed and [[79|injured;a=the Civilian Impact Monitoring Project]] injured in
    the governorate during the first week of November, the Civilian Impact Monitoring Project
    reported. WFP said [[38,000 tonnes|aid;a=WFP]] of wheat were offloaded at the port last
    week, enough to feed [[3.3 million people|aid;a=WFP;v=3300000]] for a month. Partners warn
    that [[as many as 250,000 more people|displaced;p;a=Partners]] could flee if the fighting
    reaches the port.""",
)

item(
    "South Sudan: Sudan crisis response – Renk update",
    """As of {{10 September 2023}}, [[253,409 people|displaced;a=UNHCR, IOM and the Relief and
    Rehabilitation Commission (RRC)]] had crossed from Sudan into South Sudan since the conflict
    erupted on {{15 April}}, according to UNHCR, IOM and the Relief and Rehabilitation
    Commission (RRC). South Sudanese returnees make up the large majority,
    [[225,870 people|returned]], while [[27,539 refugees|displaced]] are Sudanese and other
    nationals. The Renk transit centre, built to hold [[3,000 people|capacity]], was hosting
    [[over 14,000|displaced]] on {{7 September}}, many of them sleeping in the open. Onward
    transport by boat and road has moved [[more than 85,000 people|displaced]] to Malakal, Juba
    and other destinations. MSF reported [[17 deaths|killed;a=MSF]] linked to malnutrition and
    measles among children under five at the transit centre in the past two weeks.""",
)

item(
    "Lebanon: Flash Update #38 – escalation of hostilities",
    """Since {{23 September 2024}}, [[more than 3,000 people|killed;a=the Ministry of Public
    Health]] have been killed and [[13,500|injured;a=the Ministry of Public Health]] injured in
    Lebanon, according to the Ministry of Public Health. Strikes continued across the south, the
    Bekaa and Beirut's southern suburbs over the reporting period. The Government's Disaster
    Risk Management Unit reports that [[1,007 collective shelters|capacity;a=The Government's
    Disaster Risk Management Unit]] are open, [[816 of them|capacity;n=-;u=structure;a=The
    Government's Disaster Risk Management Unit]] at full capacity, hosting
    [[190,700 IDPs|displaced;a=The Government's Disaster Risk Management Unit]]. IOM's DTM
    estimates that [[some 886,000 people|displaced;a=IOM's DTM]] are displaced inside the
    country. Lebanon's General Security says [[over 540,000 people|displaced;a=Lebanon's General
    Security]] have crossed into Syria, {{63 per cent}} of them Syrian nationals.
    [[Five more hospitals|other]] were forced to close in the past week, bringing the total to
    [[eight|other;u=structure]], and [[over 100 primary health care centres|other]] are no
    longer operating. A strike near the Masnaa crossing on {{4 October}} cut the main road to
    Damascus, and people continue to cross on foot. The Ministry of Education has postponed the
    start of the school year in public schools to {{4 November}}, since many of them are in use
    as shelters. Health partners report shortages of trauma kits and blood in hospitals in
    Nabatieh and Tyre. The Flash Appeal for Lebanon, which seeks {{US$ 426 million}}, is
    {{61 per cent}} funded. The next flash update will be issued on {{10 October}}.""",
)

item(
    "Syria: Recent developments in north-west Syria – Situation Report",
    """[[Nearly 950,000 people|displaced]] have been displaced in north-west Syria since
    {{1 December 2019}}, {{81 per cent}} of them women and children. [[About 170,000|displaced]]
    are living in tents or unfinished buildings, and [[an estimated 82,000|displaced]] are
    staying in the open or under trees as night temperatures fall to {{minus 7 C}}. The Camp
    Coordination and Camp Management Cluster counts [[more than 1,200 camps and informal
    settlements|capacity;n=camps and informal settlements;a=The Camp Coordination and Camp
    Management Cluster]] in Idlib and northern Aleppo. [[At least 72 health facilities|other]]
    have suspended services and [[84 schools|housing]] have been damaged since December.
    [[1,227 trucks|aid]] of aid crossed from Turkey through Bab al-Hawa and Bab al-Salam in
    {{February 2020}}, the highest monthly total since cross-border operations began in
    {{2014}}. [[Nine children|killed;a=UNICEF]] have died of exposure since January, UNICEF
    said. [[Tens of thousands of people|displaced]] are crowding into Afrin and areas near the
    Turkish border.""",
)

item(
    "Nigeria: Flash Update – attack on Dikwa, Borno State",
    """On the evening of {{1 March 2021}}, non-state armed group fighters attacked Dikwa town in
    Borno State, setting fire to the UN humanitarian hub and to the offices of several aid
    organizations. [[Twenty-five aid workers|civilians]] were trapped in the hub's bunker
    overnight before the military regained control of the town the next morning. Authorities
    said [[at least 12 civilians|killed;a=Authorities]] were killed and
    [[over 200 houses|housing;a=Authorities]] burned. Dikwa hosts
    [[about 75,000 IDPs|displaced]], and [[some 8,500 people|displaced]] fled towards
    Maiduguri, {{90 km}} away, in the following days. The attack came a week after
    [[more than 5,600 returnees|returned]] were moved to Dikwa from camps in Maiduguri under a
    state government plan to return [[80,000 people|returned;p]] to their towns by June.""",
)

item(
    "Somalia: Las Anod conflict – flash update",
    """Clashes in and around Las Anod, in Sool region, since {{6 February 2023}} have displaced
    [[an estimated 185,000 people|displaced;a=the authorities]], most of them women and
    children, according to the authorities. UNHCR estimates that
    [[between 60,000 and 100,000 people|displaced;a=UNHCR]] have crossed into Doolo zone in
    Ethiopia's Somali Region. Hospitals in Las Anod report
    [[at least 96 people|killed;a=Hospitals in Las Anod]] killed and
    [[more than 560|injured;a=Hospitals in Las Anod]] injured. The displaced are sheltering in
    schools, under trees and in [[over 30 makeshift sites|capacity]] in Buhodle, Oog and
    Widhwidh. Partners have distributed emergency shelter kits to [[3,100 households|aid]], and
    water trucking is reaching [[about 18,000 people|aid]].""",
)

item(
    "Colombia: Catatumbo emergency – situation report",
    """Fighting between the ELN and former FARC-EP dissident factions in the Catatumbo region of
    Norte de Santander since {{16 January 2025}} has killed
    [[at least 80 people|killed;a=the Ombudsman's Office]] and displaced
    [[more than 48,000|displaced;a=the Ombudsman's Office]], according to the Ombudsman's
    Office. [[About 32,000 people|displaced]] have registered in Cúcuta, where the municipal
    authorities opened [[12 temporary shelters|capacity]] in sports centres and schools. A
    further [[21,000 people|civilians;a=the UN Human Rights Office]] are confined in rural
    areas, unable to move because of restrictions imposed by armed groups, the UN Human Rights
    Office reported. [[At least 35 signatories|displaced]] of the {{2016}} peace agreement and
    their relatives have been evacuated with the support of the UN Verification Mission. The
    Government declared a state of internal commotion on {{24 January}} and deployed
    [[5,000 troops|combatants]] to the region.""",
)

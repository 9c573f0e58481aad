"""Africa: Sudan, South Sudan, Ethiopia, Congo, Burkina Faso, Somalia, Nigeria, Mozambique and
Cameroon, 2014-2025 (12 articles with figures, 1 without)."""

from _wrap import item

item(
    "El Fasher death toll climbs as RSF siege enters fifth month",
    """[[At least 782 civilians|killed;a=the Sudan Doctors Network]] have been killed in El
    Fasher since the Rapid Support Forces (RSF) tightened its siege of the North Darfur capital
    in {{May}}, and [[1,143|injured;a=the Sudan Doctors Network]] others wounded, the Sudan
    Doctors Network said on Sunday. The group, which gathers data from the few medical
    facilities still working in the city, said
    [[at least 47 people|killed;a=The group;alt=the Sudan Doctors Network]] were killed by
    artillery on Saturday alone,
    [[11 of them|killed;n=-;a=The group;alt=the Sudan Doctors Network]] when shells hit the Abu
    Shouk displacement camp. The UN estimates that
    [[some 800,000 people|civilians;a=The UN]] remain trapped in El Fasher and the camps around
    it. Zamzam camp, {{15 km}} south of the city, where famine was confirmed in {{August}},
    shelters [[about 500,000 people|displaced]]. The army said on Friday it had repelled an RSF
    assault from the east and killed
    [[more than 300 militiamen|killed;a=The army]]; the RSF said it had killed
    [[dozens of soldiers|killed;a=the RSF]] and seized vehicles. The International Organization
    for Migration says
    [[more than 130,000 people|displaced;a=The International Organization for Migration]] have
    fled El Fasher since the siege began, many of them on foot towards Tawila, a journey of
    {{two days}}. Sudan Tribune could not independently verify the casualty figures. The RSF
    denies targeting civilians and accuses the army of using residents as shields.""",
)

item(
    "How many have died in Sudan's war? Estimates vary tenfold",
    """Eighteen months into Sudan's war, nobody knows how many people have died. The most-cited
    count, from the Armed Conflict Location and Event Data Project (ACLED), records
    [[more than 24,000 deaths|killed;a=the Armed Conflict Location and Event Data Project (ACLED)]]
    from fighting and targeted attacks since {{April 2023}}. Tom Perriello, the US special envoy
    for Sudan, said in {{May}} that some estimates put the toll at
    [[as many as 150,000|killed;a=Tom Perriello]]. The London School of Hygiene and Tropical
    Medicine's Sudan Research Group estimated in a study published this month that
    [[more than 61,000 people|killed;a=The London School of Hygiene and Tropical Medicine's Sudan Research Group]]
    died in Khartoum state alone in the first {{14 months}} of the war,
    [[about 26,000|killed;a=The London School of Hygiene and Tropical Medicine's Sudan Research Group]]
    of them violently. The researchers believe {{90 percent}} of deaths went unrecorded. Sudan's
    health ministry, which has not updated its count for months, last put the toll at
    [[about 14,600|killed;a=Sudan's health ministry]], a figure doctors say covers only deaths
    in hospitals. In West Darfur, a UN panel of experts said
    [[between 10,000 and 15,000 people|killed;a=a UN panel of experts]] were killed in El
    Geneina in {{2023}} in ethnically targeted attacks by the RSF and allied Arab militias.
    Hunger may yet kill more than the guns:
    [[25.6 million people|civilians;v=25600000;a=the Integrated Food Security Phase Classification (IPC)]]
    face acute food insecurity, according to the Integrated Food Security Phase Classification
    (IPC). The war has also displaced [[more than 11 million people|displaced;a=the UN]],
    including [[3 million|displaced;a=the UN]] who have crossed into neighbouring countries, the
    UN says.""",
)

item(
    "Tigray war dead: competing estimates and no official count",
    """Two years after the Pretoria agreement ended the war in Tigray, Ethiopia's federal
    government has still not published a death toll. Olusegun Obasanjo, the African Union envoy
    who helped broker the deal, told the Financial Times that
    [[about 600,000 people|killed;a=Olusegun Obasanjo]] had died. Researchers at Ghent
    University, who have tracked civilian deaths since the war began in {{November 2020}},
    estimate that
    [[between 162,000 and 378,000 civilians|killed;a=Researchers at Ghent University]] died of
    starvation and lack of health care, and that [[a further
    50,000 to 100,000|killed;a=Researchers at Ghent University]] were killed in massacres and
    other violence. In Axum alone, Eritrean troops killed
    [[hundreds of civilians|killed;a=Amnesty International]] over {{two days}} in
    {{November 2020}}, Amnesty International said. Eritrea, which sent
    [[tens of thousands of troops|combatants]] across the border, has never released any
    figures. Tigray's interim administration says
    [[about 1 million displaced people|displaced;a=Tigray's interim administration]] are still
    unable to go home, most of them from Western Tigray, which remains under the control of
    Amhara forces. The National Rehabilitation Commission plans to demobilise
    [[371,971 former combatants|combatants;p;a=The National Rehabilitation Commission]]
    nationwide, [[270,000|combatants;p;a=The National Rehabilitation Commission]] of them in
    Tigray, at a cost of {{$760 million}}. Tigray's health bureau says more than {{80 percent}} of
    the region's health facilities were damaged or looted. "Without a count, there is no
    accountability," said a researcher in Mekelle who asked not to be named.""",
)

item(
    "Goma toll nears 3,000 as bodies are buried in mass graves",
    """[[About 2,900 bodies|killed;a=the UN humanitarian office (OCHA)]] have been collected from
    the streets of Goma since {{M23}} rebels seized the city last week, the UN humanitarian
    office (OCHA) said on Tuesday. The figure is more than {{three times}} [[the
    773 deaths|killed;a=Congo's government]] reported by Congo's government on
    {{January 31}}. [[Around 2,000|killed;a=OCHA;alt=the UN humanitarian office (OCHA)]] of the
    bodies have been buried in mass graves, while
    [[900|killed;a=OCHA;alt=the UN humanitarian office (OCHA)]] are still in the city's morgues,
    according to OCHA. Hospitals supported by the International Committee of the Red Cross have
    treated [[more than 2,800 wounded|injured;a=the ICRC]] since the offensive began, the ICRC
    said. In the chaos of the rebel advance,
    [[more than 4,000 inmates|other]] escaped from Munzenze prison, and many women inside were
    assaulted. {{M23}}, which Rwanda backs with troops and weapons according to UN experts, said
    [[more than 2,000 Congolese soldiers|arrested;a=M23]] had surrendered and would be
    "re-educated". Kinshasa says Rwanda is plundering Congo's minerals; Kigali denies it. Congo's
    government says the fighting in the east has displaced
    [[more than 700,000 people|displaced;a=Congo's government]] since {{January}}, many of them
    for the second or third time. Aid workers fear cholera in the overcrowded camps west of the
    city.""",
)

item(
    "Barsalogho massacre: toll disputed as Burkina junta stays silent",
    """The jihadist attack on the town of Barsalogho in central Burkina Faso in {{August}}
    killed [[as many as 600 people|killed;a=a French security assessment]], according to a
    French security assessment seen by CNN, which would make it one of the deadliest attacks in
    the Sahel in a decade. JNIM, the al-Qaeda affiliate that claimed the attack, said it had
    killed [[about 300|killed;a=JNIM]] "militiamen". A UN security source said
    [[at least 400 people|killed;a=A UN security source]] had been killed. Residents had been
    ordered by the army to dig trenches around the town when the fighters arrived on motorbikes
    and opened fire. The military government, which seized power in {{2022}} promising to
    restore security, has not given a toll. The Armed Conflict Location and Event Data Project
    (ACLED) recorded
    [[more than 8,400 deaths|killed;a=The Armed Conflict Location and Event Data Project (ACLED)]]
    in Burkina Faso in {{2023}}, double the number for the previous year. The government counted
    [[2,062,534 internally displaced people|displaced;a=The government]] in {{March 2023}}, the
    last time it published the figure. Blockades by jihadists have cut off
    [[about 2 million people|civilians]] in [[some 40 towns|other]], which depend on army
    convoys and helicopter drops for food. The education ministry says
    [[more than 5,300 schools|other;a=The education ministry]] are closed because of the
    violence.""",
)

item(
    "US admits civilian deaths in Somalia as monitors count far more",
    """The US military has carried out
    [[more than 200 air strikes|other;u=other;a=Airwars]] in Somalia since {{2007}}, the vast
    majority of them since {{2017}}, according to Airwars, a UK-based monitor of air campaigns.
    US Africa Command (Africom) acknowledged in its latest quarterly report that
    [[five civilians|killed;a=US Africa Command (Africom)]] had been killed and
    [[11|injured;a=US Africa Command (Africom)]] injured in its strikes. Airwars estimates that
    [[between 70 and 143 civilians|killed;a=Airwars]] have been killed. Africom says its strikes
    have killed [[more than 900 al-Shabaab militants|killed;a=Africom]] since {{2017}}, and that
    it takes allegations of civilian harm seriously. Amnesty International documented
    [[21 civilian deaths|killed;a=Amnesty International]] in
    [[nine strikes|other;u=other;a=Amnesty International]] it investigated, including a farmer
    killed in his field near Jilib. Strikes rose sharply after the Trump administration loosened
    the rules in {{March 2017}}, from [[14|other;u=other]] in {{2016}} to
    [[63|other;u=other]] in {{2019}}. Relatives of the dead say they have no way to file a
    claim: Africom has not paid compensation to a single family since {{2018}}. Al-Shabaab, which
    controls much of southern and central Somalia, continues to carry out bombings in the
    capital.""",
)

item(
    "Mogadishu truck bomb toll rises to 512, Somalia's deadliest attack",
    """The death toll from the truck bombing in central Mogadishu on {{October 14}} has risen to
    [[512|killed;a=a committee investigating the attack]], a committee investigating the attack
    said on Monday, up from [[the 358|killed;a=a committee investigating the attack]] announced
    last week. Abdullahi Mohamed Shirwac, who heads the committee, said
    [[316 people|injured;a=Abdullahi Mohamed Shirwac]] had been wounded and
    [[62|missing;a=Abdullahi Mohamed Shirwac]] were still missing. Many of the bodies were burned
    beyond recognition, and [[more than 100|killed]] were buried by the government without being
    identified. [[Seventy|injured]] of the most seriously wounded were flown to Turkey, Sudan and
    Kenya for treatment. Rescuers spent days pulling [[dozens of bodies|killed]] from the rubble
    of the Safari hotel, which collapsed when the truck, packed with {{hundreds of kilograms}} of
    military-grade and homemade explosives, detonated at a busy junction. The government blamed
    al-Shabaab, which has not claimed the attack. The previous deadliest bombing in the
    capital, a truck bomb outside a ministry compound in {{October 2011}}, killed
    [[more than 70 people|killed]]. The government declared {{three days}} of national mourning,
    and [[thousands of residents|other]] marched through the city in protest.""",
)

item(
    "Chibok ten years on: 82 girls still held or missing",
    """Ten years after Boko Haram fighters stormed a government girls' school in Chibok, in
    north-eastern Nigeria, [[82 of the schoolgirls|kidnapped;n=schoolgirls]] they took are still
    held or missing. [[The 276 girls|kidnapped]] were seized from their dormitory on the night
    of {{April 14, 2014}}. [[Fifty-seven|kidnapped]] escaped within hours by jumping from the
    trucks that carried them into the Sambisa forest. In {{2016}} and {{2017}},
    [[103 girls|kidnapped]] were freed after talks brokered by Switzerland and the International
    Committee of the Red Cross, and others have escaped or been found since, some with children
    fathered by their captors. The kidnapping, which prompted the global campaign
    #BringBackOurGirls, was not the last. Amnesty International says
    [[at least 1,500 students|kidnapped;a=Amnesty International]] have been abducted from
    schools in Nigeria since Chibok, most of them by armed gangs seeking ransom in the
    north-west. The jihadist insurgency has killed [[more than 35,000 people|killed]] in direct
    violence since {{2009}}. The UN Development Programme estimated in {{2021}} that
    [[some 350,000|killed;a=The UN Development Programme]] people had died by the end of
    {{2020}}, most of them from hunger and disease caused by the conflict.
    [[About 2 million people|displaced;a=the UN]] remain displaced in the north-east, the UN
    says.""",
)

item(
    "Study estimates 383,000 excess deaths in South Sudan's civil war",
    """South Sudan's civil war has caused
    [[an estimated 382,900 excess deaths|killed;a=the London School of Hygiene and Tropical Medicine]]
    since it broke out in {{December 2013}}, according to a study by the London School of
    Hygiene and Tropical Medicine released on Wednesday. The researchers, who used mortality
    surveys and population data, estimate that
    [[about 190,000|killed;a=The researchers;alt=the London School of Hygiene and Tropical Medicine]]
    of the deaths were caused by violence. The toll far exceeds
    [[the 50,000|killed;a=the UN;alt=aid groups]] commonly cited by the UN and aid groups since
    {{2016}}. Deaths peaked in {{2016}} and {{2017}}, when fighting spread to the Equatoria
    region, once the country's breadbasket.
    [[About 4.2 million people|displaced;v=4200000;a=the UN refugee agency]] have been forced
    from their homes, [[2.5 million|displaced;v=2500000;a=the UN refugee agency]] of them as
    refugees in neighbouring countries, the UN refugee agency says.
    [[Some 200,000 people|displaced;a=the UN mission (UNMISS)]] are sheltering in UN protection
    of civilians sites, according to the UN mission (UNMISS). UNICEF says
    [[19,000 children|combatants;a=UNICEF]] have been recruited by armed groups since the war
    began. [[More than 100 aid workers|killed;a=the UN]] have also been killed, making South
    Sudan one of the most dangerous places in the world for humanitarian staff, according to the
    UN. A peace deal signed in {{September}} by President Salva Kiir and rebel leader Riek
    Machar has so far largely held.""",
)

item(
    "Mozambique says dozens killed in Palma attack as hundreds remain unaccounted for",
    """Mozambique's government said on Sunday that
    [[dozens of people|killed;a=Mozambique's government]] had been killed in the insurgent attack
    on the northern town of Palma, including
    [[seven|killed;a=Mozambique's government]] whose convoy was ambushed as they tried to flee a
    hotel. [[About 180 people|displaced]], among them foreign workers, had sheltered at the Amarula
    hotel for two nights before trying to break out. ACLED says the insurgency in Cabo Delgado,
    which began in {{October 2017}}, has killed
    [[more than 2,600 people|killed;a=ACLED]], about half of them civilians. The UN refugee agency
    said [[more than 11,000 people|displaced;a=The UN refugee agency]] had fled Palma since the
    attack began on {{March 24}}, and that
    [[nearly 700,000|displaced;a=The UN refugee agency]] had been displaced across the province
    before it. Boats carrying [[more than 1,300 evacuees|displaced]] arrived in the port of Pemba,
    {{250 km}} to the south, on Saturday. Human rights groups say
    [[hundreds|missing;a=Human rights groups]] remain unaccounted for. The attack came hours after
    Total, which is building a {{$20 billion}} gas project on the nearby Afungi peninsula, said it
    would resume work. The company has since withdrawn its staff from the site.""",
)

item(
    "Cameroon's Anglophone crisis: 3,000 dead and counting",
    """The conflict between Cameroon's army and separatists in the English-speaking North-West
    and South-West regions has killed
    [[more than 3,000 people|killed;a=the International Crisis Group (ICG)]] since {{2017}},
    according to the International Crisis Group (ICG). The UN says
    [[more than 700,000 people|displaced;a=The UN]] have fled their homes, and that
    [[over 60,000|displaced;a=The UN]] have crossed into Nigeria as refugees. The latest massacre
    came on {{February 14}}, when soldiers and allied Fulani militiamen killed
    [[22 civilians|killed;a=the UN]] in the village of Ngarbuh, including
    [[14 children|killed;a=the UN]], according to the UN. The army initially said
    [[five civilians|killed;a=The army]] had died in an accident when fuel containers exploded
    during a firefight with separatists. A government inquiry later found that soldiers had
    lied. Human Rights Watch says government forces have burned
    [[more than 200 villages|other;a=Human Rights Watch]] since the crisis began. Separatists,
    for their part, have enforced a boycott of schools and abducted
    [[hundreds of people|kidnapped]], including students and teachers. UNICEF says
    [[some 855,000 children|civilians;a=UNICEF]] are out of school in the two regions. President
    Paul Biya, in power since {{1982}}, has rejected calls for talks on federalism.""",
)

item(
    "EHRC documents killings of civilians in Amhara clashes",
    """The Ethiopian Human Rights Commission (EHRC) said on Thursday that government forces
    killed [[at least 45 civilians|killed;a=The Ethiopian Human Rights Commission (EHRC)]] in
    the town of Merawi in the Amhara region in {{January}}, in what it described as
    extrajudicial killings following clashes with Fano militia. Residents who spoke to Addis
    Standard put the number at [[more than 80|killed;a=Residents]]. In a separate report, the
    commission said it had recorded
    [[more than 1,350 arrests|arrested;u=person;a=the commission;alt=The Ethiopian Human Rights Commission (EHRC)]]
    under the state of emergency declared in {{August 2023}}, many of them of ethnic Amharas in
    Addis Ababa. The UN human rights office said last year that
    [[at least 183 people|killed;a=The UN human rights office]] had been killed in the first
    month of the Fano insurgency. The regional health bureau says
    [[over 200 health facilities|housing;a=The regional health bureau]] have been damaged or
    looted. The federal government says its forces have killed
    [[more than 5,000 Fano fighters|killed;a=The federal government]] in recent months, while
    Fano says it has killed [[hundreds of soldiers|killed;a=Fano]]; neither claim can be
    verified. [[Some 4.2 million people|civilians;v=4200000;a=OCHA]] in Amhara need humanitarian
    aid, according to OCHA. Internet access in much of the region has been cut since
    {{August 2023}}, making independent reporting difficult.""",
)

item(
    "Sudanese pound hits record low as war enters third year",
    """The Sudanese pound fell to a record low of {{2,700}} to the dollar on the parallel market
    in Port Sudan on Sunday, traders said, down from about {{600}} before the war began in
    {{April 2023}}. The official rate set by the central bank stood at {{2,050}}. Inflation,
    which the central bank put at {{145 percent}} in {{2024}}, has driven the price of a
    {{50-kilogram}} sack of sorghum up {{fourfold}}, traders said. The finance ministry has
    printed new banknotes of {{500}} and {{1,000}} pounds, which the Rapid Support Forces have
    banned in areas under their control. Economists say the economy shrank by about
    {{40 percent}} in {{2023}}, the first full year of fighting, and the International Monetary
    Fund expects a further contraction this year. Gold exports, worth about {{$1.6 billion}} last
    year, remain the government's main source of hard currency. The war reaches its
    {{second anniversary}} on {{April 15}}. "Salaries have not changed since {{2022}}, but
    prices change every week," said a civil servant in Port Sudan.""",
)

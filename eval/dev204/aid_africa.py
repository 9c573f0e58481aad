"""dev204 items: Sudan, South Sudan, DR Congo, Ethiopia, the Sahel, Nigeria and Kenya-Somalia."""

from _wrap import item

item(
    "Drone strike on El Fasher's last big hospital kills 70",
    """
    A drone strike on the Saudi Teaching Hospital in El Fasher killed
    [[70 patients and relatives|killed;a=the World Health Organization;n=patients and relatives]]
    and wounded [[19 others|injured;a=the World Health Organization]], the World Health
    Organization said on Sunday. The hospital, the last fully working one in the besieged North
    Darfur capital, was hit while [[more than 200 patients|civilians]] were inside. Before its
    surgeons withdrew in {{August}}, MSF had been treating
    [[between 30 and 40 wounded people a day|injured;a=the group;alt=MSF]] there, the group said.
    The Rapid Support Forces, which have besieged El Fasher since {{May 2024}}, denied targeting
    the hospital. Sudan Doctors Network said the city was left with
    [[fewer than 10 doctors|other;a=Sudan Doctors Network]] and
    [[four ambulances|other;a=Sudan Doctors Network]] for
    [[an estimated 300,000 residents|civilians;a=Sudan Doctors Network]]. The WHO has verified
    [[more than 150 attacks|other;a=The WHO;u=other]] on health care in Sudan since the war began
    in {{April 2023}}.
    """,
)

item(
    "Drone hits UN aid convoy in North Darfur, five crew killed",
    """
    [[Five crew members|killed;a=the World Food Programme and UNICEF]] were killed when a drone
    struck a joint aid convoy near Al Koma, the World Food Programme and UNICEF said on Tuesday.
    The convoy of [[15 trucks|aid]] was carrying food and nutrition supplies for
    [[about 30,000 people|aid]] in El Fasher, where famine has been confirmed.
    [[At least three trucks|aid]] were burned out and [[a dozen others|aid;u=other]] damaged. The
    route had been cleared with both warring parties, the agencies said. WFP said it had pulled
    [[around 40 trucks|aid;a=WFP]] back to Ad Dabbah while it reviewed security. The attack came
    {{two days}} after [[three WFP drivers|missing]] went missing on the road from Tine. The UN
    says [[at least 120 aid workers|killed;a=The UN]] have been killed in Sudan since
    {{April 2023}}, nearly all of them Sudanese.
    """,
)

item(
    "Fighters occupy Khartoum hospitals as doctors flee the capital",
    """
    The Sudan Doctors' Syndicate said on Thursday that
    [[at least 17 hospitals|other;a=The Sudan Doctors' Syndicate]] in Khartoum had been taken
    over by fighters and turned into bases, and that
    [[19 more|housing;a=The Sudan Doctors' Syndicate;n=-;u=structure]] had been shelled.
    [[Hundreds of Rapid Support Forces fighters|combatants;a=staff]] moved into the East Nile
    hospital in the first days of the war, staff said. [[Three doctors|killed]] were killed in
    the fighting around the hospital and
    [[at least 40 medical staff|arrested;a=the syndicate;alt=The Sudan Doctors' Syndicate]] have
    been detained by one side or the other, the syndicate said. The WHO said about {{two-thirds}}
    of the capital's hospitals were out of service. [[More than 1,000 patients|displaced]] were
    moved out of Ibn Sina and Omdurman Teaching hospitals under fire.
    [[Some 12,000 health workers|displaced;a=the Federal Ministry of Health]] have fled the
    capital, the Federal Ministry of Health estimates.
    """,
)

item(
    "WHO appalled by reports of killings at El Fasher maternity hospital",
    """
    The World Health Organization said it was appalled by reports that
    [[more than 460 patients and companions|killed;a=The World Health Organization;n=patients and companions]]
    had been shot dead at the Saudi Maternity Hospital in El Fasher after the Rapid Support
    Forces (RSF) took the city. It said
    [[six health workers|kidnapped;a=The World Health Organization]] had been abducted from the
    hospital, among them [[four doctors|kidnapped;a=The World Health Organization]]. The Sudan
    Doctors Network put the number of civilians killed in the city in the first {{three days}} at
    [[at least 1,500|killed;a=The Sudan Doctors Network;n=-]].
    [[Tens of thousands of people|displaced;a=the International Organization for Migration]]
    have fled towards Tawila, about {{60 km}} to the west, according to the International
    Organization for Migration. MSF said its hospital in Tawila had space for
    [[up to 300 patients|capacity;a=MSF]] and had received
    [[more than 400 wounded|injured;a=MSF]] in {{48 hours}}, most with gunshot wounds. The RSF said
    it had arrested [[five of its fighters|arrested;a=The RSF]] over abuses filmed in the city.
    """,
)

item(
    "South Sudan again the deadliest place for aid workers, database shows",
    """
    South Sudan recorded more major attacks on aid workers than any other country last year,
    according to the Aid Worker Security Database.
    [[Thirty-four aid workers|killed;a=the database;alt=the Aid Worker Security Database]] were
    killed there, [[22|kidnapped;a=the database;alt=the Aid Worker Security Database;n=-]]
    kidnapped and [[40|injured;a=the database;alt=the Aid Worker Security Database;n=-]] seriously
    wounded in {{2023}}, the database said, nearly all of them South Sudanese staff of national
    NGOs. OCHA counted [[about 410 incidents|other;a=OCHA;u=other]] in which humanitarian access
    was impeded, including [[nine warehouses|other;a=OCHA;u=structure]] looted in Jonglei and
    Upper Nile. In Pibor, [[14 aid workers|displaced]] were relocated to Bor after
    [[several hundred armed youths|combatants]] raided the town. The UN mission said it would
    send [[about 150 peacekeepers|combatants;a=The UN mission;p]] to protect the humanitarian
    compound.
    """,
)

item(
    "Ebola treatment centre attacked again in eastern Congo",
    """
    Armed men attacked the Ebola treatment centre in Katwa before dawn on Wednesday, killing
    [[one health worker|killed;a=Congo's health ministry]] and wounding
    [[two|injured;a=Congo's health ministry]], Congo's health ministry said.
    [[Four patients|missing;a=the ministry;alt=Congo's health ministry]] with confirmed Ebola fled
    during the attack and were being sought, the ministry said. It was the {{second}} attack on
    the centre in {{a week}}. The World Health Organization has counted
    [[more than 170 attacks|other;a=The World Health Organization;u=other]] on Ebola responders
    since {{January}}, in which [[seven health workers|killed;a=The World Health Organization]]
    were killed and [[58|injured;a=The World Health Organization;n=-]] wounded. The WHO said it
    had moved [[about 120 staff|displaced;a=The WHO]] from Butembo to Goma. Authorities said
    [[200 police officers|combatants;a=Authorities;p]] would be deployed to guard treatment
    centres.
    """,
)

item(
    "Goma hospitals overwhelmed as M23 rebels take the city",
    """
    The ICRC said on Thursday that its surgical teams at Ndosho hospital in Goma had treated
    [[more than 600 wounded|injured;a=The ICRC]] since {{26 January}}, when the {{M23}} rebels
    entered the city. The hospital normally has [[about 100 beds|capacity]] for war surgery, and
    patients were lying on mattresses in corridors and tents. The UN said
    [[about 2,900 bodies|killed;a=The UN]] had been recovered from the streets. MSF said
    [[one of its staff|killed;a=MSF]] had been killed by a stray bullet. The World Food Programme
    said its warehouses had been looted and that
    [[some 7,000 tonnes of food|aid;a=The World Food Programme;n=tonnes]] was missing. UN experts
    estimate that [[3,000 to 4,000 Rwandan troops|combatants;a=UN experts]] fight alongside the
    {{M23}}, which Kigali denies. [[About 70 health facilities|housing;a=the WHO]] in North Kivu
    have been damaged since the offensive began, according to the WHO.
    """,
)

item(
    "MSF says three staff killed in Tigray were murdered",
    """
    Médecins Sans Frontières said
    [[three of its staff|killed;a=Médecins Sans Frontières]] found dead in Tigray had been
    deliberately killed, among them a {{35-year-old}} Spanish emergency coordinator. Their bodies
    were found a short distance from their car, the group said. The UN says
    [[at least 12 aid workers|killed;a=The UN]] have been killed in the region since fighting
    began in {{November 2020}}. The World Food Programme said
    [[100 trucks a day|aid;a=The World Food Programme;p]] of food, fuel and medicine needed to
    enter Tigray, but that only [[about 320|aid;a=The World Food Programme;u=other;n=-]] had
    arrived since {{12 July}}. [[About 5.2 million people|civilians]] in the region need food aid.
    The government suspended [[two aid groups|other;u=other]], MSF's Dutch section and the
    Norwegian Refugee Council, accusing them of spreading misinformation. MSF said only
    {{13%}} of the [[106 health facilities|other;a=MSF]] its teams visited were still working.
    """,
)

item(
    "Kidnappings of aid workers rise across the central Sahel",
    """
    Insecurity Insight recorded [[53 aid workers|kidnapped;a=Insecurity Insight]] kidnapped in
    Mali, Burkina Faso and Niger in {{2023}}, up from
    [[31|kidnapped;a=Insecurity Insight;n=-]] a year earlier, and
    [[11|killed;a=Insecurity Insight;n=-]] killed. In the latest case,
    [[two Red Cross volunteers|kidnapped;a=the ICRC]] were freed on Sunday after {{17 days}} in
    captivity in central Mali, the ICRC said. Gunmen stopped a car near Bandiagara and took
    [[four staff|kidnapped]] of a local NGO. In Burkina Faso,
    [[about 2 million people|civilians;a=OCHA]] live in areas under blockade by jihadist groups,
    where aid arrives by helicopter, according to OCHA. MSF said it had suspended its work in
    Djibo and relocated [[around 20 staff|displaced;a=MSF]] after
    [[two of its ambulances|other;a=MSF]] were seized.
    """,
)

item(
    "ICRC midwife killed by her captors in north-east Nigeria",
    """
    The International Committee of the Red Cross said on Monday that a midwife abducted in Rann
    in {{March}} had been killed by her captors, the {{second}} of
    [[three aid workers|kidnapped;a=The International Committee of the Red Cross]] seized there
    to be executed. The {{third}}, a nurse with UNICEF, is still held, the ICRC said. The attack
    on the military base in Rann had also killed [[three aid workers|killed]] and
    [[eight soldiers|killed]]. [[Some 55,000 displaced people|displaced;a=the UN]] depend on aid
    in the town, the UN said. After the attack the UN relocated
    [[about 260 aid workers|displaced]] from Rann and other garrison towns. In {{2020}} the same
    faction of Boko Haram killed [[five aid workers|killed]] it had abducted on the road to
    Monguno, and filmed the executions.
    """,
)

item(
    "Two Cuban doctors abducted in Kenya and taken into Somalia",
    """
    [[Two Cuban doctors|kidnapped;a=Kenyan police]] were abducted in Mandera near the Somali
    border on Friday and taken across into Somalia, Kenyan police said. Gunmen in
    [[two vehicles|other]] shot dead [[one of their police escorts|killed]] as the doctors were
    driven to work. Police believe the attackers were al-Shabaab fighters. Kenya's Interior
    Ministry said [[more than 100 police officers|combatants;a=Kenya's Interior Ministry]] had
    been sent to pursue the kidnappers. The doctors were among
    [[about 100 Cuban doctors|other]] hired by Kenya in {{2018}}. County officials said
    [[some 30 health workers|displaced;a=County officials]] in Mandera had left their posts since
    the abduction.
    """,
)

item(
    "Health workers return to Djibo as convoys resume",
    """
    [[About 150 health workers|returned;a=the health ministry]] have returned to Djibo in northern
    Burkina Faso after a military convoy broke a {{nine-month}} blockade, the health ministry
    said on Friday. The town's hospital had been run by [[fewer than 10 staff|other]] while caring
    for [[more than 300,000 people|civilians]], most of them displaced from nearby villages. The
    convoy of [[around 200 trucks|aid]] also carried medicines and vaccines. Across the country,
    [[more than 380 health facilities|other;a=OCHA]] remained closed and
    [[190 others|other;a=OCHA;u=structure]] offered only minimal services, according to OCHA.
    The ministry said [[12 health workers|killed;a=The ministry;alt=the health ministry]] had been
    killed and [[seven|kidnapped;a=The ministry;alt=the health ministry;n=-]] abducted in the
    region since {{January}}.
    """,
)

item(
    "Health workers detained and killed in Ethiopia's Amhara, rights group says",
    """
    Physicians for Human Rights said on Tuesday it had documented the killing of
    [[at least 12 health workers|killed;a=Physicians for Human Rights]] and the arrest of
    [[more than 40|arrested;a=Physicians for Human Rights;n=-]] in Amhara since the conflict with
    Fano militias began in {{August 2023}}.
    [[Three ambulance drivers|killed;a=the group;alt=Physicians for Human Rights]] were among the
    dead, and [[13 ambulances|other;a=the group;alt=Physicians for Human Rights]] had been seized
    or shot at, the group said. [[About 40 health facilities|housing]] were damaged and
    [[at least five|other;u=structure;n=-]] were used as military bases. Federal troops arrested
    [[17 doctors and nurses|arrested;a=staff;n=doctors and nurses]] at the hospital in Debre
    Markos in a single night, according to staff. The government did not respond; it has said
    before that its forces do not target civilians.
    """,
)

item(
    "MSF hospital in South Sudan's Old Fangak hit by air strike",
    """
    Médecins Sans Frontières said an air strike had hit its hospital in Old Fangak, in Jonglei
    state, destroying the pharmacy and its stock of medicines.
    [[Seven people|killed;a=local officials]] were killed in the town and
    [[20|injured;a=local officials;n=-]] wounded, local officials said. The group said it was the
    {{eighth}} attack on its facilities in South Sudan this year, and that it had evacuated
    [[some 30 staff|displaced;a=The group;alt=Médecins Sans Frontières]] from Ulang after its
    hospital there was looted. The Old Fangak hospital was the only one serving
    [[about 110,000 people|civilians]] in the county. [[Hundreds of patients|displaced]] and their
    relatives fled into the swamps. The UN mission said
    [[about 40,000 people|displaced;a=The UN mission]] had fled the fighting in the county.
    """,
)

item(
    "Sudan's volunteer kitchens count their dead",
    """
    Sudan's Emergency Response Rooms, the neighbourhood groups that run soup kitchens and clinics
    across the country, say
    [[at least 100 of their volunteers|killed;a=Sudan's Emergency Response Rooms]] have been
    killed since the war began. [[Dozens|arrested;a=a coordinator;n=-]] have been detained, most
    by the RSF, and [[at least 14|missing;a=a coordinator;n=-]] are missing, a coordinator in
    Khartoum told Reuters. The groups run [[about 1,200 communal kitchens|other;u=structure]] that
    feed [[hundreds of thousands of people a day|aid]]. Some volunteers who fled have come back:
    [[about 300|returned;a=the coordinator;n=-]] returned to Khartoum after the
    army retook the capital in {{March}}, the coordinator said. The groups received
    {{$5.6 million}} in direct funding last year, less than {{1%}} of the money raised for Sudan.
    """,
)

item(
    "El Obeid hospital warns it is close to collapse",
    """
    The main hospital in El Obeid is running at {{140%}} of capacity and has fuel for its
    generators for {{72 hours}}, its director said on Monday. The city has been cut off by road
    since {{15 April 2025}}, the {{second}} anniversary of the war. It is the {{third}} time this
    year that the hospital has warned it may have to stop surgery. The UN's appeal for Sudan,
    {{$4.2 billion}} for {{2025}}, is less than {{15%}} funded.
    """,
)

item(
    "ICRC cuts budget as donors pull back",
    """
    The International Committee of the Red Cross said it would cut its budget for {{2025}} by
    {{430 million Swiss francs}}, about {{13%}}, as governments reduce aid. The cuts will fall
    hardest on its operations in Somalia, Mali and the Central African Republic. Its president
    said the organisation had not faced such a squeeze since the {{1990s}}. The ICRC will present
    its revised plan to donors in Geneva on {{3 June}}.
    """,
)

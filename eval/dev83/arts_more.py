"""dev83 articles: disasters in conflict zones, refugee flows, sieges, returns, kidnappings and
appeals (Libya, Syria, Chad, Sudan, Ethiopia, Nigeria, the UN)."""

from _wrap import item

item(
    "Libya's Derna counts its dead as divided authorities trade blame",
    """Rescue teams in the eastern Libyan city of Derna have recovered [[more than 4,000
    bodies|killed;a=the World Health Organization]] since floods swept away much of the city on
    {{September 10}}, the World Health Organization said on Saturday. The WHO said [[about 9,000
    people|missing;a=The WHO]] were still missing. The International Organization for Migration
    said [[more than 43,000 people|displaced;a=The International Organization for Migration]] had
    been displaced in north-eastern Libya, [[about 30,000|displaced;a=The International
    Organization for Migration]] of them from Derna. Two dams above the city burst during Storm
    Daniel, sending a wall of water {{7 metres}} high through the centre. The city, home to
    [[about 100,000 people|civilians]] before the disaster, is run by the eastern-based
    administration, which does not recognise the government in Tripoli. [[More than 2,200
    buildings|housing;a=the UN Satellite Centre]] were destroyed or damaged, the UN Satellite
    Centre said. Libya's attorney general said [[eight officials|arrested;a=Libya's attorney
    general]] had been detained over the dams' collapse. [[Dozens of aid trucks|aid]] sent by the
    rival government in Tripoli reached the city on Friday.""",
)

item(
    "Aid trickles into rebel-held Syria as quake toll climbs",
    """The first UN aid convoy to reach rebel-held northwest Syria since Monday's earthquake
    crossed from Turkey on Thursday, carrying tents, blankets and hygiene kits on [[six
    trucks|aid;a=a UN official]], a UN official said. The White Helmets rescue group said [[more
    than 2,030 people|killed;a=The White Helmets rescue group]] had been killed in the area and
    [[more than 2,950|injured;a=The White Helmets rescue group]] injured, and that its volunteers
    were still searching under [[about 400 collapsed buildings|housing;a=The White Helmets rescue
    group]]. In government-held areas, the health ministry said [[1,347 people|killed;a=the health
    ministry]] had died. Across the border in Turkey, the toll rose above [[17,000|killed;a=Turkish
    officials]], Turkish officials said. The UN says [[4.1 million people|civilians;v=4100000;a=The
    UN]] in northwest Syria needed humanitarian aid before the earthquake, most of them
    displaced by the civil war. Bab al-Hawa, the only crossing authorised under UN Security
    Council {{Resolution 2672}}, was damaged by the quake. [[At least 1,000 families|displaced;a=a
    local council official]] are sleeping in cars and olive groves around Jandaris, a local
    council official said.""",
)

item(
    "Sudanese refugees arrive in Chad at fastest pace in months",
    """[[More than 20,000 Sudanese refugees|displaced;a=the UN refugee agency]] crossed into
    eastern Chad in the past week, the UN refugee agency said on Tuesday, the highest weekly
    number since June. Most were women and children fleeing fighting around El Fasher in North
    Darfur, and [[about 600|injured;a=UNHCR]] had gunshot or shrapnel wounds, UNHCR said.
    Arrivals at the Tine border crossing have reached [[about 3,000 people a day|displaced;a=the
    agency;alt=UNHCR]], the agency said. Chad now hosts [[more than 1.2 million Sudanese
    refugees|displaced;a=UNHCR]], [[about 780,000|displaced;a=UNHCR]] of whom have arrived since
    the war began in {{April 2023}}, according to UNHCR. UNHCR has built [[five new
    camps|capacity]] in Ouaddai and Wadi Fira provinces, but [[about 200,000
    refugees|displaced]] remain in makeshift sites near the border at Adre. Médecins Sans
    Frontières said [[at least 27 children|killed;a=Médecins Sans Frontières]] had died of
    malnutrition in its clinics in the camps in the past {{two months}}. Funding for the response
    stands at {{31%}} of the {{$630 million}} sought.""",
)

item(
    "Libyan coast guard returns hundreds of migrants to detention",
    """Libya's coast guard intercepted [[more than 1,400 migrants|other;a=the International
    Organization for Migration]] at sea and took them back to Libya in the week to Saturday, the
    International Organization for Migration said. That brings the number intercepted this year
    to [[about 17,200|other;a=the agency;alt=the International Organization for Migration]], the
    agency said. Most were taken to detention centres in Tripoli and Zawiya, where [[about 5,000
    people|arrested;a=the UN refugee agency]] are currently held, according to the UN refugee
    agency. [[At least 11 bodies|killed;a=the Libyan Red Crescent]] washed ashore near Sabratha on
    Thursday, the Libyan Red Crescent said. [[Another 30 people|missing;a=the IOM]] are missing
    after their rubber boat sank off Zuwara, the IOM said. The charity ship Ocean Viking rescued
    [[93 people|other;a=SOS Mediterranee]] from [[two boats|other;a=SOS Mediterranee]] in
    international waters on Friday, SOS Mediterranee said. Italy recorded [[about 66,000 sea
    arrivals|displaced;a=the Italian interior ministry]] in {{2024}}, according to the Italian
    interior ministry.""",
)

item(
    "El Fasher hospital shelled as RSF tightens siege",
    """Shelling by the Rapid Support Forces hit the Saudi hospital in El Fasher on Friday,
    killing [[at least nine patients|killed;a=WHO chief Tedros Adhanom Ghebreyesus]] and wounding
    [[20|injured;a=WHO chief Tedros Adhanom Ghebreyesus]], WHO chief Tedros Adhanom Ghebreyesus
    said. It was the last functioning public hospital in the city, he said. The city, the army's
    last stronghold in Darfur, has been besieged by the RSF for {{more than 500 days}}, and
    [[about 260,000 civilians|civilians;a=the UN]], {{half of them}} children, remain trapped
    inside, according to the UN. The Sudanese army said its aircraft had dropped [[12
    tonnes|aid;a=The Sudanese army]] of food and medicine over the city. Local volunteers said
    [[about 70 people|killed;a=Local volunteers]] had died of hunger in the Abu Shouk camp in the
    past month. An RSF assault on Abu Shouk on Monday killed [[at least 40 displaced
    people|killed;a=the camp's emergency response room]], the camp's emergency response room said.
    The UN says [[more than 600,000 people|displaced;a=The UN]] have fled El Fasher and its camps
    since {{April 2024}}, most of them to Tawila, {{60 km}} to the west.""",
)

item(
    "Displaced Tigrayans begin returning to western zone under peace deal",
    """[[About 4,000 displaced people|returned;a=the Tigray interim administration]] returned to
    their homes in the Tsegede district of Ethiopia's western Tigray on Tuesday, the first
    organised returns since the {{2022}} peace agreement, the Tigray interim administration
    said. The administration said [[40,000 to 50,000 people|returned;p;a=The
    administration;alt=the Tigray interim administration]] were expected to go back in the first phase. The
    International Organization for Migration said it was providing transport on [[120
    buses|aid;a=The International Organization for Migration]] and would distribute return kits
    to [[8,000 households|aid;p;a=The International Organization for Migration]]. [[More than 1
    million people|displaced;a=the interim administration;alt=the Tigray interim
    administration]] remain displaced in Tigray, according to the interim administration. The
    war between federal and Tigrayan forces from {{November 2020}} to {{November 2022}} killed
    [[hundreds of thousands of people|killed;a=researchers]], researchers estimate. Western
    Tigray was occupied by Amhara forces during the war, and [[tens of thousands of
    Tigrayans|displaced]] were forced out in what Human Rights Watch called ethnic cleansing.""",
)

item(
    "Nigeria: kidnapped Kuriga pupils freed after two weeks",
    """[[137 pupils and staff|kidnapped;n=pupils and staff;a=the state governor]] abducted from
    a school in Kuriga in Nigeria's Kaduna state have been freed, the state governor said on
    Sunday, {{16 days}} after gunmen stormed the school. Governor Uba Sani said the freed
    hostages included [[76 girls|kidnapped;a=Governor Uba Sani]]. Parents had initially said
    [[287 pupils|kidnapped;a=Parents]] had been abducted, a figure officials later revised. The
    kidnappers had demanded {{1 billion naira}} ({{$620,000}}), but the governor said no ransom
    had been paid. [[More than 1,400 students|kidnapped;a=UNICEF]] have been abducted from schools
    in Nigeria since the abduction of [[276 schoolgirls|kidnapped;a=UNICEF]] from Chibok in
    {{2014}}, according to UNICEF. [[About 90 of the Chibok girls|kidnapped;a=Amnesty
    International]] are still held, Amnesty International says. Gunmen in the northwest, known
    locally as bandits, kidnapped [[at least 4,700 people|kidnapped;a=the risk consultancy SBM
    Intelligence]] in {{2023}}, according to the risk consultancy SBM Intelligence.""",
)

item(
    "UN launches its humanitarian appeal with less money expected",
    """The United Nations launched its humanitarian appeal for {{2024}} on {{December 11}},
    asking donors for {{$46.4 billion}}, down from {{$56.7 billion}} sought for {{2023}}. Martin
    Griffiths, the UN relief chief, said the {{2023}} appeal had been only {{35%}} funded by
    November, the worst shortfall in {{a decade}}. The cut reflects "brutal prioritisation", he
    said, as donors scale back. Sudan's plan alone seeks {{$2.7 billion}}, and the plan for the
    occupied Palestinian territory {{$1.2 billion}} for the first {{three months}}. The United
    States gave about {{$14 billion}} in {{2022}}, {{more than a third}} of all funding,
    according to the UN's Financial Tracking Service. Griffiths, {{69}}, is due to step down in
    June after {{two and a half years}} in the post.""",
)

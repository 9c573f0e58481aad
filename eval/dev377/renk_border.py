"""dev377 items: the crossings at Joda and Wunthou, the transit centre in Renk and the border
with Sudan's war (2023-2026)."""

from _wrap import item

item(
    "Arrivals at Joda climb as fighting nears Kosti",
    """
    RENK, South Sudan, {{May 12}} (Reuters) - The International Organization for Migration (IOM)
    said on Monday that [[more than 1,800 people a day|displaced;a=International Organization for
    Migration (IOM)]] were crossing at Joda, up from [[about 900|displaced;a=International
    Organization for Migration (IOM)]] in April. Most of the new arrivals are South Sudanese who
    had lived for decades around Khartoum and in White Nile state. Of the [[4,312
    people|displaced;a=the agency;alt=International Organization for Migration (IOM)]] registered
    at the crossing last week, [[3,560|returned;a=the agency;alt=International Organization for
    Migration (IOM)]] were returnees and [[752|displaced;a=the agency;alt=International
    Organization for Migration (IOM)]] Sudanese refugees, the agency said. RRC officials in Renk
    said [[some 11,000 people|displaced;a=RRC officials]] were now waiting in and around the
    transit centre for transport south. The crossing point lies about {{40 km}} north of Renk
    town, and the road is often impassable after rain. "We expect [[up to 3,000 a day|displaced;
    p;a=an IOM field officer]] if Kosti falls," an IOM field officer said.
    """,
)

item(
    "Renk transit centre holds three times the people it was built for",
    """
    The transit centre in Renk, built to hold [[3,000 people|capacity;a=UNHCR]] for no more than
    {{72 hours}}, was sheltering [[nearly 9,400|displaced;a=UNHCR]] on Thursday, UNHCR said.
    Families sleep under trees and in the compound of a primary school, and [[about 600
    households|displaced]] have built grass shelters along the road to the river port. The
    agency said it had put up [[14 communal shelters|capacity;a=The agency;alt=UNHCR]] since
    {{January}} and would add [[another eight|capacity;p;a=The agency;alt=UNHCR;u=structure]] by
    the end of the month. Aid workers counted [[46 latrines|aid;a=Aid workers]] in the centre, or one for
    roughly {{200 residents}}, against a standard of {{one for 50}}. The Relief and
    Rehabilitation Commission said [[2,150 people|displaced;a=Relief and Rehabilitation
    Commission]] had been waiting for a boat for more than {{two weeks}}.
    """,
)

item(
    "'We walked for four days': arrivals at Wunthou describe the road from Kosti",
    """
    Achol Deng, {{38}}, reached the Wunthou crossing with her children after {{four days}} on
    foot from Kosti. "There were [[about 60 of us|displaced;a=Achol Deng;n=-]] when we left, and
    [[two old men|killed;a=Achol Deng]] died on the way," she said. At the crossing, staff of the
    Commission for Refugee Affairs recorded [[1,147 new arrivals|displaced;a=staff of the
    Commission for Refugee Affairs]] on Sunday, most of them women and children. Volunteers
    from the South Sudan Red Cross said they had treated [[31 people|other;a=Volunteers from the
    South Sudan Red Cross]] for dehydration and heat exhaustion in a single afternoon, when the
    temperature passed {{44C}}. [[Between 1,000 and 1,500 people a day|displaced;a=the commission;alt=Commission for
    Refugee Affairs]] have used the Wunthou crossing since {{March}}, the commission said. A Red
    Cross nurse, Gabriel Awan, said [[three children|killed;
    a=Gabriel Awan]] had died at the tent clinic since {{Friday}}. Buses from Wunthou to the Renk
    transit centre run twice a day and take about {{90 minutes}}.
    """,
)

item(
    "Renk rows after Wad Madani video: shops burned, Sudanese traders flee",
    """
    JUBA, {{Jan 17}} (AFP) - Police in South Sudan said on Friday that [[at least 16
    people|killed;a=Police in South Sudan]] had been killed in riots targeting Sudanese traders
    after a video appeared to show South Sudanese civilians being killed in Sudan's Gezira state.
    In Juba, Aweil, Wau and Renk, crowds burned and looted [[more than 60 shops|housing;a=the UN refugee agency]] owned by
    Sudanese nationals, and [[about 3,000 Sudanese|displaced;a=the UN refugee agency]] sheltered
    in police stations and churches, the UN refugee agency said. Police spokesman Major General
    James Daniel Mundu said [[412 people|arrested;a=James Daniel Mundu]] had been arrested
    nationwide and [[37|injured;a=James Daniel Mundu]] were being treated in hospital. The
    government imposed a dusk-to-dawn curfew from {{6pm}} to {{6am}} in the capital and
    suspended social media for {{30 days}}. Church leaders said [[about 150 Sudanese families|displaced;a=Church leaders]] were still
    sheltering in the compound of Juba's Catholic cathedral a week later, and police in Aweil said
    [[two Sudanese traders|missing;a=police in Aweil]] were unaccounted for. President Salva Kiir
    appealed for calm, saying
    Sudanese refugees in South Sudan were "our guests".
    """,
)

item(
    "One million crossings: South Sudan passes a grim mark",
    """
    [[More than 1 million people|displaced;a=UNHCR and IOM]] have now crossed from Sudan into
    South Sudan since fighting broke out in Khartoum on {{15 April 2023}}, UNHCR and IOM said in
    a joint statement on {{Tuesday}}. Returning South Sudanese account for [[about 720,000|returned;
    a=the agencies;alt=UNHCR and IOM]] of the total and Sudanese refugees for [[roughly 230,000|displaced;a=the agencies;alt=UNHCR
    and IOM]], the agencies said, with the rest third-country nationals. Renk county alone has
    received [[over 800,000|displaced]] of them. Many returnees left South Sudan as children in the
    {{1980s}} and {{1990s}}, and [[an estimated 60,000|civilians;a=the statement;alt=UNHCR and IOM]]
    have no relatives or land to go back to, the statement said. UNHCR projects that the total will pass [[1.2m|displaced;p;a=UNHCR]] by the end of
    {{2025}}. The agencies' joint appeal for
    {{2025}} asks for {{$1.8 billion}} and is {{less than 20 per cent}} funded.
    """,
)

item(
    "Wounded from Sudan's war fill Renk hospital",
    """
    Renk Civil Hospital, the only referral hospital in northern Upper Nile, is treating wounded
    people who cross from Sudan with gunshot and shrapnel injuries, its director said. Dr Lual
    Garang said the hospital had admitted [[148 war-wounded patients|injured;a=Lual Garang]] in
    {{six weeks}}, [[19 of them|injured;a=Lual Garang;n=-]] children {{under five}}, and that
    [[11|killed;a=Lual Garang]] had died of their wounds. The hospital has [[120 beds|capacity;a=Lual Garang]]
    and was caring for [[about 260 in-patients|other;a=Lual Garang]] on Wednesday, he
    said, with patients on mattresses in the corridors. The International Committee of the Red
    Cross said it had flown [[23 seriously wounded people|injured;a=International Committee of
    the Red Cross]] to Juba for surgery since {{March}}. Medical supplies arrive by road from
    Paloich, about {{120 km}} south, a trip of {{five hours}} when the road is dry.
    """,
)

item(
    "Children crossing alone: UNICEF counts the separated",
    """
    UNICEF said on Thursday that [[1,240 unaccompanied and separated children|displaced;
    a=UNICEF;n=children]] had been registered at the Joda and Wunthou crossings since {{May
    2023}}, most of them {{aged 12 to 17}}. Social workers have traced relatives for [[612 of
    them|other;a=the agency;alt=UNICEF;n=-]], and [[388|other;a=the agency;alt=UNICEF]] have been
    reunited with a parent or close relative, the agency said. Families at the transit centre
    have reported [[56 children|missing;a=Families at the transit centre]] missing on the road
    from Kosti and Rabak. UNICEF has set up [[four child-friendly spaces|capacity;u=structure;
    n=spaces;a=UNICEF]] in Renk that can take [[about 400 children a day|capacity;a=UNICEF]], UNICEF said.
    A {{14-year-old}} boy who crossed alone in {{February}} said he had not heard from his mother
    since {{June 2023}}.
    """,
)

item(
    "Sudanese soldiers who fled Heglig disarmed in Unity state",
    """
    BENTIU, {{Dec 10}} (Radio Tamazuj) - South Sudan's army said on Wednesday it had disarmed
    [[about 250 Sudanese soldiers|combatants;a=South Sudan's army]] who crossed into Unity state
    after the Rapid Support Forces took the Heglig oilfield. SSPDF spokesman Lul Ruai Koang said
    the soldiers had handed over [[180 rifles|other;a=Lul Ruai Koang]], [[12 pickup
    trucks|other;a=Lul Ruai Koang]] and [[four armoured vehicles|other;a=Lul Ruai Koang]] at the
    Panakuach border point. Oil workers and traders from Heglig also crossed, and local
    officials said [[more than 3,500 civilians|displaced;a=local officials]] had arrived in
    Panakuach and Abiemnom in {{three days}}. "The Sudanese troops will be handed over to their
    government," Koang said, adding that [[40|injured;a=Koang]] of them were being treated for
    wounds in Bentiu. Heglig, on the contested border, produced about {{50,000 barrels a day}}
    before the war.
    """,
)

item(
    "Regional refugee plan for Sudan badly underfunded, donors told",
    """
    GENEVA, {{Feb 6}} - The regional refugee response plan for the Sudan crisis was only {{27
    per cent}} funded by the end of {{2024}}, UNHCR told donors on Thursday, leaving a gap of
    more than {{$1 billion}}. For {{2025}} the plan asks for {{$1.8 billion}}, of which about
    {{$400 million}} is for South Sudan, the {{second}}-largest share after Chad. Officials
    warned that transport from the border, food rations and water trucking would be cut first if
    funding did not improve by the {{third quarter}}. A UNHCR spokesperson said the agency had
    already cut its South Sudan budget by {{30%}} since {{January}}.
    """,
)

item(
    "From Kosti to Renk: the cost of getting out",
    """
    Returnees arriving in Renk describe a journey of {{two to five days}} from Khartoum, first
    by bus to Kosti and then by lorry or on foot to the border. Fares on the Kosti road rose from
    about {{15,000 Sudanese pounds}} in {{2023}} to more than {{60,000}} by late {{2024}}, they
    say, and checkpoints charge extra. The distance from Kosti to the Joda crossing is about {{260
    km}}, and from Joda to Renk town another {{40 km}}. In the rainy season, from {{June}} to
    {{October}}, lorries take up to {{eight hours}} on a stretch that is driven in {{three hours}} in the dry months.
    """,
)

item(
    "WFP hands out hot meals at the border as numbers swell",
    """
    The World Food Programme said it had served [[more than 2.1 million hot meals|aid;
    a=World Food Programme]] at the Joda and Wunthou crossings and at the Renk transit centre
    since {{April 2023}}. Each new arrival receives a meal on the day of crossing and a {{15-day}}
    ration on leaving Renk, the agency said. In {{March}} alone WFP reached [[about 94,000
    people|aid;a=WFP]] in Renk county with food or cash, including [[some 31,000
    returnees|aid;a=WFP]] in host communities. The agency said it had moved [[1,350 tonnes|aid;
    a=The agency;alt=World Food Programme]] of sorghum, pulses and oil up the Nile by barge
    before the road closed. A WFP official said it would need [[another 4,000 tonnes|aid;p;
    a=A WFP official]] to feed arrivals through the lean season, which runs until {{September}}.
    At Joda, [[about 60 volunteers|other]] cook in [[three field
    kitchens|other;u=structure;n=kitchens]] run with the South Sudan Red Cross. Cash transfers of {{$20}} a person were paused in {{May}} because of a shortage of
    banknotes in Renk.
    """,
)

item(
    "Rains strand thousands at Wunthou as road washes out",
    """
    Heavy rain has cut the road between the Wunthou crossing and Renk, leaving [[thousands of
    people|displaced;a=humanitarian workers]] stranded at the border, humanitarian workers said
    on Sunday. OCHA said [[about 7,200 people|displaced;a=OCHA]] were sheltering at the crossing
    point in [[36 tents|capacity;a=OCHA]] and open-sided shelters meant for [[1,500|capacity;a=OCHA]].
    Medair said it had dug [[22 emergency latrines|aid;a=Medair]] and was trucking water to the
    site, but [[two toddlers|killed;a=Medair]] had died of diarrhoea since {{Tuesday}}. IOM said
    [[ten lorries|other;a=IOM]] were stuck in mud {{12 km}} from the crossing. The agency plans
    to move [[up to 2,000 people|displaced;p;a=The agency;alt=IOM]] by tractor-trailer once the
    water drops.
    """,
)

item(
    "Renk security services detain Sudanese men accused of RSF links",
    """
    Security forces in Renk have detained [[at least 47 Sudanese men|arrested;a=relatives and
    a lawyer]] at the transit centre on suspicion of fighting for the Rapid Support Forces,
    relatives and a lawyer told Radio Tamazuj. The lawyer, who asked not to be named, said [[nine
    of the men|arrested;a=The lawyer;n=men]] had been moved to Juba and the rest were held in a
    container at the Renk barracks. Upper Nile state officials said [[31|arrested;a=Upper Nile
    state officials]] would be released once their identities were checked. UNHCR said it was
    concerned about the detentions and that [[more than 65,000 Sudanese refugees|displaced;
    a=UNHCR]] had passed through Renk without incident. [[About 9,000
    Sudanese|displaced]] are staying at the transit centre now. The lawyer said [[between 10 and 15 others|arrested;a=The lawyer;n=-]] had been held at Joda
    and freed within days. A {{22-year-old}} student from Wad Madani
    said he had been held for {{11 days}} and questioned about tattoos on his arm.
    """,
)

item(
    "El Fasher's fall sends a new wave toward Raja and Aweil",
    """
    AWEIL, {{Nov 3}} - Local authorities in Western Bahr el Ghazal said [[about 4,600
    people|displaced;a=Local authorities in Western Bahr el Ghazal]] had crossed from South
    Darfur into Raja county in the {{ten days}} since El Fasher fell to the Rapid Support
    Forces. Raja's commissioner said [[1,900 of them|returned;a=Raja's commissioner;n=-]] were
    South Sudanese returnees and the rest Sudanese, and that [[about 800 households|civilians;
    a=Raja's commissioner]] in Raja town were hosting new arrivals. UNHCR said it had sent
    [[six trucks|aid;a=UNHCR]] of relief items from Wau. In Northern Bahr el Ghazal, the RRC
    counted [[2,310 arrivals|displaced;a=RRC]] at Kiir Adem over the same period. The UN
    expects [[as many as 20,000 more|displaced;p;a=UN;n=-]] by the end of the year if fighting
    spreads into East Darfur.
    """,
)

item(
    "Heat and exhaustion: deaths at the border crossings",
    """
    IOM said on Friday that it had recorded [[83 deaths|killed;a=IOM]] at or near the Joda and
    Wunthou crossings since the start of the year, most from heat, exhaustion and untreated
    illness. [[At least 29|killed;a=the agency;alt=IOM]] of those who died were children, the
    agency said. Health workers at the border point said [[dozens of people a day|other;a=Health
    workers at the border point]] arrive with acute watery diarrhoea or malaria. IOM
    runs [[two clinics|other;u=structure]] at the crossings, which saw [[about 17,400
    consultations|other;a=IOM;u=other]] in {{2024}}. Police said the bodies of [[four people|killed;a=Police]] were found by the road
    near Wunthou in {{May}}. The agency wants to add a mobile team of
    [[six nurses|other;p;a=The agency;alt=IOM]] from {{July}}.
    """,
)

item(
    "Renk town strains as population triples",
    """
    Renk county's population has roughly tripled since {{2023}}, local officials say, and the
    town's water, schools and market are struggling to keep up. The county commissioner said
    [[about 145,000 people|civilians;a=The county commissioner]] now live in Renk town, against
    [[some 50,000|civilians;a=The county commissioner]] before the war. Returnees are
    sheltering in [[11 schools|capacity;a=the education department]], the education department
    said, and [[some 2,000 returnee children|other;a=the education department]] have enrolled in local schools this year. Classes for [[more than 6,000 pupils|other;a=the education department]] have been
    moved to tents or suspended, it added. UNICEF said it had repaired [[17 boreholes|aid;a=UNICEF]] and
    was building [[eight more|aid;p;a=UNICEF;u=other;n=-]]. Water from the Nile costs {{500 South
    Sudanese pounds}} a jerrycan, {{four times}} the price of {{2022}}.
    """,
)

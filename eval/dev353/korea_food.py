"""Food shortages, floods, aid shipments, prison camps and the people the North detains or
sends home (dev353)."""

from _wrap import item

item(
    "Floods on Yalu river leave thousands homeless, Kim orders relief",
    """Floods along the Yalu river submerged [[more than 4,100 homes|housing;a=state
    media]] in Sinuiju and Uiju, state media said on Thursday, and Kim Jong Un said [[about
    15,400 flood victims|displaced;a=Kim Jong Un]], including the elderly and children, would
    be housed in Pyongyang. Helicopters rescued [[some 5,000 people|other]] stranded on rooftops
    and islands in the river. North Korean state media reported no deaths, but South Korean
    media, citing sources, said [[up to 1,500 people|killed;a=South Korean media]] may have
    died or gone missing. Kim rejected offers of help from Seoul and said [[13,000 young
    volunteers|other;p;a=Kim]] would rebuild the area within {{three months}}. Russia sent
    [[about 50 trucks|aid;a=Russia's emergencies ministry]] of food and tents, Russia's
    emergencies ministry said. {{About 7,400 hectares}} of farmland were
    flooded.""",
)

item(
    "WFP says nearly half of North Koreans undernourished",
    """[[About 10.7 million North Koreans|civilians;a=the World Food Programme]], almost
    {{45%}} of the population, are undernourished, the World Food Programme said in a report on
    Wednesday. [[Some 11 million people|civilians;a=The agency;alt=the World Food Programme]]
    need food aid, The agency estimated. The WFP has been unable to operate inside the country
    since {{2021}}, when its last international staff left. Before the border closure it
    reached [[about 650,000 children and women|aid;n=children and women;a=the UN]] a month with
    fortified food, according to the UN. [[Some 20,000 children|civilians]] under {{five}} are
    thought to suffer from severe acute malnutrition. UNICEF said [[dozens of deaths|killed;a=UNICEF]]
    from hunger had been reported in Kaesong and [[several hundred|killed;n=-;a=UNICEF]] across the
    country last year.""",
)

item(
    "Seoul offers 50,000 tonnes of rice, North stays silent",
    """South Korea will send [[50,000 tonnes of rice|aid;p;a=the unification ministry]] to
    North Korea through the World Food Programme, the unification ministry said, the first
    government food aid since {{2010}}. The rice is enough to feed [[about 1.2m people|aid;p]]
    for {{two months}}. Seoul had already given {{$8 million}} to UNICEF and the WFP. Pyongyang
    refused to accept the shipment, and the rice stayed in [[about 40 warehouses|other;u=structure]]
    in Gunsan and Mokpo. Private groups sent [[3,000 tonnes of fertiliser|aid;a=the
    ministry;alt=the unification ministry]] and [[about 200,000 face masks|aid;u=other;a=the ministry;alt=the unification ministry]] in the
    same year, the ministry said. [[Some 60 aid workers|other]] from [[12 South Korean
    charities|other;u=other]] had been ready to monitor distribution. Officials said
    [[about 800 trucks|aid;p;a=Officials]] would have been needed to move the rice north.""",
)

item(
    "UN report estimates up to 120,000 held in North's political prison camps",
    """Between [[80,000 and 120,000 political prisoners|arrested;a=the UN Human Rights
    Office]] are held in North Korea's kwanliso camps, the UN Human Rights Office said in a
    report released in Geneva. The report, based on interviews with [[more than 300
    escapees|other;a=The report]], said [[hundreds of inmates|killed;a=witnesses]] had died
    of hunger, forced labour and beatings, witnesses told investigators. Satellite images show
    [[four camps|capacity;u=structure;a=the report;alt=the UN Human Rights Office]] still operating, the report said, down from [[six|capacity;n=-;a=the report;alt=the UN Human Rights Office]]
    a decade ago. [[Some 1,800 detainees|returned;a=The office;alt=the UN Human Rights Office]]
    handed back by China in {{2023}} and {{2024}} were sent to interrogation centres, The office
    said. [[At least 23 women|kidnapped;a=Survivors]] had been trafficked to China and forced
    into marriage before being caught, Survivors said.""",
)

item(
    "Three Americans freed as Pompeo flies home with them",
    """[[Three American detainees|returned;a=the White House]] were freed by North Korea and
    flown home with Secretary of State Mike Pompeo, the White House said, ahead of the
    Singapore summit. The men, aged {{58}} to {{66}}, had been held for between {{one and two
    years}}. They were among [[at least 17 foreigners|arrested;a=rights groups]] detained in the
    North in the previous decade, rights groups said. The student Otto Warmbier, {{22}}, died in
    {{2017}} days after being sent home in a coma. [[About 200 people|other]] gathered at
    Andrews air base. The State Department said [[no more than two US citizens|arrested;a=The
    State Department]] were thought to remain in North Korea, and later that year the North
    handed over [[55 boxes of remains|killed;u=other;n=boxes;a=the Pentagon]] of soldiers killed
    in the Korean War, the Pentagon said. [[About 5,300 American servicemen|missing;a=The Pentagon]] are still unaccounted for in the North, The Pentagon says.""",
)

item(
    "Starvation reported in border towns as grain prices soar",
    """[[Dozens of people|killed;a=Daily NK]] have died of hunger in Kaesong and in
    Hyesan this spring, Daily NK, a Seoul-based website with sources inside the country,
    reported. [[At least 12|killed;n=-;a=its sources]] died in a single district of Kaesong,
    its sources said. Corn prices rose {{40%}} in a month. The NIS told lawmakers that
    [[several thousand people|civilians;a=The NIS]] had left collective farms to look for food,
    and that [[about 1,000 soldiers|combatants;a=The NIS]] had been sent to guard grain stores.
    Police arrested [[more than 50 traders|arrested]] for hoarding rice in Sinuiju. A UN
    special rapporteur said {{40 percent}} of the population lacked enough food, and that
    [[some 30 defectors|other;a=A UN special rapporteur]] she interviewed had seen bodies in the
    streets. [[About 150 households|civilians;a=residents]] in one Hyesan neighbourhood now live on one meal a day, residents said.""",
)

item(
    "Typhoon and floods destroy homes in Kangwon and South Hamgyong",
    """Typhoon Maysak destroyed or damaged [[more than 1,000 homes|housing;a=the International
    Federation of Red Cross and Red Crescent Societies]] in South Hamgyong province, the
    International Federation of Red Cross and Red Crescent Societies said, and [[about 2,000
    people|displaced;a=the International Federation of Red Cross and Red Crescent Societies]] were moved to schools and public buildings. [[At least 40 public
    buildings|housing;a=The federation;alt=the International Federation of Red Cross and Red
    Crescent Societies]] were flooded, The federation said. State media said Kim Jong Un had
    sent [[12,000 party members|other;a=State media]] from Pyongyang to help rebuild.
    [[Some 1,500 Red Cross volunteers|other]] handed out [[3,000 hygiene kits|aid]] and
    [[500 tents|aid]]. [[Two people|killed]] were reported dead and [[five|missing;n=-]]
    missing in Hamhung.""",
)

item(
    "UNICEF vaccines reach North Korea after three-year gap",
    """The first shipment of UNICEF-procured vaccines in {{three years}} reached North Korea
    through the port of Nampo, UNICEF said on Monday, carrying [[about 1.3m doses|aid;a=UNICEF]]
    of measles and polio vaccine. The agency said it hoped to reach [[some 350,000
    children|aid;p;a=The agency;alt=UNICEF]] under {{two}} this year. Another [[20 containers|aid]]
    of nutrition supplies were stuck in Dalian, China, awaiting clearance. Before the border
    closed, [[about 15 international staff|other;a=UN officials]] of UN agencies worked in
    Pyongyang, UN officials said; none has returned. The Global Fund said [[some 110,000
    patients|civilians;a=The Global Fund]] with tuberculosis needed treatment each year. [[About 40 clinics|capacity;u=structure]] in North Hwanghae will store the vaccines, and [[some 6,000 health workers|other;a=the agency;alt=UNICEF]] are to be trained, the agency said.""",
)

item(
    "North Korea receives Russian wheat as harvest falls short",
    """Russia has shipped [[more than 100,000 tonnes of wheat|aid;a=the NIS]] and flour to
    North Korea since {{January}}, the NIS told lawmakers, in addition to [[about 1 million
    tonnes|other;n=-;u=other;a=the NIS]] of oil. The harvest fell [[roughly 800,000 tonnes|other;u=other;a=the
    Rural Development Administration;n=-]] short of need, the Rural Development Administration in
    Seoul estimated. The FAO said [[about 2.3 million tonnes|other;u=other;n=-;a=The FAO]] of
    grain would have to be imported. Chinese customs data showed [[some 300 trucks|aid]] of
    rice crossing at Dandong in {{March}}. [[About 5,000 soldiers|combatants;a=Radio Free
    Asia]] have been sent to farms to help with the planting, Radio Free Asia reported, and
    [[tens of thousands of students|other;a=Radio Free Asia]] were mobilised.""",
)

item(
    "Kaesong quarantine: thousands confined as Covid reaches North",
    """North Korea confined [[about 5,000 residents|civilians;a=state media]] of Kaesong to
    their homes after a suspected Covid case, state media said. Across the country, [[more
    than 4.7 million people|civilians;a=officials]] reported fever symptoms over the following
    months, officials said, and [[74|killed;n=-;a=officials]] died, a figure experts doubted.
    The army deployed [[some 3,000 military medics|combatants]] to pharmacies in Pyongyang.
    China sent [[about 30 trucks|aid;a=Chinese customs]] of medicine, according to Chinese
    customs, and [[more than 3,000 people|other;a=Chinese customs]] who had crossed from China in the months
    before were quarantined. [[Twelve border guards|arrested]] were detained for letting a
    man slip through.""",
)

item(
    "Aid groups resume shipments as North reopens to some charities",
    """[[Six international aid groups|other;u=other;a=the unification ministry]] have received
    permission to send supplies to North Korea, the unification ministry said. Last month
    [[the first 12 containers|aid]] of medicine and soap arrived at Nampo. The Eugene Bell
    Foundation said it would ship drugs for [[about 1,200 tuberculosis patients|aid;p;a=The
    Eugene Bell Foundation]]. [[A further 40 tonnes of soybeans|aid;p]] are expected by
    {{May}}. [[Around 15 South Korean charities|other;u=other]] still await approval.
    Christian Friends of Korea said it had [[three staff|other;a=Christian Friends of Korea]] ready to travel and had
    delivered [[2,000 blankets|aid;a=Christian Friends of Korea]] through Chinese partners,
    it said. The shipments will reach [[about 30,000 families|aid;p;a=the ministry;alt=the unification ministry]] in {{four}} provinces, the ministry said.""",
)

item(
    "Returned defectors jailed at Jongo camp, NGO report says",
    """[[At least 400 women|arrested;a=the Citizens' Alliance for North Korean Human Rights]]
    sent back from China are being held at the Jongo re-education camp in North Hamgyong,
    the Citizens' Alliance for North Korean Human Rights said. [[Some 90 of them|injured;n=-;a=the group]]
    are sick or injured from beatings, the group said, citing [[six former inmates|other;a=the group]]
    who later reached the South. [[At least 12 detainees|killed]] died in the camp last
    year. The camp, built to hold [[about 1,000 prisoners|capacity;a=the report]], now houses [[more than
    1,500|arrested;n=-;a=the report]], according to the report. Inmates work {{12 hours}} a day
    in mines and fields. [[About 2,500 people|returned;a=the group]] were sent back from China in the past year, the group estimates, and [[20 to 30 of them|killed;n=-;a=the group]] are believed to have died in custody.""",
)

item(
    "Hunger drives soldiers to desert, defectors say",
    """[[Hundreds of North Korean soldiers|combatants;a=defectors]] have deserted their units
    in search of food this year, defectors who arrived in the South recently told
    interviewers. Seoul's NIS said [[about 30 deserters|arrested;a=Seoul's NIS]] had been
    caught and sent to a military prison in Kangwon. [[Two soldiers|killed;a=Daily NK]] starved to death
    at a border post in Ryanggang, according to Daily NK. The army has cut daily rations to
    {{550 grams}} of grain. [[Around 2,000 conscripts|injured;a=the NIS]] were treated in
    military hospitals for malnutrition, the NIS said. A South Korean research institute said
    [[roughly 1.2 million men|combatants;a=A South Korean research institute]] serve in the
    North's army. [[Several hundred deserters|missing;a=the NIS]] are still unaccounted for, the NIS said, and [[about 20|killed;n=-;a=the NIS]] were executed.""",
)

item(
    "Kaesong industrial zone shut as workers sent home",
    """South Korea suspended operations at the Kaesong industrial complex and withdrew
    [[280 South Korean staff|returned;a=the unification ministry]], the unification ministry
    said, after the North's nuclear test. The zone's [[124 South Korean factories|other;u=structure;a=The ministry;alt=the unification ministry]]
    employed [[about 54,000 North Korean workers|civilians;a=The ministry;alt=the unification
    ministry]], The ministry said. Owners were allowed to take out [[some 400 vehicles|other]]
    of goods before the border closed. The North expelled [[the last 7 managers|returned;a=officials]]
    and seized [[more than 200 trucks|other;a=officials]] left behind, officials said. The North later
    blew up the joint liaison office, a {{four-storey}} building. [[About 5,000 suppliers' employees|other]] in the South lost their jobs.""",
)

item(
    "Pyongyang imports Chinese flour and fertiliser as prices climb",
    """China sent [[about 38,000 tonnes of flour|aid;a=Chinese customs data]] to North Korea in
    the first quarter, Chinese customs data showed. [[Some 60,000 tonnes of fertiliser|aid]]
    followed in {{April}}. At Sinuiju, [[about 200 trucks a day|other;a=traders]] now cross the Friendship
    Bridge, traders said, compared with [[dozens|other;n=-;a=traders]]
    during the pandemic. [[About 400 traders|arrested;a=Daily NK]] were arrested in a crackdown
    on private grain sales, Daily NK said, and [[three market managers|killed;a=Daily NK]] were executed.
    [[Tens of thousands of families|civilians]] depend on the markets. Rice sold at {{8,000
    won}} a kilogram.""",
)

item(
    "North Korea's economy grew 3.7% last year, Bank of Korea estimates",
    """North Korea's economy grew an estimated {{3.7%}} in {{2024}}, the fastest pace in
    {{eight years}}, the Bank of Korea said, helped by arms sales to Russia. Gross national
    income per head was about {{1.72 million won}}. Trade with China rose {{12%}} to about
    {{$2.2 billion}}. Farm output rose {{2.1%}},
    the central bank said, though it cautioned that its data were rough.""",
)

item(
    "Rice prices in Pyongyang markets hit record",
    """The price of a kilogram of rice in Pyongyang's markets rose to {{9,500 won}} on
    {{March 3}}, up {{60%}} since {{January}}, according to Asia Press. Corn sold for {{4,200
    won}}. The won fell to {{38,000}} to the dollar. Traders said prices usually peak in the
    lean months of {{May and June}}, before the {{first}} potatoes are harvested.""",
)

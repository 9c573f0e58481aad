"""dev210 items: Kenya's Dadaab and Kakuma, Uganda's settlements and transit centres, the
displacement sites of Baidoa, Ethiopia's camps in Tigray and Gambella, and South Sudan's
Malakal protection site and Renk transit centre (17 items, 2 of them without a figure)."""

from _wrap import item

item(
    "Drought drives new arrivals to Dadaab as registration stays shut",
    """[[More than 80,000 Somalis|displaced;a=Médecins Sans Frontières]] have arrived in the
    Dadaab camps in north-eastern Kenya since the start of the drought, Médecins Sans Frontières
    said on Wednesday, and [[about 500 people a week|displaced;a=Médecins Sans Frontières]] are
    still coming. Kenya stopped registering new arrivals in {{2015}}, so most have no access to
    food rations. [[Some 24,000|displaced]] live in makeshift shelters of sticks and plastic
    sheeting on the outskirts of Dagahaley, one of the camps. The camps already host
    [[about 370,000 registered refugees|displaced;a=UNHCR]], according to UNHCR. MSF said it had
    treated [[1,600 children|other;a=MSF]] for severe malnutrition at its hospital in Dagahaley
    in the first {{six months}} of the year, and that [[at least 40 children|killed;a=MSF]] had
    died of measles in the outskirts since {{May}}.""",
)

item(
    "Floods swamp Dadaab camps, cutting off Ifo and Hagadera",
    """Floods have displaced [[about 20,000 refugees|displaced;a=UNHCR]] within the Dadaab camps
    and destroyed [[more than 3,000 shelters|housing;a=UNHCR]], UNHCR said on Friday, after {{a
    week}} of torrential rain. [[Some 1,300 latrines|other]] have collapsed or overflowed, and
    Kenyan health officials said [[56 cases|other;a=Kenyan health officials]] of cholera had been
    confirmed in Ifo. The Kenya Red Cross moved [[850 families|displaced]] to higher ground at
    [[two schools|capacity]] in Hagadera. [[Six people|killed]] drowned, among them [[four
    children|killed]], and [[two more|missing;n=-]] were swept away by floodwater near the road to
    Garissa. The road, the only link to the camps, is cut in several places.""",
)

item(
    "Kakuma passes 300,000 as Sudan war refugees arrive",
    """The population of Kakuma camp and the neighbouring Kalobeyei settlement has passed
    [[300,000|displaced;a=UNHCR]], UNHCR said, as refugees from Sudan's war join South Sudanese,
    Somalis and Congolese. Kakuma was opened in {{1992}} for [[about 90,000 people|capacity]]
    fleeing the war in what was then southern Sudan. Arrivals are running at [[about 200 a
    day|displaced]], and the reception centre, built for [[1,500|capacity]], holds [[some
    8,000|displaced]]. In Kalobeyei, refugees and their Turkana hosts share markets, clinics and
    schools. [[About 700 refugees|displaced;a=the agency;alt=UNHCR]] left Kakuma for resettlement
    in the United States, Canada and Australia last year, the agency said, against [[more than
    3,000|displaced;a=the agency;alt=UNHCR]] in {{2016}}.""",
)

item(
    "Bidibidi becomes world's largest refugee settlement",
    """Bidibidi in north-western Uganda has taken in [[about 270,000 South Sudanese
    refugees|displaced;a=UNHCR]] in just {{six months}}, UNHCR said, making it the largest
    refugee settlement in the world. At the height of the influx [[up to 3,000 new arrivals a
    day|displaced]] crossed the border at Kuluba and Oraba. Each family is given a plot of about
    {{30 metres by 30 metres}} to build on and farm, and Uganda's Office of the Prime Minister
    said it had allocated [[more than 50,000 plots|aid;u=other;a=Uganda's Office of the Prime
    Minister]]. The settlement now has [[86 schools|other]] and [[12 health centres|other]], and
    Oxfam is trucking water to [[120,000 people|aid]] while boreholes are drilled. It covers
    {{250 square kilometres}} of scrubland in Yumbe district.""",
)

item(
    "Congolese arrivals overwhelm Uganda's Nyakabande transit centre",
    """The Nyakabande transit centre in Kisoro, built for [[1,500 people|capacity;a=the Uganda Red
    Cross]], was sheltering [[more than 12,000|displaced;a=the Uganda Red Cross]] on Friday, the
    Uganda Red Cross said, after renewed fighting between the army and {{M23}} rebels across the
    border. [[Some 4,500 people|displaced]] crossed at Bunagana in {{24 hours}}. Ugandan
    authorities began moving [[about 1,000 refugees a day|displaced]] by bus to Nakivale
    settlement, {{400 km}} away, using [[40 buses|other]] hired by UNHCR. Health officials
    confirmed [[11 cases|other;a=Health officials]] of cholera at the centre. The World Food
    Programme said it was serving [[20,000 hot meals a day|aid;a=The World Food Programme]].""",
)

item(
    "Baidoa's displacement sites swell as drought deepens",
    """[[More than 500 displacement sites|capacity;a=the camp coordination and camp management
    cluster]] now ring the town of Baidoa, sheltering [[about 600,000 people|displaced;a=the camp
    coordination and camp management cluster]], the camp coordination and camp management
    cluster said. [[At least 30,000 new arrivals|displaced]] reached the town in September.
    The Norwegian Refugee Council said [[some 1,800 households|displaced;a=The Norwegian Refugee
    Council]] had been forcibly evicted from sites on private land in the past {{three months}}.
    UNICEF said [[540 children|killed;a=UNICEF]] had died in nutrition centres across Somalia
    since {{January}}, many of them in Bay region. The Integrated Food Security Phase
    Classification projects that [[45,000 people|civilians;p;a=The Integrated Food Security Phase
    Classification]] in Baidoa will face {{IPC Phase 5}} conditions by December.""",
)

item(
    "Fire razes hundreds of buuls at Baidoa camp",
    """[[Two children|killed;a=Abdi Nur Ibrahim]] were killed and [[about 340
    buuls|housing;u=structure;a=Abdi Nur Ibrahim]] burned to the ground when a
    cooking fire spread through a displacement site on the edge of Baidoa on Tuesday, said Abdi
    Nur Ibrahim, the camp leader. [[Five others|injured]] were taken to Bay regional hospital
    with burns. [[Around 400 families|displaced]] lost their shelters and belongings. The South
    West State disaster agency said it would hand out [[400 emergency kits|aid;p;a=The South West
    State disaster agency]] of plastic sheeting, blankets and jerrycans. Baidoa's fire brigade
    has [[two fire engines|other;u=other]] for a town that has tripled in size since {{2017}}, and
    neither reached the site in time.""",
)

item(
    "Displaced Tigrayans still sheltering in Shire's schools",
    """[[More than 500,000 displaced people|displaced;a=the Tigray interim administration]] are
    living in and around Shire, the Tigray interim administration said, many of them in schools
    taken over during the war. [[About 60 schools|capacity;a=the regional education bureau]] are
    still used as shelters, leaving [[some 120,000 children|civilians;a=the regional education
    bureau]] out of class, according to the regional education bureau. The regional health
    bureau said [[at least 1,400 displaced people|killed;a=The regional health bureau]] had died
    of hunger-related causes since {{mid-2023}}. The IOM's Displacement Tracking Matrix counts
    [[about 1 million IDPs|displaced;a=The IOM's Displacement Tracking Matrix]] across Tigray. [[Some
    60,000|returned]] went back to their villages in the first phase of returns, and officials
    said [[another 100,000|returned;p;a=officials]] would follow.""",
)

item(
    "Gambella's Nguenyyiel camp nears capacity as South Sudanese arrive",
    """Nguenyyiel camp in western Ethiopia, opened in {{2016}} for [[50,000
    people|capacity;a=the Refugees and Returnees Service]], holds [[about 95,000|displaced;a=the
    Refugees and Returnees Service]], the Refugees and Returnees Service said. The agency plans to
    move [[some 12,000|displaced;p;a=The agency;alt=the Refugees and Returnees Service]] to a new
    site at Jewi before the rains. Partners have dug [[1,200 household latrines|aid]] this year.
    A measles outbreak has caused [[300 cases|other;a=the WHO]] and [[nine deaths|killed;a=the WHO]], according to
    the WHO. Police arrested [[14 people|arrested;a=Police]] after clashes between refugees and
    the host community left [[three dead|killed;a=Police]], police said.""",
)

item(
    "Clashes inside Malakal protection site leave dead and wounded",
    """[[At least 18 people|killed;a=the UN mission in South Sudan]] were killed and [[about
    50|injured;a=the UN mission in South Sudan]] wounded when fighting broke out between
    communities inside the Malakal protection of civilians site, the UN mission in South Sudan
    said on Thursday. The site shelters [[about 30,000 civilians|displaced]]. [[Some 3,700
    shelters|housing]] were burned, about a {{third}} of the site. The mission said it had
    deployed [[an extra 200 peacekeepers|combatants;a=The mission;alt=the UN mission in South
    Sudan]] to the site. MSF said it had treated [[46 patients|injured;a=MSF]] for gunshot and
    machete wounds at its hospital inside the site. [[Thousands of residents|displaced]] fled
    into the UN base next door.""",
)

item(
    "Renk transit centre holds five times capacity as Sudan war returnees pour in",
    """[[More than 20,000 people|displaced;a=the IOM]] are crowded into the transit centre at
    Renk, built for [[about 4,000|capacity;a=the IOM]], the IOM said. [[Some 1,500 people a
    day|displaced]] cross from Sudan at Joda, most of them South Sudanese who had lived in
    Khartoum. The IOM and UNHCR have moved [[more than 60,000 returnees|returned;a=the IOM]] onward by boat and bus to Malakal and beyond, the IOM said. Health officials
    have recorded [[1,200 cases|other;a=Health officials]] of cholera and [[18 deaths|killed;a=Health
    officials]] in Renk county. The barge trip up the White Nile takes about {{four days}}.""",
)

item(
    "Kenya unveils plan to turn Dadaab and Kakuma into integrated settlements",
    """Kenya hosts [[about 700,000 refugees|displaced;a=the government]], the government said on
    Tuesday, [[400,000|displaced;a=the government]] of them in Dadaab. Under the Shirika plan the
    camps will become integrated settlements, and the government said [[some 32,000
    houses|capacity;p;a=the government]] would be built. In {{2021}} Kenya ordered both camps
    closed within {{14 days}}, before backing down. [[More than 85,000 Somalis|returned;a=UNHCR]]
    went home from Dadaab under a voluntary repatriation programme between {{2014}} and {{2019}},
    according to UNHCR. [[About 1,500 refugees|other]] have so far been given work permits. The
    education ministry said [[10,000 refugee children|aid;p;a=The education ministry]] would join
    Kenyan schools next term.""",
)

item(
    "Uganda's settlements strain as Sudanese arrivals pass 60,000",
    """[[More than 60,000 Sudanese|displaced;a=the Office of the Prime Minister]] have arrived in
    Kiryandongo since {{April 2023}}, the Office of the Prime Minister said. Uganda already hosts [[1.8m
    refugees|displaced]], more than any other country in Africa. WFP said it would keep full rations only for [[about
    120,000 new arrivals|aid;p;a=WFP]] from next month, while [[some 630,000 refugees|aid;a=WFP]]
    now receiving cash or food would get less. Kiryandongo's [[three health centres|other]] see
    [[up to 600 patients a day|other]]. A donor has paid for [[45 classrooms|other]] at the
    settlement's secondary school.""",
)

item(
    "Police arrest refugees after Kakuma ration protest turns violent",
    """Kenyan police arrested [[38 refugees|arrested;a=police]] after a protest over food ration
    cuts in Kakuma camp turned violent, police said on Wednesday. [[Two protesters|killed;a=witnesses]]
    were shot dead and [[at least 15|injured;a=witnesses]] were wounded, witnesses
    said. Protesters set fire to [[two food distribution centres|housing]] and stoned police.
    [[About 200 police officers|combatants]] were sent from Lodwar to restore order. WFP said it
    had cut rations to {{40 percent}} of the minimum because of funding shortfalls. [[About
    300,000 refugees|displaced]] live in Kakuma and Kalobeyei.""",
)

item(
    "Satellite images show two Eritrean refugee camps in Tigray destroyed",
    """Hitsats and Shimelba camps, which hosted [[about 20,000 Eritrean refugees|displaced]]
    before the war, have been largely destroyed, satellite images show. Analysts at DX Open
    Network said [[more than 400 structures|housing;a=Analysts at DX Open Network]] had been
    burned or torn down. UNHCR said [[some 7,000 refugees|missing;a=UNHCR]] from Hitsats and Shimelba
    were still unaccounted for, while [[about 3,000|displaced;a=UNHCR]] had reached Mai Aini and
    Adi Harush. Witnesses said [[at least 20 refugees|kidnapped;a=Witnesses]] were abducted by
    armed men and taken towards the border. The agency plans to move [[about 25,000|displaced;p;a=The
    agency;alt=UNHCR]] to a new site at Alemwach near Dabat.""",
)

item(
    "Dadaab's refugee-run radio station marks ten years on air",
    """Radio Gargaar, run by young refugees in Dadaab, went on air in {{2015}} and now broadcasts
    for {{16 hours}} a day on {{88.7 FM}}. Its founder, {{31}}-year-old Hassan Abdi, was born in
    the camps in {{1994}}. The station won a {{$25,000}} grant from a media foundation in {{2022}}.
    Its most popular show, on Friday nights, runs for {{two hours}}.""",
)

item(
    "Uganda's refugee response plan only a quarter funded",
    """Uganda's {{2025}} refugee response plan, which seeks {{$858 million}}, was {{24 percent}}
    funded by the end of June, UN agencies said. In {{2017}} the plan received {{68%}} of what it
    asked for. Food rations were cut by {{30 percent}} in {{2020}} and again in {{2023}}. The
    minimum monthly cash transfer now stands at {{UGX 12,000}} a person, roughly {{$3}}.""",
)

"""Items of dev252: clan fighting in Somalia and Somaliland, in Kenya's north (Marsabit,
Turkana, Baringo) and on Ethiopia's Oromia-Somali border."""

from _wrap import item

item(
    "Clan militias clash over grazing land in Galmudug",
    """Fighting between {{two clan militias}} over grazing land and water wells near Herale in
    Somalia's Galmudug state killed [[at least 21 people|killed;a=elders]] on Thursday, elders
    said. A local elder, Abdullahi Hassan Mohamud, told Reuters by phone that [[about 40
    people|injured;a=Abdullahi Hassan Mohamud]] had been wounded and that fighters had used
    mortars and machine guns mounted on pickups. "{{The two sides}} have mobilised [[hundreds of
    men|combatants;a=Abdullahi Hassan Mohamud]]," he said. The Galmudug administration said
    it had sent [[150 soldiers|combatants;a=The Galmudug administration]] to separate the
    militias. Residents said [[more than 600 families|displaced;a=Residents]] had fled towards
    Dhusamareb, about {{80km}} to the west, taking their camels and goats with them. The clans
    have fought over the same wells at least {{three times}} since {{2015}}.""",
)

item(
    "Somaliland: Erigavo fighting displaces thousands",
    """Clan fighting on the outskirts of Erigavo, in Somaliland's Sanaag region, has displaced
    [[an estimated 20,000 people|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs;alt=OCHA]], according to the UN Office for the Coordination of Humanitarian Affairs.
    OCHA said [[about 3,300 households|displaced;a=OCHA]] were sheltering in [[14 informal
    sites|capacity;a=OCHA]] around the town with little water. Local officials said [[at least
    17 people|killed;a=Local officials]] had died since the clashes began in {{mid-June}},
    including [[two soldiers|killed;a=Local officials]] sent to keep the sides apart. The
    Somaliland government said it had deployed [[1,000 troops|combatants;a=The Somaliland
    government]] in the region and arrested [[31 militia members|arrested;a=The Somaliland
    government]]. The UN agency said [[8,000 people|aid;a=The UN agency;alt=OCHA]] had
    received emergency water trucking.""",
)

item(
    "Elders broker truce in Hiiraan, bodies exchanged",
    """Traditional elders brokered a ceasefire on Sunday between {{two sub-clans}} in Somalia's
    Hiiraan region after {{five days}} of clashes that killed [[at least 12|killed;a=elders]],
    elders said. Under the deal, each side returned the bodies of fighters held by the other:
    [[four|killed;n=-]] handed over in Beledweyne and [[three|killed;n=-]] in Bulo Burte. The
    elders said [[nine people|kidnapped;a=The elders]] taken captive during the fighting had
    been released. Blood money, set at {{100 camels}} for each man killed, will be paid within
    {{six months}}, according to a copy of the agreement seen by the Somali National News
    Agency. Elder Mohamed Ugas Nur said [[about 250 families|returned;a=Mohamed Ugas Nur]] had
    already gone back to their farms along the Shabelle river. [[Two of the wounded|injured;
    n=wounded]] died in hospital before the deal was signed.""",
)

item(
    "Marsabit: eleven killed as gunmen ambush herders",
    """Gunmen ambushed herders near Dukana in Kenya's Marsabit County on Saturday, killing
    [[11 people|killed;a=police]] and driving off [[about 1,000 head of cattle|other;
    a=police]], police said. Marsabit county police commander Peter Kattam said [[three
    herders|missing;a=Peter Kattam]] were still missing and a search was under way with the
    help of a police helicopter. The attack was blamed on
    raiders from across the Ethiopian border. Interior Cabinet Secretary Kithure Kindiki said
    [[500 additional officers|combatants;a=Kithure Kindiki;p]] would be posted to the county. The
    Kenya Red Cross said [[some 300 families|displaced;a=The Kenya Red Cross]] had moved to
    North Horr for safety. Marsabit has seen recurring conflict between Borana and Gabra
    communities since {{2005}}.""",
)

item(
    "Turkana: raiders make off with 3,000 goats and sheep",
    """Pokot raiders armed with assault rifles stole [[more than 3,000 goats and sheep|other;
    n=goats and sheep;a=the county commissioner]] from herders in Kapedo, on the border of
    Turkana and Baringo counties, the county commissioner said on Tuesday. [[Two herders|
    killed;a=the county commissioner]] were shot dead and a {{16-year-old}} boy was wounded,
    he said. Residents said [[at least 700 camels|other;a=Residents]] had
    also been taken. Police said a team of National Police Reservists had recovered [[about
    900 animals|other;a=Police;u=other]] on Wednesday. Kenya's government has deployed [[about 800
    officers|combatants;a=the Interior Ministry]] in the Kerio Valley since February {{2023}} under Operation Maliza
    Uhalifu, which has recovered [[over 400 illegal firearms|other;a=the
    Interior Ministry]], according to the
    Interior Ministry.""",
)

item(
    "Oromia-Somali border violence: returns begin",
    """Families displaced by violence along the border between Ethiopia's Oromia and Somali
    regions have started to return home under a government plan, the National Disaster Risk
    Management Commission said. The commission said [[about 180,000 people|returned;a=The
    commission;alt=the National Disaster Risk Management Commission]] had gone back to their
    districts since {{January}}, and that it aimed to return [[another 350,000|returned;a=the National Disaster Risk Management Commission;
    alt=The commission;p]] by the end of the year. The
    border fighting, which broke out in {{2017}}, displaced [[nearly 1 million people|displaced;
    a=the UN]], the UN has estimated. The International Organization for Migration said
    [[more than 400 collective centres|capacity;a=The International Organization for Migration;
    n=centres]] still housed displaced people in the Somali region. Ethiopian authorities say
    [[23,000 houses|housing;a=Ethiopian authorities;p]] are to be built, a figure aid workers say is far short of what
    is needed.""",
)

item(
    "Las Anod: hospital overwhelmed as clan fighting enters second month",
    """The main hospital in Las Anod has treated [[more than 1,100 wounded|injured;n=wounded;
    a=its director;alt=Abdirahman Ali]] since fighting broke out in the town in early {{February}}, its director
    said on Monday. Dr Abdirahman Ali said [[at least 210 people|killed;a=Abdirahman Ali]] had
    been brought in dead, most of them civilians hit by shelling. The UN refugee agency UNHCR
    said [[up to 185,000 people|displaced;a=The UN refugee agency UNHCR]] had fled the town, and
    that [[about 60,000|displaced;a=UNHCR;n=-]] had crossed into Ethiopia's Somali region. Local
    clan elders said [[hundreds of houses|housing;a=Local clan elders]] had been damaged.
    Medecins Sans Frontieres said it had sent [[a surgical team of 10|other;a=Medecins Sans
    Frontieres;n=-]] and [[four tonnes|aid;a=Medecins Sans Frontieres;n=tonnes]] of supplies.""",
)

item(
    "Somali farming clans sign pact after Lower Shabelle killings",
    """{{Two farming clans}} in Somalia's Lower Shabelle region signed a peace pact in Afgooye on
    Wednesday after a dispute over irrigation canals that killed [[some 30 people|killed;
    a=regional officials]] in {{2019}}, according to regional officials. The accord was signed by
    [[80 elders|other]] from each side in the presence of South West state officials. Under its
    terms, the clan found responsible must pay diya of {{50 camels}} per victim, or the cash
    equivalent of about {{$50,000}}. Officials said [[about 1,400 families|returned;a=Officials]]
    who fled their villages would be helped to return, and that [[200 of them|aid;a=Officials;
    p;n=-]] would receive seeds and tools. [[Forty-five villages|other;a=the Somali Agriculture Ministry]] along the canals had
    been affected by the dispute, according to the Somali Agriculture Ministry.""",
)

item(
    "Kenya: Baringo bandit raid leaves school shut, herders missing",
    """Bandits believed to be from a neighbouring community raided Tiaty in Kenya's Baringo
    County before dawn on Friday, killing [[four people|killed;a=police]], police said. [[A
    further six herders|missing;a=police]] are missing, police said, and [[nearly 2,000 head
    of cattle|other;a=police]] were driven towards the Kerio Valley. Residents said [[two primary
    schools|other;a=Residents]] had closed and [[some 800 pupils|other;a=Residents]] stayed at
    home. The Kenya Defence Forces, deployed in the region since {{2023}}, said [[120
    soldiers|combatants;a=The Kenya Defence Forces]] were tracking the raiders. Baringo
    Governor Benjamin Cheboi said [[about 5,000 residents|displaced;a=Benjamin Cheboi]] had fled
    villages along the valley in the past {{month}}.""",
)

item(
    "Galkayo truce holds as displaced trickle home",
    """A truce between clan militias in the divided city of Galkayo was holding on Tuesday,
    {{10 days}} after fighting that killed [[at least 45 people|killed;a=the UN]], according to
    the UN. OCHA said [[around 90,000 people|displaced;a=OCHA]] fled during the fighting and
    that [[about 15,000|returned;a=OCHA;n=-]] had since returned to their homes. The agency said
    [[between 8,000 and 10,000 people|civilians;a=The agency;alt=OCHA]] remained in areas
    near the front line that aid workers could not reach. A joint committee of Puntland and
    Galmudug officials said [[50 police officers|combatants;a=A joint committee of Puntland and
    Galmudug officials;p]] from each side would patrol the buffer zone. The last serious
    clashes in the city were in {{2016}}.""",
)

item(
    "Ethiopia: Moyale clashes kill 19, thousands cross into Kenya",
    """Clashes between Oromo and Somali communities in and around Moyale on the Ethiopia-Kenya
    border killed [[19 people|killed;a=a local official]] over the weekend, a local official
    told AFP. The Kenya Red Cross said [[about 8,500 Ethiopians|displaced;a=The Kenya Red Cross]]
    had crossed into Kenya and were staying in [[three camps|capacity;a=The Kenya Red Cross]]
    on the Kenyan side of the town. [[At least 30 people|injured;a=a nurse]] were taken to Moyale
    sub-county hospital, a nurse said. The Oromia regional government said [[more than 60
    homes|housing;a=The Oromia regional government]] and shops had been burned. It said it had
    arrested [[14 people|arrested;a=The Oromia regional government]] over the violence. The
    Red Cross said it had distributed [[1,200 family kits|aid;a=The Red Cross;alt=The Kenya Red
    Cross]] of blankets, cooking pots and soap.""",
)

item(
    "Dhusamareb tallies compensation after clan war",
    """Clan elders meeting in Dhusamareb on Saturday agreed the compensation owed after a
    {{2022}} clan war in central Somalia, setting it at {{100 camels}} per man and {{50
    camels}} per woman. The talks, the {{third}} round since {{March}}, lasted {{nine days}}.
    Elders said the sum would be paid over {{two years}}, with about {{30 percent}} due before
    the rains.""",
)

item(
    "Clan gunmen seize hostages near Buuhoodle as feud over well reignites",
    """Gunmen from one clan seized [[14 people|kidnapped;a=elders in the town]], among them
    [[five women|kidnapped;a=elders in the town]], from a bus near Buuhoodle on Monday, elders
    in the town said, reviving a feud over a water point that has simmered since {{2018}}.
    Regional police chief Colonel Hassan Abdi Warsame said [[two passengers|killed;a=Hassan
    Abdi Warsame]] were shot dead when the driver tried to flee. By Wednesday [[eight of the
    captives|kidnapped;n=captives]] had been released through the mediation of religious
    leaders. The colonel said [[six others|missing;a=The colonel;alt=Hassan Abdi Warsame]] were
    still unaccounted for. Local authorities estimate [[about 12,000 residents|civilians;
    a=Local authorities]] of the surrounding villages depend on the disputed well, which
    lies some {{40km}} from the town. In retaliation, clan militiamen set fire to [[about a
    dozen huts|housing;a=residents]] in a neighbouring settlement, residents said.""",
)

item(
    "Peace caravan in Isiolo collects guns from rival communities",
    """A peace caravan led by Kenya's National Cohesion and Integration Commission toured
    Isiolo and Marsabit this week, collecting [[213 firearms|other;a=the commission;alt=National Cohesion and Integration Commission]] from
    Borana, Samburu and Turkana herders, the commission said on Friday. [[More than 3,000
    rounds|other]] of ammunition were also handed in. Commission chairman
    Samuel Kobia said raids in the area had killed [[at least 95 people|killed;a=Samuel Kobia]]
    since January and left [[some 40,000 people|civilians;a=Samuel Kobia]] in need of food aid.
    The government has promised to deploy [[1,200 National Police Reservists|combatants;
    p;a=The government]] to guard grazing corridors. Elders said [[close to 7,000 head of
    livestock|other;a=Elders]] were recovered and returned to their owners during the caravan.
    [[About 600 families|returned]] who had left Kinna are back in their villages.""",
)

item(
    "Somaliland sets aside land for clan grazing reserve",
    """Somaliland's cabinet on Thursday approved a grazing reserve of about {{1,500 square
    kilometres}} in the Sool and Sanaag border area, in a bid to reduce clan clashes over
    pasture. The reserve, announced by the {{2nd}} deputy minister of livestock, will be
    fenced at a cost of {{$4.8 million}} over {{three years}}. Rainfall in the area has fallen
    by {{20 percent}} since {{2010}}, the ministry said.""",
)

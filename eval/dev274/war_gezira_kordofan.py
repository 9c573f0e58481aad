"""The centre and the south: Gezira and Wad Madani, Sennar and the Blue Nile, White Nile, and
the Kordofans, from El Obeid and Bara to Babanusa, Dilling, Kadugli and Kalogi (14 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Exodus from Wad Madani as RSF enters city",
    """[[About 300,000 people|displaced;a=OCHA]] have fled Wad Madani and its surroundings since
    the Rapid Support Forces entered Gezira state on {{December 15}}, OCHA said, many of them
    for the {{second}} time. The city had become a refuge for [[some 500,000
    people|displaced;a=the office;alt=OCHA]] who escaped Khartoum earlier in the war, the office
    said. Families fled on foot and by donkey cart towards Sennar, Gedaref and Kassala, where
    [[more than 70 schools|capacity;a=state officials]] have been opened as shelters, state
    officials said. The World Food Programme said it had been forced to suspend aid to [[800,000
    people|aid;a=The World Food Programme]] in the state and that [[17 of its trucks|aid;a=The
    World Food Programme]] were looted from its warehouse in the city. Residents said [[dozens
    of RSF pickups|other;a=Residents;u=other]] entered the city unopposed after the army
    withdrew. The army said it would investigate the withdrawal of the {{1st Infantry Division}}.
    Witnesses reported [[at least 12 civilians|killed;a=Witnesses]] shot dead in the first
    hours.""",
)

item(
    "Village of Wad al-Noura buries its dead after RSF attack",
    """The Rapid Support Forces killed [[more than 100 people|killed;a=the Madani Resistance
    Committee]] in an attack on the village of Wad al-Noura in Gezira state on {{Wednesday}},
    according to the Madani Resistance Committee. Activists said [[35 children|killed;a=Activists]]
    were among the dead and shared video of [[dozens of bodies|killed]] wrapped in white sheets
    in the village square. The committee said [[about 150|injured;a=The committee;alt=the Madani
    Resistance Committee;n=-]] had been wounded, many of whom could not reach a hospital. The RSF
    said it had attacked army and "popular resistance" positions nearby and that [[30 of its
    fighters|killed;a=The RSF]] had been killed. UNICEF's director said she was "horrified" by
    the reports. Villagers said the attackers looted [[some 400 homes|housing;a=Villagers]] and
    drove away [[2,000 sheep and goats|other;a=Villagers;n=sheep and goats]]. [[At least 8,000
    people|displaced]] from Wad al-Noura and neighbouring villages have since reached Al-Managil,
    {{40 km}} to the west.""",
)

item(
    "RSF revenge attacks sweep eastern Gezira",
    """RSF fighters have killed [[at least 124 people|killed;a=the Sudan Doctors Network]] in the
    village of Al-Sireha alone, the Sudan Doctors Network said, as the group carried out revenge
    attacks across eastern Gezira after one of its commanders defected to the army. The UN said
    [[more than 135,000 people|displaced;a=The UN]] had fled the area in {{ten days}}, most of them
    on foot towards Kassala and Gedaref. Doctors said [[at least 200|injured;a=Doctors;n=-]] had
    been treated for wounds in Rufaa and Tamboul. In the town of Hilaliya, residents said [[some
    50,000 people|civilians;a=residents]] were trapped and [[dozens|killed;a=residents]] had
    died of disease and hunger. Women's rights groups reported that [[at least 25 women|other;a=Women's rights groups]] had
    been raped in the villages of Tamboul district.
    The RSF said it had arrested [[more than 400 "collaborators"|arrested;a=The RSF]] in the
    area.""",
)

item(
    "Wad Madani returns gather pace after army retakes city",
    """[[More than 400,000 people|returned;a=The International Organization for Migration]] have
    returned to Wad Madani and surrounding localities since the army retook the city on
    {{January 11}}, The International Organization for Migration said. The Gezira state
    government expects [[a further 250,000|returned;a=The Gezira state government;p;n=-]] by the
    end of the harvest. The first weeks were marred by reprisal killings: rights groups said
    [[at least 26 people|killed;a=rights groups]], many of them from the Kanabi settlements of
    farm workers from Darfur and Kordofan, were killed by army-allied militias, and [[13
    others|missing;a=rights groups]] had not been seen since. The army said it had arrested
    [[eight soldiers|arrested;a=The army]] over the killings. Aid groups said [[1,700
    households|aid;a=Aid groups]] returning to the city's eastern districts received seeds and
    tools. [[About 40 schools|housing;a=the state's education office]] need rebuilding before
    they reopen, the state's education office said.""",
)

item(
    "Sinja falls and Sennar's displaced move again",
    """The RSF's capture of Sinja, the capital of Sennar state, drove [[over 150,000
    people|displaced;a=IOM]] from their homes in {{two weeks}}, IOM said. Many were already
    displaced from Khartoum and Gezira. [[Around 60,000|displaced;a=the agency;alt=IOM;n=-]] had
    reached Gedaref state, where [[32 schools|capacity;a=the agency;alt=IOM]] and [[six open
    sites|capacity;a=the agency;alt=IOM]] are sheltering new arrivals, the agency said. Others
    crossed into Blue Nile state, where [[some 14,000 people|displaced;a=local authorities]] were
    sleeping in the open in Ad-Damazin, according to local authorities. The army said it had
    sent [[several thousand troops|combatants;a=The army]] to hold Sennar city and the Sennar Dam.
    [[At least 17 people|killed]] died when a boat carrying fleeing families capsized on the Blue
    Nile near Mayerno.""",
)

item(
    "Drone strike on funeral in El Obeid",
    """A drone strike on a funeral gathering on the outskirts of El Obeid, the capital of North
    Kordofan, killed [[about 40 people|killed;a=the state government]] and wounded [[at least
    19|injured;a=the state government;n=-]], the state government said. The Sudan Doctors
    Network blamed the RSF, which has besieged the city's approaches since taking Bara. IOM said
    [[more than 36,000 people|displaced;a=IOM]] had fled Bara and nearby villages in {{October}}
    and [[about 9,000|displaced;a=IOM;n=-]] had reached El Obeid, where [[an estimated 1.1
    million people|civilians;a=IOM]] are now living. Aid officials said [[up to 300,000
    more|displaced;a=Aid officials;p;n=-]] could be forced out if fighting reaches the city. The
    RSF said it had [[10,000 fighters|combatants;a=The RSF]] around El Obeid and warned residents
    to leave. Local volunteers said [[47 people|missing;a=Local volunteers]] who fled Bara on
    foot had not arrived.""",
)

item(
    "Strike on Kalogi kindergarten kills dozens of children",
    """A drone strike on a kindergarten in the town of Kalogi in South Kordofan killed [[at least
    116 people|killed;a=the local health authorities]], including [[46 children|killed;a=the
    local health authorities]], the local health authorities said. Parents and teachers who
    rushed to help were hit by a {{second}} strike {{minutes}} later, survivors said. The World
    Health Organization said [[more than 70|injured;a=The World Health Organization;n=-]] were
    being treated in Kalogi and Abu Jubaiha, and [[four health workers|killed;a=The World Health
    Organization]] were among the dead. The army blamed the RSF and its ally in the SPLM-N faction
    of Abdelaziz al-Hilu. The town's school had taught [[about 250 pupils|other]] aged {{4 to
    6}}. UNICEF said [[at least 1,300 children|killed;a=UNICEF]] had been killed or maimed in
    Kordofan in {{2025}}, counting only verified cases.""",
)

item(
    "Babanusa garrison falls after two-year siege",
    """The RSF captured the army's {{22nd Infantry Division}} headquarters in Babanusa on
    {{Monday}}, ending a siege of West Kordofan's last army garrison that began in {{January
    2024}}. The RSF said it had killed [[more than 600 soldiers|killed;a=The RSF]] and captured
    [[over 1,200|arrested;a=The RSF;n=-]], and posted videos of men in uniform being marched
    out of the base. An army source told AFP that [[about 3,000 troops|combatants;a=An army
    source]] had withdrawn south towards Heglig. Residents said [[dozens of civilians|killed;a=Residents]] were killed by shelling in the final days, and that [[the last 5,000
    residents|displaced;a=Residents]] left the town with the soldiers. The town had a pre-war
    population of [[roughly 180,000|civilians;n=-]]. The UN said [[between 15 and 20
    villages|housing;a=The UN]] around Babanusa were burned during the siege.""",
)

item(
    "Dilling and Kadugli starve under siege",
    """[[Up to 400,000 people|civilians;a=WFP]] are trapped in Dilling and Kadugli, the two main
    towns of South Kordofan, where famine was confirmed in {{November}}, WFP said. A convoy of
    [[nine trucks|aid;a=the agency;alt=WFP]] reached Kadugli on {{Thursday}}, the first in {{five
    months}}, carrying enough food for [[25,000 people|aid;a=the agency;alt=WFP]] for a month,
    the agency said. Doctors in Dilling said [[at least 23 children|killed;a=Doctors in Dilling]]
    had died of malnutrition in {{October}}. The SPLM-N, which controls the Nuba Mountains around
    the towns, said [[more than 80,000 people|displaced;a=The SPLM-N]] had sought refuge in its
    areas. MSF said it had admitted [[1,200 severely malnourished
    children|aid;a=MSF]] to its feeding centres in Kauda since {{July}}, {{three times}} more
    than a year earlier. [[Some 2,000 families|displaced]] are camped in the hills around the
    towns.""",
)

item(
    "White Nile camps overflow with new arrivals",
    """[[The ten camps|capacity;a=UNHCR]] around Kosti and Al-Jabalain in White Nile state, built for [[about 300,000
    refugees|capacity;a=UNHCR]] from South Sudan, now hold [[more than 420,000
    people|displaced;a=UNHCR]], UNHCR said. [[Around 90,000|displaced;a=UNHCR;n=-]] of them are
    Sudanese displaced from Khartoum and Kordofan rather than refugees. The agency said it needed
    to build [[two new camps|capacity;a=The agency;alt=UNHCR;p]] with space for [[50,000
    people|capacity;a=The agency;alt=UNHCR;p]] before the rainy season. [[About 3,000 South
    Sudanese a week|returned;a=IOM]] are crossing back into South Sudan from the state, IOM said.
    Health workers said [[at least 58 people|killed;a=Health workers]] had died of measles in the
    camps since {{June}}, most of them children under {{five}}.""",
)

item(
    "Abductions rise on roads around En Nahud",
    """RSF fighters abducted [[at least 50 civilians|kidnapped;a=the local Emergency Response
    Room]] from En Nahud in West Kordofan after taking the town, the local Emergency Response
    Room said, and are demanding ransoms of up to {{5 million pounds}} for each. [[Twelve|kidnapped;
    a=the group;alt=the local Emergency Response Room;n=-]] had been freed after families paid,
    the group said. A doctor at the town's hospital said [[at least 300 people|killed;a=A doctor
    at the town's hospital]] were killed when the RSF entered, including [[six health
    workers|killed;a=A doctor at the town's hospital]]. The RSF said it had detained [[more than
    70 men|arrested;a=The RSF]] it accused of being army informers. Traders said [[nearly 200
    shops|housing;a=Traders]] in the main market were looted and set alight. [[Some 15,000
    residents|displaced]] fled towards El Obeid, {{200 km}} to the east.""",
)

item(
    "Attacks on health care pile up in Gezira and Kordofan",
    """The World Health Organization has verified [[156 attacks on health care|other;a=The World
    Health Organization;u=other;n=attacks]] in Sudan since {{April 2023}}, killing [[more than 1,200
    people|killed;a=The World Health Organization]] and injuring [[416|injured;a=The World Health
    Organization;n=-]], most of them in Gezira, Darfur and Kordofan. In Gezira, [[at least 34
    health facilities|housing;a=the state health ministry]] were looted or damaged under RSF
    control, the state health ministry said. Only {{30%}} of the state's hospitals are fully
    working. The Sudan Doctors Network said [[at least 78 doctors|killed;a=The Sudan Doctors
    Network]] had been killed during the war and [[about 50|arrested;a=The Sudan Doctors Network;
    n=-]] were held by one side or the other. [[Four ambulances|other]] were destroyed in a drone
    strike on the hospital in Al-Fula on {{Sunday}}.""",
)

item(
    "Leftover shells kill farmers returning to Gezira fields",
    """Unexploded shells and rockets have killed [[at least 45 people|killed;a=Sudan's National
    Mine Action Centre]] in Gezira and Sennar since the army retook the area, Sudan's National
    Mine Action Centre said, and wounded [[more than 110|injured;a=Sudan's National Mine Action
    Centre;n=-]], many of them farmers and children. The centre said its [[60 deminers|other;a=The centre;alt=Sudan's National Mine Action Centre]] could not keep up. Its teams have cleared [[about 18,000 items|other]] of unexploded ordnance since {{February}}. The UN
    Mine Action Service plans to deploy [[200 more|other;a=The UN Mine Action Service;p;n=-]]
    by the end of the year. [[Two deminers|killed]] were killed in {{March}} clearing a
    field near Rufaa. [[Roughly 1.5 million people|returned]] have gone back to Gezira,
    many to fields that have not been surveyed.""",
)

item(
    "Hilaliya's dead counted after siege lifts",
    """Residents of Hilaliya said [[at least 380 people|killed;a=Residents of Hilaliya]] died in
    the town during {{six weeks}} of RSF siege, most of them of cholera and hunger. Volunteers
    said they dug graves for [[up to 20 bodies a day|killed;a=Volunteers]] at the height of the
    outbreak. The RSF, which held [[hundreds of men|arrested;a=former detainees]] in the town's
    school, released them when it withdrew, former detainees said. [[About 1,000|missing;a=local
    leaders;n=-]] people are still unaccounted for, local leaders said. Aid groups said [[3,500
    food baskets|aid;a=Aid groups]] had been distributed since the army arrived. [[Nearly 9,000
    residents|returned]] have gone back, out of [[a population of about 45,000|civilians;n=population]]
    before the siege.""",
)

item(
    "Gezira Scheme harvest falls short",
    """Sudan's agriculture ministry said the Gezira Scheme, once Africa's largest irrigation
    project, harvested wheat on {{less than half}} of its planned area this season. Yields
    averaged {{1.1 tonnes per feddan}}, against {{1.8}} before the war. The scheme's canals have
    not been cleared of silt since {{2022}}, and fertiliser prices rose {{300%}} in {{two
    years}}. The government has promised to buy wheat at {{85,000 pounds}} a sack. Farmers'
    unions said the {{2025/26}} season would need {{$150 million}} in loans to restart.
    The ministry forecast a recovery to {{80%}} of pre-war output by {{2027}}.""",
)

item(
    "Heglig oil output cut after drone strikes",
    """Drone strikes on the Heglig oil field near the South Sudan border have cut output to
    about {{20,000 barrels per day}}, from {{60,000}} before the war, an oil ministry official
    said. The field feeds the pipeline that carries South Sudan's crude {{1,600 km}} to Port
    Sudan, which earns Khartoum transit fees of about {{$24 a barrel}}. Operations were halted for
    {{three days}} after the strikes on {{March 4}}. South Sudan's exports, {{90%}} of its
    revenue, were disrupted for {{nearly a year}} in {{2024}} after a rupture in the line.""",
)

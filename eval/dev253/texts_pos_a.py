"""dev253 positives, part A: the war in Ukraine and Russia as the nuclear desk reports it."""

POSITIVES = [
    (
        "Fire at Europe's largest nuclear plant after Russian troops attack Enerhodar site",
        "Russian forces attacked the Zaporizhzhia nuclear power plant in south-eastern Ukraine "
        "overnight, setting a training building on the site ablaze before seizing control of "
        "the station on Friday morning, Ukrainian officials said. A video feed from the plant "
        "showed flares landing on the grounds and armoured vehicles firing towards the "
        "administrative buildings as firefighters were kept away for several hours. The "
        "regional military administration said the fighting had lasted from around midnight "
        "until dawn and that three Ukrainian soldiers guarding the perimeter were killed. "
        "Ukraine's nuclear regulator said radiation levels remained normal and that none of "
        "the six reactors had been hit, although unit 1 suffered damage to a transformer. "
        "IAEA Director General Rafael Grossi told reporters in Vienna that a projectile had "
        "struck a building within the site and called the situation “extremely tense”. Energoatom "
        "said staff were continuing to operate the plant “at gunpoint” and that two units "
        "remained connected to the grid. US President Joe Biden spoke to President Volodymyr "
        "Zelenskiy by phone during the night, the White House said.",
        "B M E",
        "assault",
    ),
    (
        "Shelling near Zaporizhzhia plant sends Enerhodar residents fleeing towards Ukrainian-held territory",
        "Hundreds of residents of Enerhodar, the town that houses workers from the Zaporizhzhia "
        "nuclear plant, queued at a Russian checkpoint on Thursday as shelling around the "
        "station intensified for a third straight day. Ukraine's state nuclear company said "
        "artillery rounds had hit near a dry storage facility for spent fuel and damaged a "
        "nitrogen-oxygen station, and that one worker had been wounded. Moscow-installed "
        "officials blamed Ukrainian forces firing from Nikopol, across the Kakhovka reservoir, "
        "while Kyiv said Russian troops were shelling the area themselves to stage a "
        "provocation. Neither account could be independently verified. “People are leaving with "
        "whatever fits in the car, some are waiting two or three days in the line at Vasylivka,” "
        "a plant engineer who reached Zaporizhzhia city told Reuters by phone. The IAEA said it "
        "was “gravely concerned” and repeated its request to send a mission to the site. "
        "Ukrainian authorities have begun handing out iodine tablets to people living within "
        "50 km of the plant.",
        "E D",
        "shelling",
    ),
    (
        "Missile strikes 300 metres from reactors at South Ukraine nuclear plant",
        "A Russian missile exploded about 300 metres from the reactors of the South Ukraine "
        "nuclear power plant in the Mykolaiv region shortly after midnight on Monday, Ukraine's "
        "state nuclear operator said, damaging buildings at the site and knocking out three "
        "high-voltage power lines. Energoatom published CCTV footage showing two large "
        "fireballs lighting up the night sky near the plant's turbine halls. The company said "
        "the blast wave had shattered more than 100 windows across the complex, and a "
        "hydroelectric unit that is part of the same industrial site was shut down. All three "
        "reactors kept working normally and no staff were hurt, it added. The plant, Ukraine's "
        "second-largest, lies near Yuzhnoukrainsk on the Southern Buh river. Ukraine's Defence "
        "Ministry called the strike an act of nuclear terrorism, while Russia's Defence "
        "Ministry did not comment on it directly and said its forces had hit military targets "
        "in the region. The attack came a week after the IAEA installed a permanent presence at "
        "the Zaporizhzhia plant.",
        "E M",
        "missile_strike",
    ),
    (
        "Chernobyl staff have not changed shifts for 12 days under Russian guard, regulator says",
        "More than 200 technical staff and guards at the Chernobyl nuclear site have been unable "
        "to rotate for almost two weeks since Russian troops captured the exclusion zone, "
        "Ukraine's nuclear regulator told the International Atomic Energy Agency on Wednesday. "
        "The workers are being held at the plant by Russian soldiers, eat only once a day and "
        "have been prevented from contacting their families, according to relatives and the "
        "operator. “They are exhausted and under constant psychological pressure,” the wife of "
        "one shift supervisor said in Slavutych. Earlier in the day the site lost all external "
        "power after a high-voltage line was damaged in fighting nearby, leaving diesel "
        "generators to cool the spent fuel storage facility. The regulator said generators held "
        "fuel for about 48 hours. IAEA chief Rafael Grossi said the situation violated a "
        "fundamental safety pillar and that staff must be allowed to rest. Russian armoured "
        "columns have used the zone as a route towards Kyiv since the first day of the "
        "invasion, kicking up contaminated dust in the Red Forest, Ukrainian officials said.",
        "V M",
        "hostage_taking",
    ),
    (
        "Kharkiv research facility housing nuclear material hit by shelling again",
        "An experimental nuclear facility at the Kharkiv Institute of Physics and Technology "
        "was damaged by Russian shelling on Sunday, the second time in less than a week, "
        "Ukraine's nuclear regulator said. The Neutron Source installation, which holds 37 "
        "nuclear fuel assemblies in a subcritical configuration, lost power and its cooling "
        "building and cabinets were damaged, the regulator said in a statement. Damage to the "
        "facility's thermal insulation and ventilation made it impossible to carry out repair "
        "work while the shelling continued, it added. Radiation levels at the site remained "
        "within normal limits. The institute lies on the northern edge of Kharkiv, where "
        "Russian artillery and rocket fire has hit residential districts almost daily since "
        "late February. The International Atomic Energy Agency said it had been informed and "
        "that the low inventory of nuclear material meant the radiological consequences of any "
        "damage would be limited. A staff member said scientists had been working in shifts "
        "from basements.",
        "E M",
        "shelling",
    ),
    (
        "Dam breach drains reservoir that cools Zaporizhzhia reactors as thousands are evacuated",
        "Ukraine evacuated thousands of people from flooded districts of Kherson on Tuesday "
        "after the Nova Kakhovka dam upstream was destroyed in an explosion that Kyiv blamed on "
        "Russian forces occupying it. The breach emptied water from the vast Kakhovka reservoir, "
        "which supplies the cooling pond of the Zaporizhzhia nuclear power plant 150 km "
        "upstream. The International Atomic Energy Agency said the pond held enough water to "
        "cool the plant's six shut-down reactors for some months, and that there was no "
        "immediate risk to nuclear safety. Russia accused Ukraine of shelling the dam. Regional "
        "governor Oleksandr Prokudin said around 16,000 people lived in the critical zone on "
        "the Ukrainian-held bank, and that Russian shelling continued to hit Kherson while "
        "rescuers moved people by boat and bus. Aid agencies warned that drinking water supplies "
        "to towns across southern Ukraine were at risk. Grossi said he would travel to the plant "
        "the following week.",
        "E D H",
        "dam_destruction",
    ),
    (
        "Drones hit Zaporizhzhia reactor dome, IAEA says, in first direct strike since 2022",
        "At least three drones struck the Zaporizhzhia nuclear power plant on Sunday, one of "
        "them hitting the containment dome of reactor unit 6, the International Atomic Energy "
        "Agency said, calling it the first strike on a reactor building since November 2022. "
        "Agency experts stationed at the site confirmed “physical impact” at the unit, "
        "although there was no sign of damage to the reactor itself. A second drone landed "
        "near the site's canteen and a third hit a cargo port area, wounding one person, Russian "
        "officials who run the plant said. Rosatom blamed Ukraine, which denied involvement "
        "and accused Moscow of attacking the plant itself to discredit Kyiv. “This is a major "
        "escalation of the nuclear safety dangers,” Rafael Grossi wrote on X, urging both sides to "
        "stop. The plant's six reactors have been in cold shutdown for months. The UN "
        "Security Council scheduled a meeting for later in the week at Russia's request.",
        "E",
        "drone_strike",
    ),
    (
        "Kursk nuclear plant in firing line as Ukrainian troops push on towards Kurchatov",
        "Russia's National Guard said it had strengthened security at the Kursk nuclear power "
        "plant on Thursday as Ukrainian forces pressed an incursion into the region that had "
        "taken them within about 50 kilometres of the station. Fighting continued around the "
        "town of Sudzha, where Kyiv's troops said they had taken control of dozens of "
        "settlements. Regional authorities said more than 120,000 people had been evacuated "
        "from border districts, and columns of cars were seen leaving Kurchatov, the plant's "
        "company town. Rosenergoatom said the plant was operating normally. President Vladimir "
        "Putin accused Ukraine of trying to strike the station and said Kyiv had fired on it "
        "overnight, without providing evidence. IAEA Director General Rafael Grossi said he "
        "planned to visit the plant, whose design is similar to that of the RBMK reactors at "
        "Chernobyl and which lacks a protective containment structure. The agency said it was "
        "in contact with the Russian regulator and was monitoring the situation closely.",
        "B M D",
        "incursion",
    ),
    (
        "Plant operators trade blame as cooling tower burns at occupied Zaporizhzhia station",
        "A large fire broke out in one of the two cooling towers at the Russian-held "
        "Zaporizhzhia nuclear plant on Sunday evening, sending black smoke across the "
        "Dnipro river. President Volodymyr Zelenskiy said Russian forces had set fire to the "
        "tower, while the Moscow-installed management said the blaze was caused by a Ukrainian "
        "drone strike on the site. The International Atomic Energy Agency said its team had "
        "heard several explosions from the direction of the plant and seen dark smoke rising "
        "from the northern part of the site after the reported drone attack. The fire was put "
        "out after several hours, Russian officials said, and radiation levels were normal. The "
        "agency said the tower had not been used since the reactors were shut down and posed no "
        "threat to nuclear safety. Nikopol, on the opposite bank, came under artillery fire "
        "through the evening, its mayor said, and two people were wounded.",
        "E",
        "drone_strike",
    ),
    (
        "Russian attack on power grid forces Ukraine's nuclear plants to cut output",
        "Ukraine's three operating nuclear power plants were forced to reduce output on "
        "Thursday after Russia launched more than 90 missiles and some 100 drones at energy "
        "facilities across the country, the International Atomic Energy Agency said. Several "
        "substations that carry electricity from the Rivne, Khmelnytskyi and South Ukraine "
        "plants to the grid were damaged or destroyed in the strikes, grid operator Ukrenergo "
        "said, and emergency blackouts were introduced in most regions. The Rivne plant lost "
        "its connection to one of its lines and disconnected one reactor, Energoatom said. "
        "Rafael Grossi said the attack showed that nuclear safety was “under serious threat” "
        "even at plants far from the front line. Air defences shot down most of the incoming "
        "drones, Ukraine's air force said, but debris fell on residential buildings in Kyiv and "
        "Lviv. Russia's Defence Ministry said it had struck energy facilities that supply "
        "Ukraine's defence industry. Utilities warned customers to expect outages of up to 12 "
        "hours a day.",
        "E M H",
        "missile_strike",
    ),
    (
        "Drone punches hole in Chernobyl's protective shell, Zelenskiy says",
        "A Russian drone with a high-explosive warhead struck the giant arch that covers the "
        "destroyed reactor at Chernobyl overnight, causing a fire and damaging the structure, "
        "President Volodymyr Zelenskiy said on Friday. The International Atomic Energy Agency, "
        "which has staff at the site, said its team heard an explosion at about 2 a.m. local "
        "time and that fire crews arrived within minutes. Radiation levels inside and outside "
        "the New Safe Confinement remained normal and stable, the agency said. Video released by "
        "Kyiv showed a blackened hole in the roof of the steel shell, which was completed in "
        "2016 with international funding of about 1.5 billion euros. The Kremlin denied it had "
        "targeted the plant. The strike came as Russian drones were attacking targets across "
        "northern Ukraine during the night, Ukraine's air force said. Firefighters were still "
        "dealing with smouldering insulation inside the shell 12 hours later, the emergency "
        "service said.",
        "E",
        "drone_strike",
    ),
    (
        "Zaporizhzhia plant on diesel for a third week as strikes keep repair crews away",
        "The Zaporizhzhia nuclear power plant has now relied on emergency diesel generators for "
        "21 days, the longest such blackout since Russian forces seized the station, after "
        "military activity severed its last external power line, the International Atomic "
        "Energy Agency said on Tuesday. Repair teams from both sides were ready to work on the "
        "damaged Dniprovska line, but shelling and drone strikes in the area had made it "
        "impossible to reach the fault, the agency said. The Russian-installed management said "
        "Ukrainian drones had hit near the town of Enerhodar again on Monday, while Ukraine's "
        "Energy Ministry accused Russia of deliberately cutting the plant off to connect it to "
        "the Russian grid. The site has 20 diesel generators and enough fuel for at least ten "
        "days, the IAEA said. “This is not sustainable,” Director General Rafael Grossi said. The "
        "plant's six reactors are all in cold shutdown.",
        "E",
        "power_line_strike",
    ),
    (
        "Ukraine says Russian forces detain more Zaporizhzhia plant workers in Enerhodar sweeps",
        "Russian forces have detained at least ten more employees of the Zaporizhzhia nuclear "
        "power plant in raids on homes in Enerhodar over the past week, Ukraine's state nuclear "
        "company Energoatom said on Wednesday, accusing the occupiers of torturing some of them "
        "to force them to sign contracts with Rosatom. The company said soldiers had seized "
        "people at checkpoints and from their flats, and that relatives had been given no "
        "information about where they were taken. One engineer who was later released told "
        "Ukrainian media he had been beaten and held in a basement for nine days. The IAEA said "
        "it was aware of reports of detentions and was raising them with Russian officials, "
        "describing the pressure on staff as a serious concern for safety. Energoatom said "
        "fewer than half of the plant's 11,000 pre-war staff remained at work. Russian "
        "officials who run the plant did not respond to a request for comment.",
        "V",
        "detention",
    ),
    (
        "Crimea blackout deepens as pylons blown up and activists clash with police",
        "Crimea was plunged into darkness for a second day on Monday after unidentified "
        "attackers blew up electricity pylons in southern Ukraine's Kherson region that carry "
        "power to the Russian-annexed peninsula, and activists blockading the site clashed "
        "with police trying to reach it. Ukrainian police said two pylons near Chonhar had "
        "been damaged by explosives and two more by gunfire over the weekend. Crimean Tatar "
        "activists and members of nationalist groups, who have blockaded the crossings into "
        "Crimea since September, scuffled with riot police and prevented repair crews from "
        "approaching, an interior ministry official said. Several officers were hurt. Ukraine's "
        "grid operator said the damage had forced the Zaporizhzhia nuclear power plant to cut "
        "output at two reactors because it could no longer send power south. Russia declared a "
        "state of emergency in Crimea and Prime Minister Dmitry Medvedev called the attacks "
        "sabotage. Kyiv said it was investigating.",
        "E U",
        "sabotage",
    ),
    (
        "Drone attack damages transformer at Novovoronezh nuclear plant",
        "A Ukrainian drone attack damaged a transformer at the Novovoronezh nuclear power plant "
        "in Russia's Voronezh region overnight and forced one of its units to reduce power, the "
        "plant's operator said on Friday. Rosenergoatom said air defences had shot down three "
        "drones over the site and that debris from one of them had hit the transformer of unit "
        "6, but that the reactor was operating safely and radiation levels were normal. Governor "
        "Alexander Gusev said 11 drones were shot down over the region during the night, and "
        "that a house in the town of Novovoronezh had caught fire. Russia's Defence Ministry said "
        "it had downed 93 drones over a dozen regions. Moscow has repeatedly accused Kyiv of "
        "targeting its nuclear facilities, and Rosatom chief Alexei Likhachev called the attack "
        "“reckless”. Ukraine did not comment. The IAEA said it had been informed by the Russian "
        "side and was seeking more information.",
        "E M",
        "drone_strike",
    ),
    (
        "Khmelnytskyi plant loses lines as overnight strikes hit western substations",
        "Russia's overnight barrage of missiles and drones on western Ukraine cut two of the "
        "power lines serving the Khmelnytskyi nuclear power plant and forced both of its "
        "reactors to reduce output, Energoatom said on Saturday. Regional authorities said a "
        "substation near Netishyn was hit by a Shahed drone at about 4 a.m., starting a fire "
        "that burned for several hours, and that a man was wounded by debris in a nearby "
        "village. The International Atomic Energy Agency said it was the fourth time this winter "
        "that a Ukrainian plant had lost external connections as a result of attacks on the "
        "grid. “Every such attack brings us closer to the edge,” Director General Rafael Grossi "
        "said in a statement. Ukraine's air force said it had intercepted 41 of the 58 drones "
        "and 6 of the 12 missiles launched. Scheduled blackouts of up to 16 hours were announced "
        "in the Khmelnytskyi and Rivne regions as temperatures dropped below minus 15 C.",
        "E M H",
        "missile_strike",
    ),
    (
        "Russian troops fire shots and stun grenades to break up Enerhodar rally",
        "Russian soldiers fired into the air and threw stun grenades to disperse a rally in "
        "Enerhodar on Saturday, injuring at least four people, Ukraine's state nuclear company "
        "said. Several hundred residents, many of them workers from the nearby Zaporizhzhia "
        "nuclear plant, had gathered in the town's central square with Ukrainian flags to "
        "protest against the occupation and the detention of the deputy mayor. Video shared by "
        "residents showed people scattering as explosions rang out and armed men in balaclavas "
        "dragging away at least two young men. Energoatom said several protesters had been "
        "detained and that soldiers were searching homes. The town's exiled mayor, Dmytro "
        "Orlov, said the occupiers were trying to break the will of the plant's staff. The IAEA "
        "said it had been informed that plant workers were under increasing stress. Russian "
        "officials did not comment on the rally.",
        "U V",
        "crackdown",
    ),
]

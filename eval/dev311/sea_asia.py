"""dev311 items: the South China Sea, the Sulu and Andaman seas, the Arabian Sea, the North Sea
and the seafarers' own news (abandonment, crew changes, ferries)."""

from _wrap import item

item(
    "Chinese coast guard boards Philippine boats at Second Thomas Shoal",
    """Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats
    resupplying the grounded warship Sierra Madre at {{Second Thomas Shoal}} on Monday, injuring
    [[eight Filipino sailors|injured;a=the Armed Forces of the Philippines]], the Armed Forces
    of the Philippines said. [[One sailor|injured]] lost a thumb. The Chinese crews came in
    [[eight rigid-hulled boats|other;a=the military;alt=the Armed Forces of the Philippines]]
    and seized [[seven rifles|other;a=the military;alt=the Armed Forces of the Philippines]],
    the military said. China's coast guard said it had taken "lawful measures" against
    [[two Philippine boats|other;a=China's coast guard]] that intruded into its waters. The
    Sierra Madre has been held since {{1999}} by [[about a dozen marines|combatants]], who
    depend on the missions for food and water.""",
)

item(
    "Philippines says 200 Chinese militia ships at Whitsun Reef",
    """[[More than 200 Chinese vessels|other;u=other;a=the Philippine coast guard]] believed to
    be manned by maritime militia were anchored at Whitsun Reef on Sunday, the Philippine coast
    guard said after a surveillance flight. The coast guard has sent
    [[two patrol ships|other;a=spokesman Jay Tarriela]] to the area,
    spokesman Jay Tarriela said. [[About 30 Filipino fishing boats|other;u=other]] normally work
    the reef at this time of year, but fishermen said they had been chased away. Filipino
    fishermen's group Pamalakaya said [[some 600 fishermen|civilians;a=Filipino fishermen's
    group Pamalakaya]] in Palawan had lost their income. The reef lies about {{175 nautical
    miles}} west of Palawan, well inside the Philippines' {{200-nautical-mile}} exclusive
    economic zone. The navy has [[fewer than 10 ships|other;a=a navy spokesman]] able to patrol the area, a navy spokesman said. [[About 150 fishing families|civilians]] live in Kalayaan, the nearest Philippine town. [[Tens of thousands of fishermen|civilians;a=the Philippine fisheries bureau]] depend on the Spratlys' fishing grounds, the Philippine fisheries bureau says.""",
)

item(
    "Vietnamese fishermen beaten near the Paracels",
    """[[Ten Vietnamese fishermen|injured;a=the Quang Ngai fisheries association]] were beaten
    with iron bars by men from a Chinese vessel near the Paracel Islands on Sunday, the Quang
    Ngai fisheries association said. [[Four of them|injured;n=-]] suffered broken bones. [[About 40
    men|combatants;a=the fishermen]] boarded the boat and took its catch and equipment, the
    fishermen said. The association has given [[300 fishing households|aid;a=The association]]
    emergency support this year after similar raids. Vietnam's foreign ministry protested to
    Beijing. China, which seized the Paracels from South Vietnam in {{1974}}, said its law
    enforcement had acted against [[one boat|other;a=China]] fishing illegally. Vietnamese state media said [[more than 60 boats|other;a=Vietnamese state media]] had been attacked this year.""",
)

item(
    "Abu Sayyaf frees 10 Indonesian tugboat crew",
    """Abu Sayyaf militants freed [[10 Indonesian sailors|kidnapped;a=Indonesia's foreign
    minister]] held in the southern Philippines for more than a month, Indonesia's foreign
    minister said on Sunday. The men had been seized from the tugboat {{Brahma 12}} and a barge
    in the Sulu Sea in {{March}}. [[Another four Indonesian crew|kidnapped]] abducted
    from a {{second}} tug in {{April}} are still held. The Philippine military says the group has
    [[about 400 fighters|combatants;a=The Philippine military]] on Sulu and Basilan. Indonesia
    has banned coal barges from sailing to the Philippines, stranding [[more than 100 vessels|
    other;u=other;a=Indonesian shipowners]] in port, Indonesian shipowners said. The military said its troops had killed [[some 20 militants|killed;a=The military]] in operations on Sulu since the kidnapping, and that [[two of the freed sailors|injured;a=The military]] had been hurt.""",
)

item(
    "Singapore Strait robberies hit a decade high",
    """Robbers boarded [[45 ships|other;a=ReCAAP]] in the Singapore Strait in the {{first half}} of
    the year, the most in a decade, the regional anti-piracy centre ReCAAP said. In most cases
    [[four to six men|combatants;a=the centre;alt=ReCAAP]] armed with knives climbed aboard
    large bulk carriers at night, the centre said. [[Two crew members|injured]] were hurt.
    Indonesian marine police arrested [[eight suspects|arrested;a=police]] on Batam island last
    month, police said. Ships pass through the strait at speeds of about {{12 knots}}. The Singapore navy said it had added [[six more vessels|other;u=other;a=The Singapore navy]] to its patrols. ReCAAP counted [[fewer than 30 incidents|other;u=other;a=ReCAAP]] in the same period of {{2021}}.""",
)

item(
    "Around 180 Rohingya feared dead after boat sinks",
    """[[About 180 Rohingya|missing;a=the UN refugee agency]] are feared dead after their boat
    was lost in the Andaman Sea during a storm, the UN refugee agency said on Sunday. The boat had
    left Bangladesh's Cox's Bazar camps in late {{November}}. Separately,
    [[185 refugees|displaced;a=Indonesian officials]] landed in Aceh on Monday, Indonesian
    officials said, among them [[83 children|displaced;a=Indonesian officials]]. UNHCR said
    [[more than 3,500 Rohingya|displaced;a=UNHCR]] had tried to cross the sea this year, up
    from [[700|displaced;a=UNHCR]] the year before. A temporary shelter at Lhokseumawe, with
    [[space for 300|capacity]], was already full. UNHCR expects [[more than 4,000|displaced;p;a=UNHCR]] to attempt the crossing next season.""",
)

item(
    "Students storm Rohingya shelter in Banda Aceh",
    """[[Hundreds of students|other;a=police]] stormed a convention hall in Banda Aceh on Wednesday and
    forced [[137 Rohingya refugees|displaced;a=police]] onto trucks, police said. The refugees,
    among them [[about 40 families|displaced]], were moved to the provincial immigration office.
    The hall, with [[space for about 200|capacity]], had been used since the boats arrived last
    month. UNHCR said it had handed out [[400 blankets|aid;a=UNHCR]] and
    [[150 hygiene kits|aid;a=UNHCR]] to those moved. The agency said it was "deeply disturbed" by
    the attack.""",
)

item(
    "Record number of seafarers abandoned, ITF says",
    """[[A record 3,133 seafarers|civilians;a=the International Transport Workers' Federation]]
    were abandoned by shipowners on [[312 vessels|other;u=other;a=the International Transport
    Workers' Federation]] last year, the International Transport Workers' Federation said. The
    union recovered {{$20m}} in unpaid wages and helped to send home
    [[more than 1,000 crew members|returned;a=The union;alt=the International Transport Workers'
    Federation]], it said. [[About 50 crew|civilians]] remain stranded on ships off the
    United Arab Emirates. Its inspectors delivered food and water to
    [[40 seafarers|aid;a=the union;alt=the International Transport Workers' Federation]] on
    [[four tankers|other;a=the union;alt=the International Transport Workers' Federation]] this month, the union said. Most abandoned crews are from India,
    Syria and the Philippines. An abandoned ship typically has [[between 10 and 20 crew|civilians]] on board.""",
)

item(
    "IMO warns of crew-change crisis at sea",
    """[[As many as 400,000 seafarers|civilians;a=the International Maritime Organization]] are
    stranded at sea because of coronavirus travel rules, unable to leave their ships, the
    International Maritime Organization said. A similar number are stuck at home, unable to join
    ships and earn wages. Secretary-General Kitack Lim said [[only 13 countries|other;u=other;
    a=Secretary-General Kitack Lim]] had declared seafarers key workers. Some crews have been
    aboard for more than {{17 months}}. The Mission to Seafarers said it had handed out
    [[5,000 phone cards|aid;a=The Mission to Seafarers]] so crews could call home. Airlines
    will fly [[about 20,000 seafarers|returned;p;a=industry groups]] home under a special
    scheme, industry groups said. The IMO said [[about 150,000 seafarers a month|other;a=The IMO]] needed to be changed over to keep ships running safely.""",
)

item(
    "Drone strikes tanker off Indian coast",
    """A drone struck the chemical tanker Chem Pluto about {{200 nautical miles}} off the Indian
    coast on Saturday, starting a fire that the crew put out, the Indian navy said. The
    ship's [[21 Indian crew members|civilians]] and
    [[one Vietnamese|civilians]] were unhurt. The Pentagon said the drone had
    been fired from Iran, which Tehran denied. The Indian navy later deployed
    [[more than 10 warships|other;u=other;a=navy officials]] to the Arabian Sea, navy officials
    said, and its boarding teams checked [[more than 250 vessels|other;u=other;a=navy
    officials]] in the following weeks. The navy said [[about 2,500 sailors|combatants;a=The navy]] were taking part in the operation, and that [[three other ships|other;a=The navy]] had reported drones overhead that week.""",
)

item(
    "Two Chinese fishermen die fleeing Taiwan coast guard near Kinmen",
    """[[Two Chinese fishermen|killed;a=Taiwan's coast guard]] died after their speedboat
    capsized while being chased by a patrol boat near Kinmen on Wednesday, Taiwan's coast guard
    said. [[The two others|arrested]] on board were pulled from the water and detained. The
    speedboat had entered restricted waters {{1.1 nautical miles}} off Kinmen. Days later,
    [[four Chinese coast guard ships|other;a=Taiwan's coast guard administration]] entered the
    restricted waters, Taiwan's coast guard administration said. China said it would step up
    patrols around the island, which lies {{3 km}} from Xiamen. Taiwan's coast guard said it had detained [[more than 20 Chinese fishing boats|other;u=other;a=Taiwan's coast guard]] near Kinmen this year. [[The two survivors|returned;p;a=Kinmen prosecutors]] will be sent back to China after questioning, Kinmen prosecutors said. Kinmen is home to [[about 140,000 people|civilians]].""",
)

item(
    "One missing after tanker and cargo ship collide in North Sea",
    """[[One crew member|missing;a=HM Coastguard]] of the container ship Solong is missing,
    presumed dead, after it struck the anchored tanker Stena Immaculate off the Yorkshire coast
    on Monday, HM Coastguard said. [[Thirty-six crew|other]] from both ships were brought
    ashore at Grimsby by lifeboats and a passing vessel. [[One person|injured]] was taken to
    hospital. Rescuers sent [[four lifeboats|other;u=other]] and [[two helicopters|other]]. The
    tanker was carrying jet fuel for the US military. The Solong's captain, a Russian national
    aged {{59}}, was arrested on suspicion of gross negligence manslaughter. Stena Bulk said [[all 23 crew|civilians;a=Stena Bulk]] of its tanker were accounted for.""",
)

item(
    "Ferry fire off Basilan kills 31",
    """[[At least 31 people|killed;a=the Philippine coast guard]] died when a fire swept through
    the passenger ferry {{Lady Mary Joy 3}} off Basilan island overnight, the Philippine coast
    guard said. [[More than 230|other;a=rescuers]] were pulled from the sea by the navy and
    fishermen, rescuers said. [[Seven|missing]] are still missing. The ferry was licensed to carry
    [[430 passengers|capacity]]. The social welfare department handed out
    [[180 food packs|aid;u=other]] to survivors in Isabela City. Several passengers were not on
    the manifest, officials said. The ferry had [[at least 250 people|civilians]] on board, more than the manifest showed.""",
)

item(
    "Baltimore ship's crew still aboard weeks after bridge collapse",
    """[[The 21 crew|civilians;a=the ship's manager]] of the container ship Dali remain on board
    {{six weeks}} after it struck and brought down the Francis Scott Key Bridge in Baltimore, the
    ship's manager said. The collision killed [[six road workers|killed]] who were filling
    potholes on the bridge. [[Two others|other]] were rescued from the Patapsco River. Salvage
    crews have removed [[more than 180 containers|other;a=the Unified Command]] from the ship's bow, the Unified
    Command said. The crew, [[20 Indians|civilians]] and [[one Sri Lankan|civilians;n=Sri Lankan]], have not
    been allowed ashore because they lack visas.""",
)

item(
    "Sri Lankan navy arrests 22 Indian fishermen",
    """The Sri Lankan navy arrested [[22 Indian fishermen|arrested;a=a navy spokesman]] and seized
    [[three trawlers|other;u=other;a=a navy spokesman]] off Delft island on Sunday for fishing in
    Sri Lankan waters, a navy spokesman said. The men, from Rameswaram, will be produced before
    a magistrate in Jaffna. Tamil Nadu fishermen's leaders said
    [[more than 140 fishermen|arrested;a=Tamil Nadu fishermen's leaders]] were now held in Sri
    Lankan jails and [[about 200 boats|other;a=Tamil Nadu fishermen's leaders]] impounded.
    [[One fisherman|killed]] died last month when his boat collided with a navy patrol craft, and
    [[two others|missing]] are still missing. [[Twelve fishermen|returned]] released by a
    Jaffna court flew home to Chennai on Friday. [[About 300 fishing families|civilians;a=the fishermen's association]] in
    Rameswaram have lost their only boat, the fishermen's association says. Chief Minister
    MK Stalin has asked New Delhi to secure the release of all those held.""",
)

item(
    "China coast guard rule allows detentions at sea",
    """China's coast guard may detain foreigners it accuses of trespassing in waters it claims
    for up to {{60 days}} without trial under rules that took effect on {{15 June}}. The rules
    apply across the {{nine-dash line}}, which covers about {{90%}} of the South China Sea.
    Philippine officials said fishing boats would keep working the area. About {{a third}} of
    global shipping passes through the sea, worth some {{$3 trillion}} a year.""",
)

item(
    "Malacca Strait traffic rises to record",
    """Vessel transits through the Strait of Malacca rose {{6%}} last year to a record, the
    Malaysian Marine Department said, as ships avoided the Red Sea. The strait is about
    {{2.7 km}} wide at its narrowest point, in the Phillips Channel. Ships of up to {{25 metres}}
    draught must keep to a speed of {{12 knots}}. Traffic is expected to grow about {{3%}} a
    year until {{2030}}.""",
)

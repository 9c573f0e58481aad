"""eval/dev75 positives: the Black Sea and the air war around Ukraine (ports, grain terminals, sea
drones, warships, mines, refineries and airfields hit, shootdowns, cross-border shelling, rail
sabotage).
"""

POSITIVES = [
    (
        "Russian missiles hit Odesa grain terminals after deal collapses",
        "Russian missiles and drones hit grain terminals and port infrastructure in Odesa and "
        "Chornomorsk for a second night, destroying about 60,000 tonnes of grain waiting for "
        "export, Ukraine's agriculture minister said on Wednesday. The attacks came days after "
        "Moscow pulled out of the deal that had allowed Ukraine to ship grain across the Black "
        "Sea. At least 12 port workers were injured.",
        "E",
        "missile strikes",
    ),
    (
        "Drones strike Danube port of Izmail across river from Romania",
        "Russian drones struck the Ukrainian Danube port of Izmail overnight, damaging grain "
        "silos and a passenger terminal and injuring two port employees, regional officials said. "
        "Romania, whose territory lies a few hundred metres away across the river, condemned the "
        "attack. Izmail had become Ukraine's main export route since Russia's blockade of the "
        "seaports.",
        "E",
        "drone strike",
    ),
    (
        "Ukrainian sea drones sink Russian landing ship off Crimea",
        "Ukraine's military intelligence said on Wednesday its naval drones had sunk the Russian "
        "landing ship Caesar Kunikov off the southern coast of Crimea, releasing night-time "
        "footage of several uncrewed boats striking its hull before it rolled over. Russia's "
        "defence ministry did not comment. It was the third Russian warship Ukraine said it had "
        "destroyed in the Black Sea in a month.",
        "E M",
        "sea drone attack",
    ),
    (
        "Couple killed as sea drones hit Crimean bridge",
        "Two people were killed and their daughter injured when a section of the road bridge "
        "linking Crimea to Russia was damaged in an attack before dawn on Monday, Russian "
        "officials said. Russia's anti-terrorism committee said Ukraine had used two uncrewed "
        "surface vessels and opened a terrorism case. Traffic on the bridge was halted.",
        "E T",
        "sea drone attack",
    ),
    (
        "Missiles strike Black Sea Fleet headquarters in Sevastopol",
        "Ukrainian missiles hit the headquarters of Russia's Black Sea Fleet in Sevastopol on "
        "Friday, setting the historic building ablaze, according to video posted by residents and "
        "the Russian-installed governor. Moscow said one serviceman was missing after the attack, "
        "which Kyiv said had been timed to a meeting of the fleet's commanders. Air defences "
        "downed five missiles, Russia said.",
        "E M",
        "missile strike",
    ),
    (
        "Russian flagship Moskva sinks after Ukraine says it hit it with missiles",
        "The Moskva, the flagship of Russia's Black Sea Fleet, sank on Thursday while being towed "
        "to port after a fire and an explosion of ammunition, Russia's defence ministry said. "
        "Ukraine said it had struck the cruiser with two Neptune anti-ship missiles. Moscow said "
        "the crew had been evacuated but gave no casualty figures.",
        "E",
        "missile strike",
    ),
    (
        "Missile hits civilian container ship in Odesa port, killing four",
        "A Russian ballistic missile struck a civilian container ship loading cargo in the port "
        "of Odesa on Wednesday, killing four people and injuring five, Ukraine's navy said, the "
        "second such hit in a week. The St Kitts and Nevis-flagged vessel had been about to leave "
        "the harbour. The regional governor said there were no military targets in the port.",
        "E",
        "missile strike",
    ),
    (
        "Bulk carrier hits sea mine off Odesa, two crew hurt",
        "A Panama-flagged bulk carrier that had come to load grain struck a sea mine off the "
        "Odesa coast on Thursday, damaging its hull and injuring two crew, Ukraine's southern "
        "military command said. It said the mine had been laid by Russian forces. The ship stayed "
        "afloat and was towed into port.",
        "E",
        "sea mine",
    ),
    (
        "Drones attack Russian naval base at Novorossiysk, warship damaged",
        "A Ukrainian sea drone packed with explosives struck a Russian landing ship at the naval "
        "base in Novorossiysk overnight, leaving it listing heavily, Ukraine's security service "
        "said. Russia's defence ministry said two uncrewed boats had been destroyed in the "
        "harbour, while the nearby oil terminal briefly halted loadings.",
        "E",
        "sea drone attack",
    ),
    (
        "Ukrainian drones set refinery in Ryazan on fire",
        "Ukrainian drones hit a refinery in Russia's Ryazan region for the second time in a "
        "month, setting fire to a crude distillation unit, the regional governor said on "
        "Saturday. One worker was injured by debris. A source in Ukraine's security service said "
        "the strike was part of a campaign against refineries that supply the Russian army.",
        "E M",
        "drone strike",
    ),
    (
        "Drones smuggled in trucks hit Russian bombers at distant airbases",
        "Ukraine said drones launched from trucks parked near four airfields across Russia, "
        "including one in Siberia, struck more than 40 strategic bombers and other aircraft on "
        "Sunday, in an operation its security service said had taken 18 months to prepare. "
        "Russia's defence ministry said fires broke out at several airbases and that some people "
        "had been detained.",
        "E M",
        "drone strikes",
    ),
    (
        "Ukrainian special forces retake gas platforms off Crimea",
        "Ukrainian special forces said they had retaken several oil and gas drilling platforms in "
        "the Black Sea that Russia had seized in 2014, after a sea battle in which a Russian "
        "Su-30 fighter was hit. Video showed troops landing from boats and raising the Ukrainian "
        "flag. The platforms, known as the Boiko Towers, had been used by Russia to place radars.",
        "B M",
        "raid",
    ),
    (
        "Russian coast guard fires on Ukrainian navy boats in Kerch Strait",
        "Russian border guards fired on three Ukrainian naval vessels near the Kerch Strait on "
        "Sunday, injuring six sailors, and then seized the boats with their 24 crew, Ukraine's "
        "navy said. A Russian coast guard ship had earlier rammed a Ukrainian tug. Russia said "
        "the boats had illegally entered its waters; Ukraine declared martial law in border "
        "regions.",
        "B M",
        "naval clash",
    ),
    (
        "Ukrainian drones strike Engels airbase deep inside Russia",
        "Explosions hit the Engels airbase, home to Russia's strategic bombers, hundreds of "
        "kilometres from the Ukrainian border, after drones flew in at low altitude, Russian "
        "officials said. Three servicemen were killed by falling debris, the defence ministry "
        "said, adding that the drones had been shot down. It was the second attack on the base in "
        "a month.",
        "E",
        "drone attack",
    ),
    (
        "Russian troops pull off Snake Island after days of strikes",
        "Russia withdrew its troops from Snake Island in the Black Sea on Thursday, calling it a "
        "goodwill gesture, after Ukraine had struck its air defence systems and supply boats on "
        "the rocky outcrop with artillery, missiles and drones for weeks. Ukraine's military said "
        "it had driven them out and that the island was on fire.",
        "E B",
        "island battle",
    ),
    (
        "Sea drones strike two shadow-fleet tankers off Turkey",
        "Two oil tankers sanctioned for carrying Russian crude were set on fire by explosions off "
        "Turkey's Black Sea coast, and a source in Ukraine's security service said they had been "
        "hit by sea drones. Turkish rescue teams took off all the crew of both ships. Turkey's "
        "transport minister said the blasts appeared to have come from outside the hulls.",
        "E M",
        "sea drone attack",
    ),
    (
        "Spy plane shot down over Sea of Azov, Ukraine says",
        "Ukraine's military said its air defence had shot down a Russian A-50 airborne early "
        "warning aircraft and an Il-22 command plane over the Sea of Azov on Sunday, calling it a "
        "well-planned operation. Russian military bloggers confirmed the loss of the A-50, whose "
        "crew of about ten is believed to have been killed.",
        "E M",
        "shootdown",
    ),
    (
        "Drones hunt civilians crossing the Dnipro near Kherson",
        "Russian drones dropped explosives on a boat carrying residents across the Dnipro river "
        "from Kherson, killing two people and injuring three, the regional administration said, "
        "adding that the boat was clearly civilian. Officials said Russian drone operators on the "
        "occupied left bank had been hunting people in the streets and on the water for weeks.",
        "E V",
        "drone attack",
    ),
    (
        "Airliner shot down over eastern Ukraine, 298 dead",
        "A Malaysia Airlines Boeing 777 flying from Amsterdam to Kuala Lumpur was shot down over "
        "the conflict zone in eastern Ukraine on Thursday, killing all 298 people aboard, "
        "Ukrainian officials said. Kyiv blamed Russian-backed separatists, who denied it. "
        "Wreckage and bodies were scattered over fields near the village of Hrabove.",
        "E",
        "shootdown",
    ),
    (
        "Polish and NATO jets shoot down Russian drones over Poland",
        "Polish and allied aircraft shot down drones that crossed into Poland during a Russian "
        "attack on western Ukraine overnight, the Polish military said, the first time NATO "
        "members had fired on Russian assets over alliance territory. Airports in Warsaw and "
        "Rzeszow were closed, and debris damaged a house in a village in the east. Poland asked "
        "NATO to hold consultations.",
        "E M",
        "shootdown",
    ),
    (
        "Turkey shoots down Russian warplane near Syrian border",
        "Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border on Tuesday, saying "
        "it had violated Turkish airspace ten times in five minutes despite warnings. One of the "
        "two pilots was shot dead by Syrian rebels as he parachuted down, and a Russian marine "
        "was killed during the rescue operation. Moscow called it a stab in the back.",
        "E M B",
        "shootdown",
    ),
    (
        "Azerbaijan Airlines jet hit by Russian air defence before crash",
        "An Azerbaijan Airlines passenger jet that crashed in Kazakhstan on Wednesday, killing 38 "
        "people, had been hit by a Russian air defence missile over Grozny as drones were "
        "attacking the area, Azerbaijani officials said. The damaged plane was denied permission "
        "to land and flew across the Caspian Sea before it came down near Aktau. Twenty-nine "
        "people survived.",
        "E",
        "shootdown",
    ),
    (
        "Russian shelling forces families out of Sumy border villages",
        "Russian artillery and guided bombs struck more than a dozen villages along the Sumy "
        "region's border overnight, killing a woman and damaging homes, regional officials said. "
        "Authorities ordered the mandatory evacuation of another 11 settlements, and buses took "
        "about 200 residents, many of them elderly, to shelters in Sumy.",
        "E D",
        "cross-border shelling",
    ),
    (
        "Shelling from Ukraine kills two in Russia's Belgorod, residents evacuated",
        "Shelling and drone attacks on Belgorod and nearby border villages killed two civilians "
        "and wounded 15 on Saturday, the regional governor said, blaming Ukrainian forces. About "
        "300 residents of Shebekino were moved to temporary accommodation further from the "
        "border. Russia's defence ministry said it had repelled an incursion attempt.",
        "E D",
        "cross-border shelling",
    ),
    (
        "Train derails after blast on Russian rail line near Ukraine",
        "A freight train carrying fuel derailed after an explosive device went off under the "
        "track in Russia's Bryansk region on Monday, setting several tank cars on fire, regional "
        "officials said. No one was hurt. Investigators opened a criminal case for a terrorist "
        "act, the second on the line in a week.",
        "E T",
        "rail sabotage",
    ),
    (
        "Truck bomb damages Crimean bridge",
        "An explosion tore through the road bridge linking Crimea to Russia early on Saturday, "
        "collapsing two sections of the roadway and setting fuel tanker wagons on a train "
        "alongside it on fire, Russian officials said. Three people were killed. Russia's "
        "investigators said a truck bomb had caused the blast and called it a terrorist attack "
        "organised by Ukrainian special services.",
        "E T",
        "bombing",
    ),
    (
        "Ukrainian drone boats attack tanker at Russian oil port",
        "A tanker moored at the oil terminal in Tuapse was damaged by explosions after Ukrainian "
        "sea drones attacked the port overnight, the terminal's operator said, suspending "
        "loadings. The crew was not injured. Russia said its forces had destroyed several "
        "uncrewed boats approaching the harbour.",
        "E",
        "sea drone attack",
    ),
]

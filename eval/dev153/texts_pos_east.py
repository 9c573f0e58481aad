"""dev153 positives (1 of 3): Ukraine and Poland, the war and its strikes, evacuations
and the sabotage and drones that cross into Poland (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russian guided bombs hit Kharkiv hardware hypermarket on Saturday "
        "afternoon, killing at least 12",
        "Russian forces struck a large home-improvement hypermarket in Kharkiv with "
        "two guided aerial bombs on the afternoon of May 25, killing at least 12 "
        "people and injuring 43, Governor Oleh Syniehubov said. Around 200 people, "
        "many of them families doing their weekend shopping, are believed to have "
        "been inside when the bombs hit. A fire quickly spread across more than "
        "10,000 square metres of the building, and thick black smoke could be seen "
        "from across the city. Rescue workers were still searching the charred "
        "shell late into the night, and 16 people remained unaccounted for, "
        'Interior Minister Ihor Klymenko said. "This is another manifestation of '
        'Russian madness," President Volodymyr Zelensky wrote on social media, once '
        "again asking partners for more air defence systems. Kharkiv, Ukraine's "
        "second-largest city, lies about 30 kilometres from the Russian border and "
        "has faced near-daily glide bomb attacks since Russia opened a new "
        "offensive in the region earlier this month. Glide bombs, Soviet-era "
        "munitions fitted with wings and satellite guidance, are released by "
        "aircraft flying over Russian territory and are almost impossible to "
        "intercept. The hypermarket, part of the Epicentr chain, had reopened only "
        "last year after repairs to damage from an earlier strike. Mayor Ihor "
        "Terekhov said the city had no military facilities anywhere near the "
        'shopping area. "People came to buy paint and seedlings for their gardens, '
        'and now we are collecting their remains," he told reporters at the scene. '
        "Prosecutors opened a war crimes investigation.",
        "E V",
        "glide bomb strike",
    ),
    (
        "Odesa hit by massive drone attack overnight: port terminal and energy facility ablaze",
        "Russian forces attacked Odesa with attack drones overnight on 17 March, "
        "damaging port infrastructure and an energy facility in the city, Odesa "
        "Oblast Governor Oleh Kiper reported. Air defence units shot down most of "
        "the Shahed-type drones over the region, but debris and direct hits started "
        "fires at a grain terminal and at an electrical substation. Two employees "
        "of the terminal were injured and taken to hospital in a moderate "
        "condition. Several residential buildings in the Prymorskyi district had "
        "their windows blown out, Kiper said. Almost 50,000 households in the city "
        "were left without power in the morning, and DTEK said repair crews would "
        "begin work as soon as the air-raid alert was lifted. Odesa's ports have "
        "been among Russia's most frequent targets since Moscow pulled out of the "
        "Black Sea grain deal in 2023. Ukrainska Pravda's sources in the Navy said "
        "the drones had been launched from occupied Crimea and from "
        "Primorsko-Akhtarsk in Russia. The Ukrainian Air Force said that in total "
        "Russia launched 112 drones across the country overnight, of which 73 were "
        'downed and 31 were "lost" to electronic warfare.',
        "E",
        "drone attack",
    ),
    (
        "Russia throws fresh waves of troops at Avdiivka as Ukraine reports heavy "
        "losses among attackers",
        "Russian forces launched a new wave of assaults on Avdiivka in Donetsk "
        "Oblast over the past 24 hours, attacking Ukrainian positions north and "
        "south of the town with armoured vehicles and infantry, the General Staff "
        "said on Tuesday. Ukrainian defenders repelled 23 attacks near Avdiivka, "
        "Stepove and Sieverne, according to the report. Vitalii Barabash, head of "
        "the Avdiivka city military administration, said the fighting around the "
        "coke plant, the town's largest industrial site, had turned into \"a meat "
        'grinder." Russian artillery and aircraft continued to pound the town, '
        "where about 1,300 civilians remain despite repeated calls to evacuate. "
        "Ukrainian officials say Russia has lost thousands of soldiers and hundreds "
        "of armoured vehicles since it began its push to encircle the town in "
        "October. The claims could not be independently verified. Analysts at the "
        "Institute for the Study of War said Russian troops had made marginal "
        "advances near the railway line north of Avdiivka but had failed to cut the "
        "main supply road. Avdiivka, which lies just north of occupied Donetsk, has "
        "been on the front line since 2014. Before the full-scale invasion it was "
        "home to about 32,000 people. Soldiers of the 110th Mechanized Brigade, "
        "which has held the town for more than a year, told the Kyiv Independent "
        "that Russian drones now watched every road into Avdiivka around the clock. "
        '"They send groups of five or six men at a time, and then another group, '
        'and then another," said a sergeant who goes by the call sign Skif. '
        "Ukrainian commanders have asked for more artillery shells, which are in "
        "short supply along the whole front.",
        "B E",
        "battle",
    ),
    (
        "Syrskyi: Ukrainian forces control 1,000 square kilometres of Russia's Kursk Oblast",
        "Ukraine's Commander-in-Chief Oleksandr Syrskyi has said that Ukrainian "
        "forces have taken control of about 1,000 square kilometres of Russia's "
        "Kursk Oblast since crossing the border a week ago. In a video of his "
        "report to President Volodymyr Zelensky, Syrskyi said the offensive was "
        "continuing and that fighting was taking place along the entire line of "
        "contact. Zelensky confirmed for the first time that the operation was "
        "aimed at \"pushing the war onto the aggressor's territory\". Russia's "
        "Defence Ministry said its troops had repelled attempts by Ukrainian mobile "
        "groups to break through towards several villages and were striking "
        "Ukrainian units with aircraft and artillery. The acting governor of Kursk "
        "Oblast, Alexei Smirnov, told Vladimir Putin that 121,000 people had been "
        "evacuated from border districts and that Ukrainian troops held 28 "
        "settlements. Neighbouring Belgorod Oblast announced the evacuation of the "
        "Krasnaya Yaruga district on Monday. Ukrainska Pravda's sources in the "
        "military said the units taking part included several air assault brigades. "
        "The incursion is the largest attack on Russian territory by a foreign army "
        "since the Second World War.",
        "B M D E",
        "cross-border offensive",
    ),
    (
        "Authorities order mandatory evacuation of children from Druzhkivka as "
        "Russian troops close in",
        "Ukrainian authorities have ordered the mandatory evacuation of families "
        "with children from Druzhkivka and five nearby villages in Donetsk Oblast, "
        "as Russian forces advance to within 15 kilometres of the town. Governor "
        "Vadym Filashkin said on Tuesday that 1,150 children were still living in "
        "the affected communities and urged parents to leave while the roads "
        "remained passable. Russian drones and guided bombs now hit the town almost "
        "daily, he said, and a strike on Sunday damaged the central hospital and a "
        'water pumping station. Police and volunteers from the "White Angels" unit '
        "have been going door to door in armoured vans to take out elderly and "
        "immobile residents. Evacuees are taken by bus and train to Pavlohrad and "
        "on to Dnipropetrovsk and Kyiv oblasts, where they are offered temporary "
        "housing and a one-off payment. Some residents told the Kyiv Independent "
        "they were reluctant to leave because they had nowhere to go and no money "
        'for rent. "I stayed through 2014 and I stayed through 2022, but now the '
        'drones hunt for cars on the road," said Liudmyla, a 63-year-old pensioner '
        "who boarded a train with her grandson. About 8,000 people remain in "
        "Druzhkivka out of a pre-war population of 55,000, according to the local "
        "military administration.",
        "D H E",
        "forced evacuation",
    ),
    (
        "Russian ballistic missiles hit central Sumy on Palm Sunday, killing 35",
        "Two Russian Iskander ballistic missiles struck the centre of Sumy on the "
        "morning of April 13 as residents headed to church for Palm Sunday, killing "
        "35 people, including two children, and injuring 117, Ukraine's State "
        "Emergency Service said. The first missile hit near a university conference "
        "centre, and the second exploded minutes later above a street crowded with "
        "people and a trolleybus, scattering shrapnel over several hundred metres. "
        "Acting Mayor Artem Kobzar declared three days of mourning in the city. "
        "Video from the scene showed bodies lying on the pavement beside burning "
        "cars. Russia's Defence Ministry claimed it had targeted a meeting of "
        'Ukrainian commanders, a claim Kyiv rejected as a lie. "Only scum could act '
        'like this," President Volodymyr Zelensky wrote, calling on the United '
        "States and Europe to respond. It was the deadliest attack on Ukrainian "
        "civilians this year. Sumy, just 30 kilometres from the Russian border, has "
        "been increasingly targeted by drones and guided bombs since Ukraine's "
        "incursion into neighbouring Kursk Oblast. The city's university said "
        "several students were among the dead. Hospitals in Sumy called on "
        "residents to donate blood.",
        "E V",
        "missile strike",
    ),
    (
        "Explosion on Warsaw-Lublin railway line was an act of sabotage, says Tusk",
        "An explosive device detonated on the railway line between Warsaw and "
        "Lublin over the weekend was a deliberate act of sabotage, Prime Minister "
        "Donald Tusk told parliament on Monday. The blast near the village of Mika, "
        "in Masovia, destroyed a section of track on a line used to carry aid to "
        "Ukraine, and a passenger train carrying 475 people had to brake sharply "
        "after damage was spotted further along the route near Puławy. No one was "
        'injured. "The explosion was most likely intended to cause the derailment '
        'of a train," Tusk said, adding that the perpetrators were two Ukrainian '
        "citizens working for Russian intelligence who had crossed into Belarus "
        'after the attack. Prosecutors have opened an investigation into "acts of '
        'sabotage of a terrorist nature" carried out on behalf of foreign '
        "intelligence, which carry a possible life sentence. Railway operator PKP "
        "PLK said traffic on the line had been restored on one track. Poland has in "
        "the last two years accused Russia of being behind a string of arson "
        "attacks and sabotage plots, including the fire that destroyed the "
        "Marywilska shopping centre in Warsaw in 2024. Defence Minister Władysław "
        "Kosiniak-Kamysz said soldiers would be deployed to protect critical "
        "railway infrastructure.",
        "T E",
        "sabotage",
    ),
    (
        "Polish and allied jets shoot down Russian drones over Poland during attack on Ukraine",
        "Polish and allied aircraft shot down several Russian drones that entered "
        "Polish airspace overnight during a massive Russian attack on western "
        "Ukraine, the Polish armed forces' Operational Command said on Wednesday "
        "morning. It was the first time Poland, or any NATO member, had fired on "
        "Russian targets over its own territory since the start of the full-scale "
        "invasion of Ukraine. Prime Minister Donald Tusk told parliament there had "
        "been 19 violations of Polish airspace and that at least three drones had "
        "been destroyed by Polish F-35s and by Dutch and Italian aircraft. Debris "
        "was found in more than a dozen places in the Lublin and Podkarpackie "
        "provinces, and the roof of a house in the village of Wyryki was destroyed, "
        "although no one was hurt; four airports, including Warsaw Chopin, were "
        'temporarily closed. Tusk said the situation had brought Poland "closer to '
        'open conflict than at any time since World War Two," and Warsaw formally '
        "requested consultations with its allies under Article 4 of the NATO "
        "treaty. Russia's defence ministry said it had not intended to hit any "
        "targets in Poland. The Belarusian military said some drones had strayed "
        "into Polish territory after their navigation was jammed.",
        "E M",
        "drone shootdown",
    ),
]

"""dev22 texts: positives, batch 2 (Ukraine, Russia, the Caucasus, Central Asia, Europe).

POSITIVES = [(title, text, tag codes, kind), ...]
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives, batch 2 (Ukraine, Russia, the Caucasus, Central Asia, Europe)
    (
        "Okhmatdyt children's hospital hit in daytime barrage on Kyiv",
        "Part of Ukraine's largest children's hospital collapsed during a Russian missile attack that killed dozens across the country. Young patients on drips were carried into the street.",
        "E V H",
        "missile_attack",
    ),
    (
        "Drone attack sets Odesa port warehouses ablaze",
        "Grain stores and a port building caught fire after overnight drone strikes on Odesa, the regional governor said; two workers were injured.",
        "E",
        "drone_strike",
    ),
    (
        "Ukrainian drones hit oil refinery in Russia's Ryazan region",
        "A fire broke out at the plant after what the Russian governor called a massive drone attack.",
        "E",
        "drone_strike",
    ),
    (
        "Russia evacuates border districts as Ukrainian armour crosses into Kursk",
        "Ukrainian units have advanced several kilometres beyond the frontier, and thousands of Russian residents are being moved to Kursk city and further east.",
        "M B D",
        "ground_incursion",
    ),
    (
        "Russian troops cross border in new offensive north of Kharkiv",
        "Russian units attacked along a broad front near Vovchansk, and nearly 10,000 people have been evacuated from border villages, regional officials said.",
        "B M D",
        "offensive",
    ),
    (
        "Russia says it has taken Avdiivka after months of fighting",
        "Ukraine's army chief said his troops had withdrawn to new defensive lines to avoid encirclement in the ruined eastern town.",
        "B",
        "battle",
    ),
    (
        "Bakhmut: Wagner fighters press assault on last Ukrainian-held districts",
        "Ukrainian commanders describe constant street fighting in the west of the city. Russian artillery is pounding the roads used to bring in supplies.",
        "B E",
        "battle",
    ),
    (
        "Families with children ordered to leave villages near Kupiansk",
        "Regional authorities in Kharkiv ordered the evacuation of 37 settlements as Russian shelling around the town grew heavier.",
        "D E",
        "displacement",
    ),
    (
        "Glide bomb hits busy Kharkiv hardware store",
        "At least 12 people were killed when the bomb struck the shopping centre on a Saturday afternoon. Rescuers searched the burning building for the missing.",
        "E V",
        "airstrike",
    ),
    (
        "Missiles hit Sumy city centre as residents went to church",
        "Two ballistic missiles struck a street crowded with people on Palm Sunday, killing 34, Ukraine's emergency service said.",
        "E V",
        "missile_attack",
    ),
    (
        "Rocket strike on Kramatorsk station crowded with evacuees",
        "Thousands of people were waiting for trains to the west when the rocket hit, local officials said. At least 50 were killed.",
        "E V D",
        "missile_attack",
    ),
    (
        "Shelling near Zaporizhzhia nuclear plant knocks out external power",
        "The IAEA said the plant was running on diesel generators after the last power line was cut by shelling.",
        "E",
        "shelling",
    ),
    (
        "UN convoy brings food to front-line Siversk",
        "Trucks carried food, hygiene kits and solar lamps to about 2,000 people who remain in the town under regular shelling, OCHA said.",
        "H",
        "humanitarian",
    ),
    (
        "Heavy artillery fire around Debaltseve despite truce",
        "Separatists and Ukrainian forces exchanged fire around the railway hub on Sunday. OSCE monitors were refused entry to the town.",
        "B E",
        "battle",
    ),
    (
        "Blast damages Crimea bridge, fuel train set on fire",
        "Part of the road section collapsed into the sea after a truck exploded on Saturday morning, Russian officials said, blaming Ukraine's special services.",
        "E",
        "bombing",
    ),
    (
        "Artillery fire in Stepanakert as Baku announces 'anti-terrorist measures'",
        "Azerbaijan's defence ministry said it had begun a military operation in Nagorno-Karabakh. Armenian officials said civilians were among the dead.",
        "E M",
        "offensive",
    ),
    (
        "Hakari bridge: exodus from Karabakh passes 100,000",
        "Nearly the whole Armenian population of the region has left in a week since Azerbaijan's lightning offensive, Armenian officials said.",
        "D",
        "displacement",
    ),
    (
        "Stepanakert shelled as fighting spreads along Karabakh front",
        "Armenian and Azerbaijani forces fought with tanks, artillery and drones for a sixth day, and residents of the region's main city spent the night in basements.",
        "B E",
        "battle",
    ),
    (
        "Crocus City Hall attack: gunmen shoot concertgoers, set building ablaze",
        "More than 130 people were killed in the attack outside Moscow. Islamic State said its fighters carried it out.",
        "V T",
        "shooting_attack",
    ),
    (
        "Attacks on synagogue and churches in Dagestan kill priest and police officers",
        "Gunmen struck in Derbent and Makhachkala on Sunday evening, and the regional government called the attacks terrorist acts.",
        "V T",
        "terrorist_attack",
    ),
    (
        "Batken: tens of thousands evacuated as Kyrgyz-Tajik border fighting flares",
        "Both sides used tanks and mortars, and Kyrgyz officials said several villages near the border had been shelled.",
        "B E D",
        "border_clash",
    ),
    (
        "Third night of pro-EU protests in Tbilisi: riot police chase demonstrators",
        "Police used water cannon and tear gas on crowds around parliament, and the interior ministry said dozens were detained.",
        "U",
        "crackdown",
    ),
    (
        "Fires and looting in French suburbs after teenager shot by police",
        "Youths set cars and public buildings alight in Nanterre and other towns for a third night. The government deployed 40,000 police officers.",
        "U",
        "riot",
    ),
    (
        "Masked men smash windows at Rotherham asylum hotel",
        "Rioters set fire to bins at the hotel while staff and residents sheltered inside, South Yorkshire police said.",
        "U V",
        "riot",
    ),
    (
        "Gunmen and suicide bombers strike across Paris",
        "Attackers killed scores of people at the Bataclan concert hall, at bars and restaurants and outside the Stade de France. The president called it an act of war by Islamic State.",
        "V T E",
        "terrorist_attack",
    ),
    (
        "Bomb at Manchester Arena after pop concert",
        "Police said a suicide bomber set off his device as young fans were leaving the Ariana Grande show, and that they were treating it as a terrorist incident.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Ballymena: families flee homes after third night of disorder",
        "Police said rioters attacked houses of migrant families with petrol bombs and bricks, and dozens of officers were injured.",
        "U V D",
        "riot",
    ),
    (
        "Serb gunmen and Kosovo police in gun battle at monastery",
        "A police officer was killed in an ambush in Banjska before about 30 armed men barricaded themselves inside the monastery, officials in Pristina said.",
        "B",
        "battle",
    ),
    (
        "Ukrainian refugees in Poland pass 2 million",
        "Most have crossed at Medyka, where volunteers hand out food and free train tickets to women and children fleeing the Russian invasion.",
        "D",
        "displacement",
    ),
]

"""dev185 hard negatives: soldiers and veterans without violence (military, 4) and the
arts of war (entertainment, 4) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Back from the front, a Ukrainian sapper learns to walk again, and to surf",
        "Oleksii Bondarenko, 29, lost both legs below the knee to a Russian mine near Bakhmut "
        "in February last year. On a grey morning in Odesa this month, he paddled out on a "
        "surfboard for the first time, with a coach from a charity that teaches wounded "
        "veterans to surf. He now walks on two prosthetic legs fitted at a rehabilitation "
        "centre in Lviv, and has learned to drive an adapted car. He was a carpenter before "
        "the war and hopes to open a workshop making furniture for other amputees. Ukraine "
        "does not publish the number of soldiers who have lost limbs, but rehabilitation "
        "centres say demand has outstripped their capacity. Bondarenko is blunt about the "
        'paperwork he has faced to claim his disability payments. "The mine took two seconds. '
        'The forms took eight months," he says. His fiancée, Anya, stands on the beach '
        "filming. They marry in September.",
        "military",
    ),
    (
        "Major Ananya Rawat becomes first woman to command an artillery regiment's battery in "
        "the desert sector",
        "Major Ananya Rawat on Monday took command of a field battery of an artillery "
        "regiment stationed near Bikaner, becoming the first woman to command a gun battery "
        "in the Indian Army's desert sector, the Army said. Rawat, 31, was among the first "
        "batch of women officers commissioned into the Regiment of Artillery in 2023, after "
        "the Army opened the arm to women. She grew up in a Garhwali military family in "
        "Dehradun; her grandfather retired as a subedar major. At the change-of-command "
        "ceremony, the battery fired a salute with its 155 mm guns on the field firing "
        "ranges. The Army said more than 100 women officers now serve in artillery units. "
        "Rawat said she would focus on training and on the welfare of soldiers' families in a "
        'posting known for extreme heat. "The guns do not care who gives the order, only that '
        'it is correct," she told reporters.',
        "military",
    ),
    (
        "General Tadeusz Wroński, who steered Poland's army into NATO, dies at 85",
        "General Tadeusz Wroński, chief of the Polish general staff from 1997 to 2001, who "
        "oversaw the army's transformation from a Warsaw Pact force into a member of NATO, "
        "died in Warsaw on Friday. He was 85. Wroński joined the army in 1958 and rose "
        "through the armoured troops of the communist-era People's Army, a past he never "
        "denied. After 1989 he became one of the officers who argued for cutting "
        "conscription, buying Western equipment and retraining staff officers in English. "
        "Poland joined the alliance in March 1999, and he oversaw the first Polish "
        "deployments to NATO exercises and to the peacekeeping mission in Kosovo. In "
        "retirement he wrote columns warning that Europe was spending too little on defence, "
        "and lived to see Poland become one of the alliance's biggest spenders. He is "
        "survived by his wife, Halina, and a daughter. He will be buried at Powązki military "
        "cemetery.",
        "military",
    ),
    (
        "On a Montana ranch, Afghanistan veterans learn to work with horses and with themselves",
        "At a ranch outside Bozeman, eight men who served in Afghanistan spend a week each "
        "month training young horses. The programme was started in 2019 by former Army Staff "
        "Sergeant Luis Ortega, who returned from two deployments to Helmand and Kandahar and "
        'spent three years, he says, "sleeping in the truck and not talking to anybody". He '
        "found that working with horses forced him to be calm. The programme is funded by "
        "donations and a small grant from the Department of Veterans Affairs, and has a "
        "waiting list. The men muck out stables, repair fences and eat together. There is no "
        "formal therapy session, though a counsellor visits. Ortega says the fall of Kabul in "
        "August 2021 brought a surge of calls from veterans who felt their war had been for "
        'nothing. "A horse doesn\'t care what you did over there," he says. "It cares what you '
        'do now."',
        "military",
    ),
    (
        "Maroun Haddad, filmmaker who put Beirut's civil war on screen, dies at 76",
        "Maroun Haddad, the Lebanese filmmaker whose films about the civil war were among the "
        "first to show the conflict from the point of view of those who lived through it, "
        'died in Paris on Thursday. He was 76. Haddad shot his first feature, "West Beirut '
        'Nights", in 1983 on the rooftops of the divided city, using actors who were '
        "sometimes delayed by sniper fire on their way to the set. The film, about three "
        "teenagers who run a clandestine cinema, won a prize at Cannes in 1984. He made six "
        "more features and a dozen documentaries, several of them about the missing. His "
        "later work was marked by anger at the amnesty that followed the war. A retrospective "
        "of his work was held at the Metropolis cinema in Beirut in 2019, and he attended "
        "every screening. He is survived by his wife, the editor Nada Sfeir, and two "
        "daughters.",
        "entertainment",
    ),
    (
        "Chinwe Okafor, whose novel of the Biafran war sold a million copies, dies at 84",
        'Chinwe Okafor, the Nigerian novelist whose 1976 book "Harmattan Children" told the '
        "story of the Biafran war through three sisters in a refugee camp, died in Lagos on "
        "Saturday. She was 84. Okafor was a young teacher in Owerri when the war broke out in "
        "1967 and spent two years moving with her family between towns as Nigerian forces "
        "advanced. She did not write about it for seven years. When the novel appeared it was "
        "banned in some schools for its depiction of starvation, then set as a text in the "
        "national curriculum a decade later. It has been translated into 17 languages and "
        "adapted for radio and, in 2015, for television. Okafor wrote nine more novels, "
        "mostly about Lagos office life, which she said nobody read. She taught creative "
        "writing at the University of Nigeria, Nsukka, until 2005. She is survived by her "
        "husband, Emeka, and three sons.",
        "entertainment",
    ),
    (
        "On a Kyiv stage, soldiers back from the front play themselves",
        'The actors in "Rotation", which opened at a small theatre in Kyiv\'s Podil district '
        "on Friday, have no formal training. All seven are soldiers, some still serving, some "
        "discharged after wounds, and the play is built from their own accounts of life in "
        "the trenches and coming home on leave. The director, Iryna Kovalenko, spent a year "
        "recording interviews with members of a brigade before writing the script with them. "
        "One scene reconstructs a night under artillery fire in a dugout, with only a torch "
        "for light; another shows a soldier trying to buy bread in a supermarket and freezing "
        "at the sound of a trolley. \"We wanted people in Kyiv to stop saying 'I can't "
        "imagine',\" Kovalenko said. Tickets for the first month sold out in two days. Two of "
        "the actors will return to their units after the run. The theatre plans to tour the "
        "production to Lviv and Dnipro in the spring.",
        "entertainment",
    ),
    (
        "Sarajevo rock singer who played through the siege dies, and the city sings his songs",
        "Nenad Kovač, whose band kept playing concerts in cellars and a bombed-out cinema "
        "during the siege of Sarajevo from 1992 to 1995, died in the city on Monday after a "
        "long illness. He was 61. His band, Zabranjeno Zabranjivati, recorded its best-known "
        "album in a studio powered by a car battery in 1993, and its song about a tram that "
        "never comes became an anthem of the besieged city. Kovač was wounded by shrapnel in "
        "1994 on his way to a rehearsal and played the next concert with his arm in a sling. "
        "After the war he toured the former Yugoslavia, drawing audiences from all sides. In "
        "2015 a documentary about the band was shown at the Sarajevo Film Festival. On Monday "
        "evening several hundred people gathered at the Eternal Flame to sing his songs. He "
        "is survived by his partner and a son.",
        "entertainment",
    ),
]

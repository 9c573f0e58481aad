"""dev355 positives, part A: terror attacks, political violence and riots in Germany and Austria."""

POSITIVES = [
    (
        "Mannheim: Police Officer Dies Two Days After Knife Attack at Anti-Islam Rally",
        "The 29-year-old police officer who was stabbed in the head on Mannheim's market square on Friday has died of his injuries, the Baden-Württemberg interior ministry said on Sunday. The attacker, a 25-year-old Afghan man, had first gone for the organisers of a rally by the anti-Islam group Pax Europa before turning on the officer who tried to pull him away. Six people were wounded in total, among them the activist Michael Stürzenberger. The Federal Prosecutor's Office in Karlsruhe has taken over the case, saying it was treating the stabbing as an Islamist terrorist attack, Der Spiegel reports. Investigators searched the suspect's flat in Heppenheim and secured two mobile phones. “This was an attack on our free society,” Interior Minister Nancy Faeser said in Berlin. The suspect was shot by another officer and remains in hospital, not yet fit to be questioned. A vigil is planned for Monday evening on the market square.",
        "T V",
        "terror_attack",
    ),
    (
        "IS Claims Solingen Festival Stabbing as Suspect Hands Himself In",
        "The so-called Islamic State has claimed responsibility for the knife attack at Solingen's 650th anniversary festival, in which three people were killed and eight wounded on Friday night. A 26-year-old Syrian turned himself in to a police patrol on Saturday evening, his clothes still stained, and federal prosecutors have charged him with murder and membership of a foreign terrorist organisation. According to the Süddeutsche Zeitung, the man had been due to be deported to Bulgaria a year earlier but could not be found at his refugee hostel on the day. The attacker stabbed festival-goers in the neck at random near the stage on the Fronhof square, where a band was playing to several hundred people. Two men aged 67 and 56 and a woman of 56 died at the scene. Four of the wounded remain in a serious condition. The festival's remaining two days were cancelled, and the city's churches held a joint service on Sunday.",
        "T V",
        "terror_attack",
    ),
    (
        "Twelve Dead as Truck Ploughs Into Berlin Christmas Market",
        "A truck drove into the crowded Christmas market at Berlin's Breitscheidplatz on Monday evening, killing 12 people and injuring 48, some of them critically. The vehicle, a Polish-registered articulated lorry loaded with steel beams, tore through wooden stalls for about 80 metres next to the Kaiser Wilhelm Memorial Church before coming to a stop. The Polish driver was found shot dead in the cab. Federal prosecutors said on Tuesday they were treating the incident as a terrorist attack and had taken over the investigation. A Pakistani asylum seeker arrested near the Victory Column was released for lack of evidence, the Frankfurter Allgemeine Zeitung reports, meaning the attacker may still be at large. Chancellor Angela Merkel said it would be “particularly hard to bear” if the perpetrator turned out to be someone who had sought protection in Germany. Christmas markets across the country reopened on Wednesday with concrete barriers and armed police.",
        "T V",
        "terror_attack",
    ),
    (
        "Vienna Gunman Was IS Sympathiser Released Early From Prison, Nehammer Says",
        "The man who shot dead four people in Vienna's old town on Monday night was a 20-year-old Islamic State sympathiser who had been convicted last year of trying to travel to Syria, Austria's interior minister Karl Nehammer said on Tuesday. Armed with an automatic rifle, a pistol and a machete, the attacker opened fire on people sitting outside bars near the Seitenstettengasse shortly after 8 pm, hours before a second coronavirus lockdown was due to begin. Police officers shot him dead nine minutes after the first emergency call. Twenty-three people were injured, seven of them seriously, Der Standard reports, among them a police officer. Special forces raided 18 addresses overnight and detained 14 people. The city's schools stayed closed on Tuesday and residents were asked to stay home. Chancellor Sebastian Kurz called it “a repugnant terror attack” and declared three days of national mourning.",
        "T V",
        "shooting",
    ),
    (
        "Villach: Teenager Killed in Knife Attack, Suspect Pledged Allegiance to IS",
        "A 14-year-old boy was killed and five other people were wounded when a man stabbed passers-by in the centre of the southern Austrian town of Villach on Saturday afternoon. The suspect, a 23-year-old Syrian with a valid residence permit, was stopped when a food delivery driver drove his car at him, police in Carinthia said. Interior Minister Gerhard Karner said on Sunday the man had radicalised himself online within a few months and had sworn allegiance to the Islamic State, calling it “an Islamist terror attack”. Investigators found an IS flag in his flat and videos on his phone, Der Standard reports. Two of the injured men are in intensive care. “Our town will not let itself be divided,” said Villach's mayor Günther Albel. Karner announced random checks of mobile phones would be put before parliament, reopening a long-running dispute with the Greens.",
        "T V",
        "knife_attack",
    ),
    (
        "Hanau Gunman Left Racist Manifesto, Prosecutors Say, After Nine Killed at Shisha Bars",
        "A gunman who shot dead nine people at two shisha bars and a kiosk in the Hessian city of Hanau on Wednesday night left behind a racist manifesto and videos, federal prosecutor Peter Frank said on Thursday. All nine victims had a migrant background; among them were Germans of Turkish, Kurdish, Bosnian and Roma descent. The 43-year-old suspect was later found dead in his flat in the Kesselstadt district next to the body of his mother. Prosecutors are treating the shootings as a terrorist act driven by xenophobia. Five other people were wounded, one of them seriously. Thousands gathered for vigils in Hanau, Berlin and Frankfurt on Thursday evening. Chancellor Merkel said racism was “a poison” and the Süddeutsche Zeitung reports the suspect held a legal weapons licence as a sport shooter.",
        "T V",
        "shooting",
    ),
    (
        "Gunman Fails to Storm Halle Synagogue on Yom Kippur, Kills Two Passers-by",
        "A heavily armed man tried to force his way into the synagogue in the eastern German city of Halle on Wednesday, when 51 worshippers had gathered for Yom Kippur, the holiest day in the Jewish calendar. The wooden door held, and the attacker shot dead a woman walking past and then a man in a nearby kebab shop. He filmed the attack with a helmet camera and streamed it on a gaming platform, spouting antisemitic and anti-feminist conspiracy theories. Police arrested the 27-year-old after a chase in which two more people were wounded. The federal prosecutor's office said it had taken over the case because of the “particular significance” of the attack. Home-made explosives were found in his car, the FAZ reports. The head of the Jewish community in Halle said police had been absent from the synagogue until the shooting had ended.",
        "T V",
        "attack_on_worshippers",
    ),
    (
        "SPD European Candidate Beaten While Hanging Posters in Dresden",
        "Matthias Ecke, the Social Democrats' lead candidate in Saxony for the European election, was beaten so badly by four young men in Dresden's Striesen district on Friday night that he needs surgery on his face, his party said. The attackers had moments earlier assaulted a Green campaign worker on the same street, police said. A 17-year-old turned himself in on Sunday; police have identified the three other suspects, at least one of whom is thought to sympathise with the far right. Saxony's state office of criminal investigation has taken over, the Süddeutsche Zeitung reports. It was the latest in a series of attacks on campaigners: two Green politicians were jostled and spat at in Essen the same week. “Whoever attacks candidates attacks democracy,” Chancellor Olaf Scholz said. Several thousand people joined a rally against political violence in Dresden on Sunday.",
        "V",
        "attack_on_politician",
    ),
    (
        "Kassel District President Lübcke Shot Dead on His Terrace",
        "Walter Lübcke, the Christian Democrat head of the Kassel district government, was found dead on the terrace of his house in Wolfhagen-Istha early on Sunday with a gunshot wound to the head. Police initially said they were investigating in all directions. Two weeks later, investigators arrested a 45-year-old man from Kassel with a long record of neo-Nazi activity after his DNA was found on Lübcke's shirt. The Federal Prosecutor's Office took over the case on Monday, saying there were indications of a far-right extremist motive. Lübcke had received death threats since 2015, when he defended the housing of refugees at a town hall meeting. Die Zeit reports that his name had circulated on far-right lists for years. Politicians across the spectrum said the killing was the first murder of a sitting German politician by a right-wing extremist since the war.",
        "V",
        "assassination",
    ),
    (
        "Car Driven Into Union March in Munich, Woman and Child Die",
        "A two-year-old girl and her 37-year-old mother have died of their injuries after a car was driven into a demonstration by the services union Verdi in Munich on Thursday morning, police said on Saturday. At least 37 other people were hurt when the Mini Cooper sped up behind a police car and ploughed into the back of the march on Seidlstrasse. Officers fired a shot at the vehicle and detained the driver, a 24-year-old Afghan asylum seeker with a work permit. Senior public prosecutor Gabriele Tilmann said he had admitted to driving into the crowd deliberately and had shouted “Allahu akbar” when arrested. The Munich public prosecutor's office and the central office for extremism have opened a case for murder, and Bavaria's interior minister Joachim Herrmann called it a terrorist attack, the FAZ reports. About 1,500 people had been taking part in the march. The attack came ten days before the federal election.",
        "T V",
        "car_ramming",
    ),
    (
        "Teenager Shot Dead After Opening Fire Near Israeli Consulate in Munich",
        "Munich police shot dead an 18-year-old man who opened fire with an old carbine near the Israeli consulate general and the Nazi documentation centre on Thursday morning, the 52nd anniversary of the Munich Olympics attack. The Austrian man, from the Salzburg region, exchanged fire with five officers on Brienner Strasse before he was hit, police said. No one else was injured. Austrian authorities said he had been investigated in 2023 for making IS propaganda videos in a computer game, but the case had been dropped. The Bavarian interior minister, Joachim Herrmann, said there was “a suspicion that this was a planned attack on the Israeli consulate”. Federal prosecutors are treating it as a terrorist attack, Der Spiegel reports. The consulate was closed on the day because of the commemoration.",
        "T",
        "shooting",
    ),
    (
        "Chemnitz Protests Turn Violent as Mob Chases Foreigners",
        "Police in the eastern German city of Chemnitz were overwhelmed on Monday night as around 6,000 right-wing demonstrators faced about 1,500 counter-protesters after the fatal stabbing of a German man at the weekend. Bottles and fireworks were thrown across police lines, and 20 people, among them two officers, were injured. Several participants raised the Hitler salute, the Frankfurter Allgemeine Zeitung reports. On Sunday, groups of men had chased people they took to be foreigners through the city centre, according to video footage verified by the newspaper. Saxony's state premier Michael Kretschmer said he would not tolerate “a mob that hunts people”. The Saxon police were forced to call in reinforcements from other states. Two men, an Iraqi and a Syrian, have been arrested over the killing that set off the protests.",
        "U V",
        "riot",
    ),
    (
        "G20 Summit: Hamburg's Schanzenviertel Burns on Second Night of Riots",
        "Rioters set fire to barricades and looted supermarkets in Hamburg's Schanzenviertel late on Friday as the G20 leaders dined at the Elbphilharmonie across town. Police said 213 officers had been injured since Thursday, and special forces armed with assault rifles moved into the district only after midnight, saying masked men were waiting on rooftops with paving stones and petrol bombs. Water cannon and tear gas were used repeatedly. Dozens of cars were burned in Altona and the neighbouring districts on Friday morning. At least 143 people have been detained, Die Zeit reports. Residents said they had been left alone for hours. Mayor Olaf Scholz had promised a “festival of democracy” and now faces calls to resign.",
        "U",
        "riot",
    ),
    (
        "Leipzig: Police Kettle Hundreds After Stones Thrown on 'Day X'",
        "Police in Leipzig held around 1,000 people in a kettle for up to eleven hours on Saturday night after stones, bottles and fireworks were thrown at officers at a banned demonstration in support of the convicted left-wing extremist Lina E. Fifty officers were injured, the Saxon police said on Sunday. Water cannon were used in the Connewitz district, where barricades were set alight and shop windows smashed. Lawyers for those detained said they were denied water and toilets for hours, among them minors. The court in Dresden had sentenced the 28-year-old student to five years and three months on Wednesday for attacks on neo-Nazis. The Süddeutsche Zeitung reports that the interior ministry had sent reinforcements from ten states in anticipation of unrest. Left-wing groups called the kettle unlawful and said they would sue.",
        "U",
        "riot",
    ),
    (
        "Giessen: 26 Officers Hurt as Rival Eritrean Groups Clash Over Festival",
        "Twenty-six police officers were injured on Saturday when opponents of Eritrea's government attacked a festival organised by supporters of President Isaias Afwerki in the Hessian city of Giessen, police said. Several hundred people threw stones and bottles at officers who were protecting the venue, and some attacked festival-goers arriving by bus. Police used pepper spray and batons and detained more than 100 people. Hesse's interior minister, Peter Beuth, called it “an unprecedented outbreak of violence”. The festival, run by a group close to the ruling party in Asmara, had been the target of similar clashes a year earlier, the FAZ reports. Some 1,000 officers were deployed, and the city had tried to ban the event in court but lost. Counter-demonstrators say the festival raises money for a regime that forces young people into indefinite military service.",
        "U",
        "clashes",
    ),
    (
        "Stuttgart: Night of Looting Leaves Nineteen Officers Hurt",
        "Several hundred young people rampaged through Stuttgart's city centre overnight, smashing shop windows, looting stores and attacking police, in what the city's mayor called “an outbreak of violence unprecedented in this city”. It began at around midnight when officers carried out a drug check on a 17-year-old in the palace gardens and groups rushed to his aid. Nineteen officers were injured, and 24 people were arrested, half of them German nationals, police said on Sunday. Nine shops on Königstrasse were looted and 40 windows smashed. A video shared widely online shows a young man kicking a student who had tried to help a police officer. Baden-Württemberg's interior minister, Thomas Strobl, said the rioters were not political. The Stuttgarter Zeitung, quoted by the Süddeutsche, says police expected further gatherings next weekend.",
        "U",
        "riot",
    ),
]

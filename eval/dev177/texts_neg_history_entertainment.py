"""dev177 hard negatives (2 of 5): anniversaries, commemorations, memorials and rebuilt places of
worship, and films, exhibitions and documentaries about war and persecution (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Five years after Easter bombings, Cardinal Ranjith says Sri Lankan "
        "Catholics still waiting for truth",
        "Cardinal Malcolm Ranjith of Colombo on Sunday renewed his demand for "
        "an independent international investigation into the 2019 Easter "
        "Sunday bombings, as Sri Lankan Catholics marked the fifth anniversary "
        "of the attacks on three churches and three luxury hotels that killed "
        "269 people. Thousands of people, many dressed in white and carrying "
        "black flags, formed a human chain along the main road in front of "
        "Saint Anthony's Shrine in Kochchikade, one of the churches hit by "
        "suicide bombers. Bells rang across the country at 8:45 a.m., the "
        'moment the first bomb exploded. "Five years later, we still do not '
        'know who was really behind these attacks," the cardinal said at a '
        "Mass at Saint Sebastian's Church in Katuwapitiya, where more than 100 "
        "worshippers died. The attacks were carried out by members of a local "
        "Islamist group, National Thowheed Jamath, but the Church has accused "
        "successive governments of shielding officials who ignored prior "
        "intelligence warnings. In January 2023, the Supreme Court ordered a "
        "former president to pay 100 million rupees in compensation to victims "
        "for failing to prevent the bombings. Relatives of the dead laid "
        "flowers at the memorial in Negombo. The government said a new "
        "investigation team would review the evidence.",
        "history",
    ),
    (
        "Thirty years on, Srebrenica buries seven more genocide victims at Potocari",
        "Tens of thousands of people gathered at the memorial centre in "
        "Potocari on Friday to mark 30 years since the Srebrenica genocide, in "
        "which Bosnian Serb forces killed more than 8,000 Muslim men and boys "
        "in July 1995. The remains of seven victims, identified through DNA "
        "from bones found in mass graves, were buried after a collective "
        "janazah prayer led by the head of the Islamic Community of Bosnia and "
        "Herzegovina. Among them was a 19-year-old whose mother had waited "
        "three decades to bury him, and who was given only two bones to lay in "
        "the grave. Thousands of people had arrived in the town after a "
        "three-day Peace March along the route that men fled through the "
        "forests in 1995. Foreign dignitaries, including the President of the "
        "European Council, laid wreaths at the cemetery. Bosnian Serb leaders "
        "continue to deny that the massacre was genocide, as ruled by two "
        "international courts. The UN General Assembly last year declared 11 "
        "July an international day of remembrance.",
        "history",
    ),
    (
        "Armenian Church canonizes 1.5 million victims of 1915 genocide in centennial ceremony",
        "The Armenian Apostolic Church on Thursday declared as saints the "
        "estimated 1.5 million Armenians killed by Ottoman Turks beginning in "
        "1915, in what is believed to be the largest canonization in Christian "
        "history. The ceremony, held in front of the cathedral at Etchmiadzin, "
        "the church's mother see outside the capital Yerevan, ended at 19:15 "
        "local time, when bells rang out 100 times in Armenian churches around "
        "the world to mark the year the killings began. Catholicos Karekin II "
        "presided, alongside Catholicos Aram I of the Great House of Cilicia, "
        "based in Lebanon. The service came on the eve of the centenary "
        "commemorations on April 24, when Armenians remember the deportation "
        'of hundreds of intellectuals from Constantinople. "Through the '
        'martyrdom of our people, our Church has been strengthened," a bishop '
        "from the diaspora said after the service. Turkey accepts that many "
        "Armenians died in the fighting of World War I but rejects the term "
        'genocide. Earlier this month, Pope Francis called the massacres "the '
        'first genocide of the 20th century," drawing an angry response from '
        "Ankara. In Los Angeles, home to one of the largest Armenian diaspora "
        "communities, churches held vigils through the night.",
        "history",
    ),
    (
        "At Nyamata, a church turned memorial keeps the clothes of the genocide's dead",
        "Thirty years after thousands of Tutsi who sought refuge in the "
        "Catholic church of Nyamata were killed inside its walls, the "
        "building's pews are still covered with the clothes of the dead. The "
        "church, 30 kilometres south of Kigali, became a national genocide "
        "memorial in 1997 and receives thousands of visitors each April, when "
        'Rwanda begins 100 days of commemoration known as Kwibuka. "People '
        "came here because they thought God's house would protect them,\" said "
        "a guide who lost his parents and four siblings in the 1994 genocide. "
        "Bullet holes are still visible in the corrugated iron roof, and the "
        "altar cloth remains stained with blood. The remains of more than "
        "45,000 people are buried in crypts behind the church. Some priests "
        "and nuns were later convicted of taking part in the killings, and "
        'Pope Francis in 2017 asked for forgiveness for the "sins and failings '
        'of the Church and its members" during the genocide. This year, '
        "President Paul Kagame lit the flame of remembrance in Kigali on "
        "Sunday, in the presence of foreign leaders. Church leaders in Rwanda "
        "say reconciliation remains the work of a generation. In the parish "
        "that now serves Nyamata, a new church was built a few hundred metres "
        "away, and Sunday Mass draws survivors and the children of those who "
        'took part in the killings. "We pray side by side, and that is already '
        'a miracle," the parish priest said.',
        "history",
    ),
    (
        "Ten years after Charleston massacre, Mother Emanuel marks anniversary "
        "with prayer and calls to confront hate",
        "Members of Emanuel African Methodist Episcopal Church in Charleston, "
        "South Carolina, gathered Tuesday evening for a memorial service "
        "marking 10 years since a white supremacist gunman killed nine Black "
        "worshippers during a Wednesday night Bible study at the historic "
        "church. The names of the nine, including the church's pastor, the "
        "Rev. Clementa Pinckney, were read aloud as bells tolled across the "
        "city. The gunman, who had sat with the group for nearly an hour "
        "before opening fire, was sentenced to death in federal court in 2017 "
        "and remains on death row. Survivors and relatives of the victims "
        "spoke of forgiveness, but also of the work still needed to confront "
        'racism in the church and in the country. "We are still here, and we '
        'are still praying," said one survivor. The church has opened a '
        "memorial in its courtyard whose curved benches form a pair of "
        "embracing wings. Several speakers noted that South Carolina remains "
        "one of the few states without a hate-crime law. The congregation will "
        "hold its regular Bible study on Wednesday.",
        "history",
    ),
    (
        "40 years on, 1984 riot widows gather at Delhi gurdwara, say justice still delayed",
        "Widows and relatives of those killed in the anti-Sikh riots of 1984 "
        "gathered at Gurdwara Rakab Ganj Sahib in New Delhi on Friday to mark "
        "the 40th anniversary of the violence that followed the assassination "
        "of Prime Minister Indira Gandhi. An akhand path was held in memory of "
        "the nearly 3,000 Sikhs killed in the capital over three days, many of "
        "them burned alive in Trilokpuri, Sultanpuri and other resettlement "
        'colonies. "We were told that the law would take its course, but we '
        'have only seen courts and dates," said Gurdeep Kaur, 72, who lost her '
        "husband and two sons. A former Congress leader is serving a life "
        "sentence after the Delhi High Court convicted him in 2018 in a case "
        "relating to the killing of five Sikhs in Palam Colony, while several "
        "other cases remain pending. The Delhi Sikh Gurdwara Management "
        "Committee said it would continue to provide legal aid to victims' "
        "families. The Shiromani Gurdwara Parbandhak Committee held a separate "
        "remembrance in Amritsar. A memorial to the victims near the gurdwara "
        "remains under construction, years after it was announced.",
        "history",
    ),
    (
        "Mosul's al-Nouri mosque and its leaning minaret restored, eight years "
        "after ISIL blew them up",
        "The al-Nouri mosque in the Iraqi city of Mosul, where ISIL (ISIS) "
        "leader Abu Bakr al-Baghdadi proclaimed his so-called caliphate in "
        "2014, has been restored and reopened to worshippers after a "
        "reconstruction project led by the United Nations cultural agency. "
        "Iraqi officials and UNESCO's director-general attended a ceremony on "
        "Monday in the old city, where ISIL fighters blew up the 12th-century "
        "mosque and its famous leaning minaret, al-Hadba, in June 2017 as "
        "Iraqi forces closed in during the battle to retake the city. "
        "Engineers rebuilt the minaret with tens of thousands of bricks, many "
        "of them salvaged from the rubble, and kept its characteristic tilt. "
        "Nearby, the Al-Tahera Syriac Catholic church and the Dominican "
        "Convent of Our Lady of the Hour were also restored under the same "
        'programme, funded largely by the United Arab Emirates. "The minaret '
        'is back on the skyline, and so are the people," said a shopkeeper in '
        "the neighbouring market. During the reconstruction, workers found "
        "five explosive devices hidden by ISIL in the mosque's southern wall, "
        "which were removed by bomb disposal teams. More than 80 percent of "
        "Mosul's old city was destroyed in the nine-month battle. Tens of "
        "thousands of residents have yet to return.",
        "history",
    ),
    (
        "Icons painted on ammunition boxes from the Ukrainian front go on show "
        "at Westminster Cathedral",
        "An exhibition of icons painted on the lids of wooden ammunition boxes "
        "collected from the front line in eastern Ukraine opens at Westminster "
        "Cathedral this week, with proceeds from sales going to a hospital in "
        "Kyiv that treats wounded soldiers and civilians. The artists, a "
        "husband and wife from Kyiv, began painting saints and the Mother of "
        "God on the rough pine boards in 2014, after the outbreak of fighting "
        "in the Donbas, and have since produced more than a thousand. Many of "
        "the boards still bear the stencilled markings of the shells they once "
        'held, and some show scorch marks and shrapnel damage. "We turn an '
        'object of death into an object of life," the artist said at the '
        "launch on Tuesday evening. The Ukrainian Greek Catholic bishop in "
        "Great Britain blessed the exhibition and led prayers for peace. Icons "
        "from the project have previously been shown in the Vatican, Paris, "
        "Washington and Warsaw. The Cardinal Archbishop of Westminster said "
        'the works were "a witness to faith amid suffering." The exhibition '
        "runs until the end of Lent.",
        "entertainment",
    ),
    (
        "'Conclave' earns Oscar nods as Catholic critics split over its portrait of the Vatican",
        'Edward Berger\'s papal thriller "Conclave" received eight Academy '
        "Award nominations on Thursday, including best picture and best actor "
        "for Ralph Fiennes, who plays a British cardinal charged with running "
        "the secretive election of a new pope, and commentary from Catholic "
        "writers has followed it from one magazine to the next. The film, "
        "adapted from Robert Harris' 2016 novel, has become an unexpected "
        "box-office hit, grossing more than $100 million worldwide. Some have "
        "praised its attention to the rituals of the Sistine Chapel and its "
        "portrayal of doubt as part of faith, while others have denounced its "
        "ending, which they say mocks Church teaching. One American bishop "
        'called it "a fantasy of the progressive wing," while a Jesuit writer '
        'said the film "takes the Church seriously enough to argue with it." '
        "The plot turns on a bombing in Rome that interrupts the cardinals' "
        "deliberations, a twist several critics called implausible. Vatican "
        "officials have declined to comment on the film, and the Oscars will "
        "be presented on March 2 in Los Angeles.",
        "entertainment",
    ),
    (
        "Documentary on Yazidi women rescued from ISIL captivity premieres at Berlin film festival",
        "A documentary that follows a Yazidi activist as she tracks down women "
        "and children still held by the families of former ISIL (ISIS) "
        "fighters in Syria premiered at the Berlin International Film Festival "
        "on Sunday, drawing a standing ovation. The film, shot over four years "
        "in northern Iraq, northeast Syria and Turkey, includes footage "
        "recorded on hidden cameras inside the sprawling al-Hol camp, where "
        "tens of thousands of women and children linked to the armed group are "
        "held. Its director, a British-Iraqi filmmaker, said she wanted to "
        "show that the genocide against the Yazidis that began in August 2014 "
        '"did not end when the caliphate fell". More than 2,600 Yazidi women '
        "and children remain missing, according to the Kurdistan Regional "
        "Government's office for the rescue of abductees. The film's "
        "protagonist, a former teacher from Sinjar, was herself held for two "
        "years and sold several times before she escaped. She told the "
        "audience in Berlin that she hoped the film would press governments to "
        "bring the missing home. Rights groups have criticised the slow pace "
        "of trials of ISIL members for crimes against Yazidis. The film will "
        "be released in cinemas in the autumn.",
        "entertainment",
    ),
]

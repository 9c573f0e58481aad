"""dev205 negatives: street names, memorials, twinning, anniversaries, unexploded bombs, peace
deals in town halls, the military in city life, sport and screen."""

NEGATIVES = [
    (
        "Kyiv council renames 14 more streets in drive to erase Russian names",
        "Kyiv city council voted on Thursday to rename 14 more streets, squares and lanes whose "
        "names were linked to Russia or the Soviet Union, part of a campaign that has changed "
        "hundreds of place names in the capital since 2022. A lane named after a Soviet-era "
        "Russian writer will now honour a Ukrainian poet of the 1960s, and a street named after "
        "a Russian city will carry the name of a volunteer battalion commander who died in "
        "2014. The proposals were drawn up by the city's commission on naming after an online "
        "vote in the Kyiv Digital app in which tens of thousands of residents took part. Some "
        "residents complained about the cost of changing addresses on documents, though the "
        "city said this would be free. Historians on the commission said the changes were "
        '"a return to our own history, not an erasure of it". Members of the opposition '
        "faction in the council said priorities such as heating repairs deserved more time. "
        "The renamings take effect once the mayor signs the decision. New street signs are "
        "expected within three months. Two metro stations were renamed last year, including "
        "one that had honoured the Russian novelist Leo Tolstoy. The city has also taken "
        "down a Soviet-era arch dedicated to friendship between the Russian and Ukrainian "
        "peoples. Street renaming has gone on in towns and villages across the country under "
        "a national law on decolonising place names.",
        "history",
    ),
    (
        "Riga gives Russian embassy a new address: Ukrainian Independence Street",
        "The Russian embassy in Riga will have a new address after the Latvian capital's city "
        "council voted to rename the section of Antonijas Street where it stands as Ukrainian "
        "Independence Street. The decision passed with a large majority, with only a handful of "
        'councillors abstaining. "Every letter the embassy sends will carry a reminder," the '
        "deputy mayor said after the vote. Vilnius, Tallinn and several other cities have made "
        "similar gestures, renaming squares and streets outside Russian diplomatic missions. "
        'The embassy called the move "petty provocation" in a post on its website. Residents '
        "of the street were told that their personal documents would not need to be changed "
        "immediately. The council also approved a plan to remove a Soviet-era monument from a "
        "park in the Pārdaugava district.",
        "history",
    ),
    (
        "Srebrenica's mayor leads 30th anniversary commemoration at Potočari",
        "Tens of thousands of people gathered at the memorial centre in Potočari on Friday to "
        "mark 30 years since the Srebrenica genocide, in which Bosnian Serb forces killed more "
        "than 8,000 Muslim men and boys in July 1995. Seven newly identified victims were buried "
        "in the memorial cemetery after their remains were found in mass graves and identified "
        "through DNA. Participants in the annual peace march arrived after walking about 100 "
        "kilometres through the forests along the route taken by those who tried to escape. "
        "The town's mayor, a Serb, did not attend, and his office has repeatedly disputed the "
        'term genocide, a stance survivors\' associations called "a second killing". Foreign '
        "dignitaries, including several European heads of government, laid wreaths. The UN "
        "General Assembly designated July 11 an international day of remembrance in 2024. Local "
        "returnees said the anniversary had become the only time the town was full. Srebrenica's "
        "population has fallen to a fraction of its pre-war size.",
        "history",
    ),
    (
        "Dresden's mayor warns against misuse of February 13 as city forms human chain",
        "Several thousand people joined hands around Dresden's old town on Thursday evening "
        "to mark the anniversary of the Allied bombing of February 1945, forming a human chain "
        "that the city has organised every year since 2010. Dresden's mayor told a gathering "
        "at the Frauenkirche that the memory of the estimated 25,000 victims must not be "
        "hijacked by those who deny German guilt for the war. Far-right groups have for years "
        "tried to use the anniversary for their own marches, and police kept counter-"
        "demonstrators apart without incident. The church bells of the city rang at 9.45pm, "
        "the moment the first bombs fell. Students read out names of victims and of Dresden "
        "Jews deported before the raids. A reconciliation service was held with guests from "
        "Coventry, the English city twinned with Dresden since 1959. The mayor said the city "
        'stood "for peace, not for a myth of victimhood".',
        "history",
    ),
    (
        "Coventry and Volgograd: council votes to suspend 80-year twinning",
        "Coventry City Council has voted to suspend its twinning link with Volgograd, the "
        "Russian city formerly called Stalingrad, ending what is thought to be the world's "
        "oldest formal twinning arrangement. The link was created in 1944, when women in "
        "Coventry sent a tablecloth embroidered with their names to the people of Stalingrad "
        "as a gesture of solidarity between two cities devastated by German bombing. Council "
        'leaders said the decision had been taken "with a heavy heart" in response to Russia\'s '
        "invasion of Ukraine. Some residents who had taken part in exchange trips over the "
        "decades said the link between ordinary people should be kept. The council said the "
        'friendship could be revived "when circumstances allow". Coventry has 26 twin towns '
        "around the world, and its Lord Mayor's office said it would strengthen ties with "
        "Kyiv. A display of letters and gifts exchanged with Stalingrad remains on show at "
        "the Herbert Art Gallery.",
        "history",
    ),
    (
        "Osnabrück evacuates 14,000 residents to defuse wartime bombs near station",
        "Around 14,000 people in the German city of Osnabrück had to leave their homes on "
        "Sunday while experts defused five suspected Second World War bombs near the main "
        "railway station, the city said. The evacuation zone included two hospitals, several "
        "care homes and the station itself, where trains were halted for most of the day. "
        "The city opened a school sports hall for residents who had nowhere to go, and "
        "buses took elderly people to a gathering point. Osnabrück was heavily bombed by "
        "Allied aircraft, and thousands of tonnes of unexploded ordnance are thought to remain "
        "beneath German cities. The bomb disposal team from Lower Saxony's explosive ordnance "
        "service found that two of the suspected objects were scrap metal. The other three, "
        "weighing 250kg each, were made safe by early evening. The mayor thanked residents for "
        "their patience and said such operations would continue as building work goes on "
        "around the station.",
        "history",
    ),
    (
        "Former FARC fighter sworn in as councillor in Tolima town",
        "A former guerrilla who spent 15 years in the FARC was sworn in as a municipal "
        "councillor in a town in southern Tolima on Tuesday, one of a small number of "
        "ex-combatants to win local office since the 2016 peace agreement. The councillor, "
        "who ran for the Comunes party formed by the demobilised rebels, said she would "
        "work on rural roads and land titles for farming families. Her election was possible "
        "because of reintegration programmes that gave former fighters land, training and "
        "political rights. Some residents said they still found it hard to accept former "
        "guerrillas in public life, while others said the council needed new voices. The "
        "mayor, from a centre-right party, welcomed her in a short speech. The UN verification "
        'mission in Colombia called the ceremony "a sign that peace is being built from the '
        "territories\". She took the oath in the town's small council chamber, decorated with "
        "white flowers.",
        "peace",
    ),
    (
        "Mostar holds first local election in 12 years after deal between rival parties",
        "Voters in Mostar cast ballots on Sunday in the city's first local election since 2008, "
        "ending more than a decade in which the southern Bosnian city had no elected council "
        "and was run by a mayor whose mandate had expired. The vote was made possible by an "
        "agreement between the main Bosniak and Croat parties, brokered with help from "
        "European and American diplomats, on new rules for how the city's districts are "
        "represented. A court had earlier ruled that the old rules were discriminatory. "
        "Residents said they hoped the new council would fix the water supply, collect the "
        "rubbish and restore the city's run-down public spaces. Mostar's famous Old Bridge, "
        "rebuilt after the war, has long been a symbol of the divisions the agreement seeks to "
        "overcome. Observers from the OSCE said voting was orderly. Turnout was about 55%. The "
        "new council will elect a mayor at its first session.",
        "peace",
    ),
    (
        "Lithuanian town prepares to host 5,000 German troops as new brigade arrives",
        "The municipality of Rūdninkai, south of Vilnius, is building roads, schools and "
        "housing to prepare for the arrival of a German armoured brigade that will eventually "
        "number about 5,000 soldiers, local officials said. It is the first time since the "
        "Second World War that Germany has permanently stationed a combat brigade abroad. "
        "The district mayor said the council had approved plans for a new kindergarten and "
        "extra classes in German for the soldiers' children. Some residents worry about "
        "traffic and rising rents, while shopkeepers hope for new customers. The Lithuanian "
        "defence ministry is financing most of the infrastructure, including barracks and a "
        "training ground. The brigade is due to be fully operational by 2027. A welcome "
        "ceremony in the town square drew several hundred people and a military band.",
        "military",
    ),
    (
        "Seoul's mayor joins first full-scale civil defence drill in six years",
        "Sirens sounded across Seoul at 2pm on Wednesday as the city held its first full-scale "
        "civil defence drill in six years, with traffic halted on major roads for 20 minutes "
        "and residents directed to underground shelters. The mayor took part from an "
        "emergency control room beneath City Hall, where officials practised responding to "
        "a simulated missile attack and chemical leak. In Gwanghwamun, police officers stopped "
        "cars and asked pedestrians to move into subway stations. The drills had been "
        "suspended during a period of diplomacy with North Korea and later during the "
        "pandemic. Some residents ignored the sirens or said they had not known where the "
        "nearest shelter was. The city said it had about 3,200 designated shelters and would "
        "publish an updated map online. A similar drill is planned in the autumn.",
        "military",
    ),
    (
        "Budapest closes Chain Bridge for a week as war epic films battle scenes",
        "Budapest's Chain Bridge and the streets around it will be closed to traffic for a "
        "week from Monday while a Hollywood production films scenes for a Second World War "
        "drama, the city council said. The production has built fake shopfronts and "
        "sandbagged positions along the Pest riverbank and will use smoke machines and "
        "blank-firing weapons, the council warned residents. Residents were told to expect "
        "loud explosions from special effects at night. The council approved the closures "
        "after the studio agreed to pay for repairs to road surfaces and to hire local "
        "extras. Hungary's film incentive scheme has made Budapest a favourite location for "
        "foreign productions. Some business owners on the Danube embankment complained that "
        "they had been given only two weeks' notice. The deputy mayor for culture said the "
        "film would bring several million euros into the local economy.",
        "entertainment",
    ),
    (
        "'Mayor of Kingstown' and the real jail town it says nothing about",
        "The fourth season of the television drama Mayor of Kingstown returns on Sunday, with "
        "its hero still trying to broker peace between gangs, prison guards and police in a "
        "Michigan town whose economy runs on incarceration. The show is filmed partly in "
        "Ontario, but the real towns it evokes, where prisons are the largest employers, "
        "rarely feature on screen. Our reviewer found the new episodes more violent than ever, "
        "with a prison riot and a shoot-out in the first hour. The local council of one such "
        "town in upstate New York, visited by this paper last year, has been arguing for a "
        "decade about what to do with a shuttered correctional facility. Its mayor said the "
        'series was "fun, but it\'s not us". The actors give committed performances, and the '
        "bleak winter landscapes are handsomely shot. Whether the plots still convince is "
        "another matter.",
        "entertainment",
    ),
    (
        "Everton's new stadium: how the council won the battle of Bramley-Moore Dock",
        "When Everton play their first league match at their new stadium on the Liverpool "
        "waterfront this weekend, it will mark the end of a long battle in which the city "
        "council was often in the front line. The council granted planning permission in 2021 "
        "despite objections that the project would cost the city its UNESCO World Heritage "
        "status, which it duly lost. Councillors argued that the 52,888-seat stadium would "
        "regenerate a derelict part of the docks and create thousands of jobs. Later the "
        "council was forced to shelve a plan to lend the club money after questions about the "
        "club's finances. Supporters who had campaigned for years said they never thought they "
        'would see the day. "It was a war of attrition," one former councillor said. The '
        'club\'s manager has said his side must make the new ground "a fortress". Local '
        "businesses are hoping the matchday crowds will bring life to Vauxhall ward, one of "
        "the most deprived areas in England.",
        "sport",
    ),
    (
        "Victoria withdraws as Commonwealth Games host, citing cost blowout",
        "The Australian state of Victoria has pulled out of hosting the 2026 Commonwealth Games, "
        "saying the cost of staging the event in regional cities had more than doubled to over "
        "A$6 billion. The premier said the state would instead spend money on housing and "
        "sporting facilities in the regional towns that were due to host events, including "
        "Ballarat, Bendigo, Geelong and Gippsland. Mayors of the four host councils said they "
        "had been blindsided and called the decision a blow to their communities. The "
        'Commonwealth Games Federation said it was "hugely disappointed" and accused the state '
        "of giving only a few hours' notice. Athletes and coaches said they were left without "
        "their biggest competition in a home country. Glasgow later agreed to host a scaled-back "
        "version of the Games. An inquiry by Victoria's upper house found that cost estimates "
        "had been presented to ministers selectively.",
        "sport",
    ),
    (
        "Nantes and Jinan mark 20 years of twinning with a garden and a tram",
        "The French city of Nantes and its Chinese twin city Jinan celebrated 20 years of "
        "partnership on Saturday with the inauguration of a Chinese garden on the Île de "
        "Nantes and a tram decorated with photographs of both cities. A delegation of about "
        "40 officials, students and artists from Shandong province attended the ceremony "
        "alongside the mayor of Nantes. The partnership has led to exchanges between "
        "universities, hospitals and schools, as well as cooperation on water treatment. "
        "Some councillors from the opposition questioned whether the city should deepen ties "
        "with China given concerns about human rights. The mayor said twinning was about "
        '"people, not governments". The garden, with a pavilion and a pond, was built by '
        "craftsmen from Jinan. It will be open to the public free of charge.",
        "other",
    ),
]

"""Europe, the Middle East and North Africa: Turkey's failed coup, Belarus and Georgia after
disputed votes, the Catalan referendum, attacks on German campaigners, northern Kosovo, Egypt
after the coup, Iraq's results and the drone attack on its prime minister, Libya, the storming
of North Macedonia's parliament, Serbia and Moldova's vote-buying raids (12 articles with
figures), and Poland's result (1 without)."""

from _wrap import item

item(
    "Turkey detains 6,000 after failed coup, toll rises to 290",
    """Turkey has detained [[about 6,000 people|arrested;a=the justice minister]] over a failed
    military coup, the justice minister said on Sunday, among them [[2,839
    soldiers|arrested;a=the justice minister]] of all ranks. The foreign ministry said [[at
    least 290 people|killed;a=The foreign ministry]] had been killed, including [[more than 100
    coup plotters|killed;a=The foreign ministry]], and [[more than 1,400|injured;a=The foreign
    ministry]] wounded. The authorities removed [[2,745 judges|other]] from duty, and [[dozens
    of soldiers|arrested]] who had blocked the Bosphorus bridge surrendered with their hands up
    on Saturday morning. Rebels flying {{F-16}} jets had bombed parliament in Ankara, damaging
    [[three buildings|housing]] in the complex, and helicopters fired on crowds. President
    Tayyip Erdogan, in power for {{13 years}}, called on supporters to hold the squares, and
    [[tens of thousands of people|other]] answered.""",
)

item(
    "Belarus says nearly 6,700 detained in four days of protests",
    """The interior ministry of Belarus said on Thursday that [[almost 6,700
    people|arrested;a=The interior ministry of Belarus]] had been detained in {{four days}} of
    protests against the official result of Sunday's presidential election, which gave
    Alexander Lukashenko, {{65}}, a {{sixth term}} with {{80 percent}} of the vote. [[One
    protester|killed;a=doctors]] has died in Minsk and [[hundreds|injured;a=doctors]] have been
    treated for injuries from rubber bullets and stun grenades, doctors say. The ministry said
    [[more than 100 police officers|injured;a=The ministry;alt=The interior ministry of
    Belarus]] were hurt. On Thursday [[thousands of women|other]] dressed in white formed human
    chains in the capital, and workers at several state factories walked out. Overnight, the
    authorities began releasing [[about 1,000 detainees|arrested]], many of whom showed bruises
    to reporters. Opposition candidate Svetlana Tikhanovskaya, {{37}}, fled to Lithuania.""",
)

item(
    "Georgia detains hundreds as protests over vote and EU turn violent",
    """Georgian police have detained [[more than 400 people|arrested;a=the public defender]]
    during a week of nightly protests in Tbilisi, the public defender said on Friday, and
    [[more than 300|injured;a=the public defender]] of them were beaten in custody. The
    interior ministry said [[113 police officers|injured;a=The interior ministry]] had been
    injured by fireworks and stones. [[Dozens of journalists|injured]] were also hurt.
    Protesters have gathered every night since the ruling Georgian Dream party, which was
    declared winner of the {{October 26}} parliamentary election with {{53.9 percent}},
    announced that it would suspend talks on joining the European Union until {{2028}}. [[Tens
    of thousands of people|other]] marched on parliament on Sunday, and [[more than 200
    diplomats and civil servants|other;n=diplomats and civil servants]] signed open letters
    against the decision.""",
)

item(
    "Police close polling stations and charge voters in Catalonia",
    """Spanish police closed [[92 polling stations|other;u=structure;a=the Spanish Interior
    Ministry]] and seized ballot boxes across Catalonia on Sunday, according to the Spanish
    Interior Ministry, as they moved to stop a referendum on independence that the
    Constitutional Court had suspended. The Catalan regional government said [[844
    people|injured;a=The Catalan regional government]] had been treated for injuries, [[two of
    them|injured;n=-;a=The Catalan regional government]] seriously, after riot police charged
    crowds with batons and fired rubber bullets. The ministry said [[33 officers|injured;a=The
    ministry;alt=the Spanish Interior Ministry]] were hurt. [[Some 6,000 National Police and
    Civil Guard officers|combatants;n=officers]] had been sent to the region. In September the
    Civil Guard had seized [[nearly 10 million ballot papers|other;u=other;v=10000000]]. The
    regional government said {{2.26 million}} people voted, {{90 percent}} of them for
    independence, on a turnout of {{42 percent}} of the {{5.3 million}} eligible.""",
)

item(
    "German candidate beaten as attacks on campaigners rise",
    """A Social Democrat candidate for the European Parliament needed surgery after being
    beaten while putting up posters in Dresden on Friday night, and police said [[four
    suspects|arrested;a=police]], aged {{17}} and {{18}}, had been identified. The candidate,
    {{41}}, suffered a broken cheekbone. Minutes earlier the same group had attacked a
    {{28-year-old}} Green Party campaign worker nearby. The federal criminal police office
    recorded [[2,790 crimes|other;u=other;a=The federal criminal police office]] against party
    representatives in {{2023}}, [[1,219 of them|other;u=other;n=-;a=The federal criminal
    police office]] against the Greens. In Saxony alone, police have registered [[22
    attacks|other;u=other]] on campaigners since January. [[Several thousand people|other]]
    rallied in Dresden and Berlin on Sunday against the violence ahead of the {{9 June}} vote.""",
)

item(
    "Thirty NATO troops hurt in clashes with Serbs in northern Kosovo",
    """[[Thirty NATO peacekeepers|injured;a=the NATO-led KFOR mission]] were injured in clashes
    with Serb protesters in the northern Kosovo town of Zvecan on Monday, the NATO-led KFOR
    mission said, [[11 of them|injured;n=-;a=the NATO-led KFOR mission]] Italian and the rest
    Hungarian. Serbia said [[52 Serbs|injured;a=Serbia]] had been hurt, [[three of
    them|injured;n=-;a=Serbia]] seriously. The protesters were trying to stop ethnic Albanian
    mayors, elected in an April vote that Serbs boycotted and in which turnout was {{3.47
    percent}}, from entering town halls in [[four northern municipalities|other;u=other]]. One
    of the mayors won with {{fewer than 200 votes}}. Kosovo police arrested [[five
    people|arrested;a=Kosovo police]], and NATO said it would send [[700 more
    troops|combatants;p;a=NATO]] to reinforce the [[3,800|combatants;a=NATO]] already there.
    [[Some 50,000 Serbs|civilians]] live in the north.""",
)

item(
    "Egypt's toll rises to 638 after camps cleared",
    """Egypt's health ministry said on Thursday that [[638 people|killed;a=Egypt's health
    ministry]] had been killed and [[nearly 4,000|injured;a=Egypt's health ministry]] injured
    when security forces cleared [[two protest camps|other;a=Egypt's health ministry]] of
    supporters of the deposed president, Mohamed Morsi, in Cairo. Human Rights Watch later
    counted [[at least 817|killed;a=Human Rights Watch]] dead in Rabaa al-Adawiya square alone.
    The interior ministry said [[43 police officers|killed;a=The interior ministry]] had died.
    [[Dozens of churches|housing]] were torched in Minya and Sohag in reprisal attacks. The
    government declared a {{month-long}} state of emergency and a curfew from {{7pm}} in [[14
    provinces|other;u=other]], and [[more than 1,000 Brotherhood members|arrested]] were
    rounded up in the following days. Morsi, elected in {{June 2012}} with {{51.7 percent}},
    was removed by the army on {{3 July}}.""",
)

item(
    "Iraqi PM survives drone attack on his residence",
    """Iraqi Prime Minister Mustafa al-Kadhimi survived an assassination attempt early on
    Sunday when [[three explosive-laden drones|other;a=officials]] targeted his residence in
    Baghdad's Green Zone, officials said, [[two of them|other;u=other;n=-;a=officials]] shot
    down by security forces. [[Seven of his guards|injured]] were wounded. The attack came
    {{two days}} after [[one protester|killed;a=the health ministry]] was killed and [[about
    125 people|injured;a=the health ministry]], most of them security forces, were injured in
    clashes near the Green Zone, the health ministry said. [[Hundreds of supporters|other]] of
    Iran-aligned factions have camped outside the zone for {{three weeks}} to protest against
    the results of the {{October 10}} election, in which the Fatah Alliance won {{17 seats}},
    down from {{48}} in {{2018}}. Turnout was {{41 percent}}.""",
)

item(
    "Libyans vote as gunmen kill activist in Benghazi",
    """Gunmen shot dead a prominent lawyer and rights activist at her home in Benghazi on
    Wednesday, hours after she had voted in Libya's parliamentary election. Clashes between
    Islamist militants and troops loyal to a renegade general killed [[five
    people|killed;a=medics]] in the city the same day, medics said. The electoral commission
    said voting did not take place in [[24 polling stations|other;u=structure;a=The electoral
    commission]] in Derna, and [[dozens|other;u=structure;a=The electoral commission]] more
    stayed shut in Kufra and Sabha. Fighting in Benghazi has forced [[hundreds of
    families|displaced]] from their homes since May, and [[more than 70 people|killed]] have
    died there since the general launched his offensive. [[Two election officials|kidnapped]]
    seized by gunmen in Derna on the eve of the vote were released unharmed. Only {{1.5
    million}} Libyans registered to vote for the {{200-seat}} House of Representatives, and
    turnout was about {{42 percent}}.""",
)

item(
    "Protesters storm Macedonian parliament, beat lawmakers",
    """[[About 200 protesters|other]], some wearing masks, stormed Macedonia's parliament in
    Skopje on Thursday evening and attacked lawmakers after an ethnic Albanian was elected
    speaker with {{61 votes}} in the {{120-seat}} chamber. The health ministry said [[77
    people|injured;a=The health ministry]] had been injured, among them [[22 police
    officers|injured;a=The health ministry]] and [[10 MPs|injured;a=The health ministry]].
    Social Democrat leader Zoran Zaev, {{42}}, was filmed with blood running down his face.
    Police used stun grenades to clear the building after more than {{three hours}}.
    Prosecutors later charged [[36 people|arrested;a=Prosecutors]], and in {{2019}} a court
    convicted [[16 of them|arrested;n=-]] of terrorism.""",
)

item(
    "Serbian police detain 35 as protesters try to storm Belgrade city hall",
    """Police detained [[35 people|arrested;a=Serbia's interior minister]] after [[thousands of
    opposition supporters|other;a=Serbia's interior minister]] tried to storm Belgrade city
    hall on Sunday night, Serbia's interior minister said, and [[eight police
    officers|injured;a=Serbia's interior minister]] were injured. Protesters broke windows and
    threw stones before riot police pushed them back with pepper spray. The opposition says
    [[about 40,000 voters|other;a=The opposition]] from Bosnia were registered at fake
    addresses to sway the {{December 17}} Belgrade vote. The ruling Serbian Progressive Party
    won {{46.7 percent}} and {{128 seats}} in the {{250-member}} national assembly. The OSCE,
    which deployed [[about 300 observers|other]], reported vote-buying and pressure on public
    employees. A student leader has been on hunger strike for {{nine days}}.""",
)

item(
    "Moldovan police say 130,000 voters paid in Russian-backed scheme",
    """Moldovan police said on Thursday that a network run by a fugitive oligarch had paid
    [[about 130,000 voters|other;a=Moldovan police]] to vote against joining the European
    Union, transferring {{$15 million}} through a Russian bank in September alone. Officers
    searched [[26 addresses|other;u=other;a=Officers]] and detained [[four
    people|arrested;a=Officers]], they said, and [[more than 100 others|other;a=Officers]] have
    been fined. Border police turned back [[about 20 buses|other]] carrying voters from Russia.
    The referendum on Sunday passed with {{50.35 percent}}, a margin of {{about 11,000 votes}},
    and President Maia Sandu, {{52}}, will face a run-off on {{November 3}}.""",
)

item(
    "Polish opposition set to oust ruling party after record turnout",
    """Poland's ruling Law and Justice party won the most votes in Sunday's parliamentary
    election but lost its majority, final results showed on Tuesday, opening the way for a
    government led by Donald Tusk, {{66}}. Law and Justice won {{35.4 percent}} and {{194
    seats}} in the {{460-seat}} Sejm, while Tusk's Civic Coalition took {{30.7 percent}} and
    {{157 seats}}. Together with Third Way and the Left, the opposition has {{248 seats}}, well
    above the {{231}} needed for a majority. Turnout was {{74.4 percent}}, the highest since
    the fall of communism in {{1989}}.""",
)

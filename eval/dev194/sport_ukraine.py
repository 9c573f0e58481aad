"""Ukraine and Russia: athletes killed and serving, arenas hit, clubs in exile, bans
(14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Ukraine's sports minister says hundreds of athletes killed since invasion",
    """Ukraine's sports ministry said on Thursday that [[more than 500 athletes and
    coaches|killed;a=Ukraine's sports ministry;n=athletes and coaches]] have been killed since
    Russia's full-scale invasion in February {{2022}}. Minister Matvii Bidnyi told reporters
    that [[about 3,000 athletes|combatants;a=Minister Matvii Bidnyi]] were serving in the armed
    forces, among them former Olympians and a world champion in Greco-Roman wrestling. Russian
    strikes had damaged or destroyed [[518 sports facilities|housing;a=the
    ministry;alt=Ukraine's sports ministry]], the ministry said, including [[15
    stadiums|housing;u=structure;a=the ministry;alt=Ukraine's sports ministry]] and the Olympic
    training base in Koncha-Zaspa. Ukraine sent [[140 athletes|other;a=Bidnyi]] to the Paris
    Games, Bidnyi said, and they won {{12 medals}}. The ministry has moved [[about 1,500 young
    athletes|displaced;a=The ministry;alt=Ukraine's sports ministry]] from frontline regions to
    training camps in the west, it said, and [[at least 60 coaches|other;a=The
    ministry;alt=Ukraine's sports ministry]] went with them.""",
)

item(
    "Former Shakhtar academy player killed near Bakhmut",
    """A former youth player at Shakhtar Donetsk has been killed fighting near Bakhmut, the club
    said on Monday. The {{24-year-old}} midfielder, who made {{11 appearances}} for the
    {{under-21}} side in the {{2018-19}} season, joined the army in March. Shakhtar, who have
    not played in Donetsk since {{2014}}, said [[27 people|killed;a=Shakhtar]] connected with
    the club had now died in the war. The club has pledged {{$25 million}} from the sale of
    Mykhailo Mudryk to Chelsea to help the families of soldiers, and its foundation said it had
    already supported [[more than 1,700 families|aid;a=its foundation]] of servicemen. The
    midfielder is survived by [[two children|other]]. [[More than 30 former academy
    players|combatants;a=the club]] are now in the army, the club said. In {{2022}} the club
    housed [[about 60 refugees|displaced]] at its training base near Kyiv, and [[more than 100
    children|displaced]] from Donetsk region still train at its academy in Lviv.""",
)

item(
    "Kharkiv's stadium hit again as city's clubs train underground",
    """A Russian missile struck the Metalist stadium in Kharkiv overnight, the regional governor
    said, the fourth time the ground has been hit since {{2022}}. Oleh Syniehubov said [[two
    security guards|injured;a=Oleh Syniehubov]] were wounded and a nearby sports school was set
    on fire. The city has lost [[more than 60 sports facilities|housing;a=officials]], officials
    say. {{Metalist 1925}}, who finished {{fifth}} last season, now play their home games in
    Zhytomyr, some {{500 km}} away. About [[200 children|other]] from the club's academy still
    train in Kharkiv, many in a converted underground car park. "They come to training with
    their parents after the sirens stop," the academy director said. In May a guided bomb hit a
    sports centre in the city, killing [[seven people|killed]], among them a {{12-year-old}}
    swimmer, and wounding [[23|injured;n=-]]. Officials plan to move [[between 150 and 200 young
    athletes|displaced;p;a=Officials]] to Ivano-Frankivsk for the summer. [[Three
    coaches|killed]] from the academy have been killed at the front.""",
)

item(
    "Russian strike on Odesa kills boxer and his coach",
    """A Ukrainian youth boxing champion and his coach were among [[12 people|killed;a=the
    city's military administration]] killed by a Russian drone and missile attack on Odesa on
    Saturday, the city's military administration said. The {{17-year-old}} had won the national
    {{under-18}} title at {{63kg}} in November. [[Another 41 people|injured;a=the
    administration;alt=the city's military administration]] were injured, including [[eight
    children|injured;a=the administration;alt=the city's military administration]], the
    administration added. The Ukrainian Boxing Federation said it had lost [[at least 40
    boxers|killed;a=The Ukrainian Boxing Federation]] since {{2022}}, most of them on the front
    line. Rescuers pulled [[three people|other;a=the State Emergency Service]] alive from the
    rubble of a nine-storey block, the State Emergency Service said, and [[about 50
    residents|displaced;a=the State Emergency Service]] were moved to a school. The boxer's gym,
    which trained [[about 80 children|other]], lost its roof.""",
)

item(
    "Ukrainian Premier League clubs forced from home cities",
    """When the Ukrainian Premier League kicks off on Friday, [[eight|displaced;u=other;n=-]] of
    its [[16 clubs|other;u=other]] will play away from their home cities, the league said. Its
    president told a news conference that [[five clubs|other;u=other;a=Its president]] had
    folded since {{2022}} for lack of money and players. Matches are played without spectators
    in regions near the front, and a game is stopped if an air-raid alert lasts more than {{an
    hour}}. Under league rules, every stadium must have a shelter for [[at least 500
    people|capacity]]. Zorya Luhansk, who finished {{sixth}} with {{49 points}}, have been based
    in Zaporizhzhia since {{2014}}. The league said [[around 40 foreign players|other;a=The
    league]] had left Ukrainian clubs since {{2022}}, and [[14
    stadiums|housing;u=structure;a=The league]] used in the {{2021-22}} season had been damaged.
    Kryvbas has given [[30 flats|capacity]] at its training base to families from Nikopol.""",
)

item(
    "Olympic fencer's brother among prisoners returned in swap",
    """A former national fencing team member was among [[95 Ukrainian
    soldiers|returned;a=Ukraine's Coordination Headquarters]] returned home in a prisoner
    exchange on Wednesday, Ukraine's Coordination Headquarters said. The sabre fencer, who
    placed {{ninth}} at the {{2019}} world championships, had been held for {{18 months}} after
    the fall of Mariupol. The exchange was brokered by the United Arab Emirates, which said [[95
    Russian servicemen|returned;a=the United Arab Emirates]] were also sent back. Ukraine's
    sports ministry says [[at least 30 athletes|arrested;a=Ukraine's sports ministry]] remain in
    Russian captivity. [[Twelve of those freed|injured;n=-;a=officials]] needed hospital
    treatment, officials said. It was the {{58th}} exchange of the war, which has brought home
    [[more than 5,800 Ukrainians|returned;a=the headquarters;alt=Ukraine's Coordination
    Headquarters]], according to the headquarters. Ukraine's ombudsman said [[as many as 8,000
    Ukrainians|arrested;a=Ukraine's ombudsman]] are still held by Russia.""",
)

item(
    "Russia's hockey league loses foreign players as sanctions bite",
    """The Kontinental Hockey League will start its season with [[62 foreign
    players|other;a=league data]], down from [[more than 150|other;n=-;a=league data]] before
    the invasion, according to league data. Finnish club Jokerit and Latvia's Dinamo Riga
    withdrew in {{2022}}. Russian teams remain banned from international competition, and the
    IIHF said this week that the suspension would stay in place for the {{2025-26}} season. The
    league champions receive a prize of {{150 million roubles}}. Last season the league's [[23
    clubs|other;u=other]] drew [[about 7.5 million spectators|other;v=7500000;a=the KHL]], the
    KHL said. [[At least 18 players|combatants;a=Russian media]] from lower leagues have signed
    army contracts, Russian media reported. [[Several hundred fans|other]] of Jokerit held a
    farewell match in Helsinki. The league said [[at least 40 Russian players|other;a=The
    league]] now play in North America, and [[15 to 20 Belarusians|other;a=The league]] in its
    own clubs.""",
)

item(
    "Russian ex-footballer among conscripts killed in Kursk",
    """A former player for second-tier club Avangard Kursk was among [[at least 19 Russian
    conscripts|killed;a=regional officials]] killed in a Ukrainian missile strike on a training
    ground in the Kursk region, regional officials said. The defender, {{22}}, had scored
    {{three goals}} in {{31 games}} before he was called up last spring. Mediazona, an
    independent outlet that counts deaths from obituaries and social media, said it had
    identified [[more than 400 Russian athletes|killed;a=Mediazona]] among the dead. The Russian
    Football Union did not comment. The strike also wounded [[at least 35 people|injured;a=the
    governor]], the governor said. Russia's defence ministry said air defences had downed [[six
    missiles|other;a=Russia's defence ministry]] over the region. Ukraine's army said it had
    captured [[more than 700 Russian soldiers|arrested;a=Ukraine's army]] in the region since
    August, [[dozens of them|arrested;n=-;a=Ukraine's army]] conscripts.""",
)

item(
    "Dnipro basketball team evacuated from hotel after missile alert",
    """Players and staff of BC Dnipro were evacuated from their hotel in Kyiv early on Tuesday
    as missiles hit the capital, the club said. [[All 23 members of the travelling
    party|displaced;n=members;a=the club]] spent {{three hours}} in a metro station before being
    taken back to the hotel, the club said. The team, {{second}} in the Superleague, lost
    {{78-71}} to Prometey that evening. Kyiv's mayor said [[four people|killed;a=Kyiv's mayor]]
    were killed and [[19 wounded|injured;a=Kyiv's mayor]] across the city. Air defences shot
    down [[31|other;n=-;u=other;a=the air force]] of [[34 missiles|other;a=the air force]], the
    air force said, and [[about 300 people|displaced]] spent the night in the same metro
    station. The city said [[11 buildings|housing;a=The city]] were damaged.""",
)

item(
    "Paralympic athlete who lost legs at front wins first race",
    """Oleksandr, a former paratrooper who lost both legs to a mine near Vuhledar in {{2023}},
    won the {{100 metres}} at the Ukrainian para-athletics championships in {{14.92 seconds}}.
    He is one of [[around 400 veterans|other;a=the national Paralympic committee]] now training
    in Paralympic sports, according to the national Paralympic committee. The committee said it
    had opened [[seven rehabilitation centres|other;a=The committee]] for wounded soldiers, with
    places for [[1,200 people a year|capacity;n=people;a=The committee]]. It wants to send [[at
    least 10 veterans|other;p;a=The committee]] to the Paralympics. [[More than 50,000
    Ukrainians|injured;a=medical charities]] have had limbs amputated since {{2022}}, medical
    charities estimate. [[Twenty-six veterans|other]] competed at the national championships, up
    from [[nine|other;n=-]] a year ago. The army says [[several thousand soldiers|injured;a=The
    army]] are waiting for prosthetic limbs.""",
)

item(
    "Lviv arena houses thousands fleeing the east",
    """The Arena Lviv, built for Euro {{2012}}, was turned into a reception centre for people
    fleeing the fighting in the east, city officials said. [[Up to 1,500 people|capacity;a=city
    officials]] can sleep on camp beds in its concourses, and [[about 900|displaced;n=-;a=city
    officials]] were staying there on Sunday, they said. Volunteers have handed out [[more than
    20,000 hot meals|aid;a=Volunteers]] since the centre opened, a spokeswoman said. Karpaty
    Lviv, who play at the smaller Ukraina stadium, have moved training to a school pitch. The
    city says it has taken in [[more than 200,000 people|displaced;a=The city]] since {{February
    24}}, and [[48 schools|capacity;a=The city]] and [[three sports
    halls|capacity;u=structure;a=The city]] are being used as shelters. [[Four field
    kitchens|aid;u=other]] run by the Red Cross stand outside the east stand.""",
)

item(
    "Wrestling federation lifts ban on Russians as neutrals",
    """United World Wrestling said on Friday that Russian and Belarusian wrestlers could compete
    again as neutral athletes, after a ban of more than {{two years}}. The governing body said
    [[38 Russian wrestlers|other;a=The governing body]] had passed the vetting process, while
    [[11 others|other;a=The governing body]] were rejected because of links to the army. Russia
    won {{six golds}} at the last world championships it attended, in {{2021}}. Ukraine's
    federation said it would not send [[its 40-strong team|other;n=team]] to events where
    Russians compete. [[At least 17 Ukrainian wrestlers|killed;a=Ukraine's federation]] have
    died fighting, Ukraine's federation said, and [[two|missing;n=-;a=Ukraine's federation]] are
    missing. [[Nearly 100 Ukrainian coaches|combatants;a=the sports ministry]] are serving in
    the army, according to the sports ministry.""",
)

item(
    "Mariupol's ice rink becomes Russian military base, say Ukrainian officials",
    """The ice palace in occupied Mariupol, once home to a junior hockey school, is being used
    by Russian troops as a barracks and vehicle depot, Ukrainian officials said. [[About 300
    soldiers|combatants;a=the city's exiled council]] are stationed there, the city's exiled
    council said, citing residents. Before the war the rink had [[250 children|other]] enrolled
    in skating and hockey classes. In all, [[nine sports buildings|other;a=officials]] in the
    city are now used by the military, officials said. The council said [[at least 8,000
    residents|killed;a=The council]] died during the siege of {{2022}} and [[about
    350,000|displaced;n=-;a=The council]] left the city. [[About 20,000 people|civilians;a=the
    council]] still live in the city without running water, the council said. Russian officials
    say they have rebuilt [[12 apartment blocks|housing;u=structure;a=Russian officials]].""",
)

item(
    "Kyiv marathon returns with runners from 34 countries",
    """The Kyiv marathon returned on Sunday for the first time since {{2021}}, with [[about
    8,000 runners|other;a=organisers]] on the course, organisers said. The race, shortened to a
    {{10km}} loop because of air-raid rules, raised money for a rehabilitation centre for
    wounded soldiers. Among the runners were [[120 veterans|other]] on prosthetic legs or in
    hand cycles. The winner finished in {{29 minutes 48 seconds}}. Police deployed [[1,200
    officers|combatants]] along the route, and [[about 400 volunteers|other]] handed out water.
    [[Around 2,000 children|other;a=organisers]] ran a {{1km}} race, organisers said, and [[15
    shelters|capacity;a=organisers]] were marked along the course in case of an air-raid alert.""",
)

item(
    "Ukraine's women's football team beat Albania in Poland",
    """Ukraine's women beat Albania {{3-0}} in a Nations League match played in Krakow, as their
    home games have been since {{2022}}. Nadiia Kunina scored twice in the {{first 20 minutes}}
    and the visitors rarely threatened. Ukraine, {{29th}} in the FIFA rankings, are {{second}}
    in their group with {{10 points}} from {{five matches}}. The squad had travelled {{17
    hours}} by bus and train from Kyiv.""",
)

item(
    "Russia's sports ministry plans new league for occupied territories",
    """Russia's sports ministry said on Tuesday it would create a football league in the
    occupied regions of Ukraine for the {{2026}} season. It did not say how it would be paid
    for. A UEFA spokesperson said the governing body did not recognise the transfer of the
    Crimean clubs in {{2014}} and would not do so now. Ukraine's football federation said the
    plan broke rules adopted by UEFA's executive committee in {{December 2014}}.""",
)

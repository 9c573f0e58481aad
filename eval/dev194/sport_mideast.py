"""Gaza and Israel, Syria, Lebanon, Yemen and Iraq: players killed, stadiums turned into
shelters and detention sites, leagues halted, teams in exile (14 texts with figures, 2
without)."""

from _wrap import item

item(
    "Palestinian FA says hundreds of athletes killed in Gaza war",
    """The Palestinian Football Association said on Wednesday that [[at least 585
    athletes|killed;a=The Palestinian Football Association]] had been killed in Gaza since
    October {{2023}}, [[265 of them footballers|killed;n=footballers;a=The Palestinian Football
    Association]]. The association said [[about 150 children|killed;a=The association;alt=The
    Palestinian Football Association]] from club academies were among the dead. Israeli
    bombardment had destroyed or damaged [[288 sports facilities|housing;a=The Palestinian
    Football Association]], it said, including the Yarmouk and Palestine stadiums. Yarmouk
    stadium was used by Israeli forces as a detention site, where [[dozens of men|arrested]]
    were photographed stripped to their underwear. Israel's military said it had detained [[more
    than 60 suspects|arrested;a=Israel's military]] at the site. [[Two referees|killed]] were
    killed in a strike on Khan Younis in January.""",
)

item(
    "Gaza stadium shelters thousands as rain floods tents",
    """[[Thousands of displaced families|displaced]] have crowded into the Palestine stadium in
    Gaza City, where [[more than 700 tents|capacity;u=other]] now cover the pitch and running
    track. The UN agency for Palestinian refugees said [[about 7,000 people|displaced;a=The UN
    agency for Palestinian refugees]] were living in and around the ground. "The stands are our
    walls," said a former goalkeeper who lives there with [[11 relatives|displaced]]. Heavy rain
    on Monday flooded [[at least 90 tents|other]], the Gaza civil defence said, and [[two
    children|killed;a=the Gaza civil defence]] died of cold in the camp last week. Aid groups
    delivered [[1,200 blankets|aid;a=Aid groups]] on Tuesday, they said.""",
)

item(
    "Israeli league suspended after Hamas attack; players called up",
    """The Israel Football Association suspended all league matches after the Hamas attack of
    October {{7}}, in which [[about 1,200 people|killed]] were killed and [[251|kidnapped;n=-]]
    taken hostage. The association said [[around 150 players|combatants;a=The
    association;alt=The Israel Football Association]] from the top two divisions had been called
    up as reservists. Foreign players at [[at least 20 clubs|other;u=other;a=The
    association;alt=The Israel Football Association]] left the country, it said. Maccabi Haifa,
    who were {{third}} in the Premier League, lost [[two youth players|killed]] in the attack on
    kibbutz Be'eri. Games resumed in November without away fans. The association said [[at least
    12 registered players|killed;a=The association;alt=The Israel Football Association]] had
    died in the war by the end of {{2024}}, and [[five|arrested;n=-]] Palestinian players from
    East Jerusalem clubs were detained by police.""",
)

item(
    "Israeli basketball club plays Euroleague home games in Belgrade",
    """Maccabi Tel Aviv will play its Euroleague home games in Belgrade again this season, the
    club said, citing security advice. The team beat Olympiacos {{88-79}} on Thursday in front
    of [[about 2,000 fans|other]], most of them from the local Jewish community. Euroleague said
    it had deployed [[more than 300 police and security staff|combatants;n=police and security
    staff;a=Euroleague]] for the game. Hapoel Tel Aviv, {{fourth}} in the standings, play in
    Sofia. The club has not played at home since {{2023}}; [[14|other;n=-]] of its [[16
    players|other]] are foreign, and [[three|other;n=-]] left the team after the war started.
    Serbian police said they arrested [[four men|arrested;a=Serbian police]] outside the arena.""",
)

item(
    "Gaza's only Olympic swimmer trained in a flooded crater",
    """Palestine will send [[eight athletes|other;p;a=the Palestine Olympic Committee]] to the
    Paris Olympics, the Palestine Olympic Committee said, [[one of them|other;n=-]] born and
    raised in Gaza. The committee's president said [[more than 400 of its
    members|killed;n=members;a=The committee's president]] had been killed, among them the coach
    of the national football team, and [[at least 90 club buildings|housing;a=The committee's
    president]] had been destroyed. Swimmer Yazan, {{25}}, could not train in the enclave's only
    {{50m}} pool, which has been used as a shelter for [[some 1,000 people|displaced]] since
    {{2023}}. Palestine's delegation in Tokyo had [[five athletes|other]]. The ministry of
    health in Gaza says [[more than 39,000 people|killed;a=The ministry of health in Gaza]] have
    been killed.""",
)

item(
    "Lebanon league halted as Israeli strikes hit Beirut suburbs",
    """The Lebanese Football Association postponed the season on Monday after Israeli strikes on
    Beirut's southern suburbs, where [[three first-division clubs|other;u=other]] are based. The
    health ministry said [[558 people|killed;a=The health ministry]] were killed, including [[50
    children|killed;a=The health ministry]], and [[1,835 wounded|injured;a=The health ministry]]
    on the deadliest day since {{2006}}. The Camille Chamoun Sports City stadium was opened as a
    shelter, and [[about 2,500 displaced people|displaced;a=the municipality]] had arrived by
    evening, the municipality said. Nejmeh, who won the league in {{2014}}, said [[four of their
    players|displaced;n=players;a=Nejmeh]] had fled south Lebanon with their families. Lebanon
    are {{118th}} in the FIFA rankings. [[More than 1 million people|displaced;a=the
    government;v=1000000]] have fled their homes, the government said.""",
)

item(
    "Syrian stadium that was a prison reopens for football",
    """The Abbasiyyin stadium in Damascus hosted its first league match in more than a decade on
    Friday, after years in which the ground served as a military base. Rights groups say
    [[thousands of people|arrested;a=Rights groups]] were held in stadiums across Syria after
    {{2011}}. The Syrian Network for Human Rights said [[at least 13 footballers|killed;a=The
    Syrian Network for Human Rights]] died in government detention, and [[38
    athletes|missing;a=the group;alt=The Syrian Network for Human Rights]] are still missing,
    the group said. A crowd of [[about 15,000|other;n=-]] watched Al-Wahda beat Al-Jaish
    {{2-0}}. The sports ministry says [[22 stadiums|housing;u=structure;a=The sports ministry]]
    need rebuilding. [[Up to 30,000 spectators|capacity;a=the ministry]] will fit in the rebuilt
    Aleppo stadium, the ministry says, and [[about 1,500 workers|other;p;a=the ministry]] will
    be hired. [[Dozens of former players|returned]] have come back from Turkey and Germany.""",
)

item(
    "Syrian refugee swimmer carries flag for refugee team",
    """A Syrian swimmer who fled Damascus in {{2015}} will carry the flag for the Refugee
    Olympic Team in Paris, the IOC said. The team has [[37 athletes|displaced]] from [[11
    countries|other;u=other]], competing in {{12 sports}}, up from [[29 athletes|displaced]] in
    Tokyo and [[10|displaced;n=-]] in Rio. UNHCR says [[more than 120 million
    people|displaced;a=UNHCR]] are now forcibly displaced worldwide. The swimmer finished
    {{fifth}} in her heat in Tokyo in {{1:09.67}}. Germany, where she lives, hosts [[about
    970,000 Syrians|displaced;a=federal statistics]], according to federal statistics. [[Almost
    500,000 Syrians|returned;a=UNHCR]] have gone home since December, UNHCR said.""",
)

item(
    "Yemen's footballers train in Saudi Arabia as war keeps league idle",
    """Yemen's national team will prepare for the Asian Cup qualifiers in Saudi Arabia because
    no stadium at home meets safety standards, the federation said. The Yemeni league has not
    been completed since {{2014}}, and [[about 80 players|displaced;a=the federation]] now play
    in the Gulf and in Egypt, the federation said. Saudi-led coalition air strikes damaged the
    Al-Ulaimi stadium in Sanaa, and Houthi fighters used [[at least four sports
    grounds|other;u=structure;a=a UN panel of experts]] as weapons depots, a UN panel of experts
    said. Yemen, {{155th}} in the world, drew {{1-1}} with Nepal. The UN says [[more than 4.5
    million Yemenis|displaced;v=4500000;a=The UN]] are displaced, and [[at least 30 sports
    clubs|other;u=other;a=the federation]] have closed, according to the federation. [[Hundreds
    of young footballers|civilians]] in Taiz play on a dirt pitch near the front line.""",
)

item(
    "Houthi strike hits Marib sports hall sheltering displaced",
    """A Houthi missile struck a sports hall in Marib that was sheltering displaced families,
    killing [[nine people|killed;a=the government's human rights office]], including [[five
    children|killed;a=the government's human rights office]], the government's human rights
    office said. [[Another 16|injured;n=-;a=the office;alt=the government's human rights
    office]] were wounded, the office said. The hall was home to [[about 60 families|displaced]]
    who had fled fighting in Sirwah district. Marib hosts [[more than 2 million displaced
    people|displaced;a=the International Organization for Migration;v=2000000]], according to
    the International Organization for Migration. Local authorities said they had moved [[the
    remaining 230 residents|displaced;a=Local authorities]] of the hall to [[two
    schools|capacity;a=Local authorities]]. The hall's [[40 tents|capacity]] were burned.""",
)

item(
    "Iraq reopens Mosul stadium destroyed in fight against Islamic State",
    """Iraq reopened Mosul's main stadium on Saturday, seven years after the city was retaken
    from Islamic State. The militants had used the ground for public executions, and [[at least
    13 young footballers|killed;a=Iraqi officials]] were killed there in {{2015}}, Iraqi
    officials said. The new stand holds [[20,000 spectators|capacity]]. The government said it
    had rebuilt [[14 sports facilities|housing;a=The government]] in Nineveh province and plans
    [[10 more|housing;p;n=-;u=structure;a=The government]] by the end of {{2026}}. A suicide
    bombing at a football pitch in Iskandariya in {{2016}} killed [[41 people|killed]], most of
    them teenagers. About [[1,300 workers|other]] took part in the rebuilding. [[About 5,000
    families|displaced;a=the ministry of migration]] from Mosul are still in camps, the ministry
    of migration says.""",
)

item(
    "Rocket fire forces evacuation of Israeli club's training ground",
    """Hapoel Be'er Sheva's squad was evacuated from its training ground on Tuesday after
    rockets were fired from Gaza, the club said. [[All 28 players|displaced;n=players;a=the
    club]] and staff reached a shelter within {{90 seconds}}, it said. Magen David Adom said
    [[three people|injured;a=Magen David Adom]] were lightly hurt in the city. The club, who are
    {{second}} in the league on {{41 points}}, postponed Wednesday's friendly. The army said
    [[about 40 rockets|other;a=The army]] were fired, most of them intercepted. [[Some 60
    residents|displaced;a=the municipality]] of a damaged building were put up in a hotel, the
    municipality said, and [[two cars|other]] were set on fire by shrapnel.""",
)

item(
    "Kirkuk club leaves Kirkuk after attacks",
    """A football club from Kirkuk has moved to Erbil after gunmen attacked its bus on the road
    from Tuz Khurmatu, killing the driver and wounding [[three players|injured;a=police]],
    police said. The club said [[its 31 players|displaced;a=The club]] and [[12
    staff|displaced;a=The club]] would live in a hotel in Erbil for the rest of the season.
    Kirkuk province has seen [[at least six attacks|other;u=other;a=a security source]] on
    sports teams this year, a security source said. In {{2017}} the club lost [[two
    players|killed]] when fighting for the city emptied its stadium, which then housed [[about
    400 families|displaced]] for {{eight months}}. The club are {{ninth}} in the Iraq Stars
    League. [[Fourteen junior players|displaced]] stayed behind with relatives.""",
)

item(
    "Gaza's women footballers scattered by war",
    """Before the war, the women's team of a Gaza City club had [[24 registered players|other]],
    its coach said. Now [[three|killed;n=-]] are dead, [[five|displaced;n=-]] have left for
    Egypt and the rest live in tents in Mawasi. The coach, {{31}}, lost [[17 members of her
    family|killed]] in an air strike on Nuseirat. She keeps a training plan in her phone for
    "the day we can play again". The Palestinian FA says [[at least 20 women
    athletes|killed;a=The Palestinian FA]] have died in Gaza. [[Tens of thousands of
    children|civilians;a=UNICEF]] in Gaza have no school or sports club to go to, UNICEF says.
    [[Nearly 1.9 million people|displaced;v=1900000;a=the UN]] in Gaza have been displaced,
    according to the UN.""",
)

item(
    "FIFA delays ruling on Israel suspension bid",
    """FIFA's council said on Thursday it would take legal advice on a Palestinian motion to
    suspend Israel, delaying a decision for at least {{two months}}. The vote was first due in
    {{May 2024}}. Israel, {{76th}} in the rankings, beat Norway's {{under-21s}} {{4-2}} in a
    friendly in Budapest the same week.""",
)

item(
    "Lebanese runners return to Beirut marathon after war",
    """The Beirut marathon was run on Sunday for the first time since {{2023}}, after a
    ceasefire in November ended {{14 months}} of cross-border fire. The men's winner crossed the
    line in {{2:14:05}} and took home {{$10,000}}. The course avoided the southern suburbs, and
    the {{10km}} fun run started at {{7am}}.""",
)

"""Items: Israel's strikes on Damascus and Suwayda, and flight to Hmeimim, the mountains and Lebanon."""

from _wrap import item

item(
    "Israeli strikes hit army headquarters in Damascus",
    """Israeli warplanes struck the Syrian army's General Staff headquarters in central Damascus
    on {{July 16}}, and the health ministry said [[three people|killed;a=health ministry]] were
    killed and [[34|injured;a=health ministry]] wounded. The strikes, the heaviest on the capital
    this year, also hit a site near the presidential palace. The Israeli military said it had
    carried out [[more than 160 strikes|other;u=other;a=The Israeli military]] across southern
    Syria since Monday, most of them on tanks and convoys heading for Suwayda. Civil defence
    teams said they had pulled [[five people|other;a=Civil defence teams]] alive from the rubble.
    Among the wounded were [[four soldiers|injured]] on guard at the gate. [[At least 12
    buildings|housing;a=the Damascus governorate]] around Umayyad Square were
    damaged, the Damascus governorate said. Israel says it is protecting the Druze, who number
    [[about 700,000|civilians]] in Syria.""",
)

item(
    "Dozens of troops killed as Israel strikes convoys near Suwayda",
    """Israeli air strikes on government convoys on the roads into Suwayda killed [[at least 15
    soldiers|killed;a=Syrian Observatory for Human Rights]] on {{July 14}}, according to the
    Syrian Observatory for Human Rights. A defence ministry official said [[more than 20
    tanks|other;a=A defence ministry official]] and armoured vehicles had been hit. By {{July
    17}}, the observatory said Israeli strikes had killed [[about 70 members of the government
    forces|killed;n=members;a=the observatory;alt=Syrian Observatory for Human Rights]] in the
    province. [[Dozens of wounded soldiers|injured]] were taken to hospitals in Daraa and Izraa.
    The Israeli military said it had sent [[hundreds of additional troops|combatants;a=The
    Israeli military]] to the Golan frontier. [[Hundreds of Druze from the Israeli
    side|other;n=Druze]] crossed the frontier fence to reach relatives, and the army said it had brought [[about 200 of
    them|returned;n=-;a=the army]] back.""",
)

item(
    "UNHCR: Syrians still crossing into northern Lebanon",
    """UNHCR said on {{April 4}} that [[about 21,000 Syrians|displaced;a=UNHCR]] had arrived in
    northern Lebanon since the violence on the coast in March, most of them Alawites. The agency
    said the new arrivals were spread across [[some 25 villages|other;a=The agency;alt=UNHCR]] in
    Akkar and [[around 15 villages|other;a=The agency;alt=UNHCR]] in the Tripoli area. It said
    [[about 1,200 families|displaced;a=UNHCR]] were living in overcrowded shelters, including
    [[eight mosques|capacity;a=UNHCR]] and a disused school. Lebanese authorities put the number
    of new arrivals higher, at [[up to 40,000|displaced;a=Lebanese authorities]]. UNHCR said it
    had distributed [[3,500 mattresses|aid;a=UNHCR]] and planned cash help for [[2,000
    households|aid;p;a=UNHCR]] in May.""",
)

item(
    "Lebanese army turns back Syrians at the northern border",
    """The Lebanese army said it had stopped [[1,150 Syrians|returned;a=The Lebanese army]] trying to
    cross illegally in the north over the past week and sent them back across the border. A
    statement said [[14 smugglers|arrested;a=A statement]] had been arrested and [[nine
    vehicles|other;a=A statement]] seized. The army has deployed [[around 1,000
    soldiers|combatants;a=The army]] along the frontier since March, the statement said. In the
    village of Hekr al-Daher, the mayor said [[some 200 families|displaced;a=the mayor]] were
    staying with relatives after crossing the Nahr al-Kabir. The village itself has [[about 5,000
    residents|civilians;a=the mayor]], he said. A Lebanese soldier was wounded in an exchange of
    fire with smugglers on {{March 17}}.""",
)

item(
    "Last families leave Hmeimim air base",
    """The last of the Syrians who took refuge at Russia's Hmeimim air base in March have left, a
    Russian official said on {{May 2}}. At its height, the base sheltered [[about 9,000
    people|displaced;a=the official]], the official said. Russian officers said [[roughly
    6,500|returned;a=Russian officers]] had gone back to their villages and [[the remaining
    2,500|displaced;a=Russian officers]] had moved to relatives in Latakia and Jableh. Syrian
    officials said they had sent [[40 buses|other;a=Syrian officials]] to take them home over
    {{three weeks}}. The Russian military said it had handed out [[more than 100,000
    meals|aid;a=The Russian military]] during the weeks the families were there. [[At least 30
    of the people|missing;n=people;a=relatives]] who had left the base in April have not been heard from,
    relatives told AFP.""",
)

item(
    "Returns from Lebanon outpace new arrivals",
    """[[More than 400,000 Syrians|returned;a=UNHCR]] have returned from Lebanon since December
    {{2024}}, UNHCR said in {{July 2025}}, even as new arrivals fled the coast and Suwayda. The
    agency said [[around 97,000 people|displaced;a=The agency;alt=UNHCR]] had crossed the other way,
    into Lebanon, in the same period. Lebanon's general security said it registered [[1,500 to
    2,000 returns a day|returned;n=returns;a=Lebanon's general security]] at the Masnaa crossing in
    the first week of July. UNHCR says [[about 1.4 million Syrians|displaced;a=UNHCR]] remain in
    Lebanon. The agency plans to help [[up to 200,000 refugees|returned;p;a=The agency;alt=UNHCR]]
    go home by the end of the year with cash and transport. [[Some 60,000|returned;a=the
    agency;alt=UNHCR]] of those who have returned went back to Latakia and Tartus, the agency
    said, while [[6,000-7,000 families|displaced;a=the agency;alt=UNHCR]] who fled the coast in
    March are registered with it in Akkar, it said.""",
)

item(
    "Christian valley opens its doors to Alawite families",
    """In Wadi al-Nasara, the Valley of the Christians west of Homs, churches and monasteries have
    taken in [[about 600 Alawite families|displaced;a=the Greek Orthodox patriarchate]] from
    nearby villages, the Greek Orthodox patriarchate said. The Monastery of St George alone housed
    [[around 350 people|displaced]] in March. The patriarchate said [[11 churches|capacity;a=The
    patriarchate]] and [[four halls|capacity;u=structure;a=The patriarchate]] had been opened as
    shelters. Parishioners collected [[2,000 blankets|aid]] in a week. "They slept on the floor of the nave," said a priest. [[Fewer than 100 families|displaced;a=the patriarchate]] are
    still there, the patriarchate said in June.""",
)

item(
    "Israeli drone strike hits tanks in Suwayda countryside",
    """An Israeli drone struck [[three tanks|other]] near the town of al-Mazraa on Monday, the
    Israeli military said, days after it warned Damascus not to send heavy weapons to the south.
    The Syrian Observatory for Human Rights said [[six soldiers|killed;a=Syrian Observatory for
    Human Rights]] were killed and [[four|injured;a=Syrian Observatory for Human Rights]]
    wounded. Israel's defence minister Israel Katz said the army would strike "every column" that
    approached. The Syrian government said [[about 3,000 of its troops|combatants;a=The Syrian
    government]] were deployed in Daraa and Suwayda. Residents of al-Mazraa said [[40 families|displaced;a=Residents
    of al-Mazraa]] had fled to the city after the strike. The observatory said [[at least 40
    soldiers|killed;a=The observatory;alt=Syrian Observatory for Human Rights]] had died in Israeli strikes in the province in a
    week.""",
)

item(
    "Rescuers dig through rubble after Damascus strike",
    """Civil defence crews worked through the night after the strike on the defence ministry
    complex in Damascus, the White Helmets said on {{July 17}}. The group said [[62 rescuers|other;a=The
    group]] and [[nine ambulances|other;a=The group]] were deployed to the site. Health minister
    Musab al-Ali said the dead included [[two ministry employees|killed;n=employees;a=Musab
    al-Ali]] and that [[18 of the injured|injured;n=-;a=Musab al-Ali]] remained in hospital. Shopkeepers
    said windows were shattered in [[dozens of shops|housing;u=structure;a=Shopkeepers]] on nearby streets, and [[14 cars|other;a=Shopkeepers]] parked outside were destroyed. The
    {{five-storey}} building was hit by [[at least four missiles|other;a=security footage]], according to
    security footage.""",
)

item(
    "Alawite families sheltering in Tartus mountain villages",
    """[[Tens of thousands of people|displaced;a=local officials]] fled from Baniyas and the
    villages south of Jableh to the mountains above Tartus in March, local officials say. The town
    of al-Sheikh Badr alone took in [[an estimated 12,000|displaced;a=its mayor]], its mayor said.
    He said [[30 schools|capacity;a=its mayor]] had been turned into shelters and that [[nearly
    2,000 families|displaced;a=its mayor]] were staying in private homes. UNICEF said it had
    trucked in water for [[15,000 people|aid;a=UNICEF]] and delivered [[5,000 hygiene
    kits|aid;a=UNICEF]]. By May, [[some 4,000 people|returned;a=the mayor]] had gone back to
    Baniyas, the mayor said. Many returned to find their shops looted.""",
)

item(
    "Israel says it struck 'regime forces' approaching Druze towns",
    """The Israeli military said on {{July 15}} that its aircraft had hit [[dozens of military
    vehicles|other;a=The Israeli military]] on the roads to Suwayda, including tanks, rocket
    launchers and armoured personnel carriers. A Syrian security source said [[as many as 50
    soldiers|killed;a=A Syrian security source]] died in the strikes. Prime Minister Benjamin
    Netanyahu said Israel would not allow forces south of Damascus. In the Golan, the army said
    [[about 1,000 Druze citizens|other;n=citizens;a=the army]] had gathered at the fence and that
    [[several dozen|other;a=the army]] had crossed into Syria. The army said [[two
    soldiers|injured;a=The army]] were lightly hurt while trying to stop them. [[Four|arrested;a=The
    army]] were detained, it said.""",
)

item(
    "Strikes near Suwayda: villagers take cover in basements",
    """Residents of villages north of Suwayda city said they spent the night in basements as
    Israeli jets struck government positions nearby. In al-Sura al-Kabira, a farmer said [[his
    family of eight|displaced;n=family;u=person;a=a farmer]] had left for relatives in the city after a strike
    hit an army position {{500 metres}} from their house. Local activists said [[at least 120
    families|displaced;a=Local activists]] fled the village in {{two days}}. The {{Suwayda 24}} network
    reported [[11 civilians|injured;a=The Suwayda 24 network]] hurt by shrapnel. In the city, [[about 2,000 people|displaced;a=the governorate]] slept in the basements of
    [[nine public buildings|capacity;a=the governorate]], the governorate said. The village council
    said [[14 houses|housing;a=The village council]] had been damaged and [[one
    school|housing;a=The village council]] destroyed.""",
)

item(
    "Lebanon's north strains under new arrivals",
    """Akkar, Lebanon's poorest region, already hosted [[about 150,000 Syrian
    refugees|displaced;a=UNHCR]] before the coastal violence, according to UNHCR. Since March,
    municipal officials say, [[between 15,000 and 20,000 more|displaced;n=-;a=municipal
    officials]] have arrived. The Lebanese Red Cross said it had treated [[more than 80
    people|injured;a=The Lebanese Red Cross]] for injuries and exposure. The World Food Programme
    said it would add [[25,000 people|aid;p;a=The World Food Programme]] to its monthly lists.
    Lebanese host families have taken in [[around 3,000 households|displaced]]. In Akkar alone,
    [[12 schools|capacity;a=the education ministry]] are now used as shelters, the education
    ministry said. Local officials fear the arrivals could top [[50,000|displaced;p;a=Local officials]] if
    the violence on the coast resumes.""",
)

item(
    "Israel-Syria security talks: what is on the table",
    """Israeli and Syrian officials met in Paris on {{July 24}} for talks mediated by the United
    States, the {{third}} such meeting. Israel wants a demilitarised zone stretching up to {{65
    km}} from the Golan frontier. Syria wants a return to the lines of the {{1974}} disengagement
    agreement. A deal was expected by {{September}}, officials said, but none was signed by the
    end of {{2025}}. About {{90%}} of Syrians polled in August opposed a peace treaty.""",
)

item(
    "Rebuilding the defence ministry: costs and timetable",
    """Syria's defence ministry said on {{August 12}} that repairs to its headquarters in Damascus,
    damaged by Israeli strikes on {{July 16}}, would cost about {{$12 million}}. The building,
    completed in {{1983}}, has {{seven floors}} and covers {{20,000 square metres}}. Work is due to
    take {{18 months}}. A Gulf state has offered to pay {{50%}} of the bill, officials said.""",
)

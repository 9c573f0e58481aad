"""Sudan, Somalia, DR Congo and Libya: leagues abroad, stadiums as camps and bases, players
killed and displaced, fans in crushes and bombings (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Sudan's top clubs play in Rwanda and Mauritania as war rages",
    """Al-Hilal and Al-Merrikh, Sudan's two biggest clubs, will play the season in the Rwandan
    and Mauritanian leagues as guests, officials said on Sunday. Sudan's football federation
    said [[at least 14 clubs|displaced;u=other;a=Sudan's football federation]] had moved abroad
    or to eastern Sudan since the war began in April {{2023}}, and [[more than 60
    players|killed;a=Sudan's football federation]] had been killed. The RSF occupied Al-Hilal's
    stadium in Omdurman for {{eight months}} and used it as a base, the club said. Sudan's
    national team, {{89th}} in the world, still reached the Africa Cup of Nations finals. The UN
    says [[nearly 12 million people|displaced;a=The UN]] have fled their homes, [[about 3
    million|displaced;n=-;v=3000000;a=The UN]] of them across the border. Al-Hilal said [[11 of
    its players|displaced;n=players;a=Al-Hilal]] had brought their families to Kigali. Rwanda's
    league said it had registered [[48 Sudanese players|other;a=Rwanda's league]].""",
)

item(
    "Khartoum's sports city used as RSF detention site, witnesses say",
    """The Khartoum sports city complex was used by the Rapid Support Forces as a detention
    centre where [[hundreds of men|arrested;a=former detainees]] were held, former detainees
    told Reuters. [[Three of them|arrested;n=-;a=former detainees]] said they were kept with
    [[about 200 other prisoners|arrested;a=former detainees]] in a changing room built for [[40
    players|capacity]]. One said he saw [[at least 11 people|killed;a=One]] die from beatings or
    hunger. After the army retook the area in March, it found a mass grave with [[64
    bodies|killed;a=the army]] near the athletics track, it said. The RSF denied the accounts.
    The army said it freed [[about 70 detainees|arrested;a=The army]] from the complex.""",
)

item(
    "El Fasher stadium shelters displaced as siege tightens",
    """[[About 15,000 people|displaced;a=the local Emergency Response Room]] were sheltering in
    and around El Fasher's football stadium, the local Emergency Response Room said, after RSF
    shelling drove them from the Abu Shouk camp. Volunteers had dug [[12 latrines|aid]] for all
    of them. An RSF drone struck the stadium on Thursday, killing [[at least 19
    people|killed;a=the Sudan Doctors Network]] and wounding [[37|injured;n=-;a=the Sudan
    Doctors Network]], the Sudan Doctors Network said. The stadium had hosted Al-Fasher's
    matches in the Darfur league until {{2023}}; its stands hold [[8,000 spectators|capacity]].
    The UN said [[an estimated 260,000 civilians|civilians;a=The UN]] were trapped in the city,
    and [[hundreds of families|displaced]] arrived at the stadium each night.""",
)

item(
    "Sudanese refugee runner qualifies for Paris with refugee team",
    """A Sudanese runner who fled Darfur as a child ran {{13:45.1}} for {{5,000 metres}} in
    Nairobi, securing a place on the Refugee Olympic Team. He trained in Kakuma camp, home to
    [[more than 280,000 refugees|displaced;a=UNHCR]], according to UNHCR. The camp's athletics
    programme has [[about 120 runners|other]], and [[six of them|other;n=-]] have made Olympic
    teams since {{2016}}. The Kenyan government gave the programme [[two minibuses|aid]] last
    year. Since {{2013}}, [[more than 1,000 South Sudanese and Sudanese|displaced;n=South
    Sudanese and Sudanese]] have arrived in Kakuma each month. [[Three of the runners|other]]
    are from Sudan. The camp's clinic treated [[about 35 children|injured]] for malnutrition
    last month. Kenya hosts [[over 800,000 refugees|displaced;a=Kenya's refugee agency]],
    Kenya's refugee agency says.""",
)

item(
    "Al-Shabaab bomb at Mogadishu stadium kills football fans",
    """A bomb exploded near Mogadishu's Banadir stadium as fans left a regional league final on
    Friday, killing [[at least nine people|killed;a=police]] and wounding [[more than
    30|injured;n=-;a=police]], police said. Al-Shabaab said it carried out the attack. The Aamin
    ambulance service said it had carried [[21 wounded|injured;a=The Aamin ambulance service]]
    to hospitals, among them [[four players|injured;a=The Aamin ambulance service]]. The
    stadium, which the group used as a base until {{2011}}, was rebuilt with Chinese help and
    seats [[about 15,000|capacity;n=-]]. Somalia's federation said it had suspended {{all 16
    fixtures}} of the coming weekend. Security forces arrested [[eight suspects|arrested]] in
    raids on Saturday. Somalia's football federation said {{about 200 matches}} were played in
    the capital last season without an attack, watched by [[more than 100,000
    fans|other;a=Somalia's football federation]] in all.""",
)

item(
    "Somali women's basketball players defy threats",
    """Somalia's women's basketball team, which plays its home games behind the walls of
    Mogadishu's police academy, won bronze at the regional games. Al-Shabaab has threatened the
    team since it was formed, and [[two players|killed]] were shot dead in {{2015}} and
    {{2019}}. The federation says [[about 90 women|other;a=The federation]] now play in the
    capital's league. [[Some 30 police officers|combatants;a=officials]] guard each match,
    officials said, and [[four armoured vehicles|other]] park by the gate. [[Eight
    players|displaced;a=the coach]] have left for Kenya or Europe since {{2020}}, the coach
    said, and [[about 200 girls|other]] attend the federation's school programme. The team
    travels with [[12 bodyguards|combatants;a=officials]], officials said. In {{2023}} [[three
    players|displaced]] sought asylum in Uganda after a tournament.""",
)

item(
    "Goma's stadium fills with displaced families as M23 advances",
    """The Stade de l'Unité in Goma has become a camp for [[some 4,000 displaced
    people|displaced;a=the local Red Cross]], the local Red Cross said, as the {{M23}} rebels
    pressed on the city. The Red Cross said [[about 600 families|displaced;a=The Red Cross]]
    slept on the pitch and in the stands, with [[eight water points|aid;u=other]] and [[20
    latrines|aid]] for all of them. The rebels seized Goma days later; the UN said [[at least
    2,900 bodies|killed;a=the UN]] were collected from the streets. DR Congo's league was
    suspended, and AS Dauphin Noir, Goma's club, has not played since. The national team, the
    Leopards, beat Morocco {{2-1}} in qualifying. The rebels later said [[about 1,500 government
    soldiers|arrested;a=The rebels]] had surrendered and were being held in the stadium. MSF
    said it had treated [[more than 600 wounded people|injured;a=MSF]] in Goma's hospitals.""",
)

item(
    "Congolese players urge fans to look east in World Cup protest",
    """DR Congo's players covered their mouths with one hand and pointed two fingers at their
    temples before their Africa Cup of Nations semi-final, in protest at the war in the east.
    The gesture was watched by [[about 50,000 spectators|other]] in Abidjan. Government figures
    say [[more than 7 million people|displaced;a=Government figures;v=7000000]] are displaced in
    the country. The team lost {{1-0}} to the hosts. [[Three squad members|other]] play for Goma
    clubs that have not played since the city fell, and [[at least 500
    people|killed;a=officials]] died in fighting in Bukavu, officials said. The federation gave
    [[500 food parcels|aid;a=The federation]] to displaced families in Goma, it said.""",
)

item(
    "Beni football pitch massacre: ADF kills villagers watching match",
    """Suspected Allied Democratic Forces fighters attacked villagers watching a football match
    in Beni territory on Sunday, killing [[at least 23 people|killed;a=the local civil
    society]], the local civil society said. [[Nine players|killed;a=the local civil society]]
    were among the dead, it said, and [[at least 14 people|kidnapped;a=the local civil society]]
    were taken into the forest. The army said it had sent [[two
    companies|combatants;u=other;a=The army]] to the area. The attack forced [[about 1,800
    households|displaced;a=OCHA]] to flee to Oicha, according to OCHA. The UN says the ADF has
    killed [[more than 6,000 civilians|killed;a=The UN]] in Beni and Ituri since {{2014}}. [[Two
    of the hostages|kidnapped;n=hostages]] escaped on Tuesday.""",
)

item(
    "Libyan league cancelled after Tripoli clashes",
    """The Libyan Football Federation cancelled the rest of the season after clashes between
    armed groups in Tripoli killed [[at least 32 people|killed;a=the health ministry]] and
    wounded [[159|injured;n=-;a=the health ministry]], the health ministry said. The fighting
    damaged the Tripoli international stadium and [[two club headquarters|housing;u=structure]].
    Al-Ittihad, who had {{39 points}} from {{17 games}}, were awarded the title. In Benghazi,
    the Martyrs of February stadium hosted [[about 3,000 displaced people|displaced]] after the
    Derna floods. The UN mission said [[about 4,000 families|displaced;a=The UN mission]] fled
    the fighting in southern Tripoli. Rival armed groups deployed [[hundreds of
    fighters|combatants]] and [[dozens of armed vehicles|other]] near the stadium. [[At least 12
    people|missing;a=the Red Crescent]] are missing, the Red Crescent said.""",
)

item(
    "Libyan footballer among migrants rescued off Lampedusa",
    """A former Libyan {{under-20}} international was among [[47 migrants|other;a=the Italian
    coast guard]] rescued off Lampedusa on Tuesday, the Italian coast guard said. The midfielder
    said he had left Tripoli after gunmen kidnapped [[his brother and two
    cousins|kidnapped;v=3;n=brother and two cousins]] over a debt. The coast guard said [[three
    people|missing;a=The coast guard]] were missing. The IOM says [[more than 1,400
    migrants|missing;a=The IOM]] died or went missing on the central Mediterranean route last
    year, and [[about 20,000|returned;n=-;a=The IOM]] were intercepted and returned to Libya.
    The midfielder said [[20 to 25 people|other;a=The midfielder]] were on the boat.""",
)

item(
    "Derna club rebuilds after flood that killed players",
    """Al-Afriqi, the football club of Derna, returned to training on a borrowed pitch this
    week, a year after the flood that destroyed the east of the city. The club lost [[seven
    players|killed]] and its coach when two dams burst in September {{2023}}, and [[two
    players|missing]] are still missing. The club said [[about 40 of its
    families|displaced;n=families;a=The club]] were still in temporary housing. The flood killed
    [[more than 4,300 people|killed;a=the World Health Organization]], according to the World
    Health Organization, and [[about 8,000 people|missing;a=the Libyan Red Crescent]] were
    reported missing, the Libyan Red Crescent said. [[Four pitches|housing;u=structure]] in the
    city were washed away. [[More than 40,000 people|displaced;a=the IOM]] were displaced, the
    IOM said.""",
)

item(
    "Sudanese women's league players fled to Egypt",
    """Of the [[150 players|other;a=the league's organiser]] in Sudan's women's league before
    the war, [[at least 70|displaced;n=-;a=the league's organiser]] have fled to Egypt and
    [[about 20|displaced;n=-;a=the league's organiser]] to Uganda, the league's organiser said.
    Cairo's Sudanese community now runs [[six teams|other;u=other]] in a weekend tournament that
    drew [[about 400 spectators|other]] for its final. The Sudanese Football Association said it
    had registered [[more than 3,000 players|displaced;a=The Sudanese Football Association]] now
    living as refugees in Egypt, and [[at least 25 women players|killed;a=The Sudanese Football
    Association]] had died in the war. It has asked FIFA for [[200 sets of
    kit|aid;n=sets;u=other;p;a=The Sudanese Football Association]] and {{$500,000}} to start a
    refugee league.""",
)

item(
    "Somalia's athletes stay home after visa refusals",
    """Somalia withdrew from the African Games after [[12|other;n=-]] of its [[18
    athletes|other]] were refused visas, the national Olympic committee said. The team had
    trained for {{five months}}. Its {{800m}} runner, who finished {{fourth}} in {{2019}}, was
    among those refused. Somalia has never won an Olympic medal. [[Two of its athletes|displaced]]
    now live in Norway, where [[about 30,000 Somalis|displaced]] have settled since the war. The
    committee said [[the remaining six athletes|other;a=The committee]] would train in Djibouti.
    Its only coach was among [[19 people|killed]] killed in a hotel siege in {{2022}}.""",
)

item(
    "Kinshasa stadium crush kills fans after police fire tear gas",
    """[[Eleven people|killed;a=the government]], including [[two police officers|killed;a=the
    government]], died in a crush at Kinshasa's Stade des Martyrs after police fired tear gas at
    fans during a league match on Saturday, the government said. The stadium, built for [[80,000
    people|capacity]], was overfilled, officials said. [[About 60 people|injured;a=the health
    minister]] were treated in hospital, the health minister said. Police said [[about 120,000
    people|other;a=Police]] had tried to get in. [[Some 2,000 police|combatants]] had been
    deployed. [[Three organisers|arrested;a=prosecutors]] were detained, prosecutors said.""",
)

item(
    "Sudan draw with Ghana to keep AFCON hopes alive",
    """Sudan drew {{1-1}} with Ghana in Benghazi, their adopted home, to stay {{second}} in
    Group F with {{eight points}}. Coach Kwesi Appiah, {{64}}, said it was "a point for every
    Sudanese family". The team has played {{six matches}} away from home since {{2023}}.""",
)

item(
    "Libya's Olympic committee elects new head after split",
    """Libya's Olympic committee elected a new president on Saturday after {{three years}} in
    which two rival committees, in Tripoli and Benghazi, claimed to run sport in the country.
    The vote was {{27-5}}. The IOC had warned it could suspend Libya before the {{2028}} Games.""",
)

"""Negatives of eval/dev378, part B: the politics desk, peaceful protests and blockades, the military without violence."""

NEGATIVES = [
    (
        "Constitutional Tribunal war: government refuses to publish ruling, tribunal says it is binding",
        "The government refused on Wednesday to publish in the official journal the Constitutional Tribunal's ruling that struck down its amendments to the law on the tribunal, deepening the dispute that has split the country's lawyers. "
        "The prime minister's office said the judges had met in an irregular composition and that their decision was only an opinion, Rzeczpospolita reported. "
        "The president of the tribunal said the ruling was final and binding from the moment it was announced. "
        '"This is an attack on the foundations of the rule of law," the head of the Supreme Bar Council said. '
        "The opposition called on its supporters to join a march organised by the Committee for the Defence of Democracy on Saturday. "
        "The European Commission's first vice-president said Brussels was following the situation closely. "
        "The ruling party said it had a mandate from voters to repair a justice system captured by its opponents. Legal scholars from the universities of Warsaw, Kraków and Wrocław signed an open letter calling the refusal unprecedented since 1989. Several regional courts said they would apply the tribunal's ruling regardless. The justice minister, who is also prosecutor general, accused the judges of waging a political war against the elected government. The Venice Commission is due to send a delegation to Warsaw next week. Public opinion is split almost evenly, according to a poll for Rzeczpospolita.",
        "politics",
    ),
    (
        "Public media takeover: new management at TVP, the news channel goes dark",
        "The culture minister dismissed the management of public television TVP, Polish Radio and the news agency PAP on Wednesday, and the TVP Info news channel went off the air in the evening, TVN24 reported. "
        "Law and Justice MPs spent the night in the television building on Woronicza street, saying they were defending free media against an illegal takeover. "
        '"This is a war for the truth," the party\'s leader said outside the building. '
        "The minister said he had acted under the commercial companies code, because the law on public media did not allow a fair procedure. "
        "President Andrzej Duda, who vetoed the funding for public media days later, called the move a flagrant breach of the constitution. "
        "The main evening news was replaced by a new programme, presented by journalists from other stations. "
        "Media law experts were divided over whether the procedure was legal.",
        "politics",
    ),
    (
        "Buffer zone on the Belarus border extended for 90 days; border guard records fewer crossing attempts",
        "The government extended the buffer zone along the Belarusian border for another 90 days on Friday, keeping a strip of up to two kilometres closed to non-residents along about 60 kilometres of the frontier. "
        "The border guard recorded about 1,200 attempts to cross the border illegally in October, half the number of the summer, the agency's spokeswoman told PAP. "
        "Most of the people trying to cross were citizens of Ethiopia, Somalia and Eritrea who had flown to Moscow on student visas, she said. "
        "No incidents with injuries were reported in the past month, according to the agency. "
        "Human rights groups said the zone made it harder for medics and volunteers to help people in the forest. "
        "Residents of Białowieża complained that tourists had stopped coming. "
        "The interior minister said the situation on the border was under control thanks to the new barrier and extra patrols.",
        "politics",
    ),
    (
        "Smolensk subcommission dissolved; report on 'assassination' handed to prosecutors",
        "Defence Minister Władysław Kosiniak-Kamysz dissolved the subcommission that investigated the Smolensk air disaster, and a team of auditors handed a report on its work to prosecutors on Thursday, TVN24 reported. "
        "The auditors said the subcommission led by Antoni Macierewicz had hidden expert reports that contradicted its thesis of an explosion on board. "
        "The subcommission's final report, published in 2022, said the Tu-154 had been destroyed by a bomb, which the state prosecutors' own experts did not confirm. "
        'Macierewicz called the audit a political attack and said his findings were "irrefutable". '
        "The subcommission cost the state budget tens of millions of zlotys over seven years, the ministry said. "
        "Prosecutors will examine whether its members exceeded their powers. "
        "The families of several victims welcomed the decision.",
        "politics",
    ),
    (
        "Prague expels 18 Russian diplomats over Vrbětice depot blasts",
        "The Czech government expelled 18 Russian diplomats on Saturday, saying that officers of the Russian military intelligence had been involved in the explosions at the ammunition depot in Vrbětice in 2014, which killed two people. "
        'Prime Minister Andrej Babiš said there was "unequivocal evidence" from the intelligence services, and ČTK reported that the diplomats had 48 hours to leave. '
        "Police said they were seeking two men who had visited the area before the blasts using false passports, and that they were the same men accused of poisoning Sergei Skripal in Britain. "
        "The depot in the Zlín region held weapons owned by a Bulgarian arms dealer, and the blasts forced the evacuation of nearby villages for weeks. "
        "Moscow called the accusations absurd and expelled 20 Czech diplomats the next day. "
        "President Miloš Zeman said later that there were two versions of events. "
        "The episode left the Czech embassy in Moscow with only a handful of staff.",
        "politics",
    ),
    (
        "Slovak coalition declares war on 'foreign agents' as NGO law passes",
        "Slovakia's parliament passed a law on Tuesday that requires non-governmental organisations receiving more than 5,000 euros a year from abroad to publish the names of their donors, Denník N reported. "
        "The ruling coalition of Robert Fico said the law was needed to protect the country from foreign influence, while opponents compared it with Russia's law on foreign agents. "
        '"This is a war on civil society," the head of the Slovak Helsinki Committee said. '
        "An original clause that would have labelled such groups as organisations with foreign support was dropped after criticism from the Venice Commission. "
        "The opposition Progressive Slovakia said it would go to the Constitutional Court. "
        "About 3,000 organisations could be affected, according to a study by the Via Iuris group. "
        "The law will come into force in June.",
        "politics",
    ),
    (
        "Farmers block the approach to the Dorohusk crossing, trucks queue for 20 kilometres",
        "Farmers from Lubelskie province blocked the road leading to the Dorohusk border crossing with Ukraine for a third day on Monday, letting through only a few lorries an hour, the border guard said. "
        "The queue of trucks heading for Ukraine stretched for about 20 kilometres, and drivers were waiting up to five days, according to the provincial office. "
        "The protesters, who parked tractors along the road, demand a ban on imports of Ukrainian grain, sugar and fruit. "
        '"We don\'t want a war with Ukrainians, we want to survive," one of the organisers told Radio Lublin. '
        "Passenger cars, buses, humanitarian aid and military supplies were allowed through. "
        "Police said the protest was legal and peaceful, and no incidents were reported. "
        "The agriculture minister is due to meet the farmers in Lublin on Wednesday.",
        "protest",
    ),
    (
        "Tractors on roads across Poland as farmers' general strike blocks 250 places",
        "Farmers drove tractors onto roads in about 250 places across Poland on Friday, blocking junctions and the approaches to several motorways in a general strike against EU climate rules and imports from Ukraine, police said. "
        "The protests went off peacefully, police spokesmen in several provinces told PAP, and drivers were directed to detours. "
        "In Wielkopolska, farmers spread manure on the road in front of the provincial office, and in Gorzów they blocked a bridge for several hours. "
        'Some protesters carried coffins with the words "Polish agriculture", and others waved banners saying "The Green Deal is killing us". '
        "Farmers also blocked the crossings with Ukraine at Hrebenne and Medyka for trucks. "
        "Prime Minister Donald Tusk said he understood their anger and would ask Brussels for changes. "
        "Organisers announced a march on Warsaw in two weeks.",
        "protest",
    ),
    (
        "Independence March goes through Warsaw without incident, police say",
        'Tens of thousands of people took part in the Independence March in Warsaw on Saturday, walking from the Roman Dmowski roundabout to the National Stadium under the slogan "Poland is the greatest good", police said. '
        "The march passed off without serious incidents, the Warsaw police spokesman said in the evening, adding that several people had been detained for setting off flares. "
        "Marchers carried white-and-red flags and banners against the European Union's migration pact. "
        "The city hall had not banned the march, but its representative dissolved it briefly because of the flares, which the organisers ignored. "
        '"We wanted to show that patriotism is not hooliganism," the head of the organising association told wPolityce. '
        "A counter-demonstration of several hundred people gathered on the Old Town, separated from the route by police. "
        "President Andrzej Duda took part in the official celebrations at the Tomb of the Unknown Soldier in the morning.",
        "protest",
    ),
    (
        "Tens of thousands in Slovak squares again: 'Slovakia is Europe' protests reach 30 towns",
        'Tens of thousands of people demonstrated on Friday evening in Bratislava, Košice and about 30 other towns against Prime Minister Robert Fico\'s foreign policy, under the slogan "Slovakia is Europe", the organisers said. '
        "In Bratislava, the crowd filled the square in front of the Government Office and the nearby streets, Denník N reported, and police estimated it at about 45,000 people. "
        "Speakers criticised Fico's visit to Moscow and called on the government to stay in the EU and NATO mainstream. "
        '"We will not let anyone take us back to the east," a student from Žilina told the crowd. '
        "The protests were peaceful, police said, and no one was detained. "
        "Fico said the demonstrations were organised by the opposition and foreign-funded NGOs preparing a coup. "
        "The organisers announced more protests for next month.",
        "protest",
    ),
    (
        "70,000 on Wenceslas Square demand cheaper energy and talks with Russia",
        "About 70,000 people gathered on Wenceslas Square in Prague on Saturday to demand government action on soaring energy prices, police said. "
        'The demonstration, called "Czech Republic First", brought together opponents of the government from the far right and far left, and some speakers demanded that Prague stop supplying weapons to Ukraine. '
        "Police said the protest passed off peacefully and no one was detained. "
        "Prime Minister Petr Fiala said the organisers were pro-Russian and that Russian propaganda was behind the event, Seznam Zprávy reported. "
        "The government has approved a price cap on electricity for households from next year. "
        '"We want to pay our bills, not be in a war," a pensioner from Kladno said. '
        "The organisers announced another protest for 28 October, the national holiday.",
        "protest",
    ),
    (
        "Hauliers end blockade of Ukrainian border at Dorohusk after 70 days",
        "Polish hauliers have ended their blockade of the Dorohusk crossing with Ukraine after about 70 days, after the infrastructure ministry signed an agreement with them, the protest committee said on Tuesday. "
        "The transport companies had blocked traffic at Dorohusk, Hrebenne and Korczowa since November, letting through only a few trucks an hour and demanding the reintroduction of permits for Ukrainian hauliers. "
        "At one point about 3,000 trucks were waiting on the Polish side, and drivers complained of cold and lack of toilets. "
        "Two Ukrainian drivers died in their cabs during the blockade, of natural causes according to the police. "
        "The protest was peaceful throughout, police said. "
        "The agreement includes a separate queue for empty Polish trucks returning from Ukraine. "
        "Ukrainian officials welcomed the end of the blockade.",
        "protest",
    ),
    (
        "Dragon-24: 20,000 soldiers and 3,500 vehicles in the largest NATO drills in Poland in decades",
        "About 20,000 soldiers and 3,500 pieces of equipment took part in the Dragon-24 exercise in Poland, the army said on Monday, the largest national element of NATO's Steadfast Defender manoeuvres. "
        "Troops crossed the Vistula near Korzeniewo on pontoon bridges built by engineers from Poland, Britain, France and Germany, while Abrams tanks and Rosomak vehicles rolled over, TVN24 showed. "
        "The exercise practised the reinforcement of NATO's eastern flank in a crisis, the head of the general staff said. "
        "President Andrzej Duda and the defence minister watched the crossing from a stand on the riverbank. "
        '"Our soldiers are ready," the defence minister said. '
        "Residents of nearby villages were warned of convoys and night-time noise. "
        'The next phase of the drills will be held in Lithuania. In the Drawsko Pomorskie training area, Polish and US artillery units fired Himars rockets at targets on the range. The army also tested how fast reservists could be called up, sending letters to several thousand people in three provinces. "We are sending a clear signal to anyone who thinks about attacking NATO," a spokesman for the Operational Command said. Some drivers complained of traffic jams on the A2 motorway as convoys moved east at night. The exercise will end with a parade of equipment in Warsaw on 15 August.',
        "military",
    ),
    (
        "Poland signs for 180 more K2 tanks, a third of them to be built at Bumar",
        "Poland signed a contract on Friday for 180 more K2 tanks from South Korea's Hyundai Rotem, worth about 6.5 billion dollars, the Armament Agency said. "
        "Part of the tanks will be assembled at the Bumar-Łabędy plant in Gliwice, which will also build the Polish version, the K2PL, the defence minister said. "
        "Poland has already received more than 100 tanks from the first contract, signed in 2022. "
        '"This is a powerful battle fleet for the Polish army," Deputy Prime Minister Władysław Kosiniak-Kamysz said in Warsaw. '
        "The contract also includes training, spare parts and ammunition. "
        "Poland plans to spend about 4.7% of its GDP on defence this year, the highest share in NATO. "
        "The first tanks under the new deal are to arrive in 2026.",
        "military",
    ),
    (
        "Czech initiative delivers its millionth shell to Ukraine, Pavel says",
        "The Czech-led initiative that buys artillery ammunition on the world market for Ukraine has delivered more than a million large-calibre shells, President Petr Pavel said on Tuesday. "
        "The initiative, financed by more than a dozen countries, has found shells in countries outside the European Union which it does not name, ČTK reported. "
        "Defence Minister Jana Černochová said the deliveries had reached Ukraine faster than those from the EU's own production. "
        "The opposition ANO party has criticised the scheme as opaque and has said it would review it if it won the election. "
        '"It is the most effective help we can give," Pavel said. '
        "The government said about 1.5 million shells should be delivered by the end of the year. "
        "Ukraine's defence minister thanked Prague during a visit.",
        "military",
    ),
    (
        "Army training for every adult man: government presents plan for 100,000 volunteers a year",
        "The Polish government presented a plan on Thursday to give military training to 100,000 volunteers a year from 2027, Prime Minister Donald Tusk told the Sejm. "
        "The training, lasting a few weeks, would be open to men and women, and the defence ministry said it was preparing courses in first aid, shooting and civil defence. "
        '"We want every adult man in Poland to be trained for war," Tusk said, adding that the aim was an army of half a million, with reservists. '
        "The army currently has about 200,000 soldiers, including the territorial defence force. "
        "Military experts told Rzeczpospolita that the plan would need more instructors and training grounds. "
        "Conscription, which was suspended in 2009, will not be brought back, the defence minister said. "
        "The first courses are to start in schools next year.",
        "military",
    ),
    (
        "East Shield: first anti-tank ditches dug near the border with Russia's Kaliningrad",
        'Soldiers and contractors have started digging anti-tank ditches and laying concrete "dragon\'s teeth" along the border with the Kaliningrad region near Dąbrówka, the defence ministry said. '
        "The East Shield programme, worth about 10 billion zlotys, is to fortify some 700 kilometres of the eastern border with Russia and Belarus by 2028. "
        "It includes surveillance towers, shelters, anti-drone systems and areas where mines could be laid in case of war, Gazeta Wyborcza reported. "
        "Farmers whose land will be used have been promised compensation. "
        '"We are building a wall of deterrence so that no one dares to attack Poland," the deputy defence minister said. '
        "The Baltic states are building similar defences under their own programme. "
        "Environmental groups have asked for forests and wetlands to be spared.",
        "military",
    ),
    (
        "Poland closes Belarus border crossings as Zapad-2025 drills begin",
        "Poland closed all its border crossings with Belarus, including the rail crossing at Terespol, from midnight on Thursday for the duration of the Russian-Belarusian Zapad-2025 exercise, the interior ministry said. "
        "About 40,000 soldiers were expected to take part in the exercise, some of it close to the Polish border, according to the ministry. "
        "Polish and allied troops were placed on higher readiness, and the army sent additional soldiers to the border as part of its own exercise. "
        "Trucks and trains carrying Chinese goods to the European Union were stopped at the border, and Beijing expressed concern. "
        '"The exercise is very aggressive in its scenario," the interior minister told PAP. '
        "Minsk said the drills were purely defensive and had been scaled down. "
        "The crossings reopened after the exercise ended a week later. Belarusian state television showed tanks, Iskander launchers and paratroopers at the Borisov training ground. Lithuania and Latvia also raised the readiness of their armed forces for the duration of the drills. Local businesses in Terespol and Biała Podlaska complained of losses as the trade across the border stopped. The Belarusian defence ministry invited foreign military attachés, including one from the United States, to observe part of the exercise.",
        "military",
    ),
]

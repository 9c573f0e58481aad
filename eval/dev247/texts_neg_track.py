"""dev247 negatives, track and beyond: motorsport with its battle words, army trucks and
armoured vehicles without violence, disasters on the roads, wartime history, a film, a peace deal
that opens a road, and an epidemic that shut car plants. (title, text, kind code)."""

NEGATIVES = [
    (
        "Norris wins the battle of Mexico City as Verstappen is hit with penalties",
        "Lando Norris kept his title challenge alive with second place at the Mexico City Grand Prix "
        "on Sunday, while Max Verstappen slid to sixth after two 10-second penalties for forcing Norris "
        "off the track in their wheel-to-wheel fight. Carlos Sainz won the race for Ferrari from pole. "
        "Verstappen attacked Norris on lap 10 at Turn 4 and again at Turn 7, pushing him wide both "
        "times, and the stewards judged that he had gained an advantage illegally. “He is a "
        "dangerous driver to race,” Norris said afterwards. Verstappen said he had no regrets and "
        "accused McLaren of making a fuss. His lead in the drivers' standings fell to 47 points with "
        "four rounds remaining. Red Bull team principal Christian Horner said the team would look at "
        "the footage before deciding whether to appeal. "
        "Lewis Hamilton, in his last season with Mercedes, finished fourth.",
        "sport",
    ),
    (
        "Al-Attiyah survives dunes ambush to take Dakar stage lead",
        "Nasser Al-Attiyah took the lead of the Dakar Rally on Wednesday after a brutal stage through "
        "the dunes of Saudi Arabia's Empty Quarter left several of his rivals stranded with broken "
        "suspension. The Qatari five-time winner said the soft sand had been “an ambush” in the final "
        "100km, where navigation errors cost Sébastien Loeb more than 20 minutes. Carlos Sainz lost "
        "time with a puncture and had to wait for his team's support truck. In the motorcycle "
        "class, Australia's Daniel Sanders extended his lead. Organisers shortened the stage for the "
        "trucks after a sandstorm reduced visibility near the bivouac. The rally, which has been held "
        "in Saudi Arabia since 2020, finishes in Shubaytah on January 17. Al-Attiyah leads by "
        "four minutes and 12 seconds. "
        "Sainz, the defending champion, was philosophical: “The Dakar is won in the second week, not the first,” he said.",
        "sport",
    ),
    (
        "Ferrari lay siege to Le Mans again as 499P takes third straight win",
        "Ferrari won the Le Mans 24 Hours for a third consecutive year on Sunday, with the "
        "privately entered AF Corse 499P of Robert Kubica, Yifei Ye and Phil Hanson crossing the "
        "line ahead of a Porsche that had hunted it down through the night. It was the first time "
        "a Polish driver had won the race, and Kubica, whose Formula One career was cut short by a "
        "rally crash in 2011, said it completed an extraordinary comeback. The works Ferraris "
        "finished third and fourth after a battle with Toyota in the final hours. More than 300,000 "
        "spectators attended the race, organisers said. Porsche said its drivers had given "
        "everything but could not match Ferrari's fuel economy. Cadillac was the best-placed American "
        "manufacturer. "
        "Kubica dedicated the win to the mechanics who rebuilt the car's damaged bodywork after a brush with a slower car at dawn.",
        "sport",
    ),
    (
        "NASCAR fines drivers after fists fly on pit road at Bristol",
        "NASCAR fined two Cup Series drivers $50,000 each and docked them 25 points on Wednesday "
        "after a fight on pit road at Bristol Motor Speedway on Saturday night. The drivers "
        "exchanged punches after one spun the other out of contention with 30 laps to go, and crew "
        "members from both teams joined in before officials and security staff separated them. "
        "Video of the brawl was watched millions of times online. One of the drivers said he "
        "regretted throwing the first punch but not the message he was sending. Three crew members "
        "were suspended for two races. Fights are nothing new on the short track in Tennessee, where "
        "tempers often boil over after the racing. No one was seriously hurt. "
        "Both teams said they accepted the penalties and would not appeal, and the two drivers are scheduled to start side by side at Talladega next weekend.",
        "sport",
    ),
    (
        "Rovanperä conquers the fesh-fesh to win Safari Rally Kenya",
        "Kalle Rovanperä won the Safari Rally Kenya on Sunday after a punishing weekend on the rough "
        "roads around Lake Naivasha, where fine volcanic dust known as fesh-fesh swallowed cars "
        "and broke suspensions. The Finn, driving a Toyota GR Yaris, led a Toyota one-two ahead of "
        "Elfyn Evans. Hyundai's Thierry Neuville lost the lead on Saturday when his car's rear "
        "suspension failed. Tens of thousands of fans lined the stages, many watching from the "
        "roofs of matatus and pickups. “It was a battle to keep the car in one piece,” Rovanperä "
        "said. Kenya's government has signed a contract to keep the event in the world championship "
        "for several more years. A Kenyan crew won the national class. "
        "Organisers said the event, which returned to the calendar in 2021 after a gap of almost two decades, was worth millions of dollars to the local economy.",
        "sport",
    ),
    (
        "Márquez turns up the attack to win in Aragón",
        "Marc Márquez won the Aragón Grand Prix on Sunday, leading from the first corner to the flag "
        "in a performance his rivals described as ruthless. The Spaniard, riding a Ducati, "
        "pulled away by half a second a lap in the opening stages and finished more than five "
        "seconds clear of his brother Álex. Francesco Bagnaia, the reigning champion, was third. "
        "Márquez, who broke his arm in 2020 and went almost three years without a win, said he "
        "had attacked from the start because he knew the tyres would fade. The win extended his "
        "lead in the championship to 78 points. Tens of thousands of fans at the MotorLand circuit "
        "waved Spanish flags as he crossed the line. The next round is at Mugello. "
        "Pedro Acosta crashed out on the fourth lap while running in fifth place, and was unhurt.",
        "sport",
    ),
    (
        "Bundeswehr orders thousands of military trucks in record deal",
        "Germany's armed forces have ordered up to 6,500 military lorries from Rheinmetall MAN "
        "Military Vehicles in a framework contract worth as much as €3.5bn, the company said on "
        "Thursday, the largest order in its history. The vehicles, mostly from the HX range of "
        "protected and unprotected trucks, will be delivered from next year. A first call-off of 610 "
        "vehicles is worth around €1bn. The defence ministry said the trucks would replace ageing "
        "models and support Germany's commitment to NATO's eastern flank. Production will take place "
        "in Vienna and Germany. Rheinmetall shares rose 2% in Frankfurt. The company has benefited "
        "from a surge in European defence spending, and its order backlog has reached a record. "
        "Unions at the Vienna plant welcomed the deal, which they said would secure jobs for years.",
        "military",
    ),
    (
        "US Army picks new maker for Humvee successor",
        "The US Army has awarded AM General a contract worth up to $8.66bn to build the Joint Light "
        "Tactical Vehicle, taking the programme away from Oshkosh Defense, which had built the "
        "vehicle since 2015. AM General, which made the Humvee, will produce up to 20,682 vehicles "
        "and 9,883 trailers over five years, the Army said. Oshkosh said it was disappointed and was "
        "reviewing its options, including a protest. The JLTV is a heavily armoured four-wheel-drive "
        "vehicle designed to protect soldiers from roadside bombs better than the Humvee did. The "
        "Marine Corps also uses it. Production will move to AM General's plant in Mishawaka, "
        "Indiana. Analysts said the decision showed the Army's focus on cost. "
        "The first vehicles from the new line are due in 2025, and the Army plans to buy thousands more over the next decade for units in the United States and Europe.",
        "military",
    ),
    (
        "Armoured vehicles steal the show at Eurosatory as Europe rearms",
        "Tanks, armoured personnel carriers and unmanned ground vehicles filled the halls of the "
        "Eurosatory defence exhibition outside Paris this week, as manufacturers showed off models "
        "aimed at European armies that are increasing their budgets. KNDS unveiled a new version of "
        "the Leopard 2, and Rheinmetall displayed its Panther KF51 and a range of trucks. Visitors "
        "queued to climb into a remote-controlled vehicle built by an Estonian start-up. Israeli "
        "companies were barred from exhibiting after a French court ruling, later overturned. "
        "Organisers said more than 2,000 exhibitors from 60 countries took part. Several deals "
        "were signed on the show floor, including orders for light armoured vehicles from France "
        "and Belgium. "
        "Ukrainian manufacturers had a large stand of their own for the first time, showing armoured cars and drones built since the Russian invasion.",
        "military",
    ),
    (
        "Drivers warned of delays as NATO convoys head east on German autobahns",
        "Drivers in Germany have been warned to expect delays on motorways over the coming weeks as "
        "military convoys carrying tanks and equipment head east for NATO's largest exercise in "
        "decades. The Bundeswehr said convoys would travel mainly at night and at weekends to limit "
        "disruption, with lorries and tank transporters moving from ports in the Netherlands and "
        "northern Germany towards Poland and the Baltic states. About 90,000 troops from 31 countries "
        "are taking part in the exercise, Steadfast Defender, which runs until May. Police will "
        "escort the longest convoys, and some service stations will be reserved for military "
        "vehicles. Motoring club ADAC advised drivers not to overtake convoys on narrow stretches. "
        "The exercise rehearses moving reinforcements across Europe.",
        "military",
    ),
    (
        "Indian Army orders armoured light vehicles from Mahindra",
        "The Indian defence ministry has signed a contract worth about 1,000 crore rupees with "
        "Mahindra Defence Systems for 1,300 light specialist vehicles for the army, the company "
        "said on Tuesday. The four-wheel-drive vehicles carry medium machine guns and automatic "
        "grenade launchers and are designed for battalions in mountainous terrain. Deliveries will "
        "be completed within four years. The contract is part of a government push to buy military "
        "equipment from Indian companies. Mahindra's shares rose 1.5% in Mumbai. The company also "
        "builds armoured vehicles for police forces and for export to several African countries. "
        "Tata Advanced Systems is competing for a separate order for wheeled armoured platforms. "
        "The vehicles will be built at the company's plant near Pune.",
        "military",
    ),
    (
        "Mayotte drivers queue for hours as cyclone leaves island short of fuel",
        "Hundreds of motorists queued for hours outside the few petrol stations still working in "
        "Mayotte on Wednesday, four days after Cyclone Chido tore through the French Indian Ocean "
        "territory. The prefecture limited sales to 20 litres a vehicle and gave priority to "
        "emergency services, doctors and lorries carrying water. Fallen trees and sheet metal from "
        "destroyed shanty towns still blocked many roads, and the army was clearing the main route "
        "from Mamoudzou to the airport. At least 31 people have been confirmed dead, and officials "
        "fear the toll is much higher. Thousands of people whose homes were destroyed are sheltering "
        "in schools. A fuel tanker arrived from Réunion on Tuesday, and officials said supplies "
        "would improve by the weekend. "
        "Prices at the pump were frozen by decree to stop traders profiting from the shortage.",
        "disaster",
    ),
    (
        "Valencia's flood-wrecked cars pile up in scrapyards",
        "More than 120,000 cars were destroyed or badly damaged in the floods that hit the Valencia "
        "region last month, according to insurers, and fields on the edge of the city have been "
        "turned into makeshift scrapyards where wrecked vehicles are stacked three high. Spain's "
        "state-backed insurance consortium, which covers flood damage, said it had received claims "
        "for over 100,000 vehicles. Dealers say demand for used cars in the region has soared, and "
        "prices have risen. The government has offered grants of up to €10,000 for people who lost "
        "their cars. More than 220 people died in the floods, many of them in cars swept away on "
        "roads and in underground car parks. Removing the wrecks from streets in towns such as "
        "Paiporta has taken weeks. "
        "Carmakers including Ford, whose plant at Almussafes was also flooded, have offered discounts to buyers who can prove they lost a vehicle.",
        "disaster",
    ),
    (
        "Hurricane damage closes interstate through the Appalachians for months",
        "A stretch of Interstate 40 through the Pigeon River gorge on the border between North "
        "Carolina and Tennessee will stay closed for months after floodwater from Hurricane Helene "
        "washed away parts of the roadway, transportation officials said. Photographs show whole "
        "lanes of the interstate collapsed into the river. Lorries that normally use the route, one "
        "of the busiest freight corridors in the south-east, are being diverted through Virginia and "
        "Georgia, adding hours to journeys. The storm killed more than 200 people across six states. "
        "Towns in western North Carolina remain cut off by damaged roads, and the National Guard has "
        "been delivering supplies by helicopter. The state has asked for federal money to rebuild "
        "the road. "
        "Engineers said rebuilding the most damaged sections, which sit on a narrow ledge above the river, could take years.",
        "disaster",
    ),
    (
        "Fort McMurray evacuees crawl south on Highway 63 as wildfire spreads",
        "Tens of thousands of people fleeing a wildfire in Fort McMurray crawled south along Highway "
        "63 on Wednesday, the only road out of the city, as flames jumped the road and destroyed "
        "homes in several neighbourhoods. All 88,000 residents were ordered to leave, the largest "
        "evacuation in Alberta's history. Many cars ran out of petrol in the traffic, and the "
        "province sent fuel tankers and police to help stranded drivers. Some families drove north "
        "to oil-sands work camps instead. Officials said 1,600 buildings had been destroyed. Premier "
        "Rachel Notley said no injuries from the fire had been reported, but two people died in a "
        "crash on the highway during the evacuation. Evacuation centres in Edmonton were filling up. "
        "Oil companies north of the city shut production and opened their camps to evacuees.",
        "disaster",
    ),
    (
        "Unexploded wartime bomb found during motorway widening, thousands evacuated",
        "Thousands of people were evacuated from their homes in the west German city of Cologne on "
        "Tuesday after construction workers widening the A3 motorway found an unexploded bomb from "
        "the Second World War. The 500kg American bomb was found at a depth of several metres and "
        "was defused by experts in the afternoon, the city said. The motorway was closed in both "
        "directions for about four hours, causing long tailbacks, and a hospital in the evacuation "
        "zone had to move patients. Thousands of tonnes of bombs were dropped on Cologne during the "
        "war, and unexploded ones are still found regularly during building work. The last "
        "evacuation in the area was only a few months ago. Residents were allowed home by the "
        "evening. "
        "The construction company said work on the widening, which is due to finish in 2030, would resume on Wednesday.",
        "history",
    ),
    (
        "Imola remembers Senna 30 years after fatal crash",
        "Thousands of fans gathered at the Imola circuit on Wednesday to mark 30 years since Ayrton "
        "Senna died in a crash at the San Marino Grand Prix. They laid flowers and Brazilian flags at "
        "the Tamburello corner, where the three-time world champion's Williams left the track on May "
        "1, 1994. Austrian driver Roland Ratzenberger, who was killed in qualifying the day before, "
        "was also remembered. Sebastian Vettel drove Senna's title-winning McLaren MP4/8 around the "
        "track in tribute. Senna's death led to far-reaching safety changes in Formula One. His "
        "nephew Bruno said the family was moved by the number of young fans who had never seen him "
        "race. A minute's silence was held at 2.17pm, the time of the crash. "
        "Ferrari and McLaren ran special liveries in his honour at the Emilia Romagna Grand Prix later that month.",
        "history",
    ),
    (
        "Wartime jeeps and trucks roll through Normandy for D-Day anniversary",
        "Hundreds of restored Second World War jeeps, lorries and motorcycles drove in convoy through "
        "Normandy villages on Saturday as part of the commemorations for the 80th anniversary of the "
        "D-Day landings. Collectors from Britain, the Netherlands, Belgium and the United States, many "
        "dressed in period uniforms, paraded through Sainte-Mère-Église and along the roads behind "
        "Utah Beach. Some of the vehicles took part in the original campaign. Crowds waved from the "
        "verges, and several veterans, now in their late nineties, rode in the jeeps. Local "
        "authorities asked other drivers to avoid the coastal roads for the weekend. Organisers said "
        "it was one of the largest gatherings of military vehicles since the war ended. "
        "The oldest jeep in the convoy, a Willys MB built in 1942, was driven by the grandson of the American sergeant who first drove it ashore.",
        "history",
    ),
    (
        "Review: Furiosa roars back to the Wasteland with a war rig chase for the ages",
        "George Miller's Furiosa: A Mad Max Saga returns to the desert for a prequel that is, like "
        "its predecessor, essentially one long road war. Anya Taylor-Joy plays the young Furiosa, "
        "kidnapped from her home and dragged into a feud between the warlords Dementus, played with "
        "relish by Chris Hemsworth, and Immortan Joe. The centrepiece is a 15-minute assault on a "
        "war rig by raiders on motorbikes and paragliders, shot with hundreds of crew in the "
        "Australian outback. Car enthusiasts will enjoy the custom vehicles, many of them built from "
        "old Holden and Ford parts. The story is thinner than the action, but the film looks "
        "magnificent. It opens in cinemas on Friday. "
        "Tom Burke is excellent as Praetorian Jack, the war rig driver who teaches Furiosa to fight, and Junkie XL's score is relentless. Four stars.",
        "entertainment",
    ),
    (
        "Armenia-Azerbaijan deal promises road and rail link across southern Armenia",
        "Armenia and Azerbaijan have agreed to open a transport route across southern Armenia that "
        "would link Azerbaijan to its Nakhchivan exclave, under a peace declaration signed at the "
        "White House on Friday. The corridor, which will be developed with US involvement, would "
        "carry road and rail traffic through Armenia's Syunik province under Armenian law. Leaders "
        "of both countries said the agreement ended decades of hostility. Lorry drivers who now take "
        "a long detour through Iran could save days on journeys between Baku and Turkey, transport "
        "analysts said. A full peace treaty has been initialled but still needs to be signed and "
        "ratified. Iran and Russia reacted warily to the plan. "
        "Armenian officials said customs and border posts on the route would be run by Armenian staff, and that work on the road could begin next year.",
        "peace",
    ),
    (
        "Covid lockdown halts car plants in Shanghai and Changchun",
        "Tesla, SAIC and Volkswagen have suspended production at plants in Shanghai and the "
        "north-eastern city of Changchun as China imposes strict lockdowns to contain its worst "
        "Covid-19 outbreak since early 2020. Tesla's Shanghai factory, its biggest by output, has "
        "been shut for more than two weeks, and workers who stayed inside are sleeping on the "
        "factory floor. Suppliers in the Yangtze River Delta cannot move parts because lorry drivers "
        "need negative tests to cross city boundaries. Analysts said the closures would cut China's "
        "car output by hundreds of thousands of vehicles this month. Mass testing is continuing "
        "across Shanghai's 25 million residents. Toyota also said some of its plants in Japan would "
        "stop because of missing parts from China. "
        "Dealers in China said some buyers were waiting months for delivery of new cars.",
        "health",
    ),
]

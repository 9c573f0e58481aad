"""dev237 negatives, part B: galleries of peaceful protests, sport, and military parades and
exercises. (title, text, kind code)."""

NEGATIVES = [
    (
        "In pictures: the women's march fills Washington's streets",
        "Marchers in pink knitted hats fill Independence Avenue in Washington on Saturday, the "
        "day after Donald Trump's inauguration, in one of the largest single-day protests in the "
        "city's history. Organisers said more than half a million people took part, and sister "
        "marches were held in London, Sydney and Nairobi. A girl rides on her father's shoulders "
        "holding a hand-painted sign. Police officers watch from the steps of the National "
        "Archives. Metro stations were so crowded that trains skipped stops. The city's police "
        "chief said no one was arrested. Marchers left their placards at the fence of the Trump "
        "International Hotel. In Los Angeles, marchers filled Pershing Square and the streets "
        "around City Hall. A woman in her eighties holds a sign saying she cannot believe she "
        "still has to protest this. Singers and speakers addressed the crowd from a stage near "
        "the Capitol. The march ended by late afternoon.",
        "protest",
    ),
    (
        "Serbia's students march on Novi Sad: a photo essay",
        "Students who walked for four days from Belgrade cross the Liberty Bridge into Novi Sad "
        "on Saturday, greeted by residents holding torches and offering food. The march marked "
        "three months since the collapse of the railway station canopy that killed 15 people, "
        "which has set off the largest protest movement in Serbia in decades. The crowd stood "
        "silent for 15 minutes in memory of the victims. Farmers drove tractors behind the "
        "students to form a protective line. A grandmother hands a student a jar of honey. Police "
        "kept their distance, and the day passed without incident. Bridges across the Danube were "
        "blockaded for three hours. At night, residents switched off their lights and shone "
        "torches from their windows as the students passed. Medics in red jackets walk alongside "
        "the marchers. A student carries a banner that reads “You are not alone.” The government "
        "has called the protests a foreign plot.",
        "protest",
    ),
    (
        "Farmers' tractors block the Brussels ring road: the day in photographs",
        "Hundreds of tractors line the Rue de la Loi in Brussels on Thursday as farmers from "
        "Belgium, France and the Netherlands protested against EU environmental rules, cheap "
        "imports and falling incomes, during a summit of European leaders. Farmers lit a bonfire "
        "of hay bales in Place Luxembourg and sprayed manure on a police barrier. Police said the "
        "protest was largely calm and no one was injured. A farmer in a flat cap pours milk into "
        "a bucket at a stall handing out free dairy products. The convoy brought traffic to a "
        "standstill on the ring road for most of the morning. Some protesters called it a battle "
        "for survival. In Paris, farmers set up camp on the motorways around the capital the same "
        "week. A farmer from Wallonia feeds a calf he brought in a trailer. Leaders at the summit "
        "agreed to discuss simplifying farm rules.",
        "protest",
    ),
    (
        "Climate strike: millions of students walk out, in pictures from around the world",
        "Schoolchildren in Sydney hold cardboard signs reading “There is no planet B” as the "
        "global climate strike began in the Pacific on Friday. Greta Thunberg addressed a crowd "
        "of 250,000 people in New York's Battery Park. In Kampala, a dozen teenagers marched with "
        "a banner past the parliament. Students in Berlin filled the square in front of the "
        "Brandenburg Gate. Organisers said four million people took part in 150 countries. A boy "
        "in Delhi wears a gas mask he painted green. In Cape Town, marchers handed a petition to "
        "parliament. Police reported no incidents in most cities. In Tokyo, a few hundred young "
        "people marched through Shibuya carrying paper lanterns. Children in Nairobi planted "
        "trees at their school. A girl in Manila carries a sign asking adults to listen. The "
        "strike was timed before a United Nations climate summit in New York.",
        "protest",
    ),
    (
        "Tel Aviv's Kaplan Street on a Saturday night, in photographs",
        "Protesters wave blue and white flags on Kaplan Street in Tel Aviv on Saturday night, the "
        "30th week of demonstrations against the government's judicial overhaul. Organisers put "
        "the turnout at 170,000. A reservist pilot holds a sign saying he will not report for "
        "duty if the bill passes. Doctors in white coats march as a group. Drummers lead the "
        "crowd toward the Azrieli towers. Police let the march block the Ayalon highway for an "
        "hour before clearing it without force. Families brought folding chairs and thermos "
        "flasks for the speeches. A grandmother holds a placard with a photograph of Israel's "
        "declaration of independence. Protesters project slogans onto the walls of the defence "
        "ministry. Similar rallies were held in Haifa, Jerusalem and Beersheba. Coalition leaders "
        "say they will not retreat.",
        "protest",
    ),
    (
        "Hunger strikers' vigil outside Downing Street: portraits",
        "A photographer from the Guardian spent three nights with the relatives of British "
        "nationals held abroad who are keeping a vigil outside Downing Street. Richard Ratcliffe, "
        "who is on the 14th day of a hunger strike, sits in a camping chair under an umbrella. "
        "His daughter's drawings are taped to the tent. Passers-by stop to sign a petition. A "
        "police officer brings him a cup of water. The vigil has drawn visits from MPs of all "
        "parties, who call it a battle of endurance. Ratcliffe says he will stop only when the "
        "foreign secretary meets him. His wife has been detained in Iran for five years. "
        "Ratcliffe sleeps in the tent, getting up each morning at six. Friends bring him "
        "newspapers but not food. A group of schoolchildren deliver cards they made for him. "
        "Doctors are monitoring his health each day.",
        "protest",
    ),
    (
        "Candlelight in Seoul: a sea of lights calls for the president to go",
        "Protesters holding candles and LED lights fill Gwanghwamun Square in central Seoul on "
        "Saturday, the sixth straight weekend of rallies demanding the resignation of President "
        "Park Geun-hye over a corruption scandal. Organisers said 1.7 million people turned out "
        "across the country. A family sings along to a K-pop band on the stage. Rows of police "
        "buses line the road to the Blue House, but officers let marchers pass to within 100 "
        "metres of the gate. Volunteers collect rubbish after the rally. Police reported no "
        "arrests. Protesters paper the walls of a police bus with stickers of flowers. A student "
        "band plays on a makeshift stage. Children sit on their parents' shoulders to see the "
        "lights. Some protesters dressed as characters from the scandal. Rallies were also held "
        "in Busan and Gwangju.",
        "protest",
    ),
    (
        "Rugby World Cup final: the battle of Saint-Denis in pictures",
        "South Africa's captain Siya Kolisi lifts the Webb Ellis Cup at the Stade de France on "
        "Saturday night after the Springboks beat New Zealand 12-11 in a final of bruising "
        "defence. Handré Pollard's boot won it, four penalties to the All Blacks' single try. Sam "
        "Cane became the first player sent off in a World Cup final. Springbok fans in green and "
        "gold weep in the stands. In Soweto, supporters dance in the street around a big screen. "
        "Coach Jacques Nienaber is thrown in the air by his players. The defeated All Blacks "
        "stand in a line, heads bowed. Cheslin Kolbe watches from the sin bin with his hands over "
        "his face. The Springboks became the first team to win four World Cups. In Cape Town, "
        "fans gathered at a bar in Bo-Kaap broke into song. The trophy is on its way home for a "
        "parade in the townships.",
        "sport",
    ),
    (
        "The Tour de France's brutal cobbles stage, in photographs",
        "Riders grind through the dust of the Arenberg forest on Tuesday during the fifth stage "
        "of the Tour de France, a day the peloton had dreaded for months. Tadej Pogacar attacked "
        "on the cobbles and arrived with a lead of more than a minute over his rivals. A crash in "
        "the first sector brought down a dozen riders, among them the defending champion. "
        "Mechanics sprint with spare wheels. Fans in fancy dress wave flares beside the road. A "
        "rider with torn shorts and bloody knees crosses the line in tears. The race heads into "
        "the Vosges on Thursday. A fan holds up a sign reading “Welcome to hell.” The team car of "
        "a Belgian squad is stuck in the dust behind the riders. Medical staff tend to a rider "
        "with a broken collarbone. One directeur sportif called the stage a war of attrition.",
        "sport",
    ),
    (
        "Morocco's World Cup run: Casablanca celebrates, in pictures",
        "Fans set off red flares on the Boulevard Mohammed V in Casablanca on Saturday night "
        "after Morocco beat Portugal 1-0 to become the first African side to reach a World Cup "
        "semi-final. Youssef En-Nesyri's header won it. In Doha, players carry coach Walid "
        "Regragui on their shoulders. Supporters in Paris fill the Champs-Élysées with car horns "
        "and flags, and police said a few shop windows were broken but arrests were few. A boy in "
        "Rabat climbs a lamp post wrapped in the national flag. The team now faces France in what "
        "the papers have already called a war of neighbours. In Brussels and Amsterdam, thousands "
        "of fans of Moroccan heritage took to the streets, waving flags. The goalkeeper Yassine "
        "Bounou was carried off the pitch by team-mates. Sofiane Boufal danced with his mother on "
        "the pitch after the whistle.",
        "sport",
    ),
    (
        "Boxing in Riyadh: Usyk and Fury's rematch, in photographs",
        "Oleksandr Usyk lands a left hand on Tyson Fury in the eighth round of their heavyweight "
        "title rematch in Riyadh on Saturday. The Ukrainian won on the judges' scorecards, "
        "keeping his WBA, WBC and WBO belts. Fury, who had called the fight a war, walked out of "
        "the ring before the result was read. Usyk dedicated the victory to Ukraine's defenders. "
        "Fans draped in yellow and blue flags celebrate at ringside. A trainer tapes Usyk's hands "
        "in the dressing room before the bout. The promoter said a third fight was possible. The "
        "fight was held in a packed Kingdom Arena. Saudi officials said tickets sold out in "
        "hours. Usyk's wife and children watched from ringside. The previous bout, in May, was "
        "the first undisputed heavyweight fight in 25 years. Usyk is now unbeaten in 23 "
        "professional fights.",
        "sport",
    ),
    (
        "Ashes in pictures: England's last-day siege at Edgbaston",
        "Australia's Pat Cummins hits the winning runs as the first Ashes Test at Edgbaston ended "
        "in a two-wicket win for the tourists on Tuesday evening. England's bowlers laid siege to "
        "the Australian tail for most of the final session, with Stuart Broad roaring as he "
        "removed Alex Carey. Rain held up play until after lunch. Fans in the Hollies Stand "
        "dressed as Elvis, nuns and astronauts. Nathan Lyon and Cummins embrace on the pitch. "
        "England captain Ben Stokes said he had no regrets about his early declaration. Joe Root "
        "plays a reverse ramp for six over the slips. The crowd in the Eric Hollies Stand sings "
        "through the afternoon. Mark Wood runs in to bowl under grey skies. Usman Khawaja was "
        "named player of the match for his first-innings century. The series moves to Lord's next "
        "week.",
        "sport",
    ),
    (
        "Dakar Rally: the dunes of the Empty Quarter, in pictures",
        "A motorbike rider crests a dune in the Empty Quarter on the tenth stage of the Dakar "
        "Rally in Saudi Arabia on Wednesday. Carlos Sainz took the lead in the car category after "
        "his rival Sébastien Loeb broke a suspension arm. A truck kicks up a wall of sand. "
        "Medical helicopters airlifted two riders who crashed in the morning, and organisers said "
        "both were conscious. Mechanics work through the night at the bivouac under floodlights. "
        "A rider sleeps beside his bike. Competitors call the marathon stages a fight for "
        "survival. A Dutch team's truck is winched out of soft sand. The stage was shortened "
        "because of strong winds. Riders say navigation is harder this year. Spectators in "
        "four-by-fours follow the race from a nearby ridge. The rally ends in Yanbu on Friday.",
        "sport",
    ),
    (
        "Kabaddi's Asian Games final, shot from the mat",
        "India's raiders swarm over an Iranian defender during the men's kabaddi final at the "
        "Asian Games in Hangzhou on Saturday. The match was halted for more than an hour after "
        "the two teams disputed a refereeing call and players argued on the mat, before India won "
        "33-29. A coach shouts instructions from the bench. Iran's players sit on the floor in "
        "protest. The photographs are by Manan Vatsyayana. Officials said the rules would be "
        "reviewed before the next tournament. Fans waving Indian flags pack the gymnasium. The "
        "Indian women's team also won gold the same day. A raider celebrates with a backflip. "
        "India had won every Asian Games title in the sport until Iran beat them in Jakarta. The "
        "sport is growing fast in Iran and South Korea. Both teams shook hands at the end.",
        "sport",
    ),
    (
        "Bastille Day parade: the Champs-Élysées in photographs",
        "French Air Force jets of the Patrouille de France trail blue, white and red smoke over "
        "the Arc de Triomphe on Friday as the Bastille Day military parade began. Indian Prime "
        "Minister Narendra Modi was the guest of honour, and Indian Rafale jets flew in the "
        "formation. Soldiers of the Foreign Legion march with axes on their shoulders and leather "
        "aprons. Leclerc tanks roll down the avenue. President Emmanuel Macron reviews the troops "
        "from a command car. Spectators on ladders hold up phones. About 6,500 people took part "
        "in the parade. A Sikh regiment of the Indian Army marches with its band. The procession "
        "ends with the firefighters of Paris. Children perched on the shoulders of their parents "
        "wave flags. Police closed the metro stations around the Place de la Concorde for the "
        "morning. In the evening, fireworks light up the Eiffel Tower.",
        "military",
    ),
    (
        "Victory Day in Red Square: the parade in pictures",
        "Russian soldiers march across Red Square in Moscow on Friday during the parade marking "
        "the 80th anniversary of the Soviet victory over Nazi Germany. Xi Jinping and Brazilian "
        "President Luiz Inácio Lula da Silva were among the foreign leaders who watched from the "
        "stands. Yars intercontinental missile launchers pass the Kremlin walls. Troops who had "
        "served in what Moscow calls its special military operation marched in their own column. "
        "Veterans in medals are helped to their seats. Jets flew over in the shape of the number "
        "80. Soldiers of North Korea's army, which Moscow says helped it in the Kursk region, "
        "were not in the parade. Women in traditional dress hand flowers to veterans. In the "
        "afternoon, thousands march with portraits of their relatives who fought in the war. "
        "Security was tight, with mobile internet restricted in central Moscow.",
        "military",
    ),
    (
        "Exercise Steadfast Defender: NATO troops in Poland, in pictures",
        "Polish and American soldiers jump from a helicopter during the Dragon-24 exercise at the "
        "Orzysz training ground in northeast Poland on Monday, part of NATO's largest exercise "
        "since the Cold War. Some 90,000 troops from 32 countries are taking part in Steadfast "
        "Defender, which runs until May. Leopard tanks cross a pontoon bridge over the Vistula. A "
        "paratrooper gathers his canopy in a frozen field. Soldiers fire mortars on a range as "
        "observers watch through binoculars. Alliance officials say the drills simulate a "
        "response to an attack on a member state. German soldiers load armoured vehicles onto "
        "trains in Munster. A US Army Black Hawk lands in a snowfield in Lithuania. Troops from "
        "Finland, the alliance's newest member, take part for the first time. A Polish officer "
        "briefs journalists beside a map of the exercise area.",
        "military",
    ),
    (
        "North Korea's military parade, seen from Kim Il Sung Square",
        "Hwasong-18 intercontinental ballistic missiles on transporters roll through Kim Il Sung "
        "Square in Pyongyang on Wednesday night during a parade for the 75th anniversary of the "
        "Korean People's Army, in photographs released by the state news agency KCNA. Kim Jong Un "
        "watched with his daughter, Ju Ae. Soldiers goose-step in formation under searchlights. "
        "Fireworks burst over the Taedong River. Analysts counted at least 11 of the missiles, "
        "more than at any previous parade. Foreign journalists were not invited. A cavalry unit "
        "on white horses crosses the square. Crowds in the stands wave pink flowers in unison. "
        "Satellite images had shown troops rehearsing for weeks at an airfield near the capital. "
        "South Korean officials said they were analysing the footage. Kim did not give a speech.",
        "military",
    ),
    (
        "Joint Sword: China's drills around Taiwan, in pictures",
        "A Taiwanese coast guard vessel shadows a Chinese warship off the island's east coast on "
        "Thursday, the first day of large-scale Chinese military drills that Beijing said were a "
        "punishment for separatist acts. The drills encircled the island and its outlying "
        "islands. People in Pingtan, the closest point of mainland China to Taiwan, watch fighter "
        "jets pass overhead. Taiwan's defence ministry released pictures of its own jets "
        "scrambling. A Chinese state TV graphic shows simulated missile strikes on the island. No "
        "shots were fired. Fishermen in Pingtan go on mending nets as the jets fly over. In "
        "Taipei, people queue for bubble tea in the city centre, seemingly unmoved. Taiwan's "
        "president said the island would not be provoked. The United States urged restraint. The "
        "drills ended after three days.",
        "military",
    ),
    (
        "Commissioning day: Indian Navy's new aircraft carrier in photographs",
        "Sailors line the flight deck of INS Vikrant in Kochi on Friday as the aircraft carrier, "
        "the first designed and built in India, was commissioned by Prime Minister Narendra Modi. "
        "The 45,000-tonne ship took 13 years to build at the Cochin Shipyard. A new naval ensign "
        "is hoisted. Officers in white uniforms salute. Workers who built the carrier watch from "
        "the quay. Flight trials of MiG-29K fighters on the deck are expected next year. The navy "
        "called it a milestone in its battle for self-reliance. The ship's crest is unveiled on "
        "the hangar. Schoolchildren visit the carrier after the ceremony. A navy band plays on "
        "the quayside. The ship will join the fleet's Western Command. India already operates one "
        "carrier, bought from Russia. Its sea trials began last year.",
        "military",
    ),
    (
        "Trooping the Colour in photographs",
        "Soldiers of the Household Division march on Horse Guards Parade in London on Saturday "
        "for Trooping the Colour, the annual ceremony marking the sovereign's official birthday. "
        "King Charles rode in a carriage, as he is still being treated for cancer. The Princess "
        "of Wales made her first public appearance in months. Guardsmen in bearskins stand in "
        "rows in the heat, and one fainted during the inspection. The royal family watch the Red "
        "Arrows fly past from the balcony of Buckingham Palace. About 1,400 soldiers, 200 horses "
        "and 400 musicians took part. Crowds line the Mall from early morning, some camping "
        "overnight. The King's Colour was trooped this year by the 1st Battalion Coldstream "
        "Guards. A child in a toy bearskin waves a flag. Horses of the King's Troop Royal Horse "
        "Artillery fire a salute in Green Park.",
        "military",
    ),
]

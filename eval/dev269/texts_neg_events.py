"""dev269 negatives, sport and ceremony: match and race commentary, transfer days, song contests,
royal funerals and coronations, parades, drills and anniversaries as live pages."""

j = " ".join

NEGATIVES = [
    (
        "Spain v England: Euro 2024 final live - Oyarzabal strikes late to break English hearts",
        j(
            [
                "19.45 BST The teams are out in Berlin, and Gareth Southgate names an unchanged side, with Harry Kane leading the attack.",
                "20.03 BST Kick-off, and Spain immediately push England back, with Lamine Yamal probing down the right.",
                "20.25 BST Rodri, Spain's midfield general, has been forced off injured at half-time, which could be a turning point.",
                "21.02 BST Goal for Spain: Nico Williams sweeps Yamal's pass past Jordan Pickford from the edge of the box.",
                "21.15 BST England are under siege, and Dani Olmo nearly doubles the lead with a low shot that Pickford tips round the post.",
                "21.28 BST Goal for England: substitute Cole Palmer, on for Kobbie Mainoo, curls a shot into the bottom corner after a lay-off from Jude Bellingham.",
                "21.46 BST Goal for Spain: Mikel Oyarzabal, the substitute striker, slides in Marc Cucurella's cross at the back post.",
                "21.49 BST Olmo heads Marc Guéhi's effort off the line, and then clears another from Declan Rice, in a frantic final assault.",
                "21.55 BST It's all over: Spain are European champions for a record fourth time, and England's wait for a first major men's trophy since 1966 goes on.",
                "22.20 BST Southgate tells the BBC he will take some time before deciding whether to stay on, and praises his players for leaving everything on the pitch.",
            ]
        ),
        "sport",
    ),
    (
        "Champions League final live: Liverpool beat Tottenham 2-0 in Madrid to win sixth European Cup",
        j(
            [
                "19.35 BST The atmosphere inside the Wanda Metropolitano is deafening, with Liverpool fans occupying most of one end and Tottenham's the other.",
                "20.00 BST Inside the first minute, Moussa Sissoko's arm is struck by a Sadio Mané cross and the referee points to the spot.",
                "20.02 BST Mohamed Salah fires the penalty straight down the middle, and Liverpool lead 1-0.",
                "20.30 BST It's been a scrappy half in the heat, with neither side able to build any sustained attacks.",
                "21.10 BST Son Heung-min is finally finding space, but his shot is saved by Alisson, who is having a fine night between the posts.",
                "21.27 BST Tottenham are laying siege to the Liverpool goal, and Alisson turns away a free-kick from Christian Eriksen.",
                "21.42 BST Divock Origi, the substitute striker, fires in low at the near post to make it 2-0 and surely kill the game.",
                "21.52 BST Full time, and Jürgen Klopp has finally won a final with Liverpool after losing his previous six.",
                "22.15 BST Virgil van Dijk, named man of the match, says the defence were under huge pressure but stood firm when it mattered.",
            ]
        ),
        "sport",
    ),
    (
        "Ashes 2023: England v Australia, second Test, day five live - Stokes's onslaught falls short at Lord's",
        j(
            [
                "10.55 BST England resume on 114 for four, needing another 257 runs to win, with captain Ben Stokes unbeaten on 29.",
                "11.20 BST Ben Duckett falls for 83, caught down the leg side by Alex Carey off Josh Hazlewood, and the Long Room is jeering the Australians after yesterday's Jonny Bairstow stumping.",
                "12.05 BST Stokes is taking on the short-ball barrage from Mitchell Starc and Pat Cummins, hooking three sixes in a row off Cameron Green.",
                "12.40 BST Stokes reaches his hundred with a six over deep square leg, his second Test century at Lord's.",
                "13.10 BST Lunch: England 243 for six, needing 128 more, and the bombardment from both ends continues.",
                "14.05 BST Stokes is out for 155, top-edging a pull off Hazlewood to Carey.",
                "14.50 BST Australia win by 43 runs and lead the series 2-0, though the fallout from the Bairstow dismissal may last longer than the match.",
                "15.30 BST Stokes says he would not have wanted to win the game the way Australia did, while Cummins insists the stumping was within the laws.",
            ]
        ),
        "sport",
    ),
    (
        "Wimbledon men's final live: Alcaraz topples Djokovic in five-set battle on Centre Court",
        j(
            [
                "14.05 BST Carlos Alcaraz and Novak Djokovic walk out on to Centre Court, with the Prince and Princess of Wales watching from the royal box.",
                "14.40 BST Djokovic takes the first set 6-1 in just 34 minutes, breaking Alcaraz twice with punishing returns.",
                "15.55 BST Alcaraz wins a tie-break 8-6 to level the match, and the crowd roars.",
                "16.10 BST The third set has produced a 25-minute game, in which Alcaraz finally breaks serve after 13 deuces.",
                "16.45 BST Alcaraz takes the third set 6-1, and Djokovic smashes his racket against the net post after losing serve early in the fifth.",
                "17.30 BST Djokovic takes the fourth set 6-3 to force a decider, as the battle goes the distance.",
                "18.02 BST Alcaraz breaks in the third game of the final set with a running forehand that leaves Djokovic rooted.",
                "18.20 BST Game, set and match: Alcaraz wins 1-6, 7-6, 6-1, 3-6, 6-4 to claim his first Wimbledon title.",
                "18.40 BST Djokovic, who was chasing a record-equalling eighth title, says he has never played anyone quite like the 20-year-old Spaniard.",
            ]
        ),
        "sport",
    ),
    (
        "Tour de France stage 14 live: Pogacar attacks on the Pla d'Adet to extend lead",
        j(
            [
                "12.40 CEST The riders are on their way from Pau on a short, brutal stage of 152km with the Tourmalet and the Hourquette d'Ancizan before the final climb.",
                "13.15 CEST A breakaway of 10 riders has formed, but Visma-Lease a Bike are keeping them on a tight leash.",
                "14.30 CEST On the Tourmalet, UAE Team Emirates set a fierce pace at the front of the peloton, and several riders in the top 10 are dropped.",
                "15.05 CEST Jonas Vingegaard's team-mates have been shot out the back, and he is isolated with 40km still to go.",
                "15.55 CEST Richard Carapaz, riding in the polka-dot jersey, is first over the top of the Hourquette d'Ancizan.",
                "16.20 CEST Tadej Pogacar attacks with 4.7km to go on the Pla d'Adet, and Vingegaard cannot follow.",
                "16.35 CEST Pogacar wins the stage by 39 seconds and extends his lead to 1min 57sec.",
                "16.50 CEST Vingegaard says he was “not good enough” today but that the war for the yellow jersey is not over.",
                "17.10 CEST Remco Evenepoel finishes third and moves up to second in the young rider classification behind Pogacar.",
                "17.30 CEST The race heads into its second rest day on Monday before three more days in the mountains.",
                "17.45 CEST Today's stage brought the crowds out in force, with French fans lining the hairpins of the Tourmalet 10 deep.",
            ]
        ),
        "sport",
    ),
    (
        "World Cup 2022 final live: Argentina beat France on penalties after Mbappé hat-trick",
        j(
            [
                "15:00 GMT The teams are out at the Lusail Stadium, with Lionel Messi playing what he has said will be his final World Cup match.",
                "15:23 GMT Penalty to Argentina as Ousmane Dembélé clips Ángel Di María, and Messi sends Hugo Lloris the wrong way.",
                "15:36 GMT Argentina are tearing France apart on the counter-attack, and Di María finishes a sweeping move to make it 2-0.",
                "16:40 GMT Kylian Mbappé scores a penalty and then volleys in a second 97 seconds later, and suddenly it is 2-2.",
                "17:08 GMT Messi pounces from close range in extra time after Lloris parries a shot from Lautaro Martínez.",
                "17:18 GMT Mbappé completes his hat-trick from the spot, only the second man to score three goals in a World Cup final.",
                "17:25 GMT Randal Kolo Muani is clean through in the last minute, but Emiliano Martínez blocks with his left leg.",
                "17:35 GMT Penalty shootout: Kingsley Coman's effort is saved, Aurélien Tchouaméni drags wide, and Gonzalo Montiel scores the winner.",
                "17:40 GMT Argentina are world champions for the third time, and Messi finally has the trophy that eluded him.",
            ]
        ),
        "sport",
    ),
    (
        "Six Nations live: France v Ireland in Marseille as Ireland's blitz defence faces the bleus",
        j(
            [
                "19.50 GMT The anthems ring out around the Stade Vélodrome for the opening match of the championship.",
                "20.05 GMT Ireland make a ferocious start, and Jack Crowley's penalty puts them 3-0 up.",
                "20.14 GMT Paul Gabriel Sanchez is shown a yellow card, upgraded to red by the bunker, for a shoulder to the head of Tadhg Beirne.",
                "20.25 GMT Jamison Gibson-Park darts over for Ireland's first try after a series of pick-and-go attacks near the line.",
                "20.40 GMT Ireland's blitz defence is smothering France, who have barely crossed halfway.",
                "21.05 GMT France hit back with a try from Damian Penaud, but Ireland respond through Tadhg Beirne.",
                "21.20 GMT Joe McCarthy is bombing through the middle, and the French pack is tiring with 14 men.",
                "21.40 GMT Full time: France 17 Ireland 38, Ireland's biggest win in France and a statement of intent.",
                "22.00 GMT Andy Farrell says the performance was gritty and that his side showed composure under fire early on.",
            ]
        ),
        "sport",
    ),
    (
        "Paris 2024 Olympics live: Noah Lyles wins 100m by five thousandths in photo finish",
        j(
            [
                "20.20 CEST The stadium is sold out for the men's 100m final, the blue riband event of the Games.",
                "20.35 CEST Noah Lyles goes through the crowd, slapping hands, as the eight finalists are introduced.",
                "20.55 CEST The gun goes, and Kishane Thompson of Jamaica gets away fast, with Lyles slowest out of the blocks.",
                "20.56 CEST It is a blanket finish, and no one in the stadium knows who has won.",
                "20.58 CEST The result: Lyles wins in 9.79sec, five thousandths of a second ahead of Thompson, also on 9.79.",
                "21.05 CEST Fred Kerley takes bronze in 9.81, and all eight men ran under 10 seconds for the first time in Olympic history.",
                "21.20 CEST Lyles says he thought Thompson had won and was “kind of ready to congratulate him”.",
                "21.40 CEST Keely Hodgkinson has just won the women's 800m, taking Britain's first athletics gold of these Games.",
            ]
        ),
        "sport",
    ),
    (
        "Transfer deadline day live: Chelsea hijack late bid as Arsenal launch last-minute raid",
        j(
            [
                "09.00 BST Good morning, and welcome to deadline day, with clubs in England able to register new players until 11pm tonight.",
                "09.45 BST Chelsea have agreed a £62m deal for Mykhailo Mudryk, the Shakhtar Donetsk winger whom Arsenal had been chasing for weeks.",
                "10.30 BST Shakhtar, who have played their home matches in Poland and Germany since the war in Ukraine began, say the fee will help them keep the academy running.",
                "11.15 BST Arsenal have responded with a bid for Brighton's Moisés Caicedo, who has handed in a transfer request.",
                "12.40 BST Brighton have rejected the offer and say Caicedo is not for sale.",
                "14.05 BST Tottenham complete the signing of Pedro Porro from Sporting Lisbon on loan with an obligation to buy.",
                "16.20 BST Chelsea are in a bidding war with Benfica over Enzo Fernández, with the fee now reported to be above £100m.",
                "19.30 BST Arsenal have signed Jorginho from Chelsea for £12m, a deal agreed in the space of 24 hours.",
                "22.45 BST Chelsea have submitted paperwork for Fernández in the final minutes, and the Premier League says the deal has gone through.",
                "23.30 BST Chelsea's spending this window reaches almost £330m, more than any club in a single window.",
            ]
        ),
        "sport",
    ),
    (
        "Eurovision 2022 grand final live: Ukraine's Kalush Orchestra win with record public vote",
        j(
            [
                "20:00 BST The 25 finalists have paraded through the arena in Turin, and the show is under way.",
                "20:15 BST Kalush Orchestra from Ukraine are the favourites with the bookmakers, performing Stefania, a song written for the frontman's mother.",
                "20:40 BST The band's members received special permission to travel, as men of fighting age are barred from leaving Ukraine during the war.",
                "21:30 BST Britain's Sam Ryder has delivered a spectacular performance of Space Man, and the arena is on its feet.",
                "22:45 BST After the jury votes, the UK is top with 283 points, and Sweden and Spain are close behind.",
                "23:10 BST Ukraine receive 439 points from the public vote, the highest televote in the contest's history, and win with 631 points in total.",
                "23:20 BST Frontman Oleh Psiuk ends the performance with a plea from the stage for help for the defenders of Mariupol.",
                "23:40 BST Sam Ryder finishes second, the UK's best result since 1998.",
                "23:55 BST Ukraine will traditionally be asked to host next year's contest, though organisers say discussions will be needed on whether that is possible.",
            ]
        ),
        "entertainment",
    ),
    (
        "Queen Elizabeth II state funeral live: coffin carried on gun carriage to Westminster Abbey",
        j(
            [
                "06.30 BST Doors have opened at Westminster Abbey, where 2,000 guests, including heads of state and royalty from around the world, will attend the state funeral.",
                "10.44 BST The Queen's coffin has been placed on the state gun carriage, which will be drawn by 142 sailors of the Royal Navy.",
                "10.52 BST The procession sets off, led by Royal Air Force and Royal Navy personnel and a band of pipers and drummers.",
                "11.00 BST Big Ben tolls as the coffin enters the abbey, and the service begins.",
                "12.00 BST Two minutes' silence is observed across the country, followed by the national anthem.",
                "12.15 BST The coffin leaves the abbey as minute guns fire in Hyde Park, and Big Ben tolls at one-minute intervals.",
                "13.00 BST Around 3,000 military personnel from across the armed forces and Commonwealth nations are taking part in the procession to Wellington Arch, the largest ceremonial operation in a generation.",
                "15.10 BST The state hearse has arrived at Windsor Castle, where the Queen's favourite pony, Emma, stands at the side of the Long Walk.",
                "16.00 BST The committal service has begun in St George's Chapel.",
                "16.25 BST The crown, orb and sceptre have been removed from the coffin and placed on the altar.",
                "16.40 BST The Lord Chamberlain breaks his wand of office and places it on the coffin, which is lowered into the royal vault.",
                "17.00 BST Around 250,000 people filed past the coffin while it lay in state in Westminster Hall, the culture department says.",
                "17.30 BST A private burial service, attended only by the royal family, will take place this evening.",
            ]
        ),
        "military",
    ),
    (
        "Coronation live: King Charles crowned at Westminster Abbey as 4,000 troops march in procession",
        j(
            [
                "09.20 BST Guests are arriving at Westminster Abbey, with the rain beginning to fall along the Mall.",
                "10.20 BST The King and Queen have left Buckingham Palace in the Diamond Jubilee State Coach, escorted by the Household Cavalry.",
                "11.00 BST The coronation service has begun, with the King saying: “I come not to be served but to serve.”",
                "12.02 BST The Archbishop of Canterbury places St Edward's crown on the King's head, and gun salutes are fired across the country and from ships at sea.",
                "13.00 BST The King and Queen have left the abbey in the Gold State Coach, and more than 4,000 members of the armed forces are taking part in the procession back to the palace.",
                "13.40 BST Anti-monarchy campaigners from the group Republic say six of their members were arrested before the ceremony while unloading placards.",
                "14.00 BST The procession has reached Buckingham Palace, and troops give three cheers for the King in the palace gardens.",
                "14.30 BST The flypast has been scaled back because of the weather, with only helicopters and the Red Arrows taking part.",
                "15.00 BST The King and Queen have appeared on the palace balcony.",
            ]
        ),
        "military",
    ),
    (
        "China military parade live: Xi flanked by Putin and Kim as new missiles roll through Tiananmen",
        j(
            [
                "01:00 GMT Xi Jinping has greeted Vladimir Putin and Kim Jong-un on the red carpet at Tiananmen gate ahead of the parade marking 80 years since the end of the second world war.",
                "01:30 GMT It is the first time the three leaders have appeared together in public.",
                "01:45 GMT Xi tells the crowd that China's rejuvenation is unstoppable and that the world faces a choice between peace and war.",
                "02:10 GMT Units of the People's Liberation Army march past in formation, followed by columns of tanks and armoured vehicles.",
                "02:30 GMT The DF-5C nuclear-capable intercontinental ballistic missile is on display for the first time, along with new hypersonic anti-ship missiles.",
                "02:50 GMT Large underwater drones and laser air-defence systems also feature, in what analysts call a show of force aimed at Washington.",
                "03:15 GMT The parade ends with the release of 80,000 doves and balloons over the square.",
                "03:40 GMT Putin, whose war in Ukraine is now in its fourth year, later holds talks with Xi and Kim at the Zhongnanhai leadership compound.",
            ]
        ),
        "military",
    ),
    (
        "China Taiwan drills live: PLA launches 'Strait Thunder' exercises around island",
        j(
            [
                "00:30 GMT China's Eastern Theatre Command says it has launched joint army, navy and rocket force exercises around Taiwan code-named Strait Thunder-2025A.",
                "01:15 GMT The command releases a poster showing Taiwan encircled by Chinese ships, and calls the drills a warning to “separatist forces”.",
                "02:00 GMT Taiwan's defence ministry says it has detected 21 Chinese warships and 76 military aircraft around the island since yesterday.",
                "03:20 GMT The ministry says it has scrambled jets and deployed ships and missile systems to monitor the exercises.",
                "04:10 GMT China's coast guard says it has carried out law enforcement patrols around the island, including near Matsu.",
                "05:30 GMT Taiwan's presidential office condemns China's “provocative behaviour” and says it has the capability to defend itself.",
                "06:40 GMT The US State Department says the drills are a dangerous and irresponsible attempt to intimidate Taiwan.",
                "08:00 GMT The exercises involved long-range live-fire drills into the East China Sea, according to Chinese state media.",
                "09:15 GMT Beijing declares the drills over, and Taiwan's stock market closes slightly higher.",
                "10:00 GMT Japan's defence ministry says it is closely monitoring the activity and has lodged no formal protest.",
                "10:40 GMT Taiwan's coast guard says Chinese coast guard vessels that approached its outlying islands have now left.",
            ]
        ),
        "military",
    ),
    (
        "D-Day 80th anniversary live: veterans return to Normandy beaches as world leaders gather",
        j(
            [
                "07.25 BST A piper plays on Gold Beach at the exact moment British troops landed 80 years ago this morning.",
                "08.40 BST Dozens of veterans, most of them now aged over 98, have arrived in Ver-sur-Mer for the national commemorative event at the British Normandy Memorial.",
                "09.30 BST King Charles says in his speech that the veterans' courage is owed a debt of gratitude that can never be repaid.",
                "11.15 BST US President Joe Biden is at the American cemetery in Colleville-sur-Mer, where 9,388 servicemen are buried.",
                "13.00 BST The international ceremony at Omaha Beach has begun, with Emmanuel Macron hosting leaders including Volodymyr Zelenskyy.",
                "13.40 BST Macron tells the audience that the veterans fought for freedom and draws a comparison with Ukraine today.",
                "14.20 BST A veteran, Bernard Morgan, says the best thing about coming back is seeing that people remember.",
                "15.00 BST A flypast by the Red Arrows and a Lancaster bomber marks the end of the ceremony.",
            ]
        ),
        "history",
    ),
    (
        "Armistice centenary live: world leaders mark 100 years since end of first world war",
        j(
            [
                "09.00 GMT Crowds are gathering at the Cenotaph in Whitehall for the Remembrance Sunday service, on the 100th anniversary of the armistice.",
                "10.30 GMT In Paris, Emmanuel Macron is hosting about 70 world leaders at the Arc de Triomphe, including Donald Trump and Vladimir Putin.",
                "11.00 GMT The two-minute silence is observed in London, Paris, Canberra, Ottawa and across Europe.",
                "11.20 GMT Macron warns in his speech that nationalism is a betrayal of patriotism, in what many see as a rebuke to Trump.",
                "12.10 GMT Church bells are ringing across Britain, echoing the bells that rang out when the fighting ended in 1918.",
                "13.00 GMT 10,000 members of the public are marching past the Cenotaph in the People's Procession.",
                "14.45 GMT Angela Merkel and Macron earlier unveiled a plaque at Compiègne, where the armistice was signed in a railway carriage.",
                "16.30 GMT The German president, Frank-Walter Steinmeier, lays a wreath at the Cenotaph, the first time a German head of state has done so.",
            ]
        ),
        "history",
    ),
]

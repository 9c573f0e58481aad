"""dev129 negatives, part b: armies without fighting, peace, politics and war economies."""

# (title, text, kind code)
NEGATIVES = [
    (
        "A week after the jet fell on Milestone school, Dhaka asks why training flights cross "
        "its rooftops",
        "The classroom on the first floor of Milestone School and College in Dhaka's Uttara "
        "district still has its charred desks in rows, the way the children left them shortly "
        "after 1pm on Monday last week, when a Bangladesh Air Force training jet lost power "
        "after take-off and crashed into the building. At least 31 people were killed, most of "
        "them pupils between eight and 14 who had just finished their lessons, and dozens more "
        "were treated for burns at the national burn institute, where doctors said several "
        "remained in a critical condition. The pilot, a young flight lieutenant on his first "
        "solo sortie in the Chinese-built F-7 jet, also died. The air force said he had tried "
        "to steer the aircraft away from the most densely populated streets, and an inquiry is "
        "under way. For many parents, the question is not what went wrong with the engine but "
        "why a training jet was flying over one of the most crowded cities on earth at all. "
        "The air base at Kurmitola sits beside the international airport, hemmed in by housing "
        "and schools that did not exist when it was built. Students held sit-ins outside the "
        "school and the education ministry in the days after the crash, demanding "
        "compensation, a full list of the dead and the relocation of training flights, and the "
        "interim government has promised to move them. Military analysts note that the F-7, a "
        "copy of the Soviet MiG-21, is an ageing design, and that Bangladesh has lost several "
        "of them in accidents. The crash revived a long argument about the way Dhaka has grown, "
        "a city of more than 20 million people that spread around its airport, its cantonment "
        "and its air base without anyone deciding that it should. Residents of Uttara say jets "
        "on training circuits pass so low over the rooftops on some mornings that windows "
        "rattle and children stop their games to look up. A teacher who pulled children out of the burning classroom died "
        "of her injuries the next day and has been mourned as a national hero. The school "
        "reopened on Sunday for the older classes, with counsellors in every corridor. The "
        "first-floor classroom will not be used again; the school wants to make it a memorial.",
        "accident",
    ),
    (
        "Why every army now wants interceptor drones",
        "A few years ago the interceptor drone was a hobbyist's idea: a small, fast quadcopter "
        "that flies into an enemy drone and knocks it out of the sky. It is now one of the most "
        "sought-after weapons in Europe. The appeal is cost. A surface-to-air missile can cost "
        "more than a million dollars, while the cheap attack drones it is fired at may cost a "
        "few tens of thousands; an interceptor drone costs a few thousand. Ukraine's "
        "manufacturers, who learned the trade under wartime pressure, now claim to produce "
        "thousands a month, and several have signed joint ventures with firms in Denmark, "
        "Britain and Germany. Poland and the Baltic states have placed orders, and the German "
        "army is testing interceptors from three suppliers. The difficulties are less about the "
        "drones than about finding their targets: interceptors need radars or acoustic sensors "
        "to cue them, and operators who can fly them at speeds above 250 kilometres an hour. "
        "Defence officials also worry about what happens in bad weather and at night. Still, "
        "the economics are hard to argue with. As one procurement official put it, 'we cannot "
        "keep shooting gold at tin'.",
        "military",
    ),
    (
        "Germany's new military service: a questionnaire for every 18-year-old",
        "From January, every young man in Germany who turns 18 will receive a letter from the "
        "Bundeswehr with a QR code and a questionnaire about his fitness, education and "
        "willingness to serve. Young women will get the same letter but will not be obliged to "
        "answer it. The new military service law, passed by the Bundestag on Thursday after "
        "months of argument within the governing coalition, is meant to help the armed forces "
        "grow from about 182,000 active soldiers to more than 260,000 by the mid-2030s. Service "
        "remains voluntary for now, but the law allows the government to bring back compulsory "
        "service, suspended in 2011, if too few volunteers come forward. The defence minister, "
        "Boris Pistorius, says the aim is to make the army attractive, with higher pay for "
        "recruits and driving licences paid for by the state. Student groups have held protests "
        "in several cities, and a poll for Der Spiegel found that most Germans over 60 favour "
        "conscription while most under 30 oppose it. Barracks closed after the Cold War may be "
        "reopened to house the recruits. Critics say the Bundeswehr does not yet have enough "
        "instructors, uniforms or beds for the people it already has.",
        "military",
    ),
    (
        "Taiwan's Han Kuang drills move into the subway and the supermarket",
        "For the first time, Taiwan's annual Han Kuang military exercises this year took place "
        "not only on beaches and airfields but in metro stations, supermarkets and office "
        "towers. Over ten days, the island's armed forces rehearsed their response to a Chinese "
        "blockade and invasion, mobilising about 22,000 reservists, the largest number yet, and "
        "practising the defence of ports and bridges with mobile missile launchers. In Taipei, "
        "air-raid sirens sounded at lunchtime and residents were asked to go to shelters for 30 "
        "minutes, while volunteers practised distributing food and water. President Lai "
        "Ching-te, who watched a live-fire drill on the coast of Taoyuan, said the goal was to "
        "make the costs of an attack so high that Beijing would never try. China's defence "
        "ministry called the exercises a provocation and said Taiwan's independence forces "
        "were 'a mantis trying to stop a chariot'. Some residents joined in enthusiastically; "
        "others kept shopping. Analysts note that Taiwan's military is still short of troops "
        "and that its one-year conscription, restored in 2024, will take years to fill its "
        "ranks. The drills ended on Friday.",
        "military",
    ),
    (
        "Poland is building the most expensive border in Europe",
        "Along Poland's borders with Belarus and Russia's Kaliningrad exclave, excavators are "
        "digging anti-tank ditches, soldiers are laying concrete 'dragon's teeth' and engineers "
        "are clearing forest for watchtowers and sensors. The programme, called East Shield, "
        "will cost about 10 billion zloty ($2.5 billion) by 2028 and is meant, in the words of "
        "the prime minister, Donald Tusk, to make the border 'impassable for an enemy and safe "
        "for us'. It is part of a broader rearmament that has pushed Poland's defence spending "
        "above 4% of GDP, the highest share in NATO. Warsaw has ordered Korean tanks and "
        "howitzers, American Apache helicopters and Abrams tanks, and plans an army of 300,000. "
        "Economists warn that the spending, much of it financed by borrowing, is straining the "
        "budget, and farmers near the border worry about losing land. Polish officials say "
        "Russia's war against Ukraine has made the cost of not spending obvious. Residents of "
        "villages near the Belarusian border have grown used to military convoys on their roads. "
        "One of them, a beekeeper in Podlasie, said he did not mind the ditches. 'My hives have "
        "never had so much security,' he said.",
        "military",
    ),
    (
        "Armenia and Azerbaijan sign a peace deal at the White House",
        "The leaders of Armenia and Azerbaijan signed a declaration in Washington on Friday "
        "committing their countries to end a conflict that has lasted nearly four decades, and "
        "initialled the text of a peace treaty they had agreed in March. Prime Minister Nikol "
        "Pashinyan and President Ilham Aliyev shook hands in the Oval Office alongside President "
        "Donald Trump, who called the agreement historic. Under the deal, a transit route "
        "through southern Armenia will link Azerbaijan to its Nakhchivan exclave, developed "
        "with American companies under a lease, while Armenia keeps sovereignty over the road. "
        "The two countries fought wars over Nagorno-Karabakh in the 1990s and in 2020, and "
        "Azerbaijan retook the territory in a lightning offensive in 2023, after which almost "
        "all its ethnic Armenian residents left for Armenia. The treaty still has to be signed "
        "and ratified, and Azerbaijan wants Armenia first to change a constitution that it says "
        "contains territorial claims. In Yerevan, opposition parties accused Pashinyan of "
        "giving too much away. Families of the Karabakh Armenians who fled in 2023 said nobody "
        "had asked them. In Baku, state television showed crowds waving flags.",
        "peace",
    ),
    (
        "Inside the Ankara swap: how 24 prisoners changed planes",
        "The planes landed at Ankara's Esenboğa airport within minutes of each other on "
        "Thursday morning, one from Moscow, one from Washington, and by the afternoon the "
        "largest prisoner exchange between Russia and the West since the Cold War was done. "
        "Twenty-four people were freed in all, among them the Wall Street Journal reporter Evan "
        "Gershkovich, the former US marine Paul Whelan, and several Russian dissidents, in return "
        "for eight Russians held in the United States and Europe, including a man convicted of "
        "murder in Berlin. Turkish intelligence officers choreographed the handover, checking "
        "identities on the tarmac as the prisoners walked between aircraft. The deal took "
        "months of negotiations and involved seven countries; Germany's agreement to release "
        "the convicted assassin was the last piece. President Joe Biden greeted the freed "
        "Americans at a military base near Washington that night. Families of other Americans "
        "still held in Russia asked why their relatives had been left out. In Moscow, President "
        "Vladimir Putin met the returning Russians on the runway with a guard of honour. "
        "Analysts cautioned against reading the exchange as a thaw in relations.",
        "peace",
    ),
    (
        "In Cotabato, former rebels hand in their rifles and wait for the vote",
        "In a gymnasium in Sultan Kudarat, in the southern Philippines, 2,400 former fighters of "
        "the Moro Islamic Liberation Front lined up on Tuesday to hand in their weapons to "
        "international monitors, in one of the last phases of a decommissioning process agreed "
        "in the 2014 peace deal. Each received a cash payment and a promise of livelihood "
        "support. The handover comes before the first parliamentary elections of the Bangsamoro "
        "Autonomous Region in Muslim Mindanao, created in 2019 to end one of Asia's longest "
        "insurgencies, in which some 120,000 people died. The elections have been postponed "
        "twice. About 26,000 of the front's 40,000 combatants have now been decommissioned, "
        "according to the monitoring body, and some are waiting for the housing and farmland "
        "they were promised. 'We gave our guns; now we want the peace dividend,' said a former "
        "commander who is running for a seat in the regional parliament. Officials admit that "
        "many weapons remain in the hands of clans and private armies in the region, and "
        "election monitors have called the campaign tense. The Bangsamoro transition authority "
        "says it will keep working until the elected parliament takes over.",
        "peace",
    ),
    (
        "House passes Ukraine aid after six months of trench warfare in Congress",
        "The House of Representatives on Saturday approved $61 billion in military and economic "
        "aid for Ukraine, ending a six-month standoff that had left Kyiv short of ammunition "
        "and tested the patience of its allies. The package passed by 311 votes to 112, with a "
        "majority of Republicans voting against. Speaker Mike Johnson, who had held the bill up "
        "for months under pressure from the right of his party, risked his job to bring it to "
        "the floor, saying he had concluded it was the right thing to do. Democrats waved small "
        "Ukrainian flags on the floor, drawing a rebuke from the chair. The aid, which the "
        "Senate is expected to approve next week, includes money to replenish American stocks "
        "of weapons sent to Ukraine, and much of it will be spent in American factories. Members "
        "of the hard-right Freedom Caucus said the speaker had surrendered and threatened to "
        "force a vote to remove him. President Joe Biden said he would sign the bill as soon as "
        "it reached his desk. In Kyiv, officials thanked Congress and said the first deliveries "
        "needed to arrive within days.",
        "politics",
    ),
    (
        "Orbán's last campaign is about war and peace. Hungarians want to talk about prices",
        "On the billboards that line Hungary's motorways, Viktor Orbán's party offers voters a "
        "simple choice: peace or war. The prime minister's Fidesz campaign for April's election "
        "casts his rival, Péter Magyar, as a puppet of Brussels who would drag Hungary into the "
        "conflict next door, and Orbán as the only man who can keep it out. Polls suggest the "
        "message is not landing as it once did. Magyar's Tisza party, founded only two years "
        "ago, has led in most independent surveys since the spring, on the back of anger over "
        "inflation, crumbling hospitals and the wealth of the prime minister's circle. At a "
        "rally in Debrecen on Saturday, Magyar barely mentioned Ukraine, speaking instead about "
        "waiting lists and the price of bread. 'They want you to be afraid,' he told the crowd. "
        "Fidesz has the advantage of a friendly media landscape and an electoral map drawn in "
        "its favour. Government-aligned newspapers have accused Tisza of planning to send "
        "Hungarian soldiers to Ukraine, a claim the party denies. Diplomats in Budapest say the "
        "result could change the way the European Union handles its sanctions and its budget.",
        "politics",
    ),
    (
        "Netanyahu's coalition fights over the draft, again",
        "Israel's governing coalition was again on the brink of collapse on Monday as the two "
        "ultra-Orthodox parties threatened to bring it down unless a law exempting yeshiva "
        "students from military service is passed before the Knesset's summer recess. The "
        "Supreme Court ruled last year that the state must begin drafting Haredi men, and the "
        "army says it needs thousands more soldiers after almost two years of war. Secular and "
        "nationalist coalition members refuse to vote for a bill that keeps the exemptions. The "
        "chairman of the Knesset's foreign affairs and defence committee, who is drafting the "
        "law, said he would not bring a 'bill of evasion' to a vote. Protesters from the "
        "reservists' movement gathered outside the committee room, holding signs that read "
        "'Equal in duty'. Haredi rabbis have told students to ignore call-up orders, and "
        "military police have arrested a small number of deserters at the airport. Prime "
        "Minister Benjamin Netanyahu has kept his coalition together through many such crises. "
        "Political analysts say early elections, due by October next year, are more likely than "
        "at any time since the current government took office.",
        "politics",
    ),
    (
        "Russia's war economy is running out of road",
        "For two years Russia's economy defied its critics. Military spending, now about 6% of "
        "GDP, kept factories busy and pushed up wages, and growth outpaced that of most of "
        "Europe despite sanctions. That phase is ending. Growth has slowed to about 1% this "
        "year, the central bank's key interest rate remains above 16% after peaking at 21%, and "
        "firms outside the defence sector complain that they cannot afford to borrow. Coal "
        "mines and steel plants are cutting shifts. Oil and gas revenues, squeezed by lower "
        "prices, a strong rouble and Western sanctions on the shadow fleet of tankers, have "
        "fallen by a fifth. The government has raised VAT to 22% from January to plug the "
        "budget gap. Labour is scarce: hundreds of thousands of men are in the army, and many "
        "more have left the country, so that factories compete for welders and drivers by "
        "offering wages that small firms cannot match. The regions feel it unevenly: towns with "
        "tank or shell factories are booming, while places that lived on selling coal or timber "
        "to Europe have lost their markets and are waiting for Chinese buyers who drive hard "
        "bargains. Economists in Moscow, choosing their words with care, speak of stagflation. "
        "None "
        "of this means Russia cannot keep fighting; the Kremlin has money in its rainy-day fund "
        "and few constraints on its spending. But the trade-off between guns and butter, which "
        "the Kremlin spent two years avoiding, is arriving.",
        "economy",
    ),
    (
        "Ukraine's programmers kept working through the war. Now they are going global",
        "At a co-working space in Lviv, the coffee machine runs on a backup battery and the "
        "desks have Starlink terminals taped to their legs, relics of the winter of 2022, when "
        "Russian strikes on the power grid plunged the country into darkness. Ukraine's IT "
        "industry, which earned about $6.5 billion in exports last year, survived the first "
        "years of the full-scale war better than almost any other sector. Companies moved staff "
        "to the west of the country or abroad, bought generators, and kept their clients. Now "
        "they are changing shape. Outsourcing firms that once wrote code for Western "
        "companies are building their own products, in defence technology, fintech and "
        "agricultural software, and some have raised money from foreign investors. The "
        "industry's biggest problem is people: thousands of engineers have been mobilised, and "
        "men of military age cannot travel abroad to meet clients. The government has offered "
        "tax breaks and a digital residency scheme. Executives say that their clients' fears "
        "about reliability have faded. 'Nobody asks any more if we will deliver,' said the "
        "founder of a Lviv start-up. 'They ask how fast.'",
        "economy",
    ),
    (
        "China's electric-car price war is claiming its first big casualties",
        "When BYD cut the prices of 22 models by up to a third in May, its rivals faced a "
        "choice: follow, or lose customers. Most followed, and China's car industry is now in "
        "the deepest price war in its history. More than 100 brands compete in the world's "
        "largest electric-vehicle market, most of them losing money, and several have failed "
        "this year, leaving owners without servicing or software updates. Dealers complain "
        "of unsold stock and of being pressed to register new cars as used ones to hit sales "
        "targets. Beijing, alarmed, has told carmakers to stop 'disorderly competition', and "
        "industry groups have called for an end to below-cost selling. Analysts expect "
        "consolidation: perhaps a dozen brands will survive the decade. Exporters are looking "
        "abroad, to Europe, Latin America and South-East Asia, where tariffs and anti-subsidy "
        "investigations await them. For Chinese buyers, the price war has been a bonanza; a "
        "small electric hatchback can now be had for less than 60,000 yuan. For the "
        "industry's suppliers, who are paid months late, it has been something closer to a "
        "siege.",
        "economy",
    ),
]

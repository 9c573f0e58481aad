"""dev49 negatives: the science and technology desks (research, space, cyber, AI, drones,
defence research, history of science), full of the words of war. NEGATIVES = [(title, text,
kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Giant rats sniff out record number of landmines in Cambodia",
        "A team of African giant pouched rats trained in Tanzania found 120 landmines and unexploded shells in Cambodia's Siem Reap province last year, a record for the programme, the demining charity said. The mines were laid during the civil wars that ended in the 1990s. A rat can search a tennis court in 30 minutes.",
        "history",
    ),
    (
        "Agent Orange dioxin still found in soil near former airbase",
        "Soil near a former US airbase in central Vietnam still holds dioxin from Agent Orange sprayed during the war, a study found, and fish from nearby ponds carry levels above safe limits. A cleanup funded by the United States is in its sixth year. About 500,000 cubic metres of soil remain to be treated.",
        "history",
    ),
    (
        "Military satellite to image glaciers in spare time",
        "A radar satellite built for the armed forces will spend part of its time imaging glaciers and sea ice for climate scientists, the national space agency said after the launch from French Guiana. Data will be shared with universities within a day. It can see through cloud and at night.",
        "military",
    ),
    (
        "Defence research agency doubles budget for battlefield AI",
        "The defence ministry's research agency will double its spending on artificial intelligence to 1.2 billion euros over four years, with projects on autonomous drones, target recognition and battlefield logistics, officials said. Universities will compete for grants. Critics said the agency lacked oversight.",
        "military",
    ),
    (
        "UN talks on 'killer robots' end without a treaty",
        "Diplomats meeting in Geneva failed to agree on a treaty banning lethal autonomous weapons, though most states backed new talks next year. Campaigners said the arms race in AI weapons was outpacing diplomacy. The United States and Russia opposed a binding ban.",
        "politics",
    ),
    (
        "Tech giants' AI arms race drives record spending on data centres",
        "The four biggest cloud companies will spend more than $300 billion on data centres this year, as they race to build artificial intelligence models, analysts said. One chief executive said the risk of underinvesting in the AI arms race was greater than overinvesting. Shares of chipmakers rose on the forecast.",
        "economy",
    ),
    (
        "Messaging app adds 'military-grade' encryption to group calls",
        "A popular messaging app said group video calls would now use military-grade end-to-end encryption, meaning even the company cannot see them. Security researchers said the term was marketing, but the protocol itself was sound.",
        "other",
    ),
    (
        "Hackers linked to military intelligence hit Ukraine's largest mobile operator",
        "A cyberattack that Ukraine's security service attributed to a Russian military intelligence unit knocked out the country's largest mobile network for two days, leaving 24 million subscribers without service and disabling air raid alerts in some towns. The operator said customer data was not stolen. Engineers restored calls first, then mobile data.",
        "military",
    ),
    (
        "State hackers targeted vaccine researchers, agencies warn",
        "Hackers working for a foreign intelligence service tried to steal data from vaccine research labs in Britain, Canada and the United States, security agencies of the three countries said in a joint advisory. The hackers used malware hidden in fake job applications. No data was lost, the agencies said.",
        "crime",
    ),
    (
        "Phone scammers use cloned voices of relatives, police say",
        "Fraudsters are using artificial intelligence to clone the voices of relatives and ask elderly people for money, police in Madrid said after arresting 14 members of a ring that took 2 million euros. The gang targeted 300 victims.",
        "crime",
    ),
    (
        "Fire at data centre takes down government websites",
        "A fire in a battery room at a data centre in Daejeon knocked out 600 government online services, including tax and postal services, the interior ministry said. No one was hurt. Engineers said it could take weeks to restore all systems.",
        "accident",
    ),
    (
        "Chip war: new export rules hit Chinese AI start-ups",
        "Washington tightened its rules on exports of advanced chips and chipmaking tools to China, the latest salvo in a chip war between the two powers. Beijing said it would retaliate with export curbs on rare earths. Shares of Chinese chip designers fell 8% in Shanghai.",
        "politics",
    ),
    (
        "Electric car price war spreads to Europe",
        "Chinese carmakers cut prices on electric cars in Europe by up to 15%, taking a price war that has battered profits at home to a new market. European rivals said they would not follow. Analysts expect a shakeout of weaker brands.",
        "economy",
    ),
    (
        "Robot combat league draws sell-out crowd in Shanghai",
        "Humanoid robots kicked and punched each other in front of a sell-out crowd at the first robot combat tournament in Shanghai, with the winner knocking out its rival in the third round. The organisers said the fights test balance and control software. Tickets sold out in ten minutes.",
        "sport",
    ),
    (
        "War shooter breaks sales records in first weekend",
        "The latest instalment of a military shooter game sold 8 million copies in its first weekend, its publisher said, a record for the series. Reviewers praised a campaign set in a fictional Balkan conflict. The game's multiplayer servers crashed on launch day.",
        "entertainment",
    ),
    (
        "Satellites track methane leaks from space",
        "A satellite launched last year has found more than 1,000 methane plumes from oil fields, landfills and coal mines, the environmental group that runs it said. The images show that leaks from a few sites account for much of the warming gas released in some basins. Regulators in two countries have started to use the data.",
        "other",
    ),
    (
        "Tech workers stage sit-in over cloud contract with army",
        "About 50 employees staged a sit-in at two offices of a cloud company to protest against its contract with a foreign army, and nine were arrested for trespass when they refused to leave. The company later fired 28 workers. The protest was peaceful, police said.",
        "protest",
    ),
    (
        "Pentagon awards AI contract for drone swarm software",
        "The Pentagon awarded a $480 million contract to a software start-up to develop programs that let one operator control dozens of drones at once, the defence department said. Tests will start next year at a range in Nevada. The company's shares rose 9%.",
        "military",
    ),
    (
        "Drone maker raises $600 million as defence tech boom continues",
        "A European drone maker raised $600 million in a funding round that values it at $12 billion, as investors pour money into defence technology. The company said it would build a factory in Germany. It has sold drones to 12 armies.",
        "economy",
    ),
    (
        "Codebreakers honoured 80 years after Enigma work",
        "A memorial to the women who broke German codes during the Second World War was unveiled at a former code-breaking centre, 80 years after the end of the war. Six veterans, now in their late 90s, attended. A choir sang wartime songs.",
        "history",
    ),
    (
        "Unexploded WWII bomb found on university campus, 5,000 evacuated",
        "Builders found a 500 kg Second World War bomb on the campus of a university in Cologne, and 5,000 people were evacuated while experts defused it, the city said. Lectures were cancelled for the day. Hundreds of such bombs are found in Germany every year.",
        "history",
    ),
    (
        "Physicists win race to measure elusive particle",
        "A team at a Swiss laboratory beat two rival groups in a years-long race to measure the mass of the W boson with record precision, ending what one physicist called a war of the labs. The result agrees with the Standard Model. The team used data from ten years of collisions.",
        "other",
    ),
    (
        "Moon race heats up as lander touches down near south pole",
        "A private lander touched down near the Moon's south pole on Thursday, the first of three missions this year, in a new space race between companies and states. The lander will drill for water ice. Its batteries should last two weeks.",
        "other",
    ),
    (
        "US completes destruction of its chemical weapons stockpile",
        "The United States destroyed its last chemical weapon, a rocket filled with sarin, at a plant in Kentucky, completing the destruction of a stockpile of 30,000 tonnes under the Chemical Weapons Convention, the army said.",
        "military",
    ),
    (
        "Science agencies fight budget cuts in Congress",
        "Scientific societies launched a campaign against proposed cuts of up to 40% to the budgets of federal science agencies, calling it an attack on American research. Lawmakers from both parties said they would fight the cuts. Hundreds of researchers visited congressional offices.",
        "politics",
    ),
    (
        "Nobel Peace Prize goes to atomic bomb survivors' group",
        "The Nobel Peace Prize was awarded to Nihon Hidankyo, a group of survivors of the Hiroshima and Nagasaki bombings, for its work to rid the world of nuclear weapons. The committee said the taboo on nuclear use was under pressure.",
        "peace",
    ),
    (
        "Think tank war game simulates global food shock",
        "A war game run by a London think tank simulated a crop failure in three breadbaskets at once, with officials from 12 countries playing the roles of governments. Players resorted to export bans within hours, the organisers said. Food prices rose 60% in the simulation.",
        "other",
    ),
    (
        "Museum show of war photography opens in Berlin",
        "An exhibition of 200 images by war photographers, from the Spanish Civil War to Syria, opened at a Berlin museum on Friday. Curators said they wanted visitors to ask what photographs can change. The show runs until the end of March and will travel to Vienna.",
        "entertainment",
    ),
    (
        "Cyberattack on school district exposes student records",
        "A criminal ransomware group stole the records of 400,000 students in a school district in Minnesota and posted some of them online, officials said. The district refused to pay a $1 million ransom. Parents were offered two years of free credit monitoring.",
        "crime",
    ),
]

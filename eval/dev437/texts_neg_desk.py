"""dev437 negatives from the crime, defence, sport, arts and wildlife pages: underworld shootings,
terror alerts and trafficking rings, warships and exercises, cricket and football with their war
words, books and films about the wars, elephants and leopards, elections and migrant workers.
(title, text, kind)."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    # crime
    (
        "Underworld figure shot dead inside Hulftsdorp court by gunman disguised as lawyer",
        _t("""Notorious underworld figure Sanjeewa Kumara Samararathna, alias 'Ganemulla Sanjeewa',
        was shot dead inside a courtroom of the Colombo New Magistrate's Court in Hulftsdorp this
        morning by a gunman who had entered the premises dressed as a lawyer, police said. The
        suspect, who had hidden a revolver inside a hollowed-out law book, opened fire as Sanjeewa
        was produced before court from the Boossa prison. Police arrested the alleged gunman, a
        former Army commando, near Puttalam a few hours later, and are searching for a woman who
        is believed to have helped him. A police spokesman said the killing was linked to a
        rivalry between organised crime gangs involved in drug trafficking and extortion, and
        that it had been ordered by a gang leader based in Dubai. Sanjeewa was a suspect in
        several murders and had been held on detention orders. The Bar Association of Sri Lanka
        said the shooting exposed serious lapses in court security. It was the 28th shooting
        incident of the year, most of which police have blamed on gang rivalries."""),
        "crime",
    ),
    (
        "Three held over alleged plot to attack tourists in Arugam Bay; US warns citizens",
        _t("""Police have arrested three suspects in connection with information received about a
        possible attack targeting Israeli tourists in Arugam Bay, the Police Media Spokesman said
        today. The arrests followed a security alert issued by the US Embassy in Colombo advising
        its citizens to avoid the popular surfing destination until further notice, citing
        credible information of a threat. The United Kingdom, Israel and Russia issued similar
        advisories. The Public Security Minister said the intelligence services had received the
        information about two weeks ago and that security had been tightened in the Eastern
        Province, with more than 500 police and STF personnel deployed. Police said no weapons or
        explosives had been recovered so far. Hoteliers in Arugam Bay said several groups of
        tourists had cancelled bookings at the start of the peak season. The government urged the
        public not to panic and said the situation was under control. The Tourism Minister said no foreign tourist had
        left the island because of the alert."""),
        "crime",
    ),
    (
        "Seven arrested for sending Nepali youths to fight in Russian army",
        _t("""The Kathmandu District Police Range has arrested seven people, including two Russian
        visa facilitators, on charges of sending Nepali youths to join the Russian army in
        exchange for money, police said on Saturday. Police said the accused had charged between
        Rs 900,000 and Rs 1.5 million per person, promising jobs as security guards and Russian
        citizenship, before flying the recruits via Dubai to Moscow. Investigators believe more
        than 150 people were sent through the network over the past six months. The arrests came
        after the families of several men who had gone to Russia filed complaints with police,
        saying they had lost contact with their sons. The accused have been charged under the
        Human Trafficking and Transportation (Control) Act and the Foreign Employment Act, and
        the Kathmandu District Court has remanded them in custody for ten days. The Department of
        Foreign Employment urged people not to trust agents offering jobs in Russia."""),
        "crime",
    ),
    (
        "Young man stabbed to death in Malé gang fight; four arrested",
        _t("""A 23-year-old man died after being stabbed in a gang-related attack in Henveiru, Malé,
        late on Saturday night, the Maldives Police Service said. The victim was attacked with
        sharp objects near a futsal ground by a group of men who arrived on motorcycles, and was
        rushed to Indira Gandhi Memorial Hospital, where he died during treatment. Police said
        four suspects, aged between 19 and 27, had been arrested and that the attack appeared to
        be linked to a dispute between rival gangs over drug territory. A second man injured in
        the attack is being treated at ADK Hospital and is in stable condition. It is the third
        fatal stabbing in the capital this year, according to police figures. The Home Minister
        said the government would install more CCTV cameras and step up night patrols in Malé and
        Hulhumalé. Residents of Henveiru said gang violence had been rising in the ward since the
        start of the year. Police have asked anyone with video footage of the attack to come
        forward."""),
        "crime",
    ),
    (
        "Sri Lankans rescued from Myanmar cyber-scam camps arrive home",
        _t("""Twenty Sri Lankans who had been held in cyber-crime compounds in Myanmar's Myawaddy
        region returned to the island today after being freed with the help of Thai and Myanmar
        authorities, the Foreign Ministry said. The group, including three women, had been lured
        with promises of IT jobs in Thailand and forced to work up to 16 hours a day defrauding
        people online, officials said. Several of them told reporters at Bandaranaike
        International Airport that they had been beaten and given electric shocks when they
        failed to meet targets. 'They took our passports and said we could leave only if our
        families paid $5,000,' said a 28-year-old man from Negombo. The ministry said about 40
        more Sri Lankans were believed to be held in similar camps and that efforts were under way
        to secure their release. The Criminal Investigation Department has arrested two local
        agents. The compounds lie in an area controlled by a militia allied with Myanmar's
        military government, officials said."""),
        "crime",
    ),
    (
        "Easter attack trial: Trial-at-Bar fixes dates as prosecution completes indictments",
        _t("""The special Trial-at-Bar hearing the case against 25 people accused of conspiring to
        carry out the 2019 Easter Sunday attacks today fixed dates for continuing the trial until
        the end of the year, after the prosecution completed the reading of the indictments. The
        accused face more than 23,000 charges, including conspiracy to commit murder, aiding and
        abetting terrorism and collecting arms and ammunition, under the Prevention of Terrorism
        Act and the Penal Code. Most of them have been held in remand since 2019. Defence counsel
        objected to the use of confessions recorded by the police, arguing that they had been
        obtained under duress. The three-judge bench said it would rule on the admissibility of
        the statements next month. The Catholic Church, which has repeatedly criticised the slow
        pace of the investigations, said its lawyers would continue to watch the proceedings. The
        suicide bombings on April 21, 2019 killed 269 people at three churches and three
        hotels."""),
        "crime",
    ),
    # military
    (
        "Navy commissions largest warship, a former US Coast Guard cutter",
        _t("""The Sri Lanka Navy formally commissioned its largest warship, SLNS Vijayabahu, a former
        United States Coast Guard cutter, at a ceremony at the Colombo Port yesterday. The
        115-metre vessel, which arrived in Colombo after a 72-day voyage from Seattle, will be used
        for offshore patrols, search and rescue and to counter drug and human smuggling in the
        Indian Ocean, the Navy said. The Navy Commander said the ship would strengthen the fight
        against the narcotics trade at sea. The vessel is the third of its class handed over to
        Sri Lanka by the US, after SLNS Samudura and SLNS Gajabahu. The US Ambassador said the
        transfer reflected the strong partnership between the two navies. The ship will be
        manned by a crew of 16 officers and 142 sailors who trained in the United States for six
        months. A guard of honour and a 21-gun salute marked the ceremony. The Navy said the
        ship would make its first operational patrol in the Exclusive Economic Zone off the south
        coast next month."""),
        "military",
    ),
    (
        "Nepal, India armies begin Surya Kiran exercise in Salijhandi",
        _t("""The 18th edition of the Nepal-India joint military exercise Surya Kiran began on Sunday
        at the Nepal Army Battle School in Salijhandi, Rupandehi, the Nepal Army said. Around 330
        soldiers from each side are taking part in the 14-day exercise, which focuses on jungle
        warfare, counter-terrorism operations in mountainous terrain, and humanitarian assistance
        and disaster relief. The drills include simulated raids on hideouts, the use of drones
        for surveillance and the evacuation of casualties by helicopter, the army said. 'The
        exercise will make our two armies work better together when disasters such as earthquakes
        and floods strike,' said the exercise director, a brigadier general. The Indian
        contingent is drawn from a Gorkha Rifles battalion, which recruits Nepali citizens. The
        exercise is held in the two countries in alternate years. Nepal also holds an annual
        exercise with China, Sagarmatha Friendship, which has not been held since 2019."""),
        "military",
    ),
    (
        "Chinese research ship docks in Colombo for 'replenishment only' despite Indian concerns",
        _t("""The Chinese research vessel Shi Yan 6 docked at the Colombo Port yesterday after the
        government granted permission for a replenishment call, despite concerns raised by India
        and the United States over the activities of such ships in the Indian Ocean. A Foreign
        Ministry official said the vessel would be allowed to stay for two days and had not been
        authorised to conduct research in Sri Lankan waters. India has described similar vessels
        as dual-use ships capable of tracking missiles and mapping the sea floor for submarine
        operations, and last year objected to the visit of the Yuan Wang 5 to Hambantota. The
        Chinese Embassy in Colombo said the visit was part of routine scientific cooperation and
        urged third parties not to interfere. The government has since announced a one-year
        moratorium on foreign research vessels while it draws up standard operating procedures.
        Analysts say Sri Lanka is walking a tightrope between two of its largest creditors as it
        restructures its debt."""),
        "military",
    ),
    (
        "Scaled-down Independence Day parade as 1,873 troops march at Independence Square",
        _t("""Sri Lanka celebrated its 77th Independence Day today with a scaled-down ceremony at
        Independence Square in Colombo, with President Anura Kumara Dissanayake attending his
        first national day celebration as head of state. A total of 1,873 members of the
        tri-forces and the police took part in the parade, fewer than half the number of last
        year, and there was no display of armoured vehicles and no fly-past, in line with the
        government's austerity drive, officials said. The President said the country must now
        fight a new war against poverty and corruption with the same unity that won
        independence. A 21-gun salute was fired by the Sri Lanka Artillery, and the national
        anthem was sung in both Sinhala and Tamil. Members of the diplomatic corps, government
        officials and religious leaders attended. The Ministry of Defence said the cost of the
        ceremony had been cut by about 60 percent compared with previous years. Traffic restrictions around Independence Square were
        lifted by noon."""),
        "military",
    ),
    # sport
    (
        "Hasaranga's spin attack routs Zimbabwe as Sri Lanka seal series",
        _t("""Wanindu Hasaranga claimed 7 for 19, the best figures by a Sri Lankan in a one-day
        international at home, as Sri Lanka bowled out Zimbabwe for 96 to win the third ODI by
        184 runs and take the series 2-0 at the R Premadasa Stadium yesterday. Sent in to bat, Sri
        Lanka posted 280 for 7, with Kusal Mendis top-scoring with 89 and Charith Asalanka adding
        a brisk 65. Zimbabwe's reply never recovered from the loss of both openers inside the
        first four overs, as Dilshan Madushanka struck twice with the new ball. Hasaranga then
        tore through the middle order, beating the Zimbabwe captain with a googly that crashed
        into the off stump. 'The ball was gripping, and the plan was simply to attack the
        stumps,' Hasaranga said after the match. The head coach said the team would now turn its
        attention to the tour of India. The two sides play three T20 internationals from
        Saturday. Tickets for the first match at Dambulla went on sale this morning, with prices
        starting at Rs 500."""),
        "sport",
    ),
    (
        "Nepal fall one run short against South Africa in T20 World Cup heartbreak",
        _t("""Nepal came agonisingly close to one of the biggest upsets in World Cup history on
        Friday, losing to South Africa by one run in a Group D match in Kingstown, St Vincent.
        Needing eight runs off the final over, Gulsan Jha was run out off the last ball attempting
        a bye, leaving Nepal on 114 for 7 in reply to South Africa's 115 for 7. Opener Kushal
        Bhurtel had earlier taken 4 for 19 with his part-time leg-spin, and Dipendra Singh Airee
        3 for 21, as Nepal's bowlers strangled the Proteas. Aasif Sheikh top-scored with 42, but
        the batters struggled against Tabraiz Shamsi, who also finished with 4 for 19. Thousands
        of fans watched on giant screens at the Mulpani Cricket Ground and in Pokhara until well
        past midnight. 'We fought till the last ball, and the boys should be proud,' captain
        Rohit Paudel said. Nepal, who lost to the Netherlands and had their game against Sri Lanka
        washed out, are out of the tournament. The team is expected to arrive in Kathmandu next week,
        and the Cricket Association of Nepal has announced a reception at Tribhuvan International
        Airport."""),
        "sport",
    ),
    (
        "Maziya lay siege to Eagles' goal but settle for goalless draw",
        _t("""Maziya Sports and Recreation Club dominated for most of the 90 minutes but were held to
        a goalless draw by Club Eagles in the Dhivehi Premier League at the National Football
        Stadium on Tuesday night. Maziya had 71 percent of possession and 19 shots, but the Eagles
        goalkeeper made a string of saves, including a double stop in the 64th minute. 'They
        parked the bus and we could not break them down; we needed a killer instinct in front of
        goal,' the Maziya coach said. Eagles, who are fighting to avoid relegation, had their best
        chance on the counter-attack late in the game when a shot from the edge of the box struck
        the post. The draw leaves Maziya two points behind leaders TC Sports Club with four
        matches remaining. About 3,000 fans attended the match, the largest crowd of the season
        so far. Maziya face Club Green Streets on Saturday, while Eagles travel to Addu for a relegation
        six-pointer."""),
        "sport",
    ),
    (
        "SLC 'civil war' moves to court as sacked board challenges minister",
        _t("""The battle for control of Sri Lanka Cricket moved to the Court of Appeal today, with
        the board's sacked executive committee challenging the Sports Minister's decision to
        appoint an interim committee headed by World Cup-winning captain Arjuna Ranatunga. The
        minister dismissed the board yesterday, citing the national team's dismal showing at the
        World Cup in India, where Sri Lanka lost to the hosts by 302 runs after being bowled out
        for 55. The Court of Appeal issued an interim order restoring the elected board for 14
        days. The ICC warned that Sri Lanka could be suspended for government interference in the
        running of the sport. Protesters gathered outside SLC headquarters on Maitland Place
        demanding the resignation of the board, and police were deployed, but no incidents were
        reported. Parliament is expected to debate a motion calling for the board's removal on
        Thursday. Former players said the administrators and the politicians were fighting over
        the game while the national team sank."""),
        "sport",
    ),
    # entertainment
    (
        "Shehan Karunatilaka wins Booker Prize for novel set in Sri Lanka's civil war",
        _t("""Sri Lankan author Shehan Karunatilaka has won the 2022 Booker Prize for his novel The
        Seven Moons of Maali Almeida, a darkly comic story set in the afterlife during the
        island's civil war. The novel follows Maali Almeida, a war photographer, gambler and
        closeted gay man, who wakes up dead in 1990 and has seven moons to find out who killed him
        and lead people to a hidden cache of photographs of wartime atrocities. The chair of the
        judges praised the book's ambition of scope and the audacity of its narrative technique.
        Karunatilaka, 47, received the prize of 50,000 pounds at a ceremony in London on Monday
        night. In his acceptance speech he said he hoped the novel would one day be read in a Sri
        Lanka that saw it as a relic of a bygone age. He is the second Sri Lankan-born author to
        win the prize after Michael Ondaatje. Sinhala and Tamil translations of the book are due
        next year. Booksellers in Colombo said copies of the novel had sold out within hours of the
        announcement."""),
        "entertainment",
    ),
    (
        "Dui Kinara review: a quiet film about the war that split a village",
        _t("""Set in a village in Rolpa at the height of the Maoist insurgency, Dui Kinara follows two
        brothers who end up on opposite sides of the conflict, one joining the rebels and the
        other the Royal Nepal Army. Director Sita Bohara, making her feature debut, avoids battle
        scenes almost entirely, choosing instead to show the war through its silences: a mother
        setting an extra plate, a school that closes without explanation, a letter that never
        arrives. The performances are restrained, particularly that of newcomer Anup Budha as the
        younger brother, whose face carries most of the film. The film premiered at the Kathmandu
        International Mountain Film Festival and opens in cinemas across the country on Friday.
        Some viewers may find the slow pace demanding, and the final act, which jumps to the peace
        process of 2006, feels rushed. But at a time when the transitional justice process is
        still unfinished, Dui Kinara is a reminder that many families are still waiting for
        answers."""),
        "entertainment",
    ),
    (
        "Exhibition of Aragalaya posters and art opens at Lionel Wendt",
        _t("""An exhibition of posters, banners, paintings and photographs from the 2022 people's
        protest movement opened at the Lionel Wendt Art Centre in Colombo yesterday, a year after
        the demonstrators left Galle Face Green. Titled 'Ape Aragalaya' (Our Struggle), the show
        brings together more than 300 works by artists, students and protesters, many of which
        were displayed at the GotaGoGama site during the months of occupation. Among the exhibits
        are a hand-painted banner reading 'Go home Gota', cartoons of the Rajapaksa brothers and a
        reconstruction of the protest library. The curator said the aim was to preserve the
        memory of a movement in which people of every ethnicity and religion stood together.
        Photographs of the May 9 attack on the protest site are shown in a separate room. The
        exhibition is open daily from 10am to 7pm until the end of the month, and admission is
        free. A catalogue with essays by the artists will be launched next week, and the organisers
        hope to take the show to Kandy, Jaffna and Galle later in the year."""),
        "entertainment",
    ),
    # other
    (
        "Record 470 elephants died last year as human-elephant conflict worsens",
        _t("""A record 470 wild elephants died in Sri Lanka last year, most of them killed by people,
        the Department of Wildlife Conservation said, as the human-elephant conflict also claimed
        the lives of 176 people. Gunshots, electrocution on illegal electric fences and 'hakka
        patas', explosive baits hidden in pumpkins and other vegetables, were the main causes of
        death, according to the department. The North Western, North Central and Eastern
        provinces recorded the highest number of deaths on both sides. 'Elephants are being
        pushed out of their habitats by the spread of farms and settlements, and farmers are
        fighting back to protect their crops,' said a conservation biologist who has studied the
        problem for three decades. Wildlife officials say Sri Lanka records the highest number of
        elephant deaths in the world each year. The government plans to build 1,500 kilometres of
        new electric fences and to move problem elephants to holding grounds, but experts say such
        measures have failed in the past."""),
        "other",
    ),
    (
        "Leopard found dead in snare in Nallathanniya tea estate; two arrested",
        _t("""A female leopard was found dead in a wire snare in a tea estate in Nallathanniya
        yesterday, wildlife officials said, the fourth leopard to die in a snare in the hill
        country this year. The animal, estimated to be four years old, had been trapped for several
        hours before estate workers alerted the Department of Wildlife Conservation, and it died
        before veterinarians could reach it. Police arrested two estate workers who allegedly set
        the snare to catch wild boar for meat. The Sri Lankan leopard, a subspecies found only on
        the island, is listed as endangered, and killing one is punishable by a fine and
        imprisonment under the Fauna and Flora Protection Ordinance. Conservation groups said
        snares set for wild boar were the biggest threat to leopards in the central hills and
        called for stricter enforcement. In 2018 a rare black leopard died in a snare in the same
        area. The carcass was sent to the veterinary faculty at Peradeniya for a post-mortem."""),
        "other",
    ),
    (
        "Muizzu wins Maldives presidential run-off with 54 percent",
        _t("""Opposition candidate Dr Mohamed Muizzu has won the Maldives presidential election,
        defeating incumbent Ibrahim Mohamed Solih in Saturday's run-off with 54 percent of the
        vote, according to provisional results released by the Elections Commission. Muizzu, the
        mayor of Malé and candidate of the coalition of the Progressive Party of Maldives and the
        People's National Congress, won in most atolls as well as in the capital. Solih conceded
        defeat in a post on social media shortly after midnight and congratulated the
        president-elect. Turnout was 87 percent, the commission said, and voting passed off
        smoothly across the islands and at polling stations in Colombo, Thiruvananthapuram, Kuala
        Lumpur and London. Muizzu campaigned on a pledge to remove Indian military personnel from
        the country and to develop the Greater Malé region with new bridges and housing. He will
        be sworn in on November 17. Supporters celebrated through the night on the streets of
        Malé, waving flags and setting off fireworks."""),
        "other",
    ),
    (
        "Seventy-three Nepali workers stranded in Riyadh without pay for seven months",
        _t("""Seventy-three Nepali workers employed by a cleaning company in Riyadh have gone without
        pay for seven months, the Nepali Embassy in Saudi Arabia said on Tuesday, after the
        workers posted a video appealing to the government for help. In the video, shared widely
        on TikTok, the workers say they are living in a crowded labour camp with little food and
        that the company has refused to renew their residency permits, leaving them afraid to
        leave the camp for fear of arrest. The embassy said it had contacted the company and the
        Saudi labour authorities and that a case had been filed with the labour court. The
        Department of Foreign Employment said the recruiting agency in Kathmandu, which charged
        each worker about Rs 150,000 despite the government's 'free visa, free ticket' policy, had
        been told to bring them home at its own expense. More than 400,000 Nepalis are estimated to
        be working in Saudi Arabia. Labour rights groups say wage theft remains the most common
        complaint among Nepali migrant workers in the Gulf."""),
        "other",
    ),
]

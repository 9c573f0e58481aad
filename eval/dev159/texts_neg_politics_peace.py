"""dev159 hard negatives (politics, protest, peace, military, economy): wars of words over
presenters and museums, a rapper's sentence, peaceful fan and song-contest protests, sport after
peace deals, an army recruiting at a stadium, a hostile bid for a studio (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "BBC presenter's return to air ends war of words with government over migration post",
        "The BBC presenter Gary Saunders will return to present Saturday's edition of the "
        "corporation's flagship football highlights programme after a week-long row over his "
        "social media post criticising the government's asylum policy, the broadcaster said on "
        "Monday. The former England striker had been taken off air after comparing the language"
        " used to launch the policy to that of 1930s Germany, prompting ministers to accuse the"
        " BBC of bias and of failing to enforce its impartiality rules. In a show of "
        "solidarity, his fellow pundits and commentators refused to work, and the programme "
        "went out on Saturday without presenters or commentary for the first time in its "
        "history. The BBC's director general apologised for the disruption and announced an "
        "independent review of the corporation's social media guidelines for freelance "
        "presenters. Saunders said he was glad the matter was settled and that he stood by his "
        "views. The culture secretary welcomed the end of the dispute but said questions about "
        "impartiality remained. Opposition MPs accused ministers of attacking the BBC for "
        "political reasons.",
        "politics",
    ),
    (
        "Iranian rapper sentenced to death over songs supporting protest movement, lawyer says",
        "A revolutionary court in Iran has sentenced the rapper Kourosh Afshar to death on "
        'charges of "corruption on earth" over songs he wrote in support of the 2022 protest '
        "movement, his lawyer said on Wednesday. Afshar, 33, was arrested in October 2022 after"
        " posting tracks and videos that criticised the Islamic Republic's leadership and "
        "praised the protesters, and was later released on bail before being detained again. "
        "His lawyer said the court had ignored a Supreme Court ruling that had overturned an "
        "earlier prison sentence, and that the family would appeal. The sentence was condemned "
        "by musicians and human rights groups around the world, and a petition calling for his "
        "release gathered hundreds of thousands of signatures within days. Amnesty "
        "International said the case was part of a wider campaign to silence artists, and "
        "called on the authorities to quash the verdict. Iran's judiciary has not commented "
        "publicly. Several other musicians, film-makers and actors have been banned from "
        "working or leaving the country since the protests. Afshar's music, much of it released"
        " online, gained millions of views during the protests, and one of his songs became an "
        "anthem at demonstrations in several cities. Hundreds of people signed an open letter "
        "by Iranian artists inside the country calling for the sentence to be overturned, a "
        "rare public challenge to the judiciary. The court has 20 days to send the case to the "
        "Supreme Court if an appeal is filed, his lawyer said. Afshar is being held in "
        "Isfahan's central prison.",
        "politics",
    ),
    (
        "White House orders review of Smithsonian exhibitions in new attack on 'divisive' history",
        "The White House has ordered a review of exhibitions, wall texts and online materials "
        "at eight Smithsonian museums, in the latest move in President Donald Trump's campaign "
        'against what he calls "divisive" and "anti-American" accounts of the country\'s '
        "history. In a letter to the institution's secretary, officials said the review would "
        "look at content due to be displayed for next year's 250th anniversary of independence "
        "and would be completed within 120 days. The president had earlier signed an executive "
        'order accusing the Smithsonian of promoting "improper ideology" and directing his '
        "vice-president, who sits on its board of regents, to remove it. Historians and museum "
        "curators said the move was an attack on academic freedom, and Democratic lawmakers "
        "said the Smithsonian was an independent institution that the administration had no "
        "authority to direct. A spokesperson for the Smithsonian said it would review the "
        'letter and that it was "committed to the accurate telling of history". The institution'
        " receives about 62 percent of its funding from Congress. The National Museum of "
        "African American History and Culture was named among those to be reviewed.",
        "politics",
    ),
    (
        "Bundesliga matches halted as fans shower pitches with tennis balls in investor protest",
        "Several Bundesliga matches were interrupted on Saturday as supporters threw tennis "
        "balls, chocolate coins and remote-controlled cars onto the pitch in a coordinated "
        "protest against the German Football League's plan to sell a share of its media rights "
        "to a private equity investor. The game between Union Berlin and Wolfsburg was stopped "
        "for more than 30 minutes while stewards cleared the pitch, and the referee took the "
        "players off twice in Hamburg's second-division match against Hannover. Fans of rival "
        "clubs have joined forces against the deal, which they say would give an outside "
        "investor influence over kick-off times and the schedule and break German football's "
        '"50+1" rule that keeps clubs in the hands of their members. Banners reading "No to '
        'investors" hung in stadiums across the country. Police reported no arrests or '
        "injuries. The league has insisted the investor would have no say in sporting matters. "
        "Several club chairmen have now called for a new vote, and fan groups say the protests "
        "will continue until the deal is scrapped. In Cologne, fans unveiled a giant banner "
        "depicting the league's chief executive as a puppet. Players from both teams in several"
        " matches were seen helping stewards collect the balls. The league's supervisory board "
        "is due to meet on Wednesday to discuss the deal. The Bundesliga's 36 clubs voted for "
        "the plan in December by the narrowest possible margin, in a secret ballot that critics"
        " say should be repeated.",
        "protest",
    ),
    (
        "Thousands march in Malmö against Israel's participation in Eurovision",
        "Thousands of people marched through the centre of Malmö on Saturday afternoon to "
        "protest against Israel's participation in the Eurovision Song Contest, hours before "
        "the final was held in the city's arena. The demonstrators, waving Palestinian flags "
        'and chanting "Boycott Israel", walked from the main square towards a park about two '
        "kilometres from the venue, watched by a heavy police presence. Police said the march "
        "was peaceful, although several people were removed after trying to approach the arena,"
        " among them the climate activist Greta Thunberg, and later released. Israel's singer "
        "was booed by part of the audience during her semi-final performance, but also received"
        " cheers, and she went on to finish fifth in the final. The European Broadcasting Union"
        " had rejected calls to exclude Israel over the war in Gaza, saying the contest was a "
        "non-political event for broadcasters, not governments. Organisers had tightened "
        "security around the venue, and Swedish police brought in reinforcements from Denmark "
        "and Norway. Sweden's Loreen, who won last year, had earlier called for a ceasefire.",
        "protest",
    ),
    (
        "Former FARC guerrillas take to the pitch in Colombia's first ex-combatant football league",
        "A team of former FARC guerrillas played the opening match of a new football league for"
        " ex-combatants in the southern Colombian department of Caquetá on Sunday, as part of a"
        " programme to help fighters who laid down their arms under the 2016 peace agreement "
        "return to civilian life. The league, funded by the UN verification mission and the "
        "government's reintegration agency, brings together eight teams from former FARC camps,"
        ' local villages and, in one case, a squad of retired soldiers. "Five years ago we were'
        " in the jungle with rifles, and today we are arguing with the referee like everybody "
        'else," said a former commander who now plays in midfield. Organisers said the aim was '
        "to build trust between former fighters and communities who had suffered during the "
        "conflict. More than 13,000 FARC members handed over their weapons under the peace "
        "deal, and most are now engaged in farming, tourism and small businesses. The UN "
        "mission said the league was a small but important step in the reconciliation process. "
        "The final is scheduled for December in the town of San Vicente del Caguán.",
        "peace",
    ),
    (
        "Tigrayan runners return to the Great Ethiopian Run after the Pretoria truce",
        "Runners from Tigray took part in the Great Ethiopian Run in Addis Ababa on Sunday for "
        "the first time since the war in the northern region began, a year after the federal "
        "government and Tigrayan forces signed a truce in Pretoria. About 40 athletes from the "
        "regional capital Mekelle travelled to the capital for the 10km race, which drew a "
        "field of 45,000 people. Several of them had not been able to compete outside Tigray "
        "for three years because of the conflict, which cut the region off from the rest of the"
        ' country. "We trained on the roads of Mekelle with no electricity, no internet, and no'
        ' idea if we would ever race again," said one runner, who finished in the top twenty. '
        "Flights and banking services to Tigray have resumed since the agreement, and the "
        "region's athletics federation has reopened its training centre. The race's founder, "
        'the former Olympic champion Haile Gebrselassie, said it was "a day of reunion". '
        "Kenya's and Ethiopia's elite runners dominated the results, with Ethiopia winning both"
        " the men's and the women's races.",
        "peace",
    ),
    (
        "Polish army sets up recruiting stands at stadiums as it seeks 300,000 soldiers",
        "Poland's armed forces have set up recruiting stands at football stadiums across the "
        "country, part of a drive to nearly double the size of the army to 300,000 professional"
        " soldiers by 2035. At Legia Warsaw's match against Lech Poznań on Sunday, soldiers in "
        "dress uniform handed out leaflets on the concourse and offered fans the chance to try "
        "military simulators and check their fitness in a mobile gym. The defence ministry says"
        " more than 20,000 people signed up last year for its voluntary basic military service,"
        " which pays a salary and lasts one month. The government has also increased defence "
        "spending to more than four percent of GDP, the highest share in NATO, and is buying "
        "hundreds of tanks, howitzers and attack helicopters from the United States and South "
        "Korea. Some fans criticised the presence of the army at a sporting event, but the "
        "ministry said the stands had been among the most popular in its campaign. A similar "
        "programme has been launched at volleyball and speedway events. The ministry said it "
        "plans to bring the campaign to schools in the autumn.",
        "military",
    ),
    (
        "Paramount launches hostile bid for Warner Bros Discovery to rival Netflix deal",
        "Paramount Skydance launched a hostile takeover bid for Warner Bros Discovery on "
        "Monday, offering shareholders $30 a share in cash and escalating a bidding war for the"
        " Hollywood studio days after its board agreed to sell its film and streaming business "
        "to Netflix. Paramount's all-cash offer values Warner Bros Discovery at about $108 "
        "billion including debt, and covers the whole company, including its cable channels "
        "such as CNN, which were not part of the Netflix deal. Paramount's chief executive said"
        ' the offer was "superior" and would face fewer regulatory hurdles, and urged '
        "shareholders to reject the Netflix agreement. Warner Bros Discovery's board said it "
        "would review the bid but recommended that shareholders take no action for now. "
        "Analysts said the battle could drag on for months and that competition authorities in "
        "the United States and Europe would scrutinise any deal. Shares in Warner Bros "
        "Discovery rose 4 percent in early trading, while Netflix shares fell 3 percent. "
        "Hollywood unions have warned that a merger of two major studios could lead to job "
        "losses.",
        "economy",
    ),
]

"""dev171 negatives: sport, entertainment, disaster, health and accident pieces with
their war words, and three plain negatives (a fake attack image, a former refugee's
success story, climate finance)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Old Trafford massacre leaves Solskjær out of excuses and United out of ideas",
        "There are defeats, there are humiliations, and then there is what happened at Old "
        "Trafford on Sunday. Liverpool were 4-0 up at half-time, Mohamed Salah completed a "
        "hat-trick early in the second half, and Paul Pogba was sent off for a lunge on Naby "
        "Keïta that summed up the afternoon. The home fans were streaming for the exits long "
        "before the final whistle. It was United's heaviest home defeat to Liverpool in the "
        "club's history. Ole Gunnar Solskjær has survived crises before by pointing to his "
        "team's spirit and the support of the dressing room. That argument is hard to make "
        "after a performance in which his midfield was overrun, his defence was torn apart by "
        "every attack and his expensive forwards barely had a shot. The club spent heavily in "
        "the summer to bring in Cristiano Ronaldo, Jadon Sancho and Raphaël Varane, and the "
        "board now has to decide whether the manager can turn that squad into a team. Solskjær "
        "is a club legend, and nobody at Old Trafford wants to sack him. But legends are not "
        "immune to results, and these results have become impossible to defend.",
        "sport",
    ),
    (
        "No handshake, no spirit: cricket should not become war by other means",
        'Orwell called serious sport "war minus the shooting", and Sunday\'s Asia Cup match '
        "between India and Pakistan in Dubai did its best to prove him right. India won "
        "comfortably by seven wickets, but the result was overshadowed by what happened "
        "afterwards, when the Indian players walked off without shaking hands with their "
        "opponents. The Pakistan Cricket Board lodged a complaint with the match referee and "
        "threatened to withdraw from the tournament. Captain Suryakumar Yadav dedicated the "
        "win to the armed forces and to the victims of the Pahalgam attack in April. The "
        "sentiment is understandable. The terror attack and the military confrontation that "
        "followed in May left deep wounds, and many Indians questioned whether the match "
        "should have been played at all. But the Government allowed it, as it allows matches "
        "against Pakistan at multilateral events, and once a team takes the field it accepts "
        "the conventions of the game. Handshakes are not endorsements of a neighbour's "
        "policies. Cricket has been one of the few channels between the two countries that has "
        "survived wars and freezes. The BCCI and the PCB should be its custodians, not another "
        "front in a political quarrel.",
        "sport",
    ),
    (
        "Letting Russians compete as neutrals at the Olympics is an imperfect compromise worth "
        "defending",
        "When the Paris Olympics open on July 26th, only 15 or so athletes with Russian "
        "passports will take part, competing under a neutral flag with no anthem and no medals "
        "counted for their country. At Tokyo three years ago, Russia's team numbered more than "
        "300. Athletes who belong to the army or the security agencies, or who have publicly "
        "supported the invasion of Ukraine, are barred; team sports are excluded entirely. "
        "Ukraine's government wanted a total ban and has urged its athletes to avoid "
        "ceremonies alongside the neutrals. The Kremlin calls the rules discriminatory and is "
        'organising its own rival "Friendship Games". The International Olympic Committee has '
        "managed to annoy both sides, which may be a sign that it has found roughly the right "
        "place. Collective punishment of individual athletes for their government's choices "
        "sits uneasily with the Olympic charter. Yet sport is one of the arenas in which the "
        "Kremlin's propaganda has invested most heavily, and allowing the Russian flag to fly "
        "in Paris would have handed it a victory. The neutral-athlete compromise is messy. So "
        "is the world the Games reflect.",
        "sport",
    ),
    (
        "The battle for World Cup tickets shows FIFA has forgotten who the game belongs to",
        "With the World Cup due to kick off in Mexico City in June, Canadian fans are "
        "discovering what it costs to see the tournament in their own country. FIFA's dynamic "
        "pricing system, borrowed from concert promoters, has pushed the price of the cheapest "
        "seats for some group matches in Toronto and Vancouver well beyond what a family can "
        "afford. Resale platforms, one of them run by FIFA itself, are listing tickets for "
        "Canada's opening match at several thousand dollars. The first sales windows buckled "
        "under demand, and many fans who queued online for hours were left with nothing. FIFA "
        "argues that the prices reflect the market and that revenues are reinvested in the "
        "game worldwide. That would be more convincing if the organisation were more "
        "transparent about where the money goes. The three host countries have spent heavily "
        "on stadiums, security and transport, and the host cities were promised that the "
        "tournament would be a celebration for local communities. Toronto and Vancouver should "
        "press FIFA to reserve a share of seats at fixed, affordable prices for residents and "
        "youth clubs. The World Cup should not become a luxury product in the countries that "
        "host it.",
        "sport",
    ),
    (
        "'Oppenheimer' is a blockbuster about the bomb. It should start a conversation about "
        "the ones we still have",
        "Christopher Nolan's three-hour film about Robert Oppenheimer, the physicist who led "
        "the Manhattan Project, has done something few expected: it has turned a talky "
        "historical drama about nuclear physics and security hearings into a summer hit. "
        "Audiences have sat in silence through its re-creation of the Trinity test in the New "
        "Mexico desert in July 1945, an explosion Nolan filmed without computer-generated "
        "imagery. The film has been criticized for what it leaves out, above all the people of "
        "Hiroshima and Nagasaki, who are never shown, and the ranchers and Native communities "
        "downwind of Trinity, whose exposure to fallout went uncompensated for decades. Those "
        "criticisms are fair. But the film's central question, what responsibility scientists "
        "bear for the weapons they create, has never been more relevant. The United States and "
        "Russia are modernizing their arsenals, China is expanding its stockpile rapidly, and "
        "the last arms control treaty between Washington and Moscow expires in 2026. "
        "Artificial intelligence is raising similar questions about a technology whose makers "
        'warn of its dangers while racing to build it. If "Oppenheimer" prompts its audiences '
        "to think about the roughly 12,000 nuclear warheads that still exist, it will have "
        "achieved more than most films can.",
        "entertainment",
    ),
    (
        "Alex Garland's Civil War is less a prophecy than a warning about how we look away",
        "Alex Garland's new film imagines an America in which Texas and California have joined "
        "forces to march on Washington against a third-term president who has disbanded the "
        "FBI. It is a premise designed to provoke, and it has. Some American critics have "
        "accused the film of cowardice for refusing to explain the politics of its war; others "
        "have called it irresponsible in an election year. Both responses miss what Garland is "
        "doing. His protagonists are journalists, led by a war photographer played by Kirsten "
        "Dunst, who drive from New York to the capital through a landscape of mass graves, "
        "sniper duels and bored militiamen in Christmas-themed sunglasses. The film is about "
        "the act of witnessing, and about how easily spectacle turns into indifference. Its "
        "most chilling scene, in which a soldier played by Jesse Plemons asks his captives "
        "what kind of American they are, needs no backstory. Civil War is not a perfect film. "
        "Its final assault on the White House slides into the action-movie conventions it "
        "otherwise resists. But it asks its audience to imagine what they have long watched on "
        "the news from elsewhere happening at home, and that is worth the discomfort.",
        "entertainment",
    ),
    (
        "No Other Land won an Oscar. Israel's response says more about Israel than about the film",
        "No Other Land, the documentary made by a collective of two Palestinians and two "
        "Israelis about the demolition of homes in the Masafer Yatta area of the South Hebron "
        "Hills, won the Academy Award for best documentary on Sunday night. In their "
        "acceptance speech, Basel Adra and Yuval Abraham spoke of living under two different "
        "legal systems a few kilometres apart, and called for an end to the war and the "
        "release of the hostages. The reaction at home was swift. The culture minister called "
        "the win a sad moment for the world of cinema and proposed cutting funding to cinemas "
        "that screen the film. Politicians who have not seen it denounced it as propaganda. "
        "Yet the film shows nothing that Israeli courts and the Civil Administration have not "
        "documented themselves: the 2022 High Court ruling that upheld the area's designation "
        "as a firing zone, the bulldozers, the families who move into caves. A country "
        "confident in its policies would screen the film and argue with it. The effort to "
        "suppress it suggests a government that prefers not to look at what is done in its "
        "name. Israeli audiences deserve the chance to watch and judge for themselves.",
        "entertainment",
    ),
    (
        "A climate catastrophe",
        "The scale of the floods that have submerged a third of the country defies "
        "comprehension. More than 1,300 people have died since mid-June, among them over 450 "
        "children, and some 33 million have been affected. In Sindh and Balochistan, entire "
        "districts lie under water; villagers have taken refuge on embankments and highways "
        "with their surviving livestock, and the army and navy have been deployed to evacuate "
        "those cut off by the waters. Roads, bridges and more than a million homes have been "
        "damaged or destroyed. The UN secretary general, visiting this week, called it "
        '"climate carnage". He is right to point out that Pakistan contributes less than one '
        "per cent of global greenhouse gas emissions while ranking among the countries most "
        "vulnerable to a warming world. The rich nations that bear most of the responsibility "
        "owe more than sympathy; they owe money, whether for loss and damage or for debt "
        "relief. But the state cannot hide behind global injustice. Unplanned construction on "
        "riverbeds, encroachment on waterways and the neglect of drainage made the floods "
        "deadlier, and the same mistakes must not be repeated in reconstruction.",
        "disaster",
    ),
    (
        "Yellowknife's evacuation should put Canada's wildfire response on a war footing",
        "Almost the entire population of Yellowknife, some 20,000 people, has left the city in "
        "the past two days, driving south on the only highway or boarding military and "
        "commercial flights, as a wildfire advanced to within 15 kilometres of the capital of "
        "the Northwest Territories. It is one of the largest evacuations in the territory's "
        "history, and it comes in a season that has already burned more land than any other on "
        "record in Canada. In British Columbia, thousands more have been ordered out of their "
        "homes around Kelowna. Firefighters, many from abroad, have been working to "
        "exhaustion, and the Canadian Armed Forces have been deployed to help. Emergency "
        "management in Canada has been built around the idea that big fires are rare, local "
        "events. That idea no longer holds. The country needs a standing national wildfire "
        "service, with aircraft, crews and training that can be moved across provinces as the "
        "season moves, rather than a patchwork of agreements assembled each summer. It also "
        "needs to plan for the communities, many of them Indigenous and remote, that have only "
        "one road out. The fires will be back next year, and the year after.",
        "disaster",
    ),
    (
        "We are not at war with the coronavirus, and the language of battle will not help us "
        "beat it",
        "Emmanuel Macron told the French six times in a single televised address this week "
        'that "we are at war". Boris Johnson has called for a wartime effort, and Donald Trump '
        "now describes himself as a wartime president. It is easy to see the appeal of the "
        "metaphor. A war implies national unity, extraordinary powers and sacrifices that "
        "everyone must share, and it casts leaders as commanders. But a pandemic is not an "
        "enemy that can be defeated by courage. The virus does not respond to resolve; it "
        "responds to testing, isolation, protective equipment and the patient work of public "
        "health. The language of war can also mislead. It encourages the idea that those who "
        "fall ill have failed to fight hard enough, and it can be used to justify restrictions "
        "on liberty that outlast the emergency. Nurses and doctors are not soldiers; they are "
        "workers who need masks, gowns and adequate staffing, not medals. The government's "
        "priorities should be mass testing, support for those who must isolate and a plan for "
        "the NHS to cope with the peak. Those are not heroic acts. They are what will save "
        "lives.",
        "health",
    ),
    (
        "Flight AI171: the crash demands a transparent inquiry, and swift answers",
        "The crash of Air India flight AI171 shortly after take-off from Ahmedabad on Thursday "
        "afternoon is the country's worst aviation disaster in decades. The Boeing 787-8 "
        "Dreamliner, bound for London Gatwick with 242 people on board, lost height within "
        "seconds of leaving the runway and came down on a medical college hostel in the "
        "Meghaninagar area, where students were having lunch. Only one passenger survived, and "
        "many on the ground were killed. The images of the burning wreckage lodged in the "
        "hostel building have shocked the nation. The Aircraft Accident Investigation Bureau "
        "has recovered both flight recorders, and investigators from the United States and the "
        "United Kingdom are assisting. It is too early to say what went wrong, and speculation "
        "about engines, flaps or fuel supply should give way to evidence. What matters now is "
        "that the investigation be independent, thorough and transparent, and that its "
        "preliminary findings be published promptly. Air India, under new ownership, has been "
        "expanding its fleet rapidly, and the regulator has been stretched. The families of "
        "the victims, and the travelling public, deserve to know whether this was the failure "
        "of a machine, a procedure or a system.",
        "accident",
    ),
    (
        "A fake picture of a Pentagon explosion fooled markets for minutes. Next time it could "
        "be worse",
        "On Monday morning, an image that appeared to show a plume of black smoke rising next "
        "to the Pentagon spread across social media, shared by accounts bearing the blue check "
        "marks that once signaled verification. Several of them claimed an explosion had "
        "occurred. There was no explosion. The image bore the telltale signs of generative "
        "artificial intelligence, including a fence that melted into the sidewalk, and the "
        "Arlington County fire department quickly said there was no incident. But in the "
        "minutes before the correction, the S&P 500 dipped and then recovered. The episode was "
        "brief and the damage slight. It was also a preview. Tools that can produce a "
        "convincing picture of an attack, a disaster or a politician's confession in seconds "
        "are now free and widely available, and platforms have weakened the systems that once "
        "helped users tell authoritative sources from impostors. Twitter's decision to sell "
        "verification badges to anyone willing to pay made the hoax more believable. Tech "
        "companies should attach provenance labels to AI-generated images, as several have "
        "promised, and restore meaningful verification for news organizations and government "
        "agencies. Newsrooms and traders, meanwhile, should treat any unconfirmed report of an "
        "attack with the skepticism it deserves.",
        "other",
    ),
    (
        "A Syrian refugee elected mayor in a Swabian village tells a story Germany should hear "
        "more often",
        "Eight years ago, a 21-year-old from Suwayda crossed the Mediterranean in an "
        "overcrowded boat and walked through the Balkans to reach Germany. On Sunday, the "
        "voters of a village of 2,700 people on the edge of the Black Forest elected him their "
        "mayor with 55% of the vote in the first round. He had worked in the administration of "
        "a neighbouring town, learned Swabian as well as German, and campaigned on broadband, "
        "childcare and a new fire station. His opponents were locals; nobody made his origins "
        "an issue. It is the kind of story that rarely makes headlines in a country where the "
        "debate on migration is dominated by the far-right AfD, by rows over the cost of "
        "accommodation and by the fear that integration has failed. The arrivals of 2015 and "
        "2016, most of them from Syria, Iraq and Afghanistan, were met with a mixture of "
        "welcome and anxiety. Eight years on, a majority of them are in work, paying taxes and "
        "raising children who speak German as their first language. Integration is slow and "
        "uneven, and it does not always succeed. But it happens far more often than the "
        "political debate would suggest, and a village in Baden-Württemberg has just shown "
        "what it can look like.",
        "other",
    ),
    (
        "The Baku climate deal is a betrayal dressed up as a breakthrough",
        "The climate summit in Baku ended in the early hours of Sunday, more than a day late, "
        "with a deal that rich countries are calling historic and that many developing "
        "countries have called an insult. Under the new collective finance goal, developed "
        "countries will take the lead in mobilising at least $300bn a year by 2035 for climate "
        "action in poorer nations, tripling the previous target of $100bn. That sounds "
        "generous until one compares it with the $1.3tn a year that independent economists "
        "estimate developing countries will need, or with the sums rich governments found "
        "overnight for bank rescues and pandemic relief. Much of the money will come as loans "
        "rather than grants, adding to the debts of countries already spending more on "
        "interest than on health or education. India's delegate called the sum abysmally poor, "
        "and small island states walked out of one negotiating session. The fault lies not "
        "only with stingy donors. The presidency, held by a petrostate, was poorly organised, "
        "and the talks were overshadowed by the American election result. Yet the basic "
        "arithmetic of the climate crisis has not changed. Countries that cannot afford to "
        "adapt will suffer, and emissions that are not cut in the developing world will warm "
        "the planet for everyone.",
        "other",
    ),
]

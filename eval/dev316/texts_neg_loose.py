"""dev316 negatives, part 2: lives told in the desk's war words used loosely (sport, politics,
business, peaceful protest) and ordinary lives. (title, text, kind code)."""

NEGATIVES = [
    (
        "Zé Carlos, the striker who terrorised defences for Santos, dies at 82",
        "Zé Carlos, the centre forward who led Santos's attack alongside Pelé in the 1960s and "
        "scored more than 300 goals for the club, died in São Paulo on Sunday at 82, the club "
        "said. "
        "He had been in hospital for several weeks with pneumonia. Known for a shot that "
        "goalkeepers said they heard before they saw, Zé Carlos won two Copa Libertadores titles "
        "and the Intercontinental Cup with Santos and played 14 times for Brazil. Defenders who "
        "faced him described an afternoon marking him as “ninety minutes under siege”. He "
        "finished his career in Mexico and later coached youth teams in the Baixada Santista, "
        "where he discovered several players who went on to play in Europe. Santos declared three "
        "days of mourning and its players will wear black armbands against Corinthians on "
        "Wednesday. His coffin lay in state at Vila Belmiro, where thousands of fans filed past "
        "in the rain. He is survived by his wife, three children and eight grandchildren.",
        "sport",
    ),
    (
        "Joe 'The Bomber' Mensah, Ghana's knockout king, dies at 70",
        "Joe Mensah, the Ghanaian heavyweight known as The Bomber, who knocked out 31 opponents "
        "in a "
        "career that took him from the gyms of Bukom to Madison Square Garden, died in Accra on "
        "Friday at 70, the Ghana Boxing Authority said. Mensah's 1978 war with the American Larry "
        "Rivers, a 12-round slugfest in which both men were knocked down twice, is still "
        "replayed on "
        "Ghanaian television. He never won a world title, losing his only title fight on a "
        "disputed decision in Las Vegas in 1981, but was a national hero at home. After retiring "
        "he opened a gym in the fishing district of Jamestown, which has produced two world "
        "champions. Friends said he fought his last battle, with kidney disease, with the same "
        "stubbornness he showed in the ring. President Nana Akufo-Addo said Ghana had lost “a "
        "warrior whose fists put our country on the map”. His body will lie in state at the Bukom "
        "Arena before burial. He is survived by his wife, Comfort, and seven children, two of "
        "whom boxed as amateurs.",
        "sport",
    ),
    (
        "Sarfraz Qureshi, fast bowler who led Pakistan's pace attack, dies at 68",
        "Sarfraz Qureshi, the tall fast bowler who spearheaded Pakistan's pace attack in the early "
        "1980s, died in Lahore on Thursday at 68 after a heart attack, the Pakistan Cricket Board "
        "said. Qureshi took 147 wickets in 39 Tests, and his spell of seven for 44 against England "
        "at Headingley in 1982 is remembered as one of the most hostile in the ground's history. "
        "Batsmen of the era said his short-pitched bowling was like facing a barrage. A back "
        "injury "
        "ended his career at 29, and he later became a coach, running the fast-bowling academy "
        "in Lahore that produced a generation of Pakistan quicks. He also served as chief selector "
        "for two years, a period he described as “more dangerous than bowling to Viv Richards”. "
        "Prime Minister Shehbaz Sharif and former teammates paid tribute. Players will wear black "
        "armbands in the second Test against South Africa in Rawalpindi. He leaves his wife and "
        "two sons.",
        "sport",
    ),
    (
        "Pieter van der Berg, Springbok lock, loses long battle with motor neurone disease",
        "Pieter van der Berg, the Springbok lock who won 52 caps and was a member of the side that "
        "won the 1995 World Cup, died on Sunday at his home in Pretoria after a six-year battle "
        "with "
        "motor neurone disease, the South African Rugby Union said. He was 54. Van der Berg was "
        "renowned as one of the game's hardest men, a forward who relished the physical war of the "
        "lineout and the maul. Teammates recalled that he played the 1995 semi-final against "
        "France "
        "in the Durban rain with a broken hand. After his diagnosis in 2018 he set up a foundation "
        "that has raised millions of rand for research and for the care of patients, and he "
        "completed a charity ride in a wheelchair from Pretoria to Johannesburg in 2021. Springbok "
        "captain Siya Kolisi called him a warrior on and off the field. His funeral will be held "
        "at Loftus Versfeld. He is survived by his wife, Anneke, and three children. The union "
        "said both teams would observe a minute's silence before the next Test at Ellis Park.",
        "sport",
    ),
    (
        "Grandmaster Levon Sargsyan, master of the kingside attack, dies at 79",
        "Levon Sargsyan, the Armenian grandmaster whose sacrificial attacks made him one of the "
        "most "
        "feared players of the 1970s, died in Yerevan on Tuesday at 79, the Armenian Chess "
        "Federation said. Sargsyan won the Soviet championship in 1974, beating a field that "
        "included Anatoly Karpov, and played on the Soviet team that won three Olympiads. His "
        "games were studied for their violent assaults on the enemy king, often launched with a "
        "pawn storm and a piece sacrifice that commentators said would lose in any other hands. "
        "“He did not play positions, he declared war on them,” the former world champion Garry "
        "Kasparov said in a tribute. After retiring from competition he trained Armenia's national "
        "team, which won the Olympiad three times between 2006 and 2012. The federation will hold "
        "a memorial tournament in his name next year. He is survived by his wife and a son, "
        "himself an international master.",
        "sport",
    ),
    (
        "Senator Walt Brennan, who fought the battle of the budget for three decades, dies at 88",
        "Walt Brennan, the Ohio Democrat who chaired the Senate Budget Committee during some of "
        "its "
        "fiercest fights and was known for his attacks on both parties' spending, died on "
        "Monday at "
        "88, his family said. Brennan served five terms in the Senate and was a key figure in the "
        "budget battles of the 1990s, including the government shutdowns of 1995 and 1996. He "
        "described himself as a foot soldier in the war on deficits and kept a running tally of "
        "the "
        "national debt on a chalkboard outside his office. Colleagues remembered his habit of "
        "bringing a pocket calculator to the Senate floor to challenge other senators' numbers. "
        "After leaving office in 2005 he taught at Ohio State University and wrote a book on "
        "fiscal "
        "policy. President Joe Biden, who served with him for more than 20 years, called him an "
        "honest broker and a friend. He is survived by his wife of 62 years, four children and 11 "
        "grandchildren.",
        "politics",
    ),
    (
        "Mayor Rodolfo Cabrera, who declared war on Cebu's traffic, dies at 74",
        "Rodolfo Cabrera, a three-term mayor of a city in Cebu province who built a reputation on "
        "his declared wars on traffic, garbage and illegal gambling, died of a heart attack at his "
        "home on Saturday, his family said. He was 74. Cabrera, a former radio commentator, was "
        "known for theatrical press conferences in which he attacked national officials and "
        "rivals in his mix of Cebuano and English. His campaign against jeepney drivers who "
        "blocked intersections, which he called Operation Clear Road, made him a local celebrity "
        "and drew criticism from transport groups. He also built the city's first public "
        "hospital and a seawall that critics said had been overpriced. In 2016 he lost a bid for "
        "the governorship and retired from politics, but kept a weekly radio show. The city "
        "council declared a week of mourning and flags were flown at half-mast. He is survived by "
        "his wife, six children and 15 grandchildren.",
        "politics",
    ),
    (
        "Kalyan Banerjee, the firebrand orator who ambushed ministers in the Lok Sabha, dies at 81",
        "Kalyan Banerjee, a veteran parliamentarian whose ambushes of ministers during question "
        "hour "
        "made him one of the most feared speakers in India's lower house, died in Kolkata on "
        "Wednesday at 81 after a long illness. Banerjee served six terms from a constituency in "
        "West "
        "Bengal and was known for his attacks on successive governments over farm prices, rail "
        "fares and corruption. His battle against the sale of a state-run steel plant in 2001 "
        "led to "
        "a walkout by the entire opposition and a week of adjourned sittings. Colleagues from "
        "every "
        "party recalled his courtesy outside the chamber and his habit of sending sweets to "
        "ministers he had savaged. He wrote 14 books, including a history of the Bengal famine of "
        "1943 and a volume of poems. Prime Minister Narendra Modi said his speeches had “enriched "
        "our democracy”. His body was kept at the state assembly for people to pay their last "
        "respects. He is survived by his wife, a retired schoolteacher, and two daughters.",
        "politics",
    ),
    (
        "Senator Otávio Prado, who led the pension reform battle, dies at 77",
        "Otávio Prado, a Brazilian senator who led the government's side in the long battle over "
        "pension reform and was known in Brasília as the general of the budget, died in São Paulo "
        "on Thursday at 77 of complications from a stroke. Prado, an economist trained at the "
        "University of Chicago, served two terms in the Senate for São Paulo and chaired its "
        "economic affairs committee for eight years. His campaign for the reform, which raised the "
        "retirement age and was approved in 2019 after two years of fighting in Congress, earned "
        "him bitter attacks from the unions and praise from the markets. He described the final "
        "vote as “the end of a war that nobody won but everyone needed”. Before politics he "
        "worked at the central bank during the fight against hyperinflation in the 1990s. "
        "President Luiz Inácio Lula da Silva, his political rival, sent condolences. He is "
        "survived by his wife and two daughters.",
        "politics",
    ),
    (
        "Derek Hollins, the grocer who started Britain's supermarket price war, dies at 89",
        "Derek Hollins, who turned a single grocery shop in Leeds into a chain of 400 discount "
        "supermarkets and started the price war that reshaped British food retailing in the 1990s, "
        "died on Friday at 89, his family said. Hollins opened his first shop in 1961 and built "
        "the chain by selling own-label products at prices that rivals said were below cost. In "
        "1993 he cut the price of a loaf of bread to seven pence, setting off a battle with the "
        "largest chains that lasted three years and drove several regional grocers out of "
        "business. He fought off a hostile takeover bid from an American retailer in 1998 before "
        "selling the company to a German rival in 2005. He gave much of his fortune to hospitals "
        "and schools in Yorkshire. The Leeds Chamber of Commerce called him a fierce competitor "
        "and a generous man. He is survived by his second wife and four children. Asked in 2010 "
        "whether he regretted the damage the price war did to smaller shops, he said he had "
        "been a smaller shop once and had never asked anyone for mercy.",
        "economy",
    ),
    (
        "Hiroshi Tanabe, the raider who shook up Japan Inc, dies at 76",
        "Hiroshi Tanabe, the activist investor who launched Japan's first successful hostile "
        "takeover bid and spent two decades attacking what he called the country's lazy "
        "boardrooms, "
        "died in Tokyo on Monday at 76, his fund said. Tanabe, a former trade ministry official, "
        "founded his fund in 1999 and became notorious for his raids on cash-rich companies, "
        "demanding higher dividends and the sale of cross-shareholdings. His 2006 battle for "
        "control of a maker of auto parts, which ended in a court victory, was seen as a turning "
        "point for shareholder rights in Japan. Business leaders called him a corporate terrorist, "
        "a label he wore with pride. He was arrested in 2007 on insider trading charges and "
        "received a suspended sentence, and spent the following years rebuilding his reputation "
        "with a series of lectures at Keio University. In later years his ideas entered the "
        "mainstream, as the "
        "Tokyo Stock Exchange pressed companies to raise returns. He is survived by his wife and a "
        "daughter who runs the fund.",
        "economy",
    ),
    (
        "Chief Adewale Ogunleye, Nigerian telecoms pioneer of the tariff war, dies at 74",
        "Chief Adewale Ogunleye, who founded one of Nigeria's first private mobile networks and "
        "triggered the tariff war that brought calls within reach of millions, died in Lagos on "
        "Saturday at 74, his family said. Ogunleye, a former electrical engineer with the state "
        "telecoms company, won a licence in 2001 and cut the price of a call by half within a "
        "year, "
        "forcing larger rivals to follow. Analysts said the price war was a big reason Nigeria's "
        "subscribers grew from fewer than half a million to more than 100 million in a decade. "
        "The company struggled with debts after 2012 and was sold to a South African group. "
        "Ogunleye later chaired an industry body and campaigned against multiple taxation of "
        "telecoms masts by states. President Bola Tinubu described him as a visionary who "
        "connected Nigerians. He is survived by his wife, five children and many grandchildren. "
        "The family said a service of songs would be held in Ikoyi before burial in his home "
        "town of Ijebu-Ode.",
        "economy",
    ),
    (
        "Lee Soon-ja, the seamstress who led Seoul's first sit-in strike, dies at 91",
        "Lee Soon-ja, a garment worker who led one of the first sit-in strikes in Seoul's "
        "Peace Market in the 1970s and spent the rest of her life organising women workers, "
        "died on "
        "Tuesday at 91, the Korean Confederation of Trade Unions said. Lee started work in a "
        "sewing "
        "workshop at 13 and was working 15-hour days when she helped organise a sit-in demanding a "
        "weekly day off and better ventilation in the attic workshops. She was arrested several "
        "times over the following decade for leading rallies, and went on a 21-day hunger strike "
        "in 1987 in support of workers at a textile factory in Guro. In later life she ran a night "
        "school for migrant workers and joined the candlelight vigils of 2016 in a wheelchair. "
        "Union members held a silent march from the Peace Market to her wake at a Seoul hospital. "
        "She is survived by a son and three grandchildren. A plaque bearing her name was "
        "unveiled at the Peace Market in 2020, next to the statue of the labour activist Jeon "
        "Tae-il, whom she had known as a young woman.",
        "protest",
    ),
    (
        "Balbir Singh Sandhu, who led the tractor blockade at Delhi's gates, dies at 79",
        "Balbir Singh Sandhu, a farmer union leader who helped lead the year-long protest camps on "
        "the borders of Delhi against three farm laws, died of a heart attack at his village in "
        "Punjab's Moga district on Thursday, his union said. He was 79. Sandhu camped at the "
        "Singhu border from November 2020 until the government repealed the laws a year later, "
        "sleeping in a tractor trolley and organising langars that fed thousands of protesters a "
        "day. He took part in the talks with ministers and was known for walking out of meetings "
        "with the same calm with which he walked in. He was arrested briefly in 2021 during a "
        "highway blockade, which his union said was peaceful, and released the same evening. "
        "Before the protests he had spent four decades campaigning for crop insurance and fair "
        "prices for wheat and paddy. Thousands of farmers attended his cremation, many of them "
        "arriving by tractor. He is survived by his wife and two sons.",
        "protest",
    ),
    (
        "Margaret Hollis, 76, the grandmother who glued herself to the M25, has died",
        "Margaret Hollis, a retired primary school teacher who became one of Britain's best-known "
        "climate protesters after gluing her hand to a motorway gantry at 73, has died at 76, her "
        "family said. She had been treated for ovarian cancer since last year. Hollis joined "
        "Extinction Rebellion in 2019 and was arrested 11 times in five years, for blocking roads, "
        "sitting on the steps of oil company offices and spraying chalk paint on a bank in the "
        "City "
        "of London. She was never violent and never resisted arrest, and police officers who "
        "detained her described her as polite and well prepared, bringing her own cushion and "
        "flask. In 2023 a jury acquitted her of criminal damage after she told the court she was "
        "acting to protect her grandchildren. She described herself as an unlikely rebel who "
        "had voted Conservative for 40 years. She is survived by her husband, Tom, two children "
        "and five grandchildren.",
        "protest",
    ),
    (
        "Composer Yuriy Hrytsenko, who wrote for Lviv's choirs for 60 years, dies at 86",
        "Yuriy Hrytsenko, one of Ukraine's most performed choral composers, died in Lviv on "
        "Saturday at 86 after a long illness, the Lviv National Philharmonic said. Hrytsenko wrote "
        "more than 300 works, most of them for the church and student choirs of western Ukraine, "
        "and taught composition at the Lviv conservatory for four decades. In the Soviet era "
        "several "
        "of his sacred works could only be sung in private, and he kept the scores hidden in a "
        "piano. After independence he became known well beyond the country for a setting of the "
        "psalms premiered in Vienna in 1995. In his last years he wrote a requiem that the "
        "philharmonic performed in 2024, dedicated to Ukrainians who have died since the Russian "
        "invasion, which he called his debt to the young. Colleagues said he still took the tram "
        "to rehearsals at 85. He will be buried at the Lychakiv cemetery on Tuesday. He leaves a "
        "daughter and three grandchildren.",
        "other",
    ),
    (
        "Dr Thanh Nguyen, former boat refugee who became a leading kidney surgeon, dies at 69",
        "Thanh Nguyen, who fled Vietnam on a fishing boat as a teenager and became one of "
        "Australia's leading kidney transplant surgeons, died in Melbourne on Wednesday at 69 "
        "after "
        "a brief illness, the Royal Melbourne Hospital said. Nguyen left Vung Tau in 1979 with his "
        "older sister on a boat carrying 140 people and spent 11 months in a refugee camp in "
        "Malaysia before being resettled in Footscray, where he learned English at night school. "
        "He studied medicine at the University of Melbourne and performed more than 2,000 "
        "transplants over three decades. He pioneered a programme of paired kidney exchanges and "
        "trained dozens of surgeons from Vietnam, returning there every year to operate free of "
        "charge. In 2017 he was named a Companion of the Order of Australia. Colleagues "
        "described a "
        "quiet man who remembered every patient's name. He is survived by his wife, a "
        "paediatrician, "
        "and three children. The hospital said a scholarship for refugee students in medicine "
        "would be created in his name.",
        "other",
    ),
]

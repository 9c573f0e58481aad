"""dev444 negatives, home and business desks: garment wages and peaceful strikes, the economy and
remittances, elections and party feuds in war words, peaceful rallies and hartals, the 1971
Liberation War's anniversaries and trials, the uprising's anniversary and trials, books and
films about the war. Labels follow eval/README.md (section 1) and the decisions in
eval/dev444/README.md.

NEGATIVES = [(title, text, kind code), ...]
"""


def _c(s: str) -> str:
    """One line, single spaces: the texts are wrapped here for reading only."""
    return " ".join(s.split())


NEGATIVES = [
    (
        "Ashulia workers block highway for four hours over unpaid wages, leave after owner "
        "promises payment by Thursday",
        _c("""
Around 3,000 workers of a garment factory in Ashulia blocked the Dhaka-Tangail highway at
Zirabo for four hours yesterday, demanding three months of unpaid wages and overtime, causing a
tailback stretching nearly 12 kilometres. The workers sat on the road from 9:00am chanting
slogans and holding banners, and many passengers walked to their destinations, witnesses said.
Workers said the factory had not paid wages since March, and that the owner had stopped coming to
the factory after buyers cancelled orders. Industrial police and officials of the labour
ministry held talks with worker representatives on the roadside, and the owner promised over the
phone to pay two months' wages by Thursday. The workers left the highway around 1:00pm, and
traffic returned to normal by mid-afternoon, the officer-in-charge of Ashulia police station said.
No untoward incident took place, he added. Union leaders said workers would return to the road
if the promise was not kept. The owners' association said it was trying to arrange a loan for the
factory through a bank.
"""),
        "protest",
    ),
    (
        "Apparel owners call Tk 23,000 wage demand an attack on competitiveness as wage board "
        "meets again",
        _c("""
Garment factory owners yesterday told the minimum wage board that the workers' demand for a
monthly minimum of Tk 23,000 would be an attack on the sector's competitiveness at a time of
falling orders, and proposed Tk 10,400 instead. The owners' representative on the board said
buyers had not raised prices in three years and that many small factories were fighting for
survival. Workers' representatives said the proposal was an insult, as prices of rice, lentils
and cooking oil had risen sharply since the last wage was set in 2018. The board, which includes
representatives of owners, workers and the government, adjourned without a decision and will meet
again next week. Economists at the meeting said a wage between Tk 17,000 and Tk 20,000 would let
workers keep up with inflation without hurting exporters. The state minister for labour said the
government wanted the new wage announced before the end of the month. Garment exports earned
$47 billion last fiscal year, more than 80 percent of the country's export earnings, according to
the Export Promotion Bureau.
"""),
        "economy",
    ),
    (
        "Remittance inflow hits record $2.9 billion before Eid as banks win battle with hundi "
        "operators",
        _c("""
Expatriate Bangladeshis sent home a record $2.9 billion in March, the highest in any month, as
workers sent money for Eid and a stable exchange rate drew funds away from the informal hundi
channel, Bangladesh Bank data showed yesterday. The inflow was 38 percent higher than in the same
month last year, and remittances in the first nine months of the fiscal year rose to $21.8
billion. Bankers said the central bank's decision to let banks pay a market-based rate had won
the battle with hundi operators, who had offered Tk 5 to Tk 7 more per dollar in previous years.
Saudi Arabia remained the top source, followed by the United Arab Emirates, Malaysia, the UK and
the US. The rising inflow has helped foreign exchange reserves recover to $25 billion under the
IMF's accounting method. Economists cautioned that a large part of the jump reflected seasonal
demand and could ease after Eid. The Bangladesh Bank governor said the central bank would keep up
its crackdown on illegal money transfer through mobile financial services.
"""),
        "economy",
    ),
    (
        "Bangladesh Bank raises policy rate to 10 percent in fresh offensive against inflation",
        _c("""
Bangladesh Bank yesterday raised its policy rate by 50 basis points to 10 percent, the highest in
more than a decade, saying it was determined to win the war against inflation that has eroded
household incomes for two years. Inflation stood at 10.87 percent in September, with food
inflation above 12 percent, according to the Bangladesh Bureau of Statistics. The governor said
the central bank would keep its monetary policy tight until inflation fell below 7 percent,
even if that slowed private sector credit growth. Business leaders attacked the decision, saying
loans at 15 or 16 percent interest would kill investment and jobs. The Dhaka Chamber of Commerce
and Industry said small and medium enterprises were already struggling with high energy prices
and a weak taka. The central bank also raised the rates on its standing lending facility and its
standing deposit facility. Economists said tight money alone would not tame prices unless supply
problems and market syndicates were addressed. Treasury bill yields rose after the announcement,
traders said.
"""),
        "economy",
    ),
    (
        "Battle for Dhaka-17: BNP, Jamaat and NCP candidates trade fire at packed candidates' "
        "debate",
        _c("""
Candidates of BNP, Jamaat-e-Islami and the National Citizen Party for the Dhaka-17 constituency
traded fire over traffic, waterlogging and extortion at a packed debate in Gulshan last night,
in what has become one of the most closely watched battles of the election. The BNP candidate
attacked his rivals for having no experience of running anything, while the Jamaat candidate
accused BNP of protecting extortionists in the Korail slum. The NCP's 29-year-old candidate, a
coordinator of the 2024 uprising, said both parties represented the old politics and promised
a corruption-free constituency. The audience of around 600 people applauded and booed in turn,
and the moderator twice had to call for order. Around 3.2 lakh voters are registered in the
constituency, which includes Gulshan, Banani, Baridhara and the cantonment. Campaigning has so far
been peaceful, the returning officer said, and no violation of the electoral code has been
reported. The debate was organised by a citizens' platform and broadcast live on three
television channels. Voting will take place on February 12.
"""),
        "politics",
    ),
    (
        "War of words over caretaker system heats up as Awami League and BNP leaders attack each "
        "other at rallies",
        _c("""
The war of words between the ruling Awami League and the BNP over the election-time government
intensified yesterday, with leaders of both parties attacking each other at rallies in Dhaka and
Chattogram. Addressing a rally in Bangabandhu Avenue, the Awami League general secretary said BNP
would never get the caretaker system back and that the election would be held under the present
government as the constitution requires. BNP would be defeated in the streets as it had been
defeated in the polls, he said. Speaking at a rally in Chattogram's Polo Ground at the same time,
the BNP secretary general said no election would be allowed without a neutral caretaker
government, and that the ruling party was afraid of a fair vote. He said the party's movement
would continue until the government stepped down. Both rallies ended peacefully, police said.
Political analysts said the rhetoric showed that the two parties were still far from any
dialogue, with the national election due in January next year.
"""),
        "politics",
    ),
    (
        "BNP's Rajshahi divisional rally ends peacefully as supporters defy transport strike",
        _c("""
Tens of thousands of BNP supporters gathered at Rajshahi's Madrasa Maidan yesterday for the
party's divisional rally, many of them having arrived by boat, bicycle and on foot after
transport owners called a two-day strike that the party said was meant to stop the rally. Some
had come two days early and slept on the ground, cooking in makeshift kitchens around the venue.
Speakers demanded the resignation of the government, the release of jailed party leaders and the
restoration of the caretaker system before the next election. The party's secretary general said
the movement would be peaceful and that its next rallies would be held in Barishal and Sylhet.
Police deployed around 2,000 members in and around the city, and the rally ended in the
afternoon without any untoward incident, the Rajshahi Metropolitan Police commissioner said.
Bus services resumed in the evening after the transport owners withdrew their strike. Awami
League leaders held a peace rally at a different venue in the city at the same time.
"""),
        "protest",
    ),
    (
        "Non-MPO teachers' hunger strike in front of Jatiya Press Club enters fifth day",
        _c("""
A hunger strike by teachers of non-government educational institutions that are not enlisted
for monthly pay orders entered its fifth day in front of the Jatiya Press Club yesterday, with
eight teachers taken to hospital so far. Around 500 teachers from 64 districts have been sitting
on the footpath under a tarpaulin since Sunday, demanding that their institutions be brought
under the MPO scheme so that the government pays their salaries. Many of them have taught for
more than 15 years without a regular salary, living on tuition fees and private coaching, the
organisers said. Doctors from a volunteer group checked the teachers' blood pressure and sugar
levels twice a day. The education adviser met a delegation on Wednesday and promised to review
the demand in the next budget, but the teachers said they would not leave without a written
commitment. Students of several universities and members of left parties visited the sit-in to
express solidarity. Police said the programme had been peaceful and that they were managing
traffic in the area.
"""),
        "protest",
    ),
    (
        "Left alliance's half-day hartal against fuel price hike passes off peacefully",
        _c("""
The half-day hartal called by the Left Democratic Alliance in protest against the hike in fuel
prices passed off peacefully yesterday, with thin traffic on Dhaka's streets and most shops in the
old city shut until noon. Activists of the alliance brought out processions in Paltan, Shahbagh
and Motijheel, and held a rally in front of the Jatiya Press Club in the morning. Leaders said the
increase of Tk 34 per litre in the price of octane and of Tk 15 in diesel would push up prices of
everything and hit the poor hardest. Long-distance buses left Gabtoli and Sayedabad terminals on
schedule, and launches and trains ran normally, officials said. Offices, banks and the stock
market remained open, though attendance was low in some private offices. In Chattogram,
Rajshahi, Khulna and Sylhet, the alliance held rallies and picketed at major intersections for
a few hours. Police said no untoward incident was reported anywhere in the country. The alliance
announced a human chain programme for next week.
"""),
        "protest",
    ),
    (
        "Nation pays homage to Liberation War martyrs at Savar on Victory Day",
        _c("""
The nation paid rich tribute to the martyrs of the 1971 Liberation War yesterday, the 53rd
Victory Day, as thousands of people thronged the National Memorial in Savar from early morning.
The president and the prime minister placed wreaths at the memorial at 6:34am, and a contingent
of the armed forces gave a guard of honour while the bugle played the Last Post. Freedom fighters,
families of martyrs, diplomats and leaders of political parties laid wreaths after them, and the
memorial was later opened to the public. On this day in 1971, about 93,000 Pakistani troops
surrendered to the allied forces of Bangladesh and India at the Racecourse Maidan, now
Suhrawardy Udyan, ending nine months of war. Government buildings, roads and bridges were
decorated with national flags and coloured lights, and a 31-gun salute marked the day at dawn.
Children in red and green paraded in Dhaka's Bangabandhu National Stadium, and cultural programmes
were held across the country. Special prayers were offered at mosques, temples, churches and
pagodas for the peace of the martyrs' souls.
"""),
        "history",
    ),
    (
        "Tribunal sentences three to death for 1971 killings of 42 villagers in Netrokona",
        _c("""
The International Crimes Tribunal yesterday sentenced three former members of the Razakar force
to death for crimes against humanity, including the killing of 42 villagers in Netrokona's
Purbadhala during the Liberation War. A three-member tribunal delivered the verdict in the
presence of two of the accused, while the third has been absconding since the trial began, the
prosecution said. The tribunal found that the three had led Pakistani troops to two Hindu
villages in October 1971, where houses were burned and villagers were lined up and shot on the
bank of a canal. Two survivors, now in their seventies, had testified about losing their
parents and siblings in the massacre. Families of the victims outside the court said they had
waited more than 50 years for justice. Defence lawyers said they would appeal to the Appellate
Division, arguing that the witnesses had contradicted themselves. The tribunal has delivered
verdicts in 53 cases since it was set up in 2010, and the prosecution says more than 30 are at
the investigation stage.
"""),
        "history",
    ),
    (
        "Skulls and bones recovered from 1971 killing field during drain digging in Mirpur",
        _c("""
Workers digging a drain in Mirpur's Section 10 yesterday found human skulls and bones that
local freedom fighters believe belong to people killed during the Liberation War. The workers
stopped digging after finding three skulls and dozens of bones about two metres below the road,
and informed the police, the contractor said. Mirpur was home to a large number of Urdu-speaking
Biharis in 1971, and several killing fields have been found in the area since independence,
including the Jallad Khana at Section 10. A team from the Liberation War Museum visited the site
and said the remains would be preserved and examined with the help of forensic experts.
Residents said their parents had told them that bodies were dumped in ponds and ditches in the
area in the last months of the war. The Dhaka North City Corporation said work on the drain
would be suspended until the examination is complete. Freedom fighters demanded that the site be
preserved and marked as a memorial.
"""),
        "history",
    ),
    (
        "ICT frames charges against former home minister and police chiefs over July uprising "
        "killings",
        _c("""
The International Crimes Tribunal yesterday framed charges of crimes against humanity against a
former home minister, a former inspector general of police and three former senior police
officers over the killing of protesters during the July 2024 uprising. The prosecution alleges
that the accused ordered and directed the use of lethal weapons, including helicopters and
military rifles, against unarmed protesters in Dhaka and several districts between July 15 and
August 5. The former inspector general, who is in custody, pleaded not guilty, while the former
minister and two officers, believed to be abroad, are being tried in absentia. The tribunal set
the date for the opening statement and asked the prosecution to produce its first witnesses. A
UN fact-finding report has estimated that as many as 1,400 people may have been killed during
the protests. Families of several victims attended the hearing and said they hoped the trial
would not drag on for years. Defence lawyers said the charges were politically motivated and
that they had not been given enough time to prepare.
"""),
        "crime",
    ),
    (
        "Families of July martyrs gather at Central Shaheed Minar on uprising's first anniversary",
        _c("""
Families of people killed in the July uprising gathered at the Central Shaheed Minar yesterday
to mark the first anniversary of the fall of the Awami League government, holding up portraits
of their sons, daughters and husbands. Mothers wept as the names of the dead were read out one by
one, and a minute's silence was observed at noon. The chief adviser unveiled a memorial plaque
and read out the July Declaration, which recognises the uprising in the constitution's preamble.
Many families said they were still waiting for the government's promised allowances and for
trials of those responsible. Students and young people filled the area around the Shaheed Minar
and Shahbagh with songs, graffiti and documentary screenings through the day. Political parties
brought out victory rallies in Dhaka and other cities, and the day was declared a public
holiday. A photo exhibition titled Thirty-Six Days of July opened at the Shilpakala Academy in
the evening.
"""),
        "history",
    ),
    (
        "Ekushey February: nation remembers Language Movement martyrs at Central Shaheed Minar",
        _c("""
People from all walks of life thronged the Central Shaheed Minar from midnight yesterday,
barefoot and carrying flowers, to pay homage to the martyrs of the 1952 Language Movement on
Amar Ekushey and International Mother Language Day. The president and the prime minister placed
wreaths at the altar at one minute past midnight as the song Amar Bhaiyer Rokte Rangano played.
In 1952, police opened fire on students marching for the recognition of Bangla as a state
language near Dhaka Medical College, killing Salam, Barkat, Rafiq, Jabbar and others. The day
was recognised as International Mother Language Day by Unesco in 1999 and is observed around the
world. Long queues stretched to Dhaka University's Doel Chattar by dawn, as students, political
parties and cultural organisations waited to reach the altar. The Ekushey Book Fair at Bangla
Academy saw record crowds through the day. Programmes were held in schools and colleges across
the country, and Bangladesh missions abroad marked the day.
"""),
        "history",
    ),
    (
        "New book at Ekushey Boi Mela retraces the war diaries of a Sector 2 guerrilla",
        _c("""
A new book published at this year's Ekushey Boi Mela brings to light the war diaries of a
guerrilla fighter of Sector 2, who kept a notebook through the nine months of the Liberation War
in 1971. The diaries, edited by the fighter's daughter, describe training at Melaghar in Tripura,
river crossings at night, ambushes on Pakistani convoys on the Dhaka-Chattogram road and the
deaths of friends. Readers crowded the stall of the publisher on Saturday, and the first print run
of 2,000 copies sold out within a week, the publisher said. The fighter, who died in 2019, had
never shown the notebooks to anyone, his daughter said at the book's launch. Historians at the
launch said first-hand accounts by ordinary fighters were rare and valuable, as most memoirs of
the war had been written by commanders. The book also includes maps, photographs and letters the
fighter wrote to his mother. A second edition will be out before Victory Day.
"""),
        "entertainment",
    ),
    (
        "Film on 1971 Crack Platoon premieres in Dhaka to standing ovation",
        _c("""
A feature film on the Crack Platoon, the band of young guerrillas who carried out daring
operations in occupied Dhaka during the Liberation War, premiered at Star Cineplex in Bashundhara
City yesterday to a standing ovation. The film follows six friends who cross the border for
training and return to blow up power stations and attack the Hotel Intercontinental in 1971.
The director said the film took four years to make and was shot in old Dhaka, Munshiganj and a
set built in Gazipur. Several surviving members of the platoon attended the premiere and were
greeted on stage by the cast. One of them said the film captured the fear and the courage of
those months, though some battle scenes had been made more dramatic. The film will be released
in 85 cinema halls across the country on Friday, the distributor said. It received a government
grant and was selected for a film festival in Kolkata next month.
"""),
        "entertainment",
    ),
    (
        "Government bans all Awami League activities under Anti-Terrorism Act until tribunal "
        "trial ends",
        _c("""
The interim government yesterday banned all activities of the Awami League, including those in
cyberspace, under the Anti-Terrorism Act until the International Crimes Tribunal completes the
trial of the party and its leaders. The home affairs ministry issued a gazette notification in
the evening, a day after the advisory council decided on the ban at a special meeting. The law
adviser told reporters that the ban would protect the country's security, the July uprising
activists and the plaintiffs and witnesses of the tribunal. The Election Commission said it
would decide on the registration of the party separately. Students and political parties that
had demonstrated for the ban outside the chief adviser's residence welcomed the decision and
ended their programme. The Awami League, in a statement posted on social media by leaders abroad,
called the ban illegal and said it would fight it politically. Rights groups said the ban was a
blow to political freedom and urged the government to make sure it did not punish ordinary
supporters.
"""),
        "politics",
    ),
    (
        "Tariff war: Dhaka offers to buy more US cotton and wheat to cut 37 percent duty on "
        "garments",
        _c("""
Bangladesh has offered to buy more American cotton, wheat, soybean and LNG and to cut duties on
around 100 US products in a bid to get the new 37 percent tariff on its exports reduced, the
commerce adviser said yesterday. A delegation led by the commerce secretary will meet officials
of the US Trade Representative in Washington next week, as the tariff war launched by President
Trump threatens the country's biggest single export market. Bangladesh exported goods worth
$8.4 billion to the US last year, mostly garments, and imported around $2.2 billion. Exporters
said American buyers had already asked for discounts and put some orders on hold. Economists said
Vietnam and Cambodia, the main competitors, were negotiating similar deals and that Bangladesh
could lose orders if it was left behind. The Bangladesh Garment Manufacturers and Exporters
Association asked the government to include a garment industry representative in the delegation.
The commerce adviser said he was hopeful of a deal before the 90-day pause ends.
"""),
        "economy",
    ),
    (
        "Metro rail to run until 11pm from Sunday as daily ridership crosses four lakh",
        _c("""
The Uttara-Motijheel metro rail will run until 11:00pm from Sunday, an hour later than now, as
daily ridership crossed four lakh for the first time last week, Dhaka Mass Transit Company
Limited said yesterday. Trains will run every eight minutes during peak hours and every ten
minutes at other times, its managing director said at a press conference. The company will also
open the station at Kamalapur for passengers by the end of the year, extending the line by 1.16
kilometres. Commuters have long demanded longer hours, saying the metro closed before many
office workers could leave work. The company said it had hired more staff and arranged
maintenance at night to allow the change. Around 70 percent of the passengers use rapid pass
cards, it said. Work on the second metro line, from Gabtoli to Chattogram Road, is expected to
start next year with Japanese funding.
"""),
        "other",
    ),
]

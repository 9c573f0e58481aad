"""dev53 negatives: plain ordinary news of the day (rates, inflation, growth, tech, elections,
science, space, travel, royal visits, culture, a former refugee's success story), kind
negative_other.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "ECB holds rates at 2% as inflation settles near target",
        "The European Central Bank kept its deposit rate at 2% on Thursday for a third straight meeting, saying inflation was close to its target and the economy had proved resilient. Its president said the bank was well positioned but would not commit to any future path. Most economists expect rates to stay on hold into next year.",
        "other",
    ),
    (
        "Eurozone inflation edges up to 2.2% in September",
        "Consumer prices in the countries sharing the euro rose 2.2% in September from a year earlier, up from 2.0% in August, Eurostat said on Wednesday, as services inflation remained sticky. Core inflation held at 2.3%. Inflation in Germany rose to 2.4%, while in France it was 1.1%.",
        "other",
    ),
    (
        "UK economy grew 0.3% in second quarter",
        "Britain's economy grew by 0.3% in the three months to June, slowing from 0.7% in the first quarter, the Office for National Statistics said, slightly better than economists had expected. Government spending and a rise in business investment offset weak consumer demand.",
        "other",
    ),
    (
        "Apple unveils thinner iPhone and translating earbuds",
        "Apple unveiled its thinnest iPhone yet at an event in Cupertino on Tuesday, along with new earbuds that can translate conversations in real time. The phone will cost $999 and go on sale next week; analysts said it was a test of whether buyers wanted design over battery life.",
        "other",
    ),
    (
        "Conservative historian wins Poland's presidential run-off",
        "A conservative historian backed by the Law and Justice party won Poland's presidential run-off with 50.9% of the vote, the electoral commission said on Monday, defeating the liberal mayor of Warsaw. The result is a blow to the pro-EU government, which faces a president able to veto its laws.",
        "other",
    ),
    (
        "German minimum wage to rise to 14.60 euros",
        "Germany's minimum wage will rise to 14.60 euros an hour by 2027, the government said on Wednesday, after a commission of employers and unions agreed the biggest increase in a decade. About 6 million workers will benefit. Employers' groups warned that the increase would cost jobs in the east of the country.",
        "other",
    ),
    (
        "Nobel chemistry prize awarded for metal-organic frameworks",
        "The Nobel Prize in chemistry was awarded on Wednesday to three scientists for developing metal-organic frameworks, porous materials that can harvest water from desert air and capture carbon dioxide, the Royal Swedish Academy of Sciences said. The laureates share 11 million Swedish crowns.",
        "other",
    ),
    (
        "Ariane 6 puts European weather satellite into orbit",
        "Europe's Ariane 6 rocket lifted off from Kourou in French Guiana on Tuesday night and placed a new-generation weather satellite into orbit, the European Space Agency said. It was the rocket's fourth flight and its third commercial mission. ESA plans up to eight Ariane 6 launches next year.",
        "other",
    ),
    (
        "Bank of Canada cuts key rate to 2.5%",
        "The Bank of Canada cut its benchmark interest rate by a quarter of a percentage point to 2.5% on Wednesday, saying the economy had weakened and inflation pressures had eased. The governor said tariffs were reshaping trade and the bank would proceed carefully.",
        "other",
    ),
    (
        "Venice extends day-tripper fee to more days",
        "Venice will charge day-trippers a 5-euro entry fee on 54 days this year, up from 29, the city council said, as it tries to manage overtourism. The fee rises to 10 euros for those who book less than four days ahead. Residents, commuters and students are exempt.",
        "other",
    ),
    (
        "Ryanair passenger numbers hit record in August",
        "Ryanair carried a record 20.7 million passengers in August, up 3% from a year earlier, with flights 96% full, the airline said on Tuesday.",
        "other",
    ),
    (
        "Centrist D66 wins most seats in Dutch snap election",
        "The centrist D66 party won the most seats in the Netherlands' snap parliamentary election, narrowly ahead of the far-right Party for Freedom, final results showed on Friday. Its leader said he would start talks on forming a coalition from the centre. Coalition talks in the Netherlands usually take months.",
        "other",
    ),
    (
        "Syrian-born baker wins Germany's top bread award",
        "A baker who arrived in Germany as a refugee from Syria in 2015 has been named Germany's baker of the year, the baking trade association said, for a sourdough loaf made with freekeh and wild thyme. He now runs three shops in Leipzig and employs 22 people.",
        "other",
    ),
    (
        "King and Queen arrive in Ottawa for two-day visit",
        "The King and Queen arrived in Ottawa on Monday for a two-day visit, during which the King will open the new session of Parliament with the speech from the throne, the first monarch to do so in decades. Crowds lined the route from Rideau Hall.",
        "other",
    ),
    (
        "Austria wins Eurovision Song Contest in Basel",
        "Austria won the Eurovision Song Contest in Basel on Saturday night with an operatic pop song by a countertenor, beating Israel, which topped the public vote, into second place. Next year's contest will be held in Vienna.",
        "other",
    ),
    (
        "Eurostar to order new trains for routes to Frankfurt and Geneva",
        "Eurostar will order up to 50 new double-deck trains and launch direct services from London to Frankfurt and Geneva early in the next decade, the company said on Wednesday. The trains will increase its capacity by 30%. Its current fleet serves Paris, Brussels, Lille and Amsterdam.",
        "other",
    ),
    (
        "Archaeologists uncover Roman villa under Leicestershire farmland",
        "Archaeologists have uncovered the remains of a large Roman villa, including a mosaic floor with hunting scenes, beneath farmland in Leicestershire, Historic England said. The site has been given protected status. Experts said it was one of the most complete Roman villas found in Britain.",
        "other",
    ),
    (
        "Arctic sea ice winter peak lowest on record",
        "Arctic sea ice reached its smallest winter maximum extent since satellite records began, the US National Snow and Ice Data Center said on Thursday, at 14.33 million square kilometres. Scientists said warm air and ocean temperatures had slowed the freeze.",
        "other",
    ),
    (
        "EU's AI rules for general-purpose models come into force",
        "Rules for providers of general-purpose artificial intelligence models under the EU's AI Act took effect on Saturday, requiring companies to publish summaries of the data used to train them and to respect copyright. Several US tech companies have signed a voluntary code of practice, but one refused.",
        "other",
    ),
    (
        "Paris Fashion Week closes with Chanel designer's debut",
        "Paris Fashion Week closed on Tuesday with the much-anticipated first collection by Chanel's new creative director, shown beneath a canopy of planets in the Grand Palais. Editors praised its playful tweeds and long skirts.",
        "other",
    ),
    (
        "French wine harvest set to be among smallest in half a century",
        "France's wine harvest is expected to fall to about 37 million hectolitres this year, one of the smallest in 50 years, after hail, drought and mildew, the agriculture ministry said. Bordeaux growers are also being paid to pull up vines as demand falls.",
        "other",
    ),
    (
        "Oktoberfest draws 6.5 million visitors",
        "Munich's Oktoberfest drew about 6.5 million visitors over 16 days, slightly fewer than last year, with beer sold at up to 15.80 euros a litre, organisers said on Sunday. The lost property office collected 400 phones and a set of dentures.",
        "other",
    ),
    (
        "Irish voters elect independent left-winger as president",
        "Ireland elected an independent left-wing member of parliament as its 10th president on Saturday, with 63% of first-preference votes, the returning officer said. She will be inaugurated at Dublin Castle in November. Turnout was 46%.",
        "other",
    ),
    (
        "New York subway fare to rise to $3",
        "The base fare on New York City's subways and buses will rise to $3 from $2.90 in January, the Metropolitan Transportation Authority said on Wednesday. The agency said the increase was needed to close a budget gap. Tolls on the city's bridges and tunnels will also rise.",
        "other",
    ),
    (
        "Greece welcomes record 36 million foreign visitors",
        "Greece welcomed a record 36 million foreign visitors last year, the Bank of Greece said, with tourism revenue rising 6% to 21.6 billion euros. The government wants to spread visitors beyond the summer months and the busiest islands.",
        "other",
    ),
]

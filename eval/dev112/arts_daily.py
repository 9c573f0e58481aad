"""Strikes, sport and a mine disaster told through the people in them (4 articles with
figures), and three testimonies whose numbers are none of them figures: a runner, a farmer
and a survivor of Hiroshima (3 articles without a figure)."""

from _wrap import item

item(
    "On the Leeds picket line, nurses count the shifts",
    """On the picket line outside Leeds General Infirmary, Joanne Pike, a ward sister with
    {{22 years}} in the NHS, held a placard reading "Nursing on empty". "On a night shift we
    are [[three nurses|other]] for [[30 beds|capacity]]. It should be
    [[five|other;p;a=Joanne Pike]]," she said. The Royal College of Nursing said
    [[about 100,000 of its members|other;a=The Royal College of Nursing]] were on strike at
    [[76 hospital trusts|other;u=other;a=The Royal College of Nursing]] in England on
    Wednesday. NHS England said
    [[about 30,000 appointments|other;u=other;a=NHS England]] had been postponed. The
    government says its offer of a {{4.75%}} rise is fair. Pike said
    [[four colleagues|other;a=Pike]] from her ward had left for Australia in the past year. The
    college says
    [[47,000 nursing posts|other;u=other;a=The college;alt=The Royal College of Nursing]] are
    vacant in England.""",
)

item(
    "Refugee team cyclist rode for the family he left behind",
    """Farid Nazari was {{17}} when he left Herat. "We were [[nine|displaced]] in the car to the
    Iranian border. From Turkey to Lesbos we were [[41|displaced;a=Farid Nazari]] in a rubber
    boat made for [[15|capacity;a=Farid Nazari]]," he said. On Saturday he finished
    {{27th}} in the men's road race in Paris, {{14 minutes 32 seconds}} behind the winner. The
    refugee team at these Games has
    [[37 athletes|other;a=the International Olympic Committee]] from
    [[11 countries|other;u=other;a=the International Olympic Committee]], according to the
    International Olympic Committee. In Tokyo there were [[29|other]]. UNHCR says
    [[more than 120 million people|displaced;a=UNHCR]] are forcibly displaced worldwide.
    Nazari said his mother and [[two sisters|displaced;a=Nazari]] are still in a refugee camp
    in Greece. "I ride for them," he said. He has trained for {{three years}} with a club in
    Lausanne, where he now lives.""",
)

item(
    "Amasra miner walked out through the smoke",
    """Ahmet Kaya was {{300 metres}} below ground when the explosion ripped through the coal
    mine at Amasra, on Turkey's Black Sea coast, on Friday evening. "There were
    [[about 110 of us|other;n=-;a=Ahmet Kaya]] on the shift," he said from his hospital bed in
    Bartın. "I walked out with [[five friends|other;a=Ahmet Kaya]], holding on to each other in
    the smoke," he said. The interior minister said
    [[41 miners|killed;a=The interior minister]] had been killed and
    [[11|injured;a=The interior minister]] injured. The energy minister said
    [[58 miners|other;a=The energy minister]] had got out on their own and
    [[another 11|other;a=The energy minister]] had been rescued. Turkey's Health and Safety
    Labour Watch, a rights group, said
    [[more than 1,800 workers|killed;a=Turkey's Health and Safety Labour Watch]] died in
    workplace accidents in Turkey in {{2021}}. Prosecutors have detained
    [[four people|arrested]], including managers of the state-run mine.""",
)

item(
    "From Kabul to Melbourne, a former captain tallies her team",
    """Mariam Karimi, a former captain of Afghanistan's women's national football team who now
    lives in Copenhagen, spent the last days of {{August 2021}} on the phone to Kabul. "In the
    end [[77 of them|displaced;n=-;a=Mariam Karimi]] got out, players, coaches and their
    families, on [[two flights|other;a=Mariam Karimi]] to Australia," she said. Australia's
    government said it had granted
    [[more than 50 visas|other;u=other;a=Australia's government]] to women footballers and
    their relatives. FIFA said it had helped evacuate
    [[more than 150 people|displaced;a=FIFA]] linked to Afghan football. Karimi said
    [[about 30 players|civilians;a=Karimi]] from the youth team were still in Afghanistan.
    "Some of the girls are {{14, 15}}," she said. In their {{first match}} in Melbourne, in
    {{February 2022}}, the team lost {{0-2}} to a local club in front of
    [[about 2,000 spectators|other]].""",
)

item(
    "Valencia winner talks of altitude, age and the last kilometre",
    """Abebe Tadesse crossed the line in {{2:04:31}} on Sunday, the {{fifth-fastest}} time ever
    run in Valencia. "At {{35 km}} I felt my legs go, and I told myself: only {{7 km}}," the
    {{31-year-old}} Ethiopian said. He trains at {{2,800 metres}} in the hills above Addis
    Ababa and runs up to {{220 km}} a week. It was his {{third}} marathon win since {{2019}},
    and it earned him {{€40,000}} in prize money plus a bonus of {{€20,000}} for breaking the
    course record. The temperature at the start, at {{8.30am}}, was {{11C}}. "My daughter
    {{turns four}} on Tuesday, and this is for her," he said. He was {{fourth}} here in {{2022}}.
    His next race is in Tokyo in {{March}}, {{14 weeks}} away.""",
)

item(
    "'Three failed rains': a Makueni farmer does the sums",
    """Joseph Mutua, {{58}}, has farmed the same {{two acres}} near Wote, in Kenya's Makueni
    county, since {{1989}}. The long rains that should start in {{March}} brought
    {{40 millimetres}} this year, against more than {{300 mm}} in a normal year. "It is the
    {{third season}} in a row that the rains have failed," he said. A {{90-kilogram}} bag of
    maize now costs {{6,500 shillings}} at the market in Wote, up from {{3,200}} a year ago, he
    said. He walks {{6 km}} each way to fetch water from a sand dam, a trip of about
    {{three hours}}. The Kenya Meteorological Department says temperatures in the county have
    reached {{34C}} this month, {{2C}} above average. Food prices have risen by {{18%}} in a
    year, according to the statistics office. "If October fails too, I will sell the land,"
    Mutua said. The short rains are due in October.""",
)

item(
    "At 93, a Hiroshima survivor tells it again",
    """Emiko Tanaka was {{13}} on {{6 August 1945}}, a schoolgirl clearing firebreaks
    {{1.2 km}} from the hypocentre, when the bomb exploded at {{8.15am}}. She is {{93}} now and
    has told her story to school groups since the {{1980s}}. "Each time it costs me something,
    and each time I tell it anyway," she said on Monday, {{three days}} before the {{80th}}
    anniversary of the bombing. The burns on her arms took {{two years}} to heal. She was
    {{14}} when she went back to school, in {{April 1946}}, and {{22}} when she married. Her
    talk at the Peace Memorial Museum on {{6 August}} begins at {{10am}} and lasts
    {{45 minutes}}. "I am old, but I can still stand for {{an hour}}," she said.""",
)

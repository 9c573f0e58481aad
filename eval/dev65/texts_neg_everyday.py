"""Negatives of eval/dev65: football and baseball, carnival, migration, defence hardware and drills,
business (README.md)."""

NEGATIVES = [
    (
        "Fans fight in stands as Querétaro-Atlas match is abandoned",
        (
            "A Mexican league match between Querétaro and Atlas was abandoned in the second half "
            "on Saturday after home fans attacked visiting supporters in the stands and on the "
            "pitch, leaving 26 people injured, officials said. Families fled onto the pitch to "
            "escape. The league banned Querétaro's supporters' groups and ordered the club to play "
            "behind closed doors for a year."
        ),
        "sport",
    ),
    (
        "Copa Sudamericana tie called off after fans clash in Avellaneda",
        (
            "A Copa Sudamericana match between Independiente and Universidad de Chile was "
            "abandoned on Wednesday after rival fans fought in the stands, with some visiting "
            "supporters throwing seats and home fans attacking others with sticks, leaving at "
            "least 10 people hurt. Police arrested about 90 people. CONMEBOL expelled both clubs "
            "from the competition."
        ),
        "sport",
    ),
    (
        "River Plate storm back to win Libertadores final in Madrid",
        (
            "River Plate beat Boca Juniors 3-1 after extra time in Madrid on Sunday to win the "
            "Copa Libertadores, in a final moved to Spain after Boca's bus was attacked by River "
            "fans on the way to the original second leg in Buenos Aires. The striker who levelled "
            "the match celebrated in front of thousands of Argentine fans. Police said the day "
            "passed peacefully."
        ),
        "sport",
    ),
    (
        'Ten-man Colombia win Copa América "battle" with Uruguay',
        (
            "Colombia beat Panama 5-0 and then won a tense semi-final against Uruguay on "
            "Wednesday, in a game that ended with players from both sides scuffling on the pitch. "
            "Colombia's defence held firm with ten men for the whole second half. The side will "
            "play Argentina in the final in Miami on Sunday."
        ),
        "sport",
    ),
    (
        "Rio's samba schools parade in Carnival under heavy security",
        (
            "Rio de Janeiro's top samba schools began their parades at the Sambadrome on Sunday "
            "night, watched by about 70,000 people, with the city deploying thousands of police "
            "officers for the festivities. One school paid tribute to Indigenous peoples of the "
            "Amazon, another to an Afro-Brazilian religion. The parades continue on Monday. Street "
            "parties known as blocos drew millions of people across the city over the weekend. "
            "Paramedics treated hundreds of revellers for heat exhaustion. The mayor said the city "
            "had sold a record number of tickets."
        ),
        "other",
    ),
    (
        "Barranquilla's Battle of Flowers opens Carnival",
        (
            "Thousands of dancers, floats and musicians filled Barranquilla's Vía 40 on Saturday "
            "for the Battle of Flowers, the opening parade of one of the world's largest "
            "carnivals. The tradition began in 1903 to celebrate the end of a civil war, and "
            "participants throw flowers instead of bullets. Hotels in the city were full."
        ),
        "other",
    ),
    (
        "Migrants cross Darién Gap in record numbers",
        (
            "More than 500,000 migrants crossed the Darién jungle between Colombia and Panama last "
            "year, most of them Venezuelans, Ecuadorians and Haitians heading for the United "
            "States, Panama's migration service said. The journey through the jungle takes four to "
            "ten days. Panama said the number had fallen sharply this year after Washington "
            "tightened asylum rules."
        ),
        "other",
    ),
    (
        "Colombia grants temporary protection to Venezuelan migrants",
        (
            "Colombia has given ten-year temporary protection status to more than 1.5 million "
            "Venezuelan migrants, letting them work, study and use health services, the migration "
            "agency said on Friday. Officials said the measure had helped migrants open bank "
            "accounts and sign rental contracts. The programme has been praised by the UN refugee "
            "agency."
        ),
        "other",
    ),
    (
        "Dominican Republic steps up deportations of Haitians",
        (
            "The Dominican Republic deported more than 10,000 Haitians in a week under a plan "
            "announced by the president to expel up to 10,000 people a week, the migration agency "
            "said. Lorries carried deportees to border crossings at Dajabón and Elías Piña. Rights "
            "groups said some deportees had valid documents."
        ),
        "other",
    ),
    (
        "Venezuela holds military drills as US warships gather in Caribbean",
        (
            "Venezuela's armed forces began three days of exercises along the coast and on the "
            "island of Margarita on Wednesday, deploying tanks, fighter jets and militia members, "
            "the defence minister said on state television. The government said the drills were a "
            "response to the deployment of US warships in the southern Caribbean. No incidents "
            "were reported."
        ),
        "military",
    ),
    (
        "Colombia buys Swedish fighter jets to replace ageing fleet",
        (
            "Colombia signed a deal on Monday to buy 17 Gripen fighter jets from Sweden's Saab to "
            "replace its ageing Kfir aircraft, the defence ministry said. The first planes are due "
            "to arrive in 2026. The air force commander said the jets would strengthen the "
            "country's air defence."
        ),
        "military",
    ),
    (
        "Mexico's army parades new armoured vehicles on Independence Day",
        (
            "Thousands of soldiers, marines and National Guard troops marched through Mexico "
            "City's main square on Monday in the annual Independence Day military parade, with new "
            "armoured vehicles and helicopters on display. The president took the salute from the "
            "National Palace balcony. Crowds lined Madero Street."
        ),
        "military",
    ),
    (
        "Brazil's army trains in the Amazon with new drones",
        (
            "Brazilian army units held jungle warfare exercises near Manaus this week to test new "
            "reconnaissance drones and river boats, the Amazon military command said. About 3,000 "
            "soldiers took part, with observers from Peru and Colombia. The command said the "
            "drones would help monitor the borders."
        ),
        "military",
    ),
    (
        "Chile's navy receives refurbished frigate",
        (
            "Chile's navy commissioned a refurbished frigate bought from Australia at a ceremony "
            "in Valparaíso on Friday. The ship will patrol the country's long coastline and "
            "Antarctic waters. The navy commander said it would be used for fisheries control and "
            "search and rescue. Its crew of 180 completed training in Australia."
        ),
        "military",
    ),
    (
        "Peru tightens gun permit rules as private security firms grow",
        (
            "Peru's Congress approved changes to the firearms law on Thursday requiring private "
            "security companies to register every weapon and train guards each year. The number of "
            "private guards in the country has doubled in a decade."
        ),
        "politics",
    ),
    (
        "Mexican avocado exports hit record despite extortion concerns",
        (
            "Mexico exported a record amount of avocados to the United States this season, the "
            "growers' association in Michoacán said, as demand for the Super Bowl pushed sales. "
            "Growers said the trade had been hurt by extortion and by a pause in US inspections "
            "last year after armed men threatened an inspector. The association said it had hired "
            "more private guards."
        ),
        "economy",
    ),
    (
        "Price war among Brazil's airlines pushes fares down",
        (
            "Brazilian airlines cut domestic fares by up to 30% this month in a price war as new "
            "routes opened between São Paulo and northeastern cities, the aviation agency said. "
            "Analysts warned the fight for passengers could hurt carriers already in debt. One "
            "airline said it would add 20 daily flights."
        ),
        "economy",
    ),
    (
        "Ecuador's banana exporters hit by power cuts",
        (
            "Ecuador's banana exporters say daily power cuts of up to 14 hours caused by a drought "
            "affecting hydroelectric dams are raising costs for cold storage and packing. The "
            "sector, the world's largest exporter of bananas, asked the government for diesel "
            "subsidies for generators. The energy minister said cuts would ease when rains return."
        ),
        "economy",
    ),
    (
        "Haitian restaurant owner in Miami opens second branch",
        (
            "A chef who left Port-au-Prince as a teenager has opened a second branch of his "
            "Haitian restaurant in Miami's Little Haiti, serving griot and pikliz to queues of "
            "customers. He said he hoped to open a cooking school in Haiti one day. The restaurant "
            "employs 30 people."
        ),
        "other",
    ),
    (
        "Mexican coffee growers in Chiapas turn to organic certification",
        (
            "Coffee cooperatives in the highlands of Chiapas are seeking organic and fair trade "
            "certification to earn higher prices, as the cost of fertiliser rises. Growers said "
            "the harvest was down because of rust disease. Buyers from Germany and Japan visited "
            "the region this month."
        ),
        "economy",
    ),
    (
        "Nicaraguan baseball team wins Caribbean series title",
        (
            "Nicaragua's champions beat Venezuela's Leones del Caracas 5-3 in the final of the "
            "Caribbean Series in Miami on Thursday night, the country's first title in the "
            "tournament. Their pitchers held the Venezuelan hitters to four hits over seven "
            "innings. Fans celebrated in the streets of Managua."
        ),
        "sport",
    ),
]

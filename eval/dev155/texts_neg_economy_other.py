"""dev155 negatives: the business, oil and mining desks with their war words, and the ordinary news
of elections, blackouts and migration (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Argentina's monthly inflation slows to 2.7% as Caputo claims victory in "
        "the 'war against inflation'",
        "BUENOS AIRES (MercoPress) - Argentina's monthly inflation slowed to 2.7% "
        "in October, the lowest figure in almost three years, the national "
        "statistics institute INDEC said on Wednesday, allowing Economy Minister "
        'Luis Caputo to claim that the government was "winning the war against '
        'inflation". Year-on-year inflation stood at 193%, down from a peak of '
        "almost 300% in April. Prices of food and beverages rose 1.2%, while "
        "housing, water and electricity rose most sharply after the government cut "
        "utility subsidies. Private economists had expected a figure of around 3%. "
        "President Javier Milei, who took office last December promising to take a "
        '"chainsaw" to public spending, wrote on social media that the figure was '
        '"historic". The government has kept the crawling peg of the official '
        'exchange rate at 2% a month, and the gap with the parallel "blue" dollar '
        "has narrowed to below 20%. Unions say wages have lost much of their "
        "purchasing power and that consumption remains depressed. The statistics "
        "institute also reported that poverty rose to 52.9% in the first half of "
        "the year, the highest level in two decades, as the recession deepened. "
        "Supermarket chains said sales volumes were still falling year on year. "
        "Caputo told an event of business leaders that the government would not "
        'allow "even a millimetre" of fiscal slippage in next year\'s budget. The '
        "central bank cut its benchmark interest rate the same day.",
        "economy",
    ),
    (
        "Codelco and SQM seal lithium partnership, ending a year-long battle over "
        "the Salar de Atacama",
        "SANTIAGO (Reuters) - Chile's state copper giant Codelco and lithium "
        "producer SQM signed an agreement on Friday to form a joint venture to "
        "exploit the Salar de Atacama from 2031, ending a year of negotiations "
        "that had turned into a political battle over the country's most valuable "
        "lithium reserves. Under the deal, Codelco will hold a majority stake from "
        "2031, when SQM's current lease with the state development agency Corfo "
        "expires, while SQM will operate the business until then. The agreement is "
        "the centrepiece of President Gabriel Boric's national lithium strategy, "
        "which seeks a greater role for the state in a metal essential for "
        "electric car batteries. China's Tianqi Lithium, SQM's second-largest "
        "shareholder, has challenged the deal in Chilean courts and with the "
        "financial regulator, arguing that it should have been put to a "
        "shareholders' vote. Opposition legislators also criticised the lack of a "
        "public tender. Chile is the world's second-largest producer of lithium "
        "after Australia. SQM shares rose 3% in Santiago.",
        "economy",
    ),
    (
        "Peso slides as Washington's 25% tariffs take effect and Sheinbaum weighs "
        "response in trade war",
        "MEXICO CITY (Reuters) - The Mexican peso fell more than 1% against the "
        "dollar on Tuesday after the United States imposed 25% tariffs on imports "
        "from Mexico and Canada, opening what analysts described as a trade war "
        "between North America's partners. President Claudia Sheinbaum said at her "
        "morning news conference that Mexico would announce its response on Sunday "
        "at a public event in Mexico City's main square, and that it would include "
        "tariff and non-tariff measures. Washington has tied the tariffs to "
        "demands that Mexico do more to stop migrants and fentanyl from crossing "
        "the border. Automakers, which send parts back and forth across the border "
        "several times before a vehicle is finished, warned that the cost of cars "
        "could rise sharply. The Mexican stock exchange fell 1.5%. Economists at "
        "several banks cut their forecasts for Mexico's growth this year to below "
        "1% and said the country could fall into recession if the tariffs remained "
        "in place for months. Business chambers asked the government to negotiate "
        "rather than retaliate. Mexico sends more than 80% of its exports to the "
        "United States, and the automotive industry, concentrated in states such "
        "as Coahuila, Guanajuato and Puebla, employs about a million people. "
        "Several companies said they would pause investment decisions until the "
        "outlook became clearer. The central bank said it was ready to intervene "
        "in the currency market if trading became disorderly. Canada announced "
        "retaliatory tariffs the same day.",
        "economy",
    ),
    (
        "Venezuela's oil exports climb to five-year high as Chevron ships more "
        "crude under US licence",
        "CARACAS (Reuters) - Venezuela's oil exports rose in September to their "
        "highest level in more than five years, helped by greater shipments by "
        "Chevron under a licence from the United States and by sales to China "
        "through intermediaries, according to shipping data and documents from "
        "state company PDVSA. Exports averaged about 930,000 barrels per day, up "
        "28% from the previous month. Chevron, the only US oil company still "
        "operating in Venezuela, shipped about a third of that volume to "
        "refineries in the United States. Washington granted the licence after "
        "Nicolás Maduro's government agreed to hold talks with the opposition on "
        "elections. PDVSA's production has recovered slowly from the lows of 2020 "
        "but remains far below the three million barrels a day it pumped at the "
        "start of the century. Venezuela's diluent imports also rose, allowing "
        "PDVSA to process more of its extra-heavy crude from the Orinoco Belt. "
        "Traders said fuel oil shipments to Asia had been delayed by a shortage of "
        "available tankers. The oil ministry did not respond to a request for "
        "comment.",
        "economy",
    ),
    (
        "Petrobras cuts diesel price again as it wages price war with importers",
        "RIO DE JANEIRO (Folha) - Petrobras announced on Monday a cut of 6% in the "
        "price of diesel it sells to distributors, its third reduction in two "
        "months, in what fuel importers describe as a price war aimed at "
        "recovering market share. The state-controlled oil company abandoned last "
        "year the policy of pegging its prices to international levels, a decision "
        "that the government of President Luiz Inácio Lula da Silva defended as "
        "necessary to shield consumers from volatility. The association of fuel "
        "importers, Abicom, said Petrobras was now selling diesel below the import "
        "parity price and that its members could not compete. Petrobras shares "
        "fell 2% on the São Paulo stock exchange, as investors feared the company "
        "was putting political goals ahead of profits. The chief executive said "
        "the cut reflected lower oil prices and a stronger real. Truck drivers, "
        "who staged a national strike over fuel prices in 2018, welcomed the "
        "decision. Analysts expect the cut to lower inflation by about 0.1 "
        "percentage point. Petrobras also said it would keep petrol prices "
        "unchanged for now.",
        "economy",
    ),
    (
        "Abinader wins second term in first round as Dominicans reward growth and "
        "tough line on migration",
        "SANTO DOMINGO (Diario Libre) - President Luis Abinader won re-election in "
        "the first round on Sunday with about 58% of the votes, according to "
        "preliminary results from the Central Electoral Board, after a campaign "
        "dominated by the economy and by his government's hard line on migration "
        "from Haiti. Former president Leonel Fernández of the People's Force came "
        "second with about 28%, and Abel Martínez of the Dominican Liberation "
        "Party third. Abinader's Modern Revolutionary Party also won a large "
        "majority in both chambers of Congress, which would allow it to pass the "
        "constitutional reform the president has promised to ensure that no "
        "president can serve more than two terms. Turnout was about 54%, lower "
        "than in 2020. The Dominican economy has been one of the fastest-growing "
        "in Latin America, driven by tourism, remittances and free-trade zones. "
        '"Our commitment is with you," Abinader told supporters at a hotel in the '
        "capital. Observers from the Organization of American States said the vote "
        "was held in a peaceful atmosphere. Fernández conceded defeat before "
        "midnight.",
        "other",
    ),
    (
        "Cuba's grid collapses for second time in a month, leaving 10 million without power",
        "HAVANA (AFP) - Cuba's national electricity grid collapsed on Wednesday "
        "afternoon, leaving the entire island of about 10 million people without "
        "power for the second time in a month, the energy and mines ministry said. "
        "The failure began with the shutdown of the Antonio Guiteras "
        "thermoelectric plant in Matanzas, the country's largest, which had gone "
        "out of service several times this year. Engineers began restoring power "
        "from small generators and Havana hospitals switched to backup plants, "
        "officials said on state television. The government has blamed the crisis "
        "on the age of its plants, the lack of fuel and the US embargo, while "
        "critics point to decades of underinvestment. Cubans have endured daily "
        "blackouts of up to 20 hours in some provinces, which have spoiled food in "
        "refrigerators and shut down water pumping. Classes and non-essential work "
        'were suspended until further notice. "We cook with charcoal on the '
        'balcony," said a retired teacher in the Cerro district. Long queues '
        "formed at the few bakeries with generators, and in some neighbourhoods of "
        "Havana residents banged pots from their balconies at night in complaint. "
        "The government said it had asked Mexico and Russia for fuel shipments. "
        "The ministry said it could take several days to restore full service.",
        "other",
    ),
    (
        "Dominican Republic deported 276,000 Haitians last year, migration agency "
        "says, as new wave of raids begins",
        "SANTO DOMINGO (Diario Libre) - The Dominican Republic deported more than "
        "276,000 Haitians last year, the highest figure on record, and plans to "
        "continue at a pace of up to 10,000 a week, the General Directorate of "
        "Migration said on Monday. The agency said it had detained the people in "
        "operations in construction sites, markets and residential neighbourhoods, "
        "and that most had been sent back through the border crossings of Dajabón, "
        "Elías Piña and Jimaní. Human rights groups, including the UN refugee "
        "agency, have asked the Dominican government to halt deportations to "
        "Haiti, where armed gangs control most of the capital and more than a "
        "million people have been displaced. The government of Luis Abinader says "
        "it cannot absorb Haiti's crisis and that the country has the right to "
        "control its borders. Pregnant women and children are among those "
        "deported, according to the Jesuit Service for Migrants, which said some "
        "had been held for days in overcrowded centres. Dominican business groups "
        "in construction and agriculture have complained of labour shortages. At "
        "the Dajabón crossing on Monday, buses from the migration agency unloaded "
        "dozens of men, women and children at the border gate, where Haitian "
        "officials registered them. The Dominican army has also reinforced its "
        "presence along the 390-kilometre border and is building a wall along part "
        "of it. The Haitian government has protested against the conditions of the "
        "deportations.",
        "other",
    ),
    (
        "Reverse migration: Venezuelans now head south from Necoclí as boats carry "
        "them back from Panama",
        "NECOCLÍ, Antioquia (El Tiempo) - The beach of Necoclí, which two years "
        "ago was packed with thousands of migrants waiting for boats to the Darién "
        "jungle on their way to the United States, now receives the opposite flow: "
        "Venezuelans returning south after giving up on reaching the US border. "
        "Local authorities say about 200 people arrive every day on boats from the "
        "Panamanian side of the Gulf of Urabá, many of them after months in Mexico "
        "waiting for an asylum appointment that was cancelled when Washington "
        "closed the programme. From Necoclí they take buses towards Medellín and "
        "the Venezuelan border, or stay in Colombian cities to work. Crossings of "
        "the Darién have fallen by more than 95% compared with last year, "
        "according to Panama's migration service. Shopkeepers in Necoclí, who had "
        "built a small economy around selling tents, boots and plastic bags to "
        "migrants, say their business has collapsed. The ombudsman's office asked "
        "the national government for a plan to assist returnees, many of whom "
        "travel with young children and no money. Colombia hosts almost three "
        "million Venezuelans.",
        "other",
    ),
]

"""dev346 negatives, part 3: insurance after storms, floods, fires and quakes, health scares,
fraud and cash heists, the battles of central banks and everyday money advice (see build.py)."""

NEGATIVES = [
    (
        "Florida homeowners face insurance battle after Hurricane Ian",
        """Homeowners in south-west Florida are battling their insurers over claims for wind and flood damage after Hurricane Ian tore through Fort Myers and Naples, consumer advocates say. The storm caused insured losses estimated at up to $60 billion, making it one of the costliest in US history. Many policies cover wind but not flooding, which has to be insured separately through the federal flood programme, and adjusters are arguing over which caused the damage. Several small Florida insurers had already gone bust before the storm, and others have since stopped writing new policies. Citizens Property Insurance, the state-backed insurer of last resort, now covers more than a million homes. "I paid my premiums for 20 years and now they tell me it was storm surge," said a retired teacher in Cape Coral. The state legislature is meeting in a special session to curb lawsuits against insurers. Experts advise homeowners to photograph damage and keep all receipts.""",
        "disaster",
    ),
    (
        "After Helene, most flooded North Carolina homes had no flood insurance",
        """Fewer than one in 20 homes in the mountain counties of western North Carolina had flood insurance when Hurricane Helene swept through, leaving thousands of families to pay for repairs themselves, federal data show. The storm killed more than 100 people in the state and washed away homes, roads and bridges around Asheville. Many residents believed floods were a coastal risk and that their mountain homes were safe. FEMA has approved grants of up to about $42,000 per household for repairs and rent, but officials say that rarely covers the cost of rebuilding. Banks have offered to pause mortgage payments for affected borrowers for up to 90 days. "We lost the house and we still owe the mortgage on it," said a couple in Swannanoa. Charities have set up funds to help families who do not qualify for federal aid. Insurers expect claims from the wind damage alone to run into billions.""",
        "disaster",
    ),
    (
        "Valencia flood victims wait for insurance payouts as cars pile up",
        """Insurance claims from the floods that devastated the Valencia region have passed 200,000, most of them for cars swept away by the torrents, Spain's state-backed insurance pool said. The Consorcio de Compensación de Seguros, which pays for damage from natural disasters in Spain, said it expected to pay out more than €3.5 billion. Thousands of wrecked cars have been piled up on wasteland outside the town of Catarroja waiting to be assessed. The floods killed more than 220 people in the region at the end of October. Shopkeepers in Paiporta said they had reopened with borrowed stock while waiting for payouts. Banks agreed to a moratorium on mortgage payments for affected households. "The water took everything in ten minutes; the paperwork takes months," said a hairdresser who lost her salon. The consortium has hired extra assessors from across Spain to speed up claims.""",
        "disaster",
    ),
    (
        "Only half of quake-hit Turkish homes had compulsory insurance",
        """Only about half of the homes damaged in the earthquakes that struck southern Turkey in February were covered by the country's compulsory earthquake insurance, the Turkish Catastrophe Insurance Pool said. DASK policies are required by law for homes in cities, but many owners never bought one, especially in older buildings and rural areas. The pool said it had paid out more than 30 billion lira to policyholders in the eleven provinces affected. The quakes killed more than 50,000 people in Turkey and destroyed or badly damaged hundreds of thousands of buildings. The government has promised to rebuild homes for those who lost them, whether or not they were insured. Insurers say premiums will rise as they reassess risk. "I did not know I needed it; now I have nothing to claim," said a shopkeeper in Antakya. Banks have deferred loan repayments in the region for a year.""",
        "disaster",
    ),
    (
        "Pakistan flood losses push onion and tomato prices to record highs",
        """The price of onions and tomatoes in Pakistan has risen fivefold in weeks after floods destroyed crops across Sindh and Balochistan, and the government has allowed imports from Iran and Afghanistan to ease shortages. The floods, caused by record monsoon rains, have killed more than 1,500 people and left millions homeless, many living in tents by the roadside. Officials estimate that more than four million acres of crops were lost, including cotton, rice and vegetables. Inflation rose to 27 percent in August, the highest in nearly 50 years. "We eat lentils without tomatoes now," said a labourer in Karachi. Farmers say they cannot plant wheat until the water recedes. The state bank has offered cheap loans to farmers in flood-hit districts. Aid agencies warn of food shortages in the coming months.""",
        "disaster",
    ),
    (
        "Lismore flood: insurance premiums hit $30,000 as residents weigh leaving",
        """Homeowners in Lismore, in northern New South Wales, are being quoted insurance premiums of $30,000 a year or more after record floods inundated the town for the second time in a month, and many say they can no longer afford cover. The Insurance Council of Australia said it had received more than 200,000 claims from the floods in Queensland and New South Wales. Many residents of the river town were uninsured because premiums had already become too expensive. The state government has announced a buyback scheme for the worst-affected homes. "We can't insure the house and we can't sell it," said a nurse whose home was flooded to the ceiling. Small businesses in the town centre have been gutted, and several say they will not reopen. The federal government paid disaster recovery payments of $1,000 per adult. Insurers say premiums reflect the real risk of flooding.""",
        "disaster",
    ),
    (
        "Los Angeles fire victims fight insurers as State Farm seeks rate rise",
        """Homeowners who lost their houses in the Los Angeles wildfires are fighting with insurers over payouts, as State Farm asks California regulators for an emergency rate increase of 22 percent. The fires in Pacific Palisades and Altadena destroyed more than 16,000 structures, and insured losses are estimated at up to $40 billion. State Farm had cancelled thousands of policies in the Palisades months before the fires, and many homeowners had moved to the state's FAIR Plan, a basic insurer of last resort. Some policyholders say they are being asked to list every item they owned to claim for their contents. The state insurance commissioner said insurers must pay up to 60 percent of contents coverage without an itemised list. "This is a second disaster," said a family whose home in Altadena burned. Consumer groups oppose the rate increase. The FAIR Plan asked insurers for an extra $1 billion to pay claims.""",
        "disaster",
    ),
    (
        "Maize prices double in Malawi after Cyclone Freddy washes away crops",
        """The price of maize in southern Malawi has doubled since Cyclone Freddy swept through the region, destroying crops and homes and cutting roads, traders and aid agencies say. A 50-kilogram bag now costs more than 25,000 kwacha in Blantyre markets, and many families have begun to skip meals. The cyclone killed more than 1,000 people in Malawi and displaced more than half a million, many of whom are staying in schools and churches. The government has released maize from the strategic grain reserve to sell at a lower price through state markets. "The river took our field and our house," said a farmer in Chiradzulu district. The World Food Programme has started cash transfers to affected families by mobile money. The central bank devalued the kwacha by 44 percent last year, pushing up prices of imports. Economists expect inflation to rise further.""",
        "disaster",
    ),
    (
        "Moroccan quake survivors receive first monthly cash grants",
        """Families who lost their homes in the earthquake that struck Morocco's High Atlas mountains began receiving monthly cash payments of 2,500 dirhams this week, the government said. Households whose homes were destroyed are also entitled to 140,000 dirhams to rebuild, and those with damaged homes to 80,000. The quake killed nearly 3,000 people, most of them in villages in the province of Al Haouz. Officials said tens of thousands of households had registered for the payments. Many families are still living in tents as winter approaches. Some villagers said they had not received anything because their names were missing from the lists. Banks set up mobile branches in the mountains to help people open accounts. "The money helps, but we need walls before the snow comes," said a woman in Amizmiz.""",
        "disaster",
    ),
    (
        "Banks offer mortgage holidays as coronavirus lockdown hits incomes",
        """British banks will allow homeowners hit by the coronavirus outbreak to take a three-month break from mortgage payments, the finance industry said, as millions of workers face lost income under the lockdown. Borrowers should contact their lender, and the payment holiday will not harm their credit score, regulators said. Interest will still build up during the break, so monthly payments will rise slightly afterwards. Banks also said they would waive overdraft fees and raise contactless limits to £45. Landlords whose tenants cannot pay rent can also apply. Lenders say they have received tens of thousands of calls in the first days. "We are in a war against the virus, and banks have to play their part," the chancellor said. Consumer groups urged people who can keep paying to do so. Some lenders have suspended new mortgage offers for buyers with small deposits.""",
        "health",
    ),
    (
        "Shoppers fight over toilet paper as virus panic empties shelves",
        """Supermarkets in Australia have limited customers to one packet of toilet paper each after panic buying over the coronavirus left shelves empty and led to scuffles in the aisles. Police were called to a Woolworths store in Sydney's west after two women argued over a trolley of toilet rolls, and a video of the incident was viewed millions of times. Retailers said demand for pasta, rice, hand sanitiser and tinned food had also soared. Some stores opened an hour early for elderly and disabled shoppers. The prime minister urged people to stop hoarding, saying there was enough for everyone. Manufacturers said they were running factories around the clock. "It's a battle in there," said a man leaving a store in Melbourne empty-handed. Online sellers listed packs of toilet paper for several times the usual price, prompting a warning from the consumer watchdog. Health officials said the virus was spreading in the community.""",
        "health",
    ),
    (
        "First-time buyers: how to cut the cost of your mortgage as rates fall",
        """First-time buyers can save hundreds of pounds a year by shopping around for a mortgage as lenders cut rates, brokers say. The average two-year fixed rate for buyers with a 10 percent deposit has fallen below 5 percent for the first time in more than a year, according to Moneyfacts. Many lenders now offer deals for buyers with a 5 percent deposit, though rates are higher. Advisers say buyers should check the arrangement fees as well as the rate, since a low rate with a high fee can cost more. A longer mortgage term lowers monthly payments but increases the total interest paid. Buyers can also use a Lifetime ISA, which adds a 25 percent government bonus to savings for a first home. "Don't just go to your own bank," said one broker. Stamp duty thresholds will fall in April, so buyers may want to complete before then.""",
        "other",
    ),
    (
        "Workplace pension contributions to rise as auto-enrolment turns ten",
        """Ten years after auto-enrolment began, more than 10 million extra workers in Britain are saving into a workplace pension, the Department for Work and Pensions said. The scheme requires employers to enrol staff aged 22 and over who earn more than £10,000 a year, with a minimum contribution of 8 percent of qualifying earnings. The government now plans to lower the age to 18 and to count earnings from the first pound. Pension experts say many people are still not saving enough for a comfortable retirement. Fewer than one in ten workers choose to opt out. Self-employed people remain outside the scheme, and their pension saving has fallen. "It's been one of the most successful policies in a generation," said one industry body. Savers can check their contributions through their pension provider's app.""",
        "other",
    ),
    (
        "Deepfake video call tricks finance worker into paying out $25m",
        """A finance worker at a multinational firm in Hong Kong was tricked into paying out HK$200 million, about $25.6 million, after fraudsters used deepfake technology to pose as the company's chief financial officer in a video call, police said. The employee had doubted an email asking for a secret transaction, but was reassured when he saw what appeared to be the CFO and several colleagues on screen. He made 15 transfers to five bank accounts before checking with head office. Police said all the other people on the call were fake, made with publicly available footage. No arrests have been made. Police have warned companies to verify unusual requests by calling colleagues on known numbers. Banks said they were working with police to trace the money. Cybersecurity firms say such scams are becoming cheaper and easier to carry out.""",
        "crime",
    ),
    (
        "Cash-in-transit heist on Johannesburg highway: 'like a war zone'",
        """Armed robbers blew open a cash-in-transit van on a Johannesburg highway on Wednesday morning and fled with an undisclosed amount of money after a shootout with security guards, police said. About 15 men in three cars forced the armoured van off the road and used explosives to open it, witnesses said. Two guards were wounded and taken to hospital. Motorists abandoned their cars and ran for cover as shots were fired. "It was like a war zone, there was glass and money on the road," said one driver. South Africa has one of the highest rates of cash-in-transit robbery in the world, and industry groups say gangs are increasingly well armed. Police have set up a special task team and arrested dozens of suspects this year. Security companies are fitting vans with dye packs that stain the notes if a box is forced open.""",
        "crime",
    ),
    (
        "Central bank independence: Trump's battle with the Fed rattles mortgage markets",
        """Mortgage rates in the United States rose this week after President Donald Trump again attacked the Federal Reserve and said he might fire its chairman, Jerome Powell, raising fears about the independence of the central bank. The average 30-year fixed mortgage rate climbed to 6.9 percent, according to Freddie Mac. Investors sold long-term Treasury bonds, which set the benchmark for many home loans. Trump has called Powell a "major loser" for not cutting interest rates faster. Powell has said the law does not allow the president to remove him over policy differences. Economists warn that a Fed seen as politically controlled would find it harder to keep inflation down. "This battle is being paid for by homebuyers," said one mortgage broker. The dollar fell against the euro and the Swiss franc, and gold hit a record high.""",
        "politics",
    ),
    (
        "Zimbabwe launches gold-backed ZiG currency, its sixth in 15 years",
        """Zimbabwe has launched a new gold-backed currency, the ZiG, in its latest attempt to end years of inflation and currency chaos, the central bank said. Banks converted local currency balances into ZiG at a fixed rate over the weekend, and many customers found their cards did not work on Monday morning. The currency is backed by gold and foreign reserves held by the central bank, officials said. Zimbabweans have lived through hyperinflation, bond notes and a dollarised economy, and most prefer to keep savings in US dollars. "Every new currency has eaten our savings," said a vendor in Harare's Mbare market. Shops priced goods in both dollars and ZiG, and some refused the new notes when they arrived weeks later. Economists said the currency's success would depend on whether the government stopped printing money. The ZiG lost much of its value within months.""",
        "economy",
    ),
    (
        "German farmers block roads with tractors over diesel subsidy cuts",
        """Thousands of farmers drove tractors into Berlin and blocked motorway slip roads across Germany on Monday in protest against plans to cut subsidies on agricultural diesel. The protests, which the farmers' association called a week of action, caused long traffic jams, and some supermarkets reported delayed deliveries. Police said the protests were largely peaceful. The government had already scaled back the plans, but farmers said the cuts would still push many family farms out of business. Farmers say supermarkets squeeze them on prices while food prices in shops keep rising. Lorry drivers and bakers joined some of the blockades. "We are not fighting the public, we are fighting for our farms," said a dairy farmer from Brandenburg. The agriculture minister said he understood their anger but that the budget had to be balanced.""",
        "protest",
    ),
    (
        "Yemen truce brings cheaper fuel and flights back to Sanaa",
        """Fuel prices in Sanaa have fallen by nearly half since a UN-brokered truce took effect in Yemen two months ago, allowing tankers to dock at Hodeidah port and commercial flights to resume from the capital, traders and residents say. Queues at petrol stations that stretched for kilometres earlier this year have disappeared. The rial has also steadied in government-held Aden, helped by a Saudi and Emirati deposit in the central bank. The truce, which both sides have agreed to extend for another two months, has brought the longest lull in seven years of war. "For the first time in years we can plan for next month," said a shopkeeper in Sanaa. The UN envoy said talks on opening roads around Taiz were continuing. Aid agencies said families still struggle to afford food, as prices of wheat remain high worldwide. Yemenia flew its first commercial flight from Sanaa to Amman in six years in May.""",
        "peace",
    ),
]

"""dev346 negatives, part 2: scams, bank crime, heists, shops and malls, history, screens,
sport, the military's money and peace dividends, with the desk's war words used loosely
(see build.py)."""

NEGATIVES = [
    (
        "ATM blasts: German banks lock machines at night as gangs blow them up",
        """German banks are locking their foyers at night and fitting cash machines with ink cartridges after a record wave of explosive attacks on ATMs, the federal criminal police office said. Gangs blew up 496 machines last year, many of them in small towns near motorways, the BKA said, using solid explosives that can bring down the front of a building. Police say many of the attackers come from the Netherlands, where banks made their machines harder to crack years ago. In one attack in North Rhine-Westphalia, the blast damaged flats above a Sparkasse branch and residents had to be evacuated. No one was hurt in most cases, but police warn the explosives put neighbours and officers at risk. Some savings banks have removed machines from residential buildings altogether, leaving villagers with a long drive for cash. The interior ministry wants to make attacks on cash machines a crime with a minimum sentence of two years.""",
        "crime",
    ),
    (
        "Pig-butchering scams cost Americans billions, FBI says",
        """Americans lost more than $3.9 billion to investment scams last year, most of them so-called pig-butchering schemes in which fraudsters build up a victim's trust before persuading them to invest in fake cryptocurrency platforms, the FBI said. The scams often start with a wrong-number text message or a dating-app match, and the victim is shown fake profits on a convincing website. Many of the scammers work from compounds in South-East Asia, where some are themselves trafficked and forced to work. A retired nurse in Ohio told investigators she lost her house after transferring $800,000 over seven months. Banks say they are training staff to spot customers who are being groomed, but many victims insist on making the transfers. The Justice Department has seized domains and frozen crypto wallets linked to the networks. Consumer groups say victims are often too ashamed to report the losses.""",
        "crime",
    ),
    (
        "Police free hundreds from Cambodian scam compound in Sihanoukville raid",
        """Cambodian police raided a compound in the coastal city of Sihanoukville on Thursday and freed hundreds of foreigners who say they were forced to work for online scam operators, officials said. The workers, from China, Indonesia, Vietnam, Kenya and elsewhere, had been lured with offers of jobs in customer service or marketing, and told to con people online into fake investments. Some said their passports had been taken and that they were beaten when they failed to meet targets. Police said they had arrested 16 suspects, including several managers. The compound, behind high walls topped with barbed wire, had dormitories, canteens and rows of computers. Embassies are arranging for the workers to go home. Rights groups say tens of thousands of people are still held in such compounds across the region. "They told us that if we escaped, they would sell us to another company," said an Indonesian man.""",
        "crime",
    ),
    (
        "Beirut depositor holds bank staff at gunpoint to get his frozen savings",
        """A man armed with a shotgun held staff and customers at a Beirut bank for several hours on Thursday, demanding that he be allowed to withdraw his own savings to pay for his father's hospital bills, security sources said. Bassam al-Sheikh Hussein doused part of the Federal Bank branch in Hamra with petrol and threatened to set it alight. A crowd gathered outside and cheered him on, and some shouted at the police. He released the hostages after the bank agreed to give him $35,000 of the roughly $200,000 he has held there since 2019. He was then taken into custody, and no one was hurt. Lebanese banks have blocked most withdrawals in dollars since the financial collapse, and depositors can take out only small sums at a steep loss. The depositors' association said the man was a victim, not a criminal. Banks closed their branches for three days the following week, citing staff safety.""",
        "crime",
    ),
    (
        "Gang besieges Brazilian town in overnight bank raid",
        """Heavily armed robbers took over the centre of Criciúma in southern Brazil overnight, blocking streets with burning vehicles and firing at a police station before blowing up a Banco do Brasil vault, police said. The gang, estimated at 30 people in about ten vehicles, forced residents to sit in the road as human shields while they loaded the cash. Residents were told to stay indoors as shots rang out for nearly two hours. One police officer and a security guard were wounded. Banknotes were left strewn across the streets, and some residents were arrested after picking them up. Police said the attack bore the hallmarks of the style of robbery known as "new cangaço", carried out by groups linked to the PCC gang. Banks have reduced cash stocks in towns of the interior as a result. Federal police said they had arrested several suspects a week later in Santa Catarina and São Paulo.""",
        "crime",
    ),
    (
        "Banks must refund scam victims up to £85,000 under new rules",
        """Banks and payment firms in Britain must reimburse most victims of authorised push payment scams up to £85,000, under rules that come into force on Monday. The Payment Systems Regulator lowered the maximum from £415,000 it had first proposed, after firms warned that a higher limit would encourage fraud. Victims are tricked into sending money to criminals posing as their bank, a tradesman or a romantic partner. UK Finance said more than £450 million was lost to such scams last year. Banks can charge an excess of up to £100 and refuse refunds where customers were grossly negligent. Consumer groups said the cap would still cover more than 99 percent of claims. "This is a big win for people who have been left to fight their own bank," said a Which? campaigner. Social media and telecom firms, where many scams begin, will not have to pay into the scheme.""",
        "crime",
    ),
    (
        "Spanish police dismantle card-skimming gang that hit cash machines on the coast",
        """Spanish police have arrested 19 people suspected of running a network that fitted skimming devices to cash machines in tourist towns on the Costa del Sol and the Balearic Islands. The Guardia Civil said the gang copied the data of more than 5,000 cards and withdrew money in Romania and Bulgaria. Officers found tiny cameras and card readers hidden in fake panels at a workshop in Marbella. The gang is thought to have stolen about €1.5 million over two years. Police said members moved between resorts during the summer season, when ATMs are busiest. Banks have replaced many machines with models that are harder to tamper with, and urged customers to cover the keypad when entering their PIN. "A cash machine that looks different from last week is a warning sign," said a police spokesman. The suspects have been remanded in custody.""",
        "crime",
    ),
    (
        "Thodex founder sentenced to 11,196 years for crypto fraud",
        """A court in Istanbul sentenced the founder of the collapsed cryptocurrency exchange Thodex to 11,196 years in prison on Thursday for fraud and running a criminal organisation. Faruk Fatih Özer fled to Albania in 2021 when the exchange shut down suddenly, leaving hundreds of thousands of customers unable to access their funds. He was extradited last year. Prosecutors said the collapse cost investors the equivalent of tens of millions of dollars. His siblings were given the same sentence. Investors who had bought tokens with their savings said they had little hope of getting money back. The case led Turkey to tighten rules for crypto platforms and ban the use of cryptocurrency for payments. "I lost my children's school fees," said one investor outside the court. Turkey has no life sentence for fraud, so courts add up the terms for each offence.""",
        "crime",
    ),
    (
        "Heist drama breaks streaming records with bank vault finale",
        """A Spanish heist series about a gang that takes over the Bank of Spain became the most-watched non-English show on its streaming service this week, as fans binged the final episodes. The series follows a team of robbers in red jumpsuits and masks who hold hostages while printing money, and its battle scenes in the vault were filmed on a set in Madrid. Critics were divided, with some calling the last season more war film than caper. Its creator said he wanted to end the story "with a bang" and that a spin-off was in the works. The show's masks have become a symbol at protests around the world, and sales of the costume jumped ahead of Halloween. Economists have used the plot in lectures on inflation and money printing. The final episodes drew more than 60 million households in their first four weeks, the company said.""",
        "entertainment",
    ),
    (
        "Documentary revisits the day Northern Rock savers queued round the block",
        """A new documentary marks ten years since savers queued outside branches of Northern Rock, the first run on a British bank in more than a century. Using footage from September 2007, it shows pensioners sitting on folding chairs on Newcastle pavements and police keeping order outside branches. Former staff describe how the bank borrowed heavily on wholesale markets to fund mortgages of up to 125 percent of a home's value. The government later nationalised the lender and guaranteed all deposits. One former cashier recalls customers weeping as they withdrew their life savings in envelopes. The film also follows how the rules on deposit protection changed after the crisis. Historians interviewed say the queues became the image of the financial crash in Britain. It airs on Sunday night and will be available to stream afterwards.""",
        "history",
    ),
    (
        "Ration books and war savings stamps go on show at Imperial War Museum",
        """Ration books, war savings stamps and posters urging families to "Make do and mend" go on display at the Imperial War Museum in London this week, in an exhibition on how households managed money during the Second World War. Curators have gathered letters, shop ledgers and recipe books showing how families stretched their rations of meat, sugar and butter. A section on National Savings shows how towns competed in War Weapons Weeks to lend the government enough money to buy a Spitfire or a warship. Visitors can try to plan a week's meals on a 1942 ration. The museum says many of the lessons of the war years, such as repairing clothes and cutting food waste, have come back into fashion during the cost-of-living crisis. The exhibition runs until next spring, and entry is free. A programme of talks includes a session on wartime black markets.""",
        "history",
    ),
    (
        "Poland's defence bonds sell out in days as savers back the army",
        """Polish savers bought 2 billion zlotys of special defence bonds in less than a week, the finance ministry said, as the government raises money to expand the army and buy tanks, artillery and aircraft. The ten-year bonds pay a fixed 5 percent in the first year and then a rate linked to inflation, and are sold at post offices and bank branches. Poland plans to spend close to 5 percent of its economic output on defence this year, the highest share in NATO. "It's a good rate, and it feels like doing something for the country," said a retired engineer in Kraków. Financial advisers said savers should compare the bonds with deposit rates and remember that they cannot be sold early without a fee. The ministry said it might issue more. Critics say the government is borrowing too much, and the deficit is above EU limits.""",
        "military",
    ),
    (
        "Forces Help to Buy scheme extended as troops struggle with house prices",
        """A scheme that lends members of the armed forces up to half their salary interest-free towards buying a home will be extended for another two years, the Ministry of Defence said. More than 27,000 service personnel have used the Forces Help to Buy scheme since it started in 2014, the ministry said. The loan, capped at £25,000, can be used for a deposit and legal fees and is repaid from salary over ten years. Service charities said many soldiers, sailors and air personnel still struggled to buy near their bases because of house prices in the south of England. The armed forces' own housing has been criticised for damp and mould, and a report last year found many families wanted to leave it. "Getting on the ladder is a battle for anyone on a corporal's pay," said one serving soldier. Recruitment has fallen short of targets for several years.""",
        "military",
    ),
    (
        "Fans battle dynamic ticket pricing as World Cup final seats top $6,000",
        """Football supporters' groups have accused FIFA of pricing ordinary fans out of the 2026 World Cup after the cheapest tickets for the final in New Jersey appeared at more than $6,000 under a dynamic pricing system. The governing body said prices for group matches start at about $60, and that the system reflected demand in the North American market. Fans said prices had jumped while they waited in online queues, and that resale platforms listed some seats for several times face value. Football Supporters Europe said the tournament risked becoming "an event for corporate guests". FIFA said a share of tickets would be kept for supporters of the teams playing, at fixed prices. Consumer lawyers say buyers should check refund terms before paying. Clubs in England have faced similar battles over season-ticket prices. Demand has been strong in Mexico, Canada and the US.""",
        "sport",
    ),
    (
        "Black Friday crush at Johannesburg mall injures shoppers",
        """Several shoppers were injured and taken to hospital when crowds surged through the doors of a Johannesburg shopping centre at the start of Black Friday sales, paramedics said. Hundreds of people had queued outside the mall in Soweto from before dawn for discounts on televisions, fridges and mobile phones. When the doors opened, people at the front were pushed to the ground and trampled, witnesses said. Videos shared online show shoppers scrambling over each other and grabbing boxes from shelves. The retailer said it had hired extra security and apologised to customers. Emergency services said most of the injuries were minor, though one woman was treated for a broken leg. Consumer groups have urged stores to hold sales online or issue numbered tickets. "We came for a bargain, not to fight," said one shopper who left empty-handed.""",
        "accident",
    ),
    (
        "Kemerovo mall fire: shoppers and children among 64 dead",
        """A fire swept through a shopping centre in the Siberian city of Kemerovo on Sunday, killing at least 64 people, many of them children watching films at the cinema on the top floor, officials said. Investigators said fire exits had been locked and the alarm system had been switched off, and they detained the mall's managers and a security guard. The blaze started in a children's play area and spread quickly through the Zimnyaya Vishnya centre, which also housed a petting zoo and dozens of shops. Survivors described thick smoke filling the corridors within minutes. President Vladimir Putin visited the city and blamed criminal negligence. Retailers across Russia faced surprise safety inspections in the weeks that followed, and many malls were ordered to close until they fixed faults. Insurers said most tenants had no cover for fire damage.""",
        "accident",
    ),
    (
        "Dhaka's Bangabazar traders lose Eid stock as fire guts market",
        """A huge fire destroyed most of Bangabazar, one of Dhaka's largest clothing markets, on Tuesday morning, burning the stock of thousands of traders who had filled their shops for the Eid festival. Firefighters took more than six hours to bring the blaze under control, and army helicopters dropped water on the market. The fire service said it had warned the market's owners several times that the buildings were unsafe. No deaths were reported, but several firefighters were injured. Traders said they had borrowed heavily to buy stock, and few had insurance. "I have lost everything I had, and I still owe the bank," said a shop owner who sells children's clothes. Traders sat down on the road outside the market to demand compensation, and police diverted traffic. The government promised financial help and temporary stalls. An investigation committee is looking into whether the fire started from an electrical fault.""",
        "accident",
    ),
    (
        "Tigray banks reopen after two years as peace deal takes hold",
        """Banks in Mekelle reopened on Monday for the first time in almost two years, and long queues formed outside branches as residents tried to withdraw savings frozen since the start of the war. The Commercial Bank of Ethiopia said services had resumed in several towns in Tigray following the peace agreement signed in Pretoria in November. Withdrawals have been limited to a few thousand birr a day while the bank restores cash supplies. Telephone lines and flights to the region have also returned in recent weeks. "For the first time I can buy medicine with my own money," said a retired civil servant. Aid agencies said the return of banking would help families who have depended on food aid. The African Union, which brokered the deal, said its monitors had reported no breaches of the truce. Economists said the region's economy will take years to recover.""",
        "peace",
    ),
    (
        "Syrian banks reconnect to SWIFT as sanctions are lifted",
        """Syria's banks have begun to reconnect to the global financial system after the United States and the European Union lifted most sanctions on the country, the central bank governor said. The Commercial Bank of Syria carried out its first international transfer through the SWIFT network in more than a decade this week. Syrians abroad send billions of dollars to relatives every year, mostly through informal money changers who charge high fees. Bankers say it will take time for foreign lenders to trust the system, and many still refuse to handle Syrian payments. The new government has promised to stabilise the pound and pay public sector wages on time. "We want Syrians abroad to send money through banks, not in suitcases," the governor said. Investors from Turkey and the Gulf are exploring deals in telecoms, energy and property. The World Bank has offered help to rebuild the payment system.""",
        "politics",
    ),
]

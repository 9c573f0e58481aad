"""dev203 negatives, walkouts: strikes, pickets, marches, blockades and hunger strikes with no
violence reported (a few peaceful arrests at most).

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Rail network grinds to a halt as RMT walkout hits thousands of services",
        "Only about one in five trains ran across Britain on Tuesday as 40,000 members of the RMT "
        "union walked out at Network Rail and 13 train operators in the biggest rail strike in "
        "three decades. Stations in London, Manchester and Glasgow were almost deserted during "
        "the morning rush hour, and many commuters worked from home. Picket lines formed outside "
        "Euston, King's Cross and dozens of depots before dawn, where strikers handed out leaflets "
        "and were joined by several Labour MPs. The union's general secretary, Mick Lynch, said "
        "members were fighting for their jobs, pensions and a pay rise in line with inflation, "
        "and accused ministers of tying the employers' hands. The transport secretary called the "
        "action “an act of huge self-harm” and said the government would change the law to allow "
        "agency workers to fill in for strikers. British Transport Police said the picket lines "
        "had been peaceful and no arrests were made. Further walkouts are planned for Thursday "
        "and Saturday, and disruption is expected to spill over into the days in between because "
        "signallers start their shifts late.",
        "protest",
    ),
    (
        "NLC strike shuts airports and grounds national grid as minimum wage talks collapse",
        "Nigeria's two main labour centres began an indefinite general strike on Monday after "
        "talks with the federal government over a new minimum wage broke down, shutting airports, "
        "hospitals and banks in Lagos and Abuja. Union members locked the gates of the "
        "Transmission Company of Nigeria's offices and switched off parts of the national grid, "
        "plunging several cities into darkness. At Murtala Muhammed International Airport, "
        "passengers were stranded after aviation unions joined the action and pulled air traffic "
        "controllers off duty. The Nigeria Labour Congress and the Trade Union Congress are "
        "demanding a monthly minimum wage of 494,000 naira, against the government's offer of "
        "60,000 naira. “Nigerian workers cannot be asked to survive on a wage that cannot buy a "
        "bag of rice,” the NLC president told journalists in Abuja. Police said the strike was "
        "peaceful and no incidents were reported. The information minister said the action was "
        "illegal because an agreement to continue negotiating was still in force. Late on Monday "
        "the unions agreed to suspend the strike for a week after President Bola Tinubu promised "
        "to raise the offer.",
        "protest",
    ),
    (
        "CGT’s first general strike against Milei fills Buenos Aires streets",
        "Hundreds of thousands of workers marched to Congress in Buenos Aires on Wednesday in "
        "the first general strike against President Javier Milei, only 45 days after he took "
        "office, the fastest such protest against any Argentine government since the return to "
        "democracy. The General Confederation of Labour, the country's largest union federation, "
        "called the 12-hour stoppage against a sweeping decree that deregulates the economy and "
        "an omnibus bill that would curb the right to strike. Buses ran on a reduced timetable "
        "so that workers could join the march, but banks, state offices and many schools were "
        "closed and about 300 flights were cancelled. Security minister Patricia Bullrich had "
        "warned that protesters who blocked streets would face the new “anti-picket” protocol, "
        "but the march passed off without major incidents and police reported no arrests in the "
        "capital. The government said the strike was political and announced that it would dock "
        "the pay of civil servants who joined it. A CGT leader, Pablo Moyano, told the crowd "
        "that the unions would “fight street by street” against the reforms. Marches were also "
        "held in Cordoba, Rosario and Mendoza.",
        "protest",
    ),
    (
        "Bharat Bandh: banks, mines and transport hit as unions strike against labour codes",
        "Millions of workers joined a nationwide strike called by ten central trade unions on "
        "Wednesday against the government's four labour codes and the privatisation of "
        "state-owned companies, disrupting banking, coal mining and public transport in several "
        "states. Bus services were suspended in Kerala and largely off the roads in West Bengal, "
        "where members of left-wing unions staged sit-ins on railway tracks at a few stations. "
        "Coal India said output at some of its subsidiaries had fallen sharply during the day. "
        "The unions, which claim a combined membership of more than 250 million, say the codes "
        "make it easier to hire and fire workers and harder to form unions. “This is a fight for "
        "the survival of the working class,” said the general secretary of the All India Trade "
        "Union Congress. In Kolkata, police briefly detained a handful of strikers who had blocked a "
        "road and released them within hours, and officials in most states said the strike passed off "
        "peacefully. The labour ministry said the codes would extend social security to gig and "
        "platform workers for the first time. Farmers' organisations backed the strike and held "
        "protests at district headquarters.",
        "protest",
    ),
    (
        "Izmir food workers enter 40th day of hunger strike over union sackings",
        "Eight workers dismissed from a meat processing plant in Izmir after joining a union "
        "entered the 40th day of a hunger strike on Friday, and doctors warned that some of them "
        "were at risk of permanent damage to their health. The workers were among about 130 "
        "people fired over several months after the food workers' union DISK/Gida-Is recruited "
        "a majority of the factory's staff, according to the union. They have been living in a "
        "tent outside the plant, drinking only water with salt, sugar and vitamin B1. The company "
        "says the dismissals were due to falling orders and had nothing to do with union "
        "membership. Police briefly detained five supporters who tried to march to the company's "
        "headquarters last week, releasing them the same evening. “We will not eat until our "
        "friends are back at work,” one of the strikers, a 34-year-old mother of two, said by "
        "phone. Opposition lawmakers raised the case in parliament, and the labour ministry said "
        "it had sent inspectors. The Turkish Medical Association said it would keep doctors at "
        "the tent around the clock.",
        "protest",
    ),
    (
        "UAW widens strike to Ford’s biggest plant as picket lines swell",
        "The United Auto Workers union expanded its strike against the Detroit automakers on "
        "Wednesday, calling out 8,700 workers at Ford's Kentucky Truck Plant in Louisville, the "
        "company's most profitable factory. The move brought the number of members on strike at "
        "General Motors, Ford and Stellantis to about 33,000, six weeks into a walkout that the "
        "union has staged plant by plant rather than all at once. Workers on the picket line "
        "outside the plant waved signs reading “record profits, record contracts” as passing "
        "lorries sounded their horns. Ford said the decision was “grossly irresponsible” and "
        "that it had offered a 23% wage increase over the life of the contract. UAW president "
        "Shawn Fain said the union was waging war on corporate greed, not on the companies, and "
        "that members would stay out until they won pensions and an end to wage tiers. President "
        "Joe Biden joined a picket line in Michigan last month, the first sitting president to do "
        "so. Analysts estimate the strike has cost the three automakers more than $1.6bn in lost "
        "production.",
        "protest",
    ),
    (
        "Tempers flare but no violence as NUMSA pickets steelworks in Vanderbijlpark",
        "Striking members of the National Union of Metalworkers of South Africa traded insults "
        "with non-striking workers and private security guards at the gates of a steelworks in "
        "Vanderbijlpark on Tuesday, on the second week of a wage strike in the metals and "
        "engineering sector. Police monitored the picket from across the road and said there "
        "were no injuries or arrests. The union, which describes itself as militant and "
        "socialist, wants an 8% increase in each of the next three years; employers' federation "
        "SEIFSA has offered 5.5%. Strikers sang struggle songs and burned copies of the employers' "
        "offer in a drum outside the gate. A company spokeswoman said production had been scaled "
        "down but the blast furnace was still running. The Labour Court last week granted the "
        "employers an interdict that keeps pickets at least 50 metres from the entrance, a ruling "
        "the union has appealed. “We are at war with bosses who pay themselves millions and offer "
        "workers crumbs,” a shop steward told News24. The CCMA has called both sides back to "
        "mediation on Friday.",
        "protest",
    ),
    (
        "Bangladesh garment workers block highway in peaceful protest over unpaid wages",
        "Hundreds of workers from a garment factory in Ashulia blocked the Dhaka-Aricha highway "
        "for about three hours on Sunday to demand two months of unpaid wages and Eid bonuses, "
        "causing tailbacks several kilometres long. The workers, most of them women, sat on the "
        "road holding placards and chanting slogans, while police and industrial police officers "
        "tried to persuade them to move. The demonstration ended peacefully around noon after the "
        "factory's owner, contacted by the industrial police, promised to pay one month's salary "
        "by Wednesday, the Dhaka Tribune reported. “We have not been able to pay our house rent. "
        "How will we feed our children for Eid?” asked Rokeya Khatun, a sewing operator. Labour "
        "leaders said more than 150 factories in the region had not yet paid wages ahead of the "
        "festival. The labour ministry said a crisis management committee would meet daily until "
        "all wages and bonuses were paid. Traffic on the highway returned to normal in the "
        "afternoon.",
        "protest",
    ),
    (
        "NagaWorld union leader arrested as casino strike enters third week",
        "Cambodian police arrested the leader of the union at the NagaWorld casino in Phnom Penh "
        "on Tuesday, along with several other union members, as a strike over mass layoffs "
        "entered its third week. Chhim Sithar, president of the Labour Rights Supported Union of "
        "Khmer Employees of NagaWorld, was taken from the picket outside the casino and charged "
        "with incitement, her lawyer said. The strikers, who are demanding the reinstatement of "
        "365 workers laid off during the pandemic, had been standing outside the complex with "
        "banners every morning. Police said the union had violated Covid-19 restrictions on "
        "gatherings. Video posted by the union showed officers leading strikers onto buses "
        "without resistance. Human Rights Watch called the arrests “a blatant attempt to break a "
        "peaceful strike”. The casino's owner, which is listed in Hong Kong, said it had offered "
        "compensation above the legal minimum to the dismissed staff. Strikers vowed to return "
        "to the picket on Wednesday.",
        "protest",
    ),
    (
        "IF Metall’s Tesla strike spreads to ports and postal workers",
        "The Swedish strike against Tesla spread beyond its service workshops on Tuesday as "
        "dockworkers at four ports stopped unloading the company's cars and postal workers "
        "refused to deliver its mail, including number plates for new vehicles. IF Metall, the "
        "industrial union, has been on strike at Tesla's ten workshops since late October because "
        "the carmaker refuses to sign a collective agreement, a near-universal practice in "
        "Sweden. Electricians, cleaners and painters have since joined sympathy actions. Tesla "
        "chief executive Elon Musk called the action “insane” on social media. The union said it "
        "was prepared for a long battle. “Collective agreements are the foundation of the "
        "Swedish model, and no company is big enough to opt out,” IF Metall's chairwoman said. "
        "Tesla has sued the state postal agency and the transport agency over the number plates, "
        "and a court ordered that they be made available for collection. Unions in Norway, "
        "Denmark and Finland have also announced blockades of Tesla cars in solidarity.",
        "protest",
    ),
    (
        "Truckers’ blockade leaves Brazil short of fuel as army escorts tankers",
        "Brazilian lorry drivers blocked highways in 24 states for a seventh day on Sunday in "
        "protest at rising diesel prices, emptying petrol stations, halting car factories and "
        "leaving supermarket shelves bare in several cities. President Michel Temer authorised the "
        "armed forces to clear roads and escort fuel tankers to airports and hospitals, and army "
        "lorries were seen accompanying convoys out of refineries near Rio de Janeiro and Sao "
        "Paulo. The federal highway police said drivers had parked their trucks along hard "
        "shoulders rather than across lanes in most places, and that the convoys were allowed "
        "through. Chicken and pork producers said millions of birds and pigs could die for lack "
        "of feed. The government has offered to cut the price of diesel for 60 days and to "
        "suspend a toll on empty axles, and some drivers' associations have accepted the deal. "
        "Others, organised through WhatsApp groups, said they would stay on the roads until fuel "
        "taxes were cut further. Hospitals in Brasilia postponed non-urgent surgery to save "
        "supplies.",
        "protest",
    ),
    (
        "Informal miners march on Lima and block Panamericana over permit deadline",
        "Thousands of small-scale and informal miners marched through central Lima on Wednesday "
        "and blocked sections of the Panamericana highway in the south to demand that the "
        "government extend a registry that allows them to operate while they seek formal "
        "permits. The miners, many wearing hard hats, camped overnight in front of Congress, "
        "where lawmakers were debating an extension. The National Confederation of Small-Scale "
        "and Artisanal Miners said about 80,000 people would lose their legal cover when the "
        "Reinfo registry expires. Police closed streets around the legislature but reported no "
        "clashes. The energy and mines ministry argues that the registry has been used as a "
        "shield by illegal operators who have no intention of formalising. Environmental groups "
        "say informal gold mining is poisoning rivers in Madre de Dios and Puno with mercury. By "
        "evening the blockade on the highway near Chala had been lifted, and the miners said "
        "they would wait for the vote.",
        "protest",
    ),
    (
        "Jakarta ride-hailing drivers switch off apps in mass protest over commissions",
        "Thousands of motorcycle taxi and food delivery drivers switched off their apps and "
        "rode in convoy to the presidential palace and the transport ministry in Jakarta on "
        "Tuesday to demand that platforms cut the commission they take from each fare to 10%. "
        "The Garda association of online drivers said about 25,000 riders took part in the "
        "capital and that drivers in Surabaya, Bandung and Makassar also stopped working. Users "
        "reported long waits for rides and meals across the city. Police diverted traffic around "
        "the Medan Merdeka area, and the protest ended in the late afternoon without incident. "
        "Drivers say the platforms take up to 20% of each fare in fees, although regulations cap "
        "the commission at 15%. Grab and GoTo said their fees paid for insurance, promotions and "
        "technology. The transport minister met a delegation of drivers and promised to review "
        "the rules. It was the largest gig workers' protest in Indonesia this year.",
        "protest",
    ),
    (
        "Nurses walk off wards across New Zealand in strike over staffing",
        "About 36,000 nurses, midwives and healthcare assistants walked off the job for eight "
        "hours on Tuesday in the largest health strike in New Zealand in years, after talks "
        "between their union and Health New Zealand broke down. Hospitals postponed hundreds of "
        "planned operations and outpatient appointments, but emergency and life-preserving "
        "services were maintained under an agreement with the union. Striking nurses rallied "
        "outside hospitals in Auckland, Wellington and Christchurch, carrying placards that read "
        "“short-staffed wards cost lives”. The New Zealand Nurses Organisation says its members "
        "are being offered a pay rise of 1% a year, well below inflation, and that the "
        "government has dropped its commitment to safe staffing ratios. The health minister "
        "said the offer was fair and that the union's claims would cost billions of dollars. "
        "Patients' groups said they supported the nurses. The union said further strikes were "
        "likely if the government did not return to the table with a better offer.",
        "protest",
    ),
    (
        "University lecturers’ strike leaves Kenyan campuses empty for a second month",
        "Public universities across Kenya remained closed on Monday as a strike by lecturers "
        "entered its second month, leaving hundreds of thousands of students at home and "
        "delaying examinations. The Universities Academic Staff Union is demanding that the "
        "government implement a collective bargaining agreement signed two years ago, worth 7.9 "
        "billion shillings, and pay salary arrears. Lecturers held a peaceful march from the "
        "University of Nairobi to the education ministry on Thursday, where they handed over a "
        "petition. The Employment and Labour Relations Court last week declined the government's "
        "request to declare the strike illegal and ordered both sides into talks. “We are "
        "teaching the nation's future doctors and engineers on salaries that have not changed in "
        "years,” the union's secretary-general said. Vice-chancellors warned that the academic "
        "calendar could be lost if the strike continued beyond the end of the month. Students' "
        "leaders said many of their members had run out of money for rent while they waited.",
        "protest",
    ),
]

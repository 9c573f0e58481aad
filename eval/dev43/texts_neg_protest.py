"""dev43 negatives: peaceful protests, strikes, sit-ins and blockades. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Labour congress strike shuts offices and airports in Lagos and Abuja",
        "Offices, banks and airports were largely shut in Lagos and Abuja on Monday as the Nigeria Labour Congress began an indefinite strike over the minimum wage. Union officials picketed the national grid headquarters, and there were no reports of violence.",
        "protest",
    ),
    (
        "Matatu strike leaves Nairobi commuters walking",
        "Many Nairobi commuters walked to work on Tuesday as matatu owners kept their minibuses off the roads to protest against new fuel levies and licence fees. The operators' federation said the strike would last three days. Schools reported many pupils absent.",
        "protest",
    ),
    (
        "Accra marchers demand ban on illegal gold mining",
        "Hundreds of people marched through Accra on Saturday to demand a ban on illegal gold mining that has poisoned the country's rivers, and handed a petition to parliament. Police escorted the march, which ended peacefully. Organisers said they would march again next month.",
        "protest",
    ),
    (
        "Senegalese teachers hold sit-in over unpaid allowances",
        "Teachers' unions held a sit-in outside the education ministry in Dakar to demand unpaid housing allowances, and called a 72-hour strike in public schools from next week. The ministry said talks would resume on Monday.",
        "protest",
    ),
    (
        "Truckers and farmers block Mexican highways over road robberies",
        "Lorry drivers and farmers blocked stretches of more than 20 highways in Mexico on Monday to demand protection from armed robberies on the roads and better prices for grain. Traffic backed up for kilometres around Mexico City, and the interior ministry invited their leaders to talks.",
        "protest",
    ),
    (
        "Mothers of the disappeared march in Mexico City on Mother's Day",
        "Hundreds of women carrying photographs of their missing children marched from the Monument to the Mother to the Angel of Independence on 10 May, calling for more forensic searches. 'We do not celebrate; we search,' read one banner. The women laid flowers at the foot of the monument. Police closed Reforma avenue to traffic for the march.",
        "protest",
    ),
    (
        "Coffee growers block Pan-American Highway near Popayán",
        "Coffee and cane growers blocked the Pan-American Highway near Popayán for a third day, demanding debt relief, and the queue of lorries stretched for 15 kilometres. Police said the blockade was peaceful. Talks with the agriculture ministry are due to begin on Thursday.",
        "protest",
    ),
    (
        "Lima transport strike against extortion empties streets",
        "Bus and minibus drivers in Lima and Callao went on strike on Thursday against extortion gangs that have killed drivers who refused to pay, leaving millions of commuters without transport. Thousands of drivers marched to Congress, and the march passed without incident.",
        "protest",
    ),
    (
        "Indigenous marchers reach Quito, rally ends peacefully",
        "Thousands of Indigenous marchers who had walked for a week from the Amazon and the highlands arrived in Quito on Wednesday and rallied in El Arbolito park against the removal of the diesel subsidy. The rally ended in the evening without incident, police said.",
        "protest",
    ),
    (
        "Landless workers occupy land reform offices in Recife",
        "About 300 members of the Landless Workers' Movement occupied the regional offices of the land reform institute in Recife, demanding land for 5,000 families camped on roadsides in Pernambuco. They left the building after two days when officials agreed to a timetable.",
        "protest",
    ),
    (
        "Bolivian truckers park rigs across highways over diesel shortage",
        "Truck drivers parked their rigs across highways in Santa Cruz and El Alto to protest against a diesel shortage that has left them queuing for days at petrol stations. The government promised 30 more tanker shipments by the end of the month.",
        "protest",
    ),
    (
        "Port-au-Prince teachers march for months of unpaid wages",
        "Public school teachers marched from the Champ de Mars to the education ministry in Port-au-Prince on Monday to demand six months of unpaid salaries, and the minister received a delegation. Many schools in the capital have been closed by insecurity.",
        "protest",
    ),
    (
        "Farmers' tractor march held at Punjab-Haryana border; sit-in continues",
        "Thousands of farmers with tractors remained camped at the Shambhu border between Punjab and Haryana on Friday after barricades stopped their march to Delhi, and their leaders said the sit-in would go on until the government guaranteed crop prices.",
        "protest",
    ),
    (
        "Garment workers form human chain in Gazipur for wage rise",
        "Thousands of garment workers formed a human chain along the Dhaka-Mymensingh highway in Gazipur on Friday to demand a higher minimum wage, and leaders of the factory owners' association agreed to meet union representatives next week.",
        "protest",
    ),
    (
        "Families of missing Baloch men keep up Quetta sit-in",
        "Relatives of Baloch men they say were taken away by security agencies sat outside the Quetta press club holding photographs of 70 missing people, the Baloch Yakjehti Committee said. The protest camp has stood on the same spot for more than 5,000 days.",
        "protest",
    ),
    (
        "Nepal teachers' sit-in keeps schools shut for a week",
        "Tens of thousands of government school teachers staged a sit-in in Kathmandu's Maitighar for a seventh day, demanding a new education act, and schools across Nepal remained closed. The education minister invited union leaders to talks.",
        "protest",
    ),
    (
        "Jeepney drivers' strike strands Manila commuters",
        "Thousands of jeepney drivers stayed off the roads in Metro Manila on Monday at the start of a two-day strike against a programme that would phase out their vehicles, and the government sent military trucks to carry stranded commuters.",
        "protest",
    ),
    (
        "Motorcycle-taxi drivers rally in Jakarta over app commissions",
        "Thousands of motorcycle-taxi drivers rallied outside the presidential palace in Jakarta on Tuesday to demand a cap on the commissions taken by ride-hailing apps. The rally dispersed peacefully in the evening, police said. The transport ministry promised a new regulation within a month.",
        "protest",
    ),
    (
        "Zhanaozen oilfield workers refuse shifts in pay dispute",
        "About 400 workers at an oilfield service company in Zhanaozen, Kazakhstan, refused to start their shifts and gathered outside the company office to demand a pay rise, and regional officials arrived to negotiate. The company said it would present an offer within a week.",
        "protest",
    ),
    (
        "Tens of thousands march in Tbilisi for Georgia's EU future",
        "Tens of thousands of people marched through Tbilisi on Sunday waving Georgian and EU flags, in the largest of the nightly rallies against the suspension of EU accession talks. The march ended outside parliament with speeches and a concert. No arrests were reported.",
        "protest",
    ),
    (
        "Vojvodina farmers block roads with tractors over milk prices",
        "Farmers in Serbia's Vojvodina province blocked roads near Novi Sad, Zrenjanin and Sombor with tractors on Wednesday to demand higher subsidies and a minimum price for milk. The blockades let ambulances through. The agriculture minister said he would meet their representatives on Friday.",
        "protest",
    ),
    (
        "Yerevan opposition blocks streets in civil disobedience campaign",
        "Opposition supporters blocked several streets in central Yerevan with cars and folding chairs on Monday to demand the prime minister's resignation, and police carried some of them away and briefly detained 12 people, the interior ministry said.",
        "protest",
    ),
    (
        "Bosnian war veterans rally in Sarajevo over benefits",
        "Several thousand war veterans rallied in front of the federation government building in Sarajevo to demand higher benefits and a single register of veterans. The rally ended peacefully after a delegation met the prime minister. Organisers said they would return in a month if nothing changed.",
        "protest",
    ),
    (
        "Ugandan doctors' strike enters second week",
        "Junior doctors at public hospitals in Uganda continued their strike over unpaid allowances for a second week, and the health ministry asked retired doctors to cover emergency wards. The doctors' association said it would keep emergency theatres open.",
        "protest",
    ),
]

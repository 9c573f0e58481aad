"""dev53 negatives: peaceful protests and strikes (tractors, marches, rallies, rail and airline
strikes, activists glued to a road, a silent march, a hunger strike) and the military without
violence (exercises, budgets, training, arms makers' earnings, a parade, a carrier deployment,
a draft bill, drills, an arms deal).
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Farmers' tractors block Brussels as EU leaders meet",
        "About 1,000 tractors clogged roads in the European quarter of Brussels on Thursday as farmers protested against the EU's trade deal with Mercosur countries and cuts to farm subsidies, police said. The protest passed off peacefully, and farmers' unions said they would return in the spring.",
        "protest",
    ),
    (
        "Pro-Palestinian march passes peacefully in central London",
        "Tens of thousands of people marched from Russell Square to Whitehall on Saturday calling for an end to arms sales to Israel, in the latest national march organised by the Palestine Solidarity Campaign. The Metropolitan Police said six people were arrested, four of them for offensive placards, and the march passed off without disorder.",
        "protest",
    ),
    (
        "Hostage families hold weekly rally in Tel Aviv",
        "Thousands of people gathered in Tel Aviv's Hostages Square on Saturday night for the weekly rally of the families of hostages held in Gaza, calling on the government to agree a deal to bring them home. Speakers read out the names of the captives, and the crowd held a minute's silence.",
        "protest",
    ),
    (
        "Rail strike halts most French high-speed trains",
        "Only one in three TGV high-speed trains ran on Tuesday as rail unions staged a nationwide strike against plans to open regional lines to competition, SNCF said. Commuters in Paris faced crowded platforms, and unions said the walkout would continue on Wednesday. The transport minister called the strike irresponsible at the start of the school holidays.",
        "protest",
    ),
    (
        "Climate activists glue themselves to Berlin roads, 14 detained",
        "Climate activists glued their hands to the road at several junctions in central Berlin during the morning rush hour on Monday, causing long traffic jams, police said. Fourteen people were detained and released later in the day, and the group said it would continue until the government introduced a motorway speed limit.",
        "protest",
    ),
    (
        "Millions join 'No Kings' rallies across the United States",
        "Organisers said about seven million people took part in 'No Kings' rallies in more than 2,600 towns and cities across the United States on Saturday, protesting against the president's policies. Police in New York, Chicago and Washington reported no arrests connected to the marches, which were largely festive.",
        "protest",
    ),
    (
        "Air Canada flight attendants walk off the job",
        "More than 10,000 Air Canada flight attendants went on strike early on Saturday after talks over pay and unpaid work on the ground broke down, grounding about 700 flights a day, the airline said. The union set up picket lines at airports in Toronto, Montreal and Vancouver. The federal government said it was considering asking the labour board to impose binding arbitration.",
        "protest",
    ),
    (
        "Serbian students lead silent march through Novi Sad",
        "Tens of thousands of people walked through Novi Sad in silence on Saturday, led by university students, to mark six months since the collapse of the railway station canopy that killed 16 people. Marchers stopped for 16 minutes of silence at the station, and the rally ended without incident.",
        "protest",
    ),
    (
        "Kurdish activists on hunger strike outside Council of Europe",
        "Twelve Kurdish activists have been on hunger strike for 20 days outside the Council of Europe in Strasbourg, demanding that Turkey allow lawyers to visit the jailed PKK leader, their spokesman said. Doctors visiting their tent said several of them had lost more than 10 kg.",
        "protest",
    ),
    (
        "NATO's BALTOPS exercise gets under way with 50 ships",
        "More than 50 ships, 25 aircraft and 9,000 personnel from 17 allied nations began NATO's annual BALTOPS exercise in the Baltic Sea on Tuesday, practising mine clearance, amphibious landings and air defence, the US Navy's Sixth Fleet said. The exercise runs for two weeks. Finland and Sweden are taking part for the second time as full members of the alliance.",
        "military",
    ),
    (
        "Germany plans record defence budget after debt brake loosened",
        "Germany's cabinet approved a draft budget on Wednesday that raises defence spending to 108 billion euros next year, the largest since reunification, after parliament exempted military spending above 1% of GDP from the debt brake. The defence minister said the Bundeswehr needed 60,000 more soldiers.",
        "military",
    ),
    (
        "Polish prime minister plans voluntary military training for all adult men",
        "Poland plans to offer military training to every adult man by the end of next year, with courses also open to women, the prime minister told parliament, saying the country needed a reserve army of half a million people. The opposition said the scheme fell short of restoring conscription.",
        "military",
    ),
    (
        "Rheinmetall profits jump on surging ammunition orders",
        "Rheinmetall reported a 49% rise in quarterly operating profit on Thursday, driven by demand for artillery shells and air defence systems, and said its order backlog had reached a record 63 billion euros. Shares in the Dusseldorf-based arms maker have tripled in a year. The company also raised its sales forecast for the year.",
        "military",
    ),
    (
        "Drone maker Helsing raises 600 million euros in funding round",
        "Munich-based defence start-up Helsing has raised 600 million euros in a funding round that values it at 12 billion euros, making it one of Europe's most valuable tech companies, it said on Tuesday. The company makes strike drones and AI software for military use and said it would expand production in Germany and Britain.",
        "military",
    ),
    (
        "Army parade rolls through Washington on its 250th birthday",
        "Tanks, howitzers and about 6,600 soldiers paraded down Constitution Avenue in Washington on Saturday to mark the Army's 250th anniversary, watched by the president from a reviewing stand. Helicopters flew over the National Mall, and the parade ended with fireworks.",
        "military",
    ),
    (
        "Canada says it will meet NATO spending target this year",
        "Canada will reach NATO's target of spending 2% of GDP on defence this fiscal year, years ahead of schedule, with C$9 billion more for pay, submarines and drones, the prime minister said in Toronto. He said Canada would reduce its dependence on American weapons. Opposition parties said the money should have come sooner.",
        "military",
    ),
    (
        "British carrier strike group sets sail for Indo-Pacific",
        "The aircraft carrier HMS Prince of Wales left Portsmouth on Tuesday at the head of a carrier strike group bound for the Indo-Pacific on an eight-month deployment, with F-35 jets and escorts from Norway and Spain. The Royal Navy said the group would take part in exercises with Japan and Australia.",
        "military",
    ),
    (
        "Knesset committee resumes debate on ultra-Orthodox draft bill",
        "The Knesset's foreign affairs and defence committee resumed debate on Monday on a bill that would set quotas for drafting ultra-Orthodox men into the army, after the Supreme Court ruled the blanket exemption unlawful. The army says it needs 12,000 more soldiers, and ultra-Orthodox parties have threatened to quit the coalition.",
        "military",
    ),
    (
        "Russia and Belarus begin Zapad military drills",
        "Russian and Belarusian troops began the Zapad 2025 joint military exercise on Friday at training grounds in Belarus and western Russia, including drills on planning the use of nuclear weapons, the defence ministries said. Poland closed its border crossings with Belarus for the duration, and NATO said it was monitoring the exercise.",
        "military",
    ),
    (
        "Poland orders 180 more K2 tanks in $6.5 billion contract",
        "Poland signed a $6.5 billion contract for 180 more K2 tanks from South Korea's Hyundai Rotem on Friday, part of which will be built at a state plant in Poland, the defence ministry said. It is the largest arms export deal in South Korea's history.",
        "military",
    ),
]

"""dev354 negatives, part B: crime, peaceful protest, remembrance and history, the forces at home and in NATO."""

NEGATIVES = [
    (
        "Danforth gunman acted alone, had no ties to terror groups, police say",
        "The man who killed two people and wounded 13 others in a shooting rampage on Toronto's Danforth Avenue last July acted alone and had no known links to any terrorist group, Toronto police said Thursday in their final report on the case. Investigators found no evidence supporting a claim of responsibility by the Islamic State group, which was made through its news agency days after the shooting. The 29-year-old gunman, who died of a self-inflicted gunshot wound, had a long history of mental illness, the report said. Reese Fallon, 18, and Julianna Kozis, 10, were killed as they enjoyed a summer evening in Greektown. Police said it was not possible to establish a motive with certainty. Families of the victims have called for a ban on handguns in the city. A memorial of flowers and notes still stands outside a restaurant on the Danforth.",
        "crime",
    ),
    (
        "Surrey shooting linked to Lower Mainland gang conflict, police say",
        "A 22-year-old man was shot dead in a Surrey strip mall parking lot on Tuesday afternoon in what police say is the latest killing linked to the ongoing gang conflict in the Lower Mainland. The Integrated Homicide Investigation Team said the victim was known to police and that the shooting was targeted. A burning vehicle found a few kilometres away in Newton is believed to be connected. Witnesses said they heard at least eight shots. It is the 11th gang-related homicide in the region this year, according to the Combined Forces Special Enforcement Unit of British Columbia. Police warned the public to stay away from people involved in the drug trade, saying innocent bystanders could be caught in the crossfire. Surrey Mayor Brenda Locke called for more officers on the streets.",
        "crime",
    ),
    (
        "Mass casualty inquiry faults RCMP response to Nova Scotia rampage",
        "The public inquiry into the April 2020 mass shooting in Nova Scotia has found that the RCMP failed to warn the public and missed chances to stop a gunman who killed 22 people over 13 hours. The Mass Casualty Commission's final report, released in Truro on Thursday, said the killer, driving a replica police cruiser, moved between rural communities largely unchallenged while the force relied on Twitter to communicate. The report made 130 recommendations, including an overhaul of RCMP training and an end to the force's contract policing model in its current form. It also found that the gunman had a long history of violence against his common-law partner that was never acted upon. Families of the victims said the findings confirmed what they had been saying for three years. RCMP Commissioner Brenda Lucki said the force would study the recommendations.",
        "crime",
    ),
    (
        "Three Toronto-area men charged in alleged plot to attack Jewish targets",
        "The RCMP has charged three men from the Greater Toronto Area with terrorism offences after what it described as a months-long investigation into an alleged plan to attack Jewish institutions. Police said the men, aged 19 to 24, had discussed targets online and tried to buy firearms, but that there was no imminent threat to public safety. Searches at homes in Mississauga and Scarborough turned up electronic devices and extremist material. The charges include participating in the activities of a terrorist group and conspiracy to commit murder. Jewish community leaders thanked investigators and said the arrests were a reminder of rising threats. The accused appeared briefly in court in Brampton on Friday and were remanded in custody. None of the allegations has been proven in court.",
        "crime",
    ),
    (
        "Police arrest nine in $20-million Pearson airport gold heist",
        "Peel police have charged nine people in the theft of 6,600 bars of pure gold and $2.5 million in foreign currency from a cargo facility at Toronto's Pearson airport last year, the largest gold heist in Canadian history. The shipment, worth more than $20 million, arrived from Zurich on an Air Canada flight and was taken from a warehouse hours later using a forged airway bill. Investigators said two of the accused were Air Canada employees at the time. Police also seized a handgun and about $430,000 in cash, and said some of the gold had been melted down and sold. One suspect was arrested in Pennsylvania with 65 guns allegedly bound for Canada. The investigation, dubbed Project 24K, involved U.S. authorities. Three suspects remain wanted on Canada-wide warrants.",
        "crime",
    ),
    (
        "Montreal police charge six in wave of arson attacks on restaurants tied to extortion",
        "Montreal police have arrested six people in connection with a string of arson attacks on restaurants and businesses in Saint-Léonard and Laval that investigators say were part of an extortion campaign. The SPVM said owners had been told to pay thousands of dollars a month or see their premises set on fire. At least 14 businesses were hit over the past eight months, and two of them were destroyed, police said. No one was injured. Investigators said the suspects, aged 17 to 31, had been recruited through social media and paid small sums to throw incendiary devices through windows. Police believe the group was acting on behalf of organised crime figures. Restaurant owners told La Presse they had installed cameras and stopped working late at night.",
        "crime",
    ),
    (
        "Wet'suwet'en supporters block CN line near Belleville in solidarity",
        "Members of the Tyendinaga Mohawk Territory continued to block a Canadian National rail line near Belleville, Ont., for a sixth day on Tuesday, in support of Wet'suwet'en hereditary chiefs opposed to a natural gas pipeline in northern British Columbia. The protest, held around a fire beside the tracks, has forced Via Rail to cancel passenger trains between Toronto, Ottawa and Montreal, leaving thousands of travellers stranded. Demonstrators said they would stay until the RCMP left Wet'suwet'en territory. Ontario Provincial Police said officers were monitoring the site and that the protest had been peaceful. Prime Minister Justin Trudeau urged patience and said the government was pursuing dialogue. CN said freight shipments of grain, propane and consumer goods were piling up at rail yards. Businesses in Atlantic Canada said they were running short of supplies.",
        "protest",
    ),
    (
        "Grassy Narrows marchers bring mercury fight to Queen's Park",
        "Hundreds of members of Grassy Narrows First Nation and their supporters marched through downtown Toronto on Wednesday to demand compensation for decades of mercury poisoning in the English-Wabigoon river system. Drummers led the walk from Queen's Park to the provincial Ministry of Environment offices, where speakers called on Ottawa and the province to honour promises to build a care home for people with mercury-related illnesses. “Our fight is not over,” Chief Rudy Turtle said. Many marchers wore red T-shirts printed with fish, a reminder of the river that sustained the community before a paper mill dumped mercury upstream in the 1960s. Toronto police escorted the march and reported no incidents. The federal Indigenous Services minister said in a statement that construction of the care home would begin this year.",
        "protest",
    ),
    (
        "Students set up encampment at McGill, say they will stay until university divests",
        "Pro-Palestinian students have pitched dozens of tents on McGill University's lower field in downtown Montreal, joining a wave of campus encampments that began in the United States. Organisers said they would stay until the university cut ties with companies that supply weapons to Israel and with Israeli academic institutions. The camp was calm on Monday, with students holding teach-ins and sharing meals, and police said no incidents had been reported. McGill's administration said the encampment broke university policy and asked the Montreal police to intervene, but the SPVM said it would favour a peaceful solution. Premier François Legault said he expected police to dismantle the camp. A Jewish students' group said some members felt unsafe walking past it. Similar encampments have been set up at the University of Toronto and the University of Ottawa.",
        "protest",
    ),
    (
        "Front commun strike closes Quebec schools as 420,000 public workers walk out",
        "Schools across Quebec were closed and many hospital services reduced on Tuesday as 420,000 public sector workers staged a three-day strike, the largest in the province's history. Members of the common front of unions formed picket lines outside schools, CLSCs and government offices from Gaspé to Gatineau, banging pots and waving flags. The unions are demanding raises that keep up with inflation, while the Legault government has offered about 10 per cent over five years. Treasury Board President Sonia LeBel said the offer was generous and urged the unions to return to the bargaining table. “We are fighting for the public system,” said the president of the CSN. Parents scrambled to find daycare, and some hospitals postponed surgeries. The unions say an unlimited general strike could follow if no deal is reached.",
        "protest",
    ),
    (
        "Idle No More round dance fills West Edmonton Mall",
        "Hundreds of people joined a round dance in West Edmonton Mall on Saturday, as members of the Idle No More movement marked the anniversary of the protests that spread across Canada in the winter of 2012-13. Drummers and singers formed a circle in the mall's central court while shoppers watched from the upper levels. Organisers said the event was meant to remind Canadians that treaty rights and the protection of land and water were still being ignored. Speakers criticised federal legislation they said had weakened environmental protections on rivers and lakes. Edmonton police said the gathering was peaceful and no one was arrested. Similar round dances were held in malls in Saskatoon, Regina and Winnipeg. An elder from Maskwacis led a prayer before the dancing began.",
        "protest",
    ),
    (
        "Thousands brave the cold at National War Memorial for Remembrance Day",
        "Thousands of people stood in the cold at the National War Memorial in Ottawa on Saturday as Canada marked Remembrance Day with a two-minute silence at 11 a.m. Gov. Gen. Mary Simon and Prime Minister Justin Trudeau laid wreaths, followed by this year's Silver Cross mother, whose son was killed in Afghanistan in 2008. Veterans of the Second World War, the Korean War and peacekeeping missions watched from a heated tent as the parade marched past. CF-18 jets flew over the ceremony in the missing man formation. After the ceremony, people lined up to place their poppies on the Tomb of the Unknown Soldier. Similar ceremonies were held at cenotaphs in cities and towns across the country. The Royal Canadian Legion said its poppy campaign had raised more money than last year.",
        "history",
    ),
    (
        "Vimy Ridge centenary draws 25,000 Canadians to France",
        "About 25,000 Canadians travelled to northern France on Sunday to mark the 100th anniversary of the Battle of Vimy Ridge, where four Canadian divisions fighting together for the first time captured a German-held escarpment in April 1917. More than 3,500 Canadian soldiers were killed and 7,000 wounded in four days of fighting. Prime Minister Justin Trudeau, Prince Charles and French President François Hollande spoke at the Canadian National Vimy Memorial, whose twin white pylons tower over the Douai plain. Many in the crowd were students who had raised money for the trip. Some carried photographs of great-grandfathers who served. “Vimy is where Canada became a nation,” a retired teacher from Saskatoon said. Four Canadian Forces Snowbirds flew over the memorial at the end of the ceremony.",
        "history",
    ),
    (
        "Veterans return to Juno Beach for D-Day's 80th anniversary",
        "Several Canadian veterans, all now over 98, returned to Juno Beach in Normandy on Thursday for the 80th anniversary of the D-Day landings, where 14,000 Canadian soldiers came ashore on June 6, 1944. Some 359 Canadians were killed that day, and more than 5,000 in the Battle of Normandy that followed. Prime Minister Justin Trudeau and Prince William spoke at a ceremony at the Juno Beach Centre in Courseulles-sur-Mer, where residents waved maple leaf flags. “I still see their faces,” said a 100-year-old veteran from Winnipeg who landed with the Royal Winnipeg Rifles. French schoolchildren have adopted the graves of Canadians at the Bény-sur-Mer war cemetery. Historians say this may be the last major anniversary at which veterans are able to attend in numbers.",
        "history",
    ),
    (
        "Dutch crowds thank aging Canadian veterans on 75th anniversary of liberation",
        "Crowds in Apeldoorn and Groningen cheered a small group of Canadian veterans on Saturday as the Netherlands marked 75 years since its liberation by Allied troops, many of them Canadian, in the spring of 1945. The veterans rode in restored military jeeps along streets lined with orange and red-and-white flags. More than 7,600 Canadians died in the campaign to free the Netherlands and are buried in Dutch cemeteries, most of them at Holten and Groesbeek. Dutch families still tend many of their graves and send flowers to relatives in Canada. The Dutch royal family sent tulip bulbs to Ottawa every year after the war in thanks for sheltering Princess Juliana. “They treat us like we saved them yesterday,” a 96-year-old veteran from Nanaimo, B.C., said.",
        "history",
    ),
    (
        "Halifax marks 100 years since the explosion that levelled the North End",
        "Hundreds of people gathered at Fort Needham Memorial Park in Halifax at 9:04 a.m. on Wednesday, the minute when, 100 years earlier, a French munitions ship collided with a Norwegian vessel in the harbour and exploded. The blast, the largest man-made explosion before the atomic bomb, killed nearly 2,000 people and injured 9,000, levelling much of the city's North End. Bells rang out from the memorial tower as descendants of survivors laid wreaths. Nova Scotia Premier Stephen McNeil said the city had rebuilt with help from around the world, including Boston, which still receives a Christmas tree from the province every year in thanks. The Maritime Museum of the Atlantic has opened an exhibition of artefacts recovered from the wreckage. Children from nearby schools read the names of victims.",
        "history",
    ),
    (
        "Canada sends tanks and troops to Latvia for NATO's Exercise Crystal Arrow",
        "More than 1,000 Canadian soldiers took part in NATO's Exercise Crystal Arrow in Latvia this week, rehearsing the defence of the Baltic country alongside troops from a dozen allies. Leopard 2 tanks, artillery and light armoured vehicles moved through forests near the Adazi military base in live-fire drills. Canada leads the multinational brigade in Latvia, which it is expanding to some 2,200 troops by 2026. The commander of the Canadian battle group said the exercise tested the brigade's ability to fight together in any conditions. Latvian Defence Minister Andris Spruds thanked Canada for its commitment. Russian officials have called the NATO presence in the Baltics a provocation. Local residents in Adazi said they had grown used to the sound of gunfire from the ranges.",
        "military",
    ),
    (
        "Ottawa confirms $19-billion F-35 purchase to replace aging CF-18s",
        "Canada will buy 88 F-35 fighter jets from Lockheed Martin for $19 billion, Defence Minister Anita Anand announced on Monday, ending more than a decade of political debate over how to replace the air force's ageing CF-18 fleet. The first four aircraft are to be delivered in 2026 and the full fleet is expected to be operational by 2032. Anand said the stealth fighters would allow Canada to meet its NORAD and NATO obligations. The purchase includes new hangars and facilities at Cold Lake, Alta., and Bagotville, Que. Industry groups said Canadian firms would win billions of dollars in work building parts for the global F-35 program. The previous Conservative government had chosen the F-35 in 2010 before cancelling the deal amid cost overruns. Critics said the government had not explained the full cost over the life of the aircraft.",
        "military",
    ),
    (
        "Navy frigate sails through Taiwan Strait as Chinese ships shadow it",
        "The Canadian frigate HMCS Ottawa sailed through the Taiwan Strait on Sunday alongside a U.S. destroyer, the Department of National Defence said, in a transit Beijing denounced as a provocation. Chinese navy ships followed the two vessels at a distance throughout the passage, which took about 16 hours, but there were no unsafe interactions, the Canadian military said. Canada regularly sends warships through the strait to assert freedom of navigation in international waters. China's Eastern Theatre Command said it had tracked the ships and kept its forces on high alert. Defence Minister Bill Blair said the transit was routine and in keeping with international law. The frigate is on a months-long deployment to the Indo-Pacific that includes exercises with the Japanese and Australian navies.",
        "military",
    ),
]
